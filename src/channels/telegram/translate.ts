/**
 * Telegram updates → channel-neutral inbound messages, and outbound messages → Bot API payloads.
 * Output is always plain text (no parse_mode): a person's words can never change formatting.
 */
import type { InlineKeyboardButton, KeyboardButton, Message, ReplyKeyboardMarkup, InlineKeyboardMarkup, Update } from 'grammy/types';
import { graphemeBoundaryBefore, headGraphemes } from '../../../flows/shared/text.js';
import type { Command, InboundBody, InboundMessage, OutboundMessage } from '../../core/messages.js';

/** Telegram's limit on one message's text, in UTF-16 code units. */
export const TELEGRAM_TEXT_MAX = 4096;

/** Commands by the word after the slash; `/bahasa`, `/diskret` and `/hapus` are the Indonesian words. */
const COMMANDS: Record<string, Command> = {
  start: 'start', help: 'help', language: 'language', bahasa: 'language', restart: 'restart', discreet: 'discreet', diskret: 'discreet',
  wipe: 'wipe', hapus: 'wipe', forget: 'forget', lupakan: 'forget',
};

/** Button data: `c:<prompt>:<choice id>` (≤ 64 bytes, as Telegram requires). */
export function choiceData(prompt: number, choiceId: string): string {
  return `c:${prompt}:${choiceId}`;
}

export function parseChoiceData(data: string | undefined): { prompt: number; choice: string } | undefined {
  const m = data ? /^c:(\d{1,9}):([\w:+-]{1,32})$/.exec(data) : null;
  return m ? { prompt: Number(m[1]), choice: m[2]! } : undefined;
}

function bodyOfMessage(msg: Message): InboundBody {
  if (msg.text !== undefined) {
    const command = msg.entities?.[0]?.type === 'bot_command' && msg.entities[0].offset === 0 ? /^\/(\w+)/.exec(msg.text)?.[1] : undefined;
    const known = command && Object.hasOwn(COMMANDS, command.toLowerCase()) ? COMMANDS[command.toLowerCase()] : undefined;
    if (known) return { kind: 'command', command: known };
    return { kind: 'text', text: headGraphemes(msg.text, TELEGRAM_TEXT_MAX) };
  }
  const caption = msg.caption ? { caption: headGraphemes(msg.caption, TELEGRAM_TEXT_MAX) } : {};
  if (msg.location) return { kind: 'location', lat: msg.location.latitude, lon: msg.location.longitude, live: msg.location.live_period !== undefined };
  if (msg.contact) return { kind: 'contact' };
  if (msg.sticker) return { kind: 'media', media: 'sticker', fileRef: msg.sticker.file_id };
  if (msg.photo?.length) return { kind: 'media', media: 'photo', fileRef: msg.photo[msg.photo.length - 1]!.file_id, ...caption };
  if (msg.voice) return { kind: 'media', media: 'voice', fileRef: msg.voice.file_id, ...caption };
  if (msg.video_note) return { kind: 'media', media: 'video_note', fileRef: msg.video_note.file_id, ...caption };
  if (msg.video) return { kind: 'media', media: 'video', fileRef: msg.video.file_id, ...caption };
  if (msg.animation) return { kind: 'media', media: 'animation', fileRef: msg.animation.file_id, ...caption };
  if (msg.audio) return { kind: 'media', media: 'audio', fileRef: msg.audio.file_id, ...caption };
  if (msg.document) return { kind: 'media', media: 'document', fileRef: msg.document.file_id, ...caption };
  const what = (['poll', 'dice', 'game', 'venue', 'story', 'invoice', 'paid_media'] as const).find((k) => k in msg) ?? 'other';
  return { kind: 'unsupported', what };
}

/**
 * The inbound message of an update from a person in a private chat, or undefined for updates the
 * hotline does not take (groups, channels, edits, service updates).
 */
export function inboundFromUpdate(update: Update): InboundMessage | undefined {
  const messageId = String(update.update_id);
  if (update.message) {
    const msg = update.message;
    if (msg.chat.type !== 'private' || !msg.from || msg.from.is_bot) return undefined;
    return {
      channel: 'telegram',
      address: String(msg.chat.id),
      messageId,
      at: msg.date * 1000,
      chatRef: String(msg.message_id),
      languageHint: msg.from.language_code,
      body: bodyOfMessage(msg),
    };
  }
  // A live location moving arrives as an edit of the message that shared it. An edited text or caption is
  // passed on as an edit (danger in it still escalates); other edits are ignored.
  const edited = update.edited_message;
  if (edited && edited.chat.type === 'private' && edited.from && !edited.from.is_bot) {
    const words = edited.text ?? edited.caption;
    const body: InboundBody | undefined = edited.location
      ? { kind: 'location', lat: edited.location.latitude, lon: edited.location.longitude, live: true, moved: true }
      : words !== undefined ? { kind: 'text', text: headGraphemes(words, TELEGRAM_TEXT_MAX), edited: true } : undefined;
    if (body) {
      return {
        channel: 'telegram',
        address: String(edited.chat.id),
        messageId,
        at: (edited.edit_date ?? edited.date) * 1000,
        chatRef: String(edited.message_id),
        languageHint: edited.from.language_code,
        body,
      };
    }
  }
  if (update.callback_query) {
    const q = update.callback_query;
    const chat = q.message?.chat;
    if (!chat || chat.type !== 'private') return undefined;
    // Forged or foreign button data is treated as a stale press: the person gets the current question.
    const parsed = parseChoiceData(q.data) ?? { prompt: 0, choice: 'invalid' };
    return {
      channel: 'telegram',
      address: String(chat.id),
      messageId,
      at: Date.now(),
      languageHint: q.from.language_code,
      body: { kind: 'choice', prompt: parsed.prompt, choice: parsed.choice },
    };
  }
  return undefined;
}

export type ReplyMarkup = InlineKeyboardMarkup | ReplyKeyboardMarkup;

export function replyMarkup(out: OutboundMessage): ReplyMarkup | undefined {
  if (out.choices?.length) {
    const prompt = out.prompt ?? 0;
    const inline_keyboard: InlineKeyboardButton[][] = out.choices.map((row) =>
      row.map((c) => ({ text: c.label, callback_data: choiceData(prompt, c.id) })),
    );
    return { inline_keyboard };
  }
  if (out.requestLocation) {
    const button: KeyboardButton = { text: out.requestLocation, request_location: true };
    return { keyboard: [[button]], resize_keyboard: true, one_time_keyboard: true };
  }
  return undefined;
}

/**
 * Splits text into pieces Telegram accepts (at most `max` UTF-16 units each), at line or word breaks where
 * possible and always between graphemes: an emoji, a flag or a letter with its marks is never cut in two.
 */
export function splitText(text: string, max = TELEGRAM_TEXT_MAX): string[] {
  const pieces: string[] = [];
  let rest = text.trim() === '' ? '…' : text;
  while (rest.length > max) {
    let cut = rest.lastIndexOf('\n', max);
    if (cut < max / 2) cut = rest.lastIndexOf(' ', max);
    if (cut < max / 2) cut = graphemeBoundaryBefore(rest, max);
    // One grapheme longer than a whole piece (a letter under thousands of marks): cut between code points.
    if (cut === 0) cut = headGraphemes(rest, max).length;
    pieces.push(rest.slice(0, cut));
    rest = rest.slice(cut).replace(/^\s+/, '');
  }
  pieces.push(rest);
  // Telegram refuses blank messages: drop blank pieces (runs of spaces or newlines at a cut).
  const kept = pieces.filter((piece) => piece.trim() !== '');
  return kept.length > 0 ? kept : ['…'];
}
