import { describe, expect, it } from 'vitest';
import { triage, triageMissingPerson } from '../../../flows/shared/triage.js';

describe('triage', () => {
  it('says why: every rule that fires is a reason', () => {
    expect(triage({ situation: ['passport'] })).toEqual({ urgency: 'normal', reasons: ['passport'], score: 1 });
    expect(triage({ dangerNow: true, situation: [] })).toEqual({ urgency: 'critical', reasons: ['danger-now'], score: 0 });
    expect(triage({ situation: ['violence', 'injured'] }).urgency).toBe('critical');
    expect(triage({ situation: ['threats'] })).toEqual({ urgency: 'high', reasons: ['threats'], score: 1 });
  });

  it('weighs the forced-labour indicators together: two or more are at least high', () => {
    // Each of these alone is normal; together they describe forced labour.
    expect(triage({ situation: ['passport', 'forced-scam'] })).toEqual({ urgency: 'high', reasons: ['passport', 'forced-scam', 'indicators'], score: 2 });
    expect(triage({ situation: ['passport', 'forced-scam', 'debt', 'wages'] })).toEqual({
      urgency: 'high',
      reasons: ['passport', 'forced-scam', 'debt', 'wages', 'indicators'],
      score: 4,
    });
    expect(triage({ situation: ['confined'], peopleCount: 30 })).toEqual({ urgency: 'high', reasons: ['confined', 'many-people', 'indicators'], score: 2 });
    // Sick or injured is not a forced-labour indicator; danger is its own rule.
    expect(triage({ situation: ['injured', 'debt'] })).toMatchObject({ urgency: 'high', score: 1 });
    expect(triage({ situation: ['wages'], dangerNow: true })).toMatchObject({ urgency: 'critical', score: 1 });
  });

  it('counts indicators said at different times: the score only rises', () => {
    const first = triage({ situation: ['passport'] });
    const later = triage({ situation: ['debt'] }, first);
    expect(later).toEqual({ urgency: 'high', reasons: ['passport', 'debt', 'indicators'], score: 2 });
    expect(triage({ situation: [] }, later)).toEqual(later);
  });

  it('never lowers an urgency on its own', () => {
    const first = triage({ dangerWords: true, situation: [] });
    expect(triage({ dangerNow: false, situation: [] }, first)).toEqual({ urgency: 'critical', reasons: ['danger-words'], score: 0 });
    // "I'm fine" after /restart: what was said before still stands.
    const said = triage({ dangerNow: true, situation: ['violence'] });
    expect(triage({ dangerNow: false, situation: [] }, said)).toEqual(said);
  });
});

describe('missing-person triage', () => {
  it('raises violence, threats, a sale or a minor, with reasons; else normal', () => {
    expect(triageMissingPerson({ harm: [] })).toEqual({ urgency: 'normal', reasons: [], score: 0 });
    expect(triageMissingPerson({ harm: ['hurt'] })).toEqual({ urgency: 'high', reasons: ['violence'], score: 1 });
    expect(triageMissingPerson({ harm: ['threatened'] })).toEqual({ urgency: 'high', reasons: ['threats'], score: 1 });
    expect(triageMissingPerson({ harm: ['sold'] })).toEqual({ urgency: 'high', reasons: ['sold'], score: 1 });
    expect(triageMissingPerson({ harm: [], age: 16 })).toEqual({ urgency: 'high', reasons: ['minor'], score: 0 });
    expect(triageMissingPerson({ harm: ['sold'], age: 16 })).toEqual({ urgency: 'critical', reasons: ['minor-at-risk', 'sold', 'minor'], score: 1 });
    expect(triageMissingPerson({ harm: ['hurt', 'threatened'] }).urgency).toBe('critical');
    expect(triageMissingPerson({ harm: [], age: 18 }).urgency).toBe('normal');
  });

  it('scores held, hurt, threatened and sold', () => {
    expect(triageMissingPerson({ harm: ['held', 'sold'] })).toEqual({ urgency: 'high', reasons: ['sold', 'confined', 'indicators'], score: 2 });
    expect(triageMissingPerson({ harm: ['held', 'hurt', 'threatened', 'sold'] })).toMatchObject({ urgency: 'critical', score: 4 });
  });
});
