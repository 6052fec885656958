/**
 * A real Redis Cluster on loopback for one test file: three primaries (`redis-server --cluster-enabled yes`,
 * no replicas), each on a free port with its files in a temp directory, joined with
 * `redis-cli --cluster create`. `stop()` ends every child and removes the directories.
 */
import { execFile, type ChildProcess } from 'node:child_process';
import { mkdir, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { Redis } from 'ioredis';
import { pickFreePort } from '../../src/redis/local-server.js';
import { spawnRedis, stopRedisChildren } from './redis-children.js';
import { until } from './until.js';

export interface ClusterRig {
  ports: number[];
  /** A plain client to one node (no cluster routing), for the test's own checks; closed by `stop()`. */
  node(port: number): Redis;
  stop(): Promise<void>;
}

/** Starts three primaries, creates the cluster (16384 slots split in three) and waits until every node says it is ok. */
export async function startClusterRig(): Promise<ClusterRig> {
  const root = await mkdtemp(path.join(tmpdir(), 'hotline-cluster-test-'));
  const children: ChildProcess[] = [];
  const clients: Redis[] = [];
  const ports = [await pickFreePort(), await pickFreePort(), await pickFreePort()];
  const node = (port: number) => {
    const c = new Redis({ host: '127.0.0.1', port, maxRetriesPerRequest: 3, retryStrategy: (n) => Math.min(n * 50, 500) });
    c.on('error', () => undefined);
    clients.push(c);
    return c;
  };
  try {
    for (const port of ports) {
      const dir = path.join(root, String(port));
      await mkdir(dir, { recursive: true });
      children.push(spawnRedis([
        '--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--cluster-enabled', 'yes',
        '--cluster-config-file', path.join(dir, 'nodes.conf'), '--cluster-node-timeout', '2000',
        '--appendonly', 'yes', '--save', '', '--maxmemory-policy', 'noeviction', '--daemonize', 'no', '--loglevel', 'warning',
      ], dir));
    }
    for (const port of ports) {
      const c = node(port);
      await until(async () => (await c.ping().catch(() => '')) === 'PONG', `cluster node on port ${port}`, 10_000);
    }
    await promisify(execFile)('/usr/bin/redis-cli', ['--cluster', 'create', ...ports.map((p) => `127.0.0.1:${p}`), '--cluster-replicas', '0', '--cluster-yes'], { timeout: 20_000 });
    for (const port of ports) {
      const c = node(port);
      await until(async () => (await c.cluster('INFO')).includes('cluster_state:ok'), `cluster_state:ok on ${port}`, 15_000);
    }
  } catch (error) {
    await stopRedisChildren({ children, clients, root });
    throw error;
  }
  return {
    ports,
    node,
    stop: () => stopRedisChildren({ children, clients, root }),
  };
}
