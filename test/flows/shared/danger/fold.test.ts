import { describe, expect, it } from 'vitest';
import { normalizeForMatching } from '../../../../flows/shared/danger/index.js';
import { foldSegments } from '../../../../flows/shared/danger/segments.js';

const n = normalizeForMatching;

describe('danger normaliser', () => {
  it('lower-cases, drops accents and punctuation', () => {
    expect(n('TOLONG!!  Saya…')).toBe('tolong saya');
    expect(n('Ça va? Đà Nẵng, cứu tôi với')).toBe('ca va da nang cuu toi voi');
    expect(n('Straße, Łódź, Ørsted')).toBe('strasse lodz orsted');
  });

  it('reads full-width and compatibility forms as plain ones (NFKC)', () => {
    expect(n('ＴＯＬＯＮＧ ｓｏｓ')).toBe('tolong sos');
    expect(n('ﬁnd ①')).toBe('find 1');
  });

  it('drops invisible and direction-changing characters, joining what is around them', () => {
    expect(n('to\u200blong')).toBe('tolong');
    expect(n('\u202etolong\u202c sa\u00adya')).toBe('tolong saya');
    expect(n('t\u2066o\u2069long\ufeff')).toBe('tolong');
    expect(n('e\u0301mergency')).toBe('emergency'); // a combining accent typed separately
  });

  it('reads native and full-width digits as ASCII digits', () => {
    expect(n('pukul ๑๐ / ١٠ / १० / ၁၀ / ១០ / ໑໐ / １０')).toBe('pukul 10 10 10 10 10 10 10');
  });

  it('keeps the marks of scripts that need them, and joins their runs across spaces', () => {
    expect(n('ช่วย ด้วย!')).toBe('ช่วยด้วย');
    expect(n('ជួយ\u200bខ្ញុំ\u200bផង')).toBe('ជួយខ្ញុំផង');
    expect(n('ကယ်ပါ')).toBe('ကယ်ပါ');
  });

  it('folds Traditional Chinese to Simplified', () => {
    expect(n('他們把我關起來')).toBe('他们把我关起来');
  });

  it('reads 🆘 as the word sos, and other emoji as nothing', () => {
    expect(n('🆘🆘 help 🙏😭')).toBe('sos sos help');
  });

  it('cuts words and runs, and counts sentences', () => {
    expect(foldSegments('KK Park 被打. help')).toEqual([
      { kind: 'word', text: 'kk', clause: 0 },
      { kind: 'word', text: 'park', clause: 0 },
      { kind: 'nospace', text: '被打', clause: 0 },
      { kind: 'word', text: 'help', clause: 1 },
    ]);
  });
});
