/**
 * Telegram's health end to end, wired as src/main.ts wires it: real grammY against the loopback Bot API
 * server, the officers' group as the board, the outbox, the metrics, the channel watch and the HTTP server,
 * all on a real Redis. An SOS moves Telegram's series; a refused token (401, as after a revoke in BotFather)
 * turns the channel's state to 0 and readiness to 503, writes one `channel.down` event (the group cannot be
 * told: Telegram is what is down), and once the token works again one `channel.up` and one post in the group.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src/app.js';
import { createOfficersDesk } from '../../src/channels/telegram/officers-desk.js';
import { createTelegramChannel, type TelegramChannel } from '../../src/channels/telegram/telegram-channel.js';
import type { PersonSender } from '../../src/core/delivery.js';
import type { ChannelName } from '../../src/core/messages.js';
import { createOutbox, type Outbox } from '../../src/core/outbox.js';
import { createAnswerCheck } from '../../src/officers/answer-check.js';
import { channelAlertText, createChannelWatch, type ChannelWatch } from '../../src/health/channel-watch.js';
import { createHttpServer, type HttpServer } from '../../src/health/http-server.js';
import { createMetrics } from '../../src/health/metrics.js';
import { streamFields } from '../../src/redis/stream-fields.js';
import { startBotApiServer, type BotApiServer } from '../support/bot-api-server.js';
import { TEST_BOT_TOKEN } from '../support/officers-group.js';
import { quiet as logger } from '../support/scratch-redis.js';
import { testRedis, type TestRedis } from '../support/redis.js';
import { until } from '../support/until.js';

const GROUP = -1001234567001;
const OFFICER = 601;
const PERSON = 7001;

let t: TestRedis;
let server: BotApiServer;
let app: App;
let telegram: TelegramChannel;
let outbox: Outbox;
let watch: ChannelWatch;
let http: HttpServer;
let base: string;

beforeEach(async () => {
  t = await testRedis();
  server = await startBotApiServer();
  server.createGroup(GROUP, { forum: true, botIsAdmin: true, title: 'duty desk' });
  app = createApp({ config: { dataKey: Buffer.alloc(32, 9), deploymentFile: 'data/deployment.json', conversationTtlSeconds: 3600, redis: { prefix: t.prefix } }, redis: t.redis, logger });
  const senders = new Map<ChannelName, PersonSender>();
  outbox = createOutbox({ redis: t.redis, keys: app.keys, sealer: app.sealer, logger, senders });
  const metrics = createMetrics({ redis: t.redis, keys: app.keys, logger, channels: ['telegram'], links: () => watch.links(), cacheMs: 0, processMetrics: false });
  const desk = createOfficersDesk({ chatId: GROUP, officerIds: [OFFICER], supervisorIds: [], desk: app.desk, renderer: app.cards, redis: t.redis, keys: app.keys, sealer: app.sealer, check: createAnswerCheck(app), logger, perMinute: 600 });
  telegram = createTelegramChannel({
    config: { token: TEST_BOT_TOKEN, apiRoot: server.apiRoot, maxRetryAttempts: 0, maxRetrySeconds: 1 },
    logger, hotline: metrics.instrumentHotline(app.hotline), intake: metrics, outbox, before: desk.composer, store: t.redis, probeMs: 200,
  });
  senders.set('telegram', metrics.instrumentSender(telegram));
  await telegram.start();
  const board = await desk.board(telegram.bot.api);
  outbox.start();
  watch = createChannelWatch({
    redis: t.redis, keys: app.keys, logger, intervalMs: 50,
    channels: [{ name: 'telegram', link: () => telegram.link() }],
    tell: async (alert) => {
      if (telegram.link().connected) await board.postGeneral(channelAlertText(app.cards.t, alert, Date.now()));
    },
  });
  watch.start();
  http = createHttpServer({ host: '127.0.0.1', port: 0, redis: t.redis, links: () => watch.links(), metrics, logger });
  base = `http://127.0.0.1:${await http.start()}`;
});

afterEach(async () => {
  await http.stop();
  await watch.stop();
  await outbox.stop();
  await telegram.stop();
  await server.close();
  await t.cleanup();
});

const get = async (path: string) => {
  const res = await fetch(`${base}${path}`);
  return { status: res.status, text: await res.text() };
};
const series = (text: string, name: string) => {
  const line = text.split('\n').find((l) => l.startsWith(`${name} `));
  return line === undefined ? undefined : Number(line.slice(name.length + 1));
};
const channelEvents = async () => (await t.redis.xrange(app.keys.events, '-', '+')).map(([, f]) => streamFields(f)).filter((f) => f.type?.startsWith('channel.'));
const groupTexts = () => server.messages(GROUP).map((m) => m.text ?? '');

describe('telegram health', () => {
  it("moves Telegram's series after an SOS", async () => {
    server.sendText(PERSON, 'SOS tolong saya disekap', { languageCode: 'id' });
    await server.waitForMessages(PERSON, 1, 10_000);
    const text = await until(async () => {
      const m = (await get('/metrics')).text;
      return series(m, 'hotline_reply_seconds_count{channel="telegram"}') === 1 ? m : undefined;
    }, 'the reply observed', 5_000);
    expect(series(text, 'hotline_messages_in_total{channel="telegram"}')).toBe(1);
    expect(series(text, 'hotline_messages_out_total{channel="telegram"}')).toBeGreaterThanOrEqual(1);
    expect(series(text, 'hotline_danger_to_queue_seconds_count{channel="telegram"}')).toBe(1);
    expect(series(text, 'hotline_open_cases{urgency="critical"}')).toBe(1);
    expect(series(text, 'hotline_channel_state{channel="telegram"}')).toBe(1);
    expect(text).not.toContain(String(PERSON));
    expect((await get('/readyz')).status).toBe(200);
  });

  it('reports a refused token: state 0, readiness 503, one notice; and tells the group once it works again', async () => {
    expect(telegram.link()).toEqual({ connected: true });
    server.failNext('getMe', { error_code: 401, description: 'Unauthorized' }, 8);
    server.failNext('getUpdates', { error_code: 401, description: 'Unauthorized' }, 1);
    server.sendText(PERSON + 1, 'halo', { languageCode: 'id' }); // ends the poll waiting now: the next one is refused

    await until(async () => telegram.link().problem === 'unauthorized', 'the channel down', 5_000);
    const metrics = (await get('/metrics')).text;
    expect(series(metrics, 'hotline_channel_state{channel="telegram"}')).toBe(0);
    const ready = await get('/readyz');
    expect(ready.status).toBe(503);
    expect(JSON.parse(ready.text)).toEqual({ ready: false, redis: 'ok', channels: [{ name: 'telegram', connected: false, problem: 'unauthorized' }] });
    await until(async () => (await channelEvents()).length === 1, 'the down event', 2_000);
    expect(await channelEvents()).toMatchObject([{ type: 'channel.down', channel: 'telegram', problem: 'unauthorized' }]);

    // The token works again (the probe's getMe passes): polling again, told once, in the group too.
    await until(async () => telegram.link().connected, 'the channel back', 10_000);
    await until(async () => (await channelEvents()).length === 2, 'the up event', 3_000);
    await until(async () => groupTexts().some((x) => x.includes('Telegram')), 'the post in the group', 5_000);
    await new Promise((r) => setTimeout(r, 300)); // more checks of the watch: nothing more is told
    expect((await channelEvents()).map((e) => e.type)).toEqual(['channel.down', 'channel.up']);
    const posts = groupTexts().filter((x) => x.includes('Telegram'));
    expect(posts).toEqual([app.cards.t('desk-channel-up', { channel: 'telegram', minutes: 1 })]);
    expect(series((await get('/metrics')).text, 'hotline_channel_state{channel="telegram"}')).toBe(1);
    expect((await get('/readyz')).status).toBe(200);
    // What was sent while the token was refused is answered.
    await server.waitForMessages(PERSON + 1, 1, 10_000);
  });

  it('reports Telegram unreachable while polling fails, and tells nobody of a blip shorter than a minute', { timeout: 40_000 }, async () => {
    server.failNext('getUpdates', { error_code: 502, description: 'Bad Gateway' }, 2);
    server.sendText(PERSON + 2, 'halo', { languageCode: 'id' }); // ends the poll waiting now: the next ones fail
    await until(async () => telegram.link().problem === 'unreachable', 'the channel unreachable', 5_000);
    expect((await get('/readyz')).status).toBe(503);
    server.sendText(PERSON + 3, 'halo', { languageCode: 'id' }); // a poll that succeeds answers at once with it
    await until(async () => telegram.link().connected, 'polling again', 20_000);
    await server.waitForMessages(PERSON + 2, 1, 10_000);
    await server.waitForMessages(PERSON + 3, 1, 10_000);
    expect(await channelEvents()).toEqual([]);
    expect(groupTexts().filter((x) => x.includes('Telegram'))).toEqual([]);
  });
});
