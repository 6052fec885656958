/**
 * The lexicons' words in an open-addressing hash table keyed by the FNV-1a hash the scanner computes as
 * it reads, so a word of a message is looked up without making a string of it: the hash finds the slot and
 * the word is compared with the message's characters in place.
 */

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;
export { FNV_OFFSET, FNV_PRIME };

/** FNV-1a over the code units of a folded word, as the scanner computes it while reading. */
export function wordHash(word: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), FNV_PRIME);
  return h;
}

export interface WordTable {
  /** Slot of `hash` to start probing at. */
  readonly mask: number;
  readonly hashes: Int32Array;
  /** Index into `words` of the slot's word, -1 for an empty slot. */
  readonly slots: Int32Array;
  readonly words: readonly string[];
  /** What each word is read as: ids of lexicon words (itself and what it abbreviates). */
  readonly readings: ReadonlyArray<readonly number[]>;
}

const start = (hash: number, mask: number) => (hash ^ (hash >>> 15)) & mask;

/** A table of `readings` (folded word → ids it is read as). */
export function buildWordTable(readings: ReadonlyMap<string, readonly number[]>): WordTable {
  let size = 1024;
  while (size < readings.size * 4) size *= 2;
  const mask = size - 1;
  const hashes = new Int32Array(size);
  const slots = new Int32Array(size).fill(-1);
  const words = [...readings.keys()];
  words.forEach((w, k) => {
    const h = wordHash(w);
    let i = start(h, mask);
    while (slots[i] !== -1) i = (i + 1) & mask;
    slots[i] = k;
    hashes[i] = h;
  });
  return { mask, hashes, slots, words, readings: words.map((w) => readings.get(w)!) };
}

/** True when some word of the table has this hash (then it is worth making the string). */
export function hasHash(table: WordTable, hash: number): boolean {
  const { mask, hashes, slots } = table;
  for (let i = start(hash, mask); slots[i] !== -1; i = (i + 1) & mask) if (hashes[i] === hash) return true;
  return false;
}

/** Index of the word equal to `text[from, to)` lower-cased (ASCII letters and digits only), or -1. */
export function findAscii(table: WordTable, hash: number, text: string, from: number, to: number): number {
  const { mask, hashes, slots, words } = table;
  for (let i = start(hash, mask); ; i = (i + 1) & mask) {
    const k = slots[i]!;
    if (k === -1) return -1;
    if (hashes[i] !== hash) continue;
    const w = words[k]!;
    if (w.length !== to - from) continue;
    let j = 0;
    while (j < w.length && (text.charCodeAt(from + j) | 0x20) === w.charCodeAt(j)) j++;
    if (j === w.length) return k;
  }
}

/** Index of `word` (folded), or -1. */
export function findWord(table: WordTable, word: string, hash = wordHash(word)): number {
  const { mask, hashes, slots, words } = table;
  for (let i = start(hash, mask); ; i = (i + 1) & mask) {
    const k = slots[i]!;
    if (k === -1) return -1;
    if (hashes[i] === hash && words[k] === word) return k;
  }
}
