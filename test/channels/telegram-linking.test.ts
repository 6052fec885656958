/**
 * Links in the officers' Telegram group, through real grammY against the loopback Bot API server, with the
 * real core, linker, desk worker and Redis: a possible link's card carries "same person" / "not" buttons;
 * pressing "same person" shows both sides on both cards; `/notlink` in a case's topic rejects a link, and
 * the pair is never proposed again. Only officers can decide.
 */
import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src/app.js';
import { linkData } from '../../src/channels/telegram/card-buttons.js';
import { createOfficersDesk } from '../../src/channels/telegram/officers-desk.js';
import { createTelegramChannel, type TelegramChannel } from '../../src/channels/telegram/telegram-channel.js';
import { createLinker, type Linker } from '../../src/cases/linker.js';
import type { PersonSender } from '../../src/core/delivery.js';
import type { ChannelName } from '../../src/core/messages.js';
import { createOutbox } from '../../src/core/outbox.js';
import { createAnswerCheck } from '../../src/officers/answer-check.js';
import { createDeskWorker, type DeskWorker } from '../../src/officers/desk-worker.js';
import { createRelay } from '../../src/officers/relay.js';
import { startBotApiServer, type BotApiServer, type BotMessage } from '../support/bot-api-server.js';
import { testRedis, type TestRedis } from '../support/redis.js';
import { person, relativeReport, selfReport } from '../support/reports.js';

const TOKEN = '123456:TEST-token-aaaaaaaaaaaaaaaaaaaa';
const logger = pino({ level: 'silent' });
const GROUP = -1001234567890;
const OFFICER = 501;
const STRANGER = 666;

let server: BotApiServer;
let t: TestRedis;
let app: App;
let channel: TelegramChannel;
let worker: DeskWorker;
let linker: Linker;

interface Button { text: string; callback_data?: string }
const buttons = (m: BotMessage | undefined): Button[] => ((m?.reply_markup ?? {}) as { inline_keyboard?: Button[][] }).inline_keyboard?.flat() ?? [];
/** A case's card: the group message whose claim button names the case. */
const cardOf = (caseId: string) => server.messages(GROUP).find((m) => buttons(m).some((b) => b.callback_data === `d:claim:${caseId}` || b.callback_data === `d:unclaim:${caseId}`));
/** How long a chain of linker, desk worker and board may take on a busy test machine. */
const SLOW = 20_000;
const callbackAnswers = () => server.calls.filter((c) => c.method === 'answerCallbackQuery').map((c) => String(c.params.text));

beforeEach(async () => {
  server = await startBotApiServer();
  server.createGroup(GROUP, { forum: true, botIsAdmin: true, title: 'KBRI duty desk' });
  t = await testRedis();
  app = createApp({ config: { dataKey: Buffer.alloc(32, 6), deploymentFile: 'data/deployment.json', conversationTtlSeconds: 3600, redis: { prefix: t.prefix } }, redis: t.redis, logger });
  const desk = createOfficersDesk({
    chatId: GROUP, officerIds: [OFFICER], supervisorIds: [], desk: app.desk, renderer: app.cards, redis: t.redis, keys: app.keys,
    sealer: app.sealer, check: createAnswerCheck(app), logger, perMinute: 600,
  });
  channel = createTelegramChannel({ config: { token: TOKEN, apiRoot: server.apiRoot, maxRetryAttempts: 3, maxRetrySeconds: 5 }, logger, hotline: app.hotline, before: desk.composer });
  await channel.start();
  const board = await desk.board(channel.bot.api);
  const senders = new Map<ChannelName, PersonSender>([['telegram', channel]]);
  const relay = createRelay({ redis: t.redis, keys: app.keys, sealer: app.sealer, store: app.cases, locales: app.locales, deployment: app.deployment, outbox: createOutbox({ redis: t.redis, keys: app.keys, sealer: app.sealer, logger, senders }), logger });
  worker = createDeskWorker({ redis: t.redis, keys: app.keys, sealer: app.sealer, store: app.cases, relay, renderer: app.cards, logger, board, realertMs: { critical: 300_000, high: 1_800_000 }, supervisors: [], tickMs: 50 });
  await worker.start();
  linker = createLinker({ redis: t.redis, keys: app.keys, sealer: app.sealer, callingCode: app.deployment.embassy.callingCode, logger, blockMs: 100 });
  await linker.start();
});

afterEach(async () => {
  await linker.stop();
  await worker.stop();
  await channel.stop();
  await server.close();
  await t.cleanup();
});

/** A relative's report and the worker's own report about the same man, linked as possible. */
async function possiblePair(): Promise<{ mother: string; self: string }> {
  const mother = await relativeReport(person(app, '9801'), { name: 'Agus Saputra', age: '23', hometown: 'Indramayu' });
  const self = await selfReport(app, person(app, '9802'), { name: 'Agus Saputra', about: '24, Indramayu' });
  await server.waitFor(() => buttons(cardOf(self)).some((b) => b.callback_data === linkData('confirm', self, mother)), 30_000); // the linker, then the desk worker: slow on a loaded machine
  return { mother, self };
}

describe('links in the officers’ Telegram group', () => {
  it('confirms a possible link with the card’s button: both cards show both sides', async () => {
    const { mother, self } = await possiblePair();
    const card = cardOf(self)!;
    expect(card.text).toContain(`❓ Mungkin sama, konfirmasi atau tolak: ${mother}, laporan orang hilang, baru: «Agus Saputra», umur 23, asal «Indramayu», Kamboja, dilaporkan orang tua`);
    expect(buttons(card).map((b) => b.text)).toEqual(expect.arrayContaining([`✓ Sama dengan ${mother}`, `✗ Bukan ${mother}`]));

    // Someone who is not an officer presses it: refused and audited, nothing changes.
    server.pressGroupButton(GROUP, STRANGER, card.message_id, linkData('confirm', self, mother));
    await server.waitFor(() => callbackAnswers().length === 1, SLOW);
    expect((await app.cases.get(self))!.possibleLinks).toEqual([mother]);

    server.pressGroupButton(GROUP, OFFICER, card.message_id, linkData('confirm', self, mother), { firstName: 'Ayu' });
    await server.waitFor(() => callbackAnswers().some((a) => a === `${self} dan ${mother} orang yang sama: kedua kartu menampilkan keduanya.`), SLOW);
    await server.waitFor(() => cardOf(self)?.text?.includes(`🔗 Orang yang sama (dikonfirmasi petugas): ${mother}, laporan orang hilang`), SLOW);
    await server.waitFor(() => cardOf(mother)?.text?.includes(`🔗 Orang yang sama (dikonfirmasi petugas): ${self}, laporan sendiri, baru: «Agus Saputra», umur 24, asal «Indramayu», Kamboja`), SLOW);
    expect(buttons(cardOf(self)).some((b) => b.callback_data?.startsWith('l:'))).toBe(false);
    const audit = (await t.redis.xrange(app.keys.audit, '-', '+')).map(([, f]) => f.join(' '));
    expect(audit.some((a) => a.includes(`officer telegram:${OFFICER} action link-confirm case ${self} result ok detail ${mother}`))).toBe(true);
    expect(audit.some((a) => a.includes('action button') && a.includes(`l:yes:${self}:${mother}`))).toBe(true);
  }, 60_000);

  it('rejects a link with /notlink in the case’s topic; the pair is not proposed again', async () => {
    const { mother, self } = await possiblePair();
    const card = cardOf(mother)!;
    server.sendGroupText(GROUP, OFFICER, `/notlink ${self.toLowerCase()}`, { threadId: card.thread, firstName: 'Ayu' });
    await server.waitFor(() => server.messages(GROUP).some((m) => m.text === `${mother} dan ${self} bukan orang yang sama: tidak akan diusulkan lagi.`), SLOW);
    await server.waitFor(() => !cardOf(mother)?.text?.includes(self) && !cardOf(self)?.text?.includes(mother), SLOW);
    expect(buttons(cardOf(mother)).some((b) => b.callback_data?.startsWith('l:'))).toBe(false);
    const rejected = (await t.redis.xrange(app.keys.audit, '-', '+')).map(([, f]) => f.join(' ')).filter((a) => a.includes('action link-reject'));
    expect(rejected).toEqual([expect.stringContaining(`officer telegram:${OFFICER} action link-reject case ${mother} result ok detail ${self}`)]);

    // The worker writes again: the case is re-linked, and the rejected pair stays apart.
    await person(app, '9802').text('mereka pindahkan kami ke gedung lain');
    await linker.processCase(self); // what the linker does with the update (also replayed: still apart)
    await linker.processCase(mother);
    expect((await app.cases.get(self))!.possibleLinks).toEqual([]);
    expect((await app.cases.get(mother))!.possibleLinks).toEqual([]);
    // Without a case number in a topic-less message, the command says how it is used.
    server.sendGroupText(GROUP, OFFICER, '/link', { firstName: 'Ayu' });
    await server.waitFor(() => server.messages(GROUP).some((m) => m.text?.startsWith('Di topik kasus: /link ID-LAIN')), SLOW);
  }, 60_000);
});
