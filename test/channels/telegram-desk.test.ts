/**
 * End to end: the officers' desk in a Telegram forum group and the person's private chat, both through
 * real grammY against the loopback Bot API server, with the real core, desk worker, relay and Redis.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pino } from 'pino';
import { createApp, type App } from '../../src/app.js';
import { deskData } from '../../src/channels/telegram/card-buttons.js';
import { createOfficersDesk } from '../../src/channels/telegram/officers-desk.js';
import { createAnswerCheck } from '../../src/officers/answer-check.js';
import { createTelegramChannel, type TelegramChannel } from '../../src/channels/telegram/telegram-channel.js';
import type { PersonSender } from '../../src/core/delivery.js';
import type { ChannelName } from '../../src/core/messages.js';
import { createDeskWorker, type DeskWorker } from '../../src/officers/desk-worker.js';
import { createOutbox } from '../../src/core/outbox.js';
import { createRelay } from '../../src/officers/relay.js';
import { startBotApiServer, type BotApiServer, type BotMessage } from '../support/bot-api-server.js';
import { testRedis, type TestRedis } from '../support/redis.js';

const TOKEN = '123456:TEST-token-aaaaaaaaaaaaaaaaaaaa';
const logger = pino({ level: 'silent' });
const GROUP = -1001234567890;
const OFFICER_A = 501;
const OFFICER_B = 502;
const SUPERVISOR = 509;
const STRANGER = 666;
const PERSON = 777;
const PERSON_2 = 778;

let server: BotApiServer;
let t: TestRedis;
let app: App;
let channel: TelegramChannel;
let workers: DeskWorker[];

interface Button { text: string; callback_data?: string }
const buttons = (m: BotMessage | undefined): Button[] => ((m?.reply_markup ?? {}) as { inline_keyboard?: Button[][] }).inline_keyboard?.flat() ?? [];
const groupText = () => server.messages(GROUP).filter((m) => !m.deleted).map((m) => m.text ?? '').join('\n---\n');
const personText = () => server.messages(PERSON).map((m) => m.text ?? '').join('\n---\n');

/** One bot process: the Telegram channel with the officers' desk, and the desk worker. */
async function build(opts: { realertMs?: number; previewTtlMs?: number } = {}) {
  const desk = createOfficersDesk({
    chatId: GROUP, officerIds: [OFFICER_A, OFFICER_B], supervisorIds: [SUPERVISOR], desk: app.desk, renderer: app.cards, redis: t.redis, keys: app.keys,
    sealer: app.sealer, check: createAnswerCheck(app), logger, perMinute: 600, previewTtlMs: opts.previewTtlMs,
  });
  channel = createTelegramChannel({ config: { token: TOKEN, apiRoot: server.apiRoot, maxRetryAttempts: 3, maxRetrySeconds: 5 }, logger, hotline: app.hotline, before: desk.composer });
  await channel.start();
  const board = await desk.board(channel.bot.api);
  const senders = new Map<ChannelName, PersonSender>([['telegram', channel]]);
  const relay = createRelay({ redis: t.redis, keys: app.keys, sealer: app.sealer, store: app.cases, locales: app.locales, deployment: app.deployment, outbox: createOutbox({ redis: t.redis, keys: app.keys, sealer: app.sealer, logger, senders }), logger });
  const worker = createDeskWorker({
    redis: t.redis, keys: app.keys, sealer: app.sealer, store: app.cases, relay, renderer: app.cards, logger, board,
    realertMs: { critical: opts.realertMs ?? 300_000, high: 1_800_000 }, supervisors: [SUPERVISOR], tickMs: 50,
  });
  await worker.start();
  workers.push(worker);
  return worker;
}

/** The person raises the alarm in their first message: a critical case opens at once. */
async function alarm(): Promise<string> {
  server.sendText(PERSON, 'tolong saya disekap', { languageCode: 'id' });
  return waitForValue(async () => (await app.cases.listOpen())[0]?.id);
}

async function waitForValue<T>(get: () => Promise<T | undefined>, timeoutMs = 5_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = await get();
    if (v !== undefined && v !== null && (v as unknown) !== false) return v;
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** The card of a case in the group (the first bot message carrying its claim/unclaim button). */
const cardOf = (caseId: string) =>
  server.messages(GROUP).find((m) => buttons(m).some((b) => b.callback_data?.endsWith(`:${caseId}`)) && (m.text ?? '').includes(caseId));

/** Walks the rest of the intake like a person tapping the obvious answers, until the report is confirmed. */
async function finishIntake(caseId: string) {
  const prefer = ['agree', 'no', 'passport', 'done', '2-10', 'anytime', 'skip', 'confirm'];
  const pressed = new Set<string>();
  for (let step = 0; step < 30; step++) {
    const view = await app.cases.get(caseId);
    if (view?.intakeComplete) return;
    // The latest question (an officer's answer may have come in between).
    const last = server.messages(PERSON).filter((m) => m.reply_markup).at(-1);
    const markup = (last?.reply_markup ?? {}) as { keyboard?: Array<Array<{ request_location?: boolean }>> };
    const before = server.sentCount(PERSON);
    if (markup.keyboard?.flat().some((b) => b.request_location)) server.sendLocation(PERSON, 10.627, 103.522);
    else {
      const choice = buttons(last).find((b) => prefer.some((p) => b.callback_data?.endsWith(`:${p}`)) && !(b.callback_data === 'c:0:passport' && pressed.has('passport')));
      if (!choice) throw new Error(`no known answer for: ${last?.text}`);
      const id = choice.callback_data!.split(':')[2]!;
      if (id === 'passport' && pressed.has('passport')) {
        const done = buttons(last).find((b) => b.callback_data?.endsWith(':done'))!;
        server.pressButton(PERSON, last!.message_id, done.callback_data!);
      } else server.pressButton(PERSON, last!.message_id, choice.callback_data!);
      pressed.add(id);
    }
    await server.waitFor(() => server.sentCount(PERSON) > before || (server.messages(PERSON).at(-1)?.edits ?? 0) > 0, 5_000).catch(() => undefined);
    await new Promise((r) => setTimeout(r, 30));
  }
  throw new Error('intake did not finish');
}

beforeEach(async () => {
  server = await startBotApiServer();
  server.createGroup(GROUP, { forum: true, botIsAdmin: true, title: 'KBRI duty desk' });
  t = await testRedis();
  app = createApp({ config: { dataKey: Buffer.alloc(32, 2), deploymentFile: 'data/deployment.json', conversationTtlSeconds: 3600, redis: { prefix: t.prefix } }, redis: t.redis, logger });
  workers = [];
});

afterEach(async () => {
  for (const w of workers) await w.stop();
  await channel?.stop();
  await server.close();
  await t.cleanup();
});

describe('telegram officers desk', () => {
  it('posts a card for a critical intake in its own topic, and one of two officers claiming at once wins', async () => {
    await build();
    const caseId = await alarm();
    const card = await server.waitFor(() => cardOf(caseId));
    expect(server.topics(GROUP).map((topic) => topic.name)).toEqual([`🔴 KRITIS ${caseId}`]);
    expect(card.thread).toBe(server.topics(GROUP)[0]!.threadId);
    expect(card.text).toContain(`🔴 KRITIS · ${caseId} · baru`);
    expect(card.text).toContain('Alasan: menulis kata bahaya');
    expect(card.text).toContain('Belum diambil');
    expect(server.calls.filter((c) => c.method === 'sendMessage' || c.method === 'editMessageText').every((c) => c.params.parse_mode === undefined)).toBe(true);

    const claim = deskData('claim', caseId);
    server.pressGroupButton(GROUP, OFFICER_A, card.message_id, claim, { firstName: 'Ayu' });
    server.pressGroupButton(GROUP, OFFICER_B, card.message_id, claim, { firstName: 'Bima' });
    const answers = await server.waitFor(() => {
      const calls = server.calls.filter((c) => c.method === 'answerCallbackQuery');
      return calls.length >= 2 ? calls.map((c) => String(c.params.text)) : undefined;
    });
    const view = (await app.cases.get(caseId))!;
    expect([`telegram:${OFFICER_A}`, `telegram:${OFFICER_B}`]).toContain(view.claimedBy);
    expect(answers.filter((a) => a.includes('sekarang milik Anda'))).toHaveLength(1);
    expect(answers.filter((a) => a.includes('sudah diambil oleh'))).toHaveLength(1);
    // The card shows its new state in place.
    await server.waitFor(() => cardOf(caseId)?.text?.includes('Diambil oleh'));
    expect(buttons(cardOf(caseId)).map((b) => b.callback_data)).toContain(deskData('unclaim', caseId));
  });

  it('relays an officer\'s answer to the person, held until they write, and their follow-ups to the thread', async () => {
    await build();
    const caseId = await alarm();
    const card = await server.waitFor(() => cardOf(caseId));
    // They have not said when it is safe to write: the answer waits, and the officer sees it wait.
    server.sendGroupText(GROUP, OFFICER_A, '/reply Kami menerima laporan Anda. Apakah Anda aman?', { threadId: card.thread, firstName: 'Ayu' });
    await server.waitFor(() => groupText().includes(`Jawaban untuk ${caseId} masuk antrean kirim, persis ini:\n«Kami menerima laporan Anda. Apakah Anda aman?»`));
    await server.waitFor(() => groupText().includes('⏸ Ditahan'));
    expect(personText()).not.toContain('Apakah Anda aman?');

    // The person goes on with the intake, pressing buttons: one neutral line says there is a message, no more.
    await finishIntake(caseId);
    await server.waitFor(() => personText().includes('Ada pesan baru.'));
    expect(personText()).not.toContain('Apakah Anda aman?');
    await server.waitFor(() => groupText().includes('diberi tahu "ada pesan baru"'));
    // They type a reply: the answer goes out, under a neutral header, and the thread says which rule showed it.
    server.sendText(PERSON, 'saya bisa baca sekarang');
    await server.waitFor(() => personText().includes('Apakah Anda aman?'));
    expect(personText()).toContain(`Pesan untuk Anda:`);
    expect(personText()).not.toContain(caseId); // nothing left in the chat names the case
    expect(personText()).not.toContain('Ayu');
    // The topic says exactly what went, that it went when they wrote, and which rule showed it.
    await server.waitFor(() => groupText().includes(`✓ Terkirim ke ${caseId} saat mereka menulis, persis ini (1):`));
    expect(groupText()).toContain('— tampil sebagai balasan pesan yang mereka ketik.');

    // After the report, what they write appears in the case's thread, defanged.
    server.sendText(PERSON, 'Mereka pindah kami ke gedung B, lihat http://evil.example @bos /start');
    const relayed = await server.waitFor(() => server.messages(GROUP).find((m) => m.thread === card.thread && m.text?.includes('menulis:\n«Mereka pindah')));
    expect(relayed.text).toContain(`💬 ${caseId} menulis:`);
    expect(relayed.text).not.toContain('http://evil.example');
    expect(relayed.text).not.toMatch(/(^|\s)@bos/);

    // The card was updated with the answers, not posted again.
    expect(server.topics(GROUP)).toHaveLength(1);
    await server.waitFor(() => cardOf(caseId)?.text?.includes('Lokasi: 10.62700, 103.52200'));
  });

  it('keeps the first pin, the urgency and the claim through /restart and "saya baik-baik saja", and the card flags the change', async () => {
    await build();
    const caseId = await alarm();
    const card = await server.waitFor(() => cardOf(caseId));
    /** The person does something and waits for the bot's answer; returns what the bot sent. */
    const exchange = async (act: () => unknown) => {
      const before = server.sentCount(PERSON);
      act();
      await server.waitFor(() => server.sentCount(PERSON) > before);
      await new Promise((r) => setTimeout(r, 50)); // every reply to that message
      return server.messages(PERSON).slice(before).map((m) => m.text ?? '');
    };
    const press = (id: string) => () => {
      const last = server.messages(PERSON).filter((m) => buttons(m).length > 0).at(-1)!;
      server.pressButton(PERSON, last.message_id, buttons(last).find((b) => b.callback_data?.endsWith(`:${id}`))!.callback_data!);
    };
    await exchange(press('agree'));
    await exchange(() => server.sendLocation(PERSON, 10.627, 103.522));
    await exchange(press('yes'));
    server.pressGroupButton(GROUP, OFFICER_A, card.message_id, deskData('claim', caseId), { firstName: 'Ayu' });
    await waitForValue(async () => (await app.cases.get(caseId))?.claimedBy);

    // Someone else has the phone now.
    await exchange(() => server.sendCommand(PERSON, '/restart'));
    await exchange(press('agree'));
    await exchange(press('myself')); // after /restart the who-menu again; the case stays
    expect(await exchange(() => server.sendText(PERSON, 'saya baik-baik saja'))).toEqual(['Oke, dicatat.']);
    await exchange(() => server.sendText(PERSON, 'tidak'));

    const view = (await app.cases.get(caseId))!;
    expect(view).toMatchObject({ urgency: 'critical', status: 'claimed', claimedBy: `telegram:${OFFICER_A}`, private: { location: { kind: 'pin', lat: 10.627, lon: 103.522 } } });
    expect(view.private.history?.location?.[0]).toMatchObject({ value: { kind: 'pin', lat: 10.627, lon: 103.522 } });
    expect(view.private.history?.dangerNow?.map((v) => [v.value, v.suspect])).toEqual([[true, undefined], [false, 'restart']]);
    const flagged = await server.waitFor(() => cardOf(caseId)?.text?.match(/⚠ Diubah setelah \/restart \(mungkin bukan orangnya\): dalam bahaya sekarang: ya → tidak \(\d\d:\d\d UTC\+7\)/));
    expect(flagged).toBeTruthy();
    const text = cardOf(caseId)!.text!;
    expect(text).toContain('⚠ Minta laporan ditarik');
    expect(text).toContain('"saya baik-baik saja"');
    expect(text).toContain(`🔴 KRITIS · ${caseId} · diambil`);
    expect(text).toContain('Lokasi: 10.62700, 103.52200');
    // In the case's topic, the retraction itself, flagged.
    const relayed = await server.waitFor(() => server.messages(GROUP).find((m) => m.thread === card.thread && m.message_id !== card.message_id && m.text?.includes('saya baik-baik saja')));
    expect(relayed.text).toContain('⚠ Menarik laporan: tidak dituruti');
    expect(personText()).not.toContain('dituruti');
  });

  it('refuses anyone who is not an officer, audits it, and leaves other groups', async () => {
    await build();
    const caseId = await alarm();
    const card = await server.waitFor(() => cardOf(caseId));
    server.pressGroupButton(GROUP, STRANGER, card.message_id, deskData('claim', caseId));
    server.pressGroupButton(GROUP, OFFICER_A, card.message_id, 'd:claim:KH-ZZZZ;DROP');
    server.sendGroupText(GROUP, STRANGER, '/queue');
    server.addBotToGroup(-1009999, STRANGER, { title: 'random group' });
    await server.waitFor(() => server.left(-1009999));
    await server.waitFor(() => groupText().includes('Hanya petugas jaga kedutaan'));
    expect((await app.cases.get(caseId))!.claimedBy).toBeUndefined();

    server.sendGroupText(GROUP, OFFICER_B, `/case ${caseId.toLowerCase()}`, { firstName: 'Bima' });
    await server.waitFor(() => server.messages(GROUP).filter((m) => m.text?.includes(caseId)).length >= 2);
    const audit = await t.redis.xrange(app.keys.audit, '-', '+');
    const lines = audit.map(([, f]) => `${f[1]} ${f[3]} ${f[7]}`);
    expect(lines).toEqual(expect.arrayContaining([
      `telegram:${STRANGER} button refused`,
      `telegram:${OFFICER_A} forged-button refused`,
      `telegram:${STRANGER} command:queue refused`,
      `telegram:${STRANGER} add-to-group refused`,
      `telegram:${OFFICER_B} view ok`,
    ]));
  });

  it('re-alerts an unclaimed critical case after a restart, mentioning the supervisors', async () => {
    const first = await build({ realertMs: 1_500 });
    const caseId = await alarm();
    await server.waitFor(() => cardOf(caseId));
    await first.stop(); // the desk process goes away before the deadline
    workers = [];
    await channel.stop();
    await build({ realertMs: 1_500 });
    const realert = await server.waitFor(() => server.messages(GROUP).find((m) => m.text?.startsWith('⏰ 1 ') && m.text.includes(caseId)), 8_000);
    expect(realert.text).toContain(`🔴 KRITIS ${caseId} · menunggu`);
    expect(realert.thread).toBeUndefined(); // the group's main thread, where everyone looks
    const entities = (realert.message.entities ?? []).filter((e) => e.type === 'text_mention');
    expect(entities.map((e) => (e as { user: { id: number } }).user.id)).toEqual([SUPERVISOR]);
  });

  it('lowers a false alarm by command, shows it on the card, restores it by button, and never tells the person', async () => {
    await build();
    const caseId = await alarm();
    const card = await server.waitFor(() => cardOf(caseId));
    const lower = deskData('lower', caseId);
    expect(buttons(card).map((b) => b.callback_data)).toContain(lower);
    const personBefore = server.sentCount(PERSON);

    // The button cannot take a reason: it tells the officer the command.
    server.pressGroupButton(GROUP, OFFICER_A, card.message_id, lower, { firstName: 'Ayu' });
    const how = await server.waitFor(() => server.calls.find((c) => c.method === 'answerCallbackQuery' && String(c.params.text).includes('/lower')));
    expect(how.params).toMatchObject({ show_alert: true, text: expect.stringContaining(`/lower ${caseId} [high|normal]`) });
    expect((await app.cases.get(caseId))!.urgency).toBe('critical');

    // Someone else's case: refused. Not an officer: refused and audited.
    server.pressGroupButton(GROUP, OFFICER_A, card.message_id, deskData('claim', caseId), { firstName: 'Ayu' });
    await waitForValue(async () => (await app.cases.get(caseId))?.claimedBy);
    server.sendGroupText(GROUP, OFFICER_B, `/lower ${caseId} normal salah alarm`, { threadId: card.thread, firstName: 'Bima' });
    await server.waitFor(() => groupText().includes(`${caseId} sudah diambil oleh Ayu`));
    server.sendGroupText(GROUP, STRANGER, `/lower ${caseId} normal`, { threadId: card.thread });
    await server.waitFor(() => groupText().includes('Hanya petugas jaga kedutaan'));

    // In the case's thread the number can be left out.
    server.sendGroupText(GROUP, OFFICER_A, '/lower normal dia menulis tolong tentang film; sudah ditelepon, aman', { threadId: card.thread });
    await server.waitFor(() => groupText().includes(`${caseId} diturunkan ke ⚪ biasa`));
    const view = (await app.cases.get(caseId))!;
    expect(view).toMatchObject({ urgency: 'normal', lowered: { from: 'critical', by: `telegram:${OFFICER_A}` } });
    const lowered = await server.waitFor(() => (cardOf(caseId)?.text?.includes('⬇ Diturunkan') ? cardOf(caseId) : undefined));
    expect(lowered.text).toContain(`⚪ biasa · ${caseId}`);
    expect(lowered.text).toMatch(new RegExp(`⬇ Diturunkan dari 🔴 KRITIS oleh (Ayu \\()?telegram:${OFFICER_A}\\)? — dia menulis tolong tentang film; sudah ditelepon, aman`));
    expect(buttons(lowered).map((b) => b.callback_data)).toEqual(expect.arrayContaining([deskData('restore', caseId)]));
    expect(buttons(lowered).map((b) => b.callback_data)).not.toContain(lower);
    expect(await t.redis.zscore(app.keys.due, `realert:${caseId}`)).toBeNull(); // a normal case is not re-alerted

    // Any officer may restore it, by its button.
    server.pressGroupButton(GROUP, OFFICER_B, lowered.message_id, deskData('restore', caseId), { firstName: 'Bima' });
    await server.waitFor(() => server.calls.some((c) => c.method === 'answerCallbackQuery' && String(c.params.text).includes(`${caseId} kembali ke 🔴 KRITIS`)));
    await server.waitFor(() => cardOf(caseId)?.text?.startsWith(`🔴 KRITIS · ${caseId}`) && !cardOf(caseId)?.text?.includes('Diturunkan'));
    server.sendGroupText(GROUP, OFFICER_B, `/restore ${caseId}`);
    await server.waitFor(() => groupText().includes(`${caseId} tidak sedang diturunkan`));

    expect(server.sentCount(PERSON)).toBe(personBefore); // the person was told nothing
    const audit = (await t.redis.xrange(app.keys.audit, '-', '+')).map(([, f]) => `${f[1]} ${f[3]} ${f[7]}`);
    expect(audit).toEqual(expect.arrayContaining([
      `telegram:${OFFICER_B} lower taken`,
      `telegram:${STRANGER} command:lower refused`,
      `telegram:${OFFICER_A} lower ok`,
      `telegram:${OFFICER_B} restore ok`,
      `telegram:${OFFICER_B} restore not-lowered`,
    ]));
  });

  it('tells the officer when the person blocked the bot, and records it on the case', async () => {
    await build();
    const caseId = await alarm();
    const card = await server.waitFor(() => cardOf(caseId));
    server.blockChat(PERSON);
    server.sendGroupText(GROUP, OFFICER_A, `/reply ${caseId} Halo?`);
    await server.waitFor(() => groupText().includes(`Jawaban untuk ${caseId} masuk antrean kirim`));
    server.sendGroupText(GROUP, OFFICER_A, `/reply ${caseId} ${'x'.repeat(3600)}`);
    await server.waitFor(() => groupText().includes('Terlalu panjang: 3600 karakter'));
    // The person writes (the block is only for sends): delivery is tried and fails for good.
    server.sendText(PERSON, 'halo');
    await waitForValue(async () => (await app.cases.get(caseId))?.reachable === 'gone');
    await server.waitFor(() => groupText().includes('tidak bisa dihubungi'));
    expect(card).toBeDefined();
  });
});

describe('telegram officers desk: /hand', () => {
  it('hands a claimed case to a colleague, says so in the case\'s topic and on the card, refuses an unknown name or yourself, and never tells the person', async () => {
    await build();
    const caseId = await alarm();
    const card = await server.waitFor(() => cardOf(caseId));
    const personBefore = server.sentCount(PERSON);
    server.pressGroupButton(GROUP, OFFICER_A, card.message_id, deskData('claim', caseId), { firstName: 'Ayu' });
    await waitForValue(async () => (await app.cases.get(caseId))?.claimedBy);
    // Bima has used the desk once: officers can name him.
    server.sendGroupText(GROUP, OFFICER_B, '/help', { firstName: 'Bima' });
    await waitForValue(async () => (await t.redis.hget(app.keys.deskOfficers, `telegram:${OFFICER_B}`)) ?? undefined);

    server.sendGroupText(GROUP, OFFICER_A, '/hand Siapa', { threadId: card.thread, firstName: 'Ayu' });
    await server.waitFor(() => groupText().includes('Tidak ada petugas dengan nama itu. Petugas: Bima'));
    server.sendGroupText(GROUP, OFFICER_A, '/hand ayu', { threadId: card.thread, firstName: 'Ayu' });
    await server.waitFor(() => groupText().includes(`Anda tidak bisa menyerahkan ${caseId} ke diri sendiri.`));
    server.sendGroupText(GROUP, OFFICER_A, `/hand ${caseId} bima`, { firstName: 'Ayu' });
    await server.waitFor(() => groupText().includes(`${caseId} sekarang dipegang Bima.`));
    expect((await app.cases.get(caseId))!.claimedBy).toBe(`telegram:${OFFICER_B}`);
    // The desk worker tells the topic from the case.handed event, and the card shows the new owner.
    await server.waitFor(() => groupText().includes(`🤝 ${caseId} diserahkan ke Bima oleh Ayu.`));
    await server.waitFor(() => new RegExp(`Diambil oleh (Bima \\()?telegram:${OFFICER_B}`).test(cardOf(caseId)?.text ?? ''));

    expect(server.sentCount(PERSON)).toBe(personBefore); // the person was told nothing
    const audit = (await t.redis.xrange(app.keys.audit, '-', '+')).map(([, f]) => `${f[1]} ${f[3]} ${f[7]}`);
    expect(audit.filter((a) => a.includes(' hand '))).toEqual([
      `telegram:${OFFICER_A} hand unknown-officer`,
      `telegram:${OFFICER_A} hand self`,
      `telegram:${OFFICER_A} hand ok`,
    ]);
  });
});

describe('officers\' words reach a person only when meant', () => {
  /** The texts of every answerCallbackQuery so far (what an officer pressing a button was told). */
  const callbackTexts = () => server.calls.filter((c) => c.method === 'answerCallbackQuery').map((c) => String(c.params.text));
  const auditLines = async () => (await t.redis.xrange(app.keys.audit, '-', '+')).map(([, f]) => `${f[1]} ${f[3]} ${f[7]}`);
  const count = (text: string, part: string) => text.split(part).length - 1;
  /** A preview the bot posted in the group for `text` (the message carrying its Send button). */
  const previewOf = (text: string) => server.messages(GROUP).find((m) => m.text?.includes(`«${text}»`) && buttons(m).some((b) => b.callback_data?.startsWith('p:send:')));
  const data = (m: BotMessage, action: 'send' | 'cancel') => buttons(m).find((b) => b.callback_data?.startsWith(`p:${action}:`))!.callback_data!;
  let notices = 0;
  /**
   * The person reads an answer as the release rules allow (README "Code words and duress"): the one-line
   * notice comes at once (any time is safe), and the answer shows when they type a reply.
   */
  async function reads() {
    await server.waitFor(() => count(personText(), 'Ada pesan baru.') > notices);
    notices = count(personText(), 'Ada pesan baru.');
    server.sendText(PERSON, 'oke');
  }
  /** A case whose person said any time is safe: an answer relayed to them is announced at once. */
  async function openCase() {
    notices = 0;
    const caseId = await alarm();
    const card = await server.waitFor(() => cardOf(caseId));
    await finishIntake(caseId);
    expect((await app.cases.get(caseId))!.private.contact).toBe('anytime');
    return { caseId, card };
  }

  it('keeps plain text in a case topic as a note that never reaches the person; /reply sends, and the topic says exactly what went', async () => {
    await build();
    const { caseId, card } = await openCase();
    server.sendGroupText(GROUP, OFFICER_A, 'Nomor polisi Budi 0812-xxx, jangan kirim ke korban', { threadId: card.thread, firstName: 'Ayu' });
    await server.waitFor(() => groupText().includes(`📝 Disimpan sebagai catatan di ${caseId} — tidak dikirim ke orangnya`));
    const detail = (await app.desk.show(caseId, { id: 'cli:test', supervisor: false }))!;
    expect(detail.notes.map((n) => [n.by, n.text])).toEqual([[`telegram:${OFFICER_A}`, 'Nomor polisi Budi 0812-xxx, jangan kirim ke korban']]);
    expect(detail.held).toBe(0);

    // The answer that is meant, by command: queued, sent at once, and reported word for word.
    server.sendGroupText(GROUP, OFFICER_A, '/reply Kami sudah menghubungi polisi.\nTetap tenang.', { threadId: card.thread });
    await reads();
    await server.waitFor(() => personText().includes('Kami sudah menghubungi polisi.\nTetap tenang.'));
    await server.waitFor(() => groupText().includes(`Jawaban untuk ${caseId} masuk antrean kirim, persis ini:\n«Kami sudah menghubungi polisi.\n\u200E│ Tetap tenang.»`));
    const sent = await server.waitFor(() => server.messages(GROUP).find((m) => m.text?.startsWith(`✓ Terkirim ke ${caseId} saat mereka menulis, persis ini (1):`)));
    expect(sent.thread).toBe(card.thread);
    expect(sent.text).toContain('— tampil sebagai balasan pesan yang mereka ketik.');
    expect(sent.text).toContain(`«Pesan untuk Anda:`);
    expect(sent.text).toContain('\u200E│ Kami sudah menghubungi polisi.\n\u200E│ Tetap tenang.»');
    // `/send` is the same act.
    server.sendGroupText(GROUP, OFFICER_B, '/send Kami datang besok pagi.', { threadId: card.thread, firstName: 'Bima' });
    await reads();
    await server.waitFor(() => personText().includes('Kami datang besok pagi.'));

    expect(personText()).not.toContain('jangan kirim ke korban');
    expect(await auditLines()).toEqual(expect.arrayContaining([`telegram:${OFFICER_A} note ok`, `telegram:${OFFICER_A} reply ok`, `telegram:${OFFICER_B} reply ok`]));
    // The person, meanwhile, cannot forge the relay's report in the topic: their words arrive quoted.
    server.sendText(PERSON, `aman\n✓ Terkirim ke ${caseId} sekarang, persis ini (1):`);
    const wrote = await server.waitFor(() => server.messages(GROUP).find((m) => m.text?.includes(`💬 ${caseId} menulis:\n«aman`)));
    expect(wrote.text).toMatch(/^\d\d:\d\d UTC\+7 · /); // the time they wrote it
    expect(wrote.text!.replace(/^.*? · /, '')).toBe(`💬 ${caseId} menulis:\n«aman\n\u200E│ Terkirim ke ${caseId} sekarang, persis ini (1):»`);
  });

  it('answers a reply to the card with a preview that only its author can send, once, before it expires', async () => {
    await build({ previewTtlMs: 1_000 });
    const { caseId, card } = await openCase();
    server.sendGroupText(GROUP, OFFICER_A, 'Kami akan menelepon jam 9 malam.', { replyTo: card.message_id, firstName: 'Ayu' });
    const preview = await server.waitFor(() => previewOf('Kami akan menelepon jam 9 malam.'));
    expect(preview.thread).toBe(card.thread);
    expect(preview.text).toContain(`✉ Untuk orangnya (${caseId}), jika Anda tekan Kirim:\n«Kami akan menelepon jam 9 malam.»`);
    expect(preview.text).not.toContain('⚠');
    const send = data(preview, 'send');

    // Another officer's press, and a forged token: nothing goes.
    server.pressGroupButton(GROUP, OFFICER_B, preview.message_id, send, { firstName: 'Bima' });
    await server.waitFor(() => callbackTexts().some((c) => c.startsWith('Hanya Ayu, yang menulisnya, bisa mengirim ini')));
    server.pressGroupButton(GROUP, OFFICER_A, preview.message_id, 'p:send:AAAAAAAAAAAAAAAA');
    await server.waitFor(() => callbackTexts().some((c) => c.includes('pratinjau ini sudah kedaluwarsa')));
    expect(personText()).not.toContain('jam 9 malam');

    // Its author's press: sent, and the preview says so without its buttons; a second press sends nothing more.
    server.pressGroupButton(GROUP, OFFICER_A, preview.message_id, send);
    await reads();
    await server.waitFor(() => personText().includes('Kami akan menelepon jam 9 malam.'));
    const settled = server.messages(GROUP).find((m) => m.message_id === preview.message_id)!;
    expect(settled.text).toBe(`→ Jawaban untuk ${caseId} masuk antrean kirim, persis ini:\n«Kami akan menelepon jam 9 malam.»`);
    expect(buttons(settled)).toEqual([]);
    server.pressGroupButton(GROUP, OFFICER_A, preview.message_id, send);
    await server.waitFor(() => callbackTexts().filter((c) => c.includes('sudah kedaluwarsa')).length === 2);
    await server.waitFor(() => groupText().includes(`✓ Terkirim ke ${caseId} saat mereka menulis`));

    // One left to expire, and one cancelled by a colleague: their Send does nothing.
    server.sendGroupText(GROUP, OFFICER_A, 'Pesan yang kedaluwarsa', { replyTo: card.message_id });
    const stale = await server.waitFor(() => previewOf('Pesan yang kedaluwarsa'));
    server.sendGroupText(GROUP, OFFICER_A, 'Pesan yang dibatalkan', { replyTo: card.message_id });
    const cancelled = await server.waitFor(() => previewOf('Pesan yang dibatalkan'));
    server.pressGroupButton(GROUP, OFFICER_B, cancelled.message_id, data(cancelled, 'cancel'), { firstName: 'Bima' });
    await server.waitFor(() => server.messages(GROUP).find((m) => m.message_id === cancelled.message_id)?.text === `✖ Dibatalkan oleh Bima: tidak ada yang dikirim ke ${caseId}.`);
    server.pressGroupButton(GROUP, OFFICER_A, cancelled.message_id, data(cancelled, 'send'));
    await server.waitFor(() => callbackTexts().filter((c) => c.includes('sudah kedaluwarsa')).length === 3);
    await new Promise((r) => setTimeout(r, 1_200));
    server.pressGroupButton(GROUP, OFFICER_A, stale.message_id, data(stale, 'send'));
    await server.waitFor(() => callbackTexts().filter((c) => c.includes('sudah kedaluwarsa')).length === 4);

    expect(count(personText(), 'Kami akan menelepon jam 9 malam.')).toBe(1);
    expect(personText()).not.toContain('Pesan yang kedaluwarsa');
    expect(personText()).not.toContain('Pesan yang dibatalkan');
    expect(await t.redis.llen(app.keys.held(caseId))).toBe(0);
    const audit = await auditLines();
    expect(audit.filter((l) => l.endsWith(' reply ok'))).toEqual([`telegram:${OFFICER_A} reply ok`]);
    expect(audit).toEqual(expect.arrayContaining([`telegram:${OFFICER_B} preview-not-author refused`, `telegram:${OFFICER_A} preview-expired refused`]));
  });

  it('never relays a forwarded card of another case, a photo, a sticker or a file, and warns before a pasted card goes', async () => {
    await build();
    const { caseId, card } = await openCase();
    server.sendText(PERSON_2, 'tolong saya dipukul, nama saya Siti', { languageCode: 'id' });
    const other = await waitForValue(async () => (await app.cases.listOpen()).find((v) => v.private.address === String(PERSON_2))?.id);
    const otherCard = await server.waitFor(() => cardOf(other));
    expect(otherCard.text).toContain('Siti');
    const notes = (await app.cases.get(caseId))!.notes;

    // The other case's card forwarded into this topic, and as a reply to this card; a photo captioned like a command; a sticker; a file.
    server.forwardToGroup(GROUP, OFFICER_A, GROUP, otherCard.message_id, { threadId: card.thread, firstName: 'Ayu' });
    server.forwardToGroup(GROUP, OFFICER_A, GROUP, otherCard.message_id, { replyTo: card.message_id });
    server.sendGroupPhoto(GROUP, OFFICER_A, { threadId: card.thread, caption: '/reply lihat foto ini' });
    server.sendGroupContent(GROUP, OFFICER_A, { sticker: { file_id: 'stk1', file_unique_id: 'u1', type: 'regular', width: 512, height: 512, is_animated: false, is_video: false } }, { threadId: card.thread });
    server.sendGroupContent(GROUP, OFFICER_A, { document: { file_id: 'doc1', file_unique_id: 'u2', file_name: 'paspor.pdf' } }, { replyTo: card.message_id });
    await server.waitFor(() => count(groupText(), '⛔ Tidak dikirim: pesan terusan') === 2 && count(groupText(), '⛔ Tidak dikirim: hanya kata-kata yang diketik petugas') === 3);

    // The other card pasted as an answer: a preview with warnings, nothing sent.
    server.sendGroupText(GROUP, OFFICER_A, `/reply ${otherCard.text!}`, { threadId: card.thread });
    const warned = await server.waitFor(() => server.messages(GROUP).find((m) => m.text?.includes(`⚠ Menyebut kasus lain (${other})`)));
    expect(warned.text).toContain('⚠ Terlihat seperti kartu kasus');
    expect(buttons(warned).some((b) => b.callback_data?.startsWith('p:send:'))).toBe(true);
    // Aimed at the other case from this topic: a warning too.
    server.sendGroupText(GROUP, OFFICER_A, `/reply ${other} Halo Siti`, { threadId: card.thread });
    await server.waitFor(() => groupText().includes(`⚠ Ini topik ${caseId}, tetapi jawaban ini untuk ${other}.`));

    // A meant answer goes when they read: had anything above been relayed, it would be in the chat by now.
    server.sendGroupText(GROUP, OFFICER_A, '/reply Tetap tenang, kami sedang mengurusnya.', { threadId: card.thread });
    await reads();
    await server.waitFor(() => groupText().includes(`✓ Terkirim ke ${caseId} saat mereka menulis`));
    expect(personText()).toContain('Tetap tenang, kami sedang mengurusnya.');
    for (const leak of [other, 'Siti', 'dipukul', 'lihat foto ini', 'Terlihat seperti']) expect(personText()).not.toContain(leak);
    expect(server.calls.filter((c) => Number(c.params.chat_id) === PERSON && !['sendMessage', 'editMessageText', 'answerCallbackQuery', 'deleteMessage', 'deleteMessages', 'sendChatAction'].includes(c.method))).toEqual([]);
    expect(server.messages(PERSON_2).some((m) => m.text?.includes('Halo Siti'))).toBe(false);
    expect((await app.cases.get(caseId))!.notes).toBe(notes); // forwards and files are not kept as notes either
  });
});
