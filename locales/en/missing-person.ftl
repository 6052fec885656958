# Missing-person reports by relatives, and status checks. The reader is a worried family member:
# plain words, one question at a time, never a promise we cannot keep.
# `$discreet` is "no" for a relative at home (this flow's default): their case number and PIN stay on
# screen. "yes" (after /discreet, after danger words, or carried over from the intake): a lasting message
# names no case number and not the embassy; the PIN comes once in `mp-pin`, deleted once they write again.

mp-ask-relationship = You are reporting someone who is missing. Who are they to you? Tap one, or type it.
mp-relationship-parent = My son or daughter
mp-relationship-child = My father or mother
mp-relationship-sibling = My brother or sister
mp-relationship-spouse = My husband or wife
mp-relationship-relative = Another relative
mp-relationship-friend = A friend
mp-choice-skip = I don't know / skip

mp-ask-name = What is their full name, as in their passport or ID?
mp-ask-age = How old are they? Type their age, or their date of birth (for example 12/03/1999).
mp-age-not-understood = Please type an age as a number (for example 24), or a date of birth (for example 12/03/1999).
mp-birth-future = That date of birth is in the future. Please check it and type it again.
mp-ask-sex = Are they a woman or a man?
mp-sex-female = Woman
mp-sex-male = Man
mp-sex-not-understood = Type "woman" or "man", or skip.
mp-ask-hometown = Where is their home town (village or town, district)?
mp-ask-document = Do you know their passport or ID (KTP) number? Type it, or skip.
mp-ask-phone = What is their phone, WhatsApp number or Telegram name? For example 0812 3456 7890 or @name.
mp-phone-not-understood = That does not look like a phone number. Type it with all digits (for example 0812 3456 7890), a Telegram name (@name), or skip.

mp-ask-last-heard = When did you last hear from them? For example "3 weeks ago", "last March" or 15/03/2026.
mp-date-future = That date is in the future. When did you last hear from them? For example "2 weeks ago".
mp-date-not-understood = We could not read that date. Try "3 weeks ago", "March 2026" or 15/03/2026, or skip.
mp-ask-last-message = What did they say the last time? Copy their words if you can, or skip.

mp-ask-country = Which country did they go to?
mp-ask-city = Which city or area? (for example Sihanoukville, Bavet, Myawaddy)
mp-ask-company = What is the name of the company they work for?
mp-ask-job = What job were they promised? (for example "online shop admin, 1,000 dollars a month")
mp-ask-recruiter = Who recruited them: the agent's name or agency, and their number if you have it?

mp-ask-photo = Do you have a recent photo of them? Send it here as a photo, or skip.
mp-photo-received = Photo received.
mp-photo-expected = Please send a photo (an image), or tap "skip".
mp-photo-later = Thank you. We will ask for a photo later; please answer this question first.

mp-ask-harm = Has the person told you any of these? Tap all that apply, then "Done".
mp-harm-held = Not allowed to leave
mp-harm-hurt = Beaten or hurt
mp-harm-threatened = Threatened
mp-harm-sold = Sold to another company
mp-harm-not-understood = Type the numbers that apply, for example "1 and 3", or "done".

mp-ask-contact = How should we reach you?
mp-contact-this-chat = Here, in this chat
mp-contact-phone = By phone, at another number
mp-contact-not-understood = Type 1 for this chat, 2 for a phone call, or type the phone number itself.
mp-ask-contact-phone = Which phone number should we call?
mp-contact-phone-not-understood = Type the number with all its digits (for example 0812 3456 7890), or tap "Here, in this chat".
mp-ask-contact-when = When can we contact you?
mp-when-anytime = Any time
mp-when-times = Only at certain times
mp-when-not-understood = Type "any time", or write the times that suit you, for example "afternoons after 4".

mp-is-self = It sounds like this report may be about you. If you yourself need help, tap "I need help myself".
mp-not-me = No, it is someone else
mp-is-self-not-understood = Type 1 if you yourself need help, or 2 if this report is about someone else.

mp-summary =
    Please check your report:
    You are their: { $relationship }
    Name: { $name }
    Age: { $age }
    Sex: { $sex }
    Home town: { $hometown }
    Passport or ID: { $document }
    Phone / Telegram: { $phone }
    Last heard from: { $lastHeard }
    What they said: { $lastMessage }
    Went to: { $where }
    Company: { $company }
    Job promised: { $job }
    Recruiter: { $recruiter }
    Photo: { $photo }
    They said: { $harm }
    Contact you: { $contact }
mp-summary-photo-yes = yes
mp-summary-born = born { $date }
mp-summary-this-chat = in this chat
mp-summary-phone = by phone { $phone }
mp-summary-times = only at: { $times }
mp-edit-person = The person
mp-edit-last-heard = Last heard from
mp-edit-where = Where they went
mp-edit-photo = Photo
mp-edit-harm = What they said happened
mp-edit-contact = How to reach me

mp-done = { $discreet ->
    [no]
        Your report is with the embassy. Case number: { $caseId }
        PIN: { $pin }
        Write both down now: this PIN is shown only once. With them you can check the status of the report here at any time (tap "Check a report I made" after /restart).
        { $urgent ->
            [yes] Because of what you told us, an officer will look at it first.
           *[no] A duty officer will read it and compare it with other reports.
        } The embassy will contact you the way you chose if they need more, or have news they can share. We never share where the person is. If you hear from them, tell them they can write to this number themselves.
   *[yes]
        Sent. Thank you.
        Someone will read it and compare it with what others told us, and contact you the way you chose if more is needed or there is news to share. We never share where the person is. If you hear from them, tell them they can write here themselves.
}
# Discreet mode only, right after `mp-done`, and deleted once the relative writes again.
mp-pin =
    Case number: { $caseId }
    PIN: { $pin }
    Write both down now: they are shown only this once, and this message disappears when you write again. With them you can check on the report here (tap "Check a report I made" after /restart).
mp-already-reported = { $discreet ->
    [no] You have already reported this person: case { $caseId }. We added what you wrote now to that case. Use the PIN you were given to check its status.
   *[yes] You told us about this person before. We added what you wrote now. Use the PIN you were given to check on it.
}
mp-added = { $discreet ->
    [no] Added to case { $caseId }. Thank you.
   *[yes] Added. Thank you.
}
mp-case-open = { $discreet ->
    [no] Your report { $caseId } is with the embassy. Anything you write or send here is added to it.
   *[yes] We read everything you write or send here. Write SOS any time.
}
mp-location-not-needed = We do not need your location. Please answer the question.
mp-help = { $discreet ->
    [no] This is the embassy help line, reporting a missing person. Answer the question below. /language changes the language, /restart goes back to the first menu, /discreet turns discreet mode on.
   *[yes] Answer the question below. /language changes the language, /restart goes back to the first menu, /discreet turns discreet mode off.
}

status-ask-case = Type the case number of your report (for example KH-4F7Q).
status-case-format = That does not look like a case number. It has letters, a dash and 4 characters, for example KH-4F7Q.
status-ask-pin = Type the 6-digit PIN you were given with the case number.
status-pin-format = The PIN has 6 digits. Please type it again.
status-cannot-check = We could not read a case number and PIN. You can try again, or make a new report: an officer will see it.
status-received = Status of your report: received. It is waiting for a duty officer.
status-working = Status of your report: an officer is working on it.
status-located = { $discreet ->
    [no] Status of your report: the person has been located, or is in contact with the embassy.
   *[yes] Status of your report: the person has been found, or is in touch with us.
}
status-closed = Status of your report: closed. If you still have no news, you can make a new report.
status-no-match = The case number or the PIN is not right. Please check them and try again.
status-locked = Too many tries. For your safety, please try again later.
status-forgot-pin = I forgot my PIN
status-forgotten = An officer will contact you to check it is really you. Then a new PIN comes to the chat you made the report from.
status-pin-new =
    New PIN for report { $caseId }: { $pin }
    Write it down now: it is shown only this once. The old PIN no longer works.
status-next = What would you like to do?
status-check-again = Check another report
status-new-report = Report a missing person
status-next-not-understood = Type 1 to check another report, or 2 to report a missing person.
