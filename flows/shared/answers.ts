/**
 * Reading typed answers: "iya kak", "gak tau", "1, 3", "kira2 20an org", "٣", "二十". Pure functions over the
 * `answers` words of `locales/<lang>/words.json` (flows/shared/words.ts: the conversation's language, the
 * languages it `alsoReads`, and English always). Lookup structures are built once per language.
 *
 * Texts are compared in loose form: any script's digits as ASCII digits, lower case, no accents, letters
 * repeated once ("iyaaa" → "iya", "gakkk" → "gak"), Indonesian "kira2" as "kira kira", and punctuation or
 * emoji as spaces. Letters of scripts written without spaces (Han, Thai, Lao, Khmer, Myanmar) are words of
 * their own, so a phrase is found inside a run of them ("没有" in "没有了"). A yes, a no or a skip must be the whole answer, give or take words that change nothing
 * ("iya kak", "ok siap", "ya saya"): "ya saya dipukul tadi malam" is not a plain yes (its danger words are
 * the danger matcher's to find, and run first in every flow).
 */
import type { AnswerWords, Sense } from './answer-words.js';
import { perLanguage, spaceOutLetters, wordsFor, wordsOf } from './words.js';

export type { Sense } from './answer-words.js';

// --- Digits and loose words ------------------------------------------------------------------------------

const digitValues = new Map<number, number>();
const isDecimalDigit = (cp: number) => cp >= 0 && /\p{Nd}/u.test(String.fromCodePoint(cp));

/**
 * The value of a decimal digit of any script. Unicode keeps each script's digits 0–9 in one run of ten
 * code points (some runs follow each other, as the mathematical digits do), so the value is the offset
 * from the start of the run of digits it is in, modulo ten.
 */
function digitValue(digit: string): number {
  const cp = digit.codePointAt(0)!;
  let value = digitValues.get(cp);
  if (value === undefined) {
    let start = cp;
    while (isDecimalDigit(start - 1)) start--;
    value = (cp - start) % 10;
    digitValues.set(cp, value);
  }
  return value;
}

/** Digits of any script as ASCII digits: Arabic-Indic "٣", Devanagari "३", Thai "๓", Khmer "៣", Myanmar "၃", full-width "３". */
export function asciiDigits(text: string): string {
  return text.replace(/\p{Nd}/gu, (d) => (d >= '0' && d <= '9' ? d : String(digitValue(d))));
}

/**
 * Lower case, no accents, ASCII digits (Vietnamese đ is d). Only the marks of Latin, Greek and Cyrillic
 * letters are accents; other scripts' marks are vowels (Thai, Devanagari) and stay.
 */
export function plain(text: string): string {
  return spaceOutLetters(
    asciiDigits(text)
      .normalize('NFKD')
      .replace(/([\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}])\p{M}+/gu, '$1')
      .toLowerCase()
      .replace(/đ/g, 'd'),
  );
}

/** The loose words of a text: see the module doc. */
export function answerWordsOf(text: string): string[] {
  return plain(text)
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, ' ')
    .replace(/(^| )\p{M}+/gu, '$1')
    .trim()
    .split(' ')
    .filter((w) => w !== '')
    .flatMap((w) => (/^\p{L}{2,}2$/u.test(w) ? [w.slice(0, -1), w.slice(0, -1)] : [w])) // "kira2" is "kira kira"
    .map((w) => w.replace(/(\p{L})\1+/gu, '$1'));
}

// --- Phrase indexes --------------------------------------------------------------------------------------

interface Entry<V> {
  words: string[];
  values: V[];
}
/** Phrases by their first word, longest first. */
type PhraseIndex<V> = Map<string, Array<Entry<V>>>;

function buildIndex<V>(pairs: Iterable<[string, V]>): PhraseIndex<V> {
  const byPhrase = new Map<string, Entry<V>>();
  for (const [phrase, value] of pairs) {
    const words = answerWordsOf(phrase);
    if (words.length === 0) continue;
    const key = words.join(' ');
    const entry = byPhrase.get(key) ?? { words, values: [] };
    if (!entry.values.includes(value)) entry.values.push(value);
    byPhrase.set(key, entry);
  }
  const index: PhraseIndex<V> = new Map();
  for (const entry of byPhrase.values()) {
    const list = index.get(entry.words[0]!) ?? [];
    list.push(entry);
    index.set(entry.words[0]!, list);
  }
  for (const list of index.values()) list.sort((a, b) => b.words.length - a.words.length);
  return index;
}

/** The longest phrase at `at` one of whose values `accept` takes, with the values it took. */
function longestAt<V, T>(index: PhraseIndex<V>, words: readonly string[], at: number, accept: (v: V) => T | undefined): { length: number; taken: T[] } | undefined {
  for (const entry of index.get(words[at]!) ?? []) {
    if (!entry.words.every((w, i) => words[at + i] === w)) continue;
    const taken = entry.values.map(accept).filter((t): t is T => t !== undefined);
    if (taken.length > 0) return { length: entry.words.length, taken };
  }
  return undefined;
}

/** The tables a conversation in `lang` reads: its own, the ones it also reads, English. Unknown: all. */
function tablesFor(lang: string): AnswerWords[] {
  return wordsFor(lang).map((w) => w.answers);
}

interface Reading {
  senses: PhraseIndex<Sense>;
  fillers: Set<string>;
  particles: Set<string>;
}

const readingFor = perLanguage((lang): Reading => {
  const tables = tablesFor(lang);
  return {
    senses: buildIndex(tables.flatMap((t) => Object.entries(t.senses).flatMap(([sense, phrases]) => phrases.map((p): [string, Sense] => [p, sense as Sense])))),
    fillers: new Set(tables.flatMap((t) => t.fillers.flatMap(answerWordsOf))),
    particles: new Set(tables.flatMap((t) => t.particles.flatMap(answerWordsOf))),
  };
});

/** A whole answer is short: longer texts are the person's own words, never a yes or a skip. */
const MAX_ANSWER_WORDS = 10;

// --- Whole answers ---------------------------------------------------------------------------------------

/**
 * What a text means as a whole answer, given what each sense means at this question: `meanings` maps the
 * senses the question takes to its answers (`{ yes: 'agree', no: 'disagree' }`). Undefined when the text
 * has other words than one answer and fillers, or two different answers ("ya tidak").
 *
 * At each word the longest phrase with a meaning here wins ("tidak setuju" is a no, not a no and a yes);
 * a word without one that is a filler ("kak", "saya", "ok" at a question that is not a yes/no) is passed
 * over, as is a particle after the first word (the "ya" of "tidak ya").
 */
export function readAnswer<T extends string>(text: string, lang: string, meanings: Partial<Record<Sense, T>>): T | undefined {
  const words = answerWordsOf(text);
  if (words.length === 0 || words.length > MAX_ANSWER_WORDS) return undefined;
  const { senses, fillers, particles } = readingFor(lang);
  const found = new Set<T>();
  for (let i = 0; i < words.length; ) {
    const word = words[i]!;
    if (i > 0 && particles.has(word)) {
      i++;
      continue;
    }
    const match = longestAt(senses, words, i, (sense) => meanings[sense]);
    if (match) {
      for (const t of match.taken) found.add(t);
      i += match.length;
    } else if (fillers.has(word)) i++;
    else return undefined;
  }
  return found.size === 1 ? [...found][0] : undefined;
}

/**
 * True when a text is only answer words and fillers ("ya", "ok siap", "lewati", "terima kasih kak"):
 * something people type all the time, so never a secret word, and no guess at one.
 */
export function readsAsAnswer(text: string, lang: string): boolean {
  const words = answerWordsOf(text);
  if (words.length === 0 || words.length > MAX_ANSWER_WORDS) return false;
  const { senses, fillers, particles } = readingFor(lang);
  for (let i = 0; i < words.length; ) {
    const match = longestAt(senses, words, i, (sense) => sense);
    if (match) i += match.length;
    else if (fillers.has(words[i]!) || (i > 0 && particles.has(words[i]!))) i++;
    else return false;
  }
  return true;
}

/** "iya", "ok siap", "boleh" → yes; "gak", "tidak setuju", "nope" → no. */
export function readYesNo(text: string, lang: string): 'yes' | 'no' | undefined {
  return readAnswer(text, lang, { yes: 'yes', no: 'no' });
}

/**
 * True when a text says "skip" or "I don't know" at a question that can be skipped: "lewati", "ga tau",
 * "lupa", "idk", "-", "?", and also "tidak ada" (none) and a plain "no" ("Do you know their number?" "Tidak").
 */
export function saysSkip(text: string, lang: string): boolean {
  if (/^[\s?¿\-–—_.!]*$/u.test(text) && /[?¿\-–—]/u.test(text)) return true;
  return readAnswer(text, lang, { skip: 'skip', none: 'skip', no: 'skip' }) === 'skip';
}

// --- Lists of numbers ------------------------------------------------------------------------------------

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The buttons a text picks at a question with `count` numbered buttons: "1 2", "1,3", "1 dan 3", "1&3",
 * "1-3" (1, 2 and 3), "123" (with fewer than ten buttons), "semua"/"all" (every one). Numbers 1 to
 * `count`, sorted, once each; undefined when the text is not only numbers and the words between them.
 */
export function readChoices(text: string, lang: string, count: number): number[] | undefined {
  if (readAnswer(text, lang, { all: 'all' }) === 'all') return Array.from({ length: count }, (_, i) => i + 1);
  const { joiners, rangeAll: range } = countIndexFor(lang);
  const picked = new Set<number>();
  // Ranges first, on a form that keeps dashes: "1-3", "1 – 3", "1 sampai 3", "1 s/d 3".
  const rangeForm = plain(text).replace(/[^\p{L}\p{M}\p{N}\-–—~]+/gu, ' ');
  range.lastIndex = 0;
  let bad = false;
  const rest = rangeForm.replace(range, (_, a: string, b: string) => {
    const [from, to] = [Number(a), Number(b)];
    if (from < 1 || from > to || to > count) bad = true;
    else for (let n = from; n <= to; n++) picked.add(n);
    return ' ';
  });
  if (bad) return undefined;
  for (const word of answerWordsOf(rest)) {
    if (/^\d+$/.test(word)) {
      const n = Number(word);
      if (n >= 1 && n <= count) picked.add(n);
      else if (count <= 9 && [...word].every((d) => d >= '1' && Number(d) <= count)) for (const d of word) picked.add(Number(d)); // "123"
      else return undefined;
    } else if (!joiners.has(word)) return undefined;
  }
  return picked.size > 0 ? [...picked].sort((a, b) => a - b) : undefined;
}

// --- Counts ----------------------------------------------------------------------------------------------

/**
 * How many, as a person typed it. `extra`: the text had other words too, worth keeping as the person's own.
 * - `figure`: a number they gave, plain or rough: "12", "12 orang", "dua puluh", "bertiga", "sekitar 30",
 *   "±40", "kira2 20an" (twenties, as 20);
 * - `about`: no figure of their own, and one that stands for it: a range "20-30" as its top, "lebih dari 100"
 *   as 101, "kurang dari 10" as 9, "puluhan"/"dozens" (tens) as 20, "ratusan"/"hundreds" as 100;
 * - `many`: "banyak", "a lot": more than a few, no figure at all.
 */
export type CountReading =
  | { kind: 'figure'; count: number; extra: boolean }
  | { kind: 'about'; count: number; extra: boolean }
  | { kind: 'many'; extra: boolean };

type CountWord = 'about' | 'more' | 'less' | 'noun' | 'many' | 'alone' | { vague: number };

interface CountIndex {
  words: PhraseIndex<CountWord>;
  numbers: Map<string, number>;
  multipliers: Map<string, number>;
  teens: Set<string>;
  /** Words between the parts of one number ("dalawampu't lima": "t"). */
  linkers: Set<string>;
  /** How many loose words the longest number word takes (more than one in scripts spaced out letter by letter). */
  longestNumber: number;
  endings: string[];
  collective: string[];
  /** Words between the numbers of a list. */
  joiners: Set<string>;
  /** A range, "20-30", "20 sampai 30": one, and every one (for lists). */
  range: RegExp;
  rangeAll: RegExp;
}

const loose = (w: string) => answerWordsOf(w).join(' ');

const countIndexFor = perLanguage((lang): CountIndex => {
  const tables = tablesFor(lang);
  const pairs: Array<[string, CountWord]> = tables.flatMap((t) => [
    ...t.counts.about.map((w): [string, CountWord] => [w, 'about']),
    ...t.counts.moreThan.map((w): [string, CountWord] => [w, 'more']),
    ...t.counts.lessThan.map((w): [string, CountWord] => [w, 'less']),
    ...t.counts.nouns.map((w): [string, CountWord] => [w, 'noun']),
    ...Object.entries(t.counts.vague).map(([w, n]): [string, CountWord] => [w, { vague: n }]),
    ...(t.senses.many ?? []).map((w): [string, CountWord] => [w, 'many']),
    ...(t.senses.alone ?? []).map((w): [string, CountWord] => [w, 'alone']),
  ]);
  const firstOf = (maps: Array<Readonly<Record<string, number>> | undefined>) => {
    const out = new Map<string, number>();
    for (const m of maps) for (const [w, n] of Object.entries(m ?? {})) if (!out.has(loose(w))) out.set(loose(w), n);
    return out;
  };
  const through = tables.flatMap((t) => t.lists.through.map(loose)).filter(Boolean);
  const numbers = firstOf(tables.map((t) => t.counts.numbers));
  const multipliers = firstOf(tables.map((t) => t.counts.multipliers));
  const teens = new Set(tables.flatMap((t) => (t.counts.teens ?? []).map(loose)));
  const linkers = new Set(tables.flatMap((t) => (t.counts.linkers ?? []).map(loose)));
  const longestNumber = Math.max(1, ...[...numbers.keys(), ...multipliers.keys(), ...teens].map((w) => w.split(' ').length));
  const rangeSource = `(\\d+)(?:\\s*[-–—~]+\\s*|\\s+(?:${through.map(escape).join('|') || '(?!)'})\\s+)(\\d+)`;
  return {
    words: buildIndex(pairs),
    numbers,
    multipliers,
    teens,
    linkers,
    longestNumber,
    endings: tables.flatMap((x) => x.counts.roughEndings),
    collective: tables.map((x) => x.counts.collective).filter((c): c is string => !!c),
    joiners: new Set([...tables.flatMap((t) => [...t.lists.and, ...t.fillers].flatMap(answerWordsOf)), ...readingFor(lang).fillers]),
    range: new RegExp(`${rangeSource}(?!\\d)`, 'u'),
    rangeAll: new RegExp(rangeSource, 'gu'),
  };
});

/** The longest number word at `i` (one loose word, or several where a script is spaced out letter by letter: "ยี่สิบ"). */
function numberWordAt(words: readonly string[], i: number, c: CountIndex): { n?: number; m?: number; teen: boolean; length: number } | undefined {
  for (let length = Math.min(c.longestNumber, words.length - i); length >= 1; length--) {
    const w = length === 1 ? words[i]! : words.slice(i, i + length).join(' ');
    const n = c.numbers.get(w);
    const m = c.multipliers.get(w);
    const teen = c.teens.has(w);
    if (n !== undefined || m !== undefined || teen) return { n, m, teen, length };
  }
  return undefined;
}

/**
 * A number written in words, from `at`: "dua puluh lima", "twenty five", "tiga ratus", "二十五", "ยี่สิบห้า",
 * "dalawampu't lima", "dua ratus lima puluh"; with how many words it took. A linker ("t", "at", "and") counts
 * only between two parts of one number; "lima at tatlo" (five and three) stays two numbers.
 */
function numberWordsAt(words: readonly string[], at: number, c: CountIndex): { value: number; length: number } | undefined {
  let total = 0;
  let current = 0;
  let lastMultiplier = Infinity; // the last hundreds or thousands: what follows them is smaller ("dua ratus lima puluh")
  let i = at;
  /** Whether the number word `found` goes on the number read so far. */
  const continues = (found: { n?: number; m?: number; teen: boolean }, first: boolean): boolean => {
    if (found.m !== undefined) return first || current > 0 || found.m < lastMultiplier;
    if (found.teen) return !first;
    const n = found.n!;
    return first || (n < 10 && current > 0 && current % 10 === 0) || (current === 0 && total > 0 && n < lastMultiplier); // "twenty five", not "one two"
  };
  while (i < words.length) {
    let found = numberWordAt(words, i, c);
    let linked = 0;
    if (!found && i > at && c.linkers.has(words[i]!)) {
      found = numberWordAt(words, i + 1, c);
      linked = 1;
    }
    if (!found || !continues(found, i === at)) break;
    const { n, m, teen } = found;
    if (m !== undefined) {
      current = (current || 1) * m;
      if (m >= 100) {
        total += current;
        current = 0;
        lastMultiplier = m;
      }
    } else if (teen) current += 10;
    else current += n!;
    i += found.length + linked;
  }
  return i > at ? { value: total + current, length: i - at } : undefined;
}

/** A number written in words in `lang` (or its digits) starting at word `at`, with how many words it took. */
export function numberAt(words: readonly string[], at: number, lang: string): { value: number; length: number } | undefined {
  const w = words[at];
  if (w !== undefined && /^\d+$/.test(w)) return { value: Number(w), length: 1 };
  return numberWordsAt(words, at, countIndexFor(lang));
}

/** How many people a text says, or undefined when it says no count (see `CountReading`). */
export function readCount(text: string, lang: string): CountReading | undefined {
  const c = countIndexFor(lang);
  const { words: index, endings, collective } = c;
  let t = plain(text);
  let ranged = false;
  let bound: 'more' | 'less' | undefined = /(^|[^\d])>\s*\d/.test(t) || /\d\s*\+(?!\s*-)/.test(t) ? 'more' : /(^|[^\d])<\s*\d/.test(t) ? 'less' : undefined;
  // A range, "20-30", "20 sampai 30", "20 to 30": its top, roughly.
  t = t.replace(c.range, (_, a: string, b: string) => {
    ranged = true;
    return ` ${Math.max(Number(a), Number(b))} `;
  });
  const { fillers } = readingFor(lang);
  const words = answerWordsOf(t);
  const numbers: number[] = [];
  let vague: number | undefined;
  let many = false;
  let alone = false;
  let extra = false;
  for (let i = 0; i < words.length; ) {
    const w = words[i]!;
    const grouped = collective.find((g) => w.length > g.length && w.startsWith(g) && /^\d+$/.test(w.slice(g.length))); // "ber5": five of us
    if (grouped) {
      numbers.push(Number(w.slice(grouped.length)));
      i++;
      continue;
    }
    const digits = /^(\d+)(\p{L}*)$/u.exec(w);
    if (digits) {
      // "20", "20an" (twenties), "20org"
      numbers.push(Number(digits[1]));
      const ending = digits[2]!;
      if (ending && !endings.includes(ending) && longestAt(index, [ending], 0, (v) => (v === 'noun' ? v : undefined)) === undefined) extra = true;
      if (endings.includes(words[i + 1] ?? '')) i++; // "20-an", "20 s"
      i++;
      continue;
    }
    const phrase = longestAt(index, words, i, (v) => v);
    if (phrase) {
      for (const v of phrase.taken) {
        if (v === 'more' || v === 'less') bound = v;
        else if (v === 'many') many = true;
        else if (v === 'alone') alone = true;
        else if (typeof v === 'object') vague = v.vague;
      }
      i += phrase.length;
      continue;
    }
    const spelled = numberWordsAt(words, i, c);
    if (spelled) {
      numbers.push(spelled.value);
      i += spelled.length;
      continue;
    }
    const group = collective.find((g) => w.startsWith(g) && numberWordsAt([w.slice(g.length)], 0, c)); // "bertiga"
    if (group) numbers.push(numberWordsAt([w.slice(group.length)], 0, c)!.value);
    else if (!fillers.has(w)) extra = true;
    i++;
  }
  if (numbers.length > 1) return undefined; // "15 orang, 3 perempuan": which one?
  const [n] = numbers;
  if (n !== undefined) {
    if (n < 1 || n > 100_000) return undefined;
    if (bound === 'more') return { kind: 'about', count: n + 1, extra };
    if (bound === 'less') return { kind: 'about', count: Math.max(1, n - 1), extra };
    return { kind: ranged ? 'about' : 'figure', count: n, extra };
  }
  if (vague !== undefined) return { kind: 'about', count: bound === 'more' ? vague + 1 : vague, extra };
  if (alone && !many) return { kind: 'figure', count: 1, extra };
  if (many) return { kind: 'many', extra };
  return undefined;
}

// --- Times and languages ---------------------------------------------------------------------------------

const timeIndexFor = perLanguage((lang) => buildIndex(tablesFor(lang).flatMap((t) => t.times.map((w): [string, true] => [w, true]))));

/** True when a text names a time or a day ("malam", "setelah jam 10", "after 22:00", "Sunday"): an answer to "when is it safe?". */
export function mentionsTime(text: string, lang: string): boolean {
  if (/\d{1,2}\s*[:.h]\s*\d{2}|\d\s*(am|pm)\b/iu.test(asciiDigits(text))) return true;
  const index = timeIndexFor(lang);
  const words = answerWordsOf(text);
  return words.some((_, i) => longestAt(index, words, i, (v) => v) !== undefined);
}

/** The language of `languages` a text names as a whole answer ("indonesia", "english", "bahasa inggris"). */
export function readLanguageName(text: string, languages: readonly string[]): string | undefined {
  const words = answerWordsOf(text);
  if (words.length === 0 || words.length > 4) return undefined;
  const index = buildIndex(languages.flatMap((code) => (wordsOf(code)?.answers.names ?? []).map((n): [string, string] => [n, code])));
  const fillers = new Set(['pakai', 'pake', 'mau', 'saya', 'aku', 'in', 'language', 'please', 'speak', 'i', 'ok', 'yes', 'ya', 'bisa', 'dalam', 'bhs'].flatMap(answerWordsOf));
  const found = new Set<string>();
  for (let i = 0; i < words.length; ) {
    const match = longestAt(index, words, i, (code) => code);
    if (match) {
      match.taken.forEach((code) => found.add(code));
      i += match.length;
    } else if (fillers.has(words[i]!)) i++;
    else return undefined;
  }
  return found.size === 1 ? [...found][0] : undefined;
}

const vocabularyOf = perLanguage((code): Set<string> => {
  const t = wordsOf(code)?.answers;
  if (!t) return new Set();
  return new Set([...Object.values(t.senses).flat(), ...t.fillers, ...Object.keys(t.counts.numbers), ...t.counts.nouns, ...t.times, ...t.names].flatMap(answerWordsOf));
});

/** The language of `languages` most of a text's words belong to, if one stands out. */
export function guessLanguage(text: string, languages: readonly string[]): string | undefined {
  const words = answerWordsOf(text);
  const scores = languages.map((code) => {
    const vocabulary = vocabularyOf(code);
    return words.filter((w) => vocabulary.has(w)).length;
  });
  const best = Math.max(0, ...scores);
  return best > 0 && scores.filter((s) => s === best).length === 1 ? languages[scores.indexOf(best)] : undefined;
}
