/**
 * When it is safe for the embassy to write: reads the times a person typed during intake ("setelah jam
 * 10 malam", "jam 9-10 malam", "22:00-23:30", "before 7am", "pagi jam 6 atau malam jam 10") as daily
 * windows in their local time, and finds the next moment one of them opens.
 *
 * The reading is cautious on purpose. A wrong window could put the embassy's message on the phone while
 * someone else is watching it, so anything we cannot pin down — "jam 10" without morning or night, days
 * ("weekends", "sabtu"), negations ("not at night", "malam tidak aman") — reads as no window, and the
 * caller waits for the person to write first, which is always safe.
 */

/** A window in the person's local time, in minutes after local midnight; `end` ≤ `start` wraps past midnight. */
export interface SafeWindow {
  start: number;
  end: number;
}

const HOUR = 60;
const DAY = 24 * HOUR;
const DAY_MS = DAY * 60_000;
/**
 * "After 10pm" opens a short window, not the rest of the day: the person named the moment the phone is
 * theirs, and later it may be watched again (guards come back, the phone is collected at night).
 */
const AFTER_SPAN = 2 * HOUR;
/** "Before 7am": the two hours before it, for the same reason. */
const BEFORE_SPAN = 2 * HOUR;
/** A lone time ("jam 9 malam"): the hour that follows it. */
const AT_SPAN = HOUR;
/** Longer text is not a time answer; reading stops here so nothing pathological is scanned. */
const MAX_TEXT = 500;

/** Turns an hour 1–12 into 0–23 for a part of the day. */
type Clock = (h: number) => number;
const am: Clock = (h) => (h === 12 ? 0 : h);
const pm: Clock = (h) => (h === 12 ? 12 : h + 12);
const midday: Clock = (h) => (h >= 10 ? h : h + 12); // jam 11 siang = 11:00, jam 1 siang = 13:00
const night: Clock = (h) => (h === 12 ? 0 : h <= 4 ? h : h + 12); // jam 2 malam = 02:00, jam 12 malam = 00:00

/** A part of the day: how it reads an hour, the range it means alone, or the moment it names. */
interface Part {
  clock: Clock;
  range?: [number, number];
  point?: number;
}
const hm = (h: number, m = 0) => h * HOUR + m;
const morning: Part = { clock: am, range: [hm(5), hm(9)] };
const siang: Part = { clock: midday, range: [hm(11), hm(14)] };
const noon: Part = { clock: midday, range: [hm(11, 30), hm(13, 30)], point: hm(12) };
const afternoon: Part = { clock: pm, range: [hm(15), hm(18)] };
const nightPart: Part = { clock: night, range: [hm(19), hm(23)] };
const PARTS: Record<string, Part> = {
  pagi: morning, pgi: morning, morning,
  subuh: { clock: am, range: [hm(4), hm(6)] },
  dinihari: { clock: am, range: [hm(1), hm(4)] },
  siang, noon, midday: noon, tengahhari: noon,
  lunch: { clock: midday, range: noon.range }, lunchtime: { clock: midday, range: noon.range },
  sore: afternoon, afternoon,
  petang: { clock: pm, range: [hm(17), hm(19)] },
  evening: { clock: pm, range: [hm(17), hm(21)] },
  malam: nightPart, mlm: nightPart, malem: nightPart, night: nightPart, tonight: nightPart,
  midnight: { clock: night, point: 0 },
  // prayer times, as people in Indonesia name moments of the day (approximate: they move with the sun)
  ashar: { clock: pm, point: hm(15) }, asar: { clock: pm, point: hm(15) },
  maghrib: { clock: pm, point: hm(18) }, magrib: { clock: pm, point: hm(18) },
  isya: { clock: pm, point: hm(19) }, isyak: { clock: pm, point: hm(19) },
};

type Tok =
  | { k: 'num'; h: number; m: number; digits: number; minutes: boolean; zero: boolean }
  | { k: 'time'; h: number; m: number; minutes: boolean; zero: boolean; clock?: Clock }
  | { k: 'part'; part: Part; used?: boolean }
  | { k: 'mer'; clock: Clock }
  | { k: 'range'; word: boolean }
  | { k: 'sep'; or: boolean }
  | { k: 'filler'; w: string }
  | { k: 'after' | 'before' | 'between' | 'and' | 'neg' | 'day' | 'unit' | 'word' };

const WORDS = new Map<string, Tok>();
const words = (tok: Tok, list: string) => list.split(' ').forEach((w) => WORDS.set(w, tok));
words({ k: 'after' }, 'after past from setelah stlh stelah sesudah ssdh habis abis lewat dari mulai diatas');
words({ k: 'before' }, 'before sebelum sblm sblum');
words({ k: 'range', word: true }, 'to until till til through thru sampai sampe smp smpai hingga sd');
words({ k: 'between' }, 'between antara');
words({ k: 'and' }, 'and dan');
words({ k: 'sep', or: true }, 'or atau ato atw');
words({ k: 'sep', or: false }, 'but tapi tp then lalu also');
words({ k: 'neg' }, 'not no dont never except unless unsafe danger dangerous risky jangan jgn tidak tdk tak gak ga gk nggak ngga enggak bukan kecuali bahaya berbahaya');
words({ k: 'day' }, 'weekend weekends weekday weekdays monday tuesday wednesday thursday friday saturday sunday senin selasa rabu kamis jumat sabtu minggu libur');
words({ k: 'unit' }, 'hour hours hr hrs menit minute minutes min mins hari days orang people persons kali times');
words({ k: 'mer', clock: am }, 'am');
words({ k: 'mer', clock: pm }, 'pm');
for (const w of 'jam jm pukul pkl at around about sekitar sktr kira approx'.split(' ')) WORDS.set(w, { k: 'filler', w });

/** Phrases that are one idea, made one word before splitting. Order matters ("no later than" before "no"). */
const PHRASES: [RegExp, string][] = [
  [/\bp\.?\s?m\b\.?/g, 'pm'],
  [/\ba\.?\s?m\b\.?/g, 'am'],
  [/\bs\s*\/\s*d\b\.?/g, ' sampai '],
  [/\b(no|not) later than\b/g, ' before '],
  [/\blater than\b/g, ' after '],
  [/\bup to\b/g, ' until '],
  [/\bo\s?clock\b/g, ' '],
  [/\btengah\s+malam\b/g, ' midnight '],
  [/\btengah\s+hari\b/g, ' tengahhari '],
  [/\bdini\s+hari\b/g, ' dinihari '],
  [/\bdi\s+atas\b/g, ' diatas '],
  [/\bakhir\s+(pekan|minggu)\b/g, ' weekend '],
];

function tokenize(text: string): Tok[] {
  let s = text.slice(0, MAX_TEXT).toLowerCase().replace(/[’'`]/g, '').replace(/[–—−]/g, '-');
  for (const [re, to] of PHRASES) s = s.replace(re, to);
  const toks: Tok[] = [];
  for (const m of s.matchAll(/(\d{1,2})[:.](\d{2})(?!\d)|\d+|[a-z]+|[-~]|[,;/|.!?\n&+]/g)) {
    const w = m[0];
    if (m[1] !== undefined) {
      toks.push({ k: 'num', h: Number(m[1]), m: Number(m[2]), digits: 2, minutes: true, zero: m[1].length === 2 && m[1][0] === '0' });
    } else if (/^\d/.test(w)) {
      const n = Number(w);
      toks.push(w.length <= 2
        ? { k: 'num', h: n, m: 0, digits: w.length, minutes: false, zero: w.length === 2 && w[0] === '0' }
        : { k: 'num', h: Math.floor(n / 100), m: n % 100, digits: w.length, minutes: true, zero: w[0] === '0' });
    } else if (w === '-' || w === '~') toks.push({ k: 'range', word: false });
    else if (w === '&' || w === '+') toks.push({ k: 'and' });
    else if (/^[,;/|.!?\n]$/.test(w)) toks.push({ k: 'sep', or: w === '/' || w === '|' });
    else if (PARTS[w]) toks.push({ k: 'part', part: PARTS[w] });
    else toks.push(WORDS.get(w) ?? { k: 'word' });
  }
  return toks;
}

const isJam = (t: Tok | undefined) => t?.k === 'filler' && (t.w === 'jam' || t.w === 'jm');

/** Decides which numbers are times (by their neighbours), and joins am/pm and parts of the day to them. */
function readTimes(toks: Tok[]): Tok[] {
  const out: Tok[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (t.k !== 'num') { out.push(t); continue; }
    const prev = toks[i - 1], next = toks[i + 1], after2 = toks[i + 2], after3 = toks[i + 3];
    const counted = (u: Tok | undefined, p: Tok | undefined) => u?.k === 'unit' || (isJam(u) && !isJam(p));
    // "2 jam", "3-4 orang": durations and counts, not times
    if (counted(next, toks[i - 1]) || (next?.k === 'range' && after2?.k === 'num' && counted(after3, after2)) || t.digits > 4) {
      out.push({ k: 'word' });
      continue;
    }
    const led = prev && ['filler', 'after', 'before', 'range', 'between', 'and'].includes(prev.k);
    const clockLike = t.minutes && t.digits <= 2; // "22:00", "21.30"
    const context = clockLike || led || (next && ['mer', 'part', 'range'].includes(next.k));
    const plausible = t.digits <= 2 || led || next?.k === 'mer' || (next?.k === 'range' && after2?.k === 'num' && after2.digits >= 3);
    const h = t.h === 24 && t.m === 0 ? 0 : t.h;
    if (!context || !plausible || h > 23 || t.m > 59) { out.push({ k: 'word' }); continue; }
    const time: Tok = { k: 'time', h, m: t.m, minutes: t.minutes, zero: t.zero };
    if (next?.k === 'mer') { time.clock = next.clock; i++; }
    out.push(time);
  }
  // a part of the day right after a time ("9 malam", "12 noon") or just before it ("malam jam 9", "tonight at 10")
  for (let i = 0; i < out.length; i++) {
    const p = out[i]!;
    if (p.k !== 'part') continue;
    const before = out[i - 1];
    let j = i + 1;
    while (out[j]?.k === 'filler') j++;
    const later = out[j];
    const target = before?.k === 'time' && !before.clock ? before : later?.k === 'time' && !later.clock ? later : undefined;
    if (target?.k === 'time') { target.clock = p.part.clock; p.used = true; }
  }
  return out.filter((t) => !(t.k === 'part' && t.used));
}

type Moment = Extract<Tok, { k: 'time' }> | Extract<Tok, { k: 'part' }>;
interface Item {
  qual: 'at' | 'after' | 'before';
  start: Moment;
  end?: Moment;
  clock?: Clock; // the group's lone part of the day, for times that have none ("malam, 9-10")
  orBefore: boolean; // joined to the item before it by "or"
}

/** Splits into groups at separators and turns each group into items; a group with a negation is dropped. */
function readItems(toks: Tok[]): Item[] | undefined {
  const groups: { toks: Tok[]; or: boolean }[] = [{ toks: [], or: false }];
  for (const t of toks) {
    const g = groups[groups.length - 1]!;
    if (t.k === 'day') return undefined; // days cannot be a daily window; guessing one could be unsafe
    if (t.k === 'and' && g.toks.some((x) => x.k === 'between') && !g.toks.some((x) => x.k === 'range')) {
      g.toks.push({ k: 'range', word: true }); // "between 9 and 10pm"
    } else if (t.k === 'sep' || t.k === 'and') {
      groups.push({ toks: [], or: t.k === 'sep' && t.or });
    } else g.toks.push(t);
  }
  const items: Item[] = [];
  for (const g of groups) {
    if (g.toks.some((t) => t.k === 'neg')) continue;
    const mine: Item[] = [];
    let qual: Item['qual'] | undefined;
    let open = false, lastWasMoment = false;
    for (const t of g.toks) {
      if (t.k === 'after' || t.k === 'before') { qual = t.k; lastWasMoment = false; }
      else if (t.k === 'range') {
        const last = mine[mine.length - 1];
        if (lastWasMoment && last && !last.end) open = true;
        else if (t.word) qual = 'before'; // "sampai jam 7 pagi", "until 7am"
        lastWasMoment = false;
      } else if (t.k === 'time' || t.k === 'part') {
        const last = mine[mine.length - 1];
        if (open && last) last.end = t;
        else mine.push({ qual: qual ?? 'at', start: t, orBefore: mine.length === 0 && g.or });
        open = false; qual = undefined; lastWasMoment = true;
      } else if (t.k !== 'filler') lastWasMoment = false;
    }
    // a part of the day next to times only tells how to read them ("malam, jam 9-10")
    if (mine.some((it) => it.start.k === 'time' || it.end?.k === 'time')) {
      const free = mine.filter((it) => it.start.k === 'part' && !it.end && it.qual === 'at');
      const clocks = new Set(free.map((it) => (it.start.k === 'part' ? it.start.part.clock : am)));
      const clock = clocks.size === 1 ? [...clocks][0] : undefined;
      const kept = mine.filter((it) => !free.includes(it));
      kept.forEach((it, n) => items.push({ ...it, clock, orBefore: n === 0 && g.or }));
    } else items.push(...mine);
  }
  return items;
}

const mod = (n: number, d: number) => ((n % d) + d) % d;

/** A moment's minutes when they are certain, else the two readings of its hour (morning, evening). */
function minutes(m: Moment, groupClock: Clock | undefined, fallback: boolean): number | [number, number] {
  if (m.k === 'part') return m.part.point ?? m.part.range![0];
  const { h } = m;
  if (h === 0 || h > 12) return hm(h, m.m);
  if (m.clock) return hm(m.clock(h), m.m);
  if (m.zero) return hm(h, m.m); // "09:00"
  if (groupClock) return hm(groupClock(h), m.m);
  if (fallback && m.minutes) return hm(h, m.m); // "9.30" alone: the 24-hour clock Indonesians write
  return [hm(am(h), m.m), hm(pm(h), m.m)];
}

/** The reading of `c` that makes the shortest window with `fixed` (c after fixed when `forward`). */
function nearest(c: number | [number, number], fixed: number, forward: boolean): number {
  if (typeof c === 'number') return c;
  const span = (x: number) => mod(forward ? x - fixed : fixed - x, DAY) || DAY;
  return span(c[0]) <= span(c[1]) ? c[0] : c[1];
}

function toWindow(it: Item): SafeWindow | undefined {
  const { start, end, clock } = it;
  if (end?.k === 'part' && start.k === 'part' && end.part === start.part) return toWindow({ ...it, end: undefined }); // "pagi-pagi"
  if (end) {
    let s = minutes(start, undefined, false), e = minutes(end, undefined, false);
    if (typeof s !== 'number' && typeof e !== 'number') {
      s = minutes(start, clock, true);
      e = minutes(end, clock, true);
    }
    if (typeof s === 'number') e = nearest(e, s, true);
    else if (typeof e === 'number') s = nearest(s, e, false);
    return typeof s === 'number' && typeof e === 'number' ? { start: s, end: e } : undefined;
  }
  if (start.k === 'part') {
    const { range, point } = start.part;
    if (it.qual === 'at') return range ? { start: range[0], end: range[1] } : { start: point!, end: point! + AT_SPAN };
    if (it.qual === 'after') { const s = point ?? range![1]; return { start: s, end: s + AFTER_SPAN }; }
    const e = point ?? range![0];
    return { start: e - BEFORE_SPAN, end: e };
  }
  const t = minutes(start, clock, true);
  if (typeof t !== 'number') return undefined; // "jam 10": morning or night? we do not guess
  if (it.qual === 'after') return { start: t, end: t + AFTER_SPAN };
  if (it.qual === 'before') return { start: t - BEFORE_SPAN, end: t };
  return { start: t, end: t + AT_SPAN };
}

/** The windows a text names, or undefined when it names none we can read (the caller then waits for the person to write first). */
export function parseSafeTimes(text: string): SafeWindow[] | undefined {
  try {
    if (typeof text !== 'string') return undefined;
    const items = readItems(readTimes(tokenize(text)));
    if (!items) return undefined;
    // "after 10pm and before 6am" is one window
    for (let i = 1; i < items.length; i++) {
      const a = items[i - 1]!, b = items[i]!;
      if (a.qual === 'after' && !a.end && b.qual === 'before' && !b.end && !b.orBefore) {
        items.splice(i - 1, 2, { ...a, qual: 'at', end: b.start, clock: a.clock ?? b.clock });
        i--;
      }
    }
    const seen = new Set<string>();
    const windows: SafeWindow[] = [];
    for (const it of items) {
      const w = toWindow(it);
      if (!w) continue;
      const win = { start: mod(w.start, DAY), end: mod(w.end, DAY) };
      const key = `${win.start}-${win.end}`;
      if (win.start === win.end || seen.has(key)) continue;
      seen.add(key);
      windows.push(win);
    }
    windows.sort((a, b) => a.start - b.start || a.end - b.end);
    return windows.length > 0 ? windows : undefined;
  } catch {
    return undefined;
  }
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
