/**
 * Redis outages and crashes on WhatsApp, end to end: real Baileys message objects on Baileys' real event
 * emitter (fake-socket.ts), the real channel and core, a journal on disk, and a scratch redis-server of the
 * test's own (AOF on) that is stopped and started again. A new person's SOS sent while Redis is down is
 * answered within seconds with "arrived" (never "not saved"), once, and becomes one critical case when Redis
 * is back; a journal left by a process that stopped before committing, or before its done-marks were
 * written, makes exactly one case.
 */
import { copyFile } from 'node:fs/promises';
import path from 'node:path';
import type { Redis } from 'ioredis';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderText } from '../../../src/channels/whatsapp/translate.js';
import { createJournal } from '../../../src/core/journal.js';
import { connectRedis, quitRedis } from '../../../src/redis/connect.js';
import type { LocalRedis } from '../../../src/redis/local-server.js';
import { quiet as logger, scratchRedis } from '../../support/scratch-redis.js';
import { textFrom } from './fixtures.js';
import { buildProcess, linkAuthState, waitFor, type Process } from './support.js';

const PREFIX = 'wa-outage:';
const PN = '6281234567901@s.whatsapp.net';
const LID = '190000000009901@lid';
const { tempDir, scratchServer } = scratchRedis();

let redisDir: string;
let journalDir: string;
let redisServer: LocalRedis;
let stops: Array<() => Promise<unknown>>;
let seq = 0;
const nextId = () => `3EB0OUTAGE${String(++seq).padStart(10, '0')}`;

beforeEach(async () => {
  stops = [];
  redisDir = await tempDir();
  journalDir = await tempDir();
  redisServer = await scratchServer(redisDir);
});

afterEach(async () => {
  for (const stop of stops.reverse()) await stop().catch(() => undefined);
  await redisServer.stop();
});

/** One hotline process: its Redis client, app, journal (the shared directory) and WhatsApp channel, connected. */
async function process_(): Promise<Process & { redis: Redis }> {
  const redis = await connectRedis({ url: redisServer.url, logger, name: 'wa-outage-test' });
  stops.push(() => quitRedis(redis));
  const proc = buildProcess(redis, PREFIX, {
    outageNoticeMs: 1000,
    journal: (app) => createJournal({ dir: journalDir, name: 'whatsapp', sealer: app.sealer, logger }),
  });
  await linkAuthState(redis, proc.app);
  stops.push(() => proc.channel.stop());
  await proc.channel.start();
  proc.socket.open();
  return Object.assign(proc, { redis });
}

const t = (p: Process, key: string) => renderText({ text: p.app.hotline.locales.t(p.app.hotline.locales.languages[0]!, key) });
const texts = (p: Process, jid: string) => p.sent().filter((s) => s.jid === jid).map((s) => s.text);
/** The cases of a person (open or not). */
const casesOf = async (p: Process, address: string) => (await p.app.cases.listOpen()).filter((c) => c.private.address === address);

/** Stops the scratch Redis and starts it again later on the same port and data (its AOF). */
async function restartRedis(): Promise<void> {
  redisServer = await scratchServer(redisDir, redisServer.port);
}

describe('whatsapp intake while Redis is down', () => {
  it('tells a new person once, within seconds, that the SOS arrived (never that it was or was not saved), and makes it one critical case when Redis is back', async () => {
    const p = await process_();
    await redisServer.stop();
    await waitFor(() => p.redis.status !== 'ready', 'the client to see Redis gone');

    const sent = Date.now();
    p.socket.deliver([textFrom(PN, 'SOS tolong disekap', nextId(), LID)]);
    await waitFor(() => texts(p, PN).length > 0, 'the arrival notice', 5_000);
    expect(Date.now() - sent).toBeLessThan(5_000);
    expect(texts(p, PN)).toEqual([t(p, 'intake-arrived')]);

    // More while it is down: no second notice, nothing says saved or not saved.
    p.socket.deliver([textFrom(PN, 'mereka ambil paspor saya', nextId(), LID)]);
    await p.channel.idle();
    await new Promise((r) => setTimeout(r, 1_500));
    expect(texts(p, PN)).toEqual([t(p, 'intake-arrived')]);

    await restartRedis();
    const [kase] = await waitFor(async () => {
      const list = await casesOf(p, PN).catch(() => []);
      return list.length > 0 ? list : undefined;
    }, 'the case after Redis is back', 15_000);
    expect(kase).toMatchObject({ urgency: 'critical' });
    await p.channel.idle();
    await waitFor(() => texts(p, PN).length > 1 && p.channel.pendingSends === 0, 'the replies after Redis is back', 10_000);
    await new Promise((r) => setTimeout(r, 500));
    expect(await casesOf(p, PN)).toHaveLength(1);
    expect(texts(p, PN)).not.toContain(t(p, 'save-failed'));
    expect(texts(p, PN).filter((x) => x === t(p, 'intake-arrived'))).toHaveLength(1);
  });

  it('replays a journal left by a process that stopped before committing, once; a replay of what was committed but not marked done changes nothing', async () => {
    const first = await process_();
    await redisServer.stop();
    await waitFor(() => first.redis.status !== 'ready', 'the client to see Redis gone');
    first.socket.deliver([textFrom(PN, 'SOS tolong disekap', nextId())]);
    await waitFor(() => texts(first, PN).length > 0, 'the arrival notice', 5_000);
    // The process goes away with the message only in its journal.
    await first.channel.stop();
    const journalFile = path.join(journalDir, 'whatsapp.ndjson');
    const crashed = `${journalFile}.crashed`;
    await copyFile(journalFile, crashed);

    await restartRedis();
    const second = await process_();
    const [kase] = await waitFor(async () => {
      const list = await casesOf(second, PN).catch(() => []);
      return list.length > 0 ? list : undefined;
    }, 'the case from the journal', 15_000);
    expect(kase).toMatchObject({ urgency: 'critical' });
    await second.channel.idle();
    const events = (await second.app.cases.events()).length;
    await second.channel.stop();

    // A kill before the done-marks reached the disk: the same entries are replayed again.
    await copyFile(crashed, journalFile);
    const third = await process_();
    await third.channel.idle();
    await new Promise((r) => setTimeout(r, 1_000));
    expect(await casesOf(third, PN)).toHaveLength(1);
    expect((await third.app.cases.events()).length).toBe(events);
    // …and the journal is clean afterwards: a fourth start has nothing to replay.
    await third.channel.stop();
    const left = await createJournal({ dir: journalDir, name: 'whatsapp', sealer: third.app.sealer, logger }).load();
    expect(left).toEqual([]);
  });
});
