/**
 * Aho-Corasick over UTF-16 code units: every occurrence of many patterns in one pass over a text, one
 * transition per code unit. Used for scripts written without spaces (Thai, Burmese, Khmer, Lao, Chinese),
 * where a phrase is found as a substring of the run it is in.
 */

export interface AhoCorasick {
  /** The state after reading code unit `unit` in `state` (0 is the start). */
  step(state: number, unit: number): number;
  /** Patterns (their ids) that end in `state`, or undefined. */
  readonly outputs: ReadonlyArray<readonly number[] | undefined>;
  /** Length in code units of pattern `id`. */
  readonly lengths: readonly number[];
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

  // The start state's transitions as a flat table: most code units of a text leave it at once.
  const root = new Int32Array(65536);
  for (const [u, t] of next[0]!) root[u] = t;
  return {
    outputs,
    lengths: patterns.map((p) => p.length),
    step(state, unit) {
      let s = state;
      for (;;) {
        if (s === 0) return root[unit]!;
        const t = next[s]!.get(unit);
        if (t !== undefined) return t;
        s = fail[s]!;
      }
    },
  };
}
