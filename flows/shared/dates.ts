/**
 * Reading the rough dates and ages relatives type: "3 minggu lalu", "2 weeks ago", "last March",
 * "Maret 2026", "15/03/2026", "25 tahun", "lahir 1999", "๓ สัปดาห์ที่แล้ว". Pure: "now" is passed in (ms
 * since epoch, UTC). The words are the `dates` words of every `locales/<lang>/words.json`, the conversation's
 * language's (and those it also reads, and English) first (flows/shared/words.ts): relatives write dates in
 * any language they know, as before the language was a folder; numeric dates are read in the
 * order of the conversation's own language (`dates.order`), years of another era by its `eraOffsets`.
 *
 * A text is read as its loose words joined by single spaces (any script's digits as ASCII, no accents,
 * letters of scripts without spaces standing alone), so every phrase is found the same way in every script.
 */
import { answerWordsOf, numberAt, plain } from './answers.js';
import { everyWordsFrom, perLanguage, wordsOf, type DateWords } from './words.js';

/** A date as precise as the person gave it: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. */
export type PartialDate = string;

export type DateReading =
  | { kind: 'date'; date: PartialDate }
  | { kind: 'future' }
  | { kind: 'unknown' };

const DAY_MS = 86_400_000;

type Precision = 'day' | 'month' | 'year';
/** Units of "N <unit> ago", in days (months and years approximated, then rounded to their precision). */
const UNIT: Record<'day' | 'week' | 'month' | 'year', { days: number; precision: Precision }> = {
  day: { days: 1, precision: 'day' },
  week: { days: 7, precision: 'day' },
  month: { days: 30, precision: 'month' },
  year: { days: 365, precision: 'year' },
};

/** Loose form of a typed date or age: see the module doc; "kira2" is "kira kira". */
const loose = (text: string) =>
  plain(text)
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, ' ')
    .replace(/(^| )\p{M}+/gu, '$1')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/(^| )(\p{L}{2,})2(?= |$)/gu, '$1$2 $2');

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A regular expression alternative of phrases (in loose form), longest first; one that never matches when empty. */
const alt = (phrases: Iterable<string>) => {
  const forms = [...new Set([...phrases].map(loose).filter(Boolean))].sort((a, b) => b.length - a.length);
  return forms.length ? `(?:${forms.map(escape).join('|')})` : '(?!)';
};
/** Contains one of the phrases as whole words. */
const containing = (phrases: Iterable<string>) => new RegExp(`(?<![^ ])${alt(phrases)}(?![^ ])`, 'u');

interface DateIndex {
  lang: string;
  order: DateWords['order'];
  eraOffsets: number[];
  today: Set<string>;
  yesterday: Set<string>;
  lastWeek: Set<string>;
  lastMonth: Set<string>;
  lastYear: Set<string>;
  future: RegExp;
  ago: RegExp;
  inFuture: RegExp;
  agoForms: RegExp[];
  units: Map<string, keyof typeof UNIT>;
  numbers: Map<string, number>;
  months: Array<{ words: string[]; month: number }>;
  noise: Set<string>;
  relative: Set<string>;
  strictly: Set<string>;
  day: RegExp;
  age: RegExp;
  born: RegExp;
}

const indexFor = perLanguage((lang): DateIndex => {
  const all = everyWordsFrom(lang).map((w) => w.dates);
  const own = wordsOf(lang)?.dates;
  const every = <K extends keyof DateWords>(k: K) => all.flatMap((d) => (d[k] ?? []) as string[]);
  const keyed = <V>(k: 'units' | 'months' | 'numbers') => {
    const out = new Map<string, V>();
    for (const d of all) for (const [w, v] of Object.entries(d[k])) if (!out.has(loose(w))) out.set(loose(w), v as V);
    return out;
  };
  const units = keyed<keyof typeof UNIT>('units');
  const numbers = keyed<number>('numbers');
  const tokens = (phrases: string[]) => new Set(phrases.flatMap((p) => loose(p).split(' ')).filter(Boolean));
  const about = `(?:${alt(every('about'))} )*`;
  const unit = `(${alt(units.keys())})`;
  const ago = alt(every('ago'));
  const num = '(\\d{1,3}|[^ \\d]+(?: [^ \\d]+)*?)';
  return {
    lang,
    order: own?.order ?? 'dmy',
    eraOffsets: own?.eraOffsets ?? [],
    today: new Set(every('today').map(loose)),
    yesterday: new Set(every('yesterday').map(loose)),
    lastWeek: new Set(every('lastWeek').map(loose)),
    lastMonth: new Set(every('lastMonth').map(loose)),
    lastYear: new Set(every('lastYear').map(loose)),
    future: containing(every('future')),
    ago: containing(every('ago')),
    inFuture: new RegExp(`^${alt(every('in'))} (?:\\d|${alt(numbers.keys())} )`, 'u'),
    agoForms: [
      // "3 minggu lalu", "2 weeks ago", "minggu lalu"; "udah 3 minggu", "sejak 2 bln" (the question asks how long ago)
      new RegExp(`^${about}(?:${num} )?${unit} ${ago}$`, 'u'),
      new RegExp(`^${about}${ago} (?:${num} )?${unit}$`, 'u'),
      new RegExp(`^${about}${num} ${unit}$`, 'u'),
      // "seminggu yang lalu", "sebulan lalu"
      new RegExp(`^${about}()${alt(every('onePrefix'))}${unit} ${ago}$`, 'u'),
    ],
    units,
    numbers,
    months: [...keyed<number>('months')].map(([w, month]) => ({ words: w.split(' '), month })).sort((a, b) => b.words.length - a.words.length),
    noise: tokens(every('noise')),
    relative: tokens([...every('last'), ...every('ago'), ...every('yesterday'), ...every('partOfMonth')]),
    strictly: tokens(every('last')),
    day: new RegExp(`^\\d{1,2}${alt(every('ordinalEndings'))}?$`, 'u'),
    age: new RegExp(`^(?:${alt(every('age'))} )*(\\d{1,3})(?: ${alt(every('years'))})*$`, 'u'),
    born: new RegExp(`^${alt(every('born'))} `, 'u'),
  };
});

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (d: Date, precision: Precision) =>
  precision === 'year' ? String(d.getUTCFullYear()) : precision === 'month' ? `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}` : `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;

function validDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/**
 * A partial date compared with today: future when its first possible day is after today. A year of another
 * era (`eraOffsets`: the Thai Buddhist year is CE + 543) that is not a year to come is read as its CE year.
 */
function check(y: number, m: number | undefined, d: number | undefined, now: number, eraOffsets: number[] = []): DateReading {
  const thisYear = new Date(now).getUTCFullYear();
  if (y > thisYear + 1) for (const offset of eraOffsets) if (y - offset >= 1900 && y - offset <= thisYear) y -= offset;
  if (y < 1900 || y > 2200) return { kind: 'unknown' };
  if (m !== undefined && d !== undefined && !validDay(y, m, d)) return { kind: 'unknown' };
  const first = Date.UTC(y, (m ?? 1) - 1, d ?? 1);
  if (first > now) return { kind: 'future' };
  return { kind: 'date', date: d !== undefined ? `${y}-${pad(m!)}-${pad(d)}` : m !== undefined ? `${y}-${pad(m)}` : String(y) };
}

/** The count of "N <unit> ago": digits, a number word of the dates words, or one of the answers' counts ("二十"). */
function countOf(word: string | undefined, index: DateIndex): number | undefined {
  if (!word) return 1;
  if (/^\d+$/.test(word)) return Number(word);
  const n = index.numbers.get(word);
  if (n !== undefined) return n;
  const words = word.split(' ');
  const spelled = numberAt(words, 0, index.lang);
  return spelled && spelled.length === words.length ? spelled.value : undefined;
}

/** The first month named in `words` (the longest at each place), with where it is and how many words it takes. */
function findMonth(words: string[], index: DateIndex): { at: number; length: number; month: number } | undefined {
  for (let at = 0; at < words.length; at++) {
    for (const m of index.months) if (m.words.every((w, i) => words[at + i] === w)) return { at, length: m.words.length, month: m.month };
  }
  return undefined;
}

/**
 * When someone was last heard from, in a conversation in `lang` ('' reads every language). Refuses dates
 * after `now` ({ kind: 'future' }); a month named without a year is the latest such month not in the
 * future ("last March" in March is a year ago).
 */
export function parseLastHeard(text: string, now: number, lang = ''): DateReading {
  const t = loose(text);
  if (!t) return { kind: 'unknown' };
  const index = indexFor(lang);
  const today = new Date(now);
  const era = index.eraOffsets;

  if (index.today.has(t)) return { kind: 'date', date: iso(today, 'day') };
  if (index.yesterday.has(t)) return { kind: 'date', date: iso(new Date(now - DAY_MS), 'day') };
  // "besok", "next week", "3 hari lagi", "bulan depan", "in 3 days": not a time in the past.
  if (index.future.test(t) && !index.ago.test(t)) return { kind: 'future' };
  if (index.inFuture.test(t)) return { kind: 'future' };

  for (const form of index.agoForms) {
    const ago = form.exec(t);
    if (!ago) continue;
    const count = countOf(ago[1], index);
    const unit = UNIT[index.units.get(ago[2]!)!];
    if (count !== undefined && unit) return { kind: 'date', date: iso(new Date(now - count * unit.days * DAY_MS), unit.precision) };
    break;
  }
  if (index.lastWeek.has(t)) return { kind: 'date', date: iso(new Date(now - 7 * DAY_MS), 'day') };
  if (index.lastMonth.has(t)) return { kind: 'date', date: iso(new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - 1, 1)), 'month') };
  if (index.lastYear.has(t)) return { kind: 'date', date: String(today.getUTCFullYear() - 1) };

  // ISO: 2026-03-15, 2026-03
  let m = /^(\d{4}) (\d{1,2})(?: (\d{1,2}))?$/.exec(t);
  if (m && /^\d{4}-\d{1,2}(-\d{1,2})?$/.test(text.trim())) return check(Number(m[1]), Number(m[2]), m[3] ? Number(m[3]) : undefined, now, era);
  // In the language's order: 15/03/2026 (dmy, as written in Indonesia), 03/15/2026 (mdy), 2026/03/15 (ymd)
  const words = t.split(' ').filter((w) => !index.noise.has(w));
  const bare = words.join(' ');
  m = index.order === 'ymd' ? /^(\d{4}) (\d{1,2}) (\d{1,2})$/.exec(bare) : /^(\d{1,2}) (\d{1,2}) (\d{2}|\d{4})$/.exec(t);
  if (m) {
    if (index.order === 'ymd') return check(Number(m[1]), Number(m[2]), Number(m[3]), now, era);
    const y = m[3]!.length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
    const [d, mo] = index.order === 'mdy' ? [m[2], m[1]] : [m[1], m[2]];
    return check(y, Number(mo), Number(d), now, era);
  }
  // 03/2026, 2026年3月
  m = /^(\d{1,2}) (\d{4})$/.exec(t) ?? (index.order === 'ymd' ? /^()(\d{4}) (\d{1,2})$/.exec(bare) : null);
  if (m && m[1] === '' && Number(m[3]) <= 12) return check(Number(m[2]), Number(m[3]), undefined, now, era);
  if (m && m[1] !== '' && Number(m[1]) <= 12) return check(Number(m[2]), Number(m[1]), undefined, now, era);

  // Named months: "15 Maret 2026", "March 15, 2026", "Maret 2026", "last March", "bulan Maret", "Maret lalu"
  const named = findMonth(words, index);
  if (named) {
    const { month } = named;
    const others = words.filter((_, i) => i < named.at || i >= named.at + named.length);
    const year = others.find((w) => /^\d{4}$/.test(w));
    const day = others.find((w) => index.day.test(w));
    const extra = others.filter((w) => w !== year && w !== day);
    // "last March", "Maret lalu"; "awal Oktober", "akhir Maret", "early April", "end of May": that month.
    if (!extra.every((w) => index.relative.has(w))) return { kind: 'unknown' };
    const d = day ? Number(/^\d+/.exec(day)![0]) : undefined;
    if (year) return check(Number(year), month, d, now, era);
    // No year: the latest such month (or day) not after today; "last March" during March means a year ago.
    let y = today.getUTCFullYear();
    const thisMonth = today.getUTCMonth() + 1;
    const strictlyBefore = extra.some((w) => index.strictly.has(w));
    if (month > thisMonth || (month === thisMonth && (strictlyBefore || (d !== undefined && d > today.getUTCDate())))) y -= 1;
    return check(y, month, d, now, era);
  }
  // A year alone: "2025"
  m = /^(\d{4})$/.exec(bare);
  if (m) return check(Number(m[1]), undefined, undefined, now, era);
  return { kind: 'unknown' };
}

/** A loose text with each run of number words written as its digits: "nineteen years" is "19 years". */
function spelledAsDigits(t: string, lang: string): string {
  const words = answerWordsOf(t); // the form the count words are kept in
  const out: string[] = [];
  for (let i = 0; i < words.length; ) {
    const spelled = /^\d+$/.test(words[i]!) ? undefined : numberAt(words, i, lang);
    if (spelled) {
      out.push(String(spelled.value));
      i += spelled.length;
    } else out.push(words[i++]!);
  }
  return out.join(' ');
}

export type AgeReading = { kind: 'age'; age: number; birthDate?: PartialDate } | { kind: 'future' } | { kind: 'unknown' };

/**
 * An age or a birth date, in a conversation in `lang` ('' reads every language): "25", "25 tahun",
 * "about 30", "lahir 1999", "12/03/1999", "12 Maret 1999", "25岁". Ages run 0–120; a birth date after `now`
 * is { kind: 'future' }.
 */
export function parseAge(text: string, now: number, lang = ''): AgeReading {
  const t = loose(text);
  const index = indexFor(lang);
  const plainAge = index.age.exec(t) ?? index.age.exec(spelledAsDigits(t, index.lang)); // "nineteen", "สิบเก้า ปี"
  if (plainAge) {
    const age = Number(plainAge[1]);
    return age <= 120 ? { kind: 'age', age } : { kind: 'unknown' };
  }
  const born = parseLastHeard(t.replace(index.born, ''), now, lang);
  if (born.kind !== 'date') return born.kind === 'future' ? { kind: 'future' } : { kind: 'unknown' };
  if (!/^\d{4}/.test(born.date) || !/\d{4}/.test(t)) return { kind: 'unknown' }; // "2 weeks ago" is not a birth date
  const today = new Date(now);
  const [y, mo, d] = born.date.split('-').map(Number) as [number, number | undefined, number | undefined];
  let age = today.getUTCFullYear() - y;
  if (mo !== undefined && (today.getUTCMonth() + 1 < mo || (today.getUTCMonth() + 1 === mo && d !== undefined && today.getUTCDate() < d))) age -= 1;
  if (age < 0 || age > 120) return { kind: 'unknown' };
  return { kind: 'age', age, birthDate: born.date };
}
