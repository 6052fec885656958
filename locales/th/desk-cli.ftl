# The command-line desk (npm run desk): what officers read in the terminal. Cards and queue labels come from desk.ftl.
# Thai: commands, options and status words typed by officers (in-progress, located, --confirm …) stay in English.

desk-cli-usage =
    โต๊ะเวรในเทอร์มินัล ผ่าน Redis ของสายด่วน
    
    วิธีใช้: npm run desk -- [--as NAME] [--lang LANG] COMMAND
    
      list [--json]              เคสที่เปิดอยู่ เร่งด่วนที่สุดก่อน
      show ID                    หนึ่งเคส: การ์ดและบันทึก
      claim ID                   รับเคสเป็นของคุณ
      unclaim ID                 คืนเคสเข้าคิว
      note ID TEXT…              เพิ่มบันทึกสำหรับเจ้าหน้าที่
      reply ID TEXT… [--confirm] ตอบบุคคลนั้น (สายด่วนส่งทันที หรือระงับไว้จนถึงเวลาที่ปลอดภัยของเขา)
                                 --confirm ส่งข้อความที่ระบุเคสอื่นหรือดูเหมือนการ์ดเคส
      location ID                ขอตำแหน่งล่าสุดจากบุคคลนั้น
      status ID STATUS [OTHER]   STATUS: in-progress, resolved, closed หรือ duplicate OTHER-ID
      lower ID [LEVEL] REASON…   ลดระดับการแจ้งเตือนผิดพลาด พร้อมเหตุผล (หรือ --reason "…") LEVEL: high หรือ normal
                                 ถ้าไม่ระบุ ลดลงหนึ่งระดับ บุคคลนั้นจะไม่ได้รับแจ้ง
      restore ID                 ยกเลิกการลดระดับ: กลับไปที่ความเร่งด่วนก่อนหน้า
      resume ID                  ให้ข้อความไปถึงแชทที่หยุดไว้ด้วยคำขอความช่วยเหลือลับหรือคำ "คุยไม่ได้"
      unlock ID                  ปลดล็อกคำตอบที่ระงับไว้ซึ่งถูกล็อกเพราะใส่คำลับผิด
      tell ID WHAT               สิ่งที่การตรวจสอบสถานะของญาติแสดง: located, closed หรือ nothing (เพียง
                                 ได้รับแล้ว / กำลังดำเนินการ) ยืนยันตัวตนญาติก่อน
      reset-pin ID               PIN ใหม่สำหรับญาติที่ลืม PIN (ยืนยันตัวตนก่อน) ส่งไปที่แชท
                                 ที่ใช้แจ้งเรื่องเท่านั้น
      link ID OTHER              สองเคสเป็นบุคคลเดียวกัน (การ์ดทั้งสองแสดงทั้งสองเคส)
      notlink ID OTHER           ไม่ใช่บุคคลเดียวกัน: ลบการเชื่อมโยงและจะไม่เสนออีก
      watch                      คิว แล้วตามด้วยเหตุการณ์ของเคสเมื่อเกิดขึ้น (Ctrl-C เพื่อหยุด)
      web-link                   ลิงก์ใช้ครั้งเดียวสำหรับเข้าสู่ระบบโต๊ะงานเว็บ (10 นาที)
    
    ผู้ดำเนินการ: --as NAME หรือ DESK_OFFICER=NAME (ตัวอักษร ตัวเลข . _ - ไม่เกิน 32) DESK_SUPERVISOR=1 สำหรับหัวหน้า
    ทุกการกระทำ รวมถึงการดูเคส ถูกบันทึกพร้อมชื่อของคุณ
    รหัสออก: 0 สำเร็จ, 1 ถูกปฏิเสธ, 2 ใช้ผิดวิธี, 3 รันไม่ได้ (การตั้งค่าหรือ Redis)
desk-cli-bad-usage = { $problem } รัน `npm run desk -- help` เพื่อดูวิธีใช้
desk-cli-unknown-command = ไม่รู้จักคำสั่ง "{ $command }"
desk-cli-bad-option = { $message }
desk-cli-need-id = เคสไหน? ระบุหมายเลข เช่น: npm run desk -- { $command } KH-4F7Q
desk-cli-extra = มีคำเกินหลัง "{ $command }"
desk-cli-need-officer = ใครเป็นผู้ดำเนินการ? เพิ่ม --as YOUR-NAME (หรือตั้ง DESK_OFFICER): ทุกการกระทำถูกบันทึกพร้อมชื่อนี้
desk-cli-bad-officer = "{ $name }" ใช้เป็นชื่อเจ้าหน้าที่ไม่ได้: ใช้ตัวอักษร ตัวเลข จุด ขีด หรือขีดล่าง ไม่เกิน 32 ตัว
desk-cli-bad-lang = ไม่มีภาษาโต๊ะเวร "{ $lang }": ใช้หนึ่งใน { $languages }
desk-cli-bad-status = "{ $status }" ไม่ใช่สถานะ: ใช้ in-progress, resolved, closed หรือ duplicate OTHER-ID
desk-cli-need-link-other = เคสอื่นเคสไหน? npm run desk -- { $command } { $caseId } OTHER-ID
desk-cli-need-other = ซ้ำกับเคสไหน? npm run desk -- status { $caseId } duplicate OTHER-ID
desk-cli-other-only-duplicate = หมายเลขเคสอื่นใช้ได้กับ "duplicate" เท่านั้น
desk-cli-need-reason = ทำไมจึงเป็นการแจ้งเตือนผิดพลาด? npm run desk -- lower { $caseId } [high|normal] --reason "…" (เก็บแบบปิดผนึก พร้อมชื่อของคุณ)
desk-cli-reason-only-lower = --reason ใช้ได้กับ "lower" เท่านั้น
desk-cli-confirm-only-reply = --confirm ใช้ได้กับ "reply" เท่านั้น
desk-cli-failed = รันโต๊ะเวรไม่ได้: { $message }

desk-cli-col-case = เคส
desk-cli-col-urgency = ความเร่งด่วน
desk-cli-col-age = อายุเคส
desk-cli-col-status = สถานะ
desk-cli-col-claimed = ผู้รับเคส
desk-cli-col-country = ประเทศ
desk-cli-col-lang = ภาษา
desk-cli-col-reasons = เหตุผล
desk-cli-queue-count = เคสที่เปิดอยู่ { $count } เคส เร่งด่วนที่สุดก่อน
desk-cli-queue-empty = ไม่มีเคสที่เปิดอยู่
desk-cli-nobody = —

desk-cli-suspect-head = การเปลี่ยนแปลงทั้งหมด { $count } รายการที่อาจไม่ใช่ของบุคคลนั้น (เก็บไว้ ไม่มีรายการใดลดความเร่งด่วน):
desk-cli-notes-head = บันทึก:
desk-cli-note-line = { $time } · { $officer }: { $text }
desk-cli-no-notes = ยังไม่มีบันทึก
desk-cli-actions = ต่อไป:

desk-cli-claimed = { $caseId } เป็นของคุณแล้ว
desk-cli-already-yours = { $caseId } เป็นของคุณอยู่แล้ว
desk-cli-taken = { $caseId } ถูกรับโดย { $officer }
desk-cli-unclaimed = { $caseId } กลับเข้าคิวแล้ว ยังไม่มีผู้รับ
desk-cli-not-claimed = { $caseId } ยังไม่มีผู้รับ
desk-cli-status-set = { $caseId } ตอนนี้: { $status }
desk-cli-status-same = { $caseId } เป็น { $status } อยู่แล้ว
desk-cli-lowered = ลดระดับ { $caseId } เป็น { $urgency } แล้ว บุคคลนั้นไม่ได้รับแจ้ง `npm run desk -- restore { $caseId }` เพื่อยกเลิก
desk-cli-urgency-same = { $caseId } เป็น { $urgency } อยู่แล้ว
desk-cli-restored = { $caseId } กลับเป็น { $urgency } แล้ว
desk-cli-not-lower = { $caseId } เป็น { $urgency }: ลดได้เท่านั้น (high หรือ normal)
desk-cli-not-lowered = { $caseId } ไม่เคยถูกลดระดับ: ไม่มีอะไรให้คืน
desk-cli-closed = { $caseId } อยู่ในสถานะ { $status }: รัน `npm run desk -- status { $caseId } in-progress` เพื่อดำเนินการต่อ
desk-cli-missing = ไม่มีเคส { $caseId }
desk-cli-bad-duplicate = { $other } ไม่ใช่เคสอื่นที่มีอยู่
desk-cli-note-added = เพิ่มบันทึกใน { $caseId } แล้ว
desk-cli-empty = ไม่มีข้อความให้ส่ง: เขียนข้อความหลังหมายเลขเคส
desk-cli-too-long = ยาวเกินไป: { $length } ตัวอักษร สูงสุด { $max } โปรดแบ่งข้อความ
desk-cli-gone = { $caseId }: ติดต่อบุคคลนั้นไม่ได้แล้ว (บล็อกบอทหรือลบบัญชี) ไม่ได้ส่งอะไร
desk-cli-reply-queued = คำตอบถึง { $caseId } เข้าคิวแล้ว ตามนี้ทุกตัวอักษร:
desk-cli-reply-other = ไม่ได้ส่ง: ข้อความระบุเคสอื่น ({ $cases }) ตั้งใจส่งถึง { $caseId } จริงหรือไม่? รายละเอียดของเคสอื่นต้องไม่ไปถึงบุคคลนี้ ถ้าตั้งใจ รันคำสั่งอีกครั้งพร้อม --confirm
desk-cli-reply-card = ไม่ได้ส่ง: ข้อความดูเหมือนการ์ดเคส ซึ่งจะแสดงเคสของบุคคลนั้นแก่ใครก็ตามที่ถือโทรศัพท์ของเขา ถ้าตั้งใจ รันคำสั่งอีกครั้งพร้อม --confirm
desk-cli-location-queued = คำขอตำแหน่งถึง { $caseId } เข้าคิวแล้ว
desk-cli-send-now = เขาบอกว่าตอนนี้เขียนถึงได้อย่างปลอดภัย: สายด่วนที่กำลังทำงานจะแจ้งเขาทันทีว่า "คุณมีข้อความใหม่" ส่วนคำตอบจะตามไปหลังคำลับของเขา หรือข้อความที่เขาพิมพ์
desk-cli-send-now-relative = ญาติที่แจ้งจากบ้านและเลือกแชทนี้ในเวลานี้: สายด่วนที่กำลังทำงานจะส่งคำตอบทันที (แบบเงียบ ใต้หัวข้อกลางๆ)
desk-cli-held-first = ระงับไว้: เขาขอให้เขียนถึงหลังจากเขาเขียนมาก่อนเท่านั้น จะส่งเมื่อเขาเขียนมาครั้งถัดไป
desk-cli-held-until = ระงับไว้จนถึง { $time } (เวลาที่ปลอดภัยของเขา) หรือจนกว่าเขาจะเขียนมาครั้งถัดไป
desk-cli-held-unknown = ระงับไว้: เขายังไม่ได้บอกว่าเขียนถึงได้เมื่อไร (หรือเราอ่านไม่ได้) จะส่งเมื่อเขาเขียนมาครั้งถัดไป
desk-cli-held-phone = ระงับไว้: เขาขอให้โทรกลับ (เบอร์และเวลาอยู่ใน `npm run desk -- show`) จะส่งในแชทของเขาเมื่อเขาเขียนมาที่นั่นครั้งถัดไป
desk-cli-watch-hint = `npm run desk -- watch` แสดงเมื่อข้อความถูกส่งออก

desk-cli-watching = กำลังติดตามเหตุการณ์ของเคส (Ctrl-C เพื่อหยุด)…
desk-cli-event = { $time } · { $caseId } · { $urgency } · { $what }{ $by }
desk-cli-event-by = {" "}· { $officer }
desk-cli-what-case-opened = เคสใหม่
desk-cli-what-case-updated = บุคคลนั้นอัปเดต
desk-cli-what-case-escalated = เพิ่มระดับความเร่งด่วน
desk-cli-what-case-claimed = รับเคสแล้ว
desk-cli-what-case-unclaimed = คืนเคสแล้ว
desk-cli-what-case-unclaimed-freed = ปล่อยเคสที่ { $was } รับไว้ตอนเริ่มระบบ: ไม่อยู่ในรายชื่อเจ้าหน้าที่แล้ว
desk-cli-what-case-realerted-claim = แจ้งเตือนซ้ำ (ขั้นที่ { $step }): ยังไม่มีผู้รับเคส
desk-cli-what-case-realerted-answer = แจ้งเตือนซ้ำ (ขั้นที่ { $step }): รับโดย { $owner } ยังไม่ได้ตอบบุคคลนั้น
desk-cli-what-case-paged-sent = เรียก { $to } ทางข้อความส่วนตัวแล้ว (ขั้นที่ { $step })
desk-cli-what-case-paged-unreachable = เรียก { $to } ไม่ได้ (ขั้นที่ { $step }): ยังไม่ได้เริ่มใช้บอท เรียกคนถัดไปในตารางเวร
desk-cli-what-case-paged-failed = เรียก { $to } ไม่ได้ (ขั้นที่ { $step }): Telegram ผิดพลาด เรียกคนถัดไปในตารางเวร
desk-cli-what-case-status = สถานะ: { $status }
desk-cli-what-case-note = เพิ่มบันทึกแล้ว
desk-cli-what-case-lowered = ลดระดับจาก { $from }
desk-cli-what-case-restored = คืนระดับความเร่งด่วนแล้ว (เดิม { $from })
desk-cli-what-case-reply-queued = คำตอบเข้าคิวแล้ว
desk-cli-what-case-reply-delivered = ส่งคำตอบแล้ว ({ $count }), { $rule }
desk-cli-what-case-reply-held = ระงับคำตอบไว้{ $until }{ $why }
desk-cli-what-case-reply-gone = ติดต่อบุคคลนั้นไม่ได้
desk-cli-what-case-wiped = บุคคลนั้นลบแชทกับบอท (เคสยังอยู่)
desk-cli-until = {" "}จนถึง { $time }

desk-cli-resumed = { $caseId }: ข้อความไปถึงแชทของเขาอีกครั้ง คำตอบที่ระงับไว้เป็นไปตามกฎปกติ
desk-cli-unlocked = { $caseId }: ปลดล็อกแล้ว คำลับของเขาจะแสดงคำตอบที่ระงับไว้อีกครั้ง
desk-cli-not-stopped = ไม่มีอะไรหยุดไว้สำหรับ { $caseId }
desk-cli-not-locked = คำตอบของ { $caseId } ไม่ได้ถูกล็อก
desk-cli-what-case-duress = คำขอความช่วยเหลือลับ (DURESS): ไม่มีอะไรไปยังแชทของเขาจนกว่าจะ `resume`
desk-cli-what-case-cant-talk-on = "คุยไม่ได้": บอทเงียบสำหรับแชทของเขา
desk-cli-what-case-cant-talk-off = คุยอีกครั้งหลัง "คุยไม่ได้"
desk-cli-what-case-release-locked = คำตอบถูกล็อกหลังใส่คำลับผิด { $tries } ครั้ง
desk-cli-what-case-release-unlocked = ปลดล็อกคำตอบแล้ว
desk-cli-what-case-resumed = ส่งข้อความไปยังแชทของเขาต่อแล้ว
desk-cli-what-case-reply-announced = แจ้งว่า "คุณมีข้อความใหม่" แล้ว จะแสดง{ $waiting }
desk-cli-rule-code-word = หลังคำลับของเขา
desk-cli-rule-typed-reply = เมื่อตอบข้อความที่เขาพิมพ์
desk-cli-held-stopped = {" "}(แชทของเขาถูกหยุดไว้)
desk-cli-held-locked = {" "}(ถูกล็อก: ใส่คำลับผิด)
# A relative's status check and PIN.
desk-cli-bad-tell = "{ $what }" ไม่ใช่สิ่งที่การตรวจสอบสถานะแสดงได้: ใช้ located, closed หรือ nothing
desk-cli-told-located = { $caseId }: การตรวจสอบสถานะตอนนี้แสดง "พบตัว / ติดต่อกับสถานทูตอยู่"
desk-cli-told-closed = { $caseId }: การตรวจสอบสถานะตอนนี้แสดง "ปิดแล้ว"
desk-cli-told-nothing = { $caseId }: การตรวจสอบสถานะตอนนี้แสดงเพียง "ได้รับแล้ว" / "กำลังดำเนินการ"
desk-cli-told-same = { $caseId }: การตรวจสอบสถานะแสดงเช่นนั้นอยู่แล้ว
desk-cli-pin-reset = { $caseId }: PIN ใหม่เข้าคิวสำหรับแชทที่ใช้แจ้งเรื่อง (สายด่วนที่กำลังทำงานเป็นผู้ส่ง) PIN เก่าใช้ไม่ได้แล้ว
desk-cli-not-relative = { $caseId } ไม่ใช่การแจ้งของญาติ: ไม่มี PIN
desk-cli-pin-stopped = ข้อความไปยังแชทของ { $caseId } ถูกหยุดไว้: ไม่ได้ส่ง PIN ให้ resume ก่อน (npm run desk -- resume { $caseId }) ถ้าปลอดภัย
desk-cli-what-case-pin-capped = PIN ผิดหลายครั้งเกินไปวันนี้: พักการตรวจสอบสำหรับแชทที่ใส่ผิด
desk-cli-what-case-pin-forgotten = ญาติแจ้งว่าลืม PIN
desk-cli-what-case-pin-reset = ส่ง PIN ใหม่ไปยังแชทที่ใช้แจ้งเรื่องแล้ว
desk-cli-what-case-told = เปลี่ยนสิ่งที่การตรวจสอบสถานะแสดงแล้ว

desk-cli-what-case-forgotten = บุคคลนั้นขอให้ลบข้อมูล (บทสนทนาถูกลบ เคสยังอยู่)
desk-cli-what-case-purged-retention = ลบเคสแล้ว: ปิดเคสนานเกินระยะเวลาเก็บรักษา
desk-cli-what-case-purged-forgotten = ลบเคสแล้ว: บุคคลนั้นขอให้ลบข้อมูล
desk-cli-web-link = ลิงก์เข้าสู่ระบบโต๊ะงานเว็บ (ใช้ได้ครั้งเดียว ภายใน { $minutes } นาที ห้ามส่งต่อ): { $url }
