/**
 * Aho-Corasick over UTF-16 code units: every occurrence of many patterns in one pass over a text, one
 * transition per code unit. Used for scripts written without spaces (Thai, Burmese, Khmer, Lao, Chinese),
 * where a phrase is found as a substring of the run it is in.
 *
 * Stored for the scanner as a DFA: the code units that occur in some pattern get a symbol (1…), every
 * other unit symbol 0, and each state a row of next states by symbol, failure links already followed.
 * So a step is two loads (the unit's symbol, the row's entry) and an add. A transition gives the next
 * state's code: the offset of its row, whose last entry (at `width`) is 1 when patterns end there. The
 * dense rows are capped (DENSE_ENTRIES); a state beyond it (only with very large lexicons) has the code
 * `~state` (negative) and is stepped through a pair table and failure links.
 */
import { buildPairTable, pairGet, type PairTable } from './pair-table.js';

/** Most entries of the dense rows (4 bytes each). */
let DENSE_ENTRIES = 1 << 20;

/** For tests: how many dense entries automata built from now on may have (the rest of their states are sparse). */
export function setDenseEntries(n: number): void {
  DENSE_ENTRIES = n;
}

export interface AhoCorasick {
  /** The state after reading code unit `unit` in `state` (0 is the start). */
  step(state: number, unit: number): number;
  /** Patterns (their ids) that end in `state`, or undefined. */
  readonly outputs: ReadonlyArray<readonly number[] | undefined>;
  /** Length in code units of pattern `id`. */
  readonly lengths: Int32Array;
  /** Symbol of each code unit (0: in no pattern). */
  readonly symbols: Uint16Array;
  /** Symbols; a dense row has one more entry, 1 when patterns end in its state. */
  readonly width: number;
  /** Dense rows: `dense[code + symbol]` is the next state's code, `dense[code + width]` whether patterns end there. */
  readonly dense: Int32Array;
  /** The state of a code. */
  stateOf(code: number): number;
  /** The next code from a sparse state's code (negative; the scanner does the dense step itself). */
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
  const rowWidth = width + 1;
  const denseStates = Math.max(1, Math.min(count, Math.floor(DENSE_ENTRIES / rowWidth)));
  const code = (t: number) => (t < denseStates ? t * rowWidth : ~t);
  const sparse: Array<[number, number, number]> = [];
  for (let s = denseStates; s < count; s++) for (const [u, t] of next[s]!) sparse.push([s, u, t]);
  const goto: PairTable = buildPairTable(sparse);

  /** The next state, the long way (for building, and for the `step` of tests). */
  const nextState = (state: number, u: number): number => {
    for (let s = state; ; s = fail[s]!) {
      const t = next[s]!.get(u);
      if (t !== undefined) return t;
      if (s === 0) return 0;
    }
  };
  const dense = new Int32Array(denseStates * rowWidth);
  const unitOf = new Int32Array(width);
  for (let u = 0; u < 65536; u++) if (symbols[u] !== 0) unitOf[symbols[u]!] = u;
  for (let s = 0; s < denseStates; s++) {
    const row = s * rowWidth;
    const f = fail[s]!;
    // The failure state comes earlier (it is shallower): start from its row, then this state's own.
    if (s !== 0 && f < denseStates) dense.copyWithin(row, f * rowWidth, f * rowWidth + width);
    else if (s !== 0) for (let sym = 1; sym < width; sym++) dense[row + sym] = code(nextState(f, unitOf[sym]!));
    for (const [u, t] of next[s]!) dense[row + symbols[u]!] = code(t);
    dense[row + width] = outputs[s] ? 1 : 0;
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
  const stateOf = (c: number) => (c < 0 ? ~c : c / rowWidth);
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
      for (let s = ~c; ; s = fail[s]!) {
        if (s < denseStates) return dense[s * rowWidth + symbols[unit]!]!;
        const t = pairGet(goto, s, unit);
        if (t >= 0) return code(t);
      }
    },
    step: nextState,
  };
}
