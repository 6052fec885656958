# Telegram 的命令菜单。任何打开聊天的人都能看到：这里不能出现大使馆、热线、受害者求助或写信的原因。
command-start = 开始或继续
command-help = 帮助
command-language = 换语言
command-restart = 重新开始
command-discreet = 隐私：显示或隐藏详情
command-wipe = 清空这个聊天
command-forget = 删除我的资料

# 在每个流程中对 /discreet 的回复。"打开"的那条在对方再次发消息后删除。
discreet-on = 隐私模式已打开：这里不显示案件编号，每个问题回答后就消失。/discreet 可以关闭。
discreet-off = 隐私模式已关闭：这里会显示案件编号。/discreet 可以再打开。
