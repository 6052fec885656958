# 聊天本身：几小时后删除的消息、临时画面、立刻清除聊天（src/core/trail.ts、src/core/wipe-words.ts）。
# 用中性的词：聊天可能被别人看到。

# 只出现一次，回复对方的下一条消息：有些消息太旧，已经删不掉了。
trail-clear-chat = 这里有些较早的消息删不掉了。可以的话，请自己清空这个聊天。
# 在帮助文字之后：清除聊天会做什么，按对方使用的渠道（$channel）。
help-wipe = { $channel ->
    [whatsapp] 要马上删除这个聊天，发“清除”（或 wipe、/wipe）。在 WhatsApp 上只能删掉我们的消息，每条都会留下“此消息已删除”。你自己的消息会留在手机上，24 小时后才消失：能的话自己删掉（在这个聊天里：⋮ → 更多 → 清空聊天记录）。
   *[other] 要马上删除这个聊天，发“清除”（或 wipe、/wipe）：你的和我们的消息都会删掉。不然这里的内容几小时后也会全部删除。
}

# /forget (src/core/forget.ts)
forget-ask = 删除这个聊天和您在这里说过的所有内容吗？删除后无法恢复。
forget-yes = 是，删除
forget-no = 不，保留
forget-done = 好了，已删除。
forget-kept = 没有删除任何内容。
