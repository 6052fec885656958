/**
 * Nothing blocks the officers' desk (issue 12): real grammY against the loopback Bot API server (refusals,
 * deleted topics, 429s), the real core, desk worker and Redis. A refused post is parked, reported once and
 * listed by /queue while the next ones go; a new critical card goes before any overview; a swarm of bare
 * SOS is one digest a supervisor can lower at once; a kill between topic and card leaves one topic.
 */
import { Api } from 'grammy';
import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src/app.js';
import { createTelegramBoard } from '../../src/channels/telegram/telegram-board.js';
import type { InboundBody } from '../../src/core/messages.js';
import { createBoardPoster } from '../../src/officers/board-poster.js';
import { startBotApiServer, type BotApiServer } from '../support/bot-api-server.js';
import { startOfficersGroup, TEST_BOT_TOKEN, type OfficersGroup, type OfficersGroupOptions } from '../support/officers-group.js';
import { testRedis, type TestRedis } from '../support/redis.js';

const logger = pino({ level: 'silent' });
const GROUP = -1001234567001;
const OFFICER = 601;
const SUPERVISOR = 609;

let server: BotApiServer;
let t: TestRedis;
let app: App;
let group: OfficersGroup | undefined;

beforeEach(async () => {
  server = await startBotApiServer();
  server.createGroup(GROUP, { forum: true, botIsAdmin: true, title: 'desk' });
  t = await testRedis();
  app = createApp({ config: { dataKey: Buffer.alloc(32, 3), deploymentFile: 'data/deployment.json', conversationTtlSeconds: 3600, redis: { prefix: t.prefix } }, redis: t.redis, logger });
  group = undefined;
});
afterEach(async () => {
  await group?.stop();
  await server.close();
  await t.cleanup();
});

const start = (opts: Partial<OfficersGroupOptions> = {}) =>
  startOfficersGroup({ app, redis: t.redis, server, chatId: GROUP, officerIds: [OFFICER], supervisorIds: [SUPERVISOR], ...opts }).then((g) => (group = g));

let messageNo = 0;
/** A person on the console channel sends these, one after another; returns their case once it is open. */
async function person(address: string, ...bodies: InboundBody[]): Promise<string> {
  for (const body of bodies) await app.hotline.receive({ channel: 'console', address, messageId: `m${++messageNo}`, at: Date.now(), languageHint: 'id', body });
  const open = await app.cases.listOpen({ limit: 1000 });
  const mine = await Promise.all(open.map(async (c) => ((await app.cases.get(c.id))?.private.address === address ? c.id : undefined)));
  const id = mine.find(Boolean);
  if (!id) throw new Error(`no case for ${address}`);
  return id;
}
const sos = (address: string) => person(address, { kind: 'text', text: 'SOS' });
const withFacts = (address: string) => person(address, { kind: 'text', text: 'tolong saya disekap' }, { kind: 'location', lat: 10.627, lon: 103.522, live: false });

const groupTexts = () => server.messages(GROUP).filter((m) => !m.deleted).map((m) => m.text ?? '');
/** The cases whose card the bot sent to the group, in order (a call refused with 429 and sent again counts once). */
const cardCalls = () => [...new Set(server.calls
  .filter((c) => c.method === 'sendMessage' && Number(c.params.chat_id) === GROUP && String(c.params.text).includes('Belum diambil'))
  .map((c) => /KH-[0-9A-Z]{4}/.exec(String(c.params.text))?.[0] ?? ''))];

describe('officers desk under refusals, swarms and kills', () => {
  it('parks a card Telegram refuses, says so once, lists it in /queue, posts the next critical card, and retries it later', async () => {
    server.createGroup(GROUP, { forum: true, botIsAdmin: false }); // cannot create topics: 400
    const refused = await withFacts('p-refused');
    await start();
    const notice = await server.waitFor(() => groupTexts().find((x) => x.startsWith(`⚠ Kiriman tentang ${refused} (kartu) tidak masuk`)));
    expect(notice).toContain('not enough rights to create a topic');
    expect(await t.redis.zscore(app.keys.deskParked, `card:${refused}`)).not.toBeNull();
    expect(await t.redis.zscore(app.keys.deskTodo, `posting:card:${refused}`)).toBeNull(); // out of the way

    // The group works again; a new critical case gets its card at once, the parked one does not hold it back.
    server.createGroup(GROUP, { forum: true, botIsAdmin: true });
    const next = await withFacts('p-next');
    await server.waitFor(() => group!.card(next));
    server.sendGroupText(GROUP, OFFICER, '/queue', { firstName: 'Ayu' });
    const queue = await server.waitFor(() => groupTexts().find((x) => x.includes('Kiriman yang ditolak grup (1)')));
    expect(queue).toContain(`kartu ${refused}`);
    expect(queue).toContain('not enough rights');

    // Its next try comes (moved to now): it goes through, and is no longer parked. Reported once only.
    for (const member of await t.redis.zrange(app.keys.deskParked, '0', '-1')) await t.redis.zadd(app.keys.deskParked, '0', member);
    await server.waitFor(() => group!.card(refused));
    // The card reaches the group a moment before the poster hears back and clears what it kept of the parking.
    await waitFor(async () => ((await t.redis.zcard(app.keys.deskParked)) === 0 && (await t.redis.hlen(app.keys.deskParkedInfo)) === 0 ? true : undefined));
    expect(groupTexts().filter((x) => x.startsWith('⚠ Kiriman tentang'))).toHaveLength(1);
  });

  it('waits out a 429 instead of parking the post', async () => {
    await start();
    server.failNext('createForumTopic', { error_code: 429, description: 'Too Many Requests: retry after 6', retry_after: 6 }, 2);
    const caseId = await withFacts('p-429');
    await server.waitFor(() => group!.card(caseId), 15_000);
    expect(await t.redis.zcard(app.keys.deskParked)).toBe(0);
    expect(server.topics(GROUP)).toHaveLength(1);
  }, 20_000);

  it('moves the card to a new topic when its topic was deleted, and posts the photo sent next there', async () => {
    await start();
    server.sendText(777, 'tolong saya disekap', { languageCode: 'id' });
    const caseId = await waitFor(async () => (await app.cases.listOpen())[0]?.id);
    const oldThread = (await server.waitFor(() => group!.card(caseId))).thread!;
    await group!.channel.bot.api.deleteForumTopic(GROUP, oldThread);
    server.sendPhoto(777);
    const photo = await server.waitFor(() => server.messages(GROUP).find((m) => !m.deleted && m.message.photo !== undefined), 8_000);
    const card = group!.card(caseId)!;
    expect(card.thread).not.toBe(oldThread);
    expect(photo.thread).toBe(card.thread);
    expect(server.topics(GROUP)).toHaveLength(1);
    expect(await t.redis.get(app.keys.deskRef(`${GROUP}:t${card.thread}`))).toBe(caseId);
    expect(await t.redis.get(app.keys.deskRef(`${GROUP}:t${oldThread}`))).toBeNull();
    expect(await t.redis.zcard(app.keys.deskParked)).toBe(0);
  });

  it('posts a genuine case\'s card before a swarm of bare SOS, lists the swarm in one digest a supervisor lowers at once, audited and reversible', async () => {
    await start({ desk: { swarmThreshold: 4 } });
    server.setRateLimits({ group: { max: 6, windowMs: 2_000 } }); // the group takes only so much: posts wait
    const swarm = await Promise.all(Array.from({ length: 8 }, (_, i) => sos(`bot-${i}`)));
    const genuine = await withFacts('genuine');
    // Once the desk has its card waiting, no swarm card goes before it (one may already be on its way).
    const cardsBefore = await waitFor(async () => {
      const waiting = await t.redis.zrange(app.keys.deskTodo, '0', '-1');
      return waiting.includes(`card:${genuine}`) || waiting.includes(`posting:card:${genuine}`) || cardCalls().includes(genuine) ? cardCalls().length : undefined;
    });
    const digest = await server.waitFor(() => server.messages(GROUP).find((m) => m.text?.startsWith('🆘 ') && m.text.includes('SOS baru tanpa keterangan')), 10_000);
    // The genuine case's card went out before the digest, and before every swarm card not already on its way.
    const cards = cardCalls();
    const genuineAt = cards.indexOf(genuine);
    expect(genuineAt).toBeGreaterThanOrEqual(0);
    expect(genuineAt).toBeLessThanOrEqual(cardsBefore + 1); // at most one already on its way
    expect(cards.length).toBeLessThan(9); // some swarm cards were still waiting behind it
    const listed = swarm.filter((id) => digest.text!.includes(id));
    expect(listed.length).toBeGreaterThanOrEqual(4);
    expect(digest.text).not.toContain(genuine);
    const data = group!.buttonData(digest)[0]!;
    expect(data).toMatch(/^b:swarm-lower:/);

    // An officer who is not a supervisor: refused, and audited.
    server.pressGroupButton(GROUP, OFFICER, digest.message_id, data, { firstName: 'Ayu' });
    await server.waitFor(() => server.calls.find((c) => c.method === 'answerCallbackQuery' && String(c.params.text).includes('Hanya supervisor')));
    // The supervisor: every bare SOS lowered to high, each one an audited lowering.
    server.pressGroupButton(GROUP, SUPERVISOR, digest.message_id, data, { firstName: 'Sari' });
    await server.waitFor(() => server.calls.find((c) => c.method === 'answerCallbackQuery' && String(c.params.text).startsWith(`${listed.length} diturunkan`)));
    for (const id of listed) expect((await app.cases.get(id))!).toMatchObject({ urgency: 'high', lowered: { from: 'critical', by: `telegram:${SUPERVISOR}` } });
    expect((await app.cases.get(genuine))!.urgency).toBe('critical');
    const audit = (await t.redis.xrange(app.keys.audit, '-', '+')).map(([, f]) => Object.fromEntries(chunk(f)));
    expect(audit.filter((a) => a.action === 'lower' && a.officer === `telegram:${SUPERVISOR}` && a.result === 'ok').map((a) => a.case).sort()).toEqual([...listed].sort());
    expect(audit.find((a) => a.action === 'swarm-lower')).toMatchObject({ officer: `telegram:${OFFICER}`, result: 'refused' });
    // Reversible case by case.
    expect((await app.desk.restore(listed[0]!, { id: 'cli:budi', supervisor: false })).ok).toBe(true);
    expect((await app.cases.get(listed[0]!))!.urgency).toBe('critical');
    // Every swarm case still gets its card.
    await server.waitFor(() => server.topics(GROUP).length === 9, 20_000);
  }, 40_000);

  it('folds the re-alerts of cases coming due together into one message, mentioning the supervisors once', async () => {
    const ids = [await withFacts('r1'), await withFacts('r2'), await withFacts('r3')];
    await start({ realertMs: { critical: 60_000, high: 600_000 } });
    for (const id of ids) await server.waitFor(() => group!.card(id));
    group!.clock.advance(61_000);
    await group!.deadlinesDone();
    const fold = await server.waitFor(() => server.messages(GROUP).find((m) => m.text?.startsWith('⏰ 3 kasus mendesak menunggu petugas')));
    for (const id of ids) expect(fold.text).toContain(`🔴 KRITIS ${id} · menunggu`);
    expect(server.messages(GROUP).filter((m) => m.text?.startsWith('⏰'))).toHaveLength(1);
    expect((fold.message.entities ?? []).filter((e) => e.type === 'text_mention').map((e) => (e as { user: { id: number } }).user.id)).toEqual([SUPERVISOR]);
  });

  it('keeps one topic per case when killed between creating the topic and posting the card', async () => {
    const caseId = await withFacts('p-kill');
    // A process that dies right after createForumTopic: its board never gets the card out.
    const api = new Api(TEST_BOT_TOKEN, { apiRoot: server.apiRoot });
    const real = await createTelegramBoard({ api, chatId: GROUP, renderer: app.cards, logger });
    const dying = { ...real, createCard: () => Promise.reject(new Error('killed')) };
    const poster = createBoardPoster({ redis: t.redis, keys: app.keys, sealer: app.sealer, store: app.cases, renderer: app.cards, logger, board: dying, supervisors: [] });
    await poster.card(caseId, 'critical', Date.now());
    await poster.drain(Date.now() + 200);
    const recorded = Number(await t.redis.hget(app.keys.deskCard(caseId), 'thread'));
    expect(server.topics(GROUP).map((x) => x.threadId)).toEqual([recorded]);
    await t.redis.del(app.keys.deskTodo); // even with its outbox entry gone, start-up reconciles

    await start();
    const card = await server.waitFor(() => group!.card(caseId));
    expect(card.thread).toBe(recorded);
    expect(server.topics(GROUP)).toHaveLength(1);
  });
});

function chunk(flat: string[]): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (let i = 0; i < flat.length; i += 2) out.push([flat[i]!, flat[i + 1]!]);
  return out;
}

async function waitFor<T>(get: () => Promise<T | undefined>, timeoutMs = 5_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = await get();
    if (v !== undefined) return v;
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
}
