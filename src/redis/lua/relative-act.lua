--[[
  relative act: an officer's action about what a relative may learn of a missing-person case — choosing
  what a status check tells (`tell`: located / closed, or '' for only the neutral states again), or giving
  the relative a new PIN after checking it is them (`pin-reset`: the new PIN's keyed hash; the PIN itself
  goes only to the chat the report came from, src/officers/relative-desk.ts). A reset also lifts the
  reporting chat's lock and the case's paused checks. The change, its event and its audit entry go together.

  KEYS[1] case    the case hash
  KEYS[2] events  the events stream
  KEYS[3] audit   the audit stream
  KEYS[4] day     the case's failed-checks hash (check-pin.lua)
  KEYS[5] pair    the reporting chat's failures hash on this case
  KEYS[6] forgot  the reporting chat's "forgot my PIN" marker on this case

  ARGV[1] op          tell | pin-reset
  ARGV[2] officer     the officer's id
  ARGV[3] supervisor  1 when the officer is a supervisor, else 0
  ARGV[4] now         ms since the epoch
  ARGV[5] maxLen      the streams' approximate max length
  ARGV[6] caseId      the case id as asked (audited even when there is no such case)
  ARGV[7] value       tell: located | closed | ''; pin-reset: the new PIN's keyed hash

  Returns {result, status, claimedBy, urgency} where result is one of: ok, already (tell: that is what
  it tells already), missing (no such case), not-relative (not a relative's report), taken (claimed by
  someone else: only they or a supervisor), gone (pin-reset: the chat cannot be reached), stopped
  (pin-reset: messages to the chat are stopped).
  Events written: case.told (`told`), case.pin-reset. The audit's detail is the told value; never a PIN or hash.
]]
local op, who, boss, now, maxlen, id = A.op, A.officer, A.supervisor == '1', A.now, A.maxLen, A.caseId
local c = redis.call('HMGET', K.case, 'id', 'status', 'claimedBy', 'urgency', 'kind', 'reachable', 'stopped', 'told')
local status, owner = c[2] or '', c[3] or ''

local function finish(result, detail)
  redis.call('XADD', K.audit, 'MAXLEN', '~', maxlen, '*', 'officer', who, 'action', op, 'case', id, 'result', result, 'detail', detail or '', 'at', now)
  return { result, status, owner, c[4] or '' }
end
local function event(type, extra)
  local args = { 'XADD', K.events, 'MAXLEN', '~', maxlen, '*', 'type', type, 'case', id, 'urgency', c[4] or '', 'at', now, 'officer', who }
  for _, v in ipairs(extra or {}) do args[#args + 1] = v end
  redis.call(unpack(args))
end

if not c[1] then return finish('missing') end
if c[5] ~= 'missing-person' then return finish('not-relative') end
if owner ~= '' and owner ~= who and not boss then return finish('taken', op == 'tell' and A.value or '') end

if op == 'tell' then
  if (c[8] or '') == A.value then return finish('already', A.value) end
  if A.value == '' then
    redis.call('HDEL', K.case, 'told', 'toldBy', 'toldAt')
  else
    redis.call('HSET', K.case, 'told', A.value, 'toldBy', who, 'toldAt', now)
  end
  redis.call('HSET', K.case, 'updatedAt', now)
  event('case.told', { 'told', A.value })
  return finish('ok', A.value)
end

if op == 'pin-reset' then
  if c[6] == 'gone' then return finish('gone') end
  if c[7] then return finish('stopped') end
  redis.call('HSET', K.case, 'pinHash', A.value, 'pinResetBy', who, 'pinResetAt', now, 'updatedAt', now)
  redis.call('DEL', K.day, K.pair, K.forgot)
  event('case.pin-reset')
  return finish('ok')
end

return redis.error_reply('unknown relative op ' .. op)
