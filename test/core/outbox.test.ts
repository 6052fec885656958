/**
 * The outbox end to end: the real Telegram channel (grammY, auto-retry) against the loopback Bot API server
 * with injected failures, the real hotline core and Redis. The outbox's clock is moved to skip long waits
 * (a 90 s retry_after, the backoff, a dead process's lease); the sender loop polls every 20 ms.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pino } from 'pino';
import { createApp, type App } from '../../src/app.js';
import { createTelegramChannel, type TelegramChannel } from '../../src/channels/telegram/telegram-channel.js';
import type { PersonSender } from '../../src/core/delivery.js';
import type { ChannelName } from '../../src/core/messages.js';
import { createOutbox, type Outbox } from '../../src/core/outbox.js';
import { startBotApiServer, type BotApiServer } from '../support/bot-api-server.js';
import { testRedis, type TestRedis } from '../support/redis.js';

const TOKEN = '123456:TEST-token-aaaaaaaaaaaaaaaaaaaa';
const logger = pino({ level: 'silent' });
const CHAT = 4242;

let server: BotApiServer;
let t: TestRedis;
let app: App;
let channel: TelegramChannel;
let outbox: Outbox;
let senders: Map<ChannelName, PersonSender>;
let skew: number;
const clock = () => Date.now() + skew;
const outboxes: Outbox[] = [];

function newOutbox(with_: Map<ChannelName, PersonSender> = senders): Outbox {
  const o = createOutbox({ redis: t.redis, keys: app.keys, sealer: app.sealer, logger, senders: with_, clock, pollMs: 20 });
  outboxes.push(o);
  return o;
}

beforeEach(async () => {
  skew = 0;
  server = await startBotApiServer();
  t = await testRedis();
  app = createApp({
    config: { dataKey: Buffer.alloc(32, 9), deploymentFile: 'data/deployment.json', conversationTtlSeconds: 3600, redis: { prefix: t.prefix } },
    redis: t.redis,
    logger,
  });
  senders = new Map();
  outbox = newOutbox();
  // No retries inside a call: every failure reaches the outbox.
  channel = createTelegramChannel({ config: { token: TOKEN, apiRoot: server.apiRoot, maxRetryAttempts: 0, maxRetrySeconds: 1 }, logger, hotline: app.hotline, outbox });
  senders.set('telegram', channel);
  await channel.start();
  outbox.start();
});

afterEach(async () => {
  for (const o of outboxes.splice(0)) await o.stop();
  await channel.stop().catch(() => undefined);
  await server.close();
  await t.cleanup();
});

const texts = (chat = CHAT) => server.messages(chat).map((m) => m.text ?? '');
const waiting = async () => (await t.redis.zcard(app.keys.outboxRank('telegram')));
/** Moves the outbox's clock on in steps until `done`, as the waits (backoff, retry_after) pass. */
async function passTime(done: () => boolean, stepMs: number, steps = 20) {
  for (let i = 0; i < steps && !done(); i++) {
    skew += stepMs;
    await new Promise((r) => setTimeout(r, 60));
  }
}
const noDuplicates = (list: string[]) => expect(new Set(list).size).toBe(list.length);

describe('outbox', () => {
  it('delivers the reply to an SOS once, in order, through six 502s', async () => {
    server.failNext('sendMessage', { error_code: 502, description: 'Bad Gateway' }, 6);
    server.sendText(CHAT, 'tolong saya dipukul', { languageCode: 'id' });
    await server.waitFor(() => server.counts.sendMessage! >= 1);
    await passTime(() => texts().length > 0 && server.counts.sendMessage! >= 7, 31_000);
    expect(await outbox.idle(5_000)).toBe(true);
    const first = texts();
    expect(first.length).toBeGreaterThan(0);
    noDuplicates(first);
    // Order holds: the next reply comes after the first ones.
    server.sendText(CHAT, 'halo');
    await server.waitFor(() => texts().length > first.length);
    expect(texts().slice(0, first.length)).toEqual(first);
    const [open] = await app.cases.listOpen();
    expect(open?.urgency).toBe('critical');
  });

  it('waits out a 429 asking for 90 s: the reply stays in the outbox, then goes once', async () => {
    server.failNext('sendMessage', { error_code: 429, description: 'Too Many Requests: retry after 90', retry_after: 90 });
    server.sendText(CHAT, 'halo', { languageCode: 'id' });
    await server.waitFor(() => server.counts.sendMessage === 1);
    await new Promise((r) => setTimeout(r, 200));
    expect(texts()).toEqual([]);
    expect(await waiting()).toBe(1);
    skew += 60_000;
    await new Promise((r) => setTimeout(r, 200));
    expect(texts()).toEqual([]); // not before the 90 s
    skew += 31_000;
    await server.waitFor(() => texts().length > 0);
    expect(await outbox.idle()).toBe(true);
    expect(texts()).toHaveLength(1);
    expect(texts()[0]).toBe(app.locales.t('id', 'consent', { embassy: app.deployment.embassy.name.id ?? '', discreet: 'yes' }));
  });

  it('keeps messages through a network outage (the server down) and sends them when it is back, within the backoff cap', async () => {
    const port = server.port;
    await channel.stop();
    await server.close();
    await outbox.enqueue({ channel: 'telegram', address: String(CHAT), messages: [{ text: 'satu' }, { text: 'dua' }], rank: 2 });
    await new Promise((r) => setTimeout(r, 150));
    skew += 10 * 60_000; // ten minutes of outage: the backoff stays at its cap (30 s), not growing toward an hour
    await new Promise((r) => setTimeout(r, 150));
    const tries = Number(await t.redis.hget(app.keys.outboxEntry((await t.redis.lindex(app.keys.outboxLane(app.sealer.personId('telegram', String(CHAT))), 0))!), 'tries'));
    expect(tries).toBeGreaterThanOrEqual(2);
    const due = Number(await t.redis.zscore(app.keys.outboxLater('telegram'), app.sealer.personId('telegram', String(CHAT))));
    expect(due - clock()).toBeLessThanOrEqual(30_000);
    server = await startBotApiServer({ port });
    skew += 31_000;
    await server.waitFor(() => texts().length === 2, 5_000);
    expect(await outbox.idle()).toBe(true);
    expect(texts()).toEqual(['satu', 'dua']);
  });

  it('delivers once when the process sending died mid-batch: a second outbox takes over after the lease', async () => {
    await outbox.stop();
    // Process A: sends the first message of the batch, records it, then dies (never returns).
    const dying: PersonSender = {
      channel: 'telegram',
      send: (address, messages, o) =>
        channel.send(address, messages, {
          ...o,
          progress: async (done, sent) => {
            await o?.progress?.(done, sent);
            if (done === 1) await new Promise(() => undefined);
          },
        }),
    };
    const a = createOutbox({ redis: t.redis, keys: app.keys, sealer: app.sealer, logger, senders: new Map([['telegram', dying]]), clock, pollMs: 20 });
    void a.send({ channel: 'telegram', address: String(CHAT), messages: [{ text: 'satu' }, { text: 'dua' }], rank: 0 });
    await server.waitFor(() => texts().length === 1);
    // Process B, same Redis: nothing to do while A's lease holds, then the rest of the batch, once.
    const b = newOutbox();
    b.start();
    await new Promise((r) => setTimeout(r, 150));
    expect(texts()).toEqual(['satu']);
    skew += 61_000;
    await server.waitFor(() => texts().length === 2);
    expect(await b.idle()).toBe(true);
    expect(texts()).toEqual(['satu', 'dua']);
  });

  it("hands an officer's answer over once: a relay run again after a kill finds it already handed over", async () => {
    server.sendText(CHAT, 'tolong saya disekap', { languageCode: 'id' });
    await server.waitFor(() => texts().length > 0);
    const [open] = await app.cases.listOpen();
    const item = 'sealed-answer-1';
    await t.redis.rpush(app.keys.held(open!.id), item);
    await outbox.stop(); // nobody sends while the relay runs twice
    const h = { caseId: open!.id, channel: 'telegram' as const, address: String(CHAT), announced: '-' as const, released: '' };
    const entry = { id: 'answer-1', item, messages: [{ text: 'Jawaban petugas' }], rank: 0, events: [['type', 'case.reply', 'case', open!.id, 'state', 'delivered', 'count', '1']] };
    expect(await outbox.handOver({ ...h, entries: [entry] })).toBe(1);
    expect(await outbox.handOver({ ...h, entries: [entry] })).toBe(0); // the kill came after the move: nothing twice
    expect(await t.redis.llen(app.keys.held(open!.id))).toBe(0);
    const b = newOutbox();
    expect(await b.flush('telegram', app.sealer.personId('telegram', String(CHAT)))).toBe('sent');
    expect(texts().filter((x) => x === 'Jawaban petugas')).toHaveLength(1);
    const delivered = (await t.redis.xrange(app.keys.events, '-', '+')).filter(([, f]) => f.includes('case.reply') && f.includes('delivered'));
    expect(delivered).toHaveLength(1);
  });

  it('marks a person who blocked the bot gone, drops what waited for them with an event for the officers, and clears it when they write again', async () => {
    server.sendText(CHAT, 'tolong saya disekap', { languageCode: 'id' });
    await server.waitFor(() => texts().length > 0);
    expect(await outbox.idle()).toBe(true);
    const [open] = await app.cases.listOpen();
    const personId = app.sealer.personId('telegram', String(CHAT));
    server.blockChat(CHAT);
    await outbox.stop(); // the relay's own flush sends it (a running loop might take it first)
    const relayOutbox = newOutbox();
    const h = { caseId: open!.id, channel: 'telegram' as const, address: String(CHAT), announced: 1, released: '' };
    await outbox.handOver({ ...h, entries: [{ id: 'notice-1', messages: [{ text: 'Ada pesan baru' }, { text: 'lagi' }], rank: 0 }] });
    expect(await relayOutbox.flush('telegram', personId)).toBe('gone');
    expect(await t.redis.hget(app.keys.conversation(personId), 'g')).toMatch(/^\d+$/);
    expect((await app.cases.get(open!.id))!.reachable).toBe('gone');
    expect(await t.redis.exists(app.keys.outboxLane(personId))).toBe(0);
    const gone = (await t.redis.xrange(app.keys.events, '-', '+')).filter(([, f]) => f.includes('case.reply') && f.includes('gone'));
    expect(gone).toHaveLength(1);
    // While marked, the relay hands nothing over.
    expect(await outbox.handOver({ ...h, entries: [{ id: 'notice-2', messages: [{ text: 'x' }], rank: 0 }] })).toBe('gone');
    server.unblockChat(CHAT);
    const before = texts().length;
    server.sendText(CHAT, 'halo');
    await server.waitFor(() => texts().length > before);
    expect(await t.redis.hget(app.keys.conversation(personId), 'g')).toBeNull();
    expect((await app.cases.get(open!.id))!.reachable).toBeUndefined();
  });

  it('sends critical lanes before others waiting', async () => {
    await outbox.stop();
    for (let i = 0; i < 20; i++) await outbox.enqueue({ channel: 'telegram', address: String(1000 + i), messages: [{ text: `biasa ${i}` }], rank: 2 });
    await outbox.enqueue({ channel: 'telegram', address: String(CHAT), messages: [{ text: 'SOS reply' }], rank: 0 });
    const b = createOutbox({ redis: t.redis, keys: app.keys, sealer: app.sealer, logger, senders, clock, pollMs: 20, workers: 1 });
    outboxes.push(b);
    b.start();
    expect(await b.idle()).toBe(true);
    const order = server.calls.filter((c) => c.method === 'sendMessage').map((c) => c.params.text);
    expect(order[0]).toBe('SOS reply');
    expect(order).toHaveLength(21);
  });
});
