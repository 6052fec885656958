/**
 * After an alarm, on Telegram, end to end: the person's private chat and the officers' forum group through
 * real grammY against the loopback Bot API server, the real core, desk worker, relay and Redis. A reopened
 * case is announced and re-alerted, what the person writes mid-intake reaches the case's topic with its time,
 * pins sent early are kept (the first one too), and a safe time that only says when not to write is never
 * taken for a time to write.
 */
import { quoteWords } from '../../src/officers/person-words.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pino } from 'pino';
import { createApp, type App } from '../../src/app.js';
import { deskData } from '../../src/channels/telegram/card-buttons.js';
import { ForwardedMessage } from '../../src/core/messages.js';
import { mapLink } from '../../src/officers/card.js';
import { streamFields } from '../../src/redis/stream-fields.js';
import { startBotApiServer, type BotApiServer, type BotMessage } from '../support/bot-api-server.js';
import { passedOnMessages } from '../support/case-values.js';
import { startOfficersGroup, type OfficersGroup } from '../support/officers-group.js';
import { testRedis, type TestRedis } from '../support/redis.js';
import { MYSELF } from '../support/who.js';
import { until } from '../support/until.js';

const logger = pino({ level: 'silent' });
const GROUP = -1001234567890;
const OFFICER = 501;
const SUPERVISOR = 509;
const REALERT_MS = 300_000;

let server: BotApiServer;
let t: TestRedis;
let app: App;
let group: OfficersGroup;

beforeEach(async () => {
  server = await startBotApiServer();
  server.createGroup(GROUP, { forum: true, botIsAdmin: true, title: 'KBRI duty desk' });
  t = await testRedis();
  app = createApp({ config: { dataKey: Buffer.alloc(32, 11), deploymentFile: 'data/deployment.json', conversationTtlSeconds: 3600, redis: { prefix: t.prefix } }, redis: t.redis, logger });
  group = await startOfficersGroup({
    app, redis: t.redis, server, chatId: GROUP, officerIds: [OFFICER], supervisorIds: [SUPERVISOR], realertMs: { critical: REALERT_MS, high: 1_800_000 },
  });
});

afterEach(async () => {
  await group?.stop();
  await server.close();
  await t.cleanup();
});

// ---- helpers ---------------------------------------------------------------------------------------

/** A message of the person's locale files (Indonesian), as the renderer fills it in. */
const text = (key: string, args: Record<string, string> = {}) => app.locales.t('id', key, { embassy: app.deployment.embassy.name.id ?? '', ...args });
/** A message of the desk's locale files. */
const desk = (key: string, args: Record<string, string | number> = {}) => app.cards.t(key, args);
const personTexts = (chat: number) => server.messages(chat).map((m) => m.text ?? '');

/** The person presses the button with choice id `id` on the bot's latest message with buttons. */
function press(chat: number, id: string): void {
  const message = server.messages(chat).filter((m) => !m.deleted && ((m.reply_markup ?? {}) as { inline_keyboard?: unknown }).inline_keyboard).at(-1);
  const data = ((message?.reply_markup ?? {}) as { inline_keyboard?: Array<Array<{ callback_data?: string }>> }).inline_keyboard
    ?.flat().map((b) => b.callback_data ?? '').find((d) => d.endsWith(`:${id}`));
  if (!message || !data) throw new Error(`chat ${chat}: no button ${id} on the bot's latest message with buttons`);
  server.pressButton(chat, message.message_id, data);
}

/** The person ticks an option of a multi-select question: the bot edits that message in place. */
async function toggle(chat: number, id: string): Promise<void> {
  const last = server.messages(chat).at(-1)!;
  press(chat, id);
  await server.waitFor(() => server.messages(chat).find((m) => m.message_id === last.message_id && m.edits > last.edits));
}

/** The person does `act`; resolves with the bot's new messages once the last of them is `last`. */
async function exchange(chat: number, act: () => unknown, last: string): Promise<BotMessage[]> {
  const since = server.sentCount(chat);
  act();
  try {
    return await server.waitFor(() => {
      const fresh = server.messages(chat).slice(since);
      return fresh.at(-1)?.text === last ? fresh : undefined;
    });
  } catch (err) {
    throw new Error(`chat ${chat}: expected the bot's last message to be ${JSON.stringify(last)}; got ${JSON.stringify(personTexts(chat).slice(since))}`, { cause: err });
  }
}

/** The open case of the person in `chat`. */
const caseOf = (chat: number) =>
  until(async () => (await app.cases.listOpen()).find((c) => c.private.address === String(chat))?.id, `a case for chat ${chat}`);

/** The person greets the bot, agrees, needs help themselves and is in danger now: the case opens, the location is asked. */
async function dangerNow(chat: number): Promise<string> {
  await exchange(chat, () => server.sendText(chat, 'halo', { languageCode: 'id' }), text('consent'));
  await exchange(chat, () => press(chat, 'agree'), text('ask-who'));
  await exchange(chat, () => press(chat, MYSELF), text('ask-danger'));
  await exchange(chat, () => press(chat, 'yes'), text('ask-location'));
  return caseOf(chat);
}

/** The messages passed on to a case's officers (`case.message` events), opened. */
function passedOn(caseId: string): Promise<ForwardedMessage[]> {
  return passedOnMessages(app, t.redis, caseId);
}

/** The latest 21:00 in Cambodia (UTC+7) before now: 14:00 UTC. */
function ninePmInCambodia(): number {
  const today = new Date();
  const at = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate(), 14, 0);
  return at <= Date.now() ? at : at - 24 * 3600_000;
}

// ---- tests -----------------------------------------------------------------------------------------

describe('telegram, after an alarm', () => {
  it('reopens a case an officer resolved on a new SOS: the same case, critical, queued, announced in the group, and re-alerted while unclaimed', async () => {
    const chat = 7101;
    await exchange(chat, () => server.sendText(chat, 'tolong saya disekap', { languageCode: 'id' }), text('consent'));
    const caseId = await caseOf(chat);
    const card = await server.waitFor(() => group.card(caseId));

    // An officer claims it and sets it resolved, with the card's buttons.
    server.pressGroupButton(GROUP, OFFICER, card.message_id, deskData('claim', caseId), { firstName: 'Ayu' });
    await until(async () => (await app.cases.get(caseId))?.claimedBy, 'the claim');
    server.pressGroupButton(GROUP, OFFICER, card.message_id, deskData('resolved', caseId), { firstName: 'Ayu' });
    await until(async () => (await app.cases.get(caseId))?.status === 'resolved', 'the status');
    await server.waitFor(() => group.card(caseId)?.text?.startsWith(desk('desk-card-head', { urgency: desk('desk-urgency-critical'), caseId, status: desk('desk-status-resolved') })));
    expect(await app.cases.listOpen()).toEqual([]);

    // An ordinary message leaves it resolved.
    await exchange(chat, () => server.sendText(chat, 'terima kasih'), text('consent-not-understood'));
    expect((await app.cases.get(caseId))!.status).toBe('resolved');

    // A new SOS brings the same case back: unclaimed, critical, first in the queue.
    server.sendText(chat, 'tolong, mereka pukul saya lagi');
    const back = await until(async () => {
      const view = await app.cases.get(caseId);
      return view?.status === 'new' ? view : undefined;
    }, 'the case to reopen');
    expect(back).toMatchObject({ id: caseId, urgency: 'critical', reopenedFrom: 'resolved', reopened: 1 });
    expect(back.claimedBy).toBeUndefined();
    expect((await app.cases.listOpen()).map((c) => c.id)).toEqual([caseId]);

    // The group hears of it in its main thread, with the card, and the card says so; no second topic.
    const head = desk('desk-reopened', { caseId, urgency: desk('desk-urgency-critical'), was: desk('desk-status-resolved') });
    const reopened = await server.waitFor(() => group.messages().find((m) => m.text?.startsWith(head)));
    expect(reopened.thread).toBeUndefined();
    expect(reopened.text).toContain(desk('desk-card-unclaimed'));
    const reopenedLine = desk('desk-card-reopened', { times: 1, was: desk('desk-status-resolved') });
    await server.waitFor(() => group.card(caseId)?.text?.includes(reopenedLine) && group.card(caseId)?.text?.includes(desk('desk-card-unclaimed')));
    expect(server.topics(GROUP)).toHaveLength(1);

    // Nobody claims it: once its re-alert time has passed (the desk's clock moved on), the group is alerted again.
    // Re-alerts are folded: one message in the main thread lists every case waiting, a line each.
    const realerts = () => group.messages().filter((m) => m.text?.startsWith('⏰') && m.text.includes(caseId));
    await until(async () => (await t.redis.zscore(app.keys.due, `realert:${caseId}`)) !== null, 'the re-alert deadline');
    group.clock.advance(REALERT_MS - 60_000);
    await group.deadlinesDone();
    expect(realerts()).toEqual([]);
    group.clock.advance(61_000);
    await group.deadlinesDone();
    const realert = await server.waitFor(() => realerts()[0]);
    expect(realert.thread).toBeUndefined(); // the group's main thread, where everyone looks
    expect(realert.text).toContain(`${caseId} · `);
    const mentions = (realert.message.entities ?? []).filter((e) => e.type === 'text_mention');
    expect(mentions.map((e) => (e as { user: { id: number } }).user.id)).toEqual([SUPERVISOR]);

    // Once claimed, the re-alerts for want of a claim stop (those for want of an answer are the response time's).
    server.pressGroupButton(GROUP, OFFICER, card.message_id, deskData('claim', caseId), { firstName: 'Ayu' });
    await until(async () => (await app.cases.get(caseId))?.claimedBy, 'the claim');
    group.clock.advance(REALERT_MS + 1_000);
    await group.deadlinesDone();
    await new Promise((r) => setTimeout(r, 1_500)); // longer than a re-alert waits to be folded with others
    expect(realerts()).toHaveLength(1);
  });

  it('passes on a follow-up that does not answer the question on screen to the case\'s topic, with the time it was written', async () => {
    const chat = 7102;
    const caseId = await dangerNow(chat);
    await server.waitFor(() => group.card(caseId));

    const before = Date.now();
    await exchange(chat, () => server.sendText(chat, 'mereka datang ke kamar'), text('ask-country')); // still asks where they are
    const [message] = (await until(async () => {
      const list = await passedOn(caseId);
      return list.length > 0 ? list : undefined;
    }, 'the case.message event'));
    expect(message).toMatchObject({ kind: 'text', text: 'mereka datang ke kamar' });
    expect(message!.at).toBeGreaterThanOrEqual(Math.floor(before / 1000) * 1000);
    expect(message!.at).toBeLessThanOrEqual(Date.now());

    const post = await server.waitFor(() => group.threadTexts(caseId).find((x) => x.includes('mereka datang ke kamar')));
    expect(post).toBe(`${app.cards.time(message!.at)} · ${desk('desk-person-wrote', { caseId })}\n«mereka datang ke kamar»`);
  });

  it('keeps a pin sent at the consent step after an SOS on the case', async () => {
    const chat = 7103;
    await exchange(chat, () => server.sendText(chat, 'tolong saya disekap', { languageCode: 'id' }), text('consent'));
    const caseId = await caseOf(chat);
    const replies = await exchange(chat, () => server.sendLocation(chat, 11.067, 106.136), text('consent'));
    expect(replies.map((m) => m.text)).toEqual([text('location-noted'), text('consent')]);

    const kase = await until(async () => {
      const view = await app.cases.get(caseId);
      return view?.private.location ? view : undefined;
    }, 'the pin on the case');
    expect(kase.private.location).toEqual({ kind: 'pin', lat: 11.067, lon: 106.136, live: false });
    expect(kase).toMatchObject({ country: 'KH', urgency: 'critical', private: { place: 'Bavet' } });
    await server.waitFor(() => group.card(caseId)?.text?.includes('Lokasi: 11.06700, 106.13600'));
  });

  it('keeps the first pin when a second one comes: the card shows the first and the latest position', async () => {
    const chat = 7104;
    await exchange(chat, () => server.sendText(chat, 'tolong saya disekap', { languageCode: 'id' }), text('consent'));
    const caseId = await caseOf(chat);
    await exchange(chat, () => server.sendLocation(chat, 11.067, 106.136), text('consent'));
    await exchange(chat, () => press(chat, 'agree'), text('ask-danger')); // with a case open, the danger question comes first
    await exchange(chat, () => server.sendLocation(chat, 10.627, 103.522), text('ask-danger'));

    const kase = await until(async () => {
      const view = await app.cases.get(caseId);
      return (view?.private.history?.location?.length ?? 0) >= 2 ? view : undefined;
    }, 'both pins on the case');
    expect(kase.private.location).toEqual({ kind: 'pin', lat: 10.627, lon: 103.522, live: false });
    const versions = kase.private.history!.location!;
    expect(versions.map((v) => v.value)).toEqual([
      { kind: 'pin', lat: 11.067, lon: 106.136, live: false },
      { kind: 'pin', lat: 10.627, lon: 103.522, live: false },
    ]);

    const first = desk('desk-card-first-where', { time: app.cards.time(versions[0]!.at), where: `11.06700, 106.13600 ${mapLink(11.067, 106.136)}` });
    const card = await server.waitFor(() => {
      const now = group.card(caseId)?.text;
      return now?.includes('Lokasi: 10.62700, 103.52200') && now.includes(first) ? now : undefined;
    });
    expect(card.indexOf('Lokasi: 10.62700')).toBeLessThan(card.indexOf(first)); // where they are now, then where they first were
    // Both pins are in the topic too.
    const pins = [[11.067, 106.136], [10.627, 103.522]].map(([lat, lon]) => desk('desk-person-pin', { caseId, lat: lat!.toFixed(5), lon: lon!.toFixed(5), map: mapLink(lat!, lon!) }));
    await server.waitFor(() => pins.every((pin) => group.threadTexts(caseId).some((x) => x.includes(pin))));
  });

  it('never schedules an answer at 21:00 local for "jangan kirim jam 9 malam": it stays held at 21:00, and the card says so', async () => {
    const chat = 7105;
    const caseId = await dangerNow(chat);
    await exchange(chat, () => server.sendLocation(chat, 10.627, 103.522), text('ask-situation')); // Cambodia, UTC+7
    await toggle(chat, 'passport');
    await exchange(chat, () => press(chat, 'done'), text('ask-people'));
    await exchange(chat, () => press(chat, '2-10'), text('ask-contact'));
    await exchange(chat, () => press(chat, 'times'), text('ask-contact-times'));
    const words = 'jangan kirim jam 9 malam';
    await exchange(chat, () => server.sendText(chat, words), text('ask-code-word'));
    await exchange(chat, () => server.sendText(chat, 'lewati'), text('ask-duress-word'));
    await exchange(chat, () => server.sendText(chat, 'lewati'), text('ask-name'));
    await until(async () => (await app.cases.get(caseId))?.private.contactTimes === words, 'the safe time on the case');
    const card = await server.waitFor(() => group.card(caseId));

    // 21:00 in Cambodia, the hour they said not to write: an officer answers in the case's topic.
    const nine = ninePmInCambodia();
    group.clock.moveTo(nine);
    const answer = 'Kami akan menghubungi polisi besok pagi.';
    server.sendGroupText(GROUP, OFFICER, `/reply ${answer}`, { threadId: card.thread, firstName: 'Ayu' });
    await server.waitFor(() => group.threadTexts(caseId).includes(desk('desk-reply-held-unreadable', { caseId })));
    expect(await t.redis.zscore(app.keys.due, `release:${caseId}`)).toBeNull(); // no release by the clock
    const held = (await t.redis.xrange(app.keys.events, '-', '+')).map(([, f]) => streamFields(f)).filter((f) => f.type === 'case.reply' && f.state === 'held');
    expect(held).toEqual([expect.objectContaining({ case: caseId, why: 'unreadable', until: '' })]);

    // The card says it waits until they write, with their own words.
    const safeLine = desk('desk-card-safe', { when: desk('desk-card-safe-unreadable', { times: quoteWords(words, 200) }) });
    await server.waitFor(() => group.card(caseId)?.text?.includes(safeLine) && group.card(caseId)?.text?.includes(desk('desk-card-held', { count: 1 })));

    // Through the hour, nothing goes out.
    for (const minutes of [1, 15, 30, 45, 59]) {
      group.clock.moveTo(nine + minutes * 60_000);
      await group.deadlinesDone();
    }
    expect(personTexts(chat).some((m) => m.includes(answer))).toBe(false);
    expect(await t.redis.llen(app.keys.held(caseId))).toBe(1);
    expect(await t.redis.zscore(app.keys.due, `release:${caseId}`)).toBeNull();

    // When they write again, it goes out.
    server.sendText(chat, 'Sari');
    await server.waitFor(() => personTexts(chat).some((m) => m.includes(answer)));
  });
});
