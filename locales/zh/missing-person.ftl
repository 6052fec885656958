# 亲属报告失踪者，以及查询报告状态。读者是焦急的家人：用平实的话，一次问一个问题，绝不许诺做不到的事。
# `$discreet` 为 "no" 时是在家的亲属（这个流程的默认）：案件编号和 PIN 留在屏幕上。
# 为 "yes" 时（/discreet 之后、出现危险词之后，或从登记流程带过来）：留在屏幕上的消息不写案件编号，也不写大使馆；
# PIN 只在 `mp-pin` 里出现一次，对方再发消息时删除。
# 对家人用"您"。

mp-ask-relationship = 您要报告一位失踪的人。他/她是您的什么人？点一个，或打字写。
mp-relationship-parent = 我的儿子或女儿
mp-relationship-child = 我的父亲或母亲
mp-relationship-sibling = 我的兄弟姐妹
mp-relationship-spouse = 我的丈夫或妻子
mp-relationship-relative = 其他亲戚
mp-relationship-friend = 朋友
mp-choice-skip = 不知道 / 跳过

mp-ask-name = 他/她的全名是什么？请按护照或身份证上写。
mp-ask-age = 他/她多大？请写年龄，或出生日期（比如 1999-03-12）。
mp-age-not-understood = 请用数字写年龄（比如 24），或写出生日期（比如 1999-03-12）。
mp-birth-future = 这个出生日期在未来。请核对后再写一次。
mp-ask-sex = 是女性还是男性？
mp-sex-female = 女
mp-sex-male = 男
mp-sex-not-understood = 请写“女”或“男”，或跳过。
mp-ask-hometown = 他/她的老家在哪里（省、市、县、乡镇或村）？
mp-ask-document = 您知道他/她的护照号或身份证号吗？请写出来，或跳过。
mp-ask-phone = 他/她的电话、WhatsApp 号码或 Telegram 用户名是什么？比如 +86 138 0013 8000 或 @name。
mp-phone-not-understood = 这不像电话号码。请写全部数字（比如 +86 138 0013 8000）、Telegram 用户名（@name），或跳过。

mp-ask-last-heard = 您最后一次有他/她的消息是什么时候？比如“3个星期前”、“去年三月”或 2026-03-15。
mp-date-future = 这个日期在未来。您最后一次有他/她的消息是什么时候？比如“两个星期前”。
mp-date-not-understood = 读不懂这个日期。可以写“3个星期前”、“去年三月”或 2026-03-15，或跳过。
mp-ask-last-message = 他/她最后一次说了什么？能的话请照原话复制，或跳过。

mp-ask-country = 他/她去了哪个国家？
mp-ask-city = 哪个城市或地区？（比如 西港、巴域、妙瓦底）
mp-ask-company = 他/她工作的公司叫什么名字？
mp-ask-job = 当初答应给他/她什么工作？（比如“网店客服，月薪1000美元”）
mp-ask-recruiter = 是谁招他/她去的：中介的名字或公司，有的话也写电话？

mp-ask-photo = 您有他/她最近的照片吗？请以照片形式发到这里，或跳过。
mp-photo-received = 照片已收到。
mp-photo-expected = 请发一张照片（图片），或点“跳过”。
mp-photo-later = 谢谢。照片我们稍后再问；请先回答这个问题。

mp-ask-harm = 他/她跟您说过下面这些情况吗？符合的都点上，然后点“完成”。
mp-harm-held = 不让离开
mp-harm-hurt = 被打或受伤
mp-harm-threatened = 被威胁
mp-harm-sold = 被卖到别的公司
mp-harm-not-understood = 请写符合的数字，比如“1和3”，或写“完成”。

mp-ask-contact = 我们怎么联系您？
mp-contact-this-chat = 就在这个聊天里
mp-contact-phone = 打电话，用另一个号码
mp-contact-not-understood = 在这个聊天里联系打 1，打电话打 2，或直接写电话号码。
mp-ask-contact-phone = 我们该打哪个电话号码？
mp-contact-phone-not-understood = 请写完整的号码（比如 +86 138 0013 8000），或点“就在这个聊天里”。
mp-ask-contact-when = 什么时候可以联系您？
mp-when-anytime = 随时都行
mp-when-times = 只在某些时间
mp-when-not-understood = 请写“随时”，或写方便的时间，比如“下午4点以后”。

mp-is-self = 这份报告好像是关于您自己的。如果是您自己需要帮助，请点“我自己需要帮助”。
mp-not-me = 不是，是别人
mp-is-self-not-understood = 您自己需要帮助打 1，报告是关于别人的打 2。

mp-summary =
    请核对您的报告：
    您是他/她的：{ $relationship }
    姓名：{ $name }
    年龄：{ $age }
    性别：{ $sex }
    老家：{ $hometown }
    护照或身份证：{ $document }
    电话 / Telegram：{ $phone }
    最后联系：{ $lastHeard }
    最后说的话：{ $lastMessage }
    去了：{ $where }
    公司：{ $company }
    答应的工作：{ $job }
    中介：{ $recruiter }
    照片：{ $photo }
    他/她说过：{ $harm }
    联系您：{ $contact }
mp-summary-photo-yes = 有
mp-summary-born = 出生于 { $date }
mp-summary-this-chat = 在这个聊天里
mp-summary-phone = 打电话 { $phone }
mp-summary-times = 只在：{ $times }
mp-edit-person = 这个人的信息
mp-edit-last-heard = 最后联系
mp-edit-where = 去了哪里
mp-edit-photo = 照片
mp-edit-harm = 他/她说发生了什么
mp-edit-contact = 怎么联系我

mp-done = { $discreet ->
    [no]
        您的报告已交给大使馆。案件编号：{ $caseId }
        PIN：{ $pin }
        请现在把两个都记下来：这个 PIN 只显示这一次。有了它们，您随时可以在这里查询报告的状态（发送 /restart 后点“查询我提交的报告”）。
        { $urgent ->
            [yes] 根据您说的情况，工作人员会优先处理。
           *[no] 值班人员会看这份报告，并和其他报告比对。
        } 如果需要更多信息，或有可以告诉您的消息，大使馆会按您选的方式联系您。我们绝不透露这个人在哪里。如果您联系上他/她，告诉他/她可以自己给这个号码发消息。
   *[yes]
        已发送。谢谢。
        有人会看，并和其他人告诉我们的情况比对；需要更多信息或有消息可以告诉您时，会按您选的方式联系您。我们绝不透露这个人在哪里。如果您联系上他/她，告诉他/她可以自己在这里发消息。
}
# 只在隐私模式下，紧接 `mp-done` 之后发出，亲属再发消息时删除。
mp-pin =
    案件编号：{ $caseId }
    PIN：{ $pin }
    请现在把两个都记下来：只显示这一次，您再发消息时这条会消失。有了它们，您可以在这里查询报告（发送 /restart 后点“查询我提交的报告”）。
mp-already-reported = { $discreet ->
    [no] 您已经报告过这个人：案件 { $caseId }。您刚才写的已加到那个案件里。请用之前给您的 PIN 查询状态。
   *[yes] 您之前跟我们说过这个人。您刚才写的已经加上了。请用之前给您的 PIN 查询。
}
mp-added = { $discreet ->
    [no] 已加到案件 { $caseId }。谢谢。
   *[yes] 已加上。谢谢。
}
mp-case-open = { $discreet ->
    [no] 您的报告 { $caseId } 在大使馆处理中。您在这里写的或发的都会加进去。
   *[yes] 您在这里写的或发的我们都会看。随时可以发 SOS。
}
mp-location-not-needed = 我们不需要您的位置。请回答问题。
mp-help = { $discreet ->
    [no] 这是大使馆求助热线，用来报告失踪人员。请回答下面的问题。/language 换语言，/restart 回到第一个菜单，/discreet 打开隐私模式。
   *[yes] 请回答下面的问题。/language 换语言，/restart 回到第一个菜单，/discreet 关闭隐私模式。
}

status-ask-case = 请写您报告的案件编号（比如 KH-4F7Q）。
status-case-format = 这不像案件编号。编号是字母、一个短横和 4 个字符，比如 KH-4F7Q。
status-ask-pin = 请写和案件编号一起给您的 6 位 PIN。
status-pin-format = PIN 是 6 位数字。请再写一次。
status-cannot-check = 读不到案件编号和 PIN。您可以再试一次，或提交新的报告：工作人员会看到。
status-received = 您报告的状态：已收到。正在等值班人员处理。
status-working = 您报告的状态：工作人员正在处理。
status-located = { $discreet ->
    [no] 您报告的状态：已找到这个人，或他/她已和大使馆取得联系。
   *[yes] 您报告的状态：已找到这个人，或他/她已和我们联系上。
}
status-closed = 您报告的状态：已结案。如果您还是没有消息，可以提交新的报告。
status-no-match = 案件编号或 PIN 不对。请核对后再试。
status-locked = 尝试次数太多。为了您的安全，请稍后再试。
status-forgot-pin = 我忘了 PIN
status-forgotten = 工作人员会联系您，确认真的是您本人。之后新的 PIN 会发到您提交报告的那个聊天。
status-pin-new =
    报告 { $caseId } 的新 PIN：{ $pin }
    请现在记下来：只显示这一次。旧的 PIN 已经不能用了。
status-next = 您接下来想做什么？
status-check-again = 查询另一份报告
status-new-report = 报告失踪人员
status-next-not-understood = 查询另一份报告打 1，报告失踪人员打 2。
