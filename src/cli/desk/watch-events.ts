/** `npm run desk -- watch`: the queue, then the case events as they come, until interrupted. */
import type { RedisClient as Redis } from '../../redis/redis-client.js';
import { quitRedis } from '../../redis/connect.js';
import { DESK_EXIT, type DeskContext } from './desk-context.js';
import { eventLine } from './event-line.js';
import { listQueue } from './list-queue.js';
import { caseSealer } from '../../cases/case-keys.js';

/** What watching needs besides the desk context: its own connection, and a way to be stopped. */
export interface WatchDeps {
  /** Opens a second Redis connection for the blocking reads; the watch closes it when it stops. */
  openReader(): Promise<Redis>;
  /**
   * Registers `stop` for Ctrl-C (SIGINT, SIGTERM) while watching; returns what unregisters it.
   * Only the watch listens: any other command is interrupted the default way.
   */
  onInterrupt(stop: () => void): () => void;
}

/**
 * Prints the queue, then one line per new case event ({@link eventLine}) as it comes: XREAD BLOCK on a
 * connection of its own, read-only (no consumer group).
 * Returns exit 0 once interrupted.
 */
export async function watchEvents(d: DeskContext, deps: WatchDeps): Promise<number> {
  const { redis, keys, out, t } = d;
  const [latest] = await redis.xrevrange(keys.events, '+', '-', 'COUNT', 1);
  let last = latest?.[0] ?? '0-0'; // read before listing, so no event falls between the two
  await listQueue(d, false);
  out(t('desk-cli-watching'));
  // A blocking read gets a connection of its own.
  const reader = await deps.openReader();
  let stopping = false;
  const unlisten = deps.onInterrupt(() => {
    stopping = true;
    reader.disconnect();
  });
  try {
    while (!stopping) {
      const batch = await reader.xread('COUNT', 100, 'BLOCK', 5000, 'STREAMS', keys.events, last);
      for (const [, entries] of batch ?? []) {
        for (const [id, flat] of entries) {
          last = id;
          const f: Record<string, string> = {};
          for (let i = 0; i + 1 < flat.length; i += 2) f[flat[i]!] = flat[i + 1]!;
          // A person's words are sealed with their case's key (src/cases/case-keys.ts).
          const sealer = f.type === 'case.message' && f.case ? await caseSealer({ redis, keys, sealer: d.sealer }, f.case) : d.sealer;
          const line = eventLine({ ...d, sealer }, id, f);
          if (line) out(line);
        }
      }
    }
  } catch (err) {
    if (!stopping) throw err;
  } finally {
    unlisten();
    if (reader.status !== 'end') await quitRedis(reader);
  }
  return DESK_EXIT.done;
}
