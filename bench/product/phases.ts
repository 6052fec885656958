/**
 * The phases of `npm run bench`, each against a running bot (bench/product/bots.ts) with a fresh key prefix:
 * - throughput: `people` walk whole intakes back to back, answering the moment the reply arrives (the bot flat out);
 * - background load: `loadPeople` walk intakes pausing `loadThink` ms (0.5–1.5×) before each message, a share of
 *   them typing a danger text: messages per second offered and done, reply and danger → queue times;
 * - surge: `surgePeople` new people, their first messages spread evenly over `surgeSeconds`: /start, then the
 *   consent button; lost = a person who did not get both replies, or has no conversation stored.
 * CPU is the bot processes' utime + stime from /proc over the window, per message the people got replies to in it.
 */
import { Redis } from 'ioredis';
import { createKeys } from '../../src/redis/keys.js';
import { now, sleep } from '../intake/clock.js';
import { procCpuMs } from '../intake/cpu-time.js';
import { EventWatcher } from '../intake/event-watcher.js';
import { button, createRecorder, People, StepError, walkIntake, type Recorder } from '../intake/people.js';
import type { ApiServer } from '../intake/processes.js';
import { percentile, round, sortNum } from '../intake/stats.js';
import type { RunningBot } from './bots.js';

/** p50 / p99 / max of samples (ms) and how many. */
export interface Spread { p50: number | null; p99: number | null; max: number | null; n: number }

const spread = (xs: number[]): Spread => {
  const s = sortNum(xs);
  return { p50: round(percentile(s, 50), 1), p99: round(percentile(s, 99), 1), max: round(s[s.length - 1] ?? NaN, 1), n: s.length };
};

/** Figures of a timed phase. */
export interface WindowFigures {
  people: number;
  windowSeconds: number;
  /** Inbound messages whose whole reply arrived in the window. */
  messages: number;
  messagesPerSecond: number;
  cpuMs: number;
  cpuMsPerMessage: number | null;
  /** Cores the bot processes used in the window. */
  botCores: number | null;
  reply: Spread;
  dangerToQueue: Spread & { missing: number };
  /**
   * The same by Redis' clock: the `case.opened` entry's id (the ms Redis wrote it, in the script that ZADDs
   * the queue) minus when the update was written to the Bot API server. Leaves out the watcher's own wait
   * (its XREAD reply, and its turn on the busy driver process); whole ms.
   */
  dangerToCommit: Spread;
  /** Bot API calls per inbound message in the window, by method (the officers' group's included). */
  apiCallsPerMessage: Record<string, number>;
  errors: number;
  errorSamples: string[];
}

/** Figures of the surge. */
export interface SurgeFigures {
  people: number;
  seconds: number;
  /** From the first person's /start until the last reply (or give-up). */
  wallSeconds: number;
  messages: number;
  reply: Spread;
  /** People who did not get both replies. */
  unanswered: number;
  /** People with no conversation stored afterwards. */
  noConversation: number;
  lost: number;
  cpuMsPerMessage: number | null;
  errorSamples: string[];
}

/** What every phase runs against. */
export interface PhaseContext {
  api: ApiServer;
  /** The driver's client (figures only). */
  redis: Redis;
  redisUrl: string;
  random: () => number;
  stepTimeoutMs: number;
  pin: number;
}

/** The Bot API server's calls so far, by method. */
function apiCounts(api: ApiServer): Promise<Record<string, number>> {
  return new Promise((resolve) => {
    const before = api.onLine;
    api.onLine = (line) => {
      if (line.ev !== 'counts') return before(line);
      api.onLine = before;
      resolve(line.counts as Record<string, number>);
    };
    api.send({ op: 'counts' });
  });
}

/** Calls per inbound message between two counts, by method (getUpdates and those under 0.01 left out), and `total`. */
function perMessage(a: Record<string, number>, b: Record<string, number>, messages: number): Record<string, number> {
  const out: Record<string, number> = {};
  let total = 0;
  for (const [method, n] of Object.entries(b)) {
    if (method === 'getUpdates') continue;
    const d = n - (a[method] ?? 0);
    total += d;
    if (messages > 0 && d / messages >= 0.01) out[method] = round(d / messages, 2)!;
  }
  if (messages > 0) out.total = round(total / messages, 2)!;
  return out;
}

const cpuOf = async (pids: number[]) => (await Promise.all(pids.map((p) => procCpuMs(p)))).reduce((a: number, b) => a + (b ?? 0), 0);

/**
 * A timed phase: `people` person slots walking intakes back to back (a new chat id each), pausing `thinkMs` before
 * each message; after `warmup` s, a window of `seconds` s; then every slot finishes the intake it is in.
 */
export async function windowPhase(
  ctx: PhaseContext,
  bot: RunningBot,
  phase: { prefix: string; firstChat: number; people: number; thinkMs: number; danger: number; warmup: number; seconds: number },
): Promise<WindowFigures> {
  const watcher = new EventWatcher(new Redis(ctx.redisUrl, { maxRetriesPerRequest: null }), createKeys(phase.prefix).events);
  await watcher.start();
  const rec: Recorder = createRecorder({ from: Infinity, to: Infinity });
  const people = new People(ctx.api, rec, ctx.stepTimeoutMs);
  let nextChat = phase.firstChat;
  let stopped = false;
  let started = 0;
  let allStarted: () => void = () => undefined;
  const everyoneStarted = new Promise<void>((resolve) => (allStarted = resolve));
  const slot = async () => {
    await sleep(ctx.random() * Math.min(1000, phase.thinkMs || 1000)); // spread the first messages out
    if (++started === phase.people) allStarted();
    while (!stopped) {
      const chatId = nextChat++;
      try {
        await walkIntake(people, rec, chatId, { danger: ctx.random() < phase.danger, pin: ctx.random() < ctx.pin, thinkMs: phase.thinkMs }, ctx.random);
      } catch (err) {
        if (!(err instanceof StepError)) throw err;
        rec.errors.push(`chat ${chatId}: ${err.message}`);
      }
    }
  };
  const done = Promise.all(Array.from({ length: phase.people }, slot));
  await everyoneStarted;
  await sleep(phase.warmup * 1000);

  const calls0 = await apiCounts(ctx.api);
  const cpu0 = await cpuOf(bot.pids);
  const inbound0 = rec.inbound;
  rec.window.from = now();
  await sleep(phase.seconds * 1000);
  rec.window.to = now();
  const inbound1 = rec.inbound;
  const cpu1 = await cpuOf(bot.pids);
  const calls1 = await apiCounts(ctx.api);
  stopped = true;
  await done;
  await sleep(300); // the last case events
  await watcher.stop();

  const toQueue: number[] = [];
  const toCommit: number[] = [];
  let missing = 0;
  for (const d of rec.dangers) {
    const caseId = await bot.caseOf(ctx.redis, d.chatId);
    const seen = caseId ? watcher.opened.get(caseId) : undefined;
    if (seen) {
      toQueue.push(seen.observedAt - d.sentAt);
      toCommit.push(seen.streamMs - d.sentAt);
    } else missing++;
  }
  const windowMs = rec.window.to - rec.window.from;
  const messages = inbound1 - inbound0;
  const cpuMs = cpu1 - cpu0;
  return {
    people: phase.people,
    windowSeconds: round(windowMs / 1000, 2)!,
    messages,
    messagesPerSecond: round(messages / (windowMs / 1000), 1)!,
    cpuMs: round(cpuMs, 0)!,
    cpuMsPerMessage: messages > 0 ? round(cpuMs / messages, 3) : null,
    botCores: round(cpuMs / windowMs, 2),
    reply: spread(rec.wholeReplyMs),
    dangerToQueue: { ...spread(toQueue), missing },
    dangerToCommit: spread(toCommit),
    apiCallsPerMessage: perMessage(calls0, calls1, messages),
    errors: rec.errors.length,
    errorSamples: rec.errors.slice(0, 3),
  };
}

/** The surge: `people` new people starting evenly over `seconds`, each /start then the consent button. */
export async function surgePhase(ctx: PhaseContext, bot: RunningBot, phase: { firstChat: number; people: number; seconds: number }): Promise<SurgeFigures> {
  const rec = createRecorder({ from: -Infinity, to: Infinity });
  const people = new People(ctx.api, rec, ctx.stepTimeoutMs);
  const chats = Array.from({ length: phase.people }, (_, i) => phase.firstChat + i);
  const unanswered = new Set<number>();
  const cpu0 = await cpuOf(bot.pids);
  const t0 = now();
  await Promise.all(chats.map(async (chatId, i) => {
    await sleep(Math.max(0, t0 + (i * phase.seconds * 1000) / phase.people - now()));
    try {
      const start = await people.send(chatId, { op: 'command', command: '/start', languageCode: 'id', firstName: 'Budi' }, 1, '/start');
      const consent = start.msgs[start.msgs.length - 1];
      await people.send(chatId, { op: 'press', messageId: consent?.messageId, data: button(consent, 'agree', 'consent question') }, 1, 'press agree');
    } catch (err) {
      if (!(err instanceof StepError)) throw err;
      unanswered.add(chatId);
      rec.errors.push(`chat ${chatId}: ${err.message}`);
    }
  }));
  const wallMs = now() - t0;
  const cpu1 = await cpuOf(bot.pids);
  const noConversation = await bot.withoutConversation(ctx.redis, chats);
  return {
    people: phase.people,
    seconds: phase.seconds,
    wallSeconds: round(wallMs / 1000, 1)!,
    messages: rec.inbound,
    reply: spread(rec.wholeReplyMs),
    unanswered: unanswered.size,
    noConversation: noConversation.length,
    lost: new Set([...unanswered, ...noConversation]).size,
    cpuMsPerMessage: rec.inbound > 0 ? round((cpu1 - cpu0) / rec.inbound, 3) : null,
    errorSamples: rec.errors.slice(0, 3),
  };
}
