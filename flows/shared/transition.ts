/**
 * XState's pure `transition(machine, snapshot, event)`, without building a throwaway actor for every call:
 * one inert actor scope is made per machine and reused. Safe for machines that spawn or invoke no
 * children (the intake flow has none), since nothing ever runs in that scope: actions are only collected.
 */
import { createActor, type ActionExecutor, type AnyActorScope, type AnyStateMachine, type EventFromLogic, type ExecutableActionsFrom, type SnapshotFrom } from 'xstate';

export type Transition<M extends AnyStateMachine> = (
  snapshot: SnapshotFrom<M>,
  event: EventFromLogic<M>,
) => [SnapshotFrom<M>, ExecutableActionsFrom<M>[]];

export function createTransitioner<M extends AnyStateMachine>(machine: M): Transition<M> {
  const self = createActor(machine);
  let collected: ExecutableActionsFrom<M>[] = [];
  const actionExecutor: ActionExecutor = (action) => {
    collected.push(action as ExecutableActionsFrom<M>);
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
  return (snapshot, event) => {
    collected = [];
    const next = machine.transition(snapshot, event, scope) as SnapshotFrom<M>;
    return [next, collected];
  };
}
