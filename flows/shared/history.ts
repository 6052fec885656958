/**
 * Answers keep their history: every change of an answer is a version `{ value, at, source }`
 * (`AnswerVersion` in flows/contract.ts), oldest first, and the words of every message that raised the
 * alarm are kept with their time. Both lists are capped to their first and latest entries, so a flood
 * cannot grow a stored snapshot without bound while the first position of a compound (what mattered
 * most) and the latest one both stay. Pure functions, used once per flow in its `setAnswers` helper.
 */
import { z } from 'zod';
import type { AnswerSource, AnswerVersion, DangerGrade } from '../contract.js';
import { cleanText } from './text.js';

/** Versions kept per answer: the first ones and the latest ones. */
export const historyCaps = { first: 3, latest: 7 } as const;
/** Alarm messages kept per case, and the characters kept of each. */
export const alarmCaps = { first: 3, latest: 5, chars: 1000 } as const;

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
  version: { at: number; source: AnswerSource },
  unversioned: readonly string[],
): AnswerHistory | undefined {
  const old = before as Record<string, unknown>;
  let next = history;
  for (const [field, value] of Object.entries(patch)) {
    if (unversioned.includes(field) || same(old[field], value)) continue;
    const versions = [...(next?.[field] ?? []), { value: value ?? null, at: version.at, source: version.source }];
    next = { ...next, [field]: keepFirstAndLatest(versions, historyCaps.first, historyCaps.latest) };
  }
  return next;
}

/** The alarm list with one more message's words (cleaned and capped). */
export function withAlarm(alarms: readonly AlarmWords[] | undefined, text: string, at: number, grade: DangerGrade): AlarmWords[] {
  const words = { text: cleanText(text, alarmCaps.chars), at, grade };
  return keepFirstAndLatest([...(alarms ?? []), words], alarmCaps.first, alarmCaps.latest);
}

/** Where a version came from (`AnswerSource`), for the sealed case schemas. */
export const answerSources = ['step', 'follow-up', 'restart', 'silence'] as const satisfies readonly AnswerSource[];

/** The sealed form of an answer history: versions by answer name. */
export const AnswerHistorySchema = z.record(
  z.string(),
  z.array(z.object({ value: z.unknown(), at: z.number(), source: z.enum(answerSources) })),
);

/** The sealed form of the alarm list. */
export const AlarmWordsSchema = z.array(z.object({ text: z.string(), at: z.number(), grade: z.enum(['critical', 'ask']) }));
