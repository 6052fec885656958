/**
 * A read-only map from a pair of non-negative integers (a state and a code unit, a trie node and a word
 * id) to a non-negative integer, in three flat Int32Arrays with open addressing: a lookup is a multiply,
 * a load or two and no object. Built once when the lexicons are compiled.
 */

export interface PairTable {
  readonly mask: number;
  /** First key of each slot; -1 for an empty slot. */
  readonly first: Int32Array;
  readonly second: Int32Array;
  readonly value: Int32Array;
}

const slot = (a: number, b: number, mask: number) => {
  const h = Math.imul(a ^ Math.imul(b, 0x85ebca6b), 0x9e3779b1);
  return (h ^ (h >>> 15)) & mask;
};

/** A table of `entries` ([a, b, value], each pair once). */
export function buildPairTable(entries: ReadonlyArray<readonly [number, number, number]>): PairTable {
  let size = 16;
  while (size < entries.length * 2) size *= 2;
  const mask = size - 1;
  const first = new Int32Array(size).fill(-1);
  const second = new Int32Array(size);
  const value = new Int32Array(size);
  for (const [a, b, v] of entries) {
    let i = slot(a, b, mask);
    while (first[i] !== -1 && !(first[i] === a && second[i] === b)) i = (i + 1) & mask;
    first[i] = a;
    second[i] = b;
    value[i] = v;
  }
  return { mask, first, second, value };
}

/** The value of (a, b), or -1. */
export function pairGet(t: PairTable, a: number, b: number): number {
  const { mask, first, second } = t;
  for (let i = slot(a, b, mask); ; i = (i + 1) & mask) {
    const f = first[i]!;
    if (f === -1) return -1;
    if (f === a && second[i] === b) return t.value[i]!;
  }
}
