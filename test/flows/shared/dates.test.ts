import { describe, expect, it } from 'vitest';
import { parseAge, parseLastHeard } from '../../../flows/shared/dates.js';
import { normalizeDocument, normalizeName, normalizePhone, phoneFromWhatsApp, saysItIsMe } from '../../../flows/shared/identity.js';

const NOW = Date.UTC(2026, 4, 20, 8); // 20 May 2026

describe('parseLastHeard', () => {
  it.each([
    ['3 minggu lalu', '2026-04-29'],
    ['3 minggu yang lalu', '2026-04-29'],
    ['2 weeks ago', '2026-05-06'],
    ['seminggu lalu', '2026-05-13'],
    ['sebulan lalu', '2026-04'],
    ['a month ago', '2026-04'],
    ['kemarin', '2026-05-19'],
    ['last March', '2026-03'],
    ['Maret lalu', '2026-03'],
    ['last May', '2025-05'], // "last May" during May is a year ago
    ['Maret 2026', '2026-03'],
    ['15 Maret 2026', '2026-03-15'],
    ['March 15, 2026', '2026-03-15'],
    ['15/03/2026', '2026-03-15'],
    ['2026-03-15', '2026-03-15'],
    ['03/2026', '2026-03'],
    ['tahun lalu', '2025'],
    ['2025', '2025'],
  ])('reads "%s" as %s', (text, date) => {
    expect(parseLastHeard(text, NOW)).toEqual({ kind: 'date', date });
  });

  it.each(['besok', 'next week', '3 hari lagi', 'in 2 days', 'Juni 2026', '15/03/2027', '2027'])('refuses "%s" as in the future', (text) => {
    expect(parseLastHeard(text, NOW)).toEqual({ kind: 'future' });
  });

  it.each(['blah', '31/02/2026', '', 'Maret banyak'])('does not guess at "%s"', (text) => {
    expect(parseLastHeard(text, NOW)).toEqual({ kind: 'unknown' });
  });
});

describe('parseAge', () => {
  it('reads ages and dates of birth', () => {
    expect(parseAge('24', NOW)).toEqual({ kind: 'age', age: 24 });
    expect(parseAge('umur 17 tahun', NOW)).toEqual({ kind: 'age', age: 17 });
    expect(parseAge('12/03/1999', NOW)).toEqual({ kind: 'age', age: 27, birthDate: '1999-03-12' });
    expect(parseAge('lahir 1999', NOW)).toEqual({ kind: 'age', age: 27, birthDate: '1999' });
    expect(parseAge('12/06/2000', NOW)).toEqual({ kind: 'age', age: 25, birthDate: '2000-06-12' }); // birthday not yet this year
    expect(parseAge('2030', NOW)).toEqual({ kind: 'future' });
    expect(parseAge('150', NOW)).toEqual({ kind: 'unknown' });
    expect(parseAge('2 weeks ago', NOW)).toEqual({ kind: 'unknown' });
  });
});

describe('identity', () => {
  it('puts phone numbers, documents and names in one form', () => {
    expect(normalizePhone('0812-3456-7890', '62')).toBe('6281234567890');
    expect(normalizePhone('+62 812 3456 7890', '62')).toBe('6281234567890');
    expect(normalizePhone('WA: 0062 812 3456 7890', '62')).toBe('6281234567890');
    expect(normalizePhone('nomor 0812 3456 7890', '62')).toBe('6281234567890');
    // A leading 0 stands for the deployment's calling code: the Philippines' 63, Vietnam's 84.
    expect(normalizePhone('0917 123 4567', '63')).toBe('639171234567');
    expect(normalizePhone('090 123 4567', '84')).toBe('84901234567');
    expect(normalizePhone('123', '62')).toBeUndefined();
    expect(normalizePhone('she lost her phone 0812', '62')).toBeUndefined();
    expect(phoneFromWhatsApp('6281234567890@s.whatsapp.net')).toBe('6281234567890');
    expect(phoneFromWhatsApp('1234')).toBeUndefined();
    expect(normalizeDocument('b 1234567')).toBe('B1234567');
    expect(normalizeDocument('unknown')).toBeUndefined();
    expect(normalizeName('Siti  AMINAH binti Slamet')).toBe(normalizeName('Aminah, Siti (Slamet)'));
    expect(normalizeName('Bapak Budi')).toBe('budi');
  });

  it('hears "that is me"', () => {
    for (const t of ['saya sendiri', 'Itu saya', "that's me", 'it is me', 'Myself']) expect(saysItIsMe(t), t).toBe(true);
    for (const t of ['Siti Aminah', 'my sister', 'saya ibunya']) expect(saysItIsMe(t), t).toBe(false);
  });
});

describe('parseLastHeard: parts of a month', () => {
  const now = Date.UTC(2026, 4, 20, 8); // 20 May 2026
  it.each([
    ['awal Oktober', '2025-10'],
    ['akhir Maret', '2026-03'],
    ['pertengahan Februari 2026', '2026-02'],
    ['early April', '2026-04'],
    ['end of January', '2026-01'],
    ['last March', '2026-03'],
    ['kemarin', '2026-05-19'],
    ['2 bulan yang lalu', '2026-03'],
  ])('reads %j as %s', (text, date) => {
    expect(parseLastHeard(text, now)).toEqual({ kind: 'date', date });
  });

  it('does not read a feast day it has no date for', () => {
    expect(parseLastHeard('sejak lebaran', now)).toEqual({ kind: 'unknown' });
  });
});
