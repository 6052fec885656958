/**
 * Aho-Corasick over UTF-16 code units: every occurrence of many patterns in one pass over a text, one
 * transition per code unit. Used for scripts written without spaces (Thai, Burmese, Khmer, Lao, Chinese),
 * where a phrase is found as a substring of the run it is in.
 *
 * Stored for the scanner as a DFA: the code units that occur in some pattern get a symbol (1…), every
 * other unit symbol 0, and each state a row of next states by symbol, failure links already followed.
 * So a step is two loads (the unit's symbol, the row's entry) and no branch. A transition gives the next
 * state's code: its row's offset times 4, plus 1 when patterns end there. The dense rows are capped
 * (DENSE_ENTRIES); states beyond it (only with very large lexicons) are marked 2 in their code and
 * stepped through a pair table and failure links.
 */
import { buildPairTable, pairGet, type PairTable } from './pair-table.js';

/** Most entries of the dense rows (4 bytes each). */
const DENSE_ENTRIES = 1 << 20;
/** In a state's code: patterns end here. */
export const AC_OUTPUT = 1;
/** In a state's code: the state has no dense row; its code is `state << 2 | AC_SPARSE`. */
export const AC_SPARSE = 2;

export interface AhoCorasick {
  /** The state after reading code unit `unit` in `state` (0 is the start). */
  step(state: number, unit: number): number;
  /** Patterns (their ids) that end in `state`, or undefined. */
  readonly outputs: ReadonlyArray<readonly number[] | undefined>;
  /** Length in code units of pattern `id`. */
  readonly lengths: Int32Array;
  /** Symbol of each code unit (0: in no pattern). */
  readonly symbols: Uint16Array;
  /** Symbols, the width of a dense row. */
  readonly width: number;
  /** Dense rows: `dense[(code >> 2) + symbol]` is the next state's code. */
  readonly dense: Int32Array;
  /** The state of a code. */
  stateOf(code: number): number;
  /** The next code from a sparse state's code (the scanner does the dense step itself). */
  stepSparse(code: number, unit: number): number;
  /** Patterns ending in state s: `outList[outStart[s] .. outStart[s] + outCount[s]]`. */
  readonly outStart: Int32Array;
  readonly outCount: Int32Array;
  readonly outList: Int32Array;
}

/** Builds the automaton for `patterns` (pattern i gets id i). */
export function buildAhoCorasick(patterns: readonly string[]): AhoCorasick {
  let next: Array<Map<number, number>> = [new Map()];
  let outputs: Array<number[] | undefined> = [undefined];
  patterns.forEach((p, id) => {
    let s = 0;
    for (let i = 0; i < p.length; i++) {
      const u = p.charCodeAt(i);
      let t = next[s]!.get(u);
      if (t === undefined) {
        t = next.length;
        next.push(new Map());
        outputs.push(undefined);
        next[s]!.set(u, t);
      }
      s = t;
    }
    (outputs[s] ??= []).push(id);
  });

  // Failure links, breadth first; then states renumbered in that order, so the shallow ones come first.
  const count = next.length;
  let fail = new Int32Array(count);
  const order: number[] = [0];
  for (let q = 0; q < order.length; q++) {
    const s = order[q]!;
    for (const [u, t] of next[s]!) {
      if (s !== 0) {
        let f = fail[s]!;
        while (f !== 0 && !next[f]!.has(u)) f = fail[f]!;
        const g = next[f]!.get(u);
        fail[t] = g !== undefined && g !== t ? g : 0;
        const inherited = outputs[fail[t]!];
        if (inherited) outputs[t] = [...(outputs[t] ?? []), ...inherited];
      }
      order.push(t);
    }
  }
  const renumber = new Int32Array(count);
  order.forEach((s, i) => (renumber[s] = i));
  next = order.map((s) => new Map([...next[s]!].map(([u, t]) => [u, renumber[t]!])));
  outputs = order.map((s) => outputs[s]);
  fail = Int32Array.from(order, (s) => renumber[fail[s]!]!);

  const symbols = new Uint16Array(65536);
  let width = 1;
  for (const p of patterns) for (let i = 0; i < p.length; i++) if (symbols[p.charCodeAt(i)] === 0) symbols[p.charCodeAt(i)] = width++;
  const denseStates = Math.max(1, Math.min(count, Math.floor(DENSE_ENTRIES / width)));
  const code = (t: number) => (t < denseStates ? (t * width) << 2 : (t << 2) | AC_SPARSE) | (outputs[t] ? AC_OUTPUT : 0);
  const sparse: Array<[number, number, number]> = [];
  for (let s = denseStates; s < count; s++) for (const [u, t] of next[s]!) sparse.push([s, u, code(t)]);
  const goto: PairTable = buildPairTable(sparse);

  /** The next state, the long way (for building, and for the `step` of tests). */
  const nextState = (state: number, u: number): number => {
    for (let s = state; ; s = fail[s]!) {
      const t = next[s]!.get(u);
      if (t !== undefined) return t;
      if (s === 0) return 0;
    }
  };
  const dense = new Int32Array(denseStates * width);
  const unitOf = new Int32Array(width);
  for (let u = 0; u < 65536; u++) if (symbols[u] !== 0) unitOf[symbols[u]!] = u;
  for (let s = 0; s < denseStates; s++) {
    const row = s * width;
    const f = fail[s]!;
    // The failure state comes earlier (it is shallower): start from its row, then this state's own.
    if (s !== 0 && f < denseStates) dense.copyWithin(row, f * width, f * width + width);
    else if (s !== 0) for (let sym = 1; sym < width; sym++) dense[row + sym] = code(nextState(f, unitOf[sym]!));
    for (const [u, t] of next[s]!) dense[row + symbols[u]!] = code(t);
  }

  const outStart = new Int32Array(count);
  const outCount = new Int32Array(count);
  const outList = new Int32Array(outputs.reduce((n, o) => n + (o?.length ?? 0), 0));
  let at = 0;
  outputs.forEach((o, s) => {
    outStart[s] = at;
    outCount[s] = o?.length ?? 0;
    for (const id of o ?? []) outList[at++] = id;
  });
  const stateOf = (c: number) => (c & AC_SPARSE ? c >> 2 : (c >> 2) / width);
  return {
    outputs,
    lengths: Int32Array.from(patterns, (p) => p.length),
    symbols,
    width,
    dense,
    outStart,
    outCount,
    outList,
    stateOf,
    stepSparse(c, unit) {
      for (let s = c >> 2; ; s = fail[s]!) {
        if (s < denseStates) return dense[s * width + symbols[unit]!]!;
        const t = pairGet(goto, s, unit);
        if (t >= 0) return t;
      }
    },
    step: nextState,
  };
}
