import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import net from 'node:net';
import { totalmem } from 'node:os';
import path from 'node:path';
import type { Redis } from 'ioredis';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { connectRedis, quitRedis } from '../../src/redis/connect.js';
import {
  findRedisServer,
  findRunningLocalRedis,
  installRedisServer,
  LocalRedisStartError,
  pickFreePort,
  probeRedis,
  RedisUnavailableError,
  startLocalRedis,
} from '../../src/redis/local-server.js';
import { captureLogger, quiet, scratchRedis, WARN } from '../support/scratch-redis.js';

const { tempDir, scratchServer, servers } = scratchRedis();

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function configValue(redis: Redis, parameter: string): Promise<string | undefined> {
  const reply = (await redis.config('GET', parameter)) as unknown as string[];
  return reply[1];
}

describe('findRedisServer', () => {
  it('finds the installed redis-server binary', () => {
    const binary = findRedisServer();
    expect(binary).toBeDefined();
    expect(path.basename(binary ?? '')).toBe('redis-server');
    expect(path.isAbsolute(binary ?? '')).toBe(true);
  });
});

describe('installRedisServer', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('refuses when not root and says how to install Redis or use REDIS_URL', async () => {
    vi.spyOn(process, 'getuid').mockReturnValue(1000);
    const attempt = installRedisServer(quiet);
    await expect(attempt).rejects.toBeInstanceOf(RedisUnavailableError);
    await expect(attempt).rejects.toThrow(/sudo apt-get install -y redis-server/);
    await expect(attempt).rejects.toThrow(/REDIS_URL/);
    await expect(attempt).rejects.toMatchObject({ name: 'RedisUnavailableError', reason: 'not-installed' });
  });
});

describe('startLocalRedis', () => {
  it('runs with AOF, noeviction and maxmemory half the machine\'s memory, keeps its data in the data dir across restarts, and stop() ends it', async () => {
    const dataDir = await tempDir();
    const server = await startLocalRedis({ dataDir, port: 0, logger: quiet });
    expect(server.url).toBe(`redis://127.0.0.1:${server.port}`);
    expect(server.port).toBeGreaterThan(0);
    expect(isAlive(server.pid)).toBe(true);

    const redis = await connectRedis({ url: server.url, logger: quiet });
    expect(await configValue(redis, 'appendonly')).toBe('yes');
    expect(await configValue(redis, 'appendfsync')).toBe('everysec');
    expect(await configValue(redis, 'maxmemory-policy')).toBe('noeviction');
    expect(Number(await configValue(redis, 'maxmemory'))).toBe(Math.floor(totalmem() / 2));
    expect(await configValue(redis, 'bind')).toBe('127.0.0.1');
    expect(await configValue(redis, 'dir')).toBe(dataDir);
    await redis.set('persisted-key', 'persisted-value');
    await quitRedis(redis);

    await server.stop();
    await server.stop(); // idempotent
    expect(isAlive(server.pid)).toBe(false);
    expect(await probeRedis(server.port, { timeoutMs: 300 })).toBe('unreachable');
    expect(existsSync(path.join(dataDir, '.hotline-redis.lock'))).toBe(false);

    // The AOF (multi-part since Redis 7) lives in the data dir and holds the write.
    const aofDir = path.join(dataDir, 'appendonlydir');
    const files = await readdir(aofDir);
    expect(files.some((f) => f.endsWith('.manifest'))).toBe(true);
    const incr = files.find((f) => f.endsWith('.incr.aof'));
    expect(incr).toBeDefined();
    expect(await readFile(path.join(aofDir, incr ?? ''), 'utf8')).toContain('persisted-key');

    const again = await scratchServer(dataDir);
    const reader = await connectRedis({ url: again.url, logger: quiet });
    expect(await reader.get('persisted-key')).toBe('persisted-value');
    await quitRedis(reader);
    await again.stop();
  });

  it('fails with the server output when redis-server exits during start-up (port taken)', async () => {
    const blocker = net.createServer((socket) => socket.destroy());
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as net.AddressInfo).port;
    const dataDir = await tempDir();
    try {
      const error: unknown = await startLocalRedis({ dataDir, port, logger: quiet }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(LocalRedisStartError);
      const startError = error as LocalRedisStartError;
      expect(startError.reason).toBe('exited');
      expect(startError.port).toBe(port);
      expect(startError.message).toMatch(/exited during start-up/);
      expect(startError.outputTail).toMatch(/address already in use/i);
      expect(startError.message).toContain(startError.outputTail.slice(-40));
    } finally {
      await new Promise((resolve) => blocker.close(resolve));
    }
    // The failed attempt released the data dir.
    expect(existsSync(path.join(dataDir, '.hotline-redis.lock'))).toBe(false);
    const server = await scratchServer(dataDir);
    expect(await probeRedis(server.port)).toBe('pong');
    await server.stop();
  });

  it('refuses a second server on the same data dir; findRunningLocalRedis finds the first', async () => {
    const dataDir = await tempDir();
    const first = await scratchServer(dataDir);
    await expect(startLocalRedis({ dataDir, logger: quiet })).rejects.toMatchObject({
      name: 'LocalRedisStartError',
      reason: 'in-use',
    });
    expect(await findRunningLocalRedis(dataDir)).toEqual({
      url: first.url,
      port: first.port,
      pid: first.pid,
      ownerPid: process.pid,
    });
    await first.stop();
    expect(await findRunningLocalRedis(dataDir)).toBeUndefined();
  });

  it('stops a redis-server orphaned by a dead owner before starting its own', async () => {
    const dataDir = await tempDir();
    const binary = findRedisServer() ?? 'redis-server';
    const port = await pickFreePort();
    const orphan = spawn(binary, ['--port', String(port), '--bind', '127.0.0.1', '--dir', dataDir, '--save', '', '--appendonly', 'yes'], {
      stdio: 'ignore',
    });
    const orphanExit = new Promise((resolve) => orphan.once('exit', resolve));
    for (let i = 0; i < 100 && (await probeRedis(port, { timeoutMs: 100 })) !== 'pong'; i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    // A process that has exited stands for the owner that crashed.
    const dead = spawn(process.execPath, ['-e', '']);
    await new Promise((resolve) => dead.once('exit', resolve));
    await writeFile(
      path.join(dataDir, '.hotline-redis.lock'),
      JSON.stringify({ ownerPid: dead.pid, redisPid: orphan.pid, port, startedAt: new Date().toISOString() }),
    );
    expect(await findRunningLocalRedis(dataDir)).toBeUndefined(); // its owner is gone

    const log = captureLogger();
    const server = await startLocalRedis({ dataDir, logger: log.logger });
    servers.push(server);
    await orphanExit;
    expect(orphan.exitCode ?? orphan.signalCode).not.toBeNull();
    expect(log.lines.some((l) => l.level === WARN && /orphaned/.test(l.msg))).toBe(true);
    expect(await probeRedis(server.port)).toBe('pong');
    await server.stop();
  });
});
