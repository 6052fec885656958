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
  KEYS[8] tries         the case's wrong code-word tries counter (any key when there is no case)
  KEYS[9] caseKey       the case's wrapped data key (src/cases/case-keys.ts; any key when there is no case)
  KEYS[10…] attached     for each id of `attached`, in order: its case hash, held-answers list and tries counter

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
  ARGV[17] safety        JSON from src/core/safety-words.ts: { set: {field: value} and clear: [field] for
                         the conversation (kc, kd, ty, x), by: 'typed'|'code'|'other' and quiet: ms (a
                         message from the person: for case.person-active), duress: 1, cantTalk: 'on'|'off'
                         with offBy, guess: { limit, windowSeconds } (a wrong code-word try) }
  ARGV[18] wiped         '1' when this message wiped the chat: `wp` is set (the next message is not taken
                         as an answer) and `case.wiped` written on an open case; 'keep': `wp` stays as it
                         is (a silence, a swallowed safety word, a message while outbound is stopped); ''
                         clears `wp`
  ARGV[19] told          '1' when the replies tell the person to clear the chat themselves: `e` is cleared
  ARGV[20] attached      the conversation's other cases (its `oc` but the flow's own): space-separated ids
  ARGV[21] attachedMax   how many cases `oc` keeps at most (the flow's own first, then the latest before it)
  ARGV[22] caseKey       the wrapped case key the case's sealed values (`caseFields.sealed`, `forwarded`) were
                         sealed with, or '' (sealed by DATA_KEY: a case from before case keys)
  ARGV[23] caseKeyFresh  '1': `caseKey` is new, written here with the case (SET NX); '': it must be the one stored

  Returns 'lease-lost', 'case-exists' (open of an id already taken: draw another), 'case-key-changed' (the
  case's key is not the one the values were sealed with: erased, re-wrapped by rekey, or written meanwhile;
  nothing written: seal again), or
  'ok' / 'case.opened' / 'case.updated' / 'case.escalated' / 'case.reopened' (the case event written).
  An alarm on a case an officer had finished (resolved, duplicate, closed) reopens it: status `new`,
  unclaimed, back in the queue, `reopenedFrom` / `reopenedAt` set and `reopened` counted, and
  `case.reopened` written instead of `case.updated`, so the desk posts it again and re-alerts.
  Also writes `case.message` for a forwarded message (and counts it in the case's `messages`), `case.wiped` when the message wiped the chat, and
  otherwise `case.person-active` (with `by` and `quiet`) when the person wrote while officers' answers are
  held for them (the desk's relay decides whether that releases them; a wipe never does). What a message
  does to the chat's cases it does to each of the conversation's cases (`oc`: the flow's own and the
  `attached` ones, such as a relative's report before `/restart`), except the forwarded words and the duress
  alarm (the flow's own case only); `oc` is then written again, without cases an officer finished that hold
  no answer. Safety words: the case mirrors the conversation's outbound stop (`stopped`,
  `stoppedAt`) and whether a code word is set (`codeWord`); `case.duress` and `case.cant-talk` are written
  for the duress and "can't talk" words; a wrong code-word try while answers are held counts in `tries`
  (expiring after the window), and reaching the limit locks the release (`releaseLocked`,
  `case.release-locked`).
  Urgency only rises here: an update with a lower urgency than stored keeps the stored one, and its
  reasons and indicator score only add up (a flow that adopted an existing case, such as a relative's
  report made again, never takes reasons away). A case an
  officer lowered (`loweredFrom` set: a false alarm) keeps its urgency unless the message raised an
  alarm; an alarm that raises it ends the lowering. The status is set only when the case opens (or
  reopens): later updates never undo an officer's status.
]]
-- Still holding the lease taken by begin (which dropped duplicates) means no one else wrote since.
if redis.call('GET', K.lease) ~= A.token then return 'lease-lost' end
local seen = redis.call('HGET', K.conversation, 'seen') or ''
local op = A.caseOp
if op == 'open' and redis.call('EXISTS', K.case) == 1 then return 'case-exists' end
-- The case's sealed values are only written with the key that is stored for it (a new one with the case).
if A.caseKey ~= '' then
  if A.caseKeyFresh == '1' then
    if not redis.call('SET', K.caseKey, A.caseKey, 'NX') then return 'case-key-changed' end
  elseif redis.call('GET', K.caseKey) ~= A.caseKey then
    return 'case-key-changed'
  end
end

local result = 'ok'
if op ~= '' then
  local fields = cjson.decode(A.caseFields)
  local stored = redis.call('HMGET', K.case, 'urgency', 'createdAt', 'status', 'loweredFrom', 'reasons', 'score')
  local created = stored[2] or fields.createdAt
  if stored[4] and A.alarm ~= '1' then
    fields.urgency = stored[1] -- the flow still says what the officer lowered: only new danger counts
  elseif stored[1] and RANK[stored[1]] <= RANK[fields.urgency] then fields.urgency = stored[1] end
  if stored[4] and RANK[fields.urgency] < RANK[stored[1]] then
    redis.call('HDEL', K.case, 'loweredFrom', 'loweredBy', 'loweredAt', 'loweredReason')
  end
  if stored[5] and stored[5] ~= '' then
    local seenReason, all = {}, {}
    for r in string.gmatch(stored[5] .. ',' .. (fields.reasons or ''), '[^,]+') do
      if not seenReason[r] then seenReason[r] = true; all[#all + 1] = r end
    end
    fields.reasons = table.concat(all, ',')
  end
  if stored[6] and fields.score and (tonumber(stored[6]) or 0) > (tonumber(fields.score) or 0) then fields.score = stored[6] end
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
  redis.call('HDEL', K.case, 'erasing') -- written again: no longer half-erased (src/cases/retention.ts)
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
-- Safety words (src/core/safety-words.ts): the conversation's secret-word hashes and outbound stop.
local S = cjson.decode(A.safety)
for k, v in pairs(S.set or {}) do redis.call('HSET', K.conversation, k, v) end
for _, k in ipairs(S.clear or {}) do redis.call('HDEL', K.conversation, k) end
local conv = redis.call('HMGET', K.conversation, 'x', 'kc')
--- What a message from the person does to one of their cases: `primary` is the one the flow works on.
local function touch(caseKey, heldKey, triesKey, caseId, primary)
  redis.call('HDEL', caseKey, 'reachable') -- they wrote: the channel reaches them again (src/core/outbox.ts)
  if primary and A.forwarded ~= '' then
    redis.call('XADD', K.events, 'MAXLEN', '~', A.eventsMaxLen, '*', 'type', 'case.message', 'case', caseId, 'at', A.now, 'sealed', A.forwarded)
    redis.call('HINCRBY', caseKey, 'messages', 1) -- the web desk's unread counts (src/web/desk-unread.ts)
  end
  local held = redis.call('EXISTS', heldKey) == 1
  if A.wiped == '1' then
    -- A wipe releases no held answer: it is no sign that the person can read one now.
    redis.call('XADD', K.events, 'MAXLEN', '~', A.eventsMaxLen, '*', 'type', 'case.wiped', 'case', caseId, 'at', A.now)
  elseif held and S.by then
    redis.call('XADD', K.events, 'MAXLEN', '~', A.eventsMaxLen, '*', 'type', 'case.person-active', 'case', caseId, 'at', A.now, 'by', S.by, 'quiet', tostring(S.quiet or ''))
  end
  local urgency = redis.call('HGET', caseKey, 'urgency') or ''
  if conv[1] then
    local kind, since = string.match(conv[1], '^([%w-]+):(%d+)$')
    redis.call('HSET', caseKey, 'stopped', kind, 'stoppedAt', since)
  else
    redis.call('HDEL', caseKey, 'stopped', 'stoppedAt')
  end
  if conv[2] then redis.call('HSETNX', caseKey, 'codeWord', '1') end
  if S.duress and primary then
    redis.call('XADD', K.events, 'MAXLEN', '~', A.eventsMaxLen, '*', 'type', 'case.duress', 'case', caseId, 'urgency', urgency, 'at', A.now)
  end
  if S.cantTalk then
    redis.call('XADD', K.events, 'MAXLEN', '~', A.eventsMaxLen, '*', 'type', 'case.cant-talk', 'case', caseId, 'urgency', urgency, 'at', A.now, 'state', S.cantTalk, 'by', S.offBy or '')
  end
  if S.guess and held and conv[2] and redis.call('HEXISTS', caseKey, 'releaseLocked') == 0 then
    local tries = redis.call('INCR', triesKey)
    if tries == 1 then redis.call('EXPIRE', triesKey, S.guess.windowSeconds) end
    if tries >= S.guess.limit then
      redis.call('HSET', caseKey, 'releaseLocked', A.now)
      redis.call('XADD', K.events, 'MAXLEN', '~', A.eventsMaxLen, '*', 'type', 'case.release-locked', 'case', caseId, 'urgency', urgency, 'at', A.now, 'tries', tries)
    end
  end
end
-- The conversation's cases (`oc`): the flow's own, then every case it had before (another flow's, or a
-- report made before this one), each kept until an officer finished it and no answer waits for it.
local cases = {}
if A.caseId ~= '' and redis.call('EXISTS', K.case) == 1 then
  touch(K.case, K.held, K.tries, A.caseId, true)
  cases[1] = A.caseId
end
local i = 0
for id in string.gmatch(A.attached, '%S+') do
  local caseKey, heldKey, triesKey = K.attached[i * 3 + 1], K.attached[i * 3 + 2], K.attached[i * 3 + 3]
  i = i + 1
  if id ~= A.caseId and redis.call('EXISTS', caseKey) == 1 then
    if A.lastAt ~= '' then touch(caseKey, heldKey, triesKey, id, false) end -- a message, not a silence
    if not FINAL[redis.call('HGET', caseKey, 'status') or ''] or redis.call('EXISTS', heldKey) == 1 then
      if #cases < tonumber(A.attachedMax) then cases[#cases + 1] = id end
    end
  end
end
if #cases > 0 then redis.call('HSET', K.conversation, 'oc', table.concat(cases, ' '))
else redis.call('HDEL', K.conversation, 'oc') end

if seen == '' then seen = A.messageId else seen = seen .. ' ' .. A.messageId end
local ids = {}
for id in string.gmatch(seen, '%S+') do ids[#ids + 1] = id end
local keep = tonumber(A.seenMax)
if #ids > keep then seen = table.concat(ids, ' ', #ids - keep + 1, #ids) end
redis.call('HSET', K.conversation, 's', A.snapshot, 'seen', seen)
redis.call('HSETNX', K.conversation, 'w', A.owner)
if A.lastAt ~= '' then redis.call('HSET', K.conversation, 't', A.lastAt) end
if A.wiped == '1' then redis.call('HSET', K.conversation, 'wp', '1')
elseif A.wiped ~= 'keep' then redis.call('HDEL', K.conversation, 'wp') end
if A.told == '1' then redis.call('HDEL', K.conversation, 'e') end
redis.call('HDEL', K.conversation, 'g') -- a message from them: no longer unreachable
-- A chat stopped by a duress word stays stopped until an officer resumes it: it never expires meanwhile.
local stop = redis.call('HGET', K.conversation, 'x')
if stop and string.sub(stop, 1, 7) == 'duress:' then
  redis.call('PERSIST', K.conversation)
else
  redis.call('EXPIRE', K.conversation, A.ttlSeconds)
end
if A.silenceAt == '' then
  redis.call('ZREM', K.due, A.silenceMember)
else
  redis.call('ZADD', K.due, A.silenceAt, A.silenceMember)
end
redis.call('DEL', K.lease)
return result
