import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pino } from 'pino';
import { createLease, type Lease } from '../../src/redis/lease.js';
import { testRedis, type TestRedis } from '../support/redis.js';

const logger = pino({ level: 'silent' });

describe('the roles lease', () => {
  let t: TestRedis;
  const leases: Lease[] = [];
  beforeEach(async () => { t = await testRedis(); });
  afterEach(async () => { for (const l of leases.splice(0)) await l.stop(); await t.cleanup(); });

  function lease(name: string, log: string[], ttlMs = 300) {
    const l = createLease({ redis: t.redis, key: `${t.prefix}roles:lease`, ttlMs, logger, onAcquired: () => { log.push(`${name}+`); }, onLost: () => { log.push(`${name}-`); } });
    leases.push(l);
    return l;
  }

  it('has one holder among three processes', async () => {
    const log: string[] = [];
    const all = [lease('a', log), lease('b', log), lease('c', log)];
    await Promise.all(all.map((l) => l.start()));
    expect(all.filter((l) => l.held())).toHaveLength(1);
    expect(log).toHaveLength(1);
    await Promise.all(all.map((l) => l.tick()));
    expect(all.filter((l) => l.held())).toHaveLength(1);
    expect(await t.redis.pttl(`${t.prefix}roles:lease`)).toBeGreaterThan(200);
  });

  it('hands over when the holder dies (its lease expires) and the loser stops its roles', async () => {
    const log: string[] = [];
    const a = lease('a', log, 200);
    await a.start();
    const b = lease('b', log, 200);
    await b.tick();
    expect([a.held(), b.held()]).toEqual([true, false]);
    // a "dies": it stops renewing, without releasing; simulate by letting the key expire under it.
    await t.redis.pexpire(`${t.prefix}roles:lease`, 1);
    await new Promise((r) => setTimeout(r, 20));
    await b.tick();
    expect(b.held()).toBe(true);
    await a.tick(); // a finds it no longer holds the lease
    expect(a.held()).toBe(false);
    expect(log).toEqual(['a+', 'b+', 'a-']);
  });

  it('releases on shutdown so another takes it at once', async () => {
    const log: string[] = [];
    const a = lease('a', log, 60_000);
    const b = lease('b', log, 60_000);
    await a.start();
    await b.tick();
    expect(b.held()).toBe(false);
    await a.stop();
    expect(await t.redis.exists(`${t.prefix}roles:lease`)).toBe(0);
    await b.tick();
    expect(b.held()).toBe(true);
    expect(log).toEqual(['a+', 'a-', 'b+']);
  });
});
