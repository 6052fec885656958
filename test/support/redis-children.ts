/**
 * Child redis-server processes for the test rigs that need servers of their own (test/support/sentinel-rig.ts,
 * test/support/cluster-rig.ts): started from Debian's binary, and all ended with their files removed.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { rm } from 'node:fs/promises';
import type { Redis } from 'ioredis';

/** `redis-server` (or `redis-server --sentinel …`) with `args`, its stderr drained so that it never blocks. */
export function spawnRedis(args: string[], cwd: string): ChildProcess {
  const child = spawn('/usr/bin/redis-server', args, { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
  child.stderr?.resume();
  return child;
}

/** Closes the rig's clients, kills every child (SIGKILL) and waits for it to exit, then removes `root`. */
export async function stopRedisChildren(rig: { children: ChildProcess[]; clients: Redis[]; root: string }): Promise<void> {
  for (const c of rig.clients) c.disconnect();
  await Promise.all(rig.children.map((child) => new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  })));
  await rm(rig.root, { recursive: true, force: true });
}
