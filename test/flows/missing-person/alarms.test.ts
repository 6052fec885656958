/**
 * A relative's report: danger words kept and the `alarm` effect, answers that keep their history, the
 * score, and a report left unfinished (SILENCE), through the flow's contract (its effects as the core sees them).
 */
import { describe, expect, it } from 'vitest';
import type { FlowDeps, FlowEffect, FlowInput, FlowMeta } from '../../../flows/contract.js';
import type { MissingPersonContext } from '../../../flows/missing-person/machine.js';
import { missingPersonFlow } from '../../../flows/missing-person/index.js';
import { createDangerRecognizer } from '../../../flows/shared/danger/index.js';
import { createPlaceFinder } from '../../../flows/shared/places.js';
import { loadDeployment } from '../../../src/deployment.js';
import { loadLocales } from '../../../src/i18n/locales.js';
import { retractionDeps } from '../../support/danger-deps.js';

const deployment = loadDeployment('data/deployment.json');
const locales = loadLocales('locales', deployment.languages);
const saysDanger = ((recognizer) => (text: string) => recognizer.grade(text) === 'critical')(createDangerRecognizer(locales.dangerLexicons));
const deps: FlowDeps = {
  languages: deployment.languages,
  countries: deployment.countries.map((c) => c.code),
  places: createPlaceFinder(deployment.countries, deployment.places),
  callingCode: deployment.embassy.callingCode,
  saysDanger,
  dangerGrade: (text) => (saysDanger(text) ? 'critical' : undefined),
  ...retractionDeps(locales),
};
const NOW = Date.UTC(2026, 4, 20, 8);
const meta = (minutes = 0, pin = '918273'): FlowMeta => ({ at: NOW + minutes * 60_000, newCaseId: 'KH-TEST', newPin: pin, languageHint: 'id' });
const owner = { personId: 'p1', channel: 'telegram', address: '42' };

/** Steps the flow through `inputs`: where it ends, its context, the effects of the last input, and its case. */
const run = missingPersonFlow.use((def) => {
  const { machine } = def.create(deps, deployment);
  return (inputs: FlowInput[]) => {
    let s = machine.fresh();
    let effects: FlowEffect[] = [];
    const all: FlowEffect[][] = [];
    for (const input of inputs) {
      [s, effects] = machine.step(s, input);
      all.push(effects);
    }
    const state = machine.value(s);
    // The flow's own context type is sealed inside the module; here it is the missing-person flow's.
    const ctx = machine.context(s) as unknown as MissingPersonContext;
    return { state, ctx, effects, all, record: () => def.caseRecord(machine.context(s), owner, { now: NOW, state }) };
  };
});

const text = (t: string, minutes = 0): FlowInput => ({ type: 'TEXT', text: t, meta: meta(minutes) });
const choice = (c: string, minutes = 0): FlowInput => ({ type: 'CHOICE', choice: c, meta: meta(minutes) });
const upToName: FlowInput[] = [{ type: 'BEGIN', entry: 'report', lang: 'en', prompt: 3, meta: meta() }, choice('sibling'), text('Siti Aminah', 1)];
const upToLastMessage: FlowInput[] = [...upToName, text('24'), choice('female'), text('Indramayu'), choice('skip'), choice('skip'), text('last March')];
const rest: FlowInput[] = [choice('KH'), text('Bavet'), choice('skip'), choice('skip'), choice('skip'), choice('skip'), choice('held'), choice('sold'), choice('done'), choice('this-chat'), choice('anytime')];

describe('missing-person: danger words', () => {
  it('keeps the words the relative quoted and raises the alarm', () => {
    const r = run([...upToLastMessage, text('Dia bilang: tolong, saya dipukul', 9)]);
    expect(r.state).toBe('country');
    expect(r.effects.map((e) => e.type)).toEqual(['alarm', 'ask']);
    expect(r.ctx.answers.alarms).toEqual([{ text: 'Dia bilang: tolong, saya dipukul', at: NOW + 9 * 60_000, grade: 'critical' }]);
    expect(r.ctx.reasons).toContain('danger-words');
  });

  it('raises it for danger words added after the report, and keeps them in the sealed part', () => {
    const sent = run([...upToLastMessage, text('She said the work is not what they promised'), ...rest, choice('confirm'), { type: 'REPORT_CHECKED', meta: meta() }, text('They beat her now, SOS', 30)]);
    expect(sent.state).toBe('done');
    expect(sent.effects.map((e) => e.type)).toEqual(['alarm', 'updateCase', 'forward', 'say']);
    expect(sent.record().sealed).toMatchObject({ alarms: [{ text: 'They beat her now, SOS', grade: 'critical' }] });
  });
});

describe('missing-person: history and score', () => {
  it('keeps every value of an answer the relative gave again', () => {
    const r = run([...upToLastMessage, text('Tidak ada kabar'), ...rest, choice('change', 20), choice('person', 20), choice('sibling', 20), text('Siti Aminah binti Ahmad', 21)]);
    expect(r.ctx.history?.name?.map((v) => [v.value, v.at, v.source])).toEqual([
      ['Siti Aminah', NOW + 60_000, 'step'],
      ['Siti Aminah binti Ahmad', NOW + 21 * 60_000, 'step'],
    ]);
    expect(r.ctx.history?.relationship).toHaveLength(1); // the same answer again is no new version
    expect(r.record().sealed).toMatchObject({ history: r.ctx.history });
  });

  it('scores held and sold, makes them high together, and puts the score in the case', () => {
    const r = run([...upToLastMessage, text('Tidak ada kabar'), ...rest]);
    expect(r.ctx).toMatchObject({ urgency: 'high', score: 2 });
    expect(r.ctx.reasons).toEqual(['sold', 'confined', 'indicators']);
    expect(r.record().fields).toMatchObject({ score: '2' });
  });
});

describe('missing-person: a report left unfinished', () => {
  it('opens a case silently, without a PIN, once the report names the person', () => {
    const r = run([...upToLastMessage, { type: 'SILENCE', meta: meta(60) }]);
    expect(r.state).toBe('lastMessage');
    expect(r.effects).toEqual([{ type: 'openCase', pin: undefined }]);
    expect(r.ctx).toMatchObject({ caseId: 'KH-TEST', answerMark: 'silence' });
    expect(r.ctx.reasons).toContain('unfinished');
    expect(r.record().fields).toMatchObject({ intakeComplete: '0', kind: 'missing-person' });
  });

  it('ignores a silence before the person is named, and a second one', () => {
    expect(run([upToName[0]!, choice('sibling'), { type: 'SILENCE', meta: meta(60) }]).effects).toEqual([]);
    expect(run([...upToName, { type: 'SILENCE', meta: meta(60) }, { type: 'SILENCE', meta: meta(90) }]).effects).toEqual([]);
  });

  it('updates that case with later answers, and gives the relative their PIN when they send it', () => {
    const later = run([...upToLastMessage, { type: 'SILENCE', meta: meta(60) }, text('Dia bilang paspornya diambil', 70)]);
    expect(later.effects.map((e) => e.type)).toEqual(['updateCase', 'ask']);
    expect(later.ctx.history?.lastMessage?.[0]).toMatchObject({ source: 'silence' });
    const sent = run([...upToLastMessage, { type: 'SILENCE', meta: meta(60) }, text('Tidak ada kabar'), ...rest, { type: 'CHOICE', choice: 'confirm', meta: meta(80, '555111') }]);
    expect(sent.state).toBe('done');
    expect(sent.effects).toEqual([
      { type: 'updateCase', pin: '555111' },
      { type: 'say', key: 'mp-done', allLanguages: undefined, args: { pin: '555111' } },
    ]);
    expect(sent.ctx.caseId).toBe('KH-TEST');
    expect(sent.ctx.answerMark).toBeUndefined();
    expect(sent.record().fields).toMatchObject({ intakeComplete: '1' });
    expect(JSON.stringify(sent.ctx)).not.toContain('555111');
  });
});
