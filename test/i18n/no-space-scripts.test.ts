/** Words of scripts written without spaces (Han, Thai) found inside the run of text, with a throwaway words file. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCount, readYesNo } from '../../flows/shared/answers.js';
import { parseLastHeard } from '../../flows/shared/dates.js';
import { installWords, wordLanguages, wordsOf, wordsSchema, type LanguageWords } from '../../flows/shared/words.js';
import { loadWords } from '../../src/i18n/words.js';
import { parseSafeTimes } from '../../src/officers/safe-time.js';

const base = (): LanguageWords => wordsSchema.parse({
  answers: { senses: {}, fillers: [], particles: [], lists: { and: [], through: [] }, counts: { numbers: {}, about: [], moreThan: [], lessThan: [], vague: {}, nouns: [], roughEndings: [] }, times: [], names: [] },
  safeTime: {},
  dates: { today: [], yesterday: [], future: [], ago: [], about: [], units: {}, months: {}, last: [], lastWeek: [], lastMonth: [], lastYear: [], partOfMonth: [], numbers: {}, order: 'ymd', age: [], years: [], born: [] },
  identity: { titles: [], self: [], aboutNoise: [], placeNoise: [] },
  wipe: [],
});
const zh = base();
zh.answers.senses = { yes: ['是的', '好'], no: ['不', '没有'] };
zh.answers.counts.numbers = { 一: 1, 二: 2, 三: 3, 五: 5 };
zh.answers.counts.multipliers = { 十: 10 };
zh.answers.counts.nouns = ['个', '人'];
zh.safeTime = { afterTime: ['以后'], oclock: ['点'], parts: { 晚上: 'night' } };
const th = base();
th.dates.units = { สัปดาห์: 'week', วัน: 'day' };
th.dates.ago = ['ที่แล้ว', 'ก่อน'];
th.answers.senses = { yes: ['ใช่'], no: ['ไม่'] };

describe('scripts without spaces', () => {
  beforeAll(() => installWords(new Map([...wordLanguages().map((l) => [l, wordsOf(l)!] as const), ['zh', zh], ['th', th]])));
  afterAll(() => loadWords('locales'));

  it('reads answers and counts inside a run of Han letters', () => {
    expect(readYesNo('是的', 'zh')).toBe('yes');
    expect(readYesNo('没有', 'zh')).toBe('no');
    expect(readCount('二十五个人', 'zh')).toMatchObject({ kind: 'figure', count: 25 });
    expect(readCount('十', 'zh')).toMatchObject({ kind: 'figure', count: 10 });
    expect(readCount('３', 'zh')).toMatchObject({ kind: 'figure', count: 3 });
  });

  it('reads a safe time written in Han letters and numerals', () => {
    expect(parseSafeTimes('晚上十点以后', 'zh')?.[0]?.start).toBe(22 * 60);
    expect(parseSafeTimes('晚上10点以后', 'zh')?.[0]?.start).toBe(22 * 60);
  });

  it('reads a Thai date with Thai digits, and Thai yes/no', () => {
    const now = Date.UTC(2026, 2, 20);
    expect(parseLastHeard('๓ สัปดาห์ที่แล้ว', now, 'th')).toEqual({ kind: 'date', date: '2026-02-27' });
    expect(readYesNo('ใช่', 'th')).toBe('yes');
    expect(readYesNo('ไม่', 'th')).toBe('no');
  });

  it('reads digits of every script', () => {
    for (const three of ['๓', '३', '٣', '۳', '৩', '၃', '៣', '໓', '３']) expect(readCount(three, 'en'), three).toMatchObject({ count: 3 });
  });
});
