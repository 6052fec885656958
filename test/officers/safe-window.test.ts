import { describe, expect, it } from 'vitest';
import { insideWindow, subtractWindows } from '../../src/officers/safe-window.js';

const hm = (h: number, m = 0) => h * 60 + m;

describe('subtractWindows', () => {
  it('cuts a window around, into or off an excluded one', () => {
    const night = [{ start: hm(19), end: hm(23) }];
    expect(subtractWindows(night, [{ start: hm(21), end: hm(22) }])).toEqual([{ start: hm(19), end: hm(21) }, { start: hm(22), end: hm(23) }]);
    expect(subtractWindows(night, [{ start: hm(22), end: hm(4) }])).toEqual([{ start: hm(19), end: hm(22) }]);
    expect(subtractWindows(night, [{ start: hm(18), end: hm(23, 30) }])).toEqual([]);
    expect(subtractWindows(night, [{ start: hm(6), end: hm(7) }])).toEqual(night);
  });

  it('keeps a window that wraps past midnight one window', () => {
    const late = [{ start: hm(22), end: hm(2) }];
    expect(subtractWindows(late, [{ start: hm(12), end: hm(13) }])).toEqual(late);
    expect(subtractWindows(late, [{ start: hm(23), end: hm(0) }])).toEqual([{ start: hm(22), end: hm(23) }, { start: hm(0), end: hm(2) }]);
    expect(subtractWindows(late, [{ start: hm(1), end: hm(5) }])).toEqual([{ start: hm(22), end: hm(1) }]);
    expect(subtractWindows([{ start: hm(22), end: 0 }], [])).toEqual([{ start: hm(22), end: 0 }]);
  });
});

describe('insideWindow', () => {
  it('includes the start and excludes the end, across midnight too', () => {
    expect(insideWindow({ start: hm(22), end: hm(1) }, hm(22))).toBe(true);
    expect(insideWindow({ start: hm(22), end: hm(1) }, hm(0, 30))).toBe(true);
    expect(insideWindow({ start: hm(22), end: hm(1) }, hm(1))).toBe(false);
    expect(insideWindow({ start: hm(9), end: hm(10) }, hm(10))).toBe(false);
  });
});
