--[[
  renew lease: extend a lease (or lock) by its full time, only if we still hold it (compare-and-extend).

  KEYS[1] lease  the lease key

  ARGV[1] token  our lease token
  ARGV[2] ttlMs  the lease's time from now, ms

  Returns 1 if extended, 0 if the lease had expired or someone else holds it.
]]
if redis.call('GET', K.lease) == A.token then return redis.call('PEXPIRE', K.lease, A.ttlMs) end
return 0
