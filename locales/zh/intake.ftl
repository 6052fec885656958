# 求助者的登记流程。每条消息都要短、中性：读的人可能被监视，可能只有几秒钟。
# 同意页之后，留在屏幕上的内容不能写出大使馆、人口贩卖、案件编号或对方说的危险：只说"我们"和"有人"，
# 不说"大使馆"或"工作人员"。
# `$discreet` 为 "yes" 时是隐私模式（登记默认；/discreet 之后为 "no"）：只有 "no" 时才可显示案件编号。
# 隐私模式下问题回答后会被删除，所以问题可以写得直白；同意页和确认页回答后总会被删除。
# 对身处危险的陌生人用"你"，口语、简短。

language-name = 中文
choose-language = 请选择语言。

consent =
    这是{ $embassy }的求助热线。
    你的回答和你分享的位置都会加密保存。只有大使馆值班人员能看到，用来帮助你。我们绝不会告诉你的老板或中介。
    如果你说自己有危险，会马上通知工作人员。
    你同意吗？
choice-agree = 同意
choice-disagree = 不同意
declined = 明白了。你写的内容都没有保存。如果改变主意，点下面的按钮，或发送 /start。
declined-case-open = { $discreet ->
    [no] 明白了。因为你说过自己有危险，你的案件 { $caseId } 会留在大使馆。想继续的话点下面。
   *[yes] 明白了。你之前发的内容我们会留着，好让有人能帮你。想继续的话点下面。
}
choice-start-over = 重新开始
consent-not-understood = 同意请回复“同意”，不同意请回复“不同意”。

ask-who = 谁需要帮助？
who-myself = 我自己需要帮助
who-someone-else = 我替别人报告（失踪）
who-status = 查询我提交的报告
who-not-understood = 自己需要帮助打 1，替别人报告打 2，查询报告打 3。

ask-danger = 你现在有危险吗？
choice-yes = 有，现在有危险
choice-no = 没有，现在没有
danger-not-understood = 回答“有”或“没有”就行。
danger-alerted = { $discreet ->
    [no] 好。很快会有人在这里回复你。你的案件编号是 { $caseId }。可以的话，回答下面的问题：每个回答都能帮我们找到你。随时可以发 SOS。
   *[yes] 好。很快会有人在这里回复你。可以的话，回答下面的问题：每个回答都能帮我们找到你。随时可以发 SOS。
}

ask-location = 你在哪里？点“分享位置”，或打字写国家、城市和地点或楼的名字。
share-location = 分享位置
location-invalid = 读不到这个位置。再点一次“分享位置”，或打字写你在哪里。
location-not-now = 请先回答这个问题。问你在哪里时，或回答发出后，你可以再发位置。
location-noted = 收到位置。
location-updated = { $discreet ->
    [no] 你的新位置已加到案件 { $caseId }。
   *[yes] 收到新位置。谢谢。
}
# 撤回报告的消息（"我没事"、"关闭我的案件"）：记录给工作人员看，但不执行；回复里不能有像案件的内容。
retraction-noted = 好的，知道了。

ask-country = 你在哪个国家？
country-KH = 柬埔寨
country-MM = 缅甸
country-LA = 老挝
country-TH = 泰国
country-PH = 菲律宾
country-MY = 马来西亚
country-VN = 越南
choice-other = 其他国家

ask-situation = 你遇到了什么？符合的都点上，然后点“完成”。也可以用自己的话写。
indicator-passport = 护照或证件被收走
indicator-confined = 不让离开
indicator-violence = 被打或受伤
indicator-threats = 威胁我或我家人
indicator-forced-scam = 被逼着诈骗
indicator-debt = 欠债或罚款
indicator-wages = 工资被扣
indicator-injured = 生病或受伤
# 亲属说失踪者告诉过他们的情况（亲属报告：显示在卡片的"情况"里）。
indicator-held = 不让离开（亲属报告）
indicator-hurt = 被打或受伤（亲属报告）
indicator-threatened = 被威胁（亲属报告）
indicator-sold = 被卖到别的公司（亲属报告）
choice-done = 完成

ask-people = 和你处境一样的有多少人（包括你）？点一个，或打一个数字。
people-1 = 只有我
people-2-10 = 2 到 10 人
people-11-50 = 11 到 50 人
people-over-50 = 50 人以上
people-not-number = 请打一个数字，比如 5 或“大概20”，或点一个按钮。

ask-contact = 什么时候给你发消息是安全的？
choice-anytime = 随时都行
choice-they-write-first = 我先发消息之后才行
choice-times = 只在某些时间
contact-not-understood = 打 1、2 或 3，或写什么时候安全，比如“晚上22点以后”。
ask-contact-times = 什么时候安全？比如“22点以后”或“星期天上午”。

# --- 暗号和求救暗语（在安全联系时间问题之后问；src/core/safety-words.ts）---
# duress-default：这个语言默认的求救暗语。任何时候、在任何聊天里（不论语言）发送，只回复 duress-ack，
# 案件变为紧急（原因 duress），在工作人员恢复之前不再向该聊天发送任何内容。在被监视的屏幕上必须看起来无害。
# cant-talk-default："不方便说话"的暗语：机器人对该聊天保持沉默，并通知工作人员。
# 两者都按整条消息匹配，忽略大小写、空格和标点；都不能被读成回答（flows/shared/answer-words.ts）。
# 修改它们就改变了已经告诉用户的内容：要公告。
duress-default = 取消我的订单
cant-talk-default = 打错了
duress-ack = 好的，已取消。
ask-code-word = 选一个只有你知道的暗号（一两个词）。你发了暗号，我们才显示回复。可以跳过。
code-word-kept = 已保存。不要把它写在任何地方。
code-word-refused = 请换一个词：一两个词，至少 3 个字，不能是“是”这样的词，也不能是“{ duress-default }”或“{ cant-talk-default }”。
ask-duress-word = 现在选一个表示“我不安全”的词。你发这个词，我们只回复“{ duress-ack }”，并马上通知工作人员。如果跳过，发“{ duress-default }”也一样。如果不方便说话，发“{ cant-talk-default }”：我们就不出声。
choice-keep-duress-default = 就用“{ duress-default }”
duress-word-kept = 已保存。
duress-word-refused = 请换一个词：要和你的暗号不同，至少 3 个字，不能是“{ cant-talk-default }”。

ask-name = 我们怎么称呼你？可以跳过。
ask-about-me = 你的年龄和老家？这样我们能找到你家人为你提交的报告。愿意的话，加一个你家人知道的电话号码。比如：24，福建福清。可以跳过。
summary-age = { $age } 岁
choice-skip = 跳过

summary =
    请核对你的报告：
    现在有危险：{ $danger }
    在哪里：{ $where }
    发生了什么：{ $situation }
    和你一起的人数：{ $people }
    安全联系时间：{ $contact }
    称呼：{ $name }
choice-confirm = 发送给大使馆
choice-change = 修改
summary-not-understood = 发送报告请打“发送”，要修改请打“修改”。
summary-yes = 是
summary-no = 否
summary-not-given = 未填写
summary-pin = 地图定位
summary-pin-near = 地图定位，在{ $place }附近
summary-contact-times = 只在：{ $times }

ask-edit = 你想改什么？
edit-location = 我在哪里
edit-situation = 发生了什么
edit-people = 多少人
edit-contact = 什么时候联系
edit-name = 称呼
choice-back = 回到核对页

# 最后一条消息会留在屏幕上。隐私模式：不显示案件编号，不提紧急程度，只列名称不暴露意图的急救号码
# （警察、救护车；`$emergency` 不含反人口贩卖热线，工作人员在安全时可以在回复里提供）。
done = { $discreet ->
    [no]
        已发送。你的案件编号是 { $caseId }。请记住，联系大使馆时报这个编号。
        { $urgent ->
            [yes] 工作人员会先看紧急案件，会尽快联系你。
           *[no] 值班人员会看你的案件并联系你。
        } 我们只在你说安全的时间发消息。你随时可以在这里补充；有危险就发 SOS。
        { $emergency }
   *[yes]
        已发送。谢谢。
        有人会看，并在这里回复你，只在你说安全的时间。你随时可以在这里补充。随时可以发 SOS。
        { $emergency }
}
# 报告发出后，对之后每条消息的回复。
case-open = { $discreet ->
    [no] 你的案件 { $caseId } 在大使馆处理中。你在这里写的都会加到案件里。有危险就发 SOS。
   *[yes] 你在这里写的我们都会看。随时可以发 SOS。
}
emergency-numbers = { $country }紧急电话：{ $numbers }。
emergency-unknown = 紧急情况请打当地报警电话。
service-police = 警察
service-ambulance = 救护车
service-tourist-police = 旅游警察
service-anti-trafficking = 反人口贩卖热线
service-emergency = 急救

help = { $discreet ->
    [no] 这是大使馆求助热线。请回答下面的问题。/language 换语言，/restart 重新开始，/discreet 打开隐私模式。有危险随时发 SOS。
   *[yes] 请回答下面的问题，点按钮或打字都行。/language 换语言，/restart 重新开始，/discreet 关闭隐私模式。随时可以发 SOS。
}
use-buttons = 请点下面的一个按钮。
not-a-choice = 没看懂这个回答。点下面的一个按钮，或打它的数字。
not-understood = 读不懂。请用文字回答。
stale-button = 这个按钮是之前问题的。这是现在的问题。
media-not-read = 这里看不了照片、语音、贴纸或文件。请打字，或分享位置。
media-forwarded = { $discreet ->
    [no] 已随你的案件 { $caseId } 发给大使馆。机器人打不开它：如果重要，请再打字写一遍。
   *[yes] 收到。这里打不开：如果重要，请再打字写一遍。
}
other-language = 我们看得懂{ $languages }。
save-failed = 对不起，你的消息现在没能保存。请过一分钟再发一次。
# Redis 不可用：消息已到，在等待。不能说已保存；要中性，看守可能会看到。
intake-arrived = 收到。别删这个聊天，我们会在这里回复。
