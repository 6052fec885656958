/**
 * End to end, as a guard holding the person's phone would try it: the person's private chat and the
 * officers' forum group through real grammY against the loopback Bot API server, with the real core,
 * desk worker, relay and Redis. A held answer is not shown to /start, a sticker or a button, only after
 * the code word; guesses lock it; the duress word gets an ordinary reply and stops the chat until /resume.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pino } from 'pino';
import { createApp, type App } from '../../src/app.js';
import { createAnswerCheck } from '../../src/officers/answer-check.js';
import { createOfficersDesk } from '../../src/channels/telegram/officers-desk.js';
import { createTelegramChannel, type TelegramChannel } from '../../src/channels/telegram/telegram-channel.js';
import type { PersonSender } from '../../src/core/delivery.js';
import type { ChannelName } from '../../src/core/messages.js';
import { createDeskWorker, type DeskWorker } from '../../src/officers/desk-worker.js';
import { createOutbox } from '../../src/core/outbox.js';
import { createRelay } from '../../src/officers/relay.js';
import { startBotApiServer, type BotApiServer, type BotMessage } from '../support/bot-api-server.js';
import { testRedis, type TestRedis } from '../support/redis.js';

const TOKEN = '123456:TEST-token-aaaaaaaaaaaaaaaaaaaa';
const logger = pino({ level: 'silent' });
const GROUP = -1001234567891;
const OFFICER = 601;
const PERSON = 888;
const ANSWER = 'Police will come to building B7 at 02:00. Hide in the toilet on floor 3.';

let server: BotApiServer;
let t: TestRedis;
let app: App;
let channel: TelegramChannel;
let worker: DeskWorker;

interface Button { text: string; callback_data?: string }
const buttons = (m: BotMessage | undefined): Button[] => ((m?.reply_markup ?? {}) as { inline_keyboard?: Button[][] }).inline_keyboard?.flat() ?? [];
const personTexts = () => server.messages(PERSON).map((m) => m.text ?? '');
const groupText = () => server.messages(GROUP).filter((m) => !m.deleted).map((m) => m.text ?? '').join('\n---\n');
const en = (key: string, args?: Record<string, string>) => app.locales.t('en', key, args);

beforeEach(async () => {
  server = await startBotApiServer();
  server.createGroup(GROUP, { forum: true, botIsAdmin: true, title: 'duty desk' });
  t = await testRedis();
  app = createApp({ config: { dataKey: Buffer.alloc(32, 8), deploymentFile: 'data/deployment.json', conversationTtlSeconds: 3600, redis: { prefix: t.prefix } }, redis: t.redis, logger });
  const desk = createOfficersDesk({ chatId: GROUP, officerIds: [OFFICER], supervisorIds: [], desk: app.desk, renderer: app.cards, redis: t.redis, keys: app.keys, sealer: app.sealer, check: createAnswerCheck(app), logger, perMinute: 6000 });
  channel = createTelegramChannel({ config: { token: TOKEN, apiRoot: server.apiRoot, maxRetryAttempts: 3, maxRetrySeconds: 5 }, logger, hotline: app.hotline, before: desk.composer });
  await channel.start();
  const board = await desk.board(channel.bot.api);
  const senders = new Map<ChannelName, PersonSender>([['telegram', channel]]);
  const relay = createRelay({ redis: t.redis, keys: app.keys, sealer: app.sealer, store: app.cases, locales: app.locales, deployment: app.deployment, outbox: createOutbox({ redis: t.redis, keys: app.keys, sealer: app.sealer, logger, senders }), logger });
  worker = createDeskWorker({ redis: t.redis, keys: app.keys, sealer: app.sealer, store: app.cases, relay, renderer: app.cards, logger, board, realertMs: { critical: 300_000, high: 1_800_000 }, supervisors: [], tickMs: 50 });
  await worker.start();
});

afterEach(async () => {
  await worker.stop();
  await channel.stop();
  await server.close();
  await t.cleanup();
});

/** The person does `act`, then the bot's new messages to them once it has sent `count` (or none, after a pause). */
async function person(act: () => unknown, count = 1): Promise<string[]> {
  const since = server.sentCount(PERSON);
  act();
  if (count === 0) {
    await new Promise((r) => setTimeout(r, 400)); // the hotline and the desk both had their chance
    return server.messages(PERSON).slice(since).map((m) => m.text ?? '');
  }
  const fresh = await server.waitFor(() => (server.sentCount(PERSON) >= since + count ? server.messages(PERSON).slice(since) : undefined));
  return fresh.map((m) => m.text ?? '');
}
/** Presses the button `id` of the bot's latest message with buttons. */
function press(id: string): number {
  const message = server.messages(PERSON).filter((m) => buttons(m).length > 0).at(-1)!;
  const button = buttons(message).find((b) => b.callback_data?.endsWith(`:${id}`));
  if (!button) throw new Error(`no button ${id} on: ${message.text}`);
  return server.pressButton(PERSON, message.message_id, button.callback_data!);
}

/** A whole intake in English, with `code` as the code word (default duress phrase kept): the case id. */
async function intake(code: string): Promise<{ caseId: string; thread: number }> {
  await person(() => server.sendText(PERSON, 'hello', { languageCode: 'en' }));
  await person(() => press('agree'));
  await person(() => press('myself'));
  await person(() => press('no'));
  await person(() => server.sendLocation(PERSON, 10.627, 103.522));
  await person(() => press('done'));
  await person(() => press('1'));
  expect(await person(() => press('anytime'))).toEqual([en('ask-code-word')]);
  expect(await person(() => server.sendText(PERSON, code), 2)).toEqual([en('code-word-kept'), en('ask-duress-word')]);
  await person(() => press('skip'));
  await person(() => press('skip'));
  await person(() => press('confirm'));
  const [open] = await app.cases.listOpen();
  const card = await server.waitFor(() => server.messages(GROUP).find((m) => m.text?.includes(open!.id) && buttons(m).length > 0));
  return { caseId: open!.id, thread: card.thread! };
}

describe('telegram: a phone in someone else\'s hands', () => {
  it('shows a held answer only after the code word: never to /start, a sticker or a button, and the thread says why it was shown', async () => {
    const { caseId, thread } = await intake('Blue Lotus');
    server.sendGroupText(GROUP, OFFICER, `/reply ${ANSWER}`, { threadId: thread, firstName: 'Ayu' });
    // One neutral line (a lock screen shows nothing more), sent as the relay's.
    await server.waitFor(() => personTexts().includes('You have a new message.'));
    expect(personTexts().at(-1)).toBe('You have a new message.');

    // The guard: /start, a sticker, the last button again. The flow answers as usual; the answer never comes.
    await person(() => server.sendCommand(PERSON, 'start'));
    await person(() => server.sendSticker(PERSON));
    await person(() => press('confirm'));
    await new Promise((r) => setTimeout(r, 300));
    expect(personTexts().join('\n')).not.toContain('B7');
    expect(personTexts().filter((x) => x === 'You have a new message.')).toHaveLength(1); // not repeated

    // The code word: nothing answers it but the answer.
    const shown = await person(() => server.sendText(PERSON, 'blue lotus'));
    expect(shown).toHaveLength(1);
    expect(shown[0]).toContain(ANSWER);
    await new Promise((r) => setTimeout(r, 300));
    expect(server.sentCount(PERSON)).toBe(server.messages(PERSON).length);
    expect(personTexts().at(-1)).toContain(ANSWER);
    await server.waitFor(() => groupText().includes(`✓ Terkirim ke ${caseId}`));
    expect(groupText()).toContain(app.cards.t('desk-reply-rule-code-word'));
    // The code word never reached the officers' thread as the person's words.
    expect(groupText().toLowerCase()).not.toContain('blue lotus');
  });

  it('locks the answers after five wrong guesses, tells the officers, and /unlock in the group lets the code word work', async () => {
    const { caseId, thread } = await intake('Blue Lotus');
    server.sendGroupText(GROUP, OFFICER, `/reply ${ANSWER}`, { threadId: thread });
    await server.waitFor(() => personTexts().includes('You have a new message.'));
    for (const guess of ['lotus', 'blue', 'red lotus', 'password', 'lotus123']) await person(() => server.sendText(PERSON, guess));
    // (The guesses also reach the thread as the person's words: the lock's line comes after them.)
    await server.waitFor(() => groupText().includes(`🔒 ${caseId}: 5`), 15_000);
    await server.waitFor(() => server.messages(GROUP).some((m) => m.text?.includes(caseId) && m.text.includes('🔒 Jawaban dikunci')), 15_000);
    await person(() => server.sendText(PERSON, 'Blue Lotus'), 0);
    expect(personTexts().join('\n')).not.toContain('B7');

    server.sendGroupText(GROUP, OFFICER, `/unlock ${caseId}`);
    await server.waitFor(() => groupText().includes(app.cards.t('desk-unlocked-done', { caseId })));
    const shown = await person(() => server.sendText(PERSON, 'blue lotus'));
    expect(shown[0]).toContain(ANSWER);
    const audit = (await t.redis.xrange(app.keys.audit, '-', '+')).map(([, f]) => `${f[1]} ${f[3]} ${f[7]}`);
    expect(audit).toContain(`telegram:${OFFICER} unlock ok`);
  });

  it('answers the duress phrase with an ordinary reply, alerts the group, and sends nothing more to the chat until /resume', async () => {
    const { caseId, thread } = await intake('Blue Lotus');
    expect(await person(() => server.sendText(PERSON, 'Cancel my order'))).toEqual(['OK, cancelled.']);
    const view = (await app.cases.get(caseId))!; // committed before the reply went out
    expect(view.urgency).toBe('critical');
    expect(view.reasons).toContain('duress');
    await server.waitFor(() => server.messages(GROUP).find((m) => m.thread === undefined && m.text?.startsWith(`🚨 ${caseId}`)));

    // Nothing reaches the chat: not the flow's replies, not an officer's answer, not even after the code word.
    const before = server.sentCount(PERSON);
    await person(() => server.sendCommand(PERSON, 'start'), 0);
    await person(() => server.sendText(PERSON, 'hello?'), 0);
    server.sendGroupText(GROUP, OFFICER, `/reply ${ANSWER}`, { threadId: thread });
    await server.waitFor(() => groupText().includes(app.cards.t('desk-reply-held-stopped', { caseId })));
    await person(() => server.sendText(PERSON, 'blue lotus'), 0);
    expect(server.sentCount(PERSON)).toBe(before);

    // An officer decides: the chat hears from us again, under the usual rules.
    server.sendGroupText(GROUP, OFFICER, '/resume', { threadId: thread });
    await server.waitFor(() => groupText().includes(app.cards.t('desk-resumed-done', { caseId })));
    await server.waitFor(() => server.messages(PERSON).slice(before).some((m) => m.text === 'You have a new message.'));
    const shown = await person(() => server.sendText(PERSON, 'blue lotus'));
    expect(shown[0]).toContain(ANSWER);
  });
});
