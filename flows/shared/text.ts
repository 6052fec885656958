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
  return headGraphemes(cleaned, maxLength, 'codepoints');
}

/** True when the text has at least one letter or digit (not only emoji, punctuation or spaces). */
export function hasWords(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text);
}

/** True when the text has letters but none of them Latin: likely a language we do not read. */
/**
 * Whether a language is written in Latin letters (CLDR's likely script: id, en, vi, tl… yes; zh, th, hi no).
 * In a conversation in a language that is not, text in another script is not "a language we do not read":
 * a one-letter 是 or 不 is too short for any detector to name, and must still be read as an answer.
 */
export function writtenInLatin(lang: string): boolean {
  try {
    return new Intl.Locale(lang).maximize().script === 'Latn';
  } catch {
    return true;
  }
}

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

// ---- Cutting text on grapheme boundaries ---------------------------------------------------------------
// Every cut of a text someone reads (a card's clipped field, a digest line, a long message split in pieces,
// a caption) ends between two graphemes: an emoji with its skin tone or ZWJ partners, a flag, a letter with
// its combining marks stays whole, and no piece ends in half a surrogate pair (which Telegram refuses).

/** How a length is counted: UTF-16 code units (Telegram's limits, JavaScript's `length`) or code points. */
export type TextUnit = 'utf16' | 'codepoints';

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const sizeOf = (s: string, unit: TextUnit) => (unit === 'utf16' ? s.length : [...s].length);

/**
 * The longest start of `text` at most `max` units long that ends on a grapheme boundary. A single grapheme
 * longer than `max` (a letter under hundreds of combining marks) is cut between code points instead, never
 * inside a surrogate pair.
 */
export function headGraphemes(text: string, max: number, unit: TextUnit = 'utf16'): string {
  if (max <= 0) return '';
  if (text.length <= max) return text; // code points never outnumber code units
  let end = 0;
  let size = 0;
  for (const { segment, index } of graphemes.segment(text)) {
    const n = sizeOf(segment, unit);
    if (size + n > max) {
      if (end === 0) return headCodePoints(segment, max, unit);
      return text.slice(0, index);
    }
    size += n;
    end = index + segment.length;
  }
  return text.slice(0, end);
}

function headCodePoints(text: string, max: number, unit: TextUnit): string {
  let out = '';
  for (const cp of text) {
    if (sizeOf(out + cp, unit) > max) break;
    out += cp;
  }
  return out;
}

/** `text` when it fits in `max` units, else its head on a grapheme boundary followed by `mark` (… by default), `max` units in all. */
export function clipGraphemes(text: string, max: number, unit: TextUnit = 'utf16', mark = '…'): string {
  if (sizeOf(text, unit) <= max) return text;
  return `${headGraphemes(text, max - sizeOf(mark, unit), unit)}${mark}`;
}

/** The last grapheme boundary at or before UTF-16 index `at` (0 when the first grapheme already passes it). */
export function graphemeBoundaryBefore(text: string, at: number): number {
  if (at >= text.length) return text.length;
  return headGraphemes(text, at).length;
}
