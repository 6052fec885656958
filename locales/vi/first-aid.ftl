# First aid: the short answer to a person who writes in a language the deployment does not answer in, or
# before a language is chosen. Plain and short; `$numbers` is lines like "Police: 117" made by the code.

first-aid =
    Đây là đường dây hỗ trợ của { $embassy }. Chúng tôi đọc được: { $languages }.
    Nếu bạn gặp nguy hiểm, gõ SOS hoặc gửi vị trí: cán bộ sẽ được báo ngay.
    Số khẩn cấp:
    { $numbers }
first-aid-not-citizen = Đường dây này thuộc { $embassy }. Dù bạn không phải công dân nước đó, tin SOS của bạn vẫn được chuyển cho cán bộ của họ.
first-aid-own-embassy = Để liên lạc với đại sứ quán của nước bạn: { $name }, { $phone }.
first-aid-alerted = Đã nhận. Cán bộ đã được báo. Giữ cuộc trò chuyện này, và gửi vị trí nếu bạn có thể.
