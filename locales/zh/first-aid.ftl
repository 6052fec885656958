# 急救式回答：对方用热线不回复的语言写信时（或热线属于别国使馆时）马上看到的内容。四条消息，每种语言都一样：
#   first-aid              这是谁的求助热线、能看懂哪些语言、发 SOS 或位置会马上通知工作人员、当地紧急电话
#                          （$numbers：代码生成的几行，每行一个号码）。
#   first-aid-not-citizen  热线属于 $embassy；不是该国公民的人发的 SOS 也会送到其工作人员。
#   first-aid-own-embassy  怎么联系自己国家的使馆（$name、$phone）。
#   first-aid-alerted      危险消息之后：已收到，已通知工作人员，别删聊天，能的话分享位置。
# 规则：几行短句，惊慌的人几秒钟能看完。这些消息写出了使馆和危险，对方回复后和自动删除时会被删除。
# SOS 保持拉丁字母：这是对方要打的字。

first-aid =
    { $embassy }：求助热线。我们看得懂：{ $languages }。
    现在有危险？发 SOS 或分享你的位置：工作人员马上就能看到。
    当地紧急电话：
    { $numbers }
first-aid-not-citizen = 这个热线属于{ $embassy }。即使你不是该国公民，你发的 SOS 也会送到他们的工作人员。
first-aid-own-embassy = 你自己国家的使馆：{ $name }，{ $phone }
first-aid-alerted = 你的消息已收到。已经通知工作人员。别删这个聊天，能的话分享你的位置。
