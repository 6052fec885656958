import type { Redis } from 'ioredis';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createEventsTrimmer, eventsBudget, eventsTrimArgs, EVENT_ENTRY_BYTES } from '../../src/redis/events-budget.js';
import { createKeys, type Keys } from '../../src/redis/keys.js';
import { testRedis, type TestRedis } from '../support/redis.js';
import { captureLogger, WARN } from '../support/scratch-redis.js';

const DAY = 86_400_000;

describe('eventsBudget', () => {
  it('turns the size budget into the entry cap every XADD trims to', () => {
    const b = eventsBudget({ maxMb: 256, maxDays: 30 });
    expect(b.maxLen).toBe(Math.floor((256 * 1024 * 1024) / EVENT_ENTRY_BYTES));
    expect(b.maxAgeMs).toBe(30 * DAY);
    expect(eventsTrimArgs(b)).toEqual(['MAXLEN', '~', String(b.maxLen)]);
  });
});

describe('the events trimmer', () => {
  let t: TestRedis;
  let redis: Redis;
  let keys: Keys;
  beforeEach(async () => {
    t = await testRedis();
    redis = t.redis;
    keys = createKeys(t.prefix);
  });
  afterEach(() => t.cleanup());

  const add = (at: number, n: number, extra: string[] = []) =>
    Promise.all(Array.from({ length: n }, (_, i) => redis.xadd(keys.events, `${at}-${i}`, 'type', 'case.updated', 'case', 'KH-AAAA', 'at', String(at), ...extra)));

  it('keeps a status event within the design figure per entry (the measured size behind the entry cap)', async () => {
    for (let i = 0; i < 5000; i++) await redis.xadd(keys.events, '*', 'type', 'case.updated', 'case', 'KH-ABCD', 'urgency', 'critical', 'at', String(Date.now()));
    const bytes = Number(await redis.memory('USAGE', keys.events, 'SAMPLES', '0'));
    expect(bytes / 5000).toBeLessThan(EVENT_ENTRY_BYTES);
  });

  it('trims entries older than EVENTS_MAX_DAYS, and warns first about a group that has not read them', async () => {
    const now = Date.now();
    await add(now - 40 * DAY, 300);
    await redis.xgroup('CREATE', keys.events, 'slow', '0');
    await add(now - DAY, 5);
    const log = captureLogger();
    const report = await createEventsTrimmer({ redis, keys, budget: eventsBudget({ maxMb: 64, maxDays: 30 }), logger: log.logger, clock: () => now }).run();
    expect(report.trimmedByAge).toBeGreaterThan(0);
    const left = await redis.xrange(keys.events, '-', '+');
    expect(left.filter(([id]) => Number(id.split('-')[0]) >= now - DAY)).toHaveLength(5);
    const warned = log.lines.filter((l) => l.level === WARN).map((l) => l.msg);
    expect(warned).toContain('events older than EVENTS_MAX_DAYS are trimmed before this consumer group read them');
    expect(warned).toContain('a consumer group lost events it had not read (trimmed by EVENTS_MAX_MB or EVENTS_MAX_DAYS)');
    expect(report.lost).toEqual([{ group: 'slow', entries: 300 - (left.length - 5) }]);
  });

  it('says nothing about a group that has read everything trimmed', async () => {
    const now = Date.now();
    await add(now - 40 * DAY, 300);
    await redis.xgroup('CREATE', keys.events, 'desk', '0');
    await redis.xreadgroup('GROUP', 'desk', 'c1', 'COUNT', 1000, 'STREAMS', keys.events, '>');
    const log = captureLogger();
    const report = await createEventsTrimmer({ redis, keys, budget: eventsBudget({ maxMb: 64, maxDays: 30 }), logger: log.logger, clock: () => now }).run();
    expect(report.trimmedByAge).toBeGreaterThan(0);
    expect(report.lost).toEqual([]);
    expect(log.lines.filter((l) => l.level === WARN)).toEqual([]);
  });

  it('trims by measured size when entries are bigger than the design figure', async () => {
    const now = Date.now();
    const big = 'x'.repeat(2000);
    await add(now, 2000, ['sealed', big]);
    const budget = { ...eventsBudget({ maxMb: 1, maxDays: 30 }) }; // ~4 MB of entries, 1 MB allowed
    const log = captureLogger();
    const report = await createEventsTrimmer({ redis, keys, budget, logger: log.logger, clock: () => now }).run();
    expect(report.trimmedBySize).toBeGreaterThan(0);
    expect(report.bytes).toBeLessThanOrEqual(budget.maxBytes * 1.1); // `~` trims whole nodes
    expect(report.length).toBeLessThan(2000);
  });

  it('does nothing to a stream that does not exist yet', async () => {
    const report = await createEventsTrimmer({ redis, keys, budget: eventsBudget({ maxMb: 1, maxDays: 1 }), logger: captureLogger().logger }).run();
    expect(report).toEqual({ length: 0, bytes: 0, trimmedByAge: 0, trimmedBySize: 0, lost: [] });
  });
});
