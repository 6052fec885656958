/**
 * A brand-new Telegram user, as the issue asks to try it: real grammY against the loopback Bot API server,
 * the real core and Redis, the default deployment (every complete locale). The user's app sends a
 * `language_code` (vi, tl, fil, th, zh-hans, zh-hant, hi, en-US, id) or none at all; they send /start, then a
 * first message. What must hold:
 * - the code is a hint: the first answer is in its language (none: the menu in every language);
 * - a message written clearly in another of the deployment's languages wins over the hint (the consent comes
 *   again in it, and the questions after it too);
 * - the person's own choice (/language) wins over both, and sticks across later messages in other languages;
 * - danger as the very first message, in any complete locale, opens a critical case and is answered in its
 *   language, whatever the code says; also after /start answered in the hint's language.
 */
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src/app.js';
import { createTelegramChannel, type TelegramChannel } from '../../src/channels/telegram/telegram-channel.js';
import { startBotApiServer, type BotApiServer, type BotMessage } from '../support/bot-api-server.js';
import { testRedis, type TestRedis } from '../support/redis.js';
import { until } from '../support/until.js';

const TOKEN = '123456:TEST-token-newuser-aaaaaaaaaaaa';
const LANGS = ['id', 'en', 'zh', 'vi', 'tl', 'th', 'hi'] as const;
type Lang = (typeof LANGS)[number];
/** Telegram's language_code → the locale it must pick; null: the app sends none. */
const CODES: Array<[code: string | null, lang: Lang | undefined]> = [
  ['vi', 'vi'], ['tl', 'tl'], ['fil', 'tl'], ['th', 'th'], ['zh-hans', 'zh'], ['zh-hant', 'zh'], ['hi', 'hi'], ['en-US', 'en'], ['id', 'id'], [null, undefined],
];
/** A first message with no danger in it, as a worker might open with ("hello, I have a question"). */
const HELLO: Record<Lang, string> = {
  id: 'halo kak, saya mau tanya sesuatu',
  en: 'hello, I want to ask something please',
  zh: '你好，我想问一下',
  vi: 'xin chào, tôi cần hỏi một chút',
  tl: 'magandang araw po, may tanong lang ako',
  th: 'สวัสดีครับ ผมอยากถามหน่อย',
  hi: 'नमस्ते, मुझे कुछ पूछना है',
};
/** Danger now, as a first message. */
const DANGER: Record<Lang, string> = {
  id: 'tolong saya dipukul dan disekap',
  en: 'help me they beat me and locked me in',
  zh: '救命，他们打我',
  vi: 'cứu tôi với, họ đánh tôi',
  tl: 'tulungan niyo ako binubugbog kami dito',
  th: 'ช่วยด้วย พวกเขาทำร้ายผม',
  hi: 'बचाओ मुझे मार रहे हैं',
};

let server: BotApiServer;
let t: TestRedis;
let app: App;
let tg: TelegramChannel;
let nextChat = 7100;

beforeAll(async () => {
  server = await startBotApiServer();
  t = await testRedis();
  app = createApp({ config: { dataKey: Buffer.alloc(32, 7), deploymentFile: 'data/deployment.json', conversationTtlSeconds: 3600, redis: { prefix: t.prefix } }, redis: t.redis, logger: pino({ level: 'silent' }) });
  tg = createTelegramChannel({ config: { token: TOKEN, apiRoot: server.apiRoot, maxRetryAttempts: 3, maxRetrySeconds: 5 }, logger: pino({ level: 'silent' }), hotline: app.hotline });
  await tg.start();
});
afterAll(async () => {
  await tg.stop().catch(() => undefined);
  await server.close();
  await t.cleanup();
});

/** Every variable a message asks for, as a NUL unless given (a select on a NUL takes its default variant). */
const anyArgs = (given: Record<string, string>) => {
  const value = (name: string | symbol) => (typeof name === 'string' && name in given ? given[name]! : '\0');
  return new Proxy({}, {
    get: (_, name) => value(name),
    has: () => true,
    getOwnPropertyDescriptor: (_, name) => ({ value: value(name), configurable: true, enumerable: true, writable: false }),
  }) as Record<string, string>;
};
/** The longest stretch of a message without a placeholder or line break, as rendered: enough to know it by. */
function marker(lang: string, key: string): string {
  const parts = app.locales.t(lang, key, anyArgs({})).split(/\n|\0/).map((s) => s.trim());
  return parts.reduce((a, b) => (b.length > a.length ? b : a), '').slice(0, 24);
}
const inLang = (lang: string, key: string) => (text: string) => text.includes(marker(lang, key));
const inEvery = (key: string) => (text: string) => LANGS.every((l) => text.includes(marker(l, key)));

/** The person does `act`; resolves with the text of the bot's new messages once `done` holds for it. */
async function exchange(chat: number, act: () => unknown, done: (text: string) => boolean): Promise<string> {
  const since = server.sentCount(chat);
  act();
  const joined = () => server.messages(chat).filter((m) => m.message_id > since).map((m) => m.text ?? '').join('\n');
  return server.waitFor(() => (done(joined()) ? joined() : undefined), 5000).catch(() => {
    throw new Error(`chat ${chat}: no expected answer; got:\n${joined()}`);
  });
}
const labels = (m: BotMessage) => ((m.reply_markup ?? {}) as { inline_keyboard?: Array<Array<{ callback_data: string }>> }).inline_keyboard?.flat() ?? [];
/** Presses the button `id` of the bot's latest message with buttons. */
function press(chat: number, id: string): number {
  const message = server.messages(chat).filter((m) => !m.deleted && labels(m).length > 0).at(-1)!;
  const data = labels(message).find((b) => b.callback_data.endsWith(`:${id}`))?.callback_data;
  if (!data) throw new Error(`no button ${id} on message ${message.message_id}`);
  return server.pressButton(chat, message.message_id, data);
}
/** Starts a new user's chat with /start, their app sending `code` (null: none). */
async function start(code: string | null, lang: string | undefined): Promise<number> {
  const chat = nextChat++;
  await exchange(chat, () => server.sendCommand(chat, 'start', { languageCode: code }), lang ? inLang(lang, 'consent') : inEvery('choose-language'));
  return chat;
}
/** The other markers of `key` in `text`: languages it must not be in. */
const othersIn = (text: string, key: string, lang: string) => LANGS.filter((l) => l !== lang && text.includes(marker(l, key)));

describe('a new Telegram user: which language answers', () => {
  it.each(CODES)('language_code %s alone: /start and the first message are answered in %s (none: the menu in every language)', async (code, lang) => {
    const chat = await start(code, lang);
    // A first message whose words say nothing of their language: the hint stays.
    const out = await exchange(chat, () => server.sendText(chat, 'halo?'), lang ? inLang(lang, 'consent-not-understood') : inEvery('not-a-choice'));
    if (lang) expect(othersIn(out, 'consent-not-understood', lang)).toEqual([]);
  });

  it.each(CODES.map(([code, lang], i) => [code, lang, LANGS.filter((l) => l !== lang)[i % 6]!] as const))(
    'language_code %s (%s): a first message written in %s wins, for the consent and the questions after it',
    async (code, lang, wrote) => {
      const chat = await start(code, lang);
      const out = await exchange(chat, () => server.sendText(chat, HELLO[wrote]), inLang(wrote, 'consent'));
      if (lang) expect(out).not.toContain(marker(lang, 'consent-not-understood'));
      // Someone writing in a language not the embassy's citizens' (Indonesian) nor English: whose line this is, in theirs.
      const note = app.locales.firstAid(wrote, 'first-aid-not-citizen', { embassy: '\0' })!.split('\0').reduce((a, b) => (b.length > a.length ? b : a)).trim();
      if (wrote === 'id' || wrote === 'en') expect(LANGS.filter((l) => out.includes(marker(l, 'consent')))).toEqual([wrote]);
      else expect(out).toContain(note.slice(0, 24));
      await exchange(chat, () => press(chat, 'agree'), inLang(wrote, 'ask-who'));
      const [kase] = (await app.cases.listOpen()).filter((c) => c.private.address === String(chat));
      expect(kase).toBeUndefined(); // nothing urgent was said
    },
  );

  it.each([['vi', 'th', 'en'], ['en-US', 'hi', 'tl'], [null, 'zh', 'vi'], ['id', 'tl', 'id']] as const)(
    'language_code %s: the /language choice (%s) wins over the hint and over words in %s, and sticks',
    async (code, chosen, wrote) => {
      const lang = code === null ? undefined : code === 'en-US' ? 'en' : code;
      const chat = await start(code, lang);
      if (lang) await exchange(chat, () => server.sendCommand(chat, 'language'), inEvery('choose-language'));
      await exchange(chat, () => press(chat, `lang:${chosen}`), inLang(chosen, 'consent'));
      // Words clearly in another language: the conversation stays in the chosen one.
      const out = await exchange(chat, () => server.sendText(chat, HELLO[wrote]), inLang(chosen, 'consent-not-understood'));
      expect(out).not.toContain(marker(wrote, 'consent'));
      await exchange(chat, () => press(chat, 'agree'), inLang(chosen, 'ask-who'));
      const later = await exchange(chat, () => server.sendText(chat, HELLO[wrote]), inLang(chosen, 'ask-who'));
      expect(othersIn(later, 'ask-who', chosen)).toEqual([]);
    },
  );
});

describe('a new Telegram user: danger as the very first message', () => {
  /** Each locale's danger words with a code of another language, with none, and after /start answered in the hint's. */
  const cases = LANGS.flatMap((lang) => [
    [lang, lang === 'en' ? 'vi' : 'en-US', false],
    [lang, null, false],
    [lang, lang === 'th' ? 'zh-hans' : 'th', true],
  ] as const);

  it.each(cases)('in %s (language_code %s, after /start: %s) opens a critical case, answered in its language', async (lang, code, started) => {
    const hinted = code === 'en-US' ? 'en' : code === 'zh-hans' ? 'zh' : code ?? undefined;
    const chat = started ? await start(code, hinted) : nextChat++;
    const out = await exchange(chat, () => server.sendText(chat, DANGER[lang], { languageCode: code }), (s) => inLang(lang, 'danger-alerted')(s) && inLang(lang, 'consent')(s));
    expect(othersIn(out, 'danger-alerted', lang)).toEqual([]);
    const kase = await until(async () => (await app.cases.listOpen()).find((c) => c.private.address === String(chat)), `a case for chat ${chat}`);
    expect(kase).toMatchObject({ urgency: 'critical', lang, channel: 'telegram' });
  });
});

describe('a new Telegram user: Urdu typed in Latin letters (Roman Urdu)', () => {
  it.each([null, 'ur', 'hi'])('language_code %s: danger first opens a critical case, answered in English with the first aid in Urdu, not in Hindi', async (code) => {
    const chat = nextChat++;
    const firstAid = (key: 'first-aid' | 'first-aid-alerted') => app.locales.firstAid('ur', key, anyArgs({}))!.split(/\n|\0/).map((x) => x.trim()).reduce((a, b) => (b.length > a.length ? b : a)).slice(0, 20);
    const out = await exchange(chat, () => server.sendText(chat, 'mujhay bachao yeh log maar rahay hain', { languageCode: code }), (x) => inLang('en', 'consent')(x) && x.includes(firstAid('first-aid')));
    expect(out).toContain(firstAid('first-aid-alerted'));
    expect(out).toContain(marker('en', 'danger-alerted'));
    expect(out).not.toContain(marker('hi', 'consent'));
    const kase = await until(async () => (await app.cases.listOpen()).find((c) => c.private.address === String(chat)), `a case for chat ${chat}`);
    expect(kase).toMatchObject({ urgency: 'critical', lang: 'en' });
  });
});
