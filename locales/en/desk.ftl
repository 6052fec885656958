# The officers' desk: case cards, buttons and answers to officers (desk language: deployment's embassy.deskLanguage).

desk-urgency-critical = 🔴 CRITICAL
desk-urgency-high = 🟠 HIGH
desk-urgency-normal = ⚪ normal
desk-status-new = new
desk-status-claimed = claimed
desk-status-in-progress = in progress
desk-status-resolved = resolved
desk-status-duplicate = duplicate
desk-status-closed = closed
desk-kind-self-report = self-report
desk-kind-missing-person = missing-person report

desk-reason-danger-now = says in danger now
desk-reason-danger-words = wrote danger words
desk-reason-injured-and-violence = injured and violence
desk-reason-violence = violence
desk-reason-threats = threats to them or their family
desk-reason-injured = sick or injured
desk-reason-confined = not allowed to leave
desk-reason-many-people = many people held
desk-reason-passport = passport taken
desk-reason-forced-scam = forced to scam
desk-reason-debt = debt or fines
desk-reason-wages = wages withheld
desk-reason-indicators = several signs of forced labour
desk-reason-sold = sold to another company
desk-reason-minor = a minor
desk-reason-minor-at-risk = a minor at risk
desk-reason-hurt-and-threatened = hurt and threatened
desk-reason-unfinished = report left unfinished (fell silent)
desk-reason-duress = sent their duress word

desk-card-head = { $urgency } · { $caseId } · { $status }
desk-card-reasons = Why: { $reasons }
desk-card-score = Indicators: { $score } of 8
desk-card-alarm = ⚠ Alarm words ({ $time }): { $text }
desk-card-first-where = First position ({ $time }): { $where }
desk-card-suspect-change = ⚠ { $why }: { $answer }: { $before } → { $after } ({ $time })
desk-card-suspect-more = ⚠ … and { $count } earlier change(s) that may not be the person's (npm run desk -- show lists them all).
desk-card-retraction = ⚠ Asked to take the report back ({ $time }), not obeyed, may not be the person: "{ $text }"
desk-suspect-restart = Changed after /restart (may not be the person)
desk-suspect-retraction = Taken back (may not be the person)
desk-suspect-after-silence = Changed after a long silence (may not be the person)
desk-message-suspect-restart = ⚠ Sent after /restart: may not be the person writing.
desk-message-suspect-retraction = ⚠ Takes the report back: not obeyed (urgency and status stay), may not be the person writing.
desk-message-suspect-after-silence = ⚠ Sent after a long silence: may not be the person writing.
desk-answer-danger-now = danger now
desk-answer-location = where
desk-answer-country = country
desk-answer-place = place
desk-answer-situation = situation
desk-answer-people = held with them
desk-answer-people-words = held with them (their words)
desk-answer-contact = safe to write
desk-answer-contact-times = safe times
desk-answer-name = name
desk-answer-relationship = relationship
desk-answer-age = age
desk-answer-birth-date = date of birth
desk-answer-sex = sex
desk-answer-hometown = home town
desk-answer-document = passport or ID
desk-answer-phone = phone
desk-answer-last-heard = last heard from
desk-answer-last-message = what they said last
desk-answer-city = city
desk-answer-company = company
desk-answer-job = job promised
desk-answer-recruiter = recruiter
desk-answer-photo = photo
desk-answer-harm = what they said happened
desk-answer-contact-phone = number to call
desk-answer-contact-when = when to reach them
desk-answer-words = their words
desk-contact-anytime = any time
desk-contact-they-write-first = only after they write first
desk-contact-times = at certain times
desk-contact-this-chat = in this chat
desk-contact-phone = by phone
desk-card-opened = Opened { $time } ({ $age } ago) · { $kind } · { $language } · { $channel }
desk-card-claimed = Claimed by { $officer }
desk-card-unclaimed = Not claimed yet
desk-card-duplicate = Duplicate of { $other }
desk-card-reopened = 🔁 Reopened { $times } time(s): a new danger message after the case was { $was }.
desk-card-lowered = ⬇ Lowered from { $from } by { $officer } — { $reason }
desk-card-where-pin = Where: { $lat }, { $lon }{ $live } { $map }{ $near }
desk-card-where-live = {" "}(live)
desk-card-where-near = {" "}near { $place }
desk-card-where-text = Where (typed): { $text }
desk-card-where-unknown = Where: not given yet
desk-card-country = Country: { $country }
desk-card-danger = In danger now: { $answer }
desk-card-situation = Situation: { $items }
desk-card-details = Their words: { $text }
desk-card-people = Held with them: { $people }
desk-card-safe = Safe to write: { $when }
desk-card-safe-anytime = any time
desk-card-safe-first = only after they write first
desk-card-safe-times = only at: { $times }
desk-card-safe-unreadable = held until they write: their safe-time answer could not be read as safe hours (their words: { $times })
desk-card-name = Name: { $name }
desk-card-links = Linked cases: { $cases }
desk-card-possible = Possible match (confirm): { $cases }
desk-card-about = About them: { $about }
desk-card-about-phone = phone { $phone }
desk-card-link-age = age { $age }
desk-card-link-hometown = from { $place }
desk-card-link-reporter = reported by: { $relationship }
desk-card-link-by-parent = reported by a parent
desk-card-link-by-child = reported by their child
desk-card-link-by-sibling = reported by a brother or sister
desk-card-link-by-spouse = reported by their husband or wife
desk-card-link-by-relative = reported by a relative
desk-card-link-by-friend = reported by a friend
desk-card-link-confirmed = 🔗 Same person (an officer confirmed): { $caseId }, { $kind }, { $status }: { $facts }
desk-card-link-exact = 🔗 Same phone or passport: { $caseId }, { $kind }, { $status }: { $facts }
desk-card-link-possible = ❓ Possible match, confirm or reject: { $caseId }, { $kind }, { $status }: { $facts }
desk-button-link-confirm = ✓ Same person as { $other }
desk-button-link-reject = ✗ Not { $other }
desk-link-ok-confirm = { $caseId } and { $other } are the same person: both cards show both.
desk-link-ok-reject = { $caseId } and { $other } are not the same person: they will not be proposed again.
desk-link-already-confirm = { $caseId } and { $other } were already confirmed as the same person.
desk-link-already-reject = { $caseId } and { $other } were already marked as not the same person.
desk-link-missing = There is no case { $caseId } or { $other }.
desk-link-same-case = { $caseId } is the same case: give the other case's number.
desk-usage-link = In a case's topic: /link OTHER-ID (same person) or /notlink OTHER-ID (not the same person). Elsewhere: /link ID OTHER-ID.
desk-card-held = Answers held for them: { $count }
desk-card-notes = Notes: { $count } (/case { $caseId } shows them)
desk-card-intake-open = Still answering the intake.
desk-card-gone = ⚠ Cannot be reached: they blocked the bot or deleted their account.
desk-yes = yes
desk-no = no
desk-not-given = not given
desk-minutes = { $n } min
desk-hours = { $h } h { $m } min
desk-days = { $d } d { $h } h

desk-button-claim = ✋ Claim
desk-button-unclaim = Unclaim
desk-button-in-progress = In progress
desk-button-resolved = ✅ Resolved
desk-button-closed = Close
desk-button-location = 📍 Ask location
desk-button-lower = ⬇ Lower (false alarm)
desk-button-restore = ⬆ Restore urgency

desk-claimed = { $caseId } is yours now.
desk-already-yours = { $caseId } is already yours.
desk-taken = { $caseId } is claimed by { $officer }.
desk-unclaimed = { $caseId } is back in the queue, unclaimed.
desk-not-claimed = { $caseId } is not claimed.
desk-status-set = { $caseId } is now: { $status }.
desk-status-same = { $caseId } is already: { $status }.
desk-closed = { $caseId } is { $status }: set it "in progress" first to work it again.
desk-missing = There is no case { $caseId }.
desk-bad-duplicate = { $other } is not another existing case.
desk-note-added = Note added to { $caseId }.
desk-empty = Nothing to send: write the text after the command.
desk-too-long = Too long: { $length } characters, at most { $max }. Please split it.
desk-gone = { $caseId }: the person cannot be reached any more (blocked the bot or deleted their account). Nothing was sent.
desk-reply-queued =
    → Answer to { $caseId } queued, exactly this:
    { $text }
desk-reply-sent = ✓ Sent to { $caseId } { $when }, exactly this ({ $count }):
desk-reply-held-first = ⏸ Held: { $caseId } asked us to write only after they write. It goes out when they next write.
desk-reply-held-until = ⏸ Held until { $time } (their safe time), or when they next write.
desk-reply-held-unreadable = ⏸ Held until they write: { $caseId }'s safe-time answer could not be read as safe hours (vague, or only says when not to write).
desk-reply-held-unknown = ⏸ Held: { $caseId } has not said when it is safe to write. It goes out when they next write.
desk-reply-held-phone = ⏸ Held: { $caseId } asked to be called back by phone, not written to here (the number and hours are on the card: /case { $caseId }). It goes out in this chat when they next write.
desk-reply-failed = ⚠ { $caseId }: the person could not be reached ({ $why }). The case records it.
desk-location-requested = Asked { $caseId } for a fresh location.
desk-lowered = { $caseId } lowered to { $urgency }. The person is not told. /restore { $caseId } undoes it.
desk-urgency-same = { $caseId } is already { $urgency }.
desk-restored = { $caseId } is back to { $urgency }.
desk-not-lower = { $caseId } is { $urgency }: it can only go lower (high or normal).
desk-not-lowered = { $caseId } was not lowered: nothing to restore.
desk-lower-how = To lower { $caseId } (false alarm), send: /lower { $caseId } [high|normal] reason. Send it as a command: a plain message in this topic is only kept as a note.
desk-person-wrote = 💬 { $caseId } wrote:
desk-person-pin = 📍 { $caseId } sent a location: { $lat }, { $lon } { $map }
desk-person-media = 📎 { $caseId } sent a { $media } on { $channel }{ $caption }
desk-person-media-caption = : { $caption }
desk-person-other = { $caseId } sent something the bot cannot show ({ $what }).
desk-person-wiped = 🧹 { $caseId }: the person deleted their chat with the bot at { $time }. The case and everything they sent stay here.
desk-private-hello = This chat is for the desk's pages: when an urgent case waits too long, the bot writes to you here. Cases are handled in the officers' group.
desk-page-unclaimed = ⏰ { $caseId } ({ $urgency }) has waited { $age } and nobody has claimed it. Please look at the officers' group.
desk-page-unanswered = ⏰ { $caseId } ({ $urgency }) was claimed { $age } ago and the person has no answer yet. Please look at the officers' group.
desk-page-unreachable = 📵 { $who } could not be paged by direct message: they have not pressed Start in a private chat with the bot (or they blocked it). Until they do, the next on the duty roster is paged instead.
desk-reopened = 🔁 { $caseId } ({ $urgency }) REOPENED: the person wrote a new danger message after the case was { $was }.
desk-digest-head = { $count } more cases are waiting; each gets its own card as Telegram allows. Most urgent first:
desk-digest-line = { $urgency } { $caseId } · { $age } · { $where } · { $reasons }
desk-queue-head = Open cases: { $count } (most urgent first)
desk-queue-line = { $urgency } { $caseId } · { $status } · { $age } · { $where }{ $claimed }
desk-queue-claimed = {" "}· { $officer }
desk-queue-empty = No open cases.
desk-queue-more = … and { $count } more: run `npm run desk -- list` for all.
desk-queue-parked-head = ⚠ Posts the group would not take ({ $count }); each is tried again later:
desk-queue-parked-line = { $what } { $caseId } · since { $since } · next try { $next } · { $reason }
desk-parked = ⚠ A post about { $caseId } ({ $what }) did not go through: { $reason }. Other posts go on; it is tried again later, and /queue lists it.
desk-post-card = card
desk-post-msg = person's message
desk-post-status = answer status
desk-post-alert = alert
desk-realert-head = ⏰ { $count } urgent cases waiting for an officer (most urgent first):
desk-realert-line = { $urgency } { $caseId } · waiting { $age }
desk-realert-line-unanswered = { $urgency } { $caseId } · claimed by { $officer } { $age } ago, no answer to the person yet
desk-realert-more = … and { $count } more: /queue lists them all.
desk-swarm-head = 🆘 { $count } new SOS with no details yet (a danger word and nothing else). Each gets its card after the cases with details; any that sends more moves up at once. A supervisor can lower them all to high:
desk-button-swarm-lower = Lower all to high (supervisors)
desk-swarm-reason = SOS with no details, in a burst: lowered together by a supervisor from the swarm digest
desk-swarm-lowered = { $count } lowered to high. Undo one with /restore KH-XXXX. { $skipped } left as they were (details came, or an officer has them).
desk-swarm-expired = This list is no longer active.
desk-swarm-supervisors-only = Only a supervisor can lower a whole list.
desk-not-officer = Only the embassy's duty officers can do this.
desk-usage-case = Usage: /case KH-XXXX
desk-usage-reply = Usage: /reply your text inside the case's topic, or /reply KH-XXXX your text anywhere (/send works too).
desk-usage-note = Usage: /note text inside the case's thread, or /note KH-XXXX text
desk-usage-dup = Usage: /dup KH-YYYY inside the case's thread (this case duplicates KH-YYYY)
desk-usage-lower = Usage: /lower KH-XXXX [high|normal] reason (inside the case's thread the number can be left out). Without high or normal it goes one step down. The person is never told.
desk-which-case = Which case? Use this inside a case's thread, or give the case number.
desk-topic-title = { $urgency } { $caseId }
desk-card-deleted = This card's case no longer exists.
desk-help = Duty desk: /queue lists open cases, /case ID shows one. In a case's topic what you type stays among officers: it is kept as a note, never sent. To answer the person: /reply text (or reply to the card, then press Send). Forwarded messages, photos and files never go to the person. /note text adds a note; /dup ID marks it a duplicate; /lower ID [high|normal] reason lowers a false alarm (the person is not told), /restore ID undoes it; /resume ID lets messages reach a chat stopped by a duress or "can't talk" word; /unlock ID unlocks answers locked by wrong code-word tries; /tell ID located|closed|nothing sets what a relative's status check says (verify them first); /resetpin ID sends a relative a new PIN; /link ID and /notlink ID say whether a possible match is the same person; buttons claim and set status. /hand ID NAME gives a case to a colleague.

# What officers type in a case's topic: a note unless sent by an explicit act (/reply, or Send on a preview).
desk-reply-when-queued = now
desk-reply-when-person-active = when they wrote
desk-reply-when-due = at the scheduled time (their safe hours, or a retry)
desk-note-kept = 📝 Kept as a note on { $caseId } — not sent to the person. To answer them: /reply your text
desk-not-sent-forward = ⛔ Not sent: a forwarded message never goes to the person (it may carry another case's name, place or words), and it is not kept. To answer { $caseId }, type /reply and your own words.
desk-not-sent-media = ⛔ Not sent: only words an officer types go to the person — no photos, files, stickers, voice, video or locations. It stays in this topic. To answer { $caseId }: /reply your text
desk-preview =
    ✉ To the person ({ $caseId }), if you press Send:
    { $text }
desk-preview-warn-other = ⚠ It names another case ({ $cases }): is it really for { $caseId }? Another case's details must never reach this person.
desk-preview-warn-card = ⚠ It looks like a case card: on the person's phone it would show their case to anyone who picks the phone up.
desk-preview-warn-topic = ⚠ This is the topic of { $here }, but the answer goes to { $caseId }.
desk-preview-expires = Only you can send it, within { $minutes } min; anyone can cancel it.
desk-preview-expired = Nothing was sent: this preview has expired or was already used. To answer, send /reply and your text.
desk-preview-not-author = Only { $officer }, who wrote it, can send this. To send it yourself: /reply and your text.
desk-preview-cancelled = ✖ Cancelled by { $officer }: nothing was sent to { $caseId }.
desk-preview-sent = Queued for { $caseId }.
desk-button-preview-send = 📤 Send
desk-button-preview-cancel = ✖ Cancel

# Safety words (src/core/safety-words.ts): the person's duress and "can't talk" words, their code word.
desk-card-stopped-duress = 🚨 DURESS word sent ({ $time }): nothing is sent to their chat, not even held answers, until an officer decides: /resume { $caseId }
desk-card-stopped-cant-talk = 🤫 "Can't talk" ({ $time }): the bot is silent for their chat until their code word, a message they type later, or /resume { $caseId }
desk-card-release-locked = 🔒 Answers locked ({ $time }): 5 wrong code-word tries in a day. Check, then /unlock { $caseId }
desk-card-code-word = 🔑 Code word set: answers are shown only after they send it.
desk-card-released-code-word = Answers last shown { $time }, after their code word.
desk-card-released-typed-reply = Answers last shown { $time }, in reply to a message they typed.
desk-card-released-relative = Answers last sent { $time }, as the relative asked (this chat).
desk-duress = 🚨 { $caseId }: the person sent their DURESS word. Someone may be making them write. Nothing more is sent to their chat until an officer decides (/resume { $caseId }).
desk-duress-line = 🚨 Duress word: the person got only an ordinary-looking reply; nothing else goes to their chat until /resume { $caseId }.
desk-cant-talk-on = 🤫 { $caseId } sent "can't talk": the bot is silent for their chat.
desk-cant-talk-off-code = 🗣 { $caseId } sent their code word: the bot talks to them again.
desk-cant-talk-off-typed = 🗣 { $caseId } wrote again after their "can't talk": the bot talks to them again.
desk-release-locked = 🔒 { $caseId }: { $tries } wrong code-word tries. Held answers stay held; someone else may have the phone. /unlock { $caseId } once you are sure.
desk-release-unlocked = 🔓 { $caseId }: release unlocked by { $officer }.
desk-resumed = ▶ { $caseId }: messages to their chat resumed by { $officer }.
desk-reply-rule-code-word = — shown after their code word.
desk-reply-rule-typed-reply = — shown in reply to a message they typed.
desk-reply-rule-relative = — sent as the relative asked (a report from home: this chat, their time; no code word).
desk-reply-announced-code-word = 📩 { $caseId } was told "you have a new message"; it is shown after they send their code word.
desk-reply-announced-typed-reply = 📩 { $caseId } was told "you have a new message"; it is shown when they reply by typing.
desk-reply-held-stopped = ⏸ Held: nothing goes to { $caseId }'s chat after their duress or "can't talk" word. /resume { $caseId } when it is safe.
desk-reply-held-locked = 🔒 Held: { $caseId } sent the code word, but wrong tries locked the release. /unlock { $caseId } once you are sure.
desk-not-stopped = Nothing is stopped for { $caseId }.
desk-not-locked = The answers of { $caseId } are not locked.
desk-resumed-done = { $caseId }: messages reach their chat again. Held answers follow the usual rules.
desk-unlocked-done = { $caseId }: unlocked. Their code word shows the held answers again.
desk-memory = ⚠ The hotline's database is { $percent } % full ({ $usedMb } of { $limitMb } MB). At 100 % nothing new is saved: no message, no case. Tell the technical team now (raise Redis maxmemory, or free memory).
desk-memory-full = 🛑 The hotline's database is FULL ({ $usedMb } of { $limitMb } MB): new messages and cases are NOT saved. Tell the technical team now (raise Redis maxmemory, or free memory); use the phone line meanwhile.
## A channel down or back (src/health/channel-watch.ts)
desk-channel-down = 🛑 { $channel ->
    [telegram] Telegram
    [whatsapp] WhatsApp
   *[other] { $channel }
} is DOWN: { $problem ->
    [unauthorized] Telegram refuses the bot's token (revoked or changed in BotFather).
    [logged-out] the number was logged out on the phone and must be linked again.
    [replaced] another device or process took over this WhatsApp session.
    [unlinked] no number is linked.
    [forbidden] WhatsApp refuses the number (restricted or banned?).
    [unreachable] the hotline cannot reach it (network).
   *[other] the connection is lost.
} People writing there get no answer. Tell the technical team now; use the phone line meanwhile.
desk-channel-up = ✅ { $channel ->
    [telegram] Telegram
    [whatsapp] WhatsApp
   *[other] { $channel }
} works again{ $minutes ->
    [0] {""}
   *[other] {" "}(it was down for { $minutes } min)
}. Check the queue for messages that waited.

## A relative's missing-person report on the card (src/officers/report-lines.ts)
desk-mp-again = ⚠ Reported { $count } times. New in report { $n }: { $fields }
desk-mp-nothing-new = nothing new
desk-mp-report = Report { $n } ({ $time }): by the { $relationship }; call back { $contact }, { $when }
desk-mp-person = Missing person:
desk-mp-field = { $label }: { $value }
desk-mp-from = (report { $n }, { $time })
desk-mp-new = 🆕 new
desk-mp-also = {"  "}↳ also, report { $n } ({ $time }): { $value } { $new }
desk-mp-words = Typed, could not be read ({ $step }): { $text }
desk-mp-born = born { $date }
desk-mp-minor = ⚠ UNDER 18
desk-mp-country-other = another country
desk-mp-photo-telegram = yes, sent on Telegram (re-sent into the case's topic)
desk-mp-photo-not-forwarded = sent on { $channel }: not forwarded (the bot keeps only the message's id, not the file; ask the relative to send it again on Telegram or by e-mail)
desk-mp-photo-caption = Photo of the missing person, case { $caseId } (report { $n }), as the relative sent it.
desk-mp-contact-phone = by phone { $phone }
desk-mp-contact-this-chat = in their chat ({ $channel })
desk-mp-when-anytime = any time
desk-mp-when-times = only { $times }
desk-mp-field-name = Name
desk-mp-field-age = Age
desk-mp-field-birthDate = Born
desk-mp-field-sex = Sex
desk-mp-field-hometown = Home town
desk-mp-field-document = Passport / ID
desk-mp-field-phone = Phone
desk-mp-field-lastHeard = Last heard from
desk-mp-field-lastMessage = What they said then
desk-mp-field-country = Went to
desk-mp-field-city = City
desk-mp-field-company = Company
desk-mp-field-job = Job promised
desk-mp-field-recruiter = Recruiter
desk-mp-field-photo = Photo
desk-mp-field-notes = Other notes
desk-mp-relationship-parent = parent (the missing person is their child)
desk-mp-relationship-child = son or daughter (the missing person is their parent)
desk-mp-relationship-sibling = brother or sister
desk-mp-relationship-spouse = husband or wife
desk-mp-relationship-relative = another relative
desk-mp-relationship-friend = friend

# A relative's status check and PIN (src/officers/relative-desk.ts, src/cases/relative-access.ts).
desk-card-verify-relative = ⚠ A relative's report may come from a recruiter posing as family. Verify who they are before telling them anything: status checks say only "received" / "being looked at" until an officer chooses (/tell { $caseId } located).
desk-card-told-located = 📣 Status checks of this report say "located / in contact with the embassy" (chosen by { $officer }). /tell { $caseId } nothing to stop.
desk-card-told-closed = 📣 Status checks of this report say "closed" (chosen by { $officer }). /tell { $caseId } nothing to stop.
desk-usage-tell = Usage: /tell KH-XXXX located|closed|nothing (in the case's topic the number can be left out). Only after you verified the relative: a recruiter may have made the report.
desk-usage-resetpin = Usage: /resetpin KH-XXXX, only after you verified it is really the relative. The new PIN goes only to the chat the report came from; nobody here sees it.
desk-told-located = { $caseId }: status checks now say "located / in contact with the embassy".
desk-told-closed = { $caseId }: status checks now say "closed".
desk-told-nothing = { $caseId }: status checks now say only "received" / "being looked at".
desk-told-same = { $caseId }: status checks say that already.
desk-pin-reset-done = 🔑 { $caseId }: a new PIN is on its way to the chat the report came from. The old one no longer works.
desk-not-relative = { $caseId } is not a relative's report: it has no PIN.
desk-pin-stopped = Messages to the chat of { $caseId } are stopped: no PIN was sent. /resume { $caseId } first if that is safe.
desk-pin-capped = ⚠ { $caseId }: { $failures } wrong PINs from { $senders } chats within a day. Someone may be guessing. Checks are paused for chats that got it wrong; a chat that has not failed can still check. If the relative is locked out, verify them and /resetpin { $caseId }.
desk-pin-forgotten = 🔑 { $caseId }: the relative says they forgot the PIN (from the chat the report came from). Contact them and verify it is them, then /resetpin { $caseId }.
desk-pin-forgotten-other = ⚠ { $caseId }: someone in another chat (not the one the report came from) says they forgot the PIN. It may not be the relative. A new PIN would go only to the reporting chat.
desk-pin-reset = 🔑 { $caseId }: new PIN sent to the reporting chat by { $officer }.
desk-told-line-located = 📣 { $caseId }: { $officer } chose that status checks say "located / in contact with the embassy".
desk-told-line-closed = 📣 { $caseId }: { $officer } chose that status checks say "closed".
desk-told-line-nothing = 📣 { $caseId }: { $officer } chose that status checks say only "received" / "being looked at".

# The person's /forget with the case open (src/core/forget.ts): a line in the case's topic, and on the card.
desk-person-forgotten = 🗑 { $caseId }: the person asked to be forgotten at { $time }. Their conversation with the bot is erased; the case stays so you can still act. Keep only what you need.
desk-card-forgotten = 🗑 Asked to be forgotten ({ $time }): keep only what you need to act.

# Handing a case to a colleague (/hand).
desk-usage-hand = Usage: /hand KH-XXXX NAME (inside the case's thread the number can be left out). NAME: a colleague's name as the desk shows it.
desk-handed = { $caseId } is now with { $officer }.
desk-hand-same = { $caseId } was already with { $officer }.
desk-hand-unknown = No officer by that name. Officers: { $officers }
desk-hand-self = You cannot hand { $caseId } to yourself.
desk-handed-line = 🤝 { $caseId } handed to { $to } by { $officer }.
