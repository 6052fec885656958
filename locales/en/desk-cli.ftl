# The command-line desk (npm run desk): what officers read in the terminal. Cards and queue labels come from desk.ftl.

desk-cli-usage =
    Duty desk in the terminal, over the hotline's Redis.
    
    Usage: npm run desk -- [--as NAME] [--lang LANG] COMMAND
    
      list [--json]              open cases, most urgent first
      show ID                    one case: its card and notes
      claim ID                   make the case yours
      unclaim ID                 put it back in the queue
      note ID TEXT…              add a note for officers
      reply ID TEXT… [--confirm] answer the person (the hotline sends it now or holds it for their safe time);
                                 --confirm sends one that names another case or looks like a case card
      location ID                ask the person for a fresh location
      status ID STATUS [OTHER]   STATUS: in-progress, resolved, closed, or duplicate OTHER-ID
      lower ID [LEVEL] REASON…   lower a false alarm, with why (or --reason "…"); LEVEL: high or normal,
                                 else one step down. The person is never told.
      restore ID                 undo a lowering: back to the urgency before it
      resume ID                  let messages reach a chat stopped by the person's duress or "can't talk" word
      unlock ID                  unlock held answers locked by wrong code-word tries
      tell ID WHAT               what a relative's status check says: located, closed, or nothing (only
                                 received / being looked at); verify the relative first
      reset-pin ID               a new PIN for a relative who forgot theirs (verify them first); it goes
                                 only to the chat the report came from
      link ID OTHER              the two cases are the same person (both cards show both)
      notlink ID OTHER           they are not the same person: the link goes and is never proposed again
      watch                      the queue, then each case event as it happens (Ctrl-C stops)
      web-link                   a one-time link to sign in to the web desk (10 minutes)
    
    Who acts: --as NAME or DESK_OFFICER=NAME (letters, digits, . _ -; up to 32); DESK_SUPERVISOR=1 for a supervisor.
    Every action, viewing a case included, is recorded with your name.
    Exit codes: 0 done, 1 refused, 2 wrong usage, 3 could not run (configuration or Redis).
desk-cli-bad-usage = { $problem } Run `npm run desk -- help` for usage.
desk-cli-unknown-command = Unknown command "{ $command }".
desk-cli-bad-option = { $message }.
desk-cli-need-id = Which case? Give its number, for example: npm run desk -- { $command } KH-4F7Q
desk-cli-extra = Too many words after "{ $command }".
desk-cli-need-officer = Who is acting? Add --as YOUR-NAME (or set DESK_OFFICER): every action is recorded with it.
desk-cli-bad-officer = "{ $name }" cannot be an officer name: use letters, digits, dot, dash or underscore, at most 32.
desk-cli-bad-lang = No desk language "{ $lang }": use one of { $languages }.
desk-cli-bad-status = "{ $status }" is not a status: use in-progress, resolved, closed, or duplicate OTHER-ID.
desk-cli-need-link-other = Which other case? npm run desk -- { $command } { $caseId } OTHER-ID
desk-cli-need-other = Duplicate of which case? npm run desk -- status { $caseId } duplicate OTHER-ID
desk-cli-other-only-duplicate = Another case id goes only with "duplicate".
desk-cli-need-reason = Why is it a false alarm? npm run desk -- lower { $caseId } [high|normal] --reason "…" (kept sealed, with your name)
desk-cli-reason-only-lower = --reason goes only with "lower".
desk-cli-confirm-only-reply = --confirm goes only with "reply".
desk-cli-failed = Could not run the desk: { $message }

desk-cli-col-case = CASE
desk-cli-col-urgency = URGENCY
desk-cli-col-age = AGE
desk-cli-col-status = STATUS
desk-cli-col-claimed = CLAIMED BY
desk-cli-col-country = COUNTRY
desk-cli-col-lang = LANG
desk-cli-col-reasons = WHY
desk-cli-queue-count = { $count } open case(s), most urgent first.
desk-cli-queue-empty = No open cases.
desk-cli-nobody = —

desk-cli-suspect-head = All { $count } changes that may not be the person's (kept, none lowered the urgency):
desk-cli-notes-head = Notes:
desk-cli-note-line = { $time } · { $officer }: { $text }
desk-cli-no-notes = No notes yet.
desk-cli-actions = Next:

desk-cli-claimed = { $caseId } is yours now.
desk-cli-already-yours = { $caseId } is already yours.
desk-cli-taken = { $caseId } is claimed by { $officer }.
desk-cli-unclaimed = { $caseId } is back in the queue, unclaimed.
desk-cli-not-claimed = { $caseId } is not claimed.
desk-cli-status-set = { $caseId } is now: { $status }.
desk-cli-status-same = { $caseId } is already: { $status }.
desk-cli-lowered = { $caseId } lowered to { $urgency }. The person is not told; `npm run desk -- restore { $caseId }` undoes it.
desk-cli-urgency-same = { $caseId } is already { $urgency }.
desk-cli-restored = { $caseId } is back to { $urgency }.
desk-cli-not-lower = { $caseId } is { $urgency }: it can only go lower (high or normal).
desk-cli-not-lowered = { $caseId } was not lowered: nothing to restore.
desk-cli-closed = { $caseId } is { $status }: run `npm run desk -- status { $caseId } in-progress` to work it again.
desk-cli-missing = There is no case { $caseId }.
desk-cli-bad-duplicate = { $other } is not another existing case.
desk-cli-note-added = Note added to { $caseId }.
desk-cli-empty = Nothing to send: write the text after the case number.
desk-cli-too-long = Too long: { $length } characters, at most { $max }. Please split it.
desk-cli-gone = { $caseId }: the person cannot be reached any more (blocked the bot or deleted their account). Nothing was sent.
desk-cli-reply-queued = Answer to { $caseId } queued, exactly this:
desk-cli-reply-other = Not sent: it names another case ({ $cases }). Is it really for { $caseId }? Another case's details must never reach this person. If it is meant, run the command again with --confirm.
desk-cli-reply-card = Not sent: it looks like a case card, which would show the person's case to anyone holding their phone. If it is meant, run the command again with --confirm.
desk-cli-location-queued = Location request to { $caseId } queued.
desk-cli-send-now = They said it is safe to write now: the running hotline tells them "you have a new message" at once; the answer itself follows after their code word, or a message they type.
desk-cli-send-now-relative = A relative reporting from home who chose this chat at this time: the running hotline sends the answer itself at once (silently, under the neutral header).
desk-cli-held-first = Held: they asked us to write only after they write. It goes out when they next write.
desk-cli-held-until = Held until { $time } (their safe time), or until they next write.
desk-cli-held-unknown = Held: they have not said when it is safe to write (or we cannot read it). It goes out when they next write.
desk-cli-held-phone = Held: they asked to be called back by phone (the number and hours are in `npm run desk -- show`). It goes out in their chat when they next write there.
desk-cli-watch-hint = `npm run desk -- watch` shows when it leaves.

desk-cli-watching = Watching for case events (Ctrl-C stops)…
desk-cli-event = { $time } · { $caseId } · { $urgency } · { $what }{ $by }
desk-cli-event-by = {" "}· { $officer }
desk-cli-what-case-opened = new case
desk-cli-what-case-updated = updated by the person
desk-cli-what-case-escalated = escalated
desk-cli-what-case-claimed = claimed
desk-cli-what-case-unclaimed = unclaimed
desk-cli-what-case-unclaimed-freed = claim of { $was } freed at start-up: no longer a listed officer
desk-cli-what-case-realerted-claim = re-alerted (step { $step }): nobody has claimed it
desk-cli-what-case-realerted-answer = re-alerted (step { $step }): claimed by { $owner }, no answer to the person yet
desk-cli-what-case-paged-sent = paged { $to } by direct message (step { $step })
desk-cli-what-case-paged-unreachable = could not page { $to } (step { $step }): they have not started the bot; next on the roster
desk-cli-what-case-paged-failed = could not page { $to } (step { $step }): Telegram error; next on the roster
desk-cli-what-case-status = status: { $status }
desk-cli-what-case-note = note added
desk-cli-what-case-lowered = lowered from { $from }
desk-cli-what-case-restored = urgency restored (was { $from })
desk-cli-what-case-reply-queued = answer queued
desk-cli-what-case-reply-delivered = answer delivered ({ $count }), { $rule }
desk-cli-what-case-reply-held = answer held{ $until }{ $why }
desk-cli-what-case-reply-gone = person cannot be reached
desk-cli-what-case-wiped = the person deleted their chat with the bot (the case stays)
desk-cli-until = {" "}until { $time }

desk-cli-resumed = { $caseId }: messages reach their chat again. Held answers follow the usual rules.
desk-cli-unlocked = { $caseId }: unlocked. Their code word shows the held answers again.
desk-cli-not-stopped = Nothing is stopped for { $caseId }.
desk-cli-not-locked = The answers of { $caseId } are not locked.
desk-cli-what-case-duress = DURESS word: nothing goes to their chat until `resume`
desk-cli-what-case-cant-talk-on = "can't talk": the bot is silent for their chat
desk-cli-what-case-cant-talk-off = talking again after "can't talk"
desk-cli-what-case-release-locked = answers locked after { $tries } wrong code-word tries
desk-cli-what-case-release-unlocked = answers unlocked
desk-cli-what-case-resumed = messages to their chat resumed
desk-cli-what-case-reply-announced = told "you have a new message"; shown { $waiting }
desk-cli-rule-code-word = after their code word
desk-cli-rule-typed-reply = in reply to a message they typed
desk-cli-held-stopped = {" "}(their chat is stopped)
desk-cli-held-locked = {" "}(locked: wrong code-word tries)
# A relative's status check and PIN.
desk-cli-bad-tell = "{ $what }" is not something a status check can tell: use located, closed or nothing.
desk-cli-told-located = { $caseId }: status checks now say "located / in contact with the embassy".
desk-cli-told-closed = { $caseId }: status checks now say "closed".
desk-cli-told-nothing = { $caseId }: status checks now say only "received" / "being looked at".
desk-cli-told-same = { $caseId }: status checks say that already.
desk-cli-pin-reset = { $caseId }: a new PIN is queued for the chat the report came from (the running hotline sends it). The old one no longer works.
desk-cli-not-relative = { $caseId } is not a relative's report: it has no PIN.
desk-cli-pin-stopped = Messages to the chat of { $caseId } are stopped: no PIN was sent. Resume first (npm run desk -- resume { $caseId }) if that is safe.
desk-cli-what-case-pin-capped = too many wrong PINs today: checks paused for chats that failed
desk-cli-what-case-pin-forgotten = the relative says they forgot the PIN
desk-cli-what-case-pin-reset = new PIN sent to the reporting chat
desk-cli-what-case-told = what status checks tell was changed

# Retention and /forget (src/cases/retention.ts, src/core/forget.ts), in `watch`.
desk-cli-what-case-forgotten = the person asked to be forgotten (their conversation is erased, the case stays)
desk-cli-what-case-purged-retention = case deleted: finished longer than the retention time
desk-cli-what-case-purged-forgotten = case deleted: the person asked to be forgotten
desk-cli-web-link = Sign-in link to the web desk (works once, for { $minutes } minutes; do not share it): { $url }
