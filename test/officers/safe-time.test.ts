import { describe, expect, it } from 'vitest';
import { nextSafeMoment, parseSafeTimes, type SafeWindow } from '../../src/officers/safe-time.js';

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
      ['sampai jam 6 pagi', '04:00-06:00'],
      ['s/d jam 5 sore', '15:00-17:00'],
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
