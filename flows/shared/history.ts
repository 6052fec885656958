/**
 * Answers keep their history: every change of an answer is a version `{ value, at, source }`
 * (`AnswerVersion` in flows/contract.ts), oldest first, and the words of every message that raised the
 * alarm are kept with their time. Both lists are capped to their first and latest entries, so a flood
 * cannot grow a stored snapshot without bound while the first position of a compound (what mattered
 * most) and the latest one both stay. Pure functions, used once per flow in its `setAnswers` helper.
 *
 * A version may carry a `suspect` reason (flows/shared/suspect.ts): a change after `/restart`, in a
 * retraction, or after a long silence, that may have been written by someone else. Retractions
 * themselves ("I'm fine", "close my case") are kept as words with their time, like alarms. The core
 * merges what a case already holds with what the flow writes (`mergeKept`), so a flow that adopts an
 * existing case (a relative reporting the same person again) never removes its first versions.
 */
import { z } from 'zod';
import type { AnswerSource, AnswerVersion, DangerGrade, SuspectReason } from '../contract.js';
import { cleanText } from './text.js';

/** Versions kept per answer: the first ones and the latest ones. */
export const historyCaps = { first: 3, latest: 7 } as const;
/** Alarm messages kept per case, and the characters kept of each. */
export const alarmCaps = { first: 3, latest: 5, chars: 1000 } as const;
/** Retraction messages kept per case, and the characters kept of each. */
export const retractionCaps = { first: 3, latest: 5, chars: 500 } as const;

/** The versions of each answer that ever had a value, by answer name. */
export type AnswerHistory = Record<string, AnswerVersion[]>;

/**
 * Words of a message that said the person is in danger now (`critical`), or that sounded worried before
 * the danger question was answered (`ask`: the question was asked at once, no case opened for it).
 */
export interface AlarmWords {
  text: string;
  at: number;
  grade: DangerGrade;
}

/** Words of a message that took the report back ("I'm fine", "close my case"): recorded, never obeyed. */
export interface RetractionWords {
  text: string;
  at: number;
}

/** The first `first` and the latest `latest` entries of a list (the list itself when it is short enough). */
export function keepFirstAndLatest<T>(list: readonly T[], first: number, latest: number): T[] {
  return list.length <= first + latest ? [...list] : [...list.slice(0, first), ...list.slice(-latest)];
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * The history after `patch` was applied to `before`: one version for each answer whose value changed
 * (a cleared answer is the value `null`); the same history when nothing changed. Answers in `unversioned`
 * are skipped: texts that only ever grow (their own history) and flags the flow derives.
 */
export function withVersions(
  history: AnswerHistory | undefined,
  before: object,
  patch: object,
  version: { at: number; source: AnswerSource; suspect?: SuspectReason | ((field: string) => SuspectReason | undefined) },
  unversioned: readonly string[],
): AnswerHistory | undefined {
  const old = before as Record<string, unknown>;
  let next = history;
  for (const [field, value] of Object.entries(patch)) {
    if (unversioned.includes(field) || same(old[field], value)) continue;
    const suspect = typeof version.suspect === 'function' ? version.suspect(field) : version.suspect;
    const added: AnswerVersion = { value: value ?? null, at: version.at, source: version.source, ...(suspect ? { suspect } : {}) };
    const versions = [...(next?.[field] ?? []), added];
    next = { ...next, [field]: keepFirstAndLatest(versions, historyCaps.first, historyCaps.latest) };
  }
  return next;
}

/** The alarm list with one more message's words (cleaned and capped). */
export function withAlarm(alarms: readonly AlarmWords[] | undefined, text: string, at: number, grade: DangerGrade): AlarmWords[] {
  const words = { text: cleanText(text, alarmCaps.chars), at, grade };
  return keepFirstAndLatest([...(alarms ?? []), words], alarmCaps.first, alarmCaps.latest);
}

/** The retraction list with one more message's words (cleaned and capped). */
export function withRetraction(list: readonly RetractionWords[] | undefined, text: string, at: number): RetractionWords[] {
  const words = { text: cleanText(text, retractionCaps.chars), at };
  return keepFirstAndLatest([...(list ?? []), words], retractionCaps.first, retractionCaps.latest);
}

/** Every version of `history` flagged with `reason`, except those flagged already. */
export function flagVersions(history: AnswerHistory | undefined, reason: SuspectReason): AnswerHistory | undefined {
  if (!history) return history;
  return Object.fromEntries(Object.entries(history).map(([field, versions]) => [field, versions.map((v) => (v.suspect ? v : { ...v, suspect: reason }))]));
}

/** Where a version came from (`AnswerSource`), for the sealed case schemas. */
export const answerSources = ['step', 'follow-up', 'restart', 'silence'] as const satisfies readonly AnswerSource[];
/** Why a change may be someone else's (`SuspectReason`), for the sealed schemas. */
export const suspectReasons = ['restart', 'retraction', 'after-silence'] as const satisfies readonly SuspectReason[];

/** The sealed form of an answer history: versions by answer name. */
export const AnswerHistorySchema = z.record(
  z.string(),
  z.array(z.object({ value: z.unknown(), at: z.number(), source: z.enum(answerSources), suspect: z.enum(suspectReasons).optional() })),
);

/** The sealed form of the alarm list. */
export const AlarmWordsSchema = z.array(z.object({ text: z.string(), at: z.number(), grade: z.enum(['critical', 'ask']) }));

/** The sealed form of the retraction list. */
export const RetractionWordsSchema = z.array(z.object({ text: z.string(), at: z.number() }));

/** What a case keeps of every message and change, whatever a flow writes next. */
export interface Kept {
  history?: AnswerHistory;
  alarms?: AlarmWords[];
  retractions?: RetractionWords[];
}

const KeptSchema = z.object({ history: AnswerHistorySchema.optional(), alarms: AlarmWordsSchema.optional(), retractions: RetractionWordsSchema.optional() });

/**
 * `stored` merged into `next`, each kept in its own order (times cannot order them: channels stamp a
 * message to the second and a button press to the millisecond): what both hold is taken once, from
 * `next`, and what only `stored` holds goes where it stood. Capped to the first and the latest.
 */
function union<T>(stored: readonly T[], next: readonly T[], caps: { first: number; latest: number }, key: (item: T) => string): T[] {
  const nextIndex = new Map(next.map((item, i) => [key(item), i]));
  if (stored.every((item) => nextIndex.has(key(item)))) return [...next];
  const merged: T[] = [];
  let taken = 0; // next[0..taken) are in `merged`
  for (const item of stored) {
    const j = nextIndex.get(key(item));
    if (j === undefined) merged.push(item);
    else if (j >= taken) {
      merged.push(...next.slice(taken, j + 1));
      taken = j + 1;
    }
  }
  merged.push(...next.slice(taken));
  return keepFirstAndLatest(merged, caps.first, caps.latest);
}

/**
 * The sealed part a flow wrote (`next`), with what the case held before (`stored`, its sealed JSON as read)
 * kept: every answer's versions, alarms and retractions of both, in order and capped. A flow whose
 * context holds the whole story (the usual case) gets its own lists back; one that adopted an existing
 * case gets the case's first versions too. A `stored` part that cannot be read changes nothing.
 */
export function mergeKept<T extends Kept>(stored: unknown, next: T): T & Kept {
  const parsed = KeptSchema.safeParse(stored);
  if (!parsed.success) return next;
  const old = parsed.data;
  const versionKey = (v: AnswerVersion) => JSON.stringify([v.value, v.at, v.source]);
  const wordsKey = (w: { text: string; at: number }) => JSON.stringify([w.text, w.at]);
  let history = next.history;
  if (old.history) {
    history = { ...next.history };
    for (const [field, versions] of Object.entries(old.history)) {
      history[field] = union(versions, next.history?.[field] ?? [], historyCaps, versionKey);
    }
  }
  const alarms = old.alarms?.length ? union(old.alarms, next.alarms ?? [], alarmCaps, wordsKey) : next.alarms;
  const retractions = old.retractions?.length ? union(old.retractions, next.retractions ?? [], retractionCaps, wordsKey) : next.retractions;
  return { ...next, history, alarms, retractions };
}
