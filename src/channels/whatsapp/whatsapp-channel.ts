/**
 * The WhatsApp channel: a Baileys connection of the embassy's linked number, with its auth state in Redis,
 * the hotline core behind it and paced replies in front of it. Also the `PersonSender` through which the
 * officer desk relays answers to a person on WhatsApp.
 *
 * Inbound: both `notify` and `append` upserts (messages that arrived while we were away) are processed, in
 * order per chat; the core drops a message id it has already processed, so re-deliveries change nothing.
 * Groups, status updates, our own messages, protocol messages, reactions, edits and undecryptable messages
 * are ignored (debug log with the message id only). The person's address is resolved to one per person
 * (phone-number and LID forms, see identity.ts). Read receipts go out only after the core has processed a
 * message, so a blue tick means "the embassy has it" (WHATSAPP_READ_RECEIPTS=false turns them off).
 *
 * Each message is written to the journal (when given, src/core/journal.ts) before it is handled, and marked
 * done once the core committed it; what is not done is replayed at start and whenever Redis is ready again.
 * While Redis is down nothing is processed: the person hears once per outage that their message arrived
 * (sent directly: the outbox and the trail are in Redis), and what they sent waits until Redis is back.
 *
 * What stays on the person's phone: the hotline can delete only its own messages there ("delete for
 * everyone", which leaves "This message was deleted"), never the person's. So when a person first writes,
 * the chat's disappearing-messages timer is set to 24 hours (WhatsApp's shortest), and every message the
 * hotline sends carries it: then the person's own words go from their phone after a day too. The price is
 * one system line in the chat ("… turned on disappearing messages"), which names no one. The hotline's
 * own messages are revoked after CHAT_ERASE_MINUTES, as soon as they are answered (transient screens), or
 * at once on a wipe (src/core/trail.ts).
 */
import { isHostedPnUser, isPnUser, toNumber, type BaileysEventMap, type WAMessage } from 'baileys';
import type { RedisClient as Redis } from '../../redis/redis-client.js';
import { ChannelUnavailableError, type PersonSender, type SendOptions, type SendResult } from '../../core/delivery.js';
import type { Hotline } from '../../core/hotline.js';
import { createLimiter } from '../../core/limiter.js';
import type { Journal } from '../../core/journal.js';
import { InboundMessage, type OutboundMessage } from '../../core/messages.js';
import type { Outbox } from '../../core/outbox.js';
import type { Sealer } from '../../core/sealed.js';
import { handleUnlessDown, isConnectionError, StoreDownError } from '../../core/store-down.js';
import type { SentMessage, Trail, TrailRef } from '../../core/trail.js';
import type { ChannelLink } from '../../health/channel-watch.js';
import type { IntakeObserver } from '../../health/metrics.js';
import { createLibraryLogger, type Logger } from '../../logger.js';
import type { Keys } from '../../redis/keys.js';
import { loadRedisAuthState, type RedisAuthState } from './auth-store.js';
import { decideOnClose, statusCodeOf, type BackoffOptions } from './connection.js';
import { createIdentityResolver } from './identity.js';
import { createPacer } from './pacer.js';
import { createBaileysSocket, type SocketFactory, type WhatsAppSocket } from './socket.js';
import { readMessage, renderText } from './translate.js';

/** The `whatsapp` part of the hotline's config. */
export interface WhatsAppConfig {
  /** Names the stored auth state (`<p>wa:auth:<session>`), one per linked number. */
  session: string;
  /** Least time between two messages to one chat, ms. */
  chatIntervalMs: number;
  /** Messages per second over all chats. */
  sendsPerSecond: number;
  /** Send read receipts once a message is processed. */
  readReceipts: boolean;
  /** Messages processed at once; danger messages never wait. */
  maxInFlight: number;
  /** Longest wait between reconnect attempts, seconds. */
  reconnectMaxSeconds: number;
  /** Level of Baileys' own logs, which can contain phone numbers: keep `silent` outside debugging. */
  libraryLogLevel: string;
}

export type WhatsAppStatus = 'idle' | 'unlinked' | 'connecting' | 'open' | 'closed' | 'logged-out' | 'replaced' | 'stopped';

export interface WhatsAppChannelOptions {
  config: WhatsAppConfig;
  logger: Logger;
  hotline: Hotline;
  /** Records what is in each person's chat and deletes it (auto-delete, transient screens, wipe); none: nothing is deleted. */
  trail?: Trail;
  redis: Redis;
  keys: Pick<Keys, 'waAuth' | 'waJid'>;
  sealer: Sealer;
  /** Where replies wait until WhatsApp took them (src/core/outbox.ts); none: they go straight to the pacer. */
  outbox?: Outbox;
  /** Makes the socket; default a real Baileys socket. */
  makeSocket?: SocketFactory;
  /** Reconnect backoff (default 1 s doubling up to reconnectMaxSeconds). */
  backoff?: Partial<BackoffOptions>;
  /** Where each message is kept until the core committed it (replayed at start and when Redis is back). */
  journal?: Journal;
  /** A message not committed this long while Redis is not ready gets the "arrived" notice, in ms (default 2500). */
  outageNoticeMs?: number;
  /** Told of each person's message as it is taken in (metrics: counts, latencies). */
  intake?: IntakeObserver;
}

/** A message taken in: `live` for one that came on a socket now (not replayed from the journal). */
interface Entry {
  msg: InboundMessage;
  danger: boolean;
  live?: { sock: WhatsAppSocket; raw: WAMessage; jid: string; altJid?: string };
}

export interface WhatsAppChannel extends PersonSender {
  /** Loads the auth state and connects; logs and stays idle when the number is not linked yet. */
  start(): Promise<void>;
  /** Stops taking messages, lets replies in flight go out (a few seconds at most), closes the connection. */
  stop(): Promise<void>;
  readonly status: WhatsAppStatus;
  /** Whether the linked number is connected now, and why not (src/health/channel-watch.ts). */
  link(): ChannelLink;
  /** Replies and relayed answers waiting for pacing or the connection. */
  readonly pendingSends: number;
  /** Resolves when every message received so far has been processed (tests, benchmark). */
  idle(): Promise<void>;
  /** Resolves when, besides, their replies went out and what is in each chat is recorded (src/core/trail.ts). */
  settled(): Promise<void>;
}

/** The chat's disappearing-messages timer: 24 hours, WhatsApp's shortest, in seconds. */
export const DISAPPEARING_SECONDS = 24 * 3600;
/** WhatsApp lets the sender delete a message for everyone for about two and a half days. */
const REVOKE_LIMIT_MS = 60 * 3600_000;

const errInfo = (err: unknown) =>
  err instanceof Error ? { name: err.name, message: err.message, statusCode: statusCodeOf(err) } : { message: String(err) };

export function createWhatsAppChannel(opts: WhatsAppChannelOptions): WhatsAppChannel {
  const { config, logger, hotline, redis, keys, sealer } = opts;
  const log = logger.child({ channel: 'whatsapp' });
  const libLogger = createLibraryLogger(logger, { module: 'baileys', level: config.libraryLogLevel });
  const makeSocket = opts.makeSocket ?? createBaileysSocket;
  const backoff: BackoffOptions = { baseMs: 1000, maxMs: config.reconnectMaxSeconds * 1000, ...opts.backoff };
  const pacer = createPacer({ chatIntervalMs: config.chatIntervalMs, perSecond: config.sendsPerSecond, logger: log });
  const slots = createLimiter(config.maxInFlight);

  let status: WhatsAppStatus = 'idle';
  let auth: RedisAuthState | undefined;
  let current: WhatsAppSocket | undefined;
  let failedAttempts = 0;
  /** Why the connection last closed while it reconnects (Baileys' reason, e.g. `forbidden`: restricted or banned). */
  let lastClose: string | undefined;
  let reconnectTimer: NodeJS.Timeout | undefined;
  let stopping = false;

  const identity = createIdentityResolver({
    redis, keys, sealer,
    pnForLid: (lid) => current?.signalRepository?.lidMapping.getPNForLID(lid) ?? Promise.resolve(null),
  });

  // Per-chat chains keep one chat's messages in order; `inFlight` lets stop() and idle() wait for them.
  const chains = new Map<string, Promise<void>>();
  const inFlight = new Set<Promise<void>>();
  // Ids this process has already handled: a re-delivery in the same process gets no second reply.
  const handled = new Set<string>();
  const HANDLED_MAX = 10_000;

  /** The socket, when it can send now. */
  const openSocket = () => {
    const sock = current;
    if (!sock || status !== 'open') throw new ChannelUnavailableError('whatsapp', status);
    return sock;
  };

  /** Sends one message; resolves with what it put in the chat, for the trail. */
  const sendText = (jid: string, out: OutboundMessage) => async (): Promise<SentMessage | undefined> => {
    const m = await openSocket().sendMessage(jid, { text: renderText(out), linkPreview: null }, { ephemeralExpiration: DISAPPEARING_SECONDS });
    const id = m?.key?.id;
    const at = m?.messageTimestamp ? toNumber(m.messageTimestamp) * 1000 : Date.now();
    return id ? { ref: id, at, transient: out.transient, keep: out.keep } : undefined;
  };

  // Trail work for a chat runs in order, after the sends it records (the pacer keeps sends in order).
  const trailChains = new Map<string, Promise<void>>();
  const trailWork = new Set<Promise<void>>();
  function afterSends(address: string, work: () => Promise<void>) {
    const next = (trailChains.get(address) ?? Promise.resolve()).then(work).catch((err: unknown) => {
      log.warn({ err: errInfo(err) }, 'chat trail not recorded');
    });
    trailChains.set(address, next);
    trailWork.add(next);
    void next.then(() => {
      trailWork.delete(next);
      if (trailChains.get(address) === next) trailChains.delete(address);
    });
  }

  /**
   * Revokes the hotline's own messages ("delete for everyone"), paced like sends; the person's own
   * messages cannot be deleted by anyone else on WhatsApp, so they are skipped.
   */
  async function erase(address: string, refs: TrailRef[]): Promise<{ refused: TrailRef[] }> {
    const mine = refs.filter((r) => r.side !== 'person');
    await Promise.all(mine.map((r) => pacer.enqueue(address, async () => {
      await openSocket().sendMessage(address, { delete: { remoteJid: address, fromMe: true, id: r.ref } });
    }, { failWhenDisconnected: true })));
    return { refused: [] };
  }
  opts.trail?.register('whatsapp', { erase, deleteLimitMs: REVOKE_LIMIT_MS });

  /** Chats whose disappearing timer this process knows is set. */
  const disappearing = new Set<string>();
  async function ensureDisappearing(address: string) {
    if (!opts.trail || disappearing.has(address)) return;
    if (disappearing.size >= HANDLED_MAX) disappearing.clear();
    disappearing.add(address);
    if (!(await opts.trail.once('whatsapp', address, 'disappearing'))) return;
    // Before the first reply, so that it disappears too.
    pacer.enqueue(address, async () => {
      await openSocket().sendMessage(address, { disappearingMessagesInChat: DISAPPEARING_SECONDS });
    }).catch((err: unknown) => log.warn({ err: errInfo(err) }, 'disappearing messages not turned on'));
  }

  function reply(address: string, replies: OutboundMessage[], messageId: string, person?: { ref: string; at: number }, answered = true, rank = 2) {
    const { outbox } = opts;
    if (outbox && replies.length > 0) {
      // Through the outbox: written ahead, sent at once when the person's lane is free; the trail is recorded by send().
      afterSends(address, async () => {
        await outbox.send({ channel: 'whatsapp', address, messages: replies, rank, reply: { person, answered } });
      });
      return;
    }
    const sends = replies.map((out) =>
      out.wipe
        ? undefined
        : pacer.enqueue(address, sendText(address, out)).catch((err: unknown) => {
            log.error({ err: errInfo(err), messageId }, 'reply not sent after retries');
            return undefined;
          }),
    );
    const { trail } = opts;
    if (!trail) return;
    afterSends(address, async () => {
      const sent: SentMessage[] = [];
      let own = person;
      for (const [i, out] of replies.entries()) {
        if (out.wipe) {
          // Nothing is shown: the hotline's messages turn into "This message was deleted".
          await trail.wipe('whatsapp', address, own ? [{ side: 'person', ref: own.ref }] : []);
          own = undefined;
          continue;
        }
        const m = await sends[i];
        if (m) sent.push(m);
      }
      await trail.settle('whatsapp', address, { person: own, sent, answered });
    });
  }

  const { journal } = opts;
  const storeUp = () => redis.status === 'ready';
  /** Messages that met a Redis outage: they wait (in the journal too) until Redis is ready again. */
  let parked: Entry[] = [];
  /** Chats told in this outage that their message arrived: once per outage. */
  const told = new Set<string>();

  /** Runs `entry` after what its chat already has in line (`chat`: its address as journalled). */
  function schedule(chat: string, entry: Entry, durable?: Promise<void>) {
    const previous = chains.get(chat) ?? Promise.resolve();
    const work = previous
      .then(async () => {
        await durable?.catch((err: unknown) => log.error({ err: errInfo(err), messageId: entry.msg.messageId }, 'journal write failed: the message is processed, but a crash now would lose it'));
        await handleEntry(entry);
      })
      .catch((err: unknown) => {
        log.error({ err: errInfo(err), messageId: entry.msg.messageId }, 'error while handling a WhatsApp message');
      });
    chains.set(chat, work);
    inFlight.add(work);
    void work.then(() => {
      inFlight.delete(work);
      if (chains.get(chat) === work) chains.delete(chat);
    });
  }

  /** One message through the core (src/core/store-down.ts): Redis down, StoreDownError; else a few retries, then "not saved". */
  const handleOne = (msg: InboundMessage) => handleUnlessDown({ hotline, storeUp, logger: log, describe: errInfo }, msg, hotline.locales.languages[0]!);

  /** The person's address for good (Redis: the JID records of identity.ts). Redis down: StoreDownError. */
  async function resolve(entry: Entry): Promise<string> {
    if (!storeUp()) throw new StoreDownError('redis is not ready');
    try {
      // A live message: both JIDs it came with; a replayed one: the address it was journalled under.
      return await (entry.live ? identity.canonical(entry.live.jid, entry.live.altJid) : identity.canonical(entry.msg.address));
    } catch (err) {
      if (!storeUp() || isConnectionError(err)) throw new StoreDownError('redis is not reachable', { cause: err });
      throw err;
    }
  }

  /** Processes one message and answers it; while Redis is down, parks it. */
  async function handleEntry(entry: Entry): Promise<void> {
    const { msg } = entry;
    if (!storeUp()) return park(entry);
    // Redis went away under us: say it arrived within seconds, not after ioredis gives up.
    const notice = setTimeout(() => { if (!storeUp()) void tellArrived(entry); }, opts.outageNoticeMs ?? 2500);
    const release = entry.danger ? undefined : await slots.acquire();
    let address: string;
    let replies: OutboundMessage[];
    try {
      address = await resolve(entry);
      replies = await handleOne({ ...msg, address });
    } catch (err) {
      if (!(err instanceof StoreDownError)) throw err;
      return park(entry);
    } finally {
      release?.();
      clearTimeout(notice);
    }
    journal?.done([msg.messageId]);
    if (handled.size >= HANDLED_MAX) handled.delete(handled.values().next().value!);
    handled.add(msg.messageId);
    const edit = msg.body.kind === 'text' && msg.body.edited; // its id is the edit's, not the message's
    // The edited message was read already.
    const { live } = entry;
    if (live && config.readReceipts && !edit && live.sock === current && status === 'open') {
      live.sock.readMessages([live.raw.key]).catch((err: unknown) => log.debug({ err: errInfo(err), messageId: msg.messageId }, 'read receipt not sent'));
    }
    await ensureDisappearing(address).catch((err: unknown) => log.warn({ err: errInfo(err) }, 'disappearing messages not checked'));
    const moved = msg.body.kind === 'location' && msg.body.moved;
    const urgency = replies.find((r) => r.urgency)?.urgency;
    const rank = entry.danger || urgency === 'critical' ? 0 : urgency === 'high' ? 1 : 2; // danger words, or a critical case: first
    reply(address, replies, msg.messageId, msg.chatRef ? { ref: msg.chatRef, at: msg.at } : undefined, !edit && !moved, rank);
  }

  /** Keeps a message for when Redis is back, and tells the person once that it arrived. */
  function park(entry: Entry): void {
    parked.push(entry);
    void tellArrived(entry);
    // Parked on an error while the client still says ready: try again shortly rather than wait for an event.
    if (storeUp()) setTimeout(replayParked, 1000).unref();
  }

  async function tellArrived(entry: Entry): Promise<void> {
    const { address } = entry.msg;
    if (told.has(address) || stopping) return;
    told.add(address);
    // Sent only: the outbox and the trail are in Redis, which is down. The words are neutral: a guard may read them.
    await pacer.enqueue(address, sendText(address, { text: hotline.locales.t(hotline.locales.languages[0]!, 'intake-arrived') }), { rank: 0 })
      .catch((err: unknown) => log.warn({ err: errInfo(err) }, 'could not send the arrival notice'));
  }

  function replayParked(): void {
    if (stopping || !storeUp() || parked.length === 0) return;
    const entries = parked;
    parked = [];
    log.info({ messages: entries.length }, 'redis is ready: processing the messages that waited');
    for (const e of entries) schedule(e.msg.address, e);
  }
  const onReady = () => {
    told.clear();
    replayParked();
  };

  function onUpsert(sock: WhatsAppSocket, upsert: BaileysEventMap['messages.upsert']) {
    if (stopping) return;
    for (const raw of upsert.messages) {
      let read;
      try {
        read = readMessage(raw);
      } catch (err) {
        log.warn({ err: errInfo(err), messageId: raw?.key?.id }, 'whatsapp message not readable; ignored');
        continue;
      }
      if (read.kind === 'ignore') {
        log.debug({ messageId: read.messageId, reason: read.reason, upsert: upsert.type }, 'whatsapp message ignored');
        continue;
      }
      const msg = read.message;
      if (handled.has(msg.messageId)) {
        log.debug({ messageId: msg.messageId }, 'message already handled by this process');
        continue;
      }
      // Journalled under the address known without Redis; the person's address for good is resolved when it is processed.
      const address = identity.guess(msg.jid, msg.altJid);
      const edit = msg.body.kind === 'text' && msg.body.edited;
      const parsed = InboundMessage.safeParse({
        channel: 'whatsapp', address, messageId: msg.messageId, at: msg.at, body: msg.body, ...(edit ? {} : { chatRef: msg.messageId }),
      });
      if (!parsed.success) {
        log.warn({ messageId: msg.messageId, issues: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.code}`) }, 'inbound message rejected by schema');
        continue;
      }
      const inbound = parsed.data;
      const words = msg.body.kind === 'text' ? msg.body.text : msg.body.kind === 'media' ? msg.body.caption : undefined;
      const danger = !!words && hotline.saysDanger(words);
      opts.intake?.takenIn(inbound, danger);
      let kept: ReturnType<Journal['add']> | undefined;
      try {
        kept = journal?.add(inbound, danger);
      } catch (err) {
        log.error({ err: errInfo(err), messageId: msg.messageId }, 'journal write failed: the message is processed, but a crash now would lose it');
      }
      if (kept && !kept.fresh) continue; // delivered again while it still waits: it is in line already
      schedule(address, { msg: inbound, danger, live: { sock, raw, jid: msg.jid, altJid: msg.altJid } }, kept?.durable);
    }
  }

  function onConnectionUpdate(sock: WhatsAppSocket, update: BaileysEventMap['connection.update']) {
    if (sock !== current) return; // an old socket's last words
    if (update.qr) {
      // A linked session never asks for a QR: the stored state is not (or no longer) linked.
      status = 'unlinked';
      current = undefined;
      pacer.pause();
      log.error('WhatsApp asks for this device to be linked: run `npm run whatsapp:link`, then restart');
      sock.end(undefined);
      return;
    }
    if (update.connection === 'connecting') status = 'connecting';
    if (update.connection === 'open') {
      status = 'open';
      lastClose = undefined;
      failedAttempts = 0;
      pacer.resume();
      log.info({ pendingSends: pacer.pending }, 'whatsapp connected');
    }
    if (update.connection === 'close') {
      current = undefined;
      pacer.pause();
      if (stopping) return;
      const statusCode = statusCodeOf(update.lastDisconnect?.error);
      const decision = decideOnClose(statusCode, failedAttempts++, backoff);
      if (decision.action === 'stop') {
        status = decision.reason;
        log.error({ statusCode, pendingSends: pacer.pending }, decision.message);
        return;
      }
      status = 'closed';
      lastClose = decision.reason;
      const level = decision.delayMs === 0 ? 'info' : 'warn';
      log[level]({ statusCode, reason: decision.reason, delayMs: decision.delayMs, attempt: failedAttempts, pendingSends: pacer.pending }, 'whatsapp connection closed; reconnecting');
      if (decision.hint && failedAttempts >= 3) log.error({ statusCode, attempt: failedAttempts }, decision.hint);
      reconnectTimer = setTimeout(connect, decision.delayMs);
    }
  }

  function connect() {
    reconnectTimer = undefined;
    if (stopping || !auth) return;
    status = 'connecting';
    let sock: WhatsAppSocket;
    try {
      sock = makeSocket({ auth: auth.state, logger: libLogger });
    } catch (err) {
      log.error({ err: errInfo(err) }, 'could not create the WhatsApp socket; retrying');
      reconnectTimer = setTimeout(connect, backoff.maxMs);
      return;
    }
    current = sock;
    const saving = auth;
    sock.ev.on('creds.update', () => void saving.saveCreds().catch((err: unknown) => log.error({ err: errInfo(err) }, 'whatsapp credentials not saved')));
    sock.ev.on('connection.update', (update) => onConnectionUpdate(sock, update));
    sock.ev.on('messages.upsert', (upsert) => onUpsert(sock, upsert));
  }

  return {
    channel: 'whatsapp',
    get status() {
      return status;
    },
    link(): ChannelLink {
      if (status === 'open') return { connected: true };
      if (status === 'logged-out' || status === 'replaced' || status === 'unlinked') return { connected: false, problem: status };
      return { connected: false, problem: lastClose === 'forbidden' ? 'forbidden' : 'disconnected' };
    },
    get pendingSends() {
      return pacer.pending;
    },
    async start() {
      // What a killed process or a Redis outage left in the journal, before anything new (linked or not).
      if (journal) parked.push(...(await journal.load()).map((e) => ({ msg: e.msg, danger: e.danger })));
      redis.on('ready', onReady);
      replayParked();
      auth = await loadRedisAuthState({ redis, key: keys.waAuth(config.session), sealer });
      if (!auth.state.creds.registered) {
        status = 'unlinked';
        log.error({ session: config.session }, 'WhatsApp is enabled but no number is linked: run `npm run whatsapp:link`, then restart');
        return;
      }
      connect();
    },
    async stop() {
      stopping = true;
      redis.off('ready', onReady);
      clearTimeout(reconnectTimer);
      await Promise.allSettled([...inFlight]);
      // What runs finished; what waits stays in the journal for the next start.
      await journal?.close();
      const unsent = await pacer.drain(5_000);
      await Promise.allSettled([...trailWork]);
      if (unsent > 0) log.warn({ unsent }, 'whatsapp replies left unsent at shutdown');
      const sock = current;
      current = undefined;
      status = 'stopped';
      await Promise.resolve(sock?.end(undefined)).catch(() => undefined);
    },
    async idle() {
      while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
    },
    async settled() {
      while (inFlight.size > 0 || trailWork.size > 0) await Promise.allSettled([...inFlight, ...trailWork]);
    },
    async send(address: string, messages: OutboundMessage[], o: SendOptions = {}): Promise<SendResult> {
      const sock = current;
      if (!sock || status !== 'open') throw new ChannelUnavailableError('whatsapp', status);
      // Someone who just wrote is on WhatsApp; an answer sent later first checks that the number still is.
      if (!o.reply && (isPnUser(address) || isHostedPnUser(address))) {
        let found;
        try {
          found = await sock.onWhatsApp(address);
        } catch (err) {
          throw new ChannelUnavailableError('whatsapp', `number lookup failed: ${errInfo(err).message}`);
        }
        if (found && !found.some((f) => f.exists)) return 'gone';
      }
      const sent: SentMessage[] = [...(o.sentBefore ?? [])];
      let person = o.reply?.person;
      // What did go out is in the chat: it is deleted like the rest.
      const settle = async () => {
        if (opts.trail && (sent.length > 0 || o.reply)) await opts.trail.settle('whatsapp', address, { person, sent, answered: o.reply?.answered ?? false }).catch((err: unknown) => log.warn({ err: errInfo(err) }, 'chat trail not recorded'));
      };
      for (let i = o.done ?? 0; i < messages.length; i++) {
        const out = messages[i]!;
        try {
          if (out.wipe) {
            // Nothing is shown: the hotline's messages turn into "This message was deleted".
            await opts.trail?.wipe('whatsapp', address, person ? [{ side: 'person', ref: person.ref }] : []);
            person = undefined;
          } else {
            const m = await pacer.enqueue(address, sendText(address, out), { failWhenDisconnected: true, rank: o.rank });
            if (m) sent.push(m);
          }
        } catch (err) {
          if (!o.progress) await settle(); // sent directly: no later attempt will record them
          throw err;
        }
        await o.progress?.(i + 1, sent);
      }
      await settle();
      return 'sent';
    },
  };
}
