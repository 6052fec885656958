/**
 * End to end: the real Telegram channel (grammY, runner, auto-retry) against the loopback Bot API server,
 * the real hotline core and the real Redis. Nothing is mocked; the tests act as the person (updates in)
 * and read what the bot sent, the conversation and the case store.
 */
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import type { Redis } from 'ioredis';
import { pino } from 'pino';
import type { IntakeContext } from '../../flows/intake/machine.js';
import { createApp, type App } from '../../src/app.js';
import type { Hotline } from '../../src/core/hotline.js';
import { createTelegramChannel, type TelegramChannel } from '../../src/channels/telegram/telegram-channel.js';
import { connectRedis, quitRedis } from '../../src/redis/connect.js';
import { startBotApiServer, type BotApiServer, type BotMessage } from '../support/bot-api-server.js';
import { testRedis, type TestRedis } from '../support/redis.js';
import { languagesIn } from '../../src/core/render.js';

const TOKEN = '123456:TEST-token-aaaaaaaaaaaaaaaaaaaa';
const logger = pino({ level: 'silent' });
const CASE_ID = /^KH-[2-9A-HJ-NP-Z]{4}$/;

interface InlineButton { text: string; callback_data?: string }
interface Markup {
  inline_keyboard?: InlineButton[][];
  keyboard?: Array<Array<{ text: string; request_location?: boolean }>>;
}
const markupOf = (m: BotMessage): Markup => (m.reply_markup ?? {}) as Markup;
const inlineButtons = (m: BotMessage): InlineButton[] => markupOf(m).inline_keyboard?.flat() ?? [];

let server: BotApiServer;
let t: TestRedis;
let app: App;
let channel: TelegramChannel;
let stops: Array<() => Promise<unknown>>;

/** One hotline process: an app on `redis` under `prefix`, and its Telegram channel (not started). */
function build(redis: Redis, prefix: string): { app: App; channel: TelegramChannel } {
  const built = createApp({
    config: { dataKey: Buffer.alloc(32, 1), deploymentFile: 'data/deployment.json', conversationTtlSeconds: 3600, redis: { prefix } },
    redis,
    logger,
    hotline: { retry: { attempts: 2, baseDelayMs: 10 } },
  });
  const tg = createTelegramChannel({
    // These tests walk intakes faster than anyone types: the reply limit (test/channels/telegram-flood.test.ts) stays out of the way.
    config: { token: TOKEN, apiRoot: server.apiRoot, maxRetryAttempts: 3, maxRetrySeconds: 5, repliesPer10s: 1000 },
    logger,
    hotline: built.hotline,
  });
  stops.push(() => tg.stop());
  return { app: built, channel: tg };
}

beforeEach(async () => {
  stops = [];
  server = await startBotApiServer();
  t = await testRedis();
  ({ app, channel } = build(t.redis, t.prefix));
  await channel.start();
});

afterEach(async () => {
  try {
    expectPlainTextSends();
  } finally {
    for (const stop of stops.reverse()) await stop().catch(() => undefined);
    await server.close();
    await t.cleanup();
  }
});

// ---- helpers ---------------------------------------------------------------------------------------

/** A message of the locale files, with the embassy's name filled in as the renderer does, in discreet mode unless `args` say otherwise. */
function text(lang: string, key: string, args: Record<string, string> = {}): string {
  return app.locales.t(lang, key, { embassy: app.deployment.embassy.name[lang] ?? '', discreet: 'yes', ...args });
}

/**
 * The bot's latest message with inline buttons in a chat, and a way to press one of its buttons by its
 * visible label (with or without the ✅ of a ticked option) or by its choice id (data `c:<prompt>:<id>`).
 */
function buttons(chatId: number) {
  const message = server.messages(chatId).filter((m) => !m.deleted && inlineButtons(m).length > 0).at(-1);
  if (!message) throw new Error(`chat ${chatId}: the bot has sent no message with buttons`);
  const list = inlineButtons(message).map((b) => ({
    label: b.text,
    data: b.callback_data ?? '',
    id: /^c:\d+:(.+)$/.exec(b.callback_data ?? '')?.[1] ?? '',
  }));
  const data = (labelOrId: string): string => {
    const b = list.find((x) => x.label === labelOrId || x.label.replace(/^✅ /, '') === labelOrId) ?? list.find((x) => x.id === labelOrId);
    if (!b) throw new Error(`chat ${chatId}: no button "${labelOrId}" on message ${message.message_id} (${list.map((x) => `${x.label}=${x.data}`).join(', ')})`);
    return b.data;
  };
  return {
    message,
    labels: list.map((b) => b.label),
    ids: list.map((b) => b.id),
    data,
    press: (labelOrId: string): number => server.pressButton(chatId, message.message_id, data(labelOrId)),
  };
}

type Expect = string | ((text: string) => boolean);
const matches = (want: Expect, got: string | undefined) => got !== undefined && (typeof want === 'string' ? got === want : want(got));

/** Messages the bot sent to a chat after the first `since` ones. */
const sentSince = (chatId: number, since: number) => server.messages(chatId).slice(since);

/** Waits until the bot's new messages (after `since`) end with `last`; returns the new messages. */
async function untilLast(chatId: number, since: number, last: Expect, timeoutMs = 5000): Promise<BotMessage[]> {
  try {
    return await server.waitFor(() => {
      const fresh = sentSince(chatId, since);
      return fresh.length > 0 && matches(last, fresh.at(-1)?.text) ? fresh : undefined;
    }, timeoutMs);
  } catch (err) {
    const got = sentSince(chatId, since).map((m) => m.text);
    throw new Error(`chat ${chatId}: expected the bot's last new message to be ${JSON.stringify(typeof last === 'string' ? last : String(last))}; new messages were ${JSON.stringify(got)}. ${(err as Error).message}`, { cause: err });
  }
}

/** The person does `act`; resolves with the bot's new messages once the last of them is `last`. */
/** Greets the bot, agrees, answers the danger question: the person is asked where they are. */
async function toLocationStep(chatId: number, lang: 'id' | 'en', opts: { inDanger: boolean }): Promise<void> {
  await exchange(chatId, () => server.sendText(chatId, lang === 'id' ? 'halo' : 'hello', { languageCode: lang }), text(lang, 'consent'));
  await exchange(chatId, () => buttons(chatId).press('agree'), text(lang, 'ask-who'));
  await exchange(chatId, () => buttons(chatId).press('myself'), text(lang, 'ask-danger'));
  await exchange(chatId, () => buttons(chatId).press(opts.inDanger ? 'yes' : 'no'), text(lang, 'ask-location'));
}

/** At the code-word question: skips it and the duress word (keeping the default phrase); the name is asked. */
async function skipSecretWords(chatId: number, lang: 'id' | 'en'): Promise<void> {
  await exchange(chatId, () => buttons(chatId).press('skip'), text(lang, 'ask-duress-word'));
  await exchange(chatId, () => buttons(chatId).press('skip'), text(lang, 'ask-name'));
}

async function exchange(chatId: number, act: () => unknown, last: Expect, timeoutMs?: number): Promise<BotMessage[]> {
  const since = server.sentCount(chatId);
  act();
  return untilLast(chatId, since, last, timeoutMs);
}

/** Presses a multi-select option; the bot must edit the pressed message (not send a new one). */
async function toggle(chatId: number, labelOrId: string): Promise<BotMessage> {
  const { message } = buttons(chatId);
  const sent = server.sentCount(chatId);
  buttons(chatId).press(labelOrId);
  const edited = await server.waitFor(() => server.messages(chatId).find((m) => m.message_id === message.message_id && m.edits > message.edits));
  expect(server.sentCount(chatId)).toBe(sent);
  return edited;
}

/** The person's conversation as stored (opened with the data key): the step and the flow's context. */
async function conversation(chatId: number, which: App = app): Promise<{ v: string; c: IntakeContext }> {
  const key = which.keys.conversation(which.sealer.personId('telegram', String(chatId)));
  const sealed = await t.redis.hgetBuffer(key, 's');
  if (!sealed) throw new Error(`chat ${chatId}: no stored conversation`);
  return JSON.parse(which.sealer.open(sealed)) as { v: string; c: IntakeContext };
}

/** Every key under the test's prefix with every value, raw, as one buffer (what someone with Redis access sees). */
async function redisDump(): Promise<Buffer> {
  const parts: Buffer[] = [];
  let cursor = '0';
  do {
    const [next, keys] = await t.redis.scan(cursor, 'MATCH', `${t.prefix}*`, 'COUNT', 500);
    cursor = next;
    for (const key of keys) {
      parts.push(Buffer.from(key));
      const type = await t.redis.type(key);
      if (type === 'hash') {
        for (const [field, value] of Object.entries(await t.redis.hgetallBuffer(key))) parts.push(Buffer.from(field), value);
      } else if (type === 'string') {
        parts.push((await t.redis.getBuffer(key)) ?? Buffer.alloc(0));
      } else if (type === 'zset') {
        parts.push(...(await t.redis.zrangeBuffer(key, '0', '-1')));
      } else if (type === 'stream') {
        for (const [id, fields] of await t.redis.xrange(key, '-', '+')) parts.push(Buffer.from(id), ...fields.map((f) => Buffer.from(f)));
      } else {
        throw new Error(`unexpected Redis type ${type} for ${key}`);
      }
      parts.push(Buffer.from('\n'));
    }
  } while (cursor !== '0');
  return Buffer.concat(parts);
}

/** Every text the bot sent or edited went out as plain text, within Telegram's limit, and not blank. */
function expectPlainTextSends() {
  const sends = server.calls.filter((c) => c.method === 'sendMessage' || c.method === 'editMessageText');
  for (const call of sends) {
    // Every message to a person is protected from forwarding and saving.
    if (call.method === 'sendMessage') expect(call.params.protect_content, 'sendMessage without protect_content').toBe(true);
    expect(call.params.parse_mode, `${call.method} with parse_mode`).toBeUndefined();
    expect(call.params.entities, `${call.method} with entities`).toBeUndefined();
    expect(typeof call.params.text).toBe('string');
    const sent = call.params.text as string;
    expect(sent.length, `${call.method} text length`).toBeLessThanOrEqual(4096);
    expect(sent.trim(), `${call.method} blank text`).not.toBe('');
  }
}

/** Drives an English conversation from the first message to the contact question (a high-urgency case is open). */
async function englishToContact(chatId: number): Promise<void> {
  await exchange(chatId, () => server.sendText(chatId, 'hello', { languageCode: 'en' }), text('en', 'consent'));
  await exchange(chatId, () => buttons(chatId).press('Yes, I agree'), text('en', 'ask-who'));
  await exchange(chatId, () => buttons(chatId).press('I need help myself'), text('en', 'ask-danger'));
  await exchange(chatId, () => buttons(chatId).press('No, not right now'), text('en', 'ask-location'));
  await exchange(chatId, () => server.sendText(chatId, 'Phnom Penh, Building 7'), text('en', 'ask-situation'));
  await toggle(chatId, 'Passport or ID taken');
  await toggle(chatId, 'Not allowed to leave');
  await exchange(chatId, () => buttons(chatId).press('Done'), text('en', 'ask-people'));
  await exchange(chatId, () => server.sendText(chatId, '5'), text('en', 'ask-contact'));
}

// ---- tests -----------------------------------------------------------------------------------------

describe('telegram channel, end to end', () => {
  it('runs a whole intake in Bahasa Indonesia with buttons and a live location pin, keeping personal data sealed', async () => {
    const chat = 5101;
    const name = 'Siti Rahayu Testperson';
    const times = 'setelah jam 22.00 Testwaktu';

    const [consent] = await exchange(chat, () => server.sendText(chat, 'halo', { languageCode: 'id' }), text('id', 'consent'));
    expect(consent!.text).toContain('Ini layanan bantuan KBRI Phnom Penh.');
    expect(buttons(chat).labels).toEqual(['Ya, saya setuju', 'Tidak']);
    expect(buttons(chat).ids).toEqual(['agree', 'disagree']);

    await exchange(chat, () => buttons(chat).press('Ya, saya setuju'), text('id', 'ask-who'));
    await exchange(chat, () => buttons(chat).press('myself'), 'Apakah Anda dalam bahaya sekarang?');
    expect(buttons(chat).labels).toEqual(['Ya, bahaya sekarang', 'Tidak untuk saat ini']);
    const [where] = await exchange(chat, () => buttons(chat).press('no'), text('id', 'ask-location'));
    expect(markupOf(where!)).toEqual({ keyboard: [[{ text: 'Bagikan lokasi', request_location: true }]], resize_keyboard: true, one_time_keyboard: true });
    expect(await app.cases.listOpen()).toEqual([]); // not in danger: no case until the report is sent

    await exchange(chat, () => server.sendLocation(chat, 16.646, 98.507, { livePeriod: 900 }), text('id', 'ask-situation'));
    await toggle(chat, 'Paspor atau KTP ditahan');
    const ticked = await toggle(chat, 'forced-scam');
    expect(inlineButtons(ticked).map((b) => b.text)).toEqual([
      '✅ Paspor atau KTP ditahan', 'Tidak boleh keluar', 'Dipukul atau disakiti', 'Mereka mengancam saya / keluarga', '✅ Dipaksa menipu orang',
      'Utang atau denda', 'Gaji tidak dibayar', 'Sakit atau terluka', 'Selesai',
    ]);
    await exchange(chat, () => buttons(chat).press('Selesai'), text('id', 'ask-people'));
    // A passport taken and forced to scam: two signs of forced labour, high, and queued at once.
    expect(await app.cases.listOpen()).toMatchObject([{ urgency: 'high', reasons: ['passport', 'forced-scam', 'indicators'], intakeComplete: false }]);
    await exchange(chat, () => buttons(chat).press('2 sampai 10'), text('id', 'ask-contact'));
    await exchange(chat, () => buttons(chat).press('Hanya pada jam tertentu'), text('id', 'ask-contact-times'));
    await exchange(chat, () => server.sendText(chat, times), text('id', 'ask-code-word'));
    await skipSecretWords(chat, 'id');
    await exchange(chat, () => server.sendText(chat, name), text('id', 'ask-about-me'));
    const [summary] = await exchange(chat, () => server.sendText(chat, 'umur 19, dari Kab. Kendal'), text('id', 'summary', {
      danger: 'tidak',
      where: 'titik peta dekat KK Park, Myanmar',
      situation: 'Paspor atau KTP ditahan; Dipaksa menipu orang',
      people: '2 sampai 10',
      contact: `hanya pada: ${times}`,
      name: `${name}, umur 19, Kab. Kendal`,
    }));
    expect(summary!.text).toContain(`Nama: ${name}, umur 19, Kab. Kendal`);
    expect(buttons(chat).labels).toEqual(['Kirim ke kedutaan', 'Ubah sesuatu']);

    const [done] = await exchange(chat, () => buttons(chat).press('Kirim ke kedutaan'), (s) => s.startsWith('Terkirim.'));
    const open = await app.cases.listOpen();
    expect(open).toHaveLength(1);
    const kase = open[0]!;
    expect(kase.id).toMatch(CASE_ID);
    expect(done!.text).not.toContain(kase.id); // discreet: no case number left on screen
    expect(done!.text).toBe(text('id', 'done', {
      caseId: kase.id,
      urgent: 'yes',
      emergency: text('id', 'emergency-numbers', { country: 'Myanmar', numbers: 'polisi 199, ambulans 192' }),
    }));
    expect(kase).toMatchObject({
      kind: 'self-report', urgency: 'high', reasons: ['passport', 'forced-scam', 'indicators'], status: 'new', lang: 'id', channel: 'telegram',
      country: 'MM', situation: ['passport', 'forced-scam'], people: '2-10', dangerNow: false, intakeComplete: true,
    });
    expect(kase.private).toEqual({
      channel: 'telegram', address: String(chat), name, age: 19, hometown: 'Kab. Kendal',
      location: { kind: 'pin', lat: 16.646, lon: 98.507, live: true }, place: 'KK Park',
      contact: 'times', contactTimes: times, history: expect.any(Object),
    });
    expect(kase.private.history?.name).toEqual([{ value: name, at: expect.any(Number), source: 'step' }]);
    expect(await app.cases.get(kase.id)).toEqual(kase);
    const events = (await app.cases.events()).map((e) => [e.type, e.caseId, e.urgency]);
    expect(events[0]).toEqual(['case.opened', kase.id, 'high']);
    // Every later answer updates the case; what the person typed after it opened is also passed on.
    const changes = events.slice(1).filter(([type]) => type !== 'case.message');
    expect(changes).toEqual(changes.map(() => ['case.updated', kase.id, 'high']));
    expect((await conversation(chat)).v).toBe('done');

    const dump = await redisDump();
    expect(dump.includes(Buffer.from(`case:${kase.id}`))).toBe(true); // the scan sees the case
    for (const secret of [name, 'Siti Rahayu', times, 'Testwaktu', '16.646', '98.507', 'Kendal']) {
      expect(dump.includes(Buffer.from(secret)), `"${secret}" in plain text in Redis`).toBe(false);
    }
  });

  it('runs a whole intake in English with a typed place, alerting at once on "in danger now"', async () => {
    const chat = 5102;
    const name = 'Johnny Q. Testperson';
    const place = 'Golden Triangle SEZ, building K7 near the casino';

    await exchange(chat, () => server.sendText(chat, 'hello', { languageCode: 'en' }), text('en', 'consent'));
    expect(buttons(chat).labels).toEqual(['Yes, I agree', 'No']);
    await exchange(chat, () => buttons(chat).press('Yes, I agree'), text('en', 'ask-who'));
    await exchange(chat, () => buttons(chat).press('I need help myself'), text('en', 'ask-danger'));
    const alerted = await exchange(chat, () => buttons(chat).press('Yes, in danger now'), text('en', 'ask-location'));
    const [opened] = await app.cases.listOpen();
    expect(opened).toMatchObject({ urgency: 'critical', reasons: ['danger-now'], dangerNow: true, intakeComplete: false });
    expect(alerted.map((m) => m.text)).toEqual([text('en', 'danger-alerted', { caseId: opened!.id }), text('en', 'ask-location')]);
    expect(alerted[0]!.text).not.toContain(opened!.id);
    expect(markupOf(alerted[1]!).keyboard).toEqual([[{ text: 'Share location', request_location: true }]]);

    await exchange(chat, () => server.sendText(chat, place), text('en', 'ask-situation'));
    await toggle(chat, 'Beaten or hurt');
    await toggle(chat, 'injured');
    await exchange(chat, () => buttons(chat).press('done'), text('en', 'ask-people'));
    await exchange(chat, () => server.sendText(chat, 'about 30 people'), text('en', 'ask-contact'));
    await exchange(chat, () => buttons(chat).press('Any time'), text('en', 'ask-code-word'));
    await skipSecretWords(chat, 'en');
    await exchange(chat, () => server.sendText(chat, name), text('en', 'ask-about-me'));
    await exchange(chat, () => buttons(chat).press('skip'), text('en', 'summary', {
      danger: 'yes', where: `${place}, Laos`, situation: 'Beaten or hurt; Sick or injured', people: '30', contact: 'Any time', name,
    }));
    const [done] = await exchange(chat, () => buttons(chat).press('confirm'), (s) => s.startsWith('Sent.'));

    const open = await app.cases.listOpen();
    expect(open.map((c) => c.id)).toEqual([opened!.id]); // the same case, completed
    const kase = open[0]!;
    expect(done!.text).toBe(text('en', 'done', {
      caseId: kase.id,
      urgent: 'yes',
      emergency: text('en', 'emergency-numbers', { country: 'Laos', numbers: 'police 1191, ambulance 1195' }),
    }));
    expect(done!.text).not.toContain(kase.id);
    expect(kase).toMatchObject({
      urgency: 'critical', lang: 'en', country: 'LA', situation: ['violence', 'injured'], people: '30', dangerNow: true, intakeComplete: true,
    });
    expect([...kase.reasons].sort()).toEqual(['danger-now', 'indicators', 'injured', 'injured-and-violence', 'many-people', 'violence']);
    expect(kase.private).toEqual({
      channel: 'telegram', address: String(chat), name, location: { kind: 'text', text: place }, place: 'Golden Triangle SEZ', contact: 'anytime',
      history: expect.any(Object),
    });
    const events = await app.cases.events();
    expect(events[0]).toMatchObject({ type: 'case.opened', caseId: kase.id, urgency: 'critical' });
    expect(events.length).toBeGreaterThan(1);
    // Every answer after the alarm updates the case; what the person typed is also passed on to its officers.
    const changes = events.slice(1).filter((e) => e.type !== 'case.message');
    expect(changes.map((e) => [e.type, e.caseId, e.urgency])).toEqual(changes.map(() => ['case.updated', kase.id, 'critical']));
    expect(events.filter((e) => e.type === 'case.message').length).toBeGreaterThanOrEqual(2); // the typed place, the count, the name

    const dump = await redisDump();
    expect(dump.includes(Buffer.from(kase.id))).toBe(true);
    for (const secret of [name, 'Testperson', place, 'building K7', 'casino']) {
      expect(dump.includes(Buffer.from(secret)), `"${secret}" in plain text in Redis`).toBe(false);
    }
  });

  describe('danger fast path', () => {
    it('opens a critical case on "tolong saya dipukul" at the consent step, before any answer', async () => {
      const chat = 5201;
      await exchange(chat, () => server.sendText(chat, 'halo', { languageCode: 'id' }), text('id', 'consent'));
      const replies = await exchange(chat, () => server.sendText(chat, 'tolong saya dipukul'), text('id', 'consent'));
      const open = await app.cases.listOpen();
      expect(open).toHaveLength(1);
      const kase = open[0]!;
      expect(kase).toMatchObject({ urgency: 'critical', reasons: ['danger-words'], intakeComplete: false, lang: 'id', status: 'new' });
      expect(replies.map((m) => m.text)).toEqual([text('id', 'danger-alerted', { caseId: kase.id }), text('id', 'consent')]);
      expect(replies[0]!.text).not.toContain(kase.id);
      expect((await app.cases.events()).map((e) => [e.type, e.caseId, e.urgency])).toEqual([['case.opened', kase.id, 'critical']]);
      expect((await conversation(chat)).v).toBe('consent'); // the question still stands
    });

    it('opens a critical case on "they beat me" typed at the location step', async () => {
      const chat = 5202;
      await toLocationStep(chat, 'en', { inDanger: false });
      expect(await app.cases.listOpen()).toEqual([]);
      const replies = await exchange(chat, () => server.sendText(chat, 'they beat me'), text('en', 'ask-country'));
      const [kase] = await app.cases.listOpen();
      expect(kase).toMatchObject({ urgency: 'critical', reasons: ['danger-words'], intakeComplete: false, dangerNow: false });
      expect(replies.map((m) => m.text)).toEqual([text('en', 'danger-alerted', { caseId: kase!.id }), text('en', 'ask-country')]);
      expect(replies[0]!.text).not.toContain(kase!.id);
      expect((await app.cases.events()).map((e) => e.type)).toEqual(['case.opened']);
    });

    it('opens a critical case when the danger words come as a photo caption', async () => {
      const chat = 5203;
      await exchange(chat, () => server.sendText(chat, 'halo', { languageCode: 'id' }), text('id', 'consent'));
      const replies = await exchange(chat, () => server.sendRaw({
        chat: { id: chat, type: 'private', first_name: 'User' },
        photo: [{ file_id: 'F1', file_unique_id: 'U1', width: 1280, height: 960 }],
        caption: 'tolong saya dipukul',
      }), text('id', 'consent'));
      expect(replies.length).toBeGreaterThan(0); // the photo was processed…
      const open = await app.cases.listOpen(); // …and should have raised the alarm
      expect(open.map((c) => [c.urgency, c.reasons])).toEqual([['critical', ['danger-words']]]);
    });

    it('opens a critical case when the danger words come as an edit of an earlier message, and an ordinary edit changes nothing', async () => {
      const chat = 5204;
      await exchange(chat, () => server.sendText(chat, 'halo', { languageCode: 'id' }), text('id', 'consent'));
      const edited = (words: string) => server.pushUpdate({
        edited_message: {
          message_id: 1, date: Math.floor(Date.now() / 1000) - 60, edit_date: Math.floor(Date.now() / 1000),
          chat: { id: chat, type: 'private', first_name: 'User' }, from: { id: chat, is_bot: false, first_name: 'User', language_code: 'id' },
          text: words,
        },
      });
      const before = server.messages(chat).length;
      edited('halo semua');
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(server.messages(chat).length).toBe(before); // no answer to an ordinary edit
      expect(await app.cases.listOpen()).toEqual([]);
      const replies = await exchange(chat, () => edited('halo, tolong saya dipukul'), text('id', 'consent'));
      const [kase] = await app.cases.listOpen();
      expect(kase).toMatchObject({ urgency: 'critical', reasons: ['danger-words'] });
      expect(replies.map((m) => m.text)).toEqual([text('id', 'danger-alerted', { caseId: kase!.id }), text('id', 'consent')]);
    });
  });

  describe('re-delivered updates', () => {
    const privateChat = (id: number) => ({ id, type: 'private', first_name: 'User' });
    const sender = (id: number) => ({ id, is_bot: false, first_name: 'User', language_code: 'id' });

    it('takes an update delivered again once: nothing changes, only the current question is repeated', async () => {
      const chat = 5301;
      await toLocationStep(chat, 'id', { inDanger: false });

      // A typed answer, delivered twice with the same update_id.
      const typed = { update_id: 700_001, message: { message_id: 2_000_001, date: Math.floor(Date.now() / 1000), chat: privateChat(chat), from: sender(chat), text: 'Poipet, gedung 3' } };
      await exchange(chat, () => server.pushUpdate(typed), text('id', 'ask-situation'));
      const afterFirst = await conversation(chat);
      expect(afterFirst.c.answers).toMatchObject({ location: { kind: 'text', text: 'Poipet, gedung 3' }, country: 'KH', place: 'Poipet' });
      // The latest update again (as after a crash before the replies went out): the current question, nothing redone.
      const repeated = await exchange(chat, () => server.pushUpdate(typed), text('id', 'ask-situation'));
      expect(repeated.map((m) => m.text)).toEqual([text('id', 'ask-situation')]);
      const marker = await exchange(chat, () => server.sendSticker(chat), text('id', 'ask-situation'));
      expect(marker.map((m) => m.text)).toEqual([text('id', 'media-not-read'), text('id', 'ask-situation')]);
      expect((await conversation(chat)).c).toEqual(afterFirst.c);
      // An older update again: no reply at all.
      const sentBefore = server.sentCount(chat);
      server.pushUpdate(typed);
      const marker1 = await exchange(chat, () => server.sendSticker(chat), text('id', 'ask-situation'));
      expect(marker1.map((m) => m.text)).toEqual([text('id', 'media-not-read'), text('id', 'ask-situation')]);
      expect(server.sentCount(chat)).toBe(sentBefore + 2);

      // A button press (a toggle: applying it twice would undo it), delivered twice.
      const situation = buttons(chat);
      const press = {
        update_id: 700_010,
        callback_query: { id: 'press-violence', from: sender(chat), chat_instance: 'ci', message: situation.message.message, data: situation.data('violence') },
      };
      const edits = situation.message.edits;
      server.pushUpdate(press);
      await server.waitFor(() => server.messages(chat).find((m) => m.message_id === situation.message.message_id && m.edits === edits + 1));
      const afterPress = await conversation(chat);
      expect(afterPress.c.answers.situation).toEqual(['violence']);
      const sent = server.sentCount(chat);
      const eventsBefore = await app.cases.events();
      const repeatedPress = await exchange(chat, () => server.pushUpdate(press), text('id', 'ask-situation'));
      expect(repeatedPress.map((m) => m.text)).toEqual([text('id', 'ask-situation')]);
      const marker2 = await exchange(chat, () => server.sendVoice(chat), text('id', 'ask-situation'));
      expect(marker2.map((m) => m.text)).toEqual([text('id', 'media-not-read'), text('id', 'ask-situation')]);
      expect(server.sentCount(chat)).toBe(sent + 3);
      expect(server.messages(chat).find((m) => m.message_id === situation.message.message_id)?.edits).toBe(edits + 1);
      expect((await conversation(chat)).c).toEqual(afterPress.c);
      expect(await app.cases.events()).toEqual(eventsBefore);
    });
  });

  it('resumes at the same step in a restarted process, taking the message sent while it was down', async () => {
    const chat = 5401;
    await toLocationStep(chat, 'id', { inDanger: false });
    await exchange(chat, () => server.sendText(chat, 'Sihanoukville, gedung B5'), text('id', 'ask-situation'));
    const situation = await toggle(chat, 'Tidak boleh keluar');
    const before = await conversation(chat);
    expect(before.v).toBe('situation');
    expect(before.c.answers.situation).toEqual(['confined']);

    await channel.stop(); // the first process goes away
    const since = server.sentCount(chat);
    buttons(chat).press('Selesai'); // pressed while no bot runs

    // A new process: its own Redis connection, app and channel on the same prefix.
    const redis2 = await connectRedis({ url: inject('redisUrl'), logger, name: 'restarted' });
    stops.push(() => quitRedis(redis2));
    const second = build(redis2, t.prefix);
    await second.channel.start();

    const fresh = await untilLast(chat, since, text('id', 'ask-people'));
    expect(fresh.map((m) => m.text)).toEqual([text('id', 'ask-people')]);
    const after = await conversation(chat, second.app);
    expect(after.v).toBe('people');
    expect(after.c.answers).toEqual({ ...before.c.answers, situation: ['confined'] });
    expect(after.c.answers.location).toEqual({ kind: 'text', text: 'Sihanoukville, gedung B5' });
    // The last press before the restart was not applied a second time.
    expect(server.messages(chat).find((m) => m.message_id === situation.message_id)?.edits).toBe(situation.edits);

    await exchange(chat, () => server.sendText(chat, '12 orang'), text('id', 'ask-contact'));
    const [kase] = await second.app.cases.listOpen();
    expect(kase).toMatchObject({ urgency: 'high', situation: ['confined'], people: '12', country: 'KH', intakeComplete: false });
    expect([...kase!.reasons].sort()).toEqual(['confined', 'indicators', 'many-people']);
  });

  it('keeps what an open critical case already holds when the person sends /restart', async () => {
    const chat = 5402;
    await toLocationStep(chat, 'en', { inDanger: true });
    await exchange(chat, () => server.sendText(chat, 'KK Park building 4'), text('en', 'ask-situation'));
    const [before] = await app.cases.listOpen();
    expect(before).toMatchObject({ urgency: 'critical', country: 'MM', private: { location: { kind: 'text', text: 'KK Park building 4' }, place: 'KK Park' } });

    await exchange(chat, () => server.sendCommand(chat, '/restart'), text('en', 'consent'));
    await exchange(chat, () => buttons(chat).press('agree'), text('en', 'ask-who')); // the who-menu again, the case kept
    await exchange(chat, () => buttons(chat).press('myself'), text('en', 'ask-danger'));
    await exchange(chat, () => buttons(chat).press('No, not right now'), text('en', 'ask-location'));
    const after = await app.cases.get(before!.id);
    expect(after).toMatchObject({ urgency: 'critical', country: 'MM', private: { location: { kind: 'text', text: 'KK Park building 4' }, place: 'KK Park' } });
  });

  describe('bad input at a step', () => {
    it('answers each bad input, asks the same question again and keeps the answers (contact step)', async () => {
      const chat = 5501;
      await englishToContact(chat);
      const start = await conversation(chat);
      expect(start.v).toBe('contact');
      expect(start.c.caseId).toMatch(CASE_ID);
      const caseBefore = await app.cases.get(start.c.caseId!);
      expect(caseBefore).toMatchObject({ urgency: 'high', situation: ['passport', 'confined'], people: '5', dangerNow: false });
      const eventsBefore = await app.cases.events();

      const ask = text('en', 'ask-contact');
      const contactLabels = ['Any time', 'Only after I write first', 'Only at certain times'];
      const media = text('en', 'media-not-read');
      const useButtons = text('en', 'use-buttons');
      const stale = text('en', 'stale-button');
      const otherLanguage = app.locales.languages.map((l) => app.locales.t(l, 'other-language', { languages: languagesIn(app.locales, l) })).join('\n');
      const dangerQuestion = server.messages(chat).find((m) => m.text === text('en', 'ask-danger'))!;
      const stalePress = inlineButtons(dangerQuestion).find((b) => b.text === 'Yes, in danger now')!.callback_data!;
      const current = () => buttons(chat).message.message_id;

      const inputs: Array<[string, () => unknown, string]> = [
        ['sticker', () => server.sendSticker(chat), media],
        ['voice', () => server.sendVoice(chat), media],
        ['photo', () => server.sendPhoto(chat), media],
        ['document', () => server.sendDocument(chat), media],
        ['contact', () => server.sendContact(chat), media],
        ['poll', () => server.sendPoll(chat), media],
        ['whitespace-only text', () => server.sendText(chat, '   \n\t   '), useButtons],
        ['emoji-only text', () => server.sendText(chat, '🙂🙏🔥'), useButtons],
        ['right-to-left and zero-width characters', () => server.sendText(chat, '\u202Eمرحبا\u200B\u200F'), otherLanguage],
        ['zero-width characters only', () => server.sendText(chat, '\u200B\u200C\u200D\u2060\uFEFF'), useButtons],
        ['impossible coordinates', () => server.sendLocation(chat, 95, 100), text('en', 'location-not-now')],
        ['stale button from an earlier step', () => server.pressButton(chat, dangerQuestion.message_id, stalePress), stale],
        ['forged data for a question that never existed', () => server.pressButton(chat, current(), 'c:999:agree'), stale],
        ['junk data', () => server.pressButton(chat, current(), 'junk'), stale],
        ['a choice id of another question, with the current prompt', () => server.pressButton(chat, current(), `c:${start.c.prompt}:agree`), useButtons],
        ['Thai text', () => server.sendText(chat, 'สวัสดีครับ ผมอยู่ที่ไหน'), otherLanguage],
        ['Chinese text', () => server.sendText(chat, '你好，我在柬埔寨'), otherLanguage],
      ];

      for (const [name, act, explanation] of inputs) {
        const replies = await exchange(chat, act, ask).catch((err: Error) => {
          throw new Error(`${name}: ${err.message}`, { cause: err });
        });
        expect(replies.map((m) => m.text), name).toEqual([explanation, ask]);
        expect(inlineButtons(replies[1]!).map((b) => b.text), name).toEqual(contactLabels);
        const now = await conversation(chat);
        expect(now.v, name).toBe('contact');
        expect(now.c.answers, name).toEqual(start.c.answers);
        expect([now.c.caseId, now.c.urgency, now.c.reasons], name).toEqual([start.c.caseId, start.c.urgency, start.c.reasons]);
        expect(now.c.prompt, name).toBe(start.c.prompt); // the same question, so its buttons stay valid
      }
      expect(await app.cases.get(start.c.caseId!)).toEqual(caseBefore);
      // With a case open, what the person sent reaches its officers (issue 10); nothing else changed, and
      // button presses (stale, forged, junk) and text with nothing visible in it are not passed on.
      const eventsAfter = await app.cases.events();
      expect(eventsAfter.filter((e) => e.type !== 'case.message')).toEqual(eventsBefore.filter((e) => e.type !== 'case.message'));
      const passedOn = eventsAfter.length - eventsBefore.length;
      expect(passedOn).toBe(inputs.length - 4 /* presses */ - 2 /* blank texts */ - 1 /* impossible coordinates */);

      // Words the step cannot use get what it needs said (never only "tap a button"), the same question.
      const words = await exchange(chat, () => server.sendText(chat, '*_[]()<b>&'), ask);
      expect(words.map((m) => m.text)).toEqual([text('en', 'contact-not-understood'), ask]);
      expect((await conversation(chat)).c).toMatchObject({ answers: start.c.answers, prompt: start.c.prompt });

      // The question still works after all that, and the earlier answers carry on.
      await exchange(chat, () => buttons(chat).press('Any time'), text('en', 'ask-code-word'));
      await skipSecretWords(chat, 'en');
      const next = await conversation(chat);
      expect(next.c.answers).toEqual({ ...start.c.answers, contact: 'anytime' });
      // Marked-up and very long words, echoed back only as plain text within Telegram's limit.
      const markup = '<b>bold</b> *x* [link](http://example.com) &amp;';
      await exchange(chat, () => server.sendText(chat, markup), text('en', 'ask-about-me'));
      const [summary] = await exchange(chat, () => buttons(chat).press('skip'), (got) => got.startsWith('Please check your report:'));
      expect(summary!.text).toContain(`Name: ${markup}`);
      const long = await exchange(chat, () => server.sendText(chat, 'word '.repeat(2000)), summary!.text!);
      expect(long.map((m) => m.text)).toEqual([text('en', 'summary-not-understood'), summary!.text]);

      // Nothing a person typed was ever sent back as markup, and nothing exceeded Telegram's limit.
      const sends = server.calls.filter((c) => c.method === 'sendMessage');
      expect(sends.length).toBeGreaterThan(2 * inputs.length);
      expect(sends.filter((c) => c.params.parse_mode !== undefined)).toEqual([]);
      expect(sends.filter((c) => String(c.params.text).length > 4096)).toEqual([]);
      // A shared contact's phone number is not kept anywhere, sealed or not.
      expect(JSON.stringify(next)).not.toContain('6281234567890');
      expect((await redisDump()).includes(Buffer.from('6281234567890'))).toBe(false);
    });

    it('refuses an impossible pin, media and wordless text at the location step, then takes a real pin', async () => {
      const chat = 5502;
      await toLocationStep(chat, 'id', { inDanger: false });
      const start = await conversation(chat);
      const ask = text('id', 'ask-location');
      const inputs: Array<[string, () => unknown, string]> = [
        ['lat 95', () => server.sendLocation(chat, 95, 100), text('id', 'location-invalid')],
        ['lon 200', () => server.sendLocation(chat, 11, 200), text('id', 'location-invalid')],
        ['null island', () => server.sendLocation(chat, 0, 0), text('id', 'location-invalid')],
        ['voice', () => server.sendVoice(chat), text('id', 'media-not-read')],
        ['emoji only', () => server.sendText(chat, '📍🙏'), text('id', 'not-understood')],
        ['zero-width only', () => server.sendText(chat, '\u200B\u200F'), text('id', 'not-understood')],
      ];
      for (const [name, act, explanation] of inputs) {
        const replies = await exchange(chat, act, ask);
        expect(replies.map((m) => m.text), name).toEqual([explanation, ask]);
        expect(markupOf(replies[1]!).keyboard, name).toEqual([[{ text: 'Bagikan lokasi', request_location: true }]]);
        const now = await conversation(chat);
        expect([now.v, now.c.answers], name).toEqual(['location', start.c.answers]);
      }
      await exchange(chat, () => server.sendLocation(chat, 11.067, 106.136), text('id', 'ask-situation'));
      expect((await conversation(chat)).c.answers).toEqual({
        ...start.c.answers, location: { kind: 'pin', lat: 11.067, lon: 106.136, live: false }, country: 'KH', place: 'Bavet',
      });
    });
  });

  describe('Telegram failures', () => {
    it('delivers a reply exactly once after a 429 with retry_after 1', async () => {
      const chat = 5601;
      server.failNext('sendMessage', { error_code: 429, description: 'Too Many Requests: retry after 1', retry_after: 1 });
      const started = Date.now();
      await exchange(chat, () => server.sendText(chat, 'halo', { languageCode: 'id' }), text('id', 'consent'), 8000);
      expect(Date.now() - started).toBeGreaterThanOrEqual(950); // it waited as told
      await exchange(chat, () => server.sendSticker(chat), text('id', 'consent'));
      expect(server.messages(chat).map((m) => m.text)).toEqual([text('id', 'consent'), text('id', 'media-not-read'), text('id', 'consent')]);
      const toChat = server.calls.filter((c) => c.method === 'sendMessage' && c.params.chat_id === chat);
      expect(toChat).toHaveLength(4); // one refused, then three delivered
      expect(toChat[0]!.params.text).toBe(toChat[1]!.params.text);
    });

    it('keeps the case and answers of a person who blocked the bot, and keeps serving others', async () => {
      const chat = 5602;
      const other = 5603;
      await toLocationStep(chat, 'en', { inDanger: true });
      const [kase] = await app.cases.listOpen();
      expect(kase).toMatchObject({ urgency: 'critical', reasons: ['danger-now'] });

      server.blockChat(chat);
      const calls = server.calls.length;
      const sent = server.sentCount(chat);
      server.sendText(chat, 'Bavet, building 9');
      await server.waitFor(() => server.calls.slice(calls).find((c) => c.method === 'sendMessage' && c.params.chat_id === chat));
      expect(server.sentCount(chat)).toBe(sent); // refused with 403
      const saved = await app.cases.get(kase!.id);
      expect(saved).toMatchObject({ urgency: 'critical', country: 'KH', intakeComplete: false });
      expect(saved!.private.location).toEqual({ kind: 'text', text: 'Bavet, building 9' });
      expect((await conversation(chat)).v).toBe('situation');

      // The channel is still up for everyone else…
      await exchange(other, () => server.sendText(other, 'halo', { languageCode: 'id' }), text('id', 'consent'));
      // …and for the person once they unblock: they continue where they were.
      server.unblockChat(chat);
      const replies = await exchange(chat, () => server.sendSticker(chat), text('en', 'ask-situation'));
      expect(replies.map((m) => m.text)).toEqual([text('en', 'media-not-read'), text('en', 'ask-situation')]);
      expect((await app.cases.listOpen()).map((c) => c.id)).toEqual([kase!.id]);
    });

    it('stop() returns only once the replies of updates already taken are sent', async () => {
      const chat = 5604;
      server.failNext('sendMessage', { error_code: 429, description: 'Too Many Requests: retry after 1', retry_after: 1 });
      server.sendText(chat, 'halo', { languageCode: 'id' });
      await server.waitFor(() => (server.counts.sendMessage ?? 0) >= 1); // the reply is waiting out the 429
      try {
        await channel.stop();
        expect(server.sentCount(chat)).toBe(1);
      } finally {
        await server.waitForMessages(chat, 1, 5000); // let the late reply land before the server closes
      }
    });
    it('reports a fatal polling error (409 Conflict) instead of leaving an unhandled rejection', async () => {
      const unhandled: unknown[] = [];
      const onUnhandled = (reason: unknown) => { unhandled.push(reason); };
      process.on('unhandledRejection', onUnhandled);
      try {
        const chat = 5605;
        await server.waitFor(() => (server.counts.getUpdates ?? 0) >= 1); // a long poll is open
        const polls = server.counts.getUpdates ?? 0;
        server.failNext('getUpdates', { error_code: 409, description: 'Conflict: terminated by other getUpdates request; make sure that only one bot instance is running' });
        await exchange(chat, () => server.sendText(chat, 'halo', { languageCode: 'id' }), text('id', 'consent'));
        await server.waitFor(() => (server.counts.getUpdates ?? 0) > polls); // the refused poll
        await server.waitFor(() => unhandled.length > 0, 1000).catch(() => undefined);
        expect(unhandled.map(String)).toEqual([]);
      } finally {
        process.off('unhandledRejection', onUnhandled);
      }
    });
  });

  it('sets the command menu from the locales, per language', () => {
  const menus = server.calls.filter((c) => c.method === 'setMyCommands');
  const byLanguage = Object.fromEntries(menus.map((c) => [String(c.params.language_code ?? 'default'), c.params.commands]));
  expect(Object.keys(byLanguage).sort()).toEqual(['default', 'en', 'hi', 'id', 'th', 'tl', 'vi', 'zh']); // every language of the deployment
  expect(byLanguage.id).toEqual([
    { command: 'start', description: text('id', 'command-start') },
    { command: 'help', description: text('id', 'command-help') },
    { command: 'language', description: text('id', 'command-language') },
    { command: 'restart', description: text('id', 'command-restart') },
    { command: 'discreet', description: text('id', 'command-discreet') },
    { command: 'wipe', description: text('id', 'command-wipe') },
    { command: 'forget', description: text('id', 'command-forget') },
  ]);
  expect(byLanguage.default).toEqual(byLanguage.id); // the deployment's first language
  expect((byLanguage.en as Array<{ description: string }>)[2]!.description).toBe('Change language');
  // Anyone who opens the menu reads it: nothing in it says what the bot is for.
  for (const { description } of Object.values(byLanguage).flat() as Array<{ description: string }>) {
    expect(description).not.toMatch(/embass|kedutaan|KBRI|hotline|traffick|perdagangan|victim|korban|SOS|danger|bahaya|case|kasus/i);
  }
});

it('follows a live location as it moves, without writing to the person', async () => {
  const chat = 5950;
  await toLocationStep(chat, 'id', { inDanger: true });
  await exchange(chat, () => server.sendLocation(chat, 10.627, 103.522, { livePeriod: 3600 }), text('id', 'ask-situation'));
  const [open] = await app.cases.listOpen();
  expect(open!.private.location).toMatchObject({ kind: 'pin', lat: 10.627, live: true });
  const sent = server.sentCount(chat);
  const now = Math.floor(Date.now() / 1000);
  server.pushUpdate({
    update_id: 990_001,
    edited_message: {
      message_id: 1_000_123, date: now - 60, edit_date: now, chat: { id: chat, type: 'private', first_name: 'User' },
      from: { id: chat, is_bot: false, first_name: 'User', language_code: 'id' },
      location: { latitude: 16.837, longitude: 98.526, live_period: 3600 },
    },
  });
  // The update is processed in the background (no reply to wait for): poll the case for up to 2 s.
  for (let i = 0; i < 100 && (await app.cases.get(open!.id))!.country !== 'MM'; i++) await new Promise((r) => setTimeout(r, 20));
  const moved = (await app.cases.get(open!.id))!;
  expect(moved).toMatchObject({ country: 'MM', private: { location: { kind: 'pin', lat: 16.837, lon: 98.526, live: true }, place: 'Shwe Kokko' } });
  // Nothing was sent to the person; the conversation carries on at the same question.
  const next = await exchange(chat, () => server.sendSticker(chat), text('id', 'ask-situation'));
  expect(next.map((m) => m.text)).toEqual([text('id', 'media-not-read'), text('id', 'ask-situation')]);
  expect(server.sentCount(chat)).toBe(sent + 2);
});

describe('danger fast lane', () => {
  it('lets a danger message overtake ordinary messages waiting for a slot', async () => {
    // One slot, held by a person whose message is stuck in processing (a wrapper around the real hotline).
    let entered!: () => void;
    let unblock!: () => void;
    const inside = new Promise<void>((resolve) => (entered = resolve));
    const blocked = new Promise<void>((resolve) => (unblock = resolve));
    const holding: Hotline = {
      ...app.hotline,
      async handle(message) {
        if (message.address === '5901') {
          entered();
          await blocked;
        }
        return app.hotline.handle(message);
      },
    };
    await channel.stop();
    const lane = createTelegramChannel({
      config: { token: TOKEN, apiRoot: server.apiRoot, maxRetryAttempts: 3, maxRetrySeconds: 5, maxInFlight: 1 },
      logger,
      hotline: holding,
    });
    stops.push(() => lane.stop());
    await lane.start();

    server.sendText(5901, 'halo', { languageCode: 'id' }); // takes the only slot, and hangs
    await inside;
    server.sendText(5902, 'halo', { languageCode: 'id' }); // ordinary: waits for the slot
    server.sendText(5903, 'tolong saya dipukul', { languageCode: 'id' }); // danger: goes ahead
    await server.waitForMessages(5903, 1);
    expect((await app.cases.listOpen()).map((c) => c.urgency)).toEqual(['critical']);
    expect(server.sentCount(5902)).toBe(0);
    unblock();
    await server.waitForMessages(5901, 1);
    await server.waitForMessages(5902, 1);
  });
});

describe('ordering', () => {
    it('processes quick messages from one chat in order (button, typed number, typed place)', async () => {
      const chat = 5701;
      await exchange(chat, () => server.sendText(chat, 'halo', { languageCode: 'id' }), text('id', 'consent'));
      const since = server.sentCount(chat);
      buttons(chat).press('agree');
      server.sendText(chat, '1'); // the first button of the who question: "myself"
      server.sendText(chat, '2'); // the second button of the danger question: "no"
      server.sendText(chat, 'Poipet, gedung 3');
      const replies = await untilLast(chat, since, text('id', 'ask-situation'));
      expect(replies.map((m) => m.text)).toEqual([text('id', 'ask-who'), text('id', 'ask-danger'), text('id', 'ask-location'), text('id', 'ask-situation')]);
      const now = await conversation(chat);
      expect(now.v).toBe('situation');
      expect(now.c.answers).toEqual({ situation: [], dangerNow: false, location: { kind: 'text', text: 'Poipet, gedung 3' }, country: 'KH', place: 'Poipet' });
      expect(await app.cases.listOpen()).toEqual([]);
    });

    it('keeps two chats independent when their messages interleave', async () => {
      const a = 5702;
      const b = 5703;
      server.sendText(a, 'hello', { languageCode: 'en' });
      server.sendText(b, 'halo', { languageCode: 'id' });
      server.sendText(a, '1');
      server.sendText(b, '1');
      server.sendText(a, '1'); // a: needs help themselves
      server.sendText(b, '1');
      server.sendText(a, '2'); // a: not in danger
      server.sendText(b, '1'); // b: in danger now
      server.sendText(a, 'Poipet, building 3');
      server.sendText(b, 'Bavet, gedung 9');
      const [ra, rb] = await Promise.all([untilLast(a, 0, text('en', 'ask-situation')), untilLast(b, 0, text('id', 'ask-situation'))]);
      const [kase] = await app.cases.listOpen();
      expect(ra.map((m) => m.text)).toEqual([text('en', 'consent'), text('en', 'ask-who'), text('en', 'ask-danger'), text('en', 'ask-location'), text('en', 'ask-situation')]);
      expect(rb.map((m) => m.text)).toEqual([
        text('id', 'consent'), text('id', 'ask-who'), text('id', 'ask-danger'), text('id', 'danger-alerted', { caseId: kase!.id }), text('id', 'ask-location'), text('id', 'ask-situation'),
      ]);
      const [ca, cb] = [await conversation(a), await conversation(b)];
      expect([ca.v, ca.c.lang, ca.c.answers.dangerNow, ca.c.answers.place, ca.c.caseId]).toEqual(['situation', 'en', false, 'Poipet', undefined]);
      expect([cb.v, cb.c.lang, cb.c.answers.dangerNow, cb.c.answers.place, cb.c.caseId]).toEqual(['situation', 'id', true, 'Bavet', kase!.id]);
      expect((await app.cases.listOpen()).map((c) => [c.id, c.urgency, c.private.address])).toEqual([[kase!.id, 'critical', String(b)]]);
    });
  });
});
