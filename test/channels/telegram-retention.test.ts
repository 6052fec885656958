/**
 * Retention and /forget on the officers' desk, end to end on Telegram (the loopback Bot API server, real
 * grammY, core, desk worker and Redis): a person's /forget with their case open shows in the case's topic and
 * on its card; once the case is closed and past RETENTION_DAYS, the sweep deletes it and the desk closes its
 * topic; `npm run desk -- watch` says why.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pino } from 'pino';
import { createApp, type App } from '../../src/app.js';
import { createRetention } from '../../src/cases/retention.js';
import { eventLine } from '../../src/cli/desk/event-line.js';
import { createCardRenderer } from '../../src/officers/card.js';
import { streamFields } from '../../src/redis/stream-fields.js';
import { startBotApiServer, type BotApiServer } from '../support/bot-api-server.js';
import { startOfficersGroup, type OfficersGroup } from '../support/officers-group.js';
import { testRedis, type TestRedis } from '../support/redis.js';
import { until } from '../support/until.js';

const logger = pino({ level: 'silent' });
const GROUP = -1001234567899;
const OFFICER = 601;
const DAY = 24 * 3600_000;

let server: BotApiServer;
let t: TestRedis;
let app: App;
let group: OfficersGroup;
let n = 0;

beforeEach(async () => {
  server = await startBotApiServer();
  server.createGroup(GROUP, { forum: true, botIsAdmin: true, title: 'duty desk' });
  t = await testRedis();
  app = createApp({ config: { dataKey: Buffer.alloc(32, 14), deploymentFile: 'data/deployment.json', conversationTtlSeconds: 3600, redis: { prefix: t.prefix } }, redis: t.redis, logger });
  group = await startOfficersGroup({ app, redis: t.redis, server, chatId: GROUP, officerIds: [OFFICER], supervisorIds: [] });
});

afterEach(async () => {
  await group?.stop();
  await server.close();
  await t.cleanup();
});

const send = (body: Parameters<App['hotline']['handle']>[0]['body']) =>
  app.hotline.receive({ channel: 'console', address: 'person-1', messageId: `m${++n}`, at: Date.now(), languageHint: 'en', body });

describe('retention and /forget on the desk', () => {
  it('shows a /forget in the case topic and on the card, and closes the topic once the case is purged', async () => {
    await send({ kind: 'text', text: 'hello' });
    await send({ kind: 'text', text: 'help me they beat us' });
    const [open] = await app.cases.listOpen();
    const caseId = open!.id;
    const thread = await until(async () => group.thread(caseId), 'the case topic');

    const [question] = await send({ kind: 'command', command: 'forget' });
    await send({ kind: 'choice', prompt: question!.prompt!, choice: 'forget:yes' });
    const line = app.cards.t('desk-person-forgotten', { caseId, time: '' }).slice(0, 20);
    await until(async () => group.threadTexts(caseId).some((text) => text.startsWith(line)), 'the forget line in the topic');
    const flag = app.cards.t('desk-card-forgotten', { time: '' }).slice(0, 12);
    await until(async () => group.card(caseId)?.text?.includes(flag), 'the card says asked to be forgotten');

    // An officer closes it; 91 days later the sweep deletes it and the desk closes its topic.
    await t.redis.hset(app.keys.case(caseId), 'status', 'closed', 'updatedAt', String(Date.now()));
    await t.redis.zrem(app.keys.queue, caseId);
    const retention = createRetention({ redis: t.redis, keys: app.keys, logger, retentionMs: 90 * DAY, auditMaxMs: 365 * DAY, maxLen: 10_000, clock: () => Date.now() + 91 * DAY });
    expect((await retention.sweep()).purged).toEqual([caseId]);
    await until(async () => server.calls.some((c) => c.method === 'closeForumTopic' && Number(c.params.message_thread_id) === thread), 'the topic closed');
    expect(await t.redis.exists(app.keys.case(caseId), app.keys.deskCard(caseId), app.keys.deskRef(`${GROUP}:t${thread}`))).toBe(0);

    // The command-line desk's watch says what happened, with no personal data.
    const cards = createCardRenderer({ locales: app.locales, deployment: app.deployment, lang: 'en' });
    const entries = (await t.redis.xrange(app.keys.events, '-', '+')).filter(([, f]) => ['case.forgotten', 'case.purged'].includes(streamFields(f).type ?? ''));
    const lines = entries.map(([id, f]) => eventLine({ t: (k, a) => app.locales.t('en', k, a), cards, sealer: app.sealer }, id, streamFields(f)));
    expect(lines.join('\n')).toContain(app.locales.t('en', 'desk-cli-what-case-forgotten'));
    expect(lines.join('\n')).toContain(app.locales.t('en', 'desk-cli-what-case-purged-retention'));
  });
});
