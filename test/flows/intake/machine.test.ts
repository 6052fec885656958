import { createActor, initialTransition, transition } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import { describe, expect, it } from 'vitest';
import { createIntakeMachine, type IntakeEvent, type IntakeMeta, type IntakeSnapshot } from '../../../flows/intake/machine.js';
import { promptFor } from '../../../flows/intake/prompts.js';
import { createPlaceFinder } from '../../../flows/shared/places.js';
import { loadDeployment } from '../../../src/deployment.js';
import { loadLocales } from '../../../src/i18n/locales.js';
import { dangerDeps } from '../../support/danger-deps.js';
import { MYSELF } from '../../support/who.js';

const deployment = loadDeployment('data/deployment.json');
const locales = loadLocales('locales', deployment.languages);
const countries = deployment.countries.map((c) => c.code);
const machine = createIntakeMachine({
  languages: deployment.languages,
  countries,
  places: createPlaceFinder(deployment.countries, deployment.places),
  callingCode: deployment.embassy.callingCode,
  ...dangerDeps(locales),
});

const meta: IntakeMeta = { at: 1_700_000_000_000, newCaseId: 'KH-TEST', languageHint: 'id' };
const prompt = (s: IntakeSnapshot) => promptFor(String(s.value), s.context, { languages: deployment.languages, countries });

/** Every kind of event a person can cause at a state: its own buttons, and the bad inputs. */
function eventsFor(s: IntakeSnapshot): IntakeEvent[] {
  const buttons = (prompt(s)?.choices.flat() ?? []).map((c): IntakeEvent => ({ type: 'CHOICE', choice: c.id, meta }));
  return [
    ...buttons,
    { type: 'CHOICE', choice: 'forged', meta },
    { type: 'TEXT', text: 'KK Park, gedung B', meta },
    { type: 'TEXT', text: '12 orang', meta },
    { type: 'TEXT', text: 'tolong saya dipukul', meta },
    { type: 'TEXT', text: '🙂🙂', meta },
    { type: 'TEXT', text: '你好', meta },
    { type: 'LOCATION', lat: 16.646, lon: 98.507, live: false, meta },
    { type: 'LOCATION', lat: 123, lon: 500, live: false, meta },
    { type: 'LIVE_LOCATION', lat: 16.84, lon: 98.52, meta },
    { type: 'MEDIA', media: 'sticker', meta },
    { type: 'STALE', meta },
    { type: 'START', meta },
    { type: 'HELP', meta },
    { type: 'LANGUAGE', meta },
    { type: 'RESTART', meta },
    { type: 'DISCREET', meta },
    { type: 'SILENCE', meta },
    { type: 'DURESS', meta },
    { type: 'SECRET_KEPT', kind: 'code', ok: true, meta },
    { type: 'SECRET_KEPT', kind: 'duress', ok: false, meta },
  ];
}

const serializeState = (s: IntakeSnapshot) =>
  `${String(s.value)}|edit:${s.context.editing}|case:${!!s.context.caseId}|lang:${s.context.lang}|resume:${s.context.resume ?? ''}`;

const paths = getShortestPaths(machine, { events: eventsFor, serializeState });

/** Replays a path's events from the start with the pure transition function. */
function replay(events: IntakeEvent[]): { snapshot: IntakeSnapshot; actions: string[][] } {
  let [snapshot] = initialTransition(machine);
  const actions: string[][] = [];
  for (const event of events) {
    const [next, acts] = transition(machine, snapshot, event);
    snapshot = next;
    actions.push(acts.map((a) => a.type));
  }
  return { snapshot, actions };
}

/** A snapshot as the runtime stores it, and back. */
function roundTrip(s: IntakeSnapshot): IntakeSnapshot {
  const stored = JSON.parse(JSON.stringify({ v: s.value, c: s.context })) as { v: string; c: IntakeSnapshot['context'] };
  return machine.resolveState({ value: stored.v, context: stored.c });
}

describe('intake flow', () => {
  it('reaches every state of the machine from a first message', () => {
    const reached = new Set(paths.map((p) => String(p.state.value)));
    const all = Object.keys(machine.root.states).filter((s) => !/^(route|after)/.test(s)); // transient routing states
    expect([...reached].sort()).toEqual(all.sort());
  });

  it('asks a question on entering every question state and keeps asking it after bad input', () => {
    for (const path of paths) {
      const { snapshot } = replay(path.steps.map((s) => s.event));
      const spec = prompt(snapshot);
      if (!spec) continue;
      for (const bad of [
        { type: 'MEDIA', media: 'voice', meta },
        { type: 'STALE', meta },
        { type: 'TEXT', text: '🙂', meta },
        { type: 'CHOICE', choice: 'forged', meta },
      ] satisfies IntakeEvent[]) {
        const [next, acts] = transition(machine, snapshot, bad);
        expect(String(next.value), `${String(snapshot.value)} + ${bad.type}`).toBe(String(snapshot.value));
        expect(next.context.answers).toEqual(snapshot.context.answers);
        expect(acts.map((a) => a.type)).toContain('ask');
      }
    }
  });

  it('takes every event at every reachable state, and a stored snapshot continues the same way', () => {
    let edges = 0;
    for (const path of paths) {
      const { snapshot } = replay(path.steps.map((s) => s.event));
      const restored = roundTrip(snapshot);
      expect(restored.value).toEqual(snapshot.value);
      expect(restored.context).toEqual(snapshot.context);
      for (const event of eventsFor(snapshot)) {
        const [a, actsA] = transition(machine, snapshot, event);
        const [b, actsB] = transition(machine, restored, event);
        expect(b.value).toEqual(a.value);
        expect(b.context).toEqual(a.context);
        expect(actsB.map((x) => x.type)).toEqual(actsA.map((x) => x.type));
        // A switch to another flow is answered by that flow's first question; a secret word by the core's SECRET_KEPT.
        const replies = actsA.filter((x) => x.type === 'ask' || x.type === 'say' || x.type === 'switchFlow' || x.type === 'secret');
        if (event.type === 'DURESS') {
          // The duress word: the case turns critical; the core alone answers (an ordinary-looking reply).
          expect(actsA.map((x) => x.type), String(snapshot.value)).toContain('alarm');
          expect(a.context).toMatchObject({ urgency: 'critical', caseId: expect.any(String) });
          expect(a.context.reasons).toContain('duress');
          expect(actsA.filter((x) => x.type === 'say').length).toBe(0);
        } else if (event.type === 'SECRET_KEPT' && !prompt(snapshot)?.secret) {
          expect(replies, String(snapshot.value)).toEqual([]); // only a secret-word question waits for it
        } else if (event.type === 'LIVE_LOCATION' || event.type === 'SILENCE') {
          // A live location moving, or the person's silence, is never answered (the phone may be watched)
          // and moves no step.
          expect(replies.map((x) => x.type), `${String(snapshot.value)} + ${event.type}`).toEqual([]);
          expect(a.value).toEqual(snapshot.value);
        } else {
          // Whatever else happens, the person hears something back.
          expect(replies.length, `${String(snapshot.value)} + ${event.type} ${JSON.stringify(event).slice(0, 60)}`).toBeGreaterThan(0);
        }
        edges++;
      }
    }
    expect(edges).toBeGreaterThan(200);
  });

  it('with a case open, answers a retraction at every state neutrally and changes nothing but the words kept', () => {
    let checked = 0;
    for (const path of paths) {
      const { snapshot } = replay(path.steps.map((s) => s.event));
      if (!snapshot.context.caseId) continue;
      const [after, acts] = transition(machine, snapshot, { type: 'RETRACTION', text: 'close my case', meta });
      const where = String(snapshot.value);
      expect(after.value, where).toEqual(snapshot.value);
      expect(after.context.urgency, where).toBe(snapshot.context.urgency);
      const { retractions, ...answers } = after.context.answers;
      expect(answers, where).toEqual({ ...snapshot.context.answers, retractions: undefined });
      expect(retractions?.at(-1)?.text, where).toBe('close my case');
      expect(after.context.history, where).toEqual(snapshot.context.history);
      expect(acts.map((a) => a.type), where).toEqual(expect.arrayContaining(['updateCase', 'flag', 'forward', 'say']));
      expect(acts.map((a) => a.type), where).not.toContain('ask');
      // Back after a long silence: nothing said, no step moved.
      const [resumed, quiet] = transition(machine, snapshot, { type: 'RESUMED', meta });
      expect(resumed.value, where).toEqual(snapshot.value);
      expect(quiet.map((a) => a.type), where).toEqual(expect.not.arrayContaining(['ask', 'say']));
      checked++;
    }
    expect(checked).toBeGreaterThan(5);
  });

  it('survives XState’s own persisted-snapshot round trip through an actor', () => {
    const { snapshot } = replay([
      { type: 'START', meta },
      { type: 'CHOICE', choice: 'agree', meta },
      { type: 'CHOICE', choice: MYSELF, meta },
      { type: 'CHOICE', choice: 'yes', meta },
    ]);
    const persisted = JSON.parse(JSON.stringify(machine.getPersistedSnapshot(snapshot)));
    const actor = createActor(machine, { snapshot: persisted }).start();
    expect(actor.getSnapshot().value).toBe('location');
    expect(actor.getSnapshot().context.caseId).toBe('KH-TEST');
    actor.send({ type: 'TEXT', text: 'Sihanoukville, building 5', meta });
    expect(actor.getSnapshot().value).toBe('situation');
    expect(actor.getSnapshot().context.answers.country).toBe('KH');
    actor.stop();
  });

  it('opens a critical case on a danger message before the intake completes', () => {
    const { snapshot, actions } = replay([
      { type: 'START', meta },
      { type: 'CHOICE', choice: 'agree', meta },
      { type: 'CHOICE', choice: MYSELF, meta },
      { type: 'CHOICE', choice: 'no', meta },
      { type: 'TEXT', text: 'Bavet. They beat me every night', meta },
    ]);
    expect(actions.at(-1)).toContain('openCase');
    expect(snapshot.context.urgency).toBe('critical');
    expect(snapshot.context.reasons).toContain('danger-words');
    expect(snapshot.value).toBe('situation'); // the typed place still answered the question
    expect(snapshot.context.answers.country).toBe('KH');
  });

  it('opens a normal case only when the person confirms the summary', () => {
    const steps: IntakeEvent[] = [
      { type: 'START', meta },
      { type: 'CHOICE', choice: 'agree', meta },
      { type: 'CHOICE', choice: MYSELF, meta },
      { type: 'CHOICE', choice: 'no', meta },
      { type: 'LOCATION', lat: 11.56, lon: 104.92, live: false, meta },
      { type: 'CHOICE', choice: 'passport', meta },
      { type: 'CHOICE', choice: 'done', meta },
      { type: 'CHOICE', choice: '1', meta },
      { type: 'CHOICE', choice: 'anytime', meta },
      { type: 'CHOICE', choice: 'skip', meta }, // no code word
      { type: 'CHOICE', choice: 'skip', meta }, // the default duress phrase
      { type: 'CHOICE', choice: 'skip', meta }, // no name
    ];
    const before = replay(steps);
    expect(before.snapshot.value).toBe('summary');
    expect(before.snapshot.context.caseId).toBeUndefined();
    expect(before.actions.flat()).not.toContain('openCase');
    const [done, acts] = transition(machine, before.snapshot, { type: 'CHOICE', choice: 'confirm', meta });
    expect(done.value).toBe('done');
    expect(acts.map((a) => a.type)).toContain('openCase');
    expect(done.context).toMatchObject({ caseId: 'KH-TEST', urgency: 'normal', reasons: ['passport'] });
  });

  it('returns to the same step after a language change, and to the summary after an edit', () => {
    let { snapshot } = replay([
      { type: 'START', meta },
      { type: 'CHOICE', choice: 'agree', meta },
      { type: 'CHOICE', choice: MYSELF, meta },
      { type: 'CHOICE', choice: 'no', meta },
      { type: 'LANGUAGE', meta },
    ]);
    expect(snapshot.value).toBe('chooseLanguage');
    [snapshot] = transition(machine, snapshot, { type: 'CHOICE', choice: 'lang:en', meta });
    expect(snapshot.value).toBe('location');
    expect(snapshot.context.lang).toBe('en');

    const atSummary = replay([
      { type: 'START', meta },
      { type: 'CHOICE', choice: 'agree', meta },
      { type: 'CHOICE', choice: MYSELF, meta },
      { type: 'CHOICE', choice: 'no', meta },
      { type: 'TEXT', text: 'Phnom Penh', meta },
      { type: 'CHOICE', choice: 'done', meta },
      { type: 'TEXT', text: '3', meta },
      { type: 'CHOICE', choice: 'they-write-first', meta },
      { type: 'CHOICE', choice: 'skip', meta },
      { type: 'CHOICE', choice: 'skip', meta },
      { type: 'TEXT', text: 'Ani', meta },
      { type: 'CHOICE', choice: 'skip', meta }, // age and home town
      { type: 'CHOICE', choice: 'change', meta },
      { type: 'CHOICE', choice: 'people', meta },
      { type: 'CHOICE', choice: '11-50', meta },
    ]);
    expect(atSummary.snapshot.value).toBe('summary');
    expect(atSummary.snapshot.context.answers).toMatchObject({ people: '11-50', name: 'Ani', contact: 'they-write-first' });
    expect(atSummary.snapshot.context.urgency).toBe('high'); // more than ten people held
  });

  it('takes a pin sent after the location step, and danger words in a caption', () => {
    let { snapshot } = replay([
      { type: 'START', meta },
      { type: 'CHOICE', choice: 'agree', meta },
      { type: 'CHOICE', choice: MYSELF, meta },
      { type: 'CHOICE', choice: 'no', meta },
      { type: 'TEXT', text: 'Poipet', meta },
    ]);
    let acts;
    [snapshot, acts] = transition(machine, snapshot, { type: 'LOCATION', lat: 16.84, lon: 98.52, live: true, meta });
    expect(snapshot.value).toBe('situation');
    expect(snapshot.context.answers).toMatchObject({ location: { kind: 'pin', live: true }, country: 'MM', place: 'Shwe Kokko' });
    expect(acts.map((a) => [a.type, a.params])).toEqual([
      ['say', { key: 'location-noted' }],
      ['ask', {}],
    ]);
    [snapshot, acts] = transition(machine, snapshot, { type: 'MEDIA', media: 'photo', caption: 'tolong, saya dipukul', meta });
    expect(snapshot.value).toBe('situation');
    expect(snapshot.context).toMatchObject({ urgency: 'critical', caseId: 'KH-TEST' });
    expect(acts.map((a) => a.type)).toContain('openCase');
  });

  it('follows a live location silently once the person has said where they are, and not before', () => {
    let { snapshot } = replay([{ type: 'START', meta }]);
    let acts;
    [snapshot, acts] = transition(machine, snapshot, { type: 'LIVE_LOCATION', lat: 16.84, lon: 98.52, meta });
    expect(snapshot.context.answers.location).toBeUndefined(); // no consent yet: not kept
    expect(acts).toEqual([]);
    snapshot = replay([
      { type: 'START', meta },
      { type: 'CHOICE', choice: 'agree', meta },
      { type: 'CHOICE', choice: MYSELF, meta },
      { type: 'CHOICE', choice: 'yes', meta },
      { type: 'LOCATION', lat: 10.63, lon: 103.52, live: true, meta },
    ]).snapshot;
    [snapshot, acts] = transition(machine, snapshot, { type: 'LIVE_LOCATION', lat: 16.84, lon: 98.52, meta });
    expect(snapshot.value).toBe('situation');
    expect(snapshot.context.answers).toMatchObject({ location: { kind: 'pin', lat: 16.84, lon: 98.52, live: true }, country: 'MM', place: 'Shwe Kokko' });
    expect(acts.map((a) => a.type)).toEqual(['updateCase']);
  });

  it('keeps an open case, and what it holds, when the person restarts', () => {
    let { snapshot } = replay([
      { type: 'START', meta },
      { type: 'CHOICE', choice: 'agree', meta },
      { type: 'CHOICE', choice: MYSELF, meta },
      { type: 'CHOICE', choice: 'yes', meta },
    ]);
    [snapshot] = transition(machine, snapshot, { type: 'RESTART', meta: { ...meta, newCaseId: 'KH-OTHER' } });
    expect(snapshot.value).toBe('consent');
    expect(snapshot.context.caseId).toBe('KH-TEST');
    expect(snapshot.context.urgency).toBe('critical');
    expect(snapshot.context.answers.dangerNow).toBe(true); // kept until answered again

    // Without an open case, nothing was sent anywhere: restarting clears the answers.
    let fresh = replay([
      { type: 'START', meta },
      { type: 'CHOICE', choice: 'agree', meta },
      { type: 'CHOICE', choice: MYSELF, meta },
      { type: 'CHOICE', choice: 'no', meta },
      { type: 'TEXT', text: 'Poipet', meta },
    ]).snapshot;
    [fresh] = transition(machine, fresh, { type: 'RESTART', meta });
    expect(fresh.context.answers).toEqual({ situation: [] });
  });
});

describe('intake flow, typed answers', () => {
  const tx = (text: string): IntakeEvent => ({ type: 'TEXT', text, meta });
  const said = (acts: Array<{ type: string; params?: unknown }>) => acts.filter((a) => a.type === 'say').map((a) => (a.params as { key: string }).key);
  const atConsent = () => replay([{ type: 'START', meta }]).snapshot;
  const atWho = () => replay([{ type: 'START', meta }, tx('iya')]).snapshot;
  const atDanger = () => replay([{ type: 'START', meta }, tx('iya'), tx('saya sendiri')]).snapshot;
  const atSituation = () => replay([{ type: 'START', meta }, tx('ok'), tx('saya'), tx('tidak'), tx('Bavet')]).snapshot;
  const at = (s: IntakeSnapshot, ...texts: string[]) => {
    let snapshot = s;
    let acts: Array<{ type: string; params?: unknown }> = [];
    for (const t of texts) [snapshot, acts] = transition(machine, snapshot, tx(t));
    return { snapshot, acts };
  };

  it('takes "iya", "ok", "setuju" as agreeing and "tidak" as not, and answers other words briefly', () => {
    for (const yes of ['iya', 'ok', 'setuju', 'Iyaaa kak 🙏', 'yes']) expect(at(atConsent(), yes).snapshot.value, yes).toBe('who');
    expect(at(atConsent(), 'tidak setuju').snapshot.value).toBe('declined');
    const { snapshot, acts } = at(atConsent(), 'apa ini?');
    expect(snapshot.value).toBe('consent');
    expect(said(acts)).toEqual(['consent-not-understood']);
    expect(acts.map((a) => a.type)).not.toContain('ask'); // the whole consent text is not sent again
    // Nothing is kept before consent: however often, it never moves on without a yes.
    expect(at(atConsent(), 'apa ini?', 'siapa kamu', 'hmm').snapshot.value).toBe('consent');
  });

  it('takes a typed yes at "are you in danger now?" as danger, with the same alert as the button', () => {
    for (const yes of ['iya', 'ya', 'yes', 'aku takut', 'saya takut', 'scared']) {
      const { snapshot, acts } = at(atDanger(), yes);
      expect(snapshot.value, yes).toBe('location');
      expect(snapshot.context, yes).toMatchObject({ urgency: 'critical', caseId: 'KH-TEST', answers: { dangerNow: true } });
      expect(acts.map((a) => a.type), yes).toContain('openCase');
      expect(said(acts), yes).toEqual(['danger-alerted']);
    }
    for (const no of ['tidak', 'gak', 'no', 'aman kok']) {
      const { snapshot } = at(atDanger(), no);
      expect(snapshot.value, no).toBe('location');
      expect(snapshot.context.answers.dangerNow, no).toBe(false);
      expect(snapshot.context.caseId, no).toBeUndefined();
    }
  });

  it('keeps danger words in a longer yes: the danger path runs first', () => {
    const { snapshot } = at(atDanger(), 'ya saya dipukul tadi malam');
    expect(snapshot.value).toBe('location');
    expect(snapshot.context.answers).toMatchObject({ dangerNow: true, dangerWords: true });
    expect(snapshot.context.reasons).toEqual(expect.arrayContaining(['danger-words', 'danger-now']));
  });

  it('explains once, then keeps the words and moves on: no question loops', () => {
    const first = at(atDanger(), 'saya kerja di sini 3 bulan');
    expect(first.snapshot.value).toBe('danger');
    expect(said(first.acts)).toEqual(['danger-not-understood']);
    expect(first.acts.map((a) => a.type)).toContain('ask');
    expect(first.snapshot.context.misses).toBe(1);
    const { snapshot } = at(first.snapshot, 'mereka ambil paspor');
    expect(snapshot.value).toBe('location');
    expect(snapshot.context.answers.dangerNow).toBeUndefined();
    expect(snapshot.context.answers.details).toBe('mereka ambil paspor');
    expect(snapshot.context.misses).toBe(0); // a new question, a new count
    // Wordless text is no answer to keep: it only gets the question again.
    expect(at(atDanger(), '🙂', '🙂', '🙂').snapshot.value).toBe('danger');
  });

  it('reads who needs help from words', () => {
    expect(at(atWho(), 'saya sendiri').snapshot.value).toBe('danger');
    expect(at(atWho(), 'untuk saya').snapshot.value).toBe('danger');
    expect(at(atWho(), 'myself').snapshot.value).toBe('danger');
    const switched = (text: string) => at(atWho(), text).acts.filter((a) => a.type === 'switchFlow').map((a) => a.params);
    expect(switched('anak saya')).toEqual([{ flow: 'missing-person', entry: 'report' }]);
    expect(switched('orang lain')).toEqual([{ flow: 'missing-person', entry: 'report' }]);
    expect(switched('someone else')).toEqual([{ flow: 'missing-person', entry: 'report' }]);
    expect(switched('cek laporan')).toEqual([{ flow: 'missing-person', entry: 'status' }]);
    expect(switched('status')).toEqual([{ flow: 'missing-person', entry: 'status' }]);
    const twice = at(atWho(), 'halo', 'saya ditipu agen');
    expect(twice.snapshot.value).toBe('danger'); // the one we must not lose is the person in trouble
    expect(twice.snapshot.context.answers.details).toBe('saya ditipu agen');
  });

  it('ticks the numbers typed at the situation question and goes on as if "done" was pressed', () => {
    const { snapshot: ticked, acts } = at(atSituation(), '1 2');
    let snapshot = ticked;
    expect(snapshot.value).toBe('people');
    expect(snapshot.context.answers.situation).toEqual(['passport', 'confined']);
    expect(snapshot.context.answers.details).toBeUndefined();
    expect(acts.map((a) => a.type)).toContain('openCase'); // confined: high
    [snapshot] = transition(machine, atSituation(), { type: 'CHOICE', choice: 'debt', meta });
    ({ snapshot } = at(snapshot, '1-3'));
    expect(snapshot.context.answers.situation).toEqual(['debt', 'passport', 'confined', 'violence']);
    expect(at(atSituation(), 'semua').snapshot.context).toMatchObject({ urgency: 'critical', answers: { situation: [...indicatorIds] } });
    expect(at(atSituation(), 'selesai').snapshot.context.answers.situation).toEqual([]);
    expect(at(atSituation(), 'tidak ada').snapshot.value).toBe('people');
    // Words stay the person's own words.
    expect(at(atSituation(), 'paspor saya ditahan bos').snapshot.context.answers).toMatchObject({ situation: [], details: 'paspor saya ditahan bos' });
  });

  it('reads counts, rough counts and "many" at the people question', () => {
    const atPeople = () => at(atSituation(), 'selesai').snapshot;
    const people = (text: string) => at(atPeople(), text).snapshot;
    expect(people('kira2 20an org').context.answers).toMatchObject({ people: '20', peopleWords: undefined }); // not 2
    expect(people('sekitar 30').context.answers.people).toBe('30');
    expect(people('12 orang').context.answers.people).toBe('12');
    expect(people('sendiri').context.answers.people).toBe('1');
    expect(people('٥').context.answers.people).toBe('5');
    expect(people('puluhan').context.answers).toMatchObject({ people: '11-50', peopleWords: 'puluhan' });
    expect(people('ratusan').context.answers).toMatchObject({ people: 'over-50', peopleWords: 'ratusan' });
    expect(people('lebih dari 100').context.answers.people).toBe('over-50');
    expect(people('puluhan').context.urgency).toBe('high'); // more than ten held
    const many = people('banyak sekali');
    expect(many.value).toBe('contact');
    expect(many.context.answers).toMatchObject({ people: undefined, peopleWords: 'banyak sekali' });
    expect(people('ga tau').context.answers).toMatchObject({ people: undefined, peopleWords: undefined });
    expect(people('ga tau').value).toBe('contact');
    const twice = at(atPeople(), 'di gedung ini', 'semua dari indonesia');
    expect(twice.snapshot.value).toBe('contact');
    expect(twice.snapshot.context.answers).toMatchObject({ people: undefined, peopleWords: 'semua dari indonesia' });
    // The count starts again at the next question: one miss there is explained, not kept.
    const next = at(at(atPeople(), 'di gedung ini', '5').snapshot, 'hmm apa ya');
    expect(next.snapshot.value).toBe('contact');
    expect(said(next.acts)).toEqual(['contact-not-understood']);
  });

  it('reads when it is safe to write, a skipped name, and the summary', () => {
    const atContact = () => at(atSituation(), 'selesai', '5').snapshot;
    expect(at(atContact(), 'kapan saja').snapshot.context.answers.contact).toBe('anytime');
    expect(at(atContact(), 'tunggu saya chat dulu ya kak').snapshot.context.answers.contact).toBe('they-write-first');
    expect(at(atContact(), 'jam tertentu').snapshot.value).toBe('contactTimes');
    expect(at(atContact(), 'malam setelah jam 10').snapshot.context.answers).toMatchObject({ contact: 'times', contactTimes: 'malam setelah jam 10' });
    expect(at(atContact(), 'hp disita', 'hp dipegang mandor').snapshot.context.answers).toMatchObject({ contact: 'times', contactTimes: 'hp dipegang mandor' });

    const atName = () => at(atContact(), 'kapan saja', 'lewati', 'lewati').snapshot; // no code word, the default duress phrase
    for (const skip of ['lewati', 'skip', '-', 'ga tau']) {
      const { snapshot } = at(atName(), skip);
      expect(snapshot.value, skip).toBe('summary');
      expect(snapshot.context.answers.name, skip).toBeUndefined();
    }
    // After a typed name: age and home town (and a phone) in one answer, skippable by typing too.
    expect(at(atName(), 'Dewi').snapshot.value).toBe('aboutMe');
    const skipped = at(atName(), 'Dewi', 'ga tau').snapshot;
    expect(skipped).toMatchObject({ value: 'summary', context: { answers: { name: 'Dewi' } } });
    expect([skipped.context.answers.age, skipped.context.answers.hometown, skipped.context.answers.aboutWords]).toEqual([undefined, undefined, undefined]);
    expect(at(atName(), 'Dewi', 'umur 24 dari Cianjur, wa 0812 3456 7890').snapshot.context.answers).toMatchObject({ age: 24, hometown: 'Cianjur', phone: '6281234567890' });
    expect(at(atName(), 'Dewi', 'umur saya').snapshot.context.answers).toMatchObject({ aboutWords: 'umur saya' }); // nothing readable: their words kept
    const atSummary = () => at(atName(), 'Dewi', '24, Cianjur').snapshot;
    for (const send of ['ya', 'kirim', 'ok kirim aja', 'send']) {
      const { snapshot, acts } = at(atSummary(), send);
      expect(snapshot.value, send).toBe('done');
      expect(acts.map((a) => a.type), send).toContain('openCase');
    }
    expect(at(atSummary(), 'ubah').snapshot.value).toBe('editMenu');
    expect(at(atSummary(), 'ada yang salah').snapshot.value).toBe('editMenu');
    const twice = at(atSummary(), 'hmm', 'cepat ya');
    expect(twice.snapshot.value).toBe('done');
    expect(twice.snapshot.context.answers.details).toBe('cepat ya');
  });

  it('takes a typed language name at the language menu, and never stays there', () => {
    let [s] = initialTransition(machine);
    [s] = transition(machine, s, { type: 'START', meta: { ...meta, languageHint: 'fr' } });
    expect(s.value).toBe('chooseLanguage');
    expect(at(s, 'english').snapshot.context.lang).toBe('en');
    expect(at(s, 'bahasa indonesia').snapshot.value).toBe('consent');
    const twice = at(s, 'halo', 'saya mau tanya soal kerja');
    expect(twice.snapshot.value).toBe('consent');
    expect(twice.snapshot.context.lang).toBe('id');
  });
});

const indicatorIds = ['passport', 'confined', 'violence', 'threats', 'forced-scam', 'debt', 'wages', 'injured'];
