import { describe, expect, it } from 'vitest';
import { clipGraphemes, graphemeBoundaryBefore, headGraphemes } from '../../../flows/shared/text.js';
import { splitText } from '../../../src/channels/telegram/translate.js';

/** Emoji and marks whose cut in the middle leaves half a surrogate pair or a broken grapheme. */
const HARD = {
  zwj: '👩‍👩‍👧‍👦', // family: four people joined by ZWJ (11 code units)
  flag: '🇮🇩', // two regional indicators
  skin: '👍🏽', // a thumb with a skin tone
  combining: 'e\u0301\u0323', // e with two combining marks
  keycap: '1️⃣',
};
const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const graphemesOf = (s: string) => [...segmenter.segment(s)].map((g) => g.segment);
const LONE = /[\uD800-\uDFFF]/u;

describe('grapheme cuts', () => {
  for (const [name, hard] of Object.entries(HARD)) {
    it(`never cuts inside ${name}, at any cut-off position`, () => {
      const text = `ab ${hard}${hard} cd`;
      for (let max = 0; max <= text.length + 1; max++) {
        const head = headGraphemes(text, max);
        expect(head.length).toBeLessThanOrEqual(max);
        expect(text.startsWith(head)).toBe(true);
        // The head is whole graphemes of the text: its graphemes are the text's first ones.
        expect(graphemesOf(head)).toEqual(graphemesOf(text).slice(0, graphemesOf(head).length));
        expect(head).not.toMatch(LONE);
        const clipped = clipGraphemes(text, Math.max(1, max));
        expect(clipped.length).toBeLessThanOrEqual(Math.max(1, max));
        expect(clipped).not.toMatch(LONE);
        expect(graphemeBoundaryBefore(text, max)).toBe(Math.min(head.length, text.length));
      }
    });
  }

  it('counts code points when asked, still cutting between graphemes', () => {
    expect(headGraphemes(`x${HARD.skin}y`, 2, 'codepoints')).toBe('x');
    expect(headGraphemes(`x${HARD.skin}y`, 3, 'codepoints')).toBe(`x${HARD.skin}`);
    expect(clipGraphemes('abcdef', 4, 'codepoints')).toBe('abc…');
  });

  it('cuts one grapheme longer than the limit between code points, never in a surrogate pair', () => {
    const pile = `a${'\u0301'.repeat(50)}`;
    expect(headGraphemes(pile, 10)).toBe(pile.slice(0, 10));
    const emojiPile = `${HARD.zwj}${'\u0301'.repeat(5)}`;
    for (let max = 1; max < emojiPile.length; max++) expect(headGraphemes(emojiPile, max)).not.toMatch(LONE);
  });

  it('splits long messages between graphemes wherever the limit falls', () => {
    for (const hard of Object.values(HARD)) {
      for (let pad = 0; pad < 12; pad++) {
        const text = 'x'.repeat(100 + pad) + hard.repeat(30); // no spaces: the cut falls where the limit does
        const pieces = splitText(text, 120);
        expect(pieces.join('')).toBe(text);
        for (const piece of pieces) {
          expect(piece.length).toBeLessThanOrEqual(120);
          expect(piece).not.toMatch(LONE);
          expect(graphemesOf(piece).every((g) => graphemesOf(text).includes(g))).toBe(true);
        }
      }
    }
  });
});
