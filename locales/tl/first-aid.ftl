# First aid: the short answer to a person who writes in a language the deployment does not answer in, or
# before a language is chosen. Plain and short; `$numbers` is lines like "Police: 117" made by the code.

first-aid =
    Ito ang help line ng { $embassy }. Nababasa namin ang: { $languages }.
    Kung nasa panganib ka, isulat ang SOS o ibahagi ang lokasyon mo: aabisuhan agad ang isang officer.
    Mga emergency number:
    { $numbers }
first-aid-not-citizen = Ang hotline na ito ay sa { $embassy }. Kahit hindi ka nito mamamayan, ipapasa pa rin ang SOS mo sa mga officer nito.
first-aid-own-embassy = Para makontak ang sarili mong embahada: { $name }, { $phone }.
first-aid-alerted = Natanggap. May officer nang naabisuhan. Huwag burahin ang chat na ito, at ibahagi ang lokasyon mo kung kaya mo.
