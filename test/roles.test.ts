/**
 * The single-process roles under the roles lease, two in-process bot instances on one real Redis: only the
 * holder runs the roles; when the holder stops renewing (its connection to Redis frozen by a TCP proxy, so that
 * its renewals hang as over a cut network) it stops its roles before the lease can run out and the other
 * instance takes them over; the roles never run in both at once; on shutdown the holder hands over at once.
 */
import { createServer, connect, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import type { Redis } from 'ioredis';
import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { connectRedis, quitRedis } from '../src/redis/connect.js';
import { createRoles, type Roles } from '../src/roles.js';
import { testRedis, type TestRedis } from './support/redis.js';
import { until } from './support/until.js';

const logger = pino({ level: 'silent' });
const TTL_MS = 1500; // a loaded CI machine can delay a renewal by a few hundred ms: the early stop (2/3) must not fire on that

/** A TCP proxy to Redis that can be frozen: while frozen nothing passes either way (a cut network, not a closed socket). */
async function freezableProxy(target: URL): Promise<{ url: string; freeze(on: boolean): void; close(): Promise<void> }> {
  const pairs: Array<[Socket, Socket]> = [];
  let frozen = false;
  const server: Server = createServer((client) => {
    const upstream = connect(Number(target.port), target.hostname);
    client.on('error', () => undefined);
    upstream.on('error', () => undefined);
    client.pipe(upstream);
    upstream.pipe(client);
    pairs.push([client, upstream]);
    if (frozen) for (const s of [client, upstream]) s.pause();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `redis://127.0.0.1:${(server.address() as AddressInfo).port}`,
    freeze(on) {
      frozen = on;
      for (const pair of pairs) for (const s of pair) if (on) s.pause(); else s.resume();
    },
    close: () => new Promise<void>((resolve) => {
      for (const pair of pairs) for (const s of pair) s.destroy();
      server.close(() => resolve());
    }),
  };
}

describe('the single-process roles', () => {
  let t: TestRedis;
  let stops: Array<() => Promise<unknown>>;
  beforeEach(async () => {
    t = await testRedis();
    stops = [];
  });
  afterEach(async () => {
    for (const stop of stops.reverse()) await stop().catch(() => undefined);
    await t.cleanup();
  });

  /** Which instances run the roles now, and the most that ever ran them at once. */
  const running = new Set<string>();
  let most = 0;
  beforeEach(() => {
    running.clear();
    most = 0;
  });

  function instance(name: string, redis: Redis, held: boolean[] = []): Roles {
    const roles = createRoles({
      redis, key: `${t.prefix}roles:lease`, ttlMs: TTL_MS, logger, onHeld: (h) => held.push(h),
      async start(started) {
        // Two parts, as the desk worker and the linker: both started, both stopped.
        for (const part of ['desk', 'linker']) {
          running.add(`${name}:${part}`);
          most = Math.max(most, new Set([...running].map((r) => r.split(':')[0])).size);
          started.push({ name: part, stop: () => void running.delete(`${name}:${part}`) });
        }
      },
    });
    stops.push(() => roles.stop());
    return roles;
  }
  const runners = () => [...new Set([...running].map((r) => r.split(':')[0]))];

  it('runs the roles in one instance only; the other takes over when the first stops renewing, and at once on shutdown', async () => {
    const proxy = await freezableProxy(new URL(inject('redisUrl')));
    stops.push(() => proxy.close());
    const viaProxy = await connectRedis({ url: proxy.url, logger, name: 'roles-a', maxRetriesPerRequest: 1 });
    stops.push(() => quitRedis(viaProxy).catch(() => viaProxy.disconnect()));
    const heldA: boolean[] = [];
    const heldB: boolean[] = [];
    const a = instance('a', viaProxy, heldA);
    const b = instance('b', t.redis, heldB);
    await a.start();
    await b.start();
    expect([a.held(), b.held()]).toEqual([true, false]);
    expect(runners()).toEqual(['a']);
    expect(running).toEqual(new Set(['a:desk', 'a:linker']));
    // Renewed every third of the lease: still a's after three lease times.
    await new Promise((r) => setTimeout(r, 3 * TTL_MS));
    expect(runners()).toEqual(['a']);

    // a's network is cut: its renewals hang. It stops its roles before the lease runs out; b takes over.
    proxy.freeze(true);
    const cut = Date.now();
    await until(async () => runners().length === 0 || runners()[0] === 'b', 'a to stop its roles', 3 * TTL_MS);
    expect(Date.now() - cut).toBeLessThan(TTL_MS + 50);
    await until(async () => b.held() && runners()[0] === 'b', 'b to take over', 3 * TTL_MS);
    expect(a.held()).toBe(false);
    expect(running).toEqual(new Set(['b:desk', 'b:linker']));

    // a's network is back: b keeps the roles, a stands by.
    proxy.freeze(false);
    await new Promise((r) => setTimeout(r, 2 * TTL_MS));
    expect(runners()).toEqual(['b']);
    expect(a.held()).toBe(false);

    // b shuts down: it releases the lease, a takes over at its next round (a third of the lease).
    const stopped = Date.now();
    await b.stop();
    expect(b.held()).toBe(false);
    await until(async () => runners()[0] === 'a', 'a to take over after b stopped', 3 * TTL_MS);
    expect(Date.now() - stopped).toBeLessThan(TTL_MS);
    expect(most).toBe(1); // never in both at once
    expect(heldA).toEqual([true, false, true]);
    expect(heldB).toEqual([true, false]);
  });
});
