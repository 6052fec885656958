/**
 * The server's persistence settings: a warning, saying what to set, when AOF is off or keys may be
 * evicted, since either can lose cases.
 */
import type { RedisClient as Redis } from '../redis-client.js';
import type { Logger } from 'pino';
import { describeError } from './redact.js';

/** What {@link checkRedisSettings} found. */
export interface RedisSettings {
  /** AOF persistence is on (`false` also when it could not be read: see `configReadable`). */
  appendonly: boolean;
  /** `maxmemory-policy`, or `'unknown'` when CONFIG is not available. */
  evictionPolicy: string;
  /** Whether CONFIG GET worked (managed Redis services often disable it). */
  configReadable: boolean;
}

/** Clients already warned that CONFIG is unavailable, so the warning appears once. */
const configWarned = new WeakSet<Redis>();

async function configGet(redis: Redis, parameter: string): Promise<string | undefined> {
  const reply: unknown = await redis.config('GET', parameter);
  if (Array.isArray(reply)) {
    for (let i = 0; i + 1 < reply.length; i += 2) {
      if (String(reply[i]) === parameter) return String(reply[i + 1]);
    }
    return undefined;
  }
  if (reply instanceof Map) {
    const value: unknown = reply.get(parameter);
    return value === undefined ? undefined : String(value);
  }
  if (typeof reply === 'object' && reply !== null && parameter in reply) {
    return String((reply as Record<string, unknown>)[parameter]);
  }
  return undefined;
}

/**
 * Reads `appendonly` and `maxmemory-policy` and warns (saying what to set) when AOF persistence is off or
 * the server may evict keys: either can lose cases. When CONFIG is disabled or not permitted, warns once
 * per client and returns `{ appendonly: false, evictionPolicy: 'unknown', configReadable: false }`.
 */
export async function checkRedisSettings(redis: Redis, logger: Logger): Promise<RedisSettings> {
  let appendonly: string | undefined;
  let evictionPolicy: string | undefined;
  try {
    [appendonly, evictionPolicy] = await Promise.all([configGet(redis, 'appendonly'), configGet(redis, 'maxmemory-policy')]);
  } catch (error) {
    if (!configWarned.has(redis)) {
      configWarned.add(redis);
      logger.warn(
        { err: describeError(error, (text) => text) },
        'cannot read the Redis configuration (CONFIG GET is disabled or not permitted); make sure the server ' +
          'runs with `appendonly yes`, `appendfsync everysec` and `maxmemory-policy noeviction`, or cases can be lost',
      );
    }
    return { appendonly: false, evictionPolicy: 'unknown', configReadable: false };
  }

  const aofOn = appendonly === 'yes';
  if (!aofOn) {
    logger.warn(
      { appendonly: appendonly ?? 'unknown' },
      'Redis AOF persistence is off: cases written since the last snapshot are lost if Redis restarts. ' +
        'Set `appendonly yes` and `appendfsync everysec` in redis.conf (or run `CONFIG SET appendonly yes` then `CONFIG REWRITE`)',
    );
  }
  const policy = evictionPolicy ?? 'unknown';
  if (policy !== 'noeviction') {
    logger.warn(
      { maxmemoryPolicy: policy },
      'Redis may evict keys (cases, conversations) when it reaches maxmemory. Set `maxmemory-policy noeviction` ' +
        'in redis.conf (or run `CONFIG SET maxmemory-policy noeviction` then `CONFIG REWRITE`)',
    );
  }
  return { appendonly: aofOn, evictionPolicy: policy, configReadable: true };
}
