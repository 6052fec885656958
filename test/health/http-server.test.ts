/**
 * The HTTP server with real requests: `/healthz` while the process runs; `/readyz` turning 503 when its
 * scratch redis-server stops (naming Redis, nothing personal) and 200 when it is back; `/metrics` in
 * Prometheus text, its series moving after an SOS (messages in and out, danger to queue, the open critical
 * case and its age), with no chat address or case id in any label, and the Redis-read gauges cached.
 */
import type { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src/app.js';
import type { ChannelLink } from '../../src/health/channel-watch.js';
import { createHttpServer, type HttpServer } from '../../src/health/http-server.js';
import { createMetrics, type Metrics } from '../../src/health/metrics.js';
import { connectRedis, quitRedis } from '../../src/redis/connect.js';
import type { LocalRedis } from '../../src/redis/local-server.js';
import { quiet as logger, scratchRedis } from '../support/scratch-redis.js';
import { until } from '../support/until.js';

const { tempDir, scratchServer } = scratchRedis();
let redisDir: string;
let redisServer: LocalRedis;
let redis: Redis;
let app: App;
let metrics: Metrics;
let http: HttpServer;
let base: string;
let console_: ChannelLink = { connected: true };

beforeAll(async () => {
  redisDir = await tempDir();
  redisServer = await scratchServer(redisDir);
  redis = await connectRedis({ url: redisServer.url, logger, name: 'health-test' });
  app = createApp({ config: { dataKey: Buffer.alloc(32, 5), deploymentFile: 'data/deployment.json', conversationTtlSeconds: 3600, redis: { prefix: 'health:' } }, redis, logger });
  const links = () => [{ name: 'console' as const, ...console_ }];
  metrics = createMetrics({ redis, keys: app.keys, logger, channels: ['console'], links, cacheMs: 300, processMetrics: false });
  http = createHttpServer({ host: '127.0.0.1', port: 0, redis, links, metrics, logger, pingTimeoutMs: 500 });
  base = `http://127.0.0.1:${await http.start()}`;
});
afterAll(async () => {
  await http.stop();
  await quitRedis(redis).catch(() => undefined);
});

const get = async (path: string) => {
  const res = await fetch(`${base}${path}`);
  return { status: res.status, type: res.headers.get('content-type') ?? '', text: await res.text() };
};
/** A series' value in the exposition text (`name{labels} value`), or undefined. */
const series = (text: string, name: string) => {
  const line = text.split('\n').find((l) => l.startsWith(`${name} `));
  return line === undefined ? undefined : Number(line.slice(name.length + 1));
};

describe('http server', () => {
  it('answers /healthz with 200 while the process runs', async () => {
    const res = await get('/healthz');
    expect(res.status).toBe(200);
    expect(JSON.parse(res.text)).toEqual({ ok: true });
  });

  it('answers /readyz 503 naming a channel that is not connected, and 200 once it is', async () => {
    console_ = { connected: false, problem: 'unreachable' };
    const down = await get('/readyz');
    expect(down.status).toBe(503);
    expect(JSON.parse(down.text)).toEqual({ ready: false, redis: 'ok', channels: [{ name: 'console', connected: false, problem: 'unreachable' }] });
    console_ = { connected: true };
    const up = await get('/readyz');
    expect(up.status).toBe(200);
    expect(JSON.parse(up.text)).toEqual({ ready: true, redis: 'ok', channels: [{ name: 'console', connected: true }] });
  });

  it('answers 404 on a path it does not serve', async () => {
    expect((await get('/nothing-here')).status).toBe(404);
  });

  it('serves metrics whose series move after an SOS, with nothing personal in them', async () => {
    const before = await get('/metrics');
    expect(before.status).toBe(200);
    expect(before.type).toContain('text/plain');
    for (const name of ['hotline_messages_in_total', 'hotline_messages_out_total', 'hotline_reply_seconds', 'hotline_danger_to_queue_seconds', 'hotline_open_cases',
      'hotline_oldest_unclaimed_critical_seconds', 'hotline_desk_backlog', 'hotline_outbox_lanes', 'hotline_channel_state', 'hotline_redis_memory_margin_bytes']) {
      expect(before.text).toContain(`# TYPE ${name} `);
    }
    expect(series(before.text, 'hotline_messages_in_total{channel="console"}')).toBe(0);
    expect(series(before.text, 'hotline_open_cases{urgency="critical"}')).toBe(0);
    expect(series(before.text, 'hotline_oldest_unclaimed_critical_seconds')).toBe(0);
    expect(series(before.text, 'hotline_channel_state{channel="console"}')).toBe(1);
    expect(series(before.text, 'hotline_redis_memory_margin_bytes')).toBeGreaterThan(0);

    const hotline = metrics.instrumentHotline(app.hotline);
    const address = 'person-7781';
    const replies = await hotline.receive({ channel: 'console', address, messageId: 'sos-1', at: Date.now(), languageHint: 'id', body: { kind: 'text', text: 'SOS tolong saya disekap' } });
    expect(replies.some((r) => r.urgency === 'critical')).toBe(true);
    const [caseId] = await redis.zrange(app.keys.queue, '0', '0');
    expect(caseId).toBeTruthy();

    // The Redis-read gauges are cached: they move once the cache is older than its time (300 ms here).
    const after = await until(async () => {
      const m = await get('/metrics');
      return series(m.text, 'hotline_open_cases{urgency="critical"}') === 1 ? m.text : undefined;
    }, 'the open critical case in the metrics', 3_000);
    expect(series(after, 'hotline_messages_in_total{channel="console"}')).toBe(1);
    expect(series(after, 'hotline_messages_out_total{channel="console"}')).toBe(replies.filter((r) => !r.wipe).length);
    expect(series(after, 'hotline_danger_to_queue_seconds_count{channel="console"}')).toBe(1);
    expect(series(after, 'hotline_reply_seconds_count{channel="console"}')).toBe(1);
    expect(series(after, 'hotline_oldest_unclaimed_critical_seconds')).toBeGreaterThanOrEqual(0);
    await new Promise((r) => setTimeout(r, 1100));
    const later = await until(async () => {
      const m = await get('/metrics');
      return (series(m.text, 'hotline_oldest_unclaimed_critical_seconds') ?? 0) >= 1 ? m.text : undefined;
    }, 'the critical case aging', 3_000);
    expect(series(later, 'hotline_oldest_unclaimed_critical_seconds')).toBeGreaterThanOrEqual(1);
    // No label carries a person or a case.
    expect(later).not.toContain(address);
    expect(later).not.toContain(caseId!);
  });

  it('reads Redis for the gauges at most once per cache time, however often it is scraped', async () => {
    await new Promise((r) => setTimeout(r, 350));
    const before = Number(/total_commands_processed:(\d+)/.exec(await redis.info('stats'))![1]);
    await Promise.all(Array.from({ length: 20 }, () => get('/metrics')));
    const after = Number(/total_commands_processed:(\d+)/.exec(await redis.info('stats'))![1]);
    // One read: a pipeline of a few commands, the claims of the critical cases, INFO memory; plus the INFO above.
    expect(after - before).toBeLessThan(20);
  });

  it('answers /readyz 503 naming Redis while it is stopped, and 200 when it is back', async () => {
    await redisServer.stop();
    const down = await until(async () => {
      const res = await get('/readyz');
      return res.status === 503 ? res : undefined;
    }, 'readiness to fail', 5_000);
    expect(JSON.parse(down.text)).toEqual({ ready: false, redis: 'down', channels: [{ name: 'console', connected: true }] });
    // Metrics still answer (the Redis gauges keep their last values, and say Redis was not read).
    await new Promise((r) => setTimeout(r, 350));
    const m = await get('/metrics');
    expect(m.status).toBe(200);
    expect(series(m.text, 'hotline_redis_up')).toBe(0);
    expect((await get('/healthz')).status).toBe(200);

    redisServer = await scratchServer(redisDir, redisServer.port);
    const up = await until(async () => {
      const res = await get('/readyz');
      return res.status === 200 ? res : undefined;
    }, 'readiness once Redis is back', 15_000);
    expect(JSON.parse(up.text)).toMatchObject({ ready: true, redis: 'ok' });
  });
});

describe('http server while the process starts', () => {
  it('answers /readyz 503 with `starting` until the process has started its parts', async () => {
    let starting = true;
    const early = createHttpServer({ host: '127.0.0.1', port: 0, redis, links: () => [], logger, starting: () => starting });
    const url = `http://127.0.0.1:${await early.start()}/readyz`;
    try {
      const res = await fetch(url);
      expect(res.status).toBe(503);
      expect(await res.json()).toEqual({ ready: false, starting: true, redis: 'ok', channels: [] });
      starting = false;
      expect((await fetch(url)).status).toBe(200);
    } finally {
      await early.stop();
    }
  });
});
