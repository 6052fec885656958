/**
 * `npm run bench:flood`: SOS time to the queue and to a reply under floods and a Redis outage, with the bot
 * run as `npm start` runs it (bench/bot-process.ts: the same app, Telegram channel, intake and journal) against
 * the loopback Bot API server (bench/bot-api-server-process.ts) and a redis-server of its own (AOF on).
 *
 * Loads: (i) one sender floods 5,000 messages; (ii) 100 senders flood 10,000; (iii) Redis is stopped for 20 s.
 * Under each, a few new people send an SOS right behind the load. Time to queue: until the open-case queue
 * (`<p>queue:open`) holds their case; time to reply: until the bot's first message to them (during the outage:
 * the "arrived" notice; its queue time then includes the outage). Targets: queue ≤ 1 s and reply ≤ 2 s at p99.
 *
 * Times count from the moment the Bot API server holds the SOS (its `queued` event: as when a person's message
 * has reached Telegram), not from when this driver wrote it into the server's stdin: behind a flood that pipe
 * holds thousands of commands the server still has to read, a delay no real sender sees. Both are printed:
 * `from send` is the old figure, pipe included.
 *
 * Options: `--sos N` SOS senders per load (default 5); `FLOOD_PROF=<dir>` writes a CPU profile of the bot there.
 * Prints one line per load, then a JSON line of figures.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Redis } from 'ioredis';
import { pino } from 'pino';
import { startLocalRedis, type LocalRedis } from '../src/redis/local-server.js';
import { now, sleep } from './intake/clock.js';
import { ApiServer, BotProcess, botEnv, type SentEvent } from './intake/processes.js';
import { percentile, round, sortNum } from './intake/stats.js';

const SOS = Number(process.argv[process.argv.indexOf('--sos') + 1] ?? 5) || 5;
const PREFIX = 'flood:';
const quiet = pino({ level: 'silent' });

interface Sample { toQueueMs: number; toReplyMs: number; pipeMs: number }

const dir = await mkdtemp(path.join(tmpdir(), 'hotline-bench-flood-'));
let redisServer: LocalRedis = await startLocalRedis({ dataDir: path.join(dir, 'redis'), logger: quiet });
const redis = new Redis(redisServer.url, { lazyConnect: false, maxRetriesPerRequest: 1, retryStrategy: () => 200 });
redis.on('error', () => undefined);
const api = new ApiServer();
const apiRoot = await api.apiRoot;
const firstReply = new Map<number, number>();
api.onSent = (ev: SentEvent) => {
  if (!firstReply.has(ev.chatId)) firstReply.set(ev.chatId, ev.at);
};
/** When the Bot API server had each traced SOS in its queue. */
const heldAt = new Map<number, number>();
api.onLine = (line) => {
  if (line.ev === 'queued') heldAt.set(Number(line.chatId), Number(line.at));
};
const bot = new BotProcess({ script: 'bench/bot-process.ts', nodeArgs: process.env.FLOOD_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.FLOOD_PROF}`] : [] }, {
  ...botEnv({ apiRoot, redisUrl: redisServer.url, prefix: PREFIX, dataKey: Buffer.alloc(32, 7).toString('base64') }),
  DATA_DIR: path.join(dir, 'data'),
});
await bot.ready;

let nextChat = 900_000;
/** Sends an SOS from a new person now; resolves with its times once it is queued and answered (or after `limitMs`). */
async function sos(limitMs = 60_000): Promise<Sample> {
  const chat = nextChat++;
  const queuedBefore = await redis.zcard(`${PREFIX}queue:open`).catch(() => 0);
  const sent = now();
  api.send({ op: 'text', chatId: chat, text: 'SOS tolong saya disekap', languageCode: 'id', trace: true });
  let queuedAt = NaN;
  let repliedAt = NaN;
  while (now() - sent < limitMs && (Number.isNaN(queuedAt) || Number.isNaN(repliedAt) || !heldAt.has(chat))) {
    if (Number.isNaN(queuedAt) && (await redis.zcard(`${PREFIX}queue:open`).catch(() => 0)) > queuedBefore) queuedAt = now();
    repliedAt = firstReply.get(chat) ?? NaN;
    await sleep(5);
  }
  const held = heldAt.get(chat) ?? NaN;
  return { toQueueMs: queuedAt - held, toReplyMs: repliedAt - held, pipeMs: held - sent };
}

/** SOS senders one after another (each waits for the previous one), right behind a load. */
async function sosRun(n: number): Promise<Sample[]> {
  const samples: Sample[] = [];
  for (let i = 0; i < n; i++) samples.push(await sos());
  return samples;
}

const figures: Record<string, object> = {};
function report(name: string, samples: Sample[]): void {
  const q = sortNum(samples.map((s) => s.toQueueMs));
  const r = sortNum(samples.map((s) => s.toReplyMs));
  const withPipe = sortNum(samples.map((s) => s.toQueueMs + s.pipeMs));
  const f = {
    n: samples.length, queueP50: round(percentile(q, 50), 1), queueP99: round(percentile(q, 99), 1), replyP50: round(percentile(r, 50), 1), replyP99: round(percentile(r, 99), 1),
    fromSendQueueP99: round(percentile(withPipe, 99), 1),
  };
  figures[name] = f;
  process.stdout.write(`${name.padEnd(28)} SOS to queue p50 ${f.queueP50} ms, p99 ${f.queueP99} ms; to reply p50 ${f.replyP50} ms, p99 ${f.replyP99} ms (from send, pipe included: queue p99 ${f.fromSendQueueP99} ms)\n`);
}

try {
  report('no load', await sosRun(SOS));

  for (let i = 0; i < 5000; i++) api.send({ op: 'text', chatId: 100, text: `pesan ${i}`, languageCode: 'id' });
  report('one sender, 5,000', await sosRun(SOS));

  for (let round_ = 0; round_ < 100; round_++) for (let s = 0; s < 100; s++) api.send({ op: 'text', chatId: 200 + s, text: `halo ${round_}`, languageCode: 'id' });
  report('100 senders, 10,000', await sosRun(SOS));

  // The outage: SOS senders while Redis is down, then Redis is back. Queue time: until all of them are queued.
  const base = await redis.zcard(`${PREFIX}queue:open`);
  await redisServer.stop();
  const outageStart = now();
  const sentAt: Array<{ chat: number; at: number }> = [];
  for (let i = 0; i < SOS; i++) {
    const chat = nextChat++;
    sentAt.push({ chat, at: now() });
    api.send({ op: 'text', chatId: chat, text: 'SOS tolong saya disekap', languageCode: 'id', trace: true });
    await sleep(500);
  }
  await sleep(Math.max(0, 20_000 - (now() - outageStart)));
  redisServer = await startLocalRedis({ dataDir: path.join(dir, 'redis'), port: redisServer.port, logger: quiet });
  while ((await redis.zcard(`${PREFIX}queue:open`).catch(() => 0)) < base + SOS && now() - outageStart < 120_000) await sleep(10);
  const allQueued = now();
  report('Redis down 20 s', sentAt.map(({ chat, at }) => {
    const held = heldAt.get(chat) ?? NaN;
    return { toQueueMs: allQueued - held, toReplyMs: (firstReply.get(chat) ?? NaN) - held, pipeMs: held - at };
  }));
  process.stdout.write(`${JSON.stringify({ bench: 'flood', figures })}\n`);
} finally {
  await bot.stop();
  await api.stop();
  redis.disconnect();
  await redisServer.stop();
  await rm(dir, { recursive: true, force: true });
}
