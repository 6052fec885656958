import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src/app.js';
import type { InboundBody, OutboundMessage } from '../../src/core/messages.js';
import { connectRedis, quitRedis } from '../../src/redis/connect.js';
import { startLocalRedis } from '../../src/redis/local-server.js';
import { testRedis, type TestRedis } from '../support/redis.js';
import { MYSELF } from '../support/who.js';

const logger = pino({ level: 'silent' });
const dataKey = Buffer.alloc(32, 9);

function build(t: { redis: TestRedis['redis']; prefix: string }, retry = { attempts: 2, baseDelayMs: 5 }): App {
  return createApp({
    config: { dataKey, deploymentFile: 'data/deployment.json', conversationTtlSeconds: 3600, redis: { prefix: t.prefix } },
    redis: t.redis,
    logger,
    hotline: { retry },
  });
}

/** One simulated person on one channel: sends bodies, remembers the last question's prompt number. */
function person(app: App, address: string, languageHint = 'id') {
  let n = 0;
  const session = Math.random().toString(36).slice(2); // channel message ids carry nothing personal
  let last: OutboundMessage[] = [];
  const lastPrompt = () => [...last].reverse().find((m) => m.prompt !== undefined)?.prompt ?? 0;
  return {
    async send(body: InboundBody, messageId = `${session}-${++n}`) {
      last = await app.hotline.receive({ channel: 'telegram', address, messageId, at: Date.now(), languageHint, body });
      return last;
    },
    text(text: string) {
      return this.send({ kind: 'text', text });
    },
    press(choice: string) {
      return this.send({ kind: 'choice', prompt: lastPrompt(), choice });
    },
    get last() {
      return last;
    },
  };
}

const texts = (out: OutboundMessage[]) => out.map((m) => m.text).join('\n');

describe('hotline core', () => {
  let t: TestRedis;
  let app: App;
  beforeEach(async () => {
    t = await testRedis();
    app = build(t);
  });
  afterEach(() => t.cleanup());

  it('takes a person through the whole intake and queues a normal case only at the end', async () => {
    const p = person(app, '1001', 'en');
    expect(texts(await p.send({ kind: 'command', command: 'start' }))).toContain('Do you agree?');
    await p.press('agree');
    await p.press(MYSELF);
    await p.press('no');
    await p.send({ kind: 'location', lat: 10.627, lon: 103.522, live: false });
    await p.press('passport'); // one indicator alone is normal (two or more are high)
    await p.press('done');
    await p.press('1');
    await p.press('anytime');
    await p.press('skip'); // no code word
    await p.press('skip'); // the default duress phrase
    expect(await app.cases.listOpen()).toEqual([]); // normal: not queued before the person confirms
    expect(texts(await p.text('Dewi'))).toContain('Your age and home town?');
    const summary = texts(await p.text('22, Blitar'));
    expect(summary).toContain('Name: Dewi, 22 years old, Blitar');
    expect(summary).toContain('map pin near Sihanoukville, Cambodia');
    expect(summary).toContain('What is happening: Passport or ID taken\n');
    const done = texts(await p.press('confirm'));
    const [open] = await app.cases.listOpen();
    expect(open).toMatchObject({ urgency: 'normal', reasons: ['passport'], country: 'KH', intakeComplete: true, lang: 'en' });
    // Discreet (the intake's default): no case number stays on screen, nor the anti-trafficking hotline.
    expect(done).not.toContain(open!.id);
    expect(done).toContain('police 117');
    expect(done).not.toContain('1288');
    expect(open!.private).toMatchObject({ name: 'Dewi', address: '1001', location: { kind: 'pin', lat: 10.627, lon: 103.522 } });
    expect((await app.cases.events()).map((e) => e.type)).toEqual(['case.opened']);
  });

  it('opens a critical case at the first danger message, then updates it as answers come', async () => {
    const p = person(app, '1002');
    await p.send({ kind: 'command', command: 'start' });
    const reply = texts(await p.text('tolong, saya disekap'));
    const [open] = await app.cases.listOpen();
    expect(open).toMatchObject({ urgency: 'critical', reasons: ['danger-words'], intakeComplete: false });
    expect(reply).toContain('Sebentar lagi ada yang membalas di sini');
    expect(reply).not.toContain(open!.id); // discreet: no case number on screen
    await p.press('agree'); // someone who already raised an alarm is not asked who needs help
    await p.press('no');
    await p.text('Shwe Kokko');
    const events = await app.cases.events();
    expect(events.map((e) => e.type)).toEqual(['case.opened', 'case.updated', 'case.updated', 'case.message']); // danger answer, then place (also passed on)
    expect((await app.cases.get(open!.id))!.country).toBe('MM');
  });

  it('recognises danger in a language the deployment does not answer in', async () => {
    const p = person(app, '1003', 'vi');
    await p.send({ kind: 'command', command: 'start' });
    await p.text('cuu toi voi, bi nhot 3 ngay'); // Vietnamese without diacritics: "help me, locked up for 3 days"
    const [open] = await app.cases.listOpen();
    expect(open).toMatchObject({ urgency: 'critical', reasons: ['danger-words'] });
    expect(app.hotline.saysDanger('tolong kirim formulir')).toBe(false); // a polite request is no alarm
  });

  it('orders the queue by urgency, then age, and escalates a case in place', async () => {
    const a = person(app, '2001');
    const b = person(app, '2002');
    const c = person(app, '2003');
    for (const p of [a, b, c]) {
      await p.send({ kind: 'command', command: 'start' });
      await p.press('agree');
    await p.press(MYSELF);
      await p.press('no');
      await p.text('Poipet');
    }
    await a.press('confined'); // toggles do not queue yet
    await a.press('done'); // high: not allowed to leave
    await b.press('done');
    await b.text('40'); // high: many people
    await c.press('done');
    let queue = await app.cases.listOpen();
    expect(queue.map((q) => q.private.address)).toEqual(['2001', '2002']);
    await b.text('SOS');
    queue = await app.cases.listOpen();
    expect(queue.map((q) => [q.private.address, q.urgency])).toEqual([
      ['2002', 'critical'],
      ['2001', 'high'],
    ]);
    expect((await app.cases.events()).map((e) => e.type)).toContain('case.escalated');
  });

  it('keeps personal data sealed at rest', async () => {
    const p = person(app, '+6281234567890');
    await p.send({ kind: 'command', command: 'start' });
    await p.press('agree');
    await p.press(MYSELF);
    await p.press('yes');
    await p.text('Gedung Merah, Bavet');
    await p.text('mereka ambil paspor saya');
    const keys = await t.redis.keys(`${t.prefix}*`);
    expect(keys.length).toBeGreaterThanOrEqual(4);
    for (const key of keys) {
      const type = await t.redis.type(key);
      const raw =
        type === 'hash' ? JSON.stringify(await t.redis.hgetall(key)) : type === 'string' ? await t.redis.get(key) : type === 'stream' ? JSON.stringify(await t.redis.xrange(key, '-', '+')) : JSON.stringify(await t.redis.zrange(key, '0', '-1'));
      expect(raw).not.toContain('6281234567890');
      expect(raw).not.toContain('Merah');
      expect(raw).not.toContain('paspor');
      expect(key).not.toContain('6281234567890');
    }
  });

  it('processes a re-delivered message once', async () => {
    const p = person(app, '3001');
    await p.send({ kind: 'command', command: 'start' }, 'u1');
    await p.press('agree');
    await p.press(MYSELF);
    const again = await p.send({ kind: 'command', command: 'start' }, 'u1');
    expect(again).toEqual([]);
    const dangerOnce = await p.send({ kind: 'text', text: 'SOS' }, 'u9');
    expect(texts(dangerOnce)).toMatch(/Sebentar lagi ada yang membalas/);
    // The latest message again (a re-delivery after a crash, replies maybe lost): the question again, nothing redone.
    const redelivered = await p.send({ kind: 'text', text: 'SOS' }, 'u9');
    expect(redelivered.map((m) => m.text)).toEqual([dangerOnce.at(-1)!.text]);
    expect((await app.cases.events()).length).toBe(1);
  });

  it('continues at the same step after a restart, with what was collected', async () => {
    const p = person(app, '4001', 'en');
    await p.send({ kind: 'command', command: 'start' });
    await p.press('agree');
    await p.press(MYSELF);
    await p.press('no');
    await p.text('Tachileik, blue building');
    const prompt = p.last.at(-1)!.prompt!;
    const restarted = build(t); // a new process: nothing in memory
    const out = await restarted.hotline.receive({ channel: 'telegram', address: '4001', messageId: 'r1', at: Date.now(), body: { kind: 'choice', prompt, choice: 'done' } });
    expect(texts(out)).toContain('How many people are there with you');
    const resumed = await restarted.hotline.receive({ channel: 'telegram', address: '4001', messageId: 'r2', at: Date.now(), body: { kind: 'text', text: '3' } });
    expect(texts(resumed)).toContain('When is it safe');
  });

  it('processes one person one message at a time across concurrent workers: no answer is lost', async () => {
    const p = person(app, '5001');
    await p.send({ kind: 'command', command: 'start' });
    await p.press('agree');
    await p.press(MYSELF);
    await p.press('no');
    const atSituation = await p.text('Vientiane');
    const prompt = atSituation.at(-1)!.prompt!;
    // Three workers (as three processes would) take three toggles of the same person at the same moment.
    // Each reads the conversation, changes it and writes it back: without the lease two would overwrite.
    const workers = [build(t), build(t), build(t)];
    const toggles = ['passport', 'violence', 'debt'];
    const results = await Promise.all(
      toggles.map((choice, i) =>
        workers[i]!.hotline.handle({ channel: 'telegram', address: '5001', messageId: `t${i}`, at: Date.now(), body: { kind: 'choice', prompt, choice } }),
      ),
    );
    expect(results.every((r) => r.length === 1)).toBe(true);
    const done = await p.press('done');
    expect(texts(done)).toContain('Ada berapa orang');
    const [open] = await app.cases.listOpen();
    expect(open!.situation.sort()).toEqual(['debt', 'passport', 'violence']);
  });

  describe('bad input', () => {
    async function atLocationStep() {
      const p = person(app, '6001', 'en');
      await p.send({ kind: 'command', command: 'start' });
      await p.press('agree');
    await p.press(MYSELF);
      await p.press('no');
      return p;
    }

    it.each<[string, InboundBody, RegExp]>([
      ['a sticker', { kind: 'media', media: 'sticker', fileRef: 'x' }, /cannot read photos/],
      ['a voice note', { kind: 'media', media: 'voice', fileRef: 'x' }, /cannot read photos/],
      ['a contact', { kind: 'contact' }, /cannot read photos/],
      ['a poll', { kind: 'unsupported', what: 'poll' }, /cannot read photos/],
      ['whitespace', { kind: 'text', text: ' \n\t ' }, /could not read that/],
      ['emoji only', { kind: 'text', text: '🙏🙏😢' }, /could not read that/],
      ['zero-width only', { kind: 'text', text: '\u200b\u200d\u2066' }, /could not read that/],
      ['impossible coordinates', { kind: 'location', lat: 95, lon: 200, live: false }, /location could not be read/],
      ['null island', { kind: 'location', lat: 0, lon: 0, live: false }, /location could not be read/],
      ['a stale button', { kind: 'choice', prompt: 1, choice: 'agree' }, /earlier question/],
    ])('answers %s with the same question and keeps the step', async (_name, body, expected) => {
      const p = await atLocationStep();
      const out = await p.send(body);
      expect(texts(out)).toMatch(expected);
      expect(out.at(-1)!.text).toContain('Where are you?');
      expect(out.at(-1)!.requestLocation).toBe('Share location');
      expect(texts(await p.text('Bavet'))).toContain('What is happening to you?'); // still at the step
    });

    it('keeps long, marked-up and right-to-left text as plain text, capped', async () => {
      const p = await atLocationStep();
      await p.text(`<b>*Bavet*</b> \u202Egnidliub\u202C [x](http://evil) ${'a'.repeat(10_000)}`);
      const [open] = await app.cases.listOpen();
      expect(open).toBeUndefined(); // nothing urgent yet
      await p.press('done');
      await p.text('2');
      await p.press('anytime');
      await p.press('skip');
      await p.press('skip');
      const summary = texts(await p.press('skip'));
      expect(summary).toContain('<b>*Bavet*</b> gnidliub [x](http://evil)');
      expect(summary).not.toMatch(/[\u202A-\u202E]/);
      expect(summary.length).toBeLessThan(1000);
    });

    it('asks in both languages when a button-only step gets a script we do not read', async () => {
      const p = person(app, '6002', 'en');
      await p.send({ kind: 'command', command: 'start' });
      // Korean "hello" (not "살려주세요", "help!": that is danger). Thai is one of the deployment's languages now:
      // Thai words after an English consent bring the consent in Thai (test/i18n/new-user.test.ts).
      const out = texts(await p.text('안녕하세요'));
      expect(out).toContain('We read Indonesian, English, Chinese, Vietnamese, Filipino, Thai, and Hindi.'); // the deployment's languages, named in each
      expect(out).toContain('Bahasa yang kami baca: Indonesia, Inggris, Tionghoa, Vietnam, Filipino, Thai, dan Hindi.');
      expect(out).toContain('Do you agree?');
    });

    it('rejects a message that is not a valid inbound message without touching the conversation', async () => {
      expect(await app.hotline.receive({ channel: 'telegram', address: '', messageId: 'x', at: 1, body: { kind: 'text', text: 'hi' } })).toEqual([]);
      expect(await app.hotline.receive({ channel: 'fax', address: '1', messageId: 'x', at: 1, body: { kind: 'text', text: 'hi' } })).toEqual([]);
      expect(await t.redis.keys(`${t.prefix}*`)).toEqual([]);
    });
  });

  it('never tells a person their report was saved when Redis was down, and keeps the message for a retry', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hotline-down-'));
    const server = await startLocalRedis({ dataDir: dir, logger });
    const redis = await connectRedis({ url: server.url, logger, connectTimeoutMs: 2000, maxRetriesPerRequest: 1 });
    try {
      const flaky = build({ redis, prefix: t.prefix });
      const p = person(flaky, '7001', 'en');
      await p.send({ kind: 'command', command: 'start' });
      await p.press('agree');
    await p.press(MYSELF);
      const prompt = p.last.at(-1)!.prompt!;
      await server.stop();
      const out = await flaky.hotline.receive({ channel: 'telegram', address: '7001', messageId: 'yes-1', at: Date.now(), languageHint: 'en', body: { kind: 'choice', prompt, choice: 'yes' } });
      expect(texts(out)).toBe('Sorry, your message could not be saved just now. Please send it again in a minute.');
      expect(texts(out)).not.toMatch(/case number|KH-/);

      // Redis comes back (same data directory, same port): the same message is processed, once.
      const back = await startLocalRedis({ dataDir: dir, port: server.port, logger });
      try {
        const retried = await flaky.hotline.receive({ channel: 'telegram', address: '7001', messageId: 'yes-1', at: Date.now(), body: { kind: 'choice', prompt, choice: 'yes' } });
        expect(texts(retried)).toMatch(/Someone will answer here soon/);
        expect((await flaky.cases.listOpen())[0]).toMatchObject({ urgency: 'critical', reasons: ['danger-now'] });
      } finally {
        await quitRedis(redis);
        await back.stop();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  describe('typed answers, no buttons pressed', () => {
    /** Every reply of a walk, checked: none is only "tap a button", none says it could not read an answer. */
    async function walk(p: ReturnType<typeof person>, steps: Array<[string, RegExp]>) {
      for (const [typed, next] of steps) {
        const out = texts(await p.text(typed));
        expect(out, typed).toMatch(next);
        expect(out, typed).not.toMatch(/tap one of the buttons|tekan salah satu tombol|not understand|belum mengerti|could not read|tidak bisa membaca/i);
      }
    }

    it('takes a whole intake typed in Indonesian chat style, and opens the case with every answer', async () => {
      const p = person(app, '8001', 'id');
      await walk(p, [
        ['halo', /Apakah Anda setuju\?/],
        ['iyaa kak', /Siapa yang butuh bantuan\?/],
        ['saya sendiri', /dalam bahaya sekarang\?/],
        ['iya, aku takut', /Sebentar lagi ada yang membalas di sini.*Anda di mana\?/s],
        ['di KK Park, gedung B', /Apa yang terjadi pada Anda\?/],
        ['1 2 3', /Ada berapa orang/],
        ['kira2 20an org', /Kapan aman/],
        ['malam aja setelah jam 10', /Pilih kata rahasia/],
        ['lewati', /kata yang berarti "saya tidak aman"/],
        ['lewati', /Nama apa/],
        ['lewati', /Mohon periksa laporan Anda/],
        ['ya kirim', /^Terkirim\. Terima kasih\./],
      ]);
      const [open] = await app.cases.listOpen();
      expect(open).toMatchObject({
        urgency: 'critical', country: 'MM', situation: ['passport', 'confined', 'violence'], people: '20', dangerNow: true, intakeComplete: true, lang: 'id',
      });
      expect(open!.reasons).toEqual(expect.arrayContaining(['danger-now', 'violence', 'confined', 'many-people']));
      expect(open!.private).toMatchObject({ location: { kind: 'text', text: 'di KK Park, gedung B' }, place: 'KK Park', contact: 'times', contactTimes: 'malam aja setelah jam 10' });
      expect(open!.private.name).toBeUndefined();
    });

    it('takes a whole intake typed in English, keeping a rough count in the person\'s words', async () => {
      const p = person(app, '8002', 'en');
      await walk(p, [
        ['hi', /Do you agree\?/],
        ['yes', /Who needs help\?/],
        ['me', /in danger right now\?/],
        ['no', /Where are you\?/],
        ['Sihanoukville, building 5', /What is happening to you\?/],
        ['1,7', /How many people/],
        ['dozens', /When is it safe/],
        ['any time', /Choose a secret word/],
        ['skip', /a word that means "I am not safe"/],
        ['skip', /What name/],
        ['Rina', /Your age and home town\?/],
        ['skip', /People there with you: 11 to 50 \("dozens"\)/],
        ['send it', /^Sent\. Thank you\./],
      ]);
      const [open] = await app.cases.listOpen();
      expect(open).toMatchObject({ urgency: 'high', country: 'KH', situation: ['passport', 'wages'], people: '11-50', dangerNow: false, intakeComplete: true, lang: 'en' });
      expect(open!.private).toMatchObject({ name: 'Rina', contact: 'anytime', peopleWords: 'dozens', location: { kind: 'text', text: 'Sihanoukville, building 5' } });
    });

    it('picks a button with a digit of any script, and moves on from a question after two answers it cannot use', async () => {
      const p = person(app, '8003', 'en');
      await p.text('hi');
      expect(texts(await p.text('١'))).toMatch(/Who needs help\?/); // Arabic-Indic 1: "Yes, I agree"
      expect(texts(await p.text('１.'))).toMatch(/in danger right now\?/); // full-width 1, with a dot
      expect(texts(await p.text('they took my phone before'))).toMatch(/Just answer "yes" or "no"\.\n*.*in danger right now\?/s);
      expect(texts(await p.text('I work here since March'))).toMatch(/Where are you\?/);
      await p.text('Poipet');
      await p.text('done');
      await p.text('5');
      await p.text('whenever');
      await p.text('-');
      await p.text('-');
      await p.text('-');
      await p.text('ok');
      const [open] = await app.cases.listOpen();
      expect(open).toMatchObject({ people: '5', country: 'KH', intakeComplete: true });
      expect(open!.dangerNow).toBeUndefined();
      expect(open!.private).toMatchObject({ details: 'I work here since March', contact: 'anytime' });
    });
  });
});
