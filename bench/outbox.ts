/**
 * Benchmark: reply latency through the outbox (src/core/outbox.ts). The real Telegram channel, hotline core
 * and Redis against the loopback Bot API server:
 *  1. quiet: people write one at a time; time from their message to the bot's reply in the chat;
 *  2. load: `--backlog` messages for `--chats` chatty chats wait in the outbox, then a person writes an SOS;
 *     time to their reply (critical first), and how long the backlog took.
 *
 *   npx tsx bench/outbox.ts [--people 50] [--chats 100] [--backlog 2000]
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { pino } from 'pino';
import { createApp } from '../src/app.js';
import { createTelegramChannel } from '../src/channels/telegram/telegram-channel.js';
import type { PersonSender } from '../src/core/delivery.js';
import type { ChannelName } from '../src/core/messages.js';
import { createOutbox } from '../src/core/outbox.js';
import { connectRedis } from '../src/redis/connect.js';
import { startLocalRedis } from '../src/redis/local-server.js';
import { startBotApiServer } from '../test/support/bot-api-server.js';

const { values: flags } = parseArgs({ options: { people: { type: 'string', default: '50' }, chats: { type: 'string', default: '100' }, backlog: { type: 'string', default: '2000' } } });
const TOKEN = '123456:BENCH-token-aaaaaaaaaaaaaaaaaaaa';
const logger = pino({ level: 'silent' });

const dataDir = await mkdtemp(path.join(tmpdir(), 'hotline-bench-outbox-'));
const redisServer = await startLocalRedis({ dataDir, port: 0, logger, install: true });
const redis = await connectRedis({ url: redisServer.url, logger, name: 'bench-outbox' });
const firstReply = new Map<number, number>();
const server = await startBotApiServer({
  record: false,
  onMessage: (e) => {
    if (e.kind === 'sent' && typeof e.chatId === 'number' && !firstReply.has(e.chatId)) firstReply.set(e.chatId, performance.now());
  },
});
const app = createApp({ config: { dataKey: Buffer.alloc(32, 7), deploymentFile: 'data/deployment.json', conversationTtlSeconds: 3600, redis: { prefix: 'bench:' } }, redis, logger });
const senders = new Map<ChannelName, PersonSender>();
const outbox = createOutbox({ redis, keys: app.keys, sealer: app.sealer, logger, senders });
const channel = createTelegramChannel({ config: { token: TOKEN, apiRoot: server.apiRoot, maxRetryAttempts: 2, maxRetrySeconds: 5 }, logger, hotline: app.hotline, outbox });
senders.set('telegram', channel);
await channel.start();
outbox.start();

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))] ?? NaN;
const ms = (x: number) => `${x.toFixed(1)} ms`;
async function until(done: () => boolean, timeoutMs = 60_000) {
  const end = Date.now() + timeoutMs;
  while (!done() && Date.now() < end) await new Promise((r) => setTimeout(r, 2));
}

// 1. Quiet: one person at a time.
const quiet: number[] = [];
for (let i = 0; i < Number(flags.people); i++) {
  const chat = 10_000 + i;
  const at = performance.now();
  server.sendText(chat, 'halo', { languageCode: 'id' });
  await until(() => firstReply.has(chat));
  quiet.push(firstReply.get(chat)! - at);
}
console.log(`outbox bench: reply latency, quiet (${quiet.length} people): p50 ${ms(pct(quiet, 50))}, p99 ${ms(pct(quiet, 99))}`);

// 2. Load: a backlog of ordinary messages waiting, then an SOS.
const chats = Number(flags.chats);
const backlog = Number(flags.backlog);
const start = performance.now();
await Promise.all(Array.from({ length: backlog }, (_, i) => outbox.enqueue({ channel: 'telegram', address: String(20_000 + (i % chats)), messages: [{ text: `pesan ${i}` }], rank: 2 })));
const victim = 99_999;
const sosAt = performance.now();
server.sendText(victim, 'tolong saya dipukul', { languageCode: 'id' });
await until(() => firstReply.has(victim));
const sosMs = firstReply.get(victim)! - sosAt;
await outbox.idle(120_000);
const drainedMs = performance.now() - start;
console.log(`  under load (${backlog} messages for ${chats} chats waiting): SOS reply after ${ms(sosMs)}; the backlog drained in ${ms(drainedMs)}`);
console.log(JSON.stringify({ quietP50Ms: pct(quiet, 50), quietP99Ms: pct(quiet, 99), backlog, chats, sosUnderLoadMs: sosMs, backlogDrainedMs: drainedMs }));

await outbox.stop();
await channel.stop();
await server.close();
redis.disconnect();
await redisServer.stop();
await rm(dataDir, { recursive: true, force: true });
process.exit(0);
