# 值班台：案件卡片、按钮和给工作人员的回复（值班台语言：部署配置的 embassy.deskLanguage）。

desk-urgency-critical = 🔴 危急
desk-urgency-high = 🟠 高
desk-urgency-normal = ⚪ 一般
desk-status-new = 新建
desk-status-claimed = 已认领
desk-status-in-progress = 处理中
desk-status-resolved = 已解决
desk-status-duplicate = 重复
desk-status-closed = 已关闭
desk-kind-self-report = 本人求助
desk-kind-missing-person = 失踪人员报告

desk-reason-danger-now = 称目前有危险
desk-reason-danger-words = 发送了危险词
desk-reason-injured-and-violence = 受伤且遭受暴力
desk-reason-violence = 遭受暴力
desk-reason-threats = 本人或家人受到威胁
desk-reason-injured = 生病或受伤
desk-reason-confined = 不允许离开
desk-reason-many-people = 多人被扣押
desk-reason-passport = 护照被扣
desk-reason-forced-scam = 被迫从事诈骗
desk-reason-debt = 债务或罚款
desk-reason-wages = 工资被扣
desk-reason-indicators = 多项强迫劳动迹象
desk-reason-sold = 被转卖到其他公司
desk-reason-minor = 未成年人
desk-reason-minor-at-risk = 未成年人处于危险中
desk-reason-hurt-and-threatened = 受伤且受到威胁
desk-reason-unfinished = 登记未完成（失去回应）
desk-reason-duress = 发送了胁迫暗语

desk-card-head = { $urgency } · { $caseId } · { $status }
desk-card-reasons = 原因：{ $reasons }
desk-card-score = 指标：{ $score } / 8
desk-card-alarm = ⚠ 警报词（{ $time }）：{ $text }
desk-card-first-where = 首次位置（{ $time }）：{ $where }
desk-card-suspect-change = ⚠ { $why }：{ $answer }：{ $before } → { $after }（{ $time }）
desk-card-suspect-more = ⚠ … 另有 { $count } 处较早的修改可能并非本人所为（npm run desk -- show 可列出全部）。
desk-card-retraction = ⚠ 要求撤回报告（{ $time }），未执行，可能并非本人：“{ $text }”
desk-suspect-restart = /restart 后修改（可能并非本人）
desk-suspect-retraction = 撤回（可能并非本人）
desk-suspect-after-silence = 长时间无回应后修改（可能并非本人）
desk-message-suspect-restart = ⚠ 在 /restart 后发送：可能并非本人在写。
desk-message-suspect-retraction = ⚠ 撤回报告：未执行（紧急程度和状态不变），可能并非本人在写。
desk-message-suspect-after-silence = ⚠ 长时间无回应后发送：可能并非本人在写。
desk-answer-danger-now = 目前有危险
desk-answer-location = 位置
desk-answer-country = 国家
desk-answer-place = 地点
desk-answer-situation = 情况
desk-answer-people = 一同被扣人数
desk-answer-people-words = 一同被扣人数（原话）
desk-answer-contact = 安全联系
desk-answer-contact-times = 安全时间
desk-answer-name = 称呼
desk-answer-relationship = 关系
desk-answer-age = 年龄
desk-answer-birth-date = 出生日期
desk-answer-sex = 性别
desk-answer-hometown = 籍贯
desk-answer-document = 护照或身份证件
desk-answer-phone = 电话
desk-answer-last-heard = 最后联系
desk-answer-last-message = 最后说的话
desk-answer-city = 城市
desk-answer-company = 公司
desk-answer-job = 承诺的工作
desk-answer-recruiter = 招募人
desk-answer-photo = 照片
desk-answer-harm = 所述遭遇
desk-answer-contact-phone = 回拨号码
desk-answer-contact-when = 联系时间
desk-answer-words = 原话
desk-contact-anytime = 随时
desk-contact-they-write-first = 仅在对方先发消息后
desk-contact-times = 特定时间
desk-contact-this-chat = 在此聊天中
desk-contact-phone = 电话
desk-card-opened = 创建于 { $time }（{ $age }前）· { $kind } · { $language } · { $channel }
desk-card-claimed = 认领人：{ $officer }
desk-card-unclaimed = 尚未认领
desk-card-duplicate = 与 { $other } 重复
desk-card-reopened = 🔁 已重新打开 { $times } 次：案件{ $was }后，对方又发送了危险消息。
desk-card-lowered = ⬇ 由 { $officer } 从{ $from }降级 — { $reason }
desk-card-where-pin = 位置：{ $lat }, { $lon }{ $live } { $map }{ $near }
desk-card-where-live = {" "}（实时）
desk-card-where-near = {" "}{ $place }附近
desk-card-where-text = 位置（文字）：{ $text }
desk-card-where-unknown = 位置：尚未提供
desk-card-country = 国家：{ $country }
desk-card-danger = 目前有危险：{ $answer }
desk-card-situation = 情况：{ $items }
desk-card-details = 原话：{ $text }
desk-card-people = 一同被扣：{ $people }
desk-card-safe = 安全联系：{ $when }
desk-card-safe-anytime = 随时
desk-card-safe-first = 仅在对方先发消息后
desk-card-safe-times = 仅限：{ $times }
desk-card-safe-unreadable = 暂缓至对方来信：其安全时间回答无法解读为安全时段（原话：{ $times }）
desk-card-name = 称呼：{ $name }
desk-card-links = 关联案件：{ $cases }
desk-card-possible = 可能匹配（待确认）：{ $cases }
desk-card-about = 本人信息：{ $about }
desk-card-about-phone = 电话 { $phone }
desk-card-link-age = 年龄 { $age }
desk-card-link-hometown = 来自{ $place }
desk-card-link-reporter = 报告人：{ $relationship }
desk-card-link-by-parent = 由父母报告
desk-card-link-by-child = 由子女报告
desk-card-link-by-sibling = 由兄弟姐妹报告
desk-card-link-by-spouse = 由配偶报告
desk-card-link-by-relative = 由亲属报告
desk-card-link-by-friend = 由朋友报告
desk-card-link-confirmed = 🔗 同一人（工作人员已确认）：{ $caseId }，{ $kind }，{ $status }：{ $facts }
desk-card-link-exact = 🔗 电话或护照相同：{ $caseId }，{ $kind }，{ $status }：{ $facts }
desk-card-link-possible = ❓ 可能匹配，请确认或排除：{ $caseId }，{ $kind }，{ $status }：{ $facts }
desk-button-link-confirm = ✓ 与 { $other } 为同一人
desk-button-link-reject = ✗ 不是 { $other }
desk-link-ok-confirm = { $caseId } 与 { $other } 为同一人：两张卡片都会显示对方。
desk-link-ok-reject = { $caseId } 与 { $other } 不是同一人：不会再提示匹配。
desk-link-already-confirm = { $caseId } 与 { $other } 已被确认为同一人。
desk-link-already-reject = { $caseId } 与 { $other } 已被标记为不是同一人。
desk-link-missing = 不存在案件 { $caseId } 或 { $other }。
desk-link-same-case = { $caseId } 是同一个案件：请填写另一个案件的编号。
desk-usage-link = 在案件话题中：/link 另一编号（同一人）或 /notlink 另一编号（不是同一人）。在其他地方：/link 编号 另一编号。
desk-card-held = 暂缓发送的回复：{ $count }
desk-card-notes = 备注：{ $count }（/case { $caseId } 可查看）
desk-card-intake-open = 仍在填写登记。
desk-card-gone = ⚠ 无法联系：对方已屏蔽机器人或删除账号。
desk-yes = 是
desk-no = 否
desk-not-given = 未提供
desk-minutes = { $n } 分钟
desk-hours = { $h } 小时 { $m } 分钟
desk-days = { $d } 天 { $h } 小时

desk-button-claim = ✋ 认领
desk-button-unclaim = 取消认领
desk-button-in-progress = 处理中
desk-button-resolved = ✅ 已解决
desk-button-closed = 关闭
desk-button-location = 📍 请求位置
desk-button-lower = ⬇ 降级（误报）
desk-button-restore = ⬆ 恢复紧急程度

desk-claimed = { $caseId } 现由你负责。
desk-already-yours = { $caseId } 已由你负责。
desk-taken = { $caseId } 已被 { $officer } 认领。
desk-unclaimed = { $caseId } 已放回队列，无人认领。
desk-not-claimed = { $caseId } 未被认领。
desk-status-set = { $caseId } 当前状态：{ $status }。
desk-status-same = { $caseId } 已是：{ $status }。
desk-closed = { $caseId } 为{ $status }：如需继续处理，请先设为“处理中”。
desk-missing = 不存在案件 { $caseId }。
desk-bad-duplicate = { $other } 不是另一个现有案件。
desk-note-added = 已为 { $caseId } 添加备注。
desk-empty = 没有可发送的内容：请在命令后写上文字。
desk-too-long = 过长：{ $length } 个字符，最多 { $max } 个。请拆分。
desk-gone = { $caseId }：已无法联系对方（已屏蔽机器人或删除账号）。未发送任何内容。
desk-reply-queued =
    → 给 { $caseId } 的回复已排队，原文如下：
    { $text }
desk-reply-sent = ✓ 已发送给 { $caseId }（{ $when }），原文如下（{ $count }）：
desk-reply-held-first = ⏸ 暂缓：{ $caseId } 要求在其先发消息后才联系。对方下次发消息时发出。
desk-reply-held-until = ⏸ 暂缓至 { $time }（对方的安全时间），或对方下次发消息时。
desk-reply-held-unreadable = ⏸ 暂缓至对方来信：{ $caseId } 的安全时间回答无法解读为安全时段（含糊，或只说了何时不能联系）。
desk-reply-held-unknown = ⏸ 暂缓：{ $caseId } 未说明何时联系安全。对方下次发消息时发出。
desk-reply-held-phone = ⏸ 暂缓：{ $caseId } 要求电话回拨，而不是在这里发消息（号码和时间见卡片：/case { $caseId }）。对方下次发消息时在此聊天中发出。
desk-reply-failed = ⚠ { $caseId }：无法联系到对方（{ $why }）。已记录在案件中。
desk-location-requested = 已请 { $caseId } 发送最新位置。
desk-lowered = { $caseId } 已降为{ $urgency }。不会通知对方。/restore { $caseId } 可撤销。
desk-urgency-same = { $caseId } 已是{ $urgency }。
desk-restored = { $caseId } 已恢复为{ $urgency }。
desk-not-lower = { $caseId } 为{ $urgency }：只能再降低（高或一般）。
desk-not-lowered = { $caseId } 未被降级：无需恢复。
desk-lower-how = 要将 { $caseId } 降级（误报），请发送：/lower { $caseId } [high|normal] 原因。请以命令发送：在此话题中的普通消息只会保存为备注。
desk-person-wrote = 💬 { $caseId } 写道：
desk-person-pin = 📍 { $caseId } 发送了位置：{ $lat }, { $lon } { $map }
desk-person-media = 📎 { $caseId } 在 { $channel } 上发送了{ $media }{ $caption }
desk-person-media-caption = ：{ $caption }
desk-person-other = { $caseId } 发送了机器人无法显示的内容（{ $what }）。
desk-person-wiped = 🧹 { $caseId }：对方于 { $time } 删除了与机器人的聊天。案件及其发送的全部内容仍保留在此。
desk-private-hello = 此聊天用于值班台的提醒：紧急案件等待过久时，机器人会在这里通知你。案件在工作人员群组中处理。
desk-page-unclaimed = ⏰ { $caseId }（{ $urgency }）已等待 { $age }，无人认领。请查看工作人员群组。
desk-page-unanswered = ⏰ { $caseId }（{ $urgency }）已被认领 { $age }，对方仍未收到回复。请查看工作人员群组。
desk-page-unreachable = 📵 无法私信提醒 { $who }：其尚未在与机器人的私聊中点击“开始”（或已屏蔽机器人）。在此之前，改为提醒值班表上的下一位。
desk-reopened = 🔁 { $caseId }（{ $urgency }）已重新打开：案件{ $was }后，对方发送了新的危险消息。
desk-digest-head = 另有 { $count } 个案件在等待；Telegram 允许时每个案件会有自己的卡片。按紧急程度排列：
desk-digest-line = { $urgency } { $caseId } · { $age } · { $where } · { $reasons }
desk-queue-head = 未结案件：{ $count }（按紧急程度排列）
desk-queue-line = { $urgency } { $caseId } · { $status } · { $age } · { $where }{ $claimed }
desk-queue-claimed = {" "}· { $officer }
desk-queue-empty = 没有未结案件。
desk-queue-more = … 另有 { $count } 个：运行 `npm run desk -- list` 查看全部。
desk-queue-parked-head = ⚠ 群组未接收的发帖（{ $count }）；每条稍后会重试：
desk-queue-parked-line = { $what } { $caseId } · 自 { $since } · 下次重试 { $next } · { $reason }
desk-parked = ⚠ 关于 { $caseId } 的发帖（{ $what }）未能发出：{ $reason }。其他发帖照常；此条稍后重试，/queue 会列出。
desk-post-card = 卡片
desk-post-msg = 对方的消息
desk-post-status = 回复状态
desk-post-alert = 警报
desk-realert-head = ⏰ { $count } 个紧急案件等待工作人员处理（按紧急程度排列）：
desk-realert-line = { $urgency } { $caseId } · 已等待 { $age }
desk-realert-line-unanswered = { $urgency } { $caseId } · { $officer } 于 { $age }前认领，对方尚未收到回复
desk-realert-more = … 另有 { $count } 个：/queue 可列出全部。
desk-swarm-head = 🆘 { $count } 条新的 SOS 尚无详情（只有危险词）。每条会在有详情的案件之后获得卡片；任何一条补充了内容会立即提前。主管可将其全部降为“高”：
desk-button-swarm-lower = 全部降为高（限主管）
desk-swarm-reason = 集中出现的无详情 SOS：主管在汇总列表中统一降级
desk-swarm-lowered = { $count } 个已降为高。可用 /restore KH-XXXX 逐个撤销。{ $skipped } 个保持不变（已有详情，或已有工作人员处理）。
desk-swarm-expired = 此列表已失效。
desk-swarm-supervisors-only = 只有主管可以降级整个列表。
desk-not-officer = 只有使馆值班人员可以执行此操作。
desk-usage-case = 用法：/case KH-XXXX
desk-usage-reply = 用法：在案件话题中 /reply 你的文字，或在任何地方 /reply KH-XXXX 你的文字（/send 也可以）。
desk-usage-note = 用法：在案件话题中 /note 文字，或 /note KH-XXXX 文字
desk-usage-dup = 用法：在案件话题中 /dup KH-YYYY（此案件与 KH-YYYY 重复）
desk-usage-lower = 用法：/lower KH-XXXX [high|normal] 原因（在案件话题中可省略编号）。不写 high 或 normal 时降一级。永远不会通知对方。
desk-which-case = 哪个案件？请在案件话题中使用，或写上案件编号。
desk-topic-title = { $urgency } { $caseId }
desk-card-deleted = 此卡片的案件已不存在。
desk-help = 值班台：/queue 列出未结案件，/case 编号 查看单个案件。在案件话题中输入的内容只在工作人员之间：保存为备注，绝不发出。回复对方：/reply 文字（或回复卡片后点“发送”）。转发的消息、照片和文件永远不会发给对方。/note 文字 添加备注；/dup 编号 标记为重复；/lower 编号 [high|normal] 原因 将误报降级（不通知对方），/restore 编号 撤销降级；/resume 编号 恢复因胁迫暗语或“不方便说话”暗语而停止的聊天；/unlock 编号 解锁因暗号多次输错而锁定的回复；/tell 编号 located|closed|nothing 设定亲属查询状态时看到的内容（请先核实身份）；/resetpin 编号 给亲属发送新 PIN；/link 编号 和 /notlink 编号 确认可能的匹配是否为同一人；按钮用于认领和设置状态。 /hand 编号 姓名 把案件交给同事。

# 工作人员在案件话题中输入的内容：除非通过明确操作发送（/reply，或预览上的"发送"），否则是备注。
desk-reply-when-queued = 现在
desk-reply-when-person-active = 在对方发消息时
desk-reply-when-due = 在预定时间（对方的安全时段，或重试时）
desk-note-kept = 📝 已作为 { $caseId } 的备注保存 — 未发给对方。要回复对方：/reply 你的文字
desk-not-sent-forward = ⛔ 未发送：转发的消息永远不会发给对方（可能带有其他案件的姓名、地点或原话），也不会保存。要回复 { $caseId }，请输入 /reply 和你自己的文字。
desk-not-sent-media = ⛔ 未发送：只有工作人员输入的文字会发给对方 — 不发照片、文件、贴纸、语音、视频或位置。它保留在此话题中。要回复 { $caseId }：/reply 你的文字
desk-preview =
    ✉ 发给对方（{ $caseId }），如果你点“发送”：
    { $text }
desk-preview-warn-other = ⚠ 内容提到了另一个案件（{ $cases }）：确定是给 { $caseId } 的吗？其他案件的信息绝不能让此人看到。
desk-preview-warn-card = ⚠ 内容看起来像案件卡片：在对方手机上，任何拿起手机的人都会看到其案件。
desk-preview-warn-topic = ⚠ 这里是 { $here } 的话题，但回复会发给 { $caseId }。
desk-preview-expires = 只有你可以在 { $minutes } 分钟内发送；任何人都可以取消。
desk-preview-expired = 未发送：此预览已过期或已使用。要回复，请发送 /reply 和你的文字。
desk-preview-not-author = 只有撰写者 { $officer } 可以发送。要自己发送：/reply 和你的文字。
desk-preview-cancelled = ✖ 已被 { $officer } 取消：未向 { $caseId } 发送任何内容。
desk-preview-sent = 已排队发给 { $caseId }。
desk-button-preview-send = 📤 发送
desk-button-preview-cancel = ✖ 取消

# 安全暗语（src/core/safety-words.ts）：对方的胁迫暗语、"不方便说话"暗语和暗号。
desk-card-stopped-duress = 🚨 已发送胁迫暗语（{ $time }）：在工作人员决定之前，不向其聊天发送任何内容，包括暂缓的回复：/resume { $caseId }
desk-card-stopped-cant-talk = 🤫 “不方便说话”（{ $time }）：机器人对其聊天保持沉默，直到对方发送暗号、之后打字发消息，或 /resume { $caseId }
desk-card-release-locked = 🔒 回复已锁定（{ $time }）：一天内暗号输错 5 次。核实后 /unlock { $caseId }
desk-card-code-word = 🔑 已设置暗号：对方发送暗号后才显示回复。
desk-card-released-code-word = 回复最后一次显示于 { $time }，在对方发送暗号之后。
desk-card-released-typed-reply = 回复最后一次显示于 { $time }，作为对其打字消息的回复。
desk-card-released-relative = 回复最后一次发送于 { $time }，按亲属的要求（此聊天）。
desk-duress = 🚨 { $caseId }：对方发送了胁迫暗语。可能有人在逼其写消息。在工作人员决定之前，不再向其聊天发送任何内容（/resume { $caseId }）。
desk-duress-line = 🚨 胁迫暗语：对方只收到了一条看似普通的回复；在 /resume { $caseId } 之前，不向其聊天发送任何其他内容。
desk-cant-talk-on = 🤫 { $caseId } 发送了“不方便说话”：机器人对其聊天保持沉默。
desk-cant-talk-off-code = 🗣 { $caseId } 发送了暗号：机器人恢复与其对话。
desk-cant-talk-off-typed = 🗣 { $caseId } 在“不方便说话”之后又写了消息：机器人恢复与其对话。
desk-release-locked = 🔒 { $caseId }：暗号输错 { $tries } 次。暂缓的回复继续暂缓；手机可能在别人手上。确认无误后 /unlock { $caseId }。
desk-release-unlocked = 🔓 { $caseId }：已由 { $officer } 解锁。
desk-resumed = ▶ { $caseId }：已由 { $officer } 恢复向其聊天发送消息。
desk-reply-rule-code-word = — 在对方发送暗号后显示。
desk-reply-rule-typed-reply = — 作为对其打字消息的回复显示。
desk-reply-rule-relative = — 按亲属的要求发送（在家提交的报告：此聊天、其选定时间；无暗号）。
desk-reply-announced-code-word = 📩 已告知 { $caseId }“你有一条新消息”；对方发送暗号后显示。
desk-reply-announced-typed-reply = 📩 已告知 { $caseId }“你有一条新消息”；对方打字回复时显示。
desk-reply-held-stopped = ⏸ 暂缓：在胁迫暗语或“不方便说话”暗语之后，不向 { $caseId } 的聊天发送任何内容。安全时 /resume { $caseId }。
desk-reply-held-locked = 🔒 暂缓：{ $caseId } 发送了暗号，但多次输错已锁定发送。确认无误后 /unlock { $caseId }。
desk-not-stopped = { $caseId } 没有被停止的内容。
desk-not-locked = { $caseId } 的回复未被锁定。
desk-resumed-done = { $caseId }：消息恢复送达其聊天。暂缓的回复按常规规则处理。
desk-unlocked-done = { $caseId }：已解锁。对方的暗号会再次显示暂缓的回复。
desk-memory = ⚠ 热线数据库已用 { $percent } %（{ $usedMb } / { $limitMb } MB）。达到 100 % 时将无法保存任何新内容：没有消息，也没有案件。请立即通知技术团队（提高 Redis maxmemory，或释放内存）。
desk-memory-full = 🛑 热线数据库已满（{ $usedMb } / { $limitMb } MB）：新消息和新案件无法保存。请立即通知技术团队（提高 Redis maxmemory，或释放内存）；在此期间请使用电话热线。

## 亲属提交的失踪人员报告在卡片上的显示（src/officers/report-lines.ts）
desk-mp-again = ⚠ 已报告 { $count } 次。第 { $n } 份报告新增：{ $fields }
desk-mp-nothing-new = 无新内容
desk-mp-report = 第 { $n } 份报告（{ $time }）：报告人为{ $relationship }；回拨 { $contact }，{ $when }
desk-mp-person = 失踪人员：
desk-mp-field = { $label }：{ $value }
desk-mp-from = （第 { $n } 份报告，{ $time }）
desk-mp-new = 🆕 新
desk-mp-also = {"  "}↳ 另见第 { $n } 份报告（{ $time }）：{ $value } { $new }
desk-mp-words = 输入内容无法解读（{ $step }）：{ $text }
desk-mp-born = 出生于 { $date }
desk-mp-minor = ⚠ 未满 18 岁
desk-mp-country-other = 其他国家
desk-mp-photo-telegram = 有，通过 Telegram 发送（已转发到案件话题）
desk-mp-photo-not-forwarded = 通过 { $channel } 发送：未转发（机器人只保存消息编号，不保存文件；请亲属通过 Telegram 或电子邮件重新发送）
desk-mp-photo-caption = 失踪人员照片，案件 { $caseId }（第 { $n } 份报告），由亲属发送的原图。
desk-mp-contact-phone = 电话 { $phone }
desk-mp-contact-this-chat = 在其聊天中（{ $channel }）
desk-mp-when-anytime = 随时
desk-mp-when-times = 仅 { $times }
desk-mp-field-name = 姓名
desk-mp-field-age = 年龄
desk-mp-field-birthDate = 出生日期
desk-mp-field-sex = 性别
desk-mp-field-hometown = 籍贯
desk-mp-field-document = 护照 / 身份证件
desk-mp-field-phone = 电话
desk-mp-field-lastHeard = 最后联系
desk-mp-field-lastMessage = 当时说的话
desk-mp-field-country = 去往
desk-mp-field-city = 城市
desk-mp-field-company = 公司
desk-mp-field-job = 承诺的工作
desk-mp-field-recruiter = 招募人
desk-mp-field-photo = 照片
desk-mp-field-notes = 其他备注
desk-mp-relationship-parent = 父母（失踪者是其子女）
desk-mp-relationship-child = 子女（失踪者是其父母）
desk-mp-relationship-sibling = 兄弟姐妹
desk-mp-relationship-spouse = 配偶
desk-mp-relationship-relative = 其他亲属
desk-mp-relationship-friend = 朋友

# 亲属查询状态和 PIN（src/officers/relative-desk.ts、src/cases/relative-access.ts）。
desk-card-verify-relative = ⚠ 亲属报告可能来自冒充家人的招募人。在告诉对方任何信息之前，请先核实其身份：在工作人员选择之前（/tell { $caseId } located），状态查询只会显示“已收到”/“正在处理”。
desk-card-told-located = 📣 此报告的状态查询显示“已找到 / 已与使馆联系”（由 { $officer } 选择）。/tell { $caseId } nothing 可停止。
desk-card-told-closed = 📣 此报告的状态查询显示“已结案”（由 { $officer } 选择）。/tell { $caseId } nothing 可停止。
desk-usage-tell = 用法：/tell KH-XXXX located|closed|nothing（在案件话题中可省略编号）。只在核实亲属身份之后使用：报告可能是招募人提交的。
desk-usage-resetpin = 用法：/resetpin KH-XXXX，只在核实确为亲属本人之后使用。新 PIN 只发到提交报告的聊天；这里的人都看不到。
desk-told-located = { $caseId }：状态查询现在显示“已找到 / 已与使馆联系”。
desk-told-closed = { $caseId }：状态查询现在显示“已结案”。
desk-told-nothing = { $caseId }：状态查询现在只显示“已收到”/“正在处理”。
desk-told-same = { $caseId }：状态查询已经是这样显示的。
desk-pin-reset-done = 🔑 { $caseId }：新 PIN 正在发往提交报告的聊天。旧 PIN 已失效。
desk-not-relative = { $caseId } 不是亲属报告：没有 PIN。
desk-pin-stopped = 发往 { $caseId } 聊天的消息已停止：未发送 PIN。如果安全，请先 /resume { $caseId }。
desk-pin-capped = ⚠ { $caseId }：一天内来自 { $senders } 个聊天的 PIN 错误 { $failures } 次。可能有人在猜测。输错过的聊天已暂停查询；未输错的聊天仍可查询。如果亲属被锁在外面，请核实身份后 /resetpin { $caseId }。
desk-pin-forgotten = 🔑 { $caseId }：亲属说忘了 PIN（来自提交报告的聊天）。请联系并核实是其本人，然后 /resetpin { $caseId }。
desk-pin-forgotten-other = ⚠ { $caseId }：另一个聊天中（不是提交报告的聊天）有人说忘了 PIN。可能不是亲属本人。新 PIN 只会发到提交报告的聊天。
desk-pin-reset = 🔑 { $caseId }：{ $officer } 已向提交报告的聊天发送新 PIN。
desk-told-line-located = 📣 { $caseId }：{ $officer } 选择让状态查询显示“已找到 / 已与使馆联系”。
desk-told-line-closed = 📣 { $caseId }：{ $officer } 选择让状态查询显示“已结案”。
desk-told-line-nothing = 📣 { $caseId }：{ $officer } 选择让状态查询只显示“已收到”/“正在处理”。

## A channel down or back (src/health/channel-watch.ts)
desk-channel-down = 🛑 { $channel ->
    [telegram] Telegram
    [whatsapp] WhatsApp
   *[other] { $channel }
} 已中断：{ $problem ->
    [unauthorized] Telegram 拒绝了机器人的令牌（在 BotFather 中被撤销或更改）。
    [logged-out] 该号码已在手机上退出登录，必须重新关联。
    [replaced] 另一台设备或进程接管了此 WhatsApp 会话。
    [unlinked] 没有关联号码。
    [forbidden] WhatsApp 拒绝该号码（受限或被封？）。
    [unreachable] 热线无法连接（网络）。
   *[other] 连接已断开。
} 在该渠道写信的人收不到回复。请立即通知技术团队；在此期间请使用电话热线。
desk-channel-up = ✅ { $channel ->
    [telegram] Telegram
    [whatsapp] WhatsApp
   *[other] { $channel }
} 已恢复{ $minutes ->
    [0] {""}
   *[other] （中断了 { $minutes } 分钟）
}。请查看队列中等待的消息。

desk-person-forgotten = 🗑 { $caseId }：对方于 { $time } 要求删除其资料。其与机器人的对话已删除；案件保留，以便您继续处理。只保留必要的内容。
desk-card-forgotten = 🗑 要求删除资料（{ $time }）：只保留处理所需的内容。

# Handing a case to a colleague (/hand).
desk-usage-hand = 用法：/hand KH-XXXX 姓名（在案件话题内可省略编号）。姓名：值班台上显示的同事名字。
desk-handed = { $caseId } 现在由 { $officer } 负责。
desk-hand-same = { $caseId } 本来就由 { $officer } 负责。
desk-hand-unknown = 没有这个名字的工作人员。工作人员：{ $officers }
desk-hand-self = 不能把 { $caseId } 交给你自己。
desk-handed-line = 🤝 { $officer } 把 { $caseId } 交给了 { $to }。
