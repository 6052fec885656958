/**
 * `npm run bench:recognition`: how well and how fast danger is recognised. Grades the hand-written corpus
 * (test/fixtures/danger-corpus) with every lexicon in locales/, and prints per language: counts, recall of
 * danger (critical or ask), recall of critical, false alarms (ordinary messages graded critical, graded
 * anything) and the confusion of labels and grades. Then times the recogniser per message: short messages
 * (the corpus), 4,000-character messages (ordinary, with a danger phrase in the middle, Chinese, and a
 * worst case dense with phrases), and, as the floor of this machine, a bare loop that only reads the same
 * 4,000 characters. Target: p99 < 20 µs for 4,000 characters. Prints tables and one JSON line.
 *
 * Timing: each call is timed alone (performance.now(), sub-microsecond). The calls of every kind are made
 * in ROUNDS rounds, each kind taking its turn in each round, and a row gives the median over the rounds of
 * each round's p50 and p99 (max: the slowest call of all). On a machine shared with other work (the
 * development machine has two cores and several jobs), a burst of other work used to land on whichever
 * kind was being timed at that moment and made its whole row, including the floor, a measure of the
 * burst; now a burst moves one round of each kind, and every row, the floor too, sees the same machine.
 * Before its turn in a round a kind makes WARM_CALLS untimed calls, so that, as before, what is timed is
 * the recogniser with its tables in the processor's caches (not the first calls after another kind's,
 * which would be a percent of the calls and make the p99). The JSON line also gives the p99 of all calls
 * pooled.
 *
 *   npm run bench:recognition                     # 20,000 timed calls per kind
 *   npm run bench:recognition -- --calls 5000     # fewer
 */
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { createDangerRecognizer } from '../flows/shared/danger/index.js';
import { loadDangerLexicons } from '../src/i18n/locales.js';
import { labels, readCorpus, scoreCorpus, type Outcome } from '../test/support/danger-corpus.js';
import { readCount } from '../flows/shared/answers.js';
import { loadWords } from '../src/i18n/words.js';
import { countOf, readLocaleCorpora, scoreLocaleCorpus } from '../test/support/i18n-corpus.js';

const { values } = parseArgs({ options: { calls: { type: 'string', default: '20000' } } });
const calls = Number(values.calls);
const out = (line = '') => process.stdout.write(`${line}\n`);
const pct = (x: number) => (Number.isNaN(x) ? '-' : `${(100 * x).toFixed(1)}%`);

const { lexicons, problems } = loadDangerLexicons('locales');
if (problems.length > 0) throw new Error(`lexicons are not valid:\n${problems.join('\n')}`);
const t0 = performance.now();
const recognizer = createDangerRecognizer(lexicons);
const compileMs = performance.now() - t0;

// --- Quality ------------------------------------------------------------------------------------------
const lines = readCorpus();
const { byLang } = scoreCorpus(lines, (t) => recognizer.grade(t));
out(`Danger recognition on ${lines.length} corpus messages, ${lexicons.length} lexicons (${lexicons.map((l) => l.lang).join(' ')}), compiled in ${compileMs.toFixed(0)} ms`);
out(`${'lang'.padEnd(6)} ${'crit'.padStart(5)} ${'ask'.padStart(5)} ${'none'.padStart(5)}  ${'danger→escalated'.padStart(16)}  ${'critical→critical'.padStart(17)}  ${'none→critical'.padStart(13)}  ${'none→any'.padStart(8)}`);
for (const [lang, s] of byLang) {
  const n = (l: (typeof labels)[number]) => String(s.confusion[l].critical + s.confusion[l].ask + s.confusion[l].none).padStart(5);
  out(`${lang.padEnd(6)} ${n('critical')} ${n('ask')} ${n('none')}  ${pct(s.dangerRecall).padStart(16)}  ${pct(s.criticalRecall).padStart(17)}  ${pct(s.criticalFalseAlarm).padStart(13)}  ${pct(s.anyFalseAlarm).padStart(8)}`);
}
const all = byLang.get('all')!;
out();
out('Confusion, all languages (rows: label, columns: grade)');
out(`${''.padEnd(9)} ${(['critical', 'ask', 'none'] as Outcome[]).map((o) => o.padStart(8)).join(' ')}`);
for (const l of labels) out(`${l.padEnd(9)} ${(['critical', 'ask', 'none'] as Outcome[]).map((o) => String(all.confusion[l][o]).padStart(8)).join(' ')}`);
out(`targets: danger escalated ≥ 95% ${all.dangerRecall >= 0.95 ? '✓' : '✗'}, ordinary graded critical ≤ 5% ${all.criticalFalseAlarm <= 0.05 ? '✓' : '✗'}`);

// --- The native-like corpus of the complete locales (test/i18n/corpus) ------------------------------------
loadWords('locales');
const native = readLocaleCorpora().map((c) => scoreLocaleCorpus(c, (t) => recognizer.grade(t), (t, l) => countOf(readCount(t, l))));
out();
out('Native-like corpus (typos, no diacritics, slang, mixed languages), per complete locale');
out(`${'lang'.padEnd(6)} ${'danger→escalated'.padStart(16)} ${'→critical'.padStart(10)} ${'ordinary→critical'.padStart(17)} ${'counts read'.padStart(11)}`);
for (const n of native) {
  out(`${n.lang.padEnd(6)} ${`${n.escalated}/${n.danger}`.padStart(16)} ${`${n.critical}/${n.danger}`.padStart(10)} ${`${n.falseCritical}/${n.ordinary}`.padStart(17)} ${`${n.countsRead}/${n.counts}`.padStart(11)}${n.missed.length ? `  missed: ${n.missed.length}` : ''}`);
}

// --- Cost ---------------------------------------------------------------------------------------------
const fill = (paragraph: string, length: number) => {
  let s = '';
  while (s.length < length) s += paragraph;
  return s.slice(0, length);
};
const story =
  'Selamat malam Bapak dan Ibu petugas, saya mohon maaf mengganggu waktunya. Saya berangkat dari Medan bulan Maret lewat agen ' +
  'yang janji kerja di restoran di Bangkok dengan gaji dua belas juta sebulan, tapi ternyata kami dibawa naik mobil lewat sungai ke ' +
  'tempat yang katanya Myawaddy. Di sini kami kerja di depan komputer dari jam delapan pagi sampai jam dua belas malam, disuruh chat ' +
  'orang di aplikasi kencan dan investasi. Gaji belum dibayar penuh, kata mandor masih potong biaya tiket dan makan. Paspor dipegang ' +
  'sama HRD dan katanya baru dikembalikan kalau kontrak selesai. ';
const english =
  'Good evening, I am writing on behalf of my cousin who went to work abroad in March through an agent that promised a restaurant ' +
  'job with a good salary, but they were taken across the river to a place where they work at computers from eight in the morning ' +
  'until midnight chatting with people on dating and investment apps. The salary has not been paid in full and the office keeps the passport. ';
const ordinary = fill(story, 4000);
const buried = `${ordinary.slice(0, 1980)} Kemarin teman sekamar saya dipukul karena tidak capai target. ${ordinary.slice(0, 1957)}`;
const chinese = fill('我们在园区每天工作十六个小时，老板说不完成业绩就不给饭吃，护照也被公司拿走了。', 4000);
const dense = fill(lines.map((l) => l.text).join(' '), 4000);
/**
 * A flat copy of a string, as a message parsed from JSON is. Strings built with + are ropes in V8, and
 * reading a rope character by character costs several times more than reading a flat string.
 */
const flat = (t: string): string => JSON.parse(JSON.stringify(t)) as string;
/** Four versions of a text that differ at the end, so no call meets the same string twice in a row. */
const versions = (t: string) => [0, 1, 2, 3].map((k) => flat(t.slice(0, t.length - k) + ' .'.repeat(k).slice(0, k)));

/** Rounds of timed calls (see the header), and untimed calls of a kind before its turn in a round. */
const ROUNDS = 20;
const WARM_CALLS = 50;
const quantile = (sorted: Float64Array, p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
function timeAll(kinds: Record<string, { texts: string[]; f: (t: string) => unknown }>) {
  const entries = Object.entries(kinds);
  for (const [, { texts, f }] of entries) for (let i = 0; i < Math.min(calls, 5000); i++) f(texts[i % texts.length]!); // warm up
  const perRound = Math.max(1, Math.floor(calls / ROUNDS));
  const times = new Float64Array(perRound);
  const rounds = entries.map(() => ({ p50: [] as number[], p99: [] as number[], all: new Float64Array(perRound * ROUNDS) }));
  for (let r = 0; r < ROUNDS; r++) {
    entries.forEach(([, { texts, f }], k) => {
      for (let i = 0; i < WARM_CALLS; i++) f(texts[i % texts.length]!); // its tables back in cache, as before the first round
      for (let i = 0; i < perRound; i++) {
        const t = texts[(r * perRound + i) % texts.length]!;
        const s = performance.now();
        f(t);
        times[i] = performance.now() - s;
      }
      rounds[k]!.all.set(times, r * perRound);
      times.sort();
      rounds[k]!.p50.push(quantile(times, 0.5) * 1000);
      rounds[k]!.p99.push(quantile(times, 0.99) * 1000);
    });
  }
  return Object.fromEntries(
    entries.map(([kind], k) => {
      const all = rounds[k]!.all.sort();
      return [kind, { p50: median(rounds[k]!.p50), p99: median(rounds[k]!.p99), max: all[all.length - 1]! * 1000, pooledP99: quantile(all, 0.99) * 1000 }];
    }),
  );
}
let sink = 0;
const bareLoop = (t: string) => {
  let sum = 0;
  for (let i = 0; i < t.length; i++) sum = (sum + t.charCodeAt(i)) | 0;
  sink ^= sum;
};
const kinds: Record<string, { texts: string[]; f: (t: string) => unknown }> = {
  'short (corpus)': { texts: lines.map((l) => flat(l.text)), f: (t) => recognizer.grade(t) },
  '4000 id ordinary': { texts: versions(ordinary), f: (t) => recognizer.grade(t) },
  '4000 en ordinary': { texts: versions(fill(english, 4000)), f: (t) => recognizer.grade(t) },
  '4000 id, danger mid': { texts: versions(buried), f: (t) => recognizer.grade(t) },
  '4000 zh': { texts: versions(chinese), f: (t) => recognizer.grade(t) },
  '4000 dense (worst)': { texts: versions(dense), f: (t) => recognizer.grade(t) },
  '8192 id (the cap)': { texts: versions(fill(story, 8192)), f: (t) => recognizer.grade(t) },
  'floor: bare loop 4000': { texts: versions(ordinary), f: bareLoop },
};
const cost = timeAll(kinds);
out();
out(`Cost per message, ${(Math.max(1, Math.floor(calls / ROUNDS)) * ROUNDS).toLocaleString('en')} calls each in ${ROUNDS} rounds (µs; p50, p99: median over the rounds):`);
out(`${'message'.padEnd(22)} ${'p50'.padStart(8)} ${'p99'.padStart(8)} ${'max'.padStart(8)}`);
for (const [kind, c] of Object.entries(cost)) out(`${kind.padEnd(22)} ${c.p50.toFixed(2).padStart(8)} ${c.p99.toFixed(2).padStart(8)} ${c.max.toFixed(1).padStart(8)}`);
const longP99 = Math.max(cost['4000 id ordinary']!.p99, cost['4000 en ordinary']!.p99, cost['4000 id, danger mid']!.p99, cost['4000 zh']!.p99);
out(`target p99 < 20 µs for 4,000 characters: ${longP99 < 20 ? '✓' : '✗'} (worst of the ordinary, buried-danger and Chinese 4,000-character messages: ${longP99.toFixed(1)} µs; this machine's floor for reading them: p50 ${cost['floor: bare loop 4000']!.p50.toFixed(1)} µs)`);
out(JSON.stringify({ corpus: lines.length, quality: Object.fromEntries([...byLang].map(([l, s]) => [l, { ...s, confusion: undefined }])), native: native.map(({ missed: _m, ...n }) => n), compileMs, cost, sink: sink !== 0 }));
