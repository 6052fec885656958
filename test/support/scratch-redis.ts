/**
 * For the tests of starting and connecting to Redis: scratch `redis-server`s of their own, each in a temp
 * data directory (all stopped and removed after the test file), and a logger that keeps its lines for
 * assertions.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pino, type Logger } from 'pino';
import { afterAll } from 'vitest';
import { startLocalRedis, type LocalRedis } from '../../src/redis/local-server.js';

/** A parsed pino line. */
export interface LogLine {
  level: number;
  msg: string;
  [key: string]: unknown;
}

/** A pino logger whose lines are kept for assertions. */
export function captureLogger(): { logger: Logger; lines: LogLine[]; text: () => string } {
  const lines: LogLine[] = [];
  const logger = pino({ level: 'debug' }, { write: (line: string) => void lines.push(JSON.parse(line) as LogLine) });
  return { logger, lines, text: () => lines.map((l) => JSON.stringify(l)).join('\n') };
}

/** pino's `warn` level. */
export const WARN = 40;
/** A logger that prints nothing. */
export const quiet = pino({ level: 'silent' });

/**
 * Scratch servers for one test file; call it at the file's top level (it registers the `afterAll` that
 * stops every server in `servers` and removes every temp dir).
 */
export function scratchRedis(): {
  /** A fresh temp directory. */
  tempDir: () => Promise<string>;
  /** Starts a silent local server (on a free port unless `port` is given) in `dataDir` or a fresh temp dir. */
  scratchServer: (dataDir?: string, port?: number) => Promise<LocalRedis>;
  /** Servers stopped after the file; push one started by other means. */
  servers: LocalRedis[];
} {
  const tempDirs: string[] = [];
  const servers: LocalRedis[] = [];

  async function tempDir(): Promise<string> {
    const dir = await mkdtemp(path.join(tmpdir(), 'hotline-redis-test-'));
    tempDirs.push(dir);
    return dir;
  }

  async function scratchServer(dataDir?: string, port = 0): Promise<LocalRedis> {
    const server = await startLocalRedis({ dataDir: dataDir ?? (await tempDir()), port, logger: quiet });
    servers.push(server);
    return server;
  }

  afterAll(async () => {
    await Promise.all(servers.map((s) => s.stop()));
    await Promise.all(tempDirs.map((d) => rm(d, { recursive: true, force: true })));
  });

  return { tempDir, scratchServer, servers };
}
