# The officers' desk: case cards, buttons and answers to officers (desk language: deployment's embassy.deskLanguage).
# Thai: official, neutral wording for embassy officers. Commands (/reply, /case …), case ids and emoji stay as they are.

desk-urgency-critical = 🔴 วิกฤต
desk-urgency-high = 🟠 สูง
desk-urgency-normal = ⚪ ปกติ
desk-status-new = ใหม่
desk-status-claimed = มีผู้รับเคสแล้ว
desk-status-in-progress = กำลังดำเนินการ
desk-status-resolved = แก้ไขแล้ว
desk-status-duplicate = ซ้ำ
desk-status-closed = ปิดแล้ว
desk-kind-self-report = แจ้งด้วยตนเอง
desk-kind-missing-person = แจ้งคนหาย

desk-reason-danger-now = แจ้งว่าอยู่ในอันตรายขณะนี้
desk-reason-danger-words = เขียนคำที่บ่งบอกอันตราย
desk-reason-injured-and-violence = บาดเจ็บและถูกทำร้าย
desk-reason-violence = ถูกทำร้าย
desk-reason-threats = ถูกข่มขู่ตนเองหรือครอบครัว
desk-reason-injured = ป่วยหรือบาดเจ็บ
desk-reason-confined = ไม่ได้รับอนุญาตให้ออกไป
desk-reason-many-people = มีผู้ถูกกักตัวจำนวนมาก
desk-reason-passport = ถูกยึดหนังสือเดินทาง
desk-reason-forced-scam = ถูกบังคับให้หลอกลวง
desk-reason-debt = หนี้หรือค่าปรับ
desk-reason-wages = ถูกระงับค่าจ้าง
desk-reason-indicators = มีหลายสัญญาณของการบังคับใช้แรงงาน
desk-reason-sold = ถูกขายให้บริษัทอื่น
desk-reason-minor = ผู้เยาว์
desk-reason-minor-at-risk = ผู้เยาว์ที่มีความเสี่ยง
desk-reason-hurt-and-threatened = ถูกทำร้ายและถูกข่มขู่
desk-reason-unfinished = ตอบไม่จบ (เงียบหายไป)
desk-reason-duress = ส่งคำขอความช่วยเหลือลับ (duress)

desk-card-head = { $urgency } · { $caseId } · { $status }
desk-card-reasons = เหตุผล: { $reasons }
desk-card-score = ตัวบ่งชี้: { $score } จาก 8
desk-card-alarm = ⚠ คำเตือนภัย ({ $time }): { $text }
desk-card-first-where = ตำแหน่งแรก ({ $time }): { $where }
desk-card-suspect-change = ⚠ { $why }: { $answer }: { $before } → { $after } ({ $time })
desk-card-suspect-more = ⚠ … และการเปลี่ยนแปลงก่อนหน้าอีก { $count } รายการที่อาจไม่ใช่ของบุคคลนั้น (npm run desk -- show แสดงทั้งหมด)
desk-card-retraction = ⚠ ขอถอนเรื่อง ({ $time }) ไม่ได้ดำเนินการตาม อาจไม่ใช่บุคคลนั้น: "{ $text }"
desk-suspect-restart = เปลี่ยนหลัง /restart (อาจไม่ใช่บุคคลนั้น)
desk-suspect-retraction = ถอนเรื่อง (อาจไม่ใช่บุคคลนั้น)
desk-suspect-after-silence = เปลี่ยนหลังเงียบไปนาน (อาจไม่ใช่บุคคลนั้น)
desk-message-suspect-restart = ⚠ ส่งหลัง /restart: ผู้เขียนอาจไม่ใช่บุคคลนั้น
desk-message-suspect-retraction = ⚠ ขอถอนเรื่อง: ไม่ได้ดำเนินการตาม (ความเร่งด่วนและสถานะคงเดิม) ผู้เขียนอาจไม่ใช่บุคคลนั้น
desk-message-suspect-after-silence = ⚠ ส่งหลังเงียบไปนาน: ผู้เขียนอาจไม่ใช่บุคคลนั้น
desk-answer-danger-now = อันตรายขณะนี้
desk-answer-location = ตำแหน่ง
desk-answer-country = ประเทศ
desk-answer-place = สถานที่
desk-answer-situation = สถานการณ์
desk-answer-people = ผู้ถูกกักตัวด้วยกัน
desk-answer-people-words = ผู้ถูกกักตัวด้วยกัน (คำของเขา)
desk-answer-contact = เวลาที่ติดต่อได้อย่างปลอดภัย
desk-answer-contact-times = ช่วงเวลาที่ปลอดภัย
desk-answer-name = ชื่อ
desk-answer-relationship = ความสัมพันธ์
desk-answer-age = อายุ
desk-answer-birth-date = วันเกิด
desk-answer-sex = เพศ
desk-answer-hometown = ภูมิลำเนา
desk-answer-document = หนังสือเดินทางหรือบัตรประจำตัว
desk-answer-phone = โทรศัพท์
desk-answer-last-heard = ติดต่อครั้งล่าสุด
desk-answer-last-message = ข้อความล่าสุดที่เขาพูด
desk-answer-city = เมือง
desk-answer-company = บริษัท
desk-answer-job = งานที่ได้รับสัญญา
desk-answer-recruiter = ผู้จัดหา/นายหน้า
desk-answer-photo = รูปถ่าย
desk-answer-harm = สิ่งที่เขาบอกว่าเกิดขึ้น
desk-answer-contact-phone = เบอร์ที่ให้โทร
desk-answer-contact-when = เวลาที่ติดต่อได้
desk-answer-words = คำของเขา
desk-contact-anytime = ได้ทุกเวลา
desk-contact-they-write-first = หลังจากเขาเขียนมาก่อนเท่านั้น
desk-contact-times = เฉพาะบางเวลา
desk-contact-this-chat = ในแชทนี้
desk-contact-phone = ทางโทรศัพท์
desk-card-opened = เปิดเมื่อ { $time } ({ $age } ที่แล้ว) · { $kind } · { $language } · { $channel }
desk-card-claimed = รับเคสโดย { $officer }
desk-card-unclaimed = ยังไม่มีผู้รับเคส
desk-card-duplicate = ซ้ำกับ { $other }
desk-card-reopened = 🔁 เปิดใหม่ { $times } ครั้ง: มีข้อความอันตรายใหม่หลังเคสอยู่ในสถานะ "{ $was }"
desk-card-lowered = ⬇ ลดระดับจาก { $from } โดย { $officer } — { $reason }
desk-card-where-pin = ตำแหน่ง: { $lat }, { $lon }{ $live } { $map }{ $near }
desk-card-where-live = {" "}(สด)
desk-card-where-near = {" "}ใกล้ { $place }
desk-card-where-text = ตำแหน่ง (พิมพ์): { $text }
desk-card-where-unknown = ตำแหน่ง: ยังไม่ได้ให้
desk-card-country = ประเทศ: { $country }
desk-card-danger = อันตรายขณะนี้: { $answer }
desk-card-situation = สถานการณ์: { $items }
desk-card-details = คำของเขา: { $text }
desk-card-people = ผู้ถูกกักตัวด้วยกัน: { $people }
desk-card-safe = ติดต่อได้อย่างปลอดภัย: { $when }
desk-card-safe-anytime = ได้ทุกเวลา
desk-card-safe-first = หลังจากเขาเขียนมาก่อนเท่านั้น
desk-card-safe-times = เฉพาะ: { $times }
desk-card-safe-unreadable = ระงับไว้จนกว่าเขาจะเขียนมา: อ่านคำตอบเรื่องเวลาที่ปลอดภัยเป็นช่วงเวลาไม่ได้ (คำของเขา: { $times })
desk-card-name = ชื่อ: { $name }
desk-card-links = เคสที่เชื่อมโยง: { $cases }
desk-card-possible = อาจตรงกัน (โปรดยืนยัน): { $cases }
desk-card-about = ข้อมูลของเขา: { $about }
desk-card-about-phone = โทรศัพท์ { $phone }
desk-card-link-age = อายุ { $age }
desk-card-link-hometown = จาก { $place }
desk-card-link-reporter = ผู้แจ้ง: { $relationship }
desk-card-link-by-parent = แจ้งโดยบิดาหรือมารดา
desk-card-link-by-child = แจ้งโดยบุตร
desk-card-link-by-sibling = แจ้งโดยพี่หรือน้อง
desk-card-link-by-spouse = แจ้งโดยสามีหรือภรรยา
desk-card-link-by-relative = แจ้งโดยญาติ
desk-card-link-by-friend = แจ้งโดยเพื่อน
desk-card-link-confirmed = 🔗 บุคคลเดียวกัน (เจ้าหน้าที่ยืนยันแล้ว): { $caseId }, { $kind }, { $status }: { $facts }
desk-card-link-exact = 🔗 โทรศัพท์หรือหนังสือเดินทางตรงกัน: { $caseId }, { $kind }, { $status }: { $facts }
desk-card-link-possible = ❓ อาจตรงกัน โปรดยืนยันหรือปฏิเสธ: { $caseId }, { $kind }, { $status }: { $facts }
desk-button-link-confirm = ✓ คนเดียวกับ { $other }
desk-button-link-reject = ✗ ไม่ใช่ { $other }
desk-link-ok-confirm = { $caseId } และ { $other } เป็นบุคคลเดียวกัน: การ์ดทั้งสองแสดงทั้งสองเคส
desk-link-ok-reject = { $caseId } และ { $other } ไม่ใช่บุคคลเดียวกัน: จะไม่เสนอคู่นี้อีก
desk-link-already-confirm = { $caseId } และ { $other } ได้รับการยืนยันแล้วว่าเป็นบุคคลเดียวกัน
desk-link-already-reject = { $caseId } และ { $other } ถูกระบุไว้แล้วว่าไม่ใช่บุคคลเดียวกัน
desk-link-missing = ไม่มีเคส { $caseId } หรือ { $other }
desk-link-same-case = { $caseId } เป็นเคสเดียวกัน: โปรดระบุหมายเลขของอีกเคส
desk-usage-link = ในหัวข้อของเคส: /link OTHER-ID (บุคคลเดียวกัน) หรือ /notlink OTHER-ID (ไม่ใช่บุคคลเดียวกัน) ที่อื่น: /link ID OTHER-ID
desk-card-held = คำตอบที่ระงับไว้สำหรับเขา: { $count }
desk-card-notes = บันทึก: { $count } (/case { $caseId } แสดงบันทึก)
desk-card-intake-open = ยังตอบแบบสอบถามอยู่
desk-card-gone = ⚠ ติดต่อไม่ได้: เขาบล็อกบอทหรือลบบัญชีแล้ว
desk-yes = ใช่
desk-no = ไม่
desk-not-given = ไม่ได้ระบุ
desk-minutes = { $n } นาที
desk-hours = { $h } ชม. { $m } นาที
desk-days = { $d } วัน { $h } ชม.

desk-button-claim = ✋ รับเคส
desk-button-unclaim = คืนเคส
desk-button-in-progress = กำลังดำเนินการ
desk-button-resolved = ✅ แก้ไขแล้ว
desk-button-closed = ปิด
desk-button-location = 📍 ขอตำแหน่ง
desk-button-lower = ⬇ ลดระดับ (แจ้งเตือนผิดพลาด)
desk-button-restore = ⬆ คืนระดับความเร่งด่วน

desk-claimed = { $caseId } เป็นของคุณแล้ว
desk-already-yours = { $caseId } เป็นของคุณอยู่แล้ว
desk-taken = { $caseId } ถูกรับโดย { $officer }
desk-unclaimed = { $caseId } กลับเข้าคิวแล้ว ยังไม่มีผู้รับ
desk-not-claimed = { $caseId } ยังไม่มีผู้รับ
desk-status-set = { $caseId } ตอนนี้: { $status }
desk-status-same = { $caseId } เป็น { $status } อยู่แล้ว
desk-closed = { $caseId } อยู่ในสถานะ { $status }: ตั้งเป็น "กำลังดำเนินการ" ก่อน จึงจะดำเนินการต่อได้
desk-missing = ไม่มีเคส { $caseId }
desk-bad-duplicate = { $other } ไม่ใช่เคสอื่นที่มีอยู่
desk-note-added = เพิ่มบันทึกใน { $caseId } แล้ว
desk-empty = ไม่มีข้อความให้ส่ง: เขียนข้อความหลังคำสั่ง
desk-too-long = ยาวเกินไป: { $length } ตัวอักษร สูงสุด { $max } โปรดแบ่งข้อความ
desk-gone = { $caseId }: ติดต่อบุคคลนั้นไม่ได้แล้ว (บล็อกบอทหรือลบบัญชี) ไม่ได้ส่งอะไร
desk-reply-queued =
    → คำตอบถึง { $caseId } เข้าคิวแล้ว ตามนี้ทุกตัวอักษร:
    { $text }
desk-reply-sent = ✓ ส่งถึง { $caseId } { $when } แล้ว ตามนี้ทุกตัวอักษร ({ $count }):
desk-reply-held-first = ⏸ ระงับไว้: { $caseId } ขอให้เขียนถึงหลังจากเขาเขียนมาก่อนเท่านั้น จะส่งเมื่อเขาเขียนมาครั้งถัดไป
desk-reply-held-until = ⏸ ระงับไว้จนถึง { $time } (เวลาที่ปลอดภัยของเขา) หรือเมื่อเขาเขียนมาครั้งถัดไป
desk-reply-held-unreadable = ⏸ ระงับไว้จนกว่าเขาจะเขียนมา: อ่านคำตอบเรื่องเวลาที่ปลอดภัยของ { $caseId } เป็นช่วงเวลาไม่ได้ (คลุมเครือ หรือบอกแค่เวลาที่ห้ามเขียน)
desk-reply-held-unknown = ⏸ ระงับไว้: { $caseId } ยังไม่ได้บอกว่าเขียนถึงได้เมื่อไร จะส่งเมื่อเขาเขียนมาครั้งถัดไป
desk-reply-held-phone = ⏸ ระงับไว้: { $caseId } ขอให้โทรกลับ ไม่ใช่เขียนที่นี่ (เบอร์และเวลาอยู่บนการ์ด: /case { $caseId }) จะส่งในแชทนี้เมื่อเขาเขียนมาครั้งถัดไป
desk-reply-failed = ⚠ { $caseId }: ติดต่อบุคคลนั้นไม่ได้ ({ $why }) บันทึกไว้ในเคสแล้ว
desk-location-requested = ขอตำแหน่งล่าสุดจาก { $caseId } แล้ว
desk-lowered = ลดระดับ { $caseId } เป็น { $urgency } แล้ว บุคคลนั้นไม่ได้รับแจ้ง /restore { $caseId } เพื่อยกเลิก
desk-urgency-same = { $caseId } เป็น { $urgency } อยู่แล้ว
desk-restored = { $caseId } กลับเป็น { $urgency } แล้ว
desk-not-lower = { $caseId } เป็น { $urgency }: ลดได้เท่านั้น (สูง หรือ ปกติ)
desk-not-lowered = { $caseId } ไม่เคยถูกลดระดับ: ไม่มีอะไรให้คืน
desk-lower-how = เพื่อลดระดับ { $caseId } (แจ้งเตือนผิดพลาด) ส่ง: /lower { $caseId } [high|normal] เหตุผล ส่งเป็นคำสั่ง: ข้อความธรรมดาในหัวข้อนี้จะเก็บเป็นบันทึกเท่านั้น
desk-person-wrote = 💬 { $caseId } เขียนว่า:
desk-person-pin = 📍 { $caseId } ส่งตำแหน่ง: { $lat }, { $lon } { $map }
desk-person-media = 📎 { $caseId } ส่ง { $media } ทาง { $channel }{ $caption }
desk-person-media-caption = : { $caption }
desk-person-other = { $caseId } ส่งสิ่งที่บอทแสดงไม่ได้ ({ $what })
desk-person-wiped = 🧹 { $caseId }: บุคคลนั้นลบแชทกับบอทเมื่อ { $time } เคสและทุกอย่างที่เขาส่งยังอยู่ที่นี่
desk-private-hello = แชทนี้ใช้สำหรับการเรียกตัวเจ้าหน้าที่: เมื่อเคสเร่งด่วนรอนานเกินไป บอทจะเขียนถึงคุณที่นี่ เคสต่างๆ ดำเนินการในกลุ่มเจ้าหน้าที่
desk-page-unclaimed = ⏰ { $caseId } ({ $urgency }) รอมา { $age } และยังไม่มีผู้รับเคส โปรดดูในกลุ่มเจ้าหน้าที่
desk-page-unanswered = ⏰ { $caseId } ({ $urgency }) ถูกรับเมื่อ { $age } ที่แล้ว และบุคคลนั้นยังไม่ได้รับคำตอบ โปรดดูในกลุ่มเจ้าหน้าที่
desk-page-unreachable = 📵 ส่งข้อความส่วนตัวเรียก { $who } ไม่ได้: ยังไม่ได้กด Start ในแชทส่วนตัวกับบอท (หรือบล็อกบอท) ระหว่างนี้จะเรียกผู้ที่อยู่ถัดไปในตารางเวร
desk-reopened = 🔁 { $caseId } ({ $urgency }) เปิดใหม่: บุคคลนั้นเขียนข้อความอันตรายใหม่หลังเคสอยู่ในสถานะ "{ $was }"
desk-digest-head = มีอีก { $count } เคสที่รออยู่ แต่ละเคสจะได้การ์ดของตัวเองตามที่ Telegram อนุญาต เร่งด่วนที่สุดก่อน:
desk-digest-line = { $urgency } { $caseId } · { $age } · { $where } · { $reasons }
desk-queue-head = เคสที่เปิดอยู่: { $count } (เร่งด่วนที่สุดก่อน)
desk-queue-line = { $urgency } { $caseId } · { $status } · { $age } · { $where }{ $claimed }
desk-queue-claimed = {" "}· { $officer }
desk-queue-empty = ไม่มีเคสที่เปิดอยู่
desk-queue-more = … และอีก { $count } เคส: รัน `npm run desk -- list` เพื่อดูทั้งหมด
desk-queue-parked-head = ⚠ โพสต์ที่กลุ่มไม่รับ ({ $count }) แต่ละรายการจะลองใหม่ภายหลัง:
desk-queue-parked-line = { $what } { $caseId } · ตั้งแต่ { $since } · ลองครั้งถัดไป { $next } · { $reason }
desk-parked = ⚠ โพสต์เกี่ยวกับ { $caseId } ({ $what }) ส่งไม่สำเร็จ: { $reason } โพสต์อื่นส่งต่อตามปกติ รายการนี้จะลองใหม่ภายหลัง และ /queue แสดงรายการนี้
desk-post-card = การ์ด
desk-post-msg = ข้อความของบุคคลนั้น
desk-post-status = สถานะคำตอบ
desk-post-alert = การแจ้งเตือน
desk-realert-head = ⏰ เคสเร่งด่วน { $count } เคสรอเจ้าหน้าที่ (เร่งด่วนที่สุดก่อน):
desk-realert-line = { $urgency } { $caseId } · รอมา { $age }
desk-realert-line-unanswered = { $urgency } { $caseId } · รับโดย { $officer } เมื่อ { $age } ที่แล้ว ยังไม่ได้ตอบบุคคลนั้น
desk-realert-more = … และอีก { $count } เคส: /queue แสดงทั้งหมด
desk-swarm-head = 🆘 SOS ใหม่ { $count } รายการที่ยังไม่มีรายละเอียด (มีแค่คำอันตราย ไม่มีอย่างอื่น) แต่ละรายการจะได้การ์ดหลังเคสที่มีรายละเอียด รายการใดที่ส่งข้อมูลเพิ่มจะขึ้นมาก่อนทันที หัวหน้าสามารถลดระดับทั้งหมดเป็นสูงได้:
desk-button-swarm-lower = ลดทั้งหมดเป็นสูง (หัวหน้า)
desk-swarm-reason = SOS ไม่มีรายละเอียด มาเป็นกลุ่ม: หัวหน้าลดระดับพร้อมกันจากสรุปรายการ
desk-swarm-lowered = ลดระดับ { $count } รายการเป็นสูงแล้ว ยกเลิกทีละรายการด้วย /restore KH-XXXX อีก { $skipped } รายการคงเดิม (มีรายละเอียดเข้ามา หรือมีเจ้าหน้าที่รับแล้ว)
desk-swarm-expired = รายการนี้ใช้งานไม่ได้แล้ว
desk-swarm-supervisors-only = เฉพาะหัวหน้าเท่านั้นที่ลดระดับทั้งรายการได้
desk-not-officer = เฉพาะเจ้าหน้าที่เวรของสถานทูตเท่านั้นที่ทำสิ่งนี้ได้
desk-usage-case = วิธีใช้: /case KH-XXXX
desk-usage-reply = วิธีใช้: /reply ข้อความ ในหัวข้อของเคส หรือ /reply KH-XXXX ข้อความ ที่ใดก็ได้ (/send ใช้ได้เช่นกัน)
desk-usage-note = วิธีใช้: /note ข้อความ ในหัวข้อของเคส หรือ /note KH-XXXX ข้อความ
desk-usage-dup = วิธีใช้: /dup KH-YYYY ในหัวข้อของเคส (เคสนี้ซ้ำกับ KH-YYYY)
desk-usage-lower = วิธีใช้: /lower KH-XXXX [high|normal] เหตุผล (ในหัวข้อของเคสไม่ต้องใส่หมายเลข) ถ้าไม่ระบุ high หรือ normal จะลดลงหนึ่งระดับ บุคคลนั้นจะไม่ได้รับแจ้ง
desk-which-case = เคสไหน? ใช้คำสั่งนี้ในหัวข้อของเคส หรือระบุหมายเลขเคส
desk-topic-title = { $urgency } { $caseId }
desk-card-deleted = เคสของการ์ดนี้ไม่มีอยู่แล้ว
desk-help = โต๊ะเวร: /queue แสดงเคสที่เปิดอยู่ /case ID แสดงหนึ่งเคส สิ่งที่คุณพิมพ์ในหัวข้อของเคสอยู่ในหมู่เจ้าหน้าที่เท่านั้น: เก็บเป็นบันทึก ไม่ส่งออก การตอบบุคคลนั้น: /reply ข้อความ (หรือตอบกลับการ์ด แล้วกด ส่ง) ข้อความที่ส่งต่อ รูป และไฟล์จะไม่ไปถึงบุคคลนั้น /note ข้อความ เพิ่มบันทึก /dup ID ระบุว่าซ้ำ /lower ID [high|normal] เหตุผล ลดระดับการแจ้งเตือนผิดพลาด (บุคคลนั้นไม่ได้รับแจ้ง) /restore ID ยกเลิก /resume ID ให้ข้อความไปถึงแชทที่หยุดไว้ด้วยคำขอความช่วยเหลือลับหรือคำ "คุยไม่ได้" /unlock ID ปลดล็อกคำตอบที่ถูกล็อกเพราะใส่คำลับผิด /tell ID located|closed|nothing กำหนดสิ่งที่การตรวจสอบสถานะของญาติแสดง (ยืนยันตัวตนก่อน) /resetpin ID ส่ง PIN ใหม่ให้ญาติ /link ID และ /notlink ID ระบุว่ารายการที่อาจตรงกันเป็นบุคคลเดียวกันหรือไม่ ปุ่มใช้รับเคสและตั้งสถานะ /hand ID ชื่อ ส่งเคสให้เพื่อนร่วมงาน

# What officers type in a case's topic: a note unless sent by an explicit act (/reply, or Send on a preview).
desk-reply-when-queued = ตอนนี้
desk-reply-when-person-active = เมื่อเขาเขียนมา
desk-reply-when-due = ตามเวลาที่กำหนด (เวลาที่ปลอดภัยของเขา หรือการลองใหม่)
desk-note-kept = 📝 เก็บเป็นบันทึกใน { $caseId } — ไม่ได้ส่งถึงบุคคลนั้น การตอบเขา: /reply ข้อความ
desk-not-sent-forward = ⛔ ไม่ได้ส่ง: ข้อความที่ส่งต่อจะไม่ไปถึงบุคคลนั้น (อาจมีชื่อ สถานที่ หรือคำของเคสอื่น) และไม่ถูกเก็บ การตอบ { $caseId } พิมพ์ /reply และข้อความของคุณเอง
desk-not-sent-media = ⛔ ไม่ได้ส่ง: ส่งถึงบุคคลนั้นได้เฉพาะข้อความที่เจ้าหน้าที่พิมพ์ — ไม่มีรูป ไฟล์ สติกเกอร์ เสียง วิดีโอ หรือตำแหน่ง รายการนี้อยู่ในหัวข้อนี้ การตอบ { $caseId }: /reply ข้อความ
desk-preview =
    ✉ ถึงบุคคลนั้น ({ $caseId }) ถ้าคุณกด ส่ง:
    { $text }
desk-preview-warn-other = ⚠ ข้อความระบุเคสอื่น ({ $cases }): ตั้งใจส่งถึง { $caseId } จริงหรือไม่? รายละเอียดของเคสอื่นต้องไม่ไปถึงบุคคลนี้
desk-preview-warn-card = ⚠ ข้อความดูเหมือนการ์ดเคส: บนโทรศัพท์ของบุคคลนั้น ใครก็ตามที่หยิบโทรศัพท์จะเห็นเคสของเขา
desk-preview-warn-topic = ⚠ นี่คือหัวข้อของ { $here } แต่คำตอบจะไปที่ { $caseId }
desk-preview-expires = เฉพาะคุณที่ส่งได้ ภายใน { $minutes } นาที ทุกคนยกเลิกได้
desk-preview-expired = ไม่ได้ส่ง: ตัวอย่างนี้หมดอายุหรือใช้ไปแล้ว การตอบ: ส่ง /reply และข้อความของคุณ
desk-preview-not-author = เฉพาะ { $officer } ผู้เขียน ที่ส่งรายการนี้ได้ ถ้าจะส่งเอง: /reply และข้อความของคุณ
desk-preview-cancelled = ✖ { $officer } ยกเลิกแล้ว: ไม่ได้ส่งอะไรถึง { $caseId }
desk-preview-sent = เข้าคิวสำหรับ { $caseId } แล้ว
desk-button-preview-send = 📤 ส่ง
desk-button-preview-cancel = ✖ ยกเลิก

# Safety words (src/core/safety-words.ts): the person's duress and "can't talk" words, their code word.
desk-card-stopped-duress = 🚨 ส่งคำขอความช่วยเหลือลับ (DURESS) ({ $time }): ไม่มีอะไรถูกส่งไปยังแชทของเขา รวมถึงคำตอบที่ระงับไว้ จนกว่าเจ้าหน้าที่จะตัดสินใจ: /resume { $caseId }
desk-card-stopped-cant-talk = 🤫 "คุยไม่ได้" ({ $time }): บอทเงียบสำหรับแชทของเขา จนกว่าจะได้คำลับ ข้อความที่เขาพิมพ์ภายหลัง หรือ /resume { $caseId }
desk-card-release-locked = 🔒 คำตอบถูกล็อก ({ $time }): ใส่คำลับผิด 5 ครั้งในหนึ่งวัน ตรวจสอบแล้ว /unlock { $caseId }
desk-card-code-word = 🔑 ตั้งคำลับแล้ว: คำตอบจะแสดงหลังเขาส่งคำลับเท่านั้น
desk-card-released-code-word = แสดงคำตอบครั้งล่าสุด { $time } หลังคำลับของเขา
desk-card-released-typed-reply = แสดงคำตอบครั้งล่าสุด { $time } เมื่อตอบข้อความที่เขาพิมพ์
desk-card-released-relative = ส่งคำตอบครั้งล่าสุด { $time } ตามที่ญาติขอ (แชทนี้)
desk-duress = 🚨 { $caseId }: บุคคลนั้นส่งคำขอความช่วยเหลือลับ (DURESS) อาจมีคนบังคับให้เขาเขียน จะไม่มีอะไรถูกส่งไปยังแชทของเขาอีกจนกว่าเจ้าหน้าที่จะตัดสินใจ (/resume { $caseId })
desk-duress-line = 🚨 คำขอความช่วยเหลือลับ: บุคคลนั้นได้รับเพียงคำตอบที่ดูธรรมดา ไม่มีอะไรอื่นไปยังแชทของเขาจนกว่าจะ /resume { $caseId }
desk-cant-talk-on = 🤫 { $caseId } ส่ง "คุยไม่ได้": บอทเงียบสำหรับแชทของเขา
desk-cant-talk-off-code = 🗣 { $caseId } ส่งคำลับแล้ว: บอทคุยกับเขาอีกครั้ง
desk-cant-talk-off-typed = 🗣 { $caseId } เขียนมาอีกครั้งหลัง "คุยไม่ได้": บอทคุยกับเขาอีกครั้ง
desk-release-locked = 🔒 { $caseId }: ใส่คำลับผิด { $tries } ครั้ง คำตอบที่ระงับไว้ยังระงับอยู่ อาจมีคนอื่นถือโทรศัพท์ /unlock { $caseId } เมื่อคุณแน่ใจ
desk-release-unlocked = 🔓 { $caseId }: { $officer } ปลดล็อกแล้ว
desk-resumed = ▶ { $caseId }: { $officer } ให้ส่งข้อความไปยังแชทของเขาต่อแล้ว
desk-reply-rule-code-word = — แสดงหลังคำลับของเขา
desk-reply-rule-typed-reply = — แสดงเมื่อตอบข้อความที่เขาพิมพ์
desk-reply-rule-relative = — ส่งตามที่ญาติขอ (แจ้งจากบ้าน: แชทนี้ เวลาของเขา ไม่มีคำลับ)
desk-reply-announced-code-word = 📩 แจ้ง { $caseId } แล้วว่า "คุณมีข้อความใหม่" จะแสดงหลังเขาส่งคำลับ
desk-reply-announced-typed-reply = 📩 แจ้ง { $caseId } แล้วว่า "คุณมีข้อความใหม่" จะแสดงเมื่อเขาพิมพ์ตอบ
desk-reply-held-stopped = ⏸ ระงับไว้: ไม่มีอะไรไปยังแชทของ { $caseId } หลังคำขอความช่วยเหลือลับหรือคำ "คุยไม่ได้" /resume { $caseId } เมื่อปลอดภัย
desk-reply-held-locked = ⏸ ระงับไว้: { $caseId } ส่งคำลับแล้ว แต่การใส่ผิดหลายครั้งล็อกการแสดงไว้ /unlock { $caseId } เมื่อคุณแน่ใจ
desk-not-stopped = ไม่มีอะไรหยุดไว้สำหรับ { $caseId }
desk-not-locked = คำตอบของ { $caseId } ไม่ได้ถูกล็อก
desk-resumed-done = { $caseId }: ข้อความไปถึงแชทของเขาอีกครั้ง คำตอบที่ระงับไว้เป็นไปตามกฎปกติ
desk-unlocked-done = { $caseId }: ปลดล็อกแล้ว คำลับของเขาจะแสดงคำตอบที่ระงับไว้อีกครั้ง
desk-memory = ⚠ ฐานข้อมูลของสายด่วนเต็ม { $percent } % ({ $usedMb } จาก { $limitMb } MB) เมื่อถึง 100 % จะไม่มีการบันทึกอะไรใหม่: ไม่มีข้อความ ไม่มีเคส แจ้งทีมเทคนิคทันที (เพิ่ม Redis maxmemory หรือคืนหน่วยความจำ)
desk-memory-full = 🛑 ฐานข้อมูลของสายด่วนเต็มแล้ว ({ $usedMb } จาก { $limitMb } MB): ข้อความและเคสใหม่จะไม่ถูกบันทึก แจ้งทีมเทคนิคทันที (เพิ่ม Redis maxmemory หรือคืนหน่วยความจำ) ระหว่างนี้ใช้สายโทรศัพท์

## A relative's missing-person report on the card (src/officers/report-lines.ts)
desk-mp-again = ⚠ แจ้ง { $count } ครั้ง สิ่งใหม่ในการแจ้งครั้งที่ { $n }: { $fields }
desk-mp-nothing-new = ไม่มีอะไรใหม่
desk-mp-report = การแจ้งครั้งที่ { $n } ({ $time }): โดย{ $relationship } ติดต่อกลับ { $contact }, { $when }
desk-mp-person = บุคคลที่หายไป:
desk-mp-field = { $label }: { $value }
desk-mp-from = (การแจ้งครั้งที่ { $n }, { $time })
desk-mp-new = 🆕 ใหม่
desk-mp-also = {"  "}↳ และ การแจ้งครั้งที่ { $n } ({ $time }): { $value } { $new }
desk-mp-words = พิมพ์มา อ่านไม่ได้ ({ $step }): { $text }
desk-mp-born = เกิด { $date }
desk-mp-minor = ⚠ อายุต่ำกว่า 18
desk-mp-country-other = ประเทศอื่น
desk-mp-photo-telegram = มี ส่งทาง Telegram (ส่งซ้ำเข้าหัวข้อของเคสแล้ว)
desk-mp-photo-not-forwarded = ส่งทาง { $channel }: ไม่ได้ส่งต่อ (บอทเก็บเพียงรหัสของข้อความ ไม่เก็บไฟล์ ขอให้ญาติส่งอีกครั้งทาง Telegram หรืออีเมล)
desk-mp-photo-caption = รูปของบุคคลที่หายไป เคส { $caseId } (การแจ้งครั้งที่ { $n }) ตามที่ญาติส่งมา
desk-mp-contact-phone = ทางโทรศัพท์ { $phone }
desk-mp-contact-this-chat = ในแชทของเขา ({ $channel })
desk-mp-when-anytime = ได้ทุกเวลา
desk-mp-when-times = เฉพาะ { $times }
desk-mp-field-name = ชื่อ
desk-mp-field-age = อายุ
desk-mp-field-birthDate = เกิด
desk-mp-field-sex = เพศ
desk-mp-field-hometown = ภูมิลำเนา
desk-mp-field-document = หนังสือเดินทาง / บัตรประจำตัว
desk-mp-field-phone = โทรศัพท์
desk-mp-field-lastHeard = ติดต่อครั้งล่าสุด
desk-mp-field-lastMessage = สิ่งที่เขาพูดตอนนั้น
desk-mp-field-country = ไปที่
desk-mp-field-city = เมือง
desk-mp-field-company = บริษัท
desk-mp-field-job = งานที่ได้รับสัญญา
desk-mp-field-recruiter = ผู้จัดหา/นายหน้า
desk-mp-field-photo = รูปถ่าย
desk-mp-field-notes = หมายเหตุอื่น
desk-mp-relationship-parent = บิดาหรือมารดา (บุคคลที่หายไปเป็นบุตร)
desk-mp-relationship-child = บุตร (บุคคลที่หายไปเป็นบิดาหรือมารดา)
desk-mp-relationship-sibling = พี่หรือน้อง
desk-mp-relationship-spouse = สามีหรือภรรยา
desk-mp-relationship-relative = ญาติอื่น
desk-mp-relationship-friend = เพื่อน

# A relative's status check and PIN (src/officers/relative-desk.ts, src/cases/relative-access.ts).
desk-card-verify-relative = ⚠ การแจ้งของญาติอาจมาจากนายหน้าที่แอบอ้างเป็นครอบครัว ยืนยันตัวตนก่อนบอกอะไร: การตรวจสอบสถานะจะแสดงเพียง "ได้รับแล้ว" / "กำลังดำเนินการ" จนกว่าเจ้าหน้าที่จะเลือก (/tell { $caseId } located)
desk-card-told-located = 📣 การตรวจสอบสถานะของเรื่องนี้แสดง "พบตัว / ติดต่อกับสถานทูตอยู่" (เลือกโดย { $officer }) /tell { $caseId } nothing เพื่อหยุด
desk-card-told-closed = 📣 การตรวจสอบสถานะของเรื่องนี้แสดง "ปิดแล้ว" (เลือกโดย { $officer }) /tell { $caseId } nothing เพื่อหยุด
desk-usage-tell = วิธีใช้: /tell KH-XXXX located|closed|nothing (ในหัวข้อของเคสไม่ต้องใส่หมายเลข) เฉพาะหลังยืนยันตัวตนญาติแล้ว: นายหน้าอาจเป็นผู้แจ้ง
desk-usage-resetpin = วิธีใช้: /resetpin KH-XXXX เฉพาะหลังยืนยันแล้วว่าเป็นญาติจริง PIN ใหม่จะไปที่แชทที่ใช้แจ้งเรื่องเท่านั้น ไม่มีใครที่นี่เห็น
desk-told-located = { $caseId }: การตรวจสอบสถานะตอนนี้แสดง "พบตัว / ติดต่อกับสถานทูตอยู่"
desk-told-closed = { $caseId }: การตรวจสอบสถานะตอนนี้แสดง "ปิดแล้ว"
desk-told-nothing = { $caseId }: การตรวจสอบสถานะตอนนี้แสดงเพียง "ได้รับแล้ว" / "กำลังดำเนินการ"
desk-told-same = { $caseId }: การตรวจสอบสถานะแสดงเช่นนั้นอยู่แล้ว
desk-pin-reset-done = 🔑 { $caseId }: PIN ใหม่กำลังส่งไปยังแชทที่ใช้แจ้งเรื่อง PIN เก่าใช้ไม่ได้แล้ว
desk-not-relative = { $caseId } ไม่ใช่การแจ้งของญาติ: ไม่มี PIN
desk-pin-stopped = ข้อความไปยังแชทของ { $caseId } ถูกหยุดไว้: ไม่ได้ส่ง PIN /resume { $caseId } ก่อนถ้าปลอดภัย
desk-pin-capped = ⚠ { $caseId }: PIN ผิด { $failures } ครั้งจาก { $senders } แชทภายในหนึ่งวัน อาจมีคนเดา การตรวจสอบถูกพักไว้สำหรับแชทที่ใส่ผิด แชทที่ไม่เคยผิดยังตรวจสอบได้ ถ้าญาติถูกล็อก ให้ยืนยันตัวตนแล้ว /resetpin { $caseId }
desk-pin-forgotten = 🔑 { $caseId }: ญาติแจ้งว่าลืม PIN (จากแชทที่ใช้แจ้งเรื่อง) ติดต่อเขาและยืนยันว่าเป็นเขาจริง แล้ว /resetpin { $caseId }
desk-pin-forgotten-other = ⚠ { $caseId }: มีคนในแชทอื่น (ไม่ใช่แชทที่ใช้แจ้งเรื่อง) แจ้งว่าลืม PIN อาจไม่ใช่ญาติ PIN ใหม่จะไปที่แชทที่ใช้แจ้งเรื่องเท่านั้น
desk-pin-reset = 🔑 { $caseId }: { $officer } ส่ง PIN ใหม่ไปยังแชทที่ใช้แจ้งเรื่องแล้ว
desk-told-line-located = 📣 { $caseId }: { $officer } เลือกให้การตรวจสอบสถานะแสดง "พบตัว / ติดต่อกับสถานทูตอยู่"
desk-told-line-closed = 📣 { $caseId }: { $officer } เลือกให้การตรวจสอบสถานะแสดง "ปิดแล้ว"
desk-told-line-nothing = 📣 { $caseId }: { $officer } เลือกให้การตรวจสอบสถานะแสดงเพียง "ได้รับแล้ว" / "กำลังดำเนินการ"

## A channel down or back (src/health/channel-watch.ts)
desk-channel-down = 🛑 { $channel ->
    [telegram] Telegram
    [whatsapp] WhatsApp
   *[other] { $channel }
} ใช้งานไม่ได้: { $problem ->
    [unauthorized] Telegram ปฏิเสธโทเค็นของบอท (ถูกเพิกถอนหรือเปลี่ยนใน BotFather)
    [logged-out] เบอร์นี้ถูกออกจากระบบบนโทรศัพท์ ต้องเชื่อมต่อใหม่
    [replaced] อุปกรณ์หรือโปรเซสอื่นเข้ามาใช้เซสชัน WhatsApp นี้แทน
    [unlinked] ยังไม่ได้เชื่อมต่อเบอร์
    [forbidden] WhatsApp ปฏิเสธเบอร์นี้ (ถูกจำกัดหรือถูกแบน?)
    [unreachable] สายด่วนเชื่อมต่อไม่ได้ (เครือข่าย)
   *[other] การเชื่อมต่อขาดหาย
} คนที่เขียนมาทางนี้จะไม่ได้รับคำตอบ แจ้งทีมเทคนิคทันที ระหว่างนี้ใช้สายโทรศัพท์
desk-channel-up = ✅ { $channel ->
    [telegram] Telegram
    [whatsapp] WhatsApp
   *[other] { $channel }
} กลับมาใช้งานได้แล้ว{ $minutes ->
    [0] {""}
   *[other] {" "}(ใช้งานไม่ได้ { $minutes } นาที)
} ตรวจดูข้อความที่รออยู่ในคิว

desk-person-forgotten = 🗑 { $caseId }: บุคคลนั้นขอให้ลบข้อมูลเมื่อ { $time } บทสนทนากับบอทถูกลบแล้ว เคสยังอยู่เพื่อให้คุณดำเนินการต่อได้ เก็บไว้เฉพาะที่จำเป็น
desk-card-forgotten = 🗑 ขอให้ลบข้อมูล ({ $time }): เก็บไว้เฉพาะที่จำเป็นต่อการดำเนินการ

# Handing a case to a colleague (/hand).
desk-usage-hand = วิธีใช้: /hand KH-XXXX ชื่อ (ในเธรดของเคสไม่ต้องใส่หมายเลข) ชื่อ: ชื่อเพื่อนร่วมงานตามที่โต๊ะเวรแสดง
desk-handed = ตอนนี้ { $officer } ดูแล { $caseId }
desk-hand-same = { $officer } ดูแล { $caseId } อยู่แล้ว
desk-hand-unknown = ไม่มีเจ้าหน้าที่ชื่อนี้ เจ้าหน้าที่: { $officers }
desk-hand-self = ส่ง { $caseId } ให้ตัวเองไม่ได้
desk-handed-line = 🤝 { $officer } ส่ง { $caseId } ให้ { $to }
