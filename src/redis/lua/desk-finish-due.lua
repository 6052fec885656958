--[[
  desk finish due: drop a deadline the desk handled, unless its handler set a new time for it.

  KEYS[1] due  the deadlines sorted set

  ARGV[1] member      the deadline handled
  ARGV[2] leaseUntil  the time desk claim due gave it

  Returns 1 if dropped, 0 if it had a new time (or was gone).
]]
if redis.call('ZSCORE', K.due, A.member) == A.leaseUntil then return redis.call('ZREM', K.due, A.member) end
return 0
