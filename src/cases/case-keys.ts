/**
 * Per-case data keys, so that forgetting a case is crypto-erasure: every case gets a random 32-byte key,
 * kept in Redis only wrapped (sealed) by the current DATA_KEY at `<p>casekey:<caseId>`; the case's sealed
 * fields are sealed with it. Deleting that one key makes every copy of the case's sealed values that
 * outlives it unreadable (its events-stream entries, an AOF or a replica written after the erasure), even
 * with DATA_KEY.
 *
 * - The key is made by the hotline when it opens a case (or first updates one from before case keys), and
 *   written by the same commit script as the case (src/redis/lua/hotline-commit.lua, `SET NX`): a case never
 *   exists with fields sealed by a key that is not stored.
 * - Sealed layout of a value under a case key (bytes): `3 | nonce (12) | auth tag (16) | ciphertext`, with
 *   `3` and the case id authenticated (GCM additional data), so a value moved to another case does not open.
 *   Values of version 1 or 2 (src/core/sealed.ts: sealed directly by a DATA_KEY, cases from before case keys)
 *   still open with the data keys.
 * - `npm run rekey` does not touch version-3 values: it re-wraps the case keys (src/core/rekey.ts).
 * - Unwrapped keys are kept in a small LRU cache per sealer (bounded, entries expire, and each evicted key's
 *   bytes are zeroed); a purge in this process evicts at once. Callers get a copy of the key: an eviction
 *   while a value is sealed or opened (another reader of the same case loading it again) never zeroes a key
 *   in use, which would seal with a key of zeros. Concurrent loads of one key share one GET.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { RedisClient as Redis } from '../redis/redis-client.js';
import type { Keys } from '../redis/keys.js';
import { SealError, type Sealer } from '../core/sealed.js';

const V3 = 3;
const NONCE_BYTES = 12;
const TAG_BYTES = 16;
const KEY_BYTES = 32;

/** How many unwrapped case keys a process keeps, and for how long (ms). */
export const CASE_KEY_CACHE = { size: 512, ttlMs: 5 * 60_000 };

/** A case's key: the raw key, and the wrapped bytes as stored (the commit compares them). */
export interface CaseKey {
  key: Buffer;
  wrapped: Buffer;
}

/** The case's key is gone (erased): what was sealed with it cannot be opened any more. */
export class CaseKeyGoneError extends SealError {
  constructor(readonly caseId: string, context: string) {
    super(context);
    this.message = `cannot open sealed data (${context}): case ${caseId} has no key any more (it was erased)`;
    this.name = 'CaseKeyGoneError';
  }
}

interface Cached extends CaseKey {
  at: number;
}

/** One LRU cache of unwrapped keys per base sealer (per configuration), keyed by the Redis key of the case key. */
const caches = new WeakMap<Sealer, Map<string, Cached>>();

function cacheOf(sealer: Sealer): Map<string, Cached> {
  let cache = caches.get(sealer);
  if (!cache) caches.set(sealer, (cache = new Map()));
  return cache;
}

function evict(cache: Map<string, Cached>, name: string): void {
  const hit = cache.get(name);
  if (!hit) return;
  hit.key.fill(0);
  cache.delete(name);
}

function remember(cache: Map<string, Cached>, name: string, entry: CaseKey, now: number): void {
  evict(cache, name);
  cache.set(name, { ...entry, at: now });
  while (cache.size > CASE_KEY_CACHE.size) evict(cache, cache.keys().next().value!);
}

/** Wraps a raw case key with the newest DATA_KEY. */
export function wrapCaseKey(sealer: Sealer, key: Buffer): Buffer {
  return sealer.seal(key.toString('base64'));
}

/** Unwraps a stored case key with whichever DATA_KEY it names. */
export function unwrapCaseKey(sealer: Sealer, wrapped: Buffer, caseId: string): Buffer {
  const key = Buffer.from(sealer.open(wrapped, `key of case ${caseId}`), 'base64');
  if (key.length !== KEY_BYTES) throw new SealError(`key of case ${caseId}`);
  return key;
}

/** A new random case key, wrapped by the newest DATA_KEY. */
export function newCaseKey(sealer: Sealer): CaseKey {
  const key = randomBytes(KEY_BYTES);
  return { key, wrapped: wrapCaseKey(sealer, key) };
}

export interface CaseKeyDeps {
  redis: Redis;
  keys: Keys;
  /** The DATA_KEY sealer: wraps the case keys, and opens what was sealed before case keys. */
  sealer: Sealer;
  clock?: () => number;
}

/** What a caller gets: its own copy of the key, so that an eviction (which zeroes the cache's copy) cannot change it mid-use. */
const copyOf = (entry: CaseKey): CaseKey => ({ key: Buffer.from(entry.key), wrapped: entry.wrapped });

/** Loads in flight, per cache and case key name: readers of one case at the same moment share one GET. */
const loading = new WeakMap<Sealer, Map<string, Promise<CaseKey | undefined>>>();

/** The case's key from the cache or Redis; undefined when the case has none (from before case keys, or erased). */
export async function loadCaseKey(deps: CaseKeyDeps, caseId: string): Promise<CaseKey | undefined> {
  const now = (deps.clock ?? Date.now)();
  const name = deps.keys.caseKey(caseId);
  const cache = cacheOf(deps.sealer);
  const hit = cache.get(name);
  if (hit && now - hit.at < CASE_KEY_CACHE.ttlMs) {
    cache.delete(name); // most recently used last
    cache.set(name, hit);
    return copyOf(hit);
  }
  let inFlight = loading.get(deps.sealer);
  if (!inFlight) loading.set(deps.sealer, (inFlight = new Map()));
  let load = inFlight.get(name);
  if (!load) {
    load = (async () => {
      const wrapped = await deps.redis.getBuffer(name);
      if (!wrapped) {
        evict(cache, name);
        return undefined;
      }
      const entry = { key: unwrapCaseKey(deps.sealer, wrapped, caseId), wrapped };
      remember(cache, name, entry, now);
      return entry;
    })().finally(() => inFlight.delete(name));
    inFlight.set(name, load);
  }
  const entry = await load;
  return entry && copyOf(entry);
}

/** The case's key, or a new one to be written by the commit that writes the case (`fresh`). */
export async function caseKeyForWrite(deps: CaseKeyDeps, caseId: string): Promise<CaseKey & { fresh: boolean }> {
  const stored = await loadCaseKey(deps, caseId);
  return stored ? { ...stored, fresh: false } : { ...newCaseKey(deps.sealer), fresh: true };
}

/** After a commit wrote a new case key: cached, so the next read needs no round trip. */
export function rememberCaseKey(deps: CaseKeyDeps, caseId: string, entry: CaseKey): void {
  remember(cacheOf(deps.sealer), deps.keys.caseKey(caseId), { key: Buffer.from(entry.key), wrapped: entry.wrapped }, (deps.clock ?? Date.now)());
}

/** Forgets a case key in this process (it was erased, or changed under us). */
export function forgetCaseKey(deps: Pick<CaseKeyDeps, 'keys' | 'sealer'>, caseId: string): void {
  evict(cacheOf(deps.sealer), deps.keys.caseKey(caseId));
}

/** The sealed bytes name a case key (version 3). */
export const isCaseSealed = (sealed: Buffer): boolean => sealed[0] === V3 && sealed.length >= 1 + NONCE_BYTES + TAG_BYTES;

/**
 * A sealer for one case: seals with the case's key when it has one (else with the newest DATA_KEY, as before
 * case keys), opens version-3 values with the case's key and older ones with the data keys. Everything else
 * (person ids, key ids) is the base sealer's.
 */
export function sealerWithCaseKey(base: Sealer, caseId: string, caseKey: Buffer | undefined): Sealer {
  const aad = Buffer.concat([Buffer.of(V3), Buffer.from(caseId, 'utf8')]);
  return {
    ...base,
    seal(plain) {
      if (!caseKey) return base.seal(plain);
      const nonce = randomBytes(NONCE_BYTES);
      const cipher = createCipheriv('aes-256-gcm', caseKey, nonce);
      cipher.setAAD(aad);
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return Buffer.concat([Buffer.of(V3), nonce, cipher.getAuthTag(), body]);
    },
    open(sealed, context = 'value') {
      if (!isCaseSealed(sealed)) return base.open(sealed, context);
      if (!caseKey) throw new CaseKeyGoneError(caseId, context);
      try {
        const decipher = createDecipheriv('aes-256-gcm', caseKey, sealed.subarray(1, 1 + NONCE_BYTES));
        decipher.setAAD(aad);
        decipher.setAuthTag(sealed.subarray(1 + NONCE_BYTES, 1 + NONCE_BYTES + TAG_BYTES));
        return Buffer.concat([decipher.update(sealed.subarray(1 + NONCE_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
      } catch {
        throw new SealError(`${context}: not sealed with the key of case ${caseId}`);
      }
    },
  };
}

/** The sealer for one case's values (its key loaded from the cache or Redis): what every reader of a case uses. */
export async function caseSealer(deps: CaseKeyDeps, caseId: string): Promise<Sealer> {
  return sealerWithCaseKey(deps.sealer, caseId, (await loadCaseKey(deps, caseId))?.key);
}
