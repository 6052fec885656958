/**
 * Connecting to Redis: the start-up rule that picks a server (REDIS_URL, else a Redis already on
 * 127.0.0.1:6379, else a local `redis-server` child) and connects one client to it.
 *
 * The parts live in `connect/`: the ioredis client with production options and connection-state
 * logging that never shows a password (`client.ts`), the check of the server's persistence settings
 * (`settings.ts`) and URL redaction (`redact.ts`). Their public names are re-exported here.
 */
import path from 'node:path';
import type { RedisClient as Redis } from './redis-client.js';
import type { Logger } from 'pino';
import type { RedisConfig } from '../config.js';
import { connectRedis, describeTarget, quitRedis, type ClusterTarget, type SentinelTarget } from './connect/client.js';
import { redactRedisUrl } from './connect/redact.js';
import { checkRedisSettings } from './connect/settings.js';
import {
  findRunningLocalRedis,
  LocalRedisStartError,
  probeRedis,
  startLocalRedis,
  type LocalRedis,
} from './local-server.js';

export { connectRedis, describeTarget, quitRedis, RedisConnectError, RedisRoleError, type ClusterTarget, type ConnectRedisOptions, type SentinelTarget } from './connect/client.js';
export { redactRedisUrl } from './connect/redact.js';
export { checkRedisSettings, type RedisSettings } from './connect/settings.js';

/** Where a Redis runs when nothing is configured. */
const DEFAULT_LOCAL_URL = 'redis://127.0.0.1:6379';
const DEFAULT_LOCAL_PORT = 6379;

/** How {@link resolveRedis} found its server. */
export type RedisSource = 'configured' | 'sentinel' | 'cluster' | 'default-port' | 'shared-local' | 'local-child';

/** Options of {@link resolveRedis}. */
export interface ResolveRedisOptions {
  /** REDIS_URL; when set it is the only server tried. */
  redisUrl?: string | undefined;
  /** REDIS_SENTINELS …: the primary is asked of the sentinels (nothing local is tried). Not with `redisUrl`. */
  sentinel?: SentinelTarget | undefined;
  /** REDIS_CLUSTER_NODES: a Redis Cluster (nothing local is tried). Not with `redisUrl` or `sentinel`. */
  cluster?: ClusterTarget | undefined;
  /** REDIS_PASSWORD: the data servers' password. */
  password?: string | undefined;
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
  /**
   * The server's URL. It includes the password when REDIS_URL has one: log `redactRedisUrl(url)` instead.
   * Under Sentinel, `sentinel://host:port,…/name` (not a URL a client can use: see `openClient`).
   */
  url: string;
  source: RedisSource;
  /** Another client to the same server (or the same Sentinel-followed primary), ready: for a blocking reader. */
  openClient(name: string): Promise<Redis>;
  /** Quits the client and, if we started a local `redis-server`, stops it. Idempotent. */
  stop(): Promise<void>;
}

/** What {@link resolveRedis} needs of the configuration: `resolveRedis({ ...redisTarget(config.redis), dataDir, logger })`. */
export function redisTarget(redis: RedisConfig): Pick<ResolveRedisOptions, 'redisUrl' | 'sentinel' | 'cluster' | 'password'> {
  return { redisUrl: redis.url, sentinel: redis.sentinel, cluster: redis.cluster, password: redis.password };
}

/**
 * Picks a Redis server and connects to it:
 * 0. a Redis Cluster (`cluster`), or under Sentinel (`sentinel`) the primary the sentinels name,
 *    followed through failovers (nothing else is tried);
 * 1. `redisUrl` when set (fails with {@link RedisConnectError} if unreachable; nothing else is tried);
 * 2. else a Redis already answering on 127.0.0.1:6379 (one 500 ms probe, no retries, no error logs);
 * 3. else a local server another of our processes started on `<dataDir>/redis`;
 * 4. else a new local `redis-server` child with its data in `<dataDir>/redis`, installed with apt-get
 *    first when missing and running as root.
 *
 * Refuses a server that is not a primary (a replica, a sentinel: {@link RedisRoleError}). Then checks the
 * server's persistence settings ({@link checkRedisSettings}).
 *
 * @throws {RedisConnectError} when the chosen server cannot be reached.
 * @throws {RedisUnavailableError} / {@link LocalRedisStartError} when no local server can be started.
 */
export async function resolveRedis(opts: ResolveRedisOptions): Promise<ResolvedRedis> {
  const { logger } = opts;
  const common = {
    logger,
    ...(opts.password !== undefined ? { password: opts.password } : {}),
  };
  const connect = (url: string, waitMs = opts.connectTimeoutMs, name = opts.name): Promise<Redis> =>
    connectRedis({
      url,
      ...common,
      ...(name !== undefined ? { name } : {}),
      ...(waitMs !== undefined ? { connectTimeoutMs: waitMs } : {}),
    });

  let url: string;
  let source: RedisSource;
  let local: LocalRedis | undefined;
  let redis: Redis;
  let openClient = (name: string) => connect(url, opts.connectTimeoutMs, name);

  if (opts.cluster !== undefined) {
    if (opts.redisUrl || opts.sentinel) throw new Error('resolveRedis: give REDIS_CLUSTER_NODES alone, not with REDIS_URL or REDIS_SENTINELS');
    const cluster = opts.cluster;
    url = describeTarget({ cluster });
    source = 'cluster';
    logger.info({ redis: url }, 'using the Redis Cluster of REDIS_CLUSTER_NODES');
    const ofCluster = (name: string | undefined): Promise<Redis> =>
      connectRedis({ cluster, ...common, ...(name !== undefined ? { name } : {}), ...(opts.connectTimeoutMs !== undefined ? { connectTimeoutMs: opts.connectTimeoutMs } : {}) });
    redis = await ofCluster(opts.name);
    openClient = ofCluster;
  } else if (opts.sentinel !== undefined) {
    if (opts.redisUrl) throw new Error('resolveRedis: give REDIS_URL or REDIS_SENTINELS, not both');
    const sentinel = opts.sentinel;
    url = describeTarget({ sentinel });
    source = 'sentinel';
    logger.info({ redis: url }, 'using the Redis primary the sentinels in REDIS_SENTINELS name');
    const viaSentinel = (name: string | undefined): Promise<Redis> =>
      connectRedis({ sentinel, ...common, ...(name !== undefined ? { name } : {}), ...(opts.connectTimeoutMs !== undefined ? { connectTimeoutMs: opts.connectTimeoutMs } : {}) });
    redis = await viaSentinel(opts.name);
    openClient = viaSentinel;
  } else if (opts.redisUrl !== undefined && opts.redisUrl !== '') {
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
    openClient,
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
