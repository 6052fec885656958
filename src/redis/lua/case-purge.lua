--[[
  case purge: delete one case and everything kept about it (retention, or a person's /forget), with an
  events entry for the desk (its Telegram topic is closed) and an audit entry without personal data.

  KEYS[1]  case      the case hash
  KEYS[2]  notes     the officers' notes
  KEYS[3]  held      answers held for the person
  KEYS[4]  tries     wrong code-word tries
  KEYS[5]  card      where the case's card is on the desk (`chat`, `thread`, `message`)
  KEYS[6]  paging    the re-alerts' paging chain
  KEYS[7]  matchOf   the match index keys the case is in
  KEYS[8]  pinDay    the case's failed PIN checks of the day
  KEYS[9]  queue     the open-case queue
  KEYS[10] due       deadlines
  KEYS[11] realerts  re-alerts waiting to be folded into one message
  KEYS[12] events    the events stream
  KEYS[13] audit     the audit stream
  KEYS[14] caseKey   the case's wrapped data key (case key erase deleted it first; deleted here too)
  KEYS[15…] rest     further keys of the case to delete (the web desk's read markers, a relative's PIN locks,
                     their open-report pointer)

  ARGV[1] caseId     the case id
  ARGV[2] now        now, ms
  ARGV[3] reason     `retention` (closed longer than RETENTION_DAYS) or `forgotten` (the person's /forget)
  ARGV[4] cutoff     retention only: the case is kept unless its status is final and `updatedAt` ≤ cutoff
                     (ms); empty: no check
  ARGV[5] refPrefix  desk ref key without the ref (`<p>desk:ref:`)
  ARGV[6] maxLen     the streams' approximate max length

  Returns 'purged', 'kept' (no longer due: reopened, or changed since) or 'missing'.
]]
if redis.call('EXISTS', K.case) == 0 then
  redis.call('DEL', K.caseKey)
  return 'missing'
end
if A.cutoff ~= '' then
  local c = redis.call('HMGET', K.case, 'status', 'updatedAt')
  if not FINAL[c[1] or ''] or (tonumber(c[2]) or 0) > tonumber(A.cutoff) then return 'kept' end
end
local card = redis.call('HMGET', K.card, 'chat', 'thread', 'message')
if card[1] then
  if card[2] then redis.call('DEL', A.refPrefix .. card[1] .. ':t' .. card[2]) end
  if card[3] then redis.call('DEL', A.refPrefix .. card[1] .. ':m' .. card[3]) end
end
for _, index in ipairs(redis.call('SMEMBERS', K.matchOf)) do
  local kind = redis.call('TYPE', index).ok
  if kind == 'set' then redis.call('SREM', index, A.caseId) elseif kind == 'zset' then redis.call('ZREM', index, A.caseId) end
end
redis.call('DEL', K.caseKey, K.case, K.notes, K.held, K.tries, K.card, K.paging, K.matchOf, K.pinDay)
for _, key in ipairs(K.rest) do redis.call('DEL', key) end
redis.call('ZREM', K.queue, A.caseId)
redis.call('ZREM', K.due, 'realert:' .. A.caseId, 'respond:' .. A.caseId, 'release:' .. A.caseId)
redis.call('ZREM', K.realerts, A.caseId)
redis.call('XADD', K.events, 'MAXLEN', '~', A.maxLen, '*', 'type', 'case.purged', 'case', A.caseId, 'at', A.now,
  'reason', A.reason, 'chat', card[1] or '', 'thread', card[2] or '')
redis.call('XADD', K.audit, 'MAXLEN', '~', A.maxLen, '*', 'officer', 'system', 'action', 'purge', 'case', A.caseId,
  'result', A.reason, 'detail', '', 'at', A.now)
return 'purged'
