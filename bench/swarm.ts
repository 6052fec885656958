/**
 * `npm run bench:swarm`: a swarm of fake SOS on the officers' desk. 60 throwaway accounts each send "SOS"
 * within a second (60 critical cases with nothing but a danger word), then one genuine person raises the
 * alarm and shares a pin. Prints how long until the genuine case's card is in the group, and the group's
 * posts by kind (cards, topics, swarm digests, digests, folded re-alerts, thread posts, other).
 *
 *   npm run bench:swarm                       # 60 accounts; real-time limits scaled 10×
 *   npm run bench:swarm -- --accounts 60 --scale 10 --minutes 5
 *
 * The group's rate limit (20 posts per sliding minute) is enforced by the loopback Bot API server
 * (test/support/bot-api-server.ts), the desk's own limiter set to the same; `--scale N` shrinks the minute
 * to 60/N s on both sides and every time printed is converted back to real Telegram time. Re-alerts are due
 * after 1 real minute, so that they pile up during the run (`--minutes` of real time).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { pino } from 'pino';
import { createApp } from '../src/app.js';
import { createOfficersDesk } from '../src/channels/telegram/officers-desk.js';
import { createAnswerCheck } from '../src/officers/answer-check.js';
import { createTelegramChannel } from '../src/channels/telegram/telegram-channel.js';
import { createDeskWorker } from '../src/officers/desk-worker.js';
import { createOutbox } from '../src/core/outbox.js';
import { createRelay } from '../src/officers/relay.js';
import { connectRedis } from '../src/redis/connect.js';
import { startLocalRedis } from '../src/redis/local-server.js';
import { startBotApiServer } from '../test/support/bot-api-server.js';

const { values: flags } = parseArgs({ options: { accounts: { type: 'string', default: '60' }, scale: { type: 'string', default: '10' }, minutes: { type: 'string', default: '5' } } });
const ACCOUNTS = Number(flags.accounts);
const SCALE = Number(flags.scale);
const RUN_MS = (Number(flags.minutes) * 60_000) / SCALE;
const GROUP = -1001000000002;
const TOKEN = '123456:BENCH-token-aaaaaaaaaaaaaaaaaaaa';
const logger = pino({ level: 'silent' });

const dataDir = await mkdtemp(path.join(tmpdir(), 'hotline-bench-swarm-'));
const redisServer = await startLocalRedis({ dataDir, port: 0, logger, install: true });
const redis = await connectRedis({ url: redisServer.url, logger, name: 'bench-swarm' });
const server = await startBotApiServer({ rateLimits: { group: { max: 20, windowMs: 60_000 / SCALE } } });
server.createGroup(GROUP, { forum: true, botIsAdmin: true });
const app = createApp({ config: { dataKey: Buffer.alloc(32, 9), deploymentFile: 'data/deployment.json', conversationTtlSeconds: 3600, redis: { prefix: 'bench:' } }, redis, logger });

const desk = createOfficersDesk({ chatId: GROUP, officerIds: [1], supervisorIds: [2], desk: app.desk, renderer: app.cards, redis, keys: app.keys, sealer: app.sealer, check: createAnswerCheck(app), logger, perMinute: 20, windowMs: 60_000 / SCALE });
const channel = createTelegramChannel({ config: { token: TOKEN, apiRoot: server.apiRoot, maxRetryAttempts: 2, maxRetrySeconds: 5 } /* the product's defaults (src/config.ts) */, logger, hotline: app.hotline, before: desk.composer });
await channel.start();
const board = await desk.board(channel.bot.api);
const relay = createRelay({ redis, keys: app.keys, sealer: app.sealer, store: app.cases, locales: app.locales, deployment: app.deployment, outbox: createOutbox({ redis, keys: app.keys, sealer: app.sealer, logger, senders: new Map() }), logger });
const worker = createDeskWorker({
  redis, keys: app.keys, sealer: app.sealer, store: app.cases, relay, renderer: app.cards, logger, board,
  realertMs: { critical: 60_000 / SCALE, high: 300_000 / SCALE }, supervisors: [2], tickMs: 50,
  digestEveryMs: 15_000 / SCALE, realertEveryMs: 60_000 / SCALE,
});
await worker.start();

let n = 0;
const say = (address: string, body: unknown) => app.hotline.receive({ channel: 'console', address, messageId: `${address}-${++n}`, at: Date.now(), languageHint: 'id', body } as never);
const t0 = Date.now();
await Promise.all(Array.from({ length: ACCOUNTS }, (_, i) => say(`throwaway-${i}`, { kind: 'text', text: 'SOS' })));
const swarmMs = Date.now() - t0;
const genuineAt = Date.now();
await say('genuine', { kind: 'text', text: 'tolong saya disekap' });
await say('genuine', { kind: 'location', lat: 10.627, lon: 103.522, live: false });
const open = await app.cases.listOpen({ limit: ACCOUNTS * 2 });
let genuine = '';
for (const c of open) if ((await app.cases.get(c.id))?.private.address === 'genuine') genuine = c.id;

const hasButton = (m: { reply_markup?: unknown }, prefix: string) =>
  JSON.stringify(m.reply_markup ?? {}).includes(`"callback_data":"${prefix}`);
const genuineCard = await server.waitFor(() => server.messages(GROUP).find((m) => hasButton(m, 'd:') && m.text?.includes(genuine)), RUN_MS + 60_000);
const genuineMs = (Date.now() - genuineAt) * SCALE;
await new Promise((r) => setTimeout(r, Math.max(0, RUN_MS - (Date.now() - t0))));

const kinds: Record<string, number> = { card: 0, topic: 0, 'swarm digest': 0, digest: 0, 're-alert (folded)': 0, 'thread post': 0, other: 0 };
const service = server.calls.filter((c) => c.method === 'createForumTopic').length;
for (const m of server.messages(GROUP)) {
  const text = m.text ?? '';
  if (m.message.forum_topic_created) continue;
  if (hasButton(m, 'd:')) kinds.card! += 1;
  else if (hasButton(m, 'b:swarm-lower')) kinds['swarm digest']! += 1;
  else if (text.startsWith('⏰')) kinds['re-alert (folded)']! += 1;
  else if (m.thread !== undefined) kinds['thread post']! += 1;
  else if (/kasus lain menunggu/.test(text)) kinds.digest! += 1;
  else kinds.other! += 1;
}
kinds.topic = service;
const posts = Object.values(kinds).reduce((a, b) => a + b, 0);
const fmt = (ms: number) => (ms >= 60_000 ? `${(ms / 60_000).toFixed(1)} min` : `${(ms / 1000).toFixed(1)} s`);
console.log(`swarm: ${ACCOUNTS} accounts sent "SOS" in ${fmt(swarmMs)}; one genuine case (${genuine}) then raised the alarm with a pin (run at ${SCALE}× speed; times are real Telegram time)`);
console.log(`  genuine case's card in the group after ${fmt(genuineMs)} (in topic ${genuineCard.thread ?? '-'})`);
console.log(`  group posts in ${fmt(RUN_MS * SCALE)}: ${posts} — ${Object.entries(kinds).map(([k, v]) => `${k} ${v}`).join(', ')}`);
console.log(`  posts parked: ${await redis.zcard(app.keys.deskParked)}; still waiting: ${await redis.zcard(app.keys.deskTodo)}; 429s: ${server.rateLimited}`);
console.log(JSON.stringify({ accounts: ACCOUNTS, scale: SCALE, genuineCardMs: genuineMs, posts, kinds }));

await worker.stop();
await channel.stop();
await server.close();
redis.disconnect();
await redisServer.stop();
await rm(dataDir, { recursive: true, force: true });
process.exit(0);
