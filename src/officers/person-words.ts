/**
 * A person's own words on officers' screens (case cards, queue lines, the case's topic, the terminal desk),
 * quoted so that they can never pass for the desk's own lines. A name "Budi\nClaimed by: Officer A" or an
 * answer "Safe to write: any time" shows as
 *
 *     Name: «Budi
 *     │ Claimed by: Officer A»
 *
 * Their text is first neutralised: line and paragraph separators become newlines, invisible characters
 * (bidi controls, zero-width characters, soft hyphens, tag characters) go, blank look-alikes and runs of
 * spaces become one space (so a long run cannot wrap a forged label onto a line of its own), stacks of
 * combining marks are cut short, and each line loses leading symbols that could imitate a card line's
 * marker (⚠, 🔴, ✓, │, >, •…). Then links, mentions and commands are defanged ({@link defang}).
 *
 * Each line of words with a right-to-left letter in it (Urdu, Arabic, Hebrew, Rohingya…, alone or mixed
 * with other scripts) is wrapped in Unicode isolates (FSI U+2068 … PDI U+2069): it is laid out on its own
 * and cannot reorder the quote marks, the bar, the label or the language name around it. A line without one
 * cannot reorder anything in a left-to-right card (bidi controls are removed from every text), so it stays
 * as it was. A caller that knows the language the words are in (src/i18n/detect.ts) names it after the
 * quote: «…» (Thai).
 */

import { clipGraphemes } from '../../flows/shared/text.js';

const ZW = '\u200B';
/** Starts each continuation line: a left-to-right mark, so that a line of right-to-left text still begins with the bar. */
const CONTINUE = '\n\u200E│ ';

/**
 * Breaks URLs, domains, @mentions, /commands and #tags with a zero-width space so that Telegram does not turn
 * them into links or tappable commands, and drops bidi overrides that could reorder the card's own text.
 */
export function defang(text: string): string {
  return text
    .replace(/[\u202A-\u202E\u2066-\u2069]/g, '')
    .replace(/(\w)(:\/\/)/g, `$1${ZW}$2`)
    .replace(/(\w)\.(?=\w)/g, `$1.${ZW}`)
    .replace(/(^|[^\w])([@/#$])(?=\w)/g, `$1$2${ZW}`);
}

// eslint-disable-next-line no-control-regex -- vertical tab and form feed break lines too
const LINE_BREAKS = /\r\n?|[\u000B\u000C\u0085\u2028\u2029]/g;
/** Format characters (bidi controls, zero-width, soft hyphen, tags…) and control characters but tab and newline. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
const INVISIBLE = /[\p{Cf}\u0000-\u0008\u000E-\u001F\u007F-\u009F]/gu;
/** Characters that show as blank space, tab included (Hangul fillers and the braille blank look empty too). */
const BLANKS = /[\t \u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\u2800\u3164\uFFA0\u115F\u1160]+/g;
/** More than five combining marks in a row spill over neighbouring lines ("Zalgo" text); real scripts need fewer. */
const MARK_PILES = /(\p{M}{5})\p{M}+/gu;
/** At the start of a line: blanks, symbols (emoji, ⚠, ✓, │, arrows, > | …), dashes, bullets, and marks with nothing to sit on. */
const LEADING_LOOKALIKES = /^(?:(?!\+)[\s\p{So}\p{Sk}\p{Sm}\p{Pd}\p{M}\u2022\u2023\u2043\u00B7\u2027\u203B*#|«»‹›])+/u;

/** At most `max` characters (code points), cut between graphemes, with … when cut. */
const clip = (text: string, max: number) => clipGraphemes(text, max, 'codepoints');

/** The person's text as lines fit to show: neutralised, clipped to `max` characters, defanged; no empty lines. */
export function personLines(text: string, max = Infinity): string[] {
  const plain = text
    .replace(LINE_BREAKS, '\n')
    .replace(INVISIBLE, '')
    .replace(BLANKS, ' ')
    .replace(MARK_PILES, '$1')
    .replace(/«/g, '‹')
    .replace(/»/g, '›'); // their text cannot close our quote
  const lines: string[] = [];
  for (const raw of plain.split('\n')) {
    const line = raw.trim();
    const bare = line.replace(LEADING_LOOKALIKES, '');
    // A line of symbols only (an emoji, "???") says something too: it stays, behind the quote's bar.
    if (line !== '') lines.push(bare === '' ? line : bare);
  }
  return clip(lines.join('\n'), max).split('\n').map(defang);
}

const FSI = '\u2068';
const PDI = '\u2069';
/** Letters and digits of the right-to-left scripts (bidi classes R, AL, AN). */
const RIGHT_TO_LEFT = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Samaritan}\p{Script=Mandaic}\p{Script=Adlam}\p{Script=Hanifi_Rohingya}\p{Script=Yezidi}\p{Script=Old_Hungarian}\p{Script=Kharoshthi}\p{Script=Imperial_Aramaic}\p{Script=Phoenician}]/u;
/** A line of a person's words laid out on its own when it has right-to-left letters (see the header). */
export const isolate = (line: string) => (RIGHT_TO_LEFT.test(line) ? `${FSI}${line}${PDI}` : line);
/** After the quote, the name of the language the words are written in (in the desk's language), if known. */
const inLanguage = (language: string | undefined) => (language ? ` (${defang(clip(language, 40))})` : '');

/**
 * A person's words for a card line: «…», every line after the first starting with "│ ", each isolated;
 * `language`: the name of the language they are written in, shown after the quote.
 */
export function quoteWords(text: string, max = Infinity, language?: string): string {
  return `«${personLines(text, max).map(isolate).join(CONTINUE)}»${inLanguage(language)}`;
}

/** A person's words on one line (queue lines, digests): «…», their lines joined with " / ", isolated. */
export function quoteInline(text: string, max = Infinity, language?: string): string {
  return `«${isolate(clip(personLines(text).join(' / '), max))}»${inLanguage(language)}`;
}

/**
 * Officers' words as the person receives them, echoed in the officers' group (a preview, what the relay
 * sent): unchanged, inside «…», every line after the first starting with "│ ", so that they read as a quote.
 */
export function quoteSent(text: string): string {
  return `«${text.replace(LINE_BREAKS, '\n').split('\n').join(CONTINUE)}»`;
}
