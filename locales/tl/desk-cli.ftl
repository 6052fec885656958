# Ang command-line desk (npm run desk): ang binabasa ng mga officer sa terminal. Galing sa desk.ftl ang mga card at label ng pila.
# Hindi isinasalin ang mga command at option (list, show, --as, --confirm …).

desk-cli-usage =
    Duty desk sa terminal, gamit ang Redis ng hotline.
    
    Paggamit: npm run desk -- [--as PANGALAN] [--lang WIKA] COMMAND
    
      list [--json]              mga bukas na kaso, pinaka-urgent muna
      show ID                    isang kaso: ang card at mga tala nito
      claim ID                   hawakan ang kaso
      unclaim ID                 ibalik ito sa pila
      note ID TEXT…              magdagdag ng tala para sa mga officer
      reply ID TEXT… [--confirm] sagutin ang tao (ipinapadala ito ng hotline ngayon o hinohold hanggang sa ligtas na oras niya);
                                 --confirm para ipadala ang sagot na bumabanggit ng ibang kaso o mukhang case card
      location ID                humingi sa tao ng bagong lokasyon
      status ID STATUS [OTHER]   STATUS: in-progress, resolved, closed, o duplicate OTHER-ID
      lower ID [LEVEL] REASON…   ibaba ang false alarm, kasama ang dahilan (o --reason "…"); LEVEL: high o normal,
                                 kung wala, isang antas pababa. Hindi kailanman sinasabihan ang tao.
      restore ID                 bawiin ang pagbaba: ibalik sa dating urgency
      resume ID                  payagang makarating ang mensahe sa chat na pinahinto ng duress o "hindi makapagsalita" na salita
      unlock ID                  i-unlock ang mga nakahold na sagot na na-lock dahil sa maling code word
      tell ID WHAT               ang sinasabi ng status check ng kamag-anak: located, closed, o nothing
                                 ("natanggap" / "tinitingnan" lang); beripikahin muna ang kamag-anak
      reset-pin ID               bagong PIN para sa kamag-anak na nakalimot (beripikahin muna); sa chat lang
                                 na pinagmulan ng report ito mapupunta
      link ID OTHER              iisang tao ang dalawang kaso (parehong card ay nagpapakita ng dalawa)
      notlink ID OTHER           hindi sila iisang tao: aalisin ang link at hindi na imumungkahi ulit
      watch                      ang pila, tapos bawat pangyayari sa kaso habang nangyayari (Ctrl-C para huminto)
      web-link                   isang beses na link para mag-sign in sa web desk (10 minuto)
    
    Sino ang kumikilos: --as PANGALAN o DESK_OFFICER=PANGALAN (letra, digit, . _ -; hanggang 32); DESK_SUPERVISOR=1 para sa supervisor.
    Bawat aksyon, kasama ang pagtingin sa kaso, ay itinatala kasama ang pangalan mo.
    Exit code: 0 tapos, 1 tinanggihan, 2 maling paggamit, 3 hindi tumakbo (configuration o Redis).
desk-cli-bad-usage = { $problem } Patakbuhin ang `npm run desk -- help` para sa paggamit.
desk-cli-unknown-command = Hindi kilalang command "{ $command }".
desk-cli-bad-option = { $message }.
desk-cli-need-id = Aling kaso? Ibigay ang numero nito, halimbawa: npm run desk -- { $command } KH-4F7Q
desk-cli-extra = Masyadong maraming salita pagkatapos ng "{ $command }".
desk-cli-need-officer = Sino ang kumikilos? Idagdag ang --as PANGALAN-MO (o itakda ang DESK_OFFICER): itinatala ito sa bawat aksyon.
desk-cli-bad-officer = Hindi puwedeng pangalan ng officer ang "{ $name }": gumamit ng letra, digit, tuldok, gitling o underscore, hanggang 32.
desk-cli-bad-lang = Walang desk language na "{ $lang }": gumamit ng isa sa { $languages }.
desk-cli-bad-status = Hindi status ang "{ $status }": gumamit ng in-progress, resolved, closed, o duplicate OTHER-ID.
desk-cli-need-link-other = Aling ibang kaso? npm run desk -- { $command } { $caseId } OTHER-ID
desk-cli-need-other = Duplicate ng aling kaso? npm run desk -- status { $caseId } duplicate OTHER-ID
desk-cli-other-only-duplicate = Kasama lang ng "duplicate" ang ibang case id.
desk-cli-need-reason = Bakit ito false alarm? npm run desk -- lower { $caseId } [high|normal] --reason "…" (itinatagong selyado, kasama ang pangalan mo)
desk-cli-reason-only-lower = Kasama lang ng "lower" ang --reason.
desk-cli-confirm-only-reply = Kasama lang ng "reply" ang --confirm.
desk-cli-failed = Hindi mapatakbo ang desk: { $message }

desk-cli-col-case = KASO
desk-cli-col-urgency = URGENCY
desk-cli-col-age = TAGAL
desk-cli-col-status = STATUS
desk-cli-col-claimed = HAWAK NI
desk-cli-col-country = BANSA
desk-cli-col-lang = WIKA
desk-cli-col-reasons = DAHILAN
desk-cli-queue-count = { $count } bukas na kaso, pinaka-urgent muna.
desk-cli-queue-empty = Walang bukas na kaso.
desk-cli-nobody = —

desk-cli-suspect-head = Lahat ng { $count } pagbabago na maaaring hindi galing sa tao (itinago, walang nagbaba ng urgency):
desk-cli-notes-head = Mga tala:
desk-cli-note-line = { $time } · { $officer }: { $text }
desk-cli-no-notes = Wala pang tala.
desk-cli-actions = Susunod:

desk-cli-claimed = Sa iyo na ang { $caseId }.
desk-cli-already-yours = Sa iyo na talaga ang { $caseId }.
desk-cli-taken = Hawak ni { $officer } ang { $caseId }.
desk-cli-unclaimed = Bumalik sa pila ang { $caseId }, walang humahawak.
desk-cli-not-claimed = Walang humahawak sa { $caseId }.
desk-cli-status-set = { $caseId } ngayon: { $status }.
desk-cli-status-same = { $caseId } ay { $status } na.
desk-cli-lowered = Ibinaba ang { $caseId } sa { $urgency }. Hindi sinasabihan ang tao; `npm run desk -- restore { $caseId }` para ibalik.
desk-cli-urgency-same = { $caseId } ay { $urgency } na.
desk-cli-restored = Bumalik sa { $urgency } ang { $caseId }.
desk-cli-not-lower = { $caseId } ay { $urgency }: pababa lang ito puwede (high o normal).
desk-cli-not-lowered = Hindi ibinaba ang { $caseId }: walang ibabalik.
desk-cli-closed = { $caseId } ay { $status }: patakbuhin ang `npm run desk -- status { $caseId } in-progress` para asikasuhin ulit.
desk-cli-missing = Walang kasong { $caseId }.
desk-cli-bad-duplicate = Hindi ibang umiiral na kaso ang { $other }.
desk-cli-note-added = Naidagdag ang tala sa { $caseId }.
desk-cli-empty = Walang ipapadala: isulat ang text pagkatapos ng numero ng kaso.
desk-cli-too-long = Masyadong mahaba: { $length } character, hanggang { $max } lang. Hatiin ito.
desk-cli-gone = { $caseId }: hindi na maabot ang tao (na-block ang bot o binura ang account). Walang naipadala.
desk-cli-reply-queued = Nakapila ang sagot sa { $caseId }, eksaktong ganito:
desk-cli-reply-other = Hindi naipadala: may binabanggit itong ibang kaso ({ $cases }). Talaga bang para sa { $caseId } ito? Hindi dapat kailanman makarating sa taong ito ang detalye ng ibang kaso. Kung sinadya, patakbuhin ulit ang command na may --confirm.
desk-cli-reply-card = Hindi naipadala: mukha itong case card, na magpapakita ng kaso ng tao sa sinumang may hawak ng phone niya. Kung sinadya, patakbuhin ulit ang command na may --confirm.
desk-cli-location-queued = Nakapila ang paghingi ng lokasyon sa { $caseId }.
desk-cli-send-now = Sinabi niyang ligtas sumulat ngayon: agad siyang sasabihan ng tumatakbong hotline ng "may bago kang mensahe"; susunod ang sagot mismo pagkatapos ng code word niya, o ng mensaheng i-type niya.
desk-cli-send-now-relative = Kamag-anak na nagre-report mula sa bahay na pumili ng chat na ito sa oras na ito: agad ipapadala ng tumatakbong hotline ang sagot mismo (tahimik, sa ilalim ng neutral na header).
desk-cli-held-first = Nakahold: hiniling niyang sumulat lang kami kapag siya muna ang sumulat. Lalabas ito sa susunod niyang sulat.
desk-cli-held-until = Nakahold hanggang { $time } (ligtas na oras niya), o hanggang sa susunod niyang sulat.
desk-cli-held-unknown = Nakahold: hindi pa niya sinabi kung kailan ligtas sumulat (o hindi namin ito mabasa). Lalabas ito sa susunod niyang sulat.
desk-cli-held-phone = Nakahold: hiniling niyang tawagan siya sa telepono (nasa `npm run desk -- show` ang numero at oras). Lalabas ito sa chat niya sa susunod niyang sulat doon.
desk-cli-watch-hint = Ipinapakita ng `npm run desk -- watch` kung kailan ito lumabas.

desk-cli-watching = Binabantayan ang mga pangyayari sa kaso (Ctrl-C para huminto)…
desk-cli-event = { $time } · { $caseId } · { $urgency } · { $what }{ $by }
desk-cli-event-by = {" "}· { $officer }
desk-cli-what-case-opened = bagong kaso
desk-cli-what-case-updated = binago ng tao
desk-cli-what-case-escalated = itinaas ang urgency
desk-cli-what-case-claimed = hinawakan
desk-cli-what-case-unclaimed = binitawan
desk-cli-what-case-unclaimed-freed = pinalaya sa pagsisimula ang paghawak ni { $was }: hindi na siya nakalistang officer
desk-cli-what-case-realerted-claim = muling inalerto (hakbang { $step }): walang humahawak
desk-cli-what-case-realerted-answer = muling inalerto (hakbang { $step }): hawak ni { $owner }, wala pang sagot sa tao
desk-cli-what-case-paged-sent = pina-page si { $to } sa direct message (hakbang { $step })
desk-cli-what-case-paged-unreachable = hindi ma-page si { $to } (hakbang { $step }): hindi pa niya sinimulan ang bot; ang susunod sa roster
desk-cli-what-case-paged-failed = hindi ma-page si { $to } (hakbang { $step }): error sa Telegram; ang susunod sa roster
desk-cli-what-case-status = status: { $status }
desk-cli-what-case-note = naidagdag ang tala
desk-cli-what-case-lowered = ibinaba mula { $from }
desk-cli-what-case-restored = ibinalik ang urgency (dating { $from })
desk-cli-what-case-reply-queued = nakapila ang sagot
desk-cli-what-case-reply-delivered = naihatid ang sagot ({ $count }), { $rule }
desk-cli-what-case-reply-held = nakahold ang sagot{ $until }{ $why }
desk-cli-what-case-reply-gone = hindi maabot ang tao
desk-cli-what-case-wiped = binura ng tao ang chat niya sa bot (nananatili ang kaso)
desk-cli-until = {" "}hanggang { $time }

desk-cli-resumed = { $caseId }: nakakarating na ulit ang mga mensahe sa chat niya. Sinusunod ng mga nakahold na sagot ang karaniwang patakaran.
desk-cli-unlocked = { $caseId }: na-unlock. Ipinapakita ulit ng code word niya ang mga nakahold na sagot.
desk-cli-not-stopped = Walang nakahinto para sa { $caseId }.
desk-cli-not-locked = Hindi naka-lock ang mga sagot ng { $caseId }.
desk-cli-what-case-duress = DURESS word: walang mapupunta sa chat niya hanggang `resume`
desk-cli-what-case-cant-talk-on = "hindi makapagsalita": tahimik ang bot sa chat niya
desk-cli-what-case-cant-talk-off = nag-uusap ulit pagkatapos ng "hindi makapagsalita"
desk-cli-what-case-release-locked = na-lock ang mga sagot pagkatapos ng { $tries } maling subok ng code word
desk-cli-what-case-release-unlocked = na-unlock ang mga sagot
desk-cli-what-case-resumed = itinuloy ang mga mensahe sa chat niya
desk-cli-what-case-reply-announced = sinabihan ng "may bago kang mensahe"; ipapakita { $waiting }
desk-cli-rule-code-word = pagkatapos ng code word niya
desk-cli-rule-typed-reply = bilang sagot sa mensaheng tinype niya
desk-cli-held-stopped = {" "}(nakahinto ang chat niya)
desk-cli-held-locked = {" "}(naka-lock: maling subok ng code word)
# Status check at PIN ng kamag-anak.
desk-cli-bad-tell = Hindi masasabi ng status check ang "{ $what }": gumamit ng located, closed o nothing.
desk-cli-told-located = { $caseId }: ang status check ay nagsasabi na ngayong "nahanap / nakikipag-ugnayan sa embahada".
desk-cli-told-closed = { $caseId }: ang status check ay nagsasabi na ngayong "sarado".
desk-cli-told-nothing = { $caseId }: "natanggap" / "tinitingnan" lang ang sinasabi ngayon ng status check.
desk-cli-told-same = { $caseId }: iyan na ang sinasabi ng status check.
desk-cli-pin-reset = { $caseId }: nakapila ang bagong PIN para sa chat na pinagmulan ng report (ipapadala ito ng tumatakbong hotline). Hindi na gumagana ang luma.
desk-cli-not-relative = Hindi report ng kamag-anak ang { $caseId }: wala itong PIN.
desk-cli-pin-stopped = Nakahinto ang mga mensahe sa chat ng { $caseId }: walang PIN na naipadala. I-resume muna (npm run desk -- resume { $caseId }) kung ligtas.
desk-cli-what-case-pin-capped = masyadong maraming maling PIN ngayong araw: nakahinto ang check para sa mga chat na nagkamali
desk-cli-what-case-pin-forgotten = sinasabi ng kamag-anak na nakalimutan niya ang PIN
desk-cli-what-case-pin-reset = ipinadala ang bagong PIN sa chat na nag-report
desk-cli-what-case-told = binago ang sinasabi ng status check

desk-cli-what-case-forgotten = humiling ang tao na kalimutan siya (nabura ang usapan, nananatili ang kaso)
desk-cli-what-case-purged-retention = binura ang kaso: tapos na nang mas matagal sa panahon ng pag-iingat
desk-cli-what-case-purged-forgotten = binura ang kaso: humiling ang tao na kalimutan siya
desk-cli-web-link = Link para mag-sign in sa web desk (isang beses lang, { $minutes } minuto; huwag ibahagi): { $url }
