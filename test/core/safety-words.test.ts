/**
 * Code words, duress and "can't talk" through the real core, desk worker and relay on a real Redis, with
 * the console channel as the person's phone (what it prints is what the chat would show).
 */
import { PassThrough } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src/app.js';
import { createConsoleChannel } from '../../src/channels/console/console-channel.js';
import type { PersonSender } from '../../src/core/delivery.js';
import type { ChannelName, InboundBody, OutboundMessage } from '../../src/core/messages.js';
import { GUESS_POLICY, secretForm } from '../../src/core/safety-words.js';
import { readAnswer, readsAsAnswer } from '../../flows/shared/answers.js';
import { senses } from '../../flows/shared/answer-words.js';
import { createDangerRecognizer } from '../../flows/shared/danger/index.js';
import { loadDeployment } from '../../src/deployment.js';
import { loadLocales } from '../../src/i18n/locales.js';
import type { Officer } from '../../src/officers/case-desk.js';
import { createDeskWorker, type DeskWorker } from '../../src/officers/desk-worker.js';
import { createOutbox } from '../../src/core/outbox.js';
import { createRelay } from '../../src/officers/relay.js';
import { streamFields } from '../../src/redis/stream-fields.js';
import { openEventSealed, passedOnMessages } from '../support/case-values.js';
import { captureLogger } from '../support/scratch-redis.js';
import { testRedis, type TestRedis } from '../support/redis.js';
import { MYSELF, SOMEONE_ELSE } from '../support/who.js';

const budi: Officer = { id: 'cli:budi', supervisor: false };
const HOUR = 3600_000;
const ANSWER = 'Polisi datang jam 02.00 ke gedung B7. Sembunyi di toilet lantai 3.';

describe('safety words', () => {
  let t: TestRedis;
  let app: App;
  let printed: string;
  let worker: DeskWorker;
  let log: ReturnType<typeof captureLogger>;
  let n = 0;
  let clock = 0;
  let last: OutboundMessage[] = [];

  beforeEach(async () => {
    t = await testRedis();
    log = captureLogger();
    app = createApp({
      config: { dataKey: Buffer.alloc(32, 6), deploymentFile: 'data/deployment.json', conversationTtlSeconds: 3600, redis: { prefix: t.prefix }, cantTalkMs: 30 * 60_000 },
      redis: t.redis,
      logger: log.logger,
    });
    const out = new PassThrough();
    printed = '';
    out.on('data', (chunk: Buffer) => (printed += chunk.toString()));
    const phone = createConsoleChannel({ hotline: app.hotline, logger: log.logger, input: new PassThrough(), output: out });
    const senders = new Map<ChannelName, PersonSender>([['console', phone]]);
    const relay = createRelay({ redis: t.redis, keys: app.keys, sealer: app.sealer, store: app.cases, locales: app.locales, deployment: app.deployment, outbox: createOutbox({ redis: t.redis, keys: app.keys, sealer: app.sealer, logger: log.logger, senders }), logger: log.logger });
    worker = createDeskWorker({ redis: t.redis, keys: app.keys, sealer: app.sealer, store: app.cases, relay, renderer: app.cards, logger: log.logger, realertMs: { critical: 300_000, high: 1_800_000 }, supervisors: [] });
    clock = Date.now();
    last = [];
  });
  afterEach(() => t.cleanup());

  // --- the person ---------------------------------------------------------------------------------------

  /** The person sends something, a second after the last thing (or `after` ms later). */
  async function send(body: InboundBody, after = 1000): Promise<OutboundMessage[]> {
    clock += after;
    last = await app.hotline.receive({ channel: 'console', address: 'local', messageId: `m${++n}`, at: clock, languageHint: 'en', body });
    return last;
  }
  const text = (words: string, after?: number) => send({ kind: 'text', text: words }, after);
  const press = (choice: string) => send({ kind: 'choice', prompt: [...last].reverse().find((m) => m.prompt !== undefined)?.prompt ?? 0, choice });
  const said = (out: OutboundMessage[]) => out.map((m) => m.text).join('\n');
  const t_ = (key: string) => app.locales.t('en', key, { discreet: 'yes' }); // the intake is discreet by default

  /** Through the intake to the code-word question; `danger` opens a critical case on the way. */
  async function toCodeWord(opts: { danger?: boolean } = {}) {
    await send({ kind: 'command', command: 'start' });
    await press('agree');
    await press(MYSELF);
    await press(opts.danger ? 'yes' : 'no');
    await send({ kind: 'location', lat: 10.627, lon: 103.522, live: false });
    await press('done');
    await press('1');
    const asked = await press('anytime');
    expect(said(asked)).toContain(t_('ask-code-word'));
  }
  /** The rest of the intake after the secret words: no name, send. The case id. */
  async function finish(): Promise<string> {
    await press('skip');
    await press('confirm');
    await worker.runOnce();
    const [open] = await app.cases.listOpen();
    return open!.id;
  }
  async function caseWithCodeWord(code = 'Kucing Hitam', duress?: string) {
    await toCodeWord();
    expect(said(await text(code))).toContain(t_('ask-duress-word'));
    if (duress) await text(duress);
    else await press('skip');
    return finish();
  }
  async function caseWithoutCodeWord() {
    await toCodeWord();
    await press('skip');
    await press('skip');
    return finish();
  }
  /** An officer answers; the desk runs; what the person's screen got from it. */
  async function officerAnswers(caseId: string, words = ANSWER) {
    expect(await app.desk.reply(caseId, budi, words)).toMatchObject({ ok: true });
    const before = printed.length;
    await worker.runOnce();
    return printed.slice(before);
  }
  /** The person does `act`; the desk runs; what reached their screen from the desk (not the replies). */
  async function thenDesk(act: () => Promise<unknown>) {
    await act();
    const before = printed.length;
    await worker.runOnce();
    return printed.slice(before);
  }
  const events = async () => (await t.redis.xrange(app.keys.events, '-', '+')).map(([, f]) => Object.fromEntries(Array.from({ length: f.length / 2 }, (_, i) => [f[2 * i], f[2 * i + 1]])) as Record<string, string>);
  const replies = async () => (await events()).filter((e) => e.type === 'case.reply').map((e) => [e.state, e.rule ?? e.why ?? e.waiting ?? ''].join(':'));
  const personId = () => app.sealer.personId('console', 'local');

  // --- the words ------------------------------------------------------------------------------------------

  it('keeps the code and duress words only as keyed hashes: never in the flow, the case, the events, Redis or the logs', async () => {
    await toCodeWord({ danger: true }); // a case is open: everything the person types reaches its officers…
    const kept = await text('Kucing  Hitam!');
    expect(said(kept)).toBe(`${t_('code-word-kept')}\n${t_('ask-duress-word')}`);
    expect(said(await text('Mawar merah'))).toContain(t_('duress-word-kept'));
    await press('skip');
    await press('confirm');

    const conv = await t.redis.hgetallBuffer(app.keys.conversation(personId()));
    // Bound to the person, over a normalised form: case, accents, spaces and punctuation do not count.
    expect(conv.kc!.toString()).toBe(app.sealer.personId(`secret:${personId()}`, secretForm('kúcing hitam')));
    expect(conv.kd!.toString()).toBe(app.sealer.personId(`secret:${personId()}`, 'mawarmerah'));
    expect(conv.kc!.toString()).not.toBe(app.sealer.personId(`secret:${app.sealer.personId('console', 'other')}`, 'kucinghitam'));

    // …but not these words: not in any value in Redis, sealed or not, nor in a log line.
    const opened: string[] = [app.sealer.open(conv.s!)];
    for (const key of await t.redis.keys(`${t.prefix}*`)) {
      const type = await t.redis.type(key);
      if (type === 'hash') opened.push(JSON.stringify(await t.redis.hgetall(key)));
      else if (type === 'stream') {
        for (const [, flat] of await t.redis.xrange(key, '-', '+')) {
          opened.push(JSON.stringify(flat));
          const f = streamFields(flat);
          if (f.sealed !== undefined) opened.push(await openEventSealed(app, t.redis, f));
        }
      } else if (type === 'string') opened.push((await t.redis.get(key)) ?? '');
      else if (type === 'list') opened.push(JSON.stringify(await t.redis.lrange(key, 0, -1)));
      else opened.push(JSON.stringify(await t.redis.zrange(key, '0', '-1')));
    }
    const [open] = await app.cases.listOpen();
    opened.push(JSON.stringify(open));
    const everything = [...opened, log.text()].join('\n').toLowerCase();
    expect(everything).toContain('10.627'); // the opened values are really there
    for (const word of ['kucing', 'hitam', 'mawar', 'merah']) expect(everything).not.toContain(word);
    expect(open).toMatchObject({ urgency: 'critical', codeWord: true });
    const messages = (await events()).filter((e) => e.type === 'case.message');
    expect(messages.length).toBeGreaterThan(0); // other things they sent did reach the officers
    expect(app.cards.card(open!, { held: 0, now: Date.now() }).text).toContain(app.cards.t('desk-card-code-word'));
  });

  it('refuses ordinary words, the default phrases and a duress word equal to the code word, and never replaces a word once set', async () => {
    await toCodeWord();
    expect(said(await text('ya'))).toContain(t_('code-word-refused'));
    // The default duress phrase as a code word: refused (and no alarm); refused twice, on without one.
    expect(said(await text('Cancel my order!'))).toContain(t_('ask-duress-word'));
    expect(await app.cases.listOpen()).toEqual([]);
    expect(await t.redis.hexists(app.keys.conversation(personId()), 'kc')).toBe(0);
    expect(said(await text('salah sambung'))).toContain(t_('duress-word-refused')); // the "can't talk" phrase

    // /restart and a new walk: the code word is asked again (none was set), then the duress word.
    await send({ kind: 'command', command: 'restart' });
    await toCodeWord();
    await text('Kucing Hitam');
    expect(said(await text('kucing hitam'))).toContain(t_('duress-word-refused'));
    await text('mawar merah');
    const hashes = await t.redis.hmget(app.keys.conversation(personId()), 'kc', 'kd');
    // Once set, whoever holds the phone later cannot replace them: /restart skips both questions.
    await send({ kind: 'command', command: 'restart' });
    await send({ kind: 'command', command: 'start' });
    await press('agree');
    await press(MYSELF);
    await press('no');
    await send({ kind: 'location', lat: 10.627, lon: 103.522, live: false });
    await press('done');
    await press('1');
    expect(said(await press('anytime'))).toContain(t_('ask-name'));
    expect(await t.redis.hmget(app.keys.conversation(personId()), 'kc', 'kd')).toEqual(hashes);
  });

  // --- answers reach only the person ---------------------------------------------------------------------

  it('announces a held answer with one neutral line, and shows it only after the code word: not to /start, a sticker, a button or other words', async () => {
    const caseId = await caseWithCodeWord();
    const notice = await officerAnswers(caseId);
    expect(notice.trim()).toBe('bot> You have a new message.'); // all a lock screen shows
    expect(printed).not.toContain('B7');

    for (const act of [
      () => send({ kind: 'command', command: 'start' }), // a guard tapping /start
      () => send({ kind: 'media', media: 'sticker', fileRef: 'CAACAgIAAxkBAAIC' }),
      () => press('confirm'), // a stale button
      () => text('hello, what message?'), // typed, but not the code word (and not short: no try)
      () => send({ kind: 'text', text: 'Kucing Hitam', edited: true }), // an edit is never the word
    ]) {
      expect(await thenDesk(act)).toBe(''); // the notice is not repeated either
    }
    expect(printed).not.toContain('B7');
    expect(await t.redis.llen(app.keys.held(caseId))).toBe(1);

    // The code word: no echo of its own, only the answer.
    const answered = await thenDesk(async () => expect(await text('kucing hitam')).toEqual([]));
    expect(answered).toContain(ANSWER);
    expect(await t.redis.llen(app.keys.held(caseId))).toBe(0);
    expect(await replies()).toEqual(['queued:', 'announced:code-word', 'delivered:code-word']);
    const view = (await app.cases.get(caseId))!;
    expect(view.released).toMatchObject({ rule: 'code-word' });
    expect(app.cards.card(view, { held: 0, now: Date.now() }).text).toContain(app.cards.t('desk-card-released-code-word', { time: app.cards.time(view.released!.at) }));
    // Not kept as an answer, not passed on as the person's words.
    expect(JSON.stringify(view.private).toLowerCase()).not.toContain('kucing');
    const passed = await passedOnMessages(app, t.redis);
    expect(passed.map((m) => (m.kind === 'text' ? m.text : m.kind === 'media' ? m.media : m.kind))).toEqual(['sticker', 'hello, what message?']); // neither the word nor an edit that spells it
    const active = (await events()).filter((e) => e.type === 'case.person-active').map((e) => e.by);
    expect(active).toEqual(['other', 'other', 'other', 'typed', 'other', 'code']);
  });

  it('without a code word, shows it in reply to a typed message, never to a command, a sticker, a button or the first message after a long silence', async () => {
    const caseId = await caseWithoutCodeWord();
    expect((await officerAnswers(caseId)).trim()).toBe('bot> You have a new message.');
    for (const act of [
      () => send({ kind: 'command', command: 'start' }),
      () => send({ kind: 'media', media: 'sticker', fileRef: 'CAACAgIAAxkBAAIC' }),
      () => press('confirm'),
      () => send({ kind: 'location', lat: 10.6, lon: 103.5, live: false }),
    ]) expect(await thenDesk(act)).toBe('');
    // Thirteen hours without typing: whoever types first gets nothing (and the notice is not repeated).
    expect(await thenDesk(() => text('halo', 13 * HOUR))).toBe('');
    expect(printed).not.toContain('B7');
    // Typing again, soon after: the answer.
    expect(await thenDesk(() => text('saya di sini'))).toContain(ANSWER);
    expect(await replies()).toEqual(['queued:', 'announced:typed-reply', 'delivered:typed-reply']);
    const quiet = (await events()).filter((e) => e.type === 'case.person-active' && e.by === 'typed').map((e) => Number(e.quiet));
    expect(quiet[0]).toBeGreaterThanOrEqual(13 * HOUR);
    expect(quiet[1]).toBeLessThan(HOUR);
    const view = (await app.cases.get(caseId))!;
    expect(app.cards.card(view, { held: 0, now: Date.now() }).text).toContain(app.cards.t('desk-card-released-typed-reply', { time: app.cards.time(view.released!.at) }));
  });

  it('locks the release after five wrong tries in a day, tells the officers, and an officer unlocks it (audited)', async () => {
    const caseId = await caseWithCodeWord('Kucing Hitam');
    await officerAnswers(caseId);
    // Ordinary answers and long sentences are no tries; short wrong words are.
    for (const words of ['ok', 'ya kak', 'is there a message for me today please']) await text(words);
    for (const guess of ['kucing', 'hitam kucing', 'kucing hitam2', 'password', '1234']) await text(guess);
    await worker.runOnce();
    expect(Number(await t.redis.get(app.keys.codeTries(caseId)))).toBe(GUESS_POLICY.limit);
    expect(await t.redis.ttl(app.keys.codeTries(caseId))).toBeGreaterThan(23 * 3600);
    const locked = (await events()).find((e) => e.type === 'case.release-locked')!;
    expect(locked).toMatchObject({ case: caseId, tries: '5' });
    const view = (await app.cases.get(caseId))!;
    expect(view.releaseLocked).toBeGreaterThan(0);
    expect(app.cards.card(view, { held: 1, now: Date.now() }).text).toContain(app.cards.t('desk-card-release-locked', { time: app.cards.time(view.releaseLocked!), caseId }));

    // The right word now shows nothing; the officers see that it came.
    expect(await thenDesk(() => text('Kucing Hitam'))).toBe('');
    expect(printed).not.toContain('B7');
    expect((await replies()).at(-1)).toBe('held:locked');

    expect(await app.desk.unlock(caseId, budi)).toMatchObject({ ok: true });
    expect(await app.desk.unlock(caseId, budi)).toMatchObject({ ok: false, reason: 'not-locked' });
    expect(await t.redis.exists(app.keys.codeTries(caseId))).toBe(0);
    expect(await thenDesk(() => text('kucing hitam'))).toContain(ANSWER);
    const audit = (await t.redis.xrange(app.keys.audit, '-', '+')).map(([, f]) => `${f[1]} ${f[3]} ${f[7]}`);
    expect(audit).toEqual(expect.arrayContaining(['cli:budi unlock ok', 'cli:budi unlock not-locked']));
    expect((await events()).map((e) => e.type)).toContain('case.release-unlocked');
  });

  // --- duress ------------------------------------------------------------------------------------------------

  it('answers the duress word with an ordinary reply, makes the case critical (reason duress), and sends nothing more until an officer resumes', async () => {
    const caseId = await caseWithCodeWord('Kucing Hitam', 'Mawar Merah');
    expect((await app.cases.get(caseId))!.urgency).toBe('normal');
    expect(await text('mawar merah!')).toMatchObject([{ text: 'OK, cancelled.' }]);
    await worker.runOnce();
    const view = (await app.cases.get(caseId))!;
    expect(view).toMatchObject({ urgency: 'critical', stopped: { kind: 'duress' } });
    expect(view.reasons).toContain('duress');
    expect((await events()).filter((e) => e.type === 'case.duress')).toHaveLength(1);
    expect(await t.redis.zscore(app.keys.due, `realert:${caseId}`)).not.toBeNull(); // its re-alerts start
    expect(app.cards.card(view, { held: 0, now: Date.now() }).text).toContain(app.cards.t('desk-card-stopped-duress', { time: app.cards.time(view.stopped!.at), caseId }));
    expect(await t.redis.ttl(app.keys.conversation(personId()))).toBe(-1); // the stop never expires on its own

    // Nothing reaches the chat now: flow replies (still recorded), officers' answers, not even the code word's.
    expect(await text('what is happening?')).toEqual([]);
    expect(await send({ kind: 'command', command: 'help' })).toEqual([]);
    expect(await officerAnswers(caseId)).toBe('');
    expect(await thenDesk(() => text('kucing hitam'))).toBe('');
    expect(printed).toBe('');
    expect((await app.cases.get(caseId))!.private.details).toContain('what is happening?');
    expect((await replies()).at(-1)).toBe('held:stopped');
    // Sent again, it gets the same ordinary reply (whoever watches expects one), and stays stopped.
    expect(said(await text('Mawar merah'))).toBe('OK, cancelled.');

    expect(await app.desk.resume(caseId, budi)).toMatchObject({ ok: true });
    expect(await app.desk.resume(caseId, budi)).toMatchObject({ ok: false, reason: 'not-stopped' });
    const told = await thenDesk(async () => undefined); // case.resumed: the held answer follows the usual rules
    expect(told.trim()).toBe('bot> You have a new message.');
    expect(said(await send({ kind: 'command', command: 'help' }))).toContain(t_('help'));
    const audit = (await t.redis.xrange(app.keys.audit, '-', '+')).map(([, f]) => `${f[1]} ${f[3]} ${f[7]} ${f[9]}`);
    expect(audit).toEqual(expect.arrayContaining(['cli:budi resume ok duress', 'cli:budi resume not-stopped ']));
    expect((await app.cases.get(caseId))!.stopped).toBeUndefined();
    expect(await t.redis.ttl(app.keys.conversation(personId()))).toBeGreaterThan(0);
  });

  it('opens a critical case for a default duress phrase as a first message, in any language, and reopens a finished case', async () => {
    expect(said(await text('Batalkan pesanan.'))).toBe('OK, cancelled.'); // Indonesian's phrase in an English chat
    const [open] = await app.cases.listOpen();
    expect(open).toMatchObject({ urgency: 'critical', reasons: ['duress'], stopped: { kind: 'duress' } });
    expect(await text('hello')).toEqual([]); // stopped: not even the consent
    await app.desk.setStatus(open!.id, budi, 'resolved');
    await app.desk.resume(open!.id, budi);
    expect(said(await text('cancel my order'))).toBe('OK, cancelled.');
    const again = (await app.cases.get(open!.id))!;
    expect(again).toMatchObject({ status: 'new', reopenedFrom: 'resolved', urgency: 'critical' });
    expect((await events()).map((e) => e.type)).toEqual(expect.arrayContaining(['case.reopened', 'case.duress']));
  });

  it('takes the duress phrase in a relative\'s report too: the sender gets a critical case of their own', async () => {
    await send({ kind: 'command', command: 'start' });
    await press('agree');
    await press(SOMEONE_ELSE);
    expect(said(await text('Cancel my order'))).toBe('OK, cancelled.');
    const [open] = await app.cases.listOpen();
    expect(open).toMatchObject({ kind: 'self-report', urgency: 'critical', reasons: ['duress'] });
  });

  // --- wiping the chat (src/core/trail.ts) ------------------------------------------------------------------

  it('takes a wipe word as no guess at the code word and no sign to show answers, and still wipes while the chat is stopped', async () => {
    const WIPE = [{ text: '', wipe: true }];
    const caseId = await caseWithCodeWord('Kucing Hitam');
    await officerAnswers(caseId);
    for (let i = 0; i <= GUESS_POLICY.limit; i++) expect(await text('delete all')).toEqual(WIPE);
    await worker.runOnce();
    expect(await t.redis.exists(app.keys.codeTries(caseId))).toBe(0);
    expect((await app.cases.get(caseId))!.releaseLocked).toBeUndefined();
    const types = (await events()).map((e) => e.type);
    expect(types.filter((e) => e === 'case.wiped')).toHaveLength(GUESS_POLICY.limit + 1);
    expect(types).not.toContain('case.person-active');
    expect(printed).not.toContain('B7');
    expect(JSON.stringify((await app.cases.get(caseId))!.private)).not.toContain('delete all');
    // "Can't talk": nothing is sent, but a wipe still deletes (deleting is no sending), and the silence stays.
    expect(await text('Wrong number')).toEqual([]);
    expect(await send({ kind: 'command', command: 'wipe' })).toEqual(WIPE);
    expect(await text('wipe')).toEqual(WIPE);
    expect(await text('hello?')).toEqual([]);
    expect((await app.cases.get(caseId))!.stopped).toMatchObject({ kind: 'cant-talk' });
    // The code word still works after a wipe.
    expect(await thenDesk(() => text('kucing hitam'))).toContain(ANSWER);
  });

  it('goes silent after "can\'t talk", tells the officers, and speaks again after the code word', async () => {
    const caseId = await caseWithCodeWord();
    expect(await text('Wrong number')).toEqual([]);
    await worker.runOnce();
    expect((await app.cases.get(caseId))!.stopped).toMatchObject({ kind: 'cant-talk' });
    expect((await events()).find((e) => e.type === 'case.cant-talk')).toMatchObject({ state: 'on' });
    expect(await text('hello?', 2 * HOUR)).toEqual([]); // everything held (a code word is set: time does not end it)…
    expect(await officerAnswers(caseId)).toBe('');
    expect((await app.cases.get(caseId))!.private.details).toContain('hello?'); // …and still recorded
    // The code word ends the silence, and shows what waited.
    expect(await thenDesk(() => text('kucing hitam'))).toContain(ANSWER);
    expect((await events()).filter((e) => e.type === 'case.cant-talk').map((e) => `${e.state}:${e.by}`)).toEqual(['on:', 'off:code']);
    expect(said(await send({ kind: 'command', command: 'help' }))).toContain(t_('help'));
  });

  it('without a code word, speaks again to a message typed 30 minutes after "can\'t talk", not sooner', async () => {
    const caseId = await caseWithoutCodeWord();
    expect(await text('salah sambung')).toEqual([]);
    expect(await text('halo', 10 * 60_000)).toEqual([]);
    expect(await send({ kind: 'command', command: 'help' }, 25 * 60_000)).toEqual([]); // a command never ends it
    expect(said(await text('halo lagi', 6 * 60_000))).toContain(app.locales.t('en', 'case-open', { caseId, discreet: 'yes' }));
    expect((await app.cases.get(caseId))!.stopped).toBeUndefined();
    expect((await events()).filter((e) => e.type === 'case.cant-talk').map((e) => `${e.state}:${e.by}`)).toEqual(['on:', 'off:typed']);
  });

  it('lets an officer resume a chat after "can\'t talk"; only the owner or a supervisor when it is claimed', async () => {
    const caseId = await caseWithoutCodeWord();
    await text('wrong number');
    await app.desk.claim(caseId, { id: 'cli:sari', supervisor: false });
    expect(await app.desk.resume(caseId, budi)).toMatchObject({ ok: false, reason: 'taken' });
    expect(await app.desk.resume(caseId, { id: 'cli:kepala', supervisor: true })).toMatchObject({ ok: true });
    expect(said(await send({ kind: 'command', command: 'help' }))).toContain(t_('help'));
  });
});

describe('the default phrases', () => {
  const deployment = loadDeployment('data/deployment.json');
  const locales = loadLocales('locales', deployment.languages);
  const danger = createDangerRecognizer(locales.dangerLexicons);
  const phrases = deployment.languages.flatMap((lang) => ['duress-default', 'cant-talk-default'].map((key) => ({ lang, key, phrase: locales.t(lang, key) })));

  it.each(phrases)('$lang $key ("$phrase") reads as no answer and no danger, in any of the languages', ({ phrase }) => {
    const all = Object.fromEntries(senses.map((sense) => [sense, sense]));
    for (const lang of deployment.languages) {
      expect(readsAsAnswer(phrase, lang)).toBe(false);
      expect(readAnswer(phrase, lang, all)).toBeUndefined();
    }
    expect(danger.grade(phrase)).toBeUndefined(); // looks harmless: nothing in it sounds like help
  });

  it('never mean two things, once normalised (two languages may share one: Taglish "wrong number")', () => {
    const meaning = new Map<string, string>();
    for (const p of phrases) {
      const form = secretForm(p.phrase);
      expect(meaning.get(form) ?? p.key, `${p.lang} ${p.key}`).toBe(p.key);
      meaning.set(form, p.key);
    }
    expect(new Set(phrases.map((p) => p.lang)).size).toBeGreaterThanOrEqual(7);
  });
});
