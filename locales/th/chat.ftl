# The chat itself: messages deleted after a few hours, a transient screen, wiping the chat at once
# (src/core/trail.ts, src/core/wipe-words.ts). Neutral words: the chat may be read by someone else.

# Once, in reply to the person's next message, when some messages could not be deleted any more (too old).
trail-clear-chat = ข้อความเก่าบางข้อความที่นี่ลบไม่ได้แล้ว ถ้าทำได้ ล้างแชทนี้เอง
# After the help text: what wiping does, on the channel the person writes on ($channel).
help-wipe = { $channel ->
    [whatsapp] ถ้าต้องการลบแชทนี้ทันที พิมพ์ ลบแชท (หรือ wipe หรือ /wipe) ใน WhatsApp เราลบได้แค่ข้อความของเรา และแต่ละข้อความจะเหลือคำว่า "ข้อความนี้ถูกลบแล้ว" ข้อความของคุณเองยังอยู่ในโทรศัพท์จนหายไปหลัง 24 ชั่วโมง ลบเองถ้าทำได้ (ในแชทนี้: ⋮ → เพิ่มเติม → ล้างแชท)
   *[other] ถ้าต้องการลบแชทนี้ทันที พิมพ์ ลบแชท (หรือ wipe หรือ /wipe): ข้อความของคุณและของเราจะถูกลบ ไม่อย่างนั้น ทุกอย่างที่นี่จะถูกลบเองในไม่กี่ชั่วโมง
}

# /forget (src/core/forget.ts)
forget-ask = ลบแชทนี้และทุกอย่างที่คุณเล่าไว้ที่นี่ไหม? ลบแล้วกู้คืนไม่ได้
forget-yes = ใช่ ลบเลย
forget-no = ไม่ เก็บไว้
forget-done = เรียบร้อย ลบแล้ว
forget-kept = ไม่ได้ลบอะไร
