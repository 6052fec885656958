/**
 * The desk's deadlines, in a Redis sorted set (`<p>due`, scored by when they are due, in ms) so that they
 * survive restarts: `release:<case>` (held answers' safe time: the relay delivers them) and
 * `realert:<case>` (an urgent case still unclaimed: alert again, until someone claims it) and
 * `respond:<case>` (an urgent case claimed but with no answer queued for the person: alert again, until an
 * officer answers, frees or finishes it) and
 * `silence:<person>` (written by the hotline's commit: a report left unfinished becomes a case) and
 * `erase:<person>` (written by the trail, src/core/trail.ts: messages of the person's chat are due to be
 * deleted). A deadline
 * taken is leased for a minute, so that one a crashed process was handling comes due again.
 *
 * The paging chain: each re-alert of a case (either kind) is a step, counted in `<p>desk:paging:<case>`.
 * Every step posts in the group; from the second on, the next member of the duty roster is also paged by
 * direct message, one after another, then round again; one the board cannot reach is skipped for the next.
 * Each re-alert is a `case.realerted` event and each page-out a `case.paged` one. The chain starts again
 * from the group when the case is claimed or goes back to unclaimed.
 */
import type { RedisClient as Redis } from '../redis/redis-client.js';
import { isOpen } from '../cases/case-model.js';
import type { CaseView } from '../cases/case-record.js';
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
  /** Re-alert a claimed case with no answer to the person this long after the claim, and as often (ms; default 10 min / 1 h). */
  responseMs?: { critical: number; high: number };
  /** Telegram user ids paged by direct message at each re-alert after the group's, in turn. */
  roster?: readonly number[];
  /** The events stream's approximate max length. */
  eventsMaxLen?: number;
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
  /** The case went back to unclaimed at `at` (unclaimed, or freed): its re-alerts start again, from the group. */
  rearmRealert(caseId: string, urgency: string | undefined, at: number): Promise<void>;
  /**
   * The case was claimed (or escalated while claimed) at `at`: re-alert it if the person has no answer
   * after its urgency's response time. `fresh`: a new claim, so the paging chain starts again.
   */
  scheduleResponse(caseId: string, urgency: string | undefined, at: number, fresh: boolean): Promise<void>;
  /** An officer queued an answer for the person: the response-time re-alerts stop. */
  answered(caseId: string): Promise<void>;
  /** Handles the deadlines due now; a failed one is logged and comes due again. */
  runDue(): Promise<void>;
}

export function createDeskDeadlines(opts: DeskDeadlinesOptions): DeskDeadlines {
  const { redis, keys, store, relay, logger, poster, clock } = opts;
  const responseMs = opts.responseMs ?? { critical: 600_000, high: 3_600_000 };
  const roster = opts.roster ?? [];
  const maxLen = String(opts.eventsMaxLen ?? 1_000_000);

  /** How long an unclaimed case of this urgency waits before a re-alert; undefined: it is never re-alerted. */
  const realertAfter = (urgency: string | undefined) =>
    urgency === 'critical' ? opts.realertMs.critical : urgency === 'high' ? opts.realertMs.high : undefined;
  /** How long a claimed case of this urgency may go without an answer to the person; undefined: no limit. */
  const responseAfter = (urgency: string | undefined) =>
    urgency === 'critical' ? responseMs.critical : urgency === 'high' ? responseMs.high : undefined;

  const event = (caseId: string, fields: string[]) =>
    redis.xadd(keys.events, 'MAXLEN', '~', maxLen, '*', 'case', caseId, 'at', String(clock()), ...fields);

  /**
   * One step of the case's paging chain: the group always, and from the second step on the next roster
   * member the board can reach, by direct message.
   */
  async function escalate(view: CaseView, waiting: 'claim' | 'answer', now: number) {
    const paging = keys.deskPaging(view.id);
    const step = await redis.hincrby(paging, 'step', 1); // 1: the first re-alert, the group's alone
    await redis.expire(paging, 30 * 24 * 3600);
    if (poster) await poster.realert(view, now);
    await event(view.id, ['type', 'case.realerted', 'urgency', view.urgency, 'waiting', waiting, 'step', String(step), 'claimedBy', view.claimedBy ?? '']);
    if (step === 1 || !poster || roster.length === 0) return;
    const next = Number(await redis.hget(paging, 'next')) || 0;
    for (let i = 0; i < roster.length; i++) {
      const at = (next + i) % roster.length;
      const userId = roster[at]!;
      let result: 'sent' | 'unreachable' | 'failed';
      try {
        result = await poster.page(userId, view, now);
      } catch (err) {
        // Not retried with the deadline: that would post the group's re-alert again. The next one is paged.
        logger.warn({ err, caseId: view.id, step }, 'page-out failed');
        result = 'failed';
      }
      await event(view.id, ['type', 'case.paged', 'urgency', view.urgency, 'to', `telegram:${userId}`, 'step', String(step), 'result', result]);
      if (result === 'sent') {
        await redis.hset(paging, 'next', String((at + 1) % roster.length));
        return;
      }
    }
    logger.warn({ caseId: view.id, step }, 'nobody on the duty roster could be paged');
  }

  async function realert(caseId: string, member: string, now: number) {
    const view = await store.get(caseId);
    const every = realertAfter(view?.urgency);
    if (!view || view.claimedBy || view.status !== 'new' || every === undefined) return;
    await escalate(view, 'claim', now);
    logger.warn({ caseId, urgency: view.urgency, waitedMs: now - view.createdAt }, 'urgent case still unclaimed: re-alerted');
    await redis.zadd(keys.due, String(now + every), member); // again, until someone claims it
  }

  /** A claimed case whose person has no answer since the claim: alert again, until someone answers. */
  async function respond(caseId: string, member: string, now: number) {
    const view = await store.get(caseId);
    const every = responseAfter(view?.urgency);
    if (!view || !view.claimedBy || !isOpen(view.status) || every === undefined) return;
    const claimedAt = view.claimedAt ?? view.updatedAt;
    if (view.answeredAt !== undefined && view.answeredAt >= claimedAt) return;
    // Taken early (a deadline from before a later claim, or moved by an escalation): due N after this claim.
    if (now < claimedAt + every) {
      await redis.zadd(keys.due, String(claimedAt + every), member);
      return;
    }
    await escalate(view, 'answer', now);
    logger.warn({ caseId, urgency: view.urgency, claimedMs: now - claimedAt }, 'urgent case claimed but unanswered: re-alerted');
    await redis.zadd(keys.due, String(now + every), member); // again, until someone answers
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
    async rearmRealert(caseId, urgency, at) {
      await redis.multi().del(keys.deskPaging(caseId)).zrem(keys.due, `respond:${caseId}`).exec();
      const after = realertAfter(urgency);
      if (after !== undefined) await redis.zadd(keys.due, 'LT', String(at + after), `realert:${caseId}`);
    },
    async scheduleResponse(caseId, urgency, at, fresh) {
      if (fresh) await redis.del(keys.deskPaging(caseId));
      const after = responseAfter(urgency);
      // The deadline checks the case when due: an unclaimed or answered case stops there.
      if (after !== undefined) await redis.zadd(keys.due, 'LT', String(at + after), `respond:${caseId}`);
    },
    async answered(caseId) {
      // The due check reads `answeredAt` too: this only spares a wasted wake-up. Re-alerts of an unclaimed case go on.
      await redis.zrem(keys.due, `respond:${caseId}`);
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
          else if (kind === 'respond') await respond(caseId, member, now);
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
