# Intake flow for a person in trouble. Keep every message short and neutral:
# the reader may be watched, and may have only seconds.
# After the consent screen, nothing that stays on screen names the embassy, trafficking, a case number or
# what the person said about their danger: say "chúng tôi" (we) and "có người" (someone), never
# "đại sứ quán" or "cán bộ". The person is addressed neutrally as "bạn".
# `$discreet` is "yes" in discreet mode (the intake's default; "no" after /discreet): only then may a
# message show the case number. In discreet mode questions are deleted once answered, so they may use
# plain words; the consent screen and the summary are always deleted once answered.

language-name = Tiếng Việt
choose-language = Chọn ngôn ngữ của bạn.

consent =
    Đây là đường dây hỗ trợ của { $embassy }.
    Chúng tôi lưu câu trả lời của bạn, và vị trí nếu bạn gửi, ở dạng mã hóa. Chỉ cán bộ trực của đại sứ quán được xem, để giúp bạn. Chúng tôi không bao giờ báo cho chủ hay người môi giới của bạn.
    Nếu bạn nói mình đang gặp nguy hiểm, cán bộ sẽ được báo ngay.
    Bạn có đồng ý không?
choice-agree = Có, tôi đồng ý
choice-disagree = Không
declined = Đã hiểu. Những gì bạn viết không được lưu lại. Bấm bên dưới, hoặc gõ /start, nếu bạn đổi ý.
declined-case-open = { $discreet ->
    [no] Đã hiểu. Vì bạn nói mình đang gặp nguy hiểm, hồ sơ { $caseId } vẫn ở lại đại sứ quán. Bấm bên dưới nếu bạn muốn tiếp tục.
   *[yes] Đã hiểu. Những gì bạn gửi trước đó vẫn ở chỗ chúng tôi, để có người giúp được bạn. Bấm bên dưới nếu bạn muốn tiếp tục.
}
choice-start-over = Bắt đầu lại
consent-not-understood = Trả lời "có" nếu bạn đồng ý, hoặc "không" nếu không đồng ý.

ask-who = Ai cần giúp?
who-myself = Tôi cần giúp
who-someone-else = Báo người khác (mất tích)
who-status = Xem lại báo cáo đã gửi
who-not-understood = Gõ 1 nếu chính bạn cần giúp, 2 nếu bạn báo cho người khác, hoặc 3 để xem lại báo cáo.

ask-danger = Bạn có đang gặp nguy hiểm ngay lúc này không?
choice-yes = Có, đang nguy hiểm
choice-no = Không, lúc này thì không
danger-not-understood = Chỉ cần trả lời "có" hoặc "không".
danger-alerted = { $discreet ->
    [no] Được rồi. Sẽ có người trả lời bạn ở đây sớm. Mã hồ sơ của bạn là { $caseId }. Nếu được, hãy trả lời các câu hỏi tiếp theo: mỗi câu trả lời giúp chúng tôi tìm đến bạn. Gõ SOS bất cứ lúc nào.
   *[yes] Được rồi. Sẽ có người trả lời bạn ở đây sớm. Nếu được, hãy trả lời các câu hỏi tiếp theo: mỗi câu trả lời giúp chúng tôi tìm đến bạn. Gõ SOS bất cứ lúc nào.
}

ask-location = Bạn đang ở đâu? Bấm "Gửi vị trí", hoặc gõ tên nước, thành phố, và tên nơi hoặc tòa nhà.
share-location = Gửi vị trí
location-invalid = Không đọc được vị trí đó. Bấm "Gửi vị trí" lần nữa, hoặc gõ nơi bạn đang ở.
location-not-now = Hãy trả lời câu hỏi này trước. Bạn có thể gửi vị trí khi chúng tôi hỏi bạn ở đâu, hoặc sau khi đã gửi câu trả lời.
location-noted = Đã nhận vị trí.
location-updated = { $discreet ->
    [no] Vị trí mới của bạn đã được thêm vào hồ sơ { $caseId }.
   *[yes] Đã nhận vị trí mới. Cảm ơn bạn.
}
# A message that takes the report back ("I'm fine", "close my case"): recorded for the officers, not obeyed; nothing that reads as a case.
retraction-noted = Ok, đã ghi nhận.

ask-country = Bạn đang ở nước nào?
country-KH = Campuchia
country-MM = Myanmar
country-LA = Lào
country-TH = Thái Lan
country-PH = Philippines
country-MY = Malaysia
country-VN = Việt Nam
choice-other = Nước khác

ask-situation = Chuyện gì đang xảy ra với bạn? Bấm tất cả những ý đúng, rồi bấm "Xong". Bạn cũng có thể tự gõ ra.
indicator-passport = Bị giữ hộ chiếu/giấy tờ
indicator-confined = Không được ra ngoài
indicator-violence = Bị đánh hoặc bị thương
indicator-threats = Bị đe dọa, dọa cả gia đình
indicator-forced-scam = Bị ép đi lừa người khác
indicator-debt = Nợ hoặc bị phạt tiền
indicator-wages = Bị giữ lương
indicator-injured = Bị ốm hoặc bị thương
# What a relative said the missing person told them (a relative's report: its situation on the card).
indicator-held = Không được ra ngoài (người nhà báo)
indicator-hurt = Bị đánh hoặc bị thương (người nhà báo)
indicator-threatened = Bị đe dọa (người nhà báo)
indicator-sold = Bị bán sang công ty khác (người nhà báo)
choice-done = Xong

ask-people = Có bao nhiêu người ở cùng chỗ với bạn trong cùng hoàn cảnh, tính cả bạn? Bấm một nút hoặc gõ một con số.
people-1 = Chỉ mình tôi
people-2-10 = 2 đến 10
people-11-50 = 11 đến 50
people-over-50 = Hơn 50
people-not-number = Hãy gõ một con số, ví dụ 5 hoặc "khoảng 20", hoặc bấm một nút.

ask-contact = Khi nào chúng tôi nhắn cho bạn thì an toàn?
choice-anytime = Lúc nào cũng được
choice-they-write-first = Chỉ sau khi tôi nhắn trước
choice-times = Chỉ vào giờ nhất định
contact-not-understood = Gõ 1, 2 hoặc 3, hoặc viết lúc nào thì an toàn, ví dụ "buổi tối sau 22:00".
ask-contact-times = Lúc nào thì an toàn? Ví dụ "sau 22:00" hoặc "sáng chủ nhật".

# --- Code word and duress word (asked after the safe-contact question; src/core/safety-words.ts) ---
# duress-default: this language's default duress phrase. Sent at any time, in any chat (whatever its
# language), it is answered only with duress-ack while the case turns critical (reason duress) and nothing
# else is sent to the chat until an officer resumes. It must look harmless on a watched screen.
# cant-talk-default: the "can't talk" phrase: the bot goes silent for the chat and officers are told.
# Both are matched as whole messages, ignoring case, accents, spaces and punctuation; neither may read as
# an answer (flows/shared/answer-words.ts). Changing them changes what people were told: announce it.
duress-default = hủy đơn hàng
cant-talk-default = nhầm số
duress-ack = Ok, đã hủy.
ask-code-word = Chọn một từ bí mật chỉ bạn biết (một hoặc hai từ). Chúng tôi chỉ hiện tin trả lời sau khi bạn gửi từ đó. Bạn có thể bỏ qua.
code-word-kept = Đã lưu. Đừng ghi nó ra bất cứ đâu.
code-word-refused = Hãy chọn từ khác: một hoặc hai từ, ít nhất 3 chữ cái, không phải từ như "có", và không phải "{ duress-default }" hay "{ cant-talk-default }".
ask-duress-word = Giờ chọn một từ có nghĩa "tôi không an toàn". Nếu bạn gửi từ đó, chúng tôi chỉ trả lời "{ duress-ack }" và báo cán bộ ngay. Nếu bỏ qua, "{ duress-default }" cũng có tác dụng như vậy. Nếu không nói chuyện được, gửi "{ cant-talk-default }": chúng tôi sẽ im lặng.
choice-keep-duress-default = Giữ "{ duress-default }"
duress-word-kept = Đã lưu.
duress-word-refused = Hãy chọn từ khác: khác với từ bí mật của bạn, ít nhất 3 chữ cái, và không phải "{ cant-talk-default }".

ask-name = Chúng tôi nên gọi bạn bằng tên gì? Bạn có thể bỏ qua.
ask-about-me = Tuổi và quê của bạn? Nhờ đó chúng tôi có thể tìm báo cáo mà gia đình đã gửi về bạn. Thêm số điện thoại gia đình biết nếu bạn muốn. Ví dụ: 24, Nghệ An. Bạn có thể bỏ qua.
summary-age = { $age } tuổi
choice-skip = Bỏ qua

summary =
    Hãy kiểm tra báo cáo của bạn:
    Đang nguy hiểm: { $danger }
    Ở đâu: { $where }
    Chuyện đang xảy ra: { $situation }
    Số người ở cùng: { $people }
    Nhắn an toàn lúc: { $contact }
    Tên: { $name }
choice-confirm = Gửi cho đại sứ quán
choice-change = Sửa lại
summary-not-understood = Gõ "gửi" để gửi báo cáo, hoặc "sửa" để sửa lại.
summary-yes = có
summary-no = không
summary-not-given = không trả lời
summary-pin = ghim trên bản đồ
summary-pin-near = ghim trên bản đồ gần { $place }
summary-contact-times = chỉ lúc: { $times }

ask-edit = Bạn muốn sửa gì?
edit-location = Nơi tôi đang ở
edit-situation = Chuyện đang xảy ra
edit-people = Số người
edit-contact = Lúc nào nhắn được
edit-name = Tên
choice-back = Quay lại bản tóm tắt

# The last message stays on screen. Discreet: no case number, nothing about urgency, and only emergency
# numbers whose name gives nothing away (police, ambulance; `$emergency` leaves out an anti-trafficking
# hotline, which officers can give in an answer when it is safe).
done = { $discreet ->
    [no]
        Đã gửi. Mã hồ sơ của bạn là { $caseId }. Hãy giữ mã này và báo cho đại sứ quán khi liên hệ.
        { $urgent ->
            [yes] Cán bộ xem các trường hợp khẩn trước và sẽ liên hệ với bạn sớm nhất có thể.
           *[no] Cán bộ trực sẽ đọc hồ sơ và liên hệ với bạn.
        } Chúng tôi chỉ nhắn vào lúc bạn nói là an toàn. Bạn có thể viết thêm ở đây bất cứ lúc nào; gõ SOS nếu bạn gặp nguy hiểm.
        { $emergency }
   *[yes]
        Đã gửi. Cảm ơn bạn.
        Sẽ có người đọc và trả lời ở đây, chỉ vào lúc bạn nói là an toàn. Bạn có thể viết thêm ở đây bất cứ lúc nào. Gõ SOS bất cứ lúc nào.
        { $emergency }
}
# The answer to every later message once the report is sent.
case-open = { $discreet ->
    [no] Hồ sơ { $caseId } của bạn đang ở đại sứ quán. Mọi điều bạn viết ở đây đều được thêm vào. Gõ SOS nếu bạn gặp nguy hiểm.
   *[yes] Chúng tôi đọc mọi điều bạn viết ở đây. Gõ SOS bất cứ lúc nào.
}
emergency-numbers = Số khẩn cấp ở { $country }: { $numbers }.
emergency-unknown = Khi khẩn cấp, hãy gọi cảnh sát địa phương.
service-police = cảnh sát
service-ambulance = cấp cứu
service-tourist-police = cảnh sát du lịch
service-anti-trafficking = đường dây chống buôn người
service-emergency = khẩn cấp

help = { $discreet ->
    [no] Đây là đường dây hỗ trợ của đại sứ quán. Hãy trả lời câu hỏi bên dưới. /language để đổi ngôn ngữ, /restart để bắt đầu lại, /discreet để bật chế độ kín đáo. Gõ SOS bất cứ lúc nào nếu bạn gặp nguy hiểm.
   *[yes] Hãy trả lời câu hỏi bên dưới, bằng cách bấm hoặc gõ. /language để đổi ngôn ngữ, /restart để bắt đầu lại, /discreet để tắt chế độ kín đáo. Gõ SOS bất cứ lúc nào.
}
use-buttons = Hãy bấm một trong các nút bên dưới.
not-a-choice = Chúng tôi chưa hiểu câu trả lời đó. Bấm một nút bên dưới, hoặc gõ số của nút.
not-understood = Chúng tôi không đọc được. Hãy trả lời bằng chữ.
stale-button = Nút đó thuộc câu hỏi trước. Đây là câu hỏi hiện tại.
media-not-read = Ở đây chúng tôi không đọc được ảnh, tin nhắn thoại, sticker hay tệp. Hãy gõ chữ, hoặc gửi vị trí.
media-forwarded = { $discreet ->
    [no] Đã gửi cho đại sứ quán cùng hồ sơ { $caseId }. Bot này không mở được tệp: nếu nội dung quan trọng, hãy gõ thêm ra chữ.
   *[yes] Đã nhận. Ở đây chúng tôi không mở được: nếu nội dung quan trọng, hãy gõ thêm ra chữ.
}
other-language = Chúng tôi đọc được { $languages }.
save-failed = Xin lỗi, tin nhắn của bạn chưa lưu được. Hãy gửi lại sau một phút.
# Redis is down: the message arrived and waits. Never says it was saved; neutral, a guard may read it.
intake-arrived = Đã nhận. Giữ cuộc trò chuyện này, chúng tôi sẽ trả lời ở đây.
