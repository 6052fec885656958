/**
 * From the phrases found in a message to its grade. A critical phrase or a cry makes the message
 * critical, unless the words around it say otherwise; then it is only a question ('ask'), never nothing:
 * a missed danger costs more than an extra question.
 *
 * - negation right before ("saya tidak dipukul", "they didn't beat me") → ask;
 * - the past near ("dulu pernah dipukul", "beaten last year") → ask;
 * - the danger said to be over anywhere in the message ("sekarang aman", "safe now") → ask;
 * - a cry with a request word near ("tolong kirim formulir", "help me with my visa") or a polite word
 *   just before ("bisa tolong saya?") → ask;
 * - a danger phrase inside a not-danger phrase ("paspor darurat", "pukul 10", "dipukul rata") → nothing
 *   (words around it still count as cues: "paspor" of "paspor darurat" is still a request word).
 *
 * "Near" counts words, or code units inside one run of a script written without spaces. Negation, the
 * past and politeness reach only within one sentence; request words also across one. Each phrase looks
 * only at its neighbours (hits are sorted by place), so grading stays linear in a long message.
 */
import type { PhraseSection } from './lexicon.js';

export type DangerGrade = 'critical' | 'ask';

/** Why a phrase did not make its message critical. */
export type DangerReason = 'negation' | 'not-now' | 'safe-now' | 'request' | 'polite' | 'not-danger';

/** A lexicon phrase as the matcher knows it. */
export interface PhraseEntry {
  section: PhraseSection;
  lang: string;
  source: string;
  line: number;
  /** As written in the lexicon. */
  text: string;
}

/** A phrase found in the text: positions [start, end); in a no-space run also code units [from, to), else -1. */
export interface Hit {
  entry: PhraseEntry;
  start: number;
  end: number;
  clause: number;
  from: number;
  to: number;
}

export interface Outcome {
  hit: Hit;
  /** What this phrase made of the message. */
  grade: DangerGrade | undefined;
  because?: DangerReason;
}

/** How far a cue reaches: in words, and in code units within one no-space run. */
interface Reach {
  words: number;
  units: number;
}
const NEGATION: Reach = { words: 0, units: 3 }; // right before: "tidak dipukul"; lexicons list "tidak pernah", "didn t"
const NOT_NOW_BEFORE: Reach = { words: 5, units: 20 };
const NOT_NOW_AFTER: Reach = { words: 3, units: 8 };
const REQUEST_BEFORE: Reach = { words: 3, units: 10 };
const REQUEST_AFTER: Reach = { words: 4, units: 15 };
const POLITE: Reach = { words: 2, units: 6 };
/** Neighbours worth looking at: the longest reach plus the longest phrase (words), and in units. */
const SPAN_WORDS = 16;
const SPAN_UNITS = 40;

const inOneRun = (a: Hit, b: Hit) => a.from >= 0 && b.from >= 0 && a.start === b.start;

/** True when `a` ends before `b` starts, within `reach`. */
function precedes(a: Hit, b: Hit, reach: Reach): boolean {
  if (inOneRun(a, b)) return a.to <= b.from && b.from - a.to <= reach.units;
  return a.end <= b.start && b.start - a.end <= reach.words;
}

function contains(outer: Hit, inner: Hit): boolean {
  if (inOneRun(outer, inner)) return outer.from <= inner.from && inner.to <= outer.to;
  if (outer.from >= 0 || inner.from >= 0) return false;
  return outer.start <= inner.start && inner.end <= outer.end;
}

const isDanger = (s: PhraseSection) => s === 'critical' || s === 'cry' || s === 'ask';

const before = (a: Hit, b: Hit) => a.start - b.start || a.from - b.from || a.end - b.end;

/**
 * Sorts hits by place, keeping the order of equals. The recogniser lists them nearly in order (by
 * position; only phrases that start at one place may come out of order), so an insertion sort does it
 * in a pass, with no comparator called back from the engine's sort.
 */
function sortHits(hits: Hit[]): void {
  for (let i = 1; i < hits.length; i++) {
    const h = hits[i]!;
    let j = i - 1;
    if (before(hits[j]!, h) <= 0) continue;
    while (j >= 0 && before(hits[j]!, h) > 0) {
      hits[j + 1] = hits[j]!;
      j--;
    }
    hits[j + 1] = h;
  }
}

/**
 * The message's grade (the highest of its phrases') and, with `all`, every phrase's outcome; without it,
 * stops at the first critical phrase. Sorts `hits` in place.
 */
export function gradeHits(hits: Hit[], all = true): { grade: DangerGrade | undefined; outcomes: Outcome[] } {
  sortHits(hits);
  // First and last hit of each no-space run, to skip past the far part of a long run at once.
  const runFirst: number[] = new Array<number>(hits.length).fill(0);
  const runLast: number[] = new Array<number>(hits.length).fill(0);
  for (let i = 0; i < hits.length; i++) runFirst[i] = i > 0 && inOneRun(hits[i - 1]!, hits[i]!) ? runFirst[i - 1]! : i;
  for (let i = hits.length - 1; i >= 0; i--) runLast[i] = i + 1 < hits.length && inOneRun(hits[i + 1]!, hits[i]!) ? runLast[i + 1]! : i;

  /** True when a neighbour of hit i passes `test`. */
  const near = (i: number, test: (cue: Hit, hit: Hit) => boolean): boolean => {
    const h = hits[i]!;
    for (let j = i - 1; j >= 0; j--) {
      const c = hits[j]!;
      if (c.start < h.start - SPAN_WORDS) break;
      if (inOneRun(c, h) && c.to < h.from - SPAN_UNITS) j = runFirst[j]!;
      else if (test(c, h)) return true;
    }
    for (let j = i + 1; j < hits.length; j++) {
      const c = hits[j]!;
      if (c.start > h.end + SPAN_WORDS) break;
      if (inOneRun(c, h) && c.from > h.to + SPAN_UNITS) j = runLast[j]!;
      else if (test(c, h)) return true;
    }
    return false;
  };
  const cue = (section: PhraseSection, ok: (c: Hit, h: Hit) => boolean) => (c: Hit, h: Hit) => c.entry.section === section && ok(c, h);
  const insideNotDanger = cue('not-danger', (c, h) => contains(c, h));
  const negatedBy = cue('negation', (c, h) => c.clause === h.clause && precedes(c, h, NEGATION));
  const inThePast = cue('not-now', (c, h) => c.clause === h.clause && (precedes(c, h, NOT_NOW_BEFORE) || precedes(h, c, NOT_NOW_AFTER)));
  const requestNear = cue('request', (c, h) => precedes(c, h, REQUEST_BEFORE) || precedes(h, c, REQUEST_AFTER));
  const politeBefore = cue('polite', (c, h) => c.clause === h.clause && precedes(c, h, POLITE));
  let safeNow: boolean | undefined;
  const isSafeNow = () =>
    (safeNow ??= hits.some((h, i) => h.entry.section === 'safe-now' && !near(i, insideNotDanger) && !near(i, negatedBy)));

  const outcomes: Outcome[] = [];
  let grade: DangerGrade | undefined;
  for (let i = 0; i < hits.length; i++) {
    const hit = hits[i]!;
    const section = hit.entry.section;
    if (!isDanger(section)) {
      if (all) outcomes.push({ hit, grade: undefined });
      continue;
    }
    let outcome: Outcome;
    if (near(i, insideNotDanger)) outcome = { hit, grade: undefined, because: 'not-danger' };
    else if (section === 'ask') outcome = { hit, grade: 'ask' };
    else {
      const because: DangerReason | undefined = near(i, negatedBy)
        ? 'negation'
        : near(i, inThePast)
          ? 'not-now'
          : isSafeNow()
            ? 'safe-now'
            : section !== 'cry'
              ? undefined
              : near(i, requestNear)
                ? 'request'
                : near(i, politeBefore)
                  ? 'polite'
                  : undefined;
      outcome = because ? { hit, grade: 'ask', because } : { hit, grade: 'critical' };
    }
    if (all) outcomes.push(outcome);
    if (outcome.grade === 'critical') {
      grade = 'critical';
      if (!all) break;
    } else if (outcome.grade === 'ask' && grade === undefined) grade = 'ask';
  }
  return { grade, outcomes };
}
