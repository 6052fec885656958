/**
 * A relative's status check and PIN at the Telegram desk, end to end: real grammY against the loopback Bot
 * API server, the real core, desk worker, outbox and Redis. The case's topic hears once that the daily cap
 * of wrong PINs was reached, and that the relative forgot the PIN (and from which chat); an officer's
 * /resetpin sends a new PIN to the chat the report came from and nowhere else, audited; /tell chooses what a
 * status check says.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pino } from 'pino';
import { createApp, type App } from '../../src/app.js';
import { createRelativeAccess } from '../../src/cases/relative-access.js';
import type { OutboundMessage } from '../../src/core/messages.js';
import { startBotApiServer, type BotApiServer } from '../support/bot-api-server.js';
import { startOfficersGroup, type OfficersGroup } from '../support/officers-group.js';
import { testRedis, type TestRedis } from '../support/redis.js';
import { relativeChat, reportMissing } from '../support/relative-report.js';
import { until } from '../support/until.js';

const logger = pino({ level: 'silent' });
const GROUP = -1001234567890;
const OFFICER = 501;
const STRANGER = 999;
const MUM = 7601; // the relative's private chat with the bot
const OTHER = 7602; // someone else who has the case number

let server: BotApiServer;
let t: TestRedis;
let app: App;
let group: OfficersGroup;

beforeEach(async () => {
  server = await startBotApiServer();
  server.createGroup(GROUP, { forum: true, botIsAdmin: true, title: 'KBRI duty desk' });
  t = await testRedis();
  app = createApp({ config: { dataKey: Buffer.alloc(32, 21), deploymentFile: 'data/deployment.json', conversationTtlSeconds: 3600, redis: { prefix: t.prefix } }, redis: t.redis, logger });
  group = await startOfficersGroup({ app, redis: t.redis, server, chatId: GROUP, officerIds: [OFFICER], supervisorIds: [] });
});

afterEach(async () => {
  await group?.stop();
  await server.close();
  await t.cleanup();
});

const texts = (out: OutboundMessage[]) => out.map((m) => m.text).join('\n');
const desk = (key: string, args: Record<string, string | number> = {}) => app.cards.t(key, args);
/** The audit stream's entries, each as `field value …`. */
const audit = async () => (await t.redis.xrange(app.keys.audit, '-', '+')).map(([, f]) => f.join(' '));

describe('telegram desk, a relative\'s PIN', () => {
  it('tells the topic once about the daily cap and a forgotten PIN; /resetpin sends a new PIN to the reporting chat only, audited', async () => {
    const { caseId, pin } = await reportMissing(app, String(MUM));
    const topic = await server.waitFor(() => group.thread(caseId));

    // Twenty wrong PINs from four chats: the cap is reached; more wrong tries do not alert again.
    const access = createRelativeAccess({ redis: t.redis, keys: app.keys, sealer: app.sealer });
    const wrong = pin === '000000' ? '111111' : '000000';
    for (let i = 0; i < 24; i++) await access.checkStatus(caseId, wrong, `guesser-${Math.floor(i / 5)}`);
    const capped = desk('desk-pin-capped', { caseId, failures: 20, senders: 4 });
    await server.waitFor(() => group.threadTexts(caseId).includes(capped) || undefined);

    // Someone in another chat, then the relative, say they forgot the PIN.
    const other = relativeChat(app, String(OTHER));
    await other.toPin(caseId);
    expect(texts(await other.text('forgot my PIN'))).toContain(app.locales.t('en', 'status-forgotten'));
    const mum = relativeChat(app, String(MUM));
    await mum.restart();
    await mum.press('status');
    await mum.text(caseId);
    await mum.press('forgot-pin');
    await server.waitFor(() => group.threadTexts(caseId).includes(desk('desk-pin-forgotten', { caseId })) || undefined);
    expect(group.threadTexts(caseId)).toContain(desk('desk-pin-forgotten-other', { caseId }));
    expect(group.threadTexts(caseId).filter((line) => line === capped)).toHaveLength(1);

    // Someone who is not an officer cannot reset it.
    server.sendGroupText(GROUP, STRANGER, '/resetpin', { threadId: topic });
    await until(async () => (await audit()).some((a) => a.includes('action command:resetpin') && a.includes('result refused')), 'the refusal in the audit');

    // The officer, having called the relative back, resets it in the case's topic.
    const before = { mum: server.messages(MUM).length, other: server.messages(OTHER).length };
    server.sendGroupText(GROUP, OFFICER, '/resetpin', { threadId: topic });
    const sent = await server.waitFor(() => server.messages(MUM).slice(before.mum).find((m) => m.text?.includes(caseId)));
    const fresh = /: (\d{6})/.exec(sent.text ?? '')?.[1];
    expect(sent.text).toBe(app.locales.t('en', 'status-pin-new', { caseId, pin: fresh! }));
    expect(sent.silent).toBe(true);
    await server.waitFor(() => group.text().includes(desk('desk-pin-reset-done', { caseId })) || undefined);
    await server.waitFor(() => group.threadTexts(caseId).includes(desk('desk-pin-reset', { caseId, officer: `telegram:${OFFICER}` })) || undefined);

    // Only the reporting chat has it: not the group, not the other chat, not the audit or the events.
    expect(group.text()).not.toContain(fresh);
    expect(server.messages(OTHER).slice(before.other)).toEqual([]);
    expect(JSON.stringify([await audit(), await t.redis.xrange(app.keys.events, '-', '+')])).not.toContain(fresh);
    expect((await audit()).filter((a) => a.includes('action pin-reset') && a.includes(`officer telegram:${OFFICER}`) && a.includes(`case ${caseId}`) && a.includes('result ok'))).toHaveLength(1);

    // The relative's chat is no longer locked or paused, and the new PIN works there; the old one does not.
    expect(await access.checkStatus(caseId, fresh!, String(MUM))).toBe('received');
    if (fresh !== pin) expect(await access.checkStatus(caseId, pin, 'someone-new')).toBe('no-match');
  });

  it('says "located" only after an officer chooses it with /tell, and back to neutral with /tell nothing', async () => {
    const { caseId, pin } = await reportMissing(app, String(MUM));
    const topic = await server.waitFor(() => group.thread(caseId));
    await t.redis.hset(app.keys.case(caseId), 'status', 'resolved');
    const check = async () => {
      const p = relativeChat(app, String(OTHER + Math.floor(Math.random() * 1000)));
      await p.toPin(caseId);
      return texts(await p.text(pin));
    };
    expect(await check()).toContain('an officer is working on it');

    server.sendGroupText(GROUP, OFFICER, '/tell located', { threadId: topic });
    await server.waitFor(() => group.text().includes(desk('desk-told-located', { caseId })) || undefined);
    expect(await check()).toContain('the person has been located, or is in contact with the embassy');
    await server.waitFor(() => group.card(caseId)?.text?.includes(desk('desk-card-told-located', { caseId, officer: `telegram:${OFFICER}` })) || undefined);

    server.sendGroupText(GROUP, OFFICER, `/tell ${caseId} nothing`);
    await server.waitFor(() => group.text().includes(desk('desk-told-nothing', { caseId })) || undefined);
    expect(await check()).toContain('an officer is working on it');
    await server.waitFor(() => group.card(caseId)?.text?.includes(desk('desk-card-verify-relative', { caseId })) || undefined);
  });
});
