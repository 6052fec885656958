/**
 * Redis Sentinel for real: a primary, a replica and one sentinel on loopback (test/support/sentinel-rig.ts),
 * the hotline connected through the sentinel as `npm start` connects with REDIS_SENTINELS, and the primary
 * killed (SIGKILL) in the middle of a person's intake; then the same with three sentinels, the first of
 * them hung (SIGSTOP: it accepts connections and never answers).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src/app.js';
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
const ANSWER_WITHIN_MS = 30_000; // a hung client fails here, saying which answer, rather than at the test's timeout

/**
 * A person in an intake whose every message must be answered within {@link ANSWER_WITHIN_MS}, none with
 * "could not be saved": a failover is inside the hotline's own retries. When one is not, the failure says
 * what the hotline logged.
 */
function keptIntake(app: App, address: string) {
  const p0 = person(app, address);
  let shown: OutboundMessage[] = [];
  const kept = async (what: string, send: () => Promise<OutboundMessage[]>) => {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`"${what}" was not answered within ${ANSWER_WITHIN_MS} ms; the hotline logged:\n${logged.slice(-12).join('')}`)), ANSWER_WITHIN_MS);
    });
    const out = await Promise.race([send(), late]).finally(() => clearTimeout(timer));
    if (texts(out).includes(SAVE_FAILED)) throw new Error(`"${what}" was not saved; the hotline logged:\n${logged.slice(-12).join('')}`);
    return (shown = out);
  };
  return {
    start: () => kept('start', () => p0.start()),
    press: (choice: string) => {
      // The buttons pressed are those of the question on screen.
      const prompt = [...shown].reverse().find((m) => m.prompt !== undefined)?.prompt ?? 0;
      return kept(choice, () => p0.send({ kind: 'choice', prompt, choice }));
    },
    text: (text: string) => kept(text, () => p0.text(text)),
    send: (body: Parameters<typeof p0.send>[0]) => kept(body.kind, () => p0.send(body)),
  };
}

/** One rig per describe: its servers, and the hotline's Redis and desk reader, all stopped in afterAll even on failure. */
interface Run {
  rig: SentinelRig;
  dataDir: string;
  store?: ResolvedRedis;
  hub?: EventHub;
}

function sentinelRun(sentinels: number): Run {
  const run = {} as Run;
  beforeAll(async () => {
    run.rig = await startSentinelRig({ sentinels });
    run.dataDir = await mkdtemp(path.join(tmpdir(), 'hotline-sentinel-data-'));
  }, 30_000);
  afterAll(async () => {
    // A client left hung by a failed test does not keep the servers from being ended: 5 s at most for it.
    await Promise.race([(async () => {
      await run.hub?.stop();
      await run.store?.stop();
    })(), sleep(5_000, undefined, { ref: false })]);
    await run.rig?.stop(); // resumes a hung sentinel, then ends every child
    if (run.dataDir) await rm(run.dataDir, { recursive: true, force: true });
  });
  return run;
}

/**
 * The hotline connected through every sentinel of the rig; a person's intake with the primary killed in
 * its middle (after `beforeKill`), the next answer sent at once; the intake goes on to its case with every
 * answer, on the promoted replica, and a desk reader blocked across the failover sees it.
 */
async function intakeAcrossFailover(run: Run, { address, prefix, beforeKill }: { address: string; prefix: string; beforeKill?: () => void }) {
  const { rig, dataDir } = run;
  const sentinels = rig.sentinels.map((s) => `127.0.0.1:${s.port}`).join(',');
  const config = loadConfig({ REDIS_SENTINELS: sentinels, REDIS_PREFIX: prefix }, []);
  expect(config.redis).toMatchObject({ sentinel: { name: SENTINEL_NAME }, waitReplicas: 1 });
  const store = (run.store = await resolveRedis({ ...redisTarget(config.redis), dataDir, logger }));
  expect(store.source).toBe('sentinel');
  expect(store.url).toBe(`sentinel://${sentinels}/${SENTINEL_NAME}`);
  const app = createApp({
    config: { dataKey: Buffer.alloc(32, 5), deploymentFile: 'data/deployment.json', conversationTtlSeconds: 3600, redis: config.redis },
    redis: store.redis,
    logger,
  });
  // The web desk's blocking reader: a duplicate() of the client, blocked in XREAD while the primary dies.
  const hub = (run.hub = createEventHub({ redis: store.redis, keys: app.keys, logger, blockMs: 500 }));
  const seen: DeskEvent[] = [];
  hub.subscribe((e) => seen.push(e));

  const p = keptIntake(app, address);
  expect(texts(await p.start())).toContain('Do you agree?');
  await p.press('agree');
  await p.press(MYSELF);
  await p.press('no');
  await p.send({ kind: 'location', lat: 10.627, lon: 103.522, live: false });
  // The replica has none of the scripts (Redis replicates their effects, not their source): on the new
  // primary every script call meets NOSCRIPT first and must be sent again in full.
  const replica = rig.replica.client();
  expect(await replica.script('EXISTS', hotlineBegin.sha, hotlineCommit.sha)).toEqual([0, 0]);

  beforeKill?.();
  const killedAt = Date.now();
  rig.kill();
  await p.press('passport'); // sent while the primary is dead and no sentinel has noticed yet
  const waitedMs = Date.now() - killedAt;
  await rig.failedOver();
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
  expect(open!.private).toMatchObject({ name: 'Dewi', address, location: { kind: 'pin', lat: 10.627, lon: 103.522 } });
  // On the promoted replica itself, not only through the client.
  expect(await replica.exists(app.keys.case(open!.id))).toBe(1);
  expect(await replica.script('EXISTS', hotlineCommit.sha)).toEqual([1]);
  // The reader that was blocked across the failover sees the case opened on the new primary.
  await until(async () => seen.find((e) => e.type === 'case.opened' && e.case === open!.id), 'the desk reader to see the case', 10_000);
  return { waitedMs };
}

describe('Redis Sentinel', () => {
  const run = sentinelRun(1);

  it('refuses a REDIS_URL that points at a replica or at a sentinel, saying what to set', async () => {
    const { rig } = run;
    const replica = connectRedis({ url: `redis://127.0.0.1:${rig.replica.port}`, logger });
    await expect(replica).rejects.toBeInstanceOf(RedisRoleError);
    await expect(replica).rejects.toThrow(`is not a primary (ROLE slave); it is a replica of 127.0.0.1:${rig.primary.port}: point REDIS_URL at the primary, or set REDIS_SENTINELS`);
    await expect(connectRedis({ url: `redis://127.0.0.1:${rig.sentinel.port}`, logger })).rejects.toThrow('it is a Sentinel: set REDIS_SENTINELS');
  });

  it('keeps an intake going through a failover: every answer kept, the case created on the new primary', async () => {
    const { waitedMs } = await intakeAcrossFailover(run, { address: '7001', prefix: 'sentinel-test:' });
    expect(waitedMs).toBeLessThan(ANSWER_WITHIN_MS);
  }, 90_000);
});

describe('Redis Sentinel, the first sentinel hung', () => {
  const run = sentinelRun(3);

  it('gives a sentinel that never answers 1 s and asks the next: the intake goes on through a failover', async () => {
    // The first in REDIS_SENTINELS is stopped just before the primary dies: it still accepts connections, and
    // every reconnect of the failover cycles through the sentinels to it.
    const { waitedMs } = await intakeAcrossFailover(run, { address: '7002', prefix: 'sentinel-hung-test:', beforeKill: () => run.rig.hang(run.rig.sentinel) });
    expect(waitedMs).toBeLessThan(ANSWER_WITHIN_MS);
  }, 90_000);
});
