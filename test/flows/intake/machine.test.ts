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
        // A switch to another flow is answered by that flow's first question.
        const replies = actsA.filter((x) => x.type === 'ask' || x.type === 'say' || x.type === 'switchFlow');
        if (event.type === 'LIVE_LOCATION') {
          // A live location moving is never answered (the phone may be watched) and moves no step.
          expect(replies.map((x) => x.type), `${String(snapshot.value)} + LIVE_LOCATION`).toEqual([]);
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
      { type: 'CHOICE', choice: 'skip', meta },
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
      { type: 'TEXT', text: 'Ani', meta },
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
