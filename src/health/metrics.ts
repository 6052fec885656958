/**
 * The hotline's Prometheus metrics (`/metrics`, prom-client). No label carries personal data: labels are
 * channel names, urgencies and fixed states only, never a chat id, a person or a case id.
 *
 * - Recorded in this process: messages in and out by channel, reply latency (from the moment a message is
 *   taken in until the channel took its reply), danger to queue (from the moment a message with danger
 *   words is taken in until its case is in the queue: the core's commit returned with the case's urgency).
 * - Read from Redis when scraped, at most once per `cacheMs` (a scrape must not hammer Redis): open cases
 *   by urgency, age of the oldest unclaimed critical case, desk backlog, outbox depth, Redis memory margin.
 * - Each channel's state (1 connected, 0 not), from the channel watch, and the process's own (CPU, memory,
 *   event loop: prom-client's defaults).
 */
import type { RedisClient as Redis } from '../redis/redis-client.js';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { QUEUE_SCORE_SHIFT, urgencyRank } from '../cases/case-model.js';
import type { PersonSender } from '../core/delivery.js';
import type { Hotline } from '../core/hotline.js';
import type { ChannelName, InboundMessage, OutboundMessage } from '../core/messages.js';
import type { Logger } from '../logger.js';
import type { Keys } from '../redis/keys.js';
import { readMemory } from '../redis/memory-watch.js';
import type { ChannelLink } from './channel-watch.js';

/** What channels tell the metrics when they take a message in (before it waits its turn in the intake). */
export interface IntakeObserver {
  takenIn(msg: Pick<InboundMessage, 'channel' | 'messageId'>, danger: boolean): void;
}

/** What happened to one webhook request (src/channels/telegram/webhook-route.ts). */
export type WebhookOutcome = 'taken' | 'forbidden' | 'malformed' | 'timeout' | 'unavailable';

export interface Metrics extends IntakeObserver {
  /** Whether this process holds the roles lease now (`hotline_roles_lease_held`). */
  rolesLeaseHeld(held: boolean): void;
  /** Counts a webhook request by outcome (`hotline_webhook_requests_total`). */
  webhookRequest(outcome: WebhookOutcome): void;
  readonly registry: Registry;
  /** The hotline with every message counted and timed. */
  instrumentHotline(hotline: Hotline): Hotline;
  /** A channel's sender with every message out counted and each reply's latency observed. */
  instrumentSender(sender: PersonSender): PersonSender;
  /** The exposition text: Redis-read gauges refreshed first (cached). */
  render(): Promise<string>;
  readonly contentType: string;
}

export interface MetricsOptions {
  redis: Redis;
  keys: Pick<Keys, 'queue' | 'case' | 'deskTodo' | 'deskParked' | 'outboxReady' | 'outboxLater'>;
  logger: Logger;
  /** The channels whose outbox depth is read. */
  channels: readonly ChannelName[];
  /** Each channel's connection now (the channel watch). */
  links?: () => Array<{ name: ChannelName } & ChannelLink>;
  /** Redis-read gauges are read at most this often, ms (default 5 s). */
  cacheMs?: number;
  /** Process metrics (CPU, memory, event loop); default true. */
  processMetrics?: boolean;
  clock?: () => number;
}

/** Taken-in records kept for latency, at most (the oldest go first: a merged message is never handled alone). */
const TAKEN_MAX = 10_000;
/** Unclaimed critical cases looked through for the oldest, at most (the queue is oldest first). */
const CRITICAL_SCAN = 200;

/** A scrape waits this long for Redis at most (a Redis that is down would hold it until ioredis gives up). */
const READ_TIMEOUT_MS = 2_000;

/** `promise`, or a rejection after `ms`. */
export function within<T>(ms: number, promise: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

const urgencies = Object.keys(urgencyRank) as Array<keyof typeof urgencyRank>;

export function createMetrics(opts: MetricsOptions): Metrics {
  const { redis, keys, logger } = opts;
  const clock = opts.clock ?? Date.now;
  const cacheMs = opts.cacheMs ?? 5_000;
  const registry = new Registry();
  if (opts.processMetrics ?? true) collectDefaultMetrics({ register: registry });
  const registers = [registry];

  const messagesIn = new Counter({ name: 'hotline_messages_in_total', help: 'Messages taken in from people, by channel.', labelNames: ['channel'], registers });
  const messagesOut = new Counter({ name: 'hotline_messages_out_total', help: 'Messages the channel took for people (replies and officers\' answers), by channel.', labelNames: ['channel'], registers });
  const replySeconds = new Histogram({
    name: 'hotline_reply_seconds', help: 'From a message taken in until the channel took its reply, seconds.', labelNames: ['channel'], registers,
    buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
  });
  const dangerSeconds = new Histogram({
    name: 'hotline_danger_to_queue_seconds', help: 'From a message with danger words taken in until its case is in the queue, seconds.', labelNames: ['channel'], registers,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
  });
  const openCases = new Gauge({ name: 'hotline_open_cases', help: 'Open cases in the queue, by urgency.', labelNames: ['urgency'], registers });
  const oldestCritical = new Gauge({ name: 'hotline_oldest_unclaimed_critical_seconds', help: 'Age of the oldest unclaimed critical case, seconds (0: none).', registers });
  const deskBacklog = new Gauge({ name: 'hotline_desk_backlog', help: 'Desk posts for the officers\' group: waiting for the rate limit, or parked after failing.', labelNames: ['state'], registers });
  const outboxLanes = new Gauge({ name: 'hotline_outbox_lanes', help: 'People with messages waiting in the outbox, by channel: ready to send, or waiting for a retry.', labelNames: ['channel', 'state'], registers });
  const memoryMargin = new Gauge({ name: 'hotline_redis_memory_margin_bytes', help: 'Redis memory left before its limit (maxmemory, else the machine\'s memory), bytes.', registers });
  const redisUp = new Gauge({ name: 'hotline_redis_up', help: '1 when the last read of the Redis gauges worked, else 0 (they keep their last values).', registers });
  const channelState = new Gauge({ name: 'hotline_channel_state', help: '1 when the channel is connected, else 0.', labelNames: ['channel'], registers });
  const rolesHeld = new Gauge({ name: 'hotline_roles_lease_held', help: '1 while this process holds the roles lease (it runs the desk worker, the linker, retention, the memory and channel watch), else 0.', registers });
  rolesHeld.set(0);
  const webhookRequests = new Counter({
    name: 'hotline_webhook_requests_total', registers, labelNames: ['outcome'],
    help: 'Telegram webhook requests, by outcome: taken (answered 200 after commit), forbidden (403, no or wrong secret), malformed (200, dropped), timeout (500 after WEBHOOK_ANSWER_MS), unavailable (503, not started or stopping).',
  });
  for (const channel of opts.channels) {
    messagesIn.inc({ channel }, 0);
    messagesOut.inc({ channel }, 0);
  }

  const taken = new Map<string, { at: number; danger: boolean }>();
  /** When the oldest unanswered message of each chat was taken in, until its reply is out. In memory only. */
  const awaiting = new Map<string, { at: number }>();
  const slot = (channel: string, id: string) => `${channel}\u0000${id}`;

  function takenIn(msg: Pick<InboundMessage, 'channel' | 'messageId'>, danger: boolean): void {
    messagesIn.inc({ channel: msg.channel });
    taken.set(slot(msg.channel, msg.messageId), { at: clock(), danger });
    if (taken.size > TAKEN_MAX) taken.delete(taken.keys().next().value!);
  }

  /** After the core handled a message: danger to queue, and the reply awaited. */
  function handled(msg: InboundMessage, start: number, danger: boolean, replies: OutboundMessage[]): void {
    const now = clock();
    if (danger && replies.some((r) => r.urgency)) dangerSeconds.observe({ channel: msg.channel }, (now - start) / 1000);
    if (replies.some((r) => !r.wipe)) {
      const chat = slot(msg.channel, msg.address);
      if (!awaiting.has(chat)) awaiting.set(chat, { at: start });
      if (awaiting.size > TAKEN_MAX) awaiting.delete(awaiting.keys().next().value!);
    }
  }

  const wordsOf = (m: InboundMessage) => (m.body.kind === 'text' ? m.body.text : m.body.kind === 'media' ? m.body.caption : undefined);

  function instrumentHotline(hotline: Hotline): Hotline {
    return {
      ...hotline,
      async handle(msg) {
        const key = slot(msg.channel, msg.messageId);
        const record = taken.get(key);
        if (!record) messagesIn.inc({ channel: msg.channel }); // replayed from the journal, or a channel that does not tell
        const start = record?.at ?? clock();
        const words = wordsOf(msg);
        const danger = record?.danger ?? (!!words && hotline.saysDanger(words));
        const replies = await hotline.handle(msg);
        taken.delete(key);
        handled(msg, start, danger, replies);
        return replies;
      },
      // The console's: its replies are written at once, no outbox.
      async receive(message) {
        const start = clock();
        const replies = await hotline.receive(message);
        const m = message as Partial<InboundMessage>;
        if (m.channel === 'console') {
          messagesIn.inc({ channel: 'console' });
          const words = m.body ? wordsOf(m as InboundMessage) : undefined;
          if (words && hotline.saysDanger(words) && replies.some((r) => r.urgency)) dangerSeconds.observe({ channel: 'console' }, (clock() - start) / 1000);
          const shown = replies.filter((r) => !r.wipe).length;
          if (shown) {
            messagesOut.inc({ channel: 'console' }, shown);
            replySeconds.observe({ channel: 'console' }, (clock() - start) / 1000);
          }
        }
        return replies;
      },
    };
  }

  function instrumentSender(sender: PersonSender): PersonSender {
    return {
      channel: sender.channel,
      async send(address, messages, o) {
        const result = await sender.send(address, messages, o);
        if (result === 'sent') {
          const count = messages.slice(o?.done ?? 0).filter((m) => !m.wipe).length;
          if (count) messagesOut.inc({ channel: sender.channel }, count);
          const chat = slot(sender.channel, address);
          const waiting = o?.reply ? awaiting.get(chat) : undefined;
          if (waiting) {
            awaiting.delete(chat);
            replySeconds.observe({ channel: sender.channel }, (clock() - waiting.at) / 1000);
          }
        }
        return result;
      },
    };
  }

  let readAt = -Infinity;
  let reading: Promise<void> | undefined;
  async function readRedis(): Promise<void> {
    const now = clock();
    const p = redis.pipeline();
    for (const u of urgencies) p.zcount(keys.queue, urgencyRank[u] * QUEUE_SCORE_SHIFT, `(${(urgencyRank[u] + 1) * QUEUE_SCORE_SHIFT}`);
    p.zrangebyscore(keys.queue, 0, `(${QUEUE_SCORE_SHIFT}`, 'WITHSCORES', 'LIMIT', 0, CRITICAL_SCAN);
    p.zcard(keys.deskTodo);
    p.zcard(keys.deskParked);
    for (const channel of opts.channels) p.zcard(keys.outboxReady(channel)).zcard(keys.outboxLater(channel));
    const results = (await p.exec()) ?? [];
    const value = (i: number) => {
      const [err, v] = results[i] ?? [new Error('no reply')];
      if (err) throw err;
      return v;
    };
    let i = 0;
    for (const u of urgencies) openCases.set({ urgency: u }, Number(value(i++)));
    const critical = value(i++) as string[];
    deskBacklog.set({ state: 'waiting' }, Number(value(i++)));
    deskBacklog.set({ state: 'parked' }, Number(value(i++)));
    for (const channel of opts.channels) {
      outboxLanes.set({ channel, state: 'ready' }, Number(value(i++)));
      outboxLanes.set({ channel, state: 'later' }, Number(value(i++)));
    }
    // The queue is oldest first within an urgency: the first critical case nobody claimed.
    let oldest = 0;
    if (critical.length) {
      const claims = redis.pipeline();
      for (let j = 0; j < critical.length; j += 2) claims.hget(keys.case(critical[j]!), 'claimedBy');
      const owners = (await claims.exec()) ?? [];
      for (let j = 0; j < owners.length; j++) {
        if (!owners[j]?.[1]) {
          oldest = Math.max(0, (now - Number(critical[2 * j + 1])) / 1000);
          break;
        }
      }
    }
    oldestCritical.set(oldest);
    const memory = await readMemory(redis);
    if (memory.limit > 0) memoryMargin.set(memory.limit - memory.used);
    redisUp.set(1);
  }

  async function refresh(): Promise<void> {
    if (clock() - readAt < cacheMs) return;
    reading ??= within(READ_TIMEOUT_MS, readRedis())
      .then(() => { readAt = clock(); })
      .catch((err: unknown) => {
        redisUp.set(0);
        readAt = clock(); // a Redis that is down is not asked again at every scrape either
        logger.warn({ err: err instanceof Error ? { name: err.name, message: err.message } : err }, 'metrics: Redis gauges not read');
      })
      .finally(() => (reading = undefined));
    await reading;
  }

  return {
    registry,
    takenIn,
    rolesLeaseHeld: (held) => rolesHeld.set(held ? 1 : 0),
    webhookRequest: (outcome) => webhookRequests.inc({ outcome }),
    instrumentHotline,
    instrumentSender,
    contentType: registry.contentType,
    async render() {
      await refresh();
      for (const link of opts.links?.() ?? []) channelState.set({ channel: link.name }, link.connected ? 1 : 0);
      return registry.metrics();
    },
  };
}
