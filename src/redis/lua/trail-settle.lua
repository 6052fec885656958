--[[
  trail settle: record messages of one person's chat with the bot (the person's message just processed and
  what the bot sent), schedule their deletion, and hand back the transient messages that the person's
  answer made obsolete.

  KEYS[1] trail       the person's trail (sorted set: member `<side>:<ref>`, score: when it is due to go, ms)
  KEYS[2] chat        the person's trail hash (`w`: sealed chat address, `t`: transient members)
  KEYS[3] due         the deadlines sorted set

  ARGV[1] entries     JSON array of [member, dueAt as a string]
  ARGV[2] transient   space-separated members among `entries` that go once the person answers, or ''
  ARGV[3] answered    '1' when this is the person's message being processed: the transient members kept so
                      far are returned and forgotten; '' for messages sent without one (a relayed answer)
  ARGV[4] owner       the sealed { channel, address } (raw bytes), kept once
  ARGV[5] ttlSeconds  how long the trail is kept after its latest write
  ARGV[6] dueMember   this person's member in the deadlines set (`erase:<personId>`)

  Returns the transient members to delete now, space-separated ('' for none). The deadline is moved
  forward (ZADD LT) to the trail's earliest member, never back.
]]
local kept = redis.call('HGET', K.chat, 't') or ''
local taken = ''
if A.answered == '1' then
  taken = kept
  kept = ''
end
if A.transient ~= '' then
  if kept == '' then kept = A.transient else kept = kept .. ' ' .. A.transient end
end
if kept == '' then redis.call('HDEL', K.chat, 't') else redis.call('HSET', K.chat, 't', kept) end
for _, entry in ipairs(cjson.decode(A.entries)) do
  redis.call('ZADD', K.trail, entry[2], entry[1])
end
redis.call('HSETNX', K.chat, 'w', A.owner)
redis.call('EXPIRE', K.chat, A.ttlSeconds)
local first = redis.call('ZRANGE', K.trail, 0, 0, 'WITHSCORES')
if first[2] then
  redis.call('EXPIRE', K.trail, A.ttlSeconds)
  redis.call('ZADD', K.due, 'LT', first[2], A.dueMember)
end
return taken
