/** What `npm run bench` prints: one line per figure (the hotline's, the comparison's, their ratio, the target), then one JSON line. */
import type { SurgeFigures, Spread, WindowFigures } from './phases.js';

/** Every figure of a run, per bot (either may be missing with `--only`). */
export interface RunFigures {
  throughput: { hotline?: WindowFigures; comparison?: WindowFigures };
  load: { hotline?: WindowFigures; comparison?: WindowFigures };
  surge: { hotline?: SurgeFigures; comparison?: SurgeFigures };
}

const n = (x: number | null | undefined, digits = 2) => (x === null || x === undefined || !Number.isFinite(x) ? 'n/a' : x.toFixed(digits));
const ms = (s: Spread | undefined) => (s ? `${n(s.p50, 1)} / ${n(s.p99, 1)} ms` : '–');
const mark = (ok: boolean | undefined) => (ok === undefined ? '' : ok ? '✓ met' : '✗ not met');

/** Bot API calls per inbound message: the total, then the methods. */
const calls = (w: WindowFigures | undefined) => {
  if (!w) return '–';
  const { total, ...methods } = w.apiCallsPerMessage;
  return `${n(total)} (${Object.entries(methods).sort((a, b) => b[1] - a[1]).map(([m, x]) => `${m} ${n(x)}`).join(', ')})`;
};

/** One printed figure: label, the hotline's, the comparison's, the ratio, the target and whether it is met. */
type Row = [string, string, string, string, string, boolean | undefined];

/** The figure labels, in print order (the smoke test looks for every one). */
export const FIGURE_LABELS = [
  'bot CPU per inbound message, throughput',
  'messages per second, throughput',
  'reply p50 / p99, throughput',
  'messages per second, background load',
  'bot CPU per inbound message, background load',
  'reply p50 / p99, background load',
  'danger message → queue p50 / p99, background load',
  'danger message → queue p50 / p99, by Redis\' clock',
  'surge: people lost',
  'surge: reply p50 / p99',
  'people with a wrong or missing reply',
  'Bot API calls per inbound message, throughput',
] as const;

/** Rows of figures, the targets judged, and how many are met. */
export function rows(f: RunFigures): { rows: Row[]; met: number; notMet: number } {
  const { throughput: t, load: l, surge: s } = f;
  const ratio = (a: number | null | undefined, b: number | null | undefined) => (a && b ? b / a : undefined);
  const cpuRatio = ratio(t.hotline?.cpuMsPerMessage, t.comparison?.cpuMsPerMessage); // comparison / hotline
  const rateRatio = ratio(t.comparison?.messagesPerSecond, t.hotline?.messagesPerSecond); // hotline / comparison
  const loadCpuRatio = ratio(l.hotline?.cpuMsPerMessage, l.comparison?.cpuMsPerMessage);
  const dangerP99 = l.hotline?.dangerToQueue.p99;
  const judged: Array<boolean | undefined> = [];
  const judge = (ok: boolean | undefined) => (judged.push(ok), ok);
  const out: Row[] = [
    [FIGURE_LABELS[0], `${n(t.hotline?.cpuMsPerMessage, 3)} ms`, `${n(t.comparison?.cpuMsPerMessage, 3)} ms`, cpuRatio ? `1/${n(cpuRatio)}` : 'n/a', '≤ 1/3 of the comparison', judge(cpuRatio === undefined ? undefined : cpuRatio >= 3)],
    [FIGURE_LABELS[1], n(t.hotline?.messagesPerSecond, 0), n(t.comparison?.messagesPerSecond, 0), rateRatio ? `${n(rateRatio)}×` : 'n/a', '≥ 1.5× the comparison', judge(rateRatio === undefined ? undefined : rateRatio >= 1.5)],
    [FIGURE_LABELS[2], ms(t.hotline?.reply), ms(t.comparison?.reply), '', '', undefined],
    [FIGURE_LABELS[3], n(l.hotline?.messagesPerSecond, 0), n(l.comparison?.messagesPerSecond, 0), '', '~1,000 offered', undefined],
    [FIGURE_LABELS[4], `${n(l.hotline?.cpuMsPerMessage, 3)} ms`, `${n(l.comparison?.cpuMsPerMessage, 3)} ms`, loadCpuRatio ? `1/${n(loadCpuRatio)}` : 'n/a', '', undefined],
    [FIGURE_LABELS[5], ms(l.hotline?.reply), ms(l.comparison?.reply), '', '', undefined],
    [FIGURE_LABELS[6], `${ms(l.hotline?.dangerToQueue)} (n ${l.hotline?.dangerToQueue.n ?? 0}, missing ${l.hotline?.dangerToQueue.missing ?? 0})`,
      `${ms(l.comparison?.dangerToQueue)} (n ${l.comparison?.dangerToQueue.n ?? 0}, missing ${l.comparison?.dangerToQueue.missing ?? 0})`, '', 'p99 ≤ 10 ms',
      judge(dangerP99 === undefined || dangerP99 === null ? undefined : dangerP99 <= 10 && l.hotline!.dangerToQueue.missing === 0)],
    [FIGURE_LABELS[7], ms(l.hotline?.dangerToCommit), ms(l.comparison?.dangerToCommit), '', '', undefined],
    [FIGURE_LABELS[8], s.hotline ? `${s.hotline.lost} of ${s.hotline.people} in ${s.hotline.seconds} s` : '–', s.comparison ? `${s.comparison.lost} of ${s.comparison.people}` : '–', '', 'none', judge(s.hotline ? s.hotline.lost === 0 : undefined)],
    [FIGURE_LABELS[9], ms(s.hotline?.reply), ms(s.comparison?.reply), '', 'p99 ≤ 1 s', judge(s.hotline?.reply.p99 === undefined || s.hotline.reply.p99 === null ? undefined : s.hotline.reply.p99 <= 1000)],
    [FIGURE_LABELS[10], String((t.hotline?.errors ?? 0) + (l.hotline?.errors ?? 0)), String((t.comparison?.errors ?? 0) + (l.comparison?.errors ?? 0)), '', '', undefined],
    [FIGURE_LABELS[11], calls(t.hotline), calls(t.comparison), '', '', undefined],
  ];
  return { rows: out, met: judged.filter((x) => x === true).length, notMet: judged.filter((x) => x === false).length };
}

/** Prints the figures as aligned columns, the count of targets met, and the JSON line. */
export function printReport(f: RunFigures, meta: Record<string, unknown>): { met: number; notMet: number } {
  const { rows: r, met, notMet } = rows(f);
  const header: Row = ['figure', 'hotline', 'comparison', 'ratio', 'target', undefined];
  const all = [header, ...r];
  const width = (i: number) => Math.max(...all.map((row) => String(row[i]).length));
  const w = [0, 1, 2, 3, 4].map(width);
  for (const row of all) {
    const cells = row.slice(0, 5).map((c, i) => (i === 0 ? String(c).padEnd(w[i]!) : String(c).padStart(w[i]!)));
    process.stdout.write(`  ${cells.join('  ')}  ${mark(row[5])}\n`);
  }
  process.stdout.write(`targets: ${met} met, ${notMet} not met\n`);
  process.stdout.write(`${JSON.stringify({ bench: 'product', ...meta, ...f })}\n`);
  return { met, notMet };
}
