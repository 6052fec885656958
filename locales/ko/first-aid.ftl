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
    { $embassy } 도움 창구입니다. 읽을 수 있는 언어: { $languages }.
    지금 위험하세요? SOS라고 쓰거나 위치를 보내세요. 담당자가 바로 봅니다.
    이 나라 긴급 번호:
    { $numbers }
first-aid-not-citizen = 이 창구는 { $embassy } 소속입니다. 그 나라 국민이 아니어도 SOS는 담당자에게 전달됩니다.
first-aid-own-embassy = 자국 대사관: { $name }, { $phone }
first-aid-alerted = 메시지를 받았습니다. 담당자에게 알렸습니다. 이 대화를 지우지 말고, 가능하면 위치를 보내세요.
