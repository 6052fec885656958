--[[
  check pin: a relative's status check. Refuses while either counter has reached the limit; otherwise
  compares the PIN's keyed hash with the case's `pinHash` and, on a mismatch or an unknown case, counts
  one failure against the case number and one against the person (each counter expires `window` after
  its first failure). The same answer for an unknown case and a wrong PIN: nothing is revealed.

  KEYS[1] case         the case hash
  KEYS[2] caseFails    the case's failure counter
  KEYS[3] personFails  the person's failure counter

  ARGV[1] pinHash        keyed hash of the PIN given
  ARGV[2] limit          failures allowed per window
  ARGV[3] windowSeconds  how long a counter lasts after its first failure, seconds

  Returns {'ok', status} | {'no-match'} | {'locked'}.
]]
local limit = tonumber(A.limit)
if tonumber(redis.call('GET', K.caseFails) or '0') >= limit or tonumber(redis.call('GET', K.personFails) or '0') >= limit then
  return {'locked'}
end
local c = redis.call('HMGET', K.case, 'pinHash', 'status')
if c[1] and c[1] ~= '' and c[1] == A.pinHash then return {'ok', c[2] or 'new'} end
for _, counter in ipairs({ K.caseFails, K.personFails }) do
  if redis.call('INCR', counter) == 1 then redis.call('EXPIRE', counter, A.windowSeconds) end
end
return {'no-match'}
