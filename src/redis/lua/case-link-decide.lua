--[[
  case link decide: an officer says whether two cases are about the same person. Checks both cases,
  changes both case hashes, and appends the events and the audit entry together, so no decision escapes
  the audit stream.
  - link-confirm: B joins A's `links` and `confirmedLinks` (and A B's), and leaves `possibleLinks`; the pair
    leaves the rejected set. Any two cases can be confirmed (an officer may know more than the linker).
    Events: `case.linked` with `match` `confirmed` for each case.
  - link-reject: B leaves A's `links`, `possibleLinks` and `confirmedLinks` (and A B's), and the pair `A|B`
    (ids in sorted order) joins the rejected set: the linker never proposes it again. Events:
    `case.link-rejected` for each case.

  KEYS[1] caseA     case A's hash (the case the officer is working)
  KEYS[2] caseB     case B's hash (the other one)
  KEYS[3] rejected  the set of rejected pairs
  KEYS[4] events    the events stream
  KEYS[5] audit     the audit stream

  ARGV[1] op       link-confirm | link-reject (also the audit entry's action)
  ARGV[2] idA      case A's id (audited even when there is no such case)
  ARGV[3] idB      case B's id
  ARGV[4] officer  the officer's id
  ARGV[5] now      now, ms since the epoch
  ARGV[6] maxLen   the streams' approximate max length

  Returns the result, also the audit entry's: ok, already (confirmed or rejected before), missing (a case
  does not exist), same-case (A and B are one case). The audit entry's detail is B.
]]
local function has(list, id) return string.find(',' .. list .. ',', ',' .. id .. ',', 1, true) ~= nil end
local function without(list, id)
  local out = {}
  for x in string.gmatch(list, '[^,]+') do if x ~= id then out[#out + 1] = x end end
  return table.concat(out, ',')
end
local function with(list, id) if has(list, id) then return list end if list == '' then return id end return list .. ',' .. id end

local op = A.op
local confirm = op == 'link-confirm'
if not confirm and not (op == 'link-reject') then return redis.error_reply('unknown op ' .. tostring(op)) end
local function finish(result)
  redis.call('XADD', K.audit, 'MAXLEN', '~', A.maxLen, '*', 'officer', A.officer, 'action', op, 'case', A.idA, 'result', result, 'detail', A.idB, 'at', A.now)
  return result
end
if A.idA == A.idB then return finish('same-case') end
if redis.call('EXISTS', K.caseA) == 0 or redis.call('EXISTS', K.caseB) == 0 then return finish('missing') end

local pair = A.idA < A.idB and (A.idA .. '|' .. A.idB) or (A.idB .. '|' .. A.idA)
local a = redis.call('HMGET', K.caseA, 'links', 'possibleLinks', 'confirmedLinks')
local links, possible, confirmed = a[1] or '', a[2] or '', a[3] or ''
local rejected = redis.call('SISMEMBER', K.rejected, pair) == 1
if confirm and has(confirmed, A.idB) then return finish('already') end
if not confirm and rejected and not has(links, A.idB) and not has(possible, A.idB) then return finish('already') end

local function change(key, other)
  local cur = redis.call('HMGET', key, 'links', 'possibleLinks', 'confirmedLinks')
  local l, p, c = cur[1] or '', cur[2] or '', cur[3] or ''
  if confirm then
    l, p, c = with(l, other), without(p, other), with(c, other)
  else
    l, p, c = without(l, other), without(p, other), without(c, other)
  end
  redis.call('HSET', key, 'links', l, 'possibleLinks', p, 'confirmedLinks', c)
end
change(K.caseA, A.idB)
change(K.caseB, A.idA)
if confirm then redis.call('SREM', K.rejected, pair) else redis.call('SADD', K.rejected, pair) end

local kind = confirm and 'case.linked' or 'case.link-rejected'
for _, side in ipairs({ { K.caseA, A.idA, A.idB }, { K.caseB, A.idB, A.idA } }) do
  local urgency = redis.call('HGET', side[1], 'urgency') or ''
  local args = { 'XADD', K.events, 'MAXLEN', '~', A.maxLen, '*', 'type', kind, 'case', side[2], 'other', side[3], 'urgency', urgency, 'officer', A.officer, 'at', A.now }
  if confirm then args[#args + 1] = 'match'; args[#args + 1] = 'confirmed' end
  redis.call(unpack(args))
end
return finish('ok')
