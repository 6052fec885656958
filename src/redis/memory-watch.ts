/**
 * Redis memory, watched before it runs out. With `maxmemory-policy noeviction` a full Redis refuses every
 * write (no message is saved, no case opened); with an evicting policy it would silently drop cases.
 *
 * - At start-up ({@link MemoryWatch.start}) it warns, with no personal data, when `maxmemory` leaves less
 *   than REDIS_MEMORY_MARGIN_MB free over what is used, when the events budget (EVENTS_MAX_MB) is more than
 *   is free, and when `maxmemory` is 0 (unlimited: Redis then grows until the machine's memory is gone and the
 *   system kills it, losing the last second of writes; the watch measures against the machine's memory then).
 * - Every minute it reads `INFO memory`, trims the events stream (src/redis/events-budget.ts), and calls
 *   `report` once when used memory crosses 80 %, 90 % or 100 % of the limit; a level is reported again only
 *   after memory fell 5 points below it. Which level was reported is kept in `<p>memory:reported`, so several
 *   bot processes, and restarts, report each crossing once (at 100 % Redis refuses that write too: then the
 *   process's own memory of it decides).
 */
import type { RedisClient as Redis } from './redis-client.js';
import type { Logger } from '../logger.js';
import type { EventsTrimmer } from './events-budget.js';

/** The levels reported, % of the limit. */
export const MEMORY_LEVELS = [80, 90, 100] as const;
export type MemoryLevel = (typeof MEMORY_LEVELS)[number];
/** A level is reported again only after memory fell this many points below it. */
const HYSTERESIS = 5;

/** Redis memory as `INFO memory` tells it. */
export interface MemoryState {
  /** `used_memory`, bytes. */
  used: number;
  /** `maxmemory`, bytes (0: unlimited). */
  max: number;
  /** What the watch measures against: `maxmemory`, else the machine's memory (`total_system_memory`), else 0. */
  limit: number;
  limitSource: 'maxmemory' | 'system' | 'none';
  policy: string;
  /** `used` as % of `limit` (0 when there is no limit known). */
  percent: number;
}

/** Memory crossed a level: for the officers' group. */
export interface MemoryAlert {
  level: MemoryLevel;
  state: MemoryState;
}

export interface MemoryWatchOptions {
  redis: Redis;
  /** `<p>memory:reported` (keys.memoryReported). */
  reportedKey: string;
  logger: Logger;
  /** REDIS_MEMORY_MARGIN_MB, bytes. */
  marginBytes: number;
  /** EVENTS_MAX_MB, bytes: warned about when more than Redis has free. */
  eventsMaxBytes?: number;
  /** Trims the events stream at every check. */
  trimmer?: EventsTrimmer;
  /** Tells the officers (the board's general thread). A failure is logged; the level is reported again next time. */
  report(alert: MemoryAlert): Promise<void>;
  /** How often to check, ms (default a minute). */
  intervalMs?: number;
}

export interface MemoryWatch {
  /** The start-up check (warnings in the log), then a check every interval. */
  start(): Promise<MemoryState>;
  /** One check: trim the events, read memory, report a crossing. */
  check(): Promise<MemoryState>;
  stop(): void;
}

/** Reads `INFO memory` (works where CONFIG is disabled, as on managed Redis services). */
export async function readMemory(redis: Redis): Promise<MemoryState> {
  const info = await redis.info('memory');
  const field = (name: string) => new RegExp(`^${name}:(.*)$`, 'm').exec(info)?.[1]?.trim();
  const used = Number(field('used_memory') ?? 0);
  const max = Number(field('maxmemory') ?? 0);
  const system = Number(field('total_system_memory') ?? 0);
  const limit = max > 0 ? max : system;
  return {
    used, max, limit,
    limitSource: max > 0 ? 'maxmemory' : system > 0 ? 'system' : 'none',
    policy: field('maxmemory_policy') ?? 'unknown',
    percent: limit > 0 ? Math.round((used / limit) * 1000) / 10 : 0,
  };
}

const mb = (bytes: number) => Math.round(bytes / 1048576);

/** The highest level `percent` has reached, or 0. */
export function levelOf(percent: number): MemoryLevel | 0 {
  let level: MemoryLevel | 0 = 0;
  for (const l of MEMORY_LEVELS) if (percent >= l) level = l;
  return level;
}

export function createMemoryWatch(opts: MemoryWatchOptions): MemoryWatch {
  const { redis, logger } = opts;
  const intervalMs = opts.intervalMs ?? 60_000;
  let timer: NodeJS.Timeout | undefined;
  let checking: Promise<void> | undefined;
  /** The level this process last reported or saw reported (used when Redis refuses to store it). */
  let reported = 0;

  function warnAtStart(s: MemoryState): void {
    const figures = { usedMb: mb(s.used), maxmemoryMb: mb(s.max), policy: s.policy };
    if (s.max === 0) {
      logger.warn(
        { ...figures, systemMb: mb(s.limit) },
        'Redis maxmemory is 0 (unlimited): it grows until the machine runs out of memory and the system kills it. Set `maxmemory` ' +
          '(about half the machine\'s memory) with `maxmemory-policy noeviction`; until then the hotline reports at 80/90 % of the machine\'s memory',
      );
      if (s.limit > 0 && s.limit - s.used < opts.marginBytes) logger.warn({ ...figures, systemMb: mb(s.limit), marginMb: mb(opts.marginBytes) }, 'the machine Redis runs on has less free memory than REDIS_MEMORY_MARGIN_MB');
      return;
    }
    const free = s.max - s.used;
    if (free < opts.marginBytes) {
      logger.warn({ ...figures, freeMb: mb(free), marginMb: mb(opts.marginBytes) }, 'Redis maxmemory leaves less free than REDIS_MEMORY_MARGIN_MB: raise maxmemory, or writes (new cases) will be refused');
    }
    if (opts.eventsMaxBytes !== undefined && opts.eventsMaxBytes > free) {
      logger.warn({ ...figures, freeMb: mb(free), eventsMaxMb: mb(opts.eventsMaxBytes) }, 'EVENTS_MAX_MB is more than Redis has free: lower it or raise maxmemory');
    }
  }

  async function claim(level: MemoryLevel | 0): Promise<number> {
    // The level reported before, and ours from now on: one process reports a crossing.
    try {
      const before = await redis.set(opts.reportedKey, String(level), 'GET');
      return before === null ? 0 : Number(before);
    } catch {
      return reported; // Redis refuses writes (full): this process's own memory decides
    }
  }

  async function check(): Promise<MemoryState> {
    if (opts.trimmer) await opts.trimmer.run().catch((err: unknown) => logger.warn({ err }, 'events trim failed'));
    const state = await readMemory(redis);
    if (state.limit === 0) return state;
    const level = levelOf(state.percent);
    const stored = Number((await redis.get(opts.reportedKey).catch(() => null)) ?? reported);
    if (level !== 0 && level > stored) {
      const before = await claim(level);
      reported = level;
      if (level > before) {
        logger.warn({ level, percent: state.percent, usedMb: mb(state.used), limitMb: mb(state.limit), limit: state.limitSource, policy: state.policy }, 'Redis memory is filling up: officers told');
        try {
          await opts.report({ level, state });
        } catch (err) {
          logger.error({ err, level }, 'could not tell the officers that Redis memory is filling up');
          reported = before;
          await redis.set(opts.reportedKey, String(before)).catch(() => undefined);
        }
      }
    } else if (stored > 0 && state.percent < stored - HYSTERESIS) {
      // Memory fell well below the level reported: the next crossing is reported again.
      reported = level;
      await redis.set(opts.reportedKey, String(level)).catch(() => undefined);
      logger.info({ level, percent: state.percent }, 'Redis memory below the level reported');
    }
    return state;
  }

  const tick = () => {
    checking ??= check()
      .then(() => undefined, (err: unknown) => logger.warn({ err }, 'Redis memory check failed'))
      .finally(() => (checking = undefined));
  };

  return {
    async start() {
      const state = await readMemory(redis);
      warnAtStart(state);
      tick();
      timer = setInterval(tick, intervalMs);
      timer.unref();
      return state;
    },
    check,
    stop() {
      if (timer) clearInterval(timer);
      timer = undefined;
    },
  };
}
