/**
 * An officer's `/reply` survives a kill (issue 12, "nothing is lost"): real grammY against the loopback Bot
 * API server, real Redis. Every update of the officers' group is journalled on disk before Telegram hears it
 * was taken, and done once its handler finished; a process killed in between replays it at the next start,
 * and a replay of a `/reply` that was already queued queues nothing twice.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src/app.js';
import { DeskUpdate, deskUpdateId } from '../../src/channels/telegram/telegram-channel.js';
import { createRecordJournal } from '../../src/core/journal.js';
import { startBotApiServer, type BotApiServer } from '../support/bot-api-server.js';
import { startOfficersGroup, TEST_BOT_TOKEN, type OfficersGroup } from '../support/officers-group.js';
import { testRedis, type TestRedis } from '../support/redis.js';
import { until } from '../support/until.js';

const logger = pino({ level: 'silent' });
const GROUP = -1001234567011;
const OFFICER = 611;

let server: BotApiServer;
let t: TestRedis;
let app: App;
let dir: string;
let group: OfficersGroup | undefined;

beforeEach(async () => {
  server = await startBotApiServer();
  server.createGroup(GROUP, { forum: true, botIsAdmin: true, title: 'desk' });
  t = await testRedis();
  app = createApp({ config: { dataKey: Buffer.alloc(32, 3), deploymentFile: 'data/deployment.json', conversationTtlSeconds: 3600, redis: { prefix: t.prefix } }, redis: t.redis, logger });
  dir = await mkdtemp(path.join(tmpdir(), 'hotline-desk-journal-'));
});
afterEach(async () => {
  await group?.stop();
  group = undefined;
  await server.close();
  await t.cleanup();
  await rm(dir, { recursive: true, force: true });
});

const start = async () => (group = await startOfficersGroup({ app, redis: t.redis, server, chatId: GROUP, officerIds: [OFFICER], supervisorIds: [], deskJournalDir: dir }));

async function caseWithTopic(): Promise<{ caseId: string; thread: number }> {
  await app.hotline.receive({ channel: 'console', address: 'p-1', messageId: 'm1', at: Date.now(), languageHint: 'id', body: { kind: 'text', text: 'SOS tolong saya disekap' } });
  const [open] = await app.cases.listOpen({ limit: 10 });
  const caseId = open!.id;
  const thread = await until(async () => group!.thread(caseId), 'the case topic');
  return { caseId, thread };
}

/**
 * An officer writes in the case's topic while no bot polls, and a process takes the update from Telegram (its
 * getUpdates, then the next one confirming it) and dies before handling it: returns the update as it got it.
 */
async function takenByAKilledProcess(thread: number, text: string, confirmed = true): Promise<object> {
  server.sendGroupText(GROUP, OFFICER, text, { threadId: thread, firstName: 'Ayu' });
  const call = async (params: object) => {
    const res = await fetch(`${server.apiRoot}/bot${TEST_BOT_TOKEN}/getUpdates`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(params) });
    return ((await res.json()) as { result: Array<{ update_id: number }> }).result;
  };
  const [update] = await call({ timeout: 0 });
  if (confirmed) await call({ timeout: 0, offset: update!.update_id + 1 });
  return update!;
}

/** What a process that took the update and was killed before its handler finished leaves in the journal. */
async function leftInJournal(update: object): Promise<void> {
  const journal = createRecordJournal({ dir, name: 'telegram-desk', sealer: app.sealer, logger, schema: DeskUpdate, idOf: deskUpdateId });
  await journal.load();
  await journal.add(DeskUpdate.parse({ update })).durable;
  await journal.close();
}

const queued = async (caseId: string) =>
  (await t.redis.xrange(app.keys.events, '-', '+')).filter(([, f]) => f.includes('case.reply') && f.includes(caseId) && f.includes('queued')).length;

describe('the desk journal', () => {
  it('replays an officer\'s /reply that a killed process had taken but not handled: the answer is queued and confirmed', async () => {
    await start();
    const { caseId, thread } = await caseWithTopic();
    await group!.stop();
    group = undefined;
    // Telegram was told the update was taken (the next getUpdates confirmed it); the process died before handling it.
    await leftInJournal(await takenByAKilledProcess(thread, '/reply Kami sudah baca pesan Anda. jwb-a'));
    await start();
    await until(async () => (await queued(caseId)) === 1, 'the answer queued');
    const confirmed = await until(async () => group!.threadTexts(caseId).find((x) => x.includes('jwb-a')), 'the confirmation');
    expect(confirmed).toContain(caseId);
    expect(await t.redis.llen(app.keys.held(caseId))).toBe(1);
  });

  it('handles an update once when Telegram delivers again what the start replayed (the kill came before it was confirmed)', async () => {
    await start();
    const { caseId, thread } = await caseWithTopic();
    await group!.stop();
    group = undefined;
    await leftInJournal(await takenByAKilledProcess(thread, '/reply Kami sudah baca. jwb-d', false));
    await start();
    await until(async () => (await queued(caseId)) === 1, 'the answer queued');
    await until(async () => server.pendingUpdates() === 0, 'Telegram delivered the update again');
    await new Promise((r) => setTimeout(r, 300));
    expect(group!.threadTexts(caseId).filter((x) => x.includes('jwb-d'))).toHaveLength(1);
    expect(await queued(caseId)).toBe(1);
  });

  it('queues a replayed /reply once when the killed process had queued it already', async () => {
    await start();
    const { caseId, thread } = await caseWithTopic();
    await group!.stop();
    const update = await takenByAKilledProcess(thread, '/reply Kami sudah baca. jwb-b');
    await start();
    server.pushUpdate(update); // handled this time
    await until(async () => (await queued(caseId)) === 1, 'the answer queued');
    await group!.stop();
    group = undefined;
    // Killed after the answer was queued but before the done-mark: the journal still has it.
    await leftInJournal(update);
    await start();
    // The replay said its confirmation again (it may not have gone before the kill), and queued nothing more.
    await until(async () => group!.threadTexts(caseId).filter((x) => x.includes('jwb-b')).length >= 2, 'the confirmation again');
    expect(await queued(caseId)).toBe(1);
    expect(await t.redis.llen(app.keys.held(caseId))).toBe(1);
  });

  it('marks a handled update done, so the next start replays nothing', async () => {
    await start();
    const { caseId, thread } = await caseWithTopic();
    server.sendGroupText(GROUP, OFFICER, '/reply Kami sudah baca. jwb-c', { threadId: thread, firstName: 'Ayu' });
    await until(async () => (await queued(caseId)) === 1, 'the answer queued');
    await until(async () => group!.threadTexts(caseId).find((x) => x.includes('jwb-c')), 'the confirmation');
    await group!.stop();
    group = undefined;
    const left = createRecordJournal({ dir, name: 'telegram-desk', sealer: app.sealer, logger, schema: DeskUpdate, idOf: deskUpdateId });
    expect(await left.load()).toEqual([]);
    await left.close();
  });
});
