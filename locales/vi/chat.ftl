# The chat itself: messages deleted after a few hours, a transient screen, wiping the chat at once
# (src/core/trail.ts, src/core/wipe-words.ts). Neutral words: the chat may be read by someone else.

# Once, in reply to the person's next message, when some messages could not be deleted any more (too old).
trail-clear-chat = Một số tin nhắn cũ ở đây không xóa được nữa. Nếu được, bạn hãy tự xóa cuộc trò chuyện này.
# After the help text: what wiping does, on the channel the person writes on ($channel).
help-wipe = { $channel ->
    [whatsapp] Để xóa ngay cuộc trò chuyện này, gõ xóa (hoặc /wipe). Trên WhatsApp chỉ xóa được tin của chúng tôi, và mỗi tin để lại dòng "Tin nhắn này đã bị xóa". Tin của bạn vẫn ở trên điện thoại cho đến khi tự biến mất sau 24 giờ: hãy tự xóa nếu được (trong cuộc trò chuyện này: ⋮ → Thêm → Xóa đoạn chat).
   *[other] Để xóa ngay cuộc trò chuyện này, gõ xóa (hoặc /wipe): tin của bạn và của chúng tôi đều bị xóa. Nếu không, mọi thứ ở đây sẽ tự xóa sau vài giờ.
}
forget-ask = Xóa cuộc trò chuyện này và mọi điều bạn đã kể ở đây? Không thể hoàn tác.
forget-yes = Có, xóa
forget-no = Không, giữ lại
forget-done = Xong. Đã xóa.
forget-kept = Không có gì bị xóa.
