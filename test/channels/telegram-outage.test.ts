/**
 * Redis outages and crashes on Telegram, end to end: real grammY against the loopback Bot API server, the real
 * core, a journal on disk, and a scratch redis-server of the test's own (AOF on) that is stopped and started
 * again. A new person's SOS sent while Redis is down is answered within seconds with "arrived" (never "saved"),
 * once, and becomes one critical case when Redis is back; a journal left by a process that stopped before its
 * messages were committed, or before their done-marks were written, makes exactly one case.
 */
import { copyFile } from 'node:fs/promises';
import path from 'node:path';
import type { Redis } from 'ioredis';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src/app.js';
import { createTelegramChannel, type TelegramChannel } from '../../src/channels/telegram/telegram-channel.js';
import { createJournal } from '../../src/core/journal.js';
import { connectRedis, quitRedis } from '../../src/redis/connect.js';
import type { LocalRedis } from '../../src/redis/local-server.js';
import { startBotApiServer, type BotApiServer } from '../support/bot-api-server.js';
import { quiet as logger, scratchRedis } from '../support/scratch-redis.js';

const TOKEN = '123456:TEST-token-aaaaaaaaaaaaaaaaaaaa';
const PREFIX = 'outage:';
const { tempDir, scratchServer } = scratchRedis();

let server: BotApiServer;
let redisDir: string;
let journalDir: string;
let redisServer: LocalRedis;
let stops: Array<() => Promise<unknown>>;

beforeEach(async () => {
  stops = [];
  server = await startBotApiServer();
  redisDir = await tempDir();
  journalDir = await tempDir();
  redisServer = await scratchServer(redisDir);
});

afterEach(async () => {
  for (const stop of stops.reverse()) await stop().catch(() => undefined);
  await server.close();
  await redisServer.stop();
});

/** One bot process: its Redis client, app, journal (the shared directory) and Telegram channel, started. */
async function process_(): Promise<{ app: App; redis: Redis; channel: TelegramChannel }> {
  const redis = await connectRedis({ url: redisServer.url, logger, name: 'outage-test' });
  stops.push(() => quitRedis(redis));
  const app = createApp({ config: { dataKey: Buffer.alloc(32, 31), deploymentFile: 'data/deployment.json', conversationTtlSeconds: 3600, redis: { prefix: PREFIX } }, redis, logger });
  const channel = createTelegramChannel({
    config: { token: TOKEN, apiRoot: server.apiRoot, maxRetryAttempts: 3, maxRetrySeconds: 5 },
    logger, hotline: app.hotline, trail: app.trail, store: redis, outageNoticeMs: 1000,
    journal: createJournal({ dir: journalDir, name: 'telegram', sealer: app.sealer, logger }),
  });
  stops.push(() => channel.stop());
  await channel.start();
  return { app, redis, channel };
}

async function until<T>(get: () => Promise<T | undefined | null | false>, what: string, timeoutMs = 15_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await get().catch(() => undefined);
    if (value !== undefined && value !== null && value !== false) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The cases of a chat (open or not). */
const casesOf = async (app: App, chat: number) => (await app.cases.listOpen()).filter((c) => c.private.address === String(chat));
const texts = (chat: number) => server.messages(chat).map((m) => m.text ?? '');
const t = (app: App, key: string) => app.locales.t('id', key);

/** Stops the scratch Redis and starts it again later on the same port and data (its AOF). */
async function restartRedis(): Promise<void> {
  redisServer = await scratchServer(redisDir, redisServer.port);
}

describe('telegram intake while Redis is down', () => {
  it('tells a new person once, within seconds, that the SOS arrived (never that it was saved), and makes it one critical case when Redis is back', async () => {
    const { app, redis } = await process_();
    const chat = 9101;
    await redisServer.stop();
    await until(async () => redis.status !== 'ready', 'the client to see Redis gone');

    const sent = Date.now();
    server.sendText(chat, 'SOS tolong disekap', { languageCode: 'id' });
    await server.waitForMessages(chat, 1, 5_000);
    expect(Date.now() - sent).toBeLessThan(5_000);
    expect(texts(chat)).toEqual([t(app, 'intake-arrived')]);

    // More while it is down: no second notice, nothing says saved or not saved.
    server.sendText(chat, 'mereka ambil paspor saya');
    await until(async () => (server.pendingUpdates() === 0 ? true : undefined), 'the update taken');
    await new Promise((r) => setTimeout(r, 1_500));
    expect(texts(chat)).toEqual([t(app, 'intake-arrived')]);

    await restartRedis();
    const [kase] = await until(async () => {
      const list = await casesOf(app, chat);
      return list.length > 0 ? list : undefined;
    }, 'the case after Redis is back');
    expect(kase).toMatchObject({ urgency: 'critical' });
    await until(async () => (texts(chat).length > 1 ? true : undefined), 'the replies after Redis is back');
    await new Promise((r) => setTimeout(r, 500));
    expect(await casesOf(app, chat)).toHaveLength(1);
    expect(texts(chat)).not.toContain(t(app, 'save-failed'));
    expect(texts(chat).filter((x) => x === t(app, 'intake-arrived'))).toHaveLength(1);
  });

  it('replays a journal left by a process that stopped before committing, once; a replay of what was committed but not marked done changes nothing', async () => {
    const first = await process_();
    const chat = 9201;
    await redisServer.stop();
    await until(async () => first.redis.status !== 'ready', 'the client to see Redis gone');
    server.sendText(chat, 'SOS tolong disekap', { languageCode: 'id' });
    await server.waitForMessages(chat, 1, 5_000);
    // The process goes away with the message only in its journal.
    await first.channel.stop();
    const journalFile = path.join(journalDir, 'telegram.ndjson');
    const crashed = `${journalFile}.crashed`;
    await copyFile(journalFile, crashed);

    await restartRedis();
    const second = await process_();
    const [kase] = await until(async () => {
      const list = await casesOf(second.app, chat);
      return list.length > 0 ? list : undefined;
    }, 'the case from the journal');
    expect(kase).toMatchObject({ urgency: 'critical' });
    await until(async () => (second.channel.intakeStats().running + second.channel.intakeStats().dangerRunning === 0 ? true : undefined), 'the replay done');
    const events = (await second.app.cases.events()).length;
    await second.channel.stop();

    // A kill before the done-marks reached the disk: the same entries are replayed again.
    await copyFile(crashed, journalFile);
    const third = await process_();
    await until(async () => (third.channel.intakeStats().parked === 0 && (await third.app.cases.events()).length >= events ? true : undefined), 'the replay');
    await new Promise((r) => setTimeout(r, 1_000));
    expect(await casesOf(third.app, chat)).toHaveLength(1);
    expect((await third.app.cases.events()).length).toBe(events);
    // …and the journal is clean afterwards: a fourth start has nothing to replay.
    await third.channel.stop();
    const left = await createJournal({ dir: journalDir, name: 'telegram', sealer: third.app.sealer, logger }).load();
    expect(left).toEqual([]);
  });
});
