# Telegram's command menu.
command-start = Start or continue
command-help = Help
command-language = Change language
command-restart = Start again
command-wipe = Clear this chat
