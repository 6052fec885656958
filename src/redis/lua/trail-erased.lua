--[[
  trail erased: forget messages deleted from a person's chat (or that can no longer be), and move the
  person's erase deadline to their next message due, or drop it when none is left.

  KEYS[1] trail         the person's trail
  KEYS[2] chat          the person's trail hash
  KEYS[3] due           the deadlines sorted set
  KEYS[4] conversation  the person's conversation hash

  ARGV[1] members       space-separated trail members to forget
  ARGV[2] dueMember     this person's member in the deadlines set (`erase:<personId>`)
  ARGV[3] refused       '1' when the channel refused to delete some of them (too old): the person is told
                        once, in reply to their next message, to clear the chat themselves (`e` on the
                        conversation), else ''
  ARGV[4] wiped         '1' after a wipe: no transient member is left either, else '' (the members
                        forgotten leave the transient list anyway: one refused is not tried again)
  ARGV[5] ttlSeconds    the conversation's TTL, for a conversation hash this creates

  Returns the number of members left in the trail.
]]
local gone = {}
for member in string.gmatch(A.members, '%S+') do
  redis.call('ZREM', K.trail, member)
  gone[member] = true
end
if A.wiped == '1' then
  redis.call('HDEL', K.chat, 't')
else
  local pending = redis.call('HGET', K.chat, 't')
  if pending then
    local left = {}
    for member in string.gmatch(pending, '%S+') do
      if not gone[member] then left[#left + 1] = member end
    end
    if #left == 0 then redis.call('HDEL', K.chat, 't') else redis.call('HSET', K.chat, 't', table.concat(left, ' ')) end
  end
end
if A.refused == '1' then
  redis.call('HSET', K.conversation, 'e', '1')
  -- A conversation that had expired is only this mark: let it expire too (EXPIRE NX needs Redis 7).
  if redis.call('TTL', K.conversation) < 0 then redis.call('EXPIRE', K.conversation, A.ttlSeconds) end
end
local first = redis.call('ZRANGE', K.trail, 0, 0, 'WITHSCORES')
-- The deadline itself is rescheduled here, in the same step as the members leave, so that a message
-- recorded meanwhile (trail settle) is never left without one.
if first[2] then redis.call('ZADD', K.due, first[2], A.dueMember) else redis.call('ZREM', K.due, A.dueMember) end
return redis.call('ZCARD', K.trail)
