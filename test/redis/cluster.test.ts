/**
 * Redis Cluster for real: three primaries on loopback created by the test (test/support/cluster-rig.ts),
 * the hotline connected with REDIS_CLUSTER_NODES as `npm start` connects, a whole intake through the real
 * core with the script cache flushed in the middle, and SCAN over every primary.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import type { OutboundMessage } from '../../src/core/messages.js';
import { redisTarget, resolveRedis, type ResolvedRedis } from '../../src/redis/connect.js';
import { isCluster } from '../../src/redis/redis-client.js';
import { nodeOfKey, scanKeys } from '../../src/redis/scan-all.js';
import { hotlineBegin, hotlineCommit } from '../../src/redis/scripts.js';
import { createEventHub, type DeskEvent, type EventHub } from '../../src/web/desk-events.js';
import { startClusterRig, type ClusterRig } from '../support/cluster-rig.js';
import { person } from '../support/reports.js';
import { until } from '../support/until.js';
import { MYSELF } from '../support/who.js';

const logger = pino({ level: 'silent' });
const texts = (out: OutboundMessage[]) => out.map((m) => m.text).join('\n');

describe('Redis Cluster', () => {
  let rig: ClusterRig;
  let dataDir: string;
  let store: ResolvedRedis | undefined;
  let hub: EventHub | undefined;

  beforeAll(async () => {
    rig = await startClusterRig();
    dataDir = await mkdtemp(path.join(tmpdir(), 'hotline-cluster-data-'));
  }, 45_000);
  afterAll(async () => {
    await hub?.stop();
    await store?.stop();
    await rig?.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('runs a whole intake on a three-primary cluster, every key of the deployment in one slot, scripts re-sent after SCRIPT FLUSH', async () => {
    const config = loadConfig({ REDIS_CLUSTER_NODES: `127.0.0.1:${rig.ports[0]}`, DEPLOYMENT: 'ph-phnom-penh' }, []);
    expect(config.redis.prefix).toBe('hotline:{ph-phnom-penh}:');
    store = await resolveRedis({ ...redisTarget(config.redis), dataDir, logger });
    expect(store.source).toBe('cluster');
    expect(isCluster(store.redis)).toBe(true);
    const app = createApp({
      config: { dataKey: Buffer.alloc(32, 6), deploymentFile: 'data/deployment.json', conversationTtlSeconds: 3600, redis: config.redis },
      redis: store.redis,
      logger,
    });
    // A blocking reader on its own cluster connection (duplicate()), as the web desk reads the events stream.
    hub = createEventHub({ redis: store.redis, keys: app.keys, logger, blockMs: 500 });
    const seen: DeskEvent[] = [];
    hub.subscribe((e) => seen.push(e));

    const p = person(app, '8001');
    expect(texts(await p.start())).toContain('Do you agree?');
    await p.press('agree');
    await p.press(MYSELF);
    await p.press('no');
    await p.send({ kind: 'location', lat: 10.627, lon: 103.522, live: false });
    const owner = await nodeOfKey(store.redis, app.keys.events);
    expect(await owner.script('EXISTS', hotlineCommit.sha)).toEqual([1]);
    // Every primary forgets every script: the next calls meet NOSCRIPT and send the source again.
    for (const port of rig.ports) await rig.node(port).script('FLUSH');
    expect(await owner.script('EXISTS', hotlineBegin.sha, hotlineCommit.sha)).toEqual([0, 0]);
    await p.press('passport');
    await p.press('done');
    await p.press('1');
    await p.press('anytime');
    await p.press('skip'); // no code word
    await p.press('skip'); // the default duress phrase
    await p.text('Dewi');
    const summary = texts(await p.text('22, Blitar'));
    expect(summary).toContain('Name: Dewi, 22 years old, Blitar');
    expect(summary).toContain('map pin near Sihanoukville, Cambodia');
    expect(summary).toContain('What is happening: Passport or ID taken\n');
    await p.press('confirm');

    const [open] = await app.cases.listOpen();
    expect(open).toMatchObject({ urgency: 'normal', reasons: ['passport'], country: 'KH', intakeComplete: true });
    expect(open!.private).toMatchObject({ name: 'Dewi', address: '8001' });
    expect(await owner.script('EXISTS', hotlineCommit.sha)).toEqual([1]);
    // Every key the intake wrote is in the deployment's one slot, on one primary.
    const written = await scanKeys(store.redis, `${config.redis.prefix}*`);
    expect(written).toContain(app.keys.case(open!.id));
    const slots = new Set(await Promise.all(written.map(async (k) => Number(await store!.redis.call('CLUSTER', 'KEYSLOT', k)))));
    expect(slots.size).toBe(1);
    await until(async () => seen.find((e) => e.type === 'case.opened' && e.case === open!.id), 'the desk reader to see the case', 10_000);
  }, 60_000);

  it('scans every primary, not the one a plain SCAN reaches', async () => {
    const redis = store!.redis;
    const names = Array.from({ length: 30 }, (_, i) => `scan-test:{t${i}}:k`);
    for (const name of names) await redis.set(name, '1');
    const perNode = await Promise.all(rig.ports.map(async (port) => (await rig.node(port).keys('scan-test:*')).length));
    expect(perNode.filter((n) => n > 0).length).toBeGreaterThan(1); // the keys are spread over the primaries
    expect((await scanKeys(redis, 'scan-test:*', 5)).sort()).toEqual([...names].sort());
  });
});
