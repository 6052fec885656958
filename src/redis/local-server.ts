/**
 * A local `redis-server` child process for machines without a Redis of their own (a laptop, a bare CI
 * runner, a single-box deployment). The server listens on 127.0.0.1 only, keeps its data in a directory
 * we own, uses AOF persistence (`appendfsync everysec`) and never evicts keys (`noeviction`): case data
 * must survive a restart and must not silently disappear when memory fills up. Its `maxmemory` is half the
 * machine's memory: full, it refuses writes rather than being killed by the system (src/redis/memory-watch.ts
 * tells the officers first).
 *
 * One data directory is served by at most one server: a lock file in the directory records which
 * process owns it, so a second process (say `npm run cases` while the bot runs) can find and reuse the
 * running server instead of starting another one on the same files (see {@link findRunningLocalRedis}).
 *
 * This module starts and stops the server; the parts live in `local-server/`: the binary (finding and
 * installing it), the data-directory lock, the child process, loopback probes, and the errors. Their
 * public names are re-exported here.
 */
import { mkdir } from 'node:fs/promises';
import type { Socket } from 'node:net';
import path from 'node:path';
import type { Logger } from 'pino';
import { findOrInstallRedisServer } from './local-server/binary.js';
import { acquireDataDirLock } from './local-server/data-dir-lock.js';
import { LocalRedisStartError } from './local-server/errors.js';
import { pickFreePort } from './local-server/ports.js';
import { killOnExit, spawnServer, stopServer, waitUntilReady, type SpawnedServer } from './local-server/server-process.js';

export { findRedisServer, installRedisServer } from './local-server/binary.js';
export { findRunningLocalRedis, type RunningLocalRedis } from './local-server/data-dir-lock.js';
export { LocalRedisStartError, RedisUnavailableError, type LocalRedisStartFailure } from './local-server/errors.js';
export { pickFreePort, probeRedis, type RedisProbeResult } from './local-server/ports.js';

const DEFAULT_READY_TIMEOUT_MS = 10_000;

/** Options of {@link startLocalRedis}. */
export interface LocalRedisOptions {
  /** Directory for the AOF files (created with mode 0700 if missing). */
  dataDir: string;
  /** TCP port on 127.0.0.1; `0` or omitted picks a free port. */
  port?: number;
  logger: Logger;
  /** Install `redis-server` with apt-get when it is missing (only works as root). Default false. */
  install?: boolean;
  /** How long to wait for the server to answer PING. Default 10 s. */
  readyTimeoutMs?: number;
}

/** A running local server started by {@link startLocalRedis}. */
export interface LocalRedis {
  /** `redis://127.0.0.1:<port>` (no password: the server only listens on loopback). */
  url: string;
  port: number;
  /** Process id of the `redis-server` child. */
  pid: number;
  /** Absolute path of the data directory. */
  dataDir: string;
  /** Stops the server (SIGTERM: Redis flushes the AOF and exits) and waits for it. Idempotent. */
  stop(): Promise<void>;
}

/**
 * Starts a `redis-server` child on 127.0.0.1 with AOF persistence (`appendfsync everysec`),
 * `maxmemory-policy noeviction` and its data in `dataDir`, and waits until it answers PING.
 *
 * The child is killed (SIGTERM) when this process exits; call `stop()` to shut it down and wait for it.
 *
 * @throws {RedisUnavailableError} when `redis-server` is missing and `install` is off or impossible.
 * @throws {LocalRedisStartError} when the server exits early or does not answer in time (with the tail of
 *   its output), or when another live server already uses `dataDir`.
 */
export async function startLocalRedis(opts: LocalRedisOptions): Promise<LocalRedis> {
  const { logger } = opts;
  const dataDir = path.resolve(opts.dataDir);
  const timeoutMs = opts.readyTimeoutMs ?? DEFAULT_READY_TIMEOUT_MS;
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  const binary = await findOrInstallRedisServer({ install: opts.install === true, logger });

  const lock = await acquireDataDirLock(dataDir, binary, logger);
  const requestedPort = opts.port ?? 0;
  let spawned: SpawnedServer | undefined;
  let port = requestedPort;
  try {
    // A port picked for us may be taken between picking and binding: retry with another one.
    for (let attempt = 1; ; attempt++) {
      port = requestedPort !== 0 ? requestedPort : await pickFreePort();
      const candidate = spawnServer(binary, port, dataDir, logger);
      try {
        await waitUntilReady(candidate, { binary, dataDir, port, timeoutMs });
        spawned = candidate;
        break;
      } catch (error) {
        const portTaken =
          error instanceof LocalRedisStartError && error.reason === 'exited' && /address already in use/i.test(error.outputTail);
        if (!portTaken || requestedPort !== 0 || attempt >= 3) throw error;
        logger.info({ port }, 'picked port was taken; trying another');
      }
    }
  } catch (error) {
    await lock.remove();
    throw error;
  }

  const { child, tail } = spawned;
  const pid = child.pid ?? 0;
  killOnExit(child);
  // The child must not keep this process alive on its own; the exit hook stops it.
  child.unref();
  for (const stream of [child.stdout, child.stderr]) (stream as Socket | null)?.unref();
  await lock.recordServer(pid, port);

  let stopping: Promise<void> | undefined;
  child.once('exit', (code, signal) => {
    if (stopping === undefined) {
      logger.error(
        { redisPid: pid, port, exitCode: code, signal, output: tail.toString() },
        'local redis-server exited unexpectedly',
      );
    }
  });

  logger.info({ redisPid: pid, port, dataDir }, 'started local redis-server');
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    pid,
    dataDir,
    stop(): Promise<void> {
      stopping ??= (async () => {
        await stopServer(child, logger);
        await lock.release(pid);
        logger.info({ redisPid: pid, port }, 'stopped local redis-server');
      })();
      return stopping;
    },
  };
}
