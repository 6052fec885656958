/** The core's side of wiping a chat: on the real core and Redis (the channels' side: test/channels/*-trail.test.ts). */
import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src/app.js';
import type { InboundBody, OutboundMessage } from '../../src/core/messages.js';
import { testRedis, type TestRedis } from '../support/redis.js';

let t: TestRedis;
let app: App;
let n = 0;
beforeEach(async () => {
  t = await testRedis();
  app = createApp({
    config: { dataKey: Buffer.alloc(32, 3), deploymentFile: 'data/deployment.json', conversationTtlSeconds: 3600, redis: { prefix: t.prefix } },
    redis: t.redis,
    logger: pino({ level: 'silent' }),
  });
});
afterEach(() => t.cleanup());

const send = (body: InboundBody, messageId = `m${++n}`): Promise<OutboundMessage[]> =>
  app.hotline.receive({ channel: 'telegram', address: '31', messageId, at: Date.now(), languageHint: 'id', body });
const text = (words: string) => send({ kind: 'text', text: words });
const lastPrompt = (out: OutboundMessage[]) => out.findLast((m) => m.prompt !== undefined)?.prompt ?? 0;
const WIPE = [{ text: '', wipe: true }];

describe('wiping the chat, in the core', () => {
  it('wipes on the first message too, and the next one starts the conversation as usual', async () => {
    expect(await text('hapus')).toEqual(WIPE);
    const first = await text('halo');
    expect(first.map((m) => m.text)).toEqual([app.locales.t('id', 'consent', { embassy: app.deployment.embassy.name.id ?? '' })]);
    expect(first[0]!.transient).toBe(true);
  });

  it('does not take the next message as an answer, only once; says it again when a wipe comes twice', async () => {
    const consent = await text('halo');
    expect(await send({ kind: 'command', command: 'wipe' }, 'w1')).toEqual(WIPE);
    expect(await send({ kind: 'command', command: 'wipe' }, 'w1')).toEqual(WIPE); // re-delivered: wiping twice is harmless
    const again = await text('ya'); // would be "I agree": not an answer to a screen they no longer see
    expect(again).toEqual(consent);
    const who = await send({ kind: 'choice', prompt: lastPrompt(again), choice: 'agree' });
    expect(who.map((m) => m.text)).toEqual([app.locales.t('id', 'ask-who')]);
  });

  it('still hears danger right after a wipe, and passes nothing of the wipe to the officers', async () => {
    await text('halo');
    expect(await text('Hapus semua')).toEqual(WIPE);
    await text('tolong saya dipukul');
    const [open] = await app.cases.listOpen();
    expect(open?.urgency).toBe('critical');
    expect(await text('hapus')).toEqual(WIPE);
    const events = (await t.redis.xrange(app.keys.events, '-', '+')).map(([, f]) => f[1]);
    expect(events.filter((e) => e === 'case.wiped')).toHaveLength(1);
    expect(events).not.toContain('case.message');
  });
});
