import { describe, expect, it } from 'vitest';
import { triage, triageMissingPerson } from '../../../flows/shared/triage.js';

describe('triage', () => {
  it('says why: every rule that fires is a reason', () => {
    expect(triage({ situation: ['passport', 'forced-scam'] })).toEqual({ urgency: 'normal', reasons: ['passport', 'forced-scam'] });
    expect(triage({ situation: ['confined'], peopleCount: 30 })).toEqual({ urgency: 'high', reasons: ['confined', 'many-people'] });
    expect(triage({ dangerNow: true, situation: [] })).toEqual({ urgency: 'critical', reasons: ['danger-now'] });
    expect(triage({ situation: ['violence', 'injured'] }).urgency).toBe('critical');
  });

  it('never lowers an urgency on its own', () => {
    const first = triage({ dangerWords: true, situation: [] });
    expect(triage({ dangerNow: false, situation: [] }, first)).toEqual({ urgency: 'critical', reasons: ['danger-words'] });
  });
});

describe('missing-person triage', () => {
  it('raises violence, threats, a sale or a minor, with reasons; else normal', () => {
    expect(triageMissingPerson({ harm: [] })).toEqual({ urgency: 'normal', reasons: [] });
    expect(triageMissingPerson({ harm: ['hurt'] })).toEqual({ urgency: 'high', reasons: ['violence'] });
    expect(triageMissingPerson({ harm: ['threatened'] })).toEqual({ urgency: 'high', reasons: ['threats'] });
    expect(triageMissingPerson({ harm: ['sold'] })).toEqual({ urgency: 'high', reasons: ['sold'] });
    expect(triageMissingPerson({ harm: [], age: 16 })).toEqual({ urgency: 'high', reasons: ['minor'] });
    expect(triageMissingPerson({ harm: ['sold'], age: 16 })).toEqual({ urgency: 'critical', reasons: ['minor-at-risk', 'sold', 'minor'] });
    expect(triageMissingPerson({ harm: ['hurt', 'threatened'] }).urgency).toBe('critical');
    expect(triageMissingPerson({ harm: [], age: 18 }).urgency).toBe('normal');
  });
});
