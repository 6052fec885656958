# First aid: what a person reads at once when they write in a language the hotline does not answer in
# (or when the hotline is another country's embassy). Four messages, the same in every language:
#   first-aid              whose help line this is, the languages it reads, that SOS or a location reaches an
#                          officer now, and the emergency numbers of the country ($numbers: lines made by
#                          code, one number a line with a sign for the service).
#   first-aid-not-citizen  the line belongs to $embassy; an SOS from someone who is not its citizen still
#                          reaches its officers.
#   first-aid-own-embassy  how to reach their own embassy ($name, $phone; only a number the embassy confirmed).
#   first-aid-alerted      after a danger message: it arrived, an officer is alerted, keep the chat, share
#                          the location if you can.
# Rules: a few short lines a frightened person reads in seconds on a small screen; plain words. These
# messages name the embassy and danger, so they are deleted from the chat once the person answers (as the
# consent screen is) and at the auto-delete time: nothing here stays on screen for a guard to read.
# Keep SOS in Latin letters: it is what the person types. Placeholders: $embassy $languages $numbers
# (first-aid), $embassy (first-aid-not-citizen), $name $phone (first-aid-own-embassy).

first-aid =
    Đường dây hỗ trợ của { $embassy }. Chúng tôi đọc được: { $languages }.
    Đang gặp nguy hiểm? Gõ SOS hoặc gửi vị trí: cán bộ sẽ thấy ngay.
    Số khẩn cấp ở đây:
    { $numbers }
first-aid-not-citizen = Đường dây này thuộc { $embassy }. Dù bạn không phải công dân nước đó, tin SOS của bạn vẫn đến được cán bộ của họ.
first-aid-own-embassy = Đại sứ quán nước bạn: { $name }, { $phone }
first-aid-alerted = Tin của bạn đã đến. Cán bộ đã được báo. Giữ cuộc trò chuyện này, và gửi vị trí nếu bạn có thể.
