/**
 * `npm run bench:whatsapp`: what a WhatsApp message costs next to a direct call of the core.
 *
 *   npm run bench:whatsapp                       # 300 people × 12 messages per path, 3 rounds, best round reported
 *   npm run bench:whatsapp -- --people 500 --rounds 5
 *
 * Both paths run in this process against a fresh redis-server child (AOF on) and the real core (createApp):
 * - "direct": channel-neutral InboundMessages handed to `hotline.receive`, each person's messages in order, at
 *   most 32 people at once (as the channels' in-flight cap);
 * - "whatsapp": the same conversations as real Baileys message objects (proto.Message, built beforehand: that is
 *   Baileys' decryption work, not ours) emitted as `messages.upsert` on Baileys' own event emitter, through the
 *   WhatsApp channel (reading, identity, danger lane, core, read receipt, rendering, the pacer) into a socket
 *   stand-in that records sends (test/channels/whatsapp/fake-socket.ts). Pacing is set wide open here so that
 *   the figure is the CPU cost, not the configured rate.
 * Each person writes the same 12 messages (a greeting, numbers, words, a place, a location pin, a photo, …):
 * the flow takes whatever comes. Figures: messages/s (wall clock) and CPU ms per message (process.cpuUsage,
 * this process only: Redis is separate), per path, and the ratio. Runs vary by about ±15%.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import type { WAMessage } from 'baileys';
import { pino } from 'pino';
import { createApp } from '../src/app.js';
import { loadRedisAuthState } from '../src/channels/whatsapp/auth-store.js';
import { readMessage } from '../src/channels/whatsapp/translate.js';
import { createWhatsAppChannel } from '../src/channels/whatsapp/whatsapp-channel.js';
import { createLimiter } from '../src/core/limiter.js';
import type { InboundMessage } from '../src/core/messages.js';
import { connectRedis, quitRedis } from '../src/redis/connect.js';
import { startLocalRedis } from '../src/redis/local-server.js';
import { createFakeSocket, type FakeSocket } from '../test/channels/whatsapp/fake-socket.js';
import { textFrom, waMessage } from '../test/channels/whatsapp/fixtures.js';

const { values: flags } = parseArgs({
  options: { people: { type: 'string', default: '300' }, rounds: { type: 'string', default: '3' } },
});
const PEOPLE = Number(flags.people);
const ROUNDS = Number(flags.rounds);

const logger = pino({ level: 'warn' }, pino.destination(2));
const quiet = pino({ level: 'silent' });
const tmp = await mkdtemp(path.join(tmpdir(), 'hotline-bench-wa-'));
const local = await startLocalRedis({ dataDir: path.join(tmp, 'redis'), logger });
const redis = await connectRedis({ url: local.url, logger, name: 'bench-whatsapp' });

/** One person's conversation as WhatsApp messages. */
function conversationOf(person: number, round: number, kind: string): WAMessage[] {
  const jid = `62855${String(round).padStart(2, '0')}${String(person).padStart(6, '0')}@s.whatsapp.net`;
  const id = (n: number) => `BENCH${kind}${round}P${person}M${n}`;
  const texts = ['halo', '2', '1', '1', '2', 'Phnom Penh, building 7', '1', '3'];
  const messages = texts.map((text, n) => textFrom(jid, text, id(n)));
  messages.push(waMessage('image', { key: { remoteJid: jid, remoteJidAlt: undefined, id: id(8) } }));
  messages.push(waMessage('location', { key: { remoteJid: jid, remoteJidAlt: undefined, id: id(9) } }));
  messages.push(textFrom(jid, 'Selesai', id(10)));
  messages.push(textFrom(jid, '5', id(11)));
  return messages;
}

/** The same conversation as the channel-neutral messages the adapter makes of it. */
function inboundOf(messages: WAMessage[]): InboundMessage[] {
  return messages.map((m) => {
    const read = readMessage(m);
    if (read.kind !== 'person') throw new Error('bench message ignored');
    return { channel: 'whatsapp', address: read.message.jid, messageId: read.message.messageId, at: read.message.at, body: read.message.body };
  });
}

interface Figures {
  messages: number;
  seconds: number;
  perSecond: number;
  cpuMsPerMessage: number;
}

async function measure(run: () => Promise<number>): Promise<Figures> {
  const cpu = process.cpuUsage();
  const started = performance.now();
  const messages = await run();
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  return { messages, seconds, perSecond: messages / seconds, cpuMsPerMessage: (used.user + used.system) / 1000 / messages };
}

function appFor(prefix: string) {
  return createApp({
    config: { dataKey: Buffer.alloc(32, 1), deploymentFile: 'data/deployment.json', conversationTtlSeconds: 3600, redis: { prefix } },
    redis,
    logger: quiet,
  });
}

async function direct(round: number, people: number): Promise<Figures> {
  const app = appFor(`bench:d${round}:`);
  const conversations = Array.from({ length: people }, (_, p) => inboundOf(conversationOf(p, round, 'D')));
  const slots = createLimiter(32);
  return measure(async () => {
    let replies = 0;
    await Promise.all(
      conversations.map(async (messages) => {
        for (const msg of messages) {
          const release = await slots.acquire();
          try {
            replies += (await app.hotline.receive(msg)).length;
          } finally {
            release();
          }
        }
      }),
    );
    if (replies === 0) throw new Error('no replies');
    return people * conversations[0]!.length;
  });
}

async function viaWhatsApp(round: number, people: number): Promise<Figures & { sent: number; read: number }> {
  const prefix = `bench:w${round}:`;
  const app = appFor(prefix);
  const auth = await loadRedisAuthState({ redis, key: app.keys.waAuth('bench'), sealer: app.sealer });
  auth.state.creds.registered = true;
  await auth.saveCreds();
  let socket: FakeSocket | undefined;
  const channel = createWhatsAppChannel({
    config: { session: 'bench', chatIntervalMs: 0, sendsPerSecond: 1_000_000, readReceipts: true, maxInFlight: 32, reconnectMaxSeconds: 60, libraryLogLevel: 'silent' },
    logger: quiet,
    hotline: app.hotline,
    redis,
    keys: app.keys,
    sealer: app.sealer,
    makeSocket: () => (socket = createFakeSocket()),
  });
  await channel.start();
  socket!.open();
  const conversations = Array.from({ length: people }, (_, p) => conversationOf(p, round, 'W'));
  const perPerson = conversations[0]!.length;
  const figures = await measure(async () => {
    // Upserts as Baileys emits them: a batch of a few messages at a time, people interleaved.
    for (let n = 0; n < perPerson; n++) {
      for (let p = 0; p < people; p += 25) socket!.deliver(conversations.slice(p, p + 25).map((c) => c[n]!), 'notify');
    }
    await channel.idle();
    while (channel.pendingSends > 0) await new Promise((resolve) => setImmediate(resolve));
    return people * perPerson;
  });
  const result = { ...figures, sent: socket!.sent.length, read: socket!.read.length };
  await channel.stop();
  return result;
}

try {
  // Warm-up (JIT, connections), not reported.
  await direct(0, 50);
  await viaWhatsApp(0, 50);
  const rounds: Array<{ direct: Figures; whatsapp: Figures & { sent: number; read: number } }> = [];
  for (let round = 1; round <= ROUNDS; round++) {
    // Alternate which path goes first, so neither always runs on a warmer process.
    if (round % 2 === 1) {
      const d = await direct(round, PEOPLE);
      rounds.push({ direct: d, whatsapp: await viaWhatsApp(round, PEOPLE) });
    } else {
      const w = await viaWhatsApp(round, PEOPLE);
      rounds.push({ direct: await direct(round, PEOPLE), whatsapp: w });
    }
  }
  const best = (pick: (r: (typeof rounds)[number]) => Figures) => rounds.map(pick).reduce((a, b) => (b.cpuMsPerMessage < a.cpuMsPerMessage ? b : a));
  const d = best((r) => r.direct);
  const w = best((r) => r.whatsapp);
  const row = (name: string, f: Figures) => `${name.padEnd(30)} ${f.perSecond.toFixed(0).padStart(8)} ${f.cpuMsPerMessage.toFixed(3).padStart(12)}`;
  process.stdout.write(`\n${PEOPLE} people × ${d.messages / PEOPLE} messages, best of ${ROUNDS} rounds (lowest CPU per message; paths alternate first)\n`);
  process.stdout.write(`${'path'.padEnd(30)} ${'msgs/s'.padStart(8)} ${'CPU ms/msg'.padStart(12)}\n`);
  process.stdout.write(`${row('direct core calls', d)}\n${row('through the WhatsApp adapter', w)}\n`);
  process.stdout.write(`adapter / direct CPU per message: ${(w.cpuMsPerMessage / d.cpuMsPerMessage).toFixed(2)}×\n`);
  process.stdout.write(`${JSON.stringify({ people: PEOPLE, rounds: ROUNDS, direct: d, whatsapp: w, all: rounds })}\n`);
} finally {
  await quitRedis(redis);
  await local.stop();
  await rm(tmp, { recursive: true, force: true });
}
