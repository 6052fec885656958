/**
 * The Telegram channel: grammY long polling with @grammyjs/runner, one update at a time per chat,
 * bounded auto-retry on 429s and server errors, and the hotline core behind it. At start it sets the
 * command menu and, when the deployment gives one, the bot's cover (its name and descriptions).
 */
import { autoRetry } from '@grammyjs/auto-retry';
import { run, sequentialize, type RunnerHandle } from '@grammyjs/runner';
import { Bot, GrammyError, HttpError, type Composer, type Context } from 'grammy';
import type { LanguageCode } from 'grammy/types';
import { ChannelUnavailableError, SendRefusedError, type PersonSender, type SendOptions, type SendResult } from '../../core/delivery.js';
import type { Hotline } from '../../core/hotline.js';
import { createLimiter } from '../../core/limiter.js';
import type { InboundMessage, OutboundMessage } from '../../core/messages.js';
import type { Outbox } from '../../core/outbox.js';
import { BOT_DELETE_LIMIT_MS, type SentMessage, type Trail, type TrailRef } from '../../core/trail.js';
import type { Logger } from '../../logger.js';
import { createLeanFetch } from './lean-fetch.js';
import { inboundFromUpdate, replyMarkup, splitText } from './translate.js';

/**
 * What the bot shows of itself, per language (data/deployment.json `cover`): its name, the description in an
 * empty chat, and the short "about" text of its profile. Nothing in it should name the embassy.
 */
export interface BotCover {
  name?: Readonly<Record<string, string>>;
  description?: Readonly<Record<string, string>>;
  about?: Readonly<Record<string, string>>;
}

export interface TelegramChannelOptions {
  config: {
    token: string;
    apiRoot: string;
    maxRetryAttempts: number;
    maxRetrySeconds: number;
    /** Messages processed at once; more wait their turn. Danger messages never wait. */
    maxInFlight?: number;
  };
  logger: Logger;
  hotline: Hotline;
  /** Records what is in each person's chat and deletes it (auto-delete, transient screens, wipe); none: nothing is deleted. */
  trail?: Trail;
  /** Called when polling stops for good (e.g. 409: another instance took the token). */
  onFatal?: (err: unknown) => void;
  /** Where replies wait until Telegram took them (src/core/outbox.ts); none: they are sent directly, once. */
  outbox?: Outbox;
  /** Handlers that see updates before the hotline (the officers' desk in its group). */
  before?: Composer<Context>;
  /** The bot's cover, set at start where it differs from what Telegram has; unset, BotFather's settings stay. */
  cover?: BotCover;
}

export interface TelegramChannel extends PersonSender {
  readonly bot: Bot;
  start(): Promise<void>;
  stop(): Promise<void>;
}

/** Commands shown in Telegram's menu; their descriptions come from locales/<lang>/commands.ftl. */
const MENU_COMMANDS = ['start', 'help', 'language', 'restart', 'discreet', 'wipe'] as const;

const isNotModified = (err: unknown) => err instanceof GrammyError && /message is not modified/.test(err.description);
/** Blocked, deleted account, or a chat that no longer exists: nothing will reach the person there. */
const isGone = (err: unknown) => err instanceof GrammyError && (err.error_code === 403 || /chat not found|user not found/i.test(err.description));
const errInfo = (err: unknown) => (err instanceof GrammyError || err instanceof HttpError ? { name: err.name, message: err.message } : err);

/**
 * What a failed send means for the outbox: a 429 waits its `retry_after`, a 5xx or a network error is
 * retried, any other refusal (a 400 about the message) will never succeed.
 */
function unavailable(err: unknown): Error {
  if (err instanceof GrammyError) {
    if (err.error_code === 429) return new ChannelUnavailableError('telegram', err.description, (err.parameters.retry_after ?? 1) * 1000);
    if (err.error_code >= 500) return new ChannelUnavailableError('telegram', err.description);
    return new SendRefusedError('telegram', err.description);
  }
  if (err instanceof HttpError) return new ChannelUnavailableError('telegram', err.message);
  return err instanceof Error ? err : new Error(String(err));
}

export function createTelegramChannel(opts: TelegramChannelOptions): TelegramChannel {
  const { config, logger, hotline } = opts;
  const bot = new Bot(config.token, { client: { apiRoot: config.apiRoot, fetch: createLeanFetch() as never } });
  // Short waits only: the outbox (src/core/outbox.ts) waits out long retry_afters and outages, and keeps the
  // message meanwhile. Network errors are not retried here at all (auto-retry would, for ever, its backoff
  // growing toward an hour): the outbox retries sends, the runner retries polling.
  bot.api.config.use(autoRetry({ maxRetryAttempts: config.maxRetryAttempts, maxDelaySeconds: config.maxRetrySeconds, rethrowHttpErrors: true }));

  /**
   * Every message to a person: protected from forwarding and saving; relayed answers without a
   * notification. Plain text, no link previews.
   */
  const personal = (out: OutboundMessage) => ({
    link_preview_options: { is_disabled: true },
    protect_content: true,
    ...(out.silent ? { disable_notification: true } : {}),
  });

  /** Sends one message (in pieces if long); returns what it put in the chat, for the trail. */
  async function sendOne(chatId: number, out: OutboundMessage): Promise<SentMessage[]> {
    const markup = replyMarkup(out);
    const pieces = splitText(out.text);
    const sent: SentMessage[] = [];
    for (const [i, piece] of pieces.entries()) {
      const m = await bot.api.sendMessage(chatId, piece, { reply_markup: i === pieces.length - 1 ? markup : undefined, ...personal(out) });
      sent.push({ ref: String(m.message_id), at: m.date * 1000, transient: out.transient, keep: out.keep });
    }
    return sent;
  }

  /** Sends one message, or edits the one whose button was pressed when the reply says so. */
  async function sendOrEdit(chatId: number, out: OutboundMessage, pressed: number | undefined): Promise<SentMessage[]> {
    const markup = replyMarkup(out);
    if (out.replacePressed && pressed !== undefined && out.text.length <= 4096) {
      try {
        await bot.api.editMessageText(chatId, pressed, out.text, { reply_markup: markup && 'inline_keyboard' in markup ? markup : undefined });
        return []; // the same message, already in the trail
      } catch (err) {
        if (isNotModified(err)) return [];
        logger.warn({ err: errInfo(err) }, 'could not edit the pressed message; sending anew');
      }
    }
    return sendOne(chatId, out);
  }

  /**
   * Deletes messages from a private chat: both sides (Telegram lets a bot delete the person's messages
   * there too), 100 a call. A call that fails as a whole is retried one message at a time, to tell the
   * messages Telegram refuses (too old) from those already gone.
   */
  async function erase(address: string, refs: TrailRef[]): Promise<{ refused: TrailRef[] }> {
    const chatId = Number(address);
    const byId = new Map<number, TrailRef>();
    for (const r of refs) if (/^\d{1,15}$/.test(r.ref)) byId.set(Number(r.ref), r);
    const ids = [...byId.keys()];
    const refused: TrailRef[] = [];
    for (let i = 0; i < ids.length; i += 100) {
      const chunk = ids.slice(i, i + 100);
      try {
        await bot.api.deleteMessages(chatId, chunk);
        continue;
      } catch (err) {
        if (isGone(err)) return { refused: [...byId.values()] }; // blocked: the messages stay on their phone
        if (!(err instanceof GrammyError && err.error_code === 400)) throw err;
      }
      for (const id of chunk) {
        try {
          await bot.api.deleteMessage(chatId, id);
        } catch (err) {
          if (err instanceof GrammyError && /can't be deleted/i.test(err.description)) refused.push(byId.get(id)!);
          else if (isGone(err)) refused.push(byId.get(id)!);
          else if (!(err instanceof GrammyError && /not found/i.test(err.description))) throw err; // not found: already gone
        }
      }
    }
    return { refused };
  }
  opts.trail?.register('telegram', { erase, deleteLimitMs: BOT_DELETE_LIMIT_MS });

  /** What the person's message leaves in the chat (its id and when it was sent), for the trail. */
  const personEntry = (ctx: Context, inbound: InboundMessage) => {
    const m = ctx.update.message ?? ctx.update.edited_message;
    return inbound.chatRef && m ? { ref: inbound.chatRef, at: m.date * 1000 } : undefined;
  };

  // Everything from one chat runs in order; different chats run concurrently.
  bot.use(sequentialize((ctx: Context) => ctx.chat?.id.toString()));
  if (opts.before) bot.use(opts.before);

  const slots = createLimiter(config.maxInFlight ?? 32);
  // Updates being handled, so that stop() lets their replies go out before Redis is closed.
  const inFlight = new Set<Promise<void>>();

  bot.on(['message', 'callback_query', 'edited_message'], (ctx) => {
    const work = handleUpdate(ctx);
    inFlight.add(work);
    return work.finally(() => inFlight.delete(work));
  });

  async function handleUpdate(ctx: Context): Promise<void> {
    const inbound = inboundFromUpdate(ctx.update);
    // Stop the button's spinner alongside the processing, not before it.
    const answering = ctx.callbackQuery ? ctx.answerCallbackQuery().catch((err) => logger.debug({ err }, 'answerCallbackQuery failed')) : undefined;
    if (!inbound) {
      logger.debug({ updateId: ctx.update.update_id, chatType: ctx.chat?.type }, 'update not for the hotline');
      await answering;
      return;
    }
    // The danger fast lane: a message saying "I am in danger" skips the line of ordinary messages.
    // Per-chat order still holds: sequentialize runs before this.
    const words = inbound.body.kind === 'text' ? inbound.body.text : inbound.body.kind === 'media' ? inbound.body.caption : undefined;
    const release = words && hotline.saysDanger(words) ? undefined : await slots.acquire();
    let replies: OutboundMessage[];
    try {
      replies = await hotline.receive(inbound);
    } finally {
      release?.(); // sending (which may wait out a 429) does not hold a slot
    }
    await answering;
    await deliverReplies(ctx, inbound, replies, !!release);
  }

  /**
   * The replies to the person's message, through the outbox (written ahead, sent at once when their lane
   * is free): a reply to danger words, or on a critical case, goes before everyone else's.
   */
  async function deliverReplies(ctx: Context, inbound: InboundMessage, replies: OutboundMessage[], ordinary: boolean): Promise<void> {
    const chat = String(ctx.chat!.id);
    // An edit or a live location moving answers nothing: the transient screen stays until a real answer.
    const b = inbound.body;
    const reply = {
      pressed: ctx.callbackQuery?.message?.message_id,
      person: personEntry(ctx, inbound),
      answered: !(b.kind === 'text' && b.edited) && !(b.kind === 'location' && b.moved),
    };
    if (replies.length === 0) {
      await opts.trail?.settle('telegram', chat, { person: reply.person, sent: [], answered: reply.answered }).catch((err: unknown) => logger.warn({ err, updateId: ctx.update.update_id }, 'chat trail not recorded'));
      return;
    }
    const urgency = replies.find((r) => r.urgency)?.urgency;
    const rank = !ordinary || urgency === 'critical' ? 0 : urgency === 'high' ? 1 : 2;
    try {
      if (opts.outbox) await opts.outbox.send({ channel: 'telegram', address: chat, messages: replies, rank, reply });
      else await sendTo(chat, replies, { reply, rank });
    } catch (err) {
      logger.error({ err: errInfo(err), updateId: ctx.update.update_id }, 'replies not sent');
    }
  }

  bot.catch((err) => {
    const cause = err.error;
    const blocked = cause instanceof GrammyError && cause.error_code === 403;
    logger[blocked ? 'warn' : 'error'](
      { err: cause instanceof GrammyError || cause instanceof HttpError ? { name: cause.name, message: cause.message } : cause, updateId: err.ctx.update.update_id },
      blocked ? 'person has blocked the bot or left' : 'error while handling a Telegram update',
    );
  });

  /**
   * Sends a batch to a person (the outbox's sender): a reply to their message or an officer's answer. Goes
   * on from `done` after an earlier attempt, reports each message sent, and records the batch in the
   * chat's trail once it is all out (or the person is gone).
   */
  async function sendTo(address: string, messages: OutboundMessage[], o: SendOptions = {}): Promise<SendResult> {
    const chatId = Number(address);
    const sent: SentMessage[] = [...(o.sentBefore ?? [])];
    let person = o.reply?.person;
    const settle = () =>
      opts.trail?.settle('telegram', address, { person, sent, answered: o.reply?.answered ?? false }).catch((err: unknown) => logger.warn({ err }, 'chat trail not recorded'));
    for (let i = o.done ?? 0; i < messages.length; i++) {
      const out = messages[i]!;
      if (out.wipe) {
        // Nothing is shown: the chat emptying is the answer (a reply would ring on a phone someone may hold).
        await opts.trail?.wipe('telegram', address, person ? [{ side: 'person', ref: person.ref }] : []).catch((err: unknown) => logger.error({ err }, 'chat not wiped'));
        person = undefined;
      } else {
        try {
          sent.push(...(await sendOrEdit(chatId, out, o.reply?.pressed)));
        } catch (err) {
          // Blocked, deleted account, or a chat that no longer exists: no retry will reach them.
          if (isGone(err)) {
            await settle(); // what did go out is in the chat: it is deleted like the rest
            return 'gone';
          }
          if (!o.progress) await settle(); // sent directly: no later attempt will record them
          throw unavailable(err);
        }
      }
      await o.progress?.(i + 1, sent);
    }
    await settle();
    return 'sent';
  }

  /**
   * Sets the cover for everyone (the first language's texts) and for each language, each only where
   * Telegram shows something else: setMyName in particular is rate-limited, and a restart changes nothing.
   */
  async function applyCover(cover: BotCover, languages: readonly string[]): Promise<void> {
    for (const lang of [undefined, ...languages]) {
      const other = lang ? { language_code: lang as LanguageCode } : {};
      const wanted = (texts: BotCover['name']) => texts?.[lang ?? languages[0]!];
      const name = wanted(cover.name);
      if (name !== undefined && (await bot.api.getMyName(other)).name !== name) await bot.api.setMyName(name, other);
      const description = wanted(cover.description);
      if (description !== undefined && (await bot.api.getMyDescription(other)).description !== description) await bot.api.setMyDescription(description, other);
      const about = wanted(cover.about);
      if (about !== undefined && (await bot.api.getMyShortDescription(other)).short_description !== about) await bot.api.setMyShortDescription(about, other);
    }
  }

  let runner: RunnerHandle | undefined;
  return {
    bot,
    channel: 'telegram',
    send: sendTo,
    async start() {
      await bot.init();
      await bot.api.deleteWebhook();
      const { locales } = hotline;
      const menu = (lang: string) => MENU_COMMANDS.map((command) => ({ command, description: locales.t(lang, `command-${command}`) }));
      const menus = [
        bot.api.setMyCommands(menu(locales.languages[0]!)), // for languages we do not speak: the deployment's first
        ...locales.languages.map((lang) => bot.api.setMyCommands(menu(lang), { language_code: lang as LanguageCode })),
      ];
      await Promise.all(menus).catch((err) => logger.warn({ err }, 'could not set the command menu'));
      if (opts.cover) await applyCover(opts.cover, locales.languages).catch((err) => logger.warn({ err }, "could not set the bot's cover (name, description)"));
      runner = run(bot, { runner: { fetch: { allowed_updates: ['message', 'edited_message', 'callback_query', 'my_chat_member'] } } });
      runner.task()?.catch((err: unknown) => {
        logger.fatal({ err: err instanceof Error ? { name: err.name, message: err.message } : err }, 'telegram polling stopped');
        opts.onFatal?.(err);
      });
      logger.info({ bot: bot.botInfo.username, apiRoot: config.apiRoot }, 'telegram channel polling');
    },
    async stop() {
      if (runner?.isRunning()) await runner.stop();
      await Promise.allSettled(inFlight);
    },
  };
}
