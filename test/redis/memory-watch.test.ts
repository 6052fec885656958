import type { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectRedis, quitRedis } from '../../src/redis/connect.js';
import { createMemoryWatch, levelOf, readMemory, type MemoryAlert } from '../../src/redis/memory-watch.js';
import { captureLogger, quiet, scratchRedis, WARN } from '../support/scratch-redis.js';

const { scratchServer } = scratchRedis();
const MB = 1024 * 1024;

describe('the Redis memory watch', () => {
  let redis: Redis;
  beforeAll(async () => {
    const server = await scratchServer(); // a server of its own: the test changes its maxmemory
    redis = await connectRedis({ url: server.url, logger: quiet, name: 'memory-watch-test' });
  });
  afterAll(() => quitRedis(redis));

  /** Sets maxmemory so that what is used now is `percent` % of it. */
  async function fillTo(percent: number) {
    const { used } = await readMemory(redis);
    await redis.config('SET', 'maxmemory', String(Math.ceil(used / (percent / 100))));
  }

  it('warns at start-up when maxmemory leaves less than the margin free, or is unlimited', async () => {
    await redis.config('SET', 'maxmemory', '0');
    const unlimited = captureLogger();
    const w1 = createMemoryWatch({ redis, reportedKey: 'm:reported', logger: unlimited.logger, marginBytes: 64 * MB, report: () => Promise.resolve() });
    expect((await w1.start()).limitSource).toBe('system');
    w1.stop();
    expect(unlimited.lines.filter((l) => l.level === WARN).map((l) => l.msg).join('\n')).toMatch(/maxmemory is 0 \(unlimited\)/);

    await fillTo(50); // about a megabyte free: less than 64 MB
    const tight = captureLogger();
    const w2 = createMemoryWatch({ redis, reportedKey: 'm:reported', logger: tight.logger, marginBytes: 64 * MB, eventsMaxBytes: 256 * MB, report: () => Promise.resolve() });
    await w2.start();
    w2.stop();
    const warned = tight.lines.filter((l) => l.level === WARN).map((l) => l.msg);
    expect(warned).toContain('Redis maxmemory leaves less free than REDIS_MEMORY_MARGIN_MB: raise maxmemory, or writes (new cases) will be refused');
    expect(warned).toContain('EVENTS_MAX_MB is more than Redis has free: lower it or raise maxmemory');
    expect(JSON.stringify(tight.lines)).not.toMatch(/m:reported/);

    const roomy = captureLogger();
    await redis.config('SET', 'maxmemory', String(2048 * MB));
    const w3 = createMemoryWatch({ redis, reportedKey: 'm:reported', logger: roomy.logger, marginBytes: 64 * MB, report: () => Promise.resolve() });
    await w3.start();
    w3.stop();
    expect(roomy.lines.filter((l) => l.level === WARN)).toEqual([]);
  });

  it('tells the officers once per level crossed, across processes, and again after memory fell well below', async () => {
    await redis.del('m:levels');
    const alerts: Array<[string, MemoryAlert['level']]> = [];
    const watch = (name: string) => createMemoryWatch({ redis, reportedKey: 'm:levels', logger: quiet, marginBytes: 0, report: (a) => Promise.resolve(void alerts.push([name, a.level])) });
    const a = watch('a');
    const b = watch('b'); // a second bot process on the same Redis

    await redis.config('SET', 'maxmemory', String(2048 * MB));
    await a.check();
    expect(alerts).toEqual([]);
    await fillTo(83);
    await a.check();
    await b.check();
    await a.check();
    expect(alerts).toEqual([['a', 80]]);
    await fillTo(92);
    await b.check();
    await a.check();
    expect(alerts).toEqual([['a', 80], ['b', 90]]);
    await fillTo(60); // well below: the next crossing is news again
    await a.check();
    await fillTo(85);
    await b.check();
    expect(alerts).toEqual([['a', 80], ['b', 90], ['b', 80]]);
    await redis.config('SET', 'maxmemory', String(2048 * MB));
  });

  it('reports a full Redis although Redis refuses to record that it did', async () => {
    await redis.del('m:full');
    const alerts: number[] = [];
    const w = createMemoryWatch({ redis, reportedKey: 'm:full', logger: quiet, marginBytes: 0, report: (al) => Promise.resolve(void alerts.push(al.level)) });
    await redis.config('SET', 'maxmemory', String(MB)); // below what is used: every write is refused (noeviction)
    await expect(redis.set('x', '1')).rejects.toThrow(/OOM/);
    await w.check();
    await w.check();
    expect(alerts).toEqual([100]);
    await redis.config('SET', 'maxmemory', String(2048 * MB));
  });

  it('reads levels as the highest crossed', () => {
    expect([levelOf(79.9), levelOf(80), levelOf(95), levelOf(100), levelOf(130)]).toEqual([0, 80, 90, 100, 100]);
  });
});
