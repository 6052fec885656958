/**
 * The officers' Telegram group as the desk worker's board (src/officers/board.ts): one forum topic per
 * case, or, in a group without topics, the card in the group and everything about the case as replies
 * under it. Posts stay under the group's rate limit (about 20 a minute) with a token bucket.
 */
import { setTimeout as wait } from 'node:timers/promises';
import { GrammyError, type Api } from 'grammy';
import type { InlineKeyboardMarkup, MessageEntity } from 'grammy/types';
import type { Logger } from '../../logger.js';
import { headGraphemes } from '../../../flows/shared/text.js';
import { BoardBusyError, BoardRefusedError, BoardThreadGoneError, type BatchButton, type Board, type CardRef } from '../../officers/board.js';
import type { Card, CardRenderer } from '../../officers/card.js';
import { batchData, cardKeyboard } from './card-buttons.js';
import { splitText } from './translate.js';

export interface TelegramBoardOptions {
  api: Api;
  chatId: number;
  renderer: CardRenderer;
  logger: Logger;
  /** Posts per minute the group takes (Telegram allows about 20), counted over the last minute. */
  perMinute?: number;
  /** The window those posts are counted over, in ms (default a minute; a benchmark running faster than real time shortens it). */
  windowMs?: number;
}

const isNotModified = (err: unknown) => err instanceof GrammyError && /message is not modified/.test(err.description);
/** A private chat the bot cannot write to: the user never pressed Start, blocked the bot, or is gone. */
const isUnreachableUser = (err: unknown) => err instanceof GrammyError && (err.error_code === 403 || /chat not found/.test(err.description));
const isGoneMessage = (err: unknown) => err instanceof GrammyError && /message to edit not found|MESSAGE_ID_INVALID/.test(err.description);
const isGoneThread = (err: unknown) => err instanceof GrammyError && /message thread not found|TOPIC_DELETED|TOPIC_ID_INVALID/.test(err.description);

/**
 * What a failed call means for the desk (src/officers/board.ts): 429 → wait `retry_after`; a deleted topic →
 * the thread is gone; any other 4xx → refused for good; anything else (5xx, the network) is thrown as it is.
 */
function boardError(err: unknown, thread?: number): unknown {
  if (!(err instanceof GrammyError)) return err;
  if (err.error_code === 429) return new BoardBusyError(Math.max(1, err.parameters.retry_after ?? 1) * 1000);
  if (isGoneThread(err)) return new BoardThreadGoneError(thread);
  if (err.error_code >= 400 && err.error_code < 500) return new BoardRefusedError(`${err.error_code} ${err.description}`.slice(0, 200));
  return err;
}
/** Runs one Bot API call, its failure translated for the desk. */
async function call<T>(thread: number | undefined, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (err) {
    throw boardError(err, thread);
  }
}

/** Looks at the group (forum or not, the bot an administrator or not) and returns the board on it. */
export async function createTelegramBoard(opts: TelegramBoardOptions): Promise<Board> {
  const { api, chatId, renderer, logger } = opts;
  const keyboard = (card: Card, caseId: string) => cardKeyboard(card, caseId, renderer.t);
  const chat = await api.getChat(chatId);
  const forum = chat.type === 'supergroup' && chat.is_forum === true;
  const me = await api.getMe();
  const member = await api.getChatMember(chatId, me.id).catch(() => undefined);
  if (member?.status !== 'administrator') {
    logger.warn({ chatId }, 'the bot is not an administrator of the officers\' group: it may not see officers\' replies or create topics (see README)');
  }
  logger.info({ chatId, forum }, forum ? 'officers\' desk: one topic per case' : 'officers\' desk: cards in the group, replies under each card');

  // Telegram takes about 20 posts a minute in one group, counted over the last minute: the same window here
  // (a token bucket that starts full lets a burst through that Telegram then answers with a minute's 429).
  // Posts that can wait leave a quarter of the minute to urgent ones.
  const perMinute = opts.perMinute ?? 20;
  const spareShare = Math.max(1, Math.ceil(perMinute / 4));
  const windowMs = opts.windowMs ?? 60_000;
  const posted: number[] = []; // when each post of the last minute went, oldest first
  const limitFor = (cost: number, spare: boolean) => Math.max(cost, perMinute - (spare ? spareShare : 0));
  const forget = (now: number) => {
    while (posted.length > 0 && posted[0]! <= now - windowMs) posted.shift();
  };
  function room(cost: number, spare = false) {
    forget(Date.now());
    return posted.length + cost <= limitFor(cost, spare);
  }
  async function take(cost: number, spare = false, signal?: AbortSignal) {
    const limit = limitFor(cost, spare);
    for (;;) {
      signal?.throwIfAborted();
      const now = Date.now();
      forget(now);
      if (posted.length + cost <= limit) {
        for (let i = 0; i < cost; i++) posted.push(now);
        return;
      }
      // Until enough of the window's posts are a minute old.
      const frees = posted[Math.min(posted.length - 1, posted.length + cost - limit - 1)]!;
      // A shutdown does not wait out the minute (the post stays queued for the next process or start).
      await wait(Math.max(10, frees + windowMs - now), undefined, { signal }).catch(() => signal?.throwIfAborted());
    }
  }

  const send = (text: string, extra: { thread?: number; replyTo?: number; markup?: InlineKeyboardMarkup; entities?: MessageEntity[] }) =>
    api.sendMessage(chatId, text, {
      message_thread_id: extra.thread,
      reply_parameters: extra.replyTo ? { message_id: extra.replyTo, allow_sending_without_reply: true } : undefined,
      reply_markup: extra.markup,
      entities: extra.entities,
      link_preview_options: { is_disabled: true },
    });

  const batchKeyboard = (button: BatchButton): InlineKeyboardMarkup => ({
    inline_keyboard: [[{ text: renderer.t(`desk-button-${button.action}`), callback_data: batchData(button.action, button.token) }]],
  });

  return {
    threads: forum,
    take,
    room,
    async openThread(_caseId, title) {
      const topic = await call(undefined, () => api.createForumTopic(chatId, title));
      return { chat: chatId, thread: topic.message_thread_id };
    },
    async closeThread(ref) {
      if (!forum) return;
      // Already closed or deleted by an officer: nothing left to do.
      await call(ref.thread, () => api.closeForumTopic(ref.chat, ref.thread)).catch((err: unknown) => {
        if (!(err instanceof BoardThreadGoneError) && !(err instanceof BoardRefusedError)) throw err;
      });
    },
    async createCard(caseId, card, thread) {
      const sent = await call(thread?.thread, () => send(card.text, { thread: forum ? thread?.thread : undefined, markup: keyboard(card, caseId) }));
      return { chat: chatId, thread: forum ? thread?.thread : undefined, message: sent.message_id };
    },
    async editCard(caseId, ref: CardRef, card) {
      try {
        await api.editMessageText(ref.chat, ref.message, card.text, {
          reply_markup: keyboard(card, caseId),
          link_preview_options: { is_disabled: true },
        });
        return 'edited';
      } catch (err) {
        if (isNotModified(err)) return 'edited';
        if (isGoneMessage(err)) return 'missing';
        throw boardError(err, ref.thread);
      }
    },
    async postInThread(ref, text, media) {
      const where = { thread: ref.thread, replyTo: ref.thread === undefined ? ref.message : undefined };
      if (media && ['photo', 'document', 'voice', 'video', 'audio', 'animation'].includes(media.kind)) {
        const extra = {
          caption: headGraphemes(text, 1024),
          message_thread_id: where.thread,
          reply_parameters: where.replyTo ? { message_id: where.replyTo, allow_sending_without_reply: true } : undefined,
        };
        try {
          if (media.kind === 'photo') await api.sendPhoto(chatId, media.fileRef, extra);
          else if (media.kind === 'voice') await api.sendVoice(chatId, media.fileRef, extra);
          else if (media.kind === 'video') await api.sendVideo(chatId, media.fileRef, extra);
          else if (media.kind === 'audio') await api.sendAudio(chatId, media.fileRef, extra);
          else if (media.kind === 'animation') await api.sendAnimation(chatId, media.fileRef, extra);
          else await api.sendDocument(chatId, media.fileRef, extra);
          return;
        } catch (err) {
          // A deleted topic or a wait request holds for the text too; anything else: the text without the file.
          const meant = boardError(err, ref.thread);
          if (meant instanceof BoardThreadGoneError || meant instanceof BoardBusyError) throw meant;
          logger.warn({ err }, 'could not re-send the person\'s file in the thread; posting the text');
        }
      }
      for (const piece of splitText(text)) await call(ref.thread, () => send(piece, where));
    },
    async directMessage(userId, text) {
      // Not through the group's bucket: a private chat has its own limit, and a page is one message.
      try {
        await api.sendMessage(userId, text, { link_preview_options: { is_disabled: true } });
        return 'sent';
      } catch (err) {
        if (isUnreachableUser(err)) return 'unreachable';
        throw err;
      }
    },
    async postGeneral(text, mentions = [], button) {
      // Mentions by user id (text_mention): supervisors are notified without a username in the text.
      const label = '👤';
      let body = text;
      const entities: MessageEntity[] = [];
      if (mentions.length) body += '\n';
      for (const id of mentions) {
        entities.push({ type: 'text_mention', offset: body.length, length: label.length, user: { id, is_bot: false, first_name: label } });
        body += `${label} `;
      }
      const pieces = splitText(body);
      for (const [i, piece] of pieces.entries()) {
        const last = i === pieces.length - 1;
        await call(undefined, () => send(piece, { entities: last && pieces.length === 1 ? entities : undefined, markup: last && button ? batchKeyboard(button) : undefined }));
      }
    },
  };
}
