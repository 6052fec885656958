# Intake flow para sa taong nasa panganib (Tagalog / Filipino). Maikli at neutral ang bawat mensahe:
# baka binabantayan ang nagbabasa, at ilang segundo lang ang meron siya.
# Pagkatapos ng consent screen, walang mensaheng naiiwan sa screen na bumabanggit ng embahada, trafficking,
# numero ng kaso, o sinabi niya tungkol sa panganib: "kami" at "may sasagot", hindi "embahada" o "officer".
# `$discreet` ay "yes" sa discreet mode (default ng intake; "no" pagkatapos ng /discreet): doon lang puwedeng
# lumabas ang numero ng kaso. Sa discreet mode binubura ang tanong kapag nasagot na.
# Style: "ka/mo" (simple, hindi pormal) para sa taong nasa panganib; Taglish kung ganoon ang karaniwang sinasabi.

language-name = Tagalog / Filipino
choose-language = Piliin ang wika mo.

consent =
    Ito ang help line ng { $embassy }.
    Naka-encrypt ang mga sagot mo, at ang lokasyon mo kung ibabahagi mo. Mga duty officer lang ng embahada ang makakakita nito, para matulungan ka. Hindi namin sasabihin sa employer o agent mo.
    Kung sasabihin mong nasa panganib ka, aabisuhan agad ang isang officer.
    Payag ka ba?
choice-agree = Oo, payag ako
choice-disagree = Hindi
declined = Sige. Walang itinagong sinulat mo. Pindutin sa ibaba, o isulat ang /start, kung magbago ang isip mo.
declined-case-open = { $discreet ->
    [no] Sige. Dahil sinabi mong nasa panganib ka, mananatili sa embahada ang kaso mong { $caseId }. Pindutin sa ibaba kung gusto mong ituloy.
   *[yes] Sige. Nasa amin pa rin ang naipadala mo, para may makatulong. Pindutin sa ibaba kung gusto mong ituloy.
}
choice-start-over = Magsimula ulit
consent-not-understood = Sumagot ng "oo" kung payag ka, o "hindi" kung hindi.

ask-who = Sino ang kailangan ng tulong?
who-myself = Ako mismo
who-someone-else = Ibang tao (nawawala)
who-status = I-check ang report ko
who-not-understood = I-type ang 1 kung ikaw mismo ang kailangan ng tulong, 2 kung may iba kang ire-report, o 3 para i-check ang report.

ask-danger = Nasa panganib ka ba ngayon?
choice-yes = Oo, delikado ngayon
choice-no = Hindi sa ngayon
danger-not-understood = Sagutin lang ng "oo" o "hindi".
danger-alerted = { $discreet ->
    [no] Sige. May sasagot dito agad. Ang numero ng kaso mo ay { $caseId }. Kung kaya mo, sagutin ang mga susunod na tanong: bawat sagot ay tumutulong para maabot ka namin. Isulat ang SOS kahit kailan.
   *[yes] Sige. May sasagot dito agad. Kung kaya mo, sagutin ang mga susunod na tanong: bawat sagot ay tumutulong para maabot ka namin. Isulat ang SOS kahit kailan.
}

ask-location = Nasaan ka? Pindutin ang "Ibahagi ang lokasyon", o i-type ang bansa, lungsod, at pangalan ng lugar o building.
share-location = Ibahagi ang lokasyon
location-invalid = Hindi mabasa ang lokasyong iyon. Pindutin ulit ang "Ibahagi ang lokasyon", o i-type kung nasaan ka.
location-not-now = Sagutin muna ang tanong na ito. Puwede mong ipadala ang lokasyon mo kapag tinanong ka namin kung nasaan ka, o kapag naipadala na ang mga sagot mo.
location-noted = Natanggap ang lokasyon.
location-updated = { $discreet ->
    [no] Naidagdag ang bago mong lokasyon sa kaso { $caseId }.
   *[yes] Natanggap ang bagong lokasyon. Salamat.
}
# A message that takes the report back ("I'm fine", "close my case"): recorded for the officers, not obeyed; nothing that reads as a case.
retraction-noted = Sige, noted.

ask-country = Saang bansa ka ngayon?
country-KH = Cambodia
country-MM = Myanmar
country-LA = Laos
country-TH = Thailand
country-PH = Pilipinas
country-MY = Malaysia
country-VN = Vietnam
choice-other = Ibang bansa

ask-situation = Ano ang nangyayari sa iyo? Pindutin lahat ng totoo, tapos "Tapos na". Puwede mo ring i-type sa sarili mong salita.
indicator-passport = Kinuha ang passport o ID
indicator-confined = Bawal lumabas
indicator-violence = Sinasaktan o binubugbog
indicator-threats = Binabantaan ako o pamilya ko
indicator-forced-scam = Pinipilit mang-scam
indicator-debt = Utang o multa
indicator-wages = Hindi binabayaran ang sahod
indicator-injured = May sakit o sugat
# Sinabi raw ng nawawalang tao sa kamag-anak niya (report ng kamag-anak: ang sitwasyon sa card).
indicator-held = Bawal umalis (ayon sa kamag-anak)
indicator-hurt = Sinaktan (ayon sa kamag-anak)
indicator-threatened = Binantaan (ayon sa kamag-anak)
indicator-sold = Ibinenta sa ibang kompanya (ayon sa kamag-anak)
choice-done = Tapos na

ask-people = Ilan kayong nasa parehong sitwasyon diyan, kasama ka? Pindutin ang isa o i-type ang numero.
people-1 = Ako lang
people-2-10 = 2 hanggang 10
people-11-50 = 11 hanggang 50
people-over-50 = Higit 50
people-not-number = Mag-type ng numero, halimbawa 5 o "mga 20", o pindutin ang isang button.

ask-contact = Kailan ligtas na sumulat kami sa iyo?
choice-anytime = Kahit kailan
choice-they-write-first = Kapag ako muna ang sumulat
choice-times = Sa ilang oras lang
contact-not-understood = I-type ang 1, 2 o 3, o isulat kung kailan ligtas, halimbawa "gabi pagkatapos ng 22:00".
ask-contact-times = Kailan ligtas? Halimbawa "pagkatapos ng 22:00" o "Linggo ng umaga".

# --- Code word at duress word (itinatanong pagkatapos ng tanong tungkol sa ligtas na oras; src/core/safety-words.ts) ---
# duress-default: ang default na duress phrase ng wikang ito. Kapag ipinadala kahit kailan, sa kahit anong chat,
# duress-ack lang ang sagot habang nagiging critical ang kaso (reason duress), at wala nang ibang ipinapadala
# hanggang ituloy ng officer. Dapat mukhang walang kuwenta sa screen na binabantayan.
# cant-talk-default: ang "hindi makapagsalita" na phrase: tumatahimik ang bot at sinasabihan ang mga officer.
# Parehong tinutugma bilang buong mensahe; hindi dapat mabasa bilang sagot (flows/shared/answer-words.ts).
duress-default = cancel ang order ko
cant-talk-default = wrong number
duress-ack = Sige, cancelled na.
ask-code-word = Pumili ng lihim na salita na ikaw lang ang nakakaalam (isa o dalawang salita). Lalabas lang ang mga sagot namin kapag ipinadala mo ito. Puwede mong i-skip.
code-word-kept = Naka-save. Huwag itong isulat kahit saan.
code-word-refused = Pumili ng ibang salita: isa o dalawang salita, hindi bababa sa 3 letra, hindi salitang tulad ng "oo", at hindi "{ duress-default }" o "{ cant-talk-default }".
ask-duress-word = Ngayon, isang salita na ibig sabihin ay "hindi ako ligtas". Kapag ipinadala mo ito, "{ duress-ack }" lang ang isasagot namin at aabisuhan agad ang officer. Kung i-skip mo, ganoon din ang "{ duress-default }". Kung hindi ka makapagsalita, ipadala ang "{ cant-talk-default }": tatahimik kami.
choice-keep-duress-default = Gamitin "{ duress-default }"
duress-word-kept = Naka-save.
duress-word-refused = Pumili ng ibang salita: iba sa lihim mong salita, hindi bababa sa 3 letra, at hindi "{ cant-talk-default }".

ask-name = Anong pangalan ang itatawag namin sa iyo? Puwede mong i-skip.
ask-about-me = Edad mo at probinsya o bayan? Para mahanap namin ang report ng pamilya mo tungkol sa iyo. Puwede ring magdagdag ng numero ng telepono na alam ng pamilya mo. Halimbawa: 24, Tarlac. Puwede mong i-skip.
summary-age = { $age } taong gulang
choice-skip = Skip

summary =
    Pakitingnan ang report mo:
    Nasa panganib ngayon: { $danger }
    Nasaan: { $where }
    Ang nangyayari: { $situation }
    Kasama mo roon: { $people }
    Ligtas sumulat: { $contact }
    Pangalan: { $name }
choice-confirm = Ipadala sa embahada
choice-change = May babaguhin
summary-not-understood = I-type ang "send" para ipadala ang report, o "baguhin" para baguhin ito.
summary-yes = oo
summary-no = hindi
summary-not-given = walang sagot
summary-pin = pin sa mapa
summary-pin-near = pin sa mapa malapit sa { $place }
summary-contact-times = sa mga oras lang na: { $times }

ask-edit = Ano ang gusto mong baguhin?
edit-location = Nasaan ako
edit-situation = Ang nangyayari
edit-people = Ilang tao
edit-contact = Kailan susulat
edit-name = Pangalan
choice-back = Bumalik sa buod

# Nananatili sa screen ang huling mensahe. Discreet: walang numero ng kaso, walang tungkol sa pagka-urgent, at
# mga emergency number lang na walang ibinubunyag ang pangalan (pulis, ambulansya; walang anti-trafficking
# hotline sa `$emergency`, na puwedeng ibigay ng officer kapag ligtas).
done = { $discreet ->
    [no]
        Naipadala na. Ang numero ng kaso mo ay { $caseId }. Itago ito at banggitin sa embahada.
        { $urgent ->
            [yes] Inuuna ng officer ang mga urgent na kaso at kokontakin ka niya sa lalong madaling panahon.
           *[no] Babasahin ng duty officer ang kaso mo at kokontakin ka.
        } Susulat lang kami kapag sinabi mong ligtas. Puwede kang magdagdag dito kahit kailan; isulat ang SOS kung nasa panganib ka.
        { $emergency }
   *[yes]
        Naipadala na. Salamat.
        May babasa nito at sasagot dito, sa oras lang na sinabi mong ligtas. Puwede kang magdagdag dito kahit kailan. Isulat ang SOS kahit kailan.
        { $emergency }
}
# Sagot sa bawat susunod na mensahe kapag naipadala na ang report.
case-open = { $discreet ->
    [no] Nasa embahada ang kaso mong { $caseId }. Idinadagdag dito ang lahat ng isusulat mo rito. Isulat ang SOS kung nasa panganib ka.
   *[yes] Binabasa namin lahat ng isinusulat mo rito. Isulat ang SOS kahit kailan.
}
emergency-numbers = Mga emergency number sa { $country }: { $numbers }.
emergency-unknown = Kung emergency, tumawag sa lokal na pulis.
service-police = pulis
service-ambulance = ambulansya
service-tourist-police = tourist police
service-anti-trafficking = anti-trafficking hotline
service-emergency = emergency

help = { $discreet ->
    [no] Ito ang help line ng embahada. Sagutin ang tanong sa ibaba. /language para palitan ang wika, /restart para magsimula ulit, /discreet para i-on ang discreet mode. Isulat ang SOS kahit kailan kung nasa panganib ka.
   *[yes] Sagutin ang tanong sa ibaba, sa pagpindot o pag-type. /language para palitan ang wika, /restart para magsimula ulit, /discreet para i-off ang discreet mode. Isulat ang SOS kahit kailan.
}
use-buttons = Pindutin ang isa sa mga button sa ibaba.
not-a-choice = Hindi namin naintindihan ang sagot na iyon. Pindutin ang isa sa mga button sa ibaba, o i-type ang numero nito.
not-understood = Hindi namin iyon mabasa. Sumagot gamit ang mga salita.
stale-button = Galing sa naunang tanong ang button na iyon. Ito ang kasalukuyang tanong.
media-not-read = Hindi namin mabasa rito ang litrato, voice message, sticker o file. Mag-type, o ibahagi ang lokasyon mo.
media-forwarded = { $discreet ->
    [no] Naipadala sa embahada kasama ang kaso mong { $caseId }. Hindi ito mabubuksan ng bot na ito: kung mahalaga, i-type mo rin.
   *[yes] Natanggap. Hindi namin ito mabubuksan dito: kung mahalaga, i-type mo rin.
}
other-language = Nababasa namin ang { $languages }.
save-failed = Pasensya, hindi ma-save ang mensahe mo ngayon. Ipadala ulit pagkalipas ng isang minuto.
# Redis is down: the message arrived and waits. Never says it was saved; neutral, a guard may read it.
intake-arrived = Natanggap. Huwag burahin ang chat na ito, dito kami sasagot.
