/**
 * The words of every language the parsers read, as loaded from `locales/<lang>/words.json` (the loader is
 * src/i18n/words.ts; the format is docs/adding-a-language.md). This module is the schema and the registry:
 * pure data, no I/O. A conversation in a language reads that language's words, the ones it `alsoReads`,
 * and English; a text of a language with no words file (or of no language yet) reads every language.
 *
 * Readers build their lookup structures once per language and keep them (`perLanguage`) until other words
 * are installed, so a message costs lookups only.
 */
import { z } from 'zod';

/** What a whole answer can mean. Each flow maps the senses it asks about to its button ids. */
export const senses = [
  'yes', 'no', 'skip', 'none', 'done', 'all', 'afraid', 'safe', 'alone', 'many',
  'myself', 'someone-else', 'status',
  'anytime', 'they-write-first', 'times',
  'send', 'change',
  'parent', 'child', 'sibling', 'spouse', 'relative', 'friend',
  'female', 'male',
  'this-chat', 'by-phone',
  'check-again', 'new-report', 'forgot-pin',
] as const;
export type Sense = (typeof senses)[number];

/** The parts of the day the safe-time reader has ranges for (see PARTS in src/officers/safe-time-tokens.ts). */
export const partNames = ['morning', 'dawn', 'predawn', 'midday', 'noon', 'lunch', 'afternoon', 'dusk', 'evening', 'night', 'midnight', 'asr', 'maghrib', 'isha'] as const;
export type PartName = (typeof partNames)[number];

const list = z.array(z.string().min(1));
const numberMap = z.record(z.string().min(1), z.number().int().nonnegative());

const answersSchema = z.strictObject({
  senses: z.partialRecord(z.enum(senses), list),
  fillers: list,
  particles: list,
  lists: z.strictObject({ and: list, through: list }),
  counts: z.strictObject({
    numbers: numberMap,
    multipliers: numberMap.optional(),
    teens: list.optional(),
    /**
     * Added by issue 14: words that join the parts of one number: Tagalog "dalawampu't lima" (25; the "'t" is
     * "at", and), "trenta'y dos" (32), "isang daan at dalawampu" (120); English "a hundred and twenty".
     */
    linkers: list.optional(),
    about: list,
    moreThan: list,
    lessThan: list,
    vague: numberMap,
    nouns: list,
    roughEndings: list,
    collective: z.string().min(1).optional(),
  }),
  times: list,
  names: list,
});

const safeTimeSchema = z.strictObject({
  after: list.optional(),
  before: list.optional(),
  /** Added by issue 14: words written after a time that mean "after it" ("十点以后", "4 ทุ่มไปแล้ว"). */
  afterTime: list.optional(),
  /** Added by issue 14: words written after a time that mean "before it" ("七点以前"). */
  beforeTime: list.optional(),
  /** Added by issue 14: words after a number that make it an hour of the clock ("十点", "9 giờ"). */
  oclock: list.optional(),
  until: list.optional(),
  stop: list.optional(),
  between: list.optional(),
  and: list.optional(),
  or: list.optional(),
  contrast: list.optional(),
  then: list.optional(),
  negation: list.optional(),
  exclusion: list.optional(),
  danger: list.optional(),
  absent: list.optional(),
  affirmative: list.optional(),
  day: list.optional(),
  unit: list.optional(),
  hour: list.optional(),
  filler: list.optional(),
  am: list.optional(),
  pm: list.optional(),
  parts: z.record(z.string().min(1), z.enum(partNames)).optional(),
  /**
   * Added by issue 14: words written after an hour that name it on a clock of their own, with the hours to
   * add ("<n> <word>" is n + add o'clock; an hour 0, or one that would pass 24, is no time). Thai's watches
   * ("สี่ทุ่ม", 22:00) are not listed here: they need guards a table cannot say ("ตี" is also "to hit",
   * "ทุ่มเท" is "to devote") and are read by src/officers/thai-clock.ts alone.
   */
  clockAfter: z.record(z.string().min(1), z.number().int().min(0).max(23)).optional(),
  /** Added by issue 14: the same written before the hour ("<word> <n>" is n + add o'clock). */
  clockBefore: z.record(z.string().min(1), z.number().int().min(0).max(23)).optional(),
});

const datesSchema = z.strictObject({
  today: list,
  yesterday: list,
  future: list,
  ago: list,
  about: list,
  units: z.record(z.string().min(1), z.enum(['day', 'week', 'month', 'year'])),
  months: z.record(z.string().min(1), z.number().int().min(1).max(12)),
  last: list,
  lastWeek: list,
  lastMonth: list,
  lastYear: list,
  partOfMonth: list,
  numbers: numberMap,
  order: z.enum(['dmy', 'mdy', 'ymd']),
  age: list,
  years: list,
  born: list,
  eraOffsets: z.array(z.number().int()).optional(),
  /** Added by issue 14: a prefix glued to a unit that means "one" (Indonesian "seminggu", a week). */
  onePrefix: list.optional(),
  /** Added by issue 14: words before a duration that make it a time to come ("in 3 days"). */
  in: list.optional(),
  /** Added by issue 14: words around a named month that change nothing ("tanggal", "on", "the"). */
  noise: list.optional(),
  /** Added by issue 14: endings of a day of the month ("15th"). */
  ordinalEndings: list.optional(),
});

const identitySchema = z.strictObject({
  titles: list,
  self: list,
  /** Added by issue 14: a whole answer of one of these alone says "me" ("saya", "me"). */
  selfAlone: list.optional(),
  aboutNoise: list,
  placeNoise: list,
});

export const wordsSchema = z.strictObject({
  alsoReads: z.array(z.string().regex(/^[a-z]{2,3}(-[a-z0-9]+)*$/)).optional(),
  answers: answersSchema,
  safeTime: safeTimeSchema,
  dates: datesSchema,
  identity: identitySchema,
  wipe: list,
});

export type LanguageWords = z.infer<typeof wordsSchema>;
export type AnswerWords = LanguageWords['answers'];
export type SafeTimeWords = LanguageWords['safeTime'];
export type DateWords = LanguageWords['dates'];
export type IdentityWords = LanguageWords['identity'];

/** `expand('{bos|boss} {gak|ga} ada')` → every combination: 'bos gak ada', 'bos ga ada', 'boss gak ada', … */
export function expand(...patterns: string[]): string[] {
  const out: string[] = [];
  for (const p of patterns) {
    const m = /\{([^}]*)\}/.exec(p);
    if (!m) out.push(p.replace(/\s+/g, ' ').trim());
    else for (const alt of m[1]!.split('|')) out.push(...expand(p.slice(0, m.index) + alt + p.slice(m.index + m[0].length)));
  }
  return out;
}

/** A parsed file with every "{a|b}" pattern of its lists (and map keys) expanded. */
export function expandWords(words: LanguageWords): LanguageWords {
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return v;
    if (Array.isArray(v)) return [...new Set(v.flatMap((x) => (typeof x === 'string' ? expand(x).filter(Boolean) : [walk(x)])))];
    if (v && typeof v === 'object') {
      const out: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(v)) {
        const keys = /[{|}]/.test(k) && typeof x !== 'object' ? expand(k) : [k];
        for (const key of keys) out[key] = walk(x);
      }
      return out;
    }
    return v;
  };
  return walk(words) as LanguageWords;
}

// --- The registry ---------------------------------------------------------------------------------------

let installed: ReadonlyMap<string, LanguageWords> = new Map();
let generation = 0;

/** Makes these the words every parser reads (the loader calls it at start; tests with their own folders too). */
export function installWords(words: ReadonlyMap<string, LanguageWords>): void {
  installed = words;
  generation++;
}

/** The languages that have words. */
export function wordLanguages(): string[] {
  return [...installed.keys()];
}

export function wordsOf(lang: string): LanguageWords | undefined {
  return installed.get(lang);
}

/**
 * The languages a conversation in `lang` reads: its own, the ones it also reads, English. A language with
 * no words (or '', not known yet): every language.
 */
export function readingOrder(lang: string): string[] {
  const own = installed.get(lang);
  if (!own) return [...installed.keys()];
  return [...new Set([lang, ...(own.alsoReads ?? []), 'en'])].filter((code) => installed.has(code));
}

/** The words of every language `lang` reads (see `readingOrder`). */
export function wordsFor(lang: string): LanguageWords[] {
  return readingOrder(lang).map((code) => installed.get(code)!);
}

/**
 * The words of every language, those `lang` reads first (see `readingOrder`): for parsers that read any
 * language's words in every conversation, as the date parser does (a relative writes "24 tahun" in an
 * English chat), where the first language to define a word decides what it means.
 */
export function everyWordsFrom(lang: string): LanguageWords[] {
  const first = readingOrder(lang);
  return [...first, ...[...installed.keys()].filter((code) => !first.includes(code))].map((code) => installed.get(code)!);
}

/** `build(lang)` once per language, kept until other words are installed. */
export function perLanguage<T>(build: (lang: string) => T): (lang: string) => T {
  let cache = new Map<string, T>();
  let seen = -1;
  return (lang) => {
    if (seen !== generation) {
      cache = new Map();
      seen = generation;
    }
    let v = cache.get(lang);
    if (v === undefined) {
      v = build(lang);
      cache.set(lang, v);
    }
    return v;
  };
}

// --- Scripts written without spaces -----------------------------------------------------------------------

/**
 * One letter (with its marks) of a script written without spaces between words: Han, Thai, Lao, Khmer,
 * Myanmar, Japanese kana. Words of these scripts are matched letter by letter inside the run of text, so a
 * phrase of the words file is found wherever it stands ("晚上十点以后", "๓ สัปดาห์ที่แล้ว").
 */
export const NO_SPACE_LETTER = /[\p{Script=Han}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\p{Script=Hiragana}\p{Script=Katakana}]\p{M}*/gu;

/** `text` with every letter of a script without spaces standing alone between spaces. */
export function spaceOutLetters(text: string): string {
  return text.replace(NO_SPACE_LETTER, ' $& ');
}
