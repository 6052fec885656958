/**
 * The words that ask to be forgotten, per language: a whole message that is one of them (or `/forget`) asks
 * to erase the person's conversation and personal data; nothing happens until they press the confirmation
 * button (src/core/forget.ts). Read in the conversation's language and English (every table while the
 * language is not known yet), in loose form (case, accents and punctuation do not matter). A "forget" inside
 * a sentence ("I forget the name") is no request: only the whole message counts.
 *
 * None of them may be an answer to a question (flows/shared/answer-words.ts), nor a wipe word
 * (src/core/wipe-words.ts): test/core/forget.test.ts checks.
 */
import { looseForm } from '../../flows/shared/text.js';
import type { InboundMessage } from './messages.js';

export const forgetWords: Readonly<Record<string, readonly string[]>> = {
  en: ['forget', 'forget me', 'forget everything', 'erase my data', 'delete my data', 'delete my information'],
  id: ['lupakan', 'lupakan saya', 'lupakan aku', 'hapus data saya', 'hapus dataku', 'hapus data'],
  zh: ['忘记我', '删除我的资料', '删除我的数据', '删除我的信息', 'wangjiwo'],
  vi: ['quên tôi', 'xóa dữ liệu', 'xóa dữ liệu của tôi', 'xóa thông tin của tôi'],
  tl: ['kalimutan ako', 'burahin ang data ko', 'burahin ang impormasyon ko', 'burahin data ko'],
  th: ['ลืมฉัน', 'ลบข้อมูลของฉัน', 'ลบข้อมูลฉัน'],
  hi: ['मुझे भूल जाओ', 'मेरा डेटा मिटाओ', 'मेरी जानकारी मिटाओ', 'mujhe bhool jao', 'mera data mitao', 'meri jankari mitao'],
};

const loose = new Map(Object.entries(forgetWords).map(([lang, words]) => [lang, new Set(words.map(looseForm))]));

/** True when `text`, as a whole, is a forget word of `lang` or English (of every language while `lang` is ''). */
export function isForgetWord(text: string, lang: string): boolean {
  if (text.length > 60) return false;
  const typed = looseForm(text);
  if (typed.trim() === '') return false;
  const tables = lang ? [loose.get(lang), loose.get('en')] : [...loose.values()];
  return tables.some((words) => words?.has(typed));
}

/** True when the person asked to be forgotten: `/forget`, or a forget word as the whole message (not an edit). */
export function asksToForget(msg: InboundMessage, lang: string): boolean {
  const b = msg.body;
  if (b.kind === 'command') return b.command === 'forget';
  return b.kind === 'text' && !b.edited && isForgetWord(b.text, lang);
}
