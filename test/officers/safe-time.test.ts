import { describe, expect, it } from 'vitest';
import { createSafeTimeReader, nextSafeMoment, parseSafeTimes as parseIn, readSafeTimes as readIn, type SafeWindow } from '../../src/officers/safe-time.js';
import { safeTimeTables } from '../../src/officers/safe-time-words.js';

// The texts below are read as in an Indonesian conversation, which reads English too (as every one does).
const parseSafeTimes = (text: string) => parseIn(text, 'id');
const readSafeTimes = (text: string) => readIn(text, 'id');
const idEn = () => ({ id: safeTimeTables().id!, en: safeTimeTables().en! });
import { insideWindow } from '../../src/officers/safe-window.js';

/** "21:00-22:00" → { start: 1260, end: 1320 }; several windows separated by spaces. */
function w(spec: string): SafeWindow[] {
  return spec.split(' ').map((range) => {
    const [start, end] = range.split('-').map((t) => {
      const [h, m] = t.split(':').map(Number);
      return h! * 60 + m!;
    });
    return { start: start!, end: end! };
  });
}

/** A small seeded random generator (mulberry32), so that a failing case can be run again. */
function seeded(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

describe('parseSafeTimes', () => {
  describe('Indonesian', () => {
    it.each([
      ['setelah jam 10 malam', '22:00-00:00'],
      ['stlh jam 11 mlm', '23:00-01:00'],
      ['jam 9 malam', '21:00-22:00'],
      ['jam 10 pagi', '10:00-11:00'],
      ['pagi jam 6', '06:00-07:00'],
      ['jam 9-10 malam', '21:00-22:00'],
      ['jam 9 - jam 10 malam', '21:00-22:00'],
      ['malam jam 9-10', '21:00-22:00'],
      ['antara jam 9 dan 10 malam', '21:00-22:00'],
      ['istirahat siang jam 12-13', '12:00-13:00'],
      ['jam 1 siang', '13:00-14:00'],
      ['jam 3 sore', '15:00-16:00'],
      ['jam 12 malam', '00:00-01:00'],
      ['jam 2 malam', '02:00-03:00'],
      ['tengah malam', '00:00-01:00'],
      ['sebelum jam 7 pagi', '05:00-07:00'],
      ['sblm jam 7 pagi', '05:00-07:00'],
      ['dari jam 9 malam sampai jam 1 pagi', '21:00-01:00'],
      ['setelah jam 10 malam sampai jam 12', '22:00-00:00'],
      ['jam 11-1 malam', '23:00-01:00'],
      ['malam sampai jam 11', '19:00-23:00'],
      ['jam 9 malam sampai pagi', '21:00-05:00'],
      ['jam 9.30 malam', '21:30-22:30'],
      ['setelah isya', '19:00-21:00'],
      ['jam 10 malam WIB', '22:00-23:00'],
      ['jam 21-23', '21:00-23:00'],
    ])('reads %j', (text, windows) => {
      expect(parseSafeTimes(text)).toEqual(w(windows));
    });

    it.each([
      ['malam', '19:00-23:00'],
      ['Malam saja', '19:00-23:00'],
      ['pagi', '05:00-09:00'],
      ['pagi-pagi', '05:00-09:00'],
      ['siang', '11:00-14:00'],
      ['sore', '15:00-18:00'],
    ])('reads the part of the day %j as its range', (text, windows) => {
      expect(parseSafeTimes(text)).toEqual(w(windows));
    });

    it('reads several windows in one text', () => {
      expect(parseSafeTimes('pagi jam 6 atau malam jam 10')).toEqual(w('06:00-07:00 22:00-23:00'));
      expect(parseSafeTimes('jam 6 pagi dan jam 10 malam')).toEqual(w('06:00-07:00 22:00-23:00'));
      expect(parseSafeTimes('pagi atau malam')).toEqual(w('05:00-09:00 19:00-23:00'));
    });
  });

  describe('English', () => {
    it.each([
      ['after 10pm', '22:00-00:00'],
      ['After 10 p.m.', '22:00-00:00'],
      ['after 11pm', '23:00-01:00'],
      ['before 7am', '05:00-07:00'],
      ['before 1am', '23:00-01:00'],
      ['10pm to midnight', '22:00-00:00'],
      ['10pm-1am', '22:00-01:00'],
      ['12am-2am', '00:00-02:00'],
      ['12pm', '12:00-13:00'],
      ['10:30pm-11:30pm', '22:30-23:30'],
      ['from 8 to 10pm', '20:00-22:00'],
      ['11-1pm', '11:00-13:00'],
      ['between 9 and 10pm', '21:00-22:00'],
      ['tonight at 10', '22:00-23:00'],
      ['after 10pm until midnight', '22:00-00:00'],
      ['after 10pm and before 6am', '22:00-06:00'],
      ['no later than 6am', '04:00-06:00'],
      ['after lunch', '13:30-15:30'],
      ['12 noon', '12:00-13:00'],
      ['before noon', '10:00-12:00'],
    ])('reads %j', (text, windows) => {
      expect(parseSafeTimes(text)).toEqual(w(windows));
    });

    it.each([
      ['night', '19:00-23:00'],
      ['at night', '19:00-23:00'],
      ['morning', '05:00-09:00'],
      ['noon', '11:30-13:30'],
      ['lunch break', '11:30-13:30'],
      ['evening', '17:00-21:00'],
    ])('reads the part of the day %j as its range', (text, windows) => {
      expect(parseSafeTimes(text)).toEqual(w(windows));
    });

    it('reads "or" as several windows, sorted by start', () => {
      expect(parseSafeTimes('after 10pm or before 7am')).toEqual(w('05:00-07:00 22:00-00:00'));
    });
  });

  describe('Thai: the six-hour clock (ทุ่ม, ตี, บ่าย)', () => {
    const th = (text: string) => parseIn(text, 'th');
    it.each([
      ['หลัง 4 ทุ่ม', '22:00-00:00'], // after 22:00
      ['หลัง ๔ ทุ่ม', '22:00-00:00'], // Thai digits
      ['หลังสี่ทุ่ม', '22:00-00:00'], // spelled, no spaces
      ['สองทุ่มครึ่ง', '20:30-21:30'],
      ['ทุ่มครึ่ง', '19:30-20:30'], // one watch is said without its number
      ['ห้าทุ่มถึงตีหนึ่ง', '23:00-01:00'], // 23:00 to 01:00
      ['ตีสอง', '02:00-03:00'],
      ['ตี 3 ครึ่ง', '03:30-04:30'],
      ['ก่อนตีนึง', '23:00-01:00'], // spoken "one"
      ['บ่าย 2', '14:00-15:00'], // not the whole afternoon
      ['บ่ายสองโมง', '14:00-15:00'],
      ['บ่ายโมงครึ่ง', '13:30-14:30'],
      ['หลัง 6 โมงเย็น', '18:00-20:00'],
      ['ก่อน 8 โมงเช้า', '06:00-08:00'],
    ])('reads %j', (text, windows) => {
      expect(th(text)).toEqual(w(windows));
    });

    it('shuts the watch it names, not the same number at night: "อย่าส่ง 3 ทุ่ม" is not 03:00', () => {
      expect(readIn('อย่าส่ง 3 ทุ่ม', 'th').excluded).toEqual(w('21:00-22:00'));
      expect(readIn('หลังเที่ยงคืน แต่อย่าส่งตอนตีสอง', 'th').excluded).toEqual(w('02:00-03:00'));
    });

    it.each([
      'เขาตีผม 2 ครั้ง', // "he hit me twice": ตี is a verb here
      'โดนตี 3 ที', // beaten three times
      'ทุ่มเท 2 ชั่วโมง', // "devoted 2 hours"
      '7 โมง', // morning, or the old afternoon count: not guessed
    ])('does not read %j as a time', (text) => {
      expect(th(text)).toBeUndefined();
    });
  });

  describe('24-hour clock', () => {
    it.each([
      ['22:00-23:30', '22:00-23:30'],
      ['21.00 - 22.00', '21:00-22:00'],
      ['21.00–22.00', '21:00-22:00'],
      ['jam 2200', '22:00-23:00'],
      ['2200-2330', '22:00-23:30'],
      ['after 22', '22:00-00:00'],
      ['09:00', '09:00-10:00'],
      ['9.00-10.00', '09:00-10:00'],
      ['23:00-01:00', '23:00-01:00'],
      ['jam 24', '00:00-01:00'],
    ])('reads %j', (text, windows) => {
      expect(parseSafeTimes(text)).toEqual(w(windows));
    });

    it('does not read years, phone numbers or counts as times', () => {
      expect(parseSafeTimes('2024')).toBeUndefined();
      expect(parseSafeTimes('+85512345678')).toBeUndefined();
      expect(parseSafeTimes('3-4 orang')).toBeUndefined();
      expect(parseSafeTimes('2 jam saja')).toBeUndefined();
      expect(parseSafeTimes('3-4 orang malam')).toEqual(w('19:00-23:00'));
      expect(parseSafeTimes('jam 25')).toBeUndefined();
      expect(parseSafeTimes('jam 10.75')).toBeUndefined();
    });
  });

  describe('what it does not guess', () => {
    it.each([
      [''],
      ['   '],
      ['kapan saja aman kalau bos tidak ada'],
      ['weekends'],
      ['akhir pekan'],
      ['hari minggu'],
      ['weekends after 10pm'],
      ['sabtu malam'],
      ['jam 10'],
      ['after 10'],
      ['9-10'],
      ['not at night'],
      ['jangan malam'],
      ['malam tidak aman'],
      ['any time except night'],
      ['kalau bos pergi'],
      ['🙏🙏'],
      // "until" with no start: safe before it, or busy until then? (issue 10, point 5; read as 04:00-06:00 and 15:00-17:00 before)
      ['sampai jam 6 pagi'],
      ['s/d jam 5 sore'],
    ])('%j names no window', (text) => {
      expect(parseSafeTimes(text)).toBeUndefined();
    });

    it('keeps the readable windows when one part is vague or negated', () => {
      expect(parseSafeTimes('malam tidak aman, pagi jam 6')).toEqual(w('06:00-07:00'));
      expect(parseSafeTimes('jam 10 malam, kalau bos tidak ada')).toEqual(w('22:00-23:00'));
      expect(parseSafeTimes('jam 9 atau 10 malam')).toEqual(w('22:00-23:00'));
    });

    it('never throws, whatever it is given', () => {
      const odd: unknown[] = [undefined, null, 42, {}, 'x'.repeat(100_000), '-'.repeat(1000), 'jam '.repeat(500), '10pm-'.repeat(300), '\u0000\uffff'];
      for (const text of odd) expect(() => parseSafeTimes(text as string)).not.toThrow();
      expect(parseSafeTimes(undefined as unknown as string)).toBeUndefined();
    });

    it('drops duplicate windows', () => {
      expect(parseSafeTimes('jam 9 malam atau 21:00')).toEqual(w('21:00-22:00'));
    });
  });

  describe('times not to write (issue 10, point 5)', () => {
    // A negation or exclusion alone names no safe time: the answer waits until the person writes.
    it.each([
      ['jangan kirim jam 9 malam'],
      ['jam 9 malam ada bos, jangan kirim'],
      ['selain jam 9-10 malam'],
      ['kecuali jam 8 pagi'],
      ['avoid 20:00-23:00'],
      ['stop at 22:00'],
      ['not after 10pm'],
      ['dont text me at night'],
      ["don't text me at night"],
      ['jgn jm 9 mlm'],
      ['jngn jam 9 malam'],
      ['gk boleh jam 9 malam'],
      ['tdk boleh jam 9 mlm'],
      ['ga boleh mlm'],
      ['gak bisa jam 9 malam'],
      ['jam 9 mlm ada mandor'],
      ['jam 9 malam ada yang jaga'],
      ['jam 9 malam ada yg jaga'],
      ['jam 8 malam hp diperiksa'],
      ['jam 9 malam diperiksa'],
      ['jam 9 mlm gk aman'],
      ['jam 9 malam tidak aman'],
      ['jam 9 malam rame'],
      ['jm 9 mlm sibuk'],
      ['jam 9 malam bahaya'],
      ['bos datang jam 9 malam'],
      ['jgn jam 9 mlm ada bos'],
      ['hindari jam 9 malam'],
      ['bukan jam 9 malam'],
      ['jangan2 jam 9 malam'],
      ['jangan jam 9 dan jam 10 malam'],
      ['jgn jam 9 atau jam 10 mlm'],
      ['jam 9 atau 10 malam jangan'],
      ['jam 9 malam. jangan kirim.'],
      ['jangan jam 10'],
      ['jangan sampai jam 10 malam'],
      ['jam 10 malam, jangan telpon'],
      ['jam 10 malam, kecuali ada bos'],
      ['selain jam 9-10 malam boleh'],
      ['jangan jam 9 malam, jam 10 malam juga'],
      ['jam 10 malam jangan jam 9'], // no comma: which side is meant? both are left out
      ['jam 9 malam🚫'],
      ['❌ jam 9 malam'],
      ['boss is there 8-10pm'],
      ['boss comes at 9pm'],
      ['guards check at 9pm'],
      ['the guards check phones at 9pm'],
      ['no messages at 21:00'],
      ['never after 9pm'],
      ['never at night'],
      ['pls dont msg 9pm-11pm'],
      ['dont msg before 10pm'],
      ['do not text after 11 pm'],
      ['dont send 9-10'],
      ['not at 9pm or 10pm'],
      ['not before 10pm'],
      ['any time except 9pm'],
      ['anytime but not at night'],
      ['besides 9pm'],
      ['other than 21:00-22:00'],
      ['apart from mornings'],
      ['after 10pm unless boss is there'],
      ['after 22:00 but not on Sunday'], // a day: no daily window can say it
      ['jam 10 malam tp jgn hari minggu'],
    ])('%j names no window', (text) => {
      expect(parseSafeTimes(text)).toBeUndefined();
    });

    it.each([
      ['jam 10 malam, jangan jam 9', '22:00-23:00'],
      ['after 9pm except 10pm', '21:00-22:00'],
      ['jam 9-11 malam kecuali jam 10 malam', '21:00-22:00'],
      ['after 9pm, not after 11pm', '21:00-23:00'],
      ['after 8pm but avoid 9pm-10pm', '20:00-21:00'],
      ['setelah jam 9 malam, jam 10 malam ada bos', '21:00-22:00'],
      ['stlh jm 10 mlm tp jgn jm 11', '22:00-23:00'],
      ['jangan jam 9 malam tapi jam 10 malam boleh', '22:00-23:00'],
      ['jam 9 malam jangan, jam 10 malam aja', '22:00-23:00'],
      ['selain jam 9 malam, jam 10 malam bisa', '22:00-23:00'],
      ['jam 8 malam diperiksa, jam 11 malam aman', '23:00-00:00'],
      ['jam 9 malam sibuk, jam 12 malam bisa', '00:00-01:00'],
      ['tengah malam aman, jam 10 mlm jangan', '00:00-01:00'],
      ['jangan malam, pagi aja', '05:00-09:00'],
      ['jam 6 pagi, jangan malam', '06:00-07:00'],
      ['malam, jangan jam 9-10', '19:00-21:00 22:00-23:00'],
      ['avoid 8-11pm, after midnight ok', '00:00-02:00'],
      ['11pm is best, not 10pm', '23:00-00:00'],
    ])('keeps only the safe part of %j', (text, windows) => {
      expect(parseSafeTimes(text)).toEqual(w(windows));
    });

    it.each([
      ['jam 10 malam kalau bos tidak ada', '22:00-23:00'],
      ['kalau tidak ada bos jam 10 malam', '22:00-23:00'],
      ['kalau bos udah tidur jam 11 malam', '23:00-00:00'],
      ['tidak apa2 jam 10 malam', '22:00-23:00'],
      ['jam 10 mlm gpp', '22:00-23:00'],
      ['no guards after 11pm', '23:00-01:00'],
      ['after the boss leaves at 10pm', '22:00-00:00'],
      ['boss sleeps after 11pm', '23:00-01:00'],
      ['no earlier than 10pm', '22:00-00:00'],
      ['only after 10pm', '22:00-00:00'],
      ['hanya jam 11 malam', '23:00-00:00'],
    ])('does not take %j for a negation', (text, windows) => {
      expect(parseSafeTimes(text)).toEqual(w(windows));
    });

    it.each([
      ['setelah jam 10 malam', '22:00-00:00'],
      ['stlh jm 10 mlm', '22:00-00:00'],
      ['after 22:00', '22:00-00:00'],
      ['aftr 10pm', '22:00-00:00'],
      ['jam 9-10 malam', '21:00-22:00'],
      ['jm 9-10 mlm', '21:00-22:00'],
      ['jam9 malam', '21:00-22:00'],
      ['jam 9 mlm aman', '21:00-22:00'],
      ['sblm jm 7 pgi', '05:00-07:00'],
      ['b4 7am', '05:00-07:00'],
      ['2nite after 10', '22:00-00:00'],
    ])('still reads the safe time %j', (text, windows) => {
      expect(parseSafeTimes(text)).toEqual(w(windows));
    });

    it.each([
      ['you can write until 22:00'],
      ['sampai jam 10 malam'],
      ['bisa sampai jam 10 malam'],
      ['till 10pm'],
      ['until 22:00, or after 23:00'], // busy until 22:00? the hours around it are left out
    ])('reads "until" with no start, %j, as no window', (text) => {
      expect(parseSafeTimes(text)).toBeUndefined();
    });

    it.each([
      ['after 10pm, until midnight', '22:00-00:00'],
      ['jam 9 malam, sampai jam 11', '21:00-23:00'],
      ['from 8pm, stop at 10pm', '20:00-22:00'],
      ['after 6pm, stop at 7pm', '18:00-19:00'],
    ])('reads "until" after a start, %j, as the end of that window', (text, windows) => {
      expect(parseSafeTimes(text)).toEqual(w(windows));
    });

    it('never schedules 21:00 for "jangan kirim jam 9 malam", whenever it is asked', () => {
      const text = 'jangan kirim jam 9 malam';
      expect(readSafeTimes(text)).toEqual({ windows: undefined, excluded: w('21:00-22:00') });
      // and with a safe time beside it, nothing between 21:00 and 22:00 local, on any day
      const windows = parseSafeTimes(`malam, ${text}`)!;
      expect(windows).toEqual(w('19:00-21:00 22:00-23:00'));
      for (let min = 0; min < 24 * 60; min += 7) {
        const now = Date.UTC(2026, 0, 1) - 420 * 60_000 + min * 60_000;
        const next = nextSafeMoment(windows, now, 420);
        const local = new Date((next.now ? now : next.at) + 420 * 60_000);
        expect(local.getUTCHours()).not.toBe(21);
      }
    });

    it('records what it excludes, wider than a window on the open side', () => {
      expect(readSafeTimes('not after 10pm').excluded).toEqual(w('22:00-04:00'));
      expect(readSafeTimes('stop at 22:00').excluded).toEqual(w('22:00-04:00'));
      expect(readSafeTimes('sampai jam 10 malam').excluded).toEqual(w('16:00-04:00'));
      expect(readSafeTimes('jangan jam 10').excluded).toEqual(w('10:00-11:00 22:00-23:00')); // morning or night: both
      expect(readSafeTimes('setelah jam 10 malam')).toEqual({ windows: w('22:00-00:00'), excluded: [] });
    });
  });

  describe('what a phone sends', () => {
    it.each([
      ['٢١:٠٠-٢٢:٠٠', '21:00-22:00'], // Arabic-Indic
      ['۲۱:۰۰', '21:00-22:00'], // Extended Arabic-Indic (Persian, Urdu)
      ['๒๒:๐๐', '22:00-23:00'], // Thai
      ['２２：００－２３：００', '22:00-23:00'], // full-width
      ['ｊａｍ ９ ｍａｌａｍ', '21:00-22:00'],
      ['jam ၉ malam', '21:00-22:00'], // Myanmar
      ['jam ៩ malam', '21:00-22:00'], // Khmer
      ['jam ໙ malam', '21:00-22:00'], // Lao
      ['🙏 jam 10 malam 🙏', '22:00-23:00'],
      ['\u202Ejam 9 malam', '21:00-22:00'], // right-to-left override
      ['\u200Fjam 9 malam\u200F', '21:00-22:00'], // right-to-left marks
      ['jam\u200B 9\u200B malam', '21:00-22:00'], // zero-width spaces that change nothing
    ])('reads %j', (text, windows) => {
      expect(parseSafeTimes(text)).toEqual(w(windows));
    });

    it('reads negations written with other digits, signs or invisible characters', () => {
      expect(readSafeTimes('jangan jam ٩ malam')).toEqual({ windows: undefined, excluded: w('21:00-22:00') });
      expect(parseSafeTimes('jang\u200Ban jam 9 malam')).toBeUndefined(); // joined: "jangan"
      expect(parseSafeTimes('jangan\u200Bjam 9 malam')).toBeUndefined(); // split: "jangan jam"
    });

    it('reads no window in 10,000 characters, even when they start with one', () => {
      expect(parseSafeTimes('jam 9 malam '.repeat(900))).toBeUndefined();
      expect(parseSafeTimes(`jam 9 malam ${'x'.repeat(9_980)} jangan`)).toBeUndefined(); // reading its start alone would miss the "jangan"
      expect(parseSafeTimes(`${'\u200B'.repeat(10_000)}jam 9 malam`)).toBeUndefined();
    });

    it('never throws on random text', () => {
      const pool = ['jam', ' ', '9', '-', 'malam', 'jangan', '🙏', '\u200B', '\u202E', '٩', '๒', '２', ':', '.', ',', '\uD800', '\uDFFF', 'ع', '\n', 'pm', 'sampai', 'x'];
      const random = seeded(7);
      for (let n = 0; n < 500; n++) {
        const text = Array.from({ length: Math.floor(random() * 40) }, () => pool[Math.floor(random() * pool.length)]).join('');
        expect(() => readSafeTimes(text)).not.toThrow();
      }
    });
  });

  describe('every negated window stays shut (property)', () => {
    const windowPhrases = [
      'jam 9 malam', 'jam 9-10 malam', 'jm 9-10 mlm', 'setelah jam 10 malam', 'stlh jm 11 mlm', 'after 22:00', 'after 10pm',
      '20:00-23:00', '21.00 - 22.00', 'before 7am', 'sblm jm 7 pgi', 'malam', 'pagi', 'sore', 'at night', 'evening',
      '10pm-1am', 'jam 11-1 malam', 'jam 12 malam', 'tengah malam', 'jam 2 malam', 'jam 6 pagi', 'between 9 and 10pm',
      'after lunch', 'dari jam 9 malam sampai jam 1 pagi', 'after 10pm and before 6am', 'pagi atau malam',
    ];
    const negations: ((p: string) => string)[] = [
      (p) => `jangan ${p}`, (p) => `jgn ${p}`, (p) => `jangan kirim ${p}`, (p) => `${p} jangan kirim`, (p) => `${p} jgn`,
      (p) => `${p}, jangan kirim`, (p) => `${p} ada bos`, (p) => `${p} ada mandor`, (p) => `${p} ada yang jaga`,
      (p) => `${p} diperiksa`, (p) => `${p} tidak aman`, (p) => `${p} gk aman`, (p) => `tdk boleh ${p}`, (p) => `ga bisa ${p}`,
      (p) => `selain ${p}`, (p) => `kecuali ${p}`, (p) => `bukan ${p}`, (p) => `avoid ${p}`, (p) => `not ${p}`,
      (p) => `never ${p}`, (p) => `dont text ${p}`, (p) => `no messages ${p}`, (p) => `except ${p}`, (p) => `other than ${p}`,
      (p) => `${p} boss is there`, (p) => `${p} guards check`, (p) => `❌ ${p}`,
    ];
    const withSafe: ((neg: string, q: string) => string)[] = [
      (neg) => neg, (neg, q) => `${q}, ${neg}`, (neg, q) => `${neg}, tapi ${q}`, (neg, q) => `${neg} but ${q} ok`,
      (neg, q) => `${neg}. ${q} aman`, (neg, q) => `${q} atau ${neg}`, (neg, q) => `${neg}\n${q} aja`,
      (neg, q) => `${q} ${neg}`, (neg, q) => `${neg} dan ${q}`, (neg, q) => `${q}, ${neg}, ${q}`,
    ];

    it('never opens a window inside the negated one, for random phrasings', () => {
      const random = seeded(2026);
      const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)]!;
      let withWindow = 0;
      for (let n = 0; n < 2_000; n++) {
        const p = pick(windowPhrases), q = pick(windowPhrases);
        const text = pick(withSafe)(pick(negations)(p), q);
        const negated = parseSafeTimes(p)!;
        const windows = parseSafeTimes(text);
        if (!windows) continue;
        withWindow++;
        for (let min = 0; min < 24 * 60; min++) {
          const shut = negated.some((x) => insideWindow(x, min));
          if (shut) expect(windows.some((x) => insideWindow(x, min)), `${JSON.stringify(text)} at minute ${min}`).toBe(false);
        }
        const now = Date.UTC(2026, 2, 1) + Math.floor(random() * 7 * 24 * 60) * 60_000;
        const offset = pick([420, 390, 0, -300]);
        const next = nextSafeMoment(windows, now, offset);
        const local = Math.floor((((next.now ? now : next.at) + offset * 60_000) % 86_400_000) / 60_000);
        expect(negated.some((x) => insideWindow(x, local)), JSON.stringify(text)).toBe(false);
      }
      expect(withWindow).toBeGreaterThan(200); // the safe part of a mix is kept often enough to test
    });
  });

  describe('createSafeTimeReader', () => {
    it('reads the words a locale adds, as it reads the built-in ones', () => {
      expect(parseSafeTimes('huwag jam 9 gabi')).toBeUndefined(); // "gabi" (night) is not a built-in word
      expect(parseSafeTimes('huwag jam 9 malam')).toEqual(w('21:00-22:00')); // nor "huwag" (don't): a locale must add it
      const reader = createSafeTimeReader({ ...idEn(), tl: { negation: ['huwag'], after: ['pagkatapos ng'], parts: { gabi: 'night' } } });
      expect(reader.read('huwag jam 9 gabi')).toEqual({ windows: undefined, excluded: w('21:00-22:00') });
      expect(reader.parse('pagkatapos ng 10pm')).toEqual(w('22:00-00:00'));
      expect(reader.parse('setelah jam 10 malam')).toEqual(w('22:00-00:00'));
    });

    it('reads a word in two lists as the more cautious', () => {
      const reader = createSafeTimeReader({ ...idEn(), xx: { affirmative: ['jangan'], after: ['not'] } });
      expect(reader.parse('jangan jam 9 malam')).toBeUndefined();
      expect(reader.parse('not 9pm')).toBeUndefined();
    });
  });
});

describe('nextSafeMoment', () => {
  const utc = (iso: string) => Date.parse(`${iso}Z`);
  const night = w('22:00-00:00');
  const wrap = w('23:00-01:00');

  it('says now when the local time is inside a window, start included and end excluded', () => {
    expect(nextSafeMoment(night, utc('2025-03-01T22:00:00'), 0)).toEqual({ now: true, at: utc('2025-03-01T22:00:00') });
    expect(nextSafeMoment(night, utc('2025-03-01T23:59:59'), 0).now).toBe(true);
    expect(nextSafeMoment(night, utc('2025-03-02T00:00:00'), 0)).toEqual({ now: false, at: utc('2025-03-02T22:00:00') });
  });

  it('gives the next opening later today or tomorrow', () => {
    expect(nextSafeMoment(night, utc('2025-03-01T08:15:30'), 0)).toEqual({ now: false, at: utc('2025-03-01T22:00:00') });
    expect(nextSafeMoment(w('06:00-07:00'), utc('2025-03-01T08:00:00'), 0)).toEqual({ now: false, at: utc('2025-03-02T06:00:00') });
  });

  it('handles windows that wrap past midnight', () => {
    expect(nextSafeMoment(wrap, utc('2025-03-01T23:30:00'), 0).now).toBe(true);
    expect(nextSafeMoment(wrap, utc('2025-03-02T00:30:00'), 0).now).toBe(true);
    expect(nextSafeMoment(wrap, utc('2025-03-02T01:00:00'), 0)).toEqual({ now: false, at: utc('2025-03-02T23:00:00') });
  });

  it('takes the soonest of several windows', () => {
    const two = w('06:00-07:00 22:00-23:00');
    expect(nextSafeMoment(two, utc('2025-03-01T12:00:00'), 0).at).toBe(utc('2025-03-01T22:00:00'));
    expect(nextSafeMoment(two, utc('2025-03-01T23:30:00'), 0).at).toBe(utc('2025-03-02T06:00:00'));
    expect(nextSafeMoment(two, utc('2025-03-01T06:59:00'), 0).now).toBe(true);
  });

  it('reads local time as UTC plus the offset (Cambodia, +420)', () => {
    // 14:30 UTC is 21:30 in Phnom Penh: the 22:00 window opens at 15:00 UTC
    expect(nextSafeMoment(night, utc('2025-03-01T14:30:00'), 420)).toEqual({ now: false, at: utc('2025-03-01T15:00:00') });
    // 16:30 UTC is 23:30 local: inside
    expect(nextSafeMoment(night, utc('2025-03-01T16:30:00'), 420).now).toBe(true);
    // 17:00 UTC is local midnight of the next day: closed until 15:00 UTC that day
    expect(nextSafeMoment(night, utc('2025-03-01T17:00:00'), 420)).toEqual({ now: false, at: utc('2025-03-02T15:00:00') });
  });

  it('crosses the UTC date line with the offset (before 7am in Phnom Penh is the evening before in UTC)', () => {
    const early = w('05:00-07:00');
    // 21:00 UTC = 04:00 local next day; the window opens at 05:00 local = 22:00 UTC
    expect(nextSafeMoment(early, utc('2025-03-01T21:00:00'), 420)).toEqual({ now: false, at: utc('2025-03-01T22:00:00') });
    expect(nextSafeMoment(early, utc('2025-03-01T23:59:00'), 420).now).toBe(true);
  });

  it('handles half-hour offsets (Myanmar, +390)', () => {
    // 15:00 UTC = 21:30 local; the 22:00 window opens at 15:30 UTC
    expect(nextSafeMoment(night, utc('2025-03-01T15:00:00'), 390)).toEqual({ now: false, at: utc('2025-03-01T15:30:00') });
    expect(nextSafeMoment(wrap, utc('2025-03-01T18:00:00'), 390).now).toBe(true); // 00:30 local
    expect(nextSafeMoment(wrap, utc('2025-03-01T18:30:00'), 390)).toEqual({ now: false, at: utc('2025-03-02T16:30:00') });
  });

  it('handles negative offsets', () => {
    expect(nextSafeMoment(night, utc('2025-03-02T01:00:00'), -300)).toEqual({ now: false, at: utc('2025-03-02T03:00:00') });
  });

  it('works with what parseSafeTimes reads', () => {
    const windows = parseSafeTimes('setelah jam 10 malam')!;
    expect(nextSafeMoment(windows, utc('2025-03-01T12:00:00'), 420)).toEqual({ now: false, at: utc('2025-03-01T15:00:00') });
  });

  it('never opens with no windows', () => {
    const r = nextSafeMoment([], utc('2025-03-01T12:00:00'), 420);
    expect(r.now).toBe(false);
    expect(Number.isFinite(r.at)).toBe(false);
  });
});
