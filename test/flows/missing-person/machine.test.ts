import { createActor, initialTransition, transition } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import { describe, expect, it } from 'vitest';
import { createMissingPersonMachine, normalizeCaseId, type MissingPersonEvent, type MissingPersonMeta, type MissingPersonSnapshot } from '../../../flows/missing-person/machine.js';
import { missingPersonPromptFor } from '../../../flows/missing-person/prompts.js';
import { discreetDefault } from '../../../flows/shared/discreet.js';
import { createPlaceFinder } from '../../../flows/shared/places.js';
import { loadDeployment } from '../../../src/deployment.js';
import { loadLocales } from '../../../src/i18n/locales.js';
import { dangerDeps } from '../../support/danger-deps.js';

const deployment = loadDeployment('data/deployment.json');
const locales = loadLocales('locales', deployment.languages);
const countries = deployment.countries.map((c) => c.code);
const machine = createMissingPersonMachine({
  languages: deployment.languages,
  countries,
  places: createPlaceFinder(deployment.countries, deployment.places),
  callingCode: deployment.embassy.callingCode,
  ...dangerDeps(locales),
  discreetByDefault: discreetDefault(deployment, 'missing-person'), // a relative at home: off
});

const NOW = Date.UTC(2026, 4, 20, 8); // 20 May 2026
const meta: MissingPersonMeta = { at: NOW, newCaseId: 'KH-TEST', newPin: '918273', languageHint: 'id', senderPhone: '6281111111111' };
const prompt = (s: MissingPersonSnapshot) => missingPersonPromptFor(String(s.value), s.context, { languages: deployment.languages, countries });

/** Every kind of event at a state: its own buttons, typical and bad answers, commands, and the runtime's answers. */
function eventsFor(s: MissingPersonSnapshot): MissingPersonEvent[] {
  if (s.value === 'new') {
    return [
      { type: 'BEGIN', entry: 'report', lang: 'en', prompt: 3, meta },
      { type: 'BEGIN', entry: 'status', lang: 'id', prompt: 3, meta },
    ];
  }
  const buttons = (prompt(s)?.choices.flat() ?? []).map((c): MissingPersonEvent => ({ type: 'CHOICE', choice: c.id, meta }));
  return [
    ...buttons,
    { type: 'CHOICE', choice: 'forged', meta },
    { type: 'TEXT', text: 'Siti Aminah', meta },
    { type: 'TEXT', text: '17', meta },
    { type: 'TEXT', text: '3 minggu lalu', meta },
    { type: 'TEXT', text: 'next week', meta },
    { type: 'TEXT', text: '0812 3456 7890', meta },
    { type: 'TEXT', text: '+62 811 1111 1111', meta }, // the sender's own number
    { type: 'TEXT', text: 'saya sendiri', meta },
    { type: 'TEXT', text: 'kh 4f7q', meta },
    { type: 'TEXT', text: '042917', meta },
    { type: 'TEXT', text: '🙂🙂', meta },
    { type: 'TEXT', text: '你好', meta },
    { type: 'LOCATION', lat: 16.646, lon: 98.507, live: false, meta },
    { type: 'LIVE_LOCATION', lat: 16.84, lon: 98.52, meta },
    { type: 'MEDIA', media: 'photo', fileRef: 'AgACAgUAAxkBAAIB', meta },
    { type: 'MEDIA', media: 'sticker', fileRef: 'CAACAgIAAxkBAAIC', meta },
    { type: 'STALE', meta },
    { type: 'START', meta },
    { type: 'HELP', meta },
    { type: 'LANGUAGE', meta },
    { type: 'RESTART', meta },
    { type: 'DISCREET', meta },
    { type: 'REPORT_CHECKED', meta },
    { type: 'REPORT_CHECKED', existingCaseId: 'KH-OLD1', meta },
    { type: 'STATUS_RESULT', result: 'working', meta },
    { type: 'STATUS_RESULT', result: 'locked', meta },
    { type: 'SILENCE', meta },
    { type: 'DURESS', meta },
    { type: 'DANGER', text: 'tolong saya dipukul', about: 'writer', meta },
    { type: 'DANGER', text: 'dia bilang disiksa', about: 'other', meta },
  ];
}

const serializeState = (s: MissingPersonSnapshot) =>
  `${String(s.value)}|edit:${s.context.editing}|case:${!!s.context.caseId}|lang:${s.context.lang}|resume:${s.context.resume ?? ''}|notSelf:${!!s.context.notSelf}`;

const paths = getShortestPaths(machine, { events: eventsFor, serializeState });

function replay(events: MissingPersonEvent[]): { snapshot: MissingPersonSnapshot; actions: Array<Array<{ type: string; params?: unknown }>> } {
  let [snapshot] = initialTransition(machine);
  const actions: Array<Array<{ type: string; params?: unknown }>> = [];
  for (const event of events) {
    const [next, acts] = transition(machine, snapshot, event);
    snapshot = next;
    actions.push(acts.map((a) => ({ type: a.type, params: a.params })));
  }
  return { snapshot, actions };
}

function roundTrip(s: MissingPersonSnapshot): MissingPersonSnapshot {
  const stored = JSON.parse(JSON.stringify({ f: 'missing-person', v: s.value, c: s.context })) as { v: string; c: MissingPersonSnapshot['context'] };
  return machine.resolveState({ value: stored.v, context: stored.c });
}

const begin: MissingPersonEvent = { type: 'BEGIN', entry: 'report', lang: 'en', prompt: 3, meta };
const fullReport: MissingPersonEvent[] = [
  begin,
  { type: 'CHOICE', choice: 'sibling', meta },
  { type: 'TEXT', text: 'Siti Aminah', meta },
  { type: 'TEXT', text: '24 tahun', meta },
  { type: 'CHOICE', choice: 'female', meta },
  { type: 'TEXT', text: 'Indramayu', meta },
  { type: 'TEXT', text: 'B 1234567', meta },
  { type: 'TEXT', text: '0812 3456 7890', meta },
  { type: 'TEXT', text: 'last March', meta },
  { type: 'TEXT', text: 'Dia bilang paspornya diambil', meta },
  { type: 'CHOICE', choice: 'KH', meta },
  { type: 'TEXT', text: 'Bavet', meta },
  { type: 'TEXT', text: 'Golden Sky', meta },
  { type: 'TEXT', text: 'admin toko online', meta },
  { type: 'TEXT', text: 'Pak Rudi, PT Jaya', meta },
  { type: 'MEDIA', media: 'photo', fileRef: 'AgACAgUAAxkBAAIB', meta },
  { type: 'CHOICE', choice: 'held', meta },
  { type: 'CHOICE', choice: 'done', meta },
  { type: 'CHOICE', choice: 'this-chat', meta },
  { type: 'CHOICE', choice: 'anytime', meta },
];

describe('missing-person flow', () => {
  it('reaches every state of the machine', () => {
    const reached = new Set(paths.map((p) => String(p.state.value)));
    const all = Object.keys(machine.root.states).filter((s) => !s.startsWith('after-')); // transient
    expect([...reached].sort()).toEqual(all.sort());
  });

  it('asks a question on entering every question state and keeps asking it after bad input', () => {
    for (const path of paths) {
      const { snapshot } = replay(path.steps.map((s) => s.event));
      const spec = prompt(snapshot);
      if (!spec) continue;
      for (const bad of [
        { type: 'MEDIA', media: 'voice', fileRef: 'x', meta },
        { type: 'STALE', meta },
        { type: 'TEXT', text: '🙂', meta },
        { type: 'CHOICE', choice: 'forged', meta },
      ] satisfies MissingPersonEvent[]) {
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
      if (snapshot.value === 'selfHelp') {
        // Handed over to the intake: the core goes on there, and nothing more is heard here.
        for (const event of eventsFor(snapshot)) expect(transition(machine, snapshot, event)[1]).toEqual([]);
        continue;
      }
      const restored = roundTrip(snapshot);
      expect(restored.value).toEqual(snapshot.value);
      expect(restored.context).toEqual(snapshot.context);
      for (const event of eventsFor(snapshot)) {
        const [a, actsA] = transition(machine, snapshot, event);
        const [b, actsB] = transition(machine, restored, event);
        expect(b.value).toEqual(a.value);
        expect(b.context).toEqual(a.context);
        expect(actsB.map((x) => x.type)).toEqual(actsA.map((x) => x.type));
        const label = `${String(snapshot.value)} + ${JSON.stringify(event).slice(0, 70)}`;
        // The drawn PIN never lands in the context (it travels in action params only).
        expect(JSON.stringify(a.context), label).not.toContain('918273');
        if (event.type === 'SILENCE') {
          // Never answered (a relative is not written to first), and no step moves.
          expect(actsA.filter((x) => ['ask', 'say', 'switchFlow'].includes(x.type)), label).toEqual([]);
          expect(a.value).toEqual(snapshot.value);
        } else if (event.type === 'DANGER') {
          // Heard before the text it was read from (which gets the answer): the alarm, or the switch to the intake.
          expect(actsA.filter((x) => ['alarm', 'switchFlow'].includes(x.type)), label).toHaveLength(1);
        } else if (event.type === 'LIVE_LOCATION' || event.type === 'REPORT_CHECKED' || event.type === 'STATUS_RESULT') {
          // Silent: a moving location is never answered; runtime answers only count where a lookup is pending.
          if (actsA.length === 0) expect(a.value).toEqual(snapshot.value);
        } else {
          const answered = actsA.filter((x) => ['ask', 'say', 'switchFlow', 'checkReport', 'checkStatus', 'forgotPin'].includes(x.type));
          expect(answered.length, label).toBeGreaterThan(0);
        }
        edges++;
      }
    }
    expect(edges).toBeGreaterThan(500);
  }, 90_000);

  it('with a case open, answers a retraction at every state neutrally and changes nothing but the words kept', () => {
    let checked = 0;
    for (const path of paths) {
      const { snapshot } = replay(path.steps.map((s) => s.event));
      if (!snapshot.context.caseId || snapshot.value === 'selfHelp') continue;
      const [after, acts] = transition(machine, snapshot, { type: 'RETRACTION', text: 'tutup kasus', meta });
      const where = String(snapshot.value);
      expect(after.value, where).toEqual(snapshot.value);
      expect(after.context.urgency, where).toBe(snapshot.context.urgency);
      expect(after.context.answers.retractions?.at(-1)?.text, where).toBe('tutup kasus');
      expect(after.context.history, where).toEqual(snapshot.context.history);
      expect(acts.map((a) => a.type), where).toEqual(['updateCase', 'flag', 'forward', 'say']);
      checked++;
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('survives XState’s own persisted-snapshot round trip through an actor', () => {
    const { snapshot } = replay(fullReport.slice(0, 5));
    const persisted = JSON.parse(JSON.stringify(machine.getPersistedSnapshot(snapshot)));
    const actor = createActor(machine, { snapshot: persisted }).start();
    expect(actor.getSnapshot().value).toBe('hometown');
    actor.send({ type: 'TEXT', text: 'Indramayu', meta });
    expect(actor.getSnapshot().value).toBe('document');
    expect(actor.getSnapshot().context.answers).toMatchObject({ name: 'Siti Aminah', age: 24, sex: 'female', hometown: 'Indramayu' });
    actor.stop();
  });

  it('collects a whole report, checks for an earlier one, then opens a case with a PIN shown once', () => {
    const { snapshot } = replay(fullReport);
    expect(snapshot.value).toBe('summary');
    expect(snapshot.context.answers).toMatchObject({
      relationship: 'sibling', name: 'Siti Aminah', age: 24, sex: 'female', document: 'B 1234567', phone: '0812 3456 7890',
      lastHeard: '2026-03', country: 'KH', city: 'Bavet', company: 'Golden Sky', recruiter: 'Pak Rudi, PT Jaya',
      photo: { media: 'photo', fileRef: 'AgACAgUAAxkBAAIB' }, harm: ['held'], contact: 'this-chat', contactWhen: 'anytime',
    });
    expect(snapshot.context).toMatchObject({ urgency: 'high', reasons: ['confined'] });
    const [waiting, asked] = transition(machine, snapshot, { type: 'CHOICE', choice: 'confirm', meta });
    expect(waiting.value).toBe('summary');
    expect(asked.map((a) => a.type)).toEqual(['checkReport']);
    const [done, acts] = transition(machine, waiting, { type: 'REPORT_CHECKED', meta });
    expect(done.value).toBe('done');
    expect(done.context.caseId).toBe('KH-TEST');
    expect(acts.map((a) => [a.type, a.params])).toEqual([
      ['openCase', { pin: '918273' }],
      ['say', { key: 'mp-done', pin: '918273' }],
    ]);
    // The same relative reporting the same open case again: no new case, the old one updated.
    const [again, againActs] = transition(machine, waiting, { type: 'REPORT_CHECKED', existingCaseId: 'KH-OLD1', meta });
    expect(again.context.caseId).toBe('KH-OLD1');
    expect(againActs.map((a) => a.type)).toEqual(['updateCase', 'say']);
  });

  it('refuses future and unreadable dates, and a date of birth in the future', () => {
    const atLastHeard = replay(fullReport.slice(0, 8)).snapshot;
    expect(atLastHeard.value).toBe('lastHeard');
    for (const [text, key] of [['besok', 'mp-date-future'], ['15/03/2027', 'mp-date-future'], ['sometime', 'mp-date-not-understood']] as const) {
      const [next, acts] = transition(machine, atLastHeard, { type: 'TEXT', text, meta });
      expect(next.value).toBe('lastHeard');
      expect(acts.map((a) => a.params)).toContainEqual({ key });
    }
    const [next] = transition(machine, atLastHeard, { type: 'TEXT', text: '3 minggu lalu', meta });
    expect(next.context.answers.lastHeard).toBe('2026-04-29');
    const atAge = replay(fullReport.slice(0, 3)).snapshot;
    const [still, acts] = transition(machine, atAge, { type: 'TEXT', text: '12/03/2030', meta });
    expect(still.value).toBe('age');
    expect(acts.map((a) => a.params)).toContainEqual({ key: 'mp-birth-future' });
  });

  it('answers a photo where text was asked, and text where a photo was asked', () => {
    const atName = replay(fullReport.slice(0, 2)).snapshot;
    const [n, a1] = transition(machine, atName, { type: 'MEDIA', media: 'photo', fileRef: 'f', meta });
    expect(n.value).toBe('name');
    expect(a1.map((a) => a.params)).toContainEqual({ key: 'mp-photo-later' });
    const atPhoto = replay(fullReport.slice(0, 15)).snapshot;
    expect(atPhoto.value).toBe('photo');
    const [p, a2] = transition(machine, atPhoto, { type: 'TEXT', text: 'she has long hair', meta });
    expect(p.value).toBe('photo');
    expect(a2.map((a) => a.params)).toContainEqual({ key: 'mp-photo-expected' });
  });

  it('offers the self-help intake when the report is about the sender', () => {
    const atName = replay(fullReport.slice(0, 2)).snapshot;
    const [isSelf] = transition(machine, atName, { type: 'TEXT', text: 'saya sendiri', meta });
    expect(isSelf.value).toBe('isSelf');
    const [, acts] = transition(machine, isSelf, { type: 'CHOICE', choice: 'myself', meta });
    expect(acts.map((a) => [a.type, a.params])).toEqual([['switchFlow', { flow: 'intake', entry: 'danger' }]]);
    const [back] = transition(machine, isSelf, { type: 'CHOICE', choice: 'someone-else', meta });
    expect(back.value).toBe('name');
    // Once told it is someone else, the same words are taken as an answer.
    const [named] = transition(machine, back, { type: 'TEXT', text: 'saya sendiri', meta });
    expect(named.value).toBe('age');

    const atPhone = replay(fullReport.slice(0, 7)).snapshot;
    const [samePhone] = transition(machine, atPhone, { type: 'TEXT', text: '0811-1111-1111', meta });
    expect(samePhone.value).toBe('isSelf');
    const [cont] = transition(machine, samePhone, { type: 'CHOICE', choice: 'someone-else', meta });
    expect(cont.value).toBe('lastHeard');
  });

  it('goes back to the summary after editing a group, and triages a minor who was hurt as critical', () => {
    let { snapshot } = replay([...fullReport, { type: 'CHOICE', choice: 'change', meta }, { type: 'CHOICE', choice: 'person', meta }]);
    expect(snapshot.value).toBe('relationship');
    for (const e of [
      { type: 'CHOICE', choice: 'sibling', meta },
      { type: 'TEXT', text: 'Siti Aminah', meta },
      { type: 'TEXT', text: '16', meta },
      { type: 'CHOICE', choice: 'female', meta },
      { type: 'CHOICE', choice: 'skip', meta },
      { type: 'CHOICE', choice: 'skip', meta },
      { type: 'CHOICE', choice: 'skip', meta },
    ] satisfies MissingPersonEvent[]) [snapshot] = transition(machine, snapshot, e);
    expect(snapshot.value).toBe('summary');
    expect(snapshot.context.urgency).toBe('critical');
    expect(snapshot.context.reasons).toEqual(expect.arrayContaining(['confined', 'minor', 'minor-at-risk']));
  });

  it('checks a status with a case number and PIN, without keeping the PIN', () => {
    let [s] = initialTransition(machine);
    [s] = transition(machine, s, { type: 'BEGIN', entry: 'status', lang: 'id', prompt: 3, meta });
    expect(s.value).toBe('statusCase');
    let acts;
    [s, acts] = transition(machine, s, { type: 'TEXT', text: 'KH-4F7', meta });
    expect(acts.map((a) => a.params)).toContainEqual({ key: 'status-case-format' });
    [s] = transition(machine, s, { type: 'TEXT', text: 'kh 4f7q', meta });
    expect(s.value).toBe('statusPin');
    expect(s.context.statusCaseId).toBe('KH-4F7Q');
    [s, acts] = transition(machine, s, { type: 'TEXT', text: '12 34 56', meta });
    expect(acts.map((a) => [a.type, a.params])).toEqual([['checkStatus', { caseId: 'KH-4F7Q', pin: '123456' }]]);
    [s, acts] = transition(machine, s, { type: 'STATUS_RESULT', result: 'located', meta });
    expect(s.value).toBe('statusShown');
    expect(acts.map((a) => a.params)).toContainEqual({ key: 'status-located' });
    expect(JSON.stringify(s.context)).not.toContain('123456');
  });

  it('takes "lupa PIN" or the button at the PIN question as a forgotten PIN, for the officers to reset', () => {
    for (const forgot of [{ type: 'TEXT', text: 'lupa PIN', meta }, { type: 'TEXT', text: 'ga ingat', meta }, { type: 'CHOICE', choice: 'forgot-pin', meta }] as MissingPersonEvent[]) {
      let [s] = initialTransition(machine);
      [s] = transition(machine, s, { type: 'BEGIN', entry: 'status', lang: 'id', prompt: 3, meta });
      [s] = transition(machine, s, { type: 'TEXT', text: 'KH-4F7Q', meta });
      let acts;
      [s, acts] = transition(machine, s, forgot);
      expect(acts.filter((a) => a.type !== 'xstate.raise').map((a) => [a.type, a.params])).toEqual([['forgotPin', { caseId: 'KH-4F7Q' }]]);
      [s, acts] = transition(machine, s, { type: 'STATUS_RESULT', result: 'forgotten', meta });
      expect(s.value).toBe('statusShown');
      expect(acts.map((a) => a.params)).toContainEqual({ key: 'status-forgotten' });
    }
  });

  it('reads case numbers as people type them', () => {
    expect(normalizeCaseId('kh-4f7q')).toBe('KH-4F7Q');
    expect(normalizeCaseId(' KH 4F7Q ')).toBe('KH-4F7Q');
    expect(normalizeCaseId('KH-4F7O')).toBeUndefined(); // O is not in the alphabet
    expect(normalizeCaseId('hello')).toBeUndefined();
  });
});

describe('missing-person flow, typed answers', () => {
  const tx = (text: string): MissingPersonEvent => ({ type: 'TEXT', text, meta });
  const said = (acts: Array<{ type: string; params?: unknown }>) => acts.filter((a) => a.type === 'say').map((a) => (a.params as { key: string }).key);
  /** The report up to (not including) its `n`th answer, in Indonesian. */
  const upTo = (n: number) => replay([{ ...begin, lang: 'id' }, ...fullReport.slice(1, n)]).snapshot;
  const at = (s: MissingPersonSnapshot, ...texts: string[]) => {
    let snapshot = s;
    let acts: Array<{ type: string; params?: unknown }> = [];
    for (const t of texts) [snapshot, acts] = transition(machine, snapshot, tx(t));
    return { snapshot, acts };
  };

  it('reads a relationship, a sex, and skip words at every question that can be skipped', () => {
    expect(at(upTo(1), 'kakak').snapshot.context.answers.relationship).toBe('sibling');
    expect(at(upTo(1), 'anak saya').snapshot.context.answers.relationship).toBe('parent');
    expect(at(upTo(1), 'suami').snapshot.context.answers.relationship).toBe('spouse');
    expect(at(upTo(1), 'tetangga jauh').snapshot.context.answers.relationship).toBe('tetangga jauh'); // their own words
    expect(at(upTo(4), 'perempuan').snapshot.context.answers.sex).toBe('female');
    expect(at(upTo(4), 'L').snapshot.context.answers.sex).toBe('male');
    expect(at(upTo(4), 'lewati').snapshot.value).toBe('hometown');
    for (const [n, state, next] of [[3, 'age', 'sex'], [5, 'hometown', 'document'], [6, 'document', 'phone'], [7, 'phone', 'lastHeard'], [8, 'lastHeard', 'lastMessage'], [9, 'lastMessage', 'country'], [10, 'country', 'city'], [11, 'city', 'company'], [15, 'photo', 'harm']] as const) {
      expect(upTo(n).value).toBe(state);
      for (const skip of ['lewati', 'ga tau', 'tidak tahu', 'lupa', '-', 'skip']) {
        const { snapshot } = at(upTo(n), skip);
        expect(snapshot.value, `${state}: ${skip}`).toBe(next);
      }
    }
    expect(at(upTo(6), 'tidak ada').snapshot.context.answers.document).toBeUndefined();
  });

  it('reads "3 minggu lalu" and skip words at the date question, and keeps unreadable dates after two tries', () => {
    expect(at(upTo(8), '3 minggu lalu').snapshot.context.answers.lastHeard).toBe('2026-04-29');
    expect(at(upTo(8), 'udah 2 bulan').snapshot.context.answers.lastHeard).toBe('2026-03');
    expect(at(upTo(8), '٣ minggu lalu').snapshot.context.answers.lastHeard).toBe('2026-04-29');
    const first = at(upTo(8), 'waktu lebaran');
    expect(first.snapshot.value).toBe('lastHeard');
    expect(said(first.acts)).toEqual(['mp-date-not-understood']);
    const twice = at(first.snapshot, 'sebelum puasa');
    expect(twice.snapshot.value).toBe('lastMessage');
    expect(twice.snapshot.context.answers).toMatchObject({ lastHeard: undefined, words: { lastHeard: 'waktu lebaran / sebelum puasa' } }); // both tries kept
    const age = at(upTo(3), 'dua puluhan', 'sekitar dua puluhan lah');
    expect(age.snapshot.value).toBe('sex');
    expect(age.snapshot.context.answers.words).toEqual({ age: 'dua puluhan / sekitar dua puluhan lah' });
  });

  it('ticks typed numbers of what the person told them, and goes on', () => {
    const atHarm = upTo(16);
    expect(atHarm.value).toBe('harm');
    const { snapshot } = at(atHarm, '1 dan 2');
    expect(snapshot.value).toBe('contact');
    expect(snapshot.context.answers.harm).toEqual(['held', 'hurt']);
    expect(snapshot.context.urgency).toBe('high');
    expect(at(atHarm, 'tidak ada').snapshot.value).toBe('contact');
    const words = at(atHarm, 'dia bilang capek', 'dia bilang dipukul');
    expect(words.snapshot.value).toBe('contact');
    expect(words.snapshot.context.answers).toMatchObject({ harm: [], dangerWords: true, words: { harm: 'dia bilang dipukul' } });
  });

  it('reads how and when to reach the relative; the call-back number can be skipped to this chat', () => {
    const atContact = upTo(18);
    expect(atContact.value).toBe('contact');
    expect(at(atContact, 'di sini saja').snapshot).toMatchObject({ value: 'contactWhen', context: { answers: { contact: 'this-chat' } } });
    expect(at(atContact, 'telepon').snapshot.value).toBe('contactPhone');
    expect(at(atContact, '0812 9999 8888').snapshot).toMatchObject({ value: 'contactWhen', context: { answers: { contact: 'phone', contactPhone: '0812 9999 8888' } } });
    const atPhone = at(atContact, 'telepon').snapshot;
    expect(prompt(atPhone)?.choices.flat().map((c) => c.id)).toEqual(['this-chat']);
    for (const skip of ['ga tau', 'lewati']) {
      expect(at(atPhone, skip).snapshot, skip).toMatchObject({ value: 'contactWhen', context: { answers: { contact: 'this-chat', contactPhone: undefined } } });
    }
    const [pressed] = transition(machine, atPhone, { type: 'CHOICE', choice: 'this-chat', meta });
    expect(pressed.context.answers.contact).toBe('this-chat');
    expect(at(atPhone, 'nomor anak saya', 'nomor yang dulu').snapshot.context.answers).toMatchObject({ contact: 'phone', contactPhone: 'nomor yang dulu' });

    const atWhen = at(atContact, 'di sini').snapshot;
    expect(at(atWhen, 'kapan saja').snapshot.context.answers.contactWhen).toBe('anytime');
    expect(at(atWhen, 'sore setelah jam 4').snapshot.context.answers).toMatchObject({ contactWhen: 'times', contactTimes: 'sore setelah jam 4' });
    expect(at(atWhen, 'jam tertentu').snapshot.value).toBe('contactTimes');
  });

  it('reads the self check, the summary and the next step after a status check', () => {
    const isSelf = at(upTo(2), 'saya sendiri').snapshot;
    expect(isSelf.value).toBe('isSelf');
    expect(at(isSelf, 'iya').acts.filter((a) => a.type === 'switchFlow').map((a) => a.params)).toEqual([{ flow: 'intake', entry: 'danger' }]);
    expect(at(isSelf, 'bukan').snapshot).toMatchObject({ value: 'name', context: { notSelf: true } });
    expect(at(isSelf, 'hmm', 'saya ibunya').snapshot).toMatchObject({ value: 'name', context: { notSelf: true, answers: { words: { isSelf: 'saya ibunya' } } } });

    const atSummary = replay([{ ...begin, lang: 'id' }, ...fullReport.slice(1)]).snapshot;
    expect(atSummary.value).toBe('summary');
    expect(at(atSummary, 'kirim').acts.map((a) => a.type)).toContain('checkReport');
    expect(at(atSummary, 'ya').acts.map((a) => a.type)).toContain('checkReport');
    expect(at(atSummary, 'ubah').snapshot.value).toBe('editMenu');
    const twice = at(atSummary, 'hmm', 'dibantu');
    expect(twice.acts.map((a) => a.type)).toContain('checkReport');
    expect(twice.snapshot.context.answers.words).toEqual({ summary: 'dibantu' });

    let [s] = initialTransition(machine);
    [s] = transition(machine, s, { type: 'BEGIN', entry: 'status', lang: 'id', prompt: 3, meta });
    [s] = transition(machine, s, tx('KH-4F7Q'));
    [s] = transition(machine, s, tx('123456'));
    [s] = transition(machine, s, { type: 'STATUS_RESULT', result: 'working', meta });
    expect(s.value).toBe('statusShown');
    expect(at(s, 'cek lagi').snapshot.value).toBe('statusCase');
    expect(at(s, 'kh 2a3b').snapshot).toMatchObject({ value: 'statusPin', context: { statusCaseId: 'KH-2A3B' } });
    expect(at(s, 'laporan baru').snapshot.value).toBe('relationship');
    const first = at(s, 'terima kasih banyak');
    expect(said(first.acts)).toEqual(['status-next-not-understood']);
    expect(at(first.snapshot, 'semoga cepat ketemu').snapshot.value).toBe('statusCase');
  });
});
