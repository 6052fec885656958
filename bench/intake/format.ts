/** Printing the benchmark's figures: lines on stdout, MB, numbers or `n/a`, and the aligned targets table. */

/** Writes one line to stdout. */
export const log = (text: string) => process.stdout.write(`${text}\n`);

/** Bytes as `12.3 MB`. */
export const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** A number with `digits` decimals, or `n/a` when there is none. */
export const fmt = (x: number | null | undefined, digits = 2) => (x === null || x === undefined || !Number.isFinite(x) ? 'n/a' : x.toFixed(digits));

const mark = (ok: boolean | undefined) => (ok === undefined ? ' ' : ok ? '✓' : '✗');

/** One row of {@link table}: figure, measured, target, and whether the target is met (`undefined`: no target). */
export type TableRow = [string, string, string, boolean | undefined];

/** Rows as aligned columns, measured values right-aligned, with ✓ or ✗ where there is a target. */
export function table(rows: TableRow[]): string {
  const w0 = Math.max(...rows.map((r) => r[0].length));
  const w1 = Math.max(...rows.map((r) => r[1].length));
  const w2 = Math.max(...rows.map((r) => r[2].length));
  const line = (r: TableRow) => `  ${r[0].padEnd(w0)}  ${r[1].padStart(w1)}  ${r[2].padEnd(w2)}  ${mark(r[3])}`;
  return rows.map(line).join('\n');
}
