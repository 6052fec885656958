/**
 * The plain (slow, clear) reading of a text into folded segments: words of scripts with spaces, and runs
 * of scripts without. Lexicon lines are read with it; tests check the fast scanner (scan.ts) against it.
 */
import { BREAK, createFolder, DROP, NOSPACE, SOLO, SPACE, WORD, type Folded } from './fold.js';

export interface Segment {
  kind: 'word' | 'nospace';
  /** Folded text: a word, or a no-space run with the spaces inside it left out. */
  text: string;
  /** Sentence (or line) number, from 0. */
  clause: number;
}

/** Reads `text` into folded segments with `fold` (default: a fresh folder). */
export function foldSegments(text: string, fold: (cp: number) => Folded = createFolder()): Segment[] {
  const out: Segment[] = [];
  let word = '';
  let run = '';
  let clause = 0;
  let wordClause = 0;
  let runClause = 0;
  const endWord = () => {
    if (word !== '') out.push({ kind: 'word', text: word, clause: wordClause });
    word = '';
  };
  const endRun = () => {
    if (run !== '') out.push({ kind: 'nospace', text: run, clause: runClause });
    run = '';
  };
  for (const ch of text) {
    const f = fold(ch.codePointAt(0)!);
    if (f.cls === WORD) {
      endRun();
      if (word === '') wordClause = clause;
      word += f.units;
    } else if (f.cls === NOSPACE) {
      endWord();
      if (run === '') runClause = clause;
      run += f.units;
    } else if (f.cls === DROP) {
      continue;
    } else {
      endWord();
      if (f.cls !== SPACE) endRun();
      if (f.cls === BREAK) clause++;
      if (f.cls === SOLO) out.push({ kind: 'word', text: f.units, clause });
    }
  }
  endWord();
  endRun();
  return out;
}

/** The folded text as one string, segments separated by single spaces (for tests and explanations). */
export function normalizeForMatching(text: string): string {
  return foldSegments(text)
    .map((s) => s.text)
    .join(' ');
}
