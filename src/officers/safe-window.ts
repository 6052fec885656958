/**
 * Daily windows in a person's local time: taking the times they said not to write out of the times they
 * said are safe, and finding the next moment a window opens.
 */

/** A window in the person's local time, in minutes after local midnight; `end` ≤ `start` wraps past midnight. */
export interface SafeWindow {
  start: number;
  end: number;
}

export const DAY = 24 * 60; // minutes
const DAY_MS = DAY * 60_000;

export const mod = (n: number, d: number) => ((n % d) + d) % d;

/** A window as pieces of one day that do not wrap: [start, end) with start < end ≤ DAY. */
function pieces(w: SafeWindow): [number, number][] {
  const s = mod(w.start, DAY), e = mod(w.end, DAY);
  const all: [number, number][] = s < e ? [[s, e]] : [[s, DAY], [0, e]];
  return all.filter(([a, b]) => a < b);
}

/**
 * `windows` without any minute of `excluded`. A window cut in the middle becomes two; one that wrapped past
 * midnight and keeps both sides of it stays one.
 */
export function subtractWindows(windows: SafeWindow[], excluded: SafeWindow[]): SafeWindow[] {
  const cuts = excluded.flatMap(pieces);
  const out: SafeWindow[] = [];
  for (const w of windows) {
    let left = pieces(w);
    for (const [cs, ce] of cuts) {
      left = left.flatMap(([s, e]): [number, number][] => [[s, Math.min(e, cs)], [Math.max(s, ce), e]]).filter(([a, b]) => a < b);
    }
    const late = left.find(([, e]) => e === DAY), early = left.find(([s]) => s === 0);
    if (late && early && late !== early) {
      left = [...left.filter((p) => p !== late && p !== early), [late[0], early[1]]];
    }
    for (const [s, e] of left) out.push({ start: s, end: e % DAY });
  }
  return out;
}

/** Whether local minute `m` (0 ≤ m < DAY) is inside `w`. */
export function insideWindow(w: SafeWindow, m: number): boolean {
  return pieces(w).some(([s, e]) => m >= s && m < e);
}

/**
 * Whether `nowMs` falls in a window, and if not, the next moment one opens (ms since epoch).
 * Local time = UTC + utcOffsetMinutes. With no windows nothing ever opens: `at` is Infinity, so check
 * `Number.isFinite(at)` before scheduling on it.
 */
export function nextSafeMoment(windows: SafeWindow[], nowMs: number, utcOffsetMinutes: number): { now: boolean; at: number } {
  const local = mod(nowMs + (Number.isFinite(utcOffsetMinutes) ? utcOffsetMinutes : 0) * 60_000, DAY_MS);
  let wait = Number.POSITIVE_INFINITY;
  for (const w of windows) {
    if (!Number.isFinite(w.start) || !Number.isFinite(w.end)) continue;
    const s = mod(w.start, DAY) * 60_000, e = mod(w.end, DAY) * 60_000;
    const inside = s < e ? local >= s && local < e : local >= s || local < e;
    if (inside) return { now: true, at: nowMs };
    wait = Math.min(wait, mod(s - local, DAY_MS));
  }
  return { now: false, at: nowMs + wait };
}
