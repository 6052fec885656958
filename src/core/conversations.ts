/**
 * The flows of `flows/index.ts`, bound to this deployment's locales, as the core sees them: a
 * `Conversation` is one person's place in one flow, with everything the core does with it (step an input
 * through, render its question, build its case, store it). Each flow keeps its own context and snapshot
 * types inside (`FlowModule.use`), so nothing here names a flow or casts between a flow's types and the core's.
 *
 * Stored form (sealed, in the conversation hash): `{ f, v, c }` — flow name, state, context. The first flow
 * of the list is stored without `f` (conversations stored before there were two flows have none).
 */
import type { AfterOpen, CaseOwner, CaseRecord, FlowContext, FlowDefinition, FlowDeps, FlowEffect, FlowInput, FlowModule, PromptSpec } from '../../flows/contract.js';
import type { Deployment } from '../deployment.js';
import type { Args, Locales } from '../i18n/locales.js';
import type { OutboundMessage } from './messages.js';
import { createRenderer, type Renderer } from './render.js';

/** One person's place in a flow. Immutable: `step` returns the next one. */
export interface Conversation {
  /** The flow's name. */
  readonly flow: string;
  /** The state the flow is in. */
  readonly state: string;
  readonly context: FlowContext;
  /** Message that reminds the person of their case once the flow asks nothing more. */
  readonly caseOpenKey: string;
  /** One input through the flow: the next place and the effects to carry out. */
  step(input: FlowInput): { next: Conversation; effects: FlowEffect[] };
  /** The question on screen, as data (its buttons, for matching typed answers). */
  prompt(): PromptSpec | undefined;
  /** The question on screen, rendered. */
  ask(opts?: { replacePressed?: boolean }): OutboundMessage | undefined;
  say(key: string, opts?: { allLanguages?: boolean; args?: Args; transient?: boolean }): OutboundMessage;
  /** A button's label in the person's language. */
  label(choice: { key: string; lang?: string }): string;
  caseRecord(owner: CaseOwner, now: number): CaseRecord;
  /** The flow's merge of an update with the case as stored (`FlowDefinition.mergeCase`); `next` itself without one. */
  mergeCase(stored: { fields: Record<string, string>; sealed: unknown }, next: CaseRecord, now: number): CaseRecord;
  afterOpen(): AfterOpen | undefined;
  /** The JSON the core seals and stores. */
  stored(): string;
}

export interface Conversations {
  /** Someone who has not written yet: the first flow, fresh. */
  start(): Conversation;
  /** A flow's fresh start, for a switch (`switchFlow`); undefined for a name no flow has. */
  begin(flow: string): Conversation | undefined;
  /** A stored conversation (`stored()`'s JSON) made live again. */
  restore(json: string): Conversation;
}

interface BoundFlow {
  fresh(): Conversation;
  restore(json: string): Conversation;
}

export function createConversations(deps: { flows: readonly [FlowModule, ...FlowModule[]]; flowDeps: FlowDeps; deployment: Deployment; locales: Locales }): Conversations {
  const { flowDeps, deployment, locales } = deps;
  const [first] = deps.flows;
  const lang = (ctx: FlowContext) => ctx.lang || deployment.defaultLanguage;

  function bind<C extends FlowContext, S>(definition: FlowDefinition<C, S>): BoundFlow {
    const { machine, view } = definition.create(flowDeps, deployment);
    const renderer: Renderer<C> = createRenderer({ locales, deployment, view });
    const isFirst = definition.name === first.name;
    const wrap = (snapshot: S): Conversation => {
      const state = machine.value(snapshot);
      const context = machine.context(snapshot);
      return {
        flow: definition.name,
        state,
        context,
        caseOpenKey: definition.caseOpenKey,
        step(input) {
          const [next, effects] = machine.step(snapshot, input);
          return { next: wrap(next), effects };
        },
        prompt: () => renderer.prompt(state, context),
        ask: (opts) => renderer.ask(state, context, opts),
        say: (key, opts) => renderer.say(key, context, opts),
        label: (choice) => renderer.label(choice, lang(context)),
        caseRecord: (owner, now) => definition.caseRecord(context, owner, { now, state }),
        mergeCase: (stored, next, now) => definition.mergeCase?.(stored, next, now) ?? next,
        afterOpen: () => definition.afterOpen?.(context),
        stored: () => JSON.stringify(isFirst ? { v: state, c: context } : { f: definition.name, v: state, c: context }),
      };
    };
    return {
      fresh: () => wrap(machine.fresh()),
      restore(json) {
        // Sealed by us (authenticated encryption), so the shape is the one `stored()` wrote.
        const stored: { v: string; c: C } = JSON.parse(json);
        return wrap(machine.resolve(stored.v, stored.c));
      },
    };
  }

  const bound = new Map<string, BoundFlow>(deps.flows.map((flow) => [flow.name, flow.use(bind)]));
  const firstFlow = bound.get(first.name)!;

  return {
    start: () => firstFlow.fresh(),
    begin: (name) => bound.get(name)?.fresh(),
    restore(json) {
      const { f }: { f?: string } = JSON.parse(json);
      return (f ? bound.get(f) : undefined)?.restore(json) ?? firstFlow.restore(json);
    },
  };
}
