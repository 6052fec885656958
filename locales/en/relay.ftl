# Officers' answers as the person receives them: a neutral header, never an officer's name.
relay-header = Message from the embassy about your case { $caseId }:
relay-location-request = The embassy asks about your case { $caseId }: if it is safe, please share your current location (📎 → Location), or type where you are now.
# The one neutral line that announces officers' answers (all a lock screen shows). The answers themselves
# follow only after the person's code word, or, without one, in reply to a message they type.
relay-notice = { $count ->
    [1] You have a new message.
   *[other] You have { $count } new messages.
}
