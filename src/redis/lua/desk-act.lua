--[[
  desk act: one officer action on one case — claim, unclaim, hand to a colleague, status, note, reply, location request,
  lowering a false alarm's urgency and restoring it, resuming messages to a chat stopped by the person's
  duress or "can't talk" word, unlocking held answers locked by wrong code-word tries, or viewing it. It checks the case, changes it, and
  appends the case event and the audit entry together: two officers pressing "claim" at once get exactly
  one winner, and no action escapes the audit stream.

  KEYS[1] case    the case hash
  KEYS[2] queue   the open queue
  KEYS[3] events  the events stream
  KEYS[4] audit   the audit stream
  KEYS[5] target  the op's list or other case: the notes list (note), the held-answers list (reply,
                  request-location), the case it duplicates (status duplicate), the person's
                  conversation (resume), the case's code-word tries counter (unlock); else any key (unused)
  KEYS[6] seen    reply, request-location: the marker of the officer's message it came from (a replayed
                  update queues nothing twice); else any key (unused)

  ARGV[1]  op           view | claim | unclaim | hand | free | status | note | reply | request-location | lower | restore |
                        resume | unlock
  ARGV[2]  officer      the officer's id
  ARGV[3]  supervisor   1 when the officer is a supervisor, else 0
  ARGV[4]  now          now, ms since the epoch
  ARGV[5]  maxLen       the streams' approximate max length
  ARGV[6]  caseId       the case id as asked (audited even when there is no such case)
  ARGV[7]  status       the new status (op status), else ''
  ARGV[8]  duplicateOf  the case it duplicates (status duplicate), else ''
  ARGV[9]  payload      sealed payload: appended to the target list (note, reply, request-location), or
                        the lowering's reason (lower), stored on the case and in its event; op free: the
                        officer whose claim is freed (freed only if they still hold it); op hand: the colleague's
                        officer id, '' when the name given is no officer the deployment knows
  ARGV[10] urgency      op lower: the urgency to lower to (high, normal), or '' for one step down; else ''
  ARGV[11] ref          reply, request-location: the officer's message it came from ('' when none): queued
                        once per ref (a second time returns already)

  Returns {result, status, claimedBy, urgency} (the case's urgency after the op) where result is one of:
    ok, already (nothing to change), missing (no such case), closed (case is resolved/duplicate/closed),
    taken (claimed by someone else: claimedBy says who), not-claimed, gone (the person cannot be
    reached), bad-duplicate (the other case does not exist or is this one), not-lower (lower: the
    urgency asked for is not below the case's), not-lowered (restore: no officer lowered it),
    not-stopped (resume: nothing is stopped), not-locked (unlock: the release is not locked),
    unknown-officer (hand: no such colleague), self (hand: to the officer handing)
  Free is the start-up's, not an officer's: it gives back a case claimed by someone no longer listed as an
  officer (the audit's officer is `system`, its detail the former owner; the event is case.unclaimed with
  `freed`). Reply and request-location stamp `answeredAt` (the response-time re-alert stops).
  Hand gives a case to a colleague: the officer holding it, or a supervisor (any open case, claimed or
  not); the colleague holds it from now (`claimedAt`), audited with `detail` `<from>><to>`.
  Events written: case.claimed, case.unclaimed, case.handed (`to`, `prev`: the new and the former owner), case.status, case.note, case.reply (state queued),
  case.lowered, case.restored, case.resumed, case.release-unlocked.
  Resume and unlock are the owner's or a supervisor's on a claimed case (anyone's on an unclaimed one).
  Lowering keeps the urgency from before the first lowering in `loweredFrom` (lowering again keeps it);
  restoring goes back to it. Nothing here reaches the person: they are never told.
]]
local op, who, boss, now, maxlen, id = A.op, A.officer, A.supervisor == '1', A.now, A.maxLen, A.caseId
local c = redis.call('HMGET', K.case, 'id', 'status', 'claimedBy', 'urgency', 'createdAt', 'reachable', 'loweredFrom')
local status, owner = c[2] or '', c[3] or ''

local function finish(result, detail)
  redis.call('XADD', K.audit, 'MAXLEN', '~', maxlen, '*', 'officer', who, 'action', op, 'case', id, 'result', result, 'detail', detail or '', 'at', now)
  return { result, status, owner, c[4] or '' }
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

if op == 'hand' then
  local to = A.payload
  local detail = owner .. '>' .. to
  if to == '' then return finish('unknown-officer', detail) end
  if FINAL[status] then return finish('closed', detail) end
  if to == who then return finish('self', detail) end
  if owner == '' and not boss then return finish('not-claimed', detail) end
  if owner ~= who and not boss then return finish('taken', detail) end
  if owner == to then return finish('already', detail) end
  local prev = owner
  owner = to
  if status == 'new' then status = 'claimed' end
  redis.call('HSET', K.case, 'claimedBy', to, 'claimedAt', now, 'status', status, 'updatedAt', now)
  event('case.handed', { 'to', to, 'prev', prev })
  return finish('ok', detail)
end

if op == 'free' then
  if owner == '' then return finish('not-claimed', A.payload) end
  if owner ~= A.payload then return finish('taken', A.payload) end
  owner = ''
  if OPEN[status] then status = 'new' end
  redis.call('HDEL', K.case, 'claimedBy', 'claimedAt')
  redis.call('HSET', K.case, 'status', status, 'updatedAt', now)
  event('case.unclaimed', { 'freed', A.payload })
  return finish('ok', A.payload)
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
  if A.ref ~= '' and not redis.call('SET', K.seen, '1', 'NX', 'PX', 7 * 86400000) then return finish('already') end
  redis.call('RPUSH', K.target, A.payload)
  redis.call('HSET', K.case, 'answeredAt', now)
  event('case.reply', { 'state', 'queued' })
  return finish('ok')
end

-- Only the owner or a supervisor lowers a claimed case (as for its status); anyone may lower an unclaimed
-- one, and anyone may restore: raising the urgency back is the safe direction.
if op == 'lower' then
  local from, to = c[4] or '', A.urgency
  local rank = RANK[from] or RANK.normal -- an unknown urgency counts as normal, as in the queue
  if to == '' then
    for u, r in pairs(RANK) do if r == rank + 1 then to = u end end
  end
  local detail = from .. '>' .. to
  if FINAL[status] then return finish('closed', detail) end
  if owner ~= '' and owner ~= who and not boss then return finish('taken', detail) end
  if to == from then return finish('already', detail) end
  if not RANK[to] or RANK[to] <= rank then return finish('not-lower', detail) end
  if not c[7] then redis.call('HSET', K.case, 'loweredFrom', from) end
  redis.call('HSET', K.case, 'urgency', to, 'loweredBy', who, 'loweredAt', now, 'loweredReason', A.payload, 'updatedAt', now)
  c[4] = to
  requeue()
  event('case.lowered', { 'from', from, 'sealed', A.payload })
  return finish('ok', detail)
end

if op == 'restore' then
  local from, to = c[4] or '', c[7]
  if FINAL[status] then return finish('closed') end
  if not to then return finish('not-lowered') end
  redis.call('HDEL', K.case, 'loweredFrom', 'loweredBy', 'loweredAt', 'loweredReason')
  redis.call('HSET', K.case, 'urgency', to, 'updatedAt', now)
  c[4] = to
  requeue()
  event('case.restored', { 'from', from })
  return finish('ok', from .. '>' .. to)
end

-- The person's duress or "can't talk" word stopped every message to their chat: an officer decides when
-- it may reach them again. The conversation's stop (`x`) and the case's mirror go together.
if op == 'resume' then
  local stopped = redis.call('HGET', K.case, 'stopped')
  local x = redis.call('HGET', K.target, 'x')
  local was = stopped or (x and string.match(x, '^([%w-]+):')) or ''
  if was == '' then return finish('not-stopped') end
  if owner ~= '' and owner ~= who and not boss then return finish('taken', was) end
  redis.call('HDEL', K.case, 'stopped', 'stoppedAt')
  redis.call('HSET', K.case, 'updatedAt', now)
  redis.call('HDEL', K.target, 'x')
  event('case.resumed', { 'was', was })
  return finish('ok', was)
end

-- Wrong code-word tries locked the release of held answers: an officer who has checked unlocks it.
if op == 'unlock' then
  if redis.call('HEXISTS', K.case, 'releaseLocked') == 0 then return finish('not-locked') end
  if owner ~= '' and owner ~= who and not boss then return finish('taken') end
  redis.call('HDEL', K.case, 'releaseLocked')
  redis.call('HSET', K.case, 'updatedAt', now)
  redis.call('DEL', K.target)
  event('case.release-unlocked')
  return finish('ok')
end

return redis.error_reply('unknown desk op ' .. op)
