/**
 * The `redis-server` child process: its command line (loopback only, AOF `appendfsync everysec`,
 * `noeviction`, `maxmemory` half the machine's memory), its log lines forwarded to our logger, waiting until it answers PING, and stopping it.
 * No child outlives this process: {@link killOnExit} sends SIGTERM to those still running when it exits.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { totalmem } from 'node:os';
import type { Logger } from 'pino';
import { LocalRedisStartError } from './errors.js';
import { OutputTail } from './output-tail.js';
import { probeRedis, type RedisProbeResult } from './ports.js';

/** How long a redis-server gets to flush its AOF and exit after SIGTERM. */
export const STOP_TIMEOUT_MS = 15_000;
/** Extra time granted while the server answers `-LOADING` (it is reading a large AOF). */
const LOADING_GRACE_MS = 300_000;

function serverArgs(port: number, dataDir: string): string[] {
  return [
    '--port', String(port),
    '--bind', '127.0.0.1',
    '--dir', dataDir,
    '--appendonly', 'yes',
    '--appendfsync', 'everysec',
    '--maxmemory-policy', 'noeviction',
    // Full at half the machine's memory: Redis then refuses writes (and the officers were told at 80 and 90 %)
    // rather than growing until the system kills it, and an AOF rewrite's fork still has room to copy pages.
    '--maxmemory', String(Math.floor(totalmem() / 2)),
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

/** A `redis-server` child just spawned by {@link spawnServer}. */
export interface SpawnedServer {
  child: ChildProcess;
  /** What it printed last (stdout and stderr). */
  tail: OutputTail;
  /** The error of a failed spawn (binary not executable…), once there is one. */
  spawnError: () => Error | undefined;
}

/** Spawns `redis-server` on 127.0.0.1:`port` with its data in `dataDir`; does not wait for it. */
export function spawnServer(binary: string, port: number, dataDir: string, logger: Logger): SpawnedServer {
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

/**
 * Waits until the child answers PING, granting more time while it answers `-LOADING`.
 *
 * @throws {LocalRedisStartError} `exited` when it exits early, `timeout` when it takes too long (after
 *   killing it); both with the tail of its output.
 */
export async function waitUntilReady(
  spawned: SpawnedServer,
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

/** Children still running; killed when this process exits so that none outlives it. */
const liveChildren = new Set<ChildProcess>();
let exitHookInstalled = false;

/** Sends `child` SIGTERM (Redis flushes the AOF) if this process exits while the child still runs. */
export function killOnExit(child: ChildProcess): void {
  liveChildren.add(child);
  child.once('exit', () => liveChildren.delete(child));
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

/** Stops the child with SIGTERM and waits for it; SIGKILL when it has not exited after {@link STOP_TIMEOUT_MS}. */
export async function stopServer(child: ChildProcess, logger: Logger): Promise<void> {
  if (!hasExited(child)) {
    child.kill('SIGTERM');
    if (!(await waitForExit(child, STOP_TIMEOUT_MS))) {
      logger.error({ redisPid: child.pid ?? 0 }, 'redis-server did not stop on SIGTERM; killing it');
      child.kill('SIGKILL');
      await waitForExit(child, 5_000);
    }
  }
  liveChildren.delete(child);
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

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
