/**
 * A Redis client for one test (or one describe block) on the shared test server, with its own key prefix
 * so that test files running in parallel never see each other's keys.
 */
import { randomBytes } from 'node:crypto';
import type { Redis } from 'ioredis';
import { pino } from 'pino';
import { inject } from 'vitest';
import { connectRedis, quitRedis } from '../../src/redis/connect.js';

/** A test's Redis client and the key prefix it must use. */
export interface TestRedis {
  /** A plain client (no ioredis `keyPrefix`): pass `prefix` to the code under test. */
  redis: Redis;
  /** Unique per call, e.g. `t:3f9a0c1d2b4e:`. */
  prefix: string;
  /** Deletes every key under `prefix` (SCAN + UNLINK) and closes the client. */
  cleanup(): Promise<void>;
}

const logger = pino({ level: process.env.LOG_LEVEL ?? 'warn', base: { app: 'hotline-tests' } }, pino.destination(2));

/** Escapes glob metacharacters for SCAN MATCH. */
function globEscape(text: string): string {
  return text.replace(/[*?[\]\\]/g, (c) => `\\${c}`);
}

/**
 * Connects to the test run's Redis (`inject('redisUrl')`) with a fresh key prefix.
 *
 * @example
 * let t: TestRedis;
 * beforeEach(async () => { t = await testRedis(); });
 * afterEach(() => t.cleanup());
 */
export async function testRedis(): Promise<TestRedis> {
  const redis = await connectRedis({ url: inject('redisUrl'), logger, name: 'test' });
  const prefix = `t:${randomBytes(6).toString('hex')}:`;
  let cleaned: Promise<void> | undefined;
  return {
    redis,
    prefix,
    cleanup(): Promise<void> {
      cleaned ??= (async () => {
        try {
          let cursor = '0';
          do {
            const [next, keys] = await redis.scan(cursor, 'MATCH', `${globEscape(prefix)}*`, 'COUNT', 500);
            cursor = next;
            if (keys.length > 0) await redis.unlink(...keys);
          } while (cursor !== '0');
        } finally {
          await quitRedis(redis);
        }
      })();
      return cleaned;
    },
  };
}
