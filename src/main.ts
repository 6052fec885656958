/**
 * Starts the hotline: config, logger, Redis, the enabled channels, and a guarded shutdown.
 * With no channel credentials, the console channel runs in this terminal.
 */
import { basename } from 'node:path';
import { createApp, type App } from './app.js';
import { deploymentWarnings } from './deployment.js';
import { createLinker } from './cases/linker.js';
import { createConsoleChannel } from './channels/console/console-channel.js';
import { createOfficersDesk } from './channels/telegram/officers-desk.js';
import { createTelegramChannel, DeskUpdate, deskUpdateId, type TelegramChannel } from './channels/telegram/telegram-channel.js';
import { mountTelegramWebhook } from './channels/telegram/webhook-route.js';
import { ConfigError, loadConfig, type Config } from './config.js';
import { createLogger } from './logger.js';
import type { PersonSender } from './core/delivery.js';
import type { ChannelName } from './core/messages.js';
import { createJournal, createRecordJournal } from './core/journal.js';
import { KeyringError, registerSealingKey } from './core/keyring.js';
import { createRelativeDesk } from './officers/relative-desk.js';
import { createAnswerCheck } from './officers/answer-check.js';
import { createDeskWorker, type Board } from './officers/desk-worker.js';
import { createOutbox } from './core/outbox.js';
import { createRelay } from './officers/relay.js';
import { redisTarget, resolveRedis } from './redis/connect.js';
import { createEventsTrimmer } from './redis/events-budget.js';
import { createRetention } from './cases/retention.js';
import { createMemoryWatch } from './redis/memory-watch.js';
import { channelAlertText, createChannelWatch, type WatchedChannel } from './health/channel-watch.js';
import { createHttpServer } from './health/http-server.js';
import { createMetrics } from './health/metrics.js';
import { createRoles, type RolePart } from './roles.js';
import { createDeskAuth } from './web/desk-auth.js';
import { createEventHub } from './web/desk-events.js';
import { staffReply } from './web/desk-link.js';
import { webDesk } from './web/desk-plugin.js';

let config: Config;
try {
  config = loadConfig();
} catch (err) {
  if (err instanceof ConfigError) {
    process.stderr.write(`${err.message}\n`);
    process.exit(1);
  }
  throw err;
}

// The console channel shares the terminal with the logs: keep them to warnings unless asked otherwise.
const logger = createLogger({ level: !config.telegram && !config.whatsapp && !process.env.LOG_LEVEL ? 'warn' : config.logLevel });
// Only on the console channel (src/config.ts refuses it with a real channel or in production).
if (config.dataKeyIsEphemeral) logger.warn('DATA_KEY is not set: using the public development key, for the console only. Set DATA_KEY before real use (openssl rand -base64 32).');

const store = await resolveRedis({ ...redisTarget(config.redis), dataDir: config.dataDir, logger }).catch((err: Error) => {
  logger.fatal({ err: { name: err.name, message: err.message } }, 'no Redis');
  process.stderr.write(`\n${err.message}\n`);
  process.exit(1);
});
/** What shutdown stops, in order (each timed in the log, so a slow stop names its part). */
const channels: Array<{ name: string; stop(): Promise<void> }> = [];
let stopping = false;
async function shutdown(reason: string, exitCode = 0) {
  if (stopping) return;
  stopping = true;
  logger.info({ reason }, 'shutting down');
  const force = setTimeout(() => process.exit(1), 10_000).unref();
  for (const part of channels) {
    const t0 = Date.now();
    await part.stop().catch((err) => logger.error({ err, part: part.name }, 'stopping a part failed'));
    logger.info({ part: part.name, ms: Date.now() - t0 }, 'stopped');
  }
  await store.stop().catch((err) => logger.error({ err }, 'redis stop failed'));
  clearTimeout(force);
  logger.flush();
  process.exit(exitCode);
}
process.once('SIGINT', () => void shutdown('SIGINT'));
process.once('SIGTERM', () => void shutdown('SIGTERM'));

let app: App;
try {
  app = createApp({ config, redis: store.redis, logger });
} catch (err) {
  // A deployment file or locale that does not validate: say what is wrong, stop the Redis we started.
  process.stderr.write(`${(err as Error).message}\n`);
  await shutdown('invalid deployment or locales', 1);
  throw err; // not reached: shutdown exits
}
// Person ids are in Redis key names: a different person-id key would orphan every conversation.
try {
  await registerSealingKey({ redis: store.redis, keys: app.keys, sealer: app.sealer });
} catch (err) {
  process.stderr.write(`${(err as Error).message}\n`);
  await shutdown(err instanceof KeyringError ? 'person-id key does not match' : 'could not check the keys', 1);
  throw err; // not reached: shutdown exits
}

// Numbers the embassy has not confirmed are never shown to a person: say so at every start until they are.
for (const warning of deploymentWarnings(app.deployment, basename(config.deploymentFile, '.json'))) logger.warn(warning);

// Health, readiness and metrics on one HTTP server (HTTP_HOST:HTTP_PORT), up before the channels connect:
// readiness says which of them is not connected yet. The webhook and the web desk mount on it too.
const watched: WatchedChannel[] = [];
const enabled: ChannelName[] = [...(config.telegram ? ['telegram' as const] : []), ...(config.whatsapp ? ['whatsapp' as const] : [])];
const links = () => watched.map((c) => ({ name: c.name, ...c.link() }));
const metrics = createMetrics({ redis: store.redis, keys: app.keys, logger, channels: enabled.length ? enabled : ['console'], links });
let starting = true; // until every part below has started: not ready
const http = createHttpServer({ ...config.http, redis: store.redis, links, metrics, logger, starting: () => starting });
// Webhook mode: Telegram posts updates here (answered once committed); before the channel started, 503.
let telegram: TelegramChannel | undefined;
const webhook = config.telegram?.webhook;
if (webhook) mountTelegramWebhook(http.app, { ...webhook, logger, intake: () => telegram, count: (outcome) => metrics.webhookRequest(outcome) });
// The officers' web desk at /desk (src/web/): signed in with one-time links, live from the events stream.
const officerRoles = new Map<string, 'officer' | 'supervisor'>([
  ...config.officers.officerIds.map((id) => [`telegram:${id}`, 'officer'] as const),
  ...config.officers.supervisorIds.map((id) => [`telegram:${id}`, 'supervisor'] as const),
]);
const roleOf = (officerId: string) => officerRoles.get(officerId);
const deskAuth = createDeskAuth({ redis: store.redis, keys: app.keys });
const deskHub = createEventHub({ redis: store.redis, keys: app.keys, logger });
let httpPort = config.http.port;
const deskBase = () => config.deskPublicUrl ?? `http://${config.http.host.includes(':') ? `[${config.http.host}]` : config.http.host}:${httpPort}`;
await http.app.register(webDesk, {
  redis: store.redis, keys: app.keys, sealer: app.sealer, deployment: app.deployment, locales: app.locales, desk: app.desk, cards: app.cards,
  check: createAnswerCheck(app), auth: deskAuth, hub: deskHub, logger, roleOf, listedOfficers: () => [...officerRoles.keys()], secure: (config.deskPublicUrl ?? '').startsWith('https://'),
});
channels.push({ name: 'web desk events', stop: () => deskHub.stop() });
try {
  httpPort = await http.start();
} catch (err) {
  const inUse = (err as NodeJS.ErrnoException).code === 'EADDRINUSE';
  process.stderr.write(`${inUse ? `HTTP_PORT ${config.http.port} on ${config.http.host} is in use: set HTTP_PORT to a free port (0 picks one).` : `HTTP server did not start: ${(err as Error).message}`}\n`);
  await shutdown('http server did not start', 1);
}
channels.push({ name: 'http', stop: () => http.stop() });
// Every message counted and timed (src/health/metrics.ts).
const hotline = metrics.instrumentHotline(app.hotline);

// Channels people write on; each is also how officers' answers reach its people. Every message to a
// person waits in the outbox until its channel took it.
const senders = new Map<ChannelName, PersonSender>();
const outbox = createOutbox({ redis: store.redis, keys: app.keys, sealer: app.sealer, logger, senders, retryMaxMs: config.outboxRetryMaxMs });
let board: Board | undefined;
if (config.telegram) {
  const { chatId, officerIds, supervisorIds, groupPostsPerMinute } = config.officers;
  const officersDesk = chatId === undefined
    ? undefined
    : createOfficersDesk({
      chatId, officerIds, supervisorIds, desk: app.desk, renderer: app.cards, redis: store.redis, keys: app.keys, sealer: app.sealer, check: createAnswerCheck(app), logger, perMinute: groupPostsPerMinute,
      // What a relative's status check tells, and a new PIN after a forgotten one (sent through the outbox).
      relatives: createRelativeDesk({ redis: store.redis, keys: app.keys, sealer: app.sealer, desk: app.desk, outbox, locales: app.locales, deployment: app.deployment, logger, eventsMaxLen: config.events?.maxLen }),
    });
  telegram = createTelegramChannel({
    config: config.telegram,
    logger,
    hotline,
    intake: metrics,
    trail: app.trail,
    outbox,
    before: officersDesk?.composer,
    // Officers, supervisors and the roster press Start in a private chat so that the bot can page them: no intake.
    // `/desk` there answers a one-time sign-in link to the web desk (officers and supervisors).
    staff: officersDesk || officerRoles.size > 0
      ? {
        ids: new Set([...officerIds, ...supervisorIds, ...config.officers.roster]),
        reply: staffReply({ auth: deskAuth, t: app.cards.t, base: deskBase, roleOf, hello: () => app.cards.t('desk-private-hello') }),
      }
      : undefined,
    cover: app.deployment.cover,
    // Every message is on disk before Telegram hears it was taken; replayed after a crash or a Redis outage.
    journal: createJournal({ dir: config.journal.dir, name: 'telegram', sealer: app.sealer, logger, compactBytes: config.journal.compactBytes }),
    // And every officer's update until its handler finished: a kill loses no /reply.
    deskJournal: createRecordJournal({ dir: config.journal.dir, name: 'telegram-desk', sealer: app.sealer, logger, compactBytes: config.journal.compactBytes, schema: DeskUpdate, idOf: deskUpdateId }),
    store: store.redis,
    onFatal: () => void shutdown('telegram polling stopped', 1),
  });
  const started = telegram;
  channels.push({ name: 'telegram', stop: () => started.stop() });
  senders.set('telegram', metrics.instrumentSender(started));
  watched.push({ name: 'telegram', link: () => started.link() });
  await started.start();
  board = await officersDesk?.board(started.bot.api);
}
if (config.whatsapp) {
  // Baileys and its dependencies (protobufs, libsignal, a WebSocket client) are loaded only when WhatsApp
  // is on: a Telegram-only or console hotline holds about 50 MB less without them.
  const { createWhatsAppChannel } = await import('./channels/whatsapp/whatsapp-channel.js');
  // Runs in one process per linked number (a second one is reported as "replaced" and stops).
  const whatsapp = createWhatsAppChannel({
    config: config.whatsapp,
    logger,
    hotline,
    intake: metrics,
    trail: app.trail,
    outbox,
    redis: store.redis,
    keys: app.keys,
    sealer: app.sealer,
    // Every message is on disk before it is handled; replayed after a crash or a Redis outage.
    journal: createJournal({ dir: config.journal.dir, name: 'whatsapp', sealer: app.sealer, logger, compactBytes: config.journal.compactBytes }),
  });
  channels.push({ name: 'whatsapp', stop: () => whatsapp.stop() });
  senders.set('whatsapp', metrics.instrumentSender(whatsapp));
  watched.push({ name: 'whatsapp', link: () => whatsapp.link() });
  await whatsapp.start();
}
if (!config.telegram && !config.whatsapp) {
  const terminal = createConsoleChannel({ hotline, logger, languageHint: process.env.LANG?.slice(0, 2) });
  channels.push({ name: 'console', stop: () => terminal.stop() });
  senders.set('console', terminal);
  watched.push({ name: 'console', link: () => ({ connected: true }) });
  await terminal.start();
  void terminal.closed.then(() => shutdown('end of input'));
}

// The outbox's sender loops, one per channel; stopped before the channels they send through.
outbox.start();
channels.unshift({ name: 'outbox', stop: () => outbox.stop() });

// The officers' desk: cards in the officers' group (when configured), re-alerts, and answers relayed
// to people. Stopped first on shutdown, before the channels it sends through.
if (config.officers.chatId !== undefined) {
  // Claims of officers no longer listed would never be worked: freed (audited), so their re-alerts start again.
  const listed = new Set([...config.officers.officerIds, ...config.officers.supervisorIds].map((id) => `telegram:${id}`));
  const freed = await app.desk.freeClaims((officerId) => listed.has(officerId));
  if (freed.length) logger.warn({ freed }, 'claims of officers no longer listed were freed');
}
// The single-process roles: whichever process holds the roles lease (`<prefix>roles:lease`) runs them, the
// others stand by and take over within ROLES_LEASE_SECONDS when it dies (at once when it shuts down).
const telegramWorks = () => watched.find((c) => c.name === 'telegram')?.link().connected ?? false;
/** Builds and starts the roles, each added to `started` once it runs (stopped in reverse on losing the lease). */
async function startRoles(started: RolePart[]): Promise<void> {
  // The desk worker: cards in the officers' group (when configured), re-alerts, and answers relayed to people.
  const desk = createDeskWorker({
    redis: store.redis,
    keys: app.keys,
    sealer: app.sealer,
    store: app.cases,
    relay: createRelay({ redis: store.redis, keys: app.keys, sealer: app.sealer, store: app.cases, eventsMaxLen: config.events.maxLen, locales: app.locales, deployment: app.deployment, outbox, logger, releaseQuietMs: config.releaseQuietMs }),
    renderer: app.cards,
    logger,
    board,
    realertMs: config.officers.realertMs,
    responseMs: config.officers.responseMs,
    roster: config.officers.roster,
    supervisors: config.officers.supervisorIds,
    silence: (personId) => app.hotline.silence(personId),
    erase: (personId) => app.trail.eraseDue(personId),
  });
  await desk.start();
  started.push({ name: 'desk worker', stop: () => desk.stop() });

  // The linker: links cases about the same person (same phone or passport; same name, age and country as a
  // possible match) for the officers' cards. Reads the events stream through its own consumer group.
  const linker = createLinker({ redis: store.redis, keys: app.keys, sealer: app.sealer, logger, eventsMaxLen: config.events.maxLen, callingCode: app.deployment.embassy.callingCode });
  await linker.start();
  started.push({ name: 'linker', stop: () => linker.stop() });

  // Retention: finished cases deleted after RETENTION_DAYS, the audit trail trimmed.
  const retention = createRetention({ redis: store.redis, keys: app.keys, logger, retentionMs: config.retentionMs, auditMaxMs: config.auditMaxMs, maxLen: config.events.maxLen, sealer: app.sealer });
  retention.start();
  started.push({ name: 'retention', stop: () => retention.stop() });

  // Bounded memory: the events stream trimmed to its budget, and the officers told before Redis is full.
  const memory = createMemoryWatch({
    redis: store.redis, reportedKey: app.keys.memoryReported, logger, marginBytes: config.redisMemoryMarginBytes, eventsMaxBytes: config.events.maxBytes,
    trimmer: createEventsTrimmer({ redis: store.redis, keys: app.keys, budget: config.events, logger }),
    report: async ({ level, state }) => {
      const mb = (bytes: number) => Math.round(bytes / 1048576);
      await board?.postGeneral(app.cards.t(level === 100 ? 'desk-memory-full' : 'desk-memory', { percent: Math.floor(state.percent), usedMb: mb(state.used), limitMb: mb(state.limit) }));
    },
  });
  await memory.start();
  started.push({ name: 'memory watch', stop: () => memory.stop() });

  // A channel that dies or stays down (token revoked, WhatsApp logged out, network down over a minute): the
  // officers are told in their group (when Telegram works) and on the events stream (the CLI desk's watch).
  const channelWatch = createChannelWatch({
    redis: store.redis, keys: app.keys, channels: watched, logger, eventsMaxLen: config.events.maxLen,
    tell: async (alert) => {
      if (board && telegramWorks()) await board.postGeneral(channelAlertText(app.cards.t, alert, Date.now()));
    },
  });
  channelWatch.start();
  started.push({ name: 'channel watch', stop: () => channelWatch.stop() });
}
const roles = createRoles({ redis: store.redis, key: app.keys.rolesLease, ttlMs: config.rolesLeaseMs, logger, start: startRoles, onHeld: (held) => metrics.rolesLeaseHeld(held) });
/** Stops the roles if they run here and releases the lease: another process takes them over at once. */
const stopRoles = () => roles.stop();
await roles.start();
// Stopped before the channels the desk sends through.
channels.unshift({ name: 'roles', stop: stopRoles });
// Stopped first: no new request (webhook) while the rest winds down.
channels.unshift(channels.splice(channels.findIndex((part) => part.name === 'http'), 1)[0]!);
starting = false;
