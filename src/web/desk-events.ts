/**
 * The events stream as the web desk's browsers see it: one blocking reader per process (its own Redis
 * connection) fans each new entry out to every open page, and a page that reconnects with the last id it
 * saw (`Last-Event-ID`) first gets what it missed from the stream itself, so no change is missed.
 *
 * A browser is told only which case changed, how and how urgent it is: never a person's words (those stay
 * sealed in the stream; the page fetches what it shows, behind the session).
 */
import type { Logger } from '../logger.js';
import type { Keys } from '../redis/keys.js';
import { duplicateClient, type RedisClient } from '../redis/redis-client.js';

/** One entry of the events stream, as the desk forwards it. */
export interface DeskEvent {
  id: string;
  type: string;
  case: string;
  urgency?: string;
}

export interface EventHub {
  /** Calls `fn` with every new entry until the returned function is called. */
  subscribe(fn: (e: DeskEvent) => void): () => void;
  /** The entries after `lastId` (oldest first, at most `max`), read from the stream. */
  since(lastId: string, max?: number): Promise<DeskEvent[]>;
  /** The newest entry's id ('0-0' for an empty stream). */
  latest(): Promise<string>;
  stop(): Promise<void>;
}

const STREAM_ID = /^\d{1,16}-\d{1,10}$/;
/** Stream ids in order: negative when `a` is older than `b`. */
export function compareIds(a: string, b: string): number {
  const [am, as] = a.split('-').map(Number) as [number, number];
  const [bm, bs] = b.split('-').map(Number) as [number, number];
  return am - bm || as - bs;
}

export const isStreamId = (id: unknown): id is string => typeof id === 'string' && STREAM_ID.test(id);

function toEvent(id: string, flat: string[]): DeskEvent | undefined {
  const f: Record<string, string> = {};
  for (let i = 0; i + 1 < flat.length; i += 2) f[flat[i]!] = flat[i + 1]!;
  if (!f.type || f.type === 'case.person-active') return undefined; // an internal signal for the relay
  return { id, type: f.type, case: f.case ?? '', ...(f.urgency ? { urgency: f.urgency } : {}) };
}

export function createEventHub(deps: { redis: RedisClient; keys: Keys; logger: Logger; blockMs?: number }): EventHub {
  const { redis, keys, logger } = deps;
  const listeners = new Set<(e: DeskEvent) => void>();
  let reader: RedisClient | undefined;
  let running: Promise<void> | undefined;
  let stopping = false;

  async function latest(): Promise<string> {
    const [top] = await redis.xrevrange(keys.events, '+', '-', 'COUNT', 1);
    return top?.[0] ?? '0-0';
  }

  async function loop() {
    let last = await latest();
    while (!stopping && listeners.size > 0) {
      try {
        reader ??= duplicateClient(redis);
        const batch = await reader.xread('COUNT', 200, 'BLOCK', deps.blockMs ?? 5_000, 'STREAMS', keys.events, last);
        for (const [, entries] of batch ?? []) {
          for (const [id, flat] of entries) {
            last = id;
            const e = toEvent(id, flat);
            if (e) for (const fn of listeners) fn(e);
          }
        }
      } catch (err) {
        if (stopping) return;
        logger.warn({ err: { name: (err as Error).name, message: (err as Error).message } }, 'web desk: reading the events stream failed, trying again');
        await new Promise((r) => setTimeout(r, 1_000));
      }
    }
  }

  return {
    subscribe(fn) {
      listeners.add(fn);
      const start = (): Promise<void> =>
        loop().finally(() => {
          running = undefined;
          // Someone subscribed while the loop was ending: it goes on for them.
          if (!stopping && listeners.size > 0) running = start();
        });
      running ??= start();
      return () => void listeners.delete(fn);
    },
    async since(lastId, max = 1000) {
      const entries = await redis.xrange(keys.events, `(${lastId}`, '+', 'COUNT', max);
      return entries.map(([id, flat]) => toEvent(id, flat)).filter((e): e is DeskEvent => e !== undefined);
    },
    latest,
    async stop() {
      stopping = true;
      listeners.clear();
      reader?.disconnect();
      await running;
    },
  };
}
