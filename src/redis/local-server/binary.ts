/**
 * The `redis-server` binary: finding it on PATH (or where root's tools live) and, as root on a machine
 * with apt-get, installing it.
 */
import { spawn } from 'node:child_process';
import { accessSync, constants as fsConstants, statSync } from 'node:fs';
import path from 'node:path';
import type { Logger } from 'pino';
import { RedisUnavailableError } from './errors.js';
import { OutputTail } from './output-tail.js';

/** How to get a Redis server, for error messages. */
const INSTALL_HINT =
  'Install it with `sudo apt-get install -y redis-server` (Debian/Ubuntu), ' +
  'or set REDIS_URL to an existing Redis server (e.g. REDIS_URL=redis://127.0.0.1:6379).';

/** Extra directories searched besides PATH (root's tools are often missing from a user's PATH). */
const EXTRA_BIN_DIRS = ['/usr/bin', '/usr/sbin', '/usr/local/bin'];

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

/**
 * Finds `redis-server`, or installs it when it is missing and `install` is on ({@link installRedisServer}).
 *
 * @returns the binary's absolute path.
 * @throws {RedisUnavailableError} when it is missing and `install` is off or the installation is impossible.
 */
export async function findOrInstallRedisServer(opts: { install: boolean; logger: Logger }): Promise<string> {
  const binary = findRedisServer();
  if (binary !== undefined) return binary;
  if (!opts.install) {
    throw new RedisUnavailableError(`redis-server is not installed. ${INSTALL_HINT}`, { reason: 'not-installed' });
  }
  return installRedisServer(opts.logger);
}
