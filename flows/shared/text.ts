/**
 * Text helpers shared by flows: cleaning what people type, and a loose form for matching words.
 * Pure functions, no I/O.
 */

// Zero-width characters, bidi embeddings/overrides/isolates, and C0/C1 controls except tab and newline.
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/g;

/** What we store of a person's text: NFC, no invisible or direction-changing characters, trimmed, capped. */
export function cleanText(text: string, maxLength: number): string {
  const cleaned = text.normalize('NFC').replace(INVISIBLE, '').replace(/[ \t]+/g, ' ').trim();
  return Array.from(cleaned).slice(0, maxLength).join('');
}

/** True when the text has at least one letter or digit (not only emoji, punctuation or spaces). */
export function hasWords(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text);
}

/** True when the text has letters but none of them Latin: likely a language we do not read. */
export function isNonLatinOnly(text: string): boolean {
  return /\p{L}/u.test(text) && !/\p{Script=Latin}/u.test(text);
}

/** Loose form for matching: lower case, no accents, letters and digits separated by single spaces. */
export function looseForm(text: string): string {
  return ` ${text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()} `;
}
