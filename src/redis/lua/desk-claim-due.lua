--[[
  desk claim due: take the desk's due deadlines (re-alerts, held answers' release). Each one taken is
  pushed to `leaseUntil`, so that if this process dies before handling it, it comes due again.

  KEYS[1] due  the deadlines sorted set (score: when due, ms)

  ARGV[1] now         now, ms since the epoch
  ARGV[2] leaseUntil  the time a taken deadline comes due again if not finished, ms
  ARGV[3] limit       the most deadlines to take

  Returns the members taken, soonest first.
]]
local due = redis.call('ZRANGEBYSCORE', K.due, '-inf', A.now, 'LIMIT', 0, tonumber(A.limit))
local out = {}
for _, member in ipairs(due) do
  redis.call('ZADD', K.due, A.leaseUntil, member)
  out[#out + 1] = member
end
return out
