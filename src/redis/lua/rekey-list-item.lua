--[[
  rekey list item: replace one sealed item of a list by the same value sealed with the newest key, wherever
  it is now (items before it may have been popped), only if it is still there. Sealed items are unique (a
  random nonce each), so the first match is the one read. LSET keeps the TTL.

  KEYS[1] list  the list

  ARGV[1] was    the stored item that was read and opened
  ARGV[2] value  the item sealed again

  Returns 1 if replaced, 0 if the item is gone since it was read.
]]
local at = redis.call('LPOS', K.list, A.was)
if at then
  redis.call('LSET', K.list, at, A.value)
  return 1
end
return 0
