/**
 * The bot under test for `npm run bench:intake`: the same app and Telegram channel as `npm start` (src/main.ts),
 * in a process of its own so its CPU and memory can be measured alone.
 *
 * Usage: `node [--expose-gc] --import tsx bench/bot-process.ts`, configured by the usual environment
 * (TELEGRAM_BOT_TOKEN, TELEGRAM_API_ROOT, REDIS_URL, REDIS_PREFIX, DATA_KEY, LOG_LEVEL…; see src/config.ts).
 *
 * stdout, one JSON object per line (logs go to stderr):
 * - `{"ev":"ready","pid":…}` once the channel polls;
 * - `{"ev":"stats","id":…,"cpu":{"user":µs,"system":µs},"mem":{…},"handled":n,"apiCalls":{method:n},"timing":{…},"gc":bool}`
 *   per request; `timing` has percentiles, over the updates handled since the previous request, of the time from the
 *   update's getUpdates response to hotline.receive starting (`toReceiveMs`) and returning (`toCommittedMs`).
 *
 * stdin, one command per line:
 * - `stats` or `{"op":"stats","id":1,"gc":true}`: CPU time is read first, then (with `gc` and
 *   `--expose-gc`) a full GC runs, then memory is read. `handled` counts inbound messages processed.
 * - `{"op":"profile","action":"start"}` / `{"op":"profile","action":"stop","id":2,"file":"/tmp/x.cpuprofile"}`:
 *   V8 CPU profile of just that span (answered by `{"ev":"profile","id":2,"file":…}`).
 * - `stop` (or stdin closing, SIGINT, SIGTERM): stop polling, quit Redis, exit.
 */
import { writeFile } from 'node:fs/promises';
import { Session } from 'node:inspector/promises';
import { createInterface } from 'node:readline';
import { createApp } from '../src/app.js';
import { createTelegramChannel } from '../src/channels/telegram/telegram-channel.js';
import { loadConfig } from '../src/config.js';
import type { Hotline } from '../src/core/hotline.js';
import { createJournal } from '../src/core/journal.js';
import { createLogger } from '../src/logger.js';
import { redisTarget, resolveRedis } from '../src/redis/connect.js';

const config = loadConfig();
if (!config.telegram) throw new Error('bot-process: TELEGRAM_BOT_TOKEN is required');
if (!config.redis.url) throw new Error('bot-process: REDIS_URL is required');

const logger = createLogger({ level: config.logLevel });
const store = await resolveRedis({ ...redisTarget(config.redis), dataDir: config.dataDir, logger });
const app = createApp({ config, redis: store.redis, logger });

const now = () => performance.timeOrigin + performance.now();

// Counts processed inbound messages without touching src/: the channel calls `handle` once per intake unit
// (one update, or a flooding chat's merged ones). Also times each update inside the bot: from its getUpdates
// response to `handle` starting (intake, per-chat ordering) and to `handle` returning (lease, flow, commit).
let handled = 0;
const arrived = new Map<number, number>();
let toReceiveMs: number[] = [];
let toCommittedMs: number[] = [];
const hotline: Hotline = {
  receive: app.hotline.receive,
  silence: app.hotline.silence,
  saysDanger: app.hotline.saysDanger,
  locales: app.hotline.locales,
  async handle(message) {
    const updateId = Number(message.messageId);
    const at = arrived.get(updateId);
    arrived.delete(updateId);
    const start = now();
    const replies = await app.hotline.handle(message);
    handled++;
    if (at !== undefined) {
      toReceiveMs.push(start - at);
      toCommittedMs.push(now() - at);
    }
    return replies;
  },
};

const telegram = createTelegramChannel({
  config: config.telegram, logger, hotline, trail: app.trail, store: store.redis,
  journal: createJournal({ dir: config.journal.dir, name: 'telegram', sealer: app.sealer, logger, compactBytes: config.journal.compactBytes }),
});
await telegram.start();

// Bot API calls per method (grammY copies the bot's transformers into every update's ctx.api).
const apiCalls: Record<string, number> = {};
telegram.bot.api.config.use(async (prev, method, payload, signal) => {
  apiCalls[method] = (apiCalls[method] ?? 0) + 1;
  const res = await prev(method, payload, signal);
  if (method === 'getUpdates' && res.ok) {
    const t = now();
    for (const update of res.result as Array<{ update_id: number }>) arrived.set(update.update_id, t);
  }
  return res;
});

const gc = (globalThis as { gc?: () => void }).gc;
const write = (line: object) => process.stdout.write(`${JSON.stringify(line)}\n`);

function percentiles(xs: number[]) {
  const sorted = xs.sort((a, b) => a - b);
  const ms = (x: number | undefined) => (x === undefined ? null : Math.round(x * 1000) / 1000);
  const at = (p: number) => ms(sorted[Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length))) - 1]);
  return { n: sorted.length, p50: at(50), p90: at(90), p99: at(99), max: ms(sorted[sorted.length - 1]) };
}

/** Reads CPU first (so a GC requested here is not counted), then timings since the last request, then memory. */
function stats(id: unknown, withGc: boolean): void {
  const cpu = process.cpuUsage();
  const timing = { toReceiveMs: percentiles(toReceiveMs), toCommittedMs: percentiles(toCommittedMs) };
  toReceiveMs = [];
  toCommittedMs = [];
  if (withGc && gc) {
    gc();
    gc(); // a second pass collects what the first one's finalizers released
  }
  const m = process.memoryUsage();
  write({
    ev: 'stats', id, cpu, handled, apiCalls: { ...apiCalls }, timing, gc: withGc && gc !== undefined, at: now(),
    mem: { rss: m.rss, heapUsed: m.heapUsed, heapTotal: m.heapTotal, external: m.external, arrayBuffers: m.arrayBuffers },
  });
}

let profiler: Session | undefined;
async function profile(cmd: { action?: string; id?: unknown; file?: string; intervalUs?: number }): Promise<void> {
  if (cmd.action === 'start' && !profiler) {
    profiler = new Session();
    profiler.connect();
    await profiler.post('Profiler.enable');
    await profiler.post('Profiler.setSamplingInterval', { interval: cmd.intervalUs ?? 200 });
    await profiler.post('Profiler.start');
    write({ ev: 'profile', id: cmd.id, started: true });
  } else if (cmd.action === 'stop' && profiler) {
    const { profile: result } = await profiler.post('Profiler.stop');
    profiler.disconnect();
    profiler = undefined;
    const file = cmd.file ?? `bot-${process.pid}.cpuprofile`;
    await writeFile(file, JSON.stringify(result));
    write({ ev: 'profile', id: cmd.id, file });
  } else {
    write({ ev: 'profile', id: cmd.id, error: `cannot ${String(cmd.action)} now` });
  }
}

let stopping = false;
async function stop(): Promise<void> {
  if (stopping) return;
  stopping = true;
  const force = setTimeout(() => process.exit(1), 10_000).unref();
  await telegram.stop().catch((err: unknown) => logger.error({ err }, 'channel stop failed'));
  await store.stop().catch((err: unknown) => logger.error({ err }, 'redis stop failed'));
  clearTimeout(force);
  logger.flush();
  process.exit(0);
}

const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
lines.on('line', (line) => {
  const text = line.trim();
  if (text === '') return;
  if (text === 'stats') return stats(undefined, false);
  if (text === 'stop') return void stop();
  try {
    const cmd = JSON.parse(text) as { op?: string; id?: unknown; gc?: boolean; action?: string; file?: string; intervalUs?: number };
    if (cmd.op === 'stats') stats(cmd.id, cmd.gc === true);
    else if (cmd.op === 'profile') void profile(cmd).catch((err: unknown) => write({ ev: 'profile', id: cmd.id, error: String(err) }));
    else if (cmd.op === 'stop') void stop();
    else throw new Error(`unknown op ${JSON.stringify(cmd.op)}`);
  } catch (err) {
    process.stderr.write(`bot-process: ${err instanceof Error ? err.message : String(err)} in ${text}\n`);
  }
});
lines.on('close', () => void stop());
process.once('SIGINT', () => void stop());
process.once('SIGTERM', () => void stop());

write({ ev: 'ready', pid: process.pid });
