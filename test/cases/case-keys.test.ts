/**
 * Per-case data keys (src/cases/case-keys.ts) on real Redis, through the real core: a case opened by a
 * person's report gets its own key (`<p>casekey:<id>`, wrapped by DATA_KEY) and its values are sealed with
 * it; /forget and retention delete that key first, so a copy of the case's ciphertext that outlives the
 * purge (its events-stream entries, a copy taken before) opens with nothing, DATA_KEY included; a crash
 * right after the key went leaves nothing readable and the next sweep deletes the rest; `npm run rekey`
 * re-wraps the case key instead of re-sealing the case; a case from before case keys still reads; the cache
 * of unwrapped keys stays bounded.
 */
import type { Redis } from 'ioredis';
import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src/app.js';
import {
  CASE_KEY_CACHE, CaseKeyGoneError, caseSealer, isCaseSealed, loadCaseKey, sealerWithCaseKey, unwrapCaseKey, wrapCaseKey,
} from '../../src/cases/case-keys.js';
import { createRetention } from '../../src/cases/retention.js';
import { registerSealingKey } from '../../src/core/keyring.js';
import { rekey } from '../../src/core/rekey.js';
import { createSealer, keyIdOf, SealError, type Sealer } from '../../src/core/sealed.js';
import type { Officer } from '../../src/officers/case-desk.js';
import { caseKeyErase } from '../../src/redis/scripts.js';
import { streamFields } from '../../src/redis/stream-fields.js';
import { testRedis, type TestRedis } from '../support/redis.js';
import { person, selfReport } from '../support/reports.js';

const logger = pino({ level: 'silent' });
const OFFICER: Officer = { id: 'cli:ayu', supervisor: false };
const K1 = Buffer.alloc(32, 51);
const K2 = Buffer.alloc(32, 52);
const NAME = 'Budi Santoso';
const DAY = 24 * 3600_000;

let t: TestRedis;
beforeEach(async () => {
  t = await testRedis();
});
afterEach(() => t.cleanup());

/** A hotline process on the test's prefix; each call is a new process (its own sealer, so its own key cache). */
function appWith(keys: Buffer[], personIdKey?: Buffer): App {
  return createApp({
    config: { dataKey: keys[0]!, dataKeys: keys, personIdKey, deploymentFile: 'data/deployment.json', conversationTtlSeconds: 3600, redis: { prefix: t.prefix } },
    redis: t.redis,
    logger,
  });
}

/** A worker's report, a message after it (forwarded to the case: a sealed events entry), a note and an answer. */
async function reportedCase(app: App, address = '7001') {
  const worker = person(app, address);
  const caseId = await selfReport(app, worker, { name: NAME, about: '24, Cianjur' });
  await worker.text('they moved us to building C');
  expect((await app.desk.claim(caseId, OFFICER)).ok).toBe(true);
  expect((await app.desk.note(caseId, OFFICER, 'called the family in Cianjur')).ok).toBe(true);
  expect((await app.desk.reply(caseId, OFFICER, 'We are working on it')).ok).toBe(true);
  return { worker, caseId };
}

/** The raw case key, unwrapped from Redis with the given data keys (undefined when it is gone). */
async function rawCaseKey(app: App, caseId: string): Promise<Buffer | undefined> {
  const wrapped = await t.redis.getBuffer(app.keys.caseKey(caseId));
  return wrapped ? unwrapCaseKey(app.sealer, wrapped, caseId) : undefined;
}

/** Every stored value under the prefix, the events stream's fields included, as the sealed bytes it may be (raw or base64). */
async function storedValues(redis: Redis, prefix: string): Promise<Array<{ where: string; bytes: Buffer }>> {
  const out: Array<{ where: string; bytes: Buffer }> = [];
  const add = (where: string, stored: Buffer) => {
    out.push({ where, bytes: stored }, { where: `${where} (base64)`, bytes: Buffer.from(stored.toString('latin1'), 'base64') });
  };
  let cursor = '0';
  do {
    const [next, names] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 500);
    cursor = next;
    for (const name of names) {
      const type = await redis.type(name);
      if (type === 'hash') for (const [f, v] of Object.entries(await redis.hgetallBuffer(name))) add(`${name} ${f}`, v);
      if (type === 'list') (await redis.lrangeBuffer(name, 0, -1)).forEach((v, i) => add(`${name} ${i}`, v));
      if (type === 'string') add(name, (await redis.getBuffer(name))!);
      if (type === 'stream') {
        for (const [id, fields] of await redis.xrangeBuffer(name, '-', '+')) {
          for (let i = 0; i + 1 < fields.length; i += 2) add(`${name} ${id.toString()} ${fields[i]!.toString()}`, fields[i + 1]!);
        }
      }
    }
  } while (cursor !== '0');
  return out;
}

/** The stored values that the given raw case key opens (what was sealed with that case's key), with their text. */
async function sealedWith(caseId: string, rawKey: Buffer, base: Sealer): Promise<Array<{ where: string; bytes: Buffer; plain: string }>> {
  const opener = sealerWithCaseKey(base, caseId, rawKey);
  const found: Array<{ where: string; bytes: Buffer; plain: string }> = [];
  for (const v of await storedValues(t.redis, t.prefix)) {
    if (!isCaseSealed(v.bytes)) continue;
    try {
      found.push({ ...v, plain: opener.open(v.bytes) });
    } catch {
      // not this case's
    }
  }
  return found;
}

const eventsOf = async (app: App, caseId: string) =>
  (await t.redis.xrange(app.keys.events, '-', '+')).map(([, flat]) => streamFields(flat)).filter((f) => f.case === caseId);

/** What opening `bytes` as the case's value throws (a value that opens fails the test). */
function openError(opener: Sealer, bytes: Buffer): unknown {
  try {
    opener.open(bytes, 'probe');
  } catch (err) {
    return err;
  }
  throw new Error('the value opened');
}

describe('per-case data keys', () => {
  it('gives a case opened through the real commit its own key, and seals the case, its notes, answers and events with it', async () => {
    const app = appWith([K1]);
    const { caseId } = await reportedCase(app);

    // The key exists, wrapped (version 2) by the DATA_KEY.
    const wrapped = (await t.redis.getBuffer(app.keys.caseKey(caseId)))!;
    expect(wrapped).not.toBeNull();
    expect(app.sealer.keyIdOf(wrapped)).toBe(keyIdOf(K1));
    const raw = unwrapCaseKey(app.sealer, wrapped, caseId);
    expect(raw).toHaveLength(32);

    // The case hash's sealed fields are version 3 values: DATA_KEY alone does not open them, the case key does.
    const hash = await t.redis.hgetall(app.keys.case(caseId));
    const sealed = Buffer.from(hash.sealed!, 'base64');
    expect(isCaseSealed(sealed)).toBe(true);
    expect(() => app.sealer.open(sealed)).toThrow(SealError);
    expect(JSON.parse(sealerWithCaseKey(app.sealer, caseId, raw).open(sealed))).toMatchObject({ name: NAME });

    // Every value of the case is under its key: the case, the note, the held or delivered answer, the forwarded message.
    const under = await sealedWith(caseId, raw, app.sealer);
    const where = under.map((v) => v.where).join('\n');
    expect(where).toContain(`${app.keys.case(caseId)} sealed`);
    expect(where).toContain(app.keys.notes(caseId));
    expect(under.some((v) => v.where.startsWith(app.keys.events) && v.plain.includes('building C'))).toBe(true);
    expect(under.some((v) => v.plain.includes('We are working on it'))).toBe(true);

    // Its fields open for the desk, in this process and in a new one (key read from Redis).
    expect((await app.cases.get(caseId))!.private.name).toBe(NAME);
    const other = appWith([K1]);
    expect((await other.cases.get(caseId))!.private.name).toBe(NAME);
    expect((await other.desk.show(caseId, OFFICER))!.notes.map((n) => n.text)).toEqual(['called the family in Cianjur']);

    // Two cases, two keys: one case's value does not open with the other's key.
    const second = await reportedCase(app, '7002');
    const raw2 = (await rawCaseKey(app, second.caseId))!;
    expect(raw2.equals(raw)).toBe(false);
    expect(openError(sealerWithCaseKey(app.sealer, second.caseId, raw2), sealed)).toBeInstanceOf(SealError);
  });

  it('after /forget, the case key is gone and no copy of its ciphertext opens, with DATA_KEY or without', async () => {
    const app = appWith([K1]);
    const { worker, caseId } = await reportedCase(app);
    expect((await app.desk.setStatus(caseId, OFFICER, 'resolved')).ok).toBe(true);
    const raw = (await rawCaseKey(app, caseId))!;
    const cached = (await loadCaseKey({ redis: t.redis, keys: app.keys, sealer: app.sealer }, caseId))!;
    // What a backup or replica might hold of the case after the purge: its sealed values.
    const copies = await sealedWith(caseId, raw, app.sealer);
    expect(copies.length).toBeGreaterThanOrEqual(4);

    await worker.send({ kind: 'command', command: 'forget' });
    await worker.press('forget:yes');

    expect(await t.redis.exists(app.keys.caseKey(caseId), app.keys.case(caseId), app.keys.notes(caseId), app.keys.held(caseId))).toBe(0);
    expect(cached.key.equals(raw)).toBe(true); // a caller's own copy: an eviction never changes a key in use
    expect(await loadCaseKey({ redis: t.redis, keys: app.keys, sealer: app.sealer }, caseId)).toBeUndefined(); // not served from this process's cache either
    // The events stream still holds the forwarded message's ciphertext: nothing opens it now.
    const left = (await eventsOf(app, caseId)).filter((e) => e.sealed);
    expect(left.length).toBeGreaterThan(0);
    for (const reader of [app, appWith([K1])]) {
      const opener = await caseSealer({ redis: t.redis, keys: reader.keys, sealer: reader.sealer }, caseId);
      for (const e of left) expect(openError(opener, Buffer.from(e.sealed!, 'base64'))).toBeInstanceOf(CaseKeyGoneError);
      for (const c of copies) {
        expect(openError(opener, c.bytes)).toBeInstanceOf(CaseKeyGoneError);
        expect(openError(reader.sealer, c.bytes)).toBeInstanceOf(SealError); // the DATA_KEY does not open them either
      }
    }
    expect(await app.cases.get(caseId)).toBeUndefined();
  });

  it('retention deletes a finished case key first: its events entries no longer open', async () => {
    const app = appWith([K1]);
    const { caseId } = await reportedCase(app);
    expect((await app.desk.setStatus(caseId, OFFICER, 'closed')).ok).toBe(true);
    const raw = (await rawCaseKey(app, caseId))!;
    const copies = await sealedWith(caseId, raw, app.sealer);
    const retention = createRetention({
      redis: t.redis, keys: app.keys, logger, retentionMs: 90 * DAY, auditMaxMs: 365 * DAY, maxLen: 10_000, sealer: app.sealer, clock: () => Date.now() + 91 * DAY,
    });
    expect((await retention.sweep()).purged).toEqual([caseId]);
    expect(await t.redis.exists(app.keys.caseKey(caseId), app.keys.case(caseId))).toBe(0);
    const opener = await caseSealer({ redis: t.redis, keys: app.keys, sealer: createSealer(K1) }, caseId);
    expect(copies.length).toBeGreaterThanOrEqual(4);
    for (const c of copies) expect(openError(opener, c.bytes)).toBeInstanceOf(CaseKeyGoneError);
    const left = (await eventsOf(app, caseId)).filter((e) => e.sealed);
    expect(left.length).toBeGreaterThan(0);
    for (const e of left) expect(openError(opener, Buffer.from(e.sealed!, 'base64'))).toBeInstanceOf(CaseKeyGoneError);
  });

  it('a crash after the key was erased and before the data was deleted leaves nothing readable; the next sweep deletes the rest', async () => {
    const app = appWith([K1]);
    const { worker, caseId } = await reportedCase(app); // open, claimed: retention alone would never delete it
    const raw = (await rawCaseKey(app, caseId))!;
    const copies = await sealedWith(caseId, raw, app.sealer);
    expect(copies.length).toBeGreaterThanOrEqual(4);

    // Only the first step of a purge ran (the process died right after it).
    expect(await caseKeyErase(t.redis, { keys: { case: app.keys.case(caseId), caseKey: app.keys.caseKey(caseId) }, args: { now: Date.now(), cutoff: '' } })).toBe('erased');
    expect(await t.redis.exists(app.keys.caseKey(caseId))).toBe(0);
    expect(await t.redis.exists(app.keys.case(caseId), app.keys.notes(caseId))).toBe(2); // the ciphertext is still there
    expect(await t.redis.hget(app.keys.case(caseId), 'erasing')).toBeTruthy();

    // A new process, with the DATA_KEY: the case, its notes and its events do not open.
    const later = appWith([K1]);
    await expect(later.cases.get(caseId)).rejects.toBeInstanceOf(CaseKeyGoneError);
    const opener = await caseSealer({ redis: t.redis, keys: later.keys, sealer: later.sealer }, caseId);
    for (const c of copies) {
      expect(openError(opener, c.bytes)).toBeInstanceOf(CaseKeyGoneError);
      expect(openError(later.sealer, c.bytes)).toBeInstanceOf(SealError);
    }
    // Nothing of the case that the data keys open mentions its words. (The person's conversation is theirs,
    // not the case's: sealed by DATA_KEY, it goes with /forget or its TTL, not with the case.)
    const conversation = later.keys.conversation(worker.personId);
    for (const v of await storedValues(t.redis, t.prefix)) {
      if (v.where.startsWith(`${conversation} `)) continue;
      let plain: string | undefined;
      try {
        plain = later.sealer.open(v.bytes);
      } catch {
        continue;
      }
      expect(plain, v.where).not.toMatch(/Budi|Cianjur|building C|working on it/);
    }

    // The next sweep finishes the deletion, although the case is open and recent.
    const retention = createRetention({ redis: t.redis, keys: later.keys, logger, retentionMs: 90 * DAY, auditMaxMs: 365 * DAY, maxLen: 10_000, sealer: later.sealer });
    expect((await retention.sweep()).purged).toEqual([caseId]);
    expect(await t.redis.exists(later.keys.case(caseId), later.keys.notes(caseId), later.keys.held(caseId))).toBe(0);
    expect(await t.redis.zscore(later.keys.queue, caseId)).toBeNull();
  });

  it('rekey re-wraps the case key under the new DATA_KEY without re-sealing the case; the old key can then go', async () => {
    const before = appWith([K1]);
    await registerSealingKey({ redis: t.redis, keys: before.keys, sealer: before.sealer });
    const { worker, caseId } = await reportedCase(before);
    const raw = (await rawCaseKey(before, caseId))!;
    const sealedField = await t.redis.hget(before.keys.case(caseId), 'sealed');
    const notes = await t.redis.lrange(before.keys.notes(caseId), 0, -1);

    const after = appWith([K2, K1]);
    await registerSealingKey({ redis: t.redis, keys: after.keys, sealer: after.sealer });
    const summary = await rekey({ redis: t.redis, keys: after.keys, prefix: t.prefix, sealer: after.sealer });
    expect(summary.events.older).toEqual({}); // the events' sealed values are on the case key: none needs K1

    // The key is wrapped by K2 now, and is the same key; the case's own values were not rewritten.
    const wrapped = (await t.redis.getBuffer(after.keys.caseKey(caseId)))!;
    expect(after.sealer.keyIdOf(wrapped)).toBe(keyIdOf(K2));
    expect(unwrapCaseKey(createSealer(K2), wrapped, caseId).equals(raw)).toBe(true);
    expect(await t.redis.hget(after.keys.case(caseId), 'sealed')).toBe(sealedField);
    expect(await t.redis.lrange(after.keys.notes(caseId), 0, -1)).toEqual(notes);

    // K1 removed from DATA_KEYS (kept only for person ids): the case opens, and the person goes on.
    const only = appWith([K2], K1);
    expect((await only.cases.get(caseId))!.private.name).toBe(NAME);
    expect((await only.desk.show(caseId, OFFICER))!.notes.map((n) => n.text)).toEqual(['called the family in Cianjur']);
    const events = (await eventsOf(only, caseId)).filter((e) => e.type === 'case.message' && e.sealed);
    const opener = await caseSealer({ redis: t.redis, keys: only.keys, sealer: only.sealer }, caseId);
    expect(events.map((e) => opener.open(Buffer.from(e.sealed!, 'base64'))).join()).toContain('building C');
    expect((await person(only, '7001').text('are you there')).length).toBeGreaterThan(0);
    expect(worker.personId).toBe(only.sealer.personId('telegram', '7001'));
  });

  it('reads a case sealed before case keys (directly by DATA_KEY, no casekey), and gives it a key when it is next written', async () => {
    const app = appWith([K1]);
    const { worker, caseId } = await reportedCase(app);
    // Make it a case from before case keys: its values sealed by the DATA_KEY, no key stored.
    const raw = (await rawCaseKey(app, caseId))!;
    const opener = sealerWithCaseKey(app.sealer, caseId, raw);
    const hash = await t.redis.hgetall(app.keys.case(caseId));
    const old = createSealer(K1);
    const reseal = (b64: string) => old.seal(opener.open(Buffer.from(b64, 'base64'))).toString('base64');
    const notes = await t.redis.lrange(app.keys.notes(caseId), 0, -1);
    const held = await t.redis.lrange(app.keys.held(caseId), 0, -1);
    const rewrite = t.redis.multi().hset(app.keys.case(caseId), 'sealed', reseal(hash.sealed!)).del(app.keys.notes(caseId), app.keys.held(caseId), app.keys.caseKey(caseId));
    rewrite.rpush(app.keys.notes(caseId), ...notes.map(reseal));
    if (held.length > 0) rewrite.rpush(app.keys.held(caseId), ...held.map(reseal));
    await rewrite.exec();

    const restarted = appWith([K1]);
    expect(await loadCaseKey({ redis: t.redis, keys: restarted.keys, sealer: restarted.sealer }, caseId)).toBeUndefined();
    expect((await restarted.cases.get(caseId))!.private.name).toBe(NAME);
    expect((await restarted.desk.show(caseId, OFFICER))!.notes.map((n) => n.text)).toEqual(['called the family in Cianjur']);

    // The person writes again: the update gives the case a key (in the same commit) and seals it with it,
    // its earlier answers kept (read from the old value).
    await person(restarted, '7001').text('we are 12 people here');
    const wrapped = await t.redis.getBuffer(restarted.keys.caseKey(caseId));
    expect(wrapped).not.toBeNull();
    const resealed = Buffer.from((await t.redis.hget(restarted.keys.case(caseId), 'sealed'))!, 'base64');
    expect(isCaseSealed(resealed)).toBe(true);
    expect((await appWith([K1]).cases.get(caseId))!.private.name).toBe(NAME);
    expect(worker.personId).toBe(restarted.sealer.personId('telegram', '7001'));
    // The old-format notes still open beside the new-format case.
    expect((await appWith([K1]).desk.show(caseId, OFFICER))!.notes.map((n) => n.text)).toEqual(['called the family in Cianjur']);
  });

  it('gives readers of one case at the same moment the same key: none of them is zeroed under another (one GET)', async () => {
    const app = appWith([K1]);
    const { caseId } = await reportedCase(app);
    const sealed = (await t.redis.hget(app.keys.case(caseId), 'sealed'))!;
    let gets = 0; // the real client, its reads of a key counted
    const counted = new Proxy(t.redis, {
      get(target, prop) {
        const v = Reflect.get(target, prop, target) as unknown;
        if (prop === 'getBuffer') return (...a: Parameters<Redis['getBuffer']>) => (gets++, target.getBuffer(...a));
        return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
      },
    });
    const cold = { redis: counted, keys: app.keys, sealer: createSealer(K1) }; // a cache of its own, empty
    const readers = await Promise.all(Array.from({ length: 20 }, () => caseSealer(cold, caseId)));
    // Each opens the case and seals a value the others open: with a key zeroed under it, it would fail.
    for (const r of readers) expect(JSON.parse(r.open(Buffer.from(sealed, 'base64'), 'case'))).toBeTruthy();
    const value = readers[0]!.seal('x');
    for (const r of readers) expect(r.open(value, 'value')).toBe('x');
    expect(gets).toBe(1); // one GET for the twenty
  });

  it('keeps at most CASE_KEY_CACHE.size unwrapped keys, least recently used out first; an expired one is read again', async () => {
    const sealer = createSealer(K1); // its own cache
    const keys = appWith([K1]).keys;
    const clock = { now: 1_000_000 };
    const deps = { redis: t.redis, keys, sealer, clock: () => clock.now };
    const size = CASE_KEY_CACHE.size;
    const ids = Array.from({ length: size + 8 }, (_, i) => `KH-${String(i).padStart(4, '0')}`);
    const pipeline = t.redis.pipeline();
    for (const id of ids) pipeline.set(keys.caseKey(id), wrapCaseKey(sealer, Buffer.alloc(32, (ids.indexOf(id) % 250) + 1)));
    await pipeline.exec();

    const loaded = [];
    for (const [i, id] of ids.entries()) {
      loaded.push((await loadCaseKey(deps, id))!);
      if (i === 0) expect((await loadCaseKey(deps, ids[0]!))!.key.equals(loaded[0]!.key)).toBe(true); // a hit: the same bytes
      if (i === size) await loadCaseKey(deps, ids[1]!); // ids[1] used again: ids[0] and ids[2] are the oldest now
    }
    // The keys are gone from Redis: only what the cache holds can still be loaded.
    await t.redis.del(...ids.map((id) => keys.caseKey(id)));
    const still = await Promise.all(ids.map((id) => loadCaseKey(deps, id)));
    expect(still.filter((k) => k !== undefined)).toHaveLength(size);
    expect(still[0]).toBeUndefined(); // the least recently used went out first
    expect(still[1]).toBeDefined(); // used again: kept
    expect(still[2]).toBeUndefined();
    expect(loaded.every((k, i) => k.key.equals(Buffer.alloc(32, (i % 250) + 1)))).toBe(true); // callers' copies untouched
    expect(still[ids.length - 1]!.key.equals(Buffer.alloc(32, ((ids.length - 1) % 250) + 1))).toBe(true);

    // After its time in the cache, a key is read from Redis again (gone here) and its bytes are zeroed.
    clock.now += CASE_KEY_CACHE.ttlMs + 1;
    expect(await loadCaseKey(deps, ids[ids.length - 1]!)).toBeUndefined();
  });
});
