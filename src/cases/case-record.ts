/**
 * Reading a case back from Redis: a hash of plain fields an officer's tools may list (ids, urgency and its
 * reason codes, status, language, country, indicators), and one sealed field with everything that could
 * identify or locate the person. A flow's `caseRecord` writes them (flows/<name>/case.ts).
 */
import { CasePrivate } from '../../flows/intake/case.js';
import { MissingPersonPrivate } from '../../flows/missing-person/case.js';
import type { Sealer } from '../core/sealed.js';
import { isFinal, isUrgency, type CaseStatus, type Urgency } from './case-model.js';

/** The sealed part of a self-report: its schema lives with the flow that writes it. */
export { CasePrivate };

/** A case as read back, with the sealed part opened. */
export interface CaseView {
  id: string;
  kind: string;
  urgency: Urgency;
  reasons: string[];
  status: CaseStatus;
  lang: string;
  channel: string;
  country?: string;
  situation: string[];
  people?: string;
  dangerNow?: boolean;
  intakeComplete: boolean;
  /** How many forced-labour indicators triage counted (two or more make a case at least high). */
  score: number;
  createdAt: number;
  updatedAt: number;
  /** The officer who claimed it (`telegram:<user id>` or `cli:<name>`), set by the officer desk. */
  claimedBy?: string;
  claimedAt?: number;
  /** When an officer last queued an answer (or a location request) for the person, ms. */
  answeredAt?: number;
  /** For status `duplicate`: the case it duplicates. */
  duplicateOf?: string;
  /** Set when a danger message reopened a case an officer had finished: the status it had then. */
  reopenedFrom?: CaseStatus;
  reopenedAt?: number;
  /** How many times the case was reopened. */
  reopened: number;
  /** `gone` once the person could not be reached (blocked the bot, deleted the account). */
  reachable?: string;
  /** When the person asked to be forgotten (`/forget`) while the case was open, ms: their conversation is erased, the case kept. */
  forgotten?: number;
  /** Officers' notes so far. */
  notes: number;
  /** Set while an officer has lowered the urgency (a false alarm); `urgency` is the lowered one. */
  lowered?: CaseLowering;
  /**
   * Nothing is sent to the person: since their duress word (until an officer resumes), or since their
   * "can't talk" word (until their code word, a later typed message, or an officer). See src/core/safety-words.ts.
   */
  stopped?: { kind: 'duress' | 'cant-talk'; at: number };
  /** When wrong code-word tries locked the release of held answers (ms); an officer unlocks it. */
  releaseLocked?: number;
  /** The person chose a code word: officers' answers are shown only after it. */
  codeWord: boolean;
  /** When held answers were last shown to the person, and by which rule (written by the relay). */
  released?: { rule: 'code-word' | 'typed-reply' | 'relative'; at: number };
  /** A relative's report: what an officer chose to tell whoever checks its status with the PIN (else only neutral states). */
  told?: { what: 'located' | 'closed'; by: string; at: number };
  /** Cases linked to this one (same person for sure), and possible matches for officers to confirm. */
  links: string[];
  possibleLinks: string[];
  private: CasePrivate;
  /** A relative's report (kind `missing-person`): its whole sealed part, every answer and every report. */
  report?: MissingPersonPrivate;
}

/** An officer's lowering of a case's urgency, as the case records it until it is restored. */
export interface CaseLowering {
  /** The urgency before the first lowering: restoring goes back to it. */
  from: Urgency;
  /** The officer who lowered it last. */
  by: string;
  at: number;
  /** Why, in the officer's words (sealed in the hash: it may quote the person). */
  reason: string;
}

const list = (s: string | undefined) => (s ? s.split(',').filter(Boolean) : []);

/** `<rule>:<ms>` as the relay writes it. */
function released(value: string | undefined): CaseView['released'] {
  const m = value ? /^(code-word|typed-reply|relative):(\d+)$/.exec(value) : null;
  return m ? { rule: m[1] as 'code-word' | 'typed-reply' | 'relative', at: Number(m[2]) } : undefined;
}

/** Reads a case hash back; undefined when the hash is empty (no such case). */
export function parseCase(hash: Record<string, string>, sealer: Sealer): CaseView | undefined {
  if (!hash.id) return undefined;
  const json: unknown = JSON.parse(sealer.open(Buffer.from(hash.sealed ?? '', 'base64'), `case ${hash.id}`));
  const opened = CasePrivate.parse(json);
  const report = hash.kind === 'missing-person' ? MissingPersonPrivate.parse(json) : undefined;
  const { loweredFrom, loweredBy, loweredAt, loweredReason } = hash;
  const lowered = isUrgency(loweredFrom)
    ? { from: loweredFrom, by: loweredBy ?? '', at: Number(loweredAt), reason: loweredReason ? sealer.open(Buffer.from(loweredReason, 'base64'), `lowering of ${hash.id}`) : '' }
    : undefined;
  return {
    id: hash.id,
    kind: hash.kind ?? 'self-report',
    urgency: (hash.urgency as Urgency | undefined) ?? 'normal',
    reasons: list(hash.reasons),
    status: (hash.status as CaseStatus | undefined) ?? 'new',
    lang: hash.lang ?? '',
    channel: hash.channel ?? '',
    country: hash.country || undefined,
    situation: list(hash.situation),
    people: hash.people || undefined,
    dangerNow: hash.dangerNow === '' || hash.dangerNow === undefined ? undefined : hash.dangerNow === 'true',
    intakeComplete: hash.intakeComplete === '1',
    score: Number(hash.score ?? 0) || 0,
    createdAt: Number(hash.createdAt),
    updatedAt: Number(hash.updatedAt),
    claimedBy: hash.claimedBy || undefined,
    claimedAt: hash.claimedAt ? Number(hash.claimedAt) : undefined,
    answeredAt: hash.answeredAt ? Number(hash.answeredAt) : undefined,
    duplicateOf: hash.duplicateOf || undefined,
    reopenedFrom: isFinal(hash.reopenedFrom) ? hash.reopenedFrom : undefined,
    reopenedAt: hash.reopenedAt ? Number(hash.reopenedAt) : undefined,
    reopened: Number(hash.reopened ?? 0),
    reachable: hash.reachable || undefined,
    forgotten: Number(hash.forgotten) > 0 ? Number(hash.forgotten) : undefined,
    notes: Number(hash.notes ?? 0),
    lowered,
    stopped: hash.stopped === 'duress' || hash.stopped === 'cant-talk' ? { kind: hash.stopped, at: Number(hash.stoppedAt) } : undefined,
    releaseLocked: hash.releaseLocked ? Number(hash.releaseLocked) : undefined,
    codeWord: hash.codeWord === '1',
    released: released(hash.released),
    told: hash.told === 'located' || hash.told === 'closed' ? { what: hash.told, by: hash.toldBy ?? '', at: Number(hash.toldAt) } : undefined,
    links: list(hash.links),
    possibleLinks: list(hash.possibleLinks),
    private: opened,
    ...(report ? { report } : {}),
  };
}
