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
 * `accept` maps the core's input, given the context it arrives in, to the machine's events (one, or a
 * few run in order, such as `RESUMED` before a message after a long silence: flows/shared/suspect.ts), or
 * undefined for one it does not know (a lookup answer meant for another flow): such input changes nothing.
 */
export function runMachine<C extends FlowContext, S, E>(parts: {
  transition(snapshot: S, event: E): S;
  effects: { take(): FlowEffect[] };
  accept(input: FlowInput, context: C): E | readonly E[] | undefined;
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
      const accepted = parts.accept(input, parts.context(snapshot));
      if (accepted === undefined) return [snapshot, []];
      const events: readonly E[] = Array.isArray(accepted) ? accepted : [accepted as E];
      parts.effects.take(); // nothing left over from a step that threw
      let next = snapshot;
      for (const event of events) next = parts.transition(next, event);
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
