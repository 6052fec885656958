/**
 * The intake's safety rules across steps: alarm words kept and the `alarm` effect, the `ask` grade, a pin at
 * any step, answers that keep their history, a silence mid-report, and indicators weighed together.
 */
import { initialTransition, transition } from 'xstate';
import { describe, expect, it } from 'vitest';
import type { DangerGrade, FlowDeps } from '../../../flows/contract.js';
import { intakeCaseRecord } from '../../../flows/intake/case.js';
import { intakeFlow } from '../../../flows/intake/index.js';
import { createIntakeMachine, type IntakeContext, type IntakeEvent, type IntakeMeta, type IntakeSnapshot } from '../../../flows/intake/machine.js';
import { alarmCaps, historyCaps } from '../../../flows/shared/history.js';
import { createDangerRecognizer } from '../../../flows/shared/danger/index.js';
import { createPlaceFinder } from '../../../flows/shared/places.js';
import { loadDeployment } from '../../../src/deployment.js';
import { loadLocales } from '../../../src/i18n/locales.js';
import { retractionDeps } from '../../support/danger-deps.js';
import { MYSELF } from '../../support/who.js';

const deployment = loadDeployment('data/deployment.json');
const locales = loadLocales('locales', deployment.languages);
const phrases = ((recognizer) => (text: string) => recognizer.grade(text) === 'critical')(createDangerRecognizer(locales.dangerLexicons));
/** A stand-in for the recogniser: polite or fearful words are `ask`, the danger phrases `critical`. */
const worried = /\b(takut|visa|kirim)\b/i;
const dangerGrade = (text: string): DangerGrade | undefined => (worried.test(text) ? 'ask' : phrases(text) ? 'critical' : undefined);
const deps: FlowDeps = {
  languages: deployment.languages,
  countries: deployment.countries.map((c) => c.code),
  places: createPlaceFinder(deployment.countries, deployment.places),
  callingCode: deployment.embassy.callingCode,
  saysDanger: (text) => dangerGrade(text) === 'critical',
  dangerGrade,
  ...retractionDeps(locales),
};
const machine = createIntakeMachine(deps);

const T0 = 1_700_000_000_000;
const meta: IntakeMeta = { at: T0, newCaseId: 'KH-TEST', languageHint: 'id' };
const at = (minutes: number): IntakeMeta => ({ ...meta, at: T0 + minutes * 60_000 });
const owner = { personId: 'p1', channel: 'telegram', address: '42' };

type Acts = Array<{ type: string; params?: unknown }>;
function run(events: IntakeEvent[], from?: IntakeSnapshot): { snapshot: IntakeSnapshot; actions: Acts[] } {
  let snapshot = from ?? initialTransition(machine)[0];
  const actions: Acts[] = [];
  for (const event of events) {
    const [next, acts] = transition(machine, snapshot, event);
    snapshot = next;
    actions.push(acts.map((a) => ({ type: a.type, params: a.params })));
  }
  return { snapshot, actions };
}
const types = (acts: Acts | undefined) => (acts ?? []).map((a) => a.type);
const said = (acts: Acts | undefined) => (acts ?? []).filter((a) => a.type === 'say').map((a) => (a.params as { key: string }).key);

const toDanger: IntakeEvent[] = [
  { type: 'START', meta },
  { type: 'CHOICE', choice: 'agree', meta },
  { type: 'CHOICE', choice: MYSELF, meta },
];
const toLocation: IntakeEvent[] = [...toDanger, { type: 'CHOICE', choice: 'no', meta }];
const pin = (lat: number, lon: number, m = meta): IntakeEvent => ({ type: 'LOCATION', lat, lon, live: false, meta: m });

describe('intake: alarm words', () => {
  it('keeps the words and time of every alarm, and asks the core to raise it, at any step', () => {
    const { snapshot, actions } = run([...toLocation, { type: 'TEXT', text: 'Bavet. They beat me every night', meta: at(1) }]);
    expect(types(actions.at(-1))).toEqual(expect.arrayContaining(['openCase', 'alarm']));
    expect(snapshot.context.answers.alarms).toEqual([{ text: 'Bavet. They beat me every night', at: T0 + 60_000, grade: 'critical' }]);
    // After the report, in a caption, and before consent too.
    const atDone = run([...toLocation, pin(11.56, 104.92), { type: 'CHOICE', choice: 'done', meta }, { type: 'CHOICE', choice: '1', meta }, { type: 'CHOICE', choice: 'anytime', meta }, { type: 'CHOICE', choice: 'skip', meta }, { type: 'CHOICE', choice: 'skip', meta }, { type: 'CHOICE', choice: 'skip', meta }, { type: 'CHOICE', choice: 'confirm', meta }]).snapshot;
    expect(atDone.value).toBe('done');
    const later = run([{ type: 'MEDIA', media: 'photo', caption: 'tolong, saya dipukul', meta: at(5) }, { type: 'TEXT', text: 'SOS', meta: at(6) }], atDone);
    expect(later.actions.map(types).every((t) => t.includes('alarm'))).toBe(true);
    expect(later.snapshot.context.answers.alarms?.map((a) => a.text)).toEqual(['tolong, saya dipukul', 'SOS']);
    const first = run([{ type: 'TEXT', text: 'tolong saya', meta }]);
    expect(types(first.actions[0])).toEqual(expect.arrayContaining(['openCase', 'alarm']));
    expect(first.snapshot.context.answers.alarms).toHaveLength(1);
  });

  it('raises the alarm on "yes" to the danger question, and not on "no"', () => {
    const yes = run([...toDanger, { type: 'CHOICE', choice: 'yes', meta }]);
    expect(types(yes.actions.at(-1))).toEqual(['openCase', 'alarm', 'say', 'ask']);
    const no = run(toLocation);
    expect(types(no.actions.at(-1))).not.toContain('alarm');
  });

  it('keeps the first and the latest alarms of a flood, each cleaned and capped', () => {
    const flood: IntakeEvent[] = Array.from({ length: 40 }, (_, i) => ({ type: 'TEXT', text: `SOS ${i} \u200b${'x'.repeat(3000)}`, meta: at(i) }));
    const { snapshot } = run([...toLocation, ...flood]);
    const alarms = snapshot.context.answers.alarms ?? [];
    expect(alarms).toHaveLength(alarmCaps.first + alarmCaps.latest);
    expect(alarms.map((a) => a.text.split(' ')[1])).toEqual(['0', '1', '2', '35', '36', '37', '38', '39']);
    expect(alarms.every((a) => Array.from(a.text).length <= alarmCaps.chars && !a.text.includes('\u200b'))).toBe(true);
    expect(intakeCaseRecord(snapshot.context, owner, { now: T0, intakeComplete: false }).sealed).toMatchObject({ alarms });
  });
});

describe('intake: the ask grade', () => {
  it('asks the danger question right after consent, skipping the menu, and opens no case for it', () => {
    const { snapshot, actions } = run([
      { type: 'TEXT', text: 'aku takut', meta },
      { type: 'CHOICE', choice: 'agree', meta },
    ]);
    expect(snapshot.value).toBe('danger');
    expect(snapshot.context.caseId).toBeUndefined();
    expect(actions.flat().map((a) => a.type)).not.toContain('openCase');
    expect(actions.flat().map((a) => a.type)).not.toContain('alarm');
    // Nothing typed before consent is kept: only that the question comes first.
    expect(snapshot.context.answers.alarms).toBeUndefined();
    const [answered] = transition(machine, snapshot, { type: 'CHOICE', choice: 'no', meta });
    expect(answered.value).toBe('location');
    expect(answered.context.askDanger).toBeUndefined();
    expect(answered.context.caseId).toBeUndefined();
  });

  it('goes to the danger question from the menu, and keeps the words once the person agreed', () => {
    const atWho = run([{ type: 'START', meta }, { type: 'CHOICE', choice: 'agree', meta }]).snapshot;
    expect(atWho.value).toBe('who');
    const [next, acts] = transition(machine, atWho, { type: 'TEXT', text: 'help me with my visa', meta: at(2) });
    expect(next.value).toBe('danger');
    expect(acts.map((a) => a.type)).toEqual(['ask']);
    expect(next.context.caseId).toBeUndefined();
    expect(next.context.answers.alarms).toEqual([{ text: 'help me with my visa', at: T0 + 120_000, grade: 'ask' }]);
  });

  it('changes nothing once the danger question is answered', () => {
    const atLocation = run(toLocation).snapshot;
    const [next, acts] = transition(machine, atLocation, { type: 'TEXT', text: 'aku takut', meta });
    expect(next.value).toBe('country'); // typed at the location question, it is the answer
    expect(acts.map((a) => a.type)).not.toContain('openCase');
    expect(next.context.askDanger).toBeUndefined();
  });
});

describe('intake: a pin at any step', () => {
  it('keeps a pin sent before the location question, says only that it arrived, and skips the question', () => {
    const atWho = run([{ type: 'START', meta }, { type: 'CHOICE', choice: 'agree', meta }]).snapshot;
    const kept = run([pin(16.84, 98.52, at(1))], atWho);
    const actions = kept.actions;
    let snapshot = kept.snapshot;
    expect(snapshot.value).toBe('who');
    expect(said(actions[0])).toEqual(['location-noted']);
    expect(types(actions[0])).toEqual(['say', 'ask']);
    expect(snapshot.context.answers).toMatchObject({ location: { kind: 'pin', lat: 16.84 }, country: 'MM', place: 'Shwe Kokko' });
    ({ snapshot } = run([{ type: 'CHOICE', choice: MYSELF, meta }, { type: 'CHOICE', choice: 'no', meta }], snapshot));
    expect(snapshot.value).toBe('situation'); // where and which country: known from the pin
    expect(snapshot.context.history?.location).toEqual([{ value: { kind: 'pin', lat: 16.84, lon: 98.52, live: false }, at: T0 + 60_000, source: 'follow-up' }]);
  });

  it('asks the country when the pin does not tell it', () => {
    const { snapshot } = run([...toDanger, pin(0.5, 0.5), { type: 'CHOICE', choice: 'yes', meta }]);
    expect(snapshot.value).toBe('country');
  });

  it('keeps a pin before consent only with a case open, and updates the case', () => {
    const noCase = run([{ type: 'START', meta }, pin(16.84, 98.52)]);
    expect(noCase.snapshot.context.answers.location).toBeUndefined();
    expect(said(noCase.actions[1])).toEqual(['location-not-now']);
    const sos = run([{ type: 'TEXT', text: 'tolong saya', meta }, pin(16.84, 98.52)]);
    expect(sos.snapshot.value).toBe('consent');
    expect(sos.snapshot.context.answers.location).toMatchObject({ kind: 'pin' });
    expect(types(sos.actions[1])).toEqual(['updateCase', 'say', 'ask']);
  });

  it('keeps the first pin when a second one comes', () => {
    const { snapshot } = run([...toLocation, pin(16.84, 98.52, at(1)), pin(10.63, 103.52, at(9))]);
    expect(snapshot.context.answers.location).toMatchObject({ lat: 10.63 });
    expect(snapshot.context.history?.location?.map((v) => [(v.value as { lat: number }).lat, v.source])).toEqual([
      [16.84, 'step'],
      [10.63, 'follow-up'],
    ]);
  });
});

describe('intake: answers keep their history', () => {
  const toSummary: IntakeEvent[] = [
    ...toLocation,
    { type: 'TEXT', text: 'Phnom Penh', meta: at(1) },
    { type: 'CHOICE', choice: 'passport', meta: at(2) },
    { type: 'CHOICE', choice: 'done', meta: at(2) },
    { type: 'TEXT', text: '3', meta: at(3) },
    { type: 'CHOICE', choice: 'they-write-first', meta: at(4) },
    { type: 'CHOICE', choice: 'skip', meta: at(4) }, // no code word
    { type: 'CHOICE', choice: 'skip', meta: at(4) }, // the default duress phrase
    { type: 'TEXT', text: 'Ani', meta: at(5) },
    { type: 'CHOICE', choice: 'skip', meta: at(5) }, // no age or home town
  ];

  it('keeps the first value of each answer, as the answer to its step', () => {
    const { snapshot } = run(toSummary);
    expect(snapshot.value).toBe('summary');
    const h = snapshot.context.history ?? {};
    expect(h.dangerNow).toEqual([{ value: false, at: T0, source: 'step' }]);
    expect(h.name).toEqual([{ value: 'Ani', at: T0 + 5 * 60_000, source: 'step' }]);
    expect(h.situation).toEqual([{ value: ['passport'], at: T0 + 2 * 60_000, source: 'step' }]);
    expect(h.details).toBeUndefined(); // a text that only grows is its own history
    const sealed = intakeCaseRecord({ ...snapshot.context, caseId: 'KH-TEST' }, owner, { now: T0, intakeComplete: false }).sealed;
    expect(sealed).toMatchObject({ history: h });
  });

  it('marks answers after /restart until the summary is confirmed, and "I am fine" lowers nothing', () => {
    const critical = run([...toDanger, { type: 'CHOICE', choice: 'yes', meta }, { type: 'TEXT', text: 'Bavet', meta }]).snapshot;
    expect(critical.context.urgency).toBe('critical');
    let { snapshot } = run(
      [
        { type: 'RESTART', meta: at(10) },
        { type: 'CHOICE', choice: 'agree', meta: at(10) },
        { type: 'CHOICE', choice: 'myself', meta: at(10) }, // after /restart the menu comes again, the case kept
        { type: 'CHOICE', choice: 'no', meta: at(11) },
        { type: 'TEXT', text: 'Phnom Penh', meta: at(12) },
        { type: 'CHOICE', choice: 'done', meta: at(12) },
        { type: 'CHOICE', choice: '1', meta: at(13) },
        { type: 'CHOICE', choice: 'anytime', meta: at(13) },
        { type: 'CHOICE', choice: 'skip', meta: at(14) },
        { type: 'CHOICE', choice: 'skip', meta: at(14) },
        { type: 'CHOICE', choice: 'skip', meta: at(14) },
      ],
      critical,
    );
    expect(snapshot.value).toBe('summary');
    expect(snapshot.context).toMatchObject({ urgency: 'critical', caseId: 'KH-TEST', answerMark: 'restart' });
    expect(snapshot.context.reasons).toContain('danger-now');
    expect(snapshot.context.answers.dangerNow).toBe(false);
    expect(snapshot.context.history?.dangerNow?.map((v) => [v.value, v.source])).toEqual([
      [true, 'step'],
      [false, 'restart'],
    ]);
    expect(snapshot.context.history?.location?.map((v) => v.source)).toEqual(['step', 'restart']);
    const [confirmed, acts] = transition(machine, snapshot, { type: 'CHOICE', choice: 'confirm', meta: at(15) });
    snapshot = confirmed;
    expect(acts.map((a) => a.type)).toContain('updateCase');
    expect(snapshot.context.answerMark).toBeUndefined();
    [snapshot] = transition(machine, snapshot, pin(11.56, 104.92, at(20)));
    expect(snapshot.context.history?.location?.at(-1)).toMatchObject({ source: 'follow-up' });
    expect(snapshot.context.urgency).toBe('critical');
  });

  it('keeps the first and the latest versions of an answer changed again and again', () => {
    let { snapshot } = run(toSummary);
    for (let i = 0; i < 30; i++) {
      ({ snapshot } = run(
        [
          { type: 'CHOICE', choice: 'change', meta: at(10 + i) },
          { type: 'CHOICE', choice: 'name', meta: at(10 + i) },
          { type: 'TEXT', text: `Name ${i}`, meta: at(10 + i) },
          { type: 'CHOICE', choice: 'skip', meta: at(10 + i) }, // age and home town as before
        ],
        snapshot,
      ));
    }
    const names = snapshot.context.history?.name?.map((v) => v.value) ?? [];
    expect(names).toHaveLength(historyCaps.first + historyCaps.latest);
    expect(names.slice(0, 3)).toEqual(['Ani', 'Name 0', 'Name 1']);
    expect(names.at(-1)).toBe('Name 29');
  });

  it('stays small when stored, after a long walk and a flood', () => {
    const events: IntakeEvent[] = [...toSummary];
    for (let i = 0; i < 200; i++) events.push({ type: 'LOCATION', lat: 11 + i / 1000, lon: 104.9, live: true, meta: at(20 + i) });
    for (let i = 0; i < 100; i++) events.push({ type: 'TEXT', text: `SOS ${'tolong saya dipukul '.repeat(100)}`, meta: at(300 + i) });
    for (let i = 0; i < 30; i++) events.push({ type: 'CHOICE', choice: 'change', meta }, { type: 'CHOICE', choice: 'location', meta }, { type: 'TEXT', text: `Building ${i} ${'b'.repeat(400)}`, meta });
    const { snapshot } = run(events);
    const stored = JSON.stringify({ v: snapshot.value, c: snapshot.context });
    expect(stored.length).toBeLessThan(20_000);
  });
});

describe('intake: a silence mid-report', () => {
  const step = intakeFlow.use((def) => {
    const { machine: flow } = def.create(deps, deployment);
    return (events: Array<Parameters<typeof flow.step>[1]>) => {
      let s = flow.fresh();
      let effects: Array<{ type: string }> = [];
      for (const input of events) [s, effects] = flow.step(s, input);
      // The flow's own context type is sealed inside the module; here it is the intake's.
      return { state: flow.value(s), ctx: flow.context(s) as unknown as IntakeContext, effects, record: (now: number) => def.caseRecord(flow.context(s), owner, { now, state: flow.value(s) }) };
    };
  });
  const m = { ...meta, newPin: '000000' };
  const walk = [
    { type: 'START' as const, meta: m },
    { type: 'CHOICE' as const, choice: 'agree', meta: m },
    { type: 'CHOICE' as const, choice: MYSELF, meta: m },
    { type: 'CHOICE' as const, choice: 'no', meta: m },
    { type: 'TEXT' as const, text: 'Phnom Penh', meta: m },
    { type: 'CHOICE' as const, choice: 'passport', meta: m },
  ];

  it('opens a case with what was answered, says nothing, and stays at the step', () => {
    const r = step([...walk, { type: 'SILENCE', meta: m }]);
    expect(r.effects).toEqual([{ type: 'openCase' }]);
    expect(r.state).toBe('situation');
    expect(r.ctx).toMatchObject({ caseId: 'KH-TEST', urgency: 'normal', answerMark: 'silence' });
    expect(r.ctx.reasons).toContain('unfinished');
    expect(r.record(T0).fields).toMatchObject({ intakeComplete: '0', reasons: 'passport,unfinished', score: '1' });
  });

  it('updates that case with later answers, and the summary sends it rather than opening another', () => {
    const r = step([
      ...walk,
      { type: 'SILENCE', meta: m },
      { type: 'CHOICE', choice: 'forced-scam', meta: m },
      { type: 'CHOICE', choice: 'done', meta: m },
    ]);
    expect(r.effects).toEqual([{ type: 'updateCase' }, { type: 'ask' }]);
    expect(r.ctx).toMatchObject({ urgency: 'high', score: 2 }); // passport and forced to scam: indicators
    expect(r.ctx.history?.situation?.map((v) => v.source)).toEqual(['step', 'silence']);
    const sent = step([
      ...walk,
      { type: 'SILENCE', meta: m },
      { type: 'CHOICE', choice: 'done', meta: m },
      { type: 'CHOICE', choice: '1', meta: m },
      { type: 'CHOICE', choice: 'anytime', meta: m },
      { type: 'CHOICE', choice: 'skip', meta: m },
      { type: 'CHOICE', choice: 'skip', meta: m },
      { type: 'CHOICE', choice: 'skip', meta: m },
      { type: 'CHOICE', choice: 'confirm', meta: m },
    ]);
    expect(sent.state).toBe('done');
    expect(sent.effects.map((e) => e.type)).toEqual(['updateCase', 'say']);
    expect(sent.record(T0).fields).toMatchObject({ intakeComplete: '1', score: '1' });
    expect(sent.ctx.answerMark).toBeUndefined();
  });

  it('does nothing when nothing was answered, or a case is open', () => {
    expect(step([{ type: 'SILENCE', meta: m }])).toMatchObject({ state: 'new', effects: [] });
    expect(step([...walk.slice(0, 3), { type: 'SILENCE', meta: m }])).toMatchObject({ state: 'danger', effects: [] });
    const sos = step([...walk.slice(0, 3), { type: 'TEXT', text: 'tolong saya', meta: m }, { type: 'SILENCE', meta: m }]);
    expect(sos.effects).toEqual([]);
    expect(sos.ctx.reasons).not.toContain('unfinished');
  });

  it('opens one for worried words before the danger question, once the person agreed', () => {
    const worriedAtMenu = step([...walk.slice(0, 2), { type: 'TEXT', text: 'aku takut', meta: m }, { type: 'SILENCE', meta: m }]);
    expect(worriedAtMenu.state).toBe('danger');
    expect(worriedAtMenu.effects).toEqual([{ type: 'openCase' }]);
    const beforeConsent = step([{ type: 'TEXT', text: 'aku takut', meta: m }, { type: 'SILENCE', meta: m }]);
    expect(beforeConsent.effects).toEqual([]);
  });
});

describe('intake: indicators weighed together', () => {
  it('makes passport, forced scam, debt and wages high, with a score in the context and the case', () => {
    const { snapshot } = run([
      ...toLocation,
      { type: 'TEXT', text: 'Bavet', meta },
      ...['passport', 'forced-scam', 'debt', 'wages', 'threats'].map((choice): IntakeEvent => ({ type: 'CHOICE', choice, meta })),
      { type: 'CHOICE', choice: 'done', meta },
    ]);
    expect(snapshot.context).toMatchObject({ urgency: 'high', score: 5 });
    expect(snapshot.context.reasons).toEqual(expect.arrayContaining(['passport', 'forced-scam', 'debt', 'wages', 'threats', 'indicators']));
    expect(intakeCaseRecord(snapshot.context, owner, { now: T0, intakeComplete: false }).fields).toMatchObject({ score: '5', urgency: 'high' });
  });
});

describe('intake: what may be someone else\'s (flows/shared/suspect.ts)', () => {
  const flow = intakeFlow.use((def) => {
    const { machine: f } = def.create(deps, deployment);
    return (events: Array<Parameters<typeof f.step>[1]>) => {
      let s = f.fresh();
      let effects: Array<{ type: string; key?: string; reason?: string }> = [];
      for (const input of events) [s, effects] = f.step(s, input);
      return { state: f.value(s), ctx: f.context(s) as unknown as IntakeContext, effects };
    };
  });
  const m = (minutes = 0, quietMs?: number) => ({ ...meta, at: T0 + minutes * 60_000, newPin: '000000', quietMs });
  const sos = [
    { type: 'TEXT' as const, text: 'tolong saya disekap', meta: m() },
    { type: 'CHOICE' as const, choice: 'agree', meta: m(1) },
  ];

  it('answers a retraction with a case open neutrally, keeps and flags it, and takes it as no answer', () => {
    const r = flow([...sos, { type: 'TEXT', text: 'saya baik-baik saja', meta: m(2) }]);
    expect(r.state).toBe('danger');
    expect(r.effects).toEqual([{ type: 'updateCase' }, { type: 'flag', reason: 'retraction' }, { type: 'forward' }, { type: 'say', key: 'retraction-noted' }]);
    expect(r.ctx.answers.retractions).toEqual([{ text: 'saya baik-baik saja', at: T0 + 2 * 60_000 }]);
    expect(r.ctx.answers.dangerNow).toBeUndefined();
    expect(r.ctx.urgency).toBe('critical');
  });

  it('reads the same words as an ordinary answer before any case is open', () => {
    const r = flow([
      { type: 'START', meta: m() },
      { type: 'CHOICE', choice: 'agree', meta: m() },
      { type: 'CHOICE', choice: MYSELF, meta: m() },
      { type: 'TEXT', text: 'aman kok', meta: m(1) },
    ]);
    expect(r.state).toBe('location');
    expect(r.ctx.answers.dangerNow).toBe(false);
    expect(r.ctx.answers.retractions).toBeUndefined();
    expect(r.ctx.history?.dangerNow?.[0]?.suspect).toBeUndefined();
  });

  it('flags a "no" to danger after an alarm as taken back, and lowers nothing', () => {
    const r = flow([...sos, { type: 'CHOICE', choice: 'no', meta: m(2) }]);
    expect(r.ctx.history?.dangerNow).toEqual([{ value: false, at: T0 + 2 * 60_000, source: 'step', suspect: 'retraction' }]);
    expect(r.ctx.urgency).toBe('critical');
  });

  it('marks everything after a long silence mid-report until the report is sent, then stops', () => {
    const r = flow([...sos, { type: 'CHOICE', choice: 'yes', meta: m(2) }, { type: 'TEXT', text: 'Bavet', meta: m(3, deps.suspectQuietMs) }]);
    expect(r.effects[0]).toEqual({ type: 'flag', reason: 'after-silence' });
    expect(r.ctx.suspect).toBe('after-silence');
    expect(r.ctx.history?.location?.[0]?.suspect).toBe('after-silence');
    const short = flow([...sos, { type: 'CHOICE', choice: 'yes', meta: m(2) }, { type: 'TEXT', text: 'Bavet', meta: m(3, deps.suspectQuietMs - 1) }]);
    expect(short.ctx.suspect).toBeUndefined();
    expect(short.effects.map((e) => e.type)).not.toContain('flag');
  });

  it('carries a restart through the menu to a relative\'s report, and never marks a report without a case', () => {
    const r = flow([{ type: 'BEGIN', entry: 'who', lang: 'id', prompt: 3, suspect: 'restart', meta: m() }, { type: 'CHOICE', choice: 'someone-else', meta: m() }]);
    expect(r.effects).toEqual([{ type: 'switchFlow', flow: 'missing-person', entry: 'report', suspect: 'restart' }]);
    const fresh = flow([{ type: 'START', meta: m() }, { type: 'TEXT', text: 'close my case', meta: m(1, 10 * deps.suspectQuietMs) }]);
    expect(fresh.effects.map((e) => e.type)).not.toContain('flag');
  });
});
