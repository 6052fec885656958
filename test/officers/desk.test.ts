import { PassThrough } from 'node:stream';
import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src/app.js';
import { queueScore } from '../../src/cases/case-model.js';
import { CasePrivate } from '../../src/cases/case-record.js';
import { createConsoleChannel, type ConsoleChannel } from '../../src/channels/console/console-channel.js';
import type { PersonSender } from '../../src/core/delivery.js';
import type { ChannelName } from '../../src/core/messages.js';
import type { Officer } from '../../src/officers/case-desk.js';
import { createDeskWorker, type DeskWorker } from '../../src/officers/desk-worker.js';
import { createOutbox } from '../../src/core/outbox.js';
import { createRelay } from '../../src/officers/relay.js';
import { hotlineCommit } from '../../src/redis/scripts.js';
import { testRedis, type TestRedis } from '../support/redis.js';
import { caseSealer } from '../../src/cases/case-keys.js';
import { SealError } from '../../src/core/sealed.js';

const logger = pino({ level: 'silent' });
const budi: Officer = { id: 'cli:budi', supervisor: false };
const sari: Officer = { id: 'cli:sari', supervisor: false };
const boss: Officer = { id: 'cli:kepala', supervisor: true };

/** Fields of every entry of a stream. */
async function stream(t: TestRedis, key: string) {
  const entries = await t.redis.xrange(key, '-', '+');
  return entries.map(([, flat]) => Object.fromEntries(Array.from({ length: flat.length / 2 }, (_, i) => [flat[2 * i], flat[2 * i + 1]])) as Record<string, string>);
}

describe('officer desk', () => {
  let t: TestRedis;
  let app: App;
  let out: PassThrough;
  let printed: string;
  let person: ConsoleChannel;
  let worker: DeskWorker;
  let now: number;
  let n = 0;

  /** The person writes; their danger words open a critical case at once. */
  async function write(text: string, address = 'local') {
    return app.hotline.receive({ channel: 'console', address, messageId: `m${++n}`, at: Date.now(), languageHint: 'id', body: { kind: 'text', text } });
  }
  async function openCase(): Promise<string> {
    await write('tolong saya disekap');
    const [open] = await app.cases.listOpen();
    return open!.id;
  }
  /** What the person said about when it is safe to write (as the intake's contact step stores it). */
  async function setContact(caseId: string, contact: CasePrivate['contact'], contactTimes?: string) {
    const view = (await app.cases.get(caseId))!;
    const sealed = app.sealer.seal(JSON.stringify({ ...view.private, contact, contactTimes })).toString('base64');
    await t.redis.hset(app.keys.case(caseId), 'sealed', sealed, 'country', 'KH');
  }

  beforeEach(async () => {
    t = await testRedis();
    app = createApp({ config: { dataKey: Buffer.alloc(32, 4), deploymentFile: 'data/deployment.json', conversationTtlSeconds: 3600, redis: { prefix: t.prefix } }, redis: t.redis, logger });
    out = new PassThrough();
    printed = '';
    out.on('data', (chunk: Buffer) => (printed += chunk.toString()));
    person = createConsoleChannel({ hotline: app.hotline, logger, input: new PassThrough(), output: out });
    const senders = new Map<ChannelName, PersonSender>([['console', person]]);
    now = Date.now();
    const clock = () => now;
    const relay = createRelay({ redis: t.redis, keys: app.keys, sealer: app.sealer, store: app.cases, locales: app.locales, deployment: app.deployment, outbox: createOutbox({ redis: t.redis, keys: app.keys, sealer: app.sealer, logger, senders }), logger, clock });
    worker = createDeskWorker({ redis: t.redis, keys: app.keys, sealer: app.sealer, store: app.cases, relay, renderer: app.cards, logger, realertMs: { critical: 300_000, high: 1_800_000 }, supervisors: [], clock });
  });
  afterEach(() => t.cleanup());

  it('gives a case to exactly one of two officers claiming it at once, and says who has it', async () => {
    const caseId = await openCase();
    const results = await Promise.all([app.desk.claim(caseId, budi), app.desk.claim(caseId, sari)]);
    const winners = results.filter((r) => r.ok);
    expect(winners).toHaveLength(1);
    const loser = results.find((r) => !r.ok)!;
    const winner = (await app.cases.get(caseId))!.claimedBy;
    expect(loser).toMatchObject({ ok: false, reason: 'taken', claimedBy: winner });
    expect((await app.cases.get(caseId))!.status).toBe('claimed');
  });

  it('works a case through its statuses with clear refusals, and audits every action', async () => {
    const caseId = await openCase();
    const other = (await write('SOS'), caseId); // same person: same case
    expect(other).toBe(caseId);
    expect(await app.desk.claim('KH-ZZZZ', budi)).toMatchObject({ ok: false, reason: 'missing' });
    expect(await app.desk.claim(caseId.toLowerCase(), budi)).toMatchObject({ ok: true, status: 'claimed' });
    expect(await app.desk.unclaim(caseId, sari)).toMatchObject({ ok: false, reason: 'taken', claimedBy: 'cli:budi' });
    expect(await app.desk.setStatus(caseId, sari, 'resolved')).toMatchObject({ ok: false, reason: 'taken' });
    expect(await app.desk.setStatus(caseId, budi, 'in-progress')).toMatchObject({ ok: true, status: 'in-progress' });
    expect(await app.desk.note(caseId, budi, 'called the police liaison')).toMatchObject({ ok: true });
    expect(await app.desk.note(caseId, budi, 'x'.repeat(4000))).toMatchObject({ ok: false, reason: 'too-long' });
    expect(await app.desk.setStatus(caseId, budi, 'duplicate', 'KH-ZZZZ')).toMatchObject({ ok: false, reason: 'bad-duplicate' });
    expect(await app.desk.setStatus(caseId, budi, 'duplicate', caseId)).toMatchObject({ ok: false, reason: 'bad-duplicate' });
    expect(await app.desk.unclaim(caseId, boss)).toMatchObject({ ok: true, status: 'new' }); // a supervisor can free it
    expect(await app.desk.setStatus(caseId, sari, 'resolved')).toMatchObject({ ok: true, status: 'resolved' });
    expect(await app.cases.listOpen()).toEqual([]);
    expect(await app.desk.claim(caseId, budi)).toMatchObject({ ok: false, reason: 'closed', status: 'resolved' });

    // The person writing again does not undo the officers' status.
    await write('halo, saya masih di sini');
    expect((await app.cases.get(caseId))!.status).toBe('resolved');

    // Viewing is audited too, with the notes.
    const detail = await app.desk.show(caseId, sari);
    expect(detail!.notes.map((note) => note.text)).toEqual(['called the police liaison']);
    const audit = await stream(t, app.keys.audit);
    expect(audit.map((a) => `${a.officer} ${a.action} ${a.result}`)).toEqual([
      'cli:budi claim missing',
      'cli:budi claim ok',
      'cli:sari unclaim taken',
      'cli:sari status taken',
      'cli:budi status ok',
      'cli:budi note ok',
      'cli:budi status bad-duplicate',
      'cli:budi status bad-duplicate',
      'cli:kepala unclaim ok',
      'cli:sari status ok',
      'cli:budi claim closed',
      'cli:sari view ok',
    ]);
    expect(JSON.stringify(audit)).not.toContain('police liaison'); // notes are sealed, not in the audit
  });

  it('lowers a false alarm with a sealed reason: re-scored, audited, re-alerted as its new urgency, restorable, never told', async () => {
    const caseId = await openCase();
    await write('tolong saya disekap', 'other'); // a second critical case, younger
    const other = (await app.cases.listOpen()).find((c) => c.id !== caseId)!.id;
    await setContact(caseId, 'anytime'); // anything for the person would go out at once
    const due = () => t.redis.zscore(app.keys.due, `realert:${caseId}`);
    await worker.runOnce();
    const created = (await app.cases.get(caseId))!.createdAt;
    expect(Number(await due())).toBe(created + 300_000);

    await app.desk.claim(caseId, budi);
    const why = 'dia menulis "tolong" tentang film, sudah ditelepon';
    expect(await app.desk.lower(caseId, sari, 'normal', why)).toMatchObject({ ok: false, reason: 'taken', claimedBy: 'cli:budi' });
    expect(await app.desk.lower(caseId, budi, undefined, '   ')).toMatchObject({ ok: false, reason: 'empty' });
    expect(await app.desk.lower(caseId, budi, undefined, 'x'.repeat(201))).toMatchObject({ ok: false, reason: 'too-long' });
    // One step down unless told: critical → high.
    expect(await app.desk.lower(caseId, budi, undefined, why)).toMatchObject({ ok: true, urgency: 'high' });
    const lowered = (await app.cases.get(caseId))!;
    expect(lowered).toMatchObject({ urgency: 'high', lowered: { from: 'critical', by: 'cli:budi', reason: why } });
    expect(lowered.lowered!.at).toBeGreaterThan(0);
    expect((await app.cases.listOpen()).map((c) => c.id)).toEqual([other, caseId]);
    expect(Number(await t.redis.zscore(app.keys.queue, caseId))).toBe(queueScore('high', created));

    // The desk re-alerts it as a high case now, from the lowering on.
    await worker.runOnce();
    const event = (await stream(t, app.keys.events)).find((e) => e.type === 'case.lowered')!;
    expect(event).toMatchObject({ case: caseId, urgency: 'high', from: 'critical', officer: 'cli:budi' });
    // Sealed with the case's own key (src/cases/case-keys.ts), not DATA_KEY alone.
    expect((await caseSealer({ redis: t.redis, keys: app.keys, sealer: app.sealer }, caseId)).open(Buffer.from(event.sealed!, 'base64'))).toBe(why);
    expect(() => app.sealer.open(Buffer.from(event.sealed!, 'base64'))).toThrow(SealError);
    expect(Number(await due())).toBe(Number(event.at) + 1_800_000);

    // Lower again: restoring still goes back to where it started. A normal case is not re-alerted.
    expect(await app.desk.lower(caseId, budi, 'normal', 'ditelepon lagi, aman')).toMatchObject({ ok: true, urgency: 'normal' });
    expect(await app.desk.lower(caseId, budi, 'high', 'naik?')).toMatchObject({ ok: false, reason: 'not-lower', urgency: 'normal' });
    expect(await app.desk.lower(caseId, budi, 'normal', 'lagi')).toMatchObject({ ok: true, already: true });
    expect((await app.cases.get(caseId))!.lowered).toMatchObject({ from: 'critical', reason: 'ditelepon lagi, aman' });
    await worker.runOnce();
    expect(await due()).toBeNull();

    // Anyone may restore (the safe direction); a supervisor may lower someone else's case.
    expect(await app.desk.restore(caseId, sari)).toMatchObject({ ok: true, urgency: 'critical' });
    expect(await app.desk.restore(caseId, sari)).toMatchObject({ ok: false, reason: 'not-lowered' });
    const restored = (await app.cases.get(caseId))!;
    expect(restored.urgency).toBe('critical');
    expect(restored.lowered).toBeUndefined();
    expect(await t.redis.hexists(app.keys.case(caseId), 'loweredReason')).toBe(0);
    expect((await app.cases.listOpen()).map((c) => c.id)).toEqual([caseId, other]);
    await worker.runOnce();
    const back = (await stream(t, app.keys.events)).find((e) => e.type === 'case.restored')!;
    expect(back).toMatchObject({ case: caseId, urgency: 'critical', from: 'normal', officer: 'cli:sari' });
    expect(Number(await due())).toBe(Number(back.at) + 300_000);
    expect(await app.desk.lower(caseId, boss, 'normal', 'supervisor: salah alarm')).toMatchObject({ ok: true, urgency: 'normal' });

    const audit = (await stream(t, app.keys.audit)).filter((a) => a.action === 'lower' || a.action === 'restore');
    expect(audit.map((a) => `${a.officer} ${a.action} ${a.result} ${a.detail}`)).toEqual([
      'cli:sari lower taken critical>normal',
      'cli:budi lower ok critical>high',
      'cli:budi lower ok high>normal',
      'cli:budi lower not-lower normal>high',
      'cli:budi lower already normal>normal',
      'cli:sari restore ok normal>critical',
      'cli:sari restore not-lowered ',
      'cli:kepala lower ok critical>normal',
    ]);
    const everything = JSON.stringify([await stream(t, app.keys.audit), await stream(t, app.keys.events)]);
    expect(everything).not.toContain('film'); // the reason is sealed everywhere
    // The person is never told.
    expect(printed).toBe('');
    expect(await t.redis.exists(app.keys.held(caseId))).toBe(0);
  });

  it('keeps a lowered urgency through the person\'s later answers', async () => {
    const caseId = await openCase(); // critical: danger words
    expect(await app.desk.lower(caseId, budi, 'normal', 'tested the bot')).toMatchObject({ ok: true, urgency: 'normal' });
    // They go on with the intake: agree, then "not in danger now". The flow's context still says critical.
    await write('1');
    await write('2');
    const view = (await app.cases.get(caseId))!;
    expect(view).toMatchObject({ urgency: 'normal', dangerNow: false, lowered: { from: 'critical', reason: 'tested the bot' } });
    expect(Number(await t.redis.zscore(app.keys.queue, caseId))).toBe(queueScore('normal', view.createdAt));
    const updates = (await stream(t, app.keys.events)).filter((e) => e.type === 'case.updated' || e.type === 'case.escalated');
    expect(updates.map((e) => `${e.type} ${e.urgency}`)).toEqual(['case.updated normal']);
  });

  it('raises a lowered case again on a new alarm, and ends the lowering', async () => {
    const caseId = await openCase();
    await app.desk.lower(caseId, budi, 'high', 'tested the bot');
    // What the commit gets when a message raised an alarm (the flow's `alarm` effect).
    const { loweredFrom: _f, loweredBy: _b, loweredAt: _a, loweredReason: _r, ...fields } = await t.redis.hgetall(app.keys.case(caseId));
    const lease = app.keys.lease('p');
    await t.redis.set(lease, 'token');
    const result = await hotlineCommit(t.redis, {
      keys: { conversation: app.keys.conversation('p'), lease, case: app.keys.case(caseId), queue: app.keys.queue, events: app.keys.events, held: app.keys.held(caseId), due: app.keys.due, tries: app.keys.codeTries(caseId), caseKey: app.keys.caseKey(caseId) },
      args: {
        token: 'token', messageId: 'alarm-1', snapshot: Buffer.from('s'), ttlSeconds: 60, seenMax: 8, caseOp: 'update',
        caseFields: JSON.stringify({ ...fields, urgency: 'critical' }), caseId, now: Date.now(), eventsMaxLen: 1000, forwarded: '', alarm: '1',
        silenceMember: 'silence:p', silenceAt: '', owner: Buffer.from('o'), lastAt: '', safety: '{}', wiped: '', told: '', attached: '', attachedMax: 16, caseKey: '', caseKeyFresh: '',
      },
    });
    expect(result).toBe('case.escalated');
    const view = (await app.cases.get(caseId))!;
    expect(view.urgency).toBe('critical');
    expect(view.lowered).toBeUndefined();
    expect(await app.desk.restore(caseId, budi)).toMatchObject({ ok: false, reason: 'not-lowered' });
  });

  it('announces an answer at once when the person said any time is safe, and shows it, in their language, when they type a reply', async () => {
    const caseId = await openCase();
    await setContact(caseId, 'anytime');
    await worker.runOnce(); // takes the case events
    expect(await app.desk.reply(caseId, budi, 'Kami sudah menghubungi polisi. Tetap tenang.')).toMatchObject({ ok: true });
    await worker.runOnce();
    expect(printed.trim()).toBe('bot> Ada pesan baru.'); // one neutral line: all a lock screen shows
    await write('iya?');
    await worker.runOnce();
    expect(printed).toContain(`Pesan untuk Anda:`);
    expect(printed).toContain('Kami sudah menghubungi polisi. Tetap tenang.');
    expect(printed).not.toContain('budi');
    expect(await t.redis.llen(app.keys.held(caseId))).toBe(0);
    const replies = (await stream(t, app.keys.events)).filter((e) => e.type === 'case.reply');
    expect(replies.map((e) => `${e.state}${e.rule ? `:${e.rule}` : ''}`)).toEqual(['queued', 'announced', 'delivered:typed-reply']);
    expect((await app.cases.get(caseId))!.released).toMatchObject({ rule: 'typed-reply' });
  });

  it('holds an answer for a person who writes first, and releases it when they write', async () => {
    const caseId = await openCase();
    await setContact(caseId, 'they-write-first');
    await app.desk.reply(caseId, budi, 'Balas jika aman.');
    await worker.runOnce();
    expect(printed).not.toContain('Balas jika aman.');
    expect(await t.redis.llen(app.keys.held(caseId))).toBe(1);
    await write('saya bisa bicara sekarang');
    await worker.runOnce();
    expect(printed).toContain('Balas jika aman.');
    expect(await t.redis.llen(app.keys.held(caseId))).toBe(0);
    const states = (await stream(t, app.keys.events)).filter((e) => e.type === 'case.reply').map((e) => `${e.state}${e.why ? `:${e.why}` : ''}`);
    expect(states).toEqual(['queued', 'held:first', 'delivered']);
  });

  it('holds an answer until the safe hours the person gave, through a restart of the desk', async () => {
    const caseId = await openCase();
    // Now is 12:00 in Cambodia (UTC+7); they said 9 to 10 at night.
    now = Date.UTC(2026, 10, 23, 5, 0);
    await setContact(caseId, 'times', 'jam 9-10 malam');
    await app.desk.reply(caseId, budi, 'Kami akan datang besok.');
    await worker.runOnce();
    const held = (await stream(t, app.keys.events)).find((e) => e.state === 'held')!;
    expect(Number(held.until)).toBe(Date.UTC(2026, 10, 23, 14, 0)); // 21:00 UTC+7
    expect(printed).not.toContain('Kami akan datang besok.');

    // A new desk process (the old one gone) at 21:00 announces it: the deadline lived in Redis.
    now = Date.UTC(2026, 10, 23, 14, 0, 5);
    await worker.runOnce();
    expect(printed.trim()).toBe('bot> Ada pesan baru.');
    await write('ya'); // they hold the phone and type: now it is shown
    await worker.runOnce();
    expect(printed).toContain('Kami akan datang besok.');
  });

  it('holds an answer until the person writes when their safe time only says when not to, and the card says so', async () => {
    const caseId = await openCase();
    now = Date.UTC(2026, 10, 23, 14, 0); // 21:00 in Cambodia: the hour they said the boss is there
    await setContact(caseId, 'times', 'jam 9 malam ada bos, jangan kirim');
    await app.desk.reply(caseId, budi, 'Kami akan datang besok.');
    await worker.runOnce();
    const held = (await stream(t, app.keys.events)).find((e) => e.state === 'held')!;
    expect(held).toMatchObject({ why: 'unreadable', until: '' });
    expect(await t.redis.zscore(app.keys.due, `release:${caseId}`)).toBeNull(); // nothing scheduled by the clock
    expect(printed).not.toContain('Kami akan datang besok.');
    const card = app.cards.card((await app.cases.get(caseId))!, { held: 1, now });
    expect(card.text).toContain('Aman dihubungi: ditahan sampai mereka menulis: jawaban waktu aman mereka tidak bisa dibaca');
    expect(card.text).toContain('jam 9 malam ada bos, jangan kirim'); // their own words stay on the card
    expect(app.cards.t('desk-reply-held-unreadable', { caseId })).toContain(`jawaban waktu aman ${caseId} tidak bisa dibaca`);

    await write('saya bisa bicara sekarang'); // they hold the phone: it goes out now
    await worker.runOnce();
    expect(printed).toContain('Kami akan datang besok.');
  });

  it('asks the person for a fresh location with a share button, and records a person who cannot be reached', async () => {
    const caseId = await openCase();
    await setContact(caseId, 'anytime');
    await app.desk.requestLocation(caseId, budi);
    await worker.runOnce();
    expect(printed).not.toMatch(/bagikan lokasi/); // announced only
    await write('ada apa');
    await worker.runOnce();
    expect(printed).toMatch(/bagikan lokasi Anda sekarang/);

    // The console reaches only its own person: any other address is "gone", as a blocked chat would be.
    const view = (await app.cases.get(caseId))!;
    const sealed = app.sealer.seal(JSON.stringify({ ...view.private, address: 'someone-else' })).toString('base64');
    await t.redis.hset(app.keys.case(caseId), 'sealed', sealed);
    await app.desk.reply(caseId, budi, 'Halo?');
    await worker.runOnce();
    expect((await app.cases.get(caseId))!.reachable).toBe('gone');
    expect(await app.desk.reply(caseId, budi, 'Halo lagi?')).toMatchObject({ ok: false, reason: 'gone' });
  });
});
