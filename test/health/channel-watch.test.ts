/**
 * The channel watch against a real Redis: a channel that dies for good is told at once and once, one that
 * may come back only after the grace time, a blip not at all, its return with when it went down; two
 * processes (and a restart) tell each change once; the CLI desk's watch shows the events in the desk's words.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src/app.js';
import { eventLine } from '../../src/cli/desk/event-line.js';
import { createChannelWatch, type ChannelAlert, type ChannelLink, type ChannelWatch } from '../../src/health/channel-watch.js';
import { streamFields } from '../../src/redis/stream-fields.js';
import { quiet as logger } from '../support/scratch-redis.js';
import { testRedis, type TestRedis } from '../support/redis.js';

let t: TestRedis;
let app: App;
let now: number;
let link: ChannelLink;
let told: ChannelAlert[];
const watches: ChannelWatch[] = [];

beforeEach(async () => {
  t = await testRedis();
  app = createApp({ config: { dataKey: Buffer.alloc(32, 7), deploymentFile: 'data/deployment.json', conversationTtlSeconds: 3600, redis: { prefix: t.prefix } }, redis: t.redis, logger });
  now = 1_700_000_000_000;
  link = { connected: true };
  told = [];
});
afterEach(async () => {
  for (const w of watches.splice(0)) await w.stop();
  await t.cleanup();
});

/** A watch of one WhatsApp channel whose link the test sets; a second call is a second process. */
function watch(): ChannelWatch {
  const w = createChannelWatch({
    redis: t.redis, keys: app.keys, logger, clock: () => now, graceMs: 60_000,
    channels: [{ name: 'whatsapp', link: () => link }],
    tell: async (alert) => void told.push(alert),
  });
  watches.push(w);
  return w;
}

/** The channel events on the stream: type and fields. */
async function events(): Promise<Array<Record<string, string>>> {
  const entries = await t.redis.xrange(app.keys.events, '-', '+');
  return entries.map(([, flat]) => streamFields(flat)).filter((f) => f.type?.startsWith('channel.'));
}

describe('channel watch', () => {
  it('tells at once, and once, when a channel is logged out, and again when it is back', async () => {
    const w = watch();
    await w.check();
    expect(told).toEqual([]); // up from the start: nothing to tell
    link = { connected: false, problem: 'logged-out' };
    await w.check();
    now += 5_000;
    await w.check();
    expect(told).toEqual([{ state: 'down', channel: 'whatsapp', problem: 'logged-out' }]);
    expect(await events()).toEqual([{ type: 'channel.down', channel: 'whatsapp', problem: 'logged-out', at: String(now - 5_000) }]);
    expect(w.links()).toEqual([{ name: 'whatsapp', connected: false, problem: 'logged-out' }]);

    const downAt = now - 5_000;
    now += 20 * 60_000;
    link = { connected: true };
    await w.check();
    await w.check();
    expect(told).toHaveLength(2);
    expect(told[1]).toEqual({ state: 'up', channel: 'whatsapp', since: downAt });
    expect((await events()).map((e) => e.type)).toEqual(['channel.down', 'channel.up']);
    expect((await events())[1]).toMatchObject({ since: String(downAt), at: String(now) });
  });

  it('tells of a network outage only once it lasted a minute; a shorter one not at all', async () => {
    const w = watch();
    await w.check();
    link = { connected: false, problem: 'unreachable' };
    await w.check();
    now += 40_000;
    await w.check();
    link = { connected: true }; // back within the minute: a blip
    await w.check();
    expect(told).toEqual([]);
    expect(await events()).toEqual([]);

    link = { connected: false, problem: 'unreachable' };
    await w.check();
    now += 59_000;
    await w.check();
    expect(told).toEqual([]);
    now += 1_000;
    await w.check();
    expect(told).toEqual([{ state: 'down', channel: 'whatsapp', problem: 'unreachable' }]);
  });

  it('tells each change once across processes and restarts', async () => {
    const a = watch();
    const b = watch();
    link = { connected: false, problem: 'replaced' };
    await a.check();
    await b.check();
    const restarted = watch();
    await restarted.check();
    expect(told).toHaveLength(1);
    link = { connected: true };
    await b.check();
    await restarted.check();
    await a.check();
    expect(told.map((x) => x.state)).toEqual(['down', 'up']);
    expect((await events()).map((e) => e.type)).toEqual(['channel.down', 'channel.up']);
  });

  it('tries again at the next check when Redis refused the change', async () => {
    const w = watch();
    link = { connected: false, problem: 'unauthorized' };
    await t.redis.set(app.keys.channelAlert('whatsapp'), 'x');
    await t.redis.lpush(app.keys.events, 'not a stream'); // XADD now fails: WRONGTYPE
    await w.check();
    expect(told).toEqual([]);
    await t.redis.del(app.keys.events);
    await w.check();
    expect(told).toEqual([{ state: 'down', channel: 'whatsapp', problem: 'unauthorized' }]);
    expect(await events()).toHaveLength(1);
  });

  it("shows the events in the CLI desk's watch in the desk's words", async () => {
    const w = watch();
    link = { connected: false, problem: 'forbidden' };
    await w.check();
    now += 60_000;
    await w.check();
    now += 12 * 60_000;
    link = { connected: true };
    await w.check();
    const entries = await t.redis.xrange(app.keys.events, '-', '+');
    const d = { t: app.cards.t, cards: app.cards, sealer: app.sealer };
    const lines = entries.map(([id, flat]) => eventLine(d, id, streamFields(flat)));
    expect(lines[0]).toContain(app.cards.t('desk-channel-down', { channel: 'whatsapp', problem: 'forbidden' }));
    expect(lines[0]).toContain('WhatsApp');
    expect(lines[1]).toContain(app.cards.t('desk-channel-up', { channel: 'whatsapp', minutes: 12 }));
    expect(lines[1]).toContain('12');
  });
});
