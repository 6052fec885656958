import type { Logger } from '../logger.js';
import type { Hotline } from './hotline.js';
import type { InboundMessage, OutboundMessage } from './messages.js';

/**
 * What the channels need to tell "Redis is down" from other failures: while it is, a person's message waits
 * in the channel's journal (src/core/journal.ts) and is processed when the client is ready again.
 */

/** What a channel reads of the Redis client (an ioredis `Redis` is one). */
export interface StoreStatus {
  readonly status: string;
  on(event: 'ready', listener: () => void): unknown;
  off(event: 'ready', listener: () => void): unknown;
}

/** Redis could not be reached (ioredis gave up on the command, or the connection dropped under it). */
export const isConnectionError = (err: unknown) =>
  err instanceof Error && /MaxRetriesPerRequest|Connection is closed|ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE|Stream isn't writeable|connection lost/i.test(`${err.name} ${err.message}`);

/** Raised inside a channel when a message cannot be processed because Redis is down: it waits. */
export class StoreDownError extends Error {
  override readonly name = 'StoreDownError';
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * One message through the core while Redis holds. Redis down (not ready, or a connection error under the
 * call): StoreDownError, and the channel parks the message. Any other failure: a few retries, then "not
 * saved" in `lang`. `describe` is what of an error goes to the log (default: the error itself).
 */
export async function handleUnlessDown(
  deps: { hotline: Pick<Hotline, 'handle' | 'locales'>; storeUp: () => boolean; logger: Logger; describe?: (err: unknown) => unknown },
  msg: InboundMessage,
  lang: string,
): Promise<OutboundMessage[]> {
  const { hotline, storeUp, logger, describe = (err) => err } = deps;
  for (let attempt = 1; ; attempt++) {
    if (!storeUp()) throw new StoreDownError('redis is not ready');
    try {
      return await hotline.handle(msg);
    } catch (err) {
      if (!storeUp() || isConnectionError(err)) throw new StoreDownError('redis is not reachable', { cause: err });
      if (attempt >= 3) {
        logger.error({ err: describe(err), messageId: msg.messageId }, 'message not processed after retries');
        return [{ text: hotline.locales.t(lang, 'save-failed') }];
      }
      logger.warn({ err: describe(err), attempt, messageId: msg.messageId }, 'message processing failed, retrying');
      await sleep(100 * 2 ** attempt);
    }
  }
}
