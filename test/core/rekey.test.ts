/**
 * Key rotation on a populated Redis, through the real core: reports, notes, a lowering, a held answer, an
 * answer preview, an outbox entry and a chat's trail are written under the old key; the hotline restarts
 * with DATA_KEYS = new,old; `rekey` seals everything again under the new key while the hotline keeps
 * writing; afterwards the new key alone opens every value (the events stream aside: its entries cannot be
 * changed, they are counted). A missing old key stops the run naming the key, with nothing half-written.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Redis } from 'ioredis';
import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src/app.js';
import { createJournal } from '../../src/core/journal.js';
import { KeyringError, registerSealingKey } from '../../src/core/keyring.js';
import { createOutbox } from '../../src/core/outbox.js';
import { rekey, RekeyStop, type RekeySummary } from '../../src/core/rekey.js';
import { createSealer, keyIdOf } from '../../src/core/sealed.js';
import { createAnswerPreviews } from '../../src/officers/answer-previews.js';
import type { Officer } from '../../src/officers/case-desk.js';
import { testRedis, type TestRedis } from '../support/redis.js';
import { person, relativeReport, selfReport, type Person } from '../support/reports.js';

const logger = pino({ level: 'silent' });
const OFFICER: Officer = { id: 'cli:ayu', supervisor: false };
const K1 = Buffer.alloc(32, 41);
const K2 = Buffer.alloc(32, 42);
const K0 = Buffer.alloc(32, 40);

function appWith(t: TestRedis, keys: Buffer[], personIdKey?: Buffer): App {
  return createApp({
    config: { dataKey: keys[0]!, dataKeys: keys, personIdKey, deploymentFile: 'data/deployment.json', conversationTtlSeconds: 3600, redis: { prefix: t.prefix } },
    redis: t.redis,
    logger,
  });
}

/** What a run that must stop threw (a run that finishes fails the test). */
const stopped = (run: Promise<RekeySummary>): Promise<RekeyStop> =>
  run.then(
    () => {
      throw new Error('rekey finished instead of stopping');
    },
    (e: unknown) => e as RekeyStop,
  );

/** Every sealed value under the prefix (hash fields, list items, strings; raw or base64), with the key id it names. */
async function sealedValues(redis: Redis, prefix: string): Promise<Array<{ where: string; keyId: string }>> {
  const probe = createSealer(K0);
  const out: Array<{ where: string; keyId: string }> = [];
  const look = (where: string, stored: Buffer) => {
    for (const bytes of [stored, Buffer.from(stored.toString('latin1'), 'base64')]) {
      const keyId = probe.keyIdOf(bytes);
      // A version-2 value names its key; no version-1 value may be left (they are all written with K1 here).
      if (keyId && (keyId !== 'v1' || bytes.length > 40)) return void out.push({ where, keyId });
    }
  };
  let cursor = '0';
  do {
    const [next, names] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 500);
    cursor = next;
    for (const name of names) {
      const type = await redis.type(name);
      if (type === 'hash') for (const [f, v] of Object.entries(await redis.hgetallBuffer(name))) look(`${name} ${f}`, v);
      if (type === 'list') (await redis.lrangeBuffer(name, 0, -1)).forEach((v, i) => look(`${name} ${i}`, v));
      if (type === 'string') look(name, (await redis.getBuffer(name))!);
    }
  } while (cursor !== '0');
  return out;
}

describe('rekey: rotating DATA_KEYS on a populated Redis', () => {
  let t: TestRedis;
  let before: App;
  let worker: Person;
  let caseId: string;
  let mumCase: string;
  let alarmCase: string;
  let dir: string;

  beforeEach(async () => {
    t = await testRedis();
    dir = await mkdtemp(path.join(tmpdir(), 'rekey-'));
    before = appWith(t, [K1]);
    await registerSealingKey({ redis: t.redis, keys: before.keys, sealer: before.sealer });
    worker = person(before, '7001');
    caseId = await selfReport(before, worker, { name: 'Budi Santoso', about: '24, Cianjur' });
    mumCase = await relativeReport(person(before, '7002'), { name: 'Siti Aminah', age: '19', hometown: 'Indramayu' });
    expect((await before.desk.claim(caseId, OFFICER)).ok).toBe(true);
    expect((await before.desk.note(caseId, OFFICER, 'called the family in Cianjur')).ok).toBe(true);
    expect((await before.desk.note(caseId, OFFICER, 'second note')).ok).toBe(true);
    expect((await before.desk.reply(caseId, OFFICER, 'We are working on it')).ok).toBe(true);
    // Danger words open a critical case at once; a supervisor lowers it with a (sealed) reason.
    const known = new Set((await before.cases.listOpen()).map((c) => c.id));
    await person(before, '7003', 'id').text('tolong saya disekap');
    alarmCase = (await before.cases.listOpen()).find((c) => !known.has(c.id))!.id;
    expect(await before.desk.lower(alarmCase, { ...OFFICER, supervisor: true }, undefined, 'the son called home, he is safe')).toMatchObject({ ok: true });
    await createAnswerPreviews({ redis: t.redis, keys: before.keys, sealer: before.sealer }).create({ caseId, text: 'a preview', by: OFFICER.id, at: Date.now() });
    await createOutbox({ redis: t.redis, keys: before.keys, sealer: before.sealer, logger, senders: new Map() })
      .enqueue({ channel: 'telegram', address: '7001', messages: [{ text: 'waiting in the outbox' }], rank: 2 });
    await before.trail.settle('telegram', '7001', { sent: [{ ref: '55', at: Date.now() }], answered: false });
    // The WhatsApp link and a JID's address, as src/channels/whatsapp/ stores them (sealed raw bytes).
    await t.redis.hset(before.keys.waAuth('default'), 'creds', before.sealer.seal('{"me":{}}'), 'pre-key:abc', before.sealer.seal('{}'));
    await t.redis.set(before.keys.waJid(before.sealer.personId('whatsapp-jid', '628123@s.whatsapp.net')), before.sealer.seal('628123@s.whatsapp.net'), 'NX');
    // A canned answer of the web desk, as src/web/desk-plugin.ts stores it (sealed base64).
    await t.redis.hset(before.keys.webCanned, 'en:received', before.sealer.seal('We received your message.').toString('base64'));
    // A journal left on disk under the old key.
    const journal = createJournal({ dir, name: 'telegram', sealer: before.sealer, logger });
    await journal.load();
    await journal.add({ channel: 'telegram', address: '7009', messageId: 'j1', at: Date.now(), body: { kind: 'text', text: 'in the journal' } }, false).durable;
    await journal.close();
  });

  afterEach(async () => {
    await t.cleanup();
    await rm(dir, { recursive: true, force: true });
  });

  it('seals every value again with the new key while the hotline writes, and the new key alone then opens them', async () => {
    const written = await sealedValues(t.redis, t.prefix);
    expect(written.length).toBeGreaterThan(10);
    expect(new Set(written.map((v) => v.keyId))).toEqual(new Set([keyIdOf(K1)]));

    // The hotline restarts with the new key first: same person ids, the old values still open.
    const after = appWith(t, [K2, K1]);
    await registerSealingKey({ redis: t.redis, keys: after.keys, sealer: after.sealer });
    expect(after.sealer.personId('telegram', '7001')).toBe(worker.personId);
    expect((await after.desk.show(caseId, OFFICER))!.notes.map((n) => n.text)).toEqual(['called the family in Cianjur', 'second note']);

    // While rekey runs, officers and the person keep writing (between its batches and, once, between the
    // read of the conversation and its write, which must not overwrite the hotline's newer snapshot).
    const chat = person(after, '7001');
    let raced = false;
    const racing = new Proxy(t.redis, {
      get(target, prop) {
        if (prop === 'hgetallBuffer') {
          return async (name: string) => {
            const read = await target.hgetallBuffer(name);
            if (!raced && name === after.keys.conversation(worker.personId)) {
              raced = true;
              await chat.text('they took my phone for a day');
            }
            return read;
          };
        }
        const value: unknown = Reflect.get(target, prop);
        return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
      },
    });
    let notes = 2;
    const summary = await rekey({
      redis: racing, keys: after.keys, prefix: t.prefix, sealer: after.sealer, journalDir: dir, batch: 3,
      progress: () => void after.desk.note(caseId, OFFICER, `note ${++notes}`),
    });
    expect(raced).toBe(true);
    expect(summary.raced).toBeGreaterThanOrEqual(1);
    expect(summary.resealed).toBeGreaterThan(written.length / 2); // exactly all of them: the hotline-stopped test below
    expect(summary.resumed).toBe(false);
    expect(await t.redis.exists(after.keys.rekey)).toBe(0);

    // Nothing is left under the old key: case keys were re-wrapped, not every case field re-sealed.
    const left = (await sealedValues(t.redis, t.prefix)).filter((v) => v.keyId !== keyIdOf(K2));
    expect(left).toEqual([]);
    // The stream's sealed entries (forwarded words, lowering reasons) are on their cases' keys: none needs K1.
    expect(summary.events.older).toEqual({});
    expect(summary.journals).toMatchObject({ files: 1, older: 1, rewritten: 0 }); // the running hotline re-seals it at start

    // The new key alone (the old one kept only as PERSON_ID_KEY) reads everything and the person goes on.
    const only = appWith(t, [K2], K1);
    const detail = (await only.desk.show(caseId, OFFICER))!;
    expect(detail.notes.map((n) => n.text)).toEqual(['called the family in Cianjur', 'second note', ...Array.from({ length: notes - 2 }, (_, i) => `note ${i + 3}`)]);
    expect((await only.cases.get(alarmCase))!.lowered!.reason).toBe('the son called home, he is safe');
    expect((await only.cases.get(caseId))!.private.name).toBe('Budi Santoso');
    expect((await only.cases.get(mumCase))!.kind).toBe('missing-person');
    expect(only.sealer.open(Buffer.from((await t.redis.hget(only.keys.webCanned, 'en:received'))!, 'base64'))).toBe('We received your message.');
    const conv = await t.redis.hgetallBuffer(only.keys.conversation(worker.personId));
    expect(JSON.parse(only.sealer.open(conv.s!, 'conversation'))).toHaveProperty('v'); // would throw with K1 needed
    expect((await person(only, '7001').text('are you there')).length).toBeGreaterThan(0);
  });

  it('goes on from where a stopped run left off', async () => {
    const after = appWith(t, [K2, K1]);
    await registerSealingKey({ redis: t.redis, keys: after.keys, sealer: after.sealer });
    const stop = new AbortController();
    const first = rekey({ redis: t.redis, keys: after.keys, prefix: t.prefix, sealer: after.sealer, batch: 2, signal: stop.signal, progress: () => stop.abort() });
    await expect(first).rejects.toThrow(/Stopped: run it again/);
    const state = await t.redis.hgetall(after.keys.rekey);
    expect(state.target).toBe(keyIdOf(K2));
    expect(state.cursor).not.toBe('0');
    const done: RekeySummary = await rekey({ redis: t.redis, keys: after.keys, prefix: t.prefix, sealer: after.sealer });
    expect(done.resumed).toBe(true);
    expect((await sealedValues(t.redis, t.prefix)).filter((v) => v.keyId !== keyIdOf(K2))).toEqual([]);
  });

  it('stops at a value no key opens, naming the key and never the value, with that Redis key untouched', async () => {
    // A case whose lowering reason was sealed with a key nobody has any more; its `sealed` field is on K1.
    const lost = createSealer(K0).seal('the reason').toString('base64');
    await t.redis.hset(before.keys.case(caseId), 'loweredReason', lost);
    const sealedBefore = await t.redis.hget(before.keys.case(caseId), 'sealed');
    const after = appWith(t, [K2, K1]);
    await registerSealingKey({ redis: t.redis, keys: after.keys, sealer: after.sealer });
    const err = await stopped(rekey({ redis: t.redis, keys: after.keys, prefix: t.prefix, sealer: after.sealer }));
    expect(err).toBeInstanceOf(RekeyStop);
    expect(err.keyId).toBe(keyIdOf(K0));
    expect(err.message).toContain(keyIdOf(K0));
    expect(err.message).toContain(`case:${caseId} field loweredReason`);
    expect(err.message).not.toMatch(/Budi|reason'|the reason/);
    expect(await t.redis.hget(before.keys.case(caseId), 'sealed')).toBe(sealedBefore); // nothing of that key written
    expect((await t.redis.hgetall(after.keys.rekey)).target).toBe(keyIdOf(K2)); // a later run goes on
  });

  it('with the old key missing from DATA_KEYS, stops before writing anything', async () => {
    const lost = appWith(t, [K2], K1); // K1 dropped too early (kept only for person ids)
    await registerSealingKey({ redis: t.redis, keys: lost.keys, sealer: lost.sealer });
    const err = await stopped(rekey({ redis: t.redis, keys: lost.keys, prefix: t.prefix, sealer: lost.sealer }));
    expect(err).toBeInstanceOf(RekeyStop);
    expect(err.keyId).toBe(keyIdOf(K1));
    expect(err.message).toMatch(/not in DATA_KEYS/);
    expect((await sealedValues(t.redis, t.prefix)).some((v) => v.keyId === keyIdOf(K2))).toBe(false);
  });

  it('refuses to run while the hotline may still seal with the old key, and a person-id key that would orphan everyone', async () => {
    const after = appWith(t, [K2, K1]);
    await expect(rekey({ redis: t.redis, keys: after.keys, prefix: t.prefix, sealer: after.sealer })).rejects.toThrow(/last started sealing with key .*restart every hotline process/);
    const written = await sealedValues(t.redis, t.prefix);
    const summary = await rekey({ redis: t.redis, keys: after.keys, prefix: t.prefix, sealer: after.sealer, hotlineStopped: true });
    expect([summary.resealed, summary.current, summary.raced]).toEqual([written.length, 0, 0]);
    const orphaning = appWith(t, [K2]); // person ids would come from K2
    await expect(registerSealingKey({ redis: t.redis, keys: orphaning.keys, sealer: orphaning.sealer })).rejects.toThrow(KeyringError);
  });

  it('re-seals a journal under the newest key: the hotline at its start, or rekey with the hotline stopped', async () => {
    const file = path.join(dir, 'telegram.ndjson');
    const copy = await readFile(file, 'utf8');
    const after = appWith(t, [K2, K1]);
    const journal = createJournal({ dir, name: 'telegram', sealer: after.sealer, logger });
    expect((await journal.load()).map((e) => e.msg.messageId)).toEqual(['j1']);
    await journal.close();
    const lineKey = (text: string) => createSealer(K0).keyIdOf(Buffer.from((JSON.parse(text.trim().split('\n')[0]!) as { ins: string }).ins, 'base64'));
    expect(lineKey(await readFile(file, 'utf8'))).toBe(keyIdOf(K2));

    await writeFile(file, copy);
    const summary = await rekey({ redis: t.redis, keys: after.keys, prefix: t.prefix, sealer: after.sealer, journalDir: dir, hotlineStopped: true });
    expect(summary.journals).toMatchObject({ files: 1, older: 1, rewritten: 1 });
    expect(lineKey(await readFile(file, 'utf8'))).toBe(keyIdOf(K2));
    const reread = createJournal({ dir, name: 'telegram', sealer: createSealer({ keys: [K2], personIdKey: K1 }), logger });
    expect((await reread.load()).map((e) => e.msg.messageId)).toEqual(['j1']);
    await reread.close();
  });
});
