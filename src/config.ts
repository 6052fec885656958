/**
 * Configuration: environment variables validated once, by one zod schema, at start-up.
 * A bad value fails with the variable's name and what to do next.
 */
import path from 'node:path';
import { z } from 'zod';
import { deploymentFileOf, knownDeployments } from './deployment.js';
import type { WhatsAppConfig } from './channels/whatsapp/whatsapp-channel.js';
import { eventsBudget, type EventsBudget } from './redis/events-budget.js';

const optionalString = z
  .string()
  .trim()
  .transform((s) => (s === '' ? undefined : s))
  .optional();

const idList = z
  .string()
  .trim()
  .optional()
  .transform((s, ctx) => {
    if (!s) return [] as number[];
    const ids = s.split(',').map((part) => Number(part.trim()));
    if (ids.some((id) => !Number.isSafeInteger(id))) {
      ctx.addIssue({ code: 'custom', message: 'must be comma-separated Telegram numeric user ids, e.g. 12345,67890' });
      return z.NEVER;
    }
    return ids;
  });

/** A Redis server's address as an operator writes it. */
export interface HostPort {
  host: string;
  port: number;
}

/** `host:port,host:port` (IPv6 as `[::1]:26379`): at least one. */
function hostPortList(name: string) {
  return z.string().transform((s, ctx) => {
    const out: HostPort[] = [];
    for (const part of s.split(',').map((p) => p.trim()).filter((p) => p !== '')) {
      const m = /^(?:\[([0-9a-fA-F:.]+)\]|([\w.-]+)):(\d{1,5})$/.exec(part);
      const port = m ? Number(m[3]) : 0;
      if (!m || port < 1 || port > 65_535) {
        ctx.addIssue({ code: 'custom', message: `"${part}" is not host:port; write ${name}=10.0.0.1:26379,10.0.0.2:26379` });
        return z.NEVER;
      }
      out.push({ host: m[1] ?? m[2]!, port });
    }
    if (out.length === 0) {
      ctx.addIssue({ code: 'custom', message: `must list at least one host:port, e.g. ${name}=10.0.0.1:26379` });
      return z.NEVER;
    }
    return out;
  });
}

/** 32 random bytes in base64, as `openssl rand -base64 32` prints them. */
const base64Key = z.string().regex(/^[A-Za-z0-9+/]{43}=$/, 'must be 32 random bytes in base64: run `openssl rand -base64 32`');

/** A yes/no variable: true/false, 1/0, yes/no (any case); empty means the default. */
const flag = (fallback: boolean) =>
  z
    .string()
    .trim()
    .optional()
    .transform((s, ctx) => {
      if (!s) return fallback;
      const v = s.toLowerCase();
      if (['true', '1', 'yes', 'on'].includes(v)) return true;
      if (['false', '0', 'no', 'off'].includes(v)) return false;
      ctx.addIssue({ code: 'custom', message: 'must be true or false' });
      return z.NEVER;
    });

/** The longest auto-delete time: 47 hours, an hour inside Telegram's 48-hour limit for bots. */
export const CHAT_ERASE_MAX_MINUTES = 47 * 60;

const ConfigSchema = z.object({
  TELEGRAM_BOT_TOKEN: optionalString.pipe(
    z
      .string()
      .regex(/^\d+:[\w-]{20,}$/, 'must look like 123456:ABC-DEF… (get one from @BotFather), or be left unset for the console')
      .optional(),
  ),
  TELEGRAM_API_ROOT: z.url({ message: 'must be a URL such as https://api.telegram.org' }).default('https://api.telegram.org'),
  // Short, in-call retries only: the outbox waits out longer retry_afters and outages, keeping the message.
  TELEGRAM_MAX_RETRY_SECONDS: z.coerce.number().int().min(1).max(3600).default(5),
  TELEGRAM_MAX_RETRY_ATTEMPTS: z.coerce.number().int().min(0).max(20).default(2),
  OUTBOX_RETRY_MAX_SECONDS: z.coerce.number().int().min(1).max(3600).default(30),
  TELEGRAM_MAX_IN_FLIGHT: z.coerce.number().int().min(1).max(10_000).default(32),
  // Webhook mode (src/channels/telegram/webhook-route.ts): both or neither; unset, long polling.
  TELEGRAM_WEBHOOK_URL: optionalString.pipe(z.url({ protocol: /^https?$/, message: 'must be the public https:// URL Telegram posts updates to, e.g. https://bot.example.org/telegram' }).optional()),
  TELEGRAM_WEBHOOK_SECRET: optionalString.pipe(
    z.string().regex(/^[A-Za-z0-9_-]{16,256}$/, 'must be 16 to 256 letters, digits, "_" or "-" (make one with `openssl rand -hex 32`)').optional(),
  ),
  WEBHOOK_ANSWER_MS: z.coerce.number({ message: 'must be a number of milliseconds, e.g. 25000' }).int().min(100).max(55_000).default(25_000),
  // The roles lease (src/redis/lease.ts): how long a dead holder keeps the single-process roles, seconds.
  ROLES_LEASE_SECONDS: z.coerce.number({ message: 'must be a number of seconds, e.g. 30' }).min(0.3).max(600).default(30),
  INTAKE_BACKLOG: z.coerce.number().int().min(1).max(1000).default(8),
  REPLIES_PER_10S: z.coerce.number().int().min(1).max(1000).default(20),
  JOURNAL_DIR: optionalString,
  JOURNAL_COMPACT_KB: z.coerce.number().int().min(16).max(1_048_576).default(1024),
  REDIS_URL: optionalString.pipe(z.url({ message: 'must be a redis:// or rediss:// URL' }).optional()),
  // Redis Sentinel (README "Redis: Sentinel or Cluster"): the sentinels to ask where the primary is.
  REDIS_SENTINELS: optionalString.pipe(hostPortList('REDIS_SENTINELS').optional()),
  REDIS_SENTINEL_NAME: z.string().trim().regex(/^[\w.-]{1,64}$/, 'must be the name the sentinels monitor the primary under, e.g. mymaster').default('mymaster'),
  REDIS_SENTINEL_PASSWORD: optionalString,
  // Redis Cluster: some of its nodes; ioredis learns the rest.
  REDIS_CLUSTER_NODES: optionalString.pipe(hostPortList('REDIS_CLUSTER_NODES').optional()),
  REDIS_PASSWORD: optionalString,
  // Unset: `hotline:`, or on a Redis Cluster `hotline:{<deployment>}:` (one hash tag: one slot).
  REDIS_PREFIX: optionalString.pipe(
    z
      .string()
      .regex(/^[\w.:{}-]{1,48}$/, 'use 1–48 letters, digits, ".", ":", "_", "-" and one {hash tag}, e.g. "hotline:" or "hotline:{kh}:"')
      .refine((p) => /^[^{}]*(\{[\w.:-]+\}[^{}]*)?$/.test(p), 'may hold one {hash tag} of letters, digits, ".", ":", "_" or "-", e.g. "hotline:{kh}:"')
      .optional(),
  ),
  DATA_KEY: optionalString.pipe(base64Key.optional()),
  DATA_KEYS: optionalString.pipe(
    z
      .string()
      .transform((s) => s.split(',').map((k) => k.trim()).filter((k) => k !== ''))
      .pipe(z.array(base64Key).min(1, 'must list at least one key').refine((ks) => new Set(ks).size === ks.length, 'lists the same key twice'))
      .optional(),
  ),
  PERSON_ID_KEY: optionalString.pipe(base64Key.optional()),
  DATA_DIR: z.string().default('./data'),
  /** A deployment by name: deployments/<name>.json (`npm start -- --deployment <name>` wins over it). */
  DEPLOYMENT: optionalString.pipe(z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'a name of deployments/, e.g. ph-phnom-penh').optional()),
  /** A deployment file by path, when no DEPLOYMENT name is given. */
  DEPLOYMENT_FILE: z.string().default('./data/deployment.json'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  OFFICERS_CHAT_ID: optionalString.pipe(
    z.string().regex(/^-?\d+$/, 'must be the numeric chat id of the officers\' group, e.g. -1001234567890').transform(Number).optional(),
  ),
  OFFICER_IDS: idList,
  SUPERVISOR_IDS: idList,
  DESK_REALERT_CRITICAL_MINUTES: z.coerce.number().min(0.05).max(1440).default(5),
  DESK_REALERT_HIGH_MINUTES: z.coerce.number().min(0.05).max(10_080).default(30),
  DESK_RESPONSE_CRITICAL_MINUTES: z.coerce.number().min(0.05).max(1440).default(10),
  DESK_RESPONSE_HIGH_MINUTES: z.coerce.number().min(0.05).max(10_080).default(60),
  DESK_ROSTER: idList,
  DESK_GROUP_POSTS_PER_MINUTE: z.coerce.number().int().min(1).max(60).default(20),
  CONVERSATION_TTL_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  INTAKE_SILENCE_MINUTES: z.coerce.number().min(0.05).max(1440).default(30),
  SUSPECT_QUIET_HOURS: z.coerce.number().min(0.01).max(720).default(12),
  RELEASE_QUIET_HOURS: z.coerce.number().min(0.01).max(720).default(12),
  CANT_TALK_MINUTES: z.coerce.number().min(0.05).max(10_080).default(30),
  // Telegram lets a bot delete a message only within 48 hours of sending it: the last hour is left for a
  // restart or an outage. No "off": an empty or mistyped value must never leave every chat on the phone.
  CHAT_ERASE_MINUTES: z.coerce
    .number({ message: 'must be a number of minutes, e.g. 240 (4 hours)' })
    .min(0.05, 'must be at least 0.05 (3 seconds)')
    .max(CHAT_ERASE_MAX_MINUTES, `must be at most ${CHAT_ERASE_MAX_MINUTES} (47 hours): Telegram bots cannot delete messages older than 48 hours`)
    .default(240),
  // Bounded memory (README "Configuration"; docs/redis-layout.md, the events stream's budget).
  EVENTS_MAX_MB: z.coerce.number({ message: 'must be a number of megabytes, e.g. 256' }).min(1).max(65_536).default(256),
  EVENTS_MAX_DAYS: z.coerce.number({ message: 'must be a number of days, e.g. 30' }).min(1).max(3650).default(30),
  // Retention (src/cases/retention.ts): finished cases deleted after this many days, the audit trail trimmed.
  RETENTION_DAYS: z.coerce.number({ message: 'must be a number of days, e.g. 90' }).min(1).max(36_500).default(90),
  AUDIT_MAX_DAYS: z.coerce.number({ message: 'must be a number of days, e.g. 365' }).min(1).max(36_500).default(365),
  REDIS_MEMORY_MARGIN_MB: z.coerce.number({ message: 'must be a number of megabytes, e.g. 64' }).min(0).max(1_048_576).default(64),
  NODE_ENV: z.string().default('development'),
  // The process's HTTP server: /healthz, /readyz, /metrics (src/health/http-server.ts). 0 picks a free port.
  HTTP_PORT: z.coerce.number({ message: 'must be a port number, e.g. 8080' }).int().min(0, 'must be a port number from 0 to 65535').max(65_535, 'must be a port number from 0 to 65535').default(8080),
  DESK_PUBLIC_URL: z
    .string()
    .trim()
    .url('must be the address officers open the web desk at, e.g. https://desk.example.org (no path)')
    .refine((u) => /^https?:\/\/[^/]+\/?$/.test(u), 'must be http(s)://host[:port] with no path, e.g. https://desk.example.org')
    .optional(),
  HTTP_HOST: z.string().trim().min(1).regex(/^[\w.:-]+$/, 'must be an address to listen on, e.g. 127.0.0.1 (this machine only) or 0.0.0.0 (every interface)').default('127.0.0.1'),
  // --- WhatsApp channel ---
  WHATSAPP_ENABLED: flag(false),
  WHATSAPP_SESSION: z
    .string()
    .regex(/^[\w.-]{1,32}$/, 'use 1–32 letters, digits, ".", "_" or "-", e.g. "default"')
    .default('default'),
  WHATSAPP_CHAT_INTERVAL_MS: z.coerce.number().int().min(0).max(60_000).default(1000),
  WHATSAPP_SENDS_PER_SECOND: z.coerce.number().min(0.1).max(100).default(5),
  WHATSAPP_READ_RECEIPTS: flag(true),
  WHATSAPP_MAX_IN_FLIGHT: z.coerce.number().int().min(1).max(10_000).default(32),
  WHATSAPP_RECONNECT_MAX_SECONDS: z.coerce.number().int().min(1).max(3600).default(60),
  WHATSAPP_LIBRARY_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('silent'),
});

export interface Config {
  telegram?: {
    token: string; apiRoot: string; maxRetrySeconds: number; maxRetryAttempts: number; maxInFlight: number;
    /** Messages one chat may have waiting before what it sends is merged. */
    backlog: number;
    /** Replies to one chat in 10 s before repeated ones are held back. */
    repliesPer10s: number;
    /** Webhook mode (TELEGRAM_WEBHOOK_URL and TELEGRAM_WEBHOOK_SECRET); absent: long polling. */
    webhook?: TelegramWebhookConfig;
  };
  /** Where each inbound message is kept until committed (replayed after a crash or a Redis outage). */
  journal: { dir: string; compactBytes: number };
  redis: RedisConfig;
  /** 32-byte AES-256-GCM key for personal data at rest: the newest of `dataKeys`, what new values are sealed with. */
  dataKey: Buffer;
  /** Every data key, newest first (DATA_KEYS, or DATA_KEY alone): a value sealed with any of them opens. */
  dataKeys: Buffer[];
  /** The key of person ids and the other keyed hashes in Redis key names: PERSON_ID_KEY, else the oldest data key. */
  personIdKey: Buffer;
  /** True when no key was set and the development key is used: only for the console channel, never in production. */
  dataKeyIsEphemeral: boolean;
  dataDir: string;
  deploymentFile: string;
  logLevel: string;
  officers: {
    chatId?: number;
    officerIds: number[];
    supervisorIds: number[];
    /** Re-alert an unclaimed critical / high case after this long, in ms. */
    realertMs: { critical: number; high: number };
    /** Re-alert a claimed critical / high case that has no answer to the person this long after the claim, in ms. */
    responseMs: { critical: number; high: number };
    /** Who is paged by direct message at each re-alert after the group's, in order, then round again (default: the supervisors). */
    roster: number[];
    /** Posts a minute the desk makes in the officers' group (Telegram allows about 20). */
    groupPostsPerMinute: number;
  };
  conversationTtlSeconds: number;
  /** A report left this long before "send" becomes a case with what it has (marked unfinished), in ms. */
  intakeSilenceMs: number;
  /** With a case open, changes sent after this long a silence are flagged as possibly someone else's, in ms. */
  suspectQuietMs: number;
  /** Without a code word, a typed message after this long a silence does not show officers' answers, in ms. */
  releaseQuietMs: number;
  /** Without a code word, "can't talk" ends with a message typed at least this long after it, in ms. */
  cantTalkMs: number;
  /** Every message of a conversation, both sides, is deleted from the chat this long after it was sent, in ms. */
  chatEraseMs: number;
  /** The events stream's budget: entry cap every XADD trims to, size and age the trimmer keeps it within. */
  events: EventsBudget;
  /** A finished case (resolved, duplicate, closed) is deleted this long after it was finished, ms (RETENTION_DAYS). */
  retentionMs: number;
  /** Audit entries older than this are trimmed, ms (AUDIT_MAX_DAYS). */
  auditMaxMs: number;
  /** Start-up warns when Redis `maxmemory` leaves less than this free over what is used, bytes. */
  redisMemoryMarginBytes: number;
  /** Longest wait between two tries of a message the channel could not take (network, 5xx), in ms. */
  outboxRetryMaxMs: number;
  production: boolean;
  /** The HTTP server's address: health, readiness, metrics. */
  http: { host: string; port: number };
  /** How long the roles lease lasts without renewal (renewed every third of it), ms. */
  rolesLeaseMs: number;
  /** DESK_PUBLIC_URL: where officers open the web desk (sign-in links start with it); unset: http://HTTP_HOST:<port>. */
  deskPublicUrl?: string;
  /** Present when WHATSAPP_ENABLED is true. */
  whatsapp?: WhatsAppConfig;
}

/** Webhook mode: where Telegram posts, the secret it sends, and how long an update may take to be safely in. */
export interface TelegramWebhookConfig {
  url: string;
  /** The URL's path: the route on the HTTP server (behind a proxy that keeps the path). */
  path: string;
  secret: string;
  /** Longest wait for an update's commit before answering 500 (Telegram then sends it again), ms. */
  answerMs: number;
}

/** Where Redis is: one server (`url`, or none: found or started locally), or a primary found through Sentinel. */
export interface RedisConfig {
  url?: string;
  prefix: string;
  /** REDIS_CLUSTER_NODES: when set, a Redis Cluster (and `prefix` has a hash tag). */
  cluster?: { nodes: HostPort[] };
  /** REDIS_SENTINELS: when set, the primary is asked of these sentinels and failover is followed. */
  sentinel?: { sentinels: HostPort[]; name: string; password?: string };
  /** REDIS_PASSWORD: the data servers' password (under Sentinel, or for a REDIS_URL that has none). */
  password?: string;
  /**
   * Replicas a commit waits for (WAIT) before its replies go out: 1 under Sentinel, where a write only the
   * dead primary had is lost at failover; 0 otherwise.
   */
  waitReplicas: number;
}

/** A configuration problem, with one line per variable saying what to fix. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Configuration is not valid:\n${problems.map((p) => `  - ${p}`).join('\n')}\nSee .env.example for every variable.`);
    this.name = 'ConfigError';
  }
}

/**
 * Development-only fallback key, so `npm start` works without setup on the console channel. It is public
 * (it is in this file): refused with NODE_ENV=production and with any real channel, whatever NODE_ENV says.
 */
const DEV_KEY = Buffer.from('hotline-development-key-not-secret!!').subarray(0, 32);

/** A deployment's name as a hash tag: `{ph-phnom-penh}`'s inside, letters, digits and "-" only. */
function clusterTag(deployment: string): string {
  return deployment.toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 32) || 'hotline';
}

/** Where the deployments are, one `<name>.json` each. */
export const DEPLOYMENTS_DIR = './deployments';

/** `--deployment <name>` or `--deployment=<name>` among the command's arguments. */
function deploymentArgument(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--deployment') return argv[i + 1] ?? '';
    if (a.startsWith('--deployment=')) return a.slice('--deployment='.length);
  }
  return undefined;
}

/**
 * The deployment file: `--deployment <name>`, else `DEPLOYMENT=<name>` (deployments/<name>.json), else
 * `DEPLOYMENT_FILE`. An unknown name stops the start with the names known.
 */
function deploymentFile(name: string | undefined, file: string, dir: string): string {
  if (name === undefined) return file;
  const found = deploymentFileOf(dir, name);
  if (!found) {
    const known = knownDeployments(dir);
    throw new ConfigError([`deployment "${name}": no such deployment in ${dir} (known: ${known.length ? known.join(', ') : 'none'})`]);
  }
  return found;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, argv: readonly string[] = process.argv.slice(2), deploymentsDir = DEPLOYMENTS_DIR): Config {
  // `NAME=` (as .env.example lists them, and as docker compose passes an unset one) means "not set": the default.
  const given = new Proxy(env, {
    get: (target, key) => {
      const value: unknown = Reflect.get(target, key);
      return typeof value === 'string' && value.trim() === '' ? undefined : value;
    },
  });
  const parsed = ConfigSchema.safeParse(given);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((issue) => `${issue.path.join('.') || 'environment'}: ${issue.message}`));
  }
  const e = parsed.data;
  const production = e.NODE_ENV === 'production';
  if (e.DATA_KEY && e.DATA_KEYS) {
    throw new ConfigError(['DATA_KEY, DATA_KEYS: set only one (DATA_KEYS lists every key, newest first; move DATA_KEY into it)']);
  }
  const given64 = e.DATA_KEYS ?? (e.DATA_KEY ? [e.DATA_KEY] : []);
  if (given64.length === 0) {
    const channel = e.TELEGRAM_BOT_TOKEN ? 'TELEGRAM_BOT_TOKEN is set' : e.WHATSAPP_ENABLED ? 'WHATSAPP_ENABLED is on' : production ? 'NODE_ENV is production' : undefined;
    if (channel) {
      throw new ConfigError([
        `DATA_KEY: required because ${channel}. Personal data is encrypted with it, and without it the public development key would be used. ` +
          'Make one with `openssl rand -base64 32`, set DATA_KEY to what it prints, and keep a copy somewhere safe: without it nothing stored can be read',
      ]);
    }
  }
  if (!!e.TELEGRAM_WEBHOOK_URL !== !!e.TELEGRAM_WEBHOOK_SECRET) {
    throw new ConfigError([
      `${e.TELEGRAM_WEBHOOK_URL ? 'TELEGRAM_WEBHOOK_SECRET' : 'TELEGRAM_WEBHOOK_URL'}: required because ${e.TELEGRAM_WEBHOOK_URL ? 'TELEGRAM_WEBHOOK_URL' : 'TELEGRAM_WEBHOOK_SECRET'} is set: webhook mode needs both (the URL Telegram posts to and the secret it sends), long polling neither`,
    ]);
  }
  if (e.TELEGRAM_WEBHOOK_URL && !e.TELEGRAM_BOT_TOKEN) {
    throw new ConfigError(['TELEGRAM_WEBHOOK_URL: set TELEGRAM_BOT_TOKEN too (webhook mode is for the Telegram channel), or unset it']);
  }
  const deployment = deploymentArgument(argv) ?? e.DEPLOYMENT ?? path.basename(e.DEPLOYMENT_FILE).replace(/\.json$/, '');
  if (e.REDIS_CLUSTER_NODES && (e.REDIS_URL || e.REDIS_SENTINELS)) {
    throw new ConfigError([`REDIS_CLUSTER_NODES, ${e.REDIS_URL ? 'REDIS_URL' : 'REDIS_SENTINELS'}: set only one (a Redis Cluster fails over by itself: give some of its nodes in REDIS_CLUSTER_NODES)`]);
  }
  if (e.REDIS_CLUSTER_NODES && e.REDIS_PREFIX && !e.REDIS_PREFIX.includes('{')) {
    throw new ConfigError([
      `REDIS_PREFIX: on a Redis Cluster the prefix needs a {hash tag} so that every key of a deployment is in one slot, e.g. REDIS_PREFIX=${e.REDIS_PREFIX}{${clusterTag(deployment)}}: ` +
        '(keys written under an untagged prefix stay where they are: move them first with npm run migrate-prefix)',
    ]);
  }
  if (e.REDIS_SENTINELS && e.REDIS_URL) {
    throw new ConfigError(['REDIS_URL, REDIS_SENTINELS: set only one (with Sentinel the primary\'s address comes from the sentinels; put its password in REDIS_PASSWORD)']);
  }
  if (e.REDIS_URL && e.REDIS_PASSWORD && new URL(e.REDIS_URL).password !== '') {
    throw new ConfigError(['REDIS_URL, REDIS_PASSWORD: the URL has a password already; keep one of them']);
  }
  if (e.REDIS_SENTINEL_PASSWORD && !e.REDIS_SENTINELS) {
    throw new ConfigError(['REDIS_SENTINEL_PASSWORD: set only with REDIS_SENTINELS (it is the sentinels\' own password)']);
  }
  const redis: RedisConfig = {
    // An explicit prefix is kept whatever else is set (data written under it is never stranded).
    prefix: e.REDIS_PREFIX ?? (e.REDIS_CLUSTER_NODES ? `hotline:{${clusterTag(deployment)}}:` : 'hotline:'),
    ...(e.REDIS_CLUSTER_NODES ? { cluster: { nodes: e.REDIS_CLUSTER_NODES } } : {}),
    waitReplicas: e.REDIS_SENTINELS ? 1 : 0,
    ...(e.REDIS_URL ? { url: e.REDIS_URL } : {}),
    ...(e.REDIS_PASSWORD ? { password: e.REDIS_PASSWORD } : {}),
    ...(e.REDIS_SENTINELS
      ? { sentinel: { sentinels: e.REDIS_SENTINELS, name: e.REDIS_SENTINEL_NAME, ...(e.REDIS_SENTINEL_PASSWORD ? { password: e.REDIS_SENTINEL_PASSWORD } : {}) } }
      : {}),
  };
  const dataKeys = given64.length ? given64.map((k) => Buffer.from(k, 'base64')) : [DEV_KEY];
  return {
    telegram: e.TELEGRAM_BOT_TOKEN
      ? {
          token: e.TELEGRAM_BOT_TOKEN,
          apiRoot: e.TELEGRAM_API_ROOT.replace(/\/+$/, ''),
          maxRetrySeconds: e.TELEGRAM_MAX_RETRY_SECONDS,
          maxRetryAttempts: e.TELEGRAM_MAX_RETRY_ATTEMPTS,
          maxInFlight: e.TELEGRAM_MAX_IN_FLIGHT,
          backlog: e.INTAKE_BACKLOG,
          repliesPer10s: e.REPLIES_PER_10S,
          ...(e.TELEGRAM_WEBHOOK_URL && e.TELEGRAM_WEBHOOK_SECRET
            ? { webhook: { url: e.TELEGRAM_WEBHOOK_URL, path: new URL(e.TELEGRAM_WEBHOOK_URL).pathname, secret: e.TELEGRAM_WEBHOOK_SECRET, answerMs: e.WEBHOOK_ANSWER_MS } }
            : {}),
        }
      : undefined,
    journal: { dir: e.JOURNAL_DIR ?? path.join(e.DATA_DIR, 'journal'), compactBytes: e.JOURNAL_COMPACT_KB * 1024 },
    redis,
    dataKey: dataKeys[0]!,
    dataKeys,
    personIdKey: e.PERSON_ID_KEY ? Buffer.from(e.PERSON_ID_KEY, 'base64') : dataKeys[dataKeys.length - 1]!,
    dataKeyIsEphemeral: given64.length === 0,
    dataDir: e.DATA_DIR,
    deploymentFile: deploymentFile(deploymentArgument(argv) ?? e.DEPLOYMENT, e.DEPLOYMENT_FILE, deploymentsDir),
    logLevel: e.LOG_LEVEL,
    officers: {
      chatId: e.OFFICERS_CHAT_ID,
      officerIds: e.OFFICER_IDS,
      supervisorIds: e.SUPERVISOR_IDS,
      realertMs: { critical: Math.round(e.DESK_REALERT_CRITICAL_MINUTES * 60_000), high: Math.round(e.DESK_REALERT_HIGH_MINUTES * 60_000) },
      responseMs: { critical: Math.round(e.DESK_RESPONSE_CRITICAL_MINUTES * 60_000), high: Math.round(e.DESK_RESPONSE_HIGH_MINUTES * 60_000) },
      roster: e.DESK_ROSTER.length ? e.DESK_ROSTER : e.SUPERVISOR_IDS,
      groupPostsPerMinute: e.DESK_GROUP_POSTS_PER_MINUTE,
    },
    conversationTtlSeconds: e.CONVERSATION_TTL_DAYS * 24 * 3600,
    intakeSilenceMs: Math.round(e.INTAKE_SILENCE_MINUTES * 60_000),
    suspectQuietMs: Math.round(e.SUSPECT_QUIET_HOURS * 3600_000),
    releaseQuietMs: Math.round(e.RELEASE_QUIET_HOURS * 3600_000),
    cantTalkMs: Math.round(e.CANT_TALK_MINUTES * 60_000),
    chatEraseMs: Math.round(e.CHAT_ERASE_MINUTES * 60_000),
    events: eventsBudget({ maxMb: e.EVENTS_MAX_MB, maxDays: e.EVENTS_MAX_DAYS }),
    retentionMs: Math.round(e.RETENTION_DAYS * 24 * 3600_000),
    auditMaxMs: Math.round(e.AUDIT_MAX_DAYS * 24 * 3600_000),
    redisMemoryMarginBytes: Math.round(e.REDIS_MEMORY_MARGIN_MB * 1024 * 1024),
    outboxRetryMaxMs: e.OUTBOX_RETRY_MAX_SECONDS * 1000,
    production,
    http: { host: e.HTTP_HOST, port: e.HTTP_PORT },
    rolesLeaseMs: Math.round(e.ROLES_LEASE_SECONDS * 1000),
    deskPublicUrl: e.DESK_PUBLIC_URL?.replace(/\/$/, ''),
    whatsapp: e.WHATSAPP_ENABLED
      ? {
          session: e.WHATSAPP_SESSION,
          chatIntervalMs: e.WHATSAPP_CHAT_INTERVAL_MS,
          sendsPerSecond: e.WHATSAPP_SENDS_PER_SECOND,
          readReceipts: e.WHATSAPP_READ_RECEIPTS,
          maxInFlight: e.WHATSAPP_MAX_IN_FLIGHT,
          reconnectMaxSeconds: e.WHATSAPP_RECONNECT_MAX_SECONDS,
          libraryLogLevel: e.WHATSAPP_LIBRARY_LOG_LEVEL,
        }
      : undefined,
  };
}
