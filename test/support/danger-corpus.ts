/**
 * The danger corpus (test/fixtures/danger-corpus/*.tsv) and how a recogniser scores on it: per language
 * and overall, recall of danger and false alarms. Used by test/flows/shared/danger.test.ts and
 * bench/recognition.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DangerGrade } from '../../flows/shared/danger/index.js';

export const CORPUS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/danger-corpus');

export type Label = 'critical' | 'ask' | 'none';
export const labels: readonly Label[] = ['critical', 'ask', 'none'];

export interface CorpusLine {
  lang: string;
  label: Label;
  text: string;
  note?: string;
  file: string;
  line: number;
}

/** `\n` is a line break, `\uXXXX` a code unit. */
const unescape = (s: string) => s.replace(/\\u([0-9a-fA-F]{4})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))).replace(/\\n/g, '\n');

/** Every labelled message of the corpus, file by file (the file name is the language). */
export function readCorpus(dir = CORPUS_DIR): CorpusLine[] {
  const out: CorpusLine[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.tsv')).sort()) {
    const lang = file.replace(/\.tsv$/, '');
    readFileSync(path.join(dir, file), 'utf8')
      .split('\n')
      .forEach((raw, i) => {
        if (raw.trim() === '' || raw.startsWith('#')) return;
        const [label, text, note] = raw.split('\t');
        if (!labels.includes(label as Label) || !text) throw new Error(`${file}:${i + 1}: expected "critical|ask|none<TAB>text[<TAB>note]"`);
        out.push({ lang, label: label as Label, text: unescape(text), ...(note ? { note } : {}), file, line: i + 1 });
      });
  }
  return out;
}

export type Outcome = DangerGrade | 'none';

/** Counts of one group of messages: labels × outcomes, and the rates that follow. */
export interface Score {
  count: number;
  confusion: Record<Label, Record<Outcome, number>>;
  /** Messages labelled critical or ask. */
  danger: number;
  /** Of those, graded critical or ask. */
  dangerRecall: number;
  /** Of messages labelled critical, graded critical. */
  criticalRecall: number;
  /** Messages labelled none. */
  ordinary: number;
  /** Of those, graded critical. */
  criticalFalseAlarm: number;
  /** Of those, graded anything. */
  anyFalseAlarm: number;
}

const emptyRow = (): Record<Outcome, number> => ({ critical: 0, ask: 0, none: 0 });
const ratio = (a: number, b: number) => (b === 0 ? NaN : a / b);

export function score(results: ReadonlyArray<{ label: Label; outcome: Outcome }>): Score {
  const confusion = { critical: emptyRow(), ask: emptyRow(), none: emptyRow() };
  for (const r of results) confusion[r.label][r.outcome]++;
  const total = (l: Label) => confusion[l].critical + confusion[l].ask + confusion[l].none;
  const danger = total('critical') + total('ask');
  const ordinary = total('none');
  return {
    count: results.length,
    confusion,
    danger,
    dangerRecall: ratio(danger - confusion.critical.none - confusion.ask.none, danger),
    criticalRecall: ratio(confusion.critical.critical, total('critical')),
    ordinary,
    criticalFalseAlarm: ratio(confusion.none.critical, ordinary),
    anyFalseAlarm: ratio(confusion.none.critical + confusion.none.ask, ordinary),
  };
}

/** Grades every line and scores them per language and overall (key 'all'). */
export function scoreCorpus(lines: readonly CorpusLine[], grade: (text: string) => DangerGrade | undefined) {
  const results = lines.map((l) => ({ ...l, outcome: (grade(l.text) ?? 'none') as Outcome }));
  const byLang = new Map<string, Score>();
  for (const lang of [...new Set(lines.map((l) => l.lang))]) byLang.set(lang, score(results.filter((r) => r.lang === lang)));
  byLang.set('all', score(results));
  return { results, byLang };
}
