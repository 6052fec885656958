--[[
  relay hand over: move officers' answers (or the one neutral notice) for a case from its held list into
  the person's outbox lane, with the relay's bookkeeping, all or nothing. An answer's entry id is the
  answer's own id, and it is written only if this call took its item out of the held list: a relay that
  runs again after a kill finds the answer already handed over (gone from the list, in the outbox or sent)
  and never queues it twice.

  KEYS[1] held          the case's held-answers list
  KEYS[2] case          the case hash
  KEYS[3] due           the deadlines sorted set
  KEYS[4] lane          the person's outbox lane
  KEYS[5] ready         the channel's ready lanes
  KEYS[6] later         the channel's waiting lanes
  KEYS[7] rank          the channel's lanes' best scores
  KEYS[8] conversation  the person's conversation hash

  ARGV[1] entries      JSON `[{ id, item?, sealed, score, ev? }]`: each entry in order; `item` the held
                       list's member it comes from (none: a notice), `sealed` the base64 sealed batch,
                       `score` its priority, `ev` the events to write once the channel took it
  ARGV[2] person       the person's pseudonym
  ARGV[3] now          now, ms
  ARGV[4] entryPrefix  entry hash key without the id (`<p>outbox:entry:`)
  ARGV[5] caseId       the case id
  ARGV[6] announced    '' leaves `announced`, '-' deletes it, else the count to set
  ARGV[7] released     `<rule>:<ms>` to set as `released`, or ''
  ARGV[8] dueMember    the case's release deadline (`release:<caseId>`), dropped

  Returns 'gone' when the person's conversation is marked unreachable (`g`: nothing written), else the
  number of entries written.
]]
if redis.call('HEXISTS', K.conversation, 'g') == 1 then return 'gone' end
local written = 0
for _, e in ipairs(cjson.decode(A.entries)) do
  local key = A.entryPrefix .. e.id
  local mine = true
  if e.item then mine = redis.call('LREM', K.held, 1, e.item) == 1 end
  if mine and redis.call('EXISTS', key) == 0 then
    redis.call('HSET', key, 'person', A.person, 'sealed', e.sealed, 'score', e.score, 'at', A.now, 'tries', '0', 'case', A.caseId)
    if e.ev then redis.call('HSET', key, 'ev', cjson.encode(e.ev)) end
    redis.call('RPUSH', K.lane, e.id)
    redis.call('ZADD', K.rank, 'LT', e.score, A.person)
    written = written + 1
  end
end
if written > 0 and not redis.call('ZSCORE', K.later, A.person) then
  redis.call('ZADD', K.ready, redis.call('ZSCORE', K.rank, A.person), A.person)
end
if A.announced == '-' then redis.call('HDEL', K.case, 'announced')
elseif A.announced ~= '' then redis.call('HSET', K.case, 'announced', A.announced) end
if A.released ~= '' then redis.call('HSET', K.case, 'released', A.released) end
redis.call('ZREM', K.due, A.dueMember)
return written
