/**
 * Personal data at rest: AES-256-GCM with a random 96-bit nonce per value, and a keyed hash for
 * addresses so Redis keys and logs never carry a phone number or chat id.
 *
 * Keys rotate (`DATA_KEYS`, newest first): a value is sealed with the newest key and opened with
 * whichever key it names. Sealed layouts (bytes):
 * - version 2: `2 | key id (4) | nonce (12) | auth tag (16) | ciphertext`; the key id is the first 4
 *   bytes of HMAC-SHA256(key, "key-id"), and the first 5 bytes are authenticated (GCM additional data);
 * - version 1 (written before rotation existed): `1 | nonce (12) | auth tag (16) | ciphertext`, opened by
 *   trying each key.
 *
 * Person ids and the other keyed hashes (`personId`) are part of Redis key names, so they must not change
 * when the data keys do: they use their own key (`PERSON_ID_KEY`, by default the oldest data key), see
 * src/config.ts.
 */
import { createCipheriv, createDecipheriv, createHmac, randomFillSync } from 'node:crypto';

const V1 = 1;
const V2 = 2;
const KEY_ID_BYTES = 4;
const NONCE_BYTES = 12;
const TAG_BYTES = 16;
const V2_HEADER = 1 + KEY_ID_BYTES;

/** Decryption failed: no key given opens it (`keyId` names the key it was sealed with, if it says), or it was altered. */
export class SealError extends Error {
  constructor(readonly context: string, readonly keyId?: string) {
    super(
      keyId === 'v1'
        ? `cannot open sealed data (${context}): it was sealed before keys had ids (version 1), and no key in DATA_KEYS opens it (missing old key, or a tampered value)`
        : keyId
        ? `cannot open sealed data (${context}): it was sealed with key ${keyId}, and no key in DATA_KEYS with that id opens it (missing key, or a tampered value)`
        : `cannot open sealed data (${context}): wrong DATA_KEY or tampered value`,
    );
    this.name = 'SealError';
  }
}

export interface Sealer {
  /** Seals with the newest key. */
  seal(plain: string): Buffer;
  /** Opens a value sealed with any of the keys (version 1 or 2). */
  open(sealed: Buffer, context?: string): string;
  /** A stable pseudonym for a channel address: the same person always gets the same id. */
  personId(channel: string, address: string): string;
  /** The newest key's id (8 hex digits): what `seal` writes. */
  readonly keyId: string;
  /** Every key's id, newest first. */
  readonly keyIds: readonly string[];
  /** The key id a sealed value names: `v1` for a version-1 value (no id), undefined for what is not sealed. */
  keyIdOf(sealed: Buffer): string | undefined;
  /** A short fingerprint of the person-id key (not the key): start-up compares it with the one in Redis. */
  readonly personIdCheck: string;
}

/** A key's id: 8 hex digits, the same for the same key wherever it is computed. */
export function keyIdOf(key: Buffer): string {
  return createHmac('sha256', key).update('key-id').digest().subarray(0, KEY_ID_BYTES).toString('hex');
}

/** Random nonces drawn from the OS 4 KiB at a time: one syscall per ~340 seals instead of one each. */
function createNonceSource(): () => Buffer {
  const pool = Buffer.alloc(NONCE_BYTES * 341);
  let offset = pool.length;
  return () => {
    if (offset === pool.length) {
      randomFillSync(pool);
      offset = 0;
    }
    offset += NONCE_BYTES;
    return pool.subarray(offset - NONCE_BYTES, offset);
  };
}

export interface SealerKeys {
  /** Data keys, newest first (32 bytes each). */
  keys: readonly Buffer[];
  /** The person-id key; by default the oldest data key. */
  personIdKey?: Buffer;
}

/** GCM open of `body` (nonce | tag | ciphertext) with `aad`; undefined when the key does not open it. */
function tryOpen(key: Buffer, body: Buffer, aad?: Buffer): string | undefined {
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, body.subarray(0, NONCE_BYTES));
    if (aad) decipher.setAAD(aad);
    decipher.setAuthTag(body.subarray(NONCE_BYTES, NONCE_BYTES + TAG_BYTES));
    return Buffer.concat([decipher.update(body.subarray(NONCE_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
  } catch {
    return undefined;
  }
}

/** A sealer with one key (as before rotation), or with a key list (newest first) and a person-id key. */
export function createSealer(keyOrKeys: Buffer | SealerKeys): Sealer {
  const { keys, personIdKey } = Buffer.isBuffer(keyOrKeys) ? { keys: [keyOrKeys], personIdKey: undefined } : keyOrKeys;
  if (keys.length === 0) throw new Error('DATA_KEYS must hold at least one key');
  if (keys.some((k) => k.length !== 32) || (personIdKey && personIdKey.length !== 32)) throw new Error('DATA_KEY must be exactly 32 bytes');
  const ring = keys.map((key) => ({ key, id: keyIdOf(key), idBytes: Buffer.from(keyIdOf(key), 'hex') }));
  const newest = ring[0]!;
  const header = Buffer.concat([Buffer.of(V2), newest.idBytes]);
  const nextNonce = createNonceSource();
  const hashKey = createHmac('sha256', personIdKey ?? keys[keys.length - 1]!).update('person-id').digest();

  const keyIdOfSealed = (sealed: Buffer): string | undefined => {
    if (sealed[0] === V1 && sealed.length >= 1 + NONCE_BYTES + TAG_BYTES) return 'v1';
    if (sealed[0] === V2 && sealed.length >= V2_HEADER + NONCE_BYTES + TAG_BYTES) return sealed.subarray(1, V2_HEADER).toString('hex');
    return undefined;
  };

  return {
    seal(plain) {
      const nonce = nextNonce();
      const cipher = createCipheriv('aes-256-gcm', newest.key, nonce);
      cipher.setAAD(header);
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return Buffer.concat([header, nonce, cipher.getAuthTag(), body]);
    },
    open(sealed, context = 'value') {
      const id = keyIdOfSealed(sealed);
      if (id === undefined) throw new SealError(context);
      if (id === 'v1') {
        for (const { key } of ring) {
          const plain = tryOpen(key, sealed.subarray(1));
          if (plain !== undefined) return plain;
        }
        throw new SealError(context, ring.length > 1 ? 'v1' : undefined);
      }
      // Two keys may share a 4-byte id (one chance in four billion): each is tried.
      for (const k of ring) {
        if (k.id !== id) continue;
        const plain = tryOpen(k.key, sealed.subarray(V2_HEADER), sealed.subarray(0, V2_HEADER));
        if (plain !== undefined) return plain;
      }
      throw new SealError(context, id);
    },
    personId(channel, address) {
      return createHmac('sha256', hashKey).update(`${channel}\0${address}`).digest('base64url').slice(0, 22);
    },
    keyId: newest.id,
    keyIds: ring.map((k) => k.id),
    keyIdOf: keyIdOfSealed,
    personIdCheck: createHmac('sha256', hashKey).update('person-id-check').digest('hex').slice(0, 16),
  };
}

/** The sealer of a configuration (src/config.ts): seals with the newest data key, opens with any, person ids under the person-id key. */
export function sealerFor(config: { dataKey: Buffer; dataKeys?: readonly Buffer[]; personIdKey?: Buffer }): Sealer {
  return createSealer({ keys: config.dataKeys ?? [config.dataKey], personIdKey: config.personIdKey });
}
