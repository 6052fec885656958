--[[
  outbox gone: the channel says the person can no longer be reached (blocked the bot, deleted the
  account, not on WhatsApp): drop every entry of their lane, mark their conversation `g`, and for each
  case whose answers were dropped mark it unreachable, drop its held answers and tell the officers.

  KEYS[1] lane          the person's lane
  KEYS[2] lock          the lane's lease
  KEYS[3] ready         the channel's ready lanes
  KEYS[4] later         the channel's waiting lanes
  KEYS[5] rank          the channel's lanes' best scores
  KEYS[6] conversation  the person's conversation hash
  KEYS[7] events        the events stream

  ARGV[1] person       the person's pseudonym
  ARGV[2] now          now, ms
  ARGV[3] entryPrefix  entry hash key without the id (`<p>outbox:entry:`)
  ARGV[4] casePrefix   case hash key without the id (`<p>case:`)
  ARGV[5] heldPrefix   held-answers key without the id (`<p>held:`)
  ARGV[6] maxLen       the events stream's approximate max length

  Returns the number of entries dropped.
]]
local ids = redis.call('LRANGE', K.lane, 0, -1)
local cases = {}
for _, id in ipairs(ids) do
  local caseId = redis.call('HGET', A.entryPrefix .. id, 'case')
  if caseId and caseId ~= '' then cases[caseId] = true end
  redis.call('DEL', A.entryPrefix .. id)
end
redis.call('DEL', K.lane, K.lock)
redis.call('ZREM', K.ready, A.person)
redis.call('ZREM', K.later, A.person)
redis.call('ZREM', K.rank, A.person)
if redis.call('EXISTS', K.conversation) == 1 then redis.call('HSET', K.conversation, 'g', A.now) end
for caseId in pairs(cases) do
  local case = A.casePrefix .. caseId
  if redis.call('EXISTS', case) == 1 then
    redis.call('HSET', case, 'reachable', 'gone')
    redis.call('HDEL', case, 'announced')
  end
  redis.call('DEL', A.heldPrefix .. caseId)
  redis.call('XADD', K.events, 'MAXLEN', '~', A.maxLen, '*', 'type', 'case.reply', 'case', caseId, 'at', A.now, 'state', 'gone')
end
return #ids
