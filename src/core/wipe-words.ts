/**
 * The words that wipe the chat, per language (the `wipe` field of `locales/<lang>/words.json`): a whole
 * message that is one of them deletes every message of the conversation at once, like `/wipe`. Read in the
 * conversation's language, the ones it also reads and English (every language while the language is not
 * known yet), in loose form (case, accents and punctuation do not matter).
 *
 * None of them may be an answer to a question (the `answers` words): test/core/wipe-words.test.ts checks.
 * Short, plain verbs a frightened person types fast; nothing that reads as an ordinary answer.
 */
import { looseForm } from '../../flows/shared/text.js';
import { perLanguage, readingOrder, wordLanguages, wordsOf } from '../../flows/shared/words.js';
import type { InboundMessage } from './messages.js';

/** The wipe words of every language that has a words file, by language code. */
export function wipeTables(): Record<string, readonly string[]> {
  return Object.fromEntries(wordLanguages().map((lang) => [lang, wordsOf(lang)!.wipe]));
}

const wipeSet = perLanguage((lang) => new Set(readingOrder(lang).flatMap((code) => wordsOf(code)!.wipe.map(looseForm))));

/** True when `text`, as a whole, is a wipe word of `lang` or English (of every language while `lang` is ''). */
export function isWipeWord(text: string, lang: string): boolean {
  if (text.length > 40) return false;
  const typed = looseForm(text); // punctuation and case do not matter: "Hapus!" is "hapus"
  if (typed.trim() === '') return false;
  return wipeSet(lang).has(typed);
}

/** True when the person asked to wipe the chat: `/wipe`, or a wipe word as the whole message (not an edit). */
export function asksToWipe(msg: InboundMessage, lang: string): boolean {
  const b = msg.body;
  if (b.kind === 'command') return b.command === 'wipe';
  return b.kind === 'text' && !b.edited && isWipeWord(b.text, lang);
}
