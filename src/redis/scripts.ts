/**
 * The hotline's atomic Redis operations, as Lua scripts registered on the client with defineCommand.
 * Every multi-key change that must be all-or-nothing lives here.
 */
import type { Redis } from 'ioredis';

/**
 * begin: take the person's processing lease and load their conversation.
 * KEYS[1] conversation hash, KEYS[2] lease key
 * ARGV[1] lease token, ARGV[2] lease ms, ARGV[3] channel message id
 * Returns {'busy'} when another worker holds the lease; {'dup', sealedSnapshot} when the message was
 * already processed (lease released), or {'dup-last', sealedSnapshot} when it was the latest one processed
 * (a re-delivery after a crash: its replies may never have gone out); or {'ok', sealedSnapshot|false}.
 */
const BEGIN = `
if not redis.call('SET', KEYS[2], ARGV[1], 'NX', 'PX', ARGV[2]) then return {'busy'} end
local conv = redis.call('HMGET', KEYS[1], 's', 'seen')
local seen = conv[2] or ''
if string.find(' ' .. seen .. ' ', ' ' .. ARGV[3] .. ' ', 1, true) then
  redis.call('DEL', KEYS[2])
  local last = string.sub(seen, -string.len(ARGV[3]) - 1)
  if last == ' ' .. ARGV[3] or seen == ARGV[3] then return {'dup-last', conv[1]} end
  return {'dup', conv[1]}
end
return {'ok', conv[1]}
`;

/**
 * commit: write the new snapshot, the case change, its queue entry and its event, mark the message
 * processed, and release the lease — all or nothing.
 * KEYS[1] conversation hash, KEYS[2] lease, KEYS[3] case hash, KEYS[4] open queue, KEYS[5] events stream,
 * KEYS[6] the case's held-answers list
 * ARGV[1] lease token, ARGV[2] message id, ARGV[3] sealed snapshot, ARGV[4] conversation TTL seconds,
 * ARGV[5] how many recent message ids to remember, ARGV[6] case op: '' | 'open' | 'update',
 * ARGV[7] case fields as JSON object (strings), ARGV[8] case id, ARGV[9] now ms, ARGV[10] events max length,
 * ARGV[11] the message forwarded to the case's officers (base64 sealed JSON), or ''
 * Returns 'lease-lost', 'case-exists' (open of an id already taken: draw another), or
 * 'ok' / 'case.opened' / 'case.updated' / 'case.escalated' (the case event written).
 * Also writes `case.message` for a forwarded message, and `case.person-active` when the person wrote
 * while officers' answers are held for them (the desk then releases them).
 * Urgency only rises here: an update with a lower urgency than stored keeps the stored one. The status
 * is set only when the case opens: later updates never undo an officer's status.
 */
const COMMIT = `
-- Still holding the lease taken by begin (which dropped duplicates) means no one else wrote since.
if redis.call('GET', KEYS[2]) ~= ARGV[1] then return 'lease-lost' end
local seen = redis.call('HGET', KEYS[1], 'seen') or ''
local op = ARGV[6]
if op == 'open' and redis.call('EXISTS', KEYS[3]) == 1 then return 'case-exists' end

local result = 'ok'
if op ~= '' then
  local rank = { critical = 0, high = 1, normal = 2 }
  local fields = cjson.decode(ARGV[7])
  local stored = redis.call('HMGET', KEYS[3], 'urgency', 'createdAt', 'status')
  local created = stored[2] or fields.createdAt
  if stored[1] and rank[stored[1]] <= rank[fields.urgency] then fields.urgency = stored[1] end
  if stored[3] then fields.status = nil end
  local flat = {}
  for k, v in pairs(fields) do
    if not (k == 'createdAt' and stored[2]) then
      flat[#flat + 1] = k
      flat[#flat + 1] = v
    end
  end
  redis.call('HSET', KEYS[3], unpack(flat))
  if op == 'open' then result = 'case.opened'
  elseif stored[1] and rank[fields.urgency] < rank[stored[1]] then result = 'case.escalated'
  else result = 'case.updated' end
  local status = stored[3] or fields.status
  if status == 'new' or status == 'claimed' or status == 'in-progress' then
    -- urgency first, then age: rank * 2^41 + creation ms (below 2^53, so exact in Lua's doubles)
    redis.call('ZADD', KEYS[4], rank[fields.urgency] * 2199023255552 + tonumber(created), ARGV[8])
  end
  redis.call('XADD', KEYS[5], 'MAXLEN', '~', ARGV[10], '*', 'type', result, 'case', ARGV[8], 'urgency', fields.urgency, 'at', ARGV[9])
end
if ARGV[8] ~= '' and redis.call('EXISTS', KEYS[3]) == 1 then
  if ARGV[11] ~= '' then
    redis.call('XADD', KEYS[5], 'MAXLEN', '~', ARGV[10], '*', 'type', 'case.message', 'case', ARGV[8], 'at', ARGV[9], 'sealed', ARGV[11])
  end
  if redis.call('EXISTS', KEYS[6]) == 1 then
    redis.call('XADD', KEYS[5], 'MAXLEN', '~', ARGV[10], '*', 'type', 'case.person-active', 'case', ARGV[8], 'at', ARGV[9])
  end
end

if seen == '' then seen = ARGV[2] else seen = seen .. ' ' .. ARGV[2] end
local ids = {}
for id in string.gmatch(seen, '%S+') do ids[#ids + 1] = id end
local keep = tonumber(ARGV[5])
if #ids > keep then seen = table.concat(ids, ' ', #ids - keep + 1, #ids) end
redis.call('HSET', KEYS[1], 's', ARGV[3], 'seen', seen)
redis.call('EXPIRE', KEYS[1], ARGV[4])
redis.call('DEL', KEYS[2])
return result
`;

/** Releases a lease only if we still hold it. KEYS[1] lease; ARGV[1] token. Returns 1 if released. */
const RELEASE = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
`;

export interface HotlineCommands {
  hotlineBeginBuffer(conv: string, lease: string, token: string, leaseMs: number, messageId: string): Promise<[Buffer, (Buffer | null)?]>;
  hotlineCommit(
    conv: string, lease: string, caseKey: string, queue: string, events: string, held: string,
    token: string, messageId: string, snapshot: Buffer, ttlSeconds: number, seenMax: number,
    caseOp: string, caseFields: string, caseId: string, nowMs: number, eventsMaxLen: number, forwarded: string,
  ): Promise<string>;
  hotlineRelease(lease: string, token: string): Promise<number>;
}

export type HotlineRedis = Redis & HotlineCommands;

/** Registers the scripts on a client (idempotent) and returns it typed with them. */
export function withHotlineCommands(redis: Redis): HotlineRedis {
  const r = redis as HotlineRedis;
  if (typeof r.hotlineCommit !== 'function') {
    redis.defineCommand('hotlineBegin', { numberOfKeys: 2, lua: BEGIN });
    redis.defineCommand('hotlineCommit', { numberOfKeys: 6, lua: COMMIT });
    redis.defineCommand('hotlineRelease', { numberOfKeys: 1, lua: RELEASE });
  }
  return r;
}
