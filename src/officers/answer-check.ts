/**
 * Before an officer's words go to a person: does the text look like something that was never meant for
 * them? A case card pasted or forwarded by mistake would put the person's case (or someone else's name,
 * pin and words) on a phone a guard may read. Two signs, each asking the officer to confirm with a warning:
 * the text names another case than the one it goes to, or two or more of its lines begin like a card's
 * lines ("Claimed by", "Safe to write:", "🔴 CRITICAL", in any desk language). One label alone is an
 * ordinary answer ("Lokasi: Kedutaan, Jl. …"); a card has a dozen.
 */
import type { Deployment } from '../deployment.js';
import type { Locales } from '../i18n/locales.js';

/** What may be wrong with an answer; `needsConfirm` when anything is. */
export interface AnswerWarnings {
  /** Other case ids the text names (normalised, e.g. `KH-4F7Q`). */
  otherCases: string[];
  /** Lines that begin like a card's lines. */
  cardLines: number;
  needsConfirm: boolean;
}

export type AnswerCheck = (text: string, caseId: string) => AnswerWarnings;

/** The messages whose text starts a line of the card, the thread's relayed lines, or the relay's reports. */
const LINE_KEYS = [
  'desk-urgency-critical', 'desk-urgency-high', 'desk-urgency-normal',
  'desk-card-reasons', 'desk-card-score', 'desk-card-alarm', 'desk-card-first-where', 'desk-card-opened',
  'desk-card-claimed', 'desk-card-unclaimed', 'desk-card-duplicate', 'desk-card-reopened', 'desk-card-lowered',
  'desk-card-where-pin', 'desk-card-where-text', 'desk-card-where-unknown', 'desk-card-country', 'desk-card-danger',
  'desk-card-situation', 'desk-card-details', 'desk-card-people', 'desk-card-safe', 'desk-card-name',
  'desk-card-links', 'desk-card-possible', 'desk-card-held', 'desk-card-notes', 'desk-card-intake-open',
  'desk-card-gone', 'desk-person-wrote', 'desk-person-pin', 'desk-person-media', 'desk-reply-sent',
];

/** Stands for every variable of a message, so that a message renders up to its first placeable. */
const MARK = '\uE000';
const anyArgs = new Proxy({}, {
  get: () => MARK,
  has: () => true,
  getOwnPropertyDescriptor: () => ({ value: MARK, enumerable: true, configurable: true, writable: false }),
});

/** A line as compared: lower case, without leading symbols, marks and blanks (emoji, "│ ", "> "). */
const comparable = (line: string) => line.replace(/^[\s\p{So}\p{Sk}\p{Sm}\p{Pd}\p{Po}\p{M}\p{Cf}]+/u, '').toLowerCase();

export function createAnswerCheck(deps: { locales: Locales; deployment: Deployment }): AnswerCheck {
  const { locales, deployment } = deps;
  const labels = new Set<string>();
  for (const lang of locales.languages) {
    for (const key of LINE_KEYS) {
      const rendered = locales.t(lang, key, anyArgs);
      if (rendered === key) continue;
      const label = comparable(rendered.split(MARK)[0]!).trim();
      if (Array.from(label).length >= 3) labels.add(label);
    }
  }
  const prefix = deployment.embassy.caseIdPrefix;
  // A case id as officers write it: the prefix, a dash, four to eight of the id alphabet (no 0, 1, I, O).
  const ids = new RegExp(`(?<![\\p{L}\\p{N}])${prefix}[-‐‑–—]([2-9A-HJ-NP-Z]{4,8})(?![\\p{L}\\p{N}])`, 'giu');

  return (text, caseId) => {
    const otherCases = [...new Set([...text.matchAll(ids)].map((m) => `${prefix}-${m[1]!.toUpperCase()}`))].filter((id) => id !== caseId);
    let cardLines = 0;
    for (const line of text.split(/\r\n?|\n|\u2028|\u2029/)) {
      const plain = comparable(line);
      if (plain !== '' && [...labels].some((label) => plain.startsWith(label))) cardLines++;
    }
    return { otherCases, cardLines, needsConfirm: otherCases.length > 0 || cardLines >= 2 };
  };
}
