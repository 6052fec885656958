import { describe, expect, it } from 'vitest';
import { otherSpellings } from '../../../../flows/shared/danger/spellings.js';

describe('other spellings', () => {
  it('reads held-down letters as one or two, and doubles as one', () => {
    expect(otherSpellings('tolonggg')).toContain('tolong');
    expect(otherSpellings('toloooong')).toContain('tolong');
    expect(otherSpellings('tolongg')).toContain('tolong');
    expect(otherSpellings('killll')).toContain('kill');
    expect(otherSpellings('bleeeeding')).toContain('bleeding');
    expect(otherSpellings('helppp')).toContain('help');
  });

  it('leaves words without repeats or digits alone (real double letters match as typed)', () => {
    expect(otherSpellings('ditembak')).toEqual([]);
    expect(otherSpellings('kill')).toEqual(['kil']);
  });

  it('reads digits for letters and the reduplication mark', () => {
    expect(otherSpellings('t0l0ng')).toContain('tolong');
    expect(otherSpellings('s0s')).toContain('sos');
    expect(otherSpellings('dipukul2')).toContain('dipukul');
    expect(otherSpellings('org2')).toContain('org');
    expect(otherSpellings('2024')).toEqual([]);
  });
});
