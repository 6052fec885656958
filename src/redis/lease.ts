/**
 * The roles lease: one Redis key (`<prefix>roles:lease`) that says which process runs the parts that must
 * run in one process at a time (the desk worker, the linker, the retention sweep, the memory watch and the
 * channel watch). Every process tries to take it (`SET NX PX`) every third of its time; the holder extends it
 * as often by compare-and-extend (src/redis/lua/renew-lease.lua), so a holder that dies hands over when the
 * key expires, within one lease time. On shutdown the holder deletes it (compare-and-delete), so the hand-over
 * is at once. A holder that finds it has lost the lease (Redis unreachable past the lease time, or a pause)
 * stops its roles before another process could start them twice for long.
 */
import { randomBytes } from 'node:crypto';
import type { Logger } from 'pino';
import type { RedisClient } from './redis-client.js';
import { releaseLease, renewLease } from './scripts.js';

export interface LeaseOptions {
  redis: RedisClient;
  /** The lease key (keys.rolesLease). */
  key: string;
  /** How long the lease lasts without renewal, ms (renewed every third of it). */
  ttlMs?: number;
  logger: Logger;
  /** Called when this process took the lease: start the roles. */
  onAcquired(): Promise<void> | void;
  /** Called when this process lost or gave up the lease: stop the roles. */
  onLost(): Promise<void> | void;
  /** Told whenever this process's holding changes (the `hotline_roles_lease_held` gauge). */
  onHeld?(held: boolean): void;
}

export interface Lease {
  /** Tries to take the lease at once, then keeps trying (or renewing) every third of its time. */
  start(): Promise<void>;
  /** Stops trying; if held, stops the roles and releases the lease so another process takes it at once. */
  stop(): Promise<void>;
  /** Whether this process holds the lease now. */
  held(): boolean;
  /** One round at once (take or renew): for tests and start-up. */
  tick(): Promise<void>;
}

export const DEFAULT_LEASE_MS = 30_000;

export function createLease(opts: LeaseOptions): Lease {
  const { redis, key, logger } = opts;
  const ttlMs = opts.ttlMs ?? DEFAULT_LEASE_MS;
  const token = randomBytes(16).toString('hex');
  let holding = false;
  let timer: NodeJS.Timeout | undefined;
  let running = false;
  let round: Promise<void> = Promise.resolve();
  let busy = false;

  async function set(next: boolean): Promise<void> {
    if (holding === next) return;
    holding = next;
    opts.onHeld?.(next);
    if (next) {
      logger.info({ lease: 'roles' }, 'took the roles lease: starting the single-process roles');
      await opts.onAcquired();
    } else {
      logger.warn({ lease: 'roles' }, 'lost the roles lease: stopping the single-process roles');
      await opts.onLost();
    }
  }

  /** When the lease was last taken or extended (ms, this process's clock): it lasts until this + ttlMs. */
  let heldSince = 0;

  async function once(): Promise<void> {
    const asked = Date.now();
    try {
      if (holding) {
        const kept = await renewLease(redis, { keys: { lease: key }, args: { token, ttlMs } });
        if (kept !== 1) await set(false);
        else heldSince = asked;
      } else {
        const took = await redis.set(key, token, 'PX', ttlMs, 'NX');
        if (took === 'OK') {
          heldSince = asked;
          await set(true);
        }
      }
    } catch (err) {
      logger.warn({ err, lease: 'roles' }, 'roles lease round failed');
    }
  }

  /**
   * Redis unreachable (a renewal failed, or still waits in the client's offline queue): the lease runs out at
   * heldSince + ttlMs and another process may take it then. Checked apart from the rounds (one may hang):
   * once two thirds of the lease passed unconfirmed, the roles stop, before the lease can run out.
   */
  function expiring(): void {
    if (holding && Date.now() - heldSince >= (ttlMs * 2) / 3) {
      logger.warn({ lease: 'roles', sinceMs: Date.now() - heldSince }, 'roles lease not renewed in time (Redis unreachable?)');
      void set(false).catch((err: unknown) => logger.error({ err }, 'stopping the roles failed'));
    }
  }

  function tick(): Promise<void> {
    round = round.then(once);
    return round;
  }

  function schedule(): void {
    if (!running) return;
    timer = setTimeout(() => {
      expiring();
      // A round still waiting (Redis unreachable) is not queued behind: the next try comes a third later.
      if (!busy) {
        busy = true;
        void tick().finally(() => (busy = false));
      }
      schedule();
    }, Math.max(1, Math.floor(ttlMs / 3)));
    timer.unref();
  }

  return {
    async start() {
      if (running) return;
      running = true;
      await tick();
      schedule();
    },
    async stop() {
      running = false;
      clearTimeout(timer);
      await round;
      if (!holding) return;
      holding = false;
      opts.onHeld?.(false);
      await Promise.resolve(opts.onLost()).catch((err: unknown) => logger.error({ err }, 'stopping the roles failed'));
      await releaseLease(redis, { keys: { lease: key }, args: { token } }).catch((err: unknown) => logger.warn({ err }, 'roles lease release failed'));
    },
    held: () => holding,
    tick,
  };
}
