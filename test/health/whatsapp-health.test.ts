/**
 * WhatsApp's connection as the health parts see it (`link()`), with Baileys' real event emitter on the
 * fake socket of the WhatsApp tests: connected when open; logged out, replaced or not linked said at once;
 * a number WhatsApp refuses (403, restricted or banned) while it keeps reconnecting; and the channel watch
 * writing one `channel.down` for a logout.
 */
import { DisconnectReason } from 'baileys';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createChannelWatch } from '../../src/health/channel-watch.js';
import { streamFields } from '../../src/redis/stream-fields.js';
import { quiet as logger } from '../support/scratch-redis.js';
import { testRedis, type TestRedis } from '../support/redis.js';
import { buildProcess, linkAuthState, waitFor, type Process } from '../channels/whatsapp/support.js';

let t: TestRedis;
let p: Process;

beforeEach(async () => {
  t = await testRedis();
  p = buildProcess(t.redis, t.prefix);
});
afterEach(async () => {
  await p.channel.stop();
  await t.cleanup();
});

describe('whatsapp link', () => {
  it('says no number is linked when none is', async () => {
    await p.channel.start();
    expect(p.channel.link()).toEqual({ connected: false, problem: 'unlinked' });
  });

  it('is connected when open, and says why not when closed', async () => {
    await linkAuthState(t.redis, p.app);
    await p.channel.start();
    expect(p.channel.link()).toEqual({ connected: false, problem: 'disconnected' }); // connecting
    p.socket.open();
    expect(p.channel.link()).toEqual({ connected: true });
    p.socket.close(DisconnectReason.forbidden);
    expect(p.channel.link()).toEqual({ connected: false, problem: 'forbidden' });
    await waitFor(() => p.sockets.length === 2, 'a reconnect');
    p.socket.open();
    expect(p.channel.link()).toEqual({ connected: true });
    p.socket.close(DisconnectReason.connectionLost);
    expect(p.channel.link()).toEqual({ connected: false, problem: 'disconnected' });
    await waitFor(() => p.sockets.length === 3, 'a reconnect');
    p.socket.close(DisconnectReason.connectionReplaced);
    expect(p.channel.link()).toEqual({ connected: false, problem: 'replaced' });
  });

  it('is told down once, at once, when logged out', async () => {
    await linkAuthState(t.redis, p.app);
    await p.channel.start();
    p.socket.open();
    const told: string[] = [];
    const watch = createChannelWatch({
      redis: t.redis, keys: p.app.keys, logger, channels: [{ name: 'whatsapp', link: () => p.channel.link() }],
      tell: async (alert) => void told.push(alert.state === 'down' ? `down:${alert.problem}` : 'up'),
    });
    await watch.check();
    p.socket.close(DisconnectReason.loggedOut);
    await watch.check();
    await watch.check();
    expect(told).toEqual(['down:logged-out']);
    const events = (await t.redis.xrange(p.app.keys.events, '-', '+')).map(([, f]) => streamFields(f));
    expect(events).toMatchObject([{ type: 'channel.down', channel: 'whatsapp', problem: 'logged-out' }]);
  });
});
