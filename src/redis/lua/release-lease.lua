--[[
  release lease: release a lease (or lock), only if we still hold it.

  KEYS[1] lease  the lease key

  ARGV[1] token  our lease token

  Returns 1 if released, 0 if the lease had expired or someone else holds it.
]]
if redis.call('GET', K.lease) == A.token then return redis.call('DEL', K.lease) end
return 0
