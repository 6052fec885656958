/**
 * Redis Sentinel for real: a primary, a replica and one sentinel on loopback (test/support/sentinel-rig.ts),
 * the hotline connected through the sentinel as `npm start` connects with REDIS_SENTINELS, and the primary
 * killed (SIGKILL) in the middle of a person's intake.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import type { OutboundMessage } from '../../src/core/messages.js';
import { connectRedis, redisTarget, RedisRoleError, resolveRedis, type ResolvedRedis } from '../../src/redis/connect.js';
import { hotlineBegin, hotlineCommit } from '../../src/redis/scripts.js';
import { createEventHub, type DeskEvent, type EventHub } from '../../src/web/desk-events.js';
import { person } from '../support/reports.js';
import { SENTINEL_NAME, startSentinelRig, type SentinelRig } from '../support/sentinel-rig.js';
import { until } from '../support/until.js';
import { MYSELF } from '../support/who.js';

// Warnings and errors are kept (test data only) and shown when a message was not saved, so that a failure
// on a busy machine says what the hotline met.
const logged: string[] = [];
const logger = pino({ level: 'warn' }, { write: (line: string) => void logged.push(line) });
const texts = (out: OutboundMessage[]) => out.map((m) => m.text).join('\n');
const SAVE_FAILED = 'could not be saved just now';

describe('Redis Sentinel', () => {
  let rig: SentinelRig;
  let dataDir: string;
  let store: ResolvedRedis | undefined;
  let hub: EventHub | undefined;

  beforeAll(async () => {
    rig = await startSentinelRig();
    dataDir = await mkdtemp(path.join(tmpdir(), 'hotline-sentinel-data-'));
  }, 30_000);
  afterAll(async () => {
    await hub?.stop();
    await store?.stop();
    await rig?.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('refuses a REDIS_URL that points at a replica or at a sentinel, saying what to set', async () => {
    const replica = connectRedis({ url: `redis://127.0.0.1:${rig.replica.port}`, logger });
    await expect(replica).rejects.toBeInstanceOf(RedisRoleError);
    await expect(replica).rejects.toThrow(`is not a primary (ROLE slave); it is a replica of 127.0.0.1:${rig.primary.port}: point REDIS_URL at the primary, or set REDIS_SENTINELS`);
    await expect(connectRedis({ url: `redis://127.0.0.1:${rig.sentinel.port}`, logger })).rejects.toThrow('it is a Sentinel: set REDIS_SENTINELS');
  });

  it('keeps an intake going through a failover: every answer kept, the case created on the new primary', async () => {
    const config = loadConfig({ REDIS_SENTINELS: `127.0.0.1:${rig.sentinel.port}`, REDIS_PREFIX: 'sentinel-test:' }, []);
    expect(config.redis).toMatchObject({ sentinel: { name: SENTINEL_NAME }, waitReplicas: 1 });
    store = await resolveRedis({ ...redisTarget(config.redis), dataDir, logger });
    expect(store.source).toBe('sentinel');
    expect(store.url).toBe(`sentinel://127.0.0.1:${rig.sentinel.port}/${SENTINEL_NAME}`);
    const app = createApp({
      config: { dataKey: Buffer.alloc(32, 5), deploymentFile: 'data/deployment.json', conversationTtlSeconds: 3600, redis: config.redis },
      redis: store.redis,
      logger,
    });
    // The web desk's blocking reader: a duplicate() of the client, blocked in XREAD while the primary dies.
    hub = createEventHub({ redis: store.redis, keys: app.keys, logger, blockMs: 500 });
    const seen: DeskEvent[] = [];
    hub.subscribe((e) => seen.push(e));

    const p0 = person(app, '7001');
    // Every message is answered, none with "could not be saved": the failover is inside the hotline's own
    // retries. When one is not, the failure says what the hotline logged.
    let shown: OutboundMessage[] = [];
    const kept = async (what: string, send: () => Promise<OutboundMessage[]>) => {
      const out = await send();
      if (texts(out).includes(SAVE_FAILED)) throw new Error(`"${what}" was not saved; the hotline logged:\n${logged.slice(-12).join('')}`);
      return (shown = out);
    };
    const p = {
      start: () => kept('start', () => p0.start()),
      press: (choice: string) => {
        // The buttons pressed are those of the question on screen.
        const prompt = [...shown].reverse().find((m) => m.prompt !== undefined)?.prompt ?? 0;
        return kept(choice, () => p0.send({ kind: 'choice', prompt, choice }));
      },
      text: (text: string) => kept(text, () => p0.text(text)),
      send: (body: Parameters<typeof p0.send>[0]) => kept(body.kind, () => p0.send(body)),
    };
    expect(texts(await p.start())).toContain('Do you agree?');
    await p.press('agree');
    await p.press(MYSELF);
    await p.press('no');
    await p.send({ kind: 'location', lat: 10.627, lon: 103.522, live: false });
    // The replica has none of the scripts (Redis replicates their effects, not their source): on the new
    // primary every script call meets NOSCRIPT first and must be sent again in full.
    const replica = rig.replica.client();
    expect(await replica.script('EXISTS', hotlineBegin.sha, hotlineCommit.sha)).toEqual([0, 0]);

    const killedAt = Date.now();
    rig.kill();
    await p.press('passport'); // sent while the primary is dead and no sentinel has noticed yet
    const waitedMs = Date.now() - killedAt;
    expect(await rig.primaryPort()).toBe(rig.replica.port);
    await p.press('done');
    await p.press('1');
    await p.press('anytime');
    await p.press('skip'); // no code word
    await p.press('skip'); // the default duress phrase
    expect(texts(await p.text('Dewi'))).toContain('Your age and home town?');
    const summary = texts(await p.text('22, Blitar'));
    // Every answer, those before the kill and the one sent during it, is in the summary.
    expect(summary).toContain('Name: Dewi, 22 years old, Blitar');
    expect(summary).toContain('map pin near Sihanoukville, Cambodia');
    expect(summary).toContain('What is happening: Passport or ID taken\n');
    await p.press('confirm');

    const [open] = await app.cases.listOpen();
    expect(open).toMatchObject({ urgency: 'normal', reasons: ['passport'], country: 'KH', intakeComplete: true });
    expect(open!.private).toMatchObject({ name: 'Dewi', address: '7001', location: { kind: 'pin', lat: 10.627, lon: 103.522 } });
    // On the promoted replica itself, not only through the client.
    expect(await replica.exists(app.keys.case(open!.id))).toBe(1);
    expect(await replica.script('EXISTS', hotlineCommit.sha)).toEqual([1]);
    // The reader that was blocked across the failover sees the case opened on the new primary.
    await until(async () => seen.find((e) => e.type === 'case.opened' && e.case === open!.id), 'the desk reader to see the case', 10_000);
    expect(waitedMs).toBeLessThan(30_000);
  }, 90_000);
});
