import { describe, expect, it } from 'vitest';
import { buildAhoCorasick, setDenseEntries } from '../../../../flows/shared/danger/aho-corasick.js';
import { createDangerRecognizer, parseDangerLexicon, type DangerRecognizer } from '../../../../flows/shared/danger/index.js';
import { foldSegments } from '../../../../flows/shared/danger/segments.js';
import { loadDangerLexicons } from '../../../../src/i18n/locales.js';
import { readCorpus } from '../../../support/danger-corpus.js';

const { lexicons } = loadDangerLexicons('locales');
const corpus = readCorpus().map((l) => l.text);
/** What a recogniser made of a text, to compare two readings of it. */
const reading = (r: DangerRecognizer, text: string) => {
  const e = r.explain(text);
  return { grade: e.grade, quick: r.grade(text), matches: e.matches.map((m) => `${m.source}:${m.line} ${m.section} ${m.grade ?? '-'} ${m.because ?? ''}`).sort() };
};

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

  it('reads a word with an invisible character in it (the slow way) as the same word typed plainly (the fast way)', () => {
    // Words typed in ASCII go through the DFA of the lexicon trie, with their flags in its states; a word
    // with anything else in it is read unit by unit. An invisible character joins what is around it, so
    // both ways must find the same phrases, graded the same.
    const r = createDangerRecognizer(lexicons);
    const texts = [...corpus, 'S.O.S tolonggg t0l0ng dipukul2 org2 killll toloooong tlg sy 12x 10 pukul 10 a b c s o s'];
    for (const invisible of ['\u200b', '\u0001', '\u2060']) {
      for (const text of texts) {
        const slow = text.replace(/(\p{L})(?=\p{L})/gu, `$1${invisible}`);
        expect(reading(r, slow), `${JSON.stringify(slow)}`).toEqual(reading(r, text));
      }
    }
  });

  it('reads a long text in two halves at once as it reads it in one', () => {
    // A text of 1,024 code units or more is cut at a punctuation mark near its middle and both halves
    // are read at once, as long as both are read the fast way. With an invisible character in every
    // word, they are not: the same text is then read in one stream, and must read the same (with a cap
    // that both fit in).
    const r = createDangerRecognizer(lexicons, { maxChars: 1 << 16 });
    const latin = corpus.filter((t) => /^[\x20-\x7e]*$/.test(t));
    const glue = [' ', '. ', ', ', '\n', ' S ', ' o s ', '。', '，', ''];
    for (let k = 0; k < 60; k++) {
      const pool = k % 3 === 0 ? latin : corpus;
      let text = '';
      for (let i = k; text.length < 1024 + 150 * k; i += 7) text += pool[i % pool.length]! + glue[i % glue.length]!;
      const slow = text.replace(/(\p{L})(?=\p{L})/gu, '$1\u200b');
      expect(reading(r, text), text.slice(0, 80)).toEqual(reading(r, slow));
    }
  });

  it('finds the same phrases when the automaton keeps its states sparse (a very large lexicon)', () => {
    const dense = createDangerRecognizer(lexicons);
    setDenseEntries(1);
    let sparse: DangerRecognizer;
    try {
      sparse = createDangerRecognizer(lexicons);
    } finally {
      setDenseEntries(1 << 20);
    }
    const long = corpus.join(' ');
    for (const text of [...corpus, long, long.slice(4000)]) expect(reading(sparse, text), text.slice(0, 80)).toEqual(reading(dense, text));
  });

  it('reads a text the same whatever V8 made of the string (sliced, joined, one or two bytes a unit)', () => {
    const r = createDangerRecognizer(lexicons);
    for (const text of corpus.slice(0, 200)) {
      const sliced = `xx ${text} yy`.slice(3, 3 + text.length);
      const joined = text.slice(0, text.length >> 1) + text.slice(text.length >> 1);
      expect(reading(r, sliced)).toEqual(reading(r, text));
      expect(reading(r, joined)).toEqual(reading(r, text));
    }
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
