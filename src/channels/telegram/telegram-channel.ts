/**
 * The Telegram channel: grammY long polling with @grammyjs/runner, bounded auto-retry on 429s and server
 * errors, and the hotline core behind it. At start it sets the command menu and, when the deployment gives
 * one, the bot's cover (its name and descriptions).
 *
 * A person's update is taken in at once: translated, checked for danger, written to the journal (when
 * given) and put in that chat's backlog of the intake (src/core/intake-queue.ts); the next getUpdates,
 * which confirms it to Telegram, waits until it is on disk. The intake then runs one message per chat at a
 * time, a limited number of chats at once, danger first. While Redis is down nothing is processed: the
 * person hears once that their message arrived, and what they sent waits in the journal until Redis is back.
 */
import { autoRetry } from '@grammyjs/auto-retry';
import { run, sequentialize, type RunnerHandle } from '@grammyjs/runner';
import { Bot, GrammyError, HttpError, type Composer, type Context } from 'grammy';
import type { LanguageCode, Update } from 'grammy/types';
import { z } from 'zod';
import { ChannelUnavailableError, SendRefusedError, type PersonSender, type SendOptions, type SendResult } from '../../core/delivery.js';
import type { Hotline } from '../../core/hotline.js';
import { createIntakeQueue, mergedText, type IntakeEntry, type IntakeUnit } from '../../core/intake-queue.js';
import type { Journal, RecordJournal } from '../../core/journal.js';
import { InboundMessage, type OutboundMessage } from '../../core/messages.js';
import { createReplyLimiter } from '../../core/reply-limiter.js';
import { handleUnlessDown, StoreDownError, type StoreStatus } from '../../core/store-down.js';
import type { Outbox } from '../../core/outbox.js';
import { BOT_DELETE_LIMIT_MS, type SentMessage, type Trail, type TrailRef } from '../../core/trail.js';
import { languageOfHint } from '../../i18n/detect.js';
import type { ChannelLink, ChannelProblem } from '../../health/channel-watch.js';
import type { IntakeObserver } from '../../health/metrics.js';
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
    /** Chats whose messages are processed at once; more wait their turn. Danger messages never wait. */
    maxInFlight?: number;
    /** Messages one chat may have waiting before what it sends is merged (default 8). */
    backlog?: number;
    /** Replies to one chat in 10 s before repeated ones are held back (default 20). */
    repliesPer10s?: number;
    /**
     * Webhook mode: at start the bot asks Telegram to post updates to `url` with `secret` (setWebhook) and does
     * not poll; updates come in through {@link TelegramChannel.takeUpdate} (src/channels/telegram/webhook-route.ts).
     */
    webhook?: { url: string; secret: string };
  };
  logger: Logger;
  hotline: Hotline;
  /** Records what is in each person's chat and deletes it (auto-delete, transient screens, wipe); none: nothing is deleted. */
  trail?: Trail;
  /**
   * Called when polling stops for good (e.g. 409: another instance took the token). A refused token (401)
   * is not fatal: the channel reports itself down (`link()`) and tries the token again every `probeMs`.
   */
  onFatal?: (err: unknown) => void;
  /** Where replies wait until Telegram took them (src/core/outbox.ts); none: they are sent directly, once. */
  outbox?: Outbox;
  /** Handlers that see updates before the hotline (the officers' desk in its group). */
  before?: Composer<Context>;
  /**
   * The desk's officers, supervisors and duty roster: what they write in a private chat with the bot (the
   * /start that lets the bot page them) is answered with `reply` and never opens an intake.
   */
  staff?: { ids: ReadonlySet<number>; reply: (from: { id: number; firstName: string }, text: string) => string | Promise<string> };
  /** The bot's cover, set at start where it differs from what Telegram has; unset, BotFather's settings stay. */
  cover?: BotCover;
  /** Where each message is kept until the core committed it (replayed at start and when Redis is back). */
  journal?: Journal;
  /**
   * Where every other update (the officers' group: `/reply`, buttons) is kept until its handler finished, so
   * that a kill between Telegram's confirmation and the handler's end loses no officer's answer: replayed at start.
   */
  deskJournal?: RecordJournal<DeskUpdate>;
  /** The Redis client (its `status` and `ready` event): while it is not ready, messages wait in the journal. */
  store?: StoreStatus;
  /** A message not committed this long while Redis is not ready gets the "arrived" notice, in ms (default 2500). */
  outageNoticeMs?: number;
  /** Told of each person's message as it is taken in (metrics: counts, latencies). */
  intake?: IntakeObserver;
  /** After Telegram refused the token (401), how often it is tried again, ms (default a minute). */
  probeMs?: number;
}

export type { StoreStatus };

/** A getUpdates (30 s long poll) still unanswered after this long means Telegram cannot be reached, ms. */
const POLL_STUCK_MS = 60_000;

/** An update that is not a person's message, as journalled for the desk. */
export const DeskUpdate = z.object({ update: z.looseObject({ update_id: z.number().int() }) });
export type DeskUpdate = z.infer<typeof DeskUpdate>;
/** The desk journal's id of an update. */
export const deskUpdateId = (r: DeskUpdate) => `u:${r.update.update_id}`;

export interface TelegramChannel extends PersonSender {
  readonly bot: Bot;
  /** What the intake holds now: chats running, units waiting (for benches and tests). */
  intakeStats(): { running: number; dangerRunning: number; waitingUnits: number; waitingChats: number; parked: number };
  /** Whether the bot reaches Telegram now: polling answered, token accepted (src/health/channel-watch.ts). */
  link(): ChannelLink;
  /**
   * Webhook mode: takes one update in through the same intake as polled ones. Resolves once it is safely in: a
   * person's message once the core committed it (or it was a replay of one already done), anything else once
   * its handler finished. Rejects with {@link NotReceivingError} before start and from stop on.
   */
  takeUpdate(update: Update): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
}

/** The updates the bot asks Telegram for, by polling or by webhook. */
export const ALLOWED_UPDATES = ['message', 'edited_message', 'callback_query', 'my_chat_member'] as const;

/** An update offered while the channel is not taking updates in (not started yet, or stopping). */
export class NotReceivingError extends Error {
  override readonly name = 'NotReceivingError';
  constructor(readonly updateId: number) {
    super('the Telegram channel is not taking updates in now');
  }
}

/** Commands shown in Telegram's menu; their descriptions come from locales/<lang>/commands.ftl. */
const MENU_COMMANDS = ['start', 'help', 'language', 'restart', 'discreet', 'wipe', 'forget'] as const;

const isNotModified = (err: unknown) => err instanceof GrammyError && /message is not modified/.test(err.description);
/** Blocked, deleted account, or a chat that no longer exists: nothing will reach the person there. */
const isGone = (err: unknown) => err instanceof GrammyError && (err.error_code === 403 || /chat not found|user not found/i.test(err.description));

/** What the intake keeps of an update to answer it: the grammY context (gone for replayed messages). */
interface Arrival {
  ctx?: Context;
}

/** Where the replies to one unit go, and what the person's message(s) left in the chat, for the trail. */
interface ReplyTarget {
  chatId: number;
  updateId: string;
  /** The message whose button was pressed (edited in place by `replacePressed`). */
  pressedMessageId?: number;
  person?: { ref: string; at: number };
  /** Further messages of a merged unit, recorded in the trail with no reply of their own. */
  others: Array<{ ref: string; at: number }>;
  /** False for what answers nothing (an edit, a live location moving). */
  answered: boolean;
  /** A reply to danger: never held back by the reply limit. */
  urgent: boolean;
}

/** The words of a message that danger is looked for in. */
const wordsOf = (m: InboundMessage) => (m.body.kind === 'text' ? m.body.text : m.body.kind === 'media' ? m.body.caption : undefined);

const errInfo = (err: unknown) => (err instanceof GrammyError || err instanceof HttpError ? { name: err.name, message: err.message } : err);

/**
 * What a failed send means for the outbox: a 429 waits its `retry_after`, a 5xx or a network error is
 * retried, any other refusal (a 400 about the message) will never succeed.
 */
function unavailable(err: unknown): Error {
  if (err instanceof GrammyError) {
    // A refused token is the bot's problem, not the message's: kept until the token works again.
    if (err.error_code === 401) return new ChannelUnavailableError('telegram', err.description);
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
    // Only with buttons under it or none: an edit cannot put a reply keyboard (share location) under a message.
    if (out.replacePressed && pressed !== undefined && out.text.length <= 4096 && (!markup || 'inline_keyboard' in markup)) {
      // The same message, already in the trail: reported as edited, so that it stays the question on screen.
      const edited: SentMessage[] = [{ ref: String(pressed), at: Date.now(), transient: out.transient, keep: out.keep, edited: true }];
      try {
        await bot.api.editMessageText(chatId, pressed, out.text, { reply_markup: markup, link_preview_options: { is_disabled: true } });
        return edited;
      } catch (err) {
        if (isNotModified(err)) return edited;
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
  const personEntry = (inbound: InboundMessage, ctx?: Context) => {
    const m = ctx?.update.message ?? ctx?.update.edited_message;
    return inbound.chatRef ? { ref: inbound.chatRef, at: m ? m.date * 1000 : inbound.at } : undefined;
  };

  const { journal, store, deskJournal } = opts;
  /** Desk updates replayed from the journal at start (running now, and done): Telegram may deliver them again. */
  const replaying = new Set<number>();
  const replayed = new Set<number>();
  const storeUp = () => !store || store.status === 'ready';
  const limiter = createReplyLimiter({ perWindow: config.repliesPer10s ?? 20 });
  // While Telegram has more updates waiting (the last poll came back full), one ordinary chat runs at a time:
  // taking in, where an SOS is recognised, goes first (bench:flood: 100 senders flooding 10,000).
  let catchingUp = false;
  // While a poll comes back full (or danger runs) two slots (a sixteenth) stay open to ordinary chats: with one
  // (the queue's default) a steady 1,000 messages/s kept every poll full and the bot at ~100 messages/s; with a
  // quarter, an SOS right behind 100 senders flooding 10,000 waited 0.95 s at p99 for the queue (0.6 s with two).
  const maxInFlight = config.maxInFlight ?? 32;
  const intake = createIntakeQueue<Arrival>({ maxInFlight, catchUpInFlight: Math.max(1, Math.floor(maxInFlight / 16)), backlog: config.backlog ?? 8, run: runUnit, catchingUp: () => catchingUp });
  /** Messages that met a Redis outage: they wait (in the journal too) until Redis is ready again. */
  let parked: IntakeEntry<Arrival>[] = [];
  /** Chats told in this outage that their message arrived: once per outage. */
  const told = new Set<string>();
  let stopped = false;
  let nextSeq = 0; // arrival order without a journal (the journal numbers its entries itself)

  // Webhook requests waiting until their update is safely in: by update id (the person's messageId), and the
  // ids of those that went into the intake (anything else is in once its handler returned).
  const waiting = new Map<string, Array<{ resolve(): void; reject(err: Error): void }>>();
  const inIntake = new Set<string>();
  let receiving = false;
  /** The units' messages committed (or given up for good, as the journal marks them): their webhook requests are answered. */
  const settle = (messageIds: readonly string[]) => {
    for (const id of messageIds) {
      inIntake.delete(id);
      for (const w of waiting.get(id) ?? []) w.resolve();
      waiting.delete(id);
    }
  };

  // Updates a getUpdates brought that are not yet taken in (journalled): the next getUpdates, which confirms
  // them to Telegram, waits for them (at most 10 s: a stuck disk must not stop the bot from hearing anyone).
  const arriving = new Set<number>();
  const arrived: Array<() => void> = [];
  const takenIn = (updateId: number) => {
    arriving.delete(updateId);
    if (arriving.size === 0) for (const done of arrived.splice(0)) done();
  };
  const allTakenIn = () =>
    arriving.size === 0 ? Promise.resolve() : new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, 10_000);
      arrived.push(() => { clearTimeout(timer); resolve(); });
    });
  // Whether Telegram is reachable and takes the token, as polling and every call find it (`link()`).
  let problem: ChannelProblem | undefined = 'disconnected'; // until started
  let pollingSince: number | undefined;
  bot.api.config.use(async (prev, method, payload, signal) => {
    const polling = method === 'getUpdates';
    if (polling) await allTakenIn();
    if (polling) pollingSince = Date.now();
    let res;
    try {
      res = await prev(method, payload, signal);
    } catch (err) {
      if (polling && !signal?.aborted) problem = 'unreachable'; // network: the runner retries
      throw err;
    } finally {
      if (polling) pollingSince = undefined;
    }
    if (!res.ok && res.error_code === 401) problem = 'unauthorized';
    else if (polling && !res.ok && res.error_code >= 500) problem = 'unreachable';
    else if (res.ok) problem = undefined; // Telegram answered and took the token (a quiet long poll answers only after 30 s)
    if (method === 'getUpdates' && res.ok) {
      const updates = res.result as Array<{ update_id: number }>;
      for (const u of updates) arriving.add(u.update_id);
      const was = catchingUp;
      catchingUp = updates.length >= Number((payload as { limit?: number }).limit ?? 100);
      if (was && !catchingUp) intake.wake();
    }
    return res;
  });

  // A person's message is taken in here, first of all, and the handler returns: nothing of theirs holds a
  // runner slot. Everything else (the officers' group) goes on to the handlers below, in order per chat.
  bot.use(async (ctx, next) => {
    const updateId = ctx.update.update_id;
    let inbound: InboundMessage | undefined;
    try {
      if (ctx.message && ctx.chat?.type === 'private' && ctx.from && opts.staff?.ids.has(ctx.from.id)) {
        takenIn(updateId);
        const staff = opts.staff;
        // `/desk` answers a one-time sign-in link to the web desk: no preview, so Telegram does not fetch it.
        await Promise.resolve()
          .then(() => staff.reply({ id: ctx.from!.id, firstName: ctx.from!.first_name }, ctx.message!.text ?? ''))
          .then((text) => ctx.reply(text, { link_preview_options: { is_disabled: true } }))
          .catch((err: unknown) => logger.warn({ err: errInfo(err), updateId }, 'could not answer an officer in a private chat'));
        return;
      }
      const translated = inboundFromUpdate(ctx.update);
      if (!translated) {
        // On disk before Telegram hears it was taken (the next getUpdates), done once its handler finished.
        // Delivered again by Telegram after a start replayed it (it was never confirmed), or while its replay runs: handled once.
        if (replayed.has(updateId) && !replaying.has(updateId)) return;
        const record: DeskUpdate = { update: ctx.update as unknown as DeskUpdate['update'] };
        const kept = deskJournal?.add(record);
        if (kept && !kept.fresh && !replaying.has(updateId)) return;
        try {
          await kept?.durable;
        } catch (err) {
          logger.error({ err: errInfo(err), updateId }, 'desk journal write failed: the update is handled, but a crash now would lose it');
        }
        takenIn(updateId);
        try {
          return await next();
        } finally {
          if (kept) deskJournal!.done([deskUpdateId(record)]);
        }
      }
      const parsed = InboundMessage.safeParse(translated);
      if (!parsed.success) {
        logger.warn({ updateId, issues: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.code}`) }, 'inbound message rejected by schema');
        if (ctx.callbackQuery) await ctx.answerCallbackQuery().catch(() => undefined);
        return;
      }
      inbound = parsed.data;
      const words = wordsOf(inbound);
      const danger = !!words && hotline.saysDanger(words);
      opts.intake?.takenIn(inbound, danger);
      const kept = journal?.add(inbound, danger);
      if (waiting.has(inbound.messageId)) inIntake.add(inbound.messageId); // a webhook request waits for its commit
      if (kept && !kept.fresh) return; // delivered again while it still waits: it is in line already
      intake.push({ msg: inbound, danger, seq: kept?.seq ?? nextSeq++, ref: { ctx } });
      await kept?.durable;
    } catch (err) {
      logger.error({ err, updateId }, 'journal write failed: the message is processed, but a crash now would lose it');
    } finally {
      takenIn(updateId);
    }
  });

  // Everything from one chat runs in order; different chats run concurrently.
  bot.use(sequentialize((ctx: Context) => ctx.chat?.id.toString()));
  if (opts.before) bot.use(opts.before);
  bot.on('callback_query', (ctx) => ctx.answerCallbackQuery().catch((err: unknown) => logger.debug({ err }, 'answerCallbackQuery failed')));
  bot.on(['message', 'edited_message'], (ctx) => logger.debug({ updateId: ctx.update.update_id, chatType: ctx.chat.type }, 'update not for the hotline'));

  /** Runs one intake unit through the core and answers it; while Redis is down, parks it. */
  async function runUnit(unit: IntakeUnit<Arrival>): Promise<void> {
    const last = unit.entries.at(-1)!;
    const ctx = unit.entries.length === 1 ? last.ref?.ctx : undefined;
    // Stop the buttons' spinners alongside the processing, not before it.
    const answering = Promise.all(unit.entries.map((e) => e.ref?.ctx?.callbackQuery ? e.ref.ctx.answerCallbackQuery().catch((err) => logger.debug({ err }, 'answerCallbackQuery failed')) : undefined));
    for (const e of unit.entries) if (e.ref) e.ref.ctx = undefined; // answered once; a parked message keeps no context
    if (!storeUp()) {
      await answering;
      return park(unit);
    }
    // Redis went away under us: say it arrived within seconds, not after ioredis gives up.
    const notice = setTimeout(() => { if (!storeUp()) void tellArrived(unit); }, opts.outageNoticeMs ?? 2500);
    let replies: OutboundMessage[];
    try {
      replies = await processUnit(unit);
    } catch (err) {
      if (!(err instanceof StoreDownError)) throw err;
      await answering;
      return park(unit);
    } finally {
      clearTimeout(notice);
    }
    const ids = unit.entries.map((e) => e.msg.messageId);
    journal?.done(ids);
    settle(ids);
    await answering;
    const b = last.msg.body;
    const persons = unit.entries.map((e) => personEntry(e.msg, e === last ? ctx : undefined)).filter((p) => p !== undefined);
    await deliverReplies({
      chatId: Number(unit.chat),
      updateId: last.msg.messageId,
      pressedMessageId: ctx?.callbackQuery?.message?.message_id,
      person: persons.at(-1),
      others: persons.slice(0, -1),
      // An edit or a live location moving answers nothing: the transient screen stays until a real answer.
      answered: !(b.kind === 'text' && b.edited) && !(b.kind === 'location' && b.moved),
      urgent: unit.danger,
    }, replies);
  }

  /**
   * The core's replies to a unit. A merged unit's plain texts go as one text (the first one's id), its other
   * messages one by one; replies repeated within it are sent once, the last time they come.
   */
  async function processUnit(unit: IntakeUnit<Arrival>): Promise<OutboundMessage[]> {
    if (!unit.merged) return handleOne(unit.entries[0]!.msg);
    const replies: OutboundMessage[] = [];
    let texts: IntakeEntry<Arrival>[] = [];
    const flushTexts = async () => {
      if (texts.length === 0) return;
      const first = texts[0]!.msg;
      const text = mergedText({ ...unit, entries: texts })!;
      texts = [];
      replies.push(...(await handleOne({ ...first, body: { kind: 'text', text } })));
    };
    for (const e of unit.entries) {
      if (e.msg.body.kind === 'text' && !e.msg.body.edited && !e.danger) {
        texts.push(e);
        continue;
      }
      await flushTexts();
      replies.push(...(await handleOne(e.msg)));
    }
    await flushTexts();
    logger.info({ merged: unit.entries.length }, 'a flood of messages from one chat was merged');
    const lastAt = new Map(replies.map((r, i) => [r.wipe ? `wipe:${i}` : r.text, i]));
    return replies.filter((r, i) => r.wipe || lastAt.get(r.text) === i);
  }

  /** One message through the core (src/core/store-down.ts): Redis down, StoreDownError; else a few retries, then "not saved". */
  const handleOne = (msg: InboundMessage) => handleUnlessDown({ hotline, storeUp, logger }, msg, languageOf(msg));

  const languageOf = (msg: InboundMessage) => {
    const { locales } = hotline;
    const hint = languageOfHint(msg.languageHint);
    return locales.languages.find((l) => l === hint) ?? locales.languages[0]!;
  };

  /** Keeps a unit's messages for when Redis is back, and tells the person once that they arrived. */
  function park(unit: IntakeUnit<Arrival>): void {
    parked.push(...unit.entries);
    void tellArrived(unit);
    // Parked on an error while the client still says ready: try again shortly rather than wait for an event.
    if (storeUp()) setTimeout(replayParked, 1000).unref();
  }

  async function tellArrived(unit: IntakeUnit<Arrival>): Promise<void> {
    if (told.has(unit.chat) || stopped) return;
    told.add(unit.chat);
    const msg = unit.entries.at(-1)!.msg;
    // Sent only: the trail is in Redis, which is down. The words are neutral: a guard may read them.
    await sendOne(Number(unit.chat), { text: hotline.locales.t(languageOf(msg), 'intake-arrived') })
      .catch((err: unknown) => logger.warn({ err: err instanceof Error ? { name: err.name, message: err.message } : err }, 'could not send the arrival notice'));
  }

  function replayParked(): void {
    if (stopped || !storeUp() || parked.length === 0) return;
    const entries = parked;
    parked = [];
    logger.info({ messages: entries.length }, 'redis is ready: processing the messages that waited');
    intake.requeue(entries);
  }
  const onReady = () => {
    told.clear();
    replayParked();
  };

  /**
   * Sends a unit's replies through the outbox (written ahead, sent at once when the person's lane is free),
   * within the chat's reply limit: a reply to danger words, or on a critical case, goes before everyone
   * else's. A wipe empties the chat instead (the outbox's sender does it, in order).
   */
  async function deliverReplies(target: ReplyTarget, replies: OutboundMessage[]): Promise<void> {
    const chat = String(target.chatId);
    for (const other of target.others) {
      await opts.trail?.settle('telegram', chat, { person: other, sent: [], answered: false }).catch((err: unknown) => logger.warn({ err, updateId: target.updateId }, 'chat trail not recorded'));
    }
    // Asked again too often: it is on their screen. A transient one is not (it went when they answered).
    const kept = replies.filter((out) => out.wipe || limiter.allow(chat, out.text, target.urgent || !!out.transient));
    const reply = { pressed: target.pressedMessageId, person: target.person, answered: target.answered };
    if (kept.length === 0) {
      await opts.trail?.settle('telegram', chat, { person: reply.person, sent: [], answered: reply.answered }).catch((err: unknown) => logger.warn({ err, updateId: target.updateId }, 'chat trail not recorded'));
      return;
    }
    const urgency = kept.find((r) => r.urgency)?.urgency;
    const rank = target.urgent || urgency === 'critical' ? 0 : urgency === 'high' ? 1 : 2;
    try {
      if (opts.outbox) await opts.outbox.send({ channel: 'telegram', address: chat, messages: kept, rank, reply });
      else await sendTo(chat, kept, { reply, rank });
    } catch (err) {
      logger.error({ err: errInfo(err), updateId: target.updateId }, 'replies not sent');
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
  let probe: NodeJS.Timeout | undefined;
  /** Set as stop begins: polling's end and a refused token are no longer news. */
  let halting = false;
  /** Polling stopped on a refused token (401): down until the token works and polling runs again. */
  let refused = false;
  function startPolling(): void {
    refused = false;
    const handle = run(bot, { runner: { fetch: { allowed_updates: [...ALLOWED_UPDATES] } } });
    runner = handle;
    handle.task()?.catch((err: unknown) => {
      if (halting) return;
      if (err instanceof GrammyError && err.error_code === 401) {
        // Revoked or replaced in BotFather: nothing reaches the bot. Reported down; the token is tried again
        // (what people sent meanwhile waits at Telegram for up to 24 hours).
        problem = 'unauthorized';
        refused = true;
        logger.fatal({ err: errInfo(err) }, 'Telegram refuses the bot token (revoked?): set a valid TELEGRAM_BOT_TOKEN. Trying it again every minute');
        probeToken();
        return;
      }
      logger.fatal({ err: err instanceof Error ? { name: err.name, message: err.message } : err }, 'telegram polling stopped');
      opts.onFatal?.(err);
    });
  }
  function probeToken(): void {
    probe = setTimeout(() => {
      probe = undefined;
      if (halting) return;
      bot.api.getMe().then(
        () => {
          if (halting) return;
          logger.warn('Telegram takes the bot token again: polling');
          startPolling();
        },
        () => probeToken(),
      );
    }, opts.probeMs ?? 60_000);
    probe.unref();
  }

  return {
    bot,
    channel: 'telegram',
    link() {
      if (halting) return { connected: false, problem: 'disconnected' };
      if (refused) return { connected: false, problem: 'unauthorized' };
      if (problem) return { connected: false, problem };
      if (pollingSince !== undefined && Date.now() - pollingSince > POLL_STUCK_MS) return { connected: false, problem: 'unreachable' };
      return { connected: true };
    },
    intakeStats: () => ({ ...intake.stats(), parked: parked.length }),
    send: sendTo,
    async takeUpdate(update) {
      if (!receiving) throw new NotReceivingError(update.update_id);
      const id = String(update.update_id);
      const committed = new Promise<void>((resolve, reject) => {
        const list = waiting.get(id) ?? [];
        list.push({ resolve, reject });
        waiting.set(id, list);
      });
      committed.catch(() => undefined); // a request that stopped waiting (timed out) leaves no unhandled rejection
      await bot.handleUpdate(update);
      if (!inIntake.has(id)) settle([id]); // not a person's message (the desk's, refused, staff): its handler finished
      return committed;
    },
    async start() {
      await bot.init();
      problem = undefined;
      if (!config.webhook) await bot.api.deleteWebhook(); // polling: a webhook left by webhook mode would refuse getUpdates (409)
      const { locales } = hotline;
      const menu = (lang: string) => MENU_COMMANDS.map((command) => ({ command, description: locales.t(lang, `command-${command}`) }));
      const menus = [
        bot.api.setMyCommands(menu(locales.languages[0]!)), // for languages we do not speak: the deployment's first
        ...locales.languages.map((lang) => bot.api.setMyCommands(menu(lang), { language_code: lang as LanguageCode })),
      ];
      await Promise.all(menus).catch((err) => logger.warn({ err }, 'could not set the command menu'));
      // What a killed process or a Redis outage left in the journal, before anything new.
      if (journal) {
        parked.push(...(await journal.load()).map((e) => ({ ...e, ref: {} })));
        nextSeq = parked.length;
      }
      store?.on('ready', onReady);
      replayParked();
      // Officers' updates a killed process had taken but not finished, in order, before anything new.
      for (const { record } of (await deskJournal?.load()) ?? []) {
        const id = record.update.update_id;
        replaying.add(id);
        await bot.handleUpdate(record.update as unknown as Update).catch((err: unknown) => logger.error({ err: errInfo(err), updateId: id }, 'a journalled desk update failed again'));
        replaying.delete(id);
        replayed.add(id);
        deskJournal!.done([deskUpdateId(record)]);
      }
      if (opts.cover) await applyCover(opts.cover, locales.languages).catch((err) => logger.warn({ err }, "could not set the bot's cover (name, description)"));
      if (config.webhook) {
        receiving = true;
        // Every process of a deployment sets the same webhook: the load balancer spreads the posts.
        await bot.api.setWebhook(config.webhook.url, { secret_token: config.webhook.secret, allowed_updates: [...ALLOWED_UPDATES] });
        logger.info({ bot: bot.botInfo.username, apiRoot: config.apiRoot }, 'telegram channel taking updates by webhook');
        return;
      }
      startPolling();
      logger.info({ bot: bot.botInfo.username, apiRoot: config.apiRoot }, 'telegram channel polling');
    },
    async stop() {
      halting = true;
      // Webhook mode: new posts are refused (503: Telegram sends them again, to this or another process). The
      // webhook stays set: the other processes go on taking updates.
      receiving = false;
      clearTimeout(probe);
      if (runner?.isRunning()) await runner.stop();
      stopped = true;
      store?.off('ready', onReady);
      // What runs finishes (its replies go out); what waits stays in the journal for the next start.
      await intake.stop();
      // What still waits (parked in an outage) is in the journal: its requests are answered 503 and come again.
      for (const [id, list] of waiting) for (const w of list) w.reject(new NotReceivingError(Number(id)));
      waiting.clear();
      inIntake.clear();
      await journal?.close();
      await deskJournal?.close();
    },
  };
}
