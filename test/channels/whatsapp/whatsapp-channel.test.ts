/**
 * End to end: real Baileys message objects (recorded shapes, test/fixtures/whatsapp/) emitted on Baileys' real
 * event emitter, through the real WhatsApp channel into the real hotline core, flows and Redis. The only stand-in
 * is the socket's connection to WhatsApp's servers, which a test cannot reach (see fake-socket.ts): it records
 * what the channel sends instead.
 *
 * The walk through the intake reads the person's stored state after every message and answers whatever is
 * asked, so the tests follow the flow as it is, and every reply is checked against the core's own rendering of
 * the current question.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Writable } from 'node:stream';
import { DisconnectReason, type WAMessage } from 'baileys';
import { pino } from 'pino';
import { ChannelUnavailableError } from '../../../src/core/delivery.js';
import { renderText } from '../../../src/channels/whatsapp/translate.js';
import { testRedis, type TestRedis } from '../../support/redis.js';
import { textFrom, waMessage } from './fixtures.js';
import { buildProcess, conversation, linkAuthState, waitFor, type Process } from './support.js';
import { intakeRenderer } from '../../support/renderers.js';

const PN = '6281234567001@s.whatsapp.net';
const LID = '190000000000001@lid';

let t: TestRedis;
let p: Process;
let stops: Array<() => Promise<unknown>>;
let seq = 0;
const nextId = () => `3EB0TEST${String(++seq).padStart(12, '0')}`;

async function startProcess(opts: Parameters<typeof buildProcess>[2] = {}): Promise<Process> {
  const proc = buildProcess(t.redis, t.prefix, opts);
  stops.push(() => proc.channel.stop());
  await proc.channel.start();
  proc.socket.open();
  return proc;
}

beforeEach(async () => {
  stops = [];
  t = await testRedis();
  p = buildProcess(t.redis, t.prefix);
  await linkAuthState(t.redis, p.app);
  stops.push(() => p.channel.stop());
  await p.channel.start();
  p.socket.open();
});

afterEach(async () => {
  for (const stop of stops.reverse()) await stop().catch(() => undefined);
  await t.cleanup();
});

// ---- helpers ---------------------------------------------------------------------------------------

/** Delivers messages as Baileys would and waits until they are processed and every reply has gone out. */
async function deliver(messages: WAMessage[], type: 'notify' | 'append' = 'notify', proc: Process = p): Promise<string[]> {
  const before = proc.sent().length;
  proc.socket.deliver(messages, type);
  await proc.channel.idle();
  await waitFor(() => proc.channel.pendingSends === 0, 'replies to go out');
  return proc.sent().slice(before).map((s) => s.text);
}

const say = (jid: string, text: string, proc: Process = p, alt?: string) => deliver([textFrom(jid, text, nextId(), alt)], 'notify', proc);

async function stateOf(address: string, proc: Process = p) {
  const conv = await conversation(t.redis, proc.app, address);
  if (!conv) throw new Error('no stored conversation');
  return conv;
}

/** The core's own rendering of the question the person at `address` is on, as WhatsApp text. */
async function currentQuestion(address: string, proc: Process = p): Promise<string | undefined> {
  const { v, c } = await stateOf(address, proc);
  const out = intakeRenderer(proc.app).ask(v, c);
  return out && renderText(out);
}

/** The words of choice `id` of the current question (as the person would type them). */
async function wordsOf(address: string, id: string): Promise<string> {
  const { v, c } = await stateOf(address);
  const out = intakeRenderer(p.app).ask(v, c);
  const choice = out?.choices?.flat().find((x) => x.id === id);
  if (!choice) throw new Error(`no choice ${id} in state ${v}`);
  return choice.label.replace(/^✅ /, '');
}

/**
 * Answers whatever the person at `address` is asked until they reach `target` (or `done`), checking that the
 * bot's last message is always the current question. `dangerNow` answers the danger question.
 */
async function walk(address: string, target: string, opts: { dangerNow?: boolean; location?: WAMessage } = {}): Promise<void> {
  let replies = await say(address, 'halo');
  for (let step = 0; step < 30; step++) {
    const { v, c } = await stateOf(address);
    const question = await currentQuestion(address);
    if (question) expect(replies.at(-1), `last reply in state ${v}`).toBe(question);
    if (v === target) return;
    const first = (await intakeRenderer(p.app).ask(v, c))?.choices?.flat()[0]?.id;
    switch (v) {
      case 'chooseLanguage': replies = await say(address, '2'); break; // English, by number
      case 'consent': replies = await say(address, await wordsOf(address, 'agree')); break; // by the words
      case 'danger': replies = await say(address, opts.dangerNow ? '1' : '2'); break;
      case 'location': replies = await deliver([opts.location ?? waMessage('location', { key: { remoteJid: address, remoteJidAlt: undefined, id: nextId() } })]); break;
      case 'situation': replies = await say(address, c.answers.situation.length === 0 ? '1' : await wordsOf(address, 'done')); break;
      case 'people': replies = await say(address, '5'); break;
      case 'contact': replies = await say(address, '1'); break;
      case 'contactTimes': replies = await say(address, 'after 22:00'); break;
      case 'name': replies = await say(address, await wordsOf(address, 'skip')); break;
      case 'summary': replies = await say(address, '1'); break;
      case 'done': return;
      default:
        if (!first) throw new Error(`the walk does not know how to answer state ${v}`);
        replies = await say(address, await wordsOf(address, first)); // e.g. "who needs help": the first option
    }
  }
  throw new Error(`did not reach ${target}`);
}

// ---- tests -----------------------------------------------------------------------------------------

describe('whatsapp channel, end to end', () => {
  it('walks a whole intake over WhatsApp into a case, with numbered lists, typed numbers and words', async () => {
    await walk(PN, 'done');
    const open = await p.app.cases.listOpen();
    expect(open).toHaveLength(1);
    expect(open[0]).toMatchObject({ channel: 'whatsapp', intakeComplete: true, lang: 'en', people: '5', situation: ['passport'] });
    expect(open[0]!.private).toMatchObject({ channel: 'whatsapp', address: PN, location: { kind: 'pin', lat: 16.646, lon: 98.507, live: false } });
    // Every reply went to the person's chat, as plain text with the choices numbered.
    expect(new Set(p.sent().map((s) => s.jid))).toEqual(new Set([PN]));
    expect(p.sent().some((s) => /\n1\. .+\n2\. /.test(s.text))).toBe(true);
    // A read receipt for every processed message, sent after it was processed.
    expect(p.socket.read.length).toBeGreaterThan(8);
    expect(p.socket.read.every((k) => k.remoteJid === PN)).toBe(true);
  });

  it('picks a choice from a typed "2" and from the option\'s words', async () => {
    const byNumber = '6281234567101@s.whatsapp.net';
    const byWords = '6281234567102@s.whatsapp.net';
    await walk(byNumber, 'danger');
    await walk(byWords, 'danger');
    const [question] = await say(byNumber, '2').then((r) => r.slice(-1));
    expect((await stateOf(byNumber)).v).toBe('location');
    expect(question).toBe(await currentQuestion(byNumber));
    expect(question).toMatch(/📍 .+ \(📎\)$/); // the location request as a line of text
    await say(byWords, (await wordsOf(byWords, 'no')).toUpperCase());
    expect((await stateOf(byWords)).v).toBe('location');
    expect((await stateOf(byWords)).c.answers.dangerNow).toBe(false);
  });

  it('opens a critical case at once when a person writes that they are in danger', async () => {
    const jid = '6281234567103@s.whatsapp.net';
    const replies = await say(jid, 'tolong saya dipukul');
    const [kase] = await p.app.cases.listOpen();
    expect(kase).toMatchObject({ urgency: 'critical', channel: 'whatsapp', reasons: ['danger-words'] });
    expect(replies.some((r) => r.includes('Sebentar lagi ada yang membalas'))).toBe(true);
    expect(replies.some((r) => r.includes(kase!.id))).toBe(false); // discreet: no case number on screen
  });

  it('answers images, voice notes, audio, documents, stickers, videos and contacts with "please type or share your location"', async () => {
    await walk(PN, 'location');
    const { c } = await stateOf(PN);
    const notRead = intakeRenderer(p.app).say('media-not-read', c).text;
    for (const kind of ['image', 'voice', 'audio', 'document', 'sticker', 'video', 'view-once-image', 'contact', 'poll']) {
      const replies = await deliver([waMessage(kind, { key: { id: nextId() } })]);
      expect(replies, kind).toEqual([notRead, await currentQuestion(PN)]);
      expect((await stateOf(PN)).v, kind).toBe('location');
    }
    expect(await p.app.cases.listOpen()).toEqual([]);
  });

  it('takes a location pin and the first fix of a live location', async () => {
    await walk(PN, 'location');
    await deliver([waMessage('location', { key: { id: nextId() } })]);
    expect((await stateOf(PN)).c.answers.location).toEqual({ kind: 'pin', lat: 16.646, lon: 98.507, live: false });

    const other = '6281234567104@s.whatsapp.net';
    await walk(other, 'location');
    await deliver([waMessage('live-location', { key: { remoteJid: other, id: nextId() } })]);
    expect((await stateOf(other)).c.answers.location).toEqual({ kind: 'pin', lat: 10.6104, lon: 103.5222, live: true });
  });

  it('processes a message once when it comes as notify and again as append after a reconnect', async () => {
    await walk(PN, 'danger', {});
    const yes = textFrom(PN, '1', nextId());
    const first = await deliver([yes], 'notify');
    const [kase] = await p.app.cases.listOpen();
    expect(kase).toMatchObject({ urgency: 'critical' });
    expect(first.some((r) => r.includes('Someone will answer here soon'))).toBe(true);

    // The same process sees it again (an `append` upsert after a reconnect): nothing happens, no reply.
    p.socket.close(DisconnectReason.connectionLost);
    await waitFor(() => p.sockets.length === 2, 'a reconnect');
    p.socket.open();
    expect(await deliver([yes], 'append')).toEqual([]);

    // Another process (or this one after a restart) gets it again: the core drops it, repeats the question.
    const other = await startProcess();
    const again = await deliver([yes], 'append', other);
    expect(again).toEqual([await currentQuestion(PN)]);
    expect(await p.app.cases.listOpen()).toHaveLength(1);
    expect((await p.app.cases.events()).filter((e) => e.type === 'case.opened')).toHaveLength(1);
  });

  it('processes messages that arrived while offline (append) like live ones', async () => {
    const jid = '6281234567105@s.whatsapp.net';
    const replies = await deliver([textFrom(jid, 'halo', nextId())], 'append');
    expect(replies).toEqual([await currentQuestion(jid)]);
  });

  it('keeps one conversation for a person writing under their phone number and their LID', async () => {
    await say(PN, 'halo', p, LID); // PN chat, WhatsApp tells us the LID too
    await say(LID, '2', p, PN); // LID chat with the phone number: same person
    await say(LID, await wordsOf(PN, 'agree')); // LID only: remembered
    const conv = await stateOf(PN);
    expect(conv.c.lang).toBe('en');
    expect(conv.v).not.toBe('consent');
    expect(await conversation(t.redis, p.app, LID)).toBeUndefined();
    expect(new Set(p.sent().map((s) => s.jid))).toEqual(new Set([PN]));

    // A LID seen first (no phone number yet) stays that person's address when the number turns up later.
    const lidFirst = '190000000000077@lid';
    const pnLater = '6281234567177@s.whatsapp.net';
    await say(lidFirst, 'halo');
    await say(pnLater, '2', p, lidFirst);
    expect((await stateOf(lidFirst)).c.lang).toBe('en');
    expect(await conversation(t.redis, p.app, pnLater)).toBeUndefined();

    // Another process resolves the same way from Redis alone.
    const other = await startProcess();
    expect(await say(LID, '/help', other)).not.toEqual([]);
    expect(new Set(other.sent().map((s) => s.jid))).toEqual(new Set([PN]));
    // The mapping keys name no number and hold none in clear.
    const keys = await t.redis.keys(`${t.prefix}wa:jid:*`);
    expect(keys.length).toBeGreaterThanOrEqual(4);
    for (const key of keys) {
      expect(key).not.toMatch(/6281|1900000/);
      expect((await t.redis.getBuffer(key))!.includes(Buffer.from('6281'))).toBe(false);
    }
  });

  it('opens a critical case when danger words come as an edit of an earlier message', async () => {
    await say(PN, 'halo');
    const edit = waMessage('edit', {
      key: { id: nextId() },
      message: { protocolMessage: { key: { remoteJid: PN, fromMe: false, id: 'EARLIER' }, type: 14 /* MESSAGE_EDIT */, editedMessage: { conversation: 'tolong saya dipukul' } } },
    });
    const replies = await deliver([edit]);
    const open = await p.app.cases.listOpen();
    expect(open.map((c) => [c.urgency, c.reasons])).toEqual([['critical', ['danger-words']]]);
    expect(replies[0]).toContain('Sebentar lagi ada yang membalas');
  });

  it('ignores groups, status, channels, its own messages, protocol messages, reactions, edits and undecryptable ones', async () => {
    // Edits of ordinary text with no case open change nothing too (an edit with danger in it escalates: below).
    const ignored = ['group-text', 'status', 'newsletter', 'from-me', 'protocol-revoke', 'protocol-ephemeral-setting', 'reaction', 'edit', 'edit-wrapped', 'stub-ciphertext', 'stub-missed-call', 'sender-key-only', 'empty'];
    const replies = await deliver(ignored.map((name) => waMessage(name)), 'notify');
    expect(replies).toEqual([]);
    expect(await deliver(ignored.map((name) => waMessage(name)), 'append')).toEqual([]);
    expect(await t.redis.keys(`${t.prefix}conv:*`)).toEqual([]);
    expect(p.socket.read).toEqual([]);
    expect(await p.app.cases.listOpen()).toEqual([]); // "tolong" in a group opened nothing
    // Still working afterwards.
    expect(await say(PN, 'halo')).toHaveLength(1);
  });
});

describe('whatsapp: what the phone cannot undo', () => {
  it('records "close my case", "I\'m fine" after /restart and a "no" to danger, flags them and lowers nothing', async () => {
    const jid = '6281234567105@s.whatsapp.net';
    await walk(jid, 'done', { dangerNow: true });
    const [kase] = await p.app.cases.listOpen();
    expect(kase).toMatchObject({ urgency: 'critical', intakeComplete: true });
    expect(await p.app.desk.claim(kase!.id, { id: 'cli:sari', supervisor: false })).toMatchObject({ ok: true });

    expect(await say(jid, 'close my case')).toEqual(['OK, noted.']);
    await say(jid, '/restart');
    await say(jid, await wordsOf(jid, 'agree'));
    await say(jid, await wordsOf(jid, 'myself')); // after /restart the who-menu again; the case stays
    expect(await say(jid, "I'm fine, sent by mistake")).toEqual(['OK, noted.']);
    expect((await stateOf(jid)).v).toBe('danger'); // not taken as the answer
    await say(jid, '2'); // "No, not right now"

    const view = (await p.app.cases.get(kase!.id))!;
    expect(view).toMatchObject({ urgency: 'critical', status: 'claimed', private: { location: { kind: 'pin', lat: 16.646, lon: 98.507 } } });
    expect(view.private.retractions?.map((r) => r.text)).toEqual(['close my case', "I'm fine, sent by mistake"]);
    expect(view.private.history?.dangerNow?.map((v) => [v.value, v.suspect])).toEqual([[true, undefined], [false, 'restart']]);
    const card = p.app.cards.card(view, { held: 0, now: Date.now() }).text;
    expect(card).toContain('⚠ Diubah setelah /restart (mungkin bukan orangnya): dalam bahaya sekarang: ya → tidak');
    expect(card).toContain('"close my case"');
  });
});

describe('whatsapp channel as the officers\' sender', () => {
  it('sends relayed answers in order to a person on WhatsApp', async () => {
    expect(await p.channel.send(PN, [{ text: 'one' }, { text: 'two', choices: [[{ id: 'a', label: 'A' }]], numbered: true }])).toBe('sent');
    expect(p.socket.sent.map((s) => [s.jid, s.text])).toEqual([[PN, 'one'], [PN, 'two\n\n1. A']]);
  });

  it('says "gone" for a number that is not on WhatsApp', async () => {
    p.socket.notOnWhatsApp.add(PN);
    expect(await p.channel.send(PN, [{ text: 'hello' }])).toBe('gone');
    expect(p.socket.sent).toEqual([]);
  });

  it('throws ChannelUnavailableError when not connected', async () => {
    p.socket.close(DisconnectReason.connectionLost);
    await expect(p.channel.send(PN, [{ text: 'hello' }])).rejects.toBeInstanceOf(ChannelUnavailableError);
  });
});

describe('whatsapp connection life', () => {
  it('stops and tells the operator when logged out', async () => {
    const lines: string[] = [];
    const logger = pino({ level: 'info' }, new Writable({ write: (chunk, _enc, done) => (lines.push(String(chunk)), done()) }));
    const proc = await startProcess({ logger });
    proc.socket.close(DisconnectReason.loggedOut);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(proc.channel.status).toBe('logged-out');
    expect(proc.sockets).toHaveLength(1);
    expect(lines.join('')).toContain('npm run whatsapp:link');
    await expect(proc.channel.send(PN, [{ text: 'x' }])).rejects.toBeInstanceOf(ChannelUnavailableError);
  });

  it('reports a replaced connection and does not fight for it', async () => {
    p.socket.close(DisconnectReason.connectionReplaced);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(p.channel.status).toBe('replaced');
    expect(p.sockets).toHaveLength(1);
  });

  it('reconnects at once when WhatsApp asks for a restart, and with backoff otherwise', async () => {
    p.socket.close(DisconnectReason.restartRequired);
    await waitFor(() => p.sockets.length === 2, 'an immediate reconnect', 50);
    p.socket.open();
    for (const reason of [DisconnectReason.connectionClosed, DisconnectReason.connectionLost, DisconnectReason.badSession, DisconnectReason.unavailableService, DisconnectReason.multideviceMismatch, DisconnectReason.forbidden, undefined]) {
      const count = p.sockets.length;
      p.socket.close(reason);
      expect(p.channel.status).toBe('closed');
      await waitFor(() => p.sockets.length === count + 1, `a reconnect after ${reason}`);
      p.socket.open();
      expect(p.channel.status).toBe('open');
    }
  });

  it('keeps replies while disconnected and sends them, in order, once connected again', async () => {
    p.socket.close(DisconnectReason.connectionLost);
    const sending = p.channel.idle();
    p.sockets[0]!.deliver([textFrom(PN, 'halo', nextId())]); // arrived just before the close
    await sending;
    await p.channel.idle();
    expect(p.channel.pendingSends).toBe(2); // the reply, and turning on disappearing messages before it
    await waitFor(() => p.sockets.length === 2, 'a reconnect');
    p.socket.open();
    await waitFor(() => p.channel.pendingSends === 0, 'the held reply to go out');
    expect(p.socket.sent.map((s) => s.text)).toEqual([await currentQuestion(PN)]);
  });

  it('stays idle and says how to link when no number is linked', async () => {
    const lines: string[] = [];
    const logger = pino({ level: 'info' }, new Writable({ write: (chunk, _enc, done) => (lines.push(String(chunk)), done()) }));
    const proc = buildProcess(t.redis, t.prefix, { logger, config: { session: 'never-linked' } });
    await proc.channel.start();
    expect(proc.channel.status).toBe('unlinked');
    expect(proc.sockets).toEqual([]);
    expect(lines.join('')).toContain('npm run whatsapp:link');
  });

  it('logs no text, number or JID of the people it talks to', async () => {
    const lines: string[] = [];
    const logger = pino({ level: 'trace' }, new Writable({ write: (chunk, _enc, done) => (lines.push(String(chunk)), done()) }));
    const proc = await startProcess({ logger });
    await say(PN, 'tolong saya dipukul', proc, LID);
    await deliver([waMessage('location', { key: { id: nextId() } }), waMessage('group-text'), waMessage('stub-ciphertext')], 'notify', proc);
    proc.socket.close(DisconnectReason.connectionLost);
    const log = lines.join('');
    expect(log.length).toBeGreaterThan(0);
    for (const secret of ['6281234567001', '190000000000001', 'tolong', 'dipukul', '16.646', '98.507', 'Test Person']) {
      expect(log, secret).not.toContain(secret);
    }
  });
});
