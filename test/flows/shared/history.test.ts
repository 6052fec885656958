import { describe, expect, it } from 'vitest';
import { AnswerHistorySchema, keepFirstAndLatest, withAlarm, withVersions } from '../../../flows/shared/history.js';

describe('answer history', () => {
  it('adds a version for each answer that changed, a cleared one as null, and skips the unversioned', () => {
    const v = { at: 5, source: 'step' as const };
    const h = withVersions(undefined, { name: 'Ani', people: '3' }, { name: 'Ani', people: '11-50', details: 'more' }, v, ['details']);
    expect(h).toEqual({ people: [{ value: '11-50', at: 5, source: 'step' }] });
    const cleared = withVersions(h, { name: 'Ani' }, { name: undefined }, { at: 6, source: 'restart' }, []);
    expect(cleared?.name).toEqual([{ value: null, at: 6, source: 'restart' }]);
    expect(AnswerHistorySchema.parse(JSON.parse(JSON.stringify(cleared)))).toEqual(cleared);
  });

  it('returns the same history when nothing changed', () => {
    expect(withVersions(undefined, { name: 'Ani' }, { name: 'Ani' }, { at: 1, source: 'step' }, [])).toBeUndefined();
  });

  it('keeps the first and the latest entries of a long list', () => {
    expect(keepFirstAndLatest([1, 2, 3], 3, 7)).toEqual([1, 2, 3]);
    expect(keepFirstAndLatest([...Array(20).keys()], 3, 7)).toEqual([0, 1, 2, 13, 14, 15, 16, 17, 18, 19]);
  });

  it('keeps alarm words cleaned and capped', () => {
    const [one] = withAlarm(undefined, '  tolong\u202e saya  ', 9, 'critical');
    expect(one).toEqual({ text: 'tolong saya', at: 9, grade: 'critical' });
  });
});
