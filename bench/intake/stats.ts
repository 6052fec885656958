/** Statistics for the benchmark's figures: percentiles of samples and rounding for the JSON line. */

/** The `p`th percentile (nearest rank) of ascending `sorted`; NaN when there are no samples. */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

/** A sorted (ascending) copy. */
export const sortNum = (xs: number[]) => [...xs].sort((a, b) => a - b);

/** `x` rounded to `digits` decimals, or `null` when it is not finite (JSON has no NaN). */
export const round = (x: number, digits = 3) => (Number.isFinite(x) ? Number(x.toFixed(digits)) : null);
