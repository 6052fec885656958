/**
 * Sending to a person: the replies to their own messages and the officers' answers, both through the
 * outbox (src/core/outbox.ts), which calls the channel's sender. Each channel that people write on
 * provides one sender; the outbox looks it up by channel name.
 */
import type { ChannelName, OutboundMessage } from './messages.js';
import type { SentMessage } from './trail.js';

/**
 * What became of a send:
 * - `sent`: the channel took every message;
 * - `gone`: the person can no longer be reached there (blocked the bot, deleted the account, not on
 *   WhatsApp any more). Retrying will not help; the outbox marks them and tells the officers.
 * Any other failure throws: {@link ChannelUnavailableError} (try again, after `retryAfterMs` when given),
 * {@link SendRefusedError} (the channel will never take it), anything else (try again with backoff).
 */
export type SendResult = 'sent' | 'gone';

/** A reply's context: what the messages answer, for the chat's trail (src/core/trail.ts). */
export interface ReplyContext {
  /** The message whose button was pressed (a reply may replace it). */
  pressed?: number;
  /** The person's message being answered, as it is in the chat. */
  person?: { ref: string; at: number };
  /** A message of the person was processed: transient screens sent before it go. */
  answered: boolean;
}

export interface SendOptions {
  /** How many of the messages are already in the chat (an earlier attempt): they are not sent again. */
  done?: number;
  /** What those put in the chat, recorded in the trail with the rest. */
  sentBefore?: SentMessage[];
  /** Set for a reply to the person's message. */
  reply?: ReplyContext;
  /** Priority: 0 critical, 1 high, 2 normal (pacing takes the most urgent first). */
  rank?: number;
  /** Called after each message went out, with how many are done and what they put in the chat. */
  progress?(done: number, sent: SentMessage[]): Promise<void>;
}

export interface PersonSender {
  readonly channel: ChannelName;
  /** Sends the messages in order to the person at `address` (the channel's own address of them). */
  send(address: string, messages: OutboundMessage[], opts?: SendOptions): Promise<SendResult>;
}

/** Raised when a channel cannot send right now (disconnected, rate limited, network, 5xx): try again later. */
export class ChannelUnavailableError extends Error {
  constructor(
    readonly channel: ChannelName,
    reason: string,
    /** The channel asked to wait this long first (Telegram's `retry_after`), ms. */
    readonly retryAfterMs?: number,
  ) {
    super(`${channel} cannot send now: ${reason}`);
    this.name = 'ChannelUnavailableError';
  }
}

/** Raised when the channel refuses a message for good (a 400 that is not about the person): retrying cannot help. */
export class SendRefusedError extends Error {
  constructor(
    readonly channel: ChannelName,
    reason: string,
  ) {
    super(`${channel} refused the message: ${reason}`);
    this.name = 'SendRefusedError';
  }
}
