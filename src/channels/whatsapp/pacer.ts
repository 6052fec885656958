/**
 * Outbound pacing, so the embassy's number behaves like a careful human and not like a bulk sender: at most
 * one message per `chatIntervalMs` to a chat, and at most `perSecond` messages overall. Messages to one chat
 * go strictly in order; chats share the overall rate by priority (a critical case's reply first, then high,
 * then the rest, each first come, first served). Nothing is dropped: a send
 * that fails while the connection is down waits for it to come back; other failures are retried with
 * backoff. The number of messages waiting is logged every few seconds while it is not zero.
 */
import { ChannelUnavailableError } from '../../core/delivery.js';
import type { Logger } from '../../logger.js';

export interface PacerOptions {
  /** Least time between two messages to one chat, ms (default 1000). */
  chatIntervalMs: number;
  /** Messages per second over all chats (default 5). */
  perSecond: number;
  logger: Logger;
  /** Attempts of one message while connected before it is given up (and reported), default 5. */
  maxAttempts?: number;
  /** First retry delay, ms (doubles), default 500. */
  retryBaseMs?: number;
  /** How often the pending count is logged while non-zero, ms (default 10 s). */
  reportEveryMs?: number;
}

export interface EnqueueOptions {
  /** Fail with ChannelUnavailableError instead of waiting when the connection is down (relayed answers: the desk retries). */
  failWhenDisconnected?: boolean;
  /** 0 critical, 1 high, 2 normal (default): the overall rate goes to the most urgent waiting message first. */
  rank?: number;
}

export interface Pacer {
  /** Runs `send` for `chat` when pacing allows; resolves with its result once it succeeded, rejects if it was given up. */
  enqueue<T>(chat: string, send: () => Promise<T>, opts?: EnqueueOptions): Promise<T>;
  /** Messages waiting or being sent. */
  readonly pending: number;
  /** The connection is up: sends may go. */
  resume(): void;
  /** The connection is down: sends wait (or fail, with failWhenDisconnected). */
  pause(): void;
  /** Waits up to `timeoutMs` for pending sends; returns how many were left unsent. */
  drain(timeoutMs: number): Promise<number>;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function createPacer(opts: PacerOptions): Pacer {
  const { logger } = opts;
  const gapMs = 1000 / opts.perSecond;
  const maxAttempts = opts.maxAttempts ?? 5;
  const retryBaseMs = opts.retryBaseMs ?? 500;
  const tails = new Map<string, Promise<void>>(); // last job of each chat
  const lastSentAt = new Map<string, number>();
  let nextGlobalSlot = 0;
  let pending = 0;
  let connected = false;
  let connectedWaiters: Array<() => void> = [];
  const settled = new Set<Promise<void>>();

  // Messages waiting for a slot of the overall rate, granted most urgent first, then in order of arrival.
  const waiting: Array<{ rank: number; seq: number; grant: () => void }> = [];
  let arrivals = 0;
  let slotTimer: NodeJS.Timeout | undefined;
  function grantSlots() {
    if (slotTimer || waiting.length === 0) return;
    const wait = nextGlobalSlot - Date.now();
    if (wait > 0) {
      slotTimer = setTimeout(() => {
        slotTimer = undefined;
        grantSlots();
      }, wait);
      return;
    }
    let best = 0;
    for (let i = 1; i < waiting.length; i++) {
      const w = waiting[i]!;
      const b = waiting[best]!;
      if (w.rank < b.rank || (w.rank === b.rank && w.seq < b.seq)) best = i;
    }
    const [next] = waiting.splice(best, 1);
    nextGlobalSlot = Date.now() + gapMs;
    next!.grant();
    grantSlots();
  }
  const globalSlot = (rank: number) =>
    new Promise<void>((grant) => {
      waiting.push({ rank, seq: arrivals++, grant });
      grantSlots();
    });

  const untilConnected = () => (connected ? Promise.resolve() : new Promise<void>((resolve) => connectedWaiters.push(resolve)));

  let reporter: NodeJS.Timeout | undefined;
  const report = () => {
    if (pending === 0) {
      clearInterval(reporter);
      reporter = undefined;
      return;
    }
    logger.info({ pending, chats: tails.size, connected }, 'whatsapp sends pending');
  };

  async function run<T>(chat: string, send: () => Promise<T>, o: EnqueueOptions): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      if (!connected) {
        if (o.failWhenDisconnected) throw new ChannelUnavailableError('whatsapp', 'not connected');
        await untilConnected();
      }
      const chatReady = (lastSentAt.get(chat) ?? 0) + opts.chatIntervalMs;
      if (chatReady > Date.now()) await sleep(chatReady - Date.now());
      await globalSlot(o.rank ?? 2);
      try {
        const result = await send();
        lastSentAt.set(chat, Date.now());
        return result;
      } catch (err) {
        lastSentAt.set(chat, Date.now());
        if (!connected) continue; // the connection dropped under us: wait for it, then send again
        if (attempt >= maxAttempts) throw err;
        logger.warn({ err: { name: (err as Error).name, message: (err as Error).message }, attempt }, 'whatsapp send failed, retrying');
        await sleep(retryBaseMs * 2 ** (attempt - 1));
      }
    }
  }

  return {
    enqueue<T>(chat: string, send: () => Promise<T>, o: EnqueueOptions = {}): Promise<T> {
      if (!connected && o.failWhenDisconnected) return Promise.reject(new ChannelUnavailableError('whatsapp', 'not connected'));
      pending++;
      reporter ??= setInterval(report, opts.reportEveryMs ?? 10_000).unref();
      const previous = tails.get(chat) ?? Promise.resolve();
      const job = previous.then(() => run(chat, send, o));
      const tail = job.then(
        () => undefined,
        () => undefined,
      );
      tails.set(chat, tail);
      settled.add(tail);
      void tail.then(() => {
        pending--;
        settled.delete(tail);
        if (tails.get(chat) === tail) tails.delete(chat);
        // Forget old send times so the map stays small; they only matter for chatIntervalMs.
        if (lastSentAt.size > 10_000) {
          const before = Date.now() - opts.chatIntervalMs;
          for (const [c, at] of lastSentAt) if (at < before) lastSentAt.delete(c);
        }
      });
      return job;
    },
    get pending() {
      return pending;
    },
    resume() {
      connected = true;
      const waiters = connectedWaiters;
      connectedWaiters = [];
      for (const wake of waiters) wake();
    },
    pause() {
      connected = false;
    },
    async drain(timeoutMs) {
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([Promise.allSettled([...settled]), new Promise<void>((resolve) => (timer = setTimeout(resolve, timeoutMs)))]);
      clearTimeout(timer);
      clearInterval(reporter);
      return pending;
    },
  };
}
