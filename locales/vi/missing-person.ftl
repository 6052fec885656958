# Missing-person reports by relatives, and status checks. The reader is a worried family member:
# plain words, one question at a time, never a promise we cannot keep. Addressed respectfully as
# "anh/chị"; the missing person is "người đó" / "họ".
# `$discreet` is "no" for a relative at home (this flow's default): their case number and PIN stay on
# screen. "yes" (after /discreet, after danger words, or carried over from the intake): a lasting message
# names no case number and not the embassy; the PIN comes once in `mp-pin`, deleted once they write again.

mp-ask-relationship = Anh/chị đang báo một người bị mất liên lạc. Người đó là gì của anh/chị? Bấm một nút, hoặc gõ ra.
mp-relationship-parent = Con trai hoặc con gái tôi
mp-relationship-child = Bố hoặc mẹ tôi
mp-relationship-sibling = Anh chị em của tôi
mp-relationship-spouse = Chồng hoặc vợ tôi
mp-relationship-relative = Họ hàng khác
mp-relationship-friend = Bạn bè
mp-choice-skip = Tôi không biết / bỏ qua

mp-ask-name = Họ tên đầy đủ của người đó, như trong hộ chiếu hoặc căn cước?
mp-ask-age = Người đó bao nhiêu tuổi? Gõ tuổi, hoặc ngày sinh (ví dụ 12/03/1999).
mp-age-not-understood = Xin gõ tuổi bằng số (ví dụ 24), hoặc ngày sinh (ví dụ 12/03/1999).
mp-birth-future = Ngày sinh đó ở tương lai. Xin kiểm tra và gõ lại.
mp-ask-sex = Người đó là nữ hay nam?
mp-sex-female = Nữ
mp-sex-male = Nam
mp-sex-not-understood = Gõ "nữ" hoặc "nam", hoặc bỏ qua.
mp-ask-hometown = Quê của người đó ở đâu (xã hoặc thị trấn, huyện, tỉnh)?
mp-ask-document = Anh/chị có biết số hộ chiếu hoặc số căn cước (CCCD) của người đó không? Gõ số, hoặc bỏ qua.
mp-ask-phone = Số điện thoại, số Zalo/WhatsApp hoặc tên Telegram của người đó? Ví dụ 0912 345 678 hoặc @ten.
mp-phone-not-understood = Đó có vẻ không phải số điện thoại. Gõ đủ các chữ số (ví dụ 0912 345 678), tên Telegram (@ten), hoặc bỏ qua.

mp-ask-last-heard = Lần cuối anh/chị nghe tin người đó là khi nào? Ví dụ "3 tuần trước", "tháng 3 năm ngoái" hoặc 15/03/2026.
mp-date-future = Ngày đó ở tương lai. Lần cuối anh/chị nghe tin người đó là khi nào? Ví dụ "2 tuần trước".
mp-date-not-understood = Chúng tôi không đọc được ngày đó. Thử "3 tuần trước", "tháng 3 2026" hoặc 15/03/2026, hoặc bỏ qua.
mp-ask-last-message = Lần cuối người đó đã nói gì? Nếu được, xin chép lại đúng lời họ, hoặc bỏ qua.

mp-ask-country = Người đó đã đi sang nước nào?
mp-ask-city = Thành phố hay vùng nào? (ví dụ Sihanoukville, Bavet, Myawaddy)
mp-ask-company = Công ty người đó làm việc tên là gì?
mp-ask-job = Người đó được hứa làm công việc gì? (ví dụ "nhân viên bán hàng online, 1.000 đô một tháng")
mp-ask-recruiter = Ai đã tuyển người đó: tên người môi giới hoặc công ty môi giới, và số điện thoại nếu có?

mp-ask-photo = Anh/chị có ảnh gần đây của người đó không? Gửi ảnh vào đây, hoặc bỏ qua.
mp-photo-received = Đã nhận ảnh.
mp-photo-expected = Xin gửi một tấm ảnh, hoặc bấm "bỏ qua".
mp-photo-later = Cảm ơn anh/chị. Chúng tôi sẽ xin ảnh sau; xin trả lời câu hỏi này trước.

mp-ask-harm = Người đó có kể với anh/chị điều nào dưới đây không? Bấm tất cả những ý đúng, rồi bấm "Xong".
mp-harm-held = Không được ra ngoài
mp-harm-hurt = Bị đánh hoặc bị thương
mp-harm-threatened = Bị đe dọa
mp-harm-sold = Bị bán sang công ty khác
mp-harm-not-understood = Gõ số của những ý đúng, ví dụ "1 và 3", hoặc "xong".

mp-ask-contact = Chúng tôi liên lạc với anh/chị bằng cách nào?
mp-contact-this-chat = Ở đây, trong chat này
mp-contact-phone = Gọi điện, vào số khác
mp-contact-not-understood = Gõ 1 để liên lạc qua chat này, 2 để gọi điện, hoặc gõ luôn số điện thoại.
mp-ask-contact-phone = Chúng tôi nên gọi vào số nào?
mp-contact-phone-not-understood = Gõ số điện thoại đủ các chữ số (ví dụ 0912 345 678), hoặc bấm "Ở đây, trong chat này".
mp-ask-contact-when = Khi nào chúng tôi có thể liên lạc với anh/chị?
mp-when-anytime = Lúc nào cũng được
mp-when-times = Chỉ vào giờ nhất định
mp-when-not-understood = Gõ "lúc nào cũng được", hoặc viết giờ phù hợp, ví dụ "buổi chiều sau 4 giờ".

mp-is-self = Có vẻ báo cáo này nói về chính anh/chị. Nếu chính anh/chị cần giúp, hãy bấm "Tôi cần giúp".
mp-not-me = Không, là người khác
mp-is-self-not-understood = Gõ 1 nếu chính anh/chị cần giúp, hoặc 2 nếu báo cáo này về người khác.

mp-summary =
    Xin kiểm tra báo cáo:
    Anh/chị là: { $relationship }
    Tên: { $name }
    Tuổi: { $age }
    Giới tính: { $sex }
    Quê: { $hometown }
    Hộ chiếu/căn cước: { $document }
    Điện thoại / Telegram: { $phone }
    Tin cuối: { $lastHeard }
    Lời nhắn cuối: { $lastMessage }
    Đã đi đến: { $where }
    Công ty: { $company }
    Công việc được hứa: { $job }
    Người môi giới: { $recruiter }
    Ảnh: { $photo }
    Người đó kể: { $harm }
    Liên lạc với anh/chị: { $contact }
mp-summary-photo-yes = có
mp-summary-born = sinh { $date }
mp-summary-this-chat = trong chat này
mp-summary-phone = qua điện thoại { $phone }
mp-summary-times = chỉ lúc: { $times }
mp-edit-person = Người mất liên lạc
mp-edit-last-heard = Lần cuối nghe tin
mp-edit-where = Nơi người đó đã đến
mp-edit-photo = Ảnh
mp-edit-harm = Những gì họ kể
mp-edit-contact = Cách liên lạc với tôi

mp-done = { $discreet ->
    [no]
        Báo cáo của anh/chị đã đến đại sứ quán. Mã hồ sơ: { $caseId }
        PIN: { $pin }
        Xin ghi lại cả hai ngay: mã PIN này chỉ hiện một lần. Với hai mã này anh/chị có thể xem tình trạng báo cáo ở đây bất cứ lúc nào (gõ /restart rồi bấm "Xem lại báo cáo đã gửi").
        { $urgent ->
            [yes] Vì những gì anh/chị kể, cán bộ sẽ xem báo cáo này trước.
           *[no] Cán bộ trực sẽ đọc và đối chiếu với các báo cáo khác.
        } Đại sứ quán sẽ liên lạc với anh/chị theo cách anh/chị đã chọn nếu cần thêm thông tin, hoặc khi có tin có thể chia sẻ. Chúng tôi không bao giờ tiết lộ người đó đang ở đâu. Nếu anh/chị nghe tin của người đó, hãy bảo họ có thể tự nhắn vào số này.
   *[yes]
        Đã gửi. Cảm ơn anh/chị.
        Sẽ có người đọc và đối chiếu với những gì người khác đã báo, và liên lạc với anh/chị theo cách anh/chị đã chọn nếu cần thêm hoặc khi có tin. Chúng tôi không bao giờ tiết lộ người đó đang ở đâu. Nếu anh/chị nghe tin của người đó, hãy bảo họ có thể tự nhắn vào đây.
}
# Discreet mode only, right after `mp-done`, and deleted once the relative writes again.
mp-pin =
    Mã hồ sơ: { $caseId }
    PIN: { $pin }
    Xin ghi lại cả hai ngay: chúng chỉ hiện lần này, và tin nhắn này sẽ biến mất khi anh/chị nhắn tiếp. Với hai mã này anh/chị có thể xem lại báo cáo ở đây (gõ /restart rồi bấm "Xem lại báo cáo đã gửi").
mp-already-reported = { $discreet ->
    [no] Anh/chị đã báo về người này rồi: hồ sơ { $caseId }. Chúng tôi đã thêm những gì anh/chị vừa viết vào hồ sơ đó. Dùng mã PIN đã nhận để xem tình trạng.
   *[yes] Anh/chị đã báo về người này trước đây. Chúng tôi đã thêm những gì anh/chị vừa viết. Dùng mã PIN đã nhận để xem lại.
}
mp-added = { $discreet ->
    [no] Đã thêm vào hồ sơ { $caseId }. Cảm ơn anh/chị.
   *[yes] Đã thêm. Cảm ơn anh/chị.
}
mp-case-open = { $discreet ->
    [no] Báo cáo { $caseId } của anh/chị đang ở đại sứ quán. Mọi điều anh/chị viết hoặc gửi ở đây đều được thêm vào.
   *[yes] Chúng tôi đọc mọi điều anh/chị viết hoặc gửi ở đây. Gõ SOS bất cứ lúc nào.
}
mp-location-not-needed = Chúng tôi không cần vị trí của anh/chị. Xin trả lời câu hỏi.
mp-help = { $discreet ->
    [no] Đây là đường dây hỗ trợ của đại sứ quán, để báo người mất tích. Xin trả lời câu hỏi bên dưới. /language để đổi ngôn ngữ, /restart để về menu đầu, /discreet để bật chế độ kín đáo.
   *[yes] Xin trả lời câu hỏi bên dưới. /language để đổi ngôn ngữ, /restart để về menu đầu, /discreet để tắt chế độ kín đáo.
}

status-ask-case = Gõ mã hồ sơ của báo cáo (ví dụ KH-4F7Q).
status-case-format = Đó có vẻ không phải mã hồ sơ. Mã gồm chữ cái, một dấu gạch ngang và 4 ký tự, ví dụ KH-4F7Q.
status-ask-pin = Gõ mã PIN 6 chữ số anh/chị nhận cùng mã hồ sơ.
status-pin-format = Mã PIN có 6 chữ số. Xin gõ lại.
status-cannot-check = Chúng tôi không đọc được mã hồ sơ và mã PIN. Anh/chị có thể thử lại, hoặc gửi báo cáo mới: cán bộ sẽ xem.
status-received = Tình trạng báo cáo: đã nhận. Đang chờ cán bộ trực.
status-working = Tình trạng báo cáo: cán bộ đang xử lý.
status-located = { $discreet ->
    [no] Tình trạng báo cáo: đã tìm thấy người đó, hoặc người đó đang liên lạc với đại sứ quán.
   *[yes] Tình trạng báo cáo: đã tìm thấy người đó, hoặc người đó đang liên lạc với chúng tôi.
}
status-closed = Tình trạng báo cáo: đã đóng. Nếu anh/chị vẫn chưa có tin, có thể gửi báo cáo mới.
status-no-match = Mã hồ sơ hoặc mã PIN không đúng. Xin kiểm tra và thử lại.
status-locked = Thử quá nhiều lần. Để an toàn, xin thử lại sau.
status-forgot-pin = Tôi quên mã PIN
status-forgotten = Cán bộ sẽ liên lạc để xác minh đúng là anh/chị. Sau đó mã PIN mới sẽ được gửi vào chat mà anh/chị đã dùng để báo.
status-pin-new =
    Mã PIN mới cho báo cáo { $caseId }: { $pin }
    Xin ghi lại ngay: mã này chỉ hiện lần này. Mã PIN cũ không dùng được nữa.
status-next = Anh/chị muốn làm gì tiếp?
status-check-again = Xem báo cáo khác
status-new-report = Báo người mất tích
status-next-not-understood = Gõ 1 để xem báo cáo khác, hoặc 2 để báo người mất tích.
