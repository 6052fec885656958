/**
 * Reading the rough dates and ages relatives type: "3 minggu lalu", "2 weeks ago", "last March",
 * "Maret 2026", "15/03/2026", "25 tahun", "lahir 1999". Pure: "now" is passed in (ms since epoch, UTC).
 */
import { asciiDigits } from './answers.js';
import { looseForm } from './text.js';

/** A date as precise as the person gave it: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. */
export type PartialDate = string;

export type DateReading =
  | { kind: 'date'; date: PartialDate }
  | { kind: 'future' }
  | { kind: 'unknown' };

const DAY_MS = 86_400_000;

const MONTHS: Record<string, number> = {
  januari: 1, january: 1, jan: 1,
  februari: 2, pebruari: 2, february: 2, feb: 2, peb: 2,
  maret: 3, march: 3, mar: 3,
  april: 4, apr: 4,
  mei: 5, may: 5,
  juni: 6, june: 6, jun: 6,
  juli: 7, july: 7, jul: 7,
  agustus: 8, august: 8, agu: 8, agt: 8, aug: 8,
  september: 9, sept: 9, sep: 9,
  oktober: 10, october: 10, okt: 10, oct: 10,
  november: 11, nopember: 11, nov: 11, nop: 11,
  desember: 12, december: 12, des: 12, dec: 12,
};

/** Units of "N <unit> ago", in days (months and years approximated, then rounded to their precision). */
const UNITS: Record<string, { days: number; precision: 'day' | 'month' | 'year' }> = {
  hari: { days: 1, precision: 'day' }, day: { days: 1, precision: 'day' }, days: { days: 1, precision: 'day' },
  minggu: { days: 7, precision: 'day' }, pekan: { days: 7, precision: 'day' }, week: { days: 7, precision: 'day' }, weeks: { days: 7, precision: 'day' },
  bulan: { days: 30, precision: 'month' }, month: { days: 30, precision: 'month' }, months: { days: 30, precision: 'month' },
  tahun: { days: 365, precision: 'year' }, year: { days: 365, precision: 'year' }, years: { days: 365, precision: 'year' },
  hr: { days: 1, precision: 'day' }, mgg: { days: 7, precision: 'day' }, bln: { days: 30, precision: 'month' }, thn: { days: 365, precision: 'year' },
};
const WORD_NUMBERS: Record<string, number> = {
  a: 1, an: 1, one: 1, satu: 1, se: 1, two: 2, dua: 2, three: 3, tiga: 3, four: 4, empat: 4, five: 5, lima: 5,
  six: 6, enam: 6, seven: 7, tujuh: 7, eight: 8, delapan: 8, nine: 9, sembilan: 9, ten: 10, sepuluh: 10,
  few: 3, beberapa: 3,
};

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (d: Date, precision: 'day' | 'month' | 'year') =>
  precision === 'year' ? String(d.getUTCFullYear()) : precision === 'month' ? `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}` : `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;

function validDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** A partial date compared with today: future when its first possible day is after today. */
function check(y: number, m: number | undefined, d: number | undefined, now: number): DateReading {
  if (y < 1900 || y > 2200) return { kind: 'unknown' };
  if (m !== undefined && d !== undefined && !validDay(y, m, d)) return { kind: 'unknown' };
  const first = Date.UTC(y, (m ?? 1) - 1, d ?? 1);
  if (first > now) return { kind: 'future' };
  return { kind: 'date', date: d !== undefined ? `${y}-${pad(m!)}-${pad(d)}` : m !== undefined ? `${y}-${pad(m)}` : String(y) };
}

/** Words for a part of a month, read as the month: "awal Oktober", "pertengahan Maret", "late April". */
const PART_OF_MONTH = ['awal', 'akhir', 'pertengahan', 'tengah', 'early', 'late', 'mid', 'middle', 'end', 'beginning', 'start'];

const monthOf = (word: string | undefined) => (word ? MONTHS[word] : undefined);

/** Loose form of a typed date or age: any script's digits as ASCII ("٣ minggu lalu"), "kira2" as "kira kira". */
const loose = (text: string) => looseForm(asciiDigits(text)).replace(/ kira2 /g, ' kira kira ').trim();

/**
 * When someone was last heard from. Refuses dates after `now` ({ kind: 'future' }); a month named without
 * a year is the latest such month not in the future ("last March" in March is a year ago).
 */
export function parseLastHeard(text: string, now: number): DateReading {
  const t = loose(text);
  if (!t) return { kind: 'unknown' };
  const today = new Date(now);
  const words = t.split(' ');

  if (/^(hari ini|today|tadi|barusan|just now)$/.test(t)) return { kind: 'date', date: iso(today, 'day') };
  if (/^(kemarin|kemaren|yesterday)$/.test(t)) return { kind: 'date', date: iso(new Date(now - DAY_MS), 'day') };
  if (/\b(besok|tomorrow|next|depan|lagi)\b/.test(t) && !/\b(lalu|ago|yang lalu)\b/.test(t)) {
    // "besok", "next week", "3 hari lagi", "bulan depan": not a time in the past.
    return { kind: 'future' };
  }
  if (/^(in )\d+/.test(t) || /^in (a|an|one|two|three|few) /.test(t)) return { kind: 'future' };

  // "3 minggu lalu", "2 weeks ago", "seminggu yang lalu", "sebulan lalu", "a month ago", "tahun lalu", "last year";
  // "udah 3 minggu", "sejak 2 bln", "2 bulan" (the question asks how long ago)
  const about = '(?:(?:sekitar|about|around|kira kira|kurang lebih|kurleb|sejak|since|udah|sudah|sdh|terakhir|already) )*';
  const units = '(hari|hr|minggu|mgg|pekan|bulan|bln|tahun|thn|days?|weeks?|months?|years?)';
  const ago =
    new RegExp(`^${about}(?:(\\d{1,3}|[a-z]+) )?${units} (?:yang |yg )?(?:lalu|ago)$`).exec(t) ??
    new RegExp(`^${about}(\\d{1,3}|[a-z]+) ${units}$`).exec(t) ??
    new RegExp(`^${about}()se(hari|minggu|pekan|bulan|tahun) (?:yang |yg )?lalu$`).exec(t);
  if (ago) {
    const count = !ago[1] ? 1 : /^\d+$/.test(ago[1]) ? Number(ago[1]) : WORD_NUMBERS[ago[1]];
    const unit = UNITS[ago[2]!];
    if (count !== undefined && unit) return { kind: 'date', date: iso(new Date(now - count * unit.days * DAY_MS), unit.precision) };
  }
  if (/^(last|minggu lalu|pekan lalu)$/.test(t) || t === 'last week') return { kind: 'date', date: iso(new Date(now - 7 * DAY_MS), 'day') };
  if (t === 'bulan lalu' || t === 'last month') {
    return { kind: 'date', date: iso(new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - 1, 1)), 'month') };
  }
  if (t === 'tahun lalu' || t === 'last year') return { kind: 'date', date: String(today.getUTCFullYear() - 1) };

  // ISO: 2026-03-15, 2026-03
  let m = /^(\d{4}) (\d{1,2})(?: (\d{1,2}))?$/.exec(t);
  if (m && /^\d{4}-\d{1,2}(-\d{1,2})?$/.test(text.trim())) return check(Number(m[1]), Number(m[2]), m[3] ? Number(m[3]) : undefined, now);
  // Day first, as written in Indonesia: 15/03/2026, 15-3-26, 15.03.2026
  m = /^(\d{1,2}) (\d{1,2}) (\d{2}|\d{4})$/.exec(t);
  if (m) {
    const y = m[3]!.length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
    return check(y, Number(m[2]), Number(m[1]), now);
  }
  // 03/2026
  m = /^(\d{1,2}) (\d{4})$/.exec(t);
  if (m && Number(m[1]) <= 12) return check(Number(m[2]), Number(m[1]), undefined, now);

  // Named months: "15 Maret 2026", "March 15, 2026", "Maret 2026", "last March", "bulan Maret", "Maret lalu"
  const rest = words.filter((w) => !['tanggal', 'tgl', 'bulan', 'on', 'in', 'of', 'the', 'sejak', 'since', 'pada', 'sekitar', 'about', 'around'].includes(w));
  const monthIndex = rest.findIndex((w) => monthOf(w) !== undefined);
  if (monthIndex >= 0) {
    const month = monthOf(rest[monthIndex])!;
    const others = rest.filter((_, i) => i !== monthIndex);
    const year = others.find((w) => /^\d{4}$/.test(w));
    const day = others.find((w) => /^\d{1,2}(st|nd|rd|th)?$/.test(w));
    const extra = others.filter((w) => w !== year && w !== day);
    // "last March", "Maret lalu"; "awal Oktober", "akhir Maret", "early April", "end of May": that month.
    const relative = extra.every((w) => ['last', 'lalu', 'kemarin', 'yang', 'ago', ...PART_OF_MONTH].includes(w));
    if (!relative) return { kind: 'unknown' };
    const d = day ? Number(/^\d+/.exec(day)![0]) : undefined;
    if (year) return check(Number(year), month, d, now);
    // No year: the latest such month (or day) not after today; "last March" during March means a year ago.
    let y = today.getUTCFullYear();
    const thisMonth = today.getUTCMonth() + 1;
    const strictlyBefore = extra.includes('last') || extra.includes('lalu');
    if (month > thisMonth || (month === thisMonth && (strictlyBefore || (d !== undefined && d > today.getUTCDate())))) y -= 1;
    return check(y, month, d, now);
  }
  // A year alone: "2025"
  m = /^(\d{4})$/.exec(t);
  if (m) return check(Number(m[1]), undefined, undefined, now);
  return { kind: 'unknown' };
}

export type AgeReading = { kind: 'age'; age: number; birthDate?: PartialDate } | { kind: 'future' } | { kind: 'unknown' };

/**
 * An age or a birth date: "25", "25 tahun", "about 30", "lahir 1999", "12/03/1999", "12 Maret 1999".
 * Ages run 0–120; a birth date after `now` is { kind: 'future' }.
 */
export function parseAge(text: string, now: number): AgeReading {
  const t = loose(text);
  const plain = /^(?:umur |usia |age |sekitar |about |around |kira kira )*(\d{1,3})(?: (?:tahun|thn|th|years?|yrs?|y o|yo|years old))?(?: old)?$/.exec(t);
  if (plain) {
    const age = Number(plain[1]);
    return age <= 120 ? { kind: 'age', age } : { kind: 'unknown' };
  }
  const born = parseLastHeard(t.replace(/^(lahir|born|tanggal lahir|tgl lahir|dob) /, ''), now);
  if (born.kind !== 'date') return born.kind === 'future' ? { kind: 'future' } : { kind: 'unknown' };
  if (!/^\d{4}/.test(born.date) || !/\d{4}/.test(t)) return { kind: 'unknown' }; // "2 weeks ago" is not a birth date
  const today = new Date(now);
  const [y, mo, d] = born.date.split('-').map(Number) as [number, number | undefined, number | undefined];
  let age = today.getUTCFullYear() - y;
  if (mo !== undefined && (today.getUTCMonth() + 1 < mo || (today.getUTCMonth() + 1 === mo && d !== undefined && today.getUTCDate() < d))) age -= 1;
  if (age < 0 || age > 120) return { kind: 'unknown' };
  return { kind: 'age', age, birthDate: born.date };
}
