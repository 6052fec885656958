/**
 * How and when a case's person said the embassy may write to them, read from where their flow stored it:
 * a worker's intake (`contact`: any time / only after they write / at certain times, src/officers/safe-time.ts
 * reads the times) or a relative's report (flows/missing-person: `contact` this chat or a phone call,
 * `contactWhen` any time or certain times, `contactTimes`), and whether the time has come. The relay
 * (src/officers/relay.ts) decides from it, and the command-line desk tells the officer what it will do.
 */
import { discreetDefault } from '../../flows/shared/discreet.js';
import type { CasePrivate, CaseView } from '../cases/case-record.js';
import { openMissingPerson, type MissingPersonPrivate } from '../cases/missing-person-record.js';
import type { Sealer } from '../core/sealed.js';
import type { Deployment } from '../deployment.js';
import { nextSafeMoment, parseSafeTimes } from './safe-time.js';

/** What the person chose for messages from the embassy. */
export type Reach =
  /** This chat, at any time. */
  | { how: 'anytime' }
  /** Only once they have written first (a worker's intake). */
  | { how: 'first' }
  /** This chat, at the times they typed (in their words; may not read as hours). */
  | { how: 'times'; times: string }
  /** A relative who asked to be called back by phone at another number (the number is on the card). */
  | { how: 'phone' }
  /** Not said (yet), or said in a way we cannot use: wait until they write. */
  | { how: 'unknown' };

/** A worker's choice at the intake's "when is it safe to write?". */
export function workerReach(p: Pick<CasePrivate, 'contact' | 'contactTimes'>): Reach {
  if (p.contact === 'anytime') return { how: 'anytime' };
  if (p.contact === 'they-write-first') return { how: 'first' };
  if (p.contact === 'times') return p.contactTimes ? { how: 'times', times: p.contactTimes } : { how: 'unknown' };
  return { how: 'unknown' };
}

/**
 * A relative's choice at the report's "how should we reach you?" and "when?". A phone call wins over the
 * hours (those are the phone call's): nothing of theirs says this chat may be written to unasked.
 */
export function relativeReach(p: Pick<MissingPersonPrivate, 'contact' | 'contactWhen' | 'contactTimes'>): Reach {
  if (p.contact === 'phone') return { how: 'phone' };
  if (p.contact !== 'this-chat') return { how: 'unknown' };
  if (p.contactWhen === 'anytime') return { how: 'anytime' };
  if (p.contactWhen === 'times') return p.contactTimes ? { how: 'times', times: p.contactTimes } : { how: 'unknown' };
  return { how: 'unknown' };
}

/** When the relay may write: now, or held (and until when, if the hours could be read). */
export type WriteTime =
  | { now: true }
  | { now: false; why: 'first' | 'times' | 'unknown' | 'unreadable' | 'phone'; until?: number };

/**
 * Whether `reach` lets the embassy write now, reading the hours in the person's time zone (minutes from UTC)
 * and in their language (`lang`; '' reads every language).
 */
export function whenToWrite(reach: Reach, now: number, utcOffsetMinutes: number, lang = ''): WriteTime {
  if (reach.how === 'anytime') return { now: true };
  if (reach.how === 'first') return { now: false, why: 'first' };
  if (reach.how === 'phone') return { now: false, why: 'phone' };
  if (reach.how === 'times') {
    const windows = parseSafeTimes(reach.times, lang);
    if (windows) {
      const next = nextSafeMoment(windows, now, utcOffsetMinutes);
      if (next.now) return { now: true };
      if (Number.isFinite(next.at)) return { now: false, why: 'times', until: next.at };
    }
    return { now: false, why: 'unreadable' }; // vague, or only says when not to write
  }
  return { now: false, why: 'unknown' }; // not said yet: the safe choice is to wait until they write
}

/** What a case hash says, beyond its view, about how its person may be written to. */
export interface ReachFields {
  /** The case's sealed field (a relative's choice is read from it). */
  sealed?: string | null;
  /** The case's `discreet` field (missing-person reports): '1', '0', or '' / absent for the flow's default. */
  discreet?: string | null;
  /** The person's code word hash (`kc` of their conversation), if they have one. */
  codeWord?: string | null;
}

/** How a case's person may be written to: their choice, their time zone, and whether they are a relative at home. */
export interface CaseReach {
  reach: Reach;
  utcOffsetMinutes: number;
  /**
   * A relative reporting from home: a missing-person report not in discreet mode (the relative's choice,
   * an alarm, or the deployment's default for the flow; someone in a compound reporting a friend is
   * discreet), from a chat with no code word. They get the answers themselves as they chose; everyone else
   * gets the worker's release rules (src/officers/relay.ts).
   */
  atHome: boolean;
}

export function caseReach(view: CaseView, fields: ReachFields, deps: { sealer: Sealer; deployment: Deployment }): CaseReach {
  const { deployment } = deps;
  if (view.kind !== 'missing-person') {
    const offset = deployment.countries.find((c) => c.code === view.country)?.utcOffsetMinutes ?? deployment.embassy.utcOffsetMinutes;
    return { reach: workerReach(view.private), utcOffsetMinutes: offset, atHome: false };
  }
  let reach: Reach = { how: 'unknown' };
  try {
    reach = relativeReach(openMissingPerson({ id: view.id, sealed: fields.sealed ?? '' }, deps.sealer));
  } catch {
    // Unreadable: wait until they write (the relay logs what it cannot deliver).
  }
  const discreet = fields.discreet === '1' || (fields.discreet !== '0' && discreetDefault(deployment, 'missing-person'));
  // A relative's hours are at home, not where the missing person went: the embassy's time zone.
  return { reach, utcOffsetMinutes: deployment.embassy.utcOffsetMinutes, atHome: !discreet && !fields.codeWord };
}
