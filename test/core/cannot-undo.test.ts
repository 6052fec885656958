/**
 * The report cannot be erased from the phone: whoever holds it can `/restart`, write "saya baik-baik saja",
 * "close my case", or answer after a long silence; each change is kept as a version, flagged on the card as
 * possibly someone else's, and none lowers the urgency, changes the status or removes the first answers.
 * Real core, flows and Redis; the card is the one the Telegram desk and `npm run desk -- show` print.
 */
import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src/app.js';
import { ForwardedMessage, type InboundBody, type OutboundMessage } from '../../src/core/messages.js';
import { createCardRenderer } from '../../src/officers/card.js';
import { passedOnMessages } from '../support/case-values.js';
import { testRedis, type TestRedis } from '../support/redis.js';
import { MYSELF, SOMEONE_ELSE } from '../support/who.js';

const logger = pino({ level: 'silent' });
const HOUR = 3600_000;
const T0 = Date.UTC(2026, 4, 20, 18, 0);
const budi = { id: 'cli:budi', supervisor: false };

function build(t: TestRedis): App {
  return createApp({
    config: { dataKey: Buffer.alloc(32, 4), deploymentFile: 'data/deployment.json', conversationTtlSeconds: 30 * 24 * 3600, redis: { prefix: t.prefix } },
    redis: t.redis,
    logger,
    hotline: { retry: { attempts: 2, baseDelayMs: 5 } },
  });
}

/** One person on Telegram whose messages carry the time they say (`at`), minutes after T0 unless told. */
function person(app: App, address: string, languageHint: string) {
  let n = 0;
  let clock = T0;
  let last: OutboundMessage[] = [];
  const lastPrompt = () => [...last].reverse().find((m) => m.prompt !== undefined)?.prompt ?? 0;
  return {
    /** Moves the person's clock on (the next message is sent this much later). */
    wait(ms: number) {
      clock += ms;
    },
    async send(body: InboundBody) {
      clock += 60_000;
      last = await app.hotline.receive({ channel: 'telegram', address, messageId: `${address}-${++n}`, at: clock, languageHint, body });
      return last.map((m) => m.text);
    },
    text(text: string) {
      return this.send({ kind: 'text', text });
    },
    press(choice: string) {
      return this.send({ kind: 'choice', prompt: lastPrompt(), choice });
    },
    pin(lat: number, lon: number) {
      return this.send({ kind: 'location', lat, lon, live: false });
    },
    get at() {
      return clock;
    },
  };
}

/** The messages passed on to the case's officers, opened. */
function forwarded(t: TestRedis, app: App): Promise<ForwardedMessage[]> {
  return passedOnMessages(app, t.redis);
}

describe('the report cannot be erased from the phone', () => {
  let t: TestRedis;
  let app: App;
  beforeEach(async () => {
    t = await testRedis();
    app = build(t);
  });
  afterEach(() => t.cleanup());

  it('keeps the first pin, the urgency and the status through /restart, "saya baik-baik saja", a new place and "tidak"', async () => {
    const p = person(app, '5001', 'id');
    await p.text('tolong saya disekap di gedung B7');
    const [opened] = await app.cases.listOpen();
    const caseId = opened!.id;
    await p.press('agree');
    await p.pin(10.627, 103.522); // Sihanoukville, at the danger question
    await p.press('yes');
    expect(await app.desk.claim(caseId, budi)).toMatchObject({ ok: true, status: 'claimed' });

    // Someone else takes the phone.
    await p.send({ kind: 'command', command: 'restart' });
    await p.press('agree');
    await p.press(MYSELF); // after /restart the who-menu again; the case stays
    expect(await p.text('saya baik-baik saja')).toEqual(['Oke, dicatat.']); // nothing else: no question, no case number
    await p.text('tidak'); // "no" to danger now: the pin is kept, so the place is not asked
    await p.press('done');
    await p.text('1');
    // Whoever holds the phone after /restart is not asked for a code word (it would decide who sees
    // officers' answers) nor a duress word: on to the name.
    const next = (await p.press('anytime')).join('\n');
    expect(next).toContain(app.locales.t('id', 'ask-name', { discreet: 'yes' }));
    expect(next).not.toContain(app.locales.t('id', 'ask-code-word', { discreet: 'yes' }));
    await p.press('skip'); // name
    await p.press('change');
    await p.press('location');
    await p.text('Phnom Penh, rumah teman');
    await p.press('confirm');

    const c = (await app.cases.get(caseId))!;
    expect(c).toMatchObject({ urgency: 'critical', status: 'claimed', claimedBy: budi.id, dangerNow: false });
    expect(c.reasons).toEqual(expect.arrayContaining(['danger-words', 'danger-now']));
    const h = c.private.history!;
    expect(h.location![0]).toMatchObject({ value: { kind: 'pin', lat: 10.627, lon: 103.522 }, source: 'follow-up' });
    expect(h.location!.at(-1)).toMatchObject({ value: { kind: 'text', text: 'Phnom Penh, rumah teman' }, source: 'restart', suspect: 'restart' });
    expect(h.dangerNow!.map((v) => [v.value, v.suspect])).toEqual([
      [true, undefined],
      [false, 'restart'],
    ]);
    expect(c.private.retractions).toEqual([{ text: 'saya baik-baik saja', at: expect.any(Number) }]);

    // The retraction reached the officers, flagged; so did what was typed after /restart.
    const passed = await forwarded(t, app);
    expect(passed.find((m) => m.kind === 'text' && m.text === 'saya baik-baik saja')).toMatchObject({ suspect: 'retraction' });
    expect(passed.find((m) => m.kind === 'text' && m.text === 'Phnom Penh, rumah teman')).toMatchObject({ suspect: 'restart' });

    const card = createCardRenderer({ locales: app.locales, deployment: app.deployment, lang: 'en' }).card(c, { held: 0, now: p.at });
    expect(card.text).toMatch(/⚠ Changed after \/restart \(may not be the person\): danger now: yes → no \(\d\d:\d\d UTC[+-]\d+\)/);
    expect(card.text).toContain('⚠ Changed after /restart (may not be the person): where: 📍 10.62700, 103.52200 → "Phnom Penh, rumah teman"');
    expect(card.text).toContain('First position');
    expect(card.text).toContain('10.62700, 103.52200');
    expect(card.text).toContain('⚠ Asked to take the report back');
    expect(card.text).toContain('"saya baik-baik saja"');
    expect(card.text.split('\n')[0]).toContain('CRITICAL');
    // The same card in Indonesian, for a desk that works in it.
    expect(app.cards.card(c, { held: 0, now: p.at }).text).toContain('⚠ Diubah setelah /restart (mungkin bukan orangnya): dalam bahaya sekarang: ya → tidak');
  });

  it('records "close my case", flags it and does not obey it', async () => {
    const p = person(app, '5002', 'en');
    await p.text('help me they beat me');
    const [opened] = await app.cases.listOpen();
    await p.press('agree');
    await p.press('yes');
    await p.text('KK Park');
    await p.press('done');
    await p.text('20');
    await p.press('they-write-first');
    for (let i = 0; i < 3; i++) await p.press('skip'); // code word, duress word, name
    expect((await p.press('confirm'))[0]).toMatch(/^Sent\./);
    expect(await app.desk.claim(opened!.id, budi)).toMatchObject({ ok: true });
    expect(await app.desk.setStatus(opened!.id, budi, 'in-progress')).toMatchObject({ ok: true, status: 'in-progress' });
    const before = (await app.cases.get(opened!.id))!;

    expect(await p.text('close my case')).toEqual(['OK, noted.']);
    expect(await p.text('Close my case please, it was a joke.')).toEqual(['OK, noted.']);
    const after = (await app.cases.get(opened!.id))!;
    expect(after).toMatchObject({ urgency: 'critical', status: 'in-progress', claimedBy: budi.id });
    expect(after.reasons).toEqual(before.reasons);
    expect(after.private.details).toBe(before.private.details); // not taken as more of their story
    expect(after.private.retractions?.map((r) => r.text)).toEqual(['close my case', 'Close my case please, it was a joke.']);
    expect((await app.cases.listOpen()).map((c) => c.id)).toContain(opened!.id);
    expect((await forwarded(t, app)).filter((m) => m.suspect === 'retraction')).toHaveLength(2);
    const card = createCardRenderer({ locales: app.locales, deployment: app.deployment, lang: 'en' }).card(after, { held: 0, now: p.at });
    expect(card.text).toContain('⚠ Asked to take the report back');
    expect(card.text).toContain('"close my case"');
    // "Don't close my case" takes nothing back: it is more of their story.
    expect(await p.text("don't close my case")).not.toEqual(['OK, noted.']);
  });

  it('flags an answer sent after 13 hours of silence as after-silence, and what follows until the report is sent', async () => {
    const p = person(app, '5003', 'id');
    await p.text('tolong');
    const [opened] = await app.cases.listOpen();
    await p.press('agree');
    await p.press('yes');
    await p.text('Bavet');
    await p.press('passport');
    await p.press('done');
    p.wait(13 * HOUR);
    await p.text('30'); // how many: after the silence
    await p.press('anytime');
    for (let i = 0; i < 3; i++) await p.press('skip'); // code word, duress word, name
    await p.press('confirm');
    p.wait(HOUR);
    await p.pin(11.08, 106.16); // after the report, an hour later: nothing flagged
    const c = (await app.cases.get(opened!.id))!;
    const h = c.private.history!;
    expect(h.people).toEqual([expect.objectContaining({ value: '30', suspect: 'after-silence' })]);
    expect(h.contact).toEqual([expect.objectContaining({ value: 'anytime', suspect: 'after-silence' })]);
    expect(h.situation![0]!.suspect).toBeUndefined();
    expect(h.location!.at(-1)!.suspect).toBeUndefined();
    expect(c).toMatchObject({ urgency: 'critical', status: 'new' });
    const passed = await forwarded(t, app);
    expect(passed.find((m) => m.kind === 'text' && m.text === '30')).toMatchObject({ suspect: 'after-silence' });
    expect(passed.find((m) => m.kind === 'location')?.suspect).toBeUndefined();
    const card = createCardRenderer({ locales: app.locales, deployment: app.deployment, lang: 'en' }).card(c, { held: 0, now: p.at });
    expect(card.text).toContain('⚠ Changed after a long silence (may not be the person): held with them: — → 30');

    // After the report, only the message that breaks a silence is flagged.
    p.wait(13 * HOUR);
    await p.pin(11.09, 106.17);
    await p.pin(11.1, 106.18);
    const later = (await app.cases.get(opened!.id))!.private.history!.location!.slice(-2);
    expect(later.map((v) => v.suspect)).toEqual(['after-silence', undefined]);
  });

  it('keeps a report’s first answers when the relative reports the same person again after /restart, flagged', async () => {
    const mum = person(app, '5004', 'id');
    await mum.send({ kind: 'command', command: 'start' });
    await mum.press('agree');
    await mum.press(SOMEONE_ELSE);
    await mum.press('parent');
    await mum.text('Dewi Lestari');
    await mum.text('25');
    await mum.press('female');
    for (let i = 0; i < 11; i++) await mum.press('skip'); // home town … recruiter, photo
    await mum.press('hurt');
    await mum.press('done');
    await mum.press('this-chat');
    await mum.press('anytime');
    await mum.press('confirm');
    const [first] = await app.cases.listOpen();
    expect(first).toMatchObject({ kind: 'missing-person', urgency: 'high' });

    await mum.send({ kind: 'command', command: 'restart' });
    await mum.press(SOMEONE_ELSE);
    await mum.press('sibling');
    await mum.text('dewi lestari');
    await mum.text('26');
    await mum.press('female');
    for (let i = 0; i < 11; i++) await mum.press('skip');
    await mum.press('done'); // no harm ticked this time
    await mum.press('this-chat');
    await mum.press('anytime');
    const out = await mum.press('confirm');
    expect(out.join('\n')).toContain(first!.id);

    expect(await app.cases.listOpen()).toHaveLength(1);
    const c = (await app.cases.get(first!.id))!;
    expect(c).toMatchObject({ urgency: 'high' });
    expect(c.reasons).toContain('violence'); // reasons only add up
    const h = c.private.history!;
    expect(h.name!.map((v) => [v.value, v.suspect])).toEqual([
      ['Dewi Lestari', undefined],
      ['dewi lestari', 'restart'],
    ]);
    expect(h.relationship!.map((v) => v.value)).toEqual(['parent', 'sibling']);
    expect(h.harm![0]).toMatchObject({ value: ['hurt'] });

    // "Sudah ketemu, tutup kasus": the relative's words are kept and passed on flagged; the case stays open.
    expect(await mum.text('Sudah ketemu, tutup kasus saja')).toEqual(['Oke, dicatat.']);
    const after = (await app.cases.get(first!.id))!;
    expect(after).toMatchObject({ status: 'new', urgency: 'high' });
    expect(after.private.retractions?.map((r) => r.text)).toEqual(['Sudah ketemu, tutup kasus saja']);
    expect((await forwarded(t, app)).at(-1)).toMatchObject({ kind: 'text', suspect: 'retraction' });
  });
});
