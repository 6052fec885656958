/**
 * A real Redis Sentinel set-up on loopback for one test file: a primary, a replica of it and one sentinel
 * (quorum 1, 1 s down-after, short failover timeout), each a `/usr/bin/redis-server` child on a free port
 * with its files in a temp directory. `kill()` sends the primary SIGKILL; `stop()` ends every child and
 * removes the directories.
 */
import type { ChildProcess } from 'node:child_process';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Redis } from 'ioredis';
import { pickFreePort } from '../../src/redis/local-server.js';
import { spawnRedis, stopRedisChildren } from './redis-children.js';
import { until } from './until.js';

export const SENTINEL_NAME = 'mymaster';

/** One redis-server child. */
export interface RigServer {
  port: number;
  child: ChildProcess;
  /** A plain client to this one server (no Sentinel), for the test's own checks; closed by `stop()`. */
  client(): Redis;
}

export interface SentinelRig {
  primary: RigServer;
  replica: RigServer;
  sentinel: RigServer;
  /** The port the sentinel names as the primary now. */
  primaryPort(): Promise<number>;
  /** SIGKILL to the primary (no AOF flush, no goodbye to the replica). */
  kill(): void;
  stop(): Promise<void>;
}

/** Starts the three servers and waits until the sentinel knows the replica (so that it can fail over to it). */
export async function startSentinelRig(): Promise<SentinelRig> {
  const root = await mkdtemp(path.join(tmpdir(), 'hotline-sentinel-test-'));
  const clients: Redis[] = [];
  const children: ChildProcess[] = [];
  const server = (port: number, child: ChildProcess): RigServer => {
    children.push(child);
    return {
      port,
      child,
      client() {
        // Reconnects: the sentinel closes every client of the replica it promotes (CLIENT KILL TYPE normal).
        const c = new Redis({ host: '127.0.0.1', port, lazyConnect: false, maxRetriesPerRequest: 5, retryStrategy: (n) => Math.min(n * 50, 500) });
        c.on('error', () => undefined);
        clients.push(c);
        return c;
      },
    };
  };
  const dataServer = async (name: string, port: number, extra: string[] = []) => {
    const dir = path.join(root, name);
    await mkdir(dir, { recursive: true });
    return server(port, spawnRedis([
      '--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--appendonly', 'yes', '--appendfsync', 'everysec',
      '--maxmemory-policy', 'noeviction', '--save', '', '--daemonize', 'no', '--loglevel', 'warning', ...extra,
    ], dir));
  };
  const ping = async (s: RigServer) => {
    await until(async () => {
      const c = new Redis({ host: '127.0.0.1', port: s.port, lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
      c.on('error', () => undefined);
      try {
        await c.connect();
        return (await c.ping()) === 'PONG';
      } catch {
        return false;
      } finally {
        c.disconnect();
      }
    }, `redis-server on port ${s.port}`, 10_000);
  };

  const [primaryPort, replicaPort, sentinelPort] = [await pickFreePort(), await pickFreePort(), await pickFreePort()];
  const primary = await dataServer('primary', primaryPort);
  const replica = await dataServer('replica', replicaPort, ['--replicaof', '127.0.0.1', String(primaryPort)]);
  await ping(primary);
  await ping(replica);
  const r = replica.client();
  await until(async () => (await r.info('replication')).includes('master_link_status:up'), 'the replica to sync', 10_000);

  const sentinelDir = path.join(root, 'sentinel');
  await mkdir(sentinelDir, { recursive: true });
  const conf = path.join(sentinelDir, 'sentinel.conf');
  await writeFile(conf, [
    `port ${sentinelPort}`,
    'bind 127.0.0.1',
    `dir ${sentinelDir}`,
    `sentinel monitor ${SENTINEL_NAME} 127.0.0.1 ${primaryPort} 1`,
    `sentinel down-after-milliseconds ${SENTINEL_NAME} 1000`,
    `sentinel failover-timeout ${SENTINEL_NAME} 3000`,
    `sentinel parallel-syncs ${SENTINEL_NAME} 1`,
    '',
  ].join('\n'));
  const sentinel = server(sentinelPort, spawnRedis([conf, '--sentinel'], sentinelDir));
  await ping(sentinel);
  const s = sentinel.client();
  await until(async () => ((await s.call('SENTINEL', 'replicas', SENTINEL_NAME)) as unknown[]).length > 0, 'the sentinel to see the replica', 15_000);

  return {
    primary,
    replica,
    sentinel,
    async primaryPort() {
      const [, port] = (await s.call('SENTINEL', 'get-master-addr-by-name', SENTINEL_NAME)) as [string, string];
      return Number(port);
    },
    kill() {
      primary.child.kill('SIGKILL');
    },
    stop: () => stopRedisChildren({ children, clients, root }),
  };
}
