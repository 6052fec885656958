import { pino } from 'pino';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src/app.js';
import type { InboundBody, OutboundMessage } from '../../src/core/messages.js';
import { testRedis, type TestRedis } from '../support/redis.js';
import { throwawayLocales, type ThrowawayLocales } from '../support/throwaway-locales.js';

const logger = pino({ level: 'silent' });
const dataKey = Buffer.alloc(32, 9);
const NAMES = { vi: 'Tiếng Việt', tl: 'Tagalog', th: 'ไทย', zh: '中文', hi: 'हिन्दी' };
const LANGUAGES = ['id', 'en', 'vi', 'tl', 'th', 'zh', 'hi'];

const texts = (out: OutboundMessage[]) => out.map((m) => m.text).join('\n');

describe('the first message picks the language', () => {
  let locales: ThrowawayLocales;
  let t: TestRedis;
  let app: App;
  beforeAll(() => {
    locales = throwawayLocales(NAMES, LANGUAGES);
  });
  afterAll(() => locales.cleanup());
  beforeEach(async () => {
    t = await testRedis();
    app = createApp({
      config: { dataKey, deploymentFile: locales.deploymentFile, conversationTtlSeconds: 3600, redis: { prefix: t.prefix } },
      localesDir: locales.localesDir,
      redis: t.redis,
      logger,
      hotline: { retry: { attempts: 2, baseDelayMs: 5 } },
    });
  });
  afterEach(() => t.cleanup());

  let n = 0;
  const send = (address: string, body: InboundBody, languageHint?: string) =>
    app.hotline.receive({ channel: 'telegram', address, messageId: `m${++n}`, at: Date.now(), languageHint, body });
  const consentLanguage = (out: OutboundMessage[]) => /Do you agree\?(?: \[(\w+)\])?/.exec(texts(out))?.[1] ?? (texts(out).includes('Do you agree?') ? 'en' : undefined);

  it.each([
    ['vi', 'vi'],
    ['tl', 'tl'],
    ['fil', 'tl'],
    ['th', 'th'],
    ['zh-hans', 'zh'],
    ['hi', 'hi'],
  ])("gives a new user with language_code '%s' and no text evidence the consent in %s", async (hint, lang) => {
    expect(consentLanguage(await send(`hint-${hint}`, { kind: 'command', command: 'start' }, hint))).toBe(lang);
    expect(consentLanguage(await send(`hi-${hint}`, { kind: 'text', text: 'hi' }, hint))).toBe(lang);
  });

  it("answers a first message in Thai in Thai, whatever the hint says", async () => {
    expect(consentLanguage(await send('thai', { kind: 'text', text: 'สวัสดีครับ ขอความช่วยเหลือหน่อย' }, 'en'))).toBe('th');
  });

  it('answers a first message in Vietnamese, Tagalog or Chinese in it, without a hint', async () => {
    expect(consentLanguage(await send('vi-words', { kind: 'text', text: 'xin chào, em cần giúp đỡ' }))).toBe('vi');
    expect(consentLanguage(await send('tl-words', { kind: 'text', text: 'kuya pwede po ba magtanong' }))).toBe('tl');
    expect(consentLanguage(await send('zh-words', { kind: 'text', text: '你好，我想问一下' }))).toBe('zh');
  });

  it('reads words typed in the conversation\'s own script, and says which languages it reads for another', async () => {
    await send('thai-typed', { kind: 'text', text: 'สวัสดีครับ ขอความช่วยเหลือหน่อย' });
    expect(texts(await send('thai-typed', { kind: 'text', text: 'ไม่เข้าใจครับ' }))).not.toContain('We read ');
    expect(texts(await send('thai-typed', { kind: 'text', text: 'ខ្ញុំមិនយល់ទេ' }))).toContain('We read Indonesian, English, Vietnamese, Filipino, Thai, Chinese, and Hindi.');
  });

  it('keeps the hint when the words are in a language the deployment does not answer in', async () => {
    expect(consentLanguage(await send('km-words', { kind: 'text', text: 'សួស្តី ខ្ញុំចង់សួរ' }, 'vi'))).toBe('vi');
  });

  it('keeps the person\'s own choice over what later messages look like', async () => {
    const out = await send('chooser', { kind: 'text', text: 'xin chào, em cần giúp đỡ' });
    expect(consentLanguage(out)).toBe('vi');
    const prompt = [...(await send('chooser', { kind: 'command', command: 'language' }))].reverse().find((m) => m.prompt !== undefined);
    const buttons = prompt?.choices?.flat().map((b) => b.label) ?? [];
    for (const name of Object.values(NAMES)) expect(buttons).toContain(name);
    const chosen = await send('chooser', { kind: 'choice', prompt: prompt!.prompt!, choice: 'lang:th' });
    expect(consentLanguage(chosen)).toBe('th');
    // A message in Vietnamese now does not switch the conversation back.
    await send('chooser', { kind: 'text', text: 'em không hiểu' });
    expect(consentLanguage(await send('chooser', { kind: 'command', command: 'start' }))).toBe('th');
  });
});
