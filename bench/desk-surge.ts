/**
 * `npm run bench:desk`: a surge on the officers' desk. 200 cases open at once (a raid); the desk must show
 * every one of them to officers in a Telegram group that takes only about 20 posts a minute, critical ones
 * first. Prints how long until each case is visible (in a card or a digest) and in what order.
 *
 *   npm run bench:desk                        # 200 cases: 10% critical, 20% high, 70% normal; real-time limits scaled 10×
 *   npm run bench:desk -- --cases 200 --scale 10
 *
 * The group's rate limit is enforced by the loopback Bot API server (test/support/bot-api-server.ts) the way
 * Telegram does (429 with retry_after over 20 posts per sliding minute), and the desk's own limiter is set to
 * the same rate. `--scale N` shrinks the minute to 60/N seconds on both sides so the run is short; every
 * time printed is converted back to real Telegram time (× N).
 *
 * Cases are opened through the real hotline core (people walking the intake) and a real Redis; the desk
 * worker and the Telegram desk run as in production.
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
import type { OutboundMessage } from '../src/core/messages.js';
import { createDeskWorker } from '../src/officers/desk-worker.js';
import { createOutbox } from '../src/core/outbox.js';
import { createRelay } from '../src/officers/relay.js';
import { connectRedis } from '../src/redis/connect.js';
import { startLocalRedis } from '../src/redis/local-server.js';
import { startBotApiServer } from '../test/support/bot-api-server.js';

const { values: flags } = parseArgs({ options: { cases: { type: 'string', default: '200' }, scale: { type: 'string', default: '10' } } });
const CASES = Number(flags.cases);
const SCALE = Number(flags.scale);
const GROUP = -1001000000001;
const TOKEN = '123456:BENCH-token-aaaaaaaaaaaaaaaaaaaa';
const logger = pino({ level: 'silent' });

const dataDir = await mkdtemp(path.join(tmpdir(), 'hotline-bench-desk-'));
const redisServer = await startLocalRedis({ dataDir, port: 0, logger, install: true });
const redis = await connectRedis({ url: redisServer.url, logger, name: 'bench-desk' });
const server = await startBotApiServer({ rateLimits: { group: { max: 20, windowMs: 60_000 / SCALE } } });
server.createGroup(GROUP, { forum: true, botIsAdmin: true });

const app = createApp({ config: { dataKey: Buffer.alloc(32, 7), deploymentFile: 'data/deployment.json', conversationTtlSeconds: 3600, redis: { prefix: 'bench:' } }, redis, logger });

// Who opened when, and when officers could first see each case.
const urgencyOf = new Map<string, string>();
const visibleAt = new Map<string, number>();
let t0 = 0;
const seen = (text: string | undefined) => {
  for (const id of text?.match(/KH-[2-9A-HJ-NP-Z]{4}/g) ?? []) if (!visibleAt.has(id) && t0) visibleAt.set(id, Date.now() - t0);
};

/** One person walking the intake through the core, answering the obvious way for their urgency. */
async function walk(address: string, kind: 'critical' | 'high' | 'normal') {
  let n = 0;
  const send = (body: unknown) => app.hotline.receive({ channel: 'console', address, messageId: `${address}-${++n}`, at: Date.now(), languageHint: 'id', body });
  let replies: OutboundMessage[] = await send({ kind: 'text', text: kind === 'critical' ? 'tolong saya disekap' : 'halo' });
  const prefer = ['agree', 'myself', 'no', kind === 'high' ? 'violence' : 'wages', 'done', '1', 'anytime', 'skip', 'confirm'];
  const pressed = new Set<string>();
  for (let step = 0; step < 20; step++) {
    const q = [...replies].reverse().find((r) => r.choices?.length || r.requestLocation);
    if (!q) return;
    if (q.requestLocation) {
      replies = await send({ kind: 'location', lat: 10.627, lon: 103.522, live: false });
      continue;
    }
    const ids = q.choices!.flat().map((c) => c.id);
    const id = prefer.find((p) => ids.includes(p) && !(pressed.has(p) && p !== 'done' && p !== 'skip')); // skip: code word, duress word, name
    if (!id) return;
    pressed.add(id);
    replies = await send({ kind: 'choice', prompt: q.prompt ?? 0, choice: id });
    if (id === 'confirm') return;
  }
}

// The bot process: Telegram channel with the officers' desk, and the desk worker.
const desk = createOfficersDesk({ chatId: GROUP, officerIds: [1], supervisorIds: [2], desk: app.desk, renderer: app.cards, redis, keys: app.keys, sealer: app.sealer, check: createAnswerCheck(app), logger, perMinute: 20 * SCALE });
const channel = createTelegramChannel({ config: { token: TOKEN, apiRoot: server.apiRoot, maxRetryAttempts: 5, maxRetrySeconds: 60 }, logger, hotline: app.hotline, before: desk.composer });
await channel.start();
const board = await desk.board(channel.bot.api);
const relay = createRelay({ redis, keys: app.keys, sealer: app.sealer, store: app.cases, locales: app.locales, deployment: app.deployment, outbox: createOutbox({ redis, keys: app.keys, sealer: app.sealer, logger, senders: new Map() }), logger });
const worker = createDeskWorker({
  redis, keys: app.keys, sealer: app.sealer, store: app.cases, relay, renderer: app.cards, logger, board,
  realertMs: { critical: 3_600_000, high: 3_600_000 }, supervisors: [2], tickMs: 100, digestEveryMs: 15_000 / SCALE,
});

// Open every case first (a raid: they all arrive within seconds), then start the desk on the backlog.
const kinds = Array.from({ length: CASES }, (_, i) => (i % 10 === 0 ? 'critical' : i % 10 < 3 ? 'high' : 'normal') as 'critical' | 'high' | 'normal');
const openStart = Date.now();
await Promise.all(kinds.map((kind, i) => walk(`p${i}`, kind)));
const opened = await app.cases.listOpen({ limit: CASES * 2 });
for (const c of opened) urgencyOf.set(c.id, c.urgency);
const openMs = Date.now() - openStart;

t0 = Date.now();
const poll = setInterval(() => {
  for (const m of server.messages(GROUP)) seen(m.text);
}, 20);
await worker.start();
const deadline = Date.now() + (20 * 60_000) / SCALE + 60_000;
while (visibleAt.size < urgencyOf.size && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
for (const m of server.messages(GROUP)) seen(m.text);
clearInterval(poll);
// Let the cards catch up for the "all carded" figure, a little longer.
const cardsDeadline = Date.now() + (30 * 60_000) / SCALE;
while ((await redis.zcard(app.keys.deskTodo)) > 0 && Date.now() < cardsDeadline) await new Promise((r) => setTimeout(r, 100));
const allCardedMs = (Date.now() - t0) * SCALE;

const real = (ms: number) => ms * SCALE;
const fmt = (ms: number) => (ms >= 60_000 ? `${(ms / 60_000).toFixed(1)} min` : `${(ms / 1000).toFixed(1)} s`);
const by = (u: string) => [...urgencyOf].filter(([, v]) => v === u).map(([id]) => real(visibleAt.get(id) ?? Infinity)).sort((a, b) => a - b);
const crit = by('critical');
const high = by('high');
const normal = by('normal');
const all = [...crit, ...high, ...normal].sort((a, b) => a - b);
const pct = (xs: number[], p: number) => xs[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))] ?? NaN;
const criticalFirst = crit.length === 0 || normal.length === 0 || Math.max(...crit) <= Math.min(...normal);
const topics = server.topics(GROUP).length;

console.log(`desk surge: ${urgencyOf.size} cases opened in ${fmt(openMs)} (real time), group limit 20 posts/min (run at ${SCALE}× speed; times below are real Telegram time)`);
console.log(`  critical (${crit.length}): all visible after ${fmt(crit.at(-1) ?? 0)}; p50 ${fmt(pct(crit, 50))}`);
console.log(`  high (${high.length}): all visible after ${fmt(high.at(-1) ?? 0)}`);
console.log(`  normal (${normal.length}): all visible after ${fmt(normal.at(-1) ?? 0)}`);
console.log(`  every case visible to officers: ${fmt(all.at(-1) ?? 0)} (p50 ${fmt(pct(all, 50))})`);
console.log(`  critical all visible before any normal: ${criticalFirst ? 'yes' : 'no'}`);
console.log(`  own card for every case: ${fmt(allCardedMs)} (${topics} topics); 429s from the group limit: ${server.rateLimited}; posts waiting at the end: ${await redis.zcard(app.keys.deskTodo)}`);
console.log(JSON.stringify({ cases: urgencyOf.size, scale: SCALE, criticalAllMs: crit.at(-1), highAllMs: high.at(-1), normalAllMs: normal.at(-1), allVisibleMs: all.at(-1), criticalFirst, allCardedMs, topics, rateLimited: server.rateLimited }));

await worker.stop();
await channel.stop();
await server.close();
redis.disconnect();
await redisServer.stop();
await rm(dataDir, { recursive: true, force: true });
process.exit(0);
