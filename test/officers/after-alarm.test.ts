/**
 * What reaches the officers once a person has raised the alarm, and what is never lost: a danger message on
 * a finished case reopens it; a report left in the middle becomes a case after a silence, without a word
 * to the person; follow-ups mid-intake reach the case's thread. Real Redis, the real intake, the desk worker.
 */
import { PassThrough } from 'node:stream';
import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src/app.js';
import { createConsoleChannel } from '../../src/channels/console/console-channel.js';
import type { PersonSender } from '../../src/core/delivery.js';
import type { ChannelName, InboundBody, OutboundMessage } from '../../src/core/messages.js';
import type { Officer } from '../../src/officers/case-desk.js';
import { createDeskWorker, type DeskWorker } from '../../src/officers/desk-worker.js';
import { createOutbox } from '../../src/core/outbox.js';
import { createRelay } from '../../src/officers/relay.js';
import { openCaseValue } from '../support/case-values.js';
import { testRedis, type TestRedis } from '../support/redis.js';

const logger = pino({ level: 'silent' });
const budi: Officer = { id: 'cli:budi', supervisor: false };
const SILENCE_MS = 30 * 60_000;

describe('after an alarm', () => {
  let t: TestRedis;
  let app: App;
  let worker: DeskWorker;
  let now: number;
  let printed: string;
  let n = 0;

  const send = (body: InboundBody, address = 'local'): Promise<OutboundMessage[]> =>
    app.hotline.receive({ channel: 'console', address, messageId: `m${++n}`, at: Date.now(), languageHint: 'en', body });
  const write = (text: string, address = 'local') => send({ kind: 'text', text }, address);
  let lastPrompt = 0;
  async function press(choice: string, address = 'local') {
    const replies = await send({ kind: 'choice', prompt: lastPrompt, choice }, address);
    lastPrompt = [...replies].reverse().find((m) => m.prompt !== undefined)?.prompt ?? lastPrompt;
    return replies;
  }
  async function start(address = 'local') {
    const replies = await write('hello', address);
    lastPrompt = [...replies].reverse().find((m) => m.prompt !== undefined)?.prompt ?? 0;
    return replies;
  }
  const personId = (address = 'local') => app.sealer.personId('console', address);
  const events = async () => (await app.cases.events()).map((e) => e.type);

  beforeEach(async () => {
    t = await testRedis();
    app = createApp({
      config: { dataKey: Buffer.alloc(32, 6), deploymentFile: 'data/deployment.json', conversationTtlSeconds: 3600, intakeSilenceMs: SILENCE_MS, redis: { prefix: t.prefix } },
      redis: t.redis,
      logger,
    });
    const out = new PassThrough();
    printed = '';
    out.on('data', (chunk: Buffer) => (printed += chunk.toString()));
    const person = createConsoleChannel({ hotline: app.hotline, logger, input: new PassThrough(), output: out });
    const senders = new Map<ChannelName, PersonSender>([['console', person]]);
    now = Date.now();
    const clock = () => now;
    const relay = createRelay({ redis: t.redis, keys: app.keys, sealer: app.sealer, store: app.cases, locales: app.locales, deployment: app.deployment, outbox: createOutbox({ redis: t.redis, keys: app.keys, sealer: app.sealer, logger, senders }), logger, clock });
    worker = createDeskWorker({
      redis: t.redis, keys: app.keys, sealer: app.sealer, store: app.cases, relay, renderer: app.cards, logger,
      realertMs: { critical: 300_000, high: 1_800_000 }, supervisors: [], clock, silence: (id) => app.hotline.silence(id),
    });
  });
  afterEach(() => t.cleanup());

  it('reopens a resolved case on a new SOS: back in the queue as critical, announced, and re-alerted', async () => {
    await start();
    await write('SOS they are beating me');
    const [open] = await app.cases.listOpen();
    const caseId = open!.id;
    expect(await app.desk.claim(caseId, budi)).toMatchObject({ ok: true });
    expect(await app.desk.setStatus(caseId, budi, 'resolved')).toMatchObject({ ok: true, status: 'resolved' });
    await worker.runOnce();
    expect(await app.cases.listOpen()).toEqual([]);

    // An ordinary message does not reopen it…
    await write('thank you');
    expect((await app.cases.get(caseId))!.status).toBe('resolved');

    // …a danger message does: the same case, unclaimed, critical, first in the queue.
    await write('tolong, they are beating me again');
    const back = (await app.cases.get(caseId))!;
    expect(back).toMatchObject({ status: 'new', urgency: 'critical', reopenedFrom: 'resolved', reopened: 1 });
    expect(back.claimedBy).toBeUndefined();
    expect((await app.cases.listOpen()).map((c) => c.id)).toEqual([caseId]);
    expect(await events()).toContain('case.reopened');

    // The desk re-arms its re-alert for it.
    await worker.runOnce();
    const due = await t.redis.zscore(app.keys.due, `realert:${caseId}`);
    expect(Number(due)).toBeGreaterThan(now);
    expect(app.cards.card(back, { held: 0, now }).text).toContain(app.locales.t(app.deployment.embassy.deskLanguage ?? app.deployment.defaultLanguage, 'desk-card-reopened', { times: 1, was: app.locales.t(app.deployment.embassy.deskLanguage ?? app.deployment.defaultLanguage, 'desk-status-resolved') }));
  });

  it('passes on a follow-up sent mid-intake to the case, also when it answers the question on screen', async () => {
    await start();
    await write('tolong saya disekap');
    const [open] = await app.cases.listOpen();
    const before = (await app.cases.events()).length;
    await write('they are coming to the room');
    const after = await app.cases.events();
    expect(after.slice(before).map((e) => [e.type, e.caseId])).toContainEqual(['case.message', open!.id]);
    const sealed = (await t.redis.xrange(app.keys.events, '-', '+')).map(([, f]) => f).filter((f) => f.includes('case.message'));
    const body = sealed.at(-1)![sealed.at(-1)!.indexOf('sealed') + 1]!;
    expect(JSON.parse(await openCaseValue(app, t.redis, open!.id, body))).toMatchObject({ kind: 'text', text: 'they are coming to the room' });
  });

  it('shows the officers the alarm words, and the first position when a later pin moved it', async () => {
    await start();
    await write('SOS they lock us in room 4');
    await send({ kind: 'location', lat: 11.5564, lon: 104.9282, live: false }); // kept at any step
    await send({ kind: 'location', lat: 10.6104, lon: 103.5272, live: false }); // a second pin: the first stays
    const [kase] = await app.cases.listOpen();
    expect(kase!.private.location).toMatchObject({ kind: 'pin', lat: 10.6104 });
    expect(kase!.private.history?.location?.map((v) => (v.value as { lat: number }).lat)).toEqual([11.5564, 10.6104]);
    const card = app.cards.card(kase!, { held: 0, now: Date.now() }).text;
    expect(card).toContain('SOS they lock us in room 4');
    expect(card).toContain('11.55640, 104.92820');
    expect(card).toContain('10.61040, 103.52720');
  });

  it('keeps a silence deadline for a person without a case, and drops it once they have one', async () => {
    await start();
    const score = Number(await t.redis.zscore(app.keys.due, `silence:${personId()}`));
    expect(score).toBeGreaterThanOrEqual(now + SILENCE_MS - 5_000);
    expect(score).toBeLessThanOrEqual(Date.now() + SILENCE_MS);
    await write('SOS');
    expect(await t.redis.zscore(app.keys.due, `silence:${personId()}`)).toBeNull();
  });

  it('makes an unfinished report a case after the silence, says nothing to the person, and lets them finish it', async () => {
    await start();
    await press('agree');
    await press('myself');
    await press('no'); // not in danger now
    await write('Bavet, Cambodia');
    expect(await app.cases.listOpen()).toEqual([]);

    // The deadline comes due: the desk worker hands it to the hotline.
    printed = '';
    await t.redis.zadd(app.keys.due, String(now - 1), `silence:${personId()}`);
    await worker.runOnce();
    const [kase] = await app.cases.listOpen();
    expect(kase).toMatchObject({ intakeComplete: false, country: 'KH' });
    expect(kase!.reasons).toContain('unfinished');
    expect(kase!.private.location).toEqual({ kind: 'text', text: 'Bavet, Cambodia' });
    expect(printed).toBe(''); // never a word to the person
    expect(await t.redis.zscore(app.keys.due, `silence:${personId()}`)).toBeNull();

    // A second silence changes nothing; the person can still go on with the same question.
    await app.hotline.silence(personId());
    expect((await app.cases.listOpen()).map((c) => c.id)).toEqual([kase!.id]);
  });

  it('fires a silence once: nothing is re-armed until the person writes again', async () => {
    await start(); // only "hello": nothing to keep, no case
    await app.hotline.silence(personId());
    expect(await app.cases.listOpen()).toEqual([]);
    expect(await t.redis.zscore(app.keys.due, `silence:${personId()}`)).toBeNull();
    await write('halo lagi');
    expect(await t.redis.zscore(app.keys.due, `silence:${personId()}`)).not.toBeNull();
  });

  it('does nothing on a silence for someone with no conversation', async () => {
    await app.hotline.silence(personId('nobody'));
    expect(await app.cases.listOpen()).toEqual([]);
    expect(await t.redis.keys(`${t.prefix}conv:*`)).toEqual([]);
  });
});
