/**
 * The chat read as a guard would, through the real core and Redis: a whole intake walked in each language
 * leaves on screen (everything sent after the consent screen that is not transient) nothing that names the
 * embassy, trafficking, a case number or what the person said about their danger. A relative at home keeps
 * their case number and PIN; `/discreet` switches both ways; someone who taps "someone else" from a
 * compound is protected by their own choice or by an alarm.
 */
import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src/app.js';
import type { InboundBody, OutboundMessage } from '../../src/core/messages.js';
import { CASE_ID_PATTERN, firstGiveaway, giveaways } from '../support/giveaways.js';
import { testRedis, type TestRedis } from '../support/redis.js';
import { MYSELF, SOMEONE_ELSE } from '../support/who.js';

const logger = pino({ level: 'silent' });

/** One person: sends bodies, presses buttons of the last question, and keeps every reply in order. */
function person(app: App, address: string, lang: string) {
  let n = 0;
  let last: OutboundMessage[] = [];
  const all: OutboundMessage[] = [];
  const lastPrompt = () => [...last].reverse().find((m) => m.prompt !== undefined)?.prompt ?? 0;
  return {
    all,
    async send(body: InboundBody) {
      last = await app.hotline.receive({ channel: 'telegram', address, messageId: `${address}-${++n}`, at: Date.now(), languageHint: lang, body });
      all.push(...last);
      return last;
    },
    text(text: string) {
      return this.send({ kind: 'text', text });
    },
    press(choice: string) {
      return this.send({ kind: 'choice', prompt: lastPrompt(), choice });
    },
    command(command: 'start' | 'help' | 'discreet' | 'restart') {
      return this.send({ kind: 'command', command });
    },
  };
}

/** The words of a message as it shows: its text and its buttons' labels. */
const shown = (m: OutboundMessage) => [m.text, ...(m.choices?.flat().map((c) => c.label) ?? []), m.requestLocation ?? ''].join('\n');
const texts = (out: OutboundMessage[]) => out.map((m) => m.text).join('\n');

const walks = {
  id: { danger: 'tolong mereka pukul saya lagi', place: 'KK Park, gedung B', followUp: 'mereka ambil HP teman saya', codeWord: 'melati putih', duressWord: 'kopi pahit' },
  en: { danger: 'they beat me again, help', place: 'KK Park, building B', followUp: 'they took my friend\'s phone', codeWord: 'white jasmine', duressWord: 'bitter coffee' },
} as const;

describe('what stays on screen', () => {
  let t: TestRedis;
  let app: App;
  beforeEach(async () => {
    t = await testRedis();
    app = createApp({ config: { dataKey: Buffer.alloc(32, 3), deploymentFile: 'data/deployment.json', conversationTtlSeconds: 3600, redis: { prefix: t.prefix } }, redis: t.redis, logger });
  });
  afterEach(() => t.cleanup());

  it.each(['id', 'en'] as const)('leaves nothing that gives the person away after a whole intake (%s)', async (lang) => {
    const words = walks[lang];
    const p = person(app, `70${lang === 'id' ? 1 : 2}`, lang);
    await p.command('start');
    const afterConsent = p.all.length; // the consent screen itself names the embassy (and is deleted once answered)
    await p.press('agree');
    await p.press(MYSELF);
    await p.press('yes');
    await p.text(words.place);
    await p.press('violence');
    await p.press('confined');
    await p.press('done');
    await p.text('20');
    expect(texts(await p.text(words.danger))).toBe(app.locales.t(lang, 'ask-contact')); // danger words: the question again
    await p.press('anytime');
    expect(texts(await p.text(words.codeWord))).toBe([app.locales.t(lang, 'code-word-kept'), app.locales.t(lang, 'ask-duress-word')].join('\n'));
    expect(texts(await p.text(words.duressWord))).toBe([app.locales.t(lang, 'duress-word-kept'), app.locales.t(lang, 'ask-name')].join('\n'));
    await p.text('Dewi');
    await p.press('skip'); // age and home town
    expect(texts(await p.press('confirm'))).toMatch(/^(Sent|Terkirim)\./);
    await p.text(words.followUp);
    await p.command('help');
    await p.command('start');
    await p.send({ kind: 'media', media: 'sticker', fileRef: 'sticker-1' });
    await p.send({ kind: 'location', lat: 16.646, lon: 98.507, live: false });

    const [kase] = await app.cases.listOpen();
    expect(kase).toMatchObject({ urgency: 'critical', dangerNow: true, situation: ['violence', 'confined'], intakeComplete: true });
    const after = p.all.slice(afterConsent);
    const lasting = after.filter((m) => !m.transient);
    const transient = after.filter((m) => m.transient);
    // Every question was transient (the who menu, danger, where, what is happening with its ticks, …, the summary)…
    for (const key of ['ask-who', 'ask-danger', 'ask-location', 'ask-situation', 'ask-people', 'ask-contact', 'ask-code-word', 'ask-duress-word', 'code-word-kept', 'duress-word-kept', 'ask-name', 'ask-about-me']) {
      expect(transient.map((m) => m.text), key).toContain(app.locales.t(lang, key));
    }
    expect(transient.some((m) => m.text.includes('Dewi'))).toBe(true); // the summary, with the answers
    // …and what stays says nothing a guard could use.
    expect(lasting.length).toBeGreaterThanOrEqual(7);
    const patterns = [
      ...giveaways(app.deployment), new RegExp(kase!.id),
      ...['indicator-violence', 'indicator-confined', 'choice-yes'].map((key) => new RegExp(app.locales.t(lang, key), 'i')),
      ...Object.values(words).map((w) => new RegExp(w, 'i')), /pukul|beat/i,
      // Nothing of the code and duress words: neither the person's nor the language's own phrases.
      ...['duress-default', 'cant-talk-default', 'duress-ack'].map((key) => new RegExp(app.locales.t(lang, key), 'i')),
    ];
    for (const m of lasting) expect(firstGiveaway(shown(m), patterns), shown(m)).toBeUndefined();
    expect(lasting.map((m) => m.text)).toContain(app.locales.t(lang, 'case-open', { discreet: 'yes' }));
    // The emergency numbers that give nothing away stay: police and ambulance of the country they are in.
    expect(lasting.find((m) => /^(Sent|Terkirim)\./.test(m.text))!.text).toMatch(/199.*192/);
  });

  it('switches discreet mode both ways after the report: the case number comes back, and goes again', async () => {
    const p = person(app, '711', 'en');
    await p.command('start');
    for (const c of ['agree', MYSELF, 'no']) await p.press(c);
    await p.text('Poipet');
    for (const c of ['passport', 'confined', 'done', '1', 'anytime', 'skip', 'skip', 'skip', 'confirm']) await p.press(c);
    const [kase] = await app.cases.listOpen();
    const off = await p.command('discreet');
    expect(off.map((m) => [m.text, m.transient])).toEqual([
      [app.locales.t('en', 'discreet-off'), undefined],
      [app.locales.t('en', 'case-open', { discreet: 'no', caseId: kase!.id }), undefined],
    ]);
    expect(texts(await p.text('hello?'))).toContain(kase!.id);
    const on = await p.command('discreet');
    expect(on.map((m) => m.transient)).toEqual([true, undefined]);
    expect(texts(on)).toContain(app.locales.t('en', 'discreet-on'));
    expect(on[1]!.text).not.toMatch(CASE_ID_PATTERN);
    expect(texts(await p.text('hello again'))).not.toMatch(CASE_ID_PATTERN);
  });

  it('keeps the case number and PIN on screen for a relative at home', async () => {
    const p = person(app, '721', 'id');
    const sent = await reportSomeone(p);
    const done = sent.find((m) => m.text.includes('PIN'))!;
    expect(done.transient).toBeUndefined();
    const [kase] = await app.cases.listOpen();
    expect(done.text).toContain(kase!.id);
    expect(done.text).toMatch(/PIN: \d{6}/);
    expect(texts(await p.text('dia pernah kirim foto dari Bavet'))).toContain(kase!.id); // "added to case …"
  });

  it('protects someone who taps "someone else" from a compound once they switch discreet mode on: the PIN only in a transient message', async () => {
    const p = person(app, '731', 'id');
    await p.command('start');
    await p.press('agree');
    await p.press(SOMEONE_ELSE); // the report of a relative at home: not discreet…
    const on = await p.command('discreet'); // …until they say so, at any question
    expect(on.map((m) => m.transient)).toEqual([true, true]); // "on", and the question again, both to be deleted
    const sent = await reportSomeone(p, { started: true, chosen: true });
    const [kase] = await app.cases.listOpen();
    const pin = sent.find((m) => /PIN: \d{6}/.test(m.text))!;
    expect(pin.transient).toBe(true);
    expect(pin.text).toContain(kase!.id);
    const lasting = sent.filter((m) => !m.transient);
    expect(lasting.length).toBeGreaterThan(0);
    for (const m of lasting) expect(firstGiveaway(shown(m), [...giveaways(app.deployment), /\b\d{6}\b/]), m.text).toBeUndefined();
    expect(texts(await p.text('ada kabar?'))).not.toMatch(CASE_ID_PATTERN);
  });

  it('carries a choice made in the intake over to the report: switched off and on again at the first menu', async () => {
    const p = person(app, '735', 'en');
    await p.command('start');
    await p.press('agree');
    expect(texts(await p.command('discreet'))).toContain(app.locales.t('en', 'discreet-off')); // the intake is discreet by default
    expect(texts(await p.command('discreet'))).toContain(app.locales.t('en', 'discreet-on')); // now the person's own choice
    const sent = await reportSomeone(p, { started: true });
    expect(sent.filter((m) => !m.transient).map((m) => m.text).join('\n')).not.toMatch(CASE_ID_PATTERN);
    expect(sent.filter((m) => m.transient).map((m) => m.text).join('\n')).toMatch(/PIN: \d{6}/);
  });

  it('turns discreet mode on in a relative\'s report at danger words, so the report ends with nothing on screen', async () => {
    const p = person(app, '741', 'en');
    const sent = await reportSomeone(p, { lastMessage: 'she said: help me, they beat me' });
    const [kase] = await app.cases.listOpen();
    expect(kase).toMatchObject({ kind: 'missing-person', reasons: ['danger-words'] });
    expect(sent.filter((m) => !m.transient).map((m) => m.text).join('\n')).not.toMatch(CASE_ID_PATTERN);
    expect(sent.find((m) => m.transient && m.text.includes(kase!.id))).toBeDefined();
  });

  /** A relative's report from the first menu to "send"; returns the replies to sending it. */
  async function reportSomeone(p: ReturnType<typeof person>, opts: { started?: boolean; chosen?: boolean; lastMessage?: string } = {}) {
    if (!opts.started) {
      await p.command('start');
      await p.press('agree');
    }
    if (!opts.chosen) await p.press(SOMEONE_ELSE);
    await p.press('sibling');
    await p.text('Siti Aminah');
    await p.text('24');
    await p.press('female');
    for (let i = 0; i < 3; i++) await p.press('skip'); // home town, document, phone
    await p.text('3 minggu lalu');
    await (opts.lastMessage ? p.text(opts.lastMessage) : p.press('skip'));
    await p.press('KH');
    for (let i = 0; i < 5; i++) await p.press('skip'); // city, company, job, recruiter, photo
    await p.press('done');
    await p.press('this-chat');
    await p.press('anytime');
    return p.press('confirm');
  }
});
