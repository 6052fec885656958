/**
 * What must never stay on the screen of a person who may be watched (discreet mode), read as a guard
 * would: the embassy (by name or word), trafficking, a case number, a hotline whose name says why they
 * wrote, and the danger they told us about. Tests match every message left in a chat against these.
 */
import type { Deployment } from '../../src/deployment.js';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Case numbers as the core draws them (`KH-4F7Q`), any deployment prefix. */
export const CASE_ID_PATTERN = /\b[A-Z]{2,3}-[2-9A-HJ-NP-Z]{4}\b/;

export function giveaways(deployment: Pick<Deployment, 'embassy' | 'countries'>): RegExp[] {
  return [
    ...Object.values(deployment.embassy.name).map((name) => new RegExp(escape(name), 'i')),
    /KBRI/, /embass/i, /kedutaan/i, /traffick/i, /perdagangan orang/i, CASE_ID_PATTERN, /hotline/i, /danger/i, /bahaya/i,
    ...deployment.countries.flatMap((c) => c.emergency.filter((e) => e.revealing).map((e) => new RegExp(`\\b${escape(e.number)}\\b`))),
  ];
}

/** The first giveaway `text` contains, or undefined. */
export function firstGiveaway(text: string, patterns: readonly RegExp[]): RegExp | undefined {
  return patterns.find((p) => p.test(text));
}
