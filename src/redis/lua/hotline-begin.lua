--[[
  hotline begin: take the person's processing lease and load their conversation.

  KEYS[1] conversation  the person's conversation hash
  KEYS[2] lease         the person's processing lease

  ARGV[1] token         our lease token
  ARGV[2] leaseMs       how long the lease lasts, ms
  ARGV[3] messageId     the channel's id of the message being processed

  Returns {'busy'} when another worker holds the lease; {'dup', sealedSnapshot, …} when the message was
  already processed (lease released), or {'dup-last', sealedSnapshot, …} when it was the latest one
  processed (a re-delivery after a crash: its replies may never have gone out); or
  {'ok', sealedSnapshot|false, lastAt|false, …} (lastAt: when the person's previous message was sent, ms).
  `…` are the safety-word fields kc, kd, ty, x (src/core/safety-words.ts), then the trail's fields wp, e
  (wp: '1' when they wiped the chat since; e: '1' when messages could not be deleted from their chat, see
  src/core/trail.ts), then `oc` (the conversation's cases: space-separated case ids), each a value or false.
]]
if not redis.call('SET', K.lease, A.token, 'NX', 'PX', A.leaseMs) then return {'busy'} end
local conv = redis.call('HMGET', K.conversation, 's', 'seen', 't', 'kc', 'kd', 'ty', 'x', 'wp', 'e', 'oc')
local seen = conv[2] or ''
if string.find(' ' .. seen .. ' ', ' ' .. A.messageId .. ' ', 1, true) then
  redis.call('DEL', K.lease)
  local last = string.sub(seen, -string.len(A.messageId) - 1)
  if last == ' ' .. A.messageId or seen == A.messageId then return {'dup-last', conv[1], conv[3], conv[4], conv[5], conv[6], conv[7], conv[8], conv[9], conv[10]} end
  return {'dup', conv[1], conv[3], conv[4], conv[5], conv[6], conv[7], conv[8], conv[9], conv[10]}
end
return {'ok', conv[1], conv[3], conv[4], conv[5], conv[6], conv[7], conv[8], conv[9], conv[10]}
