--[[
  outbox retry: the channel could not take the lane's first entry now (a 429's retry_after, a network
  error, a 5xx, not connected): record how far it got, free the lane, and make it due again at `due`.
  Also used with `due` = now to hand a lane back unsent (the process is stopping).

  KEYS[1] entry  the entry's hash
  KEYS[2] lock   the lane's lease
  KEYS[3] later  the channel's waiting lanes

  ARGV[1] person  the person's pseudonym
  ARGV[2] token   the caller's lease token
  ARGV[3] due     when to try again, ms
  ARGV[4] tries   failed attempts so far
  ARGV[5] sent    JSON of the entry's messages already in the chat (`{ done, sent }`), or '' if unchanged

  Returns 1, or 0 when the lease was no longer the caller's (nothing changed).
]]
if redis.call('GET', K.lock) ~= A.token then return 0 end
if redis.call('EXISTS', K.entry) == 1 then
  redis.call('HSET', K.entry, 'tries', A.tries)
  if A.sent ~= '' then redis.call('HSET', K.entry, 'sent', A.sent) end
end
redis.call('DEL', K.lock)
redis.call('ZADD', K.later, A.due, A.person)
return 1
