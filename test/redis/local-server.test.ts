import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Redis } from 'ioredis';
import { pino, type Logger } from 'pino';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { checkRedisSettings, connectRedis, quitRedis, RedisConnectError, resolveRedis } from '../../src/redis/connect.js';
import {
  findRedisServer,
  findRunningLocalRedis,
  installRedisServer,
  LocalRedisStartError,
  pickFreePort,
  probeRedis,
  RedisUnavailableError,
  startLocalRedis,
  type LocalRedis,
} from '../../src/redis/local-server.js';
import { testRedis } from '../support/redis.js';

interface LogLine {
  level: number;
  msg: string;
  [key: string]: unknown;
}

/** A pino logger whose lines are kept for assertions. */
function captureLogger(): { logger: Logger; lines: LogLine[]; text: () => string } {
  const lines: LogLine[] = [];
  const logger = pino({ level: 'debug' }, { write: (line: string) => void lines.push(JSON.parse(line) as LogLine) });
  return { logger, lines, text: () => lines.map((l) => JSON.stringify(l)).join('\n') };
}

const WARN = 40;
const quiet = pino({ level: 'silent' });

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
  it('runs with AOF and noeviction, keeps its data in the data dir across restarts, and stop() ends it', async () => {
    const dataDir = await tempDir();
    const server = await startLocalRedis({ dataDir, port: 0, logger: quiet });
    expect(server.url).toBe(`redis://127.0.0.1:${server.port}`);
    expect(server.port).toBeGreaterThan(0);
    expect(isAlive(server.pid)).toBe(true);

    const redis = await connectRedis({ url: server.url, logger: quiet });
    expect(await configValue(redis, 'appendonly')).toBe('yes');
    expect(await configValue(redis, 'appendfsync')).toBe('everysec');
    expect(await configValue(redis, 'maxmemory-policy')).toBe('noeviction');
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

describe('connectRedis', () => {
  it('rides out a brief outage: a command sent while Redis restarts succeeds', async () => {
    const dataDir = await tempDir();
    const server = await scratchServer(dataDir);
    const log = captureLogger();
    const redis = await connectRedis({ url: server.url, logger: log.logger, name: 'outage-test' });
    try {
      await redis.set('before-outage', '1');
      await server.stop();
      const pending = redis.set('during-outage', '1');
      await new Promise((resolve) => setTimeout(resolve, 300));
      await scratchServer(dataDir, server.port);
      await expect(pending).resolves.toBe('OK');
      expect(await redis.mget('before-outage', 'during-outage')).toEqual(['1', '1']);

      const messages = log.lines.map((l) => l.msg);
      expect(messages).toContain('redis connection ready');
      expect(messages).toContain('redis connection lost');
      expect(messages).toContain('redis reconnecting');
      expect(messages).toContain('redis connection restored');
    } finally {
      await quitRedis(redis);
    }
  });

  it('never logs the password of the URL', async () => {
    const server = await scratchServer();
    const password = 'pw-Secret-9731';
    const admin = await connectRedis({ url: server.url, logger: quiet });
    await admin.config('SET', 'requirepass', password);

    const log = captureLogger();
    const redis = await connectRedis({ url: `redis://:${password}@127.0.0.1:${server.port}`, logger: log.logger });
    try {
      expect(await redis.ping()).toBe('PONG');
      await admin.auth(password);
      await admin.call('CLIENT', 'KILL', 'TYPE', 'normal', 'SKIPME', 'yes'); // drop the client's connection
      for (let i = 0; i < 50 && !log.lines.some((l) => l.msg === 'redis connection restored'); i++) {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      expect(await redis.ping()).toBe('PONG');
      expect(log.lines.map((l) => l.msg)).toContain('redis connection restored');
      expect(log.text()).toContain(`redis://:***@127.0.0.1:${server.port}`);
      expect(log.text()).not.toContain(password);

      const wrong = await connectRedis({
        url: `redis://:not-${password}@127.0.0.1:${server.port}`,
        logger: log.logger,
        connectTimeoutMs: 1_000,
      }).catch((e: unknown) => e);
      expect(wrong).toBeInstanceOf(RedisConnectError);
      expect((wrong as Error).message).toMatch(/WRONGPASS|invalid/i);
      expect((wrong as Error).message).not.toContain(password);
      expect(log.text()).not.toContain(password);
    } finally {
      await quitRedis(redis);
      await quitRedis(admin);
    }
  });
});

describe('resolveRedis', () => {
  it('fails clearly, without the password, when REDIS_URL is unreachable', async () => {
    const port = await pickFreePort();
    const log = captureLogger();
    const started = Date.now();
    const error: unknown = await resolveRedis({
      redisUrl: `redis://:hunter2-secret@127.0.0.1:${port}`,
      dataDir: await tempDir(),
      logger: log.logger,
      connectTimeoutMs: 1_000,
    }).catch((e: unknown) => e);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(error).toBeInstanceOf(RedisConnectError);
    const connectError = error as RedisConnectError;
    expect(connectError.message).toContain(`127.0.0.1:${port}`);
    expect(connectError.message).toMatch(/ECONNREFUSED/);
    expect(connectError.message).toMatch(/REDIS_URL/);
    expect(connectError.message).not.toContain('hunter2');
    expect(connectError.url).toBe(`redis://:***@127.0.0.1:${port}`);
    expect(log.text()).not.toContain('hunter2');
  });

  it('without REDIS_URL, gives a working client (a Redis on :6379 or a local child under <dataDir>/redis)', async () => {
    const dataDir = await tempDir();
    const resolved = await resolveRedis({ dataDir, logger: quiet });
    try {
      expect(await resolved.redis.ping()).toBe('PONG');
      expect(['default-port', 'shared-local', 'local-child']).toContain(resolved.source);
      if (resolved.source === 'local-child') {
        expect(existsSync(path.join(dataDir, 'redis', 'appendonlydir'))).toBe(true);
        // A second process on the same data dir shares the server instead of starting another one.
        const second = await resolveRedis({ dataDir, logger: quiet });
        expect(second.source).toBe('shared-local');
        expect(second.url).toBe(resolved.url);
        await second.stop();
      }
    } finally {
      await resolved.stop();
      await resolved.stop();
    }
    expect(resolved.redis.status).toBe('end');
    if (resolved.source === 'local-child') {
      expect(await probeRedis(Number(new URL(resolved.url).port), { timeoutMs: 300 })).toBe('unreachable');
    }
  });
});

describe('checkRedisSettings', () => {
  let server: LocalRedis;
  let redis: Redis;

  beforeAll(async () => {
    server = await scratchServer();
    redis = await connectRedis({ url: server.url, logger: quiet });
  });
  afterAll(async () => {
    await quitRedis(redis);
    await server.stop();
  });

  it('is quiet about a server set up as startLocalRedis does', async () => {
    const log = captureLogger();
    expect(await checkRedisSettings(redis, log.logger)).toEqual({
      appendonly: true,
      evictionPolicy: 'noeviction',
      configReadable: true,
    });
    expect(log.lines.filter((l) => l.level >= WARN)).toEqual([]);
  });

  it('warns, saying what to set, when AOF is off or keys may be evicted', async () => {
    await redis.config('SET', 'appendonly', 'no');
    await redis.config('SET', 'maxmemory-policy', 'allkeys-lru');
    const log = captureLogger();
    expect(await checkRedisSettings(redis, log.logger)).toEqual({
      appendonly: false,
      evictionPolicy: 'allkeys-lru',
      configReadable: true,
    });
    const warnings = log.lines.filter((l) => l.level === WARN).map((l) => l.msg);
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toMatch(/appendonly yes/);
    expect(warnings[1]).toMatch(/maxmemory-policy noeviction/);
  });

  it('tolerates a disabled CONFIG command, warning once', async () => {
    const disabled = {
      config: () => Promise.reject(new Error("ERR unknown command 'CONFIG', with args beginning with: 'GET'")),
    } as unknown as Redis;
    const log = captureLogger();
    const expected = { appendonly: false, evictionPolicy: 'unknown', configReadable: false };
    expect(await checkRedisSettings(disabled, log.logger)).toEqual(expected);
    expect(await checkRedisSettings(disabled, log.logger)).toEqual(expected);
    const warnings = log.lines.filter((l) => l.level === WARN);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.msg).toMatch(/maxmemory-policy noeviction/);
  });
});

describe('testRedis (test support)', () => {
  it('gives each caller its own prefix and cleanup removes only those keys', async () => {
    const a = await testRedis();
    const b = await testRedis();
    expect(a.prefix).toMatch(/^t:[0-9a-f]+:$/);
    expect(a.prefix).not.toBe(b.prefix);
    await a.redis.set(`${a.prefix}one`, '1');
    await a.redis.hset(`${a.prefix}two`, 'f', 'v');
    await b.redis.set(`${b.prefix}one`, '1');
    await a.cleanup();
    expect(a.redis.status).toBe('end');
    expect(await b.redis.exists(`${a.prefix}one`, `${a.prefix}two`)).toBe(0);
    expect(await b.redis.exists(`${b.prefix}one`)).toBe(1);
    await b.cleanup();
  });
});
