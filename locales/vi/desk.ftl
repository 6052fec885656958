# The officers' desk: case cards, buttons and answers to officers (desk language: deployment's embassy.deskLanguage).
# Terms: case = hồ sơ, officer = cán bộ, claim = nhận (xử lý), topic = chủ đề, supervisor = giám sát viên.

desk-urgency-critical = 🔴 NGHIÊM TRỌNG
desk-urgency-high = 🟠 CAO
desk-urgency-normal = ⚪ bình thường
desk-status-new = mới
desk-status-claimed = đã nhận
desk-status-in-progress = đang xử lý
desk-status-resolved = đã giải quyết
desk-status-duplicate = trùng lặp
desk-status-closed = đã đóng
desk-kind-self-report = tự báo
desk-kind-missing-person = báo người mất tích

desk-reason-danger-now = nói đang gặp nguy hiểm
desk-reason-danger-words = đã viết từ ngữ nguy hiểm
desk-reason-injured-and-violence = bị thương và bạo lực
desk-reason-violence = bạo lực
desk-reason-threats = đe dọa bản thân hoặc gia đình
desk-reason-injured = bị ốm hoặc bị thương
desk-reason-confined = không được rời đi
desk-reason-many-people = nhiều người bị giữ
desk-reason-passport = bị lấy hộ chiếu
desk-reason-forced-scam = bị ép lừa đảo
desk-reason-debt = nợ hoặc bị phạt tiền
desk-reason-wages = bị giữ lương
desk-reason-indicators = nhiều dấu hiệu lao động cưỡng bức
desk-reason-sold = bị bán sang công ty khác
desk-reason-minor = trẻ vị thành niên
desk-reason-minor-at-risk = trẻ vị thành niên gặp nguy
desk-reason-hurt-and-threatened = bị đánh và bị đe dọa
desk-reason-unfinished = báo cáo bỏ dở (im lặng)
desk-reason-duress = đã gửi từ báo bị ép buộc

desk-card-head = { $urgency } · { $caseId } · { $status }
desk-card-reasons = Lý do: { $reasons }
desk-card-score = Dấu hiệu: { $score }/8
desk-card-alarm = ⚠ Từ báo động ({ $time }): { $text }
desk-card-first-where = Vị trí đầu tiên ({ $time }): { $where }
desk-card-suspect-change = ⚠ { $why }: { $answer }: { $before } → { $after } ({ $time })
desk-card-suspect-more = ⚠ … và { $count } thay đổi trước đó có thể không phải do chính người đó (npm run desk -- show liệt kê tất cả).
desk-card-retraction = ⚠ Yêu cầu rút lại báo cáo ({ $time }), không thực hiện, có thể không phải chính người đó: "{ $text }"
desk-suspect-restart = Đổi sau /restart (có thể không phải chính người đó)
desk-suspect-retraction = Rút lại (có thể không phải chính người đó)
desk-suspect-after-silence = Đổi sau một thời gian dài im lặng (có thể không phải chính người đó)
desk-message-suspect-restart = ⚠ Gửi sau /restart: người viết có thể không phải chính người đó.
desk-message-suspect-retraction = ⚠ Rút lại báo cáo: không thực hiện (mức khẩn và trạng thái giữ nguyên), người viết có thể không phải chính người đó.
desk-message-suspect-after-silence = ⚠ Gửi sau một thời gian dài im lặng: người viết có thể không phải chính người đó.
desk-answer-danger-now = đang nguy hiểm
desk-answer-location = ở đâu
desk-answer-country = quốc gia
desk-answer-place = địa điểm
desk-answer-situation = tình trạng
desk-answer-people = số người bị giữ cùng
desk-answer-people-words = số người bị giữ cùng (lời họ viết)
desk-answer-contact = nhắn an toàn lúc
desk-answer-contact-times = giờ an toàn
desk-answer-name = tên
desk-answer-relationship = quan hệ
desk-answer-age = tuổi
desk-answer-birth-date = ngày sinh
desk-answer-sex = giới tính
desk-answer-hometown = quê quán
desk-answer-document = hộ chiếu hoặc giấy tờ
desk-answer-phone = điện thoại
desk-answer-last-heard = lần cuối có tin
desk-answer-last-message = lời nhắn cuối
desk-answer-city = thành phố
desk-answer-company = công ty
desk-answer-job = công việc được hứa
desk-answer-recruiter = người môi giới
desk-answer-photo = ảnh
desk-answer-harm = những gì người đó kể
desk-answer-contact-phone = số để gọi
desk-answer-contact-when = lúc liên lạc được
desk-answer-words = lời họ viết
desk-contact-anytime = bất cứ lúc nào
desk-contact-they-write-first = chỉ sau khi họ nhắn trước
desk-contact-times = vào giờ nhất định
desk-contact-this-chat = trong chat này
desk-contact-phone = qua điện thoại
desk-card-opened = Mở { $time } ({ $age } trước) · { $kind } · { $language } · { $channel }
desk-card-claimed = Đã nhận bởi { $officer }
desk-card-unclaimed = Chưa ai nhận
desk-card-duplicate = Trùng với { $other }
desk-card-reopened = 🔁 Mở lại { $times } lần: có tin nguy hiểm mới sau khi hồ sơ đã ở trạng thái "{ $was }".
desk-card-lowered = ⬇ Hạ từ { $from } bởi { $officer } — { $reason }
desk-card-where-pin = Ở đâu: { $lat }, { $lon }{ $live } { $map }{ $near }
desk-card-where-live = {" "}(trực tiếp)
desk-card-where-near = {" "}gần { $place }
desk-card-where-text = Ở đâu (tự gõ): { $text }
desk-card-where-unknown = Ở đâu: chưa cho biết
desk-card-country = Quốc gia: { $country }
desk-card-danger = Đang nguy hiểm: { $answer }
desk-card-situation = Tình trạng: { $items }
desk-card-details = Lời họ viết: { $text }
desk-card-people = Số người bị giữ cùng: { $people }
desk-card-safe = Nhắn an toàn lúc: { $when }
desk-card-safe-anytime = bất cứ lúc nào
desk-card-safe-first = chỉ sau khi họ nhắn trước
desk-card-safe-times = chỉ lúc: { $times }
desk-card-safe-unreadable = giữ lại đến khi họ nhắn: không đọc được câu trả lời về giờ an toàn (lời họ viết: { $times })
desk-card-name = Tên: { $name }
desk-card-links = Hồ sơ liên quan: { $cases }
desk-card-possible = Có thể trùng khớp (cần xác nhận): { $cases }
desk-card-about = Về người đó: { $about }
desk-card-about-phone = điện thoại { $phone }
desk-card-link-age = { $age } tuổi
desk-card-link-hometown = quê { $place }
desk-card-link-reporter = người báo: { $relationship }
desk-card-link-by-parent = do cha hoặc mẹ báo
desk-card-link-by-child = do con báo
desk-card-link-by-sibling = do anh chị em báo
desk-card-link-by-spouse = do chồng hoặc vợ báo
desk-card-link-by-relative = do họ hàng báo
desk-card-link-by-friend = do bạn bè báo
desk-card-link-confirmed = 🔗 Cùng một người (cán bộ đã xác nhận): { $caseId }, { $kind }, { $status }: { $facts }
desk-card-link-exact = 🔗 Cùng số điện thoại hoặc hộ chiếu: { $caseId }, { $kind }, { $status }: { $facts }
desk-card-link-possible = ❓ Có thể trùng khớp, xác nhận hoặc bác bỏ: { $caseId }, { $kind }, { $status }: { $facts }
desk-button-link-confirm = ✓ Cùng người với { $other }
desk-button-link-reject = ✗ Không phải { $other }
desk-link-ok-confirm = { $caseId } và { $other } là cùng một người: cả hai thẻ đều hiện cả hai.
desk-link-ok-reject = { $caseId } và { $other } không phải cùng một người: sẽ không được đề xuất lại.
desk-link-already-confirm = { $caseId } và { $other } đã được xác nhận là cùng một người.
desk-link-already-reject = { $caseId } và { $other } đã được đánh dấu là không phải cùng một người.
desk-link-missing = Không có hồ sơ { $caseId } hoặc { $other }.
desk-link-same-case = { $caseId } là cùng một hồ sơ: hãy nhập mã của hồ sơ kia.
desk-usage-link = Trong chủ đề của hồ sơ: /link MÃ-KHÁC (cùng người) hoặc /notlink MÃ-KHÁC (không cùng người). Ở nơi khác: /link MÃ MÃ-KHÁC.
desk-card-held = Câu trả lời đang giữ cho họ: { $count }
desk-card-notes = Ghi chú: { $count } (/case { $caseId } để xem)
desk-card-intake-open = Vẫn đang trả lời các câu hỏi.
desk-card-gone = ⚠ Không liên lạc được: họ đã chặn bot hoặc xóa tài khoản.
desk-yes = có
desk-no = không
desk-not-given = không cho biết
desk-minutes = { $n } phút
desk-hours = { $h } giờ { $m } phút
desk-days = { $d } ngày { $h } giờ

desk-button-claim = ✋ Nhận
desk-button-unclaim = Bỏ nhận
desk-button-in-progress = Đang xử lý
desk-button-resolved = ✅ Đã giải quyết
desk-button-closed = Đóng
desk-button-location = 📍 Hỏi vị trí
desk-button-lower = ⬇ Hạ mức (báo nhầm)
desk-button-restore = ⬆ Khôi phục mức khẩn

desk-claimed = { $caseId } giờ do bạn phụ trách.
desk-already-yours = { $caseId } đã do bạn phụ trách.
desk-taken = { $caseId } đã được { $officer } nhận.
desk-unclaimed = { $caseId } đã trở lại hàng chờ, chưa ai nhận.
desk-not-claimed = { $caseId } chưa có ai nhận.
desk-status-set = { $caseId } giờ là: { $status }.
desk-status-same = { $caseId } đã là: { $status }.
desk-closed = { $caseId } đang ở trạng thái { $status }: hãy chuyển sang "đang xử lý" trước để xử lý tiếp.
desk-missing = Không có hồ sơ { $caseId }.
desk-bad-duplicate = { $other } không phải một hồ sơ khác đang tồn tại.
desk-note-added = Đã thêm ghi chú vào { $caseId }.
desk-empty = Không có gì để gửi: hãy viết nội dung sau lệnh.
desk-too-long = Quá dài: { $length } ký tự, tối đa { $max }. Hãy chia nhỏ.
desk-gone = { $caseId }: không còn liên lạc được với người đó (đã chặn bot hoặc xóa tài khoản). Chưa gửi gì.
desk-reply-queued =
    → Đã xếp hàng câu trả lời cho { $caseId }, đúng như sau:
    { $text }
desk-reply-sent = ✓ Đã gửi cho { $caseId } { $when }, đúng như sau ({ $count }):
desk-reply-held-first = ⏸ Đang giữ: { $caseId } yêu cầu chỉ nhắn sau khi họ nhắn trước. Tin sẽ đi khi họ nhắn lần tới.
desk-reply-held-until = ⏸ Giữ đến { $time } (giờ an toàn của họ), hoặc khi họ nhắn lần tới.
desk-reply-held-unreadable = ⏸ Giữ đến khi họ nhắn: không đọc được câu trả lời về giờ an toàn của { $caseId } (mơ hồ, hoặc chỉ nói lúc nào không được nhắn).
desk-reply-held-unknown = ⏸ Đang giữ: { $caseId } chưa cho biết lúc nào nhắn an toàn. Tin sẽ đi khi họ nhắn lần tới.
desk-reply-held-phone = ⏸ Đang giữ: { $caseId } yêu cầu được gọi lại bằng điện thoại, không nhắn ở đây (số và giờ có trên thẻ: /case { $caseId }). Tin sẽ đi trong chat này khi họ nhắn lần tới.
desk-reply-failed = ⚠ { $caseId }: không liên lạc được với người đó ({ $why }). Hồ sơ đã ghi lại.
desk-location-requested = Đã hỏi { $caseId } vị trí mới.
desk-lowered = { $caseId } đã hạ xuống { $urgency }. Người đó không được báo. /restore { $caseId } để hoàn tác.
desk-urgency-same = { $caseId } đã ở mức { $urgency }.
desk-restored = { $caseId } đã trở lại mức { $urgency }.
desk-not-lower = { $caseId } đang ở mức { $urgency }: chỉ có thể hạ thấp hơn (cao hoặc bình thường).
desk-not-lowered = { $caseId } chưa bị hạ: không có gì để khôi phục.
desk-lower-how = Để hạ { $caseId } (báo nhầm), gửi: /lower { $caseId } [high|normal] lý do. Hãy gửi dưới dạng lệnh: tin nhắn thường trong chủ đề này chỉ được lưu làm ghi chú.
desk-person-wrote = 💬 { $caseId } đã viết:
desk-person-pin = 📍 { $caseId } đã gửi vị trí: { $lat }, { $lon } { $map }
desk-person-media = 📎 { $caseId } đã gửi { $media } qua { $channel }{ $caption }
desk-person-media-caption = : { $caption }
desk-person-other = { $caseId } đã gửi nội dung bot không hiển thị được ({ $what }).
desk-person-wiped = 🧹 { $caseId }: người đó đã xóa cuộc trò chuyện với bot lúc { $time }. Hồ sơ và mọi thứ họ đã gửi vẫn ở đây.
desk-private-hello = Chat này dùng để nhắc cán bộ: khi một hồ sơ khẩn chờ quá lâu, bot sẽ nhắn cho bạn ở đây. Hồ sơ được xử lý trong nhóm cán bộ.
desk-page-unclaimed = ⏰ { $caseId } ({ $urgency }) đã chờ { $age } và chưa ai nhận. Hãy xem nhóm cán bộ.
desk-page-unanswered = ⏰ { $caseId } ({ $urgency }) đã được nhận { $age } trước và người đó chưa được trả lời. Hãy xem nhóm cán bộ.
desk-page-unreachable = 📵 Không nhắn riêng được cho { $who }: họ chưa bấm Start trong chat riêng với bot (hoặc đã chặn bot). Cho đến khi họ bấm, người kế tiếp trong lịch trực sẽ được nhắc thay.
desk-reopened = 🔁 { $caseId } ({ $urgency }) ĐÃ MỞ LẠI: người đó gửi tin nguy hiểm mới sau khi hồ sơ đã ở trạng thái "{ $was }".
desk-digest-head = Còn { $count } hồ sơ nữa đang chờ; mỗi hồ sơ sẽ có thẻ riêng khi Telegram cho phép. Khẩn nhất trước:
desk-digest-line = { $urgency } { $caseId } · { $age } · { $where } · { $reasons }
desk-queue-head = Hồ sơ đang mở: { $count } (khẩn nhất trước)
desk-queue-line = { $urgency } { $caseId } · { $status } · { $age } · { $where }{ $claimed }
desk-queue-claimed = {" "}· { $officer }
desk-queue-empty = Không có hồ sơ đang mở.
desk-queue-more = … và { $count } hồ sơ nữa: chạy `npm run desk -- list` để xem tất cả.
desk-queue-parked-head = ⚠ Bài đăng nhóm chưa nhận ({ $count }); mỗi bài sẽ được thử lại sau:
desk-queue-parked-line = { $what } { $caseId } · từ { $since } · thử lại { $next } · { $reason }
desk-parked = ⚠ Một bài đăng về { $caseId } ({ $what }) chưa gửi được: { $reason }. Các bài khác vẫn tiếp tục; bài này sẽ được thử lại sau, và /queue có liệt kê.
desk-post-card = thẻ
desk-post-msg = tin nhắn của người đó
desk-post-status = trạng thái câu trả lời
desk-post-alert = cảnh báo
desk-realert-head = ⏰ { $count } hồ sơ khẩn đang chờ cán bộ (khẩn nhất trước):
desk-realert-line = { $urgency } { $caseId } · chờ { $age }
desk-realert-line-unanswered = { $urgency } { $caseId } · { $officer } đã nhận { $age } trước, người đó chưa được trả lời
desk-realert-more = … và { $count } hồ sơ nữa: /queue liệt kê tất cả.
desk-swarm-head = 🆘 { $count } SOS mới chưa có chi tiết (một từ nguy hiểm và không gì khác). Mỗi SOS sẽ có thẻ sau các hồ sơ có chi tiết; SOS nào gửi thêm sẽ được đưa lên ngay. Giám sát viên có thể hạ tất cả xuống mức cao:
desk-button-swarm-lower = Hạ tất cả xuống cao (giám sát)
desk-swarm-reason = SOS không chi tiết, đến dồn dập: giám sát viên hạ cùng lúc từ bản tóm tắt
desk-swarm-lowered = Đã hạ { $count } xuống mức cao. Hoàn tác từng hồ sơ bằng /restore KH-XXXX. { $skipped } giữ nguyên (đã có chi tiết, hoặc đã có cán bộ nhận).
desk-swarm-expired = Danh sách này không còn hiệu lực.
desk-swarm-supervisors-only = Chỉ giám sát viên mới hạ được cả danh sách.
desk-not-officer = Chỉ cán bộ trực của đại sứ quán mới làm được việc này.
desk-usage-case = Cách dùng: /case KH-XXXX
desk-usage-reply = Cách dùng: /reply nội dung trong chủ đề của hồ sơ, hoặc /reply KH-XXXX nội dung ở bất kỳ đâu (/send cũng được).
desk-usage-note = Cách dùng: /note nội dung trong chủ đề của hồ sơ, hoặc /note KH-XXXX nội dung
desk-usage-dup = Cách dùng: /dup KH-YYYY trong chủ đề của hồ sơ (hồ sơ này trùng với KH-YYYY)
desk-usage-lower = Cách dùng: /lower KH-XXXX [high|normal] lý do (trong chủ đề của hồ sơ có thể bỏ mã). Không ghi high hoặc normal thì hạ một bậc. Người đó không bao giờ được báo.
desk-which-case = Hồ sơ nào? Dùng lệnh này trong chủ đề của hồ sơ, hoặc ghi mã hồ sơ.
desk-topic-title = { $urgency } { $caseId }
desk-card-deleted = Hồ sơ của thẻ này không còn tồn tại.
desk-help = Bàn trực: /queue liệt kê hồ sơ đang mở, /case MÃ hiện một hồ sơ. Trong chủ đề của hồ sơ, những gì bạn gõ chỉ ở giữa các cán bộ: được lưu làm ghi chú, không bao giờ gửi đi. Để trả lời người đó: /reply nội dung (hoặc trả lời vào thẻ, rồi bấm Gửi). Tin chuyển tiếp, ảnh và tệp không bao giờ đến người đó. /note nội dung để thêm ghi chú; /dup MÃ đánh dấu trùng lặp; /lower MÃ [high|normal] lý do để hạ một báo động nhầm (người đó không được báo), /restore MÃ để hoàn tác; /resume MÃ cho tin nhắn đến lại chat đã dừng vì từ bị ép buộc hoặc từ "không nói được"; /unlock MÃ mở khóa câu trả lời bị khóa do nhập sai từ bí mật; /tell MÃ located|closed|nothing đặt nội dung người nhà thấy khi tra cứu (xác minh họ trước); /resetpin MÃ gửi mã PIN mới cho người nhà; /link MÃ và /notlink MÃ cho biết một trường hợp có thể trùng có phải cùng người không; các nút để nhận và đặt trạng thái. /hand MÃ TÊN giao hồ sơ cho đồng nghiệp.

# What officers type in a case's topic: a note unless sent by an explicit act (/reply, or Send on a preview).
desk-reply-when-queued = ngay
desk-reply-when-person-active = khi họ nhắn
desk-reply-when-due = vào giờ đã định (giờ an toàn của họ, hoặc lần thử lại)
desk-note-kept = 📝 Đã lưu làm ghi chú cho { $caseId } — không gửi cho người đó. Để trả lời họ: /reply nội dung
desk-not-sent-forward = ⛔ Không gửi: tin chuyển tiếp không bao giờ đến người đó (có thể mang tên, địa điểm hay lời của hồ sơ khác), và cũng không được lưu. Để trả lời { $caseId }, gõ /reply và lời của chính bạn.
desk-not-sent-media = ⛔ Không gửi: chỉ chữ do cán bộ gõ mới đến người đó — không ảnh, tệp, sticker, tin thoại, video hay vị trí. Nội dung vẫn ở trong chủ đề này. Để trả lời { $caseId }: /reply nội dung
desk-preview =
    ✉ Gửi cho người đó ({ $caseId }), nếu bạn bấm Gửi:
    { $text }
desk-preview-warn-other = ⚠ Nội dung nhắc đến hồ sơ khác ({ $cases }): có thật là cho { $caseId } không? Chi tiết của hồ sơ khác tuyệt đối không được đến người này.
desk-preview-warn-card = ⚠ Nội dung trông giống thẻ hồ sơ: trên điện thoại của người đó, ai cầm máy cũng sẽ thấy hồ sơ của họ.
desk-preview-warn-topic = ⚠ Đây là chủ đề của { $here }, nhưng câu trả lời sẽ gửi cho { $caseId }.
desk-preview-expires = Chỉ bạn gửi được, trong vòng { $minutes } phút; ai cũng có thể hủy.
desk-preview-expired = Chưa gửi gì: bản xem trước này đã hết hạn hoặc đã dùng rồi. Để trả lời, gửi /reply và nội dung.
desk-preview-not-author = Chỉ { $officer }, người viết, mới gửi được. Để tự gửi: /reply và nội dung.
desk-preview-cancelled = ✖ { $officer } đã hủy: không gửi gì cho { $caseId }.
desk-preview-sent = Đã xếp hàng gửi cho { $caseId }.
desk-button-preview-send = 📤 Gửi
desk-button-preview-cancel = ✖ Hủy

# Safety words (src/core/safety-words.ts): the person's duress and "can't talk" words, their code word.
desk-card-stopped-duress = 🚨 Đã gửi từ BỊ ÉP BUỘC ({ $time }): không gửi gì vào chat của họ, kể cả câu trả lời đang giữ, cho đến khi cán bộ quyết định: /resume { $caseId }
desk-card-stopped-cant-talk = 🤫 "Không nói được" ({ $time }): bot im lặng với chat của họ cho đến khi có từ bí mật, một tin họ gõ sau đó, hoặc /resume { $caseId }
desk-card-release-locked = 🔒 Câu trả lời bị khóa ({ $time }): 5 lần nhập sai từ bí mật trong một ngày. Kiểm tra, rồi /unlock { $caseId }
desk-card-code-word = 🔑 Đã đặt từ bí mật: câu trả lời chỉ hiện sau khi họ gửi từ đó.
desk-card-released-code-word = Câu trả lời hiện lần cuối lúc { $time }, sau từ bí mật của họ.
desk-card-released-typed-reply = Câu trả lời hiện lần cuối lúc { $time }, khi họ gõ tin nhắn.
desk-card-released-relative = Câu trả lời gửi lần cuối lúc { $time }, theo cách người nhà yêu cầu (chat này).
desk-duress = 🚨 { $caseId }: người đó đã gửi từ BỊ ÉP BUỘC. Có thể có người đang ép họ viết. Không gửi thêm gì vào chat của họ cho đến khi cán bộ quyết định (/resume { $caseId }).
desk-duress-line = 🚨 Từ bị ép buộc: người đó chỉ nhận một câu trả lời trông bình thường; không gửi gì khác vào chat của họ cho đến khi /resume { $caseId }.
desk-cant-talk-on = 🤫 { $caseId } đã gửi "không nói được": bot im lặng với chat của họ.
desk-cant-talk-off-code = 🗣 { $caseId } đã gửi từ bí mật: bot nói chuyện lại với họ.
desk-cant-talk-off-typed = 🗣 { $caseId } đã nhắn lại sau "không nói được": bot nói chuyện lại với họ.
desk-release-locked = 🔒 { $caseId }: { $tries } lần nhập sai từ bí mật. Câu trả lời đang giữ vẫn được giữ; có thể người khác đang cầm điện thoại. /unlock { $caseId } khi bạn chắc chắn.
desk-release-unlocked = 🔓 { $caseId }: { $officer } đã mở khóa.
desk-resumed = ▶ { $caseId }: { $officer } đã cho tin nhắn đến chat của họ trở lại.
desk-reply-rule-code-word = — hiện sau từ bí mật của họ.
desk-reply-rule-typed-reply = — hiện khi họ gõ tin nhắn.
desk-reply-rule-relative = — gửi theo cách người nhà yêu cầu (báo cáo từ gia đình: chat này, giờ của họ; không có từ bí mật).
desk-reply-announced-code-word = 📩 { $caseId } đã được báo "bạn có tin nhắn mới"; tin sẽ hiện sau khi họ gửi từ bí mật.
desk-reply-announced-typed-reply = 📩 { $caseId } đã được báo "bạn có tin nhắn mới"; tin sẽ hiện khi họ gõ trả lời.
desk-reply-held-stopped = ⏸ Đang giữ: không gửi gì vào chat của { $caseId } sau từ bị ép buộc hoặc "không nói được". /resume { $caseId } khi an toàn.
desk-reply-held-locked = 🔒 Đang giữ: { $caseId } đã gửi từ bí mật, nhưng các lần nhập sai đã khóa việc hiện tin. /unlock { $caseId } khi bạn chắc chắn.
desk-not-stopped = Không có gì bị dừng với { $caseId }.
desk-not-locked = Câu trả lời của { $caseId } không bị khóa.
desk-resumed-done = { $caseId }: tin nhắn lại đến được chat của họ. Câu trả lời đang giữ theo quy tắc thông thường.
desk-unlocked-done = { $caseId }: đã mở khóa. Từ bí mật của họ lại làm hiện các câu trả lời đang giữ.
desk-memory = ⚠ Cơ sở dữ liệu của đường dây đã đầy { $percent } % ({ $usedMb } / { $limitMb } MB). Đến 100 % sẽ không lưu được gì mới: không tin nhắn, không hồ sơ. Báo ngay cho nhóm kỹ thuật (tăng maxmemory của Redis, hoặc giải phóng bộ nhớ).
desk-memory-full = 🛑 Cơ sở dữ liệu của đường dây ĐÃ ĐẦY ({ $usedMb } / { $limitMb } MB): tin nhắn và hồ sơ mới KHÔNG được lưu. Báo ngay cho nhóm kỹ thuật (tăng maxmemory của Redis, hoặc giải phóng bộ nhớ); trong lúc đó hãy dùng đường dây điện thoại.

## A relative's missing-person report on the card (src/officers/report-lines.ts)
desk-mp-again = ⚠ Đã báo { $count } lần. Mới trong báo cáo { $n }: { $fields }
desk-mp-nothing-new = không có gì mới
desk-mp-report = Báo cáo { $n } ({ $time }): người báo là { $relationship }; liên lạc lại { $contact }, { $when }
desk-mp-person = Người mất tích:
desk-mp-field = { $label }: { $value }
desk-mp-from = (báo cáo { $n }, { $time })
desk-mp-new = 🆕 mới
desk-mp-also = {"  "}↳ ngoài ra, báo cáo { $n } ({ $time }): { $value } { $new }
desk-mp-words = Đã gõ, không đọc được ({ $step }): { $text }
desk-mp-born = sinh { $date }
desk-mp-minor = ⚠ DƯỚI 18 TUỔI
desk-mp-country-other = nước khác
desk-mp-photo-telegram = có, gửi qua Telegram (đã gửi lại vào chủ đề của hồ sơ)
desk-mp-photo-not-forwarded = gửi qua { $channel }: không chuyển tiếp được (bot chỉ giữ mã tin nhắn, không giữ tệp; hãy nhờ người nhà gửi lại qua Telegram hoặc e-mail)
desk-mp-photo-caption = Ảnh người mất tích, hồ sơ { $caseId } (báo cáo { $n }), như người nhà đã gửi.
desk-mp-contact-phone = qua điện thoại { $phone }
desk-mp-contact-this-chat = trong chat của họ ({ $channel })
desk-mp-when-anytime = bất cứ lúc nào
desk-mp-when-times = chỉ { $times }
desk-mp-field-name = Tên
desk-mp-field-age = Tuổi
desk-mp-field-birthDate = Ngày sinh
desk-mp-field-sex = Giới tính
desk-mp-field-hometown = Quê quán
desk-mp-field-document = Hộ chiếu / giấy tờ
desk-mp-field-phone = Điện thoại
desk-mp-field-lastHeard = Lần cuối có tin
desk-mp-field-lastMessage = Lời nhắn lúc đó
desk-mp-field-country = Đã đi đến
desk-mp-field-city = Thành phố
desk-mp-field-company = Công ty
desk-mp-field-job = Công việc được hứa
desk-mp-field-recruiter = Người môi giới
desk-mp-field-photo = Ảnh
desk-mp-field-notes = Ghi chú khác
desk-mp-relationship-parent = cha/mẹ (người mất tích là con của họ)
desk-mp-relationship-child = con trai hoặc con gái (người mất tích là cha/mẹ của họ)
desk-mp-relationship-sibling = anh chị em
desk-mp-relationship-spouse = chồng hoặc vợ
desk-mp-relationship-relative = họ hàng khác
desk-mp-relationship-friend = bạn bè

# A relative's status check and PIN (src/officers/relative-desk.ts, src/cases/relative-access.ts).
desk-card-verify-relative = ⚠ Báo cáo của người nhà có thể do kẻ môi giới giả làm gia đình gửi. Xác minh họ là ai trước khi cho biết bất cứ điều gì: tra cứu trạng thái chỉ hiện "đã nhận" / "đang xem xét" cho đến khi cán bộ chọn (/tell { $caseId } located).
desk-card-told-located = 📣 Tra cứu trạng thái của báo cáo này hiện "đã tìm thấy / đang liên lạc với đại sứ quán" (do { $officer } chọn). /tell { $caseId } nothing để dừng.
desk-card-told-closed = 📣 Tra cứu trạng thái của báo cáo này hiện "đã đóng" (do { $officer } chọn). /tell { $caseId } nothing để dừng.
desk-usage-tell = Cách dùng: /tell KH-XXXX located|closed|nothing (trong chủ đề của hồ sơ có thể bỏ mã). Chỉ sau khi đã xác minh người nhà: có thể kẻ môi giới đã gửi báo cáo.
desk-usage-resetpin = Cách dùng: /resetpin KH-XXXX, chỉ sau khi đã xác minh đúng là người nhà. Mã PIN mới chỉ gửi đến chat đã gửi báo cáo; không ai ở đây thấy mã đó.
desk-told-located = { $caseId }: tra cứu trạng thái giờ hiện "đã tìm thấy / đang liên lạc với đại sứ quán".
desk-told-closed = { $caseId }: tra cứu trạng thái giờ hiện "đã đóng".
desk-told-nothing = { $caseId }: tra cứu trạng thái giờ chỉ hiện "đã nhận" / "đang xem xét".
desk-told-same = { $caseId }: tra cứu trạng thái đã hiện như vậy rồi.
desk-pin-reset-done = 🔑 { $caseId }: mã PIN mới đang được gửi đến chat đã gửi báo cáo. Mã cũ không dùng được nữa.
desk-not-relative = { $caseId } không phải báo cáo của người nhà: không có mã PIN.
desk-pin-stopped = Tin nhắn đến chat của { $caseId } đang bị dừng: chưa gửi mã PIN. /resume { $caseId } trước nếu an toàn.
desk-pin-capped = ⚠ { $caseId }: { $failures } lần nhập sai PIN từ { $senders } chat trong một ngày. Có thể có người đang đoán mã. Tra cứu tạm dừng với các chat đã nhập sai; chat chưa nhập sai vẫn tra cứu được. Nếu người nhà bị khóa, hãy xác minh họ rồi /resetpin { $caseId }.
desk-pin-forgotten = 🔑 { $caseId }: người nhà nói họ quên mã PIN (từ chat đã gửi báo cáo). Hãy liên lạc và xác minh đúng là họ, rồi /resetpin { $caseId }.
desk-pin-forgotten-other = ⚠ { $caseId }: có người ở một chat khác (không phải chat đã gửi báo cáo) nói họ quên mã PIN. Có thể không phải người nhà. Mã PIN mới chỉ gửi đến chat đã gửi báo cáo.
desk-pin-reset = 🔑 { $caseId }: { $officer } đã gửi mã PIN mới đến chat đã gửi báo cáo.
desk-told-line-located = 📣 { $caseId }: { $officer } đã chọn để tra cứu trạng thái hiện "đã tìm thấy / đang liên lạc với đại sứ quán".
desk-told-line-closed = 📣 { $caseId }: { $officer } đã chọn để tra cứu trạng thái hiện "đã đóng".
desk-told-line-nothing = 📣 { $caseId }: { $officer } đã chọn để tra cứu trạng thái chỉ hiện "đã nhận" / "đang xem xét".

## A channel down or back (src/health/channel-watch.ts)
desk-channel-down = 🛑 { $channel ->
    [telegram] Telegram
    [whatsapp] WhatsApp
   *[other] { $channel }
} ĐANG NGỪNG: { $problem ->
    [unauthorized] Telegram từ chối token của bot (bị thu hồi hoặc đổi trong BotFather).
    [logged-out] số đã bị đăng xuất trên điện thoại, cần liên kết lại.
    [replaced] một thiết bị hoặc tiến trình khác đã chiếm phiên WhatsApp này.
    [unlinked] chưa liên kết số nào.
    [forbidden] WhatsApp từ chối số này (bị hạn chế hoặc bị cấm?).
    [unreachable] đường dây nóng không kết nối được (mạng).
   *[other] mất kết nối.
} Người viết qua kênh này sẽ không nhận được trả lời. Báo ngay cho nhóm kỹ thuật; trong lúc đó dùng đường dây điện thoại.
desk-channel-up = ✅ { $channel ->
    [telegram] Telegram
    [whatsapp] WhatsApp
   *[other] { $channel }
} đã hoạt động lại{ $minutes ->
    [0] {""}
   *[other] {" "}(đã ngừng { $minutes } phút)
}. Hãy xem các tin nhắn đang chờ trong hàng đợi.
desk-person-forgotten = 🗑 { $caseId }: người này yêu cầu xóa dữ liệu lúc { $time }. Cuộc trò chuyện với bot đã bị xóa; hồ sơ vẫn còn để bạn tiếp tục xử lý. Chỉ giữ những gì cần thiết.
desk-card-forgotten = 🗑 Đã yêu cầu xóa dữ liệu ({ $time }): chỉ giữ những gì cần để xử lý.

# Handing a case to a colleague (/hand).
desk-usage-hand = Cách dùng: /hand KH-XXXX TÊN (trong chủ đề của hồ sơ có thể bỏ mã). TÊN: tên đồng nghiệp như bàn trực hiển thị.
desk-handed = { $caseId } giờ do { $officer } phụ trách.
desk-hand-same = { $caseId } đã do { $officer } phụ trách rồi.
desk-hand-unknown = Không có cán bộ tên đó. Cán bộ: { $officers }
desk-hand-self = Bạn không thể giao { $caseId } cho chính mình.
desk-handed-line = 🤝 { $officer } đã giao { $caseId } cho { $to }.
