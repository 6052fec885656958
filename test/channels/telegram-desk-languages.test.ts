/**
 * End to end: officers read a person's own words as written, with the language they are in, on the card
 * and in the case's topic of the Telegram desk (real grammY against the loopback Bot API server, the real
 * core, desk worker and Redis). Right-to-left words are isolated so that they cannot reorder the card.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pino } from 'pino';
import { createApp, type App } from '../../src/app.js';
import { createOfficersDesk } from '../../src/channels/telegram/officers-desk.js';
import { createAnswerCheck } from '../../src/officers/answer-check.js';
import { createTelegramChannel, type TelegramChannel } from '../../src/channels/telegram/telegram-channel.js';
import type { PersonSender } from '../../src/core/delivery.js';
import type { ChannelName } from '../../src/core/messages.js';
import { createDeskWorker, type DeskWorker } from '../../src/officers/desk-worker.js';
import { createOutbox } from '../../src/core/outbox.js';
import { createRelay } from '../../src/officers/relay.js';
import { startBotApiServer, type BotApiServer } from '../support/bot-api-server.js';
import { testRedis, type TestRedis } from '../support/redis.js';

const TOKEN = '123456:TEST-token-aaaaaaaaaaaaaaaaaaaa';
const logger = pino({ level: 'silent' });
const GROUP = -1001234567890;
const PERSON = 777;

let server: BotApiServer;
let t: TestRedis;
let app: App;
let channel: TelegramChannel | undefined;
let worker: DeskWorker | undefined;

const groupText = () => server.messages(GROUP).filter((m) => !m.deleted).map((m) => m.text ?? '').join('\n---\n');

async function build() {
  const desk = createOfficersDesk({
    chatId: GROUP, officerIds: [501], supervisorIds: [509], desk: app.desk, renderer: app.cards, redis: t.redis, keys: app.keys,
    sealer: app.sealer, check: createAnswerCheck(app), logger, perMinute: 600,
  });
  channel = createTelegramChannel({ config: { token: TOKEN, apiRoot: server.apiRoot, maxRetryAttempts: 3, maxRetrySeconds: 5 }, logger, hotline: app.hotline, before: desk.composer });
  await channel.start();
  const board = await desk.board(channel.bot.api);
  const senders = new Map<ChannelName, PersonSender>([['telegram', channel]]);
  const relay = createRelay({ redis: t.redis, keys: app.keys, sealer: app.sealer, store: app.cases, locales: app.locales, deployment: app.deployment, outbox: createOutbox({ redis: t.redis, keys: app.keys, sealer: app.sealer, logger, senders }), logger });
  worker = createDeskWorker({
    redis: t.redis, keys: app.keys, sealer: app.sealer, store: app.cases, relay, renderer: app.cards, logger, board,
    realertMs: { critical: 300_000, high: 1_800_000 }, supervisors: [509], tickMs: 50,
  });
  await worker.start();
}

beforeEach(async () => {
  server = await startBotApiServer();
  server.createGroup(GROUP, { forum: true, botIsAdmin: true, title: 'KBRI duty desk' });
  t = await testRedis();
  app = createApp({ config: { dataKey: Buffer.alloc(32, 2), deploymentFile: 'data/deployment.json', conversationTtlSeconds: 3600, redis: { prefix: t.prefix } }, redis: t.redis, logger });
});

afterEach(async () => {
  await worker?.stop();
  await channel?.stop();
  await server.close();
  await t.cleanup();
});

describe('telegram officers desk, words in other languages', () => {
  it('shows a Thai alarm on the card and an Urdu message in the topic as written, with their language', async () => {
    await build();
    const thai = 'ช่วยด้วย โดนขังอยู่ในห้อง';
    server.sendText(PERSON, thai, { languageCode: 'th' });
    let caseId: string | undefined;
    for (const end = Date.now() + 5_000; !caseId && Date.now() < end; await new Promise((r) => setTimeout(r, 20))) caseId = (await app.cases.listOpen())[0]?.id;
    expect(caseId).toBeDefined();
    // The desk speaks Indonesian (the deployment's default): the language is named in it, the reasons too.
    const card = await server.waitFor(() => server.messages(GROUP).find((m) => (m.text ?? '').includes(`${caseId} ·`) && (m.text ?? '').includes('Alasan:')));
    expect(card.text).toContain(`«${thai}» (Thai)`);
    expect(card.text).toContain('Alasan: menulis kata bahaya');

    const urdu = 'میری مدد کریں، مجھے کمرے میں بند کر دیا ہے';
    server.sendText(PERSON, urdu, { languageCode: 'th' });
    await server.waitFor(() => groupText().includes(`«\u2068${urdu}\u2069» (Urdu)`));
    // Each isolate is closed on its own line: nothing of theirs runs into the desk's next line.
    for (const line of groupText().split('\n')) expect(line.split('\u2068').length).toBe(line.split('\u2069').length);
  });
});
