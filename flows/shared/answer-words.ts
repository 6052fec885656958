/**
 * The shape of the words people type as answers, per language. The words themselves are data: the
 * `answers` field of `locales/<lang>/words.json` (schema in flows/shared/words.ts, loaded at start by
 * src/i18n/words.ts), read by flows/shared/answers.ts. A conversation reads its own language's words, the
 * languages its file `alsoReads`, and English always.
 *
 * Every entry is matched in loose form (lower case, no accents, letters repeated only once: "iyaaa" is
 * "iya", "nggak" is "ngak"), so write words plainly.
 */
import { wordLanguages, wordsOf, type AnswerWords } from './words.js';

export { senses, type AnswerWords, type Sense } from './words.js';

/** The `answers` words of every language that has a words file, by language code. */
export function answerTables(): Record<string, AnswerWords> {
  return Object.fromEntries(wordLanguages().map((lang) => [lang, wordsOf(lang)!.answers]));
}
