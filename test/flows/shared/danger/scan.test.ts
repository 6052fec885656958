import { describe, expect, it } from 'vitest';
import { buildAhoCorasick } from '../../../../flows/shared/danger/aho-corasick.js';
import { createDangerRecognizer, parseDangerLexicon } from '../../../../flows/shared/danger/index.js';
import { foldSegments } from '../../../../flows/shared/danger/segments.js';
import { readCorpus } from '../../../support/danger-corpus.js';

describe('danger scanner', () => {
  it('cuts every corpus message into the same words and runs as the plain reading', () => {
    // A lexicon of every segment of the corpus: the fast scanner must find each segment of each message.
    const lines = readCorpus().map((l) => l.text);
    const segments = lines.map((t) => foldSegments(t));
    const words = new Set(segments.flat().map((s) => s.text));
    const { lexicon, problems } = parseDangerLexicon('xx', `[ask]\n${[...words].join('\n')}\n`);
    expect(problems).toEqual([]);
    const r = createDangerRecognizer([lexicon]);
    lines.forEach((text, i) => {
      const found = new Set(r.explain(text).matches.map((m) => m.phrase));
      // One-letter words may be read together as a spaced-out word instead ("S O S").
      for (const s of segments[i]!) if (s.text.length > 1) expect(found.has(s.text), `${text} → ${s.text}`).toBe(true);
    });
  });

  it('finds every occurrence of overlapping patterns (Aho-Corasick)', () => {
    const ac = buildAhoCorasick(['被打', '打我', '他们打我', '打']);
    const text = '他们打我被打';
    const found: Array<[number, number]> = [];
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      state = ac.step(state, text.charCodeAt(i));
      for (const p of ac.outputs[state] ?? []) found.push([p, i + 1 - ac.lengths[p]!]);
    }
    expect(found.sort()).toEqual([[0, 4], [1, 2], [2, 0], [3, 2], [3, 5]].sort());
  });
});
