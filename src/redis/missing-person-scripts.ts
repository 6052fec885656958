/**
 * Atomic Redis operations for missing-person reports: linking two cases, and checking a relative's PIN
 * with its attempt limits. Registered on the client with defineCommand, like src/redis/scripts.ts.
 */
import type { Redis } from 'ioredis';

/**
 * link: record that two cases are about the same person (exact) or may be (possible), on both case
 * hashes, and announce it on the events stream — once: a link already recorded changes nothing.
 * KEYS[1] case A hash, KEYS[2] case B hash, KEYS[3] events stream
 * ARGV[1] case A id, ARGV[2] case B id, ARGV[3] 'exact' | 'possible', ARGV[4] now ms, ARGV[5] events max length
 * Fields: `links` (exact) and `possibleLinks` (to confirm), comma-separated case ids. An exact link
 * replaces a possible one. Writes one `case.linked` entry per case (type, case, other, match, at).
 * Returns 1 when the link is new, 0 when it was already there (or a case no longer exists).
 */
const LINK = `
local function has(list, id) return string.find(',' .. list .. ',', ',' .. id .. ',', 1, true) ~= nil end
local function without(list, id)
  local out = {}
  for x in string.gmatch(list, '[^,]+') do if x ~= id then out[#out + 1] = x end end
  return table.concat(out, ',')
end
local function with(list, id) if list == '' then return id end return list .. ',' .. id end
if redis.call('EXISTS', KEYS[1]) == 0 or redis.call('EXISTS', KEYS[2]) == 0 then return 0 end
local exact = ARGV[3] == 'exact'
local a = redis.call('HMGET', KEYS[1], 'links', 'possibleLinks')
if has(a[1] or '', ARGV[2]) then return 0 end
if not exact and has(a[2] or '', ARGV[2]) then return 0 end
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
add(KEYS[1], ARGV[2])
add(KEYS[2], ARGV[1])
redis.call('XADD', KEYS[3], 'MAXLEN', '~', ARGV[5], '*', 'type', 'case.linked', 'case', ARGV[1], 'other', ARGV[2], 'match', ARGV[3], 'at', ARGV[4])
redis.call('XADD', KEYS[3], 'MAXLEN', '~', ARGV[5], '*', 'type', 'case.linked', 'case', ARGV[2], 'other', ARGV[1], 'match', ARGV[3], 'at', ARGV[4])
return 1
`;

/**
 * checkPin: a relative's status check. Refuses while either counter has reached the limit; otherwise
 * compares the PIN's keyed hash with the case's `pinHash` and, on a mismatch or an unknown case, counts
 * one failure against the case number and one against the person (each counter expires `window` after
 * its first failure). The same answer for an unknown case and a wrong PIN: nothing is revealed.
 * KEYS[1] case hash, KEYS[2] case's failure counter, KEYS[3] person's failure counter
 * ARGV[1] keyed hash of the PIN, ARGV[2] attempts allowed, ARGV[3] window seconds
 * Returns {'ok', status} | {'no-match'} | {'locked'}.
 */
const CHECK_PIN = `
local limit = tonumber(ARGV[2])
if tonumber(redis.call('GET', KEYS[2]) or '0') >= limit or tonumber(redis.call('GET', KEYS[3]) or '0') >= limit then
  return {'locked'}
end
local c = redis.call('HMGET', KEYS[1], 'pinHash', 'status')
if c[1] and c[1] ~= '' and c[1] == ARGV[1] then return {'ok', c[2] or 'new'} end
for i = 2, 3 do
  if redis.call('INCR', KEYS[i]) == 1 then redis.call('EXPIRE', KEYS[i], ARGV[3]) end
end
return {'no-match'}
`;

export interface MissingPersonCommands {
  hotlineLink(caseA: string, caseB: string, events: string, a: string, b: string, match: 'exact' | 'possible', nowMs: number, eventsMaxLen: number): Promise<number>;
  hotlineCheckPin(caseKey: string, caseFails: string, personFails: string, pinHash: string, limit: number, windowSeconds: number): Promise<string[]>;
}

export type MissingPersonRedis = Redis & MissingPersonCommands;

/** Registers the scripts on a client (idempotent) and returns it typed with them. */
export function withMissingPersonCommands(redis: Redis): MissingPersonRedis {
  const r = redis as MissingPersonRedis;
  if (typeof r.hotlineLink !== 'function') {
    redis.defineCommand('hotlineLink', { numberOfKeys: 3, lua: LINK });
    redis.defineCommand('hotlineCheckPin', { numberOfKeys: 3, lua: CHECK_PIN });
  }
  return r;
}
