import { describe, expect, it } from 'vitest';
import { cleanText, hasWords, isNonLatinOnly, looseForm } from '../../../flows/shared/text.js';

describe('text', () => {
  it('cleans invisible and direction-changing characters, and caps by code points', () => {
    expect(cleanText('  a\u200bb\u202Ec\u0007  d  ', 100)).toBe('abc d');
    expect(cleanText('😀'.repeat(5), 3)).toBe('😀😀😀');
  });

  it('tells words from emoji and punctuation, and Latin from other scripts', () => {
    expect(hasWords('🙏!!')).toBe(false);
    expect(hasWords('5')).toBe(true);
    expect(isNonLatinOnly('你好')).toBe(true);
    expect(isNonLatinOnly('KK Park 你好')).toBe(false);
    expect(isNonLatinOnly('123')).toBe(false);
  });

  it('makes a loose form for matching, ignoring case and accents', () => {
    expect(looseForm('Ça va?')).toBe(' ca va ');
  });
});
