/**
 * Floods on Telegram, end to end: real grammY against the loopback Bot API server, the real core, a journal
 * on disk and the real Redis. One sender flooding thousands of messages, or a hundred senders flooding ten
 * thousand, do not keep another person's SOS out of the queue; the flooder's words are all kept; the
 * flooder hears far less than they send.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pino } from 'pino';
import { createApp, type App } from '../../src/app.js';
import { createTelegramChannel, type TelegramChannel } from '../../src/channels/telegram/telegram-channel.js';
import { createJournal } from '../../src/core/journal.js';
import { startBotApiServer, type BotApiServer } from '../support/bot-api-server.js';
import { passedOnMessages } from '../support/case-values.js';
import { testRedis, type TestRedis } from '../support/redis.js';
import { until } from '../support/until.js';

const TOKEN = '123456:TEST-token-aaaaaaaaaaaaaaaaaaaa';
const logger = pino({ level: 'silent' });

let server: BotApiServer;
let t: TestRedis;
let app: App;
let channel: TelegramChannel;
let dir: string;

beforeEach(async () => {
  server = await startBotApiServer({ record: true });
  t = await testRedis();
  dir = await mkdtemp(path.join(tmpdir(), 'hotline-flood-'));
  app = createApp({ config: { dataKey: Buffer.alloc(32, 21), deploymentFile: 'data/deployment.json', conversationTtlSeconds: 3600, redis: { prefix: t.prefix } }, redis: t.redis, logger });
  channel = createTelegramChannel({
    config: { token: TOKEN, apiRoot: server.apiRoot, maxRetryAttempts: 3, maxRetrySeconds: 5 },
    logger, hotline: app.hotline, trail: app.trail, store: t.redis,
    journal: createJournal({ dir, name: 'telegram', sealer: app.sealer, logger }),
  });
  await channel.start();
});

afterEach(async () => {
  await channel.stop();
  await server.close();
  await t.cleanup();
  await rm(dir, { recursive: true, force: true });
});

const id = (key: string, args: Record<string, string> = {}) => app.locales.t('id', key, { embassy: app.deployment.embassy.name.id ?? '', discreet: 'yes', ...args });

/** The case opened for a chat: its id once `case.opened` is on the stream and the case is in the queue. */
async function queued(chat: number): Promise<string> {
  return until(async () => {
    const open = await app.cases.listOpen();
    const kase = open.find((c) => c.private.address === String(chat));
    if (!kase) return undefined;
    const opened = (await app.cases.events()).some((e) => e.type === 'case.opened' && e.caseId === kase.id);
    const inQueue = (await t.redis.zscore(app.keys.queue, kase.id)) !== null;
    return opened && inQueue ? kase.id : undefined;
  }, `chat ${chat} in the queue`, 60_000);
}

/** An SOS from a new person, sent behind whatever is queued: how long until its case is queued and it is answered. */
async function sos(chat: number): Promise<{ toQueueMs: number; toReplyMs: number; caseId: string; waitingUnits: number }> {
  const started = Date.now();
  server.sendText(chat, 'tolong saya disekap', { languageCode: 'id' });
  const replied = server.waitForMessages(chat, 1, 60_000).then(() => Date.now() - started);
  const caseId = await queued(chat);
  const toQueueMs = Date.now() - started;
  const { waitingUnits } = channel.intakeStats();
  return { toQueueMs, toReplyMs: await replied, caseId, waitingUnits };
}

/** The texts passed on to a case's officers (`case.message` events), opened. */
async function passedOnTexts(caseId: string): Promise<string[]> {
  return (await passedOnMessages(app, t.redis, caseId))
    .flatMap((m) => (m.kind === 'text' ? m.text.split('\n') : []));
}

describe('telegram intake under a flood', () => {
  it('queues and answers an SOS behind one sender flooding 3,000 messages, keeps every flooded text for the case, and answers the flood far less', async () => {
    const flooder = 8101;
    server.sendText(flooder, 'tolong saya dipukul', { languageCode: 'id' }); // their own case is open first
    const theirs = await queued(flooder);
    const before = server.sentCount(flooder);
    const words = Array.from({ length: 3000 }, (_, i) => `pesan ${i}`);
    for (const w of words) server.sendText(flooder, w);

    const { toQueueMs, toReplyMs, caseId } = await sos(8102);
    expect(caseId).not.toBe(theirs);
    expect((await app.cases.get(caseId))!.urgency).toBe('critical');
    expect(toQueueMs).toBeLessThan(5_000);
    expect(toReplyMs).toBeLessThan(5_000);
    expect(server.messages(8102)[0]!.text).toBe(id('danger-alerted', { caseId }));

    // Every flooded word reaches the flooder's case, none twice; they got a handful of replies, not 3,000.
    const kept = await until(async () => {
      const texts = await passedOnTexts(theirs);
      return texts.length >= words.length ? texts : undefined;
    }, 'every flooded text on the case', 20_000);
    expect(kept.sort()).toEqual([...words].sort());
    const replies = server.sentCount(flooder) - before;
    expect(replies).toBeGreaterThan(0);
    expect(replies).toBeLessThan(words.length / 20);
  });

  it('queues and answers an SOS behind 100 senders flooding 10,000 messages, and answers each flooder far less than they sent', async () => {
    for (let round = 0; round < 100; round++) {
      for (let s = 0; s < 100; s++) server.sendText(8200 + s, `halo ${round}`, { languageCode: 'id' });
    }
    // Telegram hands updates over in order, so the SOS is taken in after the flood (how fast depends on the
    // machine: bench/flood.ts prints it); once taken in, it goes ahead of the thousands still waiting.
    const taken = until(async () => (server.pendingUpdates() === 0 ? Date.now() : undefined), 'every update taken in', 40_000);
    const { toQueueMs, toReplyMs, caseId, waitingUnits } = await sos(8999);
    const sent = Date.now() - toReplyMs;
    const afterTaken = sent + toQueueMs - (await taken);
    expect((await app.cases.get(caseId))!.urgency).toBe('critical');
    expect(afterTaken).toBeLessThan(2_000);
    expect(toReplyMs - toQueueMs).toBeLessThan(2_000);
    expect(waitingUnits).toBeGreaterThan(0); // the flood was still waiting when the SOS got through

    // Each flooder is answered, far less than they wrote; nobody's flood opened a case.
    await until(async () => (server.pendingUpdates() === 0 ? true : undefined), 'every update taken', 20_000);
    await until(async () => {
      for (let s = 0; s < 100; s++) if (server.sentCount(8200 + s) === 0) return undefined;
      return true;
    }, 'every flooder answered', 20_000);
    for (let s = 0; s < 100; s++) expect(server.sentCount(8200 + s)).toBeLessThan(25);
    expect((await app.cases.listOpen()).map((c) => c.id)).toEqual([caseId]);
  });
});
