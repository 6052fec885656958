# Desk ng mga officer: case card, mga button at sagot sa mga officer (wika ng desk: embassy.deskLanguage ng deployment).
# Para sa mga officer ng embahada: eksakto, neutral, propesyonal. Ang mga command (/reply, /case …) ay hindi isinasalin.

desk-urgency-critical = 🔴 CRITICAL
desk-urgency-high = 🟠 MATAAS
desk-urgency-normal = ⚪ normal
desk-status-new = bago
desk-status-claimed = may humahawak
desk-status-in-progress = inaasikaso
desk-status-resolved = nalutas
desk-status-duplicate = duplicate
desk-status-closed = sarado
desk-kind-self-report = sariling report
desk-kind-missing-person = report ng nawawalang tao

desk-reason-danger-now = sinabing nasa panganib ngayon
desk-reason-danger-words = sumulat ng mga salitang panganib
desk-reason-injured-and-violence = may sugat at karahasan
desk-reason-violence = karahasan
desk-reason-threats = pagbabanta sa kanya o sa pamilya niya
desk-reason-injured = may sakit o sugat
desk-reason-confined = bawal umalis
desk-reason-many-people = maraming taong nakakulong
desk-reason-passport = kinuha ang passport
desk-reason-forced-scam = pinipilit mang-scam
desk-reason-debt = utang o multa
desk-reason-wages = hindi binabayaran ang sahod
desk-reason-indicators = ilang palatandaan ng sapilitang paggawa
desk-reason-sold = ibinenta sa ibang kompanya
desk-reason-minor = menor de edad
desk-reason-minor-at-risk = menor de edad na nasa panganib
desk-reason-hurt-and-threatened = sinaktan at binantaan
desk-reason-unfinished = hindi natapos ang report (tumahimik)
desk-reason-duress = ipinadala ang duress word niya

desk-card-head = { $urgency } · { $caseId } · { $status }
desk-card-reasons = Dahilan: { $reasons }
desk-card-score = Mga palatandaan: { $score } sa 8
desk-card-alarm = ⚠ Mga salitang alarma ({ $time }): { $text }
desk-card-first-where = Unang lokasyon ({ $time }): { $where }
desk-card-suspect-change = ⚠ { $why }: { $answer }: { $before } → { $after } ({ $time })
desk-card-suspect-more = ⚠ … at { $count } naunang pagbabago na maaaring hindi galing sa tao (npm run desk -- show para makita lahat).
desk-card-retraction = ⚠ Humiling na bawiin ang report ({ $time }), hindi sinunod, maaaring hindi ang tao: "{ $text }"
desk-suspect-restart = Binago pagkatapos ng /restart (maaaring hindi ang tao)
desk-suspect-retraction = Binawi (maaaring hindi ang tao)
desk-suspect-after-silence = Binago pagkatapos ng mahabang katahimikan (maaaring hindi ang tao)
desk-message-suspect-restart = ⚠ Ipinadala pagkatapos ng /restart: maaaring hindi ang tao ang sumusulat.
desk-message-suspect-retraction = ⚠ Binabawi ang report: hindi sinunod (nananatili ang urgency at status), maaaring hindi ang tao ang sumusulat.
desk-message-suspect-after-silence = ⚠ Ipinadala pagkatapos ng mahabang katahimikan: maaaring hindi ang tao ang sumusulat.
desk-answer-danger-now = panganib ngayon
desk-answer-location = lokasyon
desk-answer-country = bansa
desk-answer-place = lugar
desk-answer-situation = sitwasyon
desk-answer-people = mga kasamang nakakulong
desk-answer-people-words = mga kasamang nakakulong (sariling salita)
desk-answer-contact = ligtas sumulat
desk-answer-contact-times = ligtas na oras
desk-answer-name = pangalan
desk-answer-relationship = relasyon
desk-answer-age = edad
desk-answer-birth-date = petsa ng kapanganakan
desk-answer-sex = kasarian
desk-answer-hometown = bayang pinagmulan
desk-answer-document = passport o ID
desk-answer-phone = telepono
desk-answer-last-heard = huling balita
desk-answer-last-message = huling sinabi niya
desk-answer-city = lungsod
desk-answer-company = kompanya
desk-answer-job = ipinangakong trabaho
desk-answer-recruiter = recruiter
desk-answer-photo = litrato
desk-answer-harm = sinabi niyang nangyari
desk-answer-contact-phone = numerong tatawagan
desk-answer-contact-when = kailan makokontak
desk-answer-words = sariling salita
desk-contact-anytime = kahit kailan
desk-contact-they-write-first = kapag siya muna ang sumulat
desk-contact-times = sa ilang oras lang
desk-contact-this-chat = sa chat na ito
desk-contact-phone = sa telepono
desk-card-opened = Binuksan { $time } ({ $age } na ang nakalipas) · { $kind } · { $language } · { $channel }
desk-card-claimed = Hawak ni { $officer }
desk-card-unclaimed = Wala pang humahawak
desk-card-duplicate = Duplicate ng { $other }
desk-card-reopened = 🔁 Muling binuksan nang { $times } beses: bagong mensahe ng panganib matapos maging { $was } ang kaso.
desk-card-lowered = ⬇ Ibinaba mula { $from } ni { $officer } — { $reason }
desk-card-where-pin = Lokasyon: { $lat }, { $lon }{ $live } { $map }{ $near }
desk-card-where-live = {" "}(live)
desk-card-where-near = {" "}malapit sa { $place }
desk-card-where-text = Lokasyon (tinype): { $text }
desk-card-where-unknown = Lokasyon: wala pa
desk-card-country = Bansa: { $country }
desk-card-danger = Nasa panganib ngayon: { $answer }
desk-card-situation = Sitwasyon: { $items }
desk-card-details = Sariling salita: { $text }
desk-card-people = Mga kasamang nakakulong: { $people }
desk-card-safe = Ligtas sumulat: { $when }
desk-card-safe-anytime = kahit kailan
desk-card-safe-first = kapag siya muna ang sumulat
desk-card-safe-times = sa oras lang na: { $times }
desk-card-safe-unreadable = hinihintay hanggang sumulat siya: hindi mabasa bilang ligtas na oras ang sagot niya (sariling salita: { $times })
desk-card-name = Pangalan: { $name }
desk-card-links = Mga kaugnay na kaso: { $cases }
desk-card-possible = Posibleng tugma (kumpirmahin): { $cases }
desk-card-about = Tungkol sa kanya: { $about }
desk-card-about-phone = telepono { $phone }
desk-card-link-age = edad { $age }
desk-card-link-hometown = taga-{ $place }
desk-card-link-reporter = nag-report: { $relationship }
desk-card-link-by-parent = ni-report ng magulang
desk-card-link-by-child = ni-report ng anak niya
desk-card-link-by-sibling = ni-report ng kapatid
desk-card-link-by-spouse = ni-report ng asawa niya
desk-card-link-by-relative = ni-report ng kamag-anak
desk-card-link-by-friend = ni-report ng kaibigan
desk-card-link-confirmed = 🔗 Parehong tao (kinumpirma ng officer): { $caseId }, { $kind }, { $status }: { $facts }
desk-card-link-exact = 🔗 Parehong telepono o passport: { $caseId }, { $kind }, { $status }: { $facts }
desk-card-link-possible = ❓ Posibleng tugma, kumpirmahin o tanggihan: { $caseId }, { $kind }, { $status }: { $facts }
desk-button-link-confirm = ✓ Parehong tao ng { $other }
desk-button-link-reject = ✗ Hindi { $other }
desk-link-ok-confirm = Iisang tao ang { $caseId } at { $other }: parehong card ay nagpapakita ng dalawa.
desk-link-ok-reject = Hindi iisang tao ang { $caseId } at { $other }: hindi na sila imumungkahi ulit.
desk-link-already-confirm = Nakumpirma na dati na iisang tao ang { $caseId } at { $other }.
desk-link-already-reject = Namarkahan na dati na hindi iisang tao ang { $caseId } at { $other }.
desk-link-missing = Walang kasong { $caseId } o { $other }.
desk-link-same-case = Parehong kaso ang { $caseId }: ibigay ang numero ng ibang kaso.
desk-usage-link = Sa topic ng kaso: /link OTHER-ID (parehong tao) o /notlink OTHER-ID (hindi parehong tao). Sa ibang lugar: /link ID OTHER-ID.
desk-card-held = Mga sagot na nakahold para sa kanya: { $count }
desk-card-notes = Mga tala: { $count } (/case { $caseId } para makita)
desk-card-intake-open = Sumasagot pa sa intake.
desk-card-gone = ⚠ Hindi na maabot: na-block niya ang bot o binura ang account niya.
desk-yes = oo
desk-no = hindi
desk-not-given = walang sagot
desk-minutes = { $n } min
desk-hours = { $h } oras { $m } min
desk-days = { $d } araw { $h } oras

desk-button-claim = ✋ Hawakan
desk-button-unclaim = Bitawan
desk-button-in-progress = Inaasikaso
desk-button-resolved = ✅ Nalutas
desk-button-closed = Isara
desk-button-location = 📍 Humingi ng lokasyon
desk-button-lower = ⬇ Ibaba (false alarm)
desk-button-restore = ⬆ Ibalik ang urgency

desk-claimed = Sa iyo na ang { $caseId }.
desk-already-yours = Sa iyo na talaga ang { $caseId }.
desk-taken = Hawak ni { $officer } ang { $caseId }.
desk-unclaimed = Bumalik sa pila ang { $caseId }, walang humahawak.
desk-not-claimed = Walang humahawak sa { $caseId }.
desk-status-set = { $caseId } ngayon: { $status }.
desk-status-same = { $caseId } ay { $status } na.
desk-closed = { $caseId } ay { $status }: gawin munang "inaasikaso" para asikasuhin ulit.
desk-missing = Walang kasong { $caseId }.
desk-bad-duplicate = Hindi ibang umiiral na kaso ang { $other }.
desk-note-added = Naidagdag ang tala sa { $caseId }.
desk-empty = Walang ipapadala: isulat ang text pagkatapos ng command.
desk-too-long = Masyadong mahaba: { $length } character, hanggang { $max } lang. Hatiin ito.
desk-gone = { $caseId }: hindi na maabot ang tao (na-block ang bot o binura ang account). Walang naipadala.
desk-reply-queued =
    → Nakapila ang sagot sa { $caseId }, eksaktong ganito:
    { $text }
desk-reply-sent = ✓ Naipadala sa { $caseId } { $when }, eksaktong ganito ({ $count }):
desk-reply-held-first = ⏸ Nakahold: hiniling ng { $caseId } na sumulat lang kapag siya muna ang sumulat. Lalabas ito sa susunod niyang sulat.
desk-reply-held-until = ⏸ Nakahold hanggang { $time } (ligtas na oras niya), o sa susunod niyang sulat.
desk-reply-held-unreadable = ⏸ Nakahold hanggang sumulat siya: hindi mabasa bilang ligtas na oras ang sagot ng { $caseId } (malabo, o sinasabi lang kung kailan hindi dapat sumulat).
desk-reply-held-unknown = ⏸ Nakahold: hindi pa sinabi ng { $caseId } kung kailan ligtas sumulat. Lalabas ito sa susunod niyang sulat.
desk-reply-held-phone = ⏸ Nakahold: hiniling ng { $caseId } na tawagan siya sa telepono, hindi sulatan dito (nasa card ang numero at oras: /case { $caseId }). Lalabas ito sa chat na ito sa susunod niyang sulat.
desk-reply-failed = ⚠ { $caseId }: hindi maabot ang tao ({ $why }). Nakatala ito sa kaso.
desk-location-requested = Hiningan ang { $caseId } ng bagong lokasyon.
desk-lowered = Ibinaba ang { $caseId } sa { $urgency }. Hindi sinasabihan ang tao. /restore { $caseId } para ibalik.
desk-urgency-same = { $caseId } ay { $urgency } na.
desk-restored = Bumalik sa { $urgency } ang { $caseId }.
desk-not-lower = { $caseId } ay { $urgency }: pababa lang ito puwede (mataas o normal).
desk-not-lowered = Hindi ibinaba ang { $caseId }: walang ibabalik.
desk-lower-how = Para ibaba ang { $caseId } (false alarm), ipadala: /lower { $caseId } [high|normal] dahilan. Ipadala bilang command: ang karaniwang mensahe sa topic na ito ay itinatago lang bilang tala.
desk-person-wrote = 💬 Sumulat ang { $caseId }:
desk-person-pin = 📍 Nagpadala ang { $caseId } ng lokasyon: { $lat }, { $lon } { $map }
desk-person-media = 📎 Nagpadala ang { $caseId } ng { $media } sa { $channel }{ $caption }
desk-person-media-caption = : { $caption }
desk-person-other = Nagpadala ang { $caseId } ng bagay na hindi maipakita ng bot ({ $what }).
desk-person-wiped = 🧹 { $caseId }: binura ng tao ang chat niya sa bot noong { $time }. Nananatili rito ang kaso at lahat ng ipinadala niya.
desk-private-hello = Para sa mga page ng desk ang chat na ito: kapag masyadong matagal naghihintay ang urgent na kaso, susulat dito ang bot. Sa grupo ng mga officer inaasikaso ang mga kaso.
desk-page-unclaimed = ⏰ { $caseId } ({ $urgency }) ay naghintay nang { $age } at walang humahawak. Tingnan ang grupo ng mga officer.
desk-page-unanswered = ⏰ { $caseId } ({ $urgency }) ay hinawakan { $age } na ang nakalipas at wala pang sagot ang tao. Tingnan ang grupo ng mga officer.
desk-page-unreachable = 📵 Hindi ma-page si { $who } sa direct message: hindi pa niya pinindot ang Start sa private chat kasama ang bot (o na-block niya ito). Hangga't hindi niya ginagawa, ang susunod sa duty roster ang pina-page.
desk-reopened = 🔁 { $caseId } ({ $urgency }) MULING BINUKSAN: sumulat ang tao ng bagong mensahe ng panganib matapos maging { $was } ang kaso.
desk-digest-head = { $count } pang kaso ang naghihintay; bawat isa ay magkaka-card ayon sa pinapayagan ng Telegram. Pinaka-urgent muna:
desk-digest-line = { $urgency } { $caseId } · { $age } · { $where } · { $reasons }
desk-queue-head = Mga bukas na kaso: { $count } (pinaka-urgent muna)
desk-queue-line = { $urgency } { $caseId } · { $status } · { $age } · { $where }{ $claimed }
desk-queue-claimed = {" "}· { $officer }
desk-queue-empty = Walang bukas na kaso.
desk-queue-more = … at { $count } pa: patakbuhin ang `npm run desk -- list` para sa lahat.
desk-queue-parked-head = ⚠ Mga post na hindi tinanggap ng grupo ({ $count }); susubukan ulit ang bawat isa mamaya:
desk-queue-parked-line = { $what } { $caseId } · mula { $since } · susunod na subok { $next } · { $reason }
desk-parked = ⚠ Hindi natuloy ang isang post tungkol sa { $caseId } ({ $what }): { $reason }. Tuloy ang ibang post; susubukan ulit ito mamaya, at nakalista ito sa /queue.
desk-post-card = card
desk-post-msg = mensahe ng tao
desk-post-status = status ng sagot
desk-post-alert = alerto
desk-realert-head = ⏰ { $count } urgent na kaso ang naghihintay ng officer (pinaka-urgent muna):
desk-realert-line = { $urgency } { $caseId } · naghihintay nang { $age }
desk-realert-line-unanswered = { $urgency } { $caseId } · hinawakan ni { $officer } { $age } na ang nakalipas, wala pang sagot sa tao
desk-realert-more = … at { $count } pa: nakalista lahat sa /queue.
desk-swarm-head = 🆘 { $count } bagong SOS na wala pang detalye (salitang panganib lang). Magkaka-card ang bawat isa pagkatapos ng mga kasong may detalye; aakyat agad ang alinmang magpadala pa. Puwedeng ibaba ng supervisor lahat sa mataas:
desk-button-swarm-lower = Ibaba lahat sa mataas (supervisor)
desk-swarm-reason = SOS na walang detalye, sabay-sabay dumating: ibinaba nang sabay ng supervisor mula sa swarm digest
desk-swarm-lowered = { $count } ang ibinaba sa mataas. Ibalik ang isa gamit ang /restore KH-XXXX. { $skipped } ang hindi ginalaw (may dumating na detalye, o may officer nang humahawak).
desk-swarm-expired = Hindi na aktibo ang listahang ito.
desk-swarm-supervisors-only = Supervisor lang ang puwedeng magbaba ng buong listahan.
desk-not-officer = Mga duty officer lang ng embahada ang puwedeng gumawa nito.
desk-usage-case = Paggamit: /case KH-XXXX
desk-usage-reply = Paggamit: /reply ang text mo sa loob ng topic ng kaso, o /reply KH-XXXX ang text mo kahit saan (gumagana rin ang /send).
desk-usage-note = Paggamit: /note text sa loob ng thread ng kaso, o /note KH-XXXX text
desk-usage-dup = Paggamit: /dup KH-YYYY sa loob ng thread ng kaso (duplicate ng KH-YYYY ang kasong ito)
desk-usage-lower = Paggamit: /lower KH-XXXX [high|normal] dahilan (sa loob ng thread ng kaso puwedeng alisin ang numero). Kung walang high o normal, isang antas ang ibinababa. Hindi kailanman sinasabihan ang tao.
desk-which-case = Aling kaso? Gamitin ito sa loob ng thread ng kaso, o ibigay ang numero ng kaso.
desk-topic-title = { $urgency } { $caseId }
desk-card-deleted = Wala na ang kaso ng card na ito.
desk-help = Duty desk: /queue para sa listahan ng bukas na kaso, /case ID para makita ang isa. Sa topic ng kaso, nananatili sa mga officer ang tinatype mo: itinatago ito bilang tala, hindi kailanman ipinapadala. Para sagutin ang tao: /reply text (o i-reply sa card, tapos pindutin ang Ipadala). Hindi kailanman napupunta sa tao ang mga forwarded message, litrato at file. /note text para magdagdag ng tala; /dup ID para markahang duplicate; /lower ID [high|normal] dahilan para ibaba ang false alarm (hindi sinasabihan ang tao), /restore ID para ibalik; /resume ID para muling makarating ang mensahe sa chat na pinahinto ng duress o "hindi makapagsalita" na salita; /unlock ID para i-unlock ang mga sagot na na-lock dahil sa maling code word; /tell ID located|closed|nothing para itakda ang sinasabi ng status check ng kamag-anak (beripikahin muna sila); /resetpin ID para padalhan ng bagong PIN ang kamag-anak; /link ID at /notlink ID para sabihin kung iisang tao ang posibleng tugma; ang mga button ay para humawak at magtakda ng status. /hand ID PANGALAN para ibigay ang kaso sa kasamahan.

# Ang tinatype ng mga officer sa topic ng kaso: tala, maliban kung ipinadala sa tahasang paraan (/reply, o Ipadala sa preview).
desk-reply-when-queued = ngayon
desk-reply-when-person-active = noong sumulat siya
desk-reply-when-due = sa nakatakdang oras (ligtas na oras niya, o muling subok)
desk-note-kept = 📝 Itinago bilang tala sa { $caseId } — hindi ipinadala sa tao. Para sagutin siya: /reply ang text mo
desk-not-sent-forward = ⛔ Hindi naipadala: hindi kailanman napupunta sa tao ang forwarded message (maaaring may pangalan, lugar o salita ito ng ibang kaso), at hindi ito itinatago. Para sagutin ang { $caseId }, i-type ang /reply at ang sarili mong salita.
desk-not-sent-media = ⛔ Hindi naipadala: mga salitang tinype ng officer lang ang napupunta sa tao — walang litrato, file, sticker, voice, video o lokasyon. Nananatili ito sa topic na ito. Para sagutin ang { $caseId }: /reply ang text mo
desk-preview =
    ✉ Para sa tao ({ $caseId }), kung pipindutin mo ang Ipadala:
    { $text }
desk-preview-warn-other = ⚠ May binabanggit itong ibang kaso ({ $cases }): talaga bang para sa { $caseId } ito? Hindi dapat kailanman makarating sa taong ito ang detalye ng ibang kaso.
desk-preview-warn-card = ⚠ Mukha itong case card: sa phone ng tao, ipapakita nito ang kaso niya sa sinumang makahawak ng phone.
desk-preview-warn-topic = ⚠ Topic ito ng { $here }, pero sa { $caseId } mapupunta ang sagot.
desk-preview-expires = Ikaw lang ang puwedeng magpadala nito, sa loob ng { $minutes } min; kahit sino ay puwedeng mag-cancel.
desk-preview-expired = Walang naipadala: nag-expire na o nagamit na ang preview na ito. Para sumagot, ipadala ang /reply at ang text mo.
desk-preview-not-author = Si { $officer } lang, na sumulat nito, ang puwedeng magpadala nito. Para ikaw mismo ang magpadala: /reply at ang text mo.
desk-preview-cancelled = ✖ Kinansela ni { $officer }: walang naipadala sa { $caseId }.
desk-preview-sent = Nakapila para sa { $caseId }.
desk-button-preview-send = 📤 Ipadala
desk-button-preview-cancel = ✖ Kanselahin

# Mga safety word (src/core/safety-words.ts): ang duress at "hindi makapagsalita" na salita ng tao, at ang code word niya.
desk-card-stopped-duress = 🚨 Ipinadala ang DURESS word ({ $time }): walang ipinapadala sa chat niya, kahit ang mga nakahold na sagot, hanggang magpasya ang officer: /resume { $caseId }
desk-card-stopped-cant-talk = 🤫 "Hindi makapagsalita" ({ $time }): tahimik ang bot sa chat niya hanggang sa code word niya, sa susunod niyang tinype na mensahe, o /resume { $caseId }
desk-card-release-locked = 🔒 Naka-lock ang mga sagot ({ $time }): 5 maling subok ng code word sa isang araw. Suriin, tapos /unlock { $caseId }
desk-card-code-word = 🔑 May code word: lalabas lang ang mga sagot pagkatapos niya itong ipadala.
desk-card-released-code-word = Huling ipinakita ang mga sagot { $time }, pagkatapos ng code word niya.
desk-card-released-typed-reply = Huling ipinakita ang mga sagot { $time }, bilang sagot sa mensaheng tinype niya.
desk-card-released-relative = Huling ipinadala ang mga sagot { $time }, ayon sa hiling ng kamag-anak (ang chat na ito).
desk-duress = 🚨 { $caseId }: ipinadala ng tao ang DURESS word niya. Maaaring may pumipilit sa kanyang sumulat. Wala nang ipapadala sa chat niya hanggang magpasya ang officer (/resume { $caseId }).
desk-duress-line = 🚨 Duress word: karaniwang-mukhang sagot lang ang natanggap ng tao; wala nang ibang mapupunta sa chat niya hanggang /resume { $caseId }.
desk-cant-talk-on = 🤫 Nagpadala ang { $caseId } ng "hindi makapagsalita": tahimik ang bot sa chat niya.
desk-cant-talk-off-code = 🗣 Ipinadala ng { $caseId } ang code word niya: kinakausap na ulit siya ng bot.
desk-cant-talk-off-typed = 🗣 Sumulat ulit ang { $caseId } pagkatapos ng "hindi makapagsalita": kinakausap na ulit siya ng bot.
desk-release-locked = 🔒 { $caseId }: { $tries } maling subok ng code word. Nananatiling nakahold ang mga sagot; maaaring iba ang may hawak ng phone. /unlock { $caseId } kapag sigurado ka na.
desk-release-unlocked = 🔓 { $caseId }: in-unlock ni { $officer } ang release.
desk-resumed = ▶ { $caseId }: itinuloy ni { $officer } ang mga mensahe sa chat niya.
desk-reply-rule-code-word = — ipinapakita pagkatapos ng code word niya.
desk-reply-rule-typed-reply = — ipinapakita bilang sagot sa mensaheng tinype niya.
desk-reply-rule-relative = — ipinadala ayon sa hiling ng kamag-anak (report mula sa bahay: ang chat na ito, sa oras niya; walang code word).
desk-reply-announced-code-word = 📩 Sinabihan ang { $caseId } ng "may bago kang mensahe"; lalabas ito pagkatapos niyang ipadala ang code word.
desk-reply-announced-typed-reply = 📩 Sinabihan ang { $caseId } ng "may bago kang mensahe"; lalabas ito kapag sumagot siya sa pag-type.
desk-reply-held-stopped = ⏸ Nakahold: walang mapupunta sa chat ng { $caseId } pagkatapos ng duress o "hindi makapagsalita" na salita niya. /resume { $caseId } kapag ligtas na.
desk-reply-held-locked = 🔒 Nakahold: ipinadala ng { $caseId } ang code word, pero na-lock ang release dahil sa maling subok. /unlock { $caseId } kapag sigurado ka na.
desk-not-stopped = Walang nakahinto para sa { $caseId }.
desk-not-locked = Hindi naka-lock ang mga sagot ng { $caseId }.
desk-resumed-done = { $caseId }: nakakarating na ulit ang mga mensahe sa chat niya. Sinusunod ng mga nakahold na sagot ang karaniwang patakaran.
desk-unlocked-done = { $caseId }: na-unlock. Ipinapakita ulit ng code word niya ang mga nakahold na sagot.
desk-memory = ⚠ { $percent } % puno na ang database ng hotline ({ $usedMb } sa { $limitMb } MB). Sa 100 % walang bagong maise-save: walang mensahe, walang kaso. Sabihan agad ang technical team (taasan ang Redis maxmemory, o magbakante ng memory).
desk-memory-full = 🛑 PUNO na ang database ng hotline ({ $usedMb } sa { $limitMb } MB): HINDI naise-save ang mga bagong mensahe at kaso. Sabihan agad ang technical team (taasan ang Redis maxmemory, o magbakante ng memory); gamitin muna ang phone line.
## Channel na patay o bumalik (src/health/channel-watch.ts)
desk-channel-down = 🛑 PATAY ang { $channel ->
    [telegram] Telegram
    [whatsapp] WhatsApp
   *[other] { $channel }
}: { $problem ->
    [unauthorized] tinatanggihan ng Telegram ang token ng bot (binawi o pinalitan sa BotFather).
    [logged-out] na-log out ang numero sa phone at kailangang i-link ulit.
    [replaced] may ibang device o proseso na kumuha sa WhatsApp session na ito.
    [unlinked] walang naka-link na numero.
    [forbidden] tinatanggihan ng WhatsApp ang numero (restricted o banned?).
    [unreachable] hindi ito maabot ng hotline (network).
   *[other] nawala ang koneksyon.
} Walang sagot na natatanggap ang mga sumusulat doon. Sabihan agad ang technical team; gamitin muna ang phone line.
desk-channel-up = ✅ Gumagana ulit ang { $channel ->
    [telegram] Telegram
    [whatsapp] WhatsApp
   *[other] { $channel }
}{ $minutes ->
    [0] {""}
   *[other] {" "}(patay ito nang { $minutes } min)
}. Tingnan sa queue ang mga mensaheng naghintay.

## Report ng kamag-anak tungkol sa nawawalang tao, sa card (src/officers/report-lines.ts)
desk-mp-again = ⚠ Ni-report nang { $count } beses. Bago sa report { $n }: { $fields }
desk-mp-nothing-new = walang bago
desk-mp-report = Report { $n } ({ $time }): ng { $relationship }; tawagan sa { $contact }, { $when }
desk-mp-person = Nawawalang tao:
desk-mp-field = { $label }: { $value }
desk-mp-from = (report { $n }, { $time })
desk-mp-new = 🆕 bago
desk-mp-also = {"  "}↳ gayundin, report { $n } ({ $time }): { $value } { $new }
desk-mp-words = Tinype, hindi mabasa ({ $step }): { $text }
desk-mp-born = ipinanganak { $date }
desk-mp-minor = ⚠ WALA PANG 18
desk-mp-country-other = ibang bansa
desk-mp-photo-telegram = oo, ipinadala sa Telegram (ipinadala ulit sa topic ng kaso)
desk-mp-photo-not-forwarded = ipinadala sa { $channel }: hindi na-forward (id ng mensahe lang ang itinatago ng bot, hindi ang file; hilingin sa kamag-anak na ipadala ulit sa Telegram o sa e-mail)
desk-mp-photo-caption = Litrato ng nawawalang tao, kaso { $caseId } (report { $n }), ayon sa ipinadala ng kamag-anak.
desk-mp-contact-phone = sa telepono { $phone }
desk-mp-contact-this-chat = sa chat niya ({ $channel })
desk-mp-when-anytime = kahit kailan
desk-mp-when-times = sa { $times } lang
desk-mp-field-name = Pangalan
desk-mp-field-age = Edad
desk-mp-field-birthDate = Ipinanganak
desk-mp-field-sex = Kasarian
desk-mp-field-hometown = Bayang pinagmulan
desk-mp-field-document = Passport / ID
desk-mp-field-phone = Telepono
desk-mp-field-lastHeard = Huling balita
desk-mp-field-lastMessage = Ang sinabi niya noon
desk-mp-field-country = Pumunta sa
desk-mp-field-city = Lungsod
desk-mp-field-company = Kompanya
desk-mp-field-job = Ipinangakong trabaho
desk-mp-field-recruiter = Recruiter
desk-mp-field-photo = Litrato
desk-mp-field-notes = Ibang tala
desk-mp-relationship-parent = magulang (anak nila ang nawawalang tao)
desk-mp-relationship-child = anak (magulang nila ang nawawalang tao)
desk-mp-relationship-sibling = kapatid
desk-mp-relationship-spouse = asawa
desk-mp-relationship-relative = ibang kamag-anak
desk-mp-relationship-friend = kaibigan

# Status check at PIN ng kamag-anak (src/officers/relative-desk.ts, src/cases/relative-access.ts).
desk-card-verify-relative = ⚠ Maaaring galing sa recruiter na nagpapanggap na pamilya ang report ng kamag-anak. Beripikahin muna kung sino sila bago magsabi ng kahit ano: "natanggap" / "tinitingnan" lang ang sinasabi ng status check hanggang pumili ang officer (/tell { $caseId } located).
desk-card-told-located = 📣 Ang status check ng report na ito ay nagsasabing "nahanap / nakikipag-ugnayan sa embahada" (pinili ni { $officer }). /tell { $caseId } nothing para ihinto.
desk-card-told-closed = 📣 Ang status check ng report na ito ay nagsasabing "sarado" (pinili ni { $officer }). /tell { $caseId } nothing para ihinto.
desk-usage-tell = Paggamit: /tell KH-XXXX located|closed|nothing (sa topic ng kaso puwedeng alisin ang numero). Pagkatapos lang mabineripika ang kamag-anak: maaaring recruiter ang gumawa ng report.
desk-usage-resetpin = Paggamit: /resetpin KH-XXXX, pagkatapos lang matiyak na talagang kamag-anak ito. Sa chat lang na pinagmulan ng report mapupunta ang bagong PIN; walang nakakakita nito rito.
desk-told-located = { $caseId }: ang status check ay nagsasabi na ngayong "nahanap / nakikipag-ugnayan sa embahada".
desk-told-closed = { $caseId }: ang status check ay nagsasabi na ngayong "sarado".
desk-told-nothing = { $caseId }: "natanggap" / "tinitingnan" lang ang sinasabi ngayon ng status check.
desk-told-same = { $caseId }: iyan na ang sinasabi ng status check.
desk-pin-reset-done = 🔑 { $caseId }: papunta na ang bagong PIN sa chat na pinagmulan ng report. Hindi na gumagana ang luma.
desk-not-relative = Hindi report ng kamag-anak ang { $caseId }: wala itong PIN.
desk-pin-stopped = Nakahinto ang mga mensahe sa chat ng { $caseId }: walang PIN na naipadala. /resume { $caseId } muna kung ligtas.
desk-pin-capped = ⚠ { $caseId }: { $failures } maling PIN mula sa { $senders } chat sa loob ng isang araw. Maaaring may nanghuhula. Nakahinto ang check para sa mga chat na nagkamali; puwede pang mag-check ang chat na hindi nagkamali. Kung na-lock out ang kamag-anak, beripikahin sila at /resetpin { $caseId }.
desk-pin-forgotten = 🔑 { $caseId }: sinasabi ng kamag-anak na nakalimutan niya ang PIN (mula sa chat na pinagmulan ng report). Kontakin at beripikahing siya ito, tapos /resetpin { $caseId }.
desk-pin-forgotten-other = ⚠ { $caseId }: may tao sa ibang chat (hindi ang pinagmulan ng report) na nagsasabing nakalimutan ang PIN. Maaaring hindi ito ang kamag-anak. Sa chat lang na nag-report mapupunta ang bagong PIN.
desk-pin-reset = 🔑 { $caseId }: ipinadala ni { $officer } ang bagong PIN sa chat na nag-report.
desk-told-line-located = 📣 { $caseId }: pinili ni { $officer } na ang status check ay magsabing "nahanap / nakikipag-ugnayan sa embahada".
desk-told-line-closed = 📣 { $caseId }: pinili ni { $officer } na ang status check ay magsabing "sarado".
desk-told-line-nothing = 📣 { $caseId }: pinili ni { $officer } na "natanggap" / "tinitingnan" lang ang sabihin ng status check.

desk-person-forgotten = 🗑 { $caseId }: humiling ang tao na kalimutan siya noong { $time }. Nabura na ang usapan niya sa bot; nananatili ang kaso para makakilos ka pa. Itago lang ang kailangan.
desk-card-forgotten = 🗑 Humiling na kalimutan ({ $time }): itago lang ang kailangan para kumilos.

# Handing a case to a colleague (/hand).
desk-usage-hand = Paggamit: /hand KH-XXXX PANGALAN (sa loob ng thread ng kaso, puwedeng walang numero). PANGALAN: pangalan ng kasamahan na nakikita sa desk.
desk-handed = Hawak na ni { $officer } ang { $caseId }.
desk-hand-same = Hawak na talaga ni { $officer } ang { $caseId }.
desk-hand-unknown = Walang opisyal na may ganyang pangalan. Mga opisyal: { $officers }
desk-hand-self = Hindi mo maibibigay ang { $caseId } sa sarili mo.
desk-handed-line = 🤝 Ibinigay ni { $officer } ang { $caseId } kay { $to }.
