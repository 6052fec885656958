/**
 * The outbox: every message to a person (the replies to their messages, the officers' answers and
 * notices) is a Redis entry until the channel has taken it, so that none is lost to a 502, a long 429, a
 * network outage or a restart. Keys (docs/redis-layout.md): an entry hash per batch (sealed: texts are
 * personal data), a lane per person (entry ids in order: one person's messages go strictly in order), and
 * per channel the lanes ready to send (scored by priority, then age: critical first), the lanes waiting
 * (a retry's due time, or the lease of the process sending them) and each lane's best priority.
 *
 * A sender loop per channel leases the most urgent ready lanes, sends each lane's entries through the
 * channel's {@link PersonSender} and removes an entry only after the channel took it. What the channel
 * says decides what happens next:
 * - a `retry_after` (Telegram 429): the lane waits that long, however long, and is never dropped;
 * - a network error, a 5xx, a disconnected channel: it waits 1, 2, 4 … seconds, capped (`retryMaxMs`);
 * - gone (blocked, deactivated, chat not found, not on WhatsApp): the lane is dropped, the person's
 *   conversation marked `g`, each case whose answers were dropped marked unreachable with a `case.reply`
 *   `gone` event; a message from the person clears both (the commit script);
 * - refused for good (a 400 about the message): the entry is dropped and logged (`case.reply` `refused`
 *   for an officer's answer), so that it never blocks the lane.
 * A process that dies mid-send leaves its lane leased; the lease runs out and another process sends it.
 * The one window left: a kill after the channel accepted a message and before the entry is removed (or,
 * for a batch, its progress recorded) sends that message again.
 *
 * Latency: a reply is written ahead and, when the person's lane is free, leased to the caller in the same
 * call, then sent at once; the loop is woken on enqueue and polls only for other processes' work.
 */
import { randomUUID } from 'node:crypto';
import type { RedisClient as Redis } from '../redis/redis-client.js';
import { z } from 'zod';
import { QUEUE_SCORE_SHIFT } from '../cases/case-model.js';
import type { Logger } from '../logger.js';
import type { Keys } from '../redis/keys.js';
import { outboxDone, outboxGone, outboxPut, outboxRetry, outboxTake, relayHandOver } from '../redis/scripts.js';
import { ChannelUnavailableError, SendRefusedError, type PersonSender, type ReplyContext } from './delivery.js';
import type { ChannelName, OutboundMessage } from './messages.js';
import type { Sealer } from './sealed.js';

/** One batch of messages to one person. */
export interface OutboxItem {
  channel: ChannelName;
  /** The channel's address of the person (sealed in the entry). */
  address: string;
  messages: OutboundMessage[];
  /** 0 critical, 1 high, 2 normal: the person's case urgency, or critical for a reply to danger words. */
  rank: number;
  /** Set for a reply to the person's message (the chat's trail needs it). */
  reply?: ReplyContext;
}

/** An answer (or notice) the relay hands over, in order. */
export interface HandOverEntry {
  /** The entry id: the answer's own id, so that it is handed over once. */
  id: string;
  /** The held list's member it comes from; none for a notice. */
  item?: string;
  messages: OutboundMessage[];
  rank: number;
  /** Events to write once the channel took it (field lists without `at`). */
  events?: string[][];
}

/** What became of a person's lane: all sent, some still waiting (a retry, or another process has it), or gone. */
export type LaneResult = 'sent' | 'pending' | 'gone';

export interface Outbox {
  /**
   * A reply: written ahead, then sent at once when the person's lane is free (else it waits its turn in
   * the lane). If Redis cannot take it, it is sent directly, best effort.
   */
  send(item: OutboxItem): Promise<LaneResult>;
  /** Writes a batch for the sender loop. */
  enqueue(item: OutboxItem): Promise<void>;
  /**
   * Moves a case's held answers (or its notice) into the person's lane with the relay's bookkeeping
   * (src/redis/lua/relay-hand-over.lua): the number of entries written, or 'gone'.
   */
  handOver(h: { caseId: string; channel: ChannelName; address: string; entries: HandOverEntry[]; announced: '' | '-' | number; released: string }): Promise<number | 'gone'>;
  /** Sends one person's lane now in this process when it is ready and its channel runs here. */
  flush(channel: ChannelName, personId: string): Promise<LaneResult>;
  /** Starts the sender loops of the channels registered so far (and later ones on their first wake). */
  start(): void;
  /** Stops the loops; lanes being sent finish their current entry and are handed back. */
  stop(): Promise<void>;
  /** Resolves once no lane of the running channels has entries (tests, benchmarks), or after `timeoutMs`. */
  idle(timeoutMs?: number): Promise<boolean>;
}

/** What an entry holds, sealed. */
const Payload = z.object({
  channel: z.string(),
  address: z.string().min(1),
  messages: z.array(z.custom<OutboundMessage>((m) => typeof m === 'object' && m !== null && typeof (m as { text?: unknown }).text === 'string')),
  reply: z.object({ pressed: z.number().optional(), person: z.object({ ref: z.string(), at: z.number() }).optional(), answered: z.boolean() }).optional(),
  rank: z.number().int().min(0).max(2),
});
type Payload = z.infer<typeof Payload>;

/** How far a batch got before a failure: messages done and what they put in the chat. */
const Progress = z.object({
  done: z.number().int().nonnegative(),
  sent: z.array(z.object({ ref: z.string(), at: z.number(), transient: z.boolean().optional(), keep: z.boolean().optional() })),
});

const LEASE_MS = 60_000; // a lane's sender must finish an entry within this, or another process takes it
const RETRY_BASE_MS = 1_000;

export function createOutbox(deps: {
  redis: Redis;
  keys: Keys;
  sealer: Sealer;
  logger: Logger;
  /** The channels this process sends through (read when sending: channels may register after). */
  senders: ReadonlyMap<ChannelName, PersonSender>;
  /** Longest wait between retries of a network error or 5xx, ms (OUTBOX_RETRY_MAX_SECONDS). */
  retryMaxMs?: number;
  /** Lanes sent at once per channel. */
  workers?: number;
  /** How often a loop looks for other processes' work when not woken, ms. */
  pollMs?: number;
  eventsMaxLen?: number;
  /** The time now, in ms (tests move it). */
  clock?: () => number;
}): Outbox {
  const { redis, keys, sealer, logger, senders } = deps;
  const clock = deps.clock ?? Date.now;
  const retryMaxMs = deps.retryMaxMs ?? 30_000;
  const workers = deps.workers ?? 16;
  const pollMs = deps.pollMs ?? 1_000;
  const maxLen = deps.eventsMaxLen ?? 1_000_000;
  const token = `${process.pid}-${randomUUID()}`;
  const entryPrefix = keys.outboxEntry('');
  const lockPrefix = keys.outboxLock('');

  const score = (rank: number, at: number) => rank * QUEUE_SCORE_SHIFT + at;
  const seal = (p: Payload) => sealer.seal(JSON.stringify(p)).toString('base64');
  const laneKeys = (channel: ChannelName, personId: string) => ({
    lane: keys.outboxLane(personId), ready: keys.outboxReady(channel), later: keys.outboxLater(channel),
    rank: keys.outboxRank(channel), lock: keys.outboxLock(personId),
  });

  let running = false;
  let stopped = false;
  const loops = new Map<ChannelName, { wake: () => void; done: Promise<void>; active: Set<Promise<unknown>> }>();

  /** Sends the person's lane, entry by entry, while it is ours. */
  async function processLane(channel: ChannelName, personId: string): Promise<LaneResult> {
    const k = laneKeys(channel, personId);
    for (;;) {
      const id = await redis.lindex(k.lane, 0);
      if (!id) {
        // Emptied meanwhile (e.g. gone): free the lease.
        await outboxRetry(redis, { keys: { entry: keys.outboxEntry('-'), lock: k.lock, later: k.later }, args: { person: personId, token, due: clock(), tries: 0, sent: '' } });
        return 'sent';
      }
      const entryKey = keys.outboxEntry(id);
      const fields = await redis.hgetall(entryKey);
      const finish = (outcome: 'sent' | 'refused') =>
        outboxDone(redis, { keys: { entry: entryKey, lane: k.lane, lock: k.lock, later: k.later, rank: k.rank, events: keys.events }, args: { id, person: personId, token, now: clock(), leaseMs: LEASE_MS, maxLen, outcome } });
      let payload: Payload;
      try {
        payload = Payload.parse(JSON.parse(sealer.open(Buffer.from(fields.sealed ?? '', 'base64'), 'outbox entry')));
      } catch (err) {
        logger.error({ err, personId, entry: id }, 'outbox entry unreadable: dropped');
        if ((await finish('refused')) === 0) return 'sent';
        continue;
      }
      const sender = senders.get(channel);
      if (!sender) {
        await outboxRetry(redis, { keys: { entry: entryKey, lock: k.lock, later: k.later }, args: { person: personId, token, due: clock(), tries: fields.tries ?? 0, sent: '' } });
        return 'pending';
      }
      const before = fields.sent ? Progress.parse(JSON.parse(fields.sent)) : { done: 0, sent: [] };
      const tries = Number(fields.tries ?? 0);
      let result;
      try {
        result = await sender.send(payload.address, payload.messages, {
          done: before.done, sentBefore: before.sent, reply: payload.reply, rank: payload.rank,
          progress: async (done, sent) => {
            if (done < payload.messages.length) await redis.hset(entryKey, 'sent', JSON.stringify({ done, sent }));
          },
        });
      } catch (err) {
        if (err instanceof SendRefusedError) {
          logger.error({ err: { name: err.name, message: err.message }, personId, channel, entry: id, caseId: fields.case || undefined }, 'the channel refused a message for good: dropped');
          if ((await finish('refused')) === 0) return 'sent';
          continue;
        }
        const wait = err instanceof ChannelUnavailableError && err.retryAfterMs !== undefined ? err.retryAfterMs : Math.min(retryMaxMs, RETRY_BASE_MS * 2 ** tries);
        const counted = err instanceof ChannelUnavailableError && err.retryAfterMs !== undefined ? tries : tries + 1;
        logger.warn({ err: err instanceof Error ? { name: err.name, message: err.message } : err, personId, channel, entry: id, tries: counted, waitMs: wait }, 'send failed: kept in the outbox, retrying');
        await outboxRetry(redis, { keys: { entry: entryKey, lock: k.lock, later: k.later }, args: { person: personId, token, due: clock() + wait, tries: counted, sent: '' } });
        loops.get(channel)?.wake(); // its loop sleeps until the soonest due time
        return 'pending';
      }
      if (result === 'gone') {
        const dropped = await outboxGone(redis, {
          keys: { ...k, conversation: keys.conversation(personId), events: keys.events },
          args: { person: personId, now: clock(), entryPrefix, casePrefix: keys.case(''), heldPrefix: keys.held(''), maxLen },
        });
        logger.warn({ personId, channel, dropped }, 'person cannot be reached: their outbox dropped, marked gone');
        return 'gone';
      }
      if ((await finish('sent')) === 0) return 'sent';
      if (stopped) {
        // Stopping: hand the rest back for whichever process is up.
        await outboxRetry(redis, { keys: { entry: keys.outboxEntry('-'), lock: k.lock, later: k.later }, args: { person: personId, token, due: clock(), tries: 0, sent: '' } });
        return 'pending';
      }
    }
  }

  async function put(item: OutboxItem, take: boolean): Promise<{ personId: string; state: 'exists' | 'taken' | 'queued' }> {
    const personId = sealer.personId(item.channel, item.address);
    const id = randomUUID();
    const now = clock();
    const k = laneKeys(item.channel, personId);
    const state = await outboxPut(redis, {
      keys: { entry: keys.outboxEntry(id), lane: k.lane, ready: k.ready, later: k.later, rank: k.rank, lock: k.lock },
      args: {
        id, person: personId, now, score: score(item.rank, now), take: take ? '1' : '', token, leaseMs: LEASE_MS, caseId: '',
        sealed: seal({ channel: item.channel, address: item.address, messages: item.messages, reply: item.reply, rank: item.rank }),
      },
    });
    return { personId, state };
  }

  function ensureLoop(channel: ChannelName) {
    if (!running || loops.has(channel) || !senders.has(channel)) return;
    let wakeUp: (() => void) | undefined;
    let woken = false;
    const active = new Set<Promise<unknown>>();
    const wake = () => {
      woken = true;
      wakeUp?.();
    };
    const loop = { wake, active, done: Promise.resolve() };
    loops.set(channel, loop);
    const k = { ready: keys.outboxReady(channel), later: keys.outboxLater(channel), rank: keys.outboxRank(channel) };
    loop.done = (async () => {
      while (running) {
        woken = false;
        let nextDue = '';
        const free = workers - active.size;
        if (free > 0) {
          try {
            const [taken, soonest] = await outboxTake(redis, { keys: k, args: { now: clock(), leaseMs: LEASE_MS, limit: free, token, lockPrefix, person: '' } });
            nextDue = soonest;
            for (const personId of taken) {
              const work = processLane(channel, personId).catch((err: unknown) => logger.error({ err, personId, channel }, 'outbox lane failed; its lease will run out and it is retried'));
              active.add(work);
              void work.finally(() => {
                active.delete(work);
                wake();
              });
            }
            if (taken.length > 0 && active.size < workers) continue; // there may be more
          } catch (err) {
            logger.warn({ err, channel }, 'outbox: could not take lanes (Redis?); trying again');
          }
        }
        if (woken || !running) continue;
        const untilDue = nextDue === '' ? pollMs : Math.max(0, Number(nextDue) - clock());
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, Math.min(pollMs, untilDue));
          wakeUp = () => {
            clearTimeout(timer);
            resolve();
          };
        });
        wakeUp = undefined;
      }
      await Promise.allSettled([...active]);
    })();
  }

  const wake = (channel: ChannelName) => {
    ensureLoop(channel);
    loops.get(channel)?.wake();
  };

  return {
    async send(item) {
      let put1;
      try {
        put1 = await put(item, true);
      } catch (err) {
        // Redis cannot take it: better sent once without a record than not at all.
        logger.warn({ err, channel: item.channel }, 'outbox unavailable: sending directly');
        const sender = senders.get(item.channel);
        if (!sender) throw err;
        return (await sender.send(item.address, item.messages, { reply: item.reply, rank: item.rank })) === 'gone' ? 'gone' : 'sent';
      }
      if (put1.state !== 'taken') {
        wake(item.channel);
        return 'pending';
      }
      return processLane(item.channel, put1.personId);
    },
    async enqueue(item) {
      await put(item, false);
      wake(item.channel);
    },
    async handOver(h) {
      const personId = sealer.personId(h.channel, h.address);
      const now = clock();
      const k = laneKeys(h.channel, personId);
      const entries = h.entries.map((e) => ({
        id: e.id, ...(e.item ? { item: e.item } : {}), score: score(e.rank, now), ...(e.events ? { ev: e.events } : {}),
        sealed: seal({ channel: h.channel, address: h.address, messages: e.messages, rank: e.rank }),
      }));
      // Not woken here: the relay flushes the lane itself, and learns at once if the person is gone.
      return relayHandOver(redis, {
        keys: { held: keys.held(h.caseId), case: keys.case(h.caseId), due: keys.due, lane: k.lane, ready: k.ready, later: k.later, rank: k.rank, conversation: keys.conversation(personId) },
        args: { entries: JSON.stringify(entries), person: personId, now, entryPrefix, caseId: h.caseId, announced: String(h.announced), released: h.released, dueMember: `release:${h.caseId}` },
      });
    },
    async flush(channel, personId) {
      if (!senders.has(channel)) return 'pending';
      const k = { ready: keys.outboxReady(channel), later: keys.outboxLater(channel), rank: keys.outboxRank(channel) };
      const [taken] = await outboxTake(redis, { keys: k, args: { now: clock(), leaseMs: LEASE_MS, limit: 1, token, lockPrefix, person: personId } });
      if (taken.length === 0) return 'pending';
      return processLane(channel, personId);
    },
    start() {
      running = true;
      for (const channel of senders.keys()) ensureLoop(channel);
    },
    async stop() {
      running = false;
      stopped = true;
      for (const loop of loops.values()) loop.wake();
      await Promise.allSettled([...loops.values()].map((l) => l.done));
      loops.clear();
    },
    async idle(timeoutMs = 10_000) {
      const until = Date.now() + timeoutMs;
      for (;;) {
        const counts = await Promise.all([...senders.keys()].map((c) => redis.zcard(keys.outboxRank(c))));
        const busy = [...loops.values()].some((l) => l.active.size > 0);
        if (!busy && counts.every((n) => n === 0)) return true;
        if (Date.now() >= until) return false;
        await new Promise((r) => setTimeout(r, 10));
      }
    },
  };
}
