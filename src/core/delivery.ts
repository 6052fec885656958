/**
 * Sending to a person outside of a reply to their own message: an officer's answer relayed by the desk,
 * a held answer released at the person's safe time. Each channel that people write on provides one
 * sender; the desk looks it up by the channel name stored with the case.
 */
import type { ChannelName, OutboundMessage } from './messages.js';

/**
 * What became of a send:
 * - `sent`: the channel took every message;
 * - `gone`: the person can no longer be reached there (blocked the bot, deleted the account, not on
 *   WhatsApp any more). Retrying will not help; the desk tells the officer and records it on the case.
 * Any other failure (network, rate limit beyond the retry budget, channel not connected) throws, and the
 * caller retries later: a relayed answer is never dropped.
 */
export type SendResult = 'sent' | 'gone';

export interface PersonSender {
  readonly channel: ChannelName;
  /** Sends the messages in order to the person at `address` (the channel's own address of them). */
  send(address: string, messages: OutboundMessage[]): Promise<SendResult>;
}

/** Raised when a channel cannot send right now (disconnected, retries spent): try again later. */
export class ChannelUnavailableError extends Error {
  constructor(
    readonly channel: ChannelName,
    reason: string,
  ) {
    super(`${channel} cannot send now: ${reason}`);
    this.name = 'ChannelUnavailableError';
  }
}
