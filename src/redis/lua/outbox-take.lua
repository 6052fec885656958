--[[
  outbox take: lease lanes to this process, most urgent first. Lanes whose wait is over (a retry's due
  time, or the lease of a process that died) go back to ready first, at their best score. With `person`,
  only that lane, if it is ready or due.

  KEYS[1] ready  the channel's lanes ready to send (score: priority)
  KEYS[2] later  the channel's lanes waiting (score: due time, ms)
  KEYS[3] rank   the channel's lanes' best scores

  ARGV[1] now         now, ms
  ARGV[2] leaseMs     how long a lease lasts, ms
  ARGV[3] limit       the most lanes to take
  ARGV[4] token       this process's lease token
  ARGV[5] lockPrefix  the lane lease key without the person (`<p>outbox:lock:`)
  ARGV[6] person      one person's lane to take, or '' for the most urgent

  Returns `{ [persons taken…], nextDue }`: the first item is a table of the persons leased; the second
  the soonest due time left in later (ms, as a string), or '' when none.
]]
local now = tonumber(A.now)
local due = redis.call('ZRANGEBYSCORE', K.later, '-inf', now, 'LIMIT', 0, 1000)
for _, person in ipairs(due) do
  -- A lease that ran out (its process died, or hangs): the lane is anyone's again.
  redis.call('DEL', A.lockPrefix .. person)
  redis.call('ZREM', K.later, person)
  local best = redis.call('ZSCORE', K.rank, person)
  if best then redis.call('ZADD', K.ready, best, person) end
end
local taken = {}
local function take(person)
  redis.call('ZREM', K.ready, person)
  redis.call('SET', A.lockPrefix .. person, A.token)
  redis.call('ZADD', K.later, now + tonumber(A.leaseMs), person)
  taken[#taken + 1] = person
end
if A.person ~= '' then
  if redis.call('ZSCORE', K.ready, A.person) then take(A.person) end
else
  local best = redis.call('ZRANGE', K.ready, 0, tonumber(A.limit) - 1)
  for _, person in ipairs(best) do take(person) end
end
local soonest = redis.call('ZRANGE', K.later, 0, 0, 'WITHSCORES')
return { taken, soonest[2] or '' }
