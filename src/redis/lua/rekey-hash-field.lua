--[[
  rekey hash field: replace one sealed field of a hash by the same value sealed with the newest key, only
  if the field still holds what was read (a write by the hotline in between wins). HSET keeps the TTL.

  KEYS[1] hash  the hash

  ARGV[1] field  the field
  ARGV[2] was    the stored value that was read and opened
  ARGV[3] value  the value sealed again

  Returns 1 if replaced, 0 if the field changed or is gone since it was read.
]]
if redis.call('HGET', K.hash, A.field) == A.was then
  redis.call('HSET', K.hash, A.field, A.value)
  return 1
end
return 0
