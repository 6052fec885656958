--[[
  pin forgot: a relative says they forgot the PIN of a report. The officers are told once per (case,
  sender) within `ttlSeconds` (a `case.pin-forgotten` event, saying whether the request came from the chat
  the report was made in); nothing is told to the sender that would show whether the case exists.

  KEYS[1] case    the case hash
  KEYS[2] forgot  this (case, sender)'s request marker
  KEYS[3] events  the events stream

  ARGV[1] person      the sender's pseudonym
  ARGV[2] now         ms since the epoch
  ARGV[3] ttlSeconds  how long one request stands before the same sender can ask again
  ARGV[4] maxLen      the events stream's approximate max length

  Returns 'noted' | 'already' | 'none' (no such missing-person case).
]]
local c = redis.call('HMGET', K.case, 'id', 'kind', 'person', 'urgency')
if not c[1] or c[2] ~= 'missing-person' then return 'none' end
if not redis.call('SET', K.forgot, A.now, 'NX', 'EX', A.ttlSeconds) then return 'already' end
redis.call('XADD', K.events, 'MAXLEN', '~', A.maxLen, '*', 'type', 'case.pin-forgotten', 'case', c[1], 'urgency', c[4] or '', 'at', A.now,
  'from', c[3] == A.person and 'reporter' or 'other')
return 'noted'
