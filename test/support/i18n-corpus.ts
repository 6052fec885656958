/**
 * The native-like corpus of every complete locale (test/i18n/corpus/<lang>.json): danger as people type it
 * (typos, no diacritics, slang, mixed languages), ordinary messages, and counts, with how the hotline reads
 * them. Used by test/i18n/corpus.test.ts and bench/recognition.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CountReading } from '../../flows/shared/answers.js';
import type { DangerGrade } from '../../flows/shared/danger/index.js';

export const I18N_CORPUS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../i18n/corpus');

export interface LocaleCorpus {
  lang: string;
  about: string;
  /** Messages that say the writer is in danger: each must be graded critical or ask. */
  danger: string[];
  /** Messages without danger: none may be graded critical. */
  ordinary: string[];
  /** How many people a typed answer says. */
  counts: Array<{ text: string; count: number }>;
  /** Of `danger`, the lines in Urdu typed in Latin letters (in the Hindi file). */
  romanUrdu?: string[];
}

/** The count of a reading (`many` has none). */
export const countOf = (r: CountReading | undefined): number | undefined => (r && r.kind !== 'many' ? r.count : undefined);

export function readLocaleCorpora(dir = I18N_CORPUS_DIR): LocaleCorpus[] {
  return readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((f) => JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as LocaleCorpus);
}

export interface LocaleCorpusScore {
  lang: string;
  danger: number;
  /** Of the danger lines, graded critical or ask; graded critical. */
  escalated: number;
  critical: number;
  ordinary: number;
  /** Ordinary lines graded critical. */
  falseCritical: number;
  counts: number;
  countsRead: number;
  missed: string[];
}

export function scoreLocaleCorpus(c: LocaleCorpus, grade: (text: string) => DangerGrade | undefined, count: (text: string, lang: string) => number | undefined): LocaleCorpusScore {
  const grades = c.danger.map((t) => grade(t));
  return {
    lang: c.lang,
    danger: c.danger.length,
    escalated: grades.filter(Boolean).length,
    critical: grades.filter((g) => g === 'critical').length,
    ordinary: c.ordinary.length,
    falseCritical: c.ordinary.filter((t) => grade(t) === 'critical').length,
    counts: c.counts.length,
    countsRead: c.counts.filter((x) => count(x.text, c.lang) === x.count).length,
    missed: c.danger.filter((_, i) => !grades[i]),
  };
}
