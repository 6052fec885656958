/**
 * Runs an XState machine as a flow's pure step function (`FlowMachine` in flows/contract.ts).
 *
 * XState's `transition(machine, snapshot, event)` is used with one inert actor scope made per machine and
 * reused, instead of a throwaway actor per call. Safe for machines that spawn or invoke no children (no
 * flow has any). The machine's named actions are given implementations (`machine.provide`) that only
 * push a `FlowEffect` onto an `EffectSink`; the scope runs them during the transition, so each step
 * returns the effects in order, typed, with nothing carried out yet.
 */
import { createActor, type ActionExecutor, type AnyActorScope, type AnyStateMachine, type EventFromLogic, type SnapshotFrom } from 'xstate';
import type { FlowContext, FlowEffect, FlowInput, FlowMachine } from '../contract.js';

/** Where a machine's action implementations put the effects of the transition running now. */
export interface EffectSink {
  push(effect: FlowEffect): void;
}

/** A pure `transition` for `machine`: the next snapshot, with every named action run in order. */
export function createTransition<M extends AnyStateMachine>(machine: M): (snapshot: SnapshotFrom<M>, event: EventFromLogic<M>) => SnapshotFrom<M> {
  const self = createActor(machine);
  const actionExecutor: ActionExecutor = (action) => {
    action.exec?.(action.info, action.params);
  };
  const scope: AnyActorScope = {
    self,
    id: '',
    sessionId: '',
    system: self.system,
    logger: () => {},
    defer: () => {},
    emit: () => {},
    stopChild: () => {},
    actionExecutor,
  };
  return (snapshot, event) => machine.transition(snapshot, event, scope) as SnapshotFrom<M>;
}

/**
 * The flow's step function around a machine whose actions push onto `sink` (see `createEffectSink`).
 * `accept` maps the core's input to one of the machine's events, or undefined for one it does not know
 * (a lookup answer meant for another flow): such input changes nothing.
 */
export function runMachine<C extends FlowContext, S, E>(parts: {
  transition(snapshot: S, event: E): S;
  effects: { take(): FlowEffect[] };
  accept(input: FlowInput): E | undefined;
  fresh(): S;
  resolve(value: string, context: C): S;
  value(snapshot: S): string;
  context(snapshot: S): C;
}): FlowMachine<C, S> {
  return {
    fresh: parts.fresh,
    resolve: parts.resolve,
    value: parts.value,
    context: parts.context,
    step(snapshot, input) {
      const event = parts.accept(input);
      if (event === undefined) return [snapshot, []];
      parts.effects.take(); // nothing left over from a step that threw
      const next = parts.transition(snapshot, event);
      return [next, parts.effects.take()];
    },
  };
}

/** A sink the machine's action implementations push to, emptied by each step. */
export function createEffectSink(): EffectSink & { take(): FlowEffect[] } {
  let effects: FlowEffect[] = [];
  return {
    push(effect) {
      effects.push(effect);
    },
    take() {
      const taken = effects;
      effects = [];
      return taken;
    },
  };
}
