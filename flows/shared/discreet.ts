/**
 * Discreet mode: what a flow leaves on the person's screen when the phone may be read by someone else (a
 * guard in a compound). Discreet, no case number or PIN stays in the chat and every question is marked
 * transient (deleted once answered); off, a relative at home keeps their case number on screen.
 *
 * The deployment sets the default per flow (`discreet` in data/deployment.json); the person switches it
 * with `/discreet` at any step, and an alarm turns it on. A context's `discreet` is only that choice:
 * undefined means the flow's default, so a choice carries over to another flow and a default does not.
 */
import type { FlowDeployment } from '../contract.js';

/** The deployment's default for flow `name`: discreet unless the deployment says otherwise. */
export function discreetDefault(deployment: Pick<FlowDeployment, 'discreet'>, name: string): boolean {
  return deployment.discreet?.[name] ?? true;
}

/** Whether a context is in discreet mode: the person's choice, else the flow's default. */
export function isDiscreet(ctx: { discreet?: boolean }, byDefault: boolean): boolean {
  return ctx.discreet ?? byDefault;
}
