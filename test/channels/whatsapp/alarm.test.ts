/**
 * After an alarm, on WhatsApp, end to end: real Baileys message objects (recorded shapes) emitted on Baileys'
 * real event emitter, through the real WhatsApp channel into the real core and Redis, with the officers' desk
 * as a deployment runs it: a Telegram forum group through real grammY against the loopback Bot API server,
 * the desk worker and the relay answering over WhatsApp. The only stand-in is the socket's link to WhatsApp's
 * servers (see fake-socket.ts).
 */
import { quoteWords } from '../../../src/officers/person-words.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DisconnectReason, type WAMessage } from 'baileys';
import { deskData } from '../../../src/channels/telegram/card-buttons.js';
import { renderText } from '../../../src/channels/whatsapp/translate.js';
import { ForwardedMessage } from '../../../src/core/messages.js';
import { mapLink } from '../../../src/officers/card.js';
import { startBotApiServer, type BotApiServer } from '../../support/bot-api-server.js';
import { passedOnMessages } from '../../support/case-values.js';
import { startOfficersGroup, type OfficersGroup } from '../../support/officers-group.js';
import { testRedis, type TestRedis } from '../../support/redis.js';
import { intakeRenderer } from '../../support/renderers.js';
import { MYSELF } from '../../support/who.js';
import { waMessage } from './fixtures.js';
import { buildProcess, conversation, linkAuthState, waitFor, type Process } from './support.js';
import { until } from '../../support/until.js';

const GROUP = -1001234567890;
const OFFICER = 501;
const SUPERVISOR = 509;
const REALERT_MS = 300_000;

let server: BotApiServer;
let t: TestRedis;
let p: Process;
let group: OfficersGroup;
let seq = 0;
/** How far the person's phone clock (the messages' timestamps) is from real time; a test may move it. */
let phoneOffset = 0;

beforeEach(async () => {
  phoneOffset = 0;
  server = await startBotApiServer();
  server.createGroup(GROUP, { forum: true, botIsAdmin: true, title: 'KBRI duty desk' });
  t = await testRedis();
  p = buildProcess(t.redis, t.prefix);
  await linkAuthState(t.redis, p.app);
  await p.channel.start();
  p.socket.open();
  group = await startOfficersGroup({
    app: p.app, redis: t.redis, server, chatId: GROUP, officerIds: [OFFICER], supervisorIds: [SUPERVISOR],
    senders: new Map([['whatsapp', p.channel]]), realertMs: { critical: REALERT_MS, high: 1_800_000 },
  });
});

afterEach(async () => {
  await group?.stop();
  await p.channel.stop().catch(() => undefined);
  await server.close();
  await t.cleanup();
});

// ---- helpers ---------------------------------------------------------------------------------------

const key = (jid: string) => ({ remoteJid: jid, remoteJidAlt: undefined, id: `3EB0ALARM${String(++seq).padStart(11, '0')}`, addressingMode: 'pn' as const });
const stamp = () => Math.floor((Date.now() + phoneOffset) / 1000);
const textOf = (jid: string, text: string) => waMessage('text-pn', { key: key(jid), message: { conversation: text }, timestamp: stamp() });
const pinOf = (jid: string, lat: number, lon: number) =>
  waMessage('location', { key: key(jid), message: { locationMessage: { degreesLatitude: lat, degreesLongitude: lon } }, timestamp: stamp() });

/** Delivers messages as Baileys would; resolves once they are processed and the replies have gone out, with the replies. */
async function deliver(messages: WAMessage[], type: 'notify' | 'append' = 'notify'): Promise<string[]> {
  const before = p.sent().length;
  p.socket.deliver(messages, type);
  await p.channel.idle();
  await waitFor(() => p.channel.pendingSends === 0, 'replies to go out');
  return p.sent().slice(before).map((s) => s.text);
}
const say = (jid: string, text: string) => deliver([textOf(jid, text)]);
const sentTo = (jid: string) => p.sent().filter((s) => s.jid === jid).map((s) => s.text);

/** The question the person is on, as WhatsApp shows it, and its choice ids in their numbered order. */
async function question(jid: string): Promise<{ state: string; text?: string; ids: string[] }> {
  const conv = await conversation(t.redis, p.app, jid);
  if (!conv) throw new Error('no stored conversation');
  const out = intakeRenderer(p.app).ask(conv.v, conv.c);
  return { state: conv.v, text: out && renderText(out), ids: out?.choices?.flat().map((c) => c.id) ?? [] };
}

/** The person types the number of choice `id` of the question on screen; resolves with the replies. */
async function choose(jid: string, id: string): Promise<string[]> {
  const { state, ids } = await question(jid);
  const n = ids.indexOf(id);
  if (n < 0) throw new Error(`no choice ${id} at ${state} (${ids.join(', ')})`);
  return say(jid, String(n + 1));
}

const caseOf = (jid: string) => until(async () => (await p.app.cases.listOpen()).find((c) => c.private.address === jid)?.id, `a case for ${jid}`);
const desk = (k: string, args: Record<string, string | number> = {}) => p.app.cards.t(k, args);

/** "halo", Indonesian, agree, themselves, in danger now: the case opens and the location is asked. */
async function dangerNow(jid: string): Promise<string> {
  await say(jid, 'halo');
  if ((await question(jid)).state === 'chooseLanguage') await choose(jid, 'lang:id');
  await choose(jid, 'agree');
  await choose(jid, MYSELF);
  await choose(jid, 'yes');
  expect((await question(jid)).state).toBe('location');
  return caseOf(jid);
}

/** The messages passed on to a case's officers (`case.message` events), opened. */
function passedOn(caseId: string): Promise<ForwardedMessage[]> {
  return passedOnMessages(p.app, t.redis, caseId);
}

/** The latest 21:00 in Cambodia (UTC+7) before now: 14:00 UTC. */
function ninePmInCambodia(): number {
  const today = new Date();
  const at = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate(), 14, 0);
  return at <= Date.now() ? at : at - 24 * 3600_000;
}

// ---- tests -----------------------------------------------------------------------------------------

describe('whatsapp, after an alarm', () => {
  it('reopens a case an officer resolved on a new SOS: the same case, critical, queued, announced in the group, and re-alerted while unclaimed', async () => {
    const jid = '6281234567201@s.whatsapp.net';
    const first = await say(jid, 'tolong saya disekap');
    const caseId = await caseOf(jid);
    expect(first.some((r) => r.includes(caseId))).toBe(false); // discreet: no case number is left on the phone
    const card = await server.waitFor(() => group.card(caseId));

    server.pressGroupButton(GROUP, OFFICER, card.message_id, deskData('claim', caseId), { firstName: 'Ayu' });
    await until(async () => (await p.app.cases.get(caseId))?.claimedBy, 'the claim');
    server.pressGroupButton(GROUP, OFFICER, card.message_id, deskData('resolved', caseId), { firstName: 'Ayu' });
    await until(async () => (await p.app.cases.get(caseId))?.status === 'resolved', 'the status');
    expect(await p.app.cases.listOpen()).toEqual([]);

    await say(jid, 'terima kasih'); // an ordinary message leaves it resolved
    expect((await p.app.cases.get(caseId))!.status).toBe('resolved');

    await say(jid, 'SOS mereka pukul saya lagi');
    const back = (await p.app.cases.get(caseId))!;
    expect(back).toMatchObject({ id: caseId, status: 'new', urgency: 'critical', reopenedFrom: 'resolved', reopened: 1 });
    expect(back.claimedBy).toBeUndefined();
    expect((await p.app.cases.listOpen()).map((c) => c.id)).toEqual([caseId]);

    const head = desk('desk-reopened', { caseId, urgency: desk('desk-urgency-critical'), was: desk('desk-status-resolved') });
    const reopened = await server.waitFor(() => group.messages().find((m) => m.text?.startsWith(head)));
    expect(reopened.thread).toBeUndefined();
    const reopenedLine = desk('desk-card-reopened', { times: 1, was: desk('desk-status-resolved') });
    await server.waitFor(() => group.card(caseId)?.text?.includes(reopenedLine));
    expect(server.topics(GROUP)).toHaveLength(1); // the same case, in the same topic

    // Re-alerts are folded: one message in the main thread lists every case waiting, a line each.
    const realerts = () => group.messages().filter((m) => m.text?.startsWith('⏰') && m.text.includes(caseId));
    await until(async () => (await t.redis.zscore(p.app.keys.due, `realert:${caseId}`)) !== null, 'the re-alert deadline');
    group.clock.advance(REALERT_MS - 60_000);
    await group.deadlinesDone();
    expect(realerts()).toEqual([]);
    group.clock.advance(61_000);
    await group.deadlinesDone();
    await server.waitFor(() => realerts().length === 1);
    expect(realerts()[0]!.thread).toBeUndefined();
    expect(realerts()[0]!.text).toContain(`${caseId} · `);
  });

  it('passes on a follow-up that does not answer the question on screen to the case\'s topic, with the time it was written', async () => {
    const jid = '6281234567202@s.whatsapp.net';
    phoneOffset = -12 * 60_000; // the person wrote all this a while ago…
    const caseId = await dangerNow(jid);
    await server.waitFor(() => group.card(caseId));

    // …then the bot's connection dropped; what they wrote meanwhile comes in when it is back (an `append`).
    p.socket.close(DisconnectReason.connectionLost);
    await waitFor(() => p.sockets.length === 2, 'a reconnect');
    p.socket.open();
    phoneOffset = -10 * 60_000;
    const followUp = textOf(jid, 'mereka datang ke kamar');
    const written = Number(followUp.messageTimestamp) * 1000;
    const replies = await deliver([followUp], 'append');
    expect((await question(jid)).state).toBe('country'); // the intake still asks where they are
    expect(replies.at(-1)).toBe((await question(jid)).text);

    const messages = await until(async () => {
      const list = await passedOn(caseId);
      return list.length > 0 ? list : undefined;
    }, 'the case.message event');
    expect(messages).toEqual([{ kind: 'text', text: 'mereka datang ke kamar', at: written, lang: 'id' }]);
    const post = await server.waitFor(() => group.threadTexts(caseId).find((x) => x.includes('mereka datang ke kamar')));
    expect(post).toBe(`${p.app.cards.time(written)} · ${desk('desk-person-wrote', { caseId })}\n«mereka datang ke kamar»`);
    expect(post).not.toContain(p.app.cards.time(Date.now())); // when they wrote it, not when it was posted
  });

  it('keeps a pin sent at the consent step after an SOS on the case', async () => {
    const jid = '6281234567203@s.whatsapp.net';
    await say(jid, 'tolong saya disekap');
    const caseId = await caseOf(jid);
    if ((await question(jid)).state === 'chooseLanguage') await choose(jid, 'lang:id');
    expect((await question(jid)).state).toBe('consent');

    const replies = await deliver([pinOf(jid, 11.067, 106.136)]);
    expect(replies).toEqual([p.app.locales.t('id', 'location-noted'), (await question(jid)).text]);
    expect((await question(jid)).state).toBe('consent');
    const kase = (await p.app.cases.get(caseId))!;
    expect(kase.private.location).toEqual({ kind: 'pin', lat: 11.067, lon: 106.136, live: false });
    expect(kase).toMatchObject({ country: 'KH', urgency: 'critical', private: { place: 'Bavet' } });
    await server.waitFor(() => group.card(caseId)?.text?.includes('Lokasi: 11.06700, 106.13600'));
  });

  it('keeps the first pin when a second one comes: the card shows the first and the latest position', async () => {
    const jid = '6281234567204@s.whatsapp.net';
    await say(jid, 'tolong saya disekap');
    const caseId = await caseOf(jid);
    if ((await question(jid)).state === 'chooseLanguage') await choose(jid, 'lang:id');
    await deliver([pinOf(jid, 11.067, 106.136)]);
    await choose(jid, 'agree');
    await deliver([pinOf(jid, 10.627, 103.522)]);

    const kase = (await p.app.cases.get(caseId))!;
    expect(kase.private.location).toEqual({ kind: 'pin', lat: 10.627, lon: 103.522, live: false });
    const versions = kase.private.history!.location!;
    expect(versions.map((v) => v.value)).toEqual([
      { kind: 'pin', lat: 11.067, lon: 106.136, live: false },
      { kind: 'pin', lat: 10.627, lon: 103.522, live: false },
    ]);
    const first = desk('desk-card-first-where', { time: p.app.cards.time(versions[0]!.at), where: `11.06700, 106.13600 ${mapLink(11.067, 106.136)}` });
    const card = await server.waitFor(() => {
      const now = group.card(caseId)?.text;
      return now?.includes('Lokasi: 10.62700, 103.52200') && now.includes(first) ? now : undefined;
    });
    expect(card).toContain(first);
  });

  it('never schedules an answer at 21:00 local for "jangan kirim jam 9 malam" typed as the safe time: it stays held, and the card says so', async () => {
    const jid = '6281234567205@s.whatsapp.net';
    const caseId = await dangerNow(jid);
    await deliver([pinOf(jid, 10.627, 103.522)]); // Cambodia, UTC+7
    await choose(jid, 'passport');
    await choose(jid, 'done');
    await say(jid, '5');
    expect((await question(jid)).state).toBe('contact');
    const words = 'jangan kirim jam 9 malam';
    await say(jid, words); // typed at the question, as people on WhatsApp do
    expect((await question(jid)).state).toBe('codeWord');
    await say(jid, 'lewati');
    await say(jid, 'lewati');
    expect((await question(jid)).state).toBe('name');
    expect((await p.app.cases.get(caseId))!.private).toMatchObject({ contact: 'times', contactTimes: words });
    const card = await server.waitFor(() => group.card(caseId));

    const nine = ninePmInCambodia();
    group.clock.moveTo(nine);
    const answer = 'Kami akan menghubungi polisi besok pagi.';
    server.sendGroupText(GROUP, OFFICER, `/reply ${answer}`, { threadId: card.thread, firstName: 'Ayu' });
    await server.waitFor(() => group.threadTexts(caseId).includes(desk('desk-reply-held-unreadable', { caseId })));
    expect(await t.redis.zscore(p.app.keys.due, `release:${caseId}`)).toBeNull();
    const safeLine = desk('desk-card-safe', { when: desk('desk-card-safe-unreadable', { times: quoteWords(words, 200) }) });
    await server.waitFor(() => group.card(caseId)?.text?.includes(safeLine) && group.card(caseId)?.text?.includes(desk('desk-card-held', { count: 1 })));

    for (const minutes of [1, 15, 30, 45, 59]) {
      group.clock.moveTo(nine + minutes * 60_000);
      await group.deadlinesDone();
    }
    expect(sentTo(jid).some((m) => m.includes(answer))).toBe(false);
    expect(await t.redis.llen(p.app.keys.held(caseId))).toBe(1);
    expect(await t.redis.zscore(p.app.keys.due, `release:${caseId}`)).toBeNull();

    await say(jid, 'Sari'); // they write again: now it goes out
    await waitFor(() => sentTo(jid).some((m) => m.includes(answer)), 'the answer to go out');
  });
});
