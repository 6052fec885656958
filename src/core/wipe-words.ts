/**
 * The words that wipe the chat, per language: a whole message that is one of them deletes every message of
 * the conversation at once, like `/wipe`. Read in the conversation's language and English (every table while
 * the language is not known yet), in loose form (case, accents and punctuation do not matter).
 *
 * None of them may be an answer to a question (flows/shared/answer-words.ts): test/core/wipe.test.ts checks.
 * Short, plain verbs a frightened person types fast; nothing that reads as an ordinary answer.
 */
import { looseForm } from '../../flows/shared/text.js';
import type { InboundMessage } from './messages.js';

export const wipeWords: Readonly<Record<string, readonly string[]>> = {
  en: ['wipe', 'wipe all', 'wipe chat', 'delete all', 'delete everything', 'delete chat', 'erase all', 'clear chat'],
  id: ['hapus', 'hapus semua', 'hapus chat', 'hapus obrolan', 'hapus pesan', 'hapus semuanya', 'bersihkan', 'bersihkan chat'],
};

const loose = new Map(Object.entries(wipeWords).map(([lang, words]) => [lang, new Set(words.map(looseForm))]));

/** True when `text`, as a whole, is a wipe word of `lang` or English (of every language while `lang` is ''). */
export function isWipeWord(text: string, lang: string): boolean {
  if (text.length > 40) return false;
  const typed = looseForm(text); // punctuation and case do not matter: "Hapus!" is "hapus"
  if (typed.trim() === '') return false;
  const tables = lang ? [loose.get(lang), loose.get('en')] : [...loose.values()];
  return tables.some((words) => words?.has(typed));
}

/** True when the person asked to wipe the chat: `/wipe`, or a wipe word as the whole message (not an edit). */
export function asksToWipe(msg: InboundMessage, lang: string): boolean {
  const b = msg.body;
  if (b.kind === 'command') return b.command === 'wipe';
  return b.kind === 'text' && !b.edited && isWipeWord(b.text, lang);
}
