/**
 * A relative's missing-person report (and their status checks) behind the flow contract
 * (flows/contract.ts): its machine with effect-pushing actions, its questions and messages, its case, and
 * what the core remembers once the case is open (so a second report about the same person adds to it).
 */
import { defineFlow, type FlowInput } from '../contract.js';
import { discreetDefault } from '../shared/discreet.js';
import { createEffectSink, createTransition, runMachine } from '../shared/run-machine.js';
import { withSuspectEvents } from '../shared/suspect.js';
import { missingPersonCaseRecord } from './case.js';
import { withDangerEvents } from './danger.js';
import { mergeMissingPersonCase } from './merge.js';
import { createMissingPersonMachine, type MissingPersonContext, type MissingPersonEvent, type MissingPersonSnapshot } from './machine.js';
import { createMissingPersonView } from './view.js';

/** Stored with every conversation in this flow; never change it. */
const name = 'missing-person';

/** Where another flow may hand a conversation over to this one. */
const entries = ['report', 'status'] as const;
const isEntry = (entry: string): entry is (typeof entries)[number] => (entries as readonly string[]).includes(entry);

/** The core's input as an event of this flow. */
function accept(input: FlowInput): MissingPersonEvent | undefined {
  if (input.type === 'BEGIN') return isEntry(input.entry) ? { ...input, entry: input.entry } : undefined;
  if (input.type === 'SECRET_KEPT') return undefined; // this flow asks for no secret word
  return input;
}

export const missingPersonFlow = defineFlow<MissingPersonContext, MissingPersonSnapshot>({
  name,
  caseOpenKey: 'mp-case-open',
  create(deps, deployment) {
    const effects = createEffectSink();
    const discreetByDefault = discreetDefault(deployment, name);
    const machine = createMissingPersonMachine({ ...deps, discreetByDefault }).provide({
      actions: {
        ask: (_, params) => effects.push({ type: 'ask', replace: params.replace }),
        say: (_, params) =>
          effects.push({ type: 'say', key: params.key, allLanguages: params.all, args: params.pin ? { pin: params.pin } : undefined, transient: params.transient }),
        openCase: (_, params) => effects.push({ type: 'openCase', pin: params.pin || undefined }),
        updateCase: (_, params) => effects.push({ type: 'updateCase', pin: params.pin || undefined }),
        forward: () => effects.push({ type: 'forward' }),
        flag: (_, params) => effects.push({ type: 'flag', reason: params.reason }),
        alarm: () => effects.push({ type: 'alarm' }),
        checkReport: ({ context }) => effects.push({ type: 'lookup', lookup: 'findReport', personName: context.answers.name }),
        checkStatus: (_, params) => effects.push({ type: 'lookup', lookup: 'checkStatus', caseId: params.caseId, pin: params.pin }),
        forgotPin: (_, params) => effects.push({ type: 'lookup', lookup: 'forgotPin', caseId: params.caseId }),
        switchFlow: (_, params) => effects.push({ type: 'switchFlow', flow: params.flow, entry: params.entry, suspect: params.suspect, carried: params.carried }),
      },
    });
    return {
      machine: runMachine({
        transition: createTransition(machine),
        effects,
        accept: (input, context) => {
          const event = accept(input);
          return event && withDangerEvents(withSuspectEvents(event, context, deps), deps);
        },
        fresh: () => machine.resolveState({ value: 'new', context: { lang: '', prompt: 0, editing: false, reasons: [], answers: { harm: [] } } }),
        resolve: (value, context) => machine.resolveState({ value, context }),
        value: (snapshot) => String(snapshot.value),
        context: (snapshot) => snapshot.context,
      }),
      view: createMissingPersonView(deployment, { discreetByDefault }),
    };
  },
  caseRecord: (ctx, owner, { now, state }) => missingPersonCaseRecord(ctx, owner, { now, reportSent: state === 'done' }),
  // A report made again into this case adds to it: the earlier report's answers stay (flows/missing-person/merge.ts).
  mergeCase: mergeMissingPersonCase,
  afterOpen: (ctx) => ({ remember: 'report', personName: ctx.answers.name }),
});
