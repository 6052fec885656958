/**
 * Waiting for a replica after a commit (Redis `WAIT`), so that what a person was told is saved is on two
 * servers: Redis replication is asynchronous, and a write only the primary had is lost when it dies and
 * Sentinel promotes a replica.
 *
 * WAIT blocks the connection it is sent on (every command pipelined behind it waits), so it is bounded:
 * `timeoutMs` each, and when no replica answered in time (the replica is down or far behind) waiting
 * pauses for `pauseMs`, with one warning, rather than slowing every message by the timeout.
 */
import type { Logger } from 'pino';
import type { RedisClient as Redis } from './redis-client.js';

/** Options of {@link createReplicaWait}. */
export interface ReplicaWaitOptions {
  redis: Redis;
  /** Replicas that must have the writes (1 under Sentinel). */
  replicas: number;
  logger: Logger;
  /** Longest wait for one commit, ms. Default 250. */
  timeoutMs?: number;
  /** After a wait that timed out, commits go on without waiting this long, ms. Default 10 s. */
  pauseMs?: number;
  /** The time now, ms (tests move it). */
  clock?: () => number;
}

/**
 * Returns a function to call after a commit on `redis`: resolves once `replicas` replicas have every write
 * sent on that connection so far, or the wait timed out, or waiting is paused. Never throws: a failed WAIT
 * (the primary is gone) is the commit's problem, found by its next command.
 */
export function createReplicaWait(opts: ReplicaWaitOptions): () => Promise<void> {
  const { redis, replicas, logger } = opts;
  const timeoutMs = opts.timeoutMs ?? 250;
  const pauseMs = opts.pauseMs ?? 10_000;
  const clock = opts.clock ?? Date.now;
  let pausedUntil = 0;
  let warned = false;
  return async () => {
    if (replicas <= 0 || clock() < pausedUntil) return;
    let acked: number;
    try {
      acked = await redis.wait(replicas, timeoutMs);
    } catch {
      return;
    }
    if (acked >= replicas) {
      if (warned) logger.info({ replicas: acked }, 'a replica acknowledges commits again');
      warned = false;
      return;
    }
    pausedUntil = clock() + pauseMs;
    if (!warned) {
      logger.warn(
        { wanted: replicas, acked, timeoutMs, pauseMs },
        'no replica acknowledged a commit in time: going on without waiting (a failover now could lose the latest messages); check the replica',
      );
      warned = true;
    }
  };
}
