--[[
  hotline begin: take the person's processing lease and load their conversation.

  KEYS[1] conversation  the person's conversation hash
  KEYS[2] lease         the person's processing lease

  ARGV[1] token         our lease token
  ARGV[2] leaseMs       how long the lease lasts, ms
  ARGV[3] messageId     the channel's id of the message being processed

  Returns {'busy'} when another worker holds the lease; {'dup', sealedSnapshot} when the message was
  already processed (lease released), or {'dup-last', sealedSnapshot} when it was the latest one
  processed (a re-delivery after a crash: its replies may never have gone out); or
  {'ok', sealedSnapshot|false, lastAt|false, wiped|false, refused|false} (lastAt: when the person's
  previous message was sent, ms; wiped: '1' when they wiped the chat since; refused: '1' when messages
  could not be deleted from their chat, see src/core/trail.ts).
]]
if not redis.call('SET', K.lease, A.token, 'NX', 'PX', A.leaseMs) then return {'busy'} end
local conv = redis.call('HMGET', K.conversation, 's', 'seen', 't', 'x', 'e')
local seen = conv[2] or ''
if string.find(' ' .. seen .. ' ', ' ' .. A.messageId .. ' ', 1, true) then
  redis.call('DEL', K.lease)
  local last = string.sub(seen, -string.len(A.messageId) - 1)
  if last == ' ' .. A.messageId or seen == A.messageId then return {'dup-last', conv[1]} end
  return {'dup', conv[1]}
end
return {'ok', conv[1], conv[3], conv[4], conv[5]}
