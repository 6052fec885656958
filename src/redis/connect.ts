/**
 * Connecting to Redis: one ioredis client with production options, connection-state logging that never
 * shows a password, a check of the server's persistence settings, and the start-up rule that picks a
 * server (REDIS_URL, else a Redis already on 127.0.0.1:6379, else a local `redis-server` child).
 */
import path from 'node:path';
import { Redis, type RedisOptions } from 'ioredis';
import type { Logger } from 'pino';
import {
  findRunningLocalRedis,
  LocalRedisStartError,
  probeRedis,
  startLocalRedis,
  type LocalRedis,
} from './local-server.js';

/** Where a Redis runs when nothing is configured. */
const DEFAULT_LOCAL_URL = 'redis://127.0.0.1:6379';
const DEFAULT_LOCAL_PORT = 6379;
const DEFAULT_CONNECT_WAIT_MS = 5_000;
const DEFAULT_MAX_RETRIES_PER_REQUEST = 10;
const QUIT_TIMEOUT_MS = 2_000;

/**
 * A Redis server could not be reached (or refused us) within the allowed time. `url` has its password
 * replaced by `***`, so the error can be logged as a whole.
 */
export class RedisConnectError extends Error {
  override readonly name = 'RedisConnectError';
  /** The server's URL with any password redacted. */
  readonly url: string;
  /** How long we waited for the connection to become ready. */
  readonly waitedMs: number;

  constructor(message: string, context: { url: string; waitedMs: number }, options?: ErrorOptions) {
    super(message, options);
    this.url = context.url;
    this.waitedMs = context.waitedMs;
  }
}

/**
 * Returns `url` safe for logs: the password (and any `password`/`secret`/`token` query parameter)
 * replaced by `***`. An unparseable URL becomes a placeholder rather than being echoed.
 */
export function redactRedisUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return '<unparseable Redis URL>';
  }
  if (parsed.password !== '') parsed.password = '***';
  for (const key of [...parsed.searchParams.keys()]) {
    if (/pass|secret|token/i.test(key)) parsed.searchParams.set(key, '***');
  }
  return parsed.toString();
}

/** Removes the URL's password from a message, in case a library echoes it. */
function scrubber(url: string): (text: string) => string {
  let secrets: string[] = [];
  try {
    const parsed = new URL(url);
    secrets = [parsed.password, decodeURIComponent(parsed.password)].filter((s) => s.length >= 3);
  } catch {
    // nothing to scrub
  }
  return (text) => secrets.reduce((acc, secret) => acc.split(secret).join('***'), text);
}

/** Only an error's name, code and (scrubbed) message: never `command.args`, which can hold case data. */
function describeError(error: unknown, scrub: (text: string) => string): { name: string; code?: string; message: string } {
  if (!(error instanceof Error)) return { name: 'Error', message: scrub(String(error)) };
  const code = (error as NodeJS.ErrnoException).code;
  return { name: error.name, ...(typeof code === 'string' ? { code } : {}), message: scrub(error.message) };
}

/** Options of {@link connectRedis}. */
export interface ConnectRedisOptions {
  /** `redis://[user:password@]host:port[/db]` or `rediss://…`. */
  url: string;
  logger: Logger;
  /** Client name, shown in `CLIENT LIST` and in log lines (e.g. "main", "worker"). */
  name?: string;
  /** How long to wait for the first ready connection (retrying meanwhile). Default 5000 ms. */
  connectTimeoutMs?: number;
  /**
   * Reconnection attempts a command waits through before it fails with `MaxRetriesPerRequestError`.
   * Default 10: with the 100 ms…2 s backoff a command survives about 5 s of refused connections, and a
   * handler never hangs forever.
   */
  maxRetriesPerRequest?: number;
  /** Extra ioredis options; they override the defaults above (e.g. `keyPrefix`). */
  redisOptions?: RedisOptions;
}

/**
 * Creates an ioredis client and waits until it is ready.
 *
 * Defaults: `lazyConnect`, offline queue on (commands issued during a short outage wait for the
 * reconnection), `maxRetriesPerRequest` 10, reconnect backoff `min(attempt × 100 ms, 2 s)`, 3 s TCP
 * connect timeout per attempt. Connection state changes are logged (`ready`, connection lost,
 * `reconnecting`, `end`, `error`) without the password and without command arguments; repeated identical
 * errors during one outage are logged once.
 *
 * @throws {RedisConnectError} when the server is not ready within `connectTimeoutMs` (the client is
 *   disconnected; the message names the URL without its password and the last error).
 */
export async function connectRedis(opts: ConnectRedisOptions): Promise<Redis> {
  const safeUrl = redactRedisUrl(opts.url);
  const scrub = scrubber(opts.url);
  const waitMs = opts.connectTimeoutMs ?? DEFAULT_CONNECT_WAIT_MS;
  const log = opts.logger.child({ component: 'redis', redis: safeUrl, ...(opts.name ? { client: opts.name } : {}) });

  const client = new Redis(opts.url, {
    lazyConnect: true,
    enableOfflineQueue: true,
    enableReadyCheck: true,
    // Commands issued in the same tick (many people writing at once) go out in one write.
    enableAutoPipelining: true,
    maxRetriesPerRequest: opts.maxRetriesPerRequest ?? DEFAULT_MAX_RETRIES_PER_REQUEST,
    retryStrategy: (attempt) => Math.min(attempt * 100, 2_000),
    connectTimeout: Math.min(3_000, waitMs),
    ...(opts.name ? { connectionName: opts.name } : {}),
    ...opts.redisOptions,
  });

  let starting = true; // during the first connection, failures are reported by the thrown error instead
  let everReady = false;
  let connected = false;
  let lastError: string | undefined;

  client.on('ready', () => {
    connected = true;
    lastError = undefined;
    if (!starting) log.info(everReady ? 'redis connection restored' : 'redis connection ready');
    everReady = true;
  });
  client.on('close', () => {
    // After QUIT/disconnect() the status is already 'end': that is not a lost connection.
    if (connected && client.status !== 'end') log.warn('redis connection lost');
    connected = false;
  });
  client.on('reconnecting', (delayMs: unknown) => {
    if (!starting) log.info({ delayMs }, 'redis reconnecting');
  });
  client.on('end', () => {
    if (!starting) log.info('redis connection ended');
  });
  client.on('error', (error: unknown) => {
    const described = describeError(error, scrub);
    const repeated = described.message === lastError;
    lastError = described.message;
    if (starting) return;
    if (repeated) log.debug({ err: described }, 'redis error (repeated)');
    else log.error({ err: described }, 'redis error');
  });

  try {
    await new Promise<void>((resolve, reject) => {
      const cleanup = (): void => {
        clearTimeout(timer);
        client.off('ready', onReady);
        client.off('end', onEnd);
      };
      const fail = (why: string): void => {
        cleanup();
        reject(new Error(why));
      };
      const onReady = (): void => {
        cleanup();
        resolve();
      };
      const onEnd = (): void => fail(lastError ?? 'the connection was closed');
      const timer = setTimeout(() => fail(lastError ?? 'no answer'), waitMs);
      client.once('ready', onReady);
      client.once('end', onEnd);
      // The first attempt's rejection is not final: the retry strategy keeps trying until our deadline.
      client.connect().catch(() => undefined);
    });
  } catch (error) {
    client.disconnect();
    const reason = error instanceof Error ? error.message : String(error);
    throw new RedisConnectError(
      `Cannot connect to Redis at ${safeUrl} within ${waitMs} ms (${reason}). ` +
        'Check that the server is running and reachable and that REDIS_URL (host, port, password) is right.',
      { url: safeUrl, waitedMs: waitMs },
    );
  } finally {
    starting = false;
  }
  log.info('redis connection ready');
  return client;
}

/** Closes a client gracefully (QUIT) and waits until it has ended; forcibly if the server does not answer within 2 s. */
export async function quitRedis(redis: Redis): Promise<void> {
  if (redis.status === 'end') return;
  const ended = new Promise<void>((resolve) => redis.once('end', () => resolve()));
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), QUIT_TIMEOUT_MS);
  });
  try {
    const outcome = await Promise.race([redis.quit().then(() => ended), timeout]);
    if (outcome === 'timeout') redis.disconnect();
  } catch {
    redis.disconnect(); // the server is gone: drop the connection
  } finally {
    clearTimeout(timer);
  }
  // disconnect() ends the client on the next ticks
  if ((redis.status as string) !== 'end') await Promise.race([ended, new Promise((resolve) => setTimeout(resolve, 500))]);
}

/** What {@link checkRedisSettings} found. */
export interface RedisSettings {
  /** AOF persistence is on (`false` also when it could not be read: see `configReadable`). */
  appendonly: boolean;
  /** `maxmemory-policy`, or `'unknown'` when CONFIG is not available. */
  evictionPolicy: string;
  /** Whether CONFIG GET worked (managed Redis services often disable it). */
  configReadable: boolean;
}

/** Clients already warned that CONFIG is unavailable, so the warning appears once. */
const configWarned = new WeakSet<Redis>();

async function configGet(redis: Redis, parameter: string): Promise<string | undefined> {
  const reply: unknown = await redis.config('GET', parameter);
  if (Array.isArray(reply)) {
    for (let i = 0; i + 1 < reply.length; i += 2) {
      if (String(reply[i]) === parameter) return String(reply[i + 1]);
    }
    return undefined;
  }
  if (reply instanceof Map) {
    const value: unknown = reply.get(parameter);
    return value === undefined ? undefined : String(value);
  }
  if (typeof reply === 'object' && reply !== null && parameter in reply) {
    return String((reply as Record<string, unknown>)[parameter]);
  }
  return undefined;
}

/**
 * Reads `appendonly` and `maxmemory-policy` and warns (saying what to set) when AOF persistence is off or
 * the server may evict keys: either can lose cases. When CONFIG is disabled or not permitted, warns once
 * per client and returns `{ appendonly: false, evictionPolicy: 'unknown', configReadable: false }`.
 */
export async function checkRedisSettings(redis: Redis, logger: Logger): Promise<RedisSettings> {
  let appendonly: string | undefined;
  let evictionPolicy: string | undefined;
  try {
    [appendonly, evictionPolicy] = await Promise.all([configGet(redis, 'appendonly'), configGet(redis, 'maxmemory-policy')]);
  } catch (error) {
    if (!configWarned.has(redis)) {
      configWarned.add(redis);
      logger.warn(
        { err: describeError(error, (text) => text) },
        'cannot read the Redis configuration (CONFIG GET is disabled or not permitted); make sure the server ' +
          'runs with `appendonly yes`, `appendfsync everysec` and `maxmemory-policy noeviction`, or cases can be lost',
      );
    }
    return { appendonly: false, evictionPolicy: 'unknown', configReadable: false };
  }

  const aofOn = appendonly === 'yes';
  if (!aofOn) {
    logger.warn(
      { appendonly: appendonly ?? 'unknown' },
      'Redis AOF persistence is off: cases written since the last snapshot are lost if Redis restarts. ' +
        'Set `appendonly yes` and `appendfsync everysec` in redis.conf (or run `CONFIG SET appendonly yes` then `CONFIG REWRITE`)',
    );
  }
  const policy = evictionPolicy ?? 'unknown';
  if (policy !== 'noeviction') {
    logger.warn(
      { maxmemoryPolicy: policy },
      'Redis may evict keys (cases, conversations) when it reaches maxmemory. Set `maxmemory-policy noeviction` ' +
        'in redis.conf (or run `CONFIG SET maxmemory-policy noeviction` then `CONFIG REWRITE`)',
    );
  }
  return { appendonly: aofOn, evictionPolicy: policy, configReadable: true };
}

/** How {@link resolveRedis} found its server. */
export type RedisSource = 'configured' | 'default-port' | 'shared-local' | 'local-child';

/** Options of {@link resolveRedis}. */
export interface ResolveRedisOptions {
  /** REDIS_URL; when set it is the only server tried. */
  redisUrl?: string | undefined;
  /** The app's data directory; a local server keeps its files in `<dataDir>/redis`. */
  dataDir: string;
  logger: Logger;
  /** Client name (see {@link ConnectRedisOptions.name}). */
  name?: string;
  /** How long to wait for the connection (see {@link ConnectRedisOptions.connectTimeoutMs}). */
  connectTimeoutMs?: number;
}

/** A connected client and how to let go of it. */
export interface ResolvedRedis {
  redis: Redis;
  /** The server's URL. It includes the password when REDIS_URL has one: log `redactRedisUrl(url)` instead. */
  url: string;
  source: RedisSource;
  /** Quits the client and, if we started a local `redis-server`, stops it. Idempotent. */
  stop(): Promise<void>;
}

/**
 * Picks a Redis server and connects to it:
 * 1. `redisUrl` when set (fails with {@link RedisConnectError} if unreachable; nothing else is tried);
 * 2. else a Redis already answering on 127.0.0.1:6379 (one 500 ms probe, no retries, no error logs);
 * 3. else a local server another of our processes started on `<dataDir>/redis`;
 * 4. else a new local `redis-server` child with its data in `<dataDir>/redis`, installed with apt-get
 *    first when missing and running as root.
 *
 * Then checks the server's persistence settings ({@link checkRedisSettings}).
 *
 * @throws {RedisConnectError} when the chosen server cannot be reached.
 * @throws {RedisUnavailableError} / {@link LocalRedisStartError} when no local server can be started.
 */
export async function resolveRedis(opts: ResolveRedisOptions): Promise<ResolvedRedis> {
  const { logger } = opts;
  const connect = (url: string, waitMs = opts.connectTimeoutMs): Promise<Redis> =>
    connectRedis({
      url,
      logger,
      ...(opts.name !== undefined ? { name: opts.name } : {}),
      ...(waitMs !== undefined ? { connectTimeoutMs: waitMs } : {}),
    });

  let url: string;
  let source: RedisSource;
  let local: LocalRedis | undefined;
  let redis: Redis;

  if (opts.redisUrl !== undefined && opts.redisUrl !== '') {
    url = opts.redisUrl;
    source = 'configured';
    logger.info({ redis: redactRedisUrl(url) }, 'using the Redis server from REDIS_URL');
    redis = await connect(url);
  } else {
    const probe = await probeRedis(DEFAULT_LOCAL_PORT, { timeoutMs: 500 });
    if (probe === 'pong' || probe === 'loading') {
      url = DEFAULT_LOCAL_URL;
      source = 'default-port';
      logger.info({ redis: url }, 'REDIS_URL is not set; using the Redis server already running on 127.0.0.1:6379');
      // A server still loading its data set gets longer to become ready.
      redis = await connect(url, probe === 'loading' ? Math.max(opts.connectTimeoutMs ?? 0, 60_000) : undefined);
    } else {
      if (probe === 'noauth') {
        logger.info('a Redis on 127.0.0.1:6379 requires a password; set REDIS_URL=redis://:<password>@127.0.0.1:6379 to use it');
      } else if (probe === 'other') {
        logger.info('something that is not Redis listens on 127.0.0.1:6379; ignoring it');
      }
      const redisDir = path.join(opts.dataDir, 'redis');
      const shared = await findOrWaitForLocal(redisDir, false);
      if (shared !== undefined) {
        url = shared.url;
        source = 'shared-local';
        logger.info({ redis: url, ownerPid: shared.ownerPid }, 'using the local redis-server started by another hotline process');
        redis = await connect(url);
      } else {
        logger.info({ dataDir: redisDir }, 'REDIS_URL is not set and no Redis runs on 127.0.0.1:6379; starting a local redis-server');
        try {
          local = await startLocalRedis({ dataDir: redisDir, logger, install: true });
          url = local.url;
          source = 'local-child';
        } catch (error) {
          // Another process started one at the same moment: use theirs.
          if (!(error instanceof LocalRedisStartError && error.reason === 'in-use')) throw error;
          const theirs = await findOrWaitForLocal(redisDir, true);
          if (theirs === undefined) throw error;
          url = theirs.url;
          source = 'shared-local';
        }
        try {
          redis = await connect(url);
        } catch (error) {
          await local?.stop();
          throw error;
        }
      }
    }
  }

  await checkRedisSettings(redis, logger);

  let stopping: Promise<void> | undefined;
  return {
    redis,
    url,
    source,
    stop(): Promise<void> {
      stopping ??= (async () => {
        await quitRedis(redis);
        await local?.stop();
      })();
      return stopping;
    },
  };
}

/** Looks for a local server on `redisDir` started by another process; optionally waits up to 10 s for one. */
async function findOrWaitForLocal(redisDir: string, wait: boolean): Promise<{ url: string; ownerPid: number } | undefined> {
  const deadline = Date.now() + (wait ? 10_000 : 0);
  for (;;) {
    const found = await findRunningLocalRedis(redisDir);
    if (found !== undefined || Date.now() >= deadline) return found;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
