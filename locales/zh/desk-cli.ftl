# 命令行值班台（npm run desk）：工作人员在终端里看到的内容。卡片和队列标签来自 desk.ftl。

desk-cli-usage =
    终端中的值班台，连接热线的 Redis。
    
    用法：npm run desk -- [--as 姓名] [--lang 语言] 命令
    
      list [--json]              未结案件，按紧急程度排列
      show ID                    单个案件：卡片和备注
      claim ID                   认领案件
      unclaim ID                 放回队列
      note ID TEXT…              添加给工作人员看的备注
      reply ID TEXT… [--confirm] 回复对方（热线立即发送，或暂缓到对方的安全时间）；
                                 --confirm 发送提到其他案件或看起来像案件卡片的回复
      location ID                请对方发送最新位置
      status ID STATUS [OTHER]   STATUS：in-progress、resolved、closed，或 duplicate 另一编号
      lower ID [LEVEL] REASON…   将误报降级，并写明原因（或 --reason "…"）；LEVEL：high 或 normal，
                                 否则降一级。永远不会通知对方。
      restore ID                 撤销降级：恢复到降级前的紧急程度
      resume ID                  恢复因对方的胁迫暗语或“不方便说话”暗语而停止的聊天
      unlock ID                  解锁因暗号多次输错而锁定的暂缓回复
      tell ID WHAT               亲属查询状态时看到的内容：located、closed 或 nothing（只显示
                                 已收到 / 正在处理）；请先核实亲属身份
      reset-pin ID               给忘记 PIN 的亲属发新 PIN（请先核实身份）；只发到
                                 提交报告的聊天
      link ID OTHER              两个案件是同一人（两张卡片都会显示对方）
      notlink ID OTHER           不是同一人：取消关联，不再提示
      watch                      显示队列，然后实时显示每个案件事件（Ctrl-C 停止）
      web-link                   登录网页工作台的一次性链接（10 分钟内有效）
    
    操作人：--as 姓名 或 DESK_OFFICER=姓名（字母、数字、. _ -；最多 32 个）；主管设 DESK_SUPERVISOR=1。
    每个操作（包括查看案件）都会连同你的名字一起记录。
    退出码：0 完成，1 被拒绝，2 用法错误，3 无法运行（配置或 Redis）。
desk-cli-bad-usage = { $problem } 运行 `npm run desk -- help` 查看用法。
desk-cli-unknown-command = 未知命令“{ $command }”。
desk-cli-bad-option = { $message }。
desk-cli-need-id = 哪个案件？请写编号，例如：npm run desk -- { $command } KH-4F7Q
desk-cli-extra = “{ $command }”后面的内容太多。
desk-cli-need-officer = 操作人是谁？请加 --as 你的名字（或设置 DESK_OFFICER）：每个操作都会连同名字记录。
desk-cli-bad-officer = “{ $name }”不能作为工作人员名字：请用字母、数字、点、短横或下划线，最多 32 个。
desk-cli-bad-lang = 没有值班台语言“{ $lang }”：请使用 { $languages } 之一。
desk-cli-bad-status = “{ $status }”不是状态：请使用 in-progress、resolved、closed，或 duplicate 另一编号。
desk-cli-need-link-other = 哪一个案件？npm run desk -- { $command } { $caseId } 另一编号
desk-cli-need-other = 与哪个案件重复？npm run desk -- status { $caseId } duplicate 另一编号
desk-cli-other-only-duplicate = 另一个案件编号只能和“duplicate”一起使用。
desk-cli-need-reason = 为什么是误报？npm run desk -- lower { $caseId } [high|normal] --reason "…"（加密保存，附你的名字）
desk-cli-reason-only-lower = --reason 只能和“lower”一起使用。
desk-cli-confirm-only-reply = --confirm 只能和“reply”一起使用。
desk-cli-failed = 无法运行值班台：{ $message }

desk-cli-col-case = 案件
desk-cli-col-urgency = 紧急程度
desk-cli-col-age = 时长
desk-cli-col-status = 状态
desk-cli-col-claimed = 认领人
desk-cli-col-country = 国家
desk-cli-col-lang = 语言
desk-cli-col-reasons = 原因
desk-cli-queue-count = { $count } 个未结案件，按紧急程度排列。
desk-cli-queue-empty = 没有未结案件。
desk-cli-nobody = —

desk-cli-suspect-head = 全部 { $count } 处可能并非本人所为的修改（已保留，均未降低紧急程度）：
desk-cli-notes-head = 备注：
desk-cli-note-line = { $time } · { $officer }：{ $text }
desk-cli-no-notes = 暂无备注。
desk-cli-actions = 下一步：

desk-cli-claimed = { $caseId } 现由你负责。
desk-cli-already-yours = { $caseId } 已由你负责。
desk-cli-taken = { $caseId } 已被 { $officer } 认领。
desk-cli-unclaimed = { $caseId } 已放回队列，无人认领。
desk-cli-not-claimed = { $caseId } 未被认领。
desk-cli-status-set = { $caseId } 当前状态：{ $status }。
desk-cli-status-same = { $caseId } 已是：{ $status }。
desk-cli-lowered = { $caseId } 已降为{ $urgency }。不会通知对方；`npm run desk -- restore { $caseId }` 可撤销。
desk-cli-urgency-same = { $caseId } 已是{ $urgency }。
desk-cli-restored = { $caseId } 已恢复为{ $urgency }。
desk-cli-not-lower = { $caseId } 为{ $urgency }：只能再降低（高或一般）。
desk-cli-not-lowered = { $caseId } 未被降级：无需恢复。
desk-cli-closed = { $caseId } 为{ $status }：运行 `npm run desk -- status { $caseId } in-progress` 继续处理。
desk-cli-missing = 不存在案件 { $caseId }。
desk-cli-bad-duplicate = { $other } 不是另一个现有案件。
desk-cli-note-added = 已为 { $caseId } 添加备注。
desk-cli-empty = 没有可发送的内容：请在案件编号后写上文字。
desk-cli-too-long = 过长：{ $length } 个字符，最多 { $max } 个。请拆分。
desk-cli-gone = { $caseId }：已无法联系对方（已屏蔽机器人或删除账号）。未发送任何内容。
desk-cli-reply-queued = 给 { $caseId } 的回复已排队，原文如下：
desk-cli-reply-other = 未发送：内容提到了另一个案件（{ $cases }）。确定是给 { $caseId } 的吗？其他案件的信息绝不能让此人看到。如果确实如此，请加 --confirm 再运行一次。
desk-cli-reply-card = 未发送：内容看起来像案件卡片，会让任何拿着对方手机的人看到其案件。如果确实如此，请加 --confirm 再运行一次。
desk-cli-location-queued = 已排队请 { $caseId } 发送位置。
desk-cli-send-now = 对方说现在联系安全：运行中的热线会立即告诉对方“你有一条新消息”；回复内容在对方发送暗号或打字发消息后才显示。
desk-cli-send-now-relative = 在家报告的亲属选择了此聊天和此时间：运行中的热线会立即发送回复本身（静音，带中性标题）。
desk-cli-held-first = 暂缓：对方要求在其先发消息后才联系。对方下次发消息时发出。
desk-cli-held-until = 暂缓至 { $time }（对方的安全时间），或对方下次发消息时。
desk-cli-held-unknown = 暂缓：对方未说明何时联系安全（或无法解读）。对方下次发消息时发出。
desk-cli-held-phone = 暂缓：对方要求电话回拨（号码和时间见 `npm run desk -- show`）。对方下次在其聊天中发消息时发出。
desk-cli-watch-hint = `npm run desk -- watch` 可查看何时发出。

desk-cli-watching = 正在监视案件事件（Ctrl-C 停止）…
desk-cli-event = { $time } · { $caseId } · { $urgency } · { $what }{ $by }
desk-cli-event-by = {" "}· { $officer }
desk-cli-what-case-opened = 新案件
desk-cli-what-case-updated = 对方已更新
desk-cli-what-case-escalated = 已升级
desk-cli-what-case-claimed = 已认领
desk-cli-what-case-unclaimed = 已取消认领
desk-cli-what-case-unclaimed-freed = 启动时释放了 { $was } 的认领：已不在工作人员名单中
desk-cli-what-case-realerted-claim = 再次提醒（第 { $step } 步）：无人认领
desk-cli-what-case-realerted-answer = 再次提醒（第 { $step } 步）：{ $owner } 已认领，对方尚未收到回复
desk-cli-what-case-paged-sent = 已私信提醒 { $to }（第 { $step } 步）
desk-cli-what-case-paged-unreachable = 无法提醒 { $to }（第 { $step } 步）：其未启动机器人；改为值班表上的下一位
desk-cli-what-case-paged-failed = 无法提醒 { $to }（第 { $step } 步）：Telegram 错误；改为值班表上的下一位
desk-cli-what-case-status = 状态：{ $status }
desk-cli-what-case-note = 已添加备注
desk-cli-what-case-lowered = 已从{ $from }降级
desk-cli-what-case-restored = 已恢复紧急程度（原为{ $from }）
desk-cli-what-case-reply-queued = 回复已排队
desk-cli-what-case-reply-delivered = 回复已送达（{ $count }），{ $rule }
desk-cli-what-case-reply-held = 回复暂缓{ $until }{ $why }
desk-cli-what-case-reply-gone = 无法联系对方
desk-cli-what-case-wiped = 对方删除了与机器人的聊天（案件保留）
desk-cli-until = {" "}至 { $time }

desk-cli-resumed = { $caseId }：消息恢复送达其聊天。暂缓的回复按常规规则处理。
desk-cli-unlocked = { $caseId }：已解锁。对方的暗号会再次显示暂缓的回复。
desk-cli-not-stopped = { $caseId } 没有被停止的内容。
desk-cli-not-locked = { $caseId } 的回复未被锁定。
desk-cli-what-case-duress = 胁迫暗语：在 `resume` 之前不向其聊天发送任何内容
desk-cli-what-case-cant-talk-on = “不方便说话”：机器人对其聊天保持沉默
desk-cli-what-case-cant-talk-off = “不方便说话”之后恢复对话
desk-cli-what-case-release-locked = 暗号输错 { $tries } 次后回复已锁定
desk-cli-what-case-release-unlocked = 回复已解锁
desk-cli-what-case-resumed = 已恢复向其聊天发送消息
desk-cli-what-case-reply-announced = 已告知“你有一条新消息”；{ $waiting }显示
desk-cli-rule-code-word = 在对方发送暗号后
desk-cli-rule-typed-reply = 作为对其打字消息的回复
desk-cli-held-stopped = {" "}（其聊天已停止）
desk-cli-held-locked = {" "}（已锁定：暗号多次输错）
# 亲属查询状态和 PIN。
desk-cli-bad-tell = “{ $what }”不是状态查询可以显示的内容：请使用 located、closed 或 nothing。
desk-cli-told-located = { $caseId }：状态查询现在显示“已找到 / 已与使馆联系”。
desk-cli-told-closed = { $caseId }：状态查询现在显示“已结案”。
desk-cli-told-nothing = { $caseId }：状态查询现在只显示“已收到”/“正在处理”。
desk-cli-told-same = { $caseId }：状态查询已经是这样显示的。
desk-cli-pin-reset = { $caseId }：新 PIN 已排队发往提交报告的聊天（由运行中的热线发送）。旧 PIN 已失效。
desk-cli-not-relative = { $caseId } 不是亲属报告：没有 PIN。
desk-cli-pin-stopped = 发往 { $caseId } 聊天的消息已停止：未发送 PIN。如果安全，请先恢复（npm run desk -- resume { $caseId }）。
desk-cli-what-case-pin-capped = 今天 PIN 错误次数过多：输错过的聊天已暂停查询
desk-cli-what-case-pin-forgotten = 亲属说忘了 PIN
desk-cli-what-case-pin-reset = 新 PIN 已发往提交报告的聊天
desk-cli-what-case-told = 状态查询显示的内容已更改

desk-cli-what-case-forgotten = 对方要求删除资料（对话已删除，案件保留）
desk-cli-what-case-purged-retention = 案件已删除：结案时间超过保存期限
desk-cli-what-case-purged-forgotten = 案件已删除：对方要求删除资料
desk-cli-web-link = 网页工作台登录链接（仅可使用一次，{ $minutes } 分钟内有效；请勿转发）：{ $url }
