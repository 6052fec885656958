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
  let dense = new Int32Array(64 * SYMBOLS).fill(DEAD);
  let accept = new Int32Array(64).fill(-1);
  let states = 0;
  // Each state's ASCII children, as a list: first child, next sibling, and the symbol that leads to it.
  let firstChild = new Int32Array(64).fill(-1);
  let sibling = new Int32Array(64);
  let symbolTo = new Int32Array(64);
  const wide = new Map<number, Map<number, number>>();
  const newState = () => {
    if (states === accept.length) {
      const a = new Int32Array(2 * states).fill(-1);
      a.set(accept);
      accept = a;
      const d = new Int32Array(2 * states * SYMBOLS).fill(DEAD);
      d.set(dense);
      dense = d;
      const f = new Int32Array(2 * states).fill(-1);
      f.set(firstChild);
      firstChild = f;
      const g = new Int32Array(2 * states);
      g.set(sibling);
      sibling = g;
      const h = new Int32Array(2 * states);
      h.set(symbolTo);
      symbolTo = h;
    }
    return states++;
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
        if (t === DEAD) {
          t = newState();
          dense[s * SYMBOLS + sym] = t;
          symbolTo[t] = sym;
          sibling[t] = firstChild[s]!;
          firstChild[s] = t;
        }
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
  const next = dense.slice(0, states * SYMBOLS);
  const trieAccept = accept.slice(0, states);
  return { next, wide: buildPairTable(entries), accept: trieAccept, words, reads, readStart, readCount, dfa: buildDfa(trieAccept, firstChild, sibling, symbolTo) };
}

const symbolUnit = (sym: number) => (sym < 26 ? 97 + sym : 48 + sym - 26);

/** The trie with the scanner's word flags in its states (see WordTrie.dfa), from its states' ASCII children. */
function buildDfa(accept: Int32Array, firstChild: Int32Array, sibling: Int32Array, symbolTo: Int32Array): Int32Array {
  const live = accept.length;
  // A row is known by its trie state, or, once the word left the trie, by its flags (16), last symbol
  // (36), repeats (0, 1, 2 or more) and length (1, 2 or more).
  const deadRow = new Int32Array(16 * 36 * 3 * 2).fill(-1);
  const most = live + deadRow.length;
  const trieOf = new Int32Array(most);
  const flagsOf = new Int32Array(most);
  const lastOf = new Int32Array(most); // symbol, -1 for none
  const repeatsOf = new Int32Array(most);
  const lengthOf = new Int32Array(most);
  let rows = 0;
  const add = (trie: number, flags: number, last: number, repeats: number, length: number) => {
    trieOf[rows] = trie;
    flagsOf[rows] = flags;
    lastOf[rows] = last;
    repeatsOf[rows] = repeats;
    lengthOf[rows] = length;
    return rows++;
  };
  /** The flags after one more symbol, as the scanner's loop reads it; repeats in `afterRepeats`. */
  let afterRepeats = 0;
  const after = (r: number, sym: number) => {
    let flags = flagsOf[r]!;
    afterRepeats = repeatsOf[r]!;
    if (sym === lastOf[r]) flags |= ++afterRepeats >= 2 ? RUN | RUN3 : RUN;
    else afterRepeats = 0;
    return flags | (sym >= 26 ? DIGIT : LETTER);
  };
  // Where each symbol leads once the word is out of the trie depends on the row's flags, last symbol,
  // repeats and length only: worked out once for each of those (a few hundred), then copied.
  const templates = new Map<number, Int32Array>();
  const template = (r: number) => {
    const key = ((flagsOf[r]! * 37 + lastOf[r]! + 1) * 3 + Math.min(repeatsOf[r]!, 2)) * 3 + Math.min(lengthOf[r]!, 2);
    let t = templates.get(key);
    if (t) return t;
    t = new Int32Array(SYMBOLS);
    const len = Math.min(lengthOf[r]! + 1, 2);
    for (let sym = 0; sym < SYMBOLS; sym++) {
      const flags = after(r, sym);
      const rep = Math.min(afterRepeats, 2);
      const k = ((flags * 36 + sym) * 3 + rep) * 2 + len - 1;
      let to = deadRow[k]!;
      if (to < 0) to = deadRow[k] = add(DEAD, flags, sym, rep, len);
      t[sym] = to * DFA_WIDTH;
    }
    templates.set(key, t);
    return t;
  };
  add(ROOT, 0, -1, 0, 0);
  const rowOfState = new Int32Array(live).fill(-1);
  rowOfState[ROOT] = 0;
  const dfa = new Int32Array(most * DFA_WIDTH);
  // Rows are numbered as they are met, breadth first: the rows of short prefixes, where every word starts, lie together.
  for (let r = 0; r < rows; r++) {
    const base = r * DFA_WIDTH;
    dfa.set(template(r), base);
    const trie = trieOf[r]!;
    if (trie !== DEAD) {
      for (let c = firstChild[trie]!; c >= 0; c = sibling[c]!) {
        const sym = symbolTo[c]!;
        const flags = after(r, sym);
        const to = (rowOfState[c] = add(c, flags, sym, afterRepeats, lengthOf[r]! + 1));
        dfa[base + sym] = to * DFA_WIDTH;
      }
    }
    const word = trie === DEAD ? -1 : accept[trie]!;
    const one = lengthOf[r] === 1 ? ONE : 0;
    const flags = flagsOf[r]!;
    dfa[base + DFA_ACCEPT] = word;
    dfa[base + DFA_META] = flags | one | (word >= 0 || flags & (RUN | DIGIT) || one ? RECORD : 0);
    dfa[base + DFA_TRIE] = trie;
    dfa[base + DFA_LAST] = (lastOf[r]! < 0 ? 0xffff : symbolUnit(lastOf[r]!)) | (repeatsOf[r]! << 16);
  }
  return dfa.slice(0, rows * DFA_WIDTH);
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
