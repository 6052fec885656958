/**
 * A real Redis Sentinel set-up on loopback for one test file: a primary, a replica of it and one sentinel
 * or more (quorum a majority of them, 1 s down-after, short failover timeout), each a `/usr/bin/redis-server`
 * child on a free port with its files in a temp directory. `kill()` sends the primary SIGKILL; `hang()` stops
 * a sentinel with SIGSTOP (it still accepts connections, and never answers); `stop()` resumes and ends every
 * child and removes the directories.
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
  /** The first sentinel (`sentinels[0]`). */
  sentinel: RigServer;
  sentinels: RigServer[];
  /** The port the first sentinel not hung names as the primary now. */
  primaryPort(): Promise<number>;
  /** Waits until every sentinel not hung names the replica as the primary. */
  failedOver(timeoutMs?: number): Promise<void>;
  /** SIGKILL to the primary (no AOF flush, no goodbye to the replica). */
  kill(): void;
  /** SIGSTOP to a sentinel: the kernel still completes its TCP handshakes, the sentinel never answers. */
  hang(sentinel: RigServer): void;
  stop(): Promise<void>;
}

/**
 * Starts the primary, the replica and `sentinels` sentinels (default 1), and waits until every sentinel
 * knows the replica (so that it can fail over to it) and the other sentinels (so that they can elect one).
 */
export async function startSentinelRig({ sentinels: count = 1 }: { sentinels?: number } = {}): Promise<SentinelRig> {
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

  // A failed start ends the children it started too.
  const start = async () => {
    const [primaryPort, replicaPort] = [await pickFreePort(), await pickFreePort()];
    const primary = await dataServer('primary', primaryPort);
    const replica = await dataServer('replica', replicaPort, ['--replicaof', '127.0.0.1', String(primaryPort)]);
    await ping(primary);
    await ping(replica);
    const r = replica.client();
    await until(async () => (await r.info('replication')).includes('master_link_status:up'), 'the replica to sync', 10_000);

    const sentinelServer = async (i: number): Promise<RigServer> => {
      const port = await pickFreePort();
      const dir = path.join(root, `sentinel-${i}`);
      await mkdir(dir, { recursive: true });
      const conf = path.join(dir, 'sentinel.conf');
      await writeFile(conf, [
        `port ${port}`,
        'bind 127.0.0.1',
        `dir ${dir}`,
        `sentinel monitor ${SENTINEL_NAME} 127.0.0.1 ${primaryPort} ${Math.floor(count / 2) + 1}`,
        `sentinel down-after-milliseconds ${SENTINEL_NAME} 1000`,
        `sentinel failover-timeout ${SENTINEL_NAME} 3000`,
        `sentinel parallel-syncs ${SENTINEL_NAME} 1`,
        '',
      ].join('\n'));
      const sentinel = server(port, spawnRedis([conf, '--sentinel'], dir));
      await ping(sentinel);
      return sentinel;
    };
    const sentinels: RigServer[] = [];
    for (let i = 0; i < count; i++) sentinels.push(await sentinelServer(i));
    // One plain client per sentinel, for the checks below; a hung sentinel's is not used.
    const asked = new Map(sentinels.map((s) => [s, s.client()]));
    const known = async (c: Redis, what: 'replicas' | 'sentinels') => ((await c.call('SENTINEL', what, SENTINEL_NAME)) as unknown[]).length;
    await until(async () => {
      for (const c of asked.values()) if ((await known(c, 'replicas')) < 1 || (await known(c, 'sentinels')) < count - 1) return false;
      return true;
    }, 'the sentinels to see the replica and each other', 15_000);
    return { primary, replica, sentinels, asked };
  };
  const { primary, replica, sentinels, asked } = await start().catch(async (error: unknown) => {
    await stopRedisChildren({ children, clients, root });
    throw error;
  });
  const hung = new Set<RigServer>();
  const namedPrimary = async (c: Redis) => Number(((await c.call('SENTINEL', 'get-master-addr-by-name', SENTINEL_NAME)) as [string, string])[1]);
  const answering = () => sentinels.filter((s) => !hung.has(s)).map((s) => asked.get(s)!);

  return {
    primary,
    replica,
    sentinel: sentinels[0]!,
    sentinels,
    primaryPort: () => namedPrimary(answering()[0]!),
    async failedOver(timeoutMs = 15_000) {
      await until(async () => {
        for (const c of answering()) if ((await namedPrimary(c)) !== replica.port) return false;
        return true;
      }, 'every sentinel not hung to name the replica as the primary', timeoutMs);
    },
    kill() {
      primary.child.kill('SIGKILL');
    },
    hang(sentinel) {
      hung.add(sentinel);
      sentinel.child.kill('SIGSTOP');
    },
    async stop() {
      for (const s of hung) s.child.kill('SIGCONT');
      await stopRedisChildren({ children, clients, root });
    },
  };
}
