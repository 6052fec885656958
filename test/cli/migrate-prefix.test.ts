/**
 * `npm run migrate-prefix` as a process, between real redis-servers (test/support/scratch-redis.ts) and onto
 * the real three-primary cluster (test/support/cluster-rig.ts): a case written through the real core on the
 * source is opened through the product's code under the new prefix on the target.
 */
import { execFile, spawn } from 'node:child_process';
import { Redis } from 'ioredis';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src/app.js';
import { createLinker } from '../../src/cases/linker.js';
import { createKeys } from '../../src/redis/keys.js';
import { createLease } from '../../src/redis/lease.js';
import { resolveRedis } from '../../src/redis/connect.js';
import { scanKeys } from '../../src/redis/scan-all.js';
import type { RedisClient } from '../../src/redis/redis-client.js';
import { openCaseValue } from '../support/case-values.js';
import { startClusterRig, type ClusterRig } from '../support/cluster-rig.js';
import { person, selfReport } from '../support/reports.js';
import { quiet, scratchRedis } from '../support/scratch-redis.js';
import { until } from '../support/until.js';

const dataKey = Buffer.alloc(32, 7);
const FROM = 'hotline:';
const TO = 'hotline:{id-phnom-penh}:';
const { scratchServer, tempDir } = scratchRedis();
const clients: Redis[] = [];
afterAll(async () => {
  await Promise.all(clients.map((c) => c.quit().catch(() => undefined)));
});

function client(url: string): Redis {
  const c = new Redis(url, { maxRetriesPerRequest: 3 });
  clients.push(c);
  return c;
}

/** The environment of the CLI: nothing of the test run's Redis, the given variables. */
function envWith(vars: Record<string, string>): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('REDIS_')));
  return { ...env, DATA_KEY: dataKey.toString('base64'), LOG_LEVEL: 'silent', ...vars };
}

/** Runs the CLI as `npm run migrate-prefix` does; resolves to its exit code and output. */
function migrate(args: string[], vars: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', 'src/cli/migrate-prefix.ts', ...args], { env: envWith(vars) }, (err, stdout, stderr) => {
      resolve({ code: err ? Number((err as { code?: number }).code ?? 99) : 0, stdout, stderr });
    });
  });
}

function hotline(redis: RedisClient, prefix: string): App {
  return createApp({
    config: { dataKey, deploymentFile: 'data/deployment.json', conversationTtlSeconds: 3600, redis: { prefix } },
    redis,
    logger: quiet,
  });
}

/** A whole self-report through the real core, indexed by the real linker: returns its case id. */
async function writeCase(app: App, redis: RedisClient, address: string): Promise<string> {
  const id = await selfReport(app, person(app, address), { name: 'Dewi Lestari', about: '22, Blitar' });
  const linker = createLinker({ redis: redis as Redis, keys: app.keys, sealer: app.sealer, callingCode: app.deployment.embassy.callingCode, logger: quiet });
  while ((await linker.pollOnce(50)) > 0);
  return id;
}

/** One key of every other type, under the prefix, a few with TTLs. */
async function writeEveryType(redis: Redis, prefix: string): Promise<void> {
  await redis.set(`${prefix}x:string`, 'v', 'PX', 600_000);
  await redis.rpush(`${prefix}x:list`, 'a', 'b', 'c');
  await redis.sadd(`${prefix}x:set`, 'a', 'b');
  await redis.zadd(`${prefix}x:zset`, 1, 'a', 2, 'b');
  await redis.hset(`${prefix}x:hash`, { f: 'v' });
  await redis.pexpire(`${prefix}x:hash`, 900_000);
}

/** Every key under a prefix (without it) with its type, for before/after comparisons. */
async function snapshot(redis: RedisClient, prefix: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const k of await scanKeys(redis, `${prefix.replace(/[*?[\]\\]/g, '\\$&')}*`)) {
    out.set(k.slice(prefix.length), `${await redis.type(k)}`);
  }
  return out;
}

describe('npm run migrate-prefix', () => {
  let sourceUrl: string;
  let source: Redis;
  let caseId: string;
  let app: App;

  beforeAll(async () => {
    sourceUrl = (await scratchServer()).url;
    source = client(sourceUrl);
    app = hotline(source, FROM);
    caseId = await writeCase(app, source, '9101');
    await writeEveryType(source, FROM);
  }, 60_000);

  it('refuses while the hotline runs on the source (roles lease held), and writes nothing', async () => {
    const target = await scratchServer();
    const lease = createLease({ redis: source, key: app.keys.rolesLease, logger: quiet, onAcquired: () => undefined, onLost: () => undefined });
    await lease.tick();
    expect(lease.held()).toBe(true);
    try {
      const r = await migrate(['--from-url', sourceUrl, '--to-url', target.url, '--to-prefix', TO, '--yes']);
      expect(r.code, r.stderr).toBe(1);
      expect(r.stderr).toContain('The hotline is running on the source');
      expect(await client(target.url).dbsize()).toBe(0);
    } finally {
      await lease.stop();
    }
  }, 30_000);

  it('without --yes says what it would copy, by type, and writes nothing', async () => {
    const target = await scratchServer();
    const before = await snapshot(source, FROM);
    const r = await migrate(['--from-url', sourceUrl, '--to-url', target.url, '--to-prefix', TO]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Dry run');
    expect(r.stdout).toMatch(new RegExp(`Would copy ${before.size} keys: .*\\d+ hash, .*\\d+ list, .*\\d+ set, .*\\d+ stream, .*\\d+ string, .*\\d+ zset\\.`));
    expect(r.stdout).not.toContain(caseId);
    expect(await client(target.url).dbsize()).toBe(0);
    expect(await snapshot(source, FROM)).toEqual(before);
  }, 30_000);

  it('copies every key under the new prefix with its TTL; the case opens through the product there; a second copy into a used prefix is refused', async () => {
    const targetUrl = (await scratchServer()).url;
    const target = client(targetUrl);
    const before = await snapshot(source, FROM);
    const convTtl = await source.pttl(app.keys.conversation(person(app, '9101').personId));
    expect(convTtl).toBeGreaterThan(0);
    const r = await migrate(['--from-url', sourceUrl, '--to-url', targetUrl, '--to-prefix', TO, '--yes']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(`Verified: all ${before.size} source keys are on the target`);
    expect(r.stdout).not.toContain(caseId);

    const after = await snapshot(target, TO);
    after.delete('migrate');
    expect(after).toEqual(before);
    const moved = hotline(target, TO);
    const [open] = await moved.cases.listOpen();
    expect(open).toMatchObject({ id: caseId });
    expect(open!.private).toMatchObject({ name: 'Dewi Lestari' });
    const hash = await target.hgetall(moved.keys.case(caseId));
    expect(JSON.parse(await openCaseValue(moved, target, caseId, hash.sealed!))).toMatchObject({ name: 'Dewi Lestari' });
    // TTLs kept: the conversation's, and the hand-made ones.
    const ttl = await target.pttl(moved.keys.conversation(person(moved, '9101').personId));
    expect(ttl).toBeGreaterThan(convTtl - 60_000);
    expect(ttl).toBeLessThanOrEqual(convTtl);
    expect(await target.pttl(`${TO}x:string`)).toBeGreaterThan(500_000);
    expect(await target.pttl(`${TO}x:hash`)).toBeGreaterThan(800_000);
    expect(await target.pttl(`${TO}x:list`)).toBe(-1);
    // The events stream keeps its consumer groups (the linker's).
    expect((await target.xinfo('GROUPS', moved.keys.events) as unknown[][]).length).toBeGreaterThan(0);
    // The match index of the case holds key names: they are under the new prefix.
    const indexes = await target.smembers(moved.keys.matchOf(caseId));
    expect(indexes.length).toBeGreaterThan(0);
    for (const k of indexes) {
      expect(k.startsWith(TO)).toBe(true);
      expect(await target.zscore(k, caseId)).not.toBeNull();
    }
    // The person goes on writing on the target: their conversation is found there.
    const p = person(moved, '9101');
    const reply = (await p.text('hello')).map((m) => m.text).join('\n');
    expect(reply).not.toContain('Do you agree?');
    // The source is kept without --delete-source.
    expect(await snapshot(source, FROM)).toEqual(before);

    // Another source prefix into the same target prefix: refused (the target holds this migration).
    const again = await migrate(['--from-url', sourceUrl, '--from-prefix', 'other:', '--to-url', targetUrl, '--to-prefix', TO, '--yes']);
    expect(again.code, again.stderr).toBe(1);
    // A target prefix with keys of its own and no migration: refused.
    await target.set('used:{x}:k', '1');
    const used = await migrate(['--from-url', sourceUrl, '--to-url', targetUrl, '--to-prefix', 'used:{x}:', '--yes']);
    expect(used.code, used.stderr).toBe(1);
    expect(used.stderr).toContain('The target already has 1 keys');
    expect(await target.exists('used:{x}:conv')).toBe(0);
    expect((await snapshot(target, 'used:{x}:')).size).toBe(1);
  }, 60_000);

  it('goes on from where a killed run stopped, and ends with every key copied', async () => {
    const fromUrl = (await scratchServer()).url;
    const from = client(fromUrl);
    const targetUrl = (await scratchServer()).url;
    const target = client(targetUrl);
    const n = 4000;
    for (let i = 0; i < n; i += 500) {
      const p = from.pipeline();
      for (let j = i; j < i + 500; j++) p.set(`${FROM}bulk:${j}`, String(j));
      await p.exec();
    }
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/migrate-prefix.ts', '--from-url', fromUrl, '--to-url', targetUrl, '--to-prefix', TO, '--yes', '--batch', '5'], {
      env: envWith({}),
      stdio: 'ignore',
    });
    const exited = new Promise((resolve) => child.once('exit', resolve));
    await until(async () => Number((await target.hget(`${TO}migrate`, 'copied')) ?? 0) >= 300, 'the first run to copy some keys', 30_000);
    child.kill('SIGKILL');
    await exited;
    const partial = Number(await target.hget(`${TO}migrate`, 'copied'));
    expect(partial).toBeLessThan(n);
    expect(await target.hget(`${TO}migrate`, 'state')).toBe('copying');

    const r = await migrate(['--from-url', fromUrl, '--to-url', targetUrl, '--to-prefix', TO, '--yes', '--delete-source']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('went on from a stopped run');
    expect(r.stdout).toContain(`Verified: all ${n} source keys are on the target`);
    expect(r.stdout).toContain(`Deleted ${n} source keys.`);
    const p = target.pipeline();
    for (let j = 0; j < n; j++) p.get(`${TO}bulk:${j}`);
    expect(((await p.exec()) ?? []).map(([, v]) => v)).toEqual(Array.from({ length: n }, (_, j) => String(j)));
    expect(await from.dbsize()).toBe(0);
    expect(await target.hget(`${TO}migrate`, 'state')).toBe('copied');
  }, 90_000);

  it('stops when a hotline takes the roles lease on the source mid-copy, and leaves the copy to start again', async () => {
    const fromUrl = (await scratchServer()).url;
    const from = client(fromUrl);
    const target = client((await scratchServer()).url);
    const p = from.pipeline();
    for (let j = 0; j < 3000; j++) p.set(`${FROM}bulk:${j}`, String(j));
    await p.exec();
    const run = migrate(['--from-url', fromUrl, '--to-url', `redis://127.0.0.1:${target.options.port}`, '--to-prefix', TO, '--yes', '--batch', '5']);
    await until(async () => Number((await target.hget(`${TO}migrate`, 'copied')) ?? 0) >= 100, 'the run to copy some keys', 30_000);
    const lease = createLease({ redis: from, key: createKeys(FROM).rolesLease, logger: quiet, onAcquired: () => undefined, onLost: () => undefined });
    await lease.tick();
    try {
      const r = await run;
      expect(r.code, r.stderr).toBe(1);
      expect(r.stderr).toContain('A hotline started on the source meanwhile');
      expect(await target.hget(`${TO}migrate`, 'cursor')).toBe('0');
      expect(await target.hget(`${TO}migrate`, 'state')).toBe('copying');
    } finally {
      await lease.stop();
    }
  }, 60_000);
});

describe('npm run migrate-prefix onto a Redis Cluster', () => {
  let rig: ClusterRig;
  beforeAll(async () => {
    rig = await startClusterRig();
  }, 45_000);
  afterAll(async () => {
    await rig?.stop();
  });

  it('moves a hotline onto the cluster under its tagged prefix, every key in one slot, and deletes the source', async () => {
    const sourceUrl = (await scratchServer()).url;
    const source = client(sourceUrl);
    const app = hotline(source, FROM);
    const caseId = await writeCase(app, source, '9202');
    const count = (await snapshot(source, FROM)).size;
    const nodes = { REDIS_CLUSTER_NODES: `127.0.0.1:${rig.ports[0]}`, DEPLOYMENT: 'ph-phnom-penh' };

    const untagged = await migrate(['--from-url', sourceUrl, '--to-prefix', 'plain:', '--yes'], nodes);
    expect(untagged.code, untagged.stderr).toBe(1);
    expect(untagged.stderr).toContain('{hash tag}');

    const r = await migrate(['--from-url', sourceUrl, '--yes', '--delete-source'], nodes);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(`Verified: all ${count} source keys are on the target`);
    expect(r.stdout).toContain(`Deleted ${count} source keys.`);
    expect(await source.dbsize()).toBe(0);

    const store = await resolveRedis({ cluster: { nodes: [{ host: '127.0.0.1', port: rig.ports[0]! }] }, dataDir: await tempDir(), logger: pino({ level: 'silent' }) });
    try {
      const prefix = 'hotline:{ph-phnom-penh}:';
      const written = await scanKeys(store.redis, `${prefix}*`);
      expect(written.length).toBe(count + 1); // and the progress key
      const slots = new Set(await Promise.all(written.map(async (k) => Number(await store.redis.call('CLUSTER', 'KEYSLOT', k)))));
      expect(slots.size).toBe(1);
      const moved = hotline(store.redis, prefix);
      const [open] = await moved.cases.listOpen();
      expect(open).toMatchObject({ id: caseId });
      expect(open!.private).toMatchObject({ name: 'Dewi Lestari' });
      const hash = await store.redis.hgetall(moved.keys.case(caseId));
      expect(JSON.parse(await openCaseValue(moved, store.redis, caseId, hash.sealed!))).toMatchObject({ name: 'Dewi Lestari' });
      const reply = await moved.hotline.receive({ channel: 'telegram', address: '9202', messageId: 'after-move', at: Date.now(), languageHint: 'en', body: { kind: 'text', text: 'hello' } });
      expect(reply.map((m) => m.text).join('\n')).not.toContain('Do you agree?');
    } finally {
      await store.stop();
    }
  }, 90_000);
});
