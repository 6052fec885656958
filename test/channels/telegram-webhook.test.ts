/**
 * Webhook mode, end to end: the real Telegram channel (grammY) behind the real HTTP server (Fastify) with the
 * webhook route, the loopback Bot API server posting updates to it as Telegram does (the secret header from
 * setWebhook), the real core, a journal on disk and a scratch redis-server of the test's own.
 *
 * A request without the secret or with another gets 403 and nothing of it is logged; a malformed body gets 200
 * and is dropped, and the next good update is answered; an update is answered 200 only once committed (while
 * Redis is down, 500 after WEBHOOK_ANSWER_MS, and the same update sent again once Redis is back makes one case);
 * a replayed update is processed once; a person's SOS gets its reply. Three processes on one Redis, taking one
 * person's messages in turn, keep their order and pass each on once.
 */
import type { Redis } from 'ioredis';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src/app.js';
import { createTelegramChannel, type TelegramChannel } from '../../src/channels/telegram/telegram-channel.js';
import { mountTelegramWebhook } from '../../src/channels/telegram/webhook-route.js';
import { createJournal } from '../../src/core/journal.js';
import { createHttpServer } from '../../src/health/http-server.js';
import { createMetrics, type Metrics } from '../../src/health/metrics.js';
import { connectRedis, quitRedis } from '../../src/redis/connect.js';
import type { LocalRedis } from '../../src/redis/local-server.js';
import { streamFields } from '../../src/redis/stream-fields.js';
import { startBotApiServer, type BotApiServer } from '../support/bot-api-server.js';
import { captureLogger, quiet, scratchRedis, type LogLine } from '../support/scratch-redis.js';
import { until } from '../support/until.js';
import { passedOnMessages } from '../support/case-values.js';

const TOKEN = '123456:TEST-token-aaaaaaaaaaaaaaaaaaaa';
const SECRET = 'webhook_secret-0123456789abcdef';
const PATH = '/telegram/hook';
const PREFIX = 'webhook:';
const { tempDir, scratchServer } = scratchRedis();

let server: BotApiServer;
let redisDir: string;
let redisServer: LocalRedis;
let stops: Array<() => Promise<unknown>>;

beforeEach(async () => {
  stops = [];
  server = await startBotApiServer();
  redisDir = await tempDir();
  redisServer = await scratchServer(redisDir);
});

afterEach(async () => {
  for (const stop of stops.reverse()) await stop().catch(() => undefined);
  await server.close();
  await redisServer.stop();
});

interface Proc { app: App; redis: Redis; channel: TelegramChannel; metrics: Metrics; url: string; lines: LogLine[] }

/** One bot process in webhook mode: Redis client, app, HTTP server with the webhook route, journal, channel (started). */
async function process_(opts: { answerMs?: number } = {}): Promise<Proc> {
  const redis = await connectRedis({ url: redisServer.url, logger: quiet, name: 'webhook-test' });
  stops.push(() => quitRedis(redis));
  const { logger, lines } = captureLogger();
  const app = createApp({ config: { dataKey: Buffer.alloc(32, 41), deploymentFile: 'data/deployment.json', conversationTtlSeconds: 3600, redis: { prefix: PREFIX } }, redis, logger });
  const metrics = createMetrics({ redis, keys: app.keys, logger, channels: ['telegram'], processMetrics: false });
  const http = createHttpServer({ host: '127.0.0.1', port: 0, redis, links: () => [], metrics, logger });
  const live: { channel?: TelegramChannel } = {}; // the route is mounted before the server listens, the channel made after
  mountTelegramWebhook(http.app, { path: PATH, secret: SECRET, answerMs: opts.answerMs ?? 10_000, logger, intake: () => live.channel, count: (o) => metrics.webhookRequest(o) });
  const url = `http://127.0.0.1:${await http.start()}${PATH}`;
  stops.push(() => http.stop());
  const channel = createTelegramChannel({
    config: { token: TOKEN, apiRoot: server.apiRoot, maxRetryAttempts: 3, maxRetrySeconds: 5, repliesPer10s: 1000, webhook: { url, secret: SECRET } },
    logger, hotline: metrics.instrumentHotline(app.hotline), intake: metrics, trail: app.trail, store: redis, outageNoticeMs: 1000,
    journal: createJournal({ dir: await tempDir(), name: 'telegram', sealer: app.sealer, logger }),
  });
  live.channel = channel;
  stops.push(() => channel.stop());
  await channel.start();
  return { app, redis, channel, metrics, url, lines };
}

/** A counter's value in the process's metrics. */
async function counted(metrics: Metrics, outcome: string): Promise<number> {
  const line = (await metrics.registry.getSingleMetricAsString('hotline_webhook_requests_total')).split('\n').find((l) => l.startsWith(`hotline_webhook_requests_total{outcome="${outcome}"} `));
  return line ? Number(line.split(' ').at(-1)) : 0;
}

const casesOf = async (app: App, chat: number) => (await app.cases.listOpen()).filter((c) => c.private.address === String(chat));
const texts = (chat: number) => server.messages(chat).map((m) => m.text ?? '');
const id = (app: App, key: string, args: Record<string, string> = {}) => app.locales.t('id', key, { embassy: app.deployment.embassy.name.id ?? '', discreet: 'yes', ...args });

/** The texts passed on to a case's officers (`case.message` events), opened, in stream order. */
async function passedOnTexts(p: Proc, caseId: string): Promise<string[]> {
  return (await passedOnMessages(p.app, p.redis, caseId)).flatMap((m) => (m.kind === 'text' ? [m.text] : []));
}

describe('telegram webhook mode', () => {
  it('sets the webhook with its secret and the updates polling asks for, and does not poll', async () => {
    const p = await process_();
    expect(server.webhook()).toEqual({ url: p.url, secretToken: SECRET, allowedUpdates: ['message', 'edited_message', 'callback_query', 'my_chat_member'], dropPendingUpdates: false });
    expect(server.counts.getUpdates ?? 0).toBe(0);
    expect(server.counts.deleteWebhook ?? 0).toBe(0);
    expect(p.channel.link()).toEqual({ connected: true });
  });

  it('refuses a request without the secret or with another one (403), logging none of its payload, and processes nothing of it', async () => {
    const p = await process_();
    const chat = 7101;
    const update = { update_id: 1, message: { message_id: 1, date: Math.floor(Date.now() / 1000), chat: { id: chat, type: 'private', first_name: 'Siti' }, from: { id: chat, is_bot: false, first_name: 'Siti' }, text: 'tolong saya disekap di gedung 7' } };
    expect((await server.postWebhook(update, { secretToken: null })).status).toBe(403);
    expect((await server.postWebhook(update, { secretToken: 'wrong' })).status).toBe(403);
    expect((await server.postWebhook(update, { secretToken: SECRET.replace(/.$/, 'X') })).status).toBe(403); // same length, last character off
    expect(await counted(p.metrics, 'forbidden')).toBe(3);
    const refused = p.lines.filter((l) => l.msg.startsWith('webhook request refused'));
    expect(refused.map((l) => l.secret)).toEqual(['missing', 'wrong', 'wrong']);
    const logged = JSON.stringify(p.lines);
    for (const word of ['tolong', 'gedung', 'Siti', String(chat)]) expect(logged).not.toContain(word);
    await new Promise((r) => setTimeout(r, 300));
    expect(await casesOf(p.app, chat)).toEqual([]);
    expect(server.sentCount(chat)).toBe(0);
  });

  it('answers a malformed body 200 and drops it (counted), and still answers the next good update', async () => {
    const p = await process_();
    for (const body of ['not json {', '', JSON.stringify({ foo: 1 }), JSON.stringify({ update_id: 'x' }), JSON.stringify({ update_id: 9, message: { message_id: 1, date: 1, chat: { id: 'not a number', type: 'private' } } }), JSON.stringify([1, 2])]) {
      expect((await server.postWebhook(body)).status, body).toBe(200);
    }
    expect(await counted(p.metrics, 'malformed')).toBe(6);
    const dropped = p.lines.filter((l) => l.msg.startsWith('webhook update dropped'));
    expect(dropped).toHaveLength(6);
    expect(JSON.stringify(dropped)).not.toContain('not a number'); // where it fails, not what it holds

    const chat = 7201;
    server.sendText(chat, 'tolong saya disekap', { languageCode: 'id' });
    const [post] = await server.deliverWebhook();
    expect(post).toMatchObject({ status: 200 });
    const [kase] = await casesOf(p.app, chat);
    expect(kase).toMatchObject({ urgency: 'critical' });
    await server.waitForMessages(chat, 1);
    expect(texts(chat)[0]).toBe(id(p.app, 'danger-alerted', { caseId: kase!.id }));
  });

  it('answers 200 only once the update is committed: while Redis is down, 500 after WEBHOOK_ANSWER_MS; sent again once it is back, one case', async () => {
    const p = await process_({ answerMs: 1_500 });
    const chat = 7301;
    await redisServer.stop();
    await until(async () => p.redis.status !== 'ready', 'the client to see Redis gone');

    server.sendText(chat, 'SOS tolong disekap', { languageCode: 'id' });
    const started = Date.now();
    const [first] = await server.deliverWebhook();
    expect(first!.status).toBe(500); // taken in (journalled, the person told it arrived), not committed
    expect(Date.now() - started).toBeGreaterThanOrEqual(1_400);
    expect(await counted(p.metrics, 'timeout')).toBe(1);
    expect(server.pendingUpdates()).toBe(1); // Telegram keeps it and sends it again
    await server.waitForMessages(chat, 1);
    expect(texts(chat)).toEqual([id(p.app, 'intake-arrived')]);

    redisServer = await scratchServer(redisDir, redisServer.port);
    const [again] = await server.deliverWebhook();
    expect(again!.status).toBe(200);
    expect(await casesOf(p.app, chat)).toHaveLength(1); // committed when answered
    expect(server.pendingUpdates()).toBe(0);
    await until(async () => texts(chat).length >= 2, 'the reply once Redis is back');
    await new Promise((r) => setTimeout(r, 500));
    expect(await casesOf(p.app, chat)).toHaveLength(1);
    const [kase] = await casesOf(p.app, chat);
    expect(texts(chat).filter((t) => t === id(p.app, 'danger-alerted', { caseId: kase!.id }))).toHaveLength(1);
  });

  it('processes a replayed update once, as polling does: no second case or passed-on message; the latest gets its question again, an older one nothing', async () => {
    const p = await process_();
    const chat = 7401;
    server.sendText(chat, 'tolong saya dipukul', { languageCode: 'id' });
    const [sos] = await server.deliverWebhook();
    const [kase] = await casesOf(p.app, chat);
    await server.waitForMessages(chat, 1);
    server.sendText(chat, 'gedung 7 lantai 3');
    const [post] = await server.deliverWebhook();
    expect(post!.status).toBe(200);
    expect(await passedOnTexts(p, kase!.id)).toEqual(['gedung 7 lantai 3']);
    await until(async () => server.sentCount(chat) >= 2, 'the reply to the second message');
    await new Promise((r) => setTimeout(r, 300));
    const before = texts(chat);

    // The latest again (Telegram sends it again when our 200 was lost): the question on screen again, nothing redone.
    for (let i = 0; i < 2; i++) expect((await server.postWebhook(post!.update)).status).toBe(200);
    await until(async () => texts(chat).length > before.length, 'the question repeated');
    await new Promise((r) => setTimeout(r, 300));
    const repeated = texts(chat).slice(before.length);
    for (const t of repeated) expect(before).toContain(t); // only what was on screen already
    // An older one again: nothing at all.
    expect((await server.postWebhook(sos!.update)).status).toBe(200);
    await new Promise((r) => setTimeout(r, 500));
    expect(texts(chat)).toHaveLength(before.length + repeated.length);
    expect(await passedOnTexts(p, kase!.id)).toEqual(['gedung 7 lantai 3']);
    expect(await casesOf(p.app, chat)).toHaveLength(1);
  });

  it('refuses updates (503) once the channel stopped, so that Telegram sends them again', async () => {
    const p = await process_();
    await p.channel.stop();
    server.sendText(7501, 'halo', { languageCode: 'id' });
    const [post] = await server.deliverWebhook();
    expect(post!.status).toBe(503);
    expect(server.pendingUpdates()).toBe(1);
    expect(await counted(p.metrics, 'unavailable')).toBe(1);
  });
});

describe('three processes in webhook mode on one Redis', () => {
  it("keep one person's messages in order and pass each on once when they arrive at the three in turn", async () => {
    const procs = [await process_(), await process_(), await process_()];
    const urls = procs.map((p) => p.url);
    const chat = 7601;
    server.sendText(chat, 'tolong saya dipukul', { languageCode: 'id' });
    await server.deliverWebhook({ urls: urls.slice(1) }); // the SOS at the second process
    const [kase] = await casesOf(procs[0]!.app, chat);
    expect(kase).toMatchObject({ urgency: 'critical' });

    // One at a time, each at the next process: passed on by the time it is answered.
    const first = Array.from({ length: 6 }, (_, i) => `satu ${i}`);
    for (const [i, w] of first.entries()) {
      server.sendText(chat, w);
      expect((await server.deliverWebhook({ urls: [urls[i % 3]!] }))[0]!.status).toBe(200);
      expect(await passedOnTexts(procs[(i + 1) % 3]!, kase!.id)).toEqual(first.slice(0, i + 1));
    }
    // A burst, spread over the three as a load balancer does.
    const words = Array.from({ length: 15 }, (_, i) => `pesan ${i}`);
    for (const w of words) server.sendText(chat, w);
    const posts = await server.deliverWebhook({ urls });
    expect(posts.map((x) => x.status)).toEqual(words.map(() => 200));
    expect(new Set(posts.map((x) => x.url)).size).toBe(3);
    // Each answered after its commit: in order, each once, whichever process took it.
    expect(await passedOnTexts(procs[0]!, kase!.id)).toEqual([...first, ...words]);

    // Telegram sends one of them again, to another process: still once.
    expect((await server.postWebhook(posts[4]!.update, { url: urls[2] })).status).toBe(200);
    expect((await server.postWebhook(posts[4]!.update, { url: urls[0] })).status).toBe(200);
    expect(await passedOnTexts(procs[1]!, kase!.id)).toEqual([...first, ...words]);
    expect(await procs[0]!.app.cases.listOpen()).toHaveLength(1);
    const opened = (await procs[0]!.redis.xrange(procs[0]!.app.keys.events, '-', '+')).map(([, flat]) => streamFields(flat)).filter((f) => f.type === 'case.opened');
    expect(opened).toHaveLength(1);
    // Every process took some of them.
    for (const p of procs) expect(await counted(p.metrics, 'taken')).toBeGreaterThan(0);
  });
});
