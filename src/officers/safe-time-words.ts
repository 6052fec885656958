/**
 * The shape of the words the safe-time reader (src/officers/safe-time.ts) knows, by language: the
 * `safeTime` field of `locales/<lang>/words.json` (schema in flows/shared/words.ts). Entries may be phrases
 * of several words ("other than", "ada yang jaga") and "{a|b}" patterns ("{bos|boss} {gak|ga} ada"); the
 * longest phrase that matches wins, and a word in two lists is read as the more cautious one (a negation
 * before anything else).
 *
 * Written the way people type on a hidden phone: abbreviations (`jgn`, `tdk`, `mlm`, `stlh`), no
 * apostrophes (they are removed before reading: "don't" is `dont`), common typos.
 */
import { wordLanguages, wordsOf, type SafeTimeWords } from '../../flows/shared/words.js';

export { expand, type PartName, type SafeTimeWords } from '../../flows/shared/words.js';

/** The `safeTime` words of every language that has a words file, by language code. */
export function safeTimeTables(): Record<string, SafeTimeWords> {
  return Object.fromEntries(wordLanguages().map((lang) => [lang, wordsOf(lang)!.safeTime]));
}
