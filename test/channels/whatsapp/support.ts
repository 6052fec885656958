/**
 * One hotline "process" for the WhatsApp tests: the real app (core, flows, Redis) under a test prefix, and the
 * real WhatsApp channel whose sockets are fake-socket.ts stand-ins. The stored auth state is marked linked so
 * the channel connects.
 */
import type { Redis } from 'ioredis';
import { pino, type Logger } from 'pino';
import { createApp, type App } from '../../../src/app.js';
import { loadRedisAuthState } from '../../../src/channels/whatsapp/auth-store.js';
import { createWhatsAppChannel, type WhatsAppChannel, type WhatsAppConfig } from '../../../src/channels/whatsapp/whatsapp-channel.js';
import type { IntakeContext } from '../../../flows/intake/machine.js';
import type { Journal } from '../../../src/core/journal.js';
import { createFakeSocket, type FakeSocket } from './fake-socket.js';

export const DATA_KEY = Buffer.alloc(32, 7);

export const testConfig: WhatsAppConfig = {
  session: 'test',
  chatIntervalMs: 0,
  sendsPerSecond: 100,
  readReceipts: true,
  maxInFlight: 8,
  reconnectMaxSeconds: 1,
  libraryLogLevel: 'silent',
};

export interface Process {
  app: App;
  channel: WhatsAppChannel;
  /** Every socket the channel made, latest last. */
  sockets: FakeSocket[];
  readonly socket: FakeSocket;
  /** Messages sent on every socket so far. */
  sent(): Array<{ jid: string; text: string }>;
}

export async function linkAuthState(redis: Redis, app: App, session = testConfig.session): Promise<void> {
  const auth = await loadRedisAuthState({ redis, key: app.keys.waAuth(session), sealer: app.sealer });
  auth.state.creds.registered = true;
  auth.state.creds.me = { id: '6280000000000:7@s.whatsapp.net', name: 'Embassy' };
  await auth.saveCreds();
}

export function buildProcess(
  redis: Redis,
  prefix: string,
  opts: { config?: Partial<WhatsAppConfig>; logger?: Logger; backoffMs?: number; clock?: () => number; journal?: (app: App) => Journal; outageNoticeMs?: number } = {},
): Process {
  const logger = opts.logger ?? pino({ level: 'silent' });
  const app = createApp({
    config: { dataKey: DATA_KEY, deploymentFile: 'data/deployment.json', conversationTtlSeconds: 3600, redis: { prefix } },
    redis,
    logger,
    hotline: { retry: { attempts: 2, baseDelayMs: 10 } },
    clock: opts.clock,
  });
  const sockets: FakeSocket[] = [];
  const channel = createWhatsAppChannel({
    config: { ...testConfig, ...opts.config },
    logger,
    hotline: app.hotline,
    trail: app.trail, // as in src/main.ts: what is in each chat is deleted in time
    redis,
    keys: app.keys,
    sealer: app.sealer,
    makeSocket: () => {
      const socket = createFakeSocket();
      sockets.push(socket);
      return socket;
    },
    backoff: { baseMs: opts.backoffMs ?? 20, maxMs: 200, random: () => 0.5 },
    journal: opts.journal?.(app),
    outageNoticeMs: opts.outageNoticeMs,
  });
  return {
    app,
    channel,
    sockets,
    get socket() {
      const last = sockets.at(-1);
      if (!last) throw new Error('the channel has made no socket');
      return last;
    },
    sent: () => sockets.flatMap((s) => s.sent),
  };
}

/** The stored conversation of the person at `address` (state and flow context), or undefined. */
export async function conversation(redis: Redis, app: App, address: string): Promise<{ v: string; c: IntakeContext } | undefined> {
  const sealed = await redis.hgetBuffer(app.keys.conversation(app.sealer.personId('whatsapp', address)), 's');
  return sealed ? (JSON.parse(app.sealer.open(sealed)) as { v: string; c: IntakeContext }) : undefined;
}

/** Polls until `check` returns a value (not undefined/false), or fails after `timeoutMs`. */
export async function waitFor<T>(check: () => T | undefined | false | Promise<T | undefined | false>, what: string, timeoutMs = 5000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
