# 急救式的简短回答：给用这个语言写信的人，说明这是什么热线、怎么马上找到工作人员、当地紧急电话。
# $numbers 是代码生成的几行（如 "Police: 117"），$languages 是热线能回复的语言。

first-aid =
    这是{ $embassy }的求助热线。
    发 SOS 或分享你的位置，会马上通知值班人员。
    我们能用这些语言回复：{ $languages }。
    当地紧急电话：
    { $numbers }
first-aid-not-citizen = 这个热线属于{ $embassy }。如果你不是该国公民，你发的 SOS 也会转给他们的值班人员。
first-aid-own-embassy = 联系你自己国家的使馆：{ $name }，电话 { $phone }。
first-aid-alerted = 收到。已经通知值班人员。别删这个聊天，能的话分享你的位置。
