--[[
  case link: record that two cases are about the same person (exact) or may be (possible), on both
  case hashes, and announce it on the events stream — once: a link already recorded changes nothing.
  Fields: `links` (exact) and `possibleLinks` (to confirm), comma-separated case ids. An exact link
  replaces a possible one. Writes one `case.linked` entry per case (type, case, other, match, at). A pair
  an officer rejected (its `A|B` in the rejected set, ids in sorted order: case-link-decide.lua) is never
  linked again by the linker.

  KEYS[1] caseA     case A's hash
  KEYS[2] caseB     case B's hash
  KEYS[3] events    the events stream
  KEYS[4] rejected  the set of pairs officers said are not the same person

  ARGV[1] idA           case A's id
  ARGV[2] idB           case B's id
  ARGV[3] match         'exact' | 'possible'
  ARGV[4] now           now, ms since the epoch
  ARGV[5] eventsMaxLen  the events stream's approximate max length

  Returns 1 when the link is new, 0 when it was already there, was rejected, or a case no longer exists.
]]
local function has(list, id) return string.find(',' .. list .. ',', ',' .. id .. ',', 1, true) ~= nil end
local function without(list, id)
  local out = {}
  for x in string.gmatch(list, '[^,]+') do if x ~= id then out[#out + 1] = x end end
  return table.concat(out, ',')
end
local function with(list, id) if list == '' then return id end return list .. ',' .. id end
if redis.call('EXISTS', K.caseA) == 0 or redis.call('EXISTS', K.caseB) == 0 then return 0 end
local pair = A.idA < A.idB and (A.idA .. '|' .. A.idB) or (A.idB .. '|' .. A.idA)
if redis.call('SISMEMBER', K.rejected, pair) == 1 then return 0 end
local exact = A.match == 'exact'
local a = redis.call('HMGET', K.caseA, 'links', 'possibleLinks')
if has(a[1] or '', A.idB) then return 0 end
if not exact and has(a[2] or '', A.idB) then return 0 end
local function add(key, other)
  local cur = redis.call('HMGET', key, 'links', 'possibleLinks')
  local links, possible = cur[1] or '', cur[2] or ''
  if exact then
    links = with(links, other)
    possible = without(possible, other)
  else
    possible = with(possible, other)
  end
  redis.call('HSET', key, 'links', links, 'possibleLinks', possible)
end
add(K.caseA, A.idB)
add(K.caseB, A.idA)
redis.call('XADD', K.events, 'MAXLEN', '~', A.eventsMaxLen, '*', 'type', 'case.linked', 'case', A.idA, 'other', A.idB, 'match', A.match, 'at', A.now)
redis.call('XADD', K.events, 'MAXLEN', '~', A.eventsMaxLen, '*', 'type', 'case.linked', 'case', A.idB, 'other', A.idA, 'match', A.match, 'at', A.now)
return 1
