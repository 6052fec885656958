/**
 * Retention: a case an officer finished (resolved, duplicate, closed) is deleted, with everything kept about
 * it (notes, held answers, desk card and refs, match index entries, a relative's PIN locks and open-report
 * pointer), once it has been finished longer than `RETENTION_DAYS`; each deletion is one script
 * (src/redis/lua/case-purge.lua) with a `case.purged` event (the desk closes its Telegram topic) and an audit
 * entry saying only which case, when and why. The audit stream itself is trimmed to `AUDIT_MAX_DAYS`.
 *
 * The sweep runs in every bot process, but one at a time: a lock key with an expiry (`<p>lock:retention`),
 * released by its token only. A case's finish time is its `updatedAt` (the desk writes it with the status):
 * a case changed since, or reopened, is checked again by the script itself, so a sweep never deletes one
 * that came back to life while it ran.
 *
 * Deleting a case is crypto-erasure first (src/cases/case-keys.ts): its data key goes in a script of its own
 * (src/redis/lua/case-key-erase.lua), which marks the case `erasing`, and only then is the rest deleted. A
 * process that dies in between leaves ciphertext nothing opens, and the next sweep deletes every case still
 * marked `erasing`, whatever its status.
 */
import { randomUUID } from 'node:crypto';
import type { RedisClient as Redis } from '../redis/redis-client.js';
import type { Logger } from '../logger.js';
import type { Keys } from '../redis/keys.js';
import { caseKeyErase, casePurge, releaseLease } from '../redis/scripts.js';
import type { Sealer } from '../core/sealed.js';
import { forgetCaseKey } from './case-keys.js';
import { isFinal } from './case-model.js';
import { scanKeys } from '../redis/scan-all.js';

export interface RetentionOptions {
  redis: Redis;
  keys: Keys;
  logger: Logger;
  /** A finished case is deleted this long after it was finished (RETENTION_DAYS), ms. */
  retentionMs: number;
  /** Audit entries older than this are trimmed (AUDIT_MAX_DAYS), ms. */
  auditMaxMs: number;
  /** Approximate cap of the events and audit streams (the events budget's `maxLen`). */
  maxLen: number;
  /** How often the sweep runs, ms (default 1 h). */
  everyMs?: number;
  /** The time now, ms (tests move it). */
  clock?: () => number;
  /** The data-key sealer: an erased case's key leaves this process's cache at once. */
  sealer?: Sealer;
}

export interface SweepReport {
  /** False when another process held the lock: nothing was done. */
  ran: boolean;
  purged: string[];
  auditTrimmed: number;
}

export interface Retention {
  /** One sweep: deletes every case finished longer than the retention time, trims the audit trail. */
  sweep(): Promise<SweepReport>;
  /** Deletes one case now, whatever its status (a person's /forget of a finished case): audited. */
  purge(caseId: string, reason: 'retention' | 'forgotten', cutoff?: number): Promise<'purged' | 'kept' | 'missing'>;
  start(): void;
  stop(): void;
}


export interface CasePurger {
  /**
   * Deletes one case and everything kept about it, audited. With `cutoff` (ms), only if it is still finished
   * and unchanged since then (retention); without, whatever its status.
   */
  purge(caseId: string, reason: 'retention' | 'forgotten', cutoff?: number, reports?: Map<string, string[]>): Promise<'purged' | 'kept' | 'missing'>;
  /** Open-report pointers (`<p>mp:report:<h>` → case id), by case: one scan for many purges. */
  reportPointers(): Promise<Map<string, string[]>>;
}

export function createCasePurger(opts: { redis: Redis; keys: Keys; logger: Logger; maxLen: number; clock?: () => number; sealer?: Sealer }): CasePurger {
  const { redis, keys, logger } = opts;
  const clock = opts.clock ?? Date.now;
  const refPrefix = keys.deskRef('');

  /** A relative's PIN locks on the case, and their open-report pointers to it. */
  async function relativeKeys(caseId: string, reports: Map<string, string[]>): Promise<string[]> {
    const locks = await Promise.all([scanKeys(redis, `${keys.pinPair(caseId, '')}*`), scanKeys(redis, `${keys.pinForgot(caseId, '')}*`)]);
    return [...locks.flat(), ...(reports.get(caseId) ?? [])];
  }

  async function reportPointers(): Promise<Map<string, string[]>> {
    const pointers = await scanKeys(redis, keys.relativeReport('*'));
    const byCase = new Map<string, string[]>();
    if (pointers.length === 0) return byCase;
    const values = await redis.mget(...pointers);
    pointers.forEach((key, i) => {
      const caseId = values[i];
      if (caseId) byCase.set(caseId, [...(byCase.get(caseId) ?? []), key]);
    });
    return byCase;
  }

  async function purge(caseId: string, reason: 'retention' | 'forgotten', cutoff?: number, reports?: Map<string, string[]>) {
    const cutoffArg = cutoff === undefined ? '' : String(cutoff);
    // The case's key first: from here on nothing sealed with it opens, even if this process dies now.
    const erased = await caseKeyErase(redis, { keys: { case: keys.case(caseId), caseKey: keys.caseKey(caseId) }, args: { now: clock(), cutoff: cutoffArg } });
    if (opts.sealer) forgetCaseKey({ keys, sealer: opts.sealer }, caseId);
    if (erased !== 'erased') return erased;
    const result = await casePurge(redis, {
      keys: {
        case: keys.case(caseId), notes: keys.notes(caseId), held: keys.held(caseId), tries: keys.codeTries(caseId),
        card: keys.deskCard(caseId), paging: keys.deskPaging(caseId), matchOf: keys.matchOf(caseId), pinDay: keys.pinDay(caseId),
        queue: keys.queue, due: keys.due, realerts: keys.deskRealerts, events: keys.events, audit: keys.audit, caseKey: keys.caseKey(caseId),
      },
      rest: [keys.webRead(caseId), ...(await relativeKeys(caseId, reports ?? (await reportPointers())))],
      args: { caseId, now: clock(), reason, cutoff: cutoffArg, refPrefix, maxLen: opts.maxLen },
    });
    if (result === 'purged') {
      // Rejected pairs name the case; nothing else is left of it.
      const pairs = (await redis.smembers(keys.linksRejected)).filter((pair) => pair.split('|').includes(caseId));
      if (pairs.length > 0) await redis.srem(keys.linksRejected, ...pairs);
      logger.info({ caseId, reason }, 'case purged');
    }
    return result;
  }

  return { purge, reportPointers };
}

export function createRetention(opts: RetentionOptions): Retention {
  const { redis, keys, logger } = opts;
  const clock = opts.clock ?? Date.now;
  const everyMs = opts.everyMs ?? 3600_000;
  const caseKeyPrefix = keys.case('');
  const purger = createCasePurger({ redis, keys, logger, maxLen: opts.maxLen, clock, sealer: opts.sealer });

  async function sweep(): Promise<SweepReport> {
    const token = randomUUID();
    // Longer than a sweep takes; released at the end, so the next one may run in any process.
    const taken = await redis.set(keys.retentionLock, token, 'PX', Math.max(60_000, Math.min(everyMs, 15 * 60_000)), 'NX');
    if (!taken) return { ran: false, purged: [], auditTrimmed: 0 };
    try {
      const now = clock();
      const cutoff = now - opts.retentionMs;
      const caseKeys = (await scanKeys(redis, keys.case('*'))).filter((k) => !k.slice(caseKeyPrefix.length).includes(':'));
      const due: string[] = [];
      const halfErased: string[] = []; // a purge stopped between its key and its data: finished now
      for (let i = 0; i < caseKeys.length; i += 200) {
        const batch = caseKeys.slice(i, i + 200);
        const pipeline = redis.pipeline();
        for (const key of batch) pipeline.hmget(key, 'status', 'updatedAt', 'erasing');
        const rows = (await pipeline.exec()) ?? [];
        rows.forEach(([err, row], j) => {
          if (err) throw err;
          const [status, updatedAt, erasing] = row as [string | null, string | null, string | null];
          if (erasing) halfErased.push(batch[j]!.slice(caseKeyPrefix.length));
          else if (isFinal(status) && Number(updatedAt ?? 0) <= cutoff) due.push(batch[j]!.slice(caseKeyPrefix.length));
        });
      }
      const reports = due.length + halfErased.length > 0 ? await purger.reportPointers() : new Map<string, string[]>();
      const purged: string[] = [];
      for (const caseId of halfErased) if ((await purger.purge(caseId, 'retention', undefined, reports)) === 'purged') purged.push(caseId);
      for (const caseId of due) if ((await purger.purge(caseId, 'retention', cutoff, reports)) === 'purged') purged.push(caseId);
      const auditTrimmed = await redis.xtrim(keys.audit, 'MINID', String(Math.max(0, now - opts.auditMaxMs)));
      if (purged.length > 0 || auditTrimmed > 0) logger.info({ purged: purged.length, auditTrimmed }, 'retention sweep');
      return { ran: true, purged, auditTrimmed };
    } finally {
      await releaseLease(redis, { keys: { lease: keys.retentionLock }, args: { token } }).catch(() => undefined);
    }
  }

  let timer: NodeJS.Timeout | undefined;
  return {
    sweep,
    purge: (caseId, reason, cutoff) => purger.purge(caseId, reason, cutoff),
    start() {
      const round = () => void sweep().catch((err: unknown) => logger.error({ err }, 'retention sweep failed; it runs again later'));
      round();
      timer = setInterval(round, everyMs);
      timer.unref();
    },
    stop() {
      if (timer) clearInterval(timer);
      timer = undefined;
    },
  };
}
