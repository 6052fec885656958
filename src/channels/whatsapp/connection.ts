/**
 * What to do when the WhatsApp connection closes, for each of Baileys' `DisconnectReason`s. Pure: the
 * channel and the link command act on the decision, tests check it reason by reason.
 */
import { DisconnectReason } from 'baileys';

export type CloseDecision =
  /** Connect again after `delayMs`. `hint` is what to tell the operator when it keeps happening. */
  | { action: 'reconnect'; delayMs: number; reason: string; hint?: string }
  /** Stop for good; `message` tells the operator what happened and what to do. */
  | { action: 'stop'; reason: 'logged-out' | 'replaced'; message: string };

export interface BackoffOptions {
  /** First delay, ms. */
  baseMs: number;
  /** Longest delay, ms. */
  maxMs: number;
  /** 0..1: a random factor so many processes do not reconnect in step (tests pass () => 0.5). */
  random?: () => number;
}

/** The status code of the error Baileys closes with (a Boom error's `output.statusCode`), if any. */
export function statusCodeOf(err: unknown): number | undefined {
  const code = (err as { output?: { statusCode?: unknown } } | undefined)?.output?.statusCode;
  return typeof code === 'number' ? code : undefined;
}

/** Exponential backoff with ±25% jitter: attempt 0 → about baseMs, doubling up to maxMs. */
export function backoffMs(attempt: number, opts: BackoffOptions): number {
  const plain = Math.min(opts.maxMs, opts.baseMs * 2 ** Math.min(attempt, 30));
  const jitter = 0.75 + 0.5 * (opts.random ?? Math.random)();
  return Math.round(Math.min(opts.maxMs, plain * jitter));
}

/**
 * The decision for a close with `statusCode` (undefined: closed without a code, e.g. network loss), after
 * `attempt` reconnects in a row that did not reach "open".
 * - loggedOut (401): the number was unlinked on the phone; reconnecting cannot work: stop, re-link.
 * - connectionReplaced (440): another client took over this linked device (a second hotline process, or a
 *   copy of the auth state): report it and stop, rather than take it back and fight forever.
 * - restartRequired (515): normal right after linking: reconnect at once.
 * - every other reason: reconnect with backoff (forbidden, bad session and device mismatch say how to
 *   recover if they keep coming).
 */
export function decideOnClose(statusCode: number | undefined, attempt: number, backoff: BackoffOptions): CloseDecision {
  switch (statusCode) {
    case DisconnectReason.loggedOut:
      return {
        action: 'stop',
        reason: 'logged-out',
        message: 'WhatsApp logged this device out (unlinked on the phone). Nothing can be sent or received on WhatsApp until the number is linked again: run `npm run whatsapp:link`, then restart.',
      };
    case DisconnectReason.connectionReplaced:
      return {
        action: 'stop',
        reason: 'replaced',
        message: 'Another client took over this WhatsApp session (a second hotline process with WHATSAPP_ENABLED, or a copy of the session). This process stops using WhatsApp: run the WhatsApp channel in one process only, then restart it.',
      };
    case DisconnectReason.restartRequired:
      return { action: 'reconnect', delayMs: 0, reason: 'restart-required' };
    case DisconnectReason.forbidden:
      return { action: 'reconnect', delayMs: backoffMs(attempt, backoff), reason: 'forbidden', hint: 'WhatsApp refuses this number (403): it may be restricted or banned. Check the phone.' };
    case DisconnectReason.badSession:
      return { action: 'reconnect', delayMs: backoffMs(attempt, backoff), reason: 'bad-session', hint: 'the stored session looks damaged (500): if it keeps happening, run `npm run whatsapp:link -- --relink`.' };
    case DisconnectReason.multideviceMismatch:
      return { action: 'reconnect', delayMs: backoffMs(attempt, backoff), reason: 'multidevice-mismatch', hint: 'WhatsApp reports a linked-device mismatch (411): if it keeps happening, link the number again.' };
    case DisconnectReason.connectionClosed:
      return { action: 'reconnect', delayMs: backoffMs(attempt, backoff), reason: 'connection-closed' };
    case DisconnectReason.connectionLost: // also DisconnectReason.timedOut (both 408)
      return { action: 'reconnect', delayMs: backoffMs(attempt, backoff), reason: 'connection-lost' };
    case DisconnectReason.unavailableService:
      return { action: 'reconnect', delayMs: backoffMs(attempt, backoff), reason: 'service-unavailable' };
    default:
      return { action: 'reconnect', delayMs: backoffMs(attempt, backoff), reason: statusCode === undefined ? 'closed' : `status-${statusCode}` };
  }
}
