# Officers' answers as the person receives them: a neutral header that names no embassy, no case and no
# officer (the answer stays in the chat until the auto-delete, where a guard may read it).
relay-header = ข้อความถึงคุณ:
relay-location-request = ถ้าปลอดภัย กรุณาแชร์ว่าตอนนี้คุณอยู่ที่ไหน (📎 → ตำแหน่ง) หรือพิมพ์มา
# The one neutral line that announces officers' answers (all a lock screen shows). The answers themselves
# follow only after the person's code word, or, without one, in reply to a message they type.
# Thai has one plural form (`other`); `[1]` is an exact number.
relay-notice = { $count ->
    [1] คุณมีข้อความใหม่
   *[other] คุณมีข้อความใหม่ { $count } ข้อความ
}
