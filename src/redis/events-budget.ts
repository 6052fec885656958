/**
 * The events stream's budget: how many entries it keeps (a size budget turned into an entry cap) and for how
 * long (an age). Every XADD to `<p>events` trims with {@link eventsTrimArgs} (scripts get `budget.maxLen` as
 * their `eventsMaxLen` argument); {@link createEventsTrimmer} trims by age and checks the real size once a
 * minute, and says when a consumer group loses entries it has not read.
 */
import type { RedisClient as Redis } from './redis-client.js';
import type { Logger } from '../logger.js';
import type { Keys } from './keys.js';

/**
 * What one entry takes in Redis, bytes, as measured with `MEMORY USAGE` / `XLEN` on Redis 7 (20,000 entries):
 * ~60 for a status event (`case.updated`, `case.claimed`), ~230 for a `case.message` with 80 characters of
 * text, ~750 with 400. A hotline's mix is mostly the first kind, and messages are short: 256 is the design
 * figure. Longer entries than that are caught by the size check of {@link createEventsTrimmer}.
 */
export const EVENT_ENTRY_BYTES = 256;

export interface EventsBudget {
  /** The stream's size budget (EVENTS_MAX_MB), bytes. */
  maxBytes: number;
  /** The entry cap every XADD trims to (`MAXLEN ~`): the size budget over {@link EVENT_ENTRY_BYTES}. */
  maxLen: number;
  /** Entries older than this are trimmed (EVENTS_MAX_DAYS), ms. */
  maxAgeMs: number;
}

/** The budget for EVENTS_MAX_MB and EVENTS_MAX_DAYS. */
export function eventsBudget(opts: { maxMb: number; maxDays: number }): EventsBudget {
  const maxBytes = Math.round(opts.maxMb * 1024 * 1024);
  return { maxBytes, maxLen: Math.max(1000, Math.floor(maxBytes / EVENT_ENTRY_BYTES)), maxAgeMs: Math.round(opts.maxDays * 24 * 3600_000) };
}

/** EVENTS_MAX_MB and EVENTS_MAX_DAYS' defaults (256 MB: about a million entries; 30 days). */
export const DEFAULT_EVENTS_BUDGET = eventsBudget({ maxMb: 256, maxDays: 30 });

/** The trim arguments of an XADD to the events stream: `XADD <p>events MAXLEN ~ <maxLen> * …`. */
export function eventsTrimArgs(budget: Pick<EventsBudget, 'maxLen'>): ['MAXLEN', '~', string] {
  return ['MAXLEN', '~', String(budget.maxLen)];
}

/** What one trim found and did. */
export interface TrimReport {
  length: number;
  /** `MEMORY USAGE` of the stream after trimming, bytes. */
  bytes: number;
  trimmedByAge: number;
  trimmedBySize: number;
  /**
   * Consumer groups that lost entries they had not read since the last check (by either trim, or an XADD's cap);
   * `entries` null when Redis cannot count them (a group created at an id of its choosing).
   */
  lost: Array<{ group: string; entries: number | null }>;
}

export interface EventsTrimmer {
  /** Trims by age, then by measured size; warns about unread entries lost. */
  run(): Promise<TrimReport>;
}

const idTime = (id: string) => Number(id.split('-')[0]);
/** Stream id `a` comes before `b`, and not just before it (an entry may lie between). */
function isBefore(a: string, b: string): boolean {
  const [at, as] = a.split('-').map(Number) as [number, number];
  const [bt, bs] = b.split('-').map(Number) as [number, number];
  return at < bt || (at === bt && as + 1 < bs);
}

/** XINFO replies as flat [name, value, …] arrays. */
function fields(reply: unknown): Map<string, unknown> {
  const out = new Map<string, unknown>();
  const flat = Array.isArray(reply) ? reply : [];
  for (let i = 0; i + 1 < flat.length; i += 2) out.set(String(flat[i]), flat[i + 1]);
  return out;
}

export function createEventsTrimmer(deps: { redis: Redis; keys: Keys; budget: EventsBudget; logger: Logger; clock?: () => number }): EventsTrimmer {
  const { redis, keys, budget, logger } = deps;
  const clock = deps.clock ?? Date.now;
  const key = keys.events;
  /** Unread entries each group had lost at the last check: a warning is logged only when it grows. */
  const lostBefore = new Map<string, number>();

  async function groups(): Promise<Array<{ name: string; lastDelivered: string; entriesRead: number | null }>> {
    const reply = (await redis.xinfo('GROUPS', key)) as unknown[];
    return reply.map((g) => {
      const f = fields(g);
      const read = f.get('entries-read');
      return { name: String(f.get('name')), lastDelivered: String(f.get('last-delivered-id')), entriesRead: read === null || read === undefined ? null : Number(read) };
    });
  }

  async function run(): Promise<TrimReport> {
    if ((await redis.exists(key)) === 0) return { length: 0, bytes: 0, trimmedByAge: 0, trimmedBySize: 0, lost: [] };
    const minId = `${Math.max(0, clock() - budget.maxAgeMs)}-0`;
    // Before trimming by age: a group whose reader is behind by more than EVENTS_MAX_DAYS loses what it has not read.
    for (const g of await groups()) {
      if (idTime(g.lastDelivered) >= idTime(minId)) continue;
      const unread = (await redis.xrange(key, `(${g.lastDelivered}`, `(${minId}`, 'COUNT', 1000)).length;
      if (unread > 0) {
        logger.warn({ group: g.name, unread: unread === 1000 ? '1000+' : unread, maxDays: budget.maxAgeMs / 86_400_000 }, 'events older than EVENTS_MAX_DAYS are trimmed before this consumer group read them');
      }
    }
    const trimmedByAge = Number(await redis.xtrim(key, 'MINID', '~', minId));
    let length = Number(await redis.xlen(key));
    let bytes = Number((await redis.memory('USAGE', key)) ?? 0);
    let trimmedBySize = 0;
    if (bytes > budget.maxBytes && length > 0) {
      // Entries are bigger than EVENT_ENTRY_BYTES: keep as many as fit, measured.
      const keep = Math.floor((length * budget.maxBytes) / bytes);
      trimmedBySize = Number(await redis.xtrim(key, 'MAXLEN', '~', keep));
      logger.warn({ bytes, maxBytes: budget.maxBytes, kept: keep }, 'events stream over EVENTS_MAX_MB: trimmed to fit (entries are bigger than the design figure)');
      length = Number(await redis.xlen(key));
      bytes = Number((await redis.memory('USAGE', key)) ?? 0);
    }
    // Unread entries lost to any trim: what a group has not read (entries added − entries read) but the stream no longer holds.
    const stream = fields(await redis.xinfo('STREAM', key));
    const added = Number(stream.get('entries-added'));
    const first = String(stream.get('recorded-first-entry-id') ?? '0-0');
    const lost: TrimReport['lost'] = [];
    for (const g of await groups()) {
      // A group that never read has read nothing; one created at an id of its own choosing has no count.
      const read = g.entriesRead ?? (g.lastDelivered === '0-0' ? 0 : null);
      // Its last-delivered entry is older than the stream's first: what came in between is gone (count unknown).
      const gone = read !== null ? Math.max(0, added - read - length) : isBefore(g.lastDelivered, first) ? Infinity : 0;
      const before = lostBefore.get(g.name) ?? 0;
      if (gone > before) {
        const entries = Number.isFinite(gone) ? gone - before : null;
        lost.push({ group: g.name, entries });
        logger.warn({ group: g.name, entries: entries ?? 'unknown' }, 'a consumer group lost events it had not read (trimmed by EVENTS_MAX_MB or EVENTS_MAX_DAYS)');
      }
      lostBefore.set(g.name, gone);
    }
    return { length, bytes, trimmedByAge, trimmedBySize, lost };
  }

  return { run };
}
