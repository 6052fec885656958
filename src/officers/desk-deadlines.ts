/**
 * The desk's deadlines, in a Redis sorted set (`<p>due`, scored by when they are due, in ms) so that they
 * survive restarts: `release:<case>` (held answers' safe time: the relay delivers them) and
 * `realert:<case>` (an urgent case still unclaimed: alert again, until someone claims it) and
 * `silence:<person>` (written by the hotline's commit: a report left unfinished becomes a case) and
 * `erase:<person>` (written by the trail, src/core/trail.ts: messages of the person's chat are due to be
 * deleted). A deadline
 * taken is leased for a minute, so that one a crashed process was handling comes due again.
 */
import type { Redis } from 'ioredis';
import type { CaseStore } from '../cases/case-store.js';
import type { Logger } from '../logger.js';
import type { Keys } from '../redis/keys.js';
import { deskClaimDue, deskFinishDue } from '../redis/scripts.js';
import type { BoardPoster } from './board-poster.js';
import type { Relay } from './relay.js';

export interface DeskDeadlinesOptions {
  redis: Redis;
  keys: Keys;
  store: CaseStore;
  relay: Relay;
  logger: Logger;
  /** Where re-alerts are posted; without a board they are only logged. */
  poster?: BoardPoster;
  /** Re-alert an unclaimed case after this long (ms). */
  realertMs: { critical: number; high: number };
  /** A person went silent in the middle of a report (`silence:<personId>`): their flow hears of it. */
  silence?(personId: string): Promise<void>;
  /** Messages of a person's chat are due to be deleted (`erase:<personId>`); it reschedules itself. */
  erase?(personId: string): Promise<void>;
  /** The time now, in ms (tests move it). */
  clock: () => number;
}

export interface DeskDeadlines {
  /** Re-alerts a critical or high case opened (or escalated) `at` if still unclaimed after its delay. */
  scheduleRealert(caseId: string, urgency: string | undefined, at: number): Promise<void>;
  /**
   * Moves a case's re-alert after an officer lowered or restored its urgency at `at`: due its new
   * urgency's delay after `at`, sooner or later than before, or none at all for a normal case.
   */
  rescheduleRealert(caseId: string, urgency: string | undefined, at: number): Promise<void>;
  /** Handles the deadlines due now; a failed one is logged and comes due again. */
  runDue(): Promise<void>;
}

export function createDeskDeadlines(opts: DeskDeadlinesOptions): DeskDeadlines {
  const { redis, keys, store, relay, logger, poster, clock } = opts;

  /** How long an unclaimed case of this urgency waits before a re-alert; undefined: it is never re-alerted. */
  const realertAfter = (urgency: string | undefined) =>
    urgency === 'critical' ? opts.realertMs.critical : urgency === 'high' ? opts.realertMs.high : undefined;

  async function realert(caseId: string, member: string, now: number) {
    const view = await store.get(caseId);
    const every = realertAfter(view?.urgency);
    if (!view || view.claimedBy || view.status !== 'new' || every === undefined) return;
    if (poster) await poster.realert(view, now);
    logger.warn({ caseId, urgency: view.urgency, waitedMs: now - view.createdAt }, 'urgent case still unclaimed: re-alerted');
    await redis.zadd(keys.due, String(now + every), member); // again, until someone claims it
  }

  return {
    async scheduleRealert(caseId, urgency, at) {
      const after = realertAfter(urgency);
      if (after === undefined) return;
      // LT: an escalation never pushes a sooner re-alert back.
      await redis.zadd(keys.due, 'LT', String(at + after), `realert:${caseId}`);
    },
    async rescheduleRealert(caseId, urgency, at) {
      const after = realertAfter(urgency);
      // The re-alert itself checks the case when due, so one already taken by another process stops there.
      if (after === undefined) await redis.zrem(keys.due, `realert:${caseId}`);
      else await redis.zadd(keys.due, String(at + after), `realert:${caseId}`);
    },
    async runDue() {
      const now = clock();
      const leaseUntil = now + 60_000;
      const due = await deskClaimDue(redis, { keys: { due: keys.due }, args: { now, leaseUntil, limit: 20 } });
      for (const member of due) {
        const [kind, caseId = ''] = member.split(/:(.*)/s);
        try {
          if (kind === 'release') await relay.deliver(caseId, 'due');
          else if (kind === 'realert') await realert(caseId, member, now);
          else if (kind === 'silence' && opts.silence) await opts.silence(caseId); // the member carries a person id
          else if (kind === 'erase' && opts.erase) await opts.erase(caseId); // a person id too
          await deskFinishDue(redis, { keys: { due: keys.due }, args: { member, leaseUntil } });
        } catch (err) {
          logger.error({ err, deadline: kind, caseId }, 'deadline failed; it will be retried');
        }
      }
    },
  };
}
