--[[
  desk act: one officer action on one case — claim, unclaim, status, note, reply, location request, or
  viewing it. It checks the case, changes it, and appends the case event and the audit entry together:
  two officers pressing "claim" at once get exactly one winner, and no action escapes the audit stream.

  KEYS[1] case    the case hash
  KEYS[2] queue   the open queue
  KEYS[3] events  the events stream
  KEYS[4] audit   the audit stream
  KEYS[5] target  the op's list or other case: the notes list (note), the held-answers list (reply,
                  request-location), the case it duplicates (status duplicate); else any key (unused)

  ARGV[1] op           view | claim | unclaim | status | note | reply | request-location
  ARGV[2] officer      the officer's id
  ARGV[3] supervisor   1 when the officer is a supervisor, else 0
  ARGV[4] now          now, ms since the epoch
  ARGV[5] maxLen       the streams' approximate max length
  ARGV[6] caseId       the case id as asked (audited even when there is no such case)
  ARGV[7] status       the new status (op status), else ''
  ARGV[8] duplicateOf  the case it duplicates (status duplicate), else ''
  ARGV[9] payload      sealed payload to append to the target list (note, reply, request-location)

  Returns {result, status, claimedBy} where result is one of:
    ok, already (nothing to change), missing (no such case), closed (case is resolved/duplicate/closed),
    taken (claimed by someone else: claimedBy says who), not-claimed, gone (the person cannot be
    reached), bad-duplicate (the other case does not exist or is this one)
  Events written: case.claimed, case.unclaimed, case.status, case.note, case.reply (state queued).
]]
local op, who, boss, now, maxlen, id = A.op, A.officer, A.supervisor == '1', A.now, A.maxLen, A.caseId
local c = redis.call('HMGET', K.case, 'id', 'status', 'claimedBy', 'urgency', 'createdAt', 'reachable')
local status, owner = c[2] or '', c[3] or ''

local function finish(result, detail)
  redis.call('XADD', K.audit, 'MAXLEN', '~', maxlen, '*', 'officer', who, 'action', op, 'case', id, 'result', result, 'detail', detail or '', 'at', now)
  return { result, status, owner }
end
local function event(type, extra)
  local args = { 'XADD', K.events, 'MAXLEN', '~', maxlen, '*', 'type', type, 'case', id, 'urgency', c[4], 'at', now, 'officer', who }
  for _, v in ipairs(extra or {}) do args[#args + 1] = v end
  redis.call(unpack(args))
end
local function requeue()
  -- urgency first, then age (queueScore in src/cases/case-model.ts); an unknown urgency counts as normal
  redis.call('ZADD', K.queue, (RANK[c[4]] or RANK.normal) * SCORE_SHIFT + tonumber(c[5]), id)
end

if not c[1] then return finish('missing') end
if op == 'view' then return finish('ok') end

if op == 'claim' then
  if FINAL[status] then return finish('closed') end
  if owner == who then return finish('already') end
  if owner ~= '' then return finish('taken') end
  if status == 'new' then status = 'claimed' end
  owner = who
  redis.call('HSET', K.case, 'claimedBy', who, 'claimedAt', now, 'status', status, 'updatedAt', now)
  event('case.claimed')
  return finish('ok')
end

if op == 'unclaim' then
  if owner == '' then return finish('not-claimed') end
  if owner ~= who and not boss then return finish('taken') end
  owner = ''
  if OPEN[status] then status = 'new' end
  redis.call('HDEL', K.case, 'claimedBy', 'claimedAt')
  redis.call('HSET', K.case, 'status', status, 'updatedAt', now)
  event('case.unclaimed')
  return finish('ok')
end

if op == 'status' then
  local to = A.status
  if to == status then return finish('already', to) end
  if owner ~= '' and owner ~= who and not boss then return finish('taken', to) end
  if to == 'duplicate' then
    if A.duplicateOf == id or redis.call('EXISTS', K.target) == 0 then return finish('bad-duplicate', A.duplicateOf) end
    redis.call('HSET', K.case, 'duplicateOf', A.duplicateOf)
  else
    redis.call('HDEL', K.case, 'duplicateOf')
  end
  if FINAL[to] then
    redis.call('ZREM', K.queue, id)
  else
    -- in progress: the officer setting it takes the case; a closed case comes back to the queue
    if owner == '' then owner = who; redis.call('HSET', K.case, 'claimedBy', who, 'claimedAt', now) end
    requeue()
  end
  status = to
  redis.call('HSET', K.case, 'status', to, 'updatedAt', now)
  event('case.status', { 'status', to })
  return finish('ok', to)
end

if op == 'note' then
  redis.call('RPUSH', K.target, A.payload)
  redis.call('HINCRBY', K.case, 'notes', 1)
  event('case.note')
  return finish('ok')
end

if op == 'reply' or op == 'request-location' then
  if c[6] == 'gone' then return finish('gone') end
  redis.call('RPUSH', K.target, A.payload)
  event('case.reply', { 'state', 'queued' })
  return finish('ok')
end

return redis.error_reply('unknown desk op ' .. op)
