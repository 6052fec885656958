/**
 * One ioredis client with production options: waiting for the first ready connection, connection-state
 * logging that never shows a password or command arguments, and a graceful quit.
 */
import { Cluster, Redis, type RedisOptions } from 'ioredis';
import type { Logger } from 'pino';
import type { HostPort } from '../../config.js';
import type { RedisClient } from '../redis-client.js';
import { describeError, redactRedisUrl, scrubber } from './redact.js';

const DEFAULT_CONNECT_WAIT_MS = 5_000;
const DEFAULT_MAX_RETRIES_PER_REQUEST = 10;
const QUIT_TIMEOUT_MS = 2_000;

/**
 * How long one sentinel is given, and then the next asked. ioredis 6 asks the sentinels one at a time on a
 * short-lived connection of its own, and by default waits for an answer without a limit: a sentinel that
 * is stopped or hung (SIGSTOP, a frozen VM) still completes the TCP handshake in the kernel and never
 * replies, and a reconnect that reaches it waits for ever while every command queues behind it.
 */
const SENTINEL_ASK = {
  // Each command to a sentinel (SENTINEL get-master-addr-by-name, then SENTINEL sentinels) fails after this;
  // the timer starts when the command is queued, so it bounds a TCP connect that never completes too.
  commandTimeoutMs: 1_000,
  // Every sentinel asked and none answered: the next round after min(round × 100 ms, 1 s).
  retryDelayMs: (round: number) => Math.min(round * 100, 1_000),
} as const;

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
 * The server answering is not a primary: a replica (read-only, and lost writes at the next failover) or a
 * sentinel. Start-up refuses it rather than failing on the first write.
 */
export class RedisRoleError extends Error {
  override readonly name = 'RedisRoleError';
  constructor(message: string, readonly context: { target: string; role: string }) {
    super(message);
  }
}

/** A primary found through Redis Sentinel: ioredis asks the sentinels where it is and follows failover. */
export interface SentinelTarget {
  sentinels: HostPort[];
  /** The name the sentinels monitor the primary under (REDIS_SENTINEL_NAME). */
  name: string;
  /** The sentinels' own password (REDIS_SENTINEL_PASSWORD). */
  password?: string;
}

/** A Redis Cluster, known by some of its nodes (REDIS_CLUSTER_NODES): ioredis learns the rest and follows slot moves. */
export interface ClusterTarget {
  nodes: HostPort[];
}

const hostPort = ({ host, port }: HostPort) => `${host.includes(':') ? `[${host}]` : host}:${port}`;

/** How a target is named in logs and errors: a URL without its password, `sentinel://h:p,h:p/name` or `cluster://h:p,h:p`. */
export function describeTarget(target: { url?: string; sentinel?: SentinelTarget; cluster?: ClusterTarget }): string {
  if (target.cluster) return `cluster://${target.cluster.nodes.map(hostPort).join(',')}`;
  if (target.sentinel) {
    const hosts = target.sentinel.sentinels.map(({ host, port }) => `${host.includes(':') ? `[${host}]` : host}:${port}`);
    return `sentinel://${hosts.join(',')}/${target.sentinel.name}`;
  }
  return redactRedisUrl(target.url ?? '');
}

/** Options of {@link connectRedis}. */
export interface ConnectRedisOptions {
  /** `redis://[user:password@]host:port[/db]` or `rediss://…`. Exactly one of `url` and `sentinel`. */
  url?: string;
  /** A primary found through Sentinel, instead of `url`. */
  sentinel?: SentinelTarget;
  /** A Redis Cluster, instead of `url` or `sentinel`. */
  cluster?: ClusterTarget;
  /** The data servers' password (REDIS_PASSWORD): under Sentinel, or for a `url` that has none. */
  password?: string;
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
 * connect timeout per attempt; under Sentinel each sentinel is given 1 s to answer before the next is asked.
 * Connection state changes are logged (`ready`, connection lost, `reconnecting`, `end`, `error`) without
 * the password and without command arguments; repeated identical errors during one outage are logged once.
 *
 * @throws {RedisConnectError} when the server is not ready within `connectTimeoutMs` (the client is
 *   disconnected; the message names the URL without its password and the last error).
 */
export async function connectRedis(opts: ConnectRedisOptions & { cluster?: undefined }): Promise<Redis>;
export async function connectRedis(opts: ConnectRedisOptions): Promise<RedisClient>;
export async function connectRedis(opts: ConnectRedisOptions): Promise<RedisClient> {
  if ([opts.url, opts.sentinel, opts.cluster].filter((t) => t !== undefined).length !== 1) throw new Error('connectRedis: give exactly one of url, sentinel and cluster');
  const safeUrl = describeTarget(opts);
  const scrub = scrubber(opts.url, opts.password, opts.sentinel?.password);
  const waitMs = opts.connectTimeoutMs ?? DEFAULT_CONNECT_WAIT_MS;
  const log = opts.logger.child({ component: 'redis', redis: safeUrl, ...(opts.name ? { client: opts.name } : {}) });

  const options: RedisOptions = {
    lazyConnect: true,
    enableOfflineQueue: true,
    enableReadyCheck: true,
    // Commands issued in the same tick (many people writing at once) go out in one write.
    enableAutoPipelining: true,
    maxRetriesPerRequest: opts.maxRetriesPerRequest ?? DEFAULT_MAX_RETRIES_PER_REQUEST,
    retryStrategy: (attempt) => Math.min(attempt * 100, 2_000),
    connectTimeout: Math.min(3_000, waitMs),
    ...(opts.name ? { connectionName: opts.name } : {}),
    ...(opts.password !== undefined ? { password: opts.password } : {}),
    ...(opts.sentinel
      ? {
        sentinels: opts.sentinel.sentinels,
        name: opts.sentinel.name,
        role: 'master' as const, // a sentinel naming a replica is asked again, never written to
        ...(opts.sentinel.password !== undefined ? { sentinelPassword: opts.sentinel.password } : {}),
        // A hung sentinel is given 1 s, then the next one is asked (see SENTINEL_ASK; test/redis/sentinel.test.ts
        // stops the first with SIGSTOP). sentinelMaxConnections only sizes the failoverDetector, which is off.
        sentinelCommandTimeout: SENTINEL_ASK.commandTimeoutMs,
        // All sentinels unreachable: try again every second at most, for as long as commands may wait.
        sentinelRetryStrategy: SENTINEL_ASK.retryDelayMs,
        // No failoverDetector: in ioredis 6.0 its +switch-master handler closes the connector, and when that
        // message comes while the client is already reconnecting (the old primary died, which is when it
        // comes), the reconnect rejects with "Connection is closed." and the client ends for good: every
        // command after it fails (seen under load in test/redis/sentinel.test.ts). A failover is found
        // without it: a dead primary's socket fails; a demoted one closes its clients (Sentinel sends CLIENT
        // KILL with the REPLICAOF), and a write still reaching it gets READONLY, which reconnects below.
        failoverDetector: false,
        reconnectOnError: (err: Error) => (/^READONLY/.test(err.message) ? 2 : false),
      }
      : {}),
    ...opts.redisOptions,
  };
  // Every duplicate() (blocking readers: the desk worker, the linker, the web desk's events) copies these
  // options, so it asks the sentinels too and follows a failover on its own.
  const client: RedisClient = opts.cluster
    ? new Cluster(opts.cluster.nodes, {
      lazyConnect: true,
      enableOfflineQueue: true,
      enableReadyCheck: true,
      enableAutoPipelining: true,
      // A slot moving (MOVED / ASK), a failover in the cluster (CLUSTERDOWN, TRYAGAIN): retried after these pauses.
      maxRedirections: 16,
      retryDelayOnFailover: 100,
      retryDelayOnClusterDown: 200,
      retryDelayOnTryAgain: 100,
      clusterRetryStrategy: (attempt) => Math.min(attempt * 100, 2_000),
      redisOptions: {
        maxRetriesPerRequest: options.maxRetriesPerRequest ?? DEFAULT_MAX_RETRIES_PER_REQUEST,
        connectTimeout: options.connectTimeout ?? 3_000,
        ...(opts.name ? { connectionName: opts.name } : {}),
        ...(opts.password !== undefined ? { password: opts.password } : {}),
      },
    })
    : opts.sentinel ? new Redis(options) : new Redis(opts.url!, options);

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
  // A copy (a blocking reader's own connection) logs its errors the same way, rather than ioredis printing
  // "Unhandled error event" with a stack to stderr at every reconnection attempt of an outage or failover.
  type Duplicate = (...args: unknown[]) => RedisClient;
  const duplicate = (client.duplicate as Duplicate).bind(client);
  (client as { duplicate: Duplicate }).duplicate = (...args: unknown[]) => {
    const copy = duplicate(...args);
    let copyError: string | undefined;
    copy.on('error', (error: unknown) => {
      const described = describeError(error, scrub);
      if (described.message === copyError) return;
      copyError = described.message;
      log.warn({ err: described, copy: true }, 'redis error (a second connection)');
    });
    copy.on('ready', () => {
      copyError = undefined;
    });
    return copy;
  };

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
        (opts.cluster
          ? 'Check that the nodes in REDIS_CLUSTER_NODES are reachable, that the cluster is up (CLUSTER INFO: cluster_state:ok), and REDIS_PASSWORD.'
          : opts.sentinel
          ? 'Check that the sentinels in REDIS_SENTINELS are reachable, that they monitor a primary named REDIS_SENTINEL_NAME, and REDIS_PASSWORD / REDIS_SENTINEL_PASSWORD.'
          : 'Check that the server is running and reachable and that REDIS_URL (host, port, password) is right.'),
      { url: safeUrl, waitedMs: waitMs },
    );
  } finally {
    starting = false;
  }
  try {
    // A cluster client sends writes to each slot's primary itself.
    if (!(client instanceof Cluster)) await checkPrimary(client, safeUrl, opts.sentinel !== undefined);
  } catch (error) {
    client.disconnect();
    throw error;
  }
  log.info('redis connection ready');
  return client;
}

/**
 * Refuses a server that is not a primary (ROLE): writes to a replica fail (READONLY), and a replica
 * promoted later would not have them anyway. ROLE denied by an ACL: nothing to check with.
 */
async function checkPrimary(client: Redis, target: string, viaSentinel: boolean): Promise<void> {
  let role: string;
  let primary = '';
  try {
    const reply = (await client.call('ROLE')) as unknown[];
    role = String(reply[0]);
    if (role === 'slave') primary = `${String(reply[1])}:${String(reply[2])}`;
  } catch (error) {
    if (error instanceof Error && /NOPERM|unknown command/i.test(error.message)) return;
    throw error;
  }
  if (role === 'master') return;
  const fix = role === 'sentinel'
    ? 'it is a Sentinel: set REDIS_SENTINELS=<host:port,…> and REDIS_SENTINEL_NAME instead of REDIS_URL'
    : viaSentinel
      ? 'the sentinels named a replica as the primary: check `SENTINEL get-master-addr-by-name` on each sentinel'
      : `it is a replica of ${primary || 'another server'}: point REDIS_URL at the primary, or set REDIS_SENTINELS so that failover is followed`;
  throw new RedisRoleError(`Redis at ${target} is not a primary (ROLE ${role}); ${fix}.`, { target, role });
}

/** Closes a client gracefully (QUIT) and waits until it has ended; forcibly if the server does not answer within 2 s. */
export async function quitRedis(redis: RedisClient): Promise<void> {
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
