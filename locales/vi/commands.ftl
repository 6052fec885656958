# Telegram's command menu. Anyone who opens the chat can read it: nothing here names the embassy, a
# hotline, help for victims or why someone writes.
command-start = Bắt đầu hoặc tiếp tục
command-help = Trợ giúp
command-language = Đổi ngôn ngữ
command-restart = Bắt đầu lại
command-discreet = Riêng tư: hiện/ẩn chi tiết
command-wipe = Xóa cuộc trò chuyện

# Answers to /discreet, in every flow. "On" is deleted once the person writes again.
discreet-on = Đã bật chế độ kín đáo: mã hồ sơ không hiện ở đây, và mỗi câu hỏi sẽ biến mất sau khi trả lời. /discreet để tắt.
discreet-off = Đã tắt chế độ kín đáo: mã hồ sơ sẽ hiện ở đây. /discreet để bật lại.
command-forget = Xóa dữ liệu của tôi
