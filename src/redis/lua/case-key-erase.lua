--[[
  case key erase: the first step of deleting a case (retention, or a person's /forget): its data key goes,
  so that everything sealed with it is unreadable from now on, wherever a copy is (the events stream, the
  case hash, notes and held answers until case purge deletes them). The case is marked `erasing`: if the
  process dies before case purge, the next retention sweep finishes the deletion.

  KEYS[1] case     the case hash
  KEYS[2] caseKey  the case's wrapped data key

  ARGV[1] now      now, ms
  ARGV[2] cutoff   retention only: the key goes only if the case's status is final and `updatedAt` ≤ cutoff
                   (ms), as case purge checks; empty: no check

  Returns 'erased', 'kept' (no longer due: reopened, or changed since) or 'missing' (no such case).
]]
if redis.call('EXISTS', K.case) == 0 then
  redis.call('DEL', K.caseKey)
  return 'missing'
end
if A.cutoff ~= '' then
  local c = redis.call('HMGET', K.case, 'status', 'updatedAt')
  if not FINAL[c[1] or ''] or (tonumber(c[2]) or 0) > tonumber(A.cutoff) then return 'kept' end
end
redis.call('DEL', K.caseKey)
redis.call('HSET', K.case, 'erasing', A.now)
return 'erased'
