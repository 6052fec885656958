/**
 * The case model: the statuses a case goes through, its urgencies, and the order of the embassy queue.
 * Defined once, here: TypeScript imports it, and the Lua scripts get the same values in a generated
 * prelude (`RANK`, `OPEN`, `FINAL`, `SCORE_SHIFT`: src/redis/lua-script.ts), so Redis and the code can
 * never disagree on what an open case is or where it sits in the queue.
 */
import { urgencies, type Urgency } from '../../flows/shared/triage.js';

/** Statuses of a case still waiting for or being worked by an officer: it is in the queue. */
export const openStatuses = ['new', 'claimed', 'in-progress'] as const;
/** Statuses that end a case: it leaves the queue (an officer may still reopen it with `in-progress`). */
export const finalStatuses = ['resolved', 'duplicate', 'closed'] as const;

/** Every status a case hash's `status` field can hold, in the order a case usually goes through them. */
export const caseStatuses = [...openStatuses, ...finalStatuses] as const;
export type CaseStatus = (typeof caseStatuses)[number];
export type OpenStatus = (typeof openStatuses)[number];
export type FinalStatus = (typeof finalStatuses)[number];

/** True for a status whose case is in the queue; false for a final, unknown or missing one. */
export function isOpen(status: string | null | undefined): status is OpenStatus {
  return (openStatuses as readonly string[]).includes(status ?? '');
}

/** True for a status that ends a case. */
export function isFinal(status: string | null | undefined): status is FinalStatus {
  return (finalStatuses as readonly string[]).includes(status ?? '');
}

/**
 * Urgencies, most urgent first. Triage (flows/shared/triage.ts) decides them, so they are defined there: flows
 * import nothing from src/.
 */
export { urgencies, type Urgency };

/** True for a known urgency. */
export function isUrgency(value: string | null | undefined): value is Urgency {
  return (urgencies as readonly string[]).includes(value ?? '');
}

/** An urgency's place in the queue: lower comes first. */
export const urgencyRank: Readonly<Record<Urgency, number>> = { critical: 0, high: 1, normal: 2 };

/**
 * The queue score's urgency step, 2^41 ms (about 70 years): larger than any creation time, so every case
 * of one urgency comes before every case of the next, and rank × 2^41 + ms stays below 2^53, exact in a
 * double (JavaScript's and Lua's numbers).
 */
export const QUEUE_SCORE_SHIFT = 2 ** 41;

/**
 * A case's score in the open queue (`<p>queue:open`): urgency first, then age, so that
 * `ZRANGE queue 0 -1` lists the most urgent case first and, within an urgency, the oldest first.
 *
 * @example queueScore('high', 1_700_000_000_000) // 2 ** 41 + 1_700_000_000_000
 */
export function queueScore(urgency: Urgency, createdAtMs: number): number {
  return urgencyRank[urgency] * QUEUE_SCORE_SHIFT + createdAtMs;
}
