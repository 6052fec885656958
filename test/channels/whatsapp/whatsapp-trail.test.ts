/**
 * What stays in a person's WhatsApp chat: real Baileys message objects through the real channel, core, trail and
 * Redis; the socket stand-in (fake-socket.ts) records texts, revokes ("delete for everyone") and the chat's
 * disappearing-messages timer. WhatsApp lets the hotline delete only its own messages, so that is what is checked.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { WAMessage } from 'baileys';
import { DISAPPEARING_SECONDS } from '../../../src/channels/whatsapp/whatsapp-channel.js';
import { testRedis, type TestRedis } from '../../support/redis.js';
import { waMessage } from './fixtures.js';
import { buildProcess, conversation, linkAuthState, waitFor, type Process } from './support.js';

const PN = '6281234567301@s.whatsapp.net';
const ERASE_MS = 4 * 3600_000; // the default CHAT_ERASE_MINUTES, as createApp sets it

let t: TestRedis;
let p: Process;
let offset: number;
let seq = 0;
const clock = () => Date.now() + offset;
const nextId = () => `3EB0TRAIL${String(++seq).padStart(11, '0')}`;
const procs: Process[] = [];

async function startProcess(): Promise<Process> {
  const proc = buildProcess(t.redis, t.prefix, { clock });
  procs.push(proc);
  await proc.channel.start();
  proc.socket.open();
  return proc;
}

beforeEach(async () => {
  offset = 0;
  t = await testRedis();
  p = buildProcess(t.redis, t.prefix, { clock });
  procs.push(p);
  await linkAuthState(t.redis, p.app);
  await p.channel.start();
  p.socket.open();
});

afterEach(async () => {
  for (const proc of procs.splice(0)) await proc.channel.stop().catch(() => undefined);
  await t.cleanup();
});

/** A text from the person, sent now by the test's clock. */
const textNow = (text: string): WAMessage =>
  waMessage('text-pn', { key: { remoteJid: PN, remoteJidAlt: undefined, id: nextId() }, message: { conversation: text }, timestamp: Math.floor(clock() / 1000) });

/** The person writes; resolves with the texts sent back once they went out and the chat's trail is recorded. */
async function say(text: string, proc: Process = p): Promise<string[]> {
  const before = proc.socket.sent.length;
  proc.socket.deliver([textNow(text)]);
  await proc.channel.settled();
  await waitFor(() => proc.channel.pendingSends === 0, 'sends to go out');
  await proc.channel.settled();
  return proc.socket.sent.slice(before).map((s) => s.text);
}

/** Ids of the hotline's texts the chat still shows (sent, not revoked). */
const shown = (proc: Process = p) => {
  const revoked = new Set(proc.socket.revoked.map((k) => k.id));
  return [...proc.socket.ids.entries()].filter(([id]) => !revoked.has(id)).map(([, s]) => s.text);
};

describe('what stays in a WhatsApp chat', () => {
  it('turns on 24-hour disappearing messages before the first reply, once per chat, and every text carries it', async () => {
    await say('halo');
    expect(DISAPPEARING_SECONDS).toBe(24 * 3600);
    expect(p.socket.disappearing).toEqual([{ jid: PN, seconds: DISAPPEARING_SECONDS }]);
    expect(p.socket.log[0]).toBe('disappearing');
    await say('1'); // the language, by number
    const other = await startProcess(); // another process: the chat is remembered in Redis
    await say('ya', other);
    const sockets = [...p.sockets, ...other.sockets];
    expect(sockets.flatMap((s) => s.disappearing)).toHaveLength(1);
    expect(sockets.flatMap((s) => s.expirations).every((e) => e === DISAPPEARING_SECONDS)).toBe(true);
  });

  it('wipes on "hapus": every message the hotline sent is revoked, nothing is sent, the case stays', async () => {
    await say('tolong saya dipukul'); // a critical case
    await say('1');
    await say('ya');
    const [kase] = await p.app.cases.listOpen();
    expect(kase?.urgency).toBe('critical');
    const before = (await conversation(t.redis, p.app, PN))!.v;
    const sentIds = [...p.socket.ids.keys()];
    expect(sentIds.length).toBeGreaterThan(2);

    expect(await say('hapus')).toEqual([]); // no reply
    expect(shown()).toEqual([]);
    expect(new Set(p.socket.revoked.map((k) => k.id))).toEqual(new Set(sentIds));
    expect(p.socket.revoked.every((k) => k.fromMe === true && k.remoteJid === PN)).toBe(true);
    // The person's own messages cannot be revoked by anyone else: none was tried.
    expect(p.socket.revoked).toHaveLength(sentIds.length);

    expect((await p.app.cases.listOpen()).map((c) => c.id)).toEqual([kase!.id]);
    expect((await conversation(t.redis, p.app, PN))!.v).toBe(before);
    const events = (await t.redis.xrange(p.app.keys.events, '-', '+')).map(([, f]) => f[1]);
    expect(events).toContain('case.wiped');
  });

  it('revokes the hotline\'s messages CHAT_ERASE_MINUTES after they were sent, and tells what WhatsApp cannot do', async () => {
    await say('halo');
    await say('2'); // English
    const help = await say('/help');
    expect(help).toContain(p.app.locales.t('en', 'help-wipe', { channel: 'whatsapp' }));
    expect(help.join('\n')).toContain('This message was deleted');
    expect(shown().length).toBeGreaterThan(2);

    const personId = p.app.sealer.personId('whatsapp', PN);
    offset += ERASE_MS - 60_000;
    await p.app.trail.eraseDue(personId);
    const stillShown = shown().length;
    expect(stillShown).toBeGreaterThan(0);
    offset += 2 * 60_000;
    await p.app.trail.eraseDue(personId);
    expect(shown()).toEqual([]);
    expect(await t.redis.zrange(p.app.keys.trail(personId), '0', '-1')).toEqual([]);
  });
});
