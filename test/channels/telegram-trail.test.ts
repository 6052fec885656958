/**
 * End to end: what stays in a person's Telegram chat. Real grammY against the loopback Bot API server (which keeps
 * both sides of each chat, and refuses like Telegram to delete messages 48 hours old), the real core, trail, desk
 * worker and Redis. The test owns the clock: the app, its deadlines and the server's message dates all read `now`,
 * so moving it is what hours passing is (as in the desk's deadline tests).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pino } from 'pino';
import { createApp, type App } from '../../src/app.js';
import { createOfficersDesk } from '../../src/channels/telegram/officers-desk.js';
import { createTelegramChannel, type TelegramChannel } from '../../src/channels/telegram/telegram-channel.js';
import type { PersonSender } from '../../src/core/delivery.js';
import type { ChannelName } from '../../src/core/messages.js';
import { createAnswerCheck } from '../../src/officers/answer-check.js';
import { createDeskWorker, type DeskWorker } from '../../src/officers/desk-worker.js';
import { createOutbox } from '../../src/core/outbox.js';
import { createRelay } from '../../src/officers/relay.js';
import { startBotApiServer, type BotApiServer, type BotMessage } from '../support/bot-api-server.js';
import { testRedis, type TestRedis } from '../support/redis.js';
import { firstGiveaway, giveaways } from '../support/giveaways.js';
import { intakeRenderer } from '../support/renderers.js';

const TOKEN = '123456:TEST-token-aaaaaaaaaaaaaaaaaaaa';
const logger = pino({ level: 'silent' });
const ERASE_MS = 4 * 3600_000; // CHAT_ERASE_MINUTES' default
const HOUR = 3600_000;
const PERSON = 7001;
const GROUP = -1001234567890;
const OFFICER = 501;

let server: BotApiServer;
let t: TestRedis;
/** The test's clock (ms): the app, its deadlines and the server's message dates. */
let now: number;
/** How far the Bot API server's clock runs ahead of ours (Telegram's clock is not the embassy's). */
let skewMs: number;
let procs: Proc[];

interface Proc {
  app: App;
  channel: TelegramChannel;
  worker: DeskWorker;
  stop(): Promise<void>;
}

/** One hotline process on the test's Redis: app, Telegram channel (with the officers' desk if asked) and desk worker. */
async function start(opts: { desk?: boolean } = {}): Promise<Proc> {
  const clock = () => now;
  const app = createApp({
    config: { dataKey: Buffer.alloc(32, 4), deploymentFile: 'data/deployment.json', conversationTtlSeconds: 86_400, chatEraseMs: ERASE_MS, redis: { prefix: t.prefix } },
    redis: t.redis,
    logger,
    clock,
  });
  const desk = opts.desk
    ? createOfficersDesk({ chatId: GROUP, officerIds: [OFFICER], supervisorIds: [], desk: app.desk, renderer: app.cards, redis: t.redis, keys: app.keys, sealer: app.sealer, check: createAnswerCheck(app), logger, perMinute: 600 })
    : undefined;
  // Replies and answers go through the outbox, as in production: the trail is recorded once it sent them.
  const senders = new Map<ChannelName, PersonSender>();
  const outbox = createOutbox({ redis: t.redis, keys: app.keys, sealer: app.sealer, logger, senders, clock });
  const channel = createTelegramChannel({
    config: { token: TOKEN, apiRoot: server.apiRoot, maxRetryAttempts: 3, maxRetrySeconds: 5 },
    logger, hotline: app.hotline, trail: app.trail, before: desk?.composer, outbox,
  });
  senders.set('telegram', channel);
  await channel.start();
  const board = desk ? await desk.board(channel.bot.api) : undefined;
  const relay = createRelay({ redis: t.redis, keys: app.keys, sealer: app.sealer, store: app.cases, locales: app.locales, deployment: app.deployment, outbox, logger, clock });
  // Not started: the test runs its rounds (runOnce) when it has moved the clock.
  const worker = createDeskWorker({
    redis: t.redis, keys: app.keys, sealer: app.sealer, store: app.cases, relay, renderer: app.cards, logger, board,
    realertMs: { critical: 300_000, high: 1_800_000 }, supervisors: [], clock,
    silence: (id) => app.hotline.silence(id), erase: (id) => app.trail.eraseDue(id),
  });
  const proc = { app, channel, worker, stop: () => channel.stop() };
  procs.push(proc);
  return proc;
}

beforeEach(async () => {
  now = Date.UTC(2026, 5, 1, 20, 0);
  skewMs = 0;
  procs = [];
  server = await startBotApiServer({ clock: () => now + skewMs });
  t = await testRedis();
});

afterEach(async () => {
  try {
    // Every message to a person went out protected from forwarding and saving.
    const toPeople = server.calls.filter((c) => c.method === 'sendMessage' && Number(c.params.chat_id) > 0);
    expect(toPeople.length).toBeGreaterThan(0);
    for (const call of toPeople) expect(call.params.protect_content, String(call.params.text).slice(0, 40)).toBe(true);
  } finally {
    for (const p of procs) await p.stop().catch(() => undefined);
    await server.close();
    await t.cleanup();
  }
});

// ---- helpers ---------------------------------------------------------------------------------------

const trailKey = (p: Proc) => p.app.keys.trail(p.app.sealer.personId('telegram', String(PERSON)));
const inChat = () => server.chatState(PERSON);
const textsInChat = () => inChat().map((m) => m.text ?? '');

/**
 * The person does `act`; resolves with the bot's new messages once it has answered (a new message, or the pressed
 * one edited) and recorded what it sent (the trail is settled).
 */
async function act(p: Proc, what: () => unknown): Promise<BotMessage[]> {
  const before = server.sentCount(PERSON);
  const edits = () => server.messages(PERSON).reduce((n, m) => n + m.edits, 0);
  const edited = edits();
  what();
  await server.waitFor(() => server.sentCount(PERSON) > before || edits() > edited);
  // The trail is written once all the replies of a message went out: once it has the latest, all are sent.
  for (let i = 0; i < 200; i++) {
    const last = server.messages(PERSON).at(-1)!;
    const members = await t.redis.zrange(trailKey(p), '0', '-1');
    if (members.includes(`b:${last.message_id}`) || last.deleted) return server.messages(PERSON).slice(before);
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error('the trail never recorded the last reply');
}

/** Presses the button `id` on the bot's latest message with buttons. */
function press(id: string): number {
  const m = server.messages(PERSON).filter((x) => !x.deleted && x.reply_markup).at(-1)!;
  const buttons = ((m.reply_markup ?? {}) as { inline_keyboard?: Array<Array<{ callback_data?: string }>> }).inline_keyboard?.flat() ?? [];
  const data = buttons.find((b) => b.callback_data?.endsWith(`:${id}`))?.callback_data;
  if (!data) throw new Error(`no button ${id} on "${m.text?.slice(0, 40)}"`);
  return server.pressButton(PERSON, m.message_id, data);
}

const t_ = (p: Proc, key: string) => p.app.locales.t('id', key, { embassy: p.app.deployment.embassy.name.id ?? '' });

async function stateOf(p: Proc) {
  const sealed = await t.redis.hgetBuffer(p.app.keys.conversation(p.app.sealer.personId('telegram', String(PERSON))), 's');
  return JSON.parse(p.app.sealer.open(sealed!)) as { v: string; c: Parameters<ReturnType<typeof intakeRenderer>['ask']>[1] };
}

/** Greets the bot, agrees, says it is for themselves, and not in danger now: the bot asks where they are. */
async function toLocation(p: Proc) {
  await act(p, () => server.sendText(PERSON, 'halo', { languageCode: 'id' }));
  await act(p, () => press('agree'));
  await act(p, () => press('myself'));
  await act(p, () => press('no'));
}

// ---- tests -------------------------------------------------------------------------------------------

describe('what stays in a Telegram chat', () => {
  it('leaves a guard who picks up the phone after a whole intake nothing that names the embassy, trafficking, a case, the danger or the secret words', async () => {
    now = Date.now(); // button presses carry the time they are handled: keep the server's message dates with them
    const p = await start();
    const danger = 'tolong mereka pukul saya lagi di gedung B7';
    await act(p, () => server.sendText(PERSON, danger, { languageCode: 'id' })); // a critical case opens
    await act(p, () => press('agree')); // a danger message skips "who needs help"
    await act(p, () => press('yes'));
    await act(p, () => server.sendText(PERSON, 'KK Park, Myawaddy'));
    await act(p, () => press('violence'));
    await act(p, () => press('passport'));
    await act(p, () => press('done'));
    await act(p, () => server.sendText(PERSON, 'kira2 20an org'));
    await act(p, () => press('anytime'));
    await act(p, () => server.sendText(PERSON, 'melati putih')); // the code word
    await act(p, () => server.sendText(PERSON, 'kopi pahit')); // the duress word
    await act(p, () => server.sendText(PERSON, 'Dewi'));
    await act(p, () => server.sendText(PERSON, '24, Cianjur')); // age and home town, for a family's report
    await act(p, () => press('confirm'));
    await act(p, () => server.sendText(PERSON, 'mereka datang ke kamar')); // a follow-up
    const [kase] = await p.app.cases.listOpen();
    expect(kase).toMatchObject({ urgency: 'critical', intakeComplete: true });

    // What the guard reads: every message still in the chat, the bot's and the person's.
    const left = inChat();
    expect(left.some((m) => m.from === 'bot')).toBe(true);
    const t = (key: string) => p.app.locales.t('id', key, { discreet: 'yes' });
    const patterns = [
      ...giveaways(p.app.deployment), new RegExp(kase!.id), /pukul|B7|KK Park|Myawaddy|20an/i, /melati|kopi pahit/i,
      ...['indicator-violence', 'indicator-passport', 'duress-default', 'cant-talk-default', 'duress-ack'].map((key) => new RegExp(t(key), 'i')),
    ];
    for (const m of left) expect(firstGiveaway(m.text ?? '', patterns), `${m.from}: ${m.text}`).toBeUndefined();
    // The last follow-up is answered with a neutral line that stays; the follow-up itself goes at auto-delete time.
    expect(left.filter((m) => m.from === 'bot').map((m) => m.text)).toContain(t('case-open'));
  });

  it('wipes the whole chat on /wipe, both sides and the request too, says nothing, and the case stays with the officers', async () => {
    server.createGroup(GROUP, { forum: true, botIsAdmin: true });
    const p = await start({ desk: true });
    await act(p, () => server.sendText(PERSON, 'tolong saya disekap', { languageCode: 'id' })); // a critical case opens
    await act(p, () => press('agree'));
    const [open] = await p.app.cases.listOpen();
    expect(open?.urgency).toBe('critical');
    const before = await stateOf(p);
    // The person's messages answered by a transient screen went with it; the bot's alert is still there.
    expect(inChat().filter((m) => m.from === 'bot').length).toBeGreaterThan(0);
    const sent = server.sentCount(PERSON);

    server.sendCommand(PERSON, '/wipe');
    await server.waitFor(() => inChat().length === 0);
    expect(server.sentCount(PERSON)).toBe(sent); // no reply: nothing that stays, nothing that rings
    expect(server.calls.some((c) => c.method === 'deleteMessages')).toBe(true);

    // The case and the conversation stay: the flow is where it was, and the officers see a line.
    expect((await p.app.cases.listOpen()).map((c) => c.id)).toEqual([open!.id]);
    expect((await stateOf(p)).v).toBe(before.v);
    const events = (await t.redis.xrange(p.app.keys.events, '-', '+')).map(([, f]) => `${f[1]} ${f[3]}`);
    expect(events).toContain(`case.wiped ${open!.id}`);
    await p.worker.runOnce();
    const line = await server.waitFor(() => server.messages(GROUP).find((m) => m.text?.startsWith(`🧹 ${open!.id}`)));
    expect(line.text).toContain('menghapus chat');
    expect(line.thread).toBeDefined(); // in the case's topic

    // Their next message is no answer to a question they no longer see: they get the question again.
    const again = await act(p, () => server.sendText(PERSON, 'halo?'));
    const question = intakeRenderer(p.app).ask(before.v, before.c)!;
    expect(again.map((m) => m.text)).toEqual([question.text]);
    expect((await stateOf(p)).v).toBe(before.v);
    // Then the flow hears them as usual.
    await act(p, () => press('yes'));
    expect((await stateOf(p)).v).not.toBe(before.v);
  });

  it('wipes on a word in the person\'s language ("hapus semua"), before there is any case', async () => {
    const p = await start();
    await act(p, () => server.sendText(PERSON, 'halo', { languageCode: 'id' }));
    expect(textsInChat()).toEqual(['halo', t_(p, 'consent')]);
    server.sendText(PERSON, 'Hapus semua!');
    await server.waitFor(() => inChat().length === 0);
    expect(await p.app.cases.listOpen()).toEqual([]);
    expect(await t.redis.zrange(trailKey(p), '0', '-1')).toEqual([]);
    // /help says what wiping does here.
    const help = await act(p, () => server.sendCommand(PERSON, '/help'));
    expect(help.map((m) => m.text)).toContain(p.app.locales.t('id', 'help-wipe', { channel: 'telegram' }));
  });

  it('deletes the consent screen once answered, and the summary once confirmed', async () => {
    const p = await start();
    const [consent] = await act(p, () => server.sendText(PERSON, 'halo', { languageCode: 'id' }));
    expect(consent!.text).toBe(t_(p, 'consent'));
    const [who] = await act(p, () => press('agree'));
    expect(server.messages(PERSON).find((m) => m.message_id === consent!.message_id)?.deleted).toBe(true);
    expect(server.messages(PERSON).find((m) => m.message_id === who!.message_id)?.deleted).toBe(false);
    await act(p, () => press('myself'));
    await act(p, () => press('no'));
    await act(p, () => server.sendText(PERSON, 'KK Park, Myawaddy'));
    // … then skip the code word, the duress word and the name.
    for (const step of ['passport', 'done', '2-10', 'anytime', 'skip', 'skip', 'skip']) await act(p, () => press(step));
    const summary = server.messages(PERSON).filter((m) => !m.deleted).at(-1)!;
    expect((await stateOf(p)).v).toBe('summary');
    expect(summary.text).toContain('KK Park');
    await act(p, () => press('confirm'));
    expect(server.messages(PERSON).find((m) => m.message_id === summary.message_id)?.deleted).toBe(true);
    // Nothing the bot still shows repeats the answers; the person's own answer went with its question.
    expect(inChat().filter((m) => m.from === 'bot').map((m) => m.text).join('\n')).not.toContain('KK Park');
    expect(inChat().filter((m) => m.from === 'user').map((m) => m.text)).not.toContain('KK Park, Myawaddy');
  });

  it('keeps a question with toggles on screen while the person presses its buttons (the edit is still the question)', async () => {
    const p = await start();
    await toLocation(p);
    await act(p, () => server.sendText(PERSON, 'KK Park, Myawaddy'));
    const question = server.messages(PERSON).filter((m) => !m.deleted).at(-1)!;
    expect((await stateOf(p)).v).toBe('situation');
    await act(p, () => press('passport'));
    // The answer to a toggle is the same message, edited: a person who pauses before the next toggle still has it.
    await new Promise((r) => setTimeout(r, 400));
    expect(server.messages(PERSON).find((m) => m.message_id === question.message_id)?.deleted).toBe(false);
    await act(p, () => press('forced-scam'));
    await new Promise((r) => setTimeout(r, 400));
    const shown = server.messages(PERSON).find((m) => m.message_id === question.message_id)!;
    expect(shown.deleted).toBe(false);
    expect(shown.edits).toBe(2);
    await act(p, () => press('done'));
    expect((await stateOf(p)).v).not.toBe('situation');
    // Answered at last: the question goes, as transient screens do.
    expect(server.messages(PERSON).find((m) => m.message_id === question.message_id)?.deleted).toBe(true);
  });

  it('deletes every message CHAT_ERASE_MINUTES after it was sent, also when another process runs then', async () => {
    let p = await start();
    await act(p, () => server.sendText(PERSON, 'halo', { languageCode: 'id' }));
    await act(p, () => press('agree'));
    const first = inChat().map((m) => m.message_id);
    expect(first.length).toBe(1); // who-needs-help: consent went when answered, and "halo" (which it answered) with it

    now += ERASE_MS - 60_000;
    await p.worker.runOnce();
    expect(inChat().map((m) => m.message_id)).toEqual(first);
    await act(p, () => press('myself')); // the danger question, sent 4 hours after the first ones
    now += 2 * 60_000;
    await p.worker.runOnce();
    const left = inChat();
    expect(left.map((m) => m.text)).toEqual([t_(p, 'ask-danger')]);

    // The process goes away; another one, on the same Redis, deletes the rest when it is due.
    await p.stop();
    p = await start();
    now += ERASE_MS;
    await p.worker.runOnce();
    expect(inChat()).toEqual([]);
    expect(await t.redis.zscore(p.app.keys.due, `erase:${p.app.sealer.personId('telegram', String(PERSON))}`)).toBeNull();
  });

  it('tells the person once, neutrally, to clear the chat when Telegram refused to delete old messages', async () => {
    skewMs = 2 * HOUR; // Telegram's clock runs ahead of ours: by our clock its 48 hours end early
    const p = await start();
    await toLocation(p);
    const old = inChat().length;
    // Nothing ran for two days (the bot was down): these messages are past Telegram's limit now, though by our
    // clock they are not: Telegram refuses, and says which one by one.
    now += 49 * HOUR;
    await p.worker.runOnce();
    expect(inChat()).toHaveLength(old); // refused: still there
    expect(server.calls.filter((c) => c.method === 'deleteMessage').length).toBeGreaterThan(0); // asked one by one

    const replies = await act(p, () => server.sendText(PERSON, 'Phnom Penh'));
    const note = t_(p, 'trail-clear-chat');
    expect(replies[0]!.text).toBe(note);
    expect(note).not.toMatch(/kedutaan|embassy|KBRI|kasus/i);
    const more = await act(p, () => press('passport'));
    expect(more.map((m) => m.text)).not.toContain(note);
    // Sent once, and as a transient line: it goes when answered.
    await server.waitFor(() => server.messages(PERSON).find((m) => m.message_id === replies[0]!.message_id)?.deleted);
    expect(server.messages(PERSON).filter((m) => m.text === note)).toHaveLength(1);
  });

  it('does not even try messages past Telegram\'s limit by its own clock, and tells the person the same way', async () => {
    const p = await start();
    await toLocation(p);
    const old = inChat().length;
    const calls = server.calls.length;
    now += 49 * HOUR;
    await p.worker.runOnce();
    expect(inChat()).toHaveLength(old);
    expect(server.calls.slice(calls).filter((c) => c.method.startsWith('deleteMessage'))).toEqual([]);
    const replies = await act(p, () => server.sendText(PERSON, 'Phnom Penh'));
    expect(replies[0]!.text).toBe(t_(p, 'trail-clear-chat'));
  });

  it('sends relayed answers silently and protected, and deletes them like the rest', async () => {
    const p = await start();
    await act(p, () => server.sendText(PERSON, 'halo', { languageCode: 'id' }));
    expect(await p.channel.send(String(PERSON), [{ text: 'Pesan baru.', silent: true }])).toBe('sent');
    const answer = server.messages(PERSON).at(-1)!;
    expect(answer).toMatchObject({ text: 'Pesan baru.', protected: true, silent: true });
    expect(server.messages(PERSON).filter((m) => m.silent).map((m) => m.text)).toEqual(['Pesan baru.']);
    now += ERASE_MS;
    await p.worker.runOnce();
    expect(inChat()).toEqual([]);
  });
});
