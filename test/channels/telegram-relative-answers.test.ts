/**
 * A mother reporting her son from home gets the embassy's answers, on Telegram, end to end: real grammY
 * against the loopback Bot API server, the real core, desk worker, relay and Redis. "In this chat, any
 * time" gets the answer itself at once (neutral header, silent, protected); a phone call asked for holds
 * it in the chat until she writes; /restart shows the who-menu again and the report stays with the
 * conversation, so an answer held before /restart, and one given after it, reach her. A report made in
 * discreet mode keeps the worker's rules (one neutral line first).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pino } from 'pino';
import { createApp, type App } from '../../src/app.js';
import { startBotApiServer, type BotApiServer, type BotMessage } from '../support/bot-api-server.js';
import { startOfficersGroup, type OfficersGroup } from '../support/officers-group.js';
import { testRedis, type TestRedis } from '../support/redis.js';
import { until } from '../support/until.js';
import { SOMEONE_ELSE } from '../support/who.js';

const logger = pino({ level: 'silent' });
const GROUP = -1001234567893;
const OFFICER = 701;
const ANSWER = 'Kami sudah menghubungi polisi di Bavet. Mohon tunggu kabar dari kami besok.';
const LATER = 'Kami perlu foto paspornya. Bisa dikirim di sini?';

let server: BotApiServer;
let t: TestRedis;
let app: App;
let group: OfficersGroup;

beforeEach(async () => {
  server = await startBotApiServer();
  server.createGroup(GROUP, { forum: true, botIsAdmin: true, title: 'duty desk' });
  t = await testRedis();
  app = createApp({ config: { dataKey: Buffer.alloc(32, 17), deploymentFile: 'data/deployment.json', conversationTtlSeconds: 3600, redis: { prefix: t.prefix } }, redis: t.redis, logger });
  group = await startOfficersGroup({ app, redis: t.redis, server, chatId: GROUP, officerIds: [OFFICER], supervisorIds: [], realertMs: { critical: 300_000, high: 1_800_000 } });
});

afterEach(async () => {
  await group?.stop();
  await server.close();
  await t.cleanup();
});

const id = (key: string, args: Record<string, string | number> = {}) => app.locales.t('id', key, { embassy: app.deployment.embassy.name.id ?? '', ...args });
const texts = (chat: number) => server.messages(chat).map((m) => m.text ?? '');

function press(chat: number, choice: string): void {
  const message = server.messages(chat).filter((m) => !m.deleted && ((m.reply_markup ?? {}) as { inline_keyboard?: unknown }).inline_keyboard).at(-1);
  const data = ((message?.reply_markup ?? {}) as { inline_keyboard?: Array<Array<{ callback_data?: string }>> }).inline_keyboard
    ?.flat().map((b) => b.callback_data ?? '').find((d) => d.endsWith(`:${choice}`));
  if (!message || !data) throw new Error(`chat ${chat}: no button ${choice} on the bot's latest message with buttons`);
  server.pressButton(chat, message.message_id, data);
}

/** The person does `act`; the bot's new messages once the last of them starts like `last`. */
async function exchange(chat: number, act: () => unknown, last: string): Promise<BotMessage[]> {
  const since = server.sentCount(chat);
  act();
  try {
    return await server.waitFor(() => {
      const fresh = server.messages(chat).slice(since);
      return fresh.at(-1)?.text?.startsWith(last.slice(0, 30)) ? fresh : undefined;
    });
  } catch (err) {
    throw new Error(`chat ${chat}: expected the bot's last message to start like ${JSON.stringify(last)}; got ${JSON.stringify(texts(chat).slice(since))}`, { cause: err });
  }
}

/**
 * A mother's whole report about her son, in Indonesian: reached in this chat (or at `phone`), any time (or
 * at `times`), discreet if asked: the case id.
 */
async function report(chat: number, how: { phone?: string; times?: string; discreet?: boolean } = {}): Promise<string> {
  await exchange(chat, () => server.sendText(chat, 'halo', { languageCode: 'id' }), id('consent'));
  await exchange(chat, () => press(chat, 'agree'), id('ask-who'));
  await exchange(chat, () => press(chat, SOMEONE_ELSE), id('mp-ask-relationship'));
  if (how.discreet) await exchange(chat, () => server.sendCommand(chat, 'discreet'), id('mp-ask-relationship'));
  await exchange(chat, () => press(chat, 'parent'), id('mp-ask-name'));
  await exchange(chat, () => server.sendText(chat, 'Budi Santoso'), id('mp-ask-age'));
  await exchange(chat, () => server.sendText(chat, '24'), id('mp-ask-sex'));
  await exchange(chat, () => press(chat, 'male'), id('mp-ask-hometown'));
  await exchange(chat, () => server.sendText(chat, 'Indramayu'), id('mp-ask-document'));
  await exchange(chat, () => press(chat, 'skip'), id('mp-ask-phone'));
  await exchange(chat, () => press(chat, 'skip'), id('mp-ask-last-heard'));
  await exchange(chat, () => server.sendText(chat, '3 minggu lalu'), id('mp-ask-last-message'));
  await exchange(chat, () => server.sendText(chat, 'Katanya kerjanya tidak seperti yang dijanjikan'), id('mp-ask-country'));
  await exchange(chat, () => press(chat, 'KH'), id('mp-ask-city'));
  await exchange(chat, () => server.sendText(chat, 'Bavet'), id('mp-ask-company'));
  await exchange(chat, () => press(chat, 'skip'), id('mp-ask-job'));
  await exchange(chat, () => server.sendText(chat, 'admin toko online'), id('mp-ask-recruiter'));
  await exchange(chat, () => press(chat, 'skip'), id('mp-ask-photo'));
  await exchange(chat, () => press(chat, 'skip'), id('mp-ask-harm'));
  await exchange(chat, () => press(chat, 'done'), id('mp-ask-contact'));
  if (how.phone) {
    await exchange(chat, () => press(chat, 'phone'), id('mp-ask-contact-phone'));
    await exchange(chat, () => server.sendText(chat, how.phone!), id('mp-ask-contact-when'));
  } else {
    await exchange(chat, () => press(chat, 'this-chat'), id('mp-ask-contact-when'));
  }
  const since = server.sentCount(chat);
  if (how.times) {
    await exchange(chat, () => press(chat, 'times'), id('ask-contact-times'));
    server.sendText(chat, how.times);
  } else {
    press(chat, 'anytime');
  }
  await server.waitFor(() => server.messages(chat).slice(since).some((m) => m.reply_markup && JSON.stringify(m.reply_markup).includes(':confirm')));
  press(chat, 'confirm');
  const [open] = await until(async () => {
    const cases = await app.cases.listOpen();
    return cases.length > 0 ? cases : undefined;
  }, 'the report as a case');
  expect(open).toMatchObject({ kind: 'missing-person', channel: 'telegram' });
  await server.waitFor(() => group.thread(open!.id));
  return open!.id;
}

/** An officer answers in the case's topic. */
function answer(caseId: string, words: string): void {
  server.sendGroupText(GROUP, OFFICER, `/reply ${words}`, { threadId: group.thread(caseId)!, firstName: 'Ayu' });
}

/** The bot's messages to the chat that carry `words`. */
const carrying = (chat: number, words: string) => server.messages(chat).filter((m) => m.text?.includes(words));

describe('telegram: a relative gets answers', () => {
  it('delivers an answer at once to a relative who chose this chat, any time: neutral header, silent, protected', async () => {
    const chat = 7401;
    const caseId = await report(chat);
    answer(caseId, ANSWER);
    const [sent] = await server.waitFor(() => (carrying(chat, ANSWER).length > 0 ? carrying(chat, ANSWER) : undefined));
    expect(sent!.text).toBe(`${id('relay-header', { caseId })}\n\n${ANSWER}`);
    expect(sent).toMatchObject({ silent: true, protected: true });
    expect(texts(chat)).not.toContain(id('relay-notice', { count: 1 })); // no "new message" line: the answer itself
    // The officers' topic says what went, and by which rule.
    await server.waitFor(() => group.threadTexts(caseId).find((x) => x.includes(app.cards.t('desk-reply-rule-relative'))));
    expect(group.threadTexts(caseId).join('\n')).toContain(ANSWER);
  });

  it('holds an answer for a relative who asked for a phone call; /restart shows the who-menu, and answers held before and given after reach her', async () => {
    const chat = 7402;
    const caseId = await report(chat, { phone: '0812 3456 7890' });
    answer(caseId, ANSWER);
    // Held: the officers are told to call (the number is on the card), nothing goes to the chat.
    await server.waitFor(() => group.threadTexts(caseId).find((x) => x === app.cards.t('desk-reply-held-phone', { caseId })));
    expect(carrying(chat, ANSWER)).toEqual([]);

    // /restart: the who-menu again (never the danger question), and the held answer, now that she writes.
    const fresh = await exchange(chat, () => server.sendCommand(chat, 'restart'), id('relay-header', { caseId }));
    expect(fresh.map((m) => m.text)).toContain(id('ask-who'));
    expect(fresh.map((m) => m.text)).not.toContain(id('ask-danger'));
    expect(fresh.at(-1)!.text).toContain(ANSWER);
    expect(await app.cases.get(caseId)).toMatchObject({ status: 'new', kind: 'missing-person' });

    // After /restart the report is still hers: a later answer is held, and reaches her when she writes again.
    answer(caseId, LATER);
    await server.waitFor(() => group.threadTexts(caseId).filter((x) => x === app.cards.t('desk-reply-held-phone', { caseId })).length === 2 || undefined);
    expect(carrying(chat, LATER)).toEqual([]);
    await exchange(chat, () => press(chat, SOMEONE_ELSE), id('relay-header', { caseId }));
    expect(carrying(chat, LATER)).toHaveLength(1);
    expect(texts(chat)).toContain(id('mp-ask-relationship'));
  });

  it('holds an answer until the hours a relative chose for this chat, and delivers it then by the clock (a deadline in Redis)', async () => {
    const chat = 7404;
    const caseId = await report(chat, { times: 'jam 7-9 malam' });
    // 10:00 in the embassy's time zone (a relative's hours are at home): held until 19:00.
    const offset = app.deployment.embassy.utcOffsetMinutes * 60_000;
    const day = Math.floor((Date.now() + offset) / 86_400_000) * 86_400_000 + 86_400_000;
    const at = (hour: number) => day + hour * 3_600_000 - offset;
    group.clock.moveTo(at(10));
    answer(caseId, ANSWER);
    await server.waitFor(() => group.threadTexts(caseId).find((x) => x.startsWith('⏸')));
    expect(Number(await t.redis.zscore(app.keys.due, `release:${caseId}`))).toBe(at(19));
    group.clock.moveTo(at(18) + 59 * 60_000);
    await group.deadlinesDone();
    expect(carrying(chat, ANSWER)).toEqual([]);

    group.clock.moveTo(at(19) + 60_000);
    await group.deadlinesDone();
    const [sent] = await server.waitFor(() => (carrying(chat, ANSWER).length > 0 ? carrying(chat, ANSWER) : undefined));
    expect(sent).toMatchObject({ silent: true, text: `${id('relay-header', { caseId })}\n\n${ANSWER}` });
  });

  it('keeps the worker\'s rules for a report made in discreet mode: one neutral line first, the words in reply to a typed message', async () => {
    const chat = 7403;
    const caseId = await report(chat, { discreet: true });
    answer(caseId, ANSWER);
    await server.waitFor(() => texts(chat).includes(id('relay-notice', { count: 1 })) || undefined);
    expect(carrying(chat, ANSWER)).toEqual([]);
    await exchange(chat, () => server.sendText(chat, 'ada kabar?'), id('relay-header', { caseId }));
    expect(carrying(chat, ANSWER)).toHaveLength(1);
    await server.waitFor(() => group.threadTexts(caseId).find((x) => x.includes(app.cards.t('desk-reply-rule-typed-reply'))));
  });
});
