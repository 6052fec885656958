# Telegram's command menu. Anyone who opens the chat can read it: nothing here names the embassy, a
# hotline, help for victims or why someone writes.
command-start = Start or continue
command-help = Help
command-language = Change language
command-restart = Start again
command-discreet = Privacy: show or hide details
command-wipe = Clear this chat
command-forget = Erase my data

# Answers to /discreet, in every flow. "On" is deleted once the person writes again.
discreet-on = Discreet mode on: no case number is shown here, and each question disappears once answered. /discreet turns it off.
discreet-off = Discreet mode off: case numbers are shown here. /discreet turns it back on.
