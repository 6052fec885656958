/**
 * Normal forms of what identifies a missing person — phone number, passport or ID number, name — so that
 * two reports typed differently ("0812-3456-7890", "+62 812 3456 7890") compare equal. Pure. The linker
 * hashes these forms with a key (src/cases/match-keys.ts); they are never stored in clear.
 */
import { asciiDigits, plain } from './answers.js';
import { looseForm } from './text.js';
import { everyWordsFrom, perLanguage, wordLanguages, wordsOf, type IdentityWords } from './words.js';

/**
 * Digits of a phone number in international form without "+", or undefined when the text holds no
 * plausible phone number (8–15 digits). A national leading 0 stands for `callingCode`, the deployment's
 * (`embassy.callingCode`): with 62, "0812…" → "62812…"; "+62 812…" / "0062…" → "62812…".
 */
export function normalizePhone(text: string, callingCode: string): string | undefined {
  if (/[a-z]{3,}/i.test(text.replace(/whatsapp|nomor|phone|telp|tel|wa|hp|no/gi, ''))) return undefined; // words, not a number
  let digits = asciiDigits(text).replace(/\D/g, '');
  if (digits.startsWith('00')) digits = digits.slice(2);
  else if (digits.startsWith('0')) digits = callingCode + digits.slice(1);
  return digits.length >= 8 && digits.length <= 15 ? digits : undefined;
}

/** The phone number inside a WhatsApp address (`6281234567890@s.whatsapp.net`), if it is one. */
export function phoneFromWhatsApp(address: string): string | undefined {
  const m = /^(\d{8,15})(?::\d+)?@s\.whatsapp\.net$/.exec(address);
  return m?.[1];
}

/** A Telegram username ("@name", "t.me/name"), lower case without "@", if the text is one. */
export function normalizeTelegramHandle(text: string): string | undefined {
  const m = /^(?:@|(?:https?:\/\/)?t\.me\/)([a-zA-Z][a-zA-Z0-9_]{4,31})$/.exec(text.trim());
  return m?.[1]?.toLowerCase();
}

/** Passport or ID number: upper case letters and digits only; undefined when too short to identify anyone. */
export function normalizeDocument(text: string): string | undefined {
  const doc = text.normalize('NFKD').toUpperCase().replace(/[^A-Z0-9]/g, '');
  return doc.length >= 6 && /\d/.test(doc) ? doc : undefined;
}

/** A list of the identity words of every language, in loose form: names and places match across languages. */
const everyLanguage = (pick: (w: IdentityWords) => string[]) =>
  perLanguage(() => new Set(wordLanguages().flatMap((lang) => pick(wordsOf(lang)!.identity).map((w) => looseForm(w).trim()))));

/** Words that say nothing about which person a name is (titles, "bin/binti"). */
const nameNoise = everyLanguage((w) => w.titles);
/**
 * A name for fuzzy matching: no accents or case, titles and "bin/binti" dropped, words sorted (so the
 * order people write given and family names in does not matter). Empty when nothing is left.
 */
export function normalizeName(text: string): string {
  return looseForm(text)
    .trim()
    .split(' ')
    .filter((w) => w.length > 1 && !nameNoise('').has(w) && !/^\d+$/.test(w))
    .sort()
    .join(' ');
}

/** A text's words in loose form between single spaces (letters of scripts without spaces standing alone). */
const spaced = (text: string) => ` ${plain(text).replace(/[^\p{L}\p{M}\p{N}]+/gu, ' ').replace(/\s+/g, ' ').trim()} `;

const selfWords = perLanguage((lang) => {
  const identity = everyWordsFrom(lang).map((w) => w.identity);
  return { phrases: identity.flatMap((w) => w.self.map(spaced)), alone: new Set(identity.flatMap((w) => (w.selfAlone ?? []).map(spaced))) };
});

/**
 * True when a relative's answer says the report is about themselves ("saya sendiri", "that's me", "是我本人"),
 * in any language (as before the language was a folder, a relative may write it in one they know), the
 * words of `lang` first.
 */
export function saysItIsMe(text: string, lang = ''): boolean {
  const hay = spaced(text);
  const { phrases, alone } = selfWords(lang);
  return phrases.some((p) => hay.includes(p)) || alone.has(hay);
}

/** What a person said about themselves for matching a relative's report ("24, Cianjur, 0812…"). */
export interface AboutMe {
  age?: number;
  hometown?: string;
  phone?: string;
}

/** Words around an age, a home town or a phone number that name none of them. */
const aboutNoise = everyLanguage((w) => w.aboutNoise);

/**
 * Reads an answer to "your age, home town (and phone)": a phone number (8–15 digits, perhaps with spaces,
 * dashes or "+"), an age (a number from 12 to 80 standing alone), and the remaining words as the home town.
 * Anything missing is left out; nothing is guessed from a number that could be either.
 */
export function readAboutMe(typed: string, callingCode: string): AboutMe {
  const text = asciiDigits(typed);
  let rest = text;
  let phone: string | undefined;
  for (const m of text.matchAll(/\+?\d[\d\s().-]{6,}\d/g)) {
    const found = normalizePhone(m[0], callingCode);
    if (found) {
      phone = found;
      rest = rest.replace(m[0], ' ');
      break;
    }
  }
  let age: number | undefined;
  const ageMatch = /(?<![\p{L}\p{N}])(\d{2})(?!\p{N})/u.exec(rest);
  const n = ageMatch ? Number(ageMatch[1]) : NaN;
  if (n >= 12 && n <= 80) {
    age = n;
    rest = rest.replace(ageMatch![0], ' ');
  }
  const town = rest
    .split(/[\s,;/]+/)
    .filter((w) => w && !aboutNoise('').has(looseForm(w).trim()) && !/^\d+$/.test(w) && /\p{L}/u.test(w))
    .join(' ')
    .replace(/^[\s.:-]+|[\s.:-]+$/g, '');
  return { ...(age !== undefined ? { age } : {}), ...(town ? { hometown: town } : {}), ...(phone ? { phone } : {}) };
}

/** Words of a place name that say nothing about which place ("desa", "kabupaten", "jawa barat"). */
const placeNoise = everyLanguage((w) => w.placeNoise);

/**
 * The words of a home town that can match another report's ("Desa Sukamaju, Kab. Cianjur, Jawa Barat" →
 * ["cianjur", "sukamaju"]): loose form, administrative and regional words dropped, at most four, sorted.
 */
export function placeWords(text: string): string[] {
  const words = looseForm(text).trim().split(' ').filter((w) => w.length > 2 && !placeNoise('').has(w) && !/^\d+$/.test(w));
  return [...new Set(words)].sort().slice(0, 4);
}
