/**
 * What a relative can do with a case number and its PIN: learn the report's status, and only that —
 * received, being worked on, person located / in contact with the embassy, or closed. Never a location or
 * a detail. The PIN is 6 digits shown once; Redis keeps only its keyed hash (HMAC under DATA_KEY). Wrong
 * PINs and unknown case numbers get the same answer and count against both the case number and the
 * person: after `attempts` failures within `windowSeconds`, checks are refused until the window ends.
 *
 * Also: a relative's open report about a person, so that reporting the same person again while the case
 * is open adds to that case instead of opening another.
 */
import { randomInt } from 'node:crypto';
import type { Redis } from 'ioredis';
import { normalizeName } from '../../flows/shared/identity.js';
import type { StatusResult } from '../../flows/missing-person/machine.js';
import type { Sealer } from '../core/sealed.js';
import type { Keys } from '../redis/keys.js';
import { checkPin } from '../redis/scripts.js';
import { isOpen } from './case-model.js';

export const pinPolicy = { attempts: 5, windowSeconds: 3600 } as const;

/** What a relative is told for each case status. */
export function statusForRelative(status: string): Extract<StatusResult, 'received' | 'working' | 'located' | 'closed'> {
  switch (status) {
    case 'new':
      return 'received';
    case 'claimed':
    case 'in-progress':
      return 'working';
    case 'resolved':
      return 'located';
    default:
      return 'closed'; // duplicate, closed, anything unknown
  }
}

export interface RelativeAccess {
  /** A fresh 6-digit PIN (uniform, leading zeros kept). */
  newPin(): string;
  /** The keyed hash stored in the case's `pinHash` field. */
  pinHash(caseId: string, pin: string): string;
  /** A status check by `personId` (the relative's pseudonym). */
  checkStatus(caseId: string, pin: string, personId: string): Promise<StatusResult>;
  /** The relative's open report about the person with this name, if any. */
  openReport(personId: string, name: string | undefined): Promise<string | undefined>;
  /** Remembers a relative's report about a person (until the case closes; checked on read). */
  rememberReport(personId: string, name: string | undefined, caseId: string): Promise<void>;
}

export function createRelativeAccess(deps: { redis: Redis; keys: Keys; sealer: Sealer; policy?: { attempts: number; windowSeconds: number } }): RelativeAccess {
  const { redis, keys, sealer } = deps;
  const policy = deps.policy ?? pinPolicy;
  const reportKey = (personId: string, name: string | undefined) => {
    const n = name ? normalizeName(name) : '';
    return n ? keys.relativeReport(sealer.personId('relative-report', `${personId}|${n}`)) : undefined;
  };
  const pinHash = (caseId: string, pin: string) => sealer.personId(`pin:${caseId}`, pin);

  return {
    newPin: () => String(randomInt(0, 1_000_000)).padStart(6, '0'),
    pinHash,
    async checkStatus(caseId, pin, personId) {
      const [result, status] = await checkPin(redis, {
        keys: { case: keys.case(caseId), caseFails: keys.pinFailsCase(caseId), personFails: keys.pinFailsPerson(personId) },
        args: { pinHash: pinHash(caseId, pin), limit: policy.attempts, windowSeconds: policy.windowSeconds },
      });
      if (result === 'ok') return statusForRelative(status ?? 'new');
      return result === 'locked' ? 'locked' : 'no-match';
    },
    async openReport(personId, name) {
      const key = reportKey(personId, name);
      const caseId = key ? await redis.get(key) : null;
      if (!caseId) return undefined;
      const status = await redis.hget(keys.case(caseId), 'status');
      return isOpen(status) ? caseId : undefined;
    },
    async rememberReport(personId, name, caseId) {
      const key = reportKey(personId, name);
      if (key) await redis.set(key, caseId, 'EX', 365 * 24 * 3600); // a year: the status is checked on read anyway
    },
  };
}
