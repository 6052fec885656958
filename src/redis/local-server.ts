/**
 * A local `redis-server` child process for machines without a Redis of their own (a laptop, a bare CI
 * runner, a single-box deployment). The server listens on 127.0.0.1 only, keeps its data in a directory
 * we own, uses AOF persistence (`appendfsync everysec`) and never evicts keys (`noeviction`): case data
 * must survive a restart and must not silently disappear when memory fills up.
 *
 * One data directory is served by at most one server: a lock file in the directory records which
 * process owns it, so a second process (say `npm run cases` while the bot runs) can find and reuse the
 * running server instead of starting another one on the same files (see {@link findRunningLocalRedis}).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { accessSync, constants as fsConstants, existsSync, readFileSync, statSync } from 'node:fs';
import { mkdir, open, readFile, stat, unlink, writeFile } from 'node:fs/promises';
import net, { type Socket } from 'node:net';
import path from 'node:path';
import type { Logger } from 'pino';

/** How to get a Redis server, for error messages. */
const INSTALL_HINT =
  'Install it with `sudo apt-get install -y redis-server` (Debian/Ubuntu), ' +
  'or set REDIS_URL to an existing Redis server (e.g. REDIS_URL=redis://127.0.0.1:6379).';

/** Extra directories searched besides PATH (root's tools are often missing from a user's PATH). */
const EXTRA_BIN_DIRS = ['/usr/bin', '/usr/sbin', '/usr/local/bin'];

/** Name of the lock file written into the data directory of a local server. */
const LOCK_FILE = '.hotline-redis.lock';

const DEFAULT_READY_TIMEOUT_MS = 10_000;
const STOP_TIMEOUT_MS = 15_000;
const OUTPUT_TAIL_CHARS = 4_000;
/** Extra time granted while the server answers `-LOADING` (it is reading a large AOF). */
const LOADING_GRACE_MS = 300_000;

/**
 * No usable `redis-server` binary: it is not installed and could not be installed automatically
 * (not root, no apt-get, or apt-get failed). The message says how to fix it.
 */
export class RedisUnavailableError extends Error {
  override readonly name = 'RedisUnavailableError';
  /** Why there is no server: not installed (and not installable here), or the installation failed. */
  readonly reason: 'not-installed' | 'install-failed';
  /** Last lines of apt-get's output when the installation failed. */
  readonly outputTail: string | undefined;

  constructor(
    message: string,
    context: { reason: 'not-installed' | 'install-failed'; outputTail?: string },
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.reason = context.reason;
    this.outputTail = context.outputTail;
  }
}

/** Why a local server could not be started. */
export type LocalRedisStartFailure = 'exited' | 'timeout' | 'in-use';

/**
 * `redis-server` was found but did not come up: it exited early (bad option, port taken, unreadable
 * data), did not answer PING in time, or the data directory is already served by another server.
 */
export class LocalRedisStartError extends Error {
  override readonly name = 'LocalRedisStartError';
  readonly reason: LocalRedisStartFailure;
  readonly binary: string;
  readonly dataDir: string;
  readonly port: number | undefined;
  readonly exitCode: number | null;
  readonly signal: NodeJS.Signals | null;
  /** Last lines the server printed (stdout and stderr); never contains stored data. */
  readonly outputTail: string;

  constructor(
    message: string,
    context: {
      reason: LocalRedisStartFailure;
      binary: string;
      dataDir: string;
      port?: number;
      exitCode?: number | null;
      signal?: NodeJS.Signals | null;
      outputTail?: string;
    },
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.reason = context.reason;
    this.binary = context.binary;
    this.dataDir = context.dataDir;
    this.port = context.port;
    this.exitCode = context.exitCode ?? null;
    this.signal = context.signal ?? null;
    this.outputTail = context.outputTail ?? '';
  }
}

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

/** A local server another process of ours started, found through the lock file of its data directory. */
export interface RunningLocalRedis {
  url: string;
  port: number;
  /** Process id of the `redis-server`. */
  pid: number;
  /** Process id of the process that started (and will stop) it. */
  ownerPid: number;
}

/** Result of {@link probeRedis}. */
export type RedisProbeResult = 'pong' | 'loading' | 'noauth' | 'other' | 'unreachable';

// ---------------------------------------------------------------------------------------------------
// Finding and installing the binary

function isExecutableFile(file: string): boolean {
  try {
    if (!statSync(file).isFile()) return false;
    accessSync(file, fsConstants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function findExecutable(name: string): string | undefined {
  const dirs = (process.env.PATH ?? '').split(path.delimiter).filter((dir) => dir !== '');
  for (const dir of [...dirs, ...EXTRA_BIN_DIRS]) {
    const candidate = path.join(dir, name);
    if (isExecutableFile(candidate)) return candidate;
  }
  return undefined;
}

/**
 * Finds the `redis-server` binary on PATH, or in /usr/bin, /usr/sbin or /usr/local/bin.
 *
 * @returns its absolute path, or `undefined` when it is not installed.
 */
export function findRedisServer(): string | undefined {
  return findExecutable('redis-server');
}

/** Keeps the last `max` characters of a process's output. */
class OutputTail {
  private text = '';
  constructor(private readonly max = OUTPUT_TAIL_CHARS) {}

  push(chunk: Buffer | string): void {
    this.text += chunk.toString();
    if (this.text.length > this.max * 2) this.text = this.text.slice(-this.max);
  }

  toString(): string {
    const tail = this.text.slice(-this.max).trim();
    return tail.length < this.text.trim().length ? `…${tail}` : tail;
  }
}

/** Runs a command to completion, capturing (not printing) its output. */
function runQuietly(
  command: string,
  args: readonly string[],
  env: NodeJS.ProcessEnv,
): Promise<{ code: number | null; signal: NodeJS.Signals | null; output: string }> {
  return new Promise((resolve) => {
    const tail = new OutputTail();
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], env });
    child.stdout.on('data', (chunk: Buffer) => tail.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => tail.push(chunk));
    child.once('error', (error) => {
      tail.push(`\n${error.message}`);
      resolve({ code: null, signal: null, output: tail.toString() });
    });
    child.once('close', (code, signal) => resolve({ code, signal, output: tail.toString() }));
  });
}

/**
 * Installs `redis-server` with `apt-get update` and `apt-get install -y redis-server` (non-interactive,
 * output captured). Only possible as root on a machine with apt-get.
 *
 * @returns the path of the installed binary.
 * @throws {RedisUnavailableError} when not root, when apt-get is missing (the message says how to install
 *   Redis by hand or point REDIS_URL at a server) or when apt-get fails (with the tail of its output).
 */
export async function installRedisServer(logger: Logger): Promise<string> {
  const aptGet = findExecutable('apt-get');
  const isRoot = process.getuid?.() === 0;
  if (!isRoot || aptGet === undefined) {
    const why = aptGet === undefined ? 'apt-get is not available' : 'this process is not running as root';
    throw new RedisUnavailableError(
      `redis-server is not installed and cannot be installed automatically (${why}). ${INSTALL_HINT}`,
      { reason: 'not-installed' },
    );
  }

  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const steps: { what: string; args: string[] }[] = [
    { what: 'apt-get update', args: ['update'] },
    {
      what: 'apt-get install -y redis-server',
      // Wait for a concurrent apt/dpkg run instead of failing at once on its lock.
      args: ['-o', 'DPkg::Lock::Timeout=120', 'install', '-y', 'redis-server'],
    },
  ];
  logger.warn('redis-server is not installed; installing it with apt-get (this can take a minute)');
  for (const step of steps) {
    logger.info({ command: step.what }, 'running apt-get');
    const result = await runQuietly(aptGet, step.args, env);
    if (result.code !== 0) {
      const status = result.signal !== null ? `signal ${result.signal}` : `exit code ${String(result.code)}`;
      throw new RedisUnavailableError(
        `\`${step.what}\` failed (${status}). ${INSTALL_HINT}\n--- apt-get output (tail) ---\n${result.output}`,
        { reason: 'install-failed', outputTail: result.output },
      );
    }
  }

  const binary = findRedisServer();
  if (binary === undefined) {
    throw new RedisUnavailableError(
      `apt-get installed redis-server but no redis-server binary was found on PATH or in ${EXTRA_BIN_DIRS.join(', ')}. ${INSTALL_HINT}`,
      { reason: 'install-failed' },
    );
  }
  logger.info({ binary }, 'installed redis-server');
  return binary;
}

// ---------------------------------------------------------------------------------------------------
// Probing

/**
 * Sends a raw `PING` to a Redis server, without a client library (so nothing retries and nothing logs).
 *
 * @returns `'pong'` when it answered, `'loading'` while it loads its data set, `'noauth'` when it wants a
 *   password, `'other'` for any other reply (probably not Redis) and `'unreachable'` on connection error or
 *   timeout.
 */
export function probeRedis(
  port: number,
  opts: { host?: string; timeoutMs?: number } = {},
): Promise<RedisProbeResult> {
  const host = opts.host ?? '127.0.0.1';
  const timeoutMs = opts.timeoutMs ?? 500;
  return new Promise((resolve) => {
    let reply = '';
    let settled = false;
    const socket = net.connect({ host, port });
    const finish = (result: RedisProbeResult): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket.destroy();
      resolve(result);
    };
    const timer = setTimeout(() => finish('unreachable'), timeoutMs);
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.on('data', (chunk: Buffer) => {
      reply += chunk.toString('latin1');
      const end = reply.indexOf('\r\n');
      if (end === -1 && reply.length < 256) return;
      const line = end === -1 ? reply : reply.slice(0, end);
      if (line === '+PONG') finish('pong');
      else if (line.startsWith('-LOADING')) finish('loading');
      else if (line.startsWith('-NOAUTH') || line.startsWith('-WRONGPASS')) finish('noauth');
      else finish('other');
    });
    socket.once('error', () => finish('unreachable'));
    socket.once('close', () => finish(reply === '' ? 'unreachable' : 'other'));
  });
}

/** Asks the OS for a free TCP port on 127.0.0.1 (bind to port 0, read it, close). */
export function pickFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : undefined;
      server.close(() => (port === undefined ? reject(new Error('could not pick a free port')) : resolve(port)));
    });
  });
}

// ---------------------------------------------------------------------------------------------------
// Process bookkeeping

/** Children still running; killed when this process exits so that none outlives it. */
const liveChildren = new Set<ChildProcess>();
let exitHookInstalled = false;

function trackChild(child: ChildProcess): void {
  liveChildren.add(child);
  if (!exitHookInstalled) {
    exitHookInstalled = true;
    process.once('exit', () => {
      for (const live of liveChildren) {
        try {
          live.kill('SIGTERM'); // Redis flushes the AOF on SIGTERM
        } catch {
          // already gone
        }
      }
    });
  }
}

function hasExited(child: ChildProcess): boolean {
  return child.exitCode !== null || child.signalCode !== null;
}

function waitForExit(child: ChildProcess, timeoutMs: number): Promise<boolean> {
  if (hasExited(child)) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      child.off('exit', onExit);
      resolve(false);
    }, timeoutMs);
    const onExit = (): void => {
      clearTimeout(timer);
      resolve(true);
    };
    child.once('exit', onExit);
  });
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

// ---------------------------------------------------------------------------------------------------
// Data-directory lock

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
 * Takes the data-directory lock. A lock left by a dead process is removed (after stopping the
 * redis-server it may have orphaned); a lock held by a live process makes this throw.
 */
async function acquireLock(dataDir: string, binary: string, logger: Logger): Promise<string> {
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
      return lockPath;
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

// ---------------------------------------------------------------------------------------------------
// Starting and stopping

function serverArgs(port: number, dataDir: string): string[] {
  return [
    '--port', String(port),
    '--bind', '127.0.0.1',
    '--dir', dataDir,
    '--appendonly', 'yes',
    '--appendfsync', 'everysec',
    '--maxmemory-policy', 'noeviction',
    '--save', '', // no RDB snapshots: the AOF is the persistence
    '--protected-mode', 'yes',
    '--daemonize', 'no',
    '--loglevel', 'warning',
  ];
}

/** Forwards the server's log lines (at `loglevel warning`: start/stop notes and warnings, never data). */
function forwardLines(stream: NodeJS.ReadableStream, tail: OutputTail, logger: Logger): void {
  let pending = '';
  stream.on('data', (chunk: Buffer) => {
    tail.push(chunk);
    pending += chunk.toString();
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) {
      const text = line.trim();
      if (text === '') continue;
      if (/WARNING|error|fatal/i.test(text)) logger.warn({ redis: text }, 'redis-server says');
      else logger.debug({ redis: text }, 'redis-server says');
    }
  });
}

interface Spawned {
  child: ChildProcess;
  tail: OutputTail;
  spawnError: () => Error | undefined;
}

function spawnServer(binary: string, port: number, dataDir: string, logger: Logger): Spawned {
  const tail = new OutputTail();
  let spawnError: Error | undefined;
  const child = spawn(binary, serverArgs(port, dataDir), {
    cwd: dataDir,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: process.env,
  });
  child.once('error', (error) => {
    spawnError = error;
    tail.push(`\n${error.message}`);
  });
  if (child.stdout) forwardLines(child.stdout, tail, logger);
  if (child.stderr) forwardLines(child.stderr, tail, logger);
  return { child, tail, spawnError: () => spawnError };
}

/** Waits until the child answers PING; kills it and throws when it exits early or takes too long. */
async function waitUntilReady(
  spawned: Spawned,
  context: { binary: string; dataDir: string; port: number; timeoutMs: number },
): Promise<void> {
  const { child, tail } = spawned;
  const deadline = Date.now() + context.timeoutMs;
  let lastProbe: RedisProbeResult;
  for (;;) {
    if (hasExited(child) || spawned.spawnError() !== undefined) {
      await waitForExit(child, 1_000);
      await sleep(20); // let the last output arrive
      const status =
        spawned.spawnError()?.message ??
        (child.signalCode !== null ? `signal ${child.signalCode}` : `exit code ${String(child.exitCode)}`);
      throw new LocalRedisStartError(
        `redis-server exited during start-up (${status}) on port ${context.port} with data dir ${context.dataDir}` +
          `\n--- redis-server output (tail) ---\n${tail.toString()}`,
        { reason: 'exited', ...context, exitCode: child.exitCode, signal: child.signalCode, outputTail: tail.toString() },
      );
    }
    lastProbe = await probeRedis(context.port, { timeoutMs: 250 });
    if (lastProbe === 'pong') return;
    // A large AOF takes a while to load; the server says LOADING meanwhile, so give it longer.
    const limit = lastProbe === 'loading' ? deadline + LOADING_GRACE_MS : deadline;
    if (Date.now() > limit) break;
    await sleep(50);
  }
  child.kill('SIGTERM');
  if (!(await waitForExit(child, 3_000))) child.kill('SIGKILL');
  throw new LocalRedisStartError(
    `redis-server did not answer PING on port ${context.port} within ${context.timeoutMs} ms (last probe: ${lastProbe})` +
      `\n--- redis-server output (tail) ---\n${tail.toString()}`,
    { reason: 'timeout', ...context, exitCode: child.exitCode, signal: child.signalCode, outputTail: tail.toString() },
  );
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

  let binary = findRedisServer();
  if (binary === undefined) {
    if (opts.install !== true) {
      throw new RedisUnavailableError(`redis-server is not installed. ${INSTALL_HINT}`, { reason: 'not-installed' });
    }
    binary = await installRedisServer(logger);
  }

  const lockPath = await acquireLock(dataDir, binary, logger);
  const requestedPort = opts.port ?? 0;
  let spawned: Spawned | undefined;
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
    await unlink(lockPath).catch(() => undefined);
    throw error;
  }

  const { child, tail } = spawned;
  const pid = child.pid ?? 0;
  trackChild(child);
  // The child must not keep this process alive on its own; the exit hook stops it.
  child.unref();
  for (const stream of [child.stdout, child.stderr]) (stream as Socket | null)?.unref();

  const info: LockInfo = { ownerPid: process.pid, redisPid: pid, port, startedAt: new Date().toISOString() };
  await writeFile(lockPath, JSON.stringify(info), { mode: 0o600 });

  let stopping: Promise<void> | undefined;
  child.once('exit', (code, signal) => {
    liveChildren.delete(child);
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
        if (!hasExited(child)) {
          child.kill('SIGTERM');
          if (!(await waitForExit(child, STOP_TIMEOUT_MS))) {
            logger.error({ redisPid: pid }, 'redis-server did not stop on SIGTERM; killing it');
            child.kill('SIGKILL');
            await waitForExit(child, 5_000);
          }
        }
        liveChildren.delete(child);
        const current = await readLock(lockPath);
        if (current?.ownerPid === process.pid && current.redisPid === pid) await unlink(lockPath).catch(() => undefined);
        logger.info({ redisPid: pid, port }, 'stopped local redis-server');
      })();
      return stopping;
    },
  };
}
