# Officers' answers as the person receives them: a neutral header that names no embassy, no case and no
# officer (the answer stays in the chat until the auto-delete, where a guard may read it).
relay-header = Message for you:
relay-location-request = If it is safe, please share where you are now (📎 → Location), or type it.
# The one neutral line that announces officers' answers (all a lock screen shows). The answers themselves
# follow only after the person's code word, or, without one, in reply to a message they type.
relay-notice = { $count ->
    [1] You have a new message.
   *[other] You have { $count } new messages.
}
