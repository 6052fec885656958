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
