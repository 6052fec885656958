/**
 * Stopping the desk worker while its cards wait for the officers' group's rate limit (src/officers/board-poster.ts,
 * src/channels/telegram/telegram-board.ts): the stop does not wait out the group's minute, and the cards that
 * had not gone are still queued, posted once by the next worker (the next process holding the roles lease).
 * Real grammY against the loopback Bot API server, a real Redis.
 */
import { PassThrough } from 'node:stream';
import { Bot } from 'grammy';
import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src/app.js';
import { createTelegramBoard } from '../../src/channels/telegram/telegram-board.js';
import { createConsoleChannel } from '../../src/channels/console/console-channel.js';
import type { PersonSender } from '../../src/core/delivery.js';
import type { ChannelName } from '../../src/core/messages.js';
import { createOutbox } from '../../src/core/outbox.js';
import { createDeskWorker, type DeskWorker } from '../../src/officers/desk-worker.js';
import { createRelay } from '../../src/officers/relay.js';
import { startBotApiServer, type BotApiServer } from '../support/bot-api-server.js';
import { TEST_BOT_TOKEN } from '../support/officers-group.js';
import { testRedis, type TestRedis } from '../support/redis.js';
import { until } from '../support/until.js';

const logger = pino({ level: 'silent' });
const GROUP = -1009876543210;
const PER_MINUTE = 2; // the group takes two posts a minute: the third card waits the whole minute
const CASES = 4;

describe('desk worker stop', () => {
  let t: TestRedis;
  let app: App;
  let server: BotApiServer;
  const workers: DeskWorker[] = [];

  beforeEach(async () => {
    t = await testRedis();
    app = createApp({ config: { dataKey: Buffer.alloc(32, 6), deploymentFile: 'data/deployment.json', conversationTtlSeconds: 3600, redis: { prefix: t.prefix } }, redis: t.redis, logger });
    server = await startBotApiServer();
    server.createGroup(GROUP, { forum: false, botIsAdmin: true });
  });
  afterEach(async () => {
    for (const worker of workers.splice(0)) await worker.stop();
    await server.close();
    await t.cleanup();
  });

  /** A desk worker as src/main.ts builds it, on a board of its own (a new process's rate-limit window). */
  async function startWorker(perMinute: number): Promise<DeskWorker> {
    const api = new Bot(TEST_BOT_TOKEN, { client: { apiRoot: server.apiRoot } }).api;
    const board = await createTelegramBoard({ api, chatId: GROUP, renderer: app.cards, logger, perMinute });
    const person = createConsoleChannel({ hotline: app.hotline, logger, input: new PassThrough(), output: new PassThrough() });
    const senders = new Map<ChannelName, PersonSender>([['console', person]]);
    const outbox = createOutbox({ redis: t.redis, keys: app.keys, sealer: app.sealer, logger, senders });
    const relay = createRelay({ redis: t.redis, keys: app.keys, sealer: app.sealer, store: app.cases, locales: app.locales, deployment: app.deployment, outbox, logger });
    const worker = createDeskWorker({ redis: t.redis, keys: app.keys, sealer: app.sealer, store: app.cases, relay, renderer: app.cards, logger, board, supervisors: [], digestThreshold: 100, realertMs: { critical: 300_000, high: 1_800_000 } });
    workers.push(worker);
    await worker.start();
    return worker;
  }

  it('returns at once while a card waits for the group\'s minute, and the next worker posts what was left, each once', async () => {
    for (let i = 0; i < CASES; i++) {
      await app.hotline.receive({ channel: 'console', address: `p${i}`, messageId: `m${i}`, at: Date.now(), languageHint: 'id', body: { kind: 'text', text: 'tolong saya disekap' } });
    }
    const opened = (await app.cases.listOpen()).map((c) => c.id);
    expect(opened).toHaveLength(CASES);
    // Cases with a fact (not bare SOS, whose cards leave room to others and wait outside their turn).
    for (const id of opened) await t.redis.hset(app.keys.case(id), 'country', 'KH');

    const first = await startWorker(PER_MINUTE);
    await until(async () => server.messages(GROUP).length === PER_MINUTE, 'the first minute\'s cards', 10_000);
    // The third card is waiting inside its turn for a post of this minute to age out.
    await new Promise((r) => setTimeout(r, 300));

    const t0 = Date.now();
    await first.stop();
    const stopMs = Date.now() - t0;
    workers.splice(workers.indexOf(first), 1);
    expect(stopMs).toBeLessThan(3_000); // not the group's minute
    expect(server.messages(GROUP)).toHaveLength(PER_MINUTE);
    expect(await t.redis.zcard(app.keys.deskTodo)).toBe(CASES - PER_MINUTE); // nothing dropped

    await startWorker(20);
    await until(async () => server.messages(GROUP).length >= CASES, 'the rest of the cards', 10_000);
    await until(async () => (await t.redis.zcard(app.keys.deskTodo)) === 0, 'an empty desk queue', 10_000);
    const cards = server.messages(GROUP);
    expect(cards).toHaveLength(CASES);
    for (const id of opened) expect(cards.filter((m) => m.text?.includes(id))).toHaveLength(1);
  }, 30_000);
});
