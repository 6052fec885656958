--[[
  outbox put: write one message batch for a person into the outbox (src/core/outbox.ts) and queue their
  lane in priority order; with `take`, also lease the lane to the caller when nobody works on it, so that
  the caller sends at once (a reply: the write-ahead and the take are one round trip).

  KEYS[1] entry  the entry's hash
  KEYS[2] lane   the person's lane (list of entry ids, oldest first)
  KEYS[3] ready  the channel's lanes ready to send (score: rank × 2^41 + enqueued at)
  KEYS[4] later  the channel's lanes waiting (a retry's due time, or a taken lane's lease expiry)
  KEYS[5] rank   the channel's lanes' best scores (while they have entries)
  KEYS[6] lock   the token of the process sending the lane (its lease runs until its score in later)

  ARGV[1] id       the entry id
  ARGV[2] person   the person's pseudonym (member of ready / later / rank)
  ARGV[3] sealed   the sealed batch (base64)
  ARGV[4] score    the entry's priority score
  ARGV[5] now      now, ms
  ARGV[6] take     '1' to lease the lane to the caller if it is free, else ''
  ARGV[7] token    the caller's lease token (with take)
  ARGV[8] leaseMs  how long a lease lasts, ms
  ARGV[9] caseId   the case the entry belongs to (a relayed answer), or ''

  Returns 'exists' (an entry with this id is already there: nothing written), 'taken' (written, and
  the lane is the caller's to send now) or 'queued'.
]]
if redis.call('EXISTS', K.entry) == 1 then return 'exists' end
redis.call('HSET', K.entry, 'person', A.person, 'sealed', A.sealed, 'score', A.score, 'at', A.now, 'tries', '0', 'case', A.caseId)
local n = redis.call('RPUSH', K.lane, A.id)
redis.call('ZADD', K.rank, 'LT', A.score, A.person)
local waiting = redis.call('ZSCORE', K.later, A.person)
if waiting then return 'queued' end -- being sent, or waiting out a retry: it goes on from there
if n == 1 and A.take == '1' then
  redis.call('SET', K.lock, A.token)
  redis.call('ZADD', K.later, tonumber(A.now) + tonumber(A.leaseMs), A.person)
  redis.call('ZREM', K.ready, A.person)
  return 'taken'
end
redis.call('ZADD', K.ready, redis.call('ZSCORE', K.rank, A.person), A.person)
return 'queued'
