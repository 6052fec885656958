import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createReplicaWait } from '../../src/redis/replica-wait.js';
import { captureLogger, WARN } from '../support/scratch-redis.js';
import { testRedis, type TestRedis } from '../support/redis.js';

describe('replica wait', () => {
  let t: TestRedis;
  beforeEach(async () => {
    t = await testRedis();
  });
  afterEach(() => t.cleanup());

  it('waits up to its timeout for a replica, then goes on without waiting for a while, warning once', async () => {
    // The test server has no replica: WAIT 1 answers 0 after the timeout.
    let now = 1_000_000;
    const { logger, lines } = captureLogger();
    const wait = createReplicaWait({ redis: t.redis, replicas: 1, logger, timeoutMs: 150, pauseMs: 5_000, clock: () => now });
    await t.redis.set(`${t.prefix}x`, '1');
    let started = performance.now();
    await wait();
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
    started = performance.now();
    await wait(); // paused: no WAIT at all
    expect(performance.now() - started).toBeLessThan(50);
    now += 5_001;
    await wait(); // waits again, and still no replica: no second warning
    const warnings = lines.filter((l) => l.level === WARN && l.msg.startsWith('no replica acknowledged'));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ wanted: 1, acked: 0 });
  });

  it('does nothing when no replica is wanted', async () => {
    const { logger } = captureLogger();
    const wait = createReplicaWait({ redis: t.redis, replicas: 0, logger, timeoutMs: 1_000 });
    const started = performance.now();
    await wait();
    expect(performance.now() - started).toBeLessThan(50);
  });
});
