/**
 * Danger → queue: a separate client blocks on the events stream and notes when each `case.opened` arrived,
 * on the driver's clock and by the entry id's Redis clock. The same Lua script that appends `case.opened`
 * ZADDs the queue entry, so both become visible together.
 */
import type { Redis } from 'ioredis';
import { now } from './clock.js';

/** Watches the events stream from {@link EventWatcher.start} on; `opened` maps case id → when it was seen. */
export class EventWatcher {
  readonly opened = new Map<string, { observedAt: number; streamMs: number }>();
  private stopped = false;
  private loop: Promise<void> | undefined;

  /** @param redis a client of its own: it blocks on XREAD and is disconnected by stop(). */
  constructor(private readonly redis: Redis, private readonly stream: string) {}

  /** Starts reading the stream from its newest entry; resolves once reading has begun. */
  async start(): Promise<void> {
    // The id of the newest entry now (or 0-0), so nothing added after this point is missed between reads.
    const lastEntry = await this.redis.xrevrange(this.stream, '+', '-', 'COUNT', 1);
    let lastId = lastEntry[0]?.[0] ?? '0-0';
    this.loop = (async () => {
      while (!this.stopped) {
        let res: Array<[string, Array<[string, string[]]>]> | null;
        try {
          res = (await this.redis.xread('COUNT', 1000, 'BLOCK', 0, 'STREAMS', this.stream, lastId)) as typeof res;
        } catch (err) {
          if (this.stopped) return;
          throw err;
        }
        const observedAt = now();
        for (const [, entries] of res ?? []) {
          for (const [id, flat] of entries) {
            lastId = id;
            const f: Record<string, string> = {};
            for (let i = 0; i + 1 < flat.length; i += 2) f[flat[i]!] = flat[i + 1]!;
            if (f.type === 'case.opened' && f.case) this.opened.set(f.case, { observedAt, streamMs: Number(id.split('-')[0]) });
          }
        }
      }
    })();
  }

  /** Stops reading and disconnects the client (which this watcher owns). */
  async stop(): Promise<void> {
    this.stopped = true;
    this.redis.disconnect();
    await this.loop?.catch(() => undefined);
  }
}
