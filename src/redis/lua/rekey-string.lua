--[[
  rekey string: replace a sealed string by the same value sealed with the newest key, only if it still holds
  what was read, keeping its TTL.

  KEYS[1] key  the string

  ARGV[1] was    the stored value that was read and opened
  ARGV[2] value  the value sealed again

  Returns 1 if replaced, 0 if it changed or is gone since it was read.
]]
if redis.call('GET', K.key) == A.was then
  redis.call('SET', K.key, A.value, 'KEEPTTL')
  return 1
end
return 0
