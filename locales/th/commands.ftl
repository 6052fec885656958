# Telegram's command menu. Anyone who opens the chat can read it: nothing here names the embassy, a
# hotline, help for victims or why someone writes.
command-start = เริ่มหรือทำต่อ
command-help = วิธีใช้
command-language = เปลี่ยนภาษา
command-restart = เริ่มใหม่
command-discreet = ความเป็นส่วนตัว: แสดงหรือซ่อนรายละเอียด
command-wipe = ล้างแชทนี้
command-forget = ลบข้อมูลของฉัน

# Answers to /discreet, in every flow. "On" is deleted once the person writes again.
discreet-on = เปิดโหมดปกปิดแล้ว: ที่นี่จะไม่แสดงหมายเลขเคส และแต่ละคำถามจะหายไปเมื่อตอบแล้ว /discreet เพื่อปิด
discreet-off = ปิดโหมดปกปิดแล้ว: ที่นี่จะแสดงหมายเลขเคส /discreet เพื่อเปิดอีกครั้ง
