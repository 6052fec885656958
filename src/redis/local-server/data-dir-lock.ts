/**
 * The lock file of a local server's data directory: one data directory is served by at most one
 * `redis-server`. The file records which process owns the directory and, once started, the server's pid
 * and port, so that a second process (say `npm run cases` while the bot runs) can find and reuse the
 * running server ({@link findRunningLocalRedis}) instead of starting another one on the same files.
 *
 * A lock whose owner died is stale: it is taken over, after stopping the redis-server the dead owner
 * left behind. Recorded pids are checked against /proc so that a reused pid is not mistaken for ours.
 */
import { existsSync, readFileSync } from 'node:fs';
import { open, readFile, stat, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Logger } from 'pino';
import { LocalRedisStartError } from './errors.js';
import { probeRedis } from './ports.js';
import { STOP_TIMEOUT_MS } from './server-process.js';

/** Name of the lock file written into the data directory of a local server. */
const LOCK_FILE = '.hotline-redis.lock';

/** A local server another process of ours started, found through the lock file of its data directory. */
export interface RunningLocalRedis {
  url: string;
  port: number;
  /** Process id of the `redis-server`. */
  pid: number;
  /** Process id of the process that started (and will stop) it. */
  ownerPid: number;
}

/** The data-directory lock held by this process, from {@link acquireDataDirLock}. */
export interface DataDirLock {
  /** Records the server this process started (pid and port), so that other processes find it. */
  recordServer(redisPid: number, port: number): Promise<void>;
  /** Deletes the lock file: the server did not start. */
  remove(): Promise<void>;
  /** Deletes the lock file if it still names this process and `redisPid`: the server has stopped. */
  release(redisPid: number): Promise<void>;
}

interface LockInfo {
  ownerPid: number;
  redisPid?: number;
  port?: number;
  startedAt: string;
}

async function readLock(lockPath: string): Promise<LockInfo | undefined> {
  try {
    const parsed: unknown = JSON.parse(await readFile(lockPath, 'utf8'));
    if (typeof parsed !== 'object' || parsed === null) return undefined;
    const info = parsed as Partial<LockInfo>;
    if (typeof info.ownerPid !== 'number') return undefined;
    return {
      ownerPid: info.ownerPid,
      startedAt: typeof info.startedAt === 'string' ? info.startedAt : '',
      ...(typeof info.redisPid === 'number' ? { redisPid: info.redisPid } : {}),
      ...(typeof info.port === 'number' ? { port: info.port } : {}),
    };
  } catch {
    return undefined;
  }
}

/**
 * Finds a local server that one of our processes started on `dataDir` and that is still up, so that a
 * second process can use it instead of starting another server on the same files.
 *
 * @returns where to reach it, or `undefined` when no live server owns the directory.
 */
export async function findRunningLocalRedis(dataDir: string): Promise<RunningLocalRedis | undefined> {
  const info = await readLock(path.join(path.resolve(dataDir), LOCK_FILE));
  if (info?.redisPid === undefined || info.port === undefined) return undefined;
  if (!isAlive(info.ownerPid) || !(await isRecordedServer(info.redisPid, info.port))) return undefined;
  return { url: `redis://127.0.0.1:${info.port}`, port: info.port, pid: info.redisPid, ownerPid: info.ownerPid };
}

/**
 * Takes the lock of `dataDir` (an absolute path) for this process. A lock left by a dead process is
 * removed (after stopping the redis-server it may have orphaned).
 *
 * @param binary the `redis-server` about to be started, for the error.
 * @throws {LocalRedisStartError} `in-use` when a live process holds the lock, or when an orphaned server
 *   does not stop on SIGTERM.
 */
export async function acquireDataDirLock(dataDir: string, binary: string, logger: Logger): Promise<DataDirLock> {
  const lockPath = path.join(dataDir, LOCK_FILE);
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      const handle = await open(lockPath, 'wx', 0o600);
      try {
        const info: LockInfo = { ownerPid: process.pid, startedAt: new Date().toISOString() };
        await handle.writeFile(JSON.stringify(info));
      } finally {
        await handle.close();
      }
      return heldLock(lockPath);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }

    const info = await readLock(lockPath);
    if (info === undefined) {
      // Unreadable: either being written right now or garbage. Give a writer a moment.
      const age = Date.now() - (await stat(lockPath).catch(() => ({ mtimeMs: 0 }))).mtimeMs;
      if (age < 5_000) {
        await sleep(200);
        continue;
      }
    } else {
      const ownerAlive = isAlive(info.ownerPid);
      const redisAlive = info.redisPid !== undefined && (await isRecordedServer(info.redisPid, info.port));
      const starting = info.redisPid === undefined && Date.now() - Date.parse(info.startedAt) < 60_000;
      if (ownerAlive && (redisAlive || starting)) {
        const where = info.port !== undefined ? ` on redis://127.0.0.1:${info.port}` : '';
        throw new LocalRedisStartError(
          `${dataDir} is already served by a redis-server${where} (started by process ${info.ownerPid}); ` +
            'use that server (resolveRedis does this automatically) or give this process another data dir',
          { reason: 'in-use', binary, dataDir, ...(info.port !== undefined ? { port: info.port } : {}) },
        );
      }
      if (redisAlive && info.redisPid !== undefined) {
        // Its owner died without stopping it (SIGKILL, crash): shut it down cleanly before taking over.
        logger.warn({ redisPid: info.redisPid, dataDir }, 'stopping a redis-server orphaned by a process that died');
        process.kill(info.redisPid, 'SIGTERM');
        if (!(await waitUntilDead(info.redisPid, STOP_TIMEOUT_MS))) {
          throw new LocalRedisStartError(
            `an orphaned redis-server (pid ${info.redisPid}) still serves ${dataDir} and did not stop on SIGTERM; stop it by hand`,
            { reason: 'in-use', binary, dataDir },
          );
        }
      }
    }
    logger.info({ dataDir }, 'removing a stale redis data-dir lock');
    await unlink(lockPath).catch(() => undefined);
  }
  throw new LocalRedisStartError(`could not take the lock ${lockPath}`, { reason: 'in-use', binary, dataDir });
}

function heldLock(lockPath: string): DataDirLock {
  return {
    async recordServer(redisPid, port) {
      const info: LockInfo = { ownerPid: process.pid, redisPid, port, startedAt: new Date().toISOString() };
      await writeFile(lockPath, JSON.stringify(info), { mode: 0o600 });
    },
    async remove() {
      await unlink(lockPath).catch(() => undefined);
    },
    async release(redisPid) {
      const current = await readLock(lockPath);
      if (current?.ownerPid === process.pid && current.redisPid === redisPid) await unlink(lockPath).catch(() => undefined);
    },
  };
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Whether `pid` is a running redis-server (by /proc on Linux; elsewhere only "is alive"). */
function isRedisServerProcess(pid: number): boolean {
  if (!isAlive(pid)) return false;
  if (!existsSync('/proc/self/comm')) return true;
  try {
    return readFileSync(`/proc/${pid}/comm`, 'utf8').trim().startsWith('redis-server');
  } catch {
    return false;
  }
}

/** Whether `pid` is the redis-server that a lock recorded as serving `port` (guards against pid reuse). */
async function isRecordedServer(pid: number, port: number | undefined): Promise<boolean> {
  if (port === undefined || !isRedisServerProcess(pid)) return false;
  try {
    // Redis sets its process title to "redis-server 127.0.0.1:<port>".
    const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    if (!new RegExp(`:${port}(?!\\d)`).test(cmdline)) return false;
  } catch {
    // no /proc: rely on the probe below
  }
  return (await probeRedis(port, { timeoutMs: 500 })) === 'pong';
}

async function waitUntilDead(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (isAlive(pid)) {
    if (Date.now() > deadline) return false;
    await sleep(50);
  }
  return true;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
