/**
 * First aid in the person's own language (src/core/first-aid.ts): a person who writes in a language the
 * deployment does not answer in reads at once, in theirs, whose line this is, that SOS or a location reaches
 * an officer, and the host country's emergency numbers; a danger message in it opens a critical case like
 * any other and is answered "an officer is alerted" in it; the flow goes on in the deployment's language.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src/app.js';
import type { InboundBody, OutboundMessage } from '../../src/core/messages.js';
import { detectLanguage } from '../../src/i18n/detect.js';
import { testRedis, type TestRedis } from '../support/redis.js';

const logger = pino({ level: 'silent' });
const dataKey = Buffer.alloc(32, 7);

function build(t: TestRedis, deploymentFile = 'data/deployment.json'): App {
  return createApp({ config: { dataKey, deploymentFile, conversationTtlSeconds: 3600, redis: { prefix: t.prefix } }, redis: t.redis, logger });
}

/** One person on Telegram; `languageHint` is Telegram's language_code (none: a phone in a language it does not know). */
function person(app: App, address: string, languageHint?: string) {
  let n = 0;
  return {
    send: (body: InboundBody): Promise<OutboundMessage[]> =>
      app.hotline.receive({ channel: 'telegram', address, messageId: `${address}-${++n}`, at: Date.now(), languageHint, body }),
    text(text: string) {
      return this.send({ kind: 'text', text });
    },
  };
}

/** A danger message in each language of the item 2, as a frightened person writes it. */
const DANGER: Array<[lang: string, text: string, hint?: string]> = [
  ['my', 'ကယ်ပါ ရိုက်နေတယ်'], // help, they are beating (me)
  ['km', 'ជួយខ្ញុំផង គេវាយខ្ញុំ'], // help me, they beat me
  ['lo', 'ຊ່ວຍແດ່ ຖືກຕີ'], // help, beaten
  ['bn', 'আমাকে বাঁচাও, আটকে রেখেছে'], // save me, they hold (us)
  ['am', 'እባካችሁ አድኑኝ ታስሬያለሁ'], // please save me, I am held
  ['ko', '살려주세요 감금되어 있어요'], // save me, I am confined
  ['ms', 'saya kena belasah'], // I was beaten up (Latin script: the Malay lexicon says the language)
  ['ur', 'مجھے بچاؤ، کمرے میں بند کر دیا'], // save me, locked in a room
  // Roman Urdu ("mujhe bachao, humein maar rahe hain") reads as Roman Hindi, a language every deployment answers
  // in: see 'answers Roman Urdu in Hindi' below.
  ['ne', 'मलाई बचाउनुहोस्, थुनेर राखेका छन्'], // save me, they keep (us) locked up
  ['si', 'මාව බේරගන්න, අපිට ගහනවා'], // save me, they beat us
  ['sw', 'niokoe, wananipiga'], // save me, they are beating me
];

describe('first aid in the person\'s own language', () => {
  let t: TestRedis;
  let app: App;
  beforeEach(async () => {
    t = await testRedis();
    app = build(t);
  });
  afterEach(() => t.cleanup());

  it.each(DANGER)('opens a critical case for a danger message in %s and answers in it: %s', async (lang, text, hint) => {
    const out = await person(app, `danger-${lang}-${text.length}`, hint).text(text);
    const [open] = await app.cases.listOpen();
    expect(open).toMatchObject({ urgency: 'critical', reasons: ['danger-words'] });
    const alerted = app.locales.firstAid(lang, 'first-aid-alerted')!;
    expect(alerted).toBeTruthy();
    // First "received, an officer is alerted", then the first aid, both in their language; then the flow, in Indonesian.
    expect(out[0]).toMatchObject({ text: alerted, transient: true });
    // The embassy's name in their language when the deployment has it, else in English.
    const embassy = 'Embassy of the Republic of Indonesia in Phnom Penh';
    const languages = app.deployment.languages.map((l) => app.locales.t(l, 'language-name')).join(', '); // each in its own words
    expect(out[1]!.text.split('\n')[0]).toBe(app.locales.firstAid(lang, 'first-aid', { embassy, languages, numbers: '' })!.split('\n')[0]);
    expect(out[1]).toMatchObject({ transient: true });
    // Then the flow as for anyone, in a language the deployment answers in (the language menu, or the consent).
    const rest = out.slice(2).map((m) => m.text).join('\n');
    expect([app.locales.t('id', 'choose-language'), app.locales.t('id', 'consent', { embassy: 'KBRI Phnom Penh' }).split('\n')[0]!].some((s) => rest.includes(s))).toBe(true);
  });

  it('shows the host country\'s numbers (not the revealing one, in discreet mode) and whose line this is, once', async () => {
    const p = person(app, 'ko-hello');
    const [first, ...rest] = await p.text('안녕하세요');
    expect(first!.transient).toBe(true);
    expect(first!.text).toContain('도움 창구'); // Korean
    expect(first!.text).toContain('🚓 117'); // police
    expect(first!.text).toContain('🚑 119'); // ambulance
    expect(first!.text).not.toContain('1288'); // the anti-trafficking line's name gives the reason away
    expect(first!.text).toContain(app.locales.firstAid('ko', 'first-aid-not-citizen', { embassy: 'Embassy of the Republic of Indonesia in Phnom Penh' }));
    expect(first!.text).not.toContain('자국 대사관'); // no Korean embassy number the embassy confirmed: none shown
    expect(rest.length).toBeGreaterThan(0);
    expect(await app.cases.listOpen()).toEqual([]); // a greeting is no danger
    const again = await p.text('네');
    expect(again.map((m) => m.text).join('\n')).not.toContain('도움 창구'); // once, not at every message
  });

  it('takes the channel\'s language for a first message without words, and none for a language the deployment answers in', async () => {
    const korean = await person(app, 'ko-start', 'ko').send({ kind: 'command', command: 'start' });
    expect(korean[0]!.text).toContain('도움 창구');
    const indonesian = await person(app, 'id-start', 'id').text('halo');
    expect(indonesian.map((m) => m.text).join('\n')).not.toContain('Kami membaca');
    const english = await person(app, 'en-sos', 'en').text('SOS they beat us');
    expect(english.map((m) => m.text).join('\n')).not.toContain(app.locales.firstAid('ko', 'first-aid-alerted')!);
    expect(english[0]!.text).not.toBe(app.locales.t('en', 'first-aid-alerted')); // English is answered by the flow itself
  });

  it('answers the first words typed after a start without any (/start, a button) in their language, once', async () => {
    // Telegram has no Burmese interface: the phone says English, the person taps Start, then writes in Burmese.
    const p = person(app, 'my-after-start', 'en');
    const started = await p.send({ kind: 'command', command: 'start' });
    expect(started.map((m) => m.text).join('\n')).not.toContain('ကယ်'); // nothing says Burmese yet
    const languages = app.deployment.languages.map((l) => app.locales.t(l, 'language-name')).join(', ');
    const aid = app.locales.firstAid('my', 'first-aid', { embassy: 'Embassy of the Republic of Indonesia in Phnom Penh', languages, numbers: '' })!.split('\n')[0]!;
    const out = await p.text('ဘာလုပ်ရမလဲ မသိဘူး'); // I don't know what to do
    expect(out[0]).toMatchObject({ transient: true });
    expect(out[0]!.text.split('\n')[0]).toBe(aid);
    expect(out[0]!.text).toContain('🚓 117');
    const again = await p.text('ဘာလုပ်ရမလဲ');
    expect(again.map((m) => m.text).join('\n')).not.toContain(aid); // once
    // Korean phone, Start (answered in Korean from the hint), then Korean words: not a second time.
    const k = person(app, 'ko-after-start', 'ko');
    expect((await k.send({ kind: 'command', command: 'start' }))[0]!.text).toContain('도움 창구');
    expect((await k.text('안녕하세요')).map((m) => m.text).join('\n')).not.toContain('도움 창구');
    // An Indonesian who taps Start and then types: the flow answers, no first aid.
    const i = person(app, 'id-after-start', 'id');
    await i.send({ kind: 'command', command: 'start' });
    expect((await i.text('halo saya mau lapor')).every((m) => !m.text.includes('🚓 117'))).toBe(true);
    // Nor a Malay-looking Indonesian sentence from an Indonesian phone (the hint settles close languages).
    const m = person(app, 'id-after-start-2', 'id');
    await m.send({ kind: 'command', command: 'start' });
    expect((await m.text('saya kerja di sini sudah dua bulan, boleh minta tolong?')).every((x) => !x.text.includes('🚓 117'))).toBe(true);
  });

  it('says a later danger message was received, in the language it was written in', async () => {
    const p = person(app, 'sw-later');
    await p.text('habari'); // Latin, no hint: nothing says Swahili yet
    const out = await p.text('tumefungiwa, wananipiga');
    expect(out[0]).toMatchObject({ text: app.locales.firstAid('sw', 'first-aid-alerted'), transient: true });
    expect((await app.cases.listOpen())[0]).toMatchObject({ urgency: 'critical' });
  });

  describe('with the person\'s own embassy known', () => {
    let dir: string;
    beforeEach(() => {
      dir = mkdtempSync(join(tmpdir(), 'first-aid-'));
      const d = JSON.parse(readFileSync('deployments/id-phnom-penh.json', 'utf8'));
      // A test number, marked verified only here: deployments/ carry embassy numbers unverified.
      d.embassies = d.embassies.map((e: { country: string }) => (e.country === 'KR' || e.country === 'PK' ? { ...e, phone: { number: '+855 00 000 000', verified: true } } : e));
      d.embassy.hotlines = [];
      writeFileSync(join(dir, 'd.json'), JSON.stringify(d));
      app = build(t, join(dir, 'd.json'));
    });
    afterEach(() => rmSync(dir, { recursive: true, force: true }));

    it('gives its number, and never a number not verified', async () => {
      const [first] = await person(app, 'ko-own').text('안녕하세요');
      expect(first!.text).toContain(app.locales.firstAid('ko', 'first-aid-own-embassy', { name: '대한민국 대사관', phone: '+855 00 000 000' }));
      const [urdu] = await person(app, 'ur-own').text('السلام علیکم');
      // Right to left: the number isolated left to right, so that its groups keep their order.
      expect(urdu!.text).toContain(app.locales.firstAid('ur', 'first-aid-own-embassy', { name: 'سفارتِ پاکستان', phone: '\u2066+855 00 000 000\u2069' }));
      const [burmese] = await person(app, 'my-own').text('မင်္ဂလာပါ');
      expect(burmese!.text).not.toMatch(/\+\d/); // Myanmar's embassy has no verified number
    });
  });

  // tl/ is written with the complete Tagalog locale (issue 14 item 1); until then this deployment cannot load.
  it.skipIf(!existsSync('locales/tl/intake.ftl'))('tells an Indonesian on the Philippine deployment, in Indonesian, whose line it is', async () => {
    app = build(t, 'deployments/ph-phnom-penh.json');
    const out = await person(app, 'id-on-ph').text('tolong saya dipukul');
    // Indonesian is answered in full on every deployment: first whose line this is, then the flow in Indonesian.
    expect(out[0]).toMatchObject({ text: app.locales.firstAid('id', 'first-aid-not-citizen', { embassy: 'Embassy of the Philippines in Phnom Penh' }), transient: true });
    expect((await app.cases.listOpen())[0]).toMatchObject({ urgency: 'critical', lang: 'id' });
    // Its own citizens' language, and English, are not told.
    const own = await person(app, 'tl-on-ph', 'tl').text('tulong binubugbog kami');
    expect(own.map((m) => m.text).join('\n')).not.toContain(app.locales.firstAid('tl', 'first-aid-not-citizen', { embassy: 'Embahada ng Pilipinas' })!.slice(0, 20));
  });

  it('answers Roman Urdu in Hindi (the same words in Latin letters), with a critical case', async () => {
    const out = await person(app, 'ur-roman').text('mujhe bachao, humein maar rahe hain');
    expect((await app.cases.listOpen())[0]).toMatchObject({ urgency: 'critical', reasons: ['danger-words'], lang: 'hi' });
    expect(out.map((m) => m.text).join('\n')).toContain(app.locales.firstAid('hi', 'first-aid-not-citizen', { embassy: 'Embassy of the Republic of Indonesia in Phnom Penh' }));
  });
});

describe('detectLanguage (by script)', () => {
  const candidates = ['id', 'en', 'my', 'km', 'lo', 'bn', 'am', 'ko', 'ur', 'ne', 'si', 'th', 'zh', 'hi'];
  it.each([
    ['ကယ်ပါ', 'my'], ['ជួយខ្ញុំ', 'km'], ['ຊ່ວຍແດ່', 'lo'], ['বাঁচাও', 'bn'], ['አድኑኝ', 'am'], ['살려주세요', 'ko'],
    ['مجھے بچاؤ', 'ur'], ['මාව බේරගන්න', 'si'], ['ช่วยด้วย', 'th'], ['救命', 'zh'], ['बचाओ', 'hi'],
  ])('reads %s as %s', (text, lang) => {
    expect(detectLanguage(text, { candidates })).toMatchObject({ lang, by: 'script' });
  });
  it('tells Nepali from Hindi by the hint, and takes the hint for Latin letters', () => {
    expect(detectLanguage('मलाई बचाउनुहोस्', { candidates, hint: 'ne' })?.lang).toBe('ne');
    expect(detectLanguage('habari', { candidates: [...candidates, 'sw'], hint: 'sw-KE' })).toMatchObject({ lang: 'sw', by: 'hint' });
    expect(detectLanguage('habari', { candidates })).toBeUndefined();
    expect(detectLanguage('', { candidates, hint: 'xx' })).toBeUndefined();
  });
});
