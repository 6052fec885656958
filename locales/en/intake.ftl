# Intake flow for a person in trouble. Keep every message short and neutral:
# the reader may be watched, and may have only seconds.
# After the consent screen, nothing that stays on screen names the embassy, trafficking, a case number or
# what the person said about their danger: say "we" and "someone", never "the embassy" or "an officer".
# `$discreet` is "yes" in discreet mode (the intake's default; "no" after /discreet): only then may a
# message show the case number. In discreet mode questions are deleted once answered, so they may use
# plain words; the consent screen and the summary are always deleted once answered.

language-name = English
choose-language = Choose your language.

consent =
    This is the help line of the { $embassy }.
    We keep your answers, and your location if you share it, encrypted. Only embassy duty officers see them, to help you. We never tell your employer or agent.
    If you say you are in danger, an officer is alerted at once.
    Do you agree?
choice-agree = Yes, I agree
choice-disagree = No
declined = Understood. Nothing you wrote was kept. Tap below, or write /start, if you change your mind.
declined-case-open = { $discreet ->
    [no] Understood. Because you said you were in danger, your case { $caseId } stays with the embassy. Tap below if you want to continue.
   *[yes] Understood. What you sent before stays with us, so that someone can help. Tap below if you want to continue.
}
choice-start-over = Start again
consent-not-understood = Reply "yes" if you agree, or "no" if you do not.

ask-who = Who needs help?
who-myself = I need help myself
who-someone-else = I am reporting someone else (missing person)
who-status = Check a report I made
who-not-understood = Type 1 if you need help yourself, 2 if you are reporting someone else, or 3 to check a report.

ask-danger = Are you in danger right now?
choice-yes = Yes, in danger now
choice-no = No, not right now
danger-not-understood = Just answer "yes" or "no".
danger-alerted = { $discreet ->
    [no] OK. Someone will answer here soon. Your case number is { $caseId }. If you can, answer the next questions: each answer helps us reach you. Write SOS any time.
   *[yes] OK. Someone will answer here soon. If you can, answer the next questions: each answer helps us reach you. Write SOS any time.
}

ask-location = Where are you? Tap "Share location", or type the country, city, and the name of the place or building.
share-location = Share location
location-invalid = That location could not be read. Tap "Share location" again, or type where you are.
location-not-now = Please answer this question first. You can send your location when we ask where you are, or once your answers are sent.
location-noted = Location received.
location-updated = { $discreet ->
    [no] Your new location was added to case { $caseId }.
   *[yes] New location received. Thank you.
}
# A message that takes the report back ("I'm fine", "close my case"): recorded for the officers, not obeyed; nothing that reads as a case.
retraction-noted = OK, noted.

ask-country = Which country are you in?
country-KH = Cambodia
country-MM = Myanmar
country-LA = Laos
country-TH = Thailand
country-PH = Philippines
country-MY = Malaysia
country-VN = Vietnam
choice-other = Another country

ask-situation = What is happening to you? Tap all that apply, then "Done". You can also type it in your own words.
indicator-passport = Passport or ID taken
indicator-confined = Not allowed to leave
indicator-violence = Beaten or hurt
indicator-threats = They threaten me or my family
indicator-forced-scam = Forced to scam people
indicator-debt = Debt or fines
indicator-wages = Wages withheld
indicator-injured = Sick or injured
# What a relative said the missing person told them (a relative's report: its situation on the card).
indicator-held = Not allowed to leave (relative's report)
indicator-hurt = Beaten or hurt (relative's report)
indicator-threatened = Threatened (relative's report)
indicator-sold = Sold to another company (relative's report)
choice-done = Done

ask-people = How many people are there with you in the same situation, you included? Tap one or type a number.
people-1 = Only me
people-2-10 = 2 to 10
people-11-50 = 11 to 50
people-over-50 = More than 50
people-not-number = Please type a number, for example 5 or "about 20", or tap a button.

ask-contact = When is it safe for us to write to you?
choice-anytime = Any time
choice-they-write-first = Only after I write first
choice-times = Only at certain times
contact-not-understood = Type 1, 2 or 3, or write when it is safe, for example "at night after 22:00".
ask-contact-times = When is it safe? For example "after 22:00" or "Sunday morning".

# --- Code word and duress word (asked after the safe-contact question; src/core/safety-words.ts) ---
# duress-default: this language's default duress phrase. Sent at any time, in any chat (whatever its
# language), it is answered only with duress-ack while the case turns critical (reason duress) and nothing
# else is sent to the chat until an officer resumes. It must look harmless on a watched screen.
# cant-talk-default: the "can't talk" phrase: the bot goes silent for the chat and officers are told.
# Both are matched as whole messages, ignoring case, accents, spaces and punctuation; neither may read as
# an answer (flows/shared/answer-words.ts). Changing them changes what people were told: announce it.
duress-default = cancel my order
cant-talk-default = wrong number
duress-ack = OK, cancelled.
ask-code-word = Choose a secret word only you know (one or two words). We show our replies only after you send it. You can skip this.
code-word-kept = Saved. Do not write it down anywhere.
code-word-refused = Please choose another word: one or two words, at least 3 letters, not a word like "yes", and not "{ duress-default }" or "{ cant-talk-default }".
ask-duress-word = Now a word that means "I am not safe". If you send it, we answer only "{ duress-ack }" and alert an officer at once. If you skip, "{ duress-default }" does the same. If you cannot talk, send "{ cant-talk-default }": we go quiet.
choice-keep-duress-default = Keep "{ duress-default }"
duress-word-kept = Saved.
duress-word-refused = Please choose another word: different from your secret word, at least 3 letters, and not "{ cant-talk-default }".

ask-name = What name should we use for you? You can skip this.
ask-about-me = Your age and home town? Then we can find a report your family made about you. Add a phone number your family knows if you like. For example: 24, Cianjur. You can skip this.
summary-age = { $age } years old
choice-skip = Skip

summary =
    Please check your report:
    In danger now: { $danger }
    Where: { $where }
    What is happening: { $situation }
    People there with you: { $people }
    Safe to write: { $contact }
    Name: { $name }
choice-confirm = Send to the embassy
choice-change = Change something
summary-not-understood = Type "send" to send the report, or "change" to change it.
summary-yes = yes
summary-no = no
summary-not-given = not given
summary-pin = map pin
summary-pin-near = map pin near { $place }
summary-contact-times = only at: { $times }

ask-edit = What do you want to change?
edit-location = Where I am
edit-situation = What is happening
edit-people = How many people
edit-contact = When to write
edit-name = Name
choice-back = Back to the summary

# The last message stays on screen. Discreet: no case number, nothing about urgency, and only emergency
# numbers whose name gives nothing away (police, ambulance; `$emergency` leaves out an anti-trafficking
# hotline, which officers can give in an answer when it is safe).
done = { $discreet ->
    [no]
        Sent. Your case number is { $caseId }. Keep it and quote it to the embassy.
        { $urgent ->
            [yes] An officer sees urgent cases first and will contact you as soon as possible.
           *[no] A duty officer will read your case and contact you.
        } We write only when you said it is safe. You can add more here at any time; write SOS if you are in danger.
        { $emergency }
   *[yes]
        Sent. Thank you.
        Someone will read it and answer here, only when you said it is safe. You can add more here at any time. Write SOS any time.
        { $emergency }
}
# The answer to every later message once the report is sent.
case-open = { $discreet ->
    [no] Your case { $caseId } is with the embassy. Anything you write here is added to it. Write SOS if you are in danger.
   *[yes] We read everything you write here. Write SOS any time.
}
emergency-numbers = Emergency numbers in { $country }: { $numbers }.
emergency-unknown = In an emergency, call the local police.
service-police = police
service-ambulance = ambulance
service-tourist-police = tourist police
service-anti-trafficking = anti-trafficking hotline
service-emergency = emergency

help = { $discreet ->
    [no] This is the embassy help line. Answer the question below. /language changes the language, /restart starts again, /discreet turns discreet mode on. Write SOS at any time if you are in danger.
   *[yes] Answer the question below, by tapping or typing. /language changes the language, /restart starts again, /discreet turns discreet mode off. Write SOS any time.
}
use-buttons = Please tap one of the buttons below.
not-a-choice = We did not understand that answer. Tap one of the buttons below, or type its number.
not-understood = We could not read that. Please answer in words.
stale-button = That button belongs to an earlier question. Here is the current one.
media-not-read = We cannot read photos, voice messages, stickers or files here. Please type, or share your location.
media-forwarded = { $discreet ->
    [no] Sent to the embassy with your case { $caseId }. This bot cannot open it: if it matters, please also type it.
   *[yes] Received. We cannot open it here: if it matters, please also type it.
}
# Said in every language when we cannot tell the person's: $languages names the hotline's languages in this
# message's language (from CLDR, e.g. "Indonesian and English").
other-language = We read { $languages }.
save-failed = Sorry, your message could not be saved just now. Please send it again in a minute.
# Redis is down: the message arrived and waits. Never says it was saved; neutral, a guard may read it.
intake-arrived = Got it. Keep this chat, we will answer here.
