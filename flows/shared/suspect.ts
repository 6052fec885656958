/**
 * Whoever holds the phone can write to the hotline: a guard after a search, someone forcing the person.
 * Once a case is open, what could erase or soften it is recorded and flagged, never obeyed:
 * - after `/restart` (the flow keeps `suspect: 'restart'` until the report is sent again), and after a
 *   long silence (`FlowDeps.suspectQuietMs`, from `FlowMeta.quietMs`), every change is a version flagged
 *   as possibly written by someone else, and every message passed on to the officers is flagged too;
 * - a retraction ("I'm fine", "sent by mistake", "close my case": flows/shared/retraction.ts) is not an
 *   answer: its words are kept, the officers get it flagged, and the person a neutral "OK, noted.";
 * - none of them lowers the urgency (triage only rises) or closes the case (the commit script keeps an
 *   officer's status).
 *
 * A flow's step hears two events of its own before (or instead of) the core's input, made here:
 * `RESUMED` (the person writes again after the suspect time, with a case open) and `RETRACTION` (a text
 * that takes the report back, with a case open, and no danger words in it). Pure.
 */
import type { FlowContext, FlowDeps, SuspectReason } from '../contract.js';

/** The events `withSuspectEvents` adds to a flow's own. */
export type SuspectEvent<M> =
  /** The person writes again after a silence of at least `suspectQuietMs`, with a case open. */
  | { type: 'RESUMED'; meta: M }
  /** A text that takes the report back, with a case open: recorded, flagged, never obeyed. */
  | { type: 'RETRACTION'; text: string; meta: M };

/** Inputs that are not the person writing: a silence, a switch of flow, a lookup's answer, a live location moving. */
const notWritten = new Set(['SILENCE', 'BEGIN', 'STATUS_RESULT', 'REPORT_CHECKED', 'LIVE_LOCATION']);

/** True when the message was written after a silence of at least the suspect time. */
export function afterLongSilence(meta: { quietMs?: number }, deps: Pick<FlowDeps, 'suspectQuietMs'>): boolean {
  return meta.quietMs !== undefined && meta.quietMs >= deps.suspectQuietMs;
}

/**
 * The events a flow's machine hears for `event`: `RESUMED` first after a long silence, and a
 * `RETRACTION` instead of a text that takes the report back; both only with a case open.
 */
export function withSuspectEvents<M extends { quietMs?: number }, E extends { type: string; meta: M }>(
  event: E,
  ctx: Pick<FlowContext, 'caseId'>,
  deps: Pick<FlowDeps, 'saysDanger' | 'saysRetraction' | 'suspectQuietMs'>,
): Array<E | SuspectEvent<M>> {
  if (!ctx.caseId || notWritten.has(event.type)) return [event];
  const events: Array<E | SuspectEvent<M>> = [];
  if (afterLongSilence(event.meta, deps)) events.push({ type: 'RESUMED', meta: event.meta });
  const text = event.type === 'TEXT' && 'text' in event && typeof event.text === 'string' ? event.text : undefined;
  if (text !== undefined && !deps.saysDanger(text) && deps.saysRetraction(text)) events.push({ type: 'RETRACTION', text, meta: event.meta });
  else events.push(event);
  return events;
}

/**
 * Why a change made now may be someone else's: the flow's mark (after `/restart`, after a silence mid-report),
 * else a message written after a long silence (a live location moving is not written); undefined without a
 * case (nothing to protect yet).
 */
export function suspectOf(
  ctx: Pick<FlowContext, 'caseId' | 'suspect'>,
  event: { type: string; meta: { quietMs?: number } },
  deps: Pick<FlowDeps, 'suspectQuietMs'>,
): SuspectReason | undefined {
  if (!ctx.caseId) return undefined;
  return ctx.suspect ?? (!notWritten.has(event.type) && afterLongSilence(event.meta, deps) ? 'after-silence' : undefined);
}
