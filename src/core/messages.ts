/**
 * Channel-neutral messages: what every channel adapter turns its own updates into, and what the hotline
 * core answers with. Validated with zod at the channel boundary.
 */
import { z } from 'zod';
import { suspectReasons } from '../../flows/shared/history.js';

export const channelNames = ['telegram', 'whatsapp', 'console'] as const;
export const ChannelName = z.enum(channelNames);
export type ChannelName = z.infer<typeof ChannelName>;

/** Kinds of media a person can send; kept only as the channel's file reference. */
export const MediaKind = z.enum(['photo', 'video', 'voice', 'audio', 'document', 'sticker', 'animation', 'video_note']);
export type MediaKind = z.infer<typeof MediaKind>;

/**
 * Commands a person can send; `discreet` switches discreet mode over (flows/shared/discreet.ts); `wipe` deletes
 * every message of the conversation from the chat now (the case stays with the officers); `forget` asks to erase the
 * person's conversation and personal data (src/core/forget.ts).
 */
export const Command = z.enum(['start', 'help', 'language', 'restart', 'discreet', 'wipe', 'forget']);
export type Command = z.infer<typeof Command>;

const TEXT_MAX = 4096 * 4; // a Telegram message is ≤ 4096 UTF-16 units; anything longer is cut, not refused

export const InboundBody = z.discriminatedUnion('kind', [
  /**
   * Typed text. `edited`: the person changed a message sent earlier; it is not an answer to the question
   * on screen, but danger in it escalates, and with a case open it reaches the officers.
   */
  z.object({ kind: z.literal('text'), text: z.string().max(TEXT_MAX), edited: z.boolean().optional() }),
  /** A button press: `prompt` is the sequence number of the question the button belonged to. */
  z.object({ kind: z.literal('choice'), prompt: z.number().int().nonnegative(), choice: z.string().min(1).max(32) }),
  z.object({ kind: z.literal('command'), command: Command }),
  z.object({
    kind: z.literal('location'),
    lat: z.number(),
    lon: z.number(),
    live: z.boolean().default(false),
    /** A later fix of a live location the person is already sharing: recorded silently, never answered. */
    moved: z.boolean().optional(),
  }),
  z.object({ kind: z.literal('contact') }),
  /** A photo, voice note, file…: kept only as a reference. Its caption is scanned for danger words. */
  z.object({ kind: z.literal('media'), media: MediaKind, fileRef: z.string().max(512), caption: z.string().max(TEXT_MAX).optional() }),
  /** Anything else the channel delivered (polls, dice, games, …): named for logs, never stored. */
  z.object({ kind: z.literal('unsupported'), what: z.string().max(64) }),
]);
export type InboundBody = z.infer<typeof InboundBody>;

export const InboundMessage = z.object({
  channel: ChannelName,
  /** The person's address on the channel (Telegram chat id, WhatsApp JID, …). Personal data: never log it. */
  address: z.string().min(1).max(128),
  /** Unique per delivery on the channel (Telegram update id, WhatsApp message id): the dedupe key. */
  messageId: z.string().min(1).max(128),
  /** Milliseconds since the epoch, when the channel says the message was sent. */
  at: z.number().int().nonnegative(),
  /**
   * The message's own id in the chat (Telegram `message_id`, WhatsApp message key id), so that it can be
   * deleted from the chat later (src/core/trail.ts). Absent for what leaves nothing in the chat (a button
   * press) and on channels without one (the console).
   */
  chatRef: z.string().regex(/^[\w.:-]{1,128}$/).optional(),
  /** The channel's idea of the person's language (Telegram `language_code`), a first guess only. */
  languageHint: z.string().max(35).optional(),
  body: InboundBody,
});
export type InboundMessage = z.infer<typeof InboundMessage>;

export interface OutboundChoice {
  /** Short id carried back in the press (≤ 32 chars). */
  id: string;
  label: string;
}

/** One message to the person. Text is plain text: adapters never interpret it as markup. */
export interface OutboundMessage {
  text: string;
  /** Buttons, as rows. On channels without buttons they become a numbered list. */
  choices?: OutboundChoice[][];
  /** Typing a choice's number picks it (else a typed number is an answer, e.g. a head count). */
  numbered?: boolean;
  /** Sequence number of the question the choices answer; carried in button data to spot stale presses. */
  prompt?: number;
  /** Ask the channel to offer a "share my location" button, with this label. */
  requestLocation?: string;
  /** Replace the message whose button was just pressed (toggling a multi-select) instead of sending anew. */
  replacePressed?: boolean;
  /**
   * Deleted from the chat as soon as the person answers it (their next message or button press), and in any
   * case at the auto-delete time: a question that must not stay on screen in discreet mode, a PIN shown once,
   * the consent screen, a summary of their answers.
   */
  transient?: boolean;
  /**
   * Arrives without a sound or vibration where the channel allows (Telegram `disable_notification`): what
   * the relay sends, unasked, to a phone that may be in someone else's hands.
   */
  silent?: boolean;
  /**
   * Stays on screen: not auto-deleted (only a wipe removes it), for what a person not in danger needs to
   * keep (a relative's case number and PIN, when the deployment or the person says so).
   */
  keep?: boolean;
  /**
   * The urgency of the person's case when the reply was made (the hotline core sets it): senders take
   * critical cases' replies first.
   */
  urgency?: 'critical' | 'high' | 'normal';
  /**
   * Not a message: delete every message of the conversation in the chat now (both sides where the channel
   * allows), this request included. Nothing is shown; `text` is empty.
   */
  wipe?: boolean;
}

/**
 * Why a message may have been written by someone else than the person (`SuspectReason` in
 * flows/contract.ts): sent after `/restart`, a retraction, or after a long silence.
 */
const Suspect = z.enum(suspectReasons).optional();

/**
 * A person's message passed on to the officers of their case (sealed inside the `case.message` event).
 * `suspect`: it may have been written by someone else (the officers see it flagged).
 */
/** The language the person's words (text, caption) are written in, when src/i18n/detect.ts could tell. */
const WroteIn = z.string().regex(/^[a-z]{2,3}$/).optional();
export const ForwardedMessage = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('text'), text: z.string(), at: z.number(), lang: WroteIn, suspect: Suspect }),
  z.object({ kind: z.literal('location'), lat: z.number(), lon: z.number(), live: z.boolean(), at: z.number(), suspect: Suspect }),
  z.object({ kind: z.literal('media'), media: MediaKind, fileRef: z.string(), caption: z.string().optional(), channel: ChannelName, at: z.number(), lang: WroteIn, suspect: Suspect }),
  z.object({ kind: z.literal('other'), what: z.string(), at: z.number(), suspect: Suspect }),
]);
export type ForwardedMessage = z.infer<typeof ForwardedMessage>;
