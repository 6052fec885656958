/**
 * The linker: finds cases about the same person and links them. It reads the events stream through its
 * own consumer group (at least once; XAUTOCLAIM takes over entries a crashed linker left pending), and for
 * each opened, updated or re-statused case:
 * - computes the case's match keys (src/cases/match-keys.ts) and looks them up in the match indexes —
 *   a few set reads, never a scan;
 * - links it to every open case with the same phone or document (`links`, exact) or the same name and
 *   country or home town with an age within ±2 years (`possibleLinks`, for officers to confirm), with a `case.linked`
 *   event for each case (src/redis/lua/case-link.lua: once per pair, so replays are harmless), except a
 *   pair an officer said is not the same person (src/cases/link-decisions.ts): never proposed again;
 * - keeps the indexes current: a case leaves the indexes it no longer matches, and all of them once it is
 *   resolved, a duplicate or closed.
 */
import { hostname } from 'node:os';
import { duplicateClient, type RedisClient as Redis } from '../redis/redis-client.js';
import type { Sealer } from '../core/sealed.js';
import type { Logger } from '../logger.js';
import { DEFAULT_EVENTS_BUDGET } from '../redis/events-budget.js';
import type { Keys } from '../redis/keys.js';
import { caseLink } from '../redis/scripts.js';
import { streamFields } from '../redis/stream-fields.js';
import { isOpen } from './case-model.js';
import { AGE_TOLERANCE_YEARS, matchKeysOf, type MatchKeys } from './match-keys.js';
import { caseSealer } from './case-keys.js';

/** Case events that can change what a case matches. */
const RELEVANT = new Set(['case.opened', 'case.updated', 'case.escalated', 'case.status']);

export interface Matches {
  exact: string[];
  possible: string[];
}

export interface Linker {
  /** Starts the read loop (creates the consumer group if needed). */
  start(): Promise<void>;
  /** Stops the loop and closes its connection; pending entries stay for the next start. */
  stop(): Promise<void>;
  /** Reads and handles one batch (claimed-over entries first); returns how many entries it handled. */
  pollOnce(blockMs?: number): Promise<number>;
  /** Indexes one case and links it to its matches. */
  processCase(caseId: string): Promise<Matches>;
  /** The open cases a case's match keys point at (no writes). */
  findMatches(caseId: string, keys: MatchKeys): Promise<Matches>;
}

export interface LinkerOptions {
  redis: Redis;
  keys: Keys;
  sealer: Sealer;
  logger: Logger;
  /** Consumer group name on the events stream. */
  group?: string;
  consumer?: string;
  /** How long a blocking read waits, in ms (also the longest `stop()` waits for it). */
  blockMs?: number;
  /** Entries pending longer than this (ms) with another consumer are claimed over. */
  claimIdleMs?: number;
  eventsMaxLen?: number;
  /** The deployment's calling code, for a phone number a relative wrote with a national leading 0. */
  callingCode: string;
}

export function createLinker(opts: LinkerOptions): Linker {
  const { redis, keys, sealer, logger } = opts;
  const group = opts.group ?? 'linker';
  const consumer = opts.consumer ?? `${hostname()}-${process.pid}`;
  const blockMs = opts.blockMs ?? 2000;
  const claimIdleMs = opts.claimIdleMs ?? 60_000;
  const eventsMaxLen = opts.eventsMaxLen ?? DEFAULT_EVENTS_BUDGET.maxLen;
  let reader: Redis | undefined;
  let running: Promise<void> | undefined;
  let stopping = false;

  /** The index keys a case belongs in, with the score for the name index. */
  function indexEntries(mk: MatchKeys): Array<{ key: string; score?: number }> {
    return [
      ...mk.phones.map((h) => ({ key: keys.matchPhone(h) })),
      ...mk.documents.map((h) => ({ key: keys.matchDocument(h) })),
      ...mk.names.map((n) => ({ key: keys.matchName(n.hash), score: n.birthYear })),
    ];
  }

  async function findMatches(caseId: string, mk: MatchKeys): Promise<Matches> {
    const p = redis.pipeline();
    const exactKeys = [...mk.phones.map((h) => keys.matchPhone(h)), ...mk.documents.map((h) => keys.matchDocument(h))];
    for (const key of exactKeys) p.smembers(key);
    for (const n of mk.names) p.zrangebyscore(keys.matchName(n.hash), n.birthYear - AGE_TOLERANCE_YEARS, n.birthYear + AGE_TOLERANCE_YEARS);
    const results = (await p.exec()) ?? [];
    const lists = results.map(([err, ids]) => {
      if (err) throw err;
      return ids as string[];
    });
    const exact = new Set(lists.slice(0, exactKeys.length).flat());
    const possible = new Set(lists.slice(exactKeys.length).flat().filter((id) => !exact.has(id)));
    exact.delete(caseId);
    possible.delete(caseId);
    const candidates = [...exact, ...possible];
    if (candidates.length === 0) return { exact: [], possible: [] };
    // The indexes may still hold cases closed since: check their status (and drop them from the indexes).
    const reads = redis.pipeline();
    for (const id of candidates) reads.hget(keys.case(id), 'status');
    const statuses = ((await reads.exec()) ?? []).map(([err, status]) => {
      if (err) throw err;
      return status as string | null;
    });
    const open = new Set(candidates.filter((_, i) => isOpen(statuses[i])));
    const stale = candidates.filter((id) => !open.has(id));
    for (const id of stale) await unindex(id);
    return { exact: [...exact].filter((id) => open.has(id)), possible: [...possible].filter((id) => open.has(id)) };
  }

  const namePrefix = keys.matchName('');
  /** Queues the removal of a case from one index (the name indexes are sorted sets, the others sets). */
  const leave = (t: ReturnType<Redis['multi']>, key: string, caseId: string) => (key.startsWith(namePrefix) ? t.zrem(key, caseId) : t.srem(key, caseId));

  /** Removes a case from every index it is in. */
  async function unindex(caseId: string): Promise<void> {
    const members = await redis.smembers(keys.matchOf(caseId));
    const t = redis.multi();
    for (const key of members) leave(t, key, caseId);
    t.del(keys.matchOf(caseId));
    await t.exec();
  }

  async function processCase(caseId: string): Promise<Matches> {
    const hash = await redis.hgetall(keys.case(caseId));
    if (!hash.id) return { exact: [], possible: [] };
    if (!isOpen(hash.status ?? 'new')) {
      await unindex(caseId);
      return { exact: [], possible: [] };
    }
    const mk = matchKeysOf(hash, await caseSealer({ redis, keys, sealer }, caseId), opts.callingCode);
    const matches = await findMatches(caseId, mk);

    // Index the case under its current keys, and take it out of keys it no longer has.
    const entries = indexEntries(mk);
    const previous = await redis.smembers(keys.matchOf(caseId));
    const current = new Set(entries.map((e) => e.key));
    const t = redis.multi();
    for (const key of previous.filter((k) => !current.has(k))) {
      leave(t, key, caseId);
      t.srem(keys.matchOf(caseId), key);
    }
    for (const e of entries) {
      if (e.score !== undefined) t.zadd(e.key, e.score, caseId);
      else t.sadd(e.key, caseId);
      t.sadd(keys.matchOf(caseId), e.key);
    }
    await t.exec();

    const now = Date.now();
    for (const [others, match] of [[matches.exact, 'exact'], [matches.possible, 'possible']] as const) {
      for (const other of others) {
        const added = await caseLink(redis, {
          keys: { caseA: keys.case(caseId), caseB: keys.case(other), events: keys.events, rejected: keys.linksRejected },
          args: { idA: caseId, idB: other, match, now, eventsMaxLen },
        });
        if (added) logger.info({ caseId, other, match }, 'cases linked');
      }
    }
    return matches;
  }

  async function ensureGroup(client: Redis): Promise<void> {
    try {
      // From the start of the stream: cases opened before the first linker ran are linked too.
      await client.xgroup('CREATE', keys.events, group, '0', 'MKSTREAM');
    } catch (err) {
      if (!String((err as Error).message).includes('BUSYGROUP')) throw err;
    }
  }

  async function handle(client: Redis, entries: Array<[string, string[]]>): Promise<number> {
    for (const [id, flat] of entries) {
      const f = streamFields(flat);
      if (f.type && RELEVANT.has(f.type) && f.case) await processCase(f.case);
      await client.xack(keys.events, group, id);
    }
    return entries.length;
  }

  async function pollOnce(wait = 0, client: Redis = redis): Promise<number> {
    // Entries another linker took and never acknowledged (it crashed): take them over first.
    const claimed = (await client.xautoclaim(keys.events, group, consumer, claimIdleMs, '0', 'COUNT', 100)) as [string, Array<[string, string[]] | null>];
    const orphans = (claimed[1] ?? []).filter((e): e is [string, string[]] => e !== null);
    let handled = await handle(client, orphans);
    const args = ['GROUP', group, consumer, 'COUNT', 100, ...(wait > 0 ? ['BLOCK', wait] : []), 'STREAMS', keys.events, '>'] as const;
    const read = (await (client.xreadgroup as (...a: unknown[]) => Promise<unknown>)(...args)) as Array<[string, Array<[string, string[]]>]> | null;
    for (const [, entries] of read ?? []) handled += await handle(client, entries);
    return handled;
  }

  return {
    processCase,
    findMatches,
    pollOnce: async (wait = 0) => {
      await ensureGroup(redis);
      return pollOnce(wait);
    },
    async start() {
      // A connection of its own: a blocking read would hold up every other command on a shared one.
      reader = duplicateClient(opts.redis);
      await ensureGroup(reader);
      stopping = false;
      running = (async () => {
        while (!stopping) {
          try {
            await pollOnce(blockMs, reader!);
          } catch (err) {
            if (stopping) break;
            logger.error({ err }, 'linker: batch failed, retrying');
            await new Promise((resolve) => setTimeout(resolve, 1000));
          }
        }
      })();
    },
    async stop() {
      stopping = true;
      reader?.disconnect();
      await running;
      reader = undefined;
    },
  };
}
