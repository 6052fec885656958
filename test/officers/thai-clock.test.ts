/**
 * One reader of the Thai six-hour clock: src/officers/thai-clock.ts. The tokenizer's table of clock words
 * (words.json `clockAfter` / `clockBefore`) once read "ทุ่ม" too, after thai-clock.ts had left the forms it
 * refuses, and so read them after all: "2 ทุ่มเท" ("devoted", not a watch) as 20:00, "7 ทุ่ม" (no such
 * watch) as 19:00. The Thai cases of test/officers/safe-time.test.ts hold the forms that are read.
 */
import { describe, expect, it } from 'vitest';
import { createSafeTimeReader, parseSafeTimes } from '../../src/officers/safe-time.js';
import { safeTimeTables } from '../../src/officers/safe-time-words.js';
import { thaiClockToDigits } from '../../src/officers/thai-clock.js';

describe('the Thai clock', () => {
  it('is read by thai-clock.ts alone: no Thai clock words in the tokenizer table', () => {
    const th = safeTimeTables().th!;
    expect(th.clockAfter).toBeUndefined();
    expect(th.clockBefore).toBeUndefined();
    expect(thaiClockToDigits('หลัง 4 ทุ่ม')).toBe('หลัง  22:00 ');
    expect(thaiClockToDigits('ตีสอง')).toBe(' 02:00 ');
  });

  it.each(['2 ทุ่มเท', '7 ทุ่ม', 'หลัง 7 ทุ่ม', 'อย่าส่ง 8 ทุ่ม'])('reads no time in %j (a verb, or a watch that does not exist)', (text) => {
    expect(parseSafeTimes(text, 'th')).toBeUndefined();
    expect(thaiClockToDigits(text)).toBe(text);
  });
});

describe('clock words from words.json (clockAfter / clockBefore)', () => {
  // A made-up language: "<n> zum" is n + 18 o'clock, "pim <n>" is n + 12.
  const reader = createSafeTimeReader({ ...safeTimeTables(), xx: { after: ['aftr'], clockAfter: { zum: 18 }, clockBefore: { pim: 12 } } });
  it('reads an hour on its own clock, after or before it', () => {
    expect(reader.parse('aftr 4 zum')).toEqual([{ start: 22 * 60, end: 0 }]);
    expect(reader.parse('pim 3')).toEqual([{ start: 15 * 60, end: 16 * 60 }]);
  });
  it('reads no time for an hour the clock cannot take', () => {
    expect(reader.parse('7 zum')).toBeUndefined(); // 25:00
    expect(reader.parse('aftr 0 zum')).toBeUndefined();
  });
});
