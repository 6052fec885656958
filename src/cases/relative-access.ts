/**
 * What a relative can do with a case number and its PIN: learn the report's status, and only that. On
 * its own the answer is one of two neutral states, received or being looked at (a recruiter posing as
 * family learns nothing from it); "located / in contact with the embassy" or "closed" only once an officer
 * chose to tell this relative (`told`, set by src/officers/relative-desk.ts). Never a location or a detail.
 * The PIN is 6 digits shown once; Redis keeps only its keyed hash (HMAC under DATA_KEY).
 *
 * Limits (src/redis/lua/check-pin.lua): wrong PINs and unknown case numbers get the same answer and are
 * counted per (case number, sender): five in a row lock only that pair, an hour the first time and twice as
 * long each time after (at most a day), so nobody can lock the genuine relative out by knowing the case
 * number; per sender across case numbers (probing); and per case across senders, a daily cap that, once
 * reached, alerts the officers once and pauses checks of that case for every sender who failed on it (a
 * sender who has not failed still gets a try). A relative who forgot the PIN says so: the officers are told,
 * and give a new one after checking it is them.
 *
 * Also: a relative's open report about a person, so that reporting the same person again while the case
 * is open adds to that case instead of opening another.
 */
import { randomInt } from 'node:crypto';
import type { RedisClient as Redis } from '../redis/redis-client.js';
import { normalizeName } from '../../flows/shared/identity.js';
import type { StatusResult } from '../../flows/missing-person/machine.js';
import type { Sealer } from '../core/sealed.js';
import { DEFAULT_EVENTS_BUDGET } from '../redis/events-budget.js';
import type { Keys } from '../redis/keys.js';
import { checkPin, pinForgot } from '../redis/scripts.js';
import { isOpen } from './case-model.js';

export const pinPolicy = {
  attempts: 5, // wrong PINs in a row from one sender on one case lock that pair
  lockSeconds: 3600, // the first lock; each next one of the same pair is twice as long
  maxLockSeconds: 24 * 3600,
  memorySeconds: 30 * 24 * 3600, // a pair's locks are remembered this long after its last failure
  personAttempts: 10, // one sender's failures across case numbers…
  personWindowSeconds: 3600, // …within an hour of the first
  dailyCap: 20, // one case's failures by all senders that pause checks and alert the officers…
  dayWindowSeconds: 24 * 3600, // …within a day of the first
  forgotSeconds: 24 * 3600, // one "forgot my PIN" per case and sender tells the officers once in this time
};
export type PinPolicy = typeof pinPolicy;

/** What a status check tells, as an officer chose it (the case's `told` field). */
export const tellable = ['located', 'closed'] as const;
export type Told = (typeof tellable)[number];

/**
 * What a relative is told for a case: received while no officer has taken it, then being looked at,
 * whatever the case's status — unless an officer chose to tell them more (`told`).
 */
export function statusForRelative(status: string, told?: string): Extract<StatusResult, 'received' | 'working' | 'located' | 'closed'> {
  if (told === 'located' || told === 'closed') return told;
  return status === 'new' ? 'received' : 'working';
}

/** The keyed hash stored in a case's `pinHash` field for `pin`. */
export const pinHashOf = (sealer: Sealer, caseId: string, pin: string) => sealer.personId(`pin:${caseId}`, pin);

/** A fresh 6-digit PIN (uniform, leading zeros kept). */
export const newPin = () => String(randomInt(0, 1_000_000)).padStart(6, '0');

export interface RelativeAccess {
  /** A fresh 6-digit PIN (uniform, leading zeros kept). */
  newPin(): string;
  /** The keyed hash stored in the case's `pinHash` field. */
  pinHash(caseId: string, pin: string): string;
  /** A status check by `personId` (the relative's pseudonym). */
  checkStatus(caseId: string, pin: string, personId: string): Promise<StatusResult>;
  /** `personId` forgot the PIN of `caseId`: the officers are told (once a day per case and sender). Always `forgotten`. */
  forgotPin(caseId: string, personId: string): Promise<Extract<StatusResult, 'forgotten'>>;
  /** The relative's open report about the person with this name, if any. */
  openReport(personId: string, name: string | undefined): Promise<string | undefined>;
  /** Remembers a relative's report about a person (until the case closes; checked on read). */
  rememberReport(personId: string, name: string | undefined, caseId: string): Promise<void>;
}

export function createRelativeAccess(deps: { redis: Redis; keys: Keys; sealer: Sealer; policy?: Partial<PinPolicy>; eventsMaxLen?: number; clock?: () => number }): RelativeAccess {
  const { redis, keys, sealer } = deps;
  const policy = { ...pinPolicy, ...deps.policy };
  const clock = deps.clock ?? Date.now;
  const maxLen = deps.eventsMaxLen ?? DEFAULT_EVENTS_BUDGET.maxLen;
  const reportKey = (personId: string, name: string | undefined) => {
    const n = name ? normalizeName(name) : '';
    return n ? keys.relativeReport(sealer.personId('relative-report', `${personId}|${n}`)) : undefined;
  };
  const pinHash = (caseId: string, pin: string) => pinHashOf(sealer, caseId, pin);

  return {
    newPin,
    pinHash,
    async checkStatus(caseId, pin, personId) {
      const [result, status, told] = await checkPin(redis, {
        keys: { case: keys.case(caseId), pair: keys.pinPair(caseId, personId), personFails: keys.pinFailsPerson(personId), day: keys.pinDay(caseId), events: keys.events },
        args: {
          pinHash: pinHash(caseId, pin), person: personId, now: clock(),
          limit: policy.attempts, lockSeconds: policy.lockSeconds, maxLockSeconds: policy.maxLockSeconds, memorySeconds: policy.memorySeconds,
          personLimit: policy.personAttempts, personWindowSeconds: policy.personWindowSeconds,
          dayCap: policy.dailyCap, dayWindowSeconds: policy.dayWindowSeconds, maxLen,
        },
      });
      if (result === 'ok') return statusForRelative(status ?? 'new', told);
      return result === 'no-match' ? 'no-match' : 'locked'; // paused by the case's cap reads as locked
    },
    async forgotPin(caseId, personId) {
      await pinForgot(redis, {
        keys: { case: keys.case(caseId), forgot: keys.pinForgot(caseId, personId), events: keys.events },
        args: { person: personId, now: clock(), ttlSeconds: policy.forgotSeconds, maxLen },
      });
      return 'forgotten'; // the same whether or not there is such a case
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
