# Mga report ng nawawalang tao mula sa kamag-anak, at pag-check ng status. Ang nagbabasa ay kapamilyang
# nag-aalala: simpleng salita, isang tanong bawat beses, walang pangakong hindi natin matutupad.
# Style: magalang, may "po" at "ninyo/kayo" kung natural para sa magulang.
# `$discreet` ay "no" para sa kamag-anak sa bahay (default ng flow na ito): nananatili sa screen ang numero ng
# kaso at PIN. "yes" (pagkatapos ng /discreet, ng mga salitang panganib, o mula sa intake): walang numero ng
# kaso at walang embahada sa mensaheng naiiwan; isang beses lang lumalabas ang PIN sa `mp-pin`.

mp-ask-relationship = Nagre-report po kayo ng taong nawawala. Ano po ninyo siya? Pindutin ang isa, o i-type.
mp-relationship-parent = Anak ko
mp-relationship-child = Tatay o nanay ko
mp-relationship-sibling = Kapatid ko
mp-relationship-spouse = Asawa ko
mp-relationship-relative = Ibang kamag-anak
mp-relationship-friend = Kaibigan
mp-choice-skip = Hindi ko alam / skip

mp-ask-name = Ano po ang buong pangalan niya, gaya ng nasa passport o ID?
mp-ask-age = Ilang taon na po siya? I-type ang edad, o ang petsa ng kapanganakan (halimbawa 03/12/1999).
mp-age-not-understood = Paki-type ang edad bilang numero (halimbawa 24), o petsa ng kapanganakan (halimbawa 03/12/1999).
mp-birth-future = Nasa hinaharap pa ang petsang iyan. Pakitingnan at i-type ulit.
mp-ask-sex = Babae po ba siya o lalaki?
mp-sex-female = Babae
mp-sex-male = Lalaki
mp-sex-not-understood = I-type ang "babae" o "lalaki", o i-skip.
mp-ask-hometown = Taga-saan po siya (barangay o bayan, probinsya)?
mp-ask-document = Alam po ba ninyo ang numero ng passport o ID niya? I-type, o i-skip.
mp-ask-phone = Ano po ang numero ng telepono, WhatsApp o Telegram name niya? Halimbawa 0917 123 4567 o @pangalan.
mp-phone-not-understood = Mukhang hindi iyan numero ng telepono. I-type nang buo ang lahat ng digit (halimbawa 0917 123 4567), isang Telegram name (@pangalan), o i-skip.

mp-ask-last-heard = Kailan po kayo huling nakabalita sa kanya? Halimbawa "3 linggo na ang nakaraan", "noong Marso" o 03/15/2026.
mp-date-future = Nasa hinaharap pa ang petsang iyan. Kailan po kayo huling nakabalita sa kanya? Halimbawa "2 linggo na".
mp-date-not-understood = Hindi namin mabasa ang petsang iyan. Subukan ang "3 linggo na ang nakaraan", "Marso 2026" o 03/15/2026, o i-skip.
mp-ask-last-message = Ano po ang sinabi niya noong huli? Kopyahin ang mga salita niya kung kaya, o i-skip.

mp-ask-country = Saang bansa po siya pumunta?
mp-ask-city = Saang lungsod o lugar? (halimbawa Sihanoukville, Bavet, Myawaddy)
mp-ask-company = Ano po ang pangalan ng kompanyang pinagtatrabahuhan niya?
mp-ask-job = Anong trabaho ang ipinangako sa kanya? (halimbawa "admin ng online shop, 1,000 dollars kada buwan")
mp-ask-recruiter = Sino ang nag-recruit sa kanya: pangalan ng agent o agency, at numero nila kung meron kayo?

mp-ask-photo = May bagong litrato po ba kayo niya? Ipadala rito bilang litrato, o i-skip.
mp-photo-received = Natanggap ang litrato.
mp-photo-expected = Magpadala po ng litrato (image), o pindutin ang "skip".
mp-photo-later = Salamat po. Hihingi kami ng litrato mamaya; sagutin muna po ang tanong na ito.

mp-ask-harm = May sinabi po ba siya sa inyo na alinman dito? Pindutin lahat ng totoo, tapos "Tapos na".
mp-harm-held = Bawal umalis
mp-harm-hurt = Sinaktan o binugbog
mp-harm-threatened = Binantaan
mp-harm-sold = Ibinenta sa ibang kompanya
mp-harm-not-understood = I-type ang mga numerong totoo, halimbawa "1 at 3", o "tapos".

mp-ask-contact = Paano po namin kayo makokontak?
mp-contact-this-chat = Dito, sa chat na ito
mp-contact-phone = Sa telepono, ibang numero
mp-contact-not-understood = I-type ang 1 para sa chat na ito, 2 para sa tawag, o i-type mismo ang numero ng telepono.
mp-ask-contact-phone = Anong numero ang tatawagan namin?
mp-contact-phone-not-understood = I-type ang numero nang buo (halimbawa 0917 123 4567), o pindutin ang "Dito, sa chat na ito".
mp-ask-contact-when = Kailan po namin kayo puwedeng kontakin?
mp-when-anytime = Kahit kailan
mp-when-times = Sa ilang oras lang
mp-when-not-understood = I-type ang "kahit kailan", o isulat ang oras na maginhawa sa inyo, halimbawa "hapon pagkatapos ng 4".

mp-is-self = Mukhang tungkol po sa inyo ang report na ito. Kung kayo mismo ang nangangailangan ng tulong, pindutin ang "Ako mismo".
mp-not-me = Hindi, ibang tao ito
mp-is-self-not-understood = I-type ang 1 kung kayo mismo ang nangangailangan ng tulong, o 2 kung tungkol sa ibang tao ang report.

mp-summary =
    Pakitingnan po ang report ninyo:
    Kayo ang kanyang: { $relationship }
    Pangalan: { $name }
    Edad: { $age }
    Kasarian: { $sex }
    Taga-saan: { $hometown }
    Passport o ID: { $document }
    Telepono / Telegram: { $phone }
    Huling balita: { $lastHeard }
    Ang sinabi niya: { $lastMessage }
    Pumunta sa: { $where }
    Kompanya: { $company }
    Ipinangakong trabaho: { $job }
    Nag-recruit: { $recruiter }
    Litrato: { $photo }
    Sinabi niya: { $harm }
    Kontakin kayo: { $contact }
mp-summary-photo-yes = oo
mp-summary-born = ipinanganak { $date }
mp-summary-this-chat = sa chat na ito
mp-summary-phone = sa telepono { $phone }
mp-summary-times = sa mga oras lang na: { $times }
mp-edit-person = Ang tao
mp-edit-last-heard = Huling balita
mp-edit-where = Saan siya pumunta
mp-edit-photo = Litrato
mp-edit-harm = Ang sinabi niyang nangyari
mp-edit-contact = Paano ako kokontakin

mp-done = { $discreet ->
    [no]
        Nasa embahada na po ang report ninyo. Numero ng kaso: { $caseId }
        PIN: { $pin }
        Isulat po ninyo pareho ngayon: isang beses lang ipapakita ang PIN na ito. Gamit ang mga ito, puwede ninyong i-check ang status ng report dito kahit kailan (pindutin ang "I-check ang report ko" pagkatapos ng /restart).
        { $urgent ->
            [yes] Dahil sa sinabi ninyo, uunahin itong tingnan ng isang officer.
           *[no] Babasahin ito ng duty officer at ikukumpara sa ibang report.
        } Kokontakin kayo ng embahada sa paraang pinili ninyo kung kailangan pa nila ng impormasyon, o kung may balitang puwedeng ibahagi. Hindi namin kailanman ibinabahagi kung nasaan ang tao. Kung makabalita kayo sa kanya, sabihin na puwede siyang sumulat mismo sa numerong ito.
   *[yes]
        Naipadala na po. Salamat.
        May babasa nito at ikukumpara sa sinabi ng iba, at kokontakin kayo sa paraang pinili ninyo kung may kailangan pa o may balitang maibabahagi. Hindi namin kailanman ibinabahagi kung nasaan ang tao. Kung makabalita kayo sa kanya, sabihin na puwede siyang sumulat mismo rito.
}
# Discreet mode only, right after `mp-done`, and deleted once the relative writes again.
mp-pin =
    Numero ng kaso: { $caseId }
    PIN: { $pin }
    Isulat po ninyo pareho ngayon: ngayon lang ito ipapakita, at mawawala ang mensaheng ito kapag sumulat kayo ulit. Gamit ang mga ito, puwede ninyong i-check ang report dito (pindutin ang "I-check ang report ko" pagkatapos ng /restart).
mp-already-reported = { $discreet ->
    [no] Nai-report na po ninyo ang taong ito: kaso { $caseId }. Idinagdag namin sa kasong iyon ang isinulat ninyo ngayon. Gamitin ang PIN na ibinigay sa inyo para i-check ang status.
   *[yes] Nasabi na po ninyo sa amin ang tungkol sa taong ito. Idinagdag namin ang isinulat ninyo ngayon. Gamitin ang PIN na ibinigay sa inyo para i-check ito.
}
mp-added = { $discreet ->
    [no] Naidagdag sa kaso { $caseId }. Salamat po.
   *[yes] Naidagdag na. Salamat po.
}
mp-case-open = { $discreet ->
    [no] Nasa embahada po ang report ninyong { $caseId }. Idinadagdag dito ang lahat ng isusulat o ipapadala ninyo rito.
   *[yes] Binabasa namin lahat ng isinusulat o ipinapadala ninyo rito. Isulat ang SOS kahit kailan.
}
mp-location-not-needed = Hindi po namin kailangan ang lokasyon ninyo. Sagutin po ang tanong.
mp-help = { $discreet ->
    [no] Ito ang help line ng embahada, para mag-report ng nawawalang tao. Sagutin ang tanong sa ibaba. /language para palitan ang wika, /restart para bumalik sa unang menu, /discreet para i-on ang discreet mode.
   *[yes] Sagutin ang tanong sa ibaba. /language para palitan ang wika, /restart para bumalik sa unang menu, /discreet para i-off ang discreet mode.
}

status-ask-case = I-type ang numero ng kaso ng report ninyo (halimbawa KH-4F7Q).
status-case-format = Mukhang hindi iyan numero ng kaso. May mga letra ito, isang gitling at 4 na character, halimbawa KH-4F7Q.
status-ask-pin = I-type ang 6-digit na PIN na ibinigay kasama ng numero ng kaso.
status-pin-format = 6 na digit ang PIN. Paki-type ulit.
status-cannot-check = Hindi namin mabasa ang numero ng kaso at PIN. Puwede kayong sumubok ulit, o gumawa ng bagong report: makikita ito ng isang officer.
status-received = Status ng report ninyo: natanggap. Naghihintay ito ng duty officer.
status-working = Status ng report ninyo: may officer na humahawak nito.
status-located = { $discreet ->
    [no] Status ng report ninyo: nahanap na ang tao, o nakikipag-ugnayan na siya sa embahada.
   *[yes] Status ng report ninyo: nahanap na ang tao, o nakikipag-ugnayan na siya sa amin.
}
status-closed = Status ng report ninyo: sarado na. Kung wala pa rin kayong balita, puwede kayong gumawa ng bagong report.
status-no-match = Mali ang numero ng kaso o ang PIN. Pakitingnan at subukan ulit.
status-locked = Masyadong maraming subok. Para sa kaligtasan ninyo, subukan ulit mamaya.
status-forgot-pin = Nakalimutan ko ang PIN
status-forgotten = Kokontakin kayo ng isang officer para matiyak na kayo talaga ito. Pagkatapos, darating ang bagong PIN sa chat kung saan kayo nag-report.
status-pin-new =
    Bagong PIN para sa report { $caseId }: { $pin }
    Isulat ngayon: ngayon lang ito ipapakita. Hindi na gumagana ang lumang PIN.
status-next = Ano po ang gusto ninyong gawin?
status-check-again = Mag-check ng ibang report
status-new-report = Mag-report ng nawawala
status-next-not-understood = I-type ang 1 para mag-check ng ibang report, o 2 para mag-report ng nawawalang tao.
