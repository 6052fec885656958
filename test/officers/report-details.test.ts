/**
 * A relative's missing-person report reaches the officers whole: every answer, field by field, on the card
 * in the case's Telegram topic (real grammY against the loopback Bot API server), in `/case`, in
 * `npm run desk -- show` and in `npm run cases -- --details`; the photo is re-sent into the topic by its
 * file id. A second report about the same person adds to the case: the first report's answers stay, what
 * is new is shown as new, and both reports are listed. Real Redis throughout.
 */
import { inject } from 'vitest';
import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src/app.js';
import { runCasesCommand } from '../../src/cli/cases/run-cases-command.js';
import { runDeskCommand } from '../../src/cli/desk/run-desk-command.js';
import { createOfficersDesk } from '../../src/channels/telegram/officers-desk.js';
import { createTelegramChannel, type TelegramChannel } from '../../src/channels/telegram/telegram-channel.js';
import type { OutboundMessage } from '../../src/core/messages.js';
import { createOutbox } from '../../src/core/outbox.js';
import { createAnswerCheck } from '../../src/officers/answer-check.js';
import { createCardRenderer } from '../../src/officers/card.js';
import { createDeskWorker, type DeskWorker } from '../../src/officers/desk-worker.js';
import { createRelay } from '../../src/officers/relay.js';
import { connectRedis } from '../../src/redis/connect.js';
import { startBotApiServer, type BotApiServer, type BotMessage } from '../support/bot-api-server.js';
import { testRedis, type TestRedis } from '../support/redis.js';
import { person, type Person } from '../support/reports.js';
import { SOMEONE_ELSE } from '../support/who.js';

const TOKEN = '123456:TEST-token-aaaaaaaaaaaaaaaaaaaa';
const logger = pino({ level: 'silent' });
const GROUP = -1001234567890;
const OFFICER = 501;
const PHOTO = 'AgACAgUAAxkBAAIBPhotoOfSiti';
const texts = (out: OutboundMessage[]) => out.map((m) => m.text).join('\n');

/** The report, answer by answer: a value types (or presses `press:<id>`) it, undefined skips the question. */
interface Report {
  relationship: string; name: string; age?: string; sex?: string; hometown?: string; passport?: string; phone?: string;
  lastHeard?: string; lastMessage?: string; country?: string; city?: string; company?: string; job?: string; recruiter?: string;
  photo?: string; harm?: string[]; callBack?: { phone?: string; times?: string };
}

async function report(p: Person, r: Report, opts: { restart?: boolean } = {}) {
  if (opts.restart) await p.send({ kind: 'command', command: 'restart' });
  else {
    await p.send({ kind: 'command', command: 'start' });
    await p.press('agree');
  }
  await p.press(SOMEONE_ELSE);
  await p.press(r.relationship);
  await p.text(r.name);
  const answer = (v: string | undefined) => (v === undefined ? p.press('skip') : p.text(v));
  await answer(r.age);
  await (r.sex ? p.press(r.sex) : p.press('skip'));
  await answer(r.hometown);
  await answer(r.passport);
  await answer(r.phone);
  await answer(r.lastHeard);
  await answer(r.lastMessage);
  await (r.country ? p.press(r.country) : p.press('skip'));
  await answer(r.city);
  await answer(r.company);
  await answer(r.job);
  await answer(r.recruiter);
  await (r.photo ? p.send({ kind: 'media', media: 'photo', fileRef: r.photo }) : p.press('skip'));
  for (const h of r.harm ?? []) await p.press(h);
  await p.press('done');
  if (r.callBack?.phone) {
    await p.press('phone');
    await p.text(r.callBack.phone);
  } else await p.press('this-chat');
  if (r.callBack?.times) {
    await p.press('times');
    await p.text(r.callBack.times);
  } else await p.press('anytime');
  return texts(await p.press('confirm'));
}

const full: Report = {
  relationship: 'parent', name: 'Siti Aminah', age: '16', sex: 'female', hometown: 'Indramayu', passport: 'C1234567',
  phone: '0812 3456 7890', lastHeard: '3 weeks ago', lastMessage: 'Mak, kerjanya bukan yang dijanjikan', country: 'KH',
  city: 'Bavet', company: 'Golden Dragon Ltd', job: 'online shop admin', recruiter: 'Pak Joko from Cirebon', photo: PHOTO,
  harm: ['held'], callBack: { phone: '0857 1111 2222', times: 'after 7 in the evening' },
};

/** Every answer of `full` as the English card shows it (quoted where it is the relative's words). */
const fullLines = [
  'Report 1 (', 'by the parent (the missing person is their child); call back by phone «0857 1111 2222», only «after 7 in the evening»',
  'Name: «Siti Aminah»', 'Age: 16 ⚠ UNDER 18', 'Sex: Woman', 'Home town: «Indramayu»', 'Passport / ID: «C1234567»',
  'Phone: «0812 3456 7890»', 'Last heard from: «', 'What they said then: «Mak, kerjanya bukan yang dijanjikan»', 'Went to: Cambodia',
  'City: «Bavet»', 'Company: «Golden Dragon Ltd»', 'Job promised: «online shop admin»', 'Recruiter: «Pak Joko from Cirebon»',
  'Photo: yes, sent on Telegram (re-sent into the case\'s topic)', "Situation: Not allowed to leave (relative's report)",
];

describe('a relative’s report on the officers’ desk', () => {
  let server: BotApiServer;
  let t: TestRedis;
  let app: App;
  let channel: TelegramChannel | undefined;
  let worker: DeskWorker | undefined;

  beforeEach(async () => {
    server = await startBotApiServer();
    server.createGroup(GROUP, { forum: true, botIsAdmin: true, title: 'KBRI duty desk' });
    t = await testRedis();
    app = createApp({ config: { dataKey: Buffer.alloc(32, 3), deploymentFile: 'data/deployment.json', conversationTtlSeconds: 3600, redis: { prefix: t.prefix } }, redis: t.redis, logger });
  });
  afterEach(async () => {
    await worker?.stop();
    await channel?.stop();
    await server.close();
    await t.cleanup();
  });

  /** The Telegram desk in English, with its worker posting cards. */
  async function startDesk() {
    const cards = createCardRenderer({ locales: app.locales, deployment: app.deployment, lang: 'en' });
    const desk = createOfficersDesk({
      chatId: GROUP, officerIds: [OFFICER], supervisorIds: [], desk: app.desk, renderer: cards, redis: t.redis, keys: app.keys,
      sealer: app.sealer, check: createAnswerCheck(app), logger, perMinute: 600,
    });
    channel = createTelegramChannel({ config: { token: TOKEN, apiRoot: server.apiRoot, maxRetryAttempts: 3, maxRetrySeconds: 5 }, logger, hotline: app.hotline, before: desk.composer });
    await channel.start();
    const board = await desk.board(channel.bot.api);
    const relay = createRelay({ redis: t.redis, keys: app.keys, sealer: app.sealer, store: app.cases, locales: app.locales, deployment: app.deployment, outbox: createOutbox({ redis: t.redis, keys: app.keys, sealer: app.sealer, logger, senders: new Map([['telegram', channel]]) }), logger });
    worker = createDeskWorker({ redis: t.redis, keys: app.keys, sealer: app.sealer, store: app.cases, relay, renderer: cards, logger, board, realertMs: { critical: 300_000, high: 1_800_000 }, supervisors: [], tickMs: 50 });
    await worker.start();
  }

  const cardOf = (caseId: string): BotMessage | undefined => server.messages(GROUP).find((m) => !m.deleted && (m.text ?? '').startsWith('🔴') && (m.text ?? '').includes(caseId));

  /** `npm run desk -- <args>` in-process, as officer `ayu`, in English. */
  async function desk(...args: string[]) {
    let stdout = '';
    const code = await runDeskCommand(['--lang', 'en', '--as', 'ayu', ...args], {
      deployment: app.deployment, locales: app.locales, keys: app.keys, sealer: app.sealer, env: {},
      connect: async () => ({ redis: t.redis, openReader: () => connectRedis({ url: inject('redisUrl'), logger, name: 'desk-watch' }), close: async () => undefined }),
      onInterrupt: () => () => undefined,
      out: { write: (chunk: string) => { stdout += chunk; return true; } },
      err: { write: () => true },
    });
    return { code, stdout };
  }

  async function cases(...args: string[]): Promise<unknown> {
    let stdout = '';
    await runCasesCommand(['--json', ...args], { out: { write: (chunk: string) => { stdout += chunk; return true; } }, open: async () => ({ cases: app.cases, close: async () => undefined }) });
    return JSON.parse(stdout);
  }

  it('shows every answer on the card in the topic, in /case, in the CLI and in the JSON listing, and re-sends the photo', async () => {
    await startDesk();
    const mum = person(app, '4242');
    const done = await report(mum, full);
    const caseId = /(KH-\w{4})/.exec(done)![1]!;

    // The card in the case's own topic.
    const card = await server.waitFor(() => cardOf(caseId), 10_000);
    for (const line of fullLines) expect(card.text).toContain(line);
    expect(card.text).toContain('Why: a minor, a minor at risk, not allowed to leave');
    // The photo, by its Telegram file id, into the same topic, once.
    const photo = await server.waitFor(() => server.calls.find((c) => c.method === 'sendPhoto'), 10_000);
    expect(photo.params.photo).toBe(PHOTO);
    expect(Number(photo.params.message_thread_id)).toBe(card.thread);
    expect(String(photo.params.caption)).toContain(`Photo of the missing person, case ${caseId} (report 1)`);

    // /case in the group: the same card, the view audited.
    server.sendGroupText(GROUP, OFFICER, `/case ${caseId}`, { firstName: 'Ayu' });
    const shown = await server.waitFor(() => server.messages(GROUP).find((m) => m.message_id !== card.message_id && (m.text ?? '').includes('Recruiter: «Pak Joko from Cirebon»')), 10_000);
    for (const line of fullLines) expect(shown.text).toContain(line);

    // npm run desk -- show
    const cli = await desk('show', caseId);
    expect(cli.code).toBe(0);
    for (const line of fullLines) expect(cli.stdout).toContain(line);
    const audit = (await t.redis.xrange(app.keys.audit, '-', '+')).map(([, f]) => `${f[1]} ${f[3]} ${f[5]}`);
    expect(audit).toEqual(expect.arrayContaining([`telegram:${OFFICER} view ${caseId}`, `cli:ayu view ${caseId}`]));

    // npm run cases -- --json --details: the whole report; without --details none of it.
    const [listed] = (await cases('--details')) as Array<{ report: Record<string, unknown> }>;
    expect(listed!.report).toMatchObject({
      relationship: 'parent', name: 'Siti Aminah', age: 16, sex: 'female', hometown: 'Indramayu', document: 'C1234567',
      phone: '0812 3456 7890', lastMessage: full.lastMessage, city: 'Bavet', company: 'Golden Dragon Ltd', job: 'online shop admin',
      recruiter: 'Pak Joko from Cirebon', photo: { media: 'photo', fileRef: PHOTO }, contact: 'phone', contactPhone: '0857 1111 2222',
      contactWhen: 'times', contactTimes: 'after 7 in the evening',
    });
    expect(typeof listed!.report.lastHeard).toBe('string');
    const plain = JSON.stringify(await cases());
    for (const secret of ['Siti', 'C1234567', 'Joko', PHOTO, '0857']) expect(plain).not.toContain(secret);
  });

  it('adds a second, mostly skipped report to the case: the first report\'s answers stay, the new ones show as new', async () => {
    const mum = person(app, '4343');
    const first = await report(mum, full);
    const caseId = /(KH-\w{4})/.exec(first)![1]!;
    // The same relative again, later: most questions skipped, a new phone number, another home town, no photo, "hurt".
    const again = await report(mum, { relationship: 'parent', name: 'siti aminah', phone: '0813 9999 0000', hometown: 'Cirebon', harm: ['hurt'] }, { restart: true });
    expect(again).toContain(`already reported this person: case ${caseId}`);
    expect(again).toContain('We added what you wrote now');

    const view = (await app.cases.get(caseId))!;
    // Nothing the second report skipped is erased; what it says differently is kept beside the first.
    expect(view.report).toMatchObject({ document: 'C1234567', recruiter: 'Pak Joko from Cirebon', hometown: 'Indramayu', phone: '0812 3456 7890', age: 16, photo: { fileRef: PHOTO }, company: 'Golden Dragon Ltd', contactPhone: '0857 1111 2222' });
    expect(view.report!.reports).toHaveLength(2);
    expect(view.report!.values!.phone!.map((v) => [v.value, v.report])).toEqual([['0812 3456 7890', 1], ['0813 9999 0000', 2]]);
    expect(view.report!.values!.document!.map((v) => v.report)).toEqual([1]);
    expect(view.country).toBe('KH');
    expect(view.situation.sort()).toEqual(['held', 'hurt']);
    expect(view.reasons).toContain('minor');

    const { stdout } = await desk('show', caseId);
    expect(stdout).toContain('⚠ Reported 2 times. New in report 2: Home town, Phone');
    expect(stdout).toContain('Passport / ID: «C1234567»');
    expect(stdout).toContain('Recruiter: «Pak Joko from Cirebon»');
    expect(stdout).toMatch(/Phone: «0812 3456 7890» \(report 1, [^)]+\)\n {2}↳ also, report 2 \([^)]+\): «0813 9999 0000» 🆕 new/);
    expect(stdout).toMatch(/Home town: «Indramayu» \(report 1, [^)]+\)\n {2}↳ also, report 2 \([^)]+\): «Cirebon» 🆕 new/);
    expect(stdout).toMatch(/Report 1 \([^)]+\): by the parent .*call back by phone «0857 1111 2222»/);
    expect(stdout).toMatch(/Report 2 \([^)]+\): by the parent .*call back in their chat \(telegram\), any time/);
    expect(stdout).toContain("Situation: Not allowed to leave (relative's report); Beaten or hurt (relative's report)");

    // Writing more after it changes none of that (the merge is the same at every update).
    await mum.text('She also has a tattoo on her left arm');
    const later = (await app.cases.get(caseId))!;
    const { notes, ...rest } = later.report!.values!;
    expect(rest).toEqual(view.report!.values);
    expect(notes?.map((v) => v.report)).toEqual([2]); // the words written after it are that report's notes
    expect(later.report!.document).toBe('C1234567');
  });

  it('says on the card that a photo sent on WhatsApp was not forwarded', async () => {
    const mum = person(app, '6281200000001@s.whatsapp.net', 'en', 'whatsapp');
    const done = await report(mum, { relationship: 'sibling', name: 'Rudi Hartono', age: '24', photo: '3EB0C4F1A2B3' });
    const caseId = /(KH-\w{4})/.exec(done)![1]!;
    const { stdout } = await desk('show', caseId);
    expect(stdout).toContain('Photo: sent on whatsapp: not forwarded (the bot keeps only the message\'s id, not the file');
    expect(createCardRenderer({ locales: app.locales, deployment: app.deployment, lang: 'en' }).reportPhotos((await app.cases.get(caseId))!)).toEqual([]);
  });
});
