# Intake flow for a person in trouble. Keep every message short and neutral:
# the reader may be watched, and may have only seconds.
# After the consent screen, nothing that stays on screen names the embassy, trafficking, a case number or
# what the person said about their danger: say "we" and "someone", never "the embassy" or "an officer".
# `$discreet` is "yes" in discreet mode (the intake's default; "no" after /discreet): only then may a
# message show the case number. In discreet mode questions are deleted once answered, so they may use
# plain words; the consent screen and the summary are always deleted once answered.
# Thai: the bot's voice is neutral-polite (no ครับ/ค่ะ: the reader may be a man or a woman); "คุณ" for you,
# "เรา" for us; the person's own buttons say "ฉัน" (used by both sexes in writing).

language-name = ภาษาไทย
choose-language = เลือกภาษา

consent =
    นี่คือสายช่วยเหลือของ { $embassy }
    เราเก็บคำตอบของคุณ และตำแหน่งของคุณถ้าคุณแชร์ แบบเข้ารหัส มีแค่เจ้าหน้าที่เวรของสถานทูตที่เห็น เพื่อช่วยคุณ เราไม่บอกนายจ้างหรือนายหน้าของคุณเด็ดขาด
    ถ้าคุณบอกว่าอยู่ในอันตราย เจ้าหน้าที่จะได้รับแจ้งทันที
    คุณยินยอมไหม?
choice-agree = ใช่ ยินยอม
choice-disagree = ไม่
declined = เข้าใจแล้ว เราไม่ได้เก็บสิ่งที่คุณเขียน ถ้าเปลี่ยนใจ แตะปุ่มด้านล่าง หรือพิมพ์ /start
declined-case-open = { $discreet ->
    [no] เข้าใจแล้ว เพราะคุณบอกว่าอยู่ในอันตราย เคส { $caseId } ของคุณจึงยังอยู่กับสถานทูต ถ้าต้องการทำต่อ แตะปุ่มด้านล่าง
   *[yes] เข้าใจแล้ว สิ่งที่คุณส่งมาก่อนหน้านี้ยังอยู่กับเรา เพื่อให้มีคนช่วยได้ ถ้าต้องการทำต่อ แตะปุ่มด้านล่าง
}
choice-start-over = เริ่มใหม่
consent-not-understood = ตอบ "ใช่" ถ้ายินยอม หรือ "ไม่" ถ้าไม่ยินยอม

ask-who = ใครต้องการความช่วยเหลือ?
who-myself = ฉันต้องการความช่วยเหลือ
who-someone-else = แจ้งเรื่องคนอื่น (คนหาย)
who-status = ตรวจสอบเรื่องที่เคยแจ้ง
who-not-understood = พิมพ์ 1 ถ้าคุณต้องการความช่วยเหลือเอง 2 ถ้าแจ้งเรื่องคนอื่น หรือ 3 เพื่อตรวจสอบเรื่องที่เคยแจ้ง

ask-danger = ตอนนี้คุณอยู่ในอันตรายไหม?
choice-yes = ใช่ อันตรายตอนนี้
choice-no = ไม่ ตอนนี้ยังไม่
danger-not-understood = ตอบแค่ "ใช่" หรือ "ไม่"
danger-alerted = { $discreet ->
    [no] โอเค จะมีคนตอบที่นี่เร็วๆ นี้ หมายเลขเคสของคุณคือ { $caseId } ถ้าทำได้ ตอบคำถามต่อไปด้วย ทุกคำตอบช่วยให้เราติดต่อคุณได้ พิมพ์ SOS ได้ทุกเมื่อ
   *[yes] โอเค จะมีคนตอบที่นี่เร็วๆ นี้ ถ้าทำได้ ตอบคำถามต่อไปด้วย ทุกคำตอบช่วยให้เราติดต่อคุณได้ พิมพ์ SOS ได้ทุกเมื่อ
}

ask-location = คุณอยู่ที่ไหน? แตะ "แชร์ตำแหน่ง" หรือพิมพ์ประเทศ เมือง และชื่อสถานที่หรืออาคาร
share-location = แชร์ตำแหน่ง
location-invalid = อ่านตำแหน่งนั้นไม่ได้ แตะ "แชร์ตำแหน่ง" อีกครั้ง หรือพิมพ์ว่าคุณอยู่ที่ไหน
location-not-now = กรุณาตอบคำถามนี้ก่อน ส่งตำแหน่งได้ตอนที่เราถามว่าคุณอยู่ที่ไหน หรือหลังส่งคำตอบแล้ว
location-noted = ได้รับตำแหน่งแล้ว
location-updated = { $discreet ->
    [no] เพิ่มตำแหน่งใหม่ของคุณในเคส { $caseId } แล้ว
   *[yes] ได้รับตำแหน่งใหม่แล้ว ขอบคุณ
}
# A message that takes the report back ("I'm fine", "close my case"): recorded for the officers, not obeyed; nothing that reads as a case.
retraction-noted = โอเค รับทราบ

ask-country = ตอนนี้คุณอยู่ประเทศไหน?
country-KH = กัมพูชา
country-MM = เมียนมา
country-LA = ลาว
country-TH = ไทย
country-PH = ฟิลิปปินส์
country-MY = มาเลเซีย
country-VN = เวียดนาม
choice-other = ประเทศอื่น

ask-situation = เกิดอะไรขึ้นกับคุณ? แตะทุกข้อที่ตรง แล้วแตะ "เสร็จ" หรือพิมพ์เล่าเองก็ได้
indicator-passport = ถูกยึดพาสปอร์ตหรือบัตร
indicator-confined = ไม่ให้ออกไปไหน
indicator-violence = ถูกตีหรือถูกทำร้าย
indicator-threats = ขู่ฉันหรือครอบครัวฉัน
indicator-forced-scam = ถูกบังคับให้หลอกคน
indicator-debt = หนี้หรือค่าปรับ
indicator-wages = ไม่จ่ายค่าแรง
indicator-injured = ป่วยหรือบาดเจ็บ
# What a relative said the missing person told them (a relative's report: its situation on the card).
indicator-held = ไม่ให้ออกไปไหน (ญาติแจ้ง)
indicator-hurt = ถูกตีหรือถูกทำร้าย (ญาติแจ้ง)
indicator-threatened = ถูกขู่ (ญาติแจ้ง)
indicator-sold = ถูกขายให้บริษัทอื่น (ญาติแจ้ง)
choice-done = เสร็จ

ask-people = มีกี่คนที่อยู่ในสถานการณ์เดียวกับคุณ รวมตัวคุณด้วย? แตะปุ่มหรือพิมพ์ตัวเลข
people-1 = ฉันคนเดียว
people-2-10 = 2 ถึง 10 คน
people-11-50 = 11 ถึง 50 คน
people-over-50 = มากกว่า 50 คน
people-not-number = กรุณาพิมพ์ตัวเลข เช่น 5 หรือ "ประมาณ 20" หรือแตะปุ่ม

ask-contact = เวลาไหนที่ปลอดภัยให้เราเขียนถึงคุณ?
choice-anytime = เวลาไหนก็ได้
choice-they-write-first = รอให้ฉันทักก่อนเท่านั้น
choice-times = เฉพาะบางเวลา
contact-not-understood = พิมพ์ 1, 2 หรือ 3 หรือเขียนว่าเวลาไหนปลอดภัย เช่น "กลางคืนหลัง 22:00"
ask-contact-times = เวลาไหนปลอดภัย? เช่น "หลัง 22:00" หรือ "เช้าวันอาทิตย์"

# --- Code word and duress word (asked after the safe-contact question; src/core/safety-words.ts) ---
# duress-default: this language's default duress phrase. Sent at any time, in any chat (whatever its
# language), it is answered only with duress-ack while the case turns critical (reason duress) and nothing
# else is sent to the chat until an officer resumes. It must look harmless on a watched screen.
# cant-talk-default: the "can't talk" phrase: the bot goes silent for the chat and officers are told.
# Both are matched as whole messages, ignoring case, accents, spaces and punctuation; neither may read as
# an answer (flows/shared/answer-words.ts). Changing them changes what people were told: announce it.
# Thai: "ยกเลิกออเดอร์" (cancel the order) and "ผิดเบอร์" (wrong number) are everyday chat lines.
duress-default = ยกเลิกออเดอร์
cant-talk-default = ผิดเบอร์
duress-ack = โอเค ยกเลิกแล้ว
ask-code-word = ตั้งคำลับที่มีแค่คุณรู้ (หนึ่งหรือสองคำ) เราจะแสดงข้อความตอบกลับหลังคุณส่งคำนี้เท่านั้น ข้ามได้
code-word-kept = บันทึกแล้ว อย่าจดไว้ที่ไหนเลย
code-word-refused = กรุณาเลือกคำอื่น: หนึ่งหรือสองคำ อย่างน้อย 3 ตัวอักษร ไม่ใช่คำอย่าง "ใช่" และไม่ใช่ "{ duress-default }" หรือ "{ cant-talk-default }"
ask-duress-word = ต่อไปคือคำที่แปลว่า "ฉันไม่ปลอดภัย" ถ้าคุณส่งคำนี้ เราจะตอบแค่ "{ duress-ack }" และแจ้งเจ้าหน้าที่ทันที ถ้าข้าม "{ duress-default }" ก็ใช้ได้เหมือนกัน ถ้าคุยไม่ได้ ส่ง "{ cant-talk-default }" แล้วเราจะเงียบ
choice-keep-duress-default = ใช้ "{ duress-default }"
duress-word-kept = บันทึกแล้ว
duress-word-refused = กรุณาเลือกคำอื่น: ต้องต่างจากคำลับของคุณ อย่างน้อย 3 ตัวอักษร และไม่ใช่ "{ cant-talk-default }"

ask-name = ให้เราเรียกคุณว่าอะไร? ข้ามได้
ask-about-me = อายุและบ้านเกิดของคุณ? เราจะได้หาเรื่องที่ครอบครัวแจ้งไว้เกี่ยวกับคุณ ใส่เบอร์โทรที่ครอบครัวรู้ด้วยก็ได้ เช่น: 24, อุดรธานี ข้ามได้
summary-age = { $age } ปี
choice-skip = ข้าม

summary =
    กรุณาตรวจสอบเรื่องที่แจ้ง:
    อันตรายตอนนี้: { $danger }
    อยู่ที่: { $where }
    เกิดอะไรขึ้น: { $situation }
    คนที่อยู่ด้วย: { $people }
    เขียนถึงได้: { $contact }
    ชื่อ: { $name }
choice-confirm = ส่งถึงสถานทูต
choice-change = แก้ไข
summary-not-understood = พิมพ์ "ส่ง" เพื่อส่งเรื่อง หรือ "แก้" เพื่อแก้ไข
summary-yes = ใช่
summary-no = ไม่
summary-not-given = ไม่ได้ระบุ
summary-pin = หมุดบนแผนที่
summary-pin-near = หมุดบนแผนที่ ใกล้ { $place }
summary-contact-times = เฉพาะ: { $times }

ask-edit = ต้องการแก้อะไร?
edit-location = ที่ที่ฉันอยู่
edit-situation = เกิดอะไรขึ้น
edit-people = จำนวนคน
edit-contact = เวลาที่เขียนถึงได้
edit-name = ชื่อ
choice-back = กลับไปที่สรุป

# The last message stays on screen. Discreet: no case number, nothing about urgency, and only emergency
# numbers whose name gives nothing away (police, ambulance; `$emergency` leaves out an anti-trafficking
# hotline, which officers can give in an answer when it is safe).
done = { $discreet ->
    [no]
        ส่งแล้ว หมายเลขเคสของคุณคือ { $caseId } เก็บไว้และแจ้งหมายเลขนี้กับสถานทูต
        { $urgent ->
            [yes] เจ้าหน้าที่ดูเคสเร่งด่วนก่อน และจะติดต่อคุณให้เร็วที่สุด
           *[no] เจ้าหน้าที่เวรจะอ่านเคสของคุณและติดต่อคุณ
        } เราจะเขียนถึงคุณเฉพาะเวลาที่คุณบอกว่าปลอดภัย เพิ่มข้อมูลที่นี่ได้ทุกเมื่อ ถ้าอยู่ในอันตราย พิมพ์ SOS
        { $emergency }
   *[yes]
        ส่งแล้ว ขอบคุณ
        จะมีคนอ่านและตอบที่นี่ เฉพาะเวลาที่คุณบอกว่าปลอดภัย เพิ่มข้อมูลที่นี่ได้ทุกเมื่อ พิมพ์ SOS ได้ทุกเมื่อ
        { $emergency }
}
# The answer to every later message once the report is sent.
case-open = { $discreet ->
    [no] เคส { $caseId } ของคุณอยู่กับสถานทูตแล้ว ทุกอย่างที่เขียนที่นี่จะเพิ่มเข้าไปในเคส ถ้าอยู่ในอันตราย พิมพ์ SOS
   *[yes] เราอ่านทุกอย่างที่คุณเขียนที่นี่ พิมพ์ SOS ได้ทุกเมื่อ
}
emergency-numbers = เบอร์ฉุกเฉินใน{ $country }: { $numbers }
emergency-unknown = กรณีฉุกเฉิน โทรหาตำรวจในพื้นที่
service-police = ตำรวจ
service-ambulance = รถพยาบาล
service-tourist-police = ตำรวจท่องเที่ยว
service-anti-trafficking = สายด่วนต่อต้านการค้ามนุษย์
service-emergency = เหตุฉุกเฉิน

help = { $discreet ->
    [no] นี่คือสายช่วยเหลือของสถานทูต ตอบคำถามด้านล่าง /language เปลี่ยนภาษา /restart เริ่มใหม่ /discreet เปิดโหมดปกปิด ถ้าอยู่ในอันตราย พิมพ์ SOS ได้ทุกเมื่อ
   *[yes] ตอบคำถามด้านล่าง แตะหรือพิมพ์ก็ได้ /language เปลี่ยนภาษา /restart เริ่มใหม่ /discreet ปิดโหมดปกปิด พิมพ์ SOS ได้ทุกเมื่อ
}
use-buttons = กรุณาแตะปุ่มด้านล่าง
not-a-choice = เราไม่เข้าใจคำตอบนั้น แตะปุ่มด้านล่าง หรือพิมพ์หมายเลขของปุ่ม
not-understood = เราอ่านไม่ออก กรุณาตอบเป็นข้อความ
stale-button = ปุ่มนั้นเป็นของคำถามก่อนหน้า นี่คือคำถามตอนนี้
media-not-read = ที่นี่เราอ่านรูป ข้อความเสียง สติกเกอร์ หรือไฟล์ไม่ได้ กรุณาพิมพ์ หรือแชร์ตำแหน่ง
media-forwarded = { $discreet ->
    [no] ส่งถึงสถานทูตพร้อมเคส { $caseId } แล้ว บอทนี้เปิดไม่ได้ ถ้าสำคัญ กรุณาพิมพ์มาด้วย
   *[yes] ได้รับแล้ว เราเปิดที่นี่ไม่ได้ ถ้าสำคัญ กรุณาพิมพ์มาด้วย
}
other-language = ภาษาที่เราอ่านได้: { $languages }
save-failed = ขออภัย ตอนนี้บันทึกข้อความของคุณไม่ได้ กรุณาส่งอีกครั้งในอีกสักครู่
# Redis is down: the message arrived and waits. Never says it was saved; neutral, a guard may read it.
intake-arrived = ได้รับแล้ว เก็บแชทนี้ไว้ เราจะตอบที่นี่
