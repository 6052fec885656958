/**
 * The first half of reading a safe-time answer (src/officers/safe-time.ts): one spelling for every way of
 * typing it (full-width letters, digits of any script, invisible characters, "p.m.", "apa2"), then tokens
 * from the languages' words (src/officers/safe-time-words.ts), longest phrase first, and numbers read as
 * times where their neighbours say they are.
 */
import { thaiClockToDigits } from './thai-clock.js';
import { NO_SPACE_LETTER } from '../../flows/shared/words.js';
import type { PartName, SafeTimeWords } from './safe-time-words.js';

export const HOUR = 60;
/** Longer text is not a time answer (and reading only its start could miss a negation): no window. */
const MAX_TEXT = 500;
/** Beyond this not even normalised. */
export const MAX_RAW = 4 * MAX_TEXT;

/** Turns an hour 1–12 into 0–23 for a part of the day. */
export type Clock = (h: number) => number;
export const am: Clock = (h) => (h === 12 ? 0 : h);
export const pm: Clock = (h) => (h === 12 ? 12 : h + 12);
const midday: Clock = (h) => (h >= 10 ? h : h + 12); // jam 11 siang = 11:00, jam 1 siang = 13:00
const night: Clock = (h) => (h === 12 ? 0 : h <= 4 ? h : h + 12); // jam 2 malam = 02:00, jam 12 malam = 00:00

/** A part of the day: how it reads an hour, the range it means alone, or the moment it names. */
export interface Part {
  clock: Clock;
  range?: [number, number];
  point?: number;
}
export const hm = (h: number, m = 0) => h * HOUR + m;
const noonRange: [number, number] = [hm(11, 30), hm(13, 30)];
const PARTS: Record<PartName, Part> = {
  morning: { clock: am, range: [hm(5), hm(9)] },
  dawn: { clock: am, range: [hm(4), hm(6)] },
  predawn: { clock: am, range: [hm(1), hm(4)] },
  midday: { clock: midday, range: [hm(11), hm(14)] },
  noon: { clock: midday, range: noonRange, point: hm(12) },
  lunch: { clock: midday, range: noonRange },
  afternoon: { clock: pm, range: [hm(15), hm(18)] },
  dusk: { clock: pm, range: [hm(17), hm(19)] },
  evening: { clock: pm, range: [hm(17), hm(21)] },
  night: { clock: night, range: [hm(19), hm(23)] },
  midnight: { clock: night, point: 0 },
  asr: { clock: pm, point: hm(15) },
  maghrib: { clock: pm, point: hm(18) },
  isha: { clock: pm, point: hm(19) },
};

export type Tok =
  | { k: 'num'; h: number; m: number; digits: number; minutes: boolean; zero: boolean }
  | { k: 'time'; h: number; m: number; minutes: boolean; zero: boolean; clock?: Clock; neg?: boolean }
  | { k: 'part'; part: Part; used?: boolean; neg?: boolean }
  | { k: 'mer'; clock: Clock }
  /** An hour's own clock word (words.json `clockAfter` / `clockBefore`), after or before the hour: the hour plus `add`. */
  | { k: 'shift'; add: number; after: boolean }
  | { k: 'range'; word: boolean; end?: 'until' | 'stop' }
  | { k: 'sep'; or: boolean; contrast?: boolean }
  | { k: 'filler'; hour: boolean }
  | { k: 'neg'; how: 'neg' | 'except' | 'danger' }
  | { k: 'after' | 'before' | 'between' | 'and' | 'day' | 'unit' | 'word' | 'affirm' }
  /** Read before the times are, then gone: "点" after an hour, "以后"/"以前" after a time. */
  | { k: 'oclock' | 'afterTime' | 'beforeTime' };

/** Each list of a language's words as the token it reads as, the more cautious first (a word in two lists is read as the first). */
const KINDS: [Exclude<keyof SafeTimeWords, 'parts' | 'clockAfter' | 'clockBefore'>, Tok][] = [
  ['negation', { k: 'neg', how: 'neg' }],
  ['exclusion', { k: 'neg', how: 'except' }],
  ['danger', { k: 'neg', how: 'danger' }],
  ['day', { k: 'day' }],
  ['stop', { k: 'range', word: true, end: 'stop' }],
  ['until', { k: 'range', word: true, end: 'until' }],
  ['contrast', { k: 'sep', or: false, contrast: true }],
  ['absent', { k: 'word' }],
  ['affirmative', { k: 'affirm' }],
  ['after', { k: 'after' }],
  ['afterTime', { k: 'afterTime' }],
  ['beforeTime', { k: 'beforeTime' }],
  ['oclock', { k: 'oclock' }],
  ['before', { k: 'before' }],
  ['between', { k: 'between' }],
  ['and', { k: 'and' }],
  ['or', { k: 'sep', or: true }],
  ['then', { k: 'sep', or: false }],
  ['unit', { k: 'unit' }],
  ['hour', { k: 'filler', hour: true }],
  ['filler', { k: 'filler', hour: false }],
  ['am', { k: 'mer', clock: am }],
  ['pm', { k: 'mer', clock: pm }],
];

/** Spellings made one before reading words; they are not any one language's. */
const SPELLINGS: [RegExp, string][] = [
  [/\bp\.?\s?m\b\.?/g, 'pm'],
  [/\ba\.?\s?m\b\.?/g, 'am'],
  [/\bs\s*\/\s*d\b\.?/g, ' sampai '],
];
/**
 * A letter of a script written without spaces (Han, Thai…) is a word of its own, so that phrases are found
 * inside a run of them; other letters make words.
 */
const NO_SPACE = NO_SPACE_LETTER.source;
const TOKEN = new RegExp(String.raw`(\d{1,2})[:.](\d{2})(?!\d)|\d+|${NO_SPACE}|(?:(?!${NO_SPACE})[\p{L}\p{M}])+|[-~]|[,;/|.!?\n&+、。،؛؟，；]|[🚫❌⛔🙅✖✗✘]`, 'gu');
const NEG_SIGN = /^[🚫❌⛔🙅✖✗✘]$/u;

/** The digit a decimal digit of any script stands for: scripts encode 0–9 in order, runs of ten. */
function asciiDigit(d: string): string {
  const cp = d.codePointAt(0)!;
  let start = cp;
  while (start > 0 && /\p{Nd}/u.test(String.fromCodePoint(start - 1))) start--;
  return String((cp - start) % 10);
}

type Raw = Tok | { k: 'w'; w: string };

export interface Lexicon {
  entries: Map<string, Tok>;
  longest: number;
  /** Words that stay as they are before a "2" ("jam2" is "jam 2", "apa2" is "apa apa"). */
  keep: Set<string>;
  /** TOKEN, first trying the words written with digits ("b4", "2nite"). */
  token: RegExp;
  /** Number words of scripts without spaces ("十", "二十"), and the ones that multiply ("十"). */
  numbers: Map<string, number>;
  multipliers: Map<string, number>;
  /** How many letters the longest of them takes. */
  longestNumber: number;
}

/** The number words of a language, as its `answers.counts` has them. */
export interface NumberWords {
  numbers: Readonly<Record<string, number>>;
  multipliers?: Readonly<Record<string, number>>;
}

export function buildLexicon(tables: SafeTimeWords[], numberWords: NumberWords[] = []): Lexicon {
  const entries = new Map<string, Tok>();
  let longest = 1;
  const glued: string[] = [];
  const put = (phrase: string, tok: Tok) => {
    const one = normalise(phrase, '', new Set());
    if (/^[\p{L}\p{M}\d]+$/u.test(one) && /\d/.test(one) && /\p{L}/u.test(one)) {
      if (!entries.has(one)) { entries.set(one, tok); glued.push(one); }
      return;
    }
    const ws = [...one.matchAll(TOKEN)].map((m) => m[0]);
    if (ws.length === 0 || ws.some((w) => !/^[\p{L}\p{M}]+$/u.test(w))) return; // a phrase is words
    const key = ws.join(' ');
    if (entries.has(key)) return;
    entries.set(key, tok);
    longest = Math.max(longest, ws.length);
  };
  // an hour's own clock words first: such a word is no other word of a time answer
  for (const table of tables) for (const [p, add] of Object.entries(table.clockAfter ?? {})) put(p, { k: 'shift', add, after: true });
  for (const table of tables) for (const [p, add] of Object.entries(table.clockBefore ?? {})) put(p, { k: 'shift', add, after: false });
  for (const [kind, tok] of KINDS) for (const table of tables) for (const p of table[kind] ?? []) put(p, tok);
  for (const table of tables) for (const [p, name] of Object.entries(table.parts ?? {})) put(p, { k: 'part', part: PARTS[name] });
  const keep = new Set([...entries].filter(([, t]) => t.k === 'filler').map(([w]) => w));
  const alternatives = glued.sort((a, b) => b.length - a.length).map((g) => g.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const token = glued.length ? new RegExp(`(?<![\\p{L}\\p{M}\\d])(?:${alternatives.join('|')})(?![\\p{L}\\p{M}\\d])|${TOKEN.source}`, 'gu') : TOKEN;
  // Number words of scripts without spaces, kept as their letters ("ยี่สิบ" is "ยี่ สิ บ"), so several letters can make one.
  const letters = (w: string) => {
    const ws = [...normalise(w, '', keep).matchAll(TOKEN)].map((m) => m[0]);
    return ws.length > 0 && ws.every((x) => new RegExp(`^(?:${NO_SPACE})$`, 'u').test(x)) ? ws.join(' ') : undefined;
  };
  const spelled = (pick: (n: NumberWords) => Readonly<Record<string, number>> | undefined) =>
    new Map(numberWords.flatMap((n) => Object.entries(pick(n) ?? {})).flatMap(([w, v]): [string, number][] => {
      const key = letters(w);
      return key ? [[key, v]] : [];
    }));
  const numbers = spelled((n) => n.numbers);
  const multipliers = spelled((n) => n.multipliers);
  const longestNumber = Math.max(1, ...[...numbers.keys(), ...multipliers.keys()].map((k) => k.split(' ').length));
  return { entries, longest, keep, token, numbers, multipliers, longestNumber };
}

/** A number spelled in letters of a script without spaces from raw token `at` ("二十五"), with how many it took. */
function spelledAt(raw: Raw[], at: number, lexicon: Lexicon): { value: number; length: number } | undefined {
  let total = 0, current = 0, i = at;
  while (i < raw.length) {
    let n: number | undefined, m: number | undefined, length = 0;
    for (let len = Math.min(lexicon.longestNumber, raw.length - i); len >= 1 && !length; len--) {
      const run = raw.slice(i, i + len);
      if (!run.every((x) => x.k === 'w')) continue;
      const key = run.map((x) => (x as { w: string }).w).join(' ');
      n = lexicon.numbers.get(key);
      m = lexicon.multipliers.get(key);
      if (n !== undefined || m !== undefined) length = len;
    }
    if (!length) break;
    if (m !== undefined) {
      current = (current || 1) * m;
      if (m >= 100) { total += current; current = 0; }
    } else if (n !== undefined && (i === at || (n < 10 && current > 0 && current % 10 === 0))) current += n;
    else break;
    i += length;
  }
  return i > at ? { value: total + current, length: i - at } : undefined;
}

/** One script, one case, no apostrophes, ASCII digits; `zw` replaces invisible characters. */
function normalise(text: string, zw: string, keep: Set<string>): string {
  let s = text.normalize('NFKC').replace(/\p{Nd}/gu, (d) => (d >= '0' && d <= '9' ? d : asciiDigit(d))).replace(/٫/g, '.');
  s = s.replace(/\p{Cf}/gu, zw).toLowerCase().replace(/[’'`ʼ]/g, '').replace(/[–—−‐‑‒―]/g, '-');
  for (const [re, to] of SPELLINGS) s = s.replace(re, to);
  // reduplication, as Indonesians type it: "apa-apa", "apa2" → "apa apa"
  s = s.replace(/(\p{L}{2,})-\1(?![\p{L}])/gu, '$1 $1').replace(/(\p{L}{2,})2(?![\d:.])/gu, (all, w: string) => (keep.has(w) ? all : `${w} ${w}`));
  return s.replace(/[^\S\n]+/g, ' ').trim();
}

function tokenize(s: string, lexicon: Lexicon): Tok[] {
  const raw: Raw[] = [];
  for (const m of s.matchAll(lexicon.token)) {
    const w = m[0];
    if (/\d/.test(w) && /\p{L}/u.test(w)) raw.push({ k: 'w', w }); // "b4"
    else if (m[1] !== undefined) {
      raw.push({ k: 'num', h: Number(m[1]), m: Number(m[2]), digits: 2, minutes: true, zero: m[1].length === 2 && m[1][0] === '0' });
    } else if (/^\d/.test(w)) {
      const n = Number(w);
      raw.push(w.length <= 2
        ? { k: 'num', h: n, m: 0, digits: w.length, minutes: false, zero: w.length === 2 && w[0] === '0' }
        : { k: 'num', h: Math.floor(n / 100), m: n % 100, digits: w.length, minutes: true, zero: w[0] === '0' });
    } else if (w === '-' || w === '~') raw.push({ k: 'range', word: false });
    else if (w === '&' || w === '+') raw.push({ k: 'and' });
    else if (NEG_SIGN.test(w)) raw.push({ k: 'neg', how: 'neg' });
    else if (/^\p{L}|^\p{M}/u.test(w)) raw.push({ k: 'w', w });
    else raw.push({ k: 'sep', or: w === '/' || w === '|' });
  }
  // words to tokens, the longest phrase first
  const toks: Tok[] = [];
  for (let i = 0; i < raw.length; i++) {
    const r = raw[i]!;
    if (r.k !== 'w') { toks.push(r); continue; }
    const spelled = lexicon.numbers.size > 0 ? spelledAt(raw, i, lexicon) : undefined;
    if (spelled && spelled.value <= 2359) {
      const n = spelled.value;
      toks.push(n < 100 ? { k: 'num', h: n, m: 0, digits: String(n).length, minutes: false, zero: false } : { k: 'num', h: Math.floor(n / 100), m: n % 100, digits: String(n).length, minutes: true, zero: false });
      i += spelled.length - 1;
      continue;
    }
    let found: Tok | undefined;
    for (let n = Math.min(lexicon.longest, raw.length - i); n >= 1 && !found; n--) {
      const run = raw.slice(i, i + n);
      if (!run.every((x) => x.k === 'w')) continue;
      const tok = lexicon.entries.get(run.map((x) => (x as { w: string }).w).join(' '));
      if (tok) { found = { ...tok }; i += n - 1; }
    }
    toks.push(found ?? { k: 'word' });
  }
  return toks;
}

const isJam = (t: Tok | undefined) => t?.k === 'filler' && t.hour;

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
    const shiftBefore = prev?.k === 'shift' && !prev.after ? prev : undefined;
    const shiftAfter = next?.k === 'shift' && next.after ? next : undefined;
    const led = prev && (['filler', 'after', 'before', 'range', 'between', 'and'].includes(prev.k) || shiftBefore);
    const clockLike = t.minutes && t.digits <= 2; // "22:00", "21.30"
    const context = clockLike || led || (next && ['mer', 'part', 'range', 'oclock'].includes(next.k)) || shiftAfter;
    const plausible = t.digits <= 2 || led || next?.k === 'mer' || next?.k === 'oclock' || (next?.k === 'range' && after2?.k === 'num' && after2.digits >= 3);
    const h = t.h === 24 && t.m === 0 ? 0 : t.h;
    if (!context || !plausible || h > 23 || t.m > 59) { out.push({ k: 'word' }); continue; }
    const time: Tok = { k: 'time', h, m: t.m, minutes: t.minutes, zero: t.zero };
    const shift = shiftAfter ?? shiftBefore;
    // A clock word with an hour it cannot take ("7 ทุ่ม" would be 25:00): no time, rather than a wrong one.
    if (shift && (h === 0 || h + shift.add > 24)) { out.push({ k: 'word' }); continue; }
    if (shift) {
      // the hour on the day's own clock (a clock word of `add` hours after or before it)
      time.h = (h + shift.add) % 24;
      time.clock = (x) => x;
      if (shiftBefore) out.pop();
      else i++;
      out.push(time);
      continue;
    }
    if (next?.k === 'mer') { time.clock = next.clock; i++; }
    else if (next?.k === 'oclock') {
      i++; // "十点": an hour of the clock, and perhaps a part of the day after it ("9 giờ tối")
      if (toks[i + 1]?.k === 'mer') { time.clock = (toks[i + 1] as { clock: Clock }).clock; i++; }
    }
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
  const kept = out.filter((t) => !(t.k === 'part' && t.used) && t.k !== 'oclock').map((t): Tok => (t.k === 'shift' ? { k: 'word' } : t));
  // "十点以后", "七点以前": after or before the time written before them, read as if written before it
  for (let i = 1; i < kept.length; i++) {
    const w = kept[i]!;
    if (w.k !== 'afterTime' && w.k !== 'beforeTime') continue;
    let j = i - 1;
    while (j > 0 && kept[j]!.k === 'part') j--;
    if (kept[j]!.k === 'time') {
      kept.splice(i, 1);
      kept.splice(j, 0, { k: w.k === 'afterTime' ? 'after' : 'before' });
    }
  }
  return kept
    .map((t): Tok => (t.k === 'afterTime' || t.k === 'beforeTime' ? { k: 'word' } : t));
}

/** The tokens of a text, with its times read; undefined when it is too long to be a time answer. */
export function readTokens(text: string, zw: string, lexicon: Lexicon): Tok[] | undefined {
  const s = normalise(thaiClockToDigits(text), zw, lexicon.keep);
  return s.length > MAX_TEXT ? undefined : readTimes(tokenize(s, lexicon));
}
