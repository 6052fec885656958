import { describe, expect, it } from 'vitest';
import { triage } from '../../flows/triage.js';

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
