import { describe, expect, it } from 'vitest';
import { AnswerHistorySchema, flagVersions, keepFirstAndLatest, mergeKept, withAlarm, withRetraction, withVersions, type AnswerHistory } from '../../../flows/shared/history.js';

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

  it('flags a version with the reason a change may be someone else\'s, per answer', () => {
    const h = withVersions(undefined, { dangerNow: true }, { dangerNow: false, name: 'X' }, { at: 7, source: 'restart', suspect: (f) => (f === 'dangerNow' ? 'restart' : undefined) }, []);
    expect(h).toEqual({ dangerNow: [{ value: false, at: 7, source: 'restart', suspect: 'restart' }], name: [{ value: 'X', at: 7, source: 'restart' }] });
    expect(AnswerHistorySchema.parse(JSON.parse(JSON.stringify(h)))).toEqual(h);
    expect(flagVersions(h, 'after-silence')?.name?.[0]?.suspect).toBe('after-silence');
    expect(flagVersions(h, 'after-silence')?.dangerNow?.[0]?.suspect).toBe('restart'); // a flag already there stays
  });

  it('keeps retraction words cleaned and capped', () => {
    let list = withRetraction(undefined, ' close my case\u202e ', 1);
    expect(list).toEqual([{ text: 'close my case', at: 1 }]);
    for (let i = 0; i < 20; i++) list = withRetraction(list, `x${i}`, i + 2);
    expect(list.map((r) => r.text)).toEqual(['close my case', 'x0', 'x1', 'x15', 'x16', 'x17', 'x18', 'x19']);
  });

  describe('mergeKept: what a case held stays when a flow writes it again', () => {
    const v = (value: unknown, at: number) => ({ value, at, source: 'step' as const });
    it('gives back the flow\'s own lists when they hold everything (the usual update)', () => {
      const history: AnswerHistory = { name: [v('A', 1), v('B', 2)] };
      const next = { name: 'B', history, alarms: [{ text: 'sos', at: 1, grade: 'critical' as const }] };
      expect(mergeKept({ history: { name: [v('A', 1)] }, alarms: next.alarms }, next)).toEqual(next);
    });

    it('puts back the first versions, alarms and retractions of a case a flow adopted, in order', () => {
      const stored = { history: { name: [v('Dewi', 5), v('Dewi L', 6)], age: [v(25, 5)] }, alarms: [{ text: 'dipukul', at: 5, grade: 'critical' }], retractions: [{ text: 'batalkan', at: 6 }] };
      const next = { history: { name: [{ ...v('dewi', 1), suspect: 'restart' as const }] } }; // a clock that ran behind: order, not time
      const merged = mergeKept(stored, next);
      expect(merged.history?.name?.map((x) => x.value)).toEqual(['Dewi', 'Dewi L', 'dewi']);
      expect(merged.history?.age).toEqual([v(25, 5)]);
      expect(merged.alarms).toEqual(stored.alarms);
      expect(merged.retractions).toEqual(stored.retractions);
    });

    it('merges two capped lists of the same answer into one capped list, in order', () => {
      const all = Array.from({ length: 13 }, (_, i) => v(i, 100 + i));
      const stored = { history: { n: [...all.slice(0, 3), ...all.slice(5, 12)] } };
      const next = { history: { n: [...all.slice(0, 3), ...all.slice(6, 13)] } };
      expect(mergeKept(stored, next).history?.n?.map((x) => x.value)).toEqual([0, 1, 2, 6, 7, 8, 9, 10, 11, 12]);
    });

    it('changes nothing when the stored part cannot be read', () => {
      const next = { history: { name: [v('A', 1)] } };
      expect(mergeKept('garbage', next)).toBe(next);
      expect(mergeKept({ history: { name: [{ value: 1 }] } }, next)).toBe(next);
    });
  });
});
