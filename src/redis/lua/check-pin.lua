--[[
  check pin: a relative's status check, with its limits. Wrong tries are counted per (case number, sender):
  `limit` wrong PINs in a row lock only that pair, for `lockSeconds` the first time and twice as long each
  time after (at most `maxLockSeconds`; the pair is remembered `memorySeconds` after its last failure). Each
  sender's failures across case numbers are counted too (`personLimit` within `personWindowSeconds`: probing
  many numbers). Across all senders, a case's failures within `dayWindowSeconds` of the first one are counted
  against `dayCap`: once reached, checks of that case are paused for every sender who has failed on it in
  that window, while a sender who has not failed may still try (one wrong try pauses them too), and the
  officers are told once (a `case.pin-capped` event). A right PIN clears the sender's failures on that case.
  An unknown case number counts exactly like a wrong PIN (no event): nothing is revealed by the answers.

  KEYS[1] case         the case hash
  KEYS[2] pair         the (case, sender) failures hash: fails, strikes, until (ms)
  KEYS[3] personFails  the sender's failure counter (all case numbers)
  KEYS[4] day          the case's failures hash for the window: n, alerted, f:<personId>
  KEYS[5] events       the events stream

  ARGV[1]  pinHash              keyed hash of the PIN given
  ARGV[2]  person               the sender's pseudonym
  ARGV[3]  now                  ms since the epoch
  ARGV[4]  limit                wrong PINs in a row that lock a pair
  ARGV[5]  lockSeconds          the first lock of a pair
  ARGV[6]  maxLockSeconds       the longest lock
  ARGV[7]  memorySeconds        how long a pair's locks are remembered after its last failure
  ARGV[8]  personLimit          failures allowed per sender within the window
  ARGV[9]  personWindowSeconds  how long a sender's counter lasts after its first failure
  ARGV[10] dayCap               failures per case (all senders) that pause checks and alert the officers
  ARGV[11] dayWindowSeconds     how long a case's count lasts after its first failure
  ARGV[12] maxLen               the events stream's approximate max length

  Returns {'ok', status, told} | {'no-match'} | {'locked'} (this pair or this sender) | {'paused'} (the
  case's cap, for a sender who failed on it).
]]
local now = tonumber(A.now)
local limit = tonumber(A.limit)
if tonumber(redis.call('HGET', K.pair, 'until') or '0') > now then return {'locked'} end
if tonumber(redis.call('GET', K.personFails) or '0') >= tonumber(A.personLimit) then return {'locked'} end
local mine = 'f:' .. A.person
if tonumber(redis.call('HGET', K.day, 'n') or '0') >= tonumber(A.dayCap) and redis.call('HEXISTS', K.day, mine) == 1 then
  return {'paused'}
end

local c = redis.call('HMGET', K.case, 'pinHash', 'status', 'told', 'urgency')
if c[1] and c[1] ~= '' and c[1] == A.pinHash then
  redis.call('DEL', K.pair)
  redis.call('HDEL', K.day, mine)
  return {'ok', c[2] or 'new', c[3] or ''}
end

-- A wrong PIN (or no such case): counted against this pair, this sender and the case's day.
local fails = redis.call('HINCRBY', K.pair, 'fails', 1)
local untilMs = tonumber(redis.call('HGET', K.pair, 'until') or '0')
if fails >= limit then
  local strikes = redis.call('HINCRBY', K.pair, 'strikes', 1)
  local lock = math.min(tonumber(A.lockSeconds) * 2 ^ (strikes - 1), tonumber(A.maxLockSeconds))
  untilMs = now + lock * 1000
  redis.call('HSET', K.pair, 'fails', 0, 'until', string.format('%.0f', untilMs))
end
redis.call('PEXPIRE', K.pair, string.format('%.0f', math.max(untilMs - now, 0) + tonumber(A.memorySeconds) * 1000))
if redis.call('INCR', K.personFails) == 1 then redis.call('EXPIRE', K.personFails, A.personWindowSeconds) end
local n = redis.call('HINCRBY', K.day, 'n', 1)
if n == 1 then redis.call('EXPIRE', K.day, A.dayWindowSeconds) end
redis.call('HINCRBY', K.day, mine, 1)
if n >= tonumber(A.dayCap) and c[2] and redis.call('HSETNX', K.day, 'alerted', A.now) == 1 then
  redis.call('XADD', K.events, 'MAXLEN', '~', A.maxLen, '*', 'type', 'case.pin-capped', 'case', redis.call('HGET', K.case, 'id') or '',
    'urgency', c[4] or '', 'at', A.now, 'failures', n, 'senders', redis.call('HLEN', K.day) - 2)
end
return {'no-match'}
