/**
 * A status check that protects the relative and the person (src/cases/relative-access.ts,
 * src/officers/relative-desk.ts), on real Redis through the hotline core: wrong PINs lock only the sender
 * who typed them, with locks that grow; a per-case daily cap across senders alerts the officers once and
 * pauses only senders who failed; "located" is never told until an officer chooses; a forgotten PIN is
 * reset by an officer (the CLI desk here; Telegram in test/channels/telegram-relative-pin.test.ts) and the
 * new PIN goes only to the chat the report came from, audited.
 */
import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { createApp, type App } from '../../src/app.js';
import { createRelativeAccess, pinPolicy } from '../../src/cases/relative-access.js';
import { runDeskCommand } from '../../src/cli/desk/run-desk-command.js';
import type { OutboundMessage } from '../../src/core/messages.js';
import { createRelativeDesk } from '../../src/officers/relative-desk.js';
import { connectRedis } from '../../src/redis/connect.js';
import { testRedis, type TestRedis } from '../support/redis.js';
import { relativeChat, reportMissing } from '../support/relative-report.js';
import { CHECK_REPORT } from '../support/who.js';

const logger = pino({ level: 'silent' });
const texts = (out: OutboundMessage[]) => out.map((m) => m.text).join('\n');

let t: TestRedis;
let app: App;
beforeEach(async () => {
  t = await testRedis();
  app = createApp({ config: { dataKey: Buffer.alloc(32, 9), deploymentFile: 'data/deployment.json', conversationTtlSeconds: 3600, redis: { prefix: t.prefix } }, redis: t.redis, logger });
});
afterEach(() => t.cleanup());

const chat = (address: string, lang = 'en') => relativeChat(app, address, lang);
const reportCase = (address: string, lang = 'en') => reportMissing(app, address, lang);

const wrongFor = (pin: string) => (pin === '000000' ? '111111' : '000000');

/** Events of one type on the stream, as objects. */
async function events(type: string) {
  const entries = await t.redis.xrange(app.keys.events, '-', '+');
  return entries.map(([, f]) => Object.fromEntries(Array.from({ length: f.length / 2 }, (_, i) => [f[2 * i]!, f[2 * i + 1]!]))).filter((e) => e.type === type);
}

describe('status checks', () => {
  it('locks only the sender who typed five wrong PINs: the genuine relative still checks', async () => {
    const { caseId, pin } = await reportCase('7001');
    const attacker = chat('7002');
    await attacker.toPin(caseId);
    for (let i = 0; i < 5; i++) {
      expect(texts(await attacker.text(wrongFor(pin)))).toContain('not right');
      await attacker.press('check-again');
      await attacker.text(caseId);
    }
    // The attacker is locked now, even with the right PIN…
    expect(texts(await attacker.text(pin))).toContain('Too many tries');
    // …and the relative, who never got it wrong, is not.
    const mum = chat('7001');
    await mum.restart(); // from the chat the report was made in: back to the first menu
    await mum.press(CHECK_REPORT);
    await mum.text(caseId);
    expect(texts(await mum.text(pin))).toContain('Status of your report: received.');
  });

  it('locks a pair for an hour, then twice as long after the next five wrong PINs', async () => {
    const { caseId, pin } = await reportCase('7101');
    let now = Date.now();
    // (The sender's own counter across case numbers runs on Redis's clock: out of the way here.)
    const access = createRelativeAccess({ redis: t.redis, keys: app.keys, sealer: app.sealer, clock: () => now, policy: { personAttempts: 100 } });
    const wrong = wrongFor(pin);
    for (let i = 0; i < 5; i++) expect(await access.checkStatus(caseId, wrong, 'guesser')).toBe('no-match');
    expect(await access.checkStatus(caseId, pin, 'guesser')).toBe('locked');
    now += pinPolicy.lockSeconds * 1000 + 1; // the first lock is over
    for (let i = 0; i < 5; i++) expect(await access.checkStatus(caseId, wrong, 'guesser')).toBe('no-match');
    const until = Number(await t.redis.hget(app.keys.pinPair(caseId, 'guesser'), 'until'));
    expect(until - now).toBe(2 * pinPolicy.lockSeconds * 1000);
    now += pinPolicy.lockSeconds * 1000 + 1; // an hour later: still locked
    expect(await access.checkStatus(caseId, pin, 'guesser')).toBe('locked');
    now += pinPolicy.lockSeconds * 1000;
    expect(await access.checkStatus(caseId, pin, 'guesser')).toBe('received');
    expect(await t.redis.exists(app.keys.pinPair(caseId, 'guesser'))).toBe(0); // the right PIN clears it
  });

  it('alerts the officers once when a case reaches its daily cap, and pauses only senders who failed', async () => {
    const { caseId, pin } = await reportCase('7201');
    const access = createRelativeAccess({ redis: t.redis, keys: app.keys, sealer: app.sealer });
    const wrong = wrongFor(pin);
    // Four senders, five wrong PINs each: each pair locked, and the case's 20 reached.
    for (let s = 0; s < 4; s++) for (let i = 0; i < 5; i++) await access.checkStatus(caseId, wrong, `bot-${s}`);
    expect(await events('case.pin-capped')).toEqual([expect.objectContaining({ case: caseId, failures: '20', senders: '4' })]);
    // A fifth sender's wrong PIN: paused at once with the right one after it; still one alert.
    expect(await access.checkStatus(caseId, wrong, 'bot-4')).toBe('no-match');
    expect(await access.checkStatus(caseId, pin, 'bot-4')).toBe('locked');
    for (let i = 0; i < 10; i++) await access.checkStatus(caseId, wrong, `bot-${5 + i}`);
    expect(await events('case.pin-capped')).toHaveLength(1);
    // A sender who has not failed on this case still gets their check.
    expect(await access.checkStatus(caseId, pin, 'relative')).toBe('received');
  });

  it('says only "being looked at" until an officer chooses to tell "located", and the card warns', async () => {
    const { caseId, pin } = await reportCase('7301');
    await t.redis.hset(app.keys.case(caseId), 'status', 'resolved');
    const check = async () => {
      const p = chat(`73${Math.random().toString().slice(2, 8)}`);
      await p.toPin(caseId);
      return texts(await p.text(pin));
    };
    expect(await check()).toContain('an officer is working on it');
    expect(await check()).not.toContain('located');
    const card = app.cards.card((await app.cases.get(caseId))!, { held: 0, now: Date.now() }).text;
    expect(card).toContain(app.cards.t('desk-card-verify-relative', { caseId }));

    const outbox = { enqueue: async () => undefined };
    const relatives = createRelativeDesk({ redis: t.redis, keys: app.keys, sealer: app.sealer, desk: app.desk, outbox, locales: app.locales, deployment: app.deployment, logger });
    const officer = { id: 'cli:ana', supervisor: false };
    expect(await relatives.tell(caseId, officer, 'located')).toMatchObject({ ok: true });
    expect(await check()).toContain('the person has been located, or is in contact with the embassy');
    expect(app.cards.card((await app.cases.get(caseId))!, { held: 0, now: Date.now() }).text).toContain(app.cards.t('desk-card-told-located', { caseId, officer: 'cli:ana' }));
    expect(await relatives.tell(caseId, officer, 'nothing')).toMatchObject({ ok: true });
    expect(await check()).toContain('an officer is working on it');

    const audit = (await t.redis.xrange(app.keys.audit, '-', '+')).map(([, f]) => f.join(' '));
    expect(audit.filter((a) => a.includes('action tell') && a.includes(`case ${caseId}`) && a.includes('result ok'))).toHaveLength(2);
    expect((await events('case.told')).map((e) => e.told)).toEqual(['located', '']);
  });
});

describe('a forgotten PIN', () => {
  it('"lupa PIN" tells the relative an officer will contact them, and the officers once, saying from which chat', async () => {
    const { caseId } = await reportCase('7401', 'id');
    const mum = chat('7401', 'id');
    await mum.restart(); // from the chat the report was made in: back to the first menu
    await mum.press(CHECK_REPORT);
    await mum.text(caseId);
    const said = texts(await mum.text('lupa PIN'));
    expect(said).toContain(app.locales.t('id', 'status-forgotten'));
    await mum.press('check-again');
    await mum.text(caseId);
    await mum.text('saya lupa pinnya'); // said again: the officers are not told twice
    // Someone else with the case number: told the same, officers warned it is another chat.
    const other = chat('7402');
    await other.toPin(caseId);
    expect(texts(await other.press('forgot-pin'))).toContain(app.locales.t('en', 'status-forgotten'));
    // An unknown case number: the same answer, and nothing for the officers.
    const probe = chat('7403');
    await probe.toPin('KH-ZZZZ');
    expect(texts(await probe.text('forgot my pin'))).toContain(app.locales.t('en', 'status-forgotten'));
    expect((await events('case.pin-forgotten')).map((e) => [e.case, e.from])).toEqual([[caseId, 'reporter'], [caseId, 'other']]);
  });

  it('an officer resets it from the CLI desk: the new PIN goes only to the reporting chat, audited, and the old one stops working', async () => {
    const { caseId, pin } = await reportCase('7501');
    const lane = (address: string) => app.keys.outboxLane(app.sealer.personId('telegram', address));
    let stdout = '';
    const code = await runDeskCommand(['--as', 'ana', '--lang', 'en', 'reset-pin', caseId.toLowerCase()], {
      env: {}, deployment: app.deployment, locales: app.locales, keys: app.keys, sealer: app.sealer,
      connect: async () => ({ redis: t.redis, openReader: () => connectRedis({ url: inject('redisUrl'), logger, name: 'desk-watch' }), close: async () => undefined }),
      out: { write: (chunk: string) => ((stdout += chunk), true) }, err: { write: () => true }, onInterrupt: () => () => undefined,
    });
    expect(code).toBe(0);
    expect(stdout).toContain(`${caseId}: a new PIN is queued for the chat the report came from`);
    expect(stdout).not.toMatch(/\d{6}/); // not shown to the officer

    // One outbox entry, in the reporting chat's lane, with the new PIN.
    const ids = await t.redis.lrange(lane('7501'), 0, -1);
    expect(ids).toHaveLength(1);
    const entry = JSON.parse(app.sealer.open(Buffer.from((await t.redis.hget(app.keys.outboxEntry(ids[0]!), 'sealed'))!, 'base64'), 'test')) as { address: string; channel: string; messages: OutboundMessage[] };
    expect(entry).toMatchObject({ channel: 'telegram', address: '7501' });
    const fresh = /: (\d{6})/.exec(entry.messages[0]!.text)?.[1];
    expect(fresh).toMatch(/^\d{6}$/);
    expect(entry.messages[0]).toMatchObject({ silent: true, transient: true });

    // Nowhere else: not in the audit, the events, or any other lane.
    const audit = (await t.redis.xrange(app.keys.audit, '-', '+')).map(([, f]) => f.join(' '));
    expect(audit.filter((a) => a.includes('action pin-reset') && a.includes('officer cli:ana') && a.includes(`case ${caseId}`) && a.includes('result ok'))).toHaveLength(1);
    const everything = JSON.stringify([audit, await t.redis.xrange(app.keys.events, '-', '+')]);
    expect(everything).not.toContain(fresh);
    const lanes = await t.redis.keys(`${t.prefix}outbox:lane:*`);
    expect(lanes).toEqual([lane('7501')]);

    // The old PIN no longer works; the new one does.
    const access = createRelativeAccess({ redis: t.redis, keys: app.keys, sealer: app.sealer });
    expect(await access.checkStatus(caseId, pin, '7501-check')).toBe(fresh === pin ? 'received' : 'no-match');
    expect(await access.checkStatus(caseId, fresh!, '7501-check')).toBe('received');
  });
});
