/**
 * The intake, for a person in trouble, behind the flow contract (flows/contract.ts): its machine with
 * effect-pushing actions, its questions and messages, and its case.
 */
import { defineFlow, type FlowInput } from '../contract.js';
import { discreetDefault } from '../shared/discreet.js';
import { createEffectSink, createTransition, runMachine } from '../shared/run-machine.js';
import { withSuspectEvents } from '../shared/suspect.js';
import { intakeCaseRecord } from './case.js';
import { createIntakeMachine, type IntakeContext, type IntakeEvent, type IntakeSnapshot } from './machine.js';
import { createIntakeView } from './view.js';

/** Stored with every conversation in this flow; never change it. */
const name = 'intake';

/** Where another flow may hand a conversation over to the intake. */
const entries = ['danger', 'who', 'duress'] as const;
const isEntry = (entry: string): entry is (typeof entries)[number] => (entries as readonly string[]).includes(entry);

/** The core's input as an intake event; lookup answers are not the intake's. */
function accept(input: FlowInput): IntakeEvent | undefined {
  switch (input.type) {
    case 'BEGIN':
      return isEntry(input.entry) ? { ...input, entry: input.entry } : undefined;
    case 'STATUS_RESULT':
    case 'REPORT_CHECKED':
      return undefined;
    default:
      return input;
  }
}

export const intakeFlow = defineFlow<IntakeContext, IntakeSnapshot>({
  name,
  caseOpenKey: 'case-open',
  create(deps, deployment) {
    const effects = createEffectSink();
    const discreetByDefault = discreetDefault(deployment, name);
    const machine = createIntakeMachine({ ...deps, discreetByDefault }).provide({
      actions: {
        ask: (_, params) => effects.push({ type: 'ask', replace: params.replace }),
        say: (_, params) => effects.push({ type: 'say', key: params.key, allLanguages: params.all, transient: params.transient }),
        openCase: () => effects.push({ type: 'openCase' }),
        updateCase: () => effects.push({ type: 'updateCase' }),
        forward: () => effects.push({ type: 'forward' }),
        flag: (_, params) => effects.push({ type: 'flag', reason: params.reason }),
        alarm: () => effects.push({ type: 'alarm' }),
        // The word goes to the core only, in the effect: never into the context.
        secret: ({ event }, params) => {
          if (event.type === 'TEXT') effects.push({ type: 'secret', kind: params.kind, word: event.text });
        },
        switchFlow: (_, params) => effects.push({ type: 'switchFlow', flow: params.flow, entry: params.entry, suspect: params.suspect, carried: params.carried }),
      },
    });
    return {
      machine: runMachine({
        transition: createTransition(machine),
        effects,
        accept: (input, context) => {
          const event = accept(input);
          return event && withSuspectEvents(event, context, deps);
        },
        fresh: () => machine.resolveState({ value: 'new', context: { lang: '', prompt: 0, editing: false, reasons: [], answers: { situation: [] } } }),
        resolve: (value, context) => machine.resolveState({ value, context }),
        value: (snapshot) => String(snapshot.value),
        context: (snapshot) => snapshot.context,
      }),
      view: createIntakeView(deployment, { discreetByDefault }),
    };
  },
  caseRecord: (ctx, owner, { now, state }) => intakeCaseRecord(ctx, owner, { now, intakeComplete: state === 'done' }),
});
