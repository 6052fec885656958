import { describe, expect, it } from 'vitest';
import { caseStatuses, finalStatuses, isFinal, isOpen, isUrgency, openStatuses, queueScore } from '../../src/cases/case-model.js';

describe('case model', () => {
  it('splits every status into open or final', () => {
    expect(caseStatuses.filter(isOpen)).toEqual([...openStatuses]);
    expect(caseStatuses.filter(isFinal)).toEqual([...finalStatuses]);
    expect(isOpen(undefined)).toBe(false);
    expect(isOpen('toString')).toBe(false);
  });

  it('orders the queue by urgency, then age', () => {
    const old = 1_600_000_000_000;
    const recent = 1_800_000_000_000;
    const order = [queueScore('critical', recent), queueScore('high', old), queueScore('high', recent), queueScore('normal', old)];
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(queueScore('normal', recent)).toBe(2 * 2199023255552 + recent);
    expect(Number.isSafeInteger(queueScore('normal', recent))).toBe(true);
  });

  it('knows its urgencies', () => {
    expect(['critical', 'high', 'normal', 'low', undefined].map(isUrgency)).toEqual([true, true, true, false, false]);
  });
});
