import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkRedisSettings, connectRedis, quitRedis, RedisConnectError, resolveRedis } from '../../src/redis/connect.js';
import { pickFreePort, probeRedis, type LocalRedis } from '../../src/redis/local-server.js';
import { testRedis } from '../support/redis.js';
import { captureLogger, quiet, scratchRedis, WARN } from '../support/scratch-redis.js';

const { tempDir, scratchServer } = scratchRedis();

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
