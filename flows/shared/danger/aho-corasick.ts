/**
 * Aho-Corasick over UTF-16 code units: every occurrence of many patterns in one pass over a text, one
 * transition per code unit. Used for scripts written without spaces (Thai, Burmese, Khmer, Lao, Chinese),
 * where a phrase is found as a substring of the run it is in.
 *
 * Stored flat for the scanner, which inlines `step`: the start state's transitions in a 65,536-entry
 * Int32Array (most code units of a text leave it at once), the others in a pair table, failure links and
 * the patterns ending in each state in Int32Arrays.
 */
import { buildPairTable, pairGet, type PairTable } from './pair-table.js';

export interface AhoCorasick {
  /** The state after reading code unit `unit` in `state` (0 is the start). */
  step(state: number, unit: number): number;
  /** Patterns (their ids) that end in `state`, or undefined. */
  readonly outputs: ReadonlyArray<readonly number[] | undefined>;
  /** Length in code units of pattern `id`. */
  readonly lengths: Int32Array;
  /** The start state's transitions, by code unit (0: stay). */
  readonly root: Int32Array;
  /** Transitions of the other states: (state, unit) → state; missing: follow `fail`. */
  readonly goto: PairTable;
  readonly fail: Int32Array;
  /** Patterns ending in state s: `outList[outStart[s] .. outStart[s] + outCount[s]]`. */
  readonly outStart: Int32Array;
  readonly outCount: Int32Array;
  readonly outList: Int32Array;
}

/** Builds the automaton for `patterns` (pattern i gets id i). */
export function buildAhoCorasick(patterns: readonly string[]): AhoCorasick {
  const next: Array<Map<number, number>> = [new Map()];
  const outputs: Array<number[] | undefined> = [undefined];
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

  const fail = new Int32Array(next.length);
  const queue: number[] = [];
  for (const t of next[0]!.values()) queue.push(t);
  for (let q = 0; q < queue.length; q++) {
    const s = queue[q]!;
    for (const [u, t] of next[s]!) {
      let f = fail[s]!;
      while (f !== 0 && !next[f]!.has(u)) f = fail[f]!;
      const g = next[f]!.get(u);
      fail[t] = g !== undefined && g !== t ? g : 0;
      const inherited = outputs[fail[t]!];
      if (inherited) outputs[t] = [...(outputs[t] ?? []), ...inherited];
      queue.push(t);
    }
  }

  const root = new Int32Array(65536);
  for (const [u, t] of next[0]!) root[u] = t;
  const entries: Array<[number, number, number]> = [];
  for (let s = 1; s < next.length; s++) for (const [u, t] of next[s]!) entries.push([s, u, t]);
  const goto = buildPairTable(entries);
  const outStart = new Int32Array(next.length);
  const outCount = new Int32Array(next.length);
  const outList = new Int32Array(outputs.reduce((n, o) => n + (o?.length ?? 0), 0));
  let at = 0;
  outputs.forEach((o, s) => {
    outStart[s] = at;
    outCount[s] = o?.length ?? 0;
    for (const id of o ?? []) outList[at++] = id;
  });
  return {
    outputs,
    lengths: Int32Array.from(patterns, (p) => p.length),
    root,
    goto,
    fail,
    outStart,
    outCount,
    outList,
    step(state, unit) {
      let s = state;
      for (;;) {
        if (s === 0) return root[unit]!;
        const t = pairGet(goto, s, unit);
        if (t >= 0) return t;
        s = fail[s]!;
      }
    },
  };
}
