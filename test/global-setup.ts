/**
 * Vitest global setup: one redis-server for the whole test run, on a free port with its data in a fresh
 * temporary directory (installed with apt-get first on a bare CI machine running as root). Tests get its
 * URL with `inject('redisUrl')` (see test/support/redis.ts). Set TEST_REDIS_URL to use another server.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import type { TestProject } from 'vitest/node';
import { startLocalRedis } from '../src/redis/local-server.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** URL of the Redis server shared by all tests; use unique key prefixes (test/support/redis.ts). */
    redisUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const external = process.env.TEST_REDIS_URL?.trim();
  if (external) {
    project.provide('redisUrl', external);
    return async () => undefined;
  }

  // 'info' by default: the few lines saying which server the run uses (and whether apt installed it).
  const logger = pino({ level: process.env.LOG_LEVEL ?? 'info', base: { app: 'hotline-tests' } }, pino.destination(2));
  const dataDir = await mkdtemp(path.join(tmpdir(), 'hotline-test-redis-'));
  const server = await startLocalRedis({ dataDir, port: 0, logger, install: true });
  project.provide('redisUrl', server.url);

  return async () => {
    await server.stop();
    await rm(dataDir, { recursive: true, force: true });
  };
}
