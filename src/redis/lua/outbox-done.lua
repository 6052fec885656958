--[[
  outbox done: the channel accepted an entry (or refused it for good): remove it from its lane, write
  the events it carries (a relayed answer's `case.reply`), and keep the lane leased to the caller while it
  has more, else free it.

  KEYS[1] entry   the entry's hash
  KEYS[2] lane    the person's lane
  KEYS[3] lock    the lane's lease
  KEYS[4] later   the channel's waiting lanes
  KEYS[5] rank    the channel's lanes' best scores
  KEYS[6] events  the events stream

  ARGV[1] id       the entry id
  ARGV[2] person   the person's pseudonym
  ARGV[3] token    the caller's lease token
  ARGV[4] now      now, ms
  ARGV[5] leaseMs  how long a lease lasts, ms
  ARGV[6] maxLen   the events stream's approximate max length
  ARGV[7] outcome  'sent', or 'refused' (the channel will never take it: a `case.reply` `refused` is
                   written for a relayed answer instead of its own events)

  Returns 1 when the lane has more entries (still the caller's), 0 when it is empty (freed).
]]
local ev = redis.call('HGET', K.entry, 'ev')
local caseId = redis.call('HGET', K.entry, 'case')
redis.call('LREM', K.lane, 1, A.id)
redis.call('DEL', K.entry)
if A.outcome == 'sent' and ev then
  for _, fields in ipairs(cjson.decode(ev)) do
    redis.call('XADD', K.events, 'MAXLEN', '~', A.maxLen, '*', 'at', A.now, unpack(fields))
  end
elseif A.outcome == 'refused' and caseId and caseId ~= '' then
  redis.call('XADD', K.events, 'MAXLEN', '~', A.maxLen, '*', 'type', 'case.reply', 'case', caseId, 'at', A.now, 'state', 'refused')
end
if redis.call('LLEN', K.lane) > 0 then
  if redis.call('GET', K.lock) == A.token then redis.call('ZADD', K.later, tonumber(A.now) + tonumber(A.leaseMs), A.person) end
  return 1
end
if redis.call('GET', K.lock) == A.token then redis.call('DEL', K.lock) end
redis.call('ZREM', K.later, A.person)
redis.call('ZREM', K.rank, A.person)
return 0
