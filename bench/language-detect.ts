/**
 * `npm run bench:language`: how well and how fast src/i18n/detect.ts names the language of short messages.
 * Detects every phrase of test/fixtures/language-corpus.json with all its languages as candidates and no
 * hint, and prints per language the accuracy, the wrong answers ("-": no answer), then the confusion pairs
 * and the time per call (median and p99 of single calls over the corpus, repeated). Prints one JSON line.
 *
 *   npm run bench:language
 *   npm run bench:language -- --rounds 5
 */
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { detectLanguage } from '../src/i18n/detect.js';
import { readLanguageCorpus, scoreLanguageCorpus } from '../test/support/language-corpus.js';

const { values } = parseArgs({ options: { rounds: { type: 'string', default: '20' } } });
const rounds = Number(values.rounds);
const out = (line = '') => process.stdout.write(`${line}\n`);
const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

const corpus = readLanguageCorpus();
const scores = scoreLanguageCorpus(corpus);
out('lang  phrases  accuracy  wrong answers');
for (const s of scores) {
  const wrong = [...s.wrong].sort((a, b) => b[1] - a[1]).map(([l, n]) => `${l}×${n}`).join(' ');
  out(`${s.lang.padEnd(5)} ${String(s.phrases).padStart(7)}  ${pct(s.right / s.phrases).padStart(8)}  ${wrong}`);
}
const total = scores.reduce((a, s) => a + s.phrases, 0);
const right = scores.reduce((a, s) => a + s.right, 0);
out(`all   ${String(total).padStart(7)}  ${pct(right / total).padStart(8)}`);

const pairs = scores.flatMap((s) => [...s.wrong].filter(([l]) => l !== '-').map(([l, n]) => ({ pair: `${s.lang}→${l}`, n })));
out();
out(`confusion pairs (written → detected): ${pairs.sort((a, b) => b.n - a.n).map((p) => `${p.pair} ${p.n}`).join(', ') || 'none'}`);

const candidates = Object.keys(corpus);
const phrases = Object.values(corpus).flat();
for (const p of phrases) detectLanguage(p, { candidates }); // warm
const times: number[] = [];
for (let r = 0; r < rounds; r++) {
  for (const p of phrases) {
    const t0 = performance.now();
    detectLanguage(p, { candidates });
    times.push(performance.now() - t0);
  }
}
times.sort((a, b) => a - b);
const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
out(`time per call: p50 ${(1000 * at(0.5)).toFixed(1)} µs, p99 ${(1000 * at(0.99)).toFixed(1)} µs, max ${(1000 * times.at(-1)!).toFixed(1)} µs (${times.length} calls)`);
out(JSON.stringify({ accuracy: right / total, perLanguage: Object.fromEntries(scores.map((s) => [s.lang, s.right / s.phrases])), p50Us: 1000 * at(0.5), p99Us: 1000 * at(0.99) }));
