/**
 * The officers' side of one bot process, for end-to-end tests, wired as src/main.ts wires it: the real
 * officers' desk and Telegram channel (grammY) against the loopback Bot API server, with a forum group as the
 * board, the relay to the people's channels, and the desk worker running. The worker's deadlines and the
 * relay's safe times read a clock the test moves ({@link TestClock}); everything else runs on real time.
 */
import type { Redis } from 'ioredis';
import { pino } from 'pino';
import type { App } from '../../src/app.js';
import { createAnswerCheck } from '../../src/officers/answer-check.js';
import { createOfficersDesk } from '../../src/channels/telegram/officers-desk.js';
import { createTelegramChannel, DeskUpdate, deskUpdateId, type TelegramChannel } from '../../src/channels/telegram/telegram-channel.js';
import { createRecordJournal } from '../../src/core/journal.js';
import type { PersonSender } from '../../src/core/delivery.js';
import type { ChannelName } from '../../src/core/messages.js';
import { createDeskWorker, type DeskWorker } from '../../src/officers/desk-worker.js';
import { createOutbox } from '../../src/core/outbox.js';
import { createRelay } from '../../src/officers/relay.js';
import { createRelativeDesk } from '../../src/officers/relative-desk.js';
import type { BotApiServer, BotMessage } from './bot-api-server.js';

export const TEST_BOT_TOKEN = '123456:TEST-token-aaaaaaaaaaaaaaaaaaaa';

/** The desk's time: real time moved by the test. */
export interface TestClock {
  now(): number;
  /** From now on the clock reads `at`, and runs on from there. */
  moveTo(at: number): void;
  advance(ms: number): void;
}

export function createTestClock(): TestClock {
  let offset = 0;
  return {
    now: () => Date.now() + offset,
    moveTo(at) { offset = at - Date.now(); },
    advance(ms) { offset += ms; },
  };
}

export interface OfficersGroupOptions {
  app: App;
  redis: Redis;
  server: BotApiServer;
  /** The officers' forum group (created on the server, the bot an administrator). */
  chatId: number;
  officerIds: number[];
  supervisorIds: number[];
  /** Channels of people other than Telegram (answers reach them through these). */
  senders?: ReadonlyMap<ChannelName, PersonSender>;
  realertMs?: { critical: number; high: number };
  /** Response time of a claimed case with no answer (default the worker's: 10 min / 1 h). */
  responseMs?: { critical: number; high: number };
  /** The duty roster paged by direct message (default the supervisors). */
  roster?: number[];
  /** Where the channel journals officers' updates until handled (as src/main.ts does); none: not journalled. */
  deskJournalDir?: string;
  /** The desk worker's digests and swarm digests (src/officers/board-poster.ts). */
  desk?: { swarmThreshold?: number; digestEveryMs?: number; realertEveryMs?: number };
  /** What staff are answered in a private chat (default the desk's hello; src/main.ts answers `/desk` with a web desk link). */
  staffReply?: (from: { id: number; firstName: string }, text: string) => string | Promise<string>;
}

export interface OfficersGroup {
  /** The bot's Telegram channel: the officers' group, and Telegram people's private chats. */
  channel: TelegramChannel;
  worker: DeskWorker;
  clock: TestClock;
  /** The bot's live (undeleted) messages in the group. */
  messages(): BotMessage[];
  /** The text of those messages, one after another. */
  text(): string;
  /** The case's card (the bot's message carrying a button for that case). */
  card(caseId: string): BotMessage | undefined;
  /** The case's forum topic, once its card is posted. */
  thread(caseId: string): number | undefined;
  /** The texts the bot posted in the case's topic, other than the card. */
  threadTexts(caseId: string): string[];
  /** The callback data of a message's inline buttons. */
  buttonData(message: BotMessage | undefined): string[];
  /**
   * Resolves once the desk worker has handled every deadline due by the clock now (re-alerts posted, held
   * answers released or not): it waits for a probe deadline, due now, to be taken and finished after them.
   */
  deadlinesDone(): Promise<void>;
  stop(): Promise<void>;
}

interface InlineButton { text: string; callback_data?: string }

export async function startOfficersGroup(opts: OfficersGroupOptions): Promise<OfficersGroup> {
  const { app, redis, server, chatId } = opts;
  const logger = pino({ level: process.env.OG_LOG ?? 'silent' });
  const clock = createTestClock();
  const senders = new Map<ChannelName, PersonSender>(opts.senders ?? []);
  const outbox = createOutbox({ redis, keys: app.keys, sealer: app.sealer, logger, senders });
  const desk = createOfficersDesk({
    chatId, officerIds: opts.officerIds, supervisorIds: opts.supervisorIds, desk: app.desk, renderer: app.cards, redis, keys: app.keys, sealer: app.sealer, check: createAnswerCheck(app), logger, perMinute: 600,
    relatives: createRelativeDesk({ redis, keys: app.keys, sealer: app.sealer, desk: app.desk, outbox, locales: app.locales, deployment: app.deployment, logger }),
  });
  const channel = createTelegramChannel({ config: { token: TEST_BOT_TOKEN, apiRoot: server.apiRoot, maxRetryAttempts: 3, maxRetrySeconds: 5 }, logger, hotline: app.hotline, before: desk.composer,
    // As src/main.ts wires it: officers, supervisors and the roster get a desk answer in a private chat, never an intake.
    staff: { ids: new Set([...opts.officerIds, ...opts.supervisorIds, ...(opts.roster ?? [])]), reply: opts.staffReply ?? (() => app.cards.t('desk-private-hello')) },
    deskJournal: opts.deskJournalDir ? createRecordJournal({ dir: opts.deskJournalDir, name: 'telegram-desk', sealer: app.sealer, logger, schema: DeskUpdate, idOf: deskUpdateId }) : undefined,
  });
  await channel.start();
  const board = await desk.board(channel.bot.api);
  senders.set('telegram', channel);
  // As in src/main.ts: the relay hands answers over and sends them itself; the sender loops send the rest (a new PIN).
  outbox.start();
  const relay = createRelay({ redis, keys: app.keys, sealer: app.sealer, store: app.cases, locales: app.locales, deployment: app.deployment, outbox, logger, clock: clock.now });
  const worker = createDeskWorker({
    redis, keys: app.keys, sealer: app.sealer, store: app.cases, relay, renderer: app.cards, logger, board,
    realertMs: opts.realertMs ?? { critical: 300_000, high: 1_800_000 }, responseMs: opts.responseMs, roster: opts.roster, supervisors: opts.supervisorIds, tickMs: 50,
    clock: clock.now, silence: (personId) => app.hotline.silence(personId), ...opts.desk,
  });
  await worker.start();

  const buttonData = (m: BotMessage | undefined) =>
    ((m?.reply_markup ?? {}) as { inline_keyboard?: InlineButton[][] }).inline_keyboard?.flat().map((b) => b.callback_data ?? '') ?? [];
  const messages = () => server.messages(chatId).filter((m) => !m.deleted);
  const card = (caseId: string) => messages().find((m) => buttonData(m).some((d) => d.endsWith(`:${caseId}`)) && (m.text ?? '').includes(caseId));
  const thread = (caseId: string) => card(caseId)?.thread;
  let probes = 0;
  return {
    channel,
    worker,
    clock,
    messages,
    text: () => messages().map((m) => m.text ?? '').join('\n---\n'),
    card,
    thread,
    threadTexts(caseId) {
      const topic = thread(caseId);
      const cardId = card(caseId)?.message_id;
      return topic === undefined ? [] : messages().filter((m) => m.thread === topic && m.message_id !== cardId && m.text !== undefined).map((m) => m.text!);
    },
    buttonData,
    async deadlinesDone() {
      // Deadlines are taken soonest first and handled in turn: once the probe is done, so is all before it.
      const probe = `probe:${++probes}`;
      await redis.zadd(app.keys.due, String(clock.now()), probe);
      const end = Date.now() + 5_000;
      while ((await redis.zscore(app.keys.due, probe)) !== null) {
        if (Date.now() > end) throw new Error('the desk worker did not take its due deadlines within 5 s');
        await new Promise((r) => setTimeout(r, 10));
      }
    },
    async stop() {
      await worker.stop();
      await outbox.stop();
      await channel.stop();
    },
  };
}
