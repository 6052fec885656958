/**
 * `npm run bench:webhook`: webhook mode as it runs. One and then three bot processes (src/main.ts, as
 * `npm start` runs them, desk worker and linker included) in webhook mode on one redis-server of their own
 * (AOF on), the loopback Bot API server in this process posting updates to them as Telegram does: each chat's
 * next update once the last was answered, `--lanes` (40, Telegram's default max_connections) posts in flight,
 * spread round robin over the processes as a load balancer would.
 *
 * Load: `--people` (200) new people, each an SOS then `--messages` - 1 (9) texts passed on to their case.
 * Prints per setup: answers per second, answer time (POST until 200, i.e. until committed) p50/p99, the bots'
 * CPU per update (utime + stime from /proc, all bot processes), and whether every update was answered 200
 * once and every text passed on. Then a JSON line of the figures.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { Redis } from 'ioredis';
import { pino } from 'pino';
import { startLocalRedis } from '../src/redis/local-server.js';
import { startBotApiServer } from '../test/support/bot-api-server.js';
import { procCpuMs } from './intake/cpu-time.js';
import { percentile, round, sortNum } from './intake/stats.js';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) || fallback : fallback;
};
const PEOPLE = arg('people', 200);
const MESSAGES = arg('messages', 10);
const LANES = arg('lanes', 40);
const SECRET = 'bench_webhook-secret-0123456789';
const quiet = pino({ level: 'silent' });

const freePort = () => new Promise<number>((resolve) => {
  const s = createServer();
  s.listen(0, '127.0.0.1', () => {
    const { port } = s.address() as AddressInfo;
    s.close(() => resolve(port));
  });
});

const dir = await mkdtemp(path.join(tmpdir(), 'hotline-bench-webhook-'));
const redisServer = await startLocalRedis({ dataDir: path.join(dir, 'redis'), logger: quiet });
const redis = new Redis(redisServer.url);
const api = await startBotApiServer({ record: false });

/** Starts one main.ts in webhook mode; resolves once it takes updates by webhook. */
async function startBot(prefix: string, n: number): Promise<{ proc: ChildProcess; url: string }> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/telegram`;
  const env: NodeJS.ProcessEnv = {
    ...process.env, REDIS_URL: redisServer.url, REDIS_PREFIX: prefix, LOG_LEVEL: 'info', NODE_ENV: 'production', HTTP_PORT: String(port),
    TELEGRAM_BOT_TOKEN: '123456:BENCH-token-aaaaaaaaaaaaaaaaaaaa', TELEGRAM_API_ROOT: api.apiRoot, TELEGRAM_WEBHOOK_URL: url, TELEGRAM_WEBHOOK_SECRET: SECRET,
    DATA_KEY: Buffer.alloc(32, 3).toString('base64'), DATA_DIR: path.join(dir, `${prefix.replace(/\W/g, '')}-${n}`), REPLIES_PER_10S: '1000',
  };
  for (const name of ['WHATSAPP_ENABLED', 'OFFICERS_CHAT_ID', 'HTTP_HOST', 'JOURNAL_DIR']) delete env[name];
  const proc = spawn(process.execPath, ['--max-semi-space-size=64', '--import', 'tsx', 'src/main.ts'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  await new Promise<void>((resolve, reject) => {
    proc.once('exit', (code) => reject(new Error(`bot exited (${code})`)));
    createInterface({ input: proc.stderr! }).on('line', (line) => {
      if (line.includes('"telegram channel taking updates by webhook"')) resolve();
    });
    createInterface({ input: proc.stdout! }).on('line', () => undefined);
  });
  return { proc, url };
}

const post = async (url: string, update: object) => {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': SECRET }, body: JSON.stringify(update) });
  await res.arrayBuffer();
  return res.status;
};

let nextUpdate = 1;
let nextChat = 5_000_000;
async function run(processes: number) {
  const prefix = `wh${processes}:`;
  const bots = [];
  for (let i = 0; i < processes; i++) bots.push(await startBot(prefix, i));
  const urls = bots.map((b) => b.url);
  const people = Array.from({ length: PEOPLE }, () => nextChat++);
  const updateOf = (chat: number, i: number) => ({
    update_id: nextUpdate++,
    message: { message_id: i + 1, date: Math.floor(Date.now() / 1000), chat: { id: chat, type: 'private', first_name: 'P' }, from: { id: chat, is_bot: false, first_name: 'P', language_code: 'id' }, text: i === 0 ? 'tolong saya disekap' : `pesan ${i}` },
  });
  const times: number[] = [];
  let bad = 0;
  let posted = 0;
  const cpuBefore = (await Promise.all(bots.map((b) => procCpuMs(b.proc.pid)))).reduce((a: number, b) => a + (b ?? 0), 0);
  const started = performance.now();
  // Each lane: its people, message by message (a chat's next update once the last was answered).
  await Promise.all(Array.from({ length: LANES }, async (_, lane) => {
    const mine = people.filter((_, i) => i % LANES === lane);
    for (let m = 0; m < MESSAGES; m++) {
      for (const chat of mine) {
        const url = urls[posted++ % urls.length]!;
        const t0 = performance.now();
        const status = await post(url, updateOf(chat, m));
        times.push(performance.now() - t0);
        if (status !== 200) bad++;
      }
    }
  }));
  const wallMs = performance.now() - started;
  const cpuAfter = (await Promise.all(bots.map((b) => procCpuMs(b.proc.pid)))).reduce((a: number, b) => a + (b ?? 0), 0);
  const updates = PEOPLE * MESSAGES;
  // Every text passed on once: case.message events in the stream.
  const events = await redis.xrange(`${prefix}events`, '-', '+');
  const passedOn = events.filter(([, f]) => f[f.indexOf('type') + 1] === 'case.message').length;
  const opened = events.filter(([, f]) => f[f.indexOf('type') + 1] === 'case.opened').length;
  for (const b of bots) b.proc.kill('SIGTERM');
  await Promise.all(bots.map((b) => new Promise((r) => (b.proc.exitCode !== null ? r(null) : b.proc.once('exit', r)))));
  const sorted = sortNum(times);
  const figures = {
    processes, updates, perSecond: round(updates / (wallMs / 1000), 0), answerP50Ms: round(percentile(sorted, 50), 1), answerP99Ms: round(percentile(sorted, 99), 1),
    cpuMsPerUpdate: round((cpuAfter - cpuBefore) / updates, 2), not200: bad, casesOpened: opened, passedOn, passedOnExpected: PEOPLE * (MESSAGES - 1),
  };
  process.stdout.write(`${processes} process(es): ${figures.perSecond} updates/s, answer p50 ${figures.answerP50Ms} ms p99 ${figures.answerP99Ms} ms, bot CPU ${figures.cpuMsPerUpdate} ms/update; ` +
    `not 200: ${bad}, cases ${opened}/${PEOPLE}, passed on ${passedOn}/${figures.passedOnExpected}\n`);
  return figures;
}

try {
  const one = await run(1);
  const three = await run(3);
  process.stdout.write(`${JSON.stringify({ bench: 'webhook', people: PEOPLE, messages: MESSAGES, lanes: LANES, one, three })}\n`);
} finally {
  redis.disconnect();
  await api.close();
  await redisServer.stop();
  await rm(dir, { recursive: true, force: true });
}
