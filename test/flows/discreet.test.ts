/**
 * Discreet mode in both flows, through the flow contract with the deployment's defaults (intake discreet,
 * missing-person not): `/discreet` at any step both ways, an alarm turning it on, the choice carried over
 * a switch of flows, the PIN shown once in a transient message, and questions marked transient.
 */
import { describe, expect, it } from 'vitest';
import type { FlowContext, FlowEffect, FlowInput, FlowMeta, FlowModule, PromptSpec } from '../../flows/contract.js';
import { intakeFlow } from '../../flows/intake/index.js';
import { missingPersonFlow } from '../../flows/missing-person/index.js';
import { discreetDefault, isDiscreet } from '../../flows/shared/discreet.js';
import { createPlaceFinder } from '../../flows/shared/places.js';
import { loadDeployment } from '../../src/deployment.js';
import { loadLocales } from '../../src/i18n/locales.js';
import { dangerDeps } from '../support/danger-deps.js';

const deployment = loadDeployment('data/deployment.json');
const locales = loadLocales('locales', deployment.languages);
const deps = {
  languages: deployment.languages,
  countries: deployment.countries.map((c) => c.code),
  places: createPlaceFinder(deployment.countries, deployment.places),
  callingCode: deployment.embassy.callingCode,
  ...dangerDeps(locales),
};
const meta: FlowMeta = { at: 1_780_000_000_000, newCaseId: 'KH-TEST', newPin: '918273', languageHint: 'en' };

/** A flow stepped through inputs: its state, context, the effects of the last input, and the question on screen. */
function runner(flow: FlowModule) {
  return flow.use((def) => {
    const { machine, view } = def.create(deps, deployment);
    return (inputs: FlowInput[]) => {
      let s = machine.fresh();
      let effects: FlowEffect[] = [];
      for (const input of inputs) [s, effects] = machine.step(s, input);
      const state = machine.value(s);
      const ctx: FlowContext = machine.context(s);
      const question: PromptSpec | undefined = view.prompt(state, machine.context(s));
      return { state, ctx, effects, question, discreet: view.discreet?.(machine.context(s)) };
    };
  });
}
const intake = runner(intakeFlow);
const report = runner(missingPersonFlow);

const text = (t: string): FlowInput => ({ type: 'TEXT', text: t, meta });
const choice = (c: string): FlowInput => ({ type: 'CHOICE', choice: c, meta });
const discreet: FlowInput = { type: 'DISCREET', meta };
const said = (effects: FlowEffect[]) => effects.flatMap((e) => (e.type === 'say' ? [[e.key, e.transient ?? false] as const] : []));

const toLocation: FlowInput[] = [{ type: 'START', meta }, choice('agree'), choice('myself'), choice('no')];
const intakeDone: FlowInput[] = [...toLocation, text('Poipet'), choice('passport'), choice('confined'), choice('done'), choice('1'), choice('anytime'), choice('skip'), choice('skip'), choice('skip'), choice('confirm')]; // no code word, the default duress phrase, no name
const reportFrom = (begin: FlowInput): FlowInput[] => [
  begin, choice('sibling'), text('Siti Aminah'), text('24'), choice('female'), choice('skip'), choice('skip'), choice('skip'), choice('skip'), choice('skip'),
  choice('KH'), choice('skip'), choice('skip'), choice('skip'), choice('skip'), choice('skip'), choice('done'), choice('this-chat'), choice('anytime'), choice('confirm'),
  { type: 'REPORT_CHECKED', meta },
];
const begin = (discreetChoice?: boolean): FlowInput => ({ type: 'BEGIN', entry: 'report', lang: 'en', prompt: 3, discreet: discreetChoice, meta });

describe('discreet mode', () => {
  it('takes its defaults per flow from the deployment, discreet for a flow it does not name', () => {
    expect([discreetDefault(deployment, 'intake'), discreetDefault(deployment, 'missing-person'), discreetDefault(deployment, 'callback')]).toEqual([true, false, true]);
    expect([isDiscreet({}, true), isDiscreet({}, false), isDiscreet({ discreet: false }, true), isDiscreet({ discreet: true }, false)]).toEqual([true, false, false, true]);
  });

  it('is on in the intake by default: every question after the language menu is transient', () => {
    const r = intake(toLocation);
    expect([r.state, r.ctx.discreet, r.discreet]).toEqual(['location', undefined, true]);
    expect(r.question).toMatchObject({ key: 'ask-location', transient: true });
    expect(intake([{ type: 'START', meta: { ...meta, languageHint: 'xx' } }]).question?.transient).toBeUndefined(); // the language menu
    // The code-word and duress-word questions (the latter names the duress and "can't talk" phrases), and
    // what is said when a word is kept or refused, do not stay on screen either.
    const toCodeWord = [...toLocation, text('Poipet'), choice('passport'), choice('confined'), choice('done'), choice('1'), choice('anytime')];
    expect(intake(toCodeWord).question).toMatchObject({ key: 'ask-code-word', secret: 'code', transient: true });
    const kept = intake([...toCodeWord, text('melati putih'), { type: 'SECRET_KEPT', kind: 'code', ok: true, meta }]);
    expect(kept.question).toMatchObject({ key: 'ask-duress-word', secret: 'duress', transient: true });
    expect(said(kept.effects)).toEqual([['code-word-kept', true]]);
    const refused = intake([...toCodeWord, choice('skip'), text('ya'), { type: 'SECRET_KEPT', kind: 'duress', ok: false, meta }]);
    expect([refused.state, said(refused.effects)]).toEqual(['duressWord', [['duress-word-refused', true]]]);
    expect(JSON.stringify(kept.ctx)).not.toContain('melati'); // the word is never in the context
  });

  it('switches both ways in the intake at a question, saying so and asking the question again', () => {
    const off = intake([...toLocation, discreet]);
    expect([off.state, off.ctx.discreet, off.discreet]).toEqual(['location', false, false]);
    expect(said(off.effects)).toEqual([['discreet-off', false]]);
    expect(off.effects.at(-1)).toEqual({ type: 'ask', replace: undefined });
    expect(off.question?.transient).toBeUndefined();
    const on = intake([...toLocation, discreet, discreet]);
    expect([on.ctx.discreet, on.discreet]).toEqual([true, true]);
    expect(said(on.effects)).toEqual([['discreet-on', true]]); // the words about it do not stay on screen
    expect(on.question?.transient).toBe(true);
  });

  it('switches after the report is sent, with the reminder in the new mode, and as a first message', () => {
    const off = intake([...intakeDone, discreet]);
    expect([off.state, off.discreet]).toEqual(['done', false]);
    expect(said(off.effects)).toEqual([['discreet-off', false], ['case-open', false]]);
    expect(intake([...intakeDone, discreet, discreet]).discreet).toBe(true);
    const first = intake([discreet]);
    expect([first.state, first.discreet]).toEqual(['consent', false]);
    expect(said(first.effects)).toEqual([['discreet-off', false]]);
  });

  it('turns on again in the intake when danger words come, or "yes, in danger now"', () => {
    const words = intake([...toLocation, discreet, text('they beat me')]);
    expect([words.ctx.discreet, words.ctx.urgency]).toEqual([true, 'critical']);
    const yes = intake([{ type: 'START', meta }, discreet, choice('agree'), choice('myself'), choice('yes')]);
    expect([yes.state, yes.ctx.discreet]).toEqual(['location', true]);
    // /restart keeps the choice: whoever restarts does not reset what the person chose.
    expect(intake([...toLocation, discreet, { type: 'RESTART', meta }]).ctx.discreet).toBe(false);
  });

  it('is off for a relative at home: the PIN and case number in the lasting message, questions stay', () => {
    const r = report(reportFrom(begin()));
    expect([r.state, r.discreet]).toEqual(['done', false]);
    expect(r.effects).toContainEqual({ type: 'say', key: 'mp-done', args: { pin: '918273' }, allLanguages: undefined, transient: undefined });
    expect(said(r.effects)).toEqual([['mp-done', false]]);
    expect(report([begin()]).question).toMatchObject({ key: 'mp-ask-relationship' });
    expect(report([begin()]).question?.transient).toBeUndefined();
  });

  it('shows the PIN once in a transient message of its own once discreet mode is on in the report', () => {
    const [first, ...rest] = reportFrom(begin());
    const r = report([first!, discreet, ...rest]);
    expect(r.discreet).toBe(true);
    expect(said(r.effects)).toEqual([['mp-done', false], ['mp-pin', true]]);
    const sayDone = r.effects.find((e) => e.type === 'say' && e.key === 'mp-done');
    expect(sayDone).toMatchObject({ args: undefined }); // no PIN in the lasting message
    expect(r.effects.find((e) => e.type === 'say' && e.key === 'mp-pin')).toMatchObject({ args: { pin: '918273' }, transient: true });
    expect(report([first!, discreet]).question?.transient).toBe(true);
    // And off again: the relative's own choice.
    const back = report([first!, discreet, discreet]);
    expect([back.discreet, said(back.effects)]).toEqual([false, [['discreet-off', false]]]);
  });

  it('carries the person\'s choice over a switch of flows, and not the intake\'s default', () => {
    expect(report(reportFrom(begin(true))).discreet).toBe(true);
    expect(report(reportFrom(begin(undefined))).discreet).toBe(false);
  });

  it('turns on in the report when the relative writes danger words', () => {
    const [first, ...rest] = reportFrom(begin());
    const afterName = rest.slice(0, 2);
    const r = report([first!, ...afterName, text('24'), choice('female'), choice('skip'), choice('skip'), choice('skip'), text('last week'), text('Dia bilang: tolong, saya dipukul')]);
    expect(r.effects.map((e) => e.type)).toContain('alarm');
    expect([r.ctx.discreet, r.discreet]).toEqual([true, true]);
  });
});
