import { describe, expect, it } from 'vitest';
import { applyTemplate, meForm, nasalForm } from '../../../../flows/shared/danger/forms.js';

describe('word forms', () => {
  it.each([
    ['pukul', 'memukul', 'mukul'],
    ['tembak', 'menembak', 'nembak'],
    ['sekap', 'menyekap', 'nyekap'],
    ['kunci', 'mengunci', 'ngunci'],
    ['ancam', 'mengancam', 'ngancam'],
    ['bunuh', 'membunuh', 'ngebunuh'],
    ['culik', 'menculik', 'nyulik'],
    ['gebuk', 'menggebuk', 'ngegebuk'],
    ['hajar', 'menghajar', 'ngehajar'],
    ['rampas', 'merampas', 'ngerampas'],
  ])('makes the me- and nasal forms of %s', (root, me, nasal) => {
    expect(meForm(root)).toBe(me);
    expect(nasalForm(root)).toBe(nasal);
  });

  it('applies templates', () => {
    expect(['di*', 'di*in', 'di_*', '{N}in', '*_saya', 'kena_*'].map((t) => applyTemplate(t, 'pukul'))).toEqual([
      'dipukul', 'dipukulin', 'di pukul', 'mukulin', 'pukul saya', 'kena pukul',
    ]);
  });
});
