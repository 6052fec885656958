/**
 * The single-process roles under the roles lease (src/redis/lease.ts): the parts that must run in one bot
 * process at a time (the desk worker, the linker, the retention sweep, the memory watch, the channel watch)
 * are started by the process that takes the lease and stopped when it loses or gives it up. Every process
 * keeps trying, so when the holder dies another one starts them within one lease time; on shutdown the holder
 * releases the lease and the hand-over is at once.
 */
import type { Logger } from './logger.js';
import { createLease } from './redis/lease.js';
import type { RedisClient } from './redis/redis-client.js';

/** A started role: stopped on losing the lease. */
export interface RolePart {
  /** Named in the log with how long its stop took. */
  name: string;
  stop(): Promise<void> | void;
}

export interface RolesOptions {
  redis: RedisClient;
  /** The lease key (keys.rolesLease). */
  key: string;
  /** How long the lease lasts without renewal, ms (renewed every third of it). */
  ttlMs: number;
  logger: Logger;
  /**
   * Builds and starts the roles (fresh parts each time the lease is taken), adding each to `started` once it
   * runs: if one fails to start, those already running are stopped.
   */
  start(started: RolePart[]): Promise<void>;
  /** Told whenever holding changes (the `hotline_roles_lease_held` gauge). */
  onHeld?(held: boolean): void;
}

export interface Roles {
  /** Tries to take the lease now and keeps trying (or renewing). */
  start(): Promise<void>;
  /** Stops the roles if they run here and releases the lease. */
  stop(): Promise<void>;
  /** Whether this process holds the lease now. */
  held(): boolean;
  /** Whether the roles run in this process now. */
  running(): boolean;
  /** One lease round at once (take or renew): tests. */
  tick(): Promise<void>;
}

export function createRoles(opts: RolesOptions): Roles {
  const { logger } = opts;
  let parts: RolePart[] = [];

  async function stopParts(): Promise<void> {
    const started = parts;
    parts = [];
    // Stopped in reverse start order: what started last may depend on what started first.
    for (const part of started.reverse()) {
      const t0 = Date.now();
      await Promise.resolve(part.stop()).catch((err: unknown) => logger.error({ err, part: part.name }, 'stopping a role failed'));
      logger.info({ part: part.name, ms: Date.now() - t0 }, 'role stopped');
    }
  }

  const lease = createLease({
    redis: opts.redis,
    key: opts.key,
    ttlMs: opts.ttlMs,
    logger,
    onHeld: opts.onHeld,
    async onAcquired() {
      parts = [];
      try {
        await opts.start(parts);
      } catch (err) {
        // Held, but a role did not start: logged, the others stopped; the next hand-over (or restart) tries again.
        logger.error({ err }, 'the single-process roles did not start');
        await stopParts();
      }
    },
    onLost: stopParts,
  });

  return {
    start: () => lease.start(),
    stop: () => lease.stop(),
    held: () => lease.held(),
    running: () => parts.length > 0,
    tick: () => lease.tick(),
  };
}
