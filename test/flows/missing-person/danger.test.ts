/**
 * Danger words in a relative's report, through both flows' contracts as the core runs them (a
 * `switchFlow` effect starts the other flow with `BEGIN`, carrying what the first one hands over):
 * danger about the writer goes to the intake at once with everything typed; danger about the missing
 * person raises the report's urgency and stays; a relative's "tolong bantu cari anak saya" is a report.
 */
import { describe, expect, it } from 'vitest';
import type { FlowContext, FlowDeps, FlowEffect, FlowInput, FlowMeta, FlowModule } from '../../../flows/contract.js';
import { flows } from '../../../flows/index.js';
import { createPlaceFinder } from '../../../flows/shared/places.js';
import { loadDeployment } from '../../../src/deployment.js';
import { loadLocales } from '../../../src/i18n/locales.js';
import { dangerDeps } from '../../support/danger-deps.js';

const deployment = loadDeployment('data/deployment.json');
const locales = loadLocales('locales', deployment.languages);
const deps: FlowDeps = {
  languages: deployment.languages,
  countries: deployment.countries.map((c) => c.code),
  places: createPlaceFinder(deployment.countries, deployment.places),
  callingCode: deployment.embassy.callingCode,
  ...dangerDeps(locales),
};
const NOW = Date.UTC(2026, 4, 20, 8);
const meta = (minutes = 0): FlowMeta => ({ at: NOW + minutes * 60_000, newCaseId: 'KH-TEST', newPin: '918273', languageHint: 'id' });
const owner = { personId: 'p1', channel: 'telegram', address: '42' };

interface Place {
  flow: string;
  state: string;
  ctx: FlowContext & Record<string, unknown>;
  effects: FlowEffect[];
  record(): { fields: Record<string, string>; sealed: object };
}

/** One conversation across flows, switching as the core does (src/core/hotline.ts `step`). */
function conversation(startFlow: string, startValue?: { value: string; ctx: unknown }) {
  type Bound = { step(input: FlowInput): Place; begin(): void };
  const bind = (module: FlowModule, resume?: { value: string; ctx: unknown }): Bound =>
    module.use((def) => {
      const { machine } = def.create(deps, deployment);
      let s = resume ? machine.resolve(resume.value, resume.ctx as never) : machine.fresh();
      return {
        begin: () => {
          s = machine.fresh();
        },
        step(input) {
          const [next, effects] = machine.step(s, input);
          s = next;
          const state = machine.value(s);
          const ctx = machine.context(s) as FlowContext & Record<string, unknown>;
          return { flow: def.name, state, ctx, effects, record: () => def.caseRecord(machine.context(s), owner, { now: NOW, state }) };
        },
      };
    });
  let current = bind(flows.find((f) => f.name === startFlow)!, startValue);
  return (input: FlowInput): Place[] => {
    const places: Place[] = [];
    let next: FlowInput | undefined = input;
    for (let hops = 0; next && hops < 4; hops++) {
      const place = current.step(next);
      places.push(place);
      next = undefined;
      const sw = place.effects.find((e) => e.type === 'switchFlow');
      if (sw?.type === 'switchFlow') {
        current = bind(flows.find((f) => f.name === sw.flow)!);
        next = { type: 'BEGIN', entry: sw.entry, lang: place.ctx.lang, prompt: place.ctx.prompt, discreet: place.ctx.discreet, suspect: sw.suspect, carried: sw.carried, meta: input.meta };
      }
    }
    return places;
  };
}

const text = (t: string, minutes = 0): FlowInput => ({ type: 'TEXT', text: t, meta: meta(minutes) });
const choice = (c: string, minutes = 0): FlowInput => ({ type: 'CHOICE', choice: c, meta: meta(minutes) });
const begin: FlowInput = { type: 'BEGIN', entry: 'report', lang: 'id', prompt: 3, meta: meta() };

/** Feeds inputs one by one; the places of the last one. */
function feed(send: (input: FlowInput) => Place[], inputs: FlowInput[]): Place[] {
  let last: Place[] = [];
  for (const input of inputs) last = send(input);
  return last;
}

describe('missing-person: danger about the writer', () => {
  it.each(['tolong saya dipukul', 'saya disekap', 'I am locked in', 'they beat me'])('opens a critical self-report at once for %j at the relationship question', (words) => {
    const send = conversation('missing-person');
    const [mp, intake] = feed(send, [begin, text(words, 1)]);
    expect(mp!.effects).toEqual([{ type: 'switchFlow', flow: 'intake', entry: 'danger', carried: { alarm: { text: words, at: NOW + 60_000 }, details: undefined } }]);
    expect(mp!.ctx.answers).toEqual({ harm: [] }); // not taken as the relationship
    expect(intake!.flow).toBe('intake');
    expect(intake!.state).toBe('danger');
    expect(intake!.effects.map((e) => e.type)).toEqual(['openCase', 'alarm', 'say', 'ask']);
    expect(intake!.ctx).toMatchObject({ caseId: 'KH-TEST', urgency: 'critical', discreet: true });
    expect(intake!.ctx.reasons).toContain('danger-words');
    const record = intake!.record();
    expect(record.fields).toMatchObject({ kind: 'self-report', urgency: 'critical' });
    expect(record.sealed).toMatchObject({ alarms: [{ text: words, at: NOW + 60_000, grade: 'critical' }] });
  });

  it('loses nothing the person typed in the relative\'s flow', () => {
    const send = conversation('missing-person');
    const [mp, intake] = feed(send, [begin, choice('sibling'), text('Siti Aminah'), text('24'), choice('female'), text('Indramayu'), text('aku dikurung di kamar, tolong', 5)]);
    expect(mp!.state).toBe('selfHelp');
    expect(intake!.ctx).toMatchObject({ urgency: 'critical', caseId: 'KH-TEST' });
    const sealed = intake!.record().sealed as { details?: string; alarms?: Array<{ text: string }> };
    expect(sealed.details?.split('\n')).toEqual(['relationship: sibling', 'name: Siti Aminah', 'age: 24', 'sex: female', 'hometown: Indramayu']);
    expect(sealed.alarms?.map((a) => a.text)).toEqual(['aku dikurung di kamar, tolong']);
  });

  it('goes to the intake from any question, and after the report is sent (naming that report)', () => {
    const report = [begin, choice('parent'), text('Budi'), choice('skip'), choice('skip'), choice('skip'), choice('skip'), choice('skip'), choice('skip'), choice('skip'), choice('skip'), choice('skip'), choice('skip'), choice('skip'), choice('skip'), choice('skip'), choice('done'), choice('this-chat'), choice('anytime')];
    for (let at = 2; at <= report.length; at++) {
      if (at === 9) continue; // at the last words they heard: a quote (below)
      const places = feed(conversation('missing-person'), [...report.slice(0, at), text('tolong saya dipukul', 30)]);
      expect(places.map((p) => p.flow), `after ${at} inputs`).toEqual(['missing-person', 'intake']);
      expect(places[1]!.ctx.urgency).toBe('critical');
    }
    const send = conversation('missing-person');
    feed(send, [...report, choice('confirm'), { type: 'REPORT_CHECKED', meta: meta() }]);
    const [, intake] = send(text('saya disekap sekarang', 40));
    expect((intake!.record().sealed as { details?: string }).details).toContain('missing-person report: KH-TEST');
  });
});

describe('missing-person: danger about the missing person', () => {
  it.each([
    ['they beat him', 'hometown'],
    ['dia bilang disiksa', 'hometown'],
    ['anak saya dikurung', 'hometown'],
    ['Dia bilang: tolong, saya dipukul', 'hometown'], // quoting: unsure, so the report's
  ])('raises the report for %j and stays in it', (words, next) => {
    const places = feed(conversation('missing-person'), [begin, choice('parent'), text('Budi'), text('17'), choice('male'), text(words, 3)]);
    expect(places.map((p) => p.flow)).toEqual(['missing-person']);
    const mp = places[0]!;
    expect(mp.state).not.toBe(next === 'hometown' ? 'selfHelp' : '');
    expect(mp.effects[0]).toEqual({ type: 'alarm' });
    // A minor with danger words: high (danger-words, minor); never lowered.
    expect(mp.ctx).toMatchObject({ urgency: 'high' });
    expect(mp.ctx.reasons).toEqual(expect.arrayContaining(['minor', 'danger-words']));
    expect((mp.ctx.answers as { alarms?: Array<{ text: string }> }).alarms?.map((a) => a.text)).toEqual([words]);
  });

  it('keeps a first person in the quoted last words as the missing person\'s', () => {
    const places = feed(conversation('missing-person'), [begin, choice('sibling'), text('Siti'), choice('skip'), choice('skip'), choice('skip'), choice('skip'), choice('skip'), text('2 minggu lalu'), text('tolong saya dipukul', 4)]);
    expect(places.map((p) => p.flow)).toEqual(['missing-person']);
    expect(places[0]!.state).toBe('country');
    expect(places[0]!.ctx.answers).toMatchObject({ lastMessage: 'tolong saya dipukul', dangerWords: true });
    expect(places[0]!.ctx.urgency).toBe('high');
  });

  it('updates the sent report with danger words added later, once', () => {
    const report = [begin, choice('parent'), text('Budi'), ...Array.from({ length: 13 }, () => choice('skip')), choice('done'), choice('this-chat'), choice('anytime'), choice('confirm'), { type: 'REPORT_CHECKED', meta: meta() } as FlowInput];
    const [mp] = feed(conversation('missing-person'), [...report, text('dia disiksa sekarang', 50)]);
    expect(mp!.state).toBe('done');
    expect(mp!.effects.map((e) => e.type)).toEqual(['alarm', 'updateCase', 'forward', 'say']);
    expect(mp!.ctx.urgency).toBe('high');
  });
});

describe('intake: a relative\'s first message', () => {
  it('hears "tolong bantu cari anak saya" as a request: no critical case, and the menu offers a report about someone else', () => {
    const send = conversation('intake');
    const [first] = send({ ...text('tolong bantu cari anak saya'), meta: { ...meta(), languageHint: 'id' } });
    expect(first!.state).toBe('consent');
    expect(first!.effects.map((e) => e.type)).toEqual(['ask']);
    expect(first!.ctx.caseId).toBeUndefined();
    const [atWho] = send(choice('agree'));
    expect(atWho!.state).toBe('who');
    const [intake, mp] = send(choice('someone-else'));
    expect(intake!.effects.map((e) => e.type)).toEqual(['switchFlow']);
    expect(mp).toMatchObject({ flow: 'missing-person', state: 'relationship' });
  });

  it('takes danger about someone else typed at the menu to the relative\'s report, words and urgency with it', () => {
    const send = conversation('intake');
    feed(send, [text('halo'), choice('agree')]);
    const [intake, mp] = send(text('anak saya disekap di Kamboja', 2));
    expect(intake!.effects).toEqual([{ type: 'switchFlow', flow: 'missing-person', entry: 'report', suspect: undefined, carried: { alarm: { text: 'anak saya disekap di Kamboja', at: NOW + 120_000 } } }]);
    expect(intake!.ctx.caseId).toBeUndefined();
    expect(mp!.state).toBe('relationship');
    expect(mp!.ctx).toMatchObject({ urgency: 'high', answers: { dangerWords: true, alarms: [{ text: 'anak saya disekap di Kamboja' }] } });
  });

  it('lets a mother whose "tolong" opened a self-report reach the report about her son by typing it, also after /restart (the who-menu again)', () => {
    const send = conversation('intake');
    const [sos] = send(text('tolong'));
    expect(sos!.ctx).toMatchObject({ caseId: 'KH-TEST', urgency: 'critical' });
    const [atDanger] = send(choice('agree'));
    expect(atDanger!.state).toBe('danger'); // an alarm first: no menu
    const [, mp] = send(text('orang lain'));
    expect(mp).toMatchObject({ flow: 'missing-person', state: 'relationship' });

    const again = conversation('intake');
    feed(again, [text('tolong'), choice('agree'), { type: 'RESTART', meta: meta(5) }]);
    const [question] = again(choice('agree', 5));
    expect(question!.state).toBe('who'); // after /restart the who-menu, always
    expect(question!.ctx).toMatchObject({ caseId: 'KH-TEST', urgency: 'critical' }); // the case stays
    const [, report] = again(text('anak saya', 6));
    expect(report).toMatchObject({ flow: 'missing-person', state: 'relationship' });
  });
});
