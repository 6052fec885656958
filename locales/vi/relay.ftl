# Officers' answers as the person receives them: a neutral header that names no embassy, no case and no
# officer (the answer stays in the chat until the auto-delete, where a guard may read it).
relay-header = Tin nhắn cho bạn:
relay-location-request = Nếu an toàn, hãy gửi nơi bạn đang ở (📎 → Vị trí), hoặc gõ ra.
# The one neutral line that announces officers' answers (all a lock screen shows). The answers themselves
# follow only after the person's code word, or, without one, in reply to a message they type.
relay-notice = { $count ->
    [1] Bạn có một tin nhắn mới.
   *[other] Bạn có { $count } tin nhắn mới.
}
