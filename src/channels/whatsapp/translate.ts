/**
 * Baileys messages → what the hotline takes from them, and outbound messages → WhatsApp text.
 *
 * WhatsApp through Baileys has no reliable buttons, so choices go out as a numbered list and the core maps a
 * typed "2" (or the option's words) back to the choice. Output is plain text with link previews off: the
 * bot never fetches a URL on anyone's behalf.
 */
import {
  getContentType,
  isHostedLidUser,
  isHostedPnUser,
  isJidBroadcast,
  isJidGroup,
  isJidNewsletter,
  isLidUser,
  isPnUser,
  jidNormalizedUser,
  normalizeMessageContent,
  toNumber,
  type WAMessage,
  type WAMessageContent,
} from 'baileys';
import { headGraphemes } from '../../../flows/shared/text.js';
import type { Command, InboundBody, OutboundMessage } from '../../core/messages.js';

/** Longest text passed to the core, in UTF-16 units (as on Telegram; WhatsApp allows far more). */
export const WHATSAPP_TEXT_MAX = 4096;

/** Why a delivered message is not for the hotline. Logged (with the message id only), never answered. */
export type IgnoreReason =
  | 'no-key'
  | 'from-me'
  | 'group'
  | 'status'
  | 'broadcast'
  | 'newsletter'
  | 'not-a-person'
  | 'stub'
  | 'undecryptable'
  | 'protocol'
  | 'reaction'
  | 'edit'
  | 'system'
  | 'empty';

/** A message a person wrote to the hotline, before their address is resolved (see identity.ts). */
export interface PersonMessage {
  /** The chat's JID as delivered (phone-number or LID form, device suffix removed). */
  jid: string;
  /** The other form of the same person's JID when WhatsApp sent it along (LID for a PN chat, or the reverse). */
  altJid?: string;
  /** WhatsApp's message id: stable across re-deliveries (`notify`, then `append` after a reconnect). */
  messageId: string;
  /** Milliseconds since the epoch. */
  at: number;
  body: InboundBody;
}

export type ReadResult = { kind: 'person'; message: PersonMessage } | { kind: 'ignore'; reason: IgnoreReason; messageId?: string };

/** Commands by the word after the slash; `/bahasa`, `/diskret` and `/hapus` are the Indonesian words. */
const COMMANDS: Record<string, Command> = {
  start: 'start', help: 'help', language: 'language', bahasa: 'language', restart: 'restart', discreet: 'discreet', diskret: 'discreet',
  wipe: 'wipe', hapus: 'wipe', forget: 'forget', lupakan: 'forget',
};

/** Content types that carry no words from the person: protocol and bookkeeping messages. */
const SYSTEM_TYPES = new Set<string>([
  'senderKeyDistributionMessage', 'messageContextInfo', 'pollUpdateMessage', 'keepInChatMessage', 'pinInChatMessage',
  'encEventResponseMessage', 'eventResponseMessage', 'secretEncryptedMessage', 'deviceSentMessage', 'botInvokeMessage',
  'placeholderMessage', 'messageHistoryBundle', 'messageHistoryNotice', 'newsletterAdminInviteMessage',
]);

const isPersonJid = (jid: string) => Boolean(isPnUser(jid) || isLidUser(jid) || isHostedPnUser(jid) || isHostedLidUser(jid));

/** Reads one upserted message: a person's message for the core, or the reason it is ignored. Never throws. */
export function readMessage(msg: WAMessage): ReadResult {
  const key = msg.key;
  const messageId = key?.id ?? undefined;
  const remoteJid = key?.remoteJid ?? undefined;
  if (!key || !messageId || !remoteJid) return { kind: 'ignore', reason: 'no-key' };
  const ignore = (reason: IgnoreReason): ReadResult => ({ kind: 'ignore', reason, messageId });

  if (key.fromMe) return ignore('from-me');
  if (isJidGroup(remoteJid)) return ignore('group');
  if (remoteJid === 'status@broadcast') return ignore('status');
  if (isJidBroadcast(remoteJid)) return ignore('broadcast');
  if (isJidNewsletter(remoteJid)) return ignore('newsletter');
  if (!isPersonJid(remoteJid)) return ignore('not-a-person');
  // Stubs are WhatsApp's system lines (missed calls, security-code changes, …); CIPHERTEXT is a message this
  // device could not decrypt. Baileys asks the sender's phone to send it again, and that copy comes as a
  // normal message with the same id, so nothing is lost by ignoring the stub.
  if (msg.messageStubType) return ignore(msg.messageStubType === 2 /* proto.WebMessageInfo.StubType.CIPHERTEXT */ ? 'undecryptable' : 'stub');
  if (!msg.message) return ignore('empty');
  const content = normalizeMessageContent(msg.message);
  const type = getContentType(content);
  if (!content) return ignore('empty');
  if (!type) return ignore('system'); // only bookkeeping (sender keys, context info)
  // An edited text or caption is passed on as an edit (danger in it still escalates); other edits are ignored.
  const edit = msg.message.editedMessage?.message?.protocolMessage?.editedMessage ?? msg.message.editedMessage?.message ?? content.protocolMessage?.editedMessage;
  const editedWords = edit ? (edit.conversation ?? edit.extendedTextMessage?.text ?? edit.imageMessage?.caption ?? edit.videoMessage?.caption ?? undefined) : undefined;
  if (edit && !editedWords) return ignore('edit');
  if (type === 'protocolMessage' && !editedWords) return ignore('protocol');
  if (type === 'reactionMessage' || type === 'encReactionMessage') return ignore('reaction');
  if (SYSTEM_TYPES.has(type)) return ignore('system');

  const jid = jidNormalizedUser(remoteJid);
  const alt = key.remoteJidAlt && isPersonJid(key.remoteJidAlt) ? jidNormalizedUser(key.remoteJidAlt) : undefined;
  const seconds = msg.messageTimestamp ? toNumber(msg.messageTimestamp) : 0;
  return {
    kind: 'person',
    message: {
      jid,
      altJid: alt && alt !== jid ? alt : undefined,
      messageId,
      at: seconds > 0 ? seconds * 1000 : Date.now(),
      body: editedWords ? { kind: 'text', text: cut(editedWords), edited: true } : bodyOf(content, type, messageId),
    },
  };
}

const cut = (text: string) => headGraphemes(text, WHATSAPP_TEXT_MAX);
const captionOf = (caption: string | null | undefined) => (caption ? { caption: cut(caption) } : {});

function textBody(text: string): InboundBody {
  const command = /^\/(\w+)\s*$/.exec(text.trim())?.[1];
  const known = command && Object.hasOwn(COMMANDS, command.toLowerCase()) ? COMMANDS[command.toLowerCase()] : undefined;
  return known ? { kind: 'command', command: known } : { kind: 'text', text: cut(text) };
}

function locationBody(lat: number | null | undefined, lon: number | null | undefined, live: boolean): InboundBody {
  const ok = (v: number | null | undefined, max: number): v is number => typeof v === 'number' && Number.isFinite(v) && Math.abs(v) <= max;
  return ok(lat, 90) && ok(lon, 180) ? { kind: 'location', lat, lon, live } : { kind: 'unsupported', what: 'bad-location' };
}

function bodyOf(content: WAMessageContent, type: keyof WAMessageContent, fileRef: string): InboundBody {
  switch (type) {
    case 'conversation':
      return textBody(content.conversation ?? '');
    case 'extendedTextMessage':
      return textBody(content.extendedTextMessage?.text ?? '');
    case 'locationMessage': {
      const l = content.locationMessage!;
      return locationBody(l.degreesLatitude, l.degreesLongitude, Boolean(l.isLive));
    }
    case 'liveLocationMessage': {
      // The first fix of a live location. WhatsApp does not send later fixes to linked devices.
      const l = content.liveLocationMessage!;
      return locationBody(l.degreesLatitude, l.degreesLongitude, true);
    }
    case 'contactMessage':
    case 'contactsArrayMessage':
      return { kind: 'contact' };
    case 'imageMessage':
      return { kind: 'media', media: 'photo', fileRef, ...captionOf(content.imageMessage?.caption) };
    case 'videoMessage': {
      const v = content.videoMessage!;
      return { kind: 'media', media: v.gifPlayback ? 'animation' : 'video', fileRef, ...captionOf(v.caption) };
    }
    case 'ptvMessage':
      return { kind: 'media', media: 'video_note', fileRef };
    case 'audioMessage':
      return { kind: 'media', media: content.audioMessage?.ptt ? 'voice' : 'audio', fileRef };
    case 'documentMessage':
      return { kind: 'media', media: 'document', fileRef, ...captionOf(content.documentMessage?.caption) };
    case 'stickerMessage':
    case 'lottieStickerMessage':
      return { kind: 'media', media: 'sticker', fileRef };
    default:
      // Polls, events, products, invites…: the core answers "please type or share your location".
      return { kind: 'unsupported', what: String(type).slice(0, 64) };
  }
}

/**
 * The text WhatsApp shows for an outbound message: the words, then the choices as a numbered list (typing the
 * number or the words picks one) or as bullets where a typed number means a number, then the location hint.
 */
export function renderText(out: OutboundMessage): string {
  const lines = [out.text.trim() === '' ? '…' : out.text];
  const choices = out.choices?.flat() ?? [];
  if (choices.length > 0) {
    lines.push('');
    choices.forEach((c, i) => lines.push(out.numbered ? `${i + 1}. ${c.label}` : `• ${c.label}`));
  }
  if (out.requestLocation) lines.push('', `📍 ${out.requestLocation} (📎)`);
  return lines.join('\n');
}
