--[[
  hotline commit: write the new snapshot, the case change, its queue entry and its event, mark the
  message processed, and release the lease — all or nothing.

  KEYS[1] conversation  the person's conversation hash
  KEYS[2] lease         the person's processing lease (taken by hotline begin)
  KEYS[3] case          the case hash (any key when there is no case)
  KEYS[4] queue         the open queue
  KEYS[5] events        the events stream
  KEYS[6] held          the case's held-answers list
  KEYS[7] due           the deadlines sorted set

  ARGV[1]  token         our lease token
  ARGV[2]  messageId     the channel's id of the message processed
  ARGV[3]  snapshot      the sealed conversation snapshot (raw bytes)
  ARGV[4]  ttlSeconds    conversation TTL, seconds
  ARGV[5]  seenMax       how many recent message ids to remember
  ARGV[6]  caseOp        '' | 'open' | 'update'
  ARGV[7]  caseFields    the case's fields as a JSON object of strings
  ARGV[8]  caseId        the case id, or ''
  ARGV[9]  now           now, ms since the epoch
  ARGV[10] eventsMaxLen  the events stream's approximate max length
  ARGV[11] forwarded     the message forwarded to the case's officers (base64 sealed JSON), or ''
  ARGV[12] alarm         '1' when this message says the person is in danger now, else ''
  ARGV[13] silenceMember the person's silence deadline in the deadlines set (`silence:<personId>`)
  ARGV[14] silenceAt     when to tell the flow the person went silent (ms), or '' to drop the deadline
  ARGV[15] owner         the person's channel and address (sealed bytes), kept once in the conversation
  ARGV[16] lastAt        when the person's message was sent (ms), kept as `t`; '' for work done without one
  ARGV[17] wiped         '1' when this message wiped the chat: `x` is set (the next message is not taken
                         as an answer) and `case.wiped` written on an open case; '' clears `x`
  ARGV[18] told          '1' when the replies tell the person to clear the chat themselves: `e` is cleared

  Returns 'lease-lost', 'case-exists' (open of an id already taken: draw another), or
  'ok' / 'case.opened' / 'case.updated' / 'case.escalated' / 'case.reopened' (the case event written).
  An alarm on a case an officer had finished (resolved, duplicate, closed) reopens it: status `new`,
  unclaimed, back in the queue, `reopenedFrom` / `reopenedAt` set and `reopened` counted, and
  `case.reopened` written instead of `case.updated`, so the desk posts it again and re-alerts.
  Also writes `case.message` for a forwarded message, and `case.person-active` when the person wrote
  while officers' answers are held for them (the desk then releases them).
  Urgency only rises here: an update with a lower urgency than stored keeps the stored one. A case an
  officer lowered (`loweredFrom` set: a false alarm) keeps its urgency unless the message raised an
  alarm; an alarm that raises it ends the lowering. The status is set only when the case opens (or
  reopens): later updates never undo an officer's status.
]]
-- Still holding the lease taken by begin (which dropped duplicates) means no one else wrote since.
if redis.call('GET', K.lease) ~= A.token then return 'lease-lost' end
local seen = redis.call('HGET', K.conversation, 'seen') or ''
local op = A.caseOp
if op == 'open' and redis.call('EXISTS', K.case) == 1 then return 'case-exists' end

local result = 'ok'
if op ~= '' then
  local fields = cjson.decode(A.caseFields)
  local stored = redis.call('HMGET', K.case, 'urgency', 'createdAt', 'status', 'loweredFrom')
  local created = stored[2] or fields.createdAt
  if stored[4] and A.alarm ~= '1' then
    fields.urgency = stored[1] -- the flow still says what the officer lowered: only new danger counts
  elseif stored[1] and RANK[stored[1]] <= RANK[fields.urgency] then fields.urgency = stored[1] end
  if stored[4] and RANK[fields.urgency] < RANK[stored[1]] then
    redis.call('HDEL', K.case, 'loweredFrom', 'loweredBy', 'loweredAt', 'loweredReason')
  end
  local reopened = A.alarm == '1' and stored[3] ~= false and FINAL[stored[3]] == true
  if reopened then
    fields.status = 'new'
    fields.reopenedFrom = stored[3]
    fields.reopenedAt = A.now
    redis.call('HDEL', K.case, 'claimedBy', 'claimedAt', 'duplicateOf')
    redis.call('HINCRBY', K.case, 'reopened', 1)
  elseif stored[3] then
    fields.status = nil
  end
  local flat = {}
  for k, v in pairs(fields) do
    if not (k == 'createdAt' and stored[2]) then
      flat[#flat + 1] = k
      flat[#flat + 1] = v
    end
  end
  redis.call('HSET', K.case, unpack(flat))
  if op == 'open' then result = 'case.opened'
  elseif reopened then result = 'case.reopened'
  elseif stored[1] and RANK[fields.urgency] < RANK[stored[1]] then result = 'case.escalated'
  else result = 'case.updated' end
  local status = fields.status or stored[3]
  if OPEN[status] then
    -- urgency first, then age (queueScore in src/cases/case-model.ts)
    redis.call('ZADD', K.queue, RANK[fields.urgency] * SCORE_SHIFT + tonumber(created), A.caseId)
  end
  redis.call('XADD', K.events, 'MAXLEN', '~', A.eventsMaxLen, '*', 'type', result, 'case', A.caseId, 'urgency', fields.urgency, 'at', A.now)
end
if A.caseId ~= '' and redis.call('EXISTS', K.case) == 1 then
  if A.forwarded ~= '' then
    redis.call('XADD', K.events, 'MAXLEN', '~', A.eventsMaxLen, '*', 'type', 'case.message', 'case', A.caseId, 'at', A.now, 'sealed', A.forwarded)
  end
  if A.wiped == '1' then
    -- A wipe releases no held answer: it is no sign that the person can read one now.
    redis.call('XADD', K.events, 'MAXLEN', '~', A.eventsMaxLen, '*', 'type', 'case.wiped', 'case', A.caseId, 'at', A.now)
  elseif redis.call('EXISTS', K.held) == 1 then
    redis.call('XADD', K.events, 'MAXLEN', '~', A.eventsMaxLen, '*', 'type', 'case.person-active', 'case', A.caseId, 'at', A.now)
  end
end

if seen == '' then seen = A.messageId else seen = seen .. ' ' .. A.messageId end
local ids = {}
for id in string.gmatch(seen, '%S+') do ids[#ids + 1] = id end
local keep = tonumber(A.seenMax)
if #ids > keep then seen = table.concat(ids, ' ', #ids - keep + 1, #ids) end
redis.call('HSET', K.conversation, 's', A.snapshot, 'seen', seen)
redis.call('HSETNX', K.conversation, 'w', A.owner)
if A.lastAt ~= '' then redis.call('HSET', K.conversation, 't', A.lastAt) end
if A.wiped == '1' then redis.call('HSET', K.conversation, 'x', '1') else redis.call('HDEL', K.conversation, 'x') end
if A.told == '1' then redis.call('HDEL', K.conversation, 'e') end
redis.call('EXPIRE', K.conversation, A.ttlSeconds)
if A.silenceAt == '' then
  redis.call('ZREM', K.due, A.silenceMember)
else
  redis.call('ZADD', K.due, A.silenceAt, A.silenceMember)
end
redis.call('DEL', K.lease)
return result
