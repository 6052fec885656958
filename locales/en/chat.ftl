# The chat itself: messages deleted after a few hours, a transient screen, wiping the chat at once
# (src/core/trail.ts, src/core/wipe-words.ts). Neutral words: the chat may be read by someone else.

# Once, in reply to the person's next message, when some messages could not be deleted any more (too old).
trail-clear-chat = Some older messages here could not be removed. If you can, clear this chat yourself.
# After the help text: what wiping does, on the channel the person writes on ($channel).
help-wipe = { $channel ->
    [whatsapp] To delete this chat at once, type wipe (or /wipe). On WhatsApp only our messages can be removed, and each one leaves "This message was deleted". Your own messages stay on your phone until they disappear after 24 hours: delete them yourself if you can (in this chat: ⋮ → More → Clear chat).
   *[other] To delete this chat at once, type wipe (or /wipe): your messages and ours are removed. Otherwise everything here is deleted after a few hours.
}

# /forget (src/core/forget.ts): erase the person's conversation and data. Asked once with two buttons; neutral
# words, nothing about a case or officers (the chat may be read by someone else). The two buttons' words may be typed.
forget-ask = Erase this chat and everything you told us here? This cannot be undone.
forget-yes = Yes, erase
forget-no = No, keep it
forget-done = Done. It is erased.
forget-kept = Nothing was erased.
