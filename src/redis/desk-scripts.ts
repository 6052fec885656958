/**
 * The officer desk's atomic Redis operations. Every officer action — claim, unclaim, status, note,
 * reply, location request, and viewing a case — is one script call that checks the case, changes it,
 * appends the case event and the audit entry together: two officers pressing "claim" at once get
 * exactly one winner, and no action escapes the audit stream.
 */
import type { Redis } from 'ioredis';

/**
 * act: one officer action on one case.
 * KEYS[1] case hash, KEYS[2] open queue, KEYS[3] events stream, KEYS[4] audit stream,
 * KEYS[5] op's list or other case: the notes list (note), the held-answers list (reply,
 *         request-location), the case it duplicates (status duplicate); else any key (unused)
 * ARGV[1] op: view | claim | unclaim | status | note | reply | request-location
 * ARGV[2] officer id, ARGV[3] 1 when the officer is a supervisor, ARGV[4] now ms, ARGV[5] streams' max length,
 * ARGV[6] case id (as asked: audited even when there is no such case),
 * ARGV[7] new status (op status), ARGV[8] duplicate-of case id (status duplicate),
 * ARGV[9] sealed payload to append to KEYS[5] (note, reply, request-location)
 * Returns {result, status, claimedBy} where result is one of:
 *   ok, already (nothing to change), missing (no such case), closed (case is resolved/duplicate/closed),
 *   taken (claimed by someone else: claimedBy says who), not-claimed, gone (the person cannot be
 *   reached), bad-duplicate (the other case does not exist or is this one)
 * Events written: case.claimed, case.unclaimed, case.status, case.note, case.reply (state queued).
 */
const ACT = `
local op, who, boss, now, maxlen, id = ARGV[1], ARGV[2], ARGV[3] == '1', ARGV[4], ARGV[5], ARGV[6]
local c = redis.call('HMGET', KEYS[1], 'id', 'status', 'claimedBy', 'urgency', 'createdAt', 'reachable')
local status, owner = c[2] or '', c[3] or ''
local final = { resolved = true, duplicate = true, closed = true }

local function finish(result, detail)
  redis.call('XADD', KEYS[4], 'MAXLEN', '~', maxlen, '*', 'officer', who, 'action', op, 'case', id, 'result', result, 'detail', detail or '', 'at', now)
  return { result, status, owner }
end
local function event(type, extra)
  local args = { 'XADD', KEYS[3], 'MAXLEN', '~', maxlen, '*', 'type', type, 'case', id, 'urgency', c[4], 'at', now, 'officer', who }
  for _, v in ipairs(extra or {}) do args[#args + 1] = v end
  redis.call(unpack(args))
end
local function requeue()
  local rank = { critical = 0, high = 1, normal = 2 }
  redis.call('ZADD', KEYS[2], (rank[c[4]] or 2) * 2199023255552 + tonumber(c[5]), id)
end

if not c[1] then return finish('missing') end
if op == 'view' then return finish('ok') end

if op == 'claim' then
  if final[status] then return finish('closed') end
  if owner == who then return finish('already') end
  if owner ~= '' then return finish('taken') end
  if status == 'new' then status = 'claimed' end
  owner = who
  redis.call('HSET', KEYS[1], 'claimedBy', who, 'claimedAt', now, 'status', status, 'updatedAt', now)
  event('case.claimed')
  return finish('ok')
end

if op == 'unclaim' then
  if owner == '' then return finish('not-claimed') end
  if owner ~= who and not boss then return finish('taken') end
  owner = ''
  if status == 'claimed' or status == 'in-progress' then status = 'new' end
  redis.call('HDEL', KEYS[1], 'claimedBy', 'claimedAt')
  redis.call('HSET', KEYS[1], 'status', status, 'updatedAt', now)
  event('case.unclaimed')
  return finish('ok')
end

if op == 'status' then
  local to = ARGV[7]
  if to == status then return finish('already', to) end
  if owner ~= '' and owner ~= who and not boss then return finish('taken', to) end
  if to == 'duplicate' then
    if ARGV[8] == id or redis.call('EXISTS', KEYS[5]) == 0 then return finish('bad-duplicate', ARGV[8]) end
    redis.call('HSET', KEYS[1], 'duplicateOf', ARGV[8])
  else
    redis.call('HDEL', KEYS[1], 'duplicateOf')
  end
  if final[to] then
    redis.call('ZREM', KEYS[2], id)
  else
    -- in progress: the officer setting it takes the case; a closed case comes back to the queue
    if owner == '' then owner = who; redis.call('HSET', KEYS[1], 'claimedBy', who, 'claimedAt', now) end
    requeue()
  end
  status = to
  redis.call('HSET', KEYS[1], 'status', to, 'updatedAt', now)
  event('case.status', { 'status', to })
  return finish('ok', to)
end

if op == 'note' then
  redis.call('RPUSH', KEYS[5], ARGV[9])
  redis.call('HINCRBY', KEYS[1], 'notes', 1)
  event('case.note')
  return finish('ok')
end

if op == 'reply' or op == 'request-location' then
  if c[6] == 'gone' then return finish('gone') end
  redis.call('RPUSH', KEYS[5], ARGV[9])
  event('case.reply', { 'state', 'queued' })
  return finish('ok')
end

return redis.error_reply('unknown desk op ' .. op)
`;

export interface DeskCommands {
  deskAct(
    caseKey: string, queue: string, events: string, audit: string, listOrOther: string,
    op: string, officer: string, supervisor: '0' | '1', nowMs: number, maxLen: number,
    caseId: string, status: string, duplicateOf: string, payload: string,
  ): Promise<[string, string, string]>;
}

export type DeskRedis = Redis & DeskCommands;

/** Registers the desk scripts on a client (idempotent) and returns it typed with them. */
export function withDeskCommands(redis: Redis): DeskRedis {
  const r = redis as DeskRedis;
  if (typeof r.deskAct !== 'function') redis.defineCommand('deskAct', { numberOfKeys: 5, lua: ACT });
  return r;
}
