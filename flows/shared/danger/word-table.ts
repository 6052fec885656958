/**
 * The lexicons' words (every folded word of a phrase, and every abbreviation) in a trie the scanner steps
 * through as it reads, one folded code unit at a time: when a word of the message ends, the state it is in
 * says which lexicon word it is, with no hash, no compare and no string. ASCII letters and digits (nearly
 * every unit of a folded word) step through a dense Int32Array, other units through a pair table.
 *
 * For words typed in plain ASCII the scanner steps through `dfa` instead: the same trie, with each state
 * also knowing what the scanner must know of the letters read so far (a doubled letter, three in a row,
 * digits, letters, one letter only, the last letter). A state of the trie stands for one prefix, so it
 * knows them; when a word leaves the trie it goes to one of a few hundred "dead" states that keep just
 * this. So an ASCII letter costs the scanner one table step and nothing else.
 */
import { buildPairTable, pairGet, type PairTable } from './pair-table.js';

/** ASCII letters (either case) and digits: the dense part of the trie. */
export const SYMBOLS = 36;
/** The trie symbol of each ASCII code unit: 0–25 for a–z and A–Z, 26–35 for 0–9, NO_SYMBOL otherwise. */
export const ASCII_SYMBOL = new Uint8Array(128).fill(255);
export const NO_SYMBOL = 255;
for (let c = 0; c < 26; c++) ASCII_SYMBOL[97 + c] = ASCII_SYMBOL[65 + c] = c;
for (let c = 0; c < 10; c++) ASCII_SYMBOL[48 + c] = 26 + c;

/** Before the first unit of a word. */
export const ROOT = 0;
/** No lexicon word starts as the units read so far; every unit leaves it there. */
export const DEAD = 1;

export interface WordTrie {
  /** `next[state * SYMBOLS + symbol]`: the state after an ASCII letter or digit. */
  readonly next: Int32Array;
  /** The state after any other unit: (state, unit) → state; missing means DEAD. */
  readonly wide: PairTable;
  /** Index of the word that ends in each state, or -1. */
  readonly accept: Int32Array;
  readonly words: readonly string[];
  /** The ids word k is read as (itself and what it abbreviates): `reads[readStart[k] .. readStart[k] + readCount[k]]`. */
  readonly reads: Int32Array;
  readonly readStart: Int32Array;
  readonly readCount: Int32Array;
  /**
   * Rows of DFA_WIDTH: columns 0–35 the next row's offset for an ASCII letter or digit (by symbol), then
   * DFA_ACCEPT (trie word index or -1), DFA_META (the word's RUN/RUN3/DIGIT/LETTER flags, ONE, RECORD),
   * DFA_TRIE (the trie state, DEAD once the word left the trie), DFA_LAST (last letter | repeats << 16).
   * Row 0 is the start (ROOT); a row's offset is its state × DFA_WIDTH.
   */
  readonly dfa: Int32Array;
}

export const DFA_WIDTH = 40;
export const DFA_ACCEPT = 36;
export const DFA_META = 37;
export const DFA_TRIE = 38;
export const DFA_LAST = 39;
/** Word flags, as the scanner keeps them. */
export const RUN = 1; // a letter typed twice in a row
export const RUN3 = 2; // … or three times
export const DIGIT = 4;
export const LETTER = 8;
/** In DFA_META: the word is one letter or digit long. */
export const ONE = 64;
/** In DFA_META: the word is worth a second look (a lexicon word, a digit, a doubled letter, or one letter). */
export const RECORD = 128;

/** A trie of `readings` (folded word → ids it is read as). */
export function buildWordTrie(readings: ReadonlyMap<string, readonly number[]>): WordTrie {
  const dense: number[] = [];
  const wide = new Map<number, Map<number, number>>();
  const accept: number[] = [];
  const newState = () => {
    const s = accept.length;
    accept.push(-1);
    for (let k = 0; k < SYMBOLS; k++) dense.push(DEAD);
    return s;
  };
  newState(); // ROOT
  newState(); // DEAD
  const words = [...readings.keys()];
  words.forEach((w, k) => {
    let s = ROOT;
    for (let i = 0; i < w.length; i++) {
      const u = w.charCodeAt(i);
      const sym = u < 128 ? ASCII_SYMBOL[u]! : NO_SYMBOL;
      if (sym !== NO_SYMBOL) {
        let t = dense[s * SYMBOLS + sym]!;
        if (t === DEAD) dense[s * SYMBOLS + sym] = t = newState();
        s = t;
      } else {
        const m = wide.get(s) ?? new Map<number, number>();
        wide.set(s, m);
        let t = m.get(u);
        if (t === undefined) m.set(u, (t = newState()));
        s = t;
      }
    }
    accept[s] = k;
  });
  const entries: Array<[number, number, number]> = [];
  for (const [s, m] of wide) for (const [u, t] of m) entries.push([s, u, t]);
  const lists = words.map((w) => readings.get(w)!);
  const readStart = new Int32Array(words.length);
  const readCount = new Int32Array(words.length);
  const reads = new Int32Array(lists.reduce((n, l) => n + l.length, 0));
  let at = 0;
  lists.forEach((l, k) => {
    readStart[k] = at;
    readCount[k] = l.length;
    for (const id of l) reads[at++] = id;
  });
  const next = Int32Array.from(dense);
  const trieAccept = Int32Array.from(accept);
  return { next, wide: buildPairTable(entries), accept: trieAccept, words, reads, readStart, readCount, dfa: buildDfa(next, trieAccept) };
}

const symbolUnit = (sym: number) => (sym < 26 ? 97 + sym : 48 + sym - 26);

/** The trie with the scanner's word flags in its states (see WordTrie.dfa). */
function buildDfa(next: Int32Array, accept: Int32Array): Int32Array {
  interface Info {
    trie: number;
    flags: number;
    last: number;
    repeats: number;
    length: number;
  }
  const infos: Info[] = [];
  const live = new Map<number, number>(); // trie state → row
  const dead = new Map<string, number>();
  const queue: number[] = [];
  const rowOf = (info: Info): number => {
    if (info.trie !== DEAD) {
      let row = live.get(info.trie);
      if (row === undefined) {
        live.set(info.trie, (row = infos.length));
        infos.push(info);
        queue.push(row);
      }
      return row;
    }
    const key = `${info.flags} ${info.last} ${Math.min(info.repeats, 2)} ${info.length === 1 ? 1 : 2}`;
    let row = dead.get(key);
    if (row === undefined) {
      dead.set(key, (row = infos.length));
      infos.push({ ...info, repeats: Math.min(info.repeats, 2), length: Math.min(info.length, 2) });
      queue.push(row);
    }
    return row;
  };
  /** As the scanner's loop reads one more unit. */
  const after = (i: Info, sym: number): Info => {
    const u = symbolUnit(sym);
    let { flags, repeats } = i;
    if (u === i.last) flags |= ++repeats >= 2 ? RUN | RUN3 : RUN;
    else repeats = 0;
    flags |= sym >= 26 ? DIGIT : LETTER;
    return { trie: i.trie === DEAD ? DEAD : next[i.trie * SYMBOLS + sym]!, flags, last: u, repeats, length: i.length + 1 };
  };
  rowOf({ trie: ROOT, flags: 0, last: -1, repeats: 0, length: 0 });
  const rows: number[][] = [];
  for (let q = 0; q < queue.length; q++) {
    const r = queue[q]!;
    const info = infos[r]!;
    const row = new Array<number>(DFA_WIDTH).fill(0);
    for (let sym = 0; sym < SYMBOLS; sym++) row[sym] = rowOf(after(info, sym)) * DFA_WIDTH;
    const word = info.trie === DEAD ? -1 : accept[info.trie]!;
    const one = info.length === 1 ? ONE : 0;
    row[DFA_ACCEPT] = word;
    row[DFA_META] = info.flags | one | (word >= 0 || info.flags & (RUN | DIGIT) || one ? RECORD : 0);
    row[DFA_TRIE] = info.trie;
    row[DFA_LAST] = (info.last & 0xffff) | (info.repeats << 16);
    rows[r] = row;
  }
  const dfa = new Int32Array(rows.length * DFA_WIDTH);
  rows.forEach((row, r) => dfa.set(row, r * DFA_WIDTH));
  return dfa;
}

/** The state after folded code unit `u` in `state` (the scanner inlines the ASCII case). */
export function stepWord(trie: WordTrie, state: number, u: number): number {
  if (state === DEAD) return DEAD;
  const sym = u < 128 ? ASCII_SYMBOL[u]! : NO_SYMBOL;
  if (sym !== NO_SYMBOL) return trie.next[state * SYMBOLS + sym]!;
  const t = pairGet(trie.wide, state, u);
  return t < 0 ? DEAD : t;
}

/** Index of `word` (folded), or -1. */
export function findWord(trie: WordTrie, word: string): number {
  let s = ROOT;
  for (let i = 0; i < word.length && s !== DEAD; i++) s = stepWord(trie, s, word.charCodeAt(i));
  return trie.accept[s]!;
}
