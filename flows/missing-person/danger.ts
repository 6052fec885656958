/**
 * Danger words in a relative's conversation: before a text (or a caption) that says someone is in danger
 * now, the flow's machine hears a `DANGER` event saying whose danger it reads as (flows/shared/whose-danger.ts):
 * the writer's own (the conversation goes to the intake at once), or someone else's, or unsure (the
 * report's urgency rises and the text is an answer as usual: never lose a report). Pure.
 */
import type { FlowDeps } from '../contract.js';
import { whoseDanger } from '../shared/whose-danger.js';
import type { MissingPersonEvent } from './machine.js';

/** The events the machine hears, with a `DANGER` before each one whose words say danger now. */
export function withDangerEvents(events: readonly MissingPersonEvent[], deps: Pick<FlowDeps, 'saysDanger'>): MissingPersonEvent[] {
  return events.flatMap((event): MissingPersonEvent[] => {
    const text = event.type === 'TEXT' ? event.text : event.type === 'MEDIA' ? event.caption : undefined;
    if (!text || !deps.saysDanger(text)) return [event];
    return [{ type: 'DANGER', text, about: whoseDanger(text), meta: event.meta }, event];
  });
}
