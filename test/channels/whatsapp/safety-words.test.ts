/**
 * Code words and duress on WhatsApp: real Baileys message objects through the real channel, core, desk
 * worker and relay on a real Redis (the socket's network side is the recording stand-in of fake-socket.ts).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pino } from 'pino';
import type { PersonSender } from '../../../src/core/delivery.js';
import type { ChannelName } from '../../../src/core/messages.js';
import { createDeskWorker, type DeskWorker } from '../../../src/officers/desk-worker.js';
import { createOutbox } from '../../../src/core/outbox.js';
import { createRelay } from '../../../src/officers/relay.js';
import { testRedis, type TestRedis } from '../../support/redis.js';
import { waMessage } from './fixtures.js';
import { buildProcess, conversation, linkAuthState, waitFor, type Process } from './support.js';

const JID = '6281234567009@s.whatsapp.net';
const T0 = 1_767_225_600; // seconds, as WhatsApp stamps messages
const HOUR = 3600;
const ANSWER = 'Polisi datang jam 02.00 ke gedung B7.';
const logger = pino({ level: 'silent' });

let t: TestRedis;
let p: Process;
let worker: DeskWorker;
let seq = 0;
let at = T0;

beforeEach(async () => {
  t = await testRedis();
  p = buildProcess(t.redis, t.prefix);
  await linkAuthState(t.redis, p.app);
  await p.channel.start();
  p.socket.open();
  const senders = new Map<ChannelName, PersonSender>([['whatsapp', p.channel]]);
  const relay = createRelay({ redis: t.redis, keys: p.app.keys, sealer: p.app.sealer, store: p.app.cases, locales: p.app.locales, deployment: p.app.deployment, outbox: createOutbox({ redis: t.redis, keys: p.app.keys, sealer: p.app.sealer, logger, senders }), logger });
  worker = createDeskWorker({ redis: t.redis, keys: p.app.keys, sealer: p.app.sealer, store: p.app.cases, relay, renderer: p.app.cards, logger, realertMs: { critical: 300_000, high: 1_800_000 }, supervisors: [] });
  at = T0;
});

afterEach(async () => {
  await p.channel.stop();
  await t.cleanup();
});

/** Delivers one Baileys message `after` seconds after the last, waits for every reply, and runs the desk. */
async function deliver(name: string, content: Record<string, unknown> | undefined, after = 5): Promise<string[]> {
  at += after;
  const before = p.sent().length;
  p.socket.deliver([waMessage(name, { key: { remoteJid: JID, remoteJidAlt: undefined, id: `3EB0SAFE${String(++seq).padStart(12, '0')}`, addressingMode: 'pn' }, message: content, timestamp: at })], 'notify');
  await p.channel.idle();
  await worker.runOnce();
  await waitFor(() => p.channel.pendingSends === 0, 'replies to go out');
  return p.sent().slice(before).map((s) => s.text);
}
const say = (text: string, after?: number) => deliver('text-pn', { conversation: text }, after);

/** The intake in English, by typed numbers and words; `code` as the code word (or none). The case id. */
async function intake(code?: string): Promise<string> {
  await say('halo');
  await say('2'); // English
  await say('1'); // agree
  await say('1'); // I need help myself
  await say('2'); // not in danger now
  await deliver('location', undefined);
  await say('done');
  await say('1');
  await say('1'); // any time
  await say(code ?? 'skip');
  await say('skip'); // keep the default duress phrase
  await say('skip'); // no name
  await say('1'); // send
  const [open] = await p.app.cases.listOpen();
  expect((await conversation(t.redis, p.app, JID))?.v).toBe('done');
  return open!.id;
}

describe('whatsapp: code words and duress', () => {
  it('announces a held answer, shows it neither to a sticker nor to the first message after a long silence, and shows it to a typed reply', async () => {
    const caseId = await intake();
    await p.app.desk.reply(caseId, { id: 'cli:budi', supervisor: false }, ANSWER);
    const before = p.sent().length;
    await worker.runOnce();
    await waitFor(() => p.channel.pendingSends === 0, 'the notice');
    expect(p.sent().slice(before).map((s) => s.text)).toEqual(['You have a new message.']);

    expect((await deliver('sticker', undefined)).join('\n')).not.toContain('B7');
    expect((await say('halo', 13 * HOUR)).join('\n')).not.toContain('B7'); // whoever picks it up after 13 h
    const shown = await say('ada pesan?');
    expect(shown.join('\n')).toContain(ANSWER);
    const view = (await p.app.cases.get(caseId))!;
    expect(view.released).toMatchObject({ rule: 'typed-reply' });
  });

  it('shows it after the code word only, which gets no reply of its own', async () => {
    const caseId = await intake('Teh Manis');
    await p.app.desk.reply(caseId, { id: 'cli:budi', supervisor: false }, ANSWER);
    await worker.runOnce();
    expect((await say('ada pesan?')).join('\n')).not.toContain('B7');
    expect(await say('teh  manis')).toEqual([ANSWER].map((a) => expect.stringContaining(a)));
  });

  it('answers the duress phrase with an ordinary reply, turns the case critical, and sends nothing more', async () => {
    const caseId = await intake();
    expect(await say('Batalkan pesanan')).toEqual(['OK, cancelled.']);
    expect(await p.app.cases.get(caseId)).toMatchObject({ urgency: 'critical', stopped: { kind: 'duress' } });
    expect((await p.app.cases.get(caseId))!.reasons).toContain('duress');
    expect(await say('halo')).toEqual([]);
    expect(await deliver('sticker', undefined)).toEqual([]);
    await p.app.desk.reply(caseId, { id: 'cli:budi', supervisor: false }, ANSWER);
    expect(await say('ada pesan?')).toEqual([]);
    // Someone else typing "salah sambung" by chance never lowers anything: it only silences the chat.
    expect(await say('salah sambung')).toEqual([]);
    expect((await p.app.cases.get(caseId))!.urgency).toBe('critical');
  });
});
