/**
 * A timed phase of the intake benchmark ("saturated" or "paced"): a fresh bot process, person slots walking
 * intakes back to back after a warm-up, and the figures of the steady window: throughput, reply latency,
 * danger → queue, CPU per message of each process, Bot API calls, and what the conversations cost in Redis.
 */
import { mkdir, readFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import path from 'node:path';
import { Redis } from 'ioredis';
import { createSealer } from '../../src/core/sealed.js';
import { createKeys } from '../../src/redis/keys.js';
import type { BenchContext } from './bench-context.js';
import { now, sleep } from './clock.js';
import { summarizeProfile, type CpuProfile, type ProfileSummary } from './cpu-profile.js';
import { machineBusyMs, procCpuMs } from './cpu-time.js';
import { EventWatcher } from './event-watcher.js';
import { log } from './format.js';
import { createRecorder, People, StepError, walkIntake } from './people.js';
import { botEnv, BotProcess, ROOT, type BotStats } from './processes.js';
import { phaseRedisFigures, usedMemory, type PhaseRedisFigures } from './redis-figures.js';
import { percentile, round, sortNum } from './stats.js';

/** Every figure of a timed phase (the JSON line carries them all). */
export interface MainResult {
  label: string;
  thinkMs: number;
  people: number;
  windowSeconds: number;
  messagesInWindow: number;
  messagesPerSecond: number;
  driverMessagesPerSecond: number;
  intakesCompleted: number;
  firstReply: { p50: number; p90: number; p99: number; max: number; n: number };
  wholeReply: { p50: number; p90: number; p99: number; max: number; n: number };
  dangerToQueue: { p50: number; p90: number; p99: number; max: number; n: number; missing: number };
  dangerToStreamEntry: { p50: number; p99: number; n: number };
  botCpuMsPerMessage: number;
  botCpuMsPerMessageProc?: number;
  /** Inside the bot, per update in the window: getUpdates response → hotline.receive starts / returns (committed). */
  inBot?: BotStats['timing'];
  /** Bot API HTTP calls per inbound message in the window, by method. */
  apiCallsPerMessage: Record<string, number>;
  cpuMsPerMessage: { api?: number; redis?: number; driver: number };
  /** Cores busy during the window: the bot, the whole bench (bot, server, redis, driver), the machine, everything else. */
  cores: { bot: number; bench: number | null; machineBusy: number | null; others: number | null };
  loadavg: number[];
  errors: number;
  errorSamples: string[];
  stray: number;
  redis: PhaseRedisFigures;
  botMemoryAfter: BotStats['mem'];
  profile?: ProfileSummary & { file: string };
}

/** A timed phase: its label, key prefix, first chat id, how its people behave, and how long it runs. */
export interface Phase { label: string; prefix: string; firstChat: number; think: number; danger: number; seconds: number; warmup: number; rounds: number; profile: boolean }

/** Runs a timed phase: `opts.people` person slots against a fresh bot process; figures of the steady window. */
export async function mainPhase(bench: BenchContext, phase: Phase): Promise<MainResult> {
  const { opts, random, api, redis, redisUrl, redisPid, dataKey } = bench;
  const PREFIX_MAIN = phase.prefix;
  const usedBefore = await usedMemory(redis);
  const bot = new BotProcess(
    { script: opts.bot, nodeArgs: opts.botNodeArgs },
    botEnv({ apiRoot: await api.apiRoot, redisUrl, prefix: PREFIX_MAIN, dataKey }),
  );
  await bot.ready;
  const watcher = new EventWatcher(new Redis(redisUrl, { lazyConnect: false, maxRetriesPerRequest: null }), createKeys(PREFIX_MAIN).events);
  await watcher.start();

  const rec = createRecorder({ from: Infinity, to: Infinity });
  const people = new People(api, rec, opts.stepTimeout);
  let nextChat = phase.firstChat;

  /**
   * `n` person slots, each walking intakes back to back as new people (new chat ids): `rounds` of them, or
   * (rounds 0) until `stop()`, after which each slot finishes the intake it is in.
   */
  function runSlots(n: number, rounds: number, staggerMs: number) {
    let stopped = false;
    let started = 0;
    let markStarted: () => void = () => undefined;
    let markFirstDone: () => void = () => undefined;
    const allStarted = new Promise<void>((resolve) => (markStarted = resolve));
    const firstDone = new Promise<void>((resolve) => (markFirstDone = resolve));
    const slot = async () => {
      if (staggerMs > 0) await sleep(random() * staggerMs); // spread the first messages out
      if (++started === n) markStarted();
      for (let round = 0; !stopped && (rounds === 0 || round < rounds); round++) {
        const chatId = nextChat++;
        const person = { danger: random() < phase.danger, pin: random() < opts.pin, thinkMs: phase.think };
        try {
          await walkIntake(people, rec, chatId, person, random);
        } catch (err) {
          if (!(err instanceof StepError)) throw err;
          rec.errors.push(`chat ${chatId}: ${err.message}`);
        }
      }
      markFirstDone();
    };
    const done = Promise.all(Array.from({ length: n }, slot)).then(() => undefined);
    return { allStarted, firstDone, done, stop: () => void (stopped = true) };
  }

  log(`${phase.label}: ${opts.people} people${phase.think ? ` pausing ${phase.think / 2}–${phase.think * 1.5} ms before each message` : ''}, ` +
    `${phase.warmup} s warm-up + ${phase.rounds ? `${phase.rounds} intake(s) per person slot` : `${phase.seconds} s steady window`}, ` +
    `${Math.round(phase.danger * 100)}% send a danger text, ${Math.round(opts.pin * 100)}% a location pin`);

  // Time mode: one set of slots; the window opens after the warm-up (every slot active) and closes after `seconds`.
  // Rounds mode: warm-up slots run for `warmup` seconds and finish; then fresh slots walk `rounds` intakes each,
  // and the window runs from the moment all of them are active until the first one is done.
  let slots = runSlots(opts.people, 0, 1000);
  const t0 = now();
  await slots.allStarted;
  await sleep(Math.max(0, t0 + phase.warmup * 1000 - now()));
  if (phase.rounds > 0) {
    slots.stop();
    await slots.done;
    slots = runSlots(opts.people, phase.rounds, 0); // all at once, so all are active before the first is done
    await slots.allStarted;
  }
  const apiCpu0 = await procCpuMs(api.child.pid);
  const redisCpu0 = await procCpuMs(redisPid);
  const botProc0 = await procCpuMs(bot.pid);
  const driverCpu0 = process.cpuUsage();
  const machine0 = await machineBusyMs();
  if (phase.profile) await bot.profile('start');
  rec.window.from = now();
  const s0 = await bot.stats(false);

  if (phase.rounds > 0) await slots.firstDone;
  else await sleep(phase.seconds * 1000);
  const s1 = await bot.stats(false);
  rec.window.to = now();
  const botProc1 = await procCpuMs(bot.pid);
  const driverCpu1 = process.cpuUsage(driverCpu0);
  const apiCpu1 = await procCpuMs(api.child.pid);
  const redisCpu1 = await procCpuMs(redisPid);
  const machine1 = await machineBusyMs();
  let profile: MainResult['profile'];
  if (phase.profile) {
    const file = path.resolve(ROOT, opts.profileDir, `bench-bot-${new Date().toISOString().replace(/[:.]/g, '-')}.cpuprofile`);
    await mkdir(path.dirname(file), { recursive: true });
    const answer = await bot.profile('stop', file);
    if (typeof answer.error === 'string') throw new Error(`profile: ${answer.error}`);
    profile = { ...summarizeProfile(JSON.parse(await readFile(file, 'utf8')) as CpuProfile, 25, ROOT), file };
  }
  slots.stop();
  log(`  window closed after ${((rec.window.to - rec.window.from) / 1000).toFixed(1)} s; letting the people finish the intake they are in…`);
  await slots.done;
  await sleep(200); // the last case events
  await watcher.stop();

  const messages = s1.handled - s0.handled;
  const windowMs = s1.at - s0.at;
  const cpuMs = (s1.cpu.user + s1.cpu.system - s0.cpu.user - s0.cpu.system) / 1000;
  const windowDriverMs = rec.window.to - rec.window.from;
  const ours = [botProc0 !== undefined && botProc1 !== undefined ? botProc1 - botProc0 : undefined,
    apiCpu0 !== undefined && apiCpu1 !== undefined ? apiCpu1 - apiCpu0 : undefined,
    redisCpu0 !== undefined && redisCpu1 !== undefined ? redisCpu1 - redisCpu0 : undefined,
    (driverCpu1.user + driverCpu1.system) / 1000];
  const busyCores = machine0 !== undefined && machine1 !== undefined ? (machine1 - machine0) / windowDriverMs : undefined;
  const benchCores = ours.every((x) => x !== undefined) ? ours.reduce((a, b) => a! + b!, 0)! / windowDriverMs : undefined;
  const per = (ms: number | undefined) => (ms === undefined ? undefined : round(ms / messages, 4) ?? undefined);

  const first = sortNum(rec.firstReplyMs);
  const whole = sortNum(rec.wholeReplyMs);
  const toQueue: number[] = [];
  const toEntry: number[] = [];
  let missing = 0;
  // The case a danger text opened: the alert shows no case number (discreet), so read it from the chat's
  // conversation, as the bot stored it (sealed with the bench's data key).
  const sealer = createSealer(Buffer.from(dataKey, 'base64'));
  const keys = createKeys(PREFIX_MAIN);
  const caseOf = async (chatId: number): Promise<string | undefined> => {
    const sealed = await redis.hgetBuffer(keys.conversation(sealer.personId('telegram', String(chatId))), 's');
    return sealed ? (JSON.parse(sealer.open(sealed, 'conversation')) as { c: { caseId?: string } }).c.caseId : undefined;
  };
  for (const d of rec.dangers) {
    const caseId = await caseOf(d.chatId);
    const seen = caseId ? watcher.opened.get(caseId) : undefined;
    if (!seen) {
      missing++;
      continue;
    }
    toQueue.push(seen.observedAt - d.sentAt);
    toEntry.push(seen.streamMs - d.sentAt);
  }
  const q = sortNum(toQueue);
  const e = sortNum(toEntry);

  const redisFigures = await phaseRedisFigures(redis, PREFIX_MAIN, opts.redisSample, usedBefore);
  const after = await bot.stats(true);
  await bot.stop();

  return {
    label: phase.label,
    thinkMs: phase.think,
    people: opts.people,
    windowSeconds: round(windowMs / 1000, 2)!,
    messagesInWindow: messages,
    messagesPerSecond: round(messages / (windowMs / 1000), 1)!,
    driverMessagesPerSecond: round(rec.inboundInWindow / ((rec.window.to - rec.window.from) / 1000), 1)!,
    intakesCompleted: rec.intakesDone,
    firstReply: { p50: round(percentile(first, 50))!, p90: round(percentile(first, 90))!, p99: round(percentile(first, 99))!, max: round(first[first.length - 1] ?? NaN)!, n: first.length },
    wholeReply: { p50: round(percentile(whole, 50))!, p90: round(percentile(whole, 90))!, p99: round(percentile(whole, 99))!, max: round(whole[whole.length - 1] ?? NaN)!, n: whole.length },
    dangerToQueue: { p50: round(percentile(q, 50))!, p90: round(percentile(q, 90))!, p99: round(percentile(q, 99))!, max: round(q[q.length - 1] ?? NaN)!, n: q.length, missing },
    dangerToStreamEntry: { p50: round(percentile(e, 50))!, p99: round(percentile(e, 99))!, n: e.length },
    botCpuMsPerMessage: round(cpuMs / messages, 4)!,
    inBot: s1.timing,
    apiCallsPerMessage: callsPerMessage(s0.apiCalls ?? {}, s1.apiCalls ?? {}, messages),
    ...(botProc0 !== undefined && botProc1 !== undefined ? { botCpuMsPerMessageProc: per(botProc1 - botProc0) } : {}),
    cpuMsPerMessage: {
      api: apiCpu0 !== undefined && apiCpu1 !== undefined ? per(apiCpu1 - apiCpu0) : undefined,
      redis: redisCpu0 !== undefined && redisCpu1 !== undefined ? per(redisCpu1 - redisCpu0) : undefined,
      driver: per((driverCpu1.user + driverCpu1.system) / 1000)!,
    },
    cores: {
      bot: round(cpuMs / windowMs, 2)!,
      bench: benchCores === undefined ? null : round(benchCores, 2),
      machineBusy: busyCores === undefined ? null : round(busyCores, 2),
      others: busyCores === undefined || benchCores === undefined ? null : round(Math.max(0, busyCores - benchCores), 2),
    },
    loadavg: loadavg().map((x) => round(x, 2)!),
    errors: rec.errors.length,
    stray: people.stray,
    redis: redisFigures,
    botMemoryAfter: after.mem,
    errorSamples: rec.errors.slice(0, 5),
    ...(profile ? { profile } : {}),
  };
}

/** Bot API calls per inbound message between two counters, by method, plus `total`. */
function callsPerMessage(before: Record<string, number>, after: Record<string, number>, messages: number): Record<string, number> {
  const out: Record<string, number> = {};
  let total = 0;
  for (const [method, count] of Object.entries(after)) {
    const delta = count - (before[method] ?? 0);
    total += delta;
    if (delta !== 0) out[method] = round(delta / messages, 3)!;
  }
  if (total !== 0) out.total = round(total / messages, 3)!;
  return out;
}
