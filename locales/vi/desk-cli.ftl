# The command-line desk (npm run desk): what officers read in the terminal. Cards and queue labels come from desk.ftl.
# Command names, options and values (list, show, --as, in-progress, located …) are typed as is: never translate them.

desk-cli-usage =
    Bàn trực trên terminal, dùng Redis của đường dây.
    
    Cách dùng: npm run desk -- [--as TÊN] [--lang NGÔN-NGỮ] LỆNH
    
      list [--json]              hồ sơ đang mở, khẩn nhất trước
      show MÃ                    một hồ sơ: thẻ và ghi chú
      claim MÃ                   nhận hồ sơ về mình
      unclaim MÃ                 trả hồ sơ lại hàng chờ
      note MÃ NỘI-DUNG…          thêm ghi chú cho cán bộ
      reply MÃ NỘI-DUNG…         trả lời người đó (đường dây gửi ngay hoặc giữ đến giờ an toàn của họ);
      reply … --confirm          gửi cả tin có nhắc hồ sơ khác hoặc trông giống thẻ hồ sơ
      location MÃ                hỏi người đó vị trí mới
      status MÃ STATUS [MÃ-KHÁC] STATUS: in-progress, resolved, closed, hoặc duplicate MÃ-KHÁC
      lower MÃ [MỨC] LÝ-DO…      hạ một báo động nhầm, kèm lý do (hoặc --reason "…"); MỨC: high hoặc normal,
                                 nếu không thì hạ một bậc. Người đó không bao giờ được báo.
      restore MÃ                 hoàn tác việc hạ: trở lại mức khẩn trước đó
      resume MÃ                  cho tin nhắn đến lại chat đã dừng vì từ bị ép buộc hoặc từ "không nói được"
      unlock MÃ                  mở khóa câu trả lời đang giữ bị khóa do nhập sai từ bí mật
      tell MÃ GIÁ-TRỊ            nội dung người nhà thấy khi tra cứu: located, closed, hoặc nothing (chỉ
                                 đã nhận / đang xem xét); xác minh người nhà trước
      reset-pin MÃ               mã PIN mới cho người nhà quên mã (xác minh họ trước); mã chỉ gửi
                                 đến chat đã gửi báo cáo
      link MÃ MÃ-KHÁC            hai hồ sơ là cùng một người (cả hai thẻ hiện cả hai)
      notlink MÃ MÃ-KHÁC         không phải cùng một người: bỏ liên kết và không bao giờ đề xuất lại
      watch                      hàng chờ, rồi từng sự kiện của hồ sơ khi xảy ra (Ctrl-C để dừng)
      web-link                   liên kết dùng một lần để đăng nhập bàn làm việc web (10 phút)
    
    Ai thực hiện: --as TÊN hoặc DESK_OFFICER=TÊN (chữ cái, chữ số, . _ -; tối đa 32); DESK_SUPERVISOR=1 cho giám sát viên.
    Mọi thao tác, kể cả xem hồ sơ, đều được ghi lại cùng tên của bạn.
    Mã thoát: 0 xong, 1 bị từ chối, 2 dùng sai cách, 3 không chạy được (cấu hình hoặc Redis).
desk-cli-bad-usage = { $problem } Chạy `npm run desk -- help` để xem cách dùng.
desk-cli-unknown-command = Lệnh không xác định "{ $command }".
desk-cli-bad-option = { $message }.
desk-cli-need-id = Hồ sơ nào? Ghi mã hồ sơ, ví dụ: npm run desk -- { $command } KH-4F7Q
desk-cli-extra = Quá nhiều từ sau "{ $command }".
desk-cli-need-officer = Ai đang thực hiện? Thêm --as TÊN-CỦA-BẠN (hoặc đặt DESK_OFFICER): mọi thao tác đều được ghi lại với tên đó.
desk-cli-bad-officer = "{ $name }" không dùng làm tên cán bộ được: dùng chữ cái, chữ số, dấu chấm, gạch ngang hoặc gạch dưới, tối đa 32.
desk-cli-bad-lang = Không có ngôn ngữ bàn trực "{ $lang }": dùng một trong { $languages }.
desk-cli-bad-status = "{ $status }" không phải trạng thái: dùng in-progress, resolved, closed, hoặc duplicate MÃ-KHÁC.
desk-cli-need-link-other = Hồ sơ kia là hồ sơ nào? npm run desk -- { $command } { $caseId } MÃ-KHÁC
desk-cli-need-other = Trùng với hồ sơ nào? npm run desk -- status { $caseId } duplicate MÃ-KHÁC
desk-cli-other-only-duplicate = Mã hồ sơ khác chỉ đi cùng "duplicate".
desk-cli-need-reason = Vì sao đây là báo động nhầm? npm run desk -- lower { $caseId } [high|normal] --reason "…" (được niêm phong, kèm tên bạn)
desk-cli-reason-only-lower = --reason chỉ đi cùng "lower".
desk-cli-confirm-only-reply = --confirm chỉ đi cùng "reply".
desk-cli-failed = Không chạy được bàn trực: { $message }

desk-cli-col-case = HỒ SƠ
desk-cli-col-urgency = MỨC KHẨN
desk-cli-col-age = ĐÃ CHỜ
desk-cli-col-status = TRẠNG THÁI
desk-cli-col-claimed = NGƯỜI NHẬN
desk-cli-col-country = QUỐC GIA
desk-cli-col-lang = NGÔN NGỮ
desk-cli-col-reasons = LÝ DO
desk-cli-queue-count = { $count } hồ sơ đang mở, khẩn nhất trước.
desk-cli-queue-empty = Không có hồ sơ đang mở.
desk-cli-nobody = —

desk-cli-suspect-head = Tất cả { $count } thay đổi có thể không phải do chính người đó (được lưu, không cái nào hạ mức khẩn):
desk-cli-notes-head = Ghi chú:
desk-cli-note-line = { $time } · { $officer }: { $text }
desk-cli-no-notes = Chưa có ghi chú.
desk-cli-actions = Tiếp theo:

desk-cli-claimed = { $caseId } giờ do bạn phụ trách.
desk-cli-already-yours = { $caseId } đã do bạn phụ trách.
desk-cli-taken = { $caseId } đã được { $officer } nhận.
desk-cli-unclaimed = { $caseId } đã trở lại hàng chờ, chưa ai nhận.
desk-cli-not-claimed = { $caseId } chưa có ai nhận.
desk-cli-status-set = { $caseId } giờ là: { $status }.
desk-cli-status-same = { $caseId } đã là: { $status }.
desk-cli-lowered = { $caseId } đã hạ xuống { $urgency }. Người đó không được báo; `npm run desk -- restore { $caseId }` để hoàn tác.
desk-cli-urgency-same = { $caseId } đã ở mức { $urgency }.
desk-cli-restored = { $caseId } đã trở lại mức { $urgency }.
desk-cli-not-lower = { $caseId } đang ở mức { $urgency }: chỉ có thể hạ thấp hơn (high hoặc normal).
desk-cli-not-lowered = { $caseId } chưa bị hạ: không có gì để khôi phục.
desk-cli-closed = { $caseId } đang ở trạng thái { $status }: chạy `npm run desk -- status { $caseId } in-progress` để xử lý tiếp.
desk-cli-missing = Không có hồ sơ { $caseId }.
desk-cli-bad-duplicate = { $other } không phải một hồ sơ khác đang tồn tại.
desk-cli-note-added = Đã thêm ghi chú vào { $caseId }.
desk-cli-empty = Không có gì để gửi: hãy viết nội dung sau mã hồ sơ.
desk-cli-too-long = Quá dài: { $length } ký tự, tối đa { $max }. Hãy chia nhỏ.
desk-cli-gone = { $caseId }: không còn liên lạc được với người đó (đã chặn bot hoặc xóa tài khoản). Chưa gửi gì.
desk-cli-reply-queued = Đã xếp hàng câu trả lời cho { $caseId }, đúng như sau:
desk-cli-reply-other = Không gửi: nội dung nhắc đến hồ sơ khác ({ $cases }). Có thật là cho { $caseId } không? Chi tiết của hồ sơ khác tuyệt đối không được đến người này. Nếu đúng ý bạn, chạy lại lệnh với --confirm.
desk-cli-reply-card = Không gửi: nội dung trông giống thẻ hồ sơ, ai cầm điện thoại của người đó cũng sẽ thấy hồ sơ của họ. Nếu đúng ý bạn, chạy lại lệnh với --confirm.
desk-cli-location-queued = Đã xếp hàng yêu cầu vị trí gửi { $caseId }.
desk-cli-send-now = Họ nói lúc này nhắn an toàn: đường dây đang chạy sẽ báo ngay cho họ "bạn có tin nhắn mới"; chính câu trả lời sẽ hiện sau từ bí mật của họ, hoặc khi họ gõ tin nhắn.
desk-cli-send-now-relative = Người nhà báo từ nhà, đã chọn chat này vào giờ này: đường dây đang chạy gửi chính câu trả lời ngay (không tiếng báo, dưới dòng tiêu đề trung tính).
desk-cli-held-first = Đang giữ: họ yêu cầu chỉ nhắn sau khi họ nhắn trước. Tin sẽ đi khi họ nhắn lần tới.
desk-cli-held-until = Giữ đến { $time } (giờ an toàn của họ), hoặc đến khi họ nhắn lần tới.
desk-cli-held-unknown = Đang giữ: họ chưa cho biết lúc nào nhắn an toàn (hoặc không đọc được). Tin sẽ đi khi họ nhắn lần tới.
desk-cli-held-phone = Đang giữ: họ yêu cầu được gọi lại bằng điện thoại (số và giờ có trong `npm run desk -- show`). Tin sẽ đi trong chat của họ khi họ nhắn lần tới ở đó.
desk-cli-watch-hint = `npm run desk -- watch` cho thấy lúc tin được gửi đi.

desk-cli-watching = Đang theo dõi sự kiện hồ sơ (Ctrl-C để dừng)…
desk-cli-event = { $time } · { $caseId } · { $urgency } · { $what }{ $by }
desk-cli-event-by = {" "}· { $officer }
desk-cli-what-case-opened = hồ sơ mới
desk-cli-what-case-updated = người đó cập nhật
desk-cli-what-case-escalated = nâng mức khẩn
desk-cli-what-case-claimed = đã nhận
desk-cli-what-case-unclaimed = bỏ nhận
desk-cli-what-case-unclaimed-freed = việc nhận của { $was } được gỡ khi khởi động: không còn trong danh sách cán bộ
desk-cli-what-case-realerted-claim = báo lại (bước { $step }): chưa ai nhận
desk-cli-what-case-realerted-answer = báo lại (bước { $step }): { $owner } đã nhận, người đó chưa được trả lời
desk-cli-what-case-paged-sent = đã nhắn riêng nhắc { $to } (bước { $step })
desk-cli-what-case-paged-unreachable = không nhắc được { $to } (bước { $step }): họ chưa bấm Start với bot; chuyển người kế tiếp trong lịch trực
desk-cli-what-case-paged-failed = không nhắc được { $to } (bước { $step }): lỗi Telegram; chuyển người kế tiếp trong lịch trực
desk-cli-what-case-status = trạng thái: { $status }
desk-cli-what-case-note = đã thêm ghi chú
desk-cli-what-case-lowered = hạ từ { $from }
desk-cli-what-case-restored = khôi phục mức khẩn (trước là { $from })
desk-cli-what-case-reply-queued = câu trả lời đã xếp hàng
desk-cli-what-case-reply-delivered = câu trả lời đã đến ({ $count }), { $rule }
desk-cli-what-case-reply-held = câu trả lời đang giữ{ $until }{ $why }
desk-cli-what-case-reply-gone = không liên lạc được với người đó
desk-cli-what-case-wiped = người đó đã xóa chat với bot (hồ sơ vẫn còn)
desk-cli-until = {" "}đến { $time }

desk-cli-resumed = { $caseId }: tin nhắn lại đến được chat của họ. Câu trả lời đang giữ theo quy tắc thông thường.
desk-cli-unlocked = { $caseId }: đã mở khóa. Từ bí mật của họ lại làm hiện các câu trả lời đang giữ.
desk-cli-not-stopped = Không có gì bị dừng với { $caseId }.
desk-cli-not-locked = Câu trả lời của { $caseId } không bị khóa.
desk-cli-what-case-duress = từ BỊ ÉP BUỘC: không gửi gì vào chat của họ cho đến khi `resume`
desk-cli-what-case-cant-talk-on = "không nói được": bot im lặng với chat của họ
desk-cli-what-case-cant-talk-off = nói chuyện lại sau "không nói được"
desk-cli-what-case-release-locked = câu trả lời bị khóa sau { $tries } lần nhập sai từ bí mật
desk-cli-what-case-release-unlocked = câu trả lời đã mở khóa
desk-cli-what-case-resumed = tin nhắn đến chat của họ đã được cho lại
desk-cli-what-case-reply-announced = đã báo "bạn có tin nhắn mới"; hiện { $waiting }
desk-cli-rule-code-word = sau từ bí mật của họ
desk-cli-rule-typed-reply = khi họ gõ tin nhắn
desk-cli-held-stopped = {" "}(chat của họ đang dừng)
desk-cli-held-locked = {" "}(bị khóa: nhập sai từ bí mật)
# A relative's status check and PIN.
desk-cli-bad-tell = "{ $what }" không phải nội dung tra cứu có thể hiện: dùng located, closed hoặc nothing.
desk-cli-told-located = { $caseId }: tra cứu trạng thái giờ hiện "đã tìm thấy / đang liên lạc với đại sứ quán".
desk-cli-told-closed = { $caseId }: tra cứu trạng thái giờ hiện "đã đóng".
desk-cli-told-nothing = { $caseId }: tra cứu trạng thái giờ chỉ hiện "đã nhận" / "đang xem xét".
desk-cli-told-same = { $caseId }: tra cứu trạng thái đã hiện như vậy rồi.
desk-cli-pin-reset = { $caseId }: mã PIN mới đã xếp hàng gửi đến chat đã gửi báo cáo (đường dây đang chạy sẽ gửi). Mã cũ không dùng được nữa.
desk-cli-not-relative = { $caseId } không phải báo cáo của người nhà: không có mã PIN.
desk-cli-pin-stopped = Tin nhắn đến chat của { $caseId } đang bị dừng: chưa gửi mã PIN. Cho tin nhắn đến lại trước (npm run desk -- resume { $caseId }) nếu an toàn.
desk-cli-what-case-pin-capped = quá nhiều lần nhập sai PIN hôm nay: tạm dừng tra cứu với các chat đã nhập sai
desk-cli-what-case-pin-forgotten = người nhà nói họ quên mã PIN
desk-cli-what-case-pin-reset = đã gửi mã PIN mới đến chat đã gửi báo cáo
desk-cli-what-case-told = đã đổi nội dung tra cứu trạng thái
desk-cli-what-case-forgotten = người này yêu cầu xóa dữ liệu (cuộc trò chuyện đã bị xóa, hồ sơ vẫn còn)
desk-cli-what-case-purged-retention = đã xóa hồ sơ: kết thúc lâu hơn thời hạn lưu giữ
desk-cli-what-case-purged-forgotten = đã xóa hồ sơ: người này yêu cầu xóa dữ liệu
desk-cli-web-link = Liên kết đăng nhập bàn làm việc web (dùng một lần, trong { $minutes } phút; đừng chia sẻ): { $url }
