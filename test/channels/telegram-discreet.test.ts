/**
 * What a guard sees in the Telegram chat, end to end: real grammY against the loopback Bot API server, the
 * real core and Redis. A whole intake leaves in the chat (every message the bot sent after the consent
 * screen, as it stands after edits, except the ones the core marked transient) nothing that names the
 * embassy, trafficking, a case number or the danger the person told of. `/discreet` (and `/diskret`) work
 * from the command menu, whose descriptions give nothing away; the bot's cover is set from the deployment.
 */
import { writeFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pino } from 'pino';
import { createApp, type App } from '../../src/app.js';
import { createTelegramChannel, type BotCover, type TelegramChannel } from '../../src/channels/telegram/telegram-channel.js';
import type { Hotline } from '../../src/core/hotline.js';
import type { OutboundMessage } from '../../src/core/messages.js';
import { startBotApiServer, type BotApiServer, type BotMessage } from '../support/bot-api-server.js';
import { CASE_ID_PATTERN, firstGiveaway, giveaways } from '../support/giveaways.js';
import { testRedis, type TestRedis } from '../support/redis.js';

const TOKEN = '123456:TEST-token-aaaaaaaaaaaaaaaaaaaa';
const logger = pino({ level: 'silent' });

let server: BotApiServer;
let t: TestRedis;
let app: App;
let stops: Array<() => Promise<unknown>>;
/** Every message the core answered with, in order: the test reads `transient` from here. */
let answered: OutboundMessage[];

/** A channel on the app, whose hotline records what the core answered (the real hotline underneath). */
function channelFor(opts: { cover?: BotCover } = {}): TelegramChannel {
  const recording: Hotline = {
    ...app.hotline,
    async handle(message) {
      const out = await app.hotline.handle(message);
      answered.push(...out);
      return out;
    },
  };
  const tg = createTelegramChannel({ config: { token: TOKEN, apiRoot: server.apiRoot, maxRetryAttempts: 3, maxRetrySeconds: 5 }, logger, hotline: recording, cover: opts.cover });
  stops.push(() => tg.stop());
  return tg;
}

beforeEach(async () => {
  stops = [];
  answered = [];
  server = await startBotApiServer();
  t = await testRedis();
  app = createApp({ config: { dataKey: Buffer.alloc(32, 4), deploymentFile: 'data/deployment.json', conversationTtlSeconds: 3600, redis: { prefix: t.prefix } }, redis: t.redis, logger });
});

afterEach(async () => {
  for (const stop of stops.reverse()) await stop().catch(() => undefined);
  await server.close();
  await t.cleanup();
});

const labels = (m: BotMessage) => ((m.reply_markup ?? {}) as { inline_keyboard?: Array<Array<{ text: string }>> }).inline_keyboard?.flat().map((b) => b.text) ?? [];
/** The message as it shows in the chat now: its text and its buttons. */
const shown = (m: BotMessage) => [m.text ?? '', ...labels(m)].join('\n');

/** The person does `act`, and the bot's new messages are awaited until one of them passes `done`. */
async function exchange(chat: number, act: () => unknown, done: (text: string) => boolean): Promise<BotMessage[]> {
  const since = server.sentCount(chat);
  act();
  return server.waitFor(() => {
    const fresh = server.messages(chat).slice(since);
    return fresh.some((m) => done(m.text ?? '')) ? fresh : undefined;
  });
}
/** Presses the button `id` of the bot's latest message with buttons. */
function press(chat: number, id: string): number {
  const message = server.messages(chat).filter((m) => !m.deleted && labels(m).length > 0).at(-1)!;
  const buttons = ((message.reply_markup ?? {}) as { inline_keyboard: Array<Array<{ callback_data: string }>> }).inline_keyboard.flat();
  const data = buttons.find((b) => b.callback_data.endsWith(`:${id}`))?.callback_data;
  if (!data) throw new Error(`no button ${id} on message ${message.message_id}`);
  return server.pressButton(chat, message.message_id, data);
}
/** A message of the locales as the renderer fills it in, in discreet mode unless `args` say otherwise. */
const message = (lang: string, key: string, args: Record<string, string> = {}) =>
  app.locales.t(lang, key, { discreet: 'yes', embassy: app.deployment.embassy.name[lang] ?? '', ...args });
const is = (lang: string, key: string) => (text: string) => text === message(lang, key);

describe('telegram: what stays in the chat', () => {
  it.each([['id', 6101], ['en', 6102]] as const)('leaves nothing that gives the person away after a whole intake (%s)', async (lang, chat) => {
    const tg = channelFor();
    await tg.start();
    const danger = lang === 'id' ? 'tolong mereka pukul saya lagi' : 'they beat me again, help';
    await exchange(chat, () => server.sendText(chat, lang === 'id' ? 'halo' : 'hello', { languageCode: lang }), is(lang, 'consent'));
    const consentCount = server.sentCount(chat);
    await exchange(chat, () => press(chat, 'agree'), is(lang, 'ask-who'));
    await exchange(chat, () => press(chat, 'myself'), is(lang, 'ask-danger'));
    await exchange(chat, () => press(chat, 'yes'), is(lang, 'ask-location'));
    await exchange(chat, () => server.sendText(chat, 'KK Park, B7'), is(lang, 'ask-situation'));
    for (const id of ['violence', 'confined']) {
      const before = server.calls.filter((c) => c.method === 'editMessageText').length;
      press(chat, id);
      await server.waitFor(() => server.calls.filter((c) => c.method === 'editMessageText').length > before);
    }
    await exchange(chat, () => press(chat, 'done'), is(lang, 'ask-people'));
    await exchange(chat, () => server.sendText(chat, '20'), is(lang, 'ask-contact'));
    await exchange(chat, () => server.sendText(chat, danger), is(lang, 'ask-contact')); // danger words: the question again
    await exchange(chat, () => press(chat, 'anytime'), is(lang, 'ask-code-word'));
    const [codeWord, duressWord] = lang === 'id' ? ['melati putih', 'kopi pahit'] : ['white jasmine', 'bitter coffee'];
    await exchange(chat, () => server.sendText(chat, codeWord), is(lang, 'ask-duress-word'));
    await exchange(chat, () => server.sendText(chat, duressWord), is(lang, 'ask-name'));
    await exchange(chat, () => server.sendText(chat, 'Dewi'), is(lang, 'ask-about-me'));
    await exchange(chat, () => server.sendText(chat, '24, Cianjur'), (s) => s.includes('Dewi, ') && s.includes('Cianjur'));
    await exchange(chat, () => press(chat, 'confirm'), (s) => /^(Sent|Terkirim)\./.test(s));
    await exchange(chat, () => server.sendText(chat, 'halo?'), is(lang, 'case-open'));
    await exchange(chat, () => server.sendCommand(chat, 'help'), is(lang, 'case-open'));
    await exchange(chat, () => server.sendSticker(chat), is(lang, 'media-forwarded'));

    const [kase] = await app.cases.listOpen();
    expect(kase).toMatchObject({ urgency: 'critical', situation: ['violence', 'confined'], intakeComplete: true, channel: 'telegram' });
    const transient = new Set(answered.filter((m) => m.transient).map((m) => m.text));
    expect(transient.size).toBeGreaterThanOrEqual(8); // the questions and the summary
    const inChat = server.messages(chat).slice(consentCount).filter((m) => !m.deleted && !transient.has(m.text ?? ''));
    expect(inChat.length).toBeGreaterThanOrEqual(5);
    const patterns = [
      ...giveaways(app.deployment), new RegExp(kase!.id), new RegExp(danger, 'i'), /pukul|beat/i, /KK Park|B7/,
      ...['indicator-violence', 'indicator-confined', 'choice-yes'].map((key) => new RegExp(app.locales.t(lang, key), 'i')),
      // Nothing of the code and duress words: neither the person's nor the language's own phrases.
      new RegExp(codeWord, 'i'), new RegExp(duressWord, 'i'),
      ...['duress-default', 'cant-talk-default', 'duress-ack'].map((key) => new RegExp(app.locales.t(lang, key), 'i')),
    ];
    for (const key of ['ask-code-word', 'ask-duress-word', 'code-word-kept', 'duress-word-kept']) expect(transient, key).toContain(message(lang, key));
    for (const m of inChat) expect(firstGiveaway(shown(m), patterns), shown(m)).toBeUndefined();
  });

  it('switches discreet mode with /discreet and /diskret from the menu, the case number coming and going', async () => {
    const tg = channelFor();
    await tg.start();
    const chat = 6103;
    await exchange(chat, () => server.sendText(chat, 'SOS', { languageCode: 'id' }), is('id', 'consent'));
    const [kase] = await app.cases.listOpen();
    const off = await exchange(chat, () => server.sendCommand(chat, 'discreet'), is('id', 'consent'));
    expect(off.map((m) => m.text)).toEqual([message('id', 'discreet-off'), message('id', 'consent')]);
    const [declined] = await exchange(chat, () => press(chat, 'disagree'), (s) => s.startsWith('Baik.'));
    expect(declined!.text).toContain(kase!.id); // discreet off: "your case … stays"
    const on = await exchange(chat, () => server.sendCommand(chat, 'diskret'), (s) => s.startsWith('Baik.'));
    expect(on[0]!.text).toBe(message('id', 'discreet-on'));
    expect(on[1]!.text).not.toMatch(CASE_ID_PATTERN);
  });

  it('describes the command menu without a word that gives the bot away, /discreet included', async () => {
    const tg = channelFor();
    await tg.start();
    const menus = server.calls.filter((c) => c.method === 'setMyCommands').map((c) => c.params.commands as Array<{ command: string; description: string }>);
    expect(menus).toHaveLength(app.deployment.languages.length + 1); // the default menu and one per language
    for (const menu of menus) {
      expect(menu.map((c) => c.command)).toContain('discreet');
      for (const { description } of menu) expect(firstGiveaway(description, [...giveaways(app.deployment), /victim|korban|SOS|help line|bantuan korban|case|kasus/i]), description).toBeUndefined();
    }
  });
});

describe('telegram: the cover', () => {
  const cover: BotCover = {
    name: { id: 'Info Kerja', en: 'Job Info' },
    description: { id: 'Tanya jawab seputar kerja.', en: 'Questions and answers about work.' },
    about: { id: 'Info kerja', en: 'Job info' },
  };
  const setCalls = () => server.calls.filter((c) => /^setMy(Name|Description|ShortDescription)$/.test(c.method));

  it('sets the name and descriptions per language, the first language for everyone else', async () => {
    await channelFor({ cover }).start();
    expect(server.profile()).toEqual({ name: 'Info Kerja', description: 'Tanya jawab seputar kerja.', shortDescription: 'Info kerja' });
    expect(server.profile('id')).toEqual(server.profile());
    expect(server.profile('en')).toEqual({ name: 'Job Info', description: 'Questions and answers about work.', shortDescription: 'Job info' });
    expect(server.profile('fr')).toEqual(server.profile()); // a language we do not speak
    expect(setCalls()).toHaveLength(6); // everyone and English; Indonesian is the default already
  });

  it('changes nothing at the next start when Telegram shows the cover already, and sets only what changed', async () => {
    await channelFor({ cover }).start();
    const first = setCalls().length;
    await channelFor({ cover }).start();
    expect(setCalls()).toHaveLength(first);
    await channelFor({ cover: { ...cover, about: { id: 'Info kerja', en: 'About jobs' } } }).start();
    expect(setCalls().slice(first).map((c) => [c.method, c.params.language_code, c.params.short_description])).toEqual([['setMyShortDescription', 'en', 'About jobs']]);
  });

  it('leaves what BotFather set when the deployment gives no cover, and reads it from data/deployment.json', async () => {
    await channelFor().start();
    expect(server.calls.filter((c) => /My(Name|Description|ShortDescription)$/.test(c.method))).toEqual([]);
    expect(app.deployment.cover).toBeUndefined();
    // A deployment file with a cover validates it (Telegram's lengths) and hands it over as it is.
    const dir = mkdtempSync(join(tmpdir(), 'cover-'));
    const file = join(dir, 'deployment.json');
    writeFileSync(file, JSON.stringify({ ...JSON.parse(readFileSync('data/deployment.json', 'utf8')), cover }));
    const withCover = createApp({ config: { dataKey: Buffer.alloc(32, 4), deploymentFile: file, conversationTtlSeconds: 3600, redis: { prefix: `${t.prefix}c:` } }, redis: t.redis, logger });
    expect(withCover.deployment.cover).toEqual(cover);
    writeFileSync(file, JSON.stringify({ ...JSON.parse(readFileSync('data/deployment.json', 'utf8')), cover: { about: { en: 'x'.repeat(121) } } }));
    expect(() => createApp({ config: { dataKey: Buffer.alloc(32, 4), deploymentFile: file, conversationTtlSeconds: 3600, redis: { prefix: `${t.prefix}c:` } }, redis: t.redis, logger })).toThrow(/cover\.about\.en/);
  });
});
