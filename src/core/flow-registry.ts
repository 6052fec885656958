/**
 * The flows a conversation can be in, and per flow what the core needs: its machine (as a pure transition
 * function), its renderer, and how its context becomes a case record. The sealed conversation snapshot
 * names its flow (`f`); a snapshot without one is the intake (conversations stored before there were two).
 */
import type { AnyMachineSnapshot, AnyStateMachine } from 'xstate';
import { createIntakeMachine, type IntakeContext } from '../../flows/intake/machine.js';
import { createMissingPersonMachine, type MissingPersonContext } from '../../flows/missing-person/machine.js';
import { createPlaceFinder } from '../../flows/shared/places.js';
import { caseFields } from '../cases/case-record.js';
import { missingPersonCaseFields } from '../cases/missing-person-record.js';
import type { Deployment } from '../deployment.js';
import type { Locales } from '../i18n/locales.js';
import { createMissingPersonRenderer, createRenderer, type Renderer } from './render.js';
import type { Sealer } from './sealed.js';
import { createTransitioner } from '../../flows/shared/transition.js';

export const flowNames = ['intake', 'missing-person'] as const;
export type FlowName = (typeof flowNames)[number];

/** What every flow's context has: the core reads only these. */
export interface FlowContext {
  lang: string;
  prompt: number;
  caseId?: string;
  urgency?: string;
  reasons: string[];
}

export interface FlowAction {
  type: string;
  params?: unknown;
}

export interface Flow {
  name: FlowName;
  machine: AnyStateMachine;
  /** Someone who has not written yet. */
  fresh(): AnyMachineSnapshot;
  resolve(value: string, context: FlowContext): AnyMachineSnapshot;
  transition(snapshot: AnyMachineSnapshot, event: { type: string }): [AnyMachineSnapshot, FlowAction[]];
  renderer: Renderer<FlowContext>;
  /** Message that reminds a person of their case once the flow asks nothing more. */
  caseOpenKey: string;
  /** The case hash fields for the context (`pin` when the flow's openCase carries one). */
  caseFields(
    ctx: FlowContext,
    who: { personId: string; channel: string; address: string },
    opts: { now: number; state: string; sealer: Sealer; pinHash?: string },
  ): Record<string, string>;
}

export type FlowRegistry = Record<FlowName, Flow>;

export function createFlowRegistry(deps: { deployment: Deployment; locales: Locales; saysDanger(text: string): boolean }): FlowRegistry {
  const { deployment, locales, saysDanger } = deps;
  const common = {
    languages: deployment.languages,
    countries: deployment.countries.map((c) => c.code),
    places: createPlaceFinder(deployment.countries, deployment.places),
    saysDanger,
  };
  const intake = createIntakeMachine(common);
  const missing = createMissingPersonMachine(common);
  const intakeStep = createTransitioner(intake);
  const missingStep = createTransitioner(missing);
  return {
    intake: {
      name: 'intake',
      machine: intake,
      fresh: () => intake.resolveState({ value: 'new', context: { lang: '', prompt: 0, editing: false, reasons: [], answers: { situation: [] } } }),
      resolve: (value, context) => intake.resolveState({ value, context: context as IntakeContext }),
      transition: (snapshot, event) => intakeStep(snapshot as never, event as never) as [AnyMachineSnapshot, FlowAction[]],
      renderer: createRenderer({ locales, deployment }) as unknown as Renderer<FlowContext>,
      caseOpenKey: 'case-open',
      caseFields: (ctx, who, opts) => caseFields(ctx as IntakeContext, who, { now: opts.now, intakeComplete: opts.state === 'done', sealer: opts.sealer }),
    },
    'missing-person': {
      name: 'missing-person',
      machine: missing,
      fresh: () => missing.resolveState({ value: 'new', context: { lang: '', prompt: 0, editing: false, reasons: [], answers: { harm: [] } } }),
      resolve: (value, context) => missing.resolveState({ value, context: context as MissingPersonContext }),
      transition: (snapshot, event) => missingStep(snapshot as never, event as never) as [AnyMachineSnapshot, FlowAction[]],
      renderer: createMissingPersonRenderer({ locales, deployment }) as unknown as Renderer<FlowContext>,
      caseOpenKey: 'mp-case-open',
      caseFields: (ctx, who, opts) => missingPersonCaseFields(ctx as MissingPersonContext, who, { now: opts.now, sealer: opts.sealer, pinHash: opts.pinHash }),
    },
  };
}
