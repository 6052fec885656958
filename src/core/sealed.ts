/**
 * Personal data at rest: AES-256-GCM with a random 96-bit nonce per value, and a keyed hash for
 * addresses so Redis keys and logs never carry a phone number or chat id.
 *
 * Sealed layout (bytes): version (1) | nonce (12) | auth tag (16) | ciphertext.
 */
import { createCipheriv, createDecipheriv, createHmac, randomFillSync } from 'node:crypto';

const VERSION = 1;
const NONCE_BYTES = 12;
const TAG_BYTES = 16;

/** Decryption failed: wrong key, or the stored value was altered. */
export class SealError extends Error {
  constructor(readonly context: string) {
    super(`cannot open sealed data (${context}): wrong DATA_KEY or tampered value`);
    this.name = 'SealError';
  }
}

export interface Sealer {
  seal(plain: string): Buffer;
  open(sealed: Buffer, context?: string): string;
  /** A stable pseudonym for a channel address: the same person always gets the same id. */
  personId(channel: string, address: string): string;
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

export function createSealer(key: Buffer): Sealer {
  if (key.length !== 32) throw new Error('DATA_KEY must be exactly 32 bytes');
  const nextNonce = createNonceSource();
  const hashKey = createHmac('sha256', key).update('person-id').digest();
  return {
    seal(plain) {
      const nonce = nextNonce();
      const cipher = createCipheriv('aes-256-gcm', key, nonce);
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return Buffer.concat([Buffer.of(VERSION), nonce, cipher.getAuthTag(), body]);
    },
    open(sealed, context = 'value') {
      if (sealed.length < 1 + NONCE_BYTES + TAG_BYTES || sealed[0] !== VERSION) throw new SealError(context);
      try {
        const decipher = createDecipheriv('aes-256-gcm', key, sealed.subarray(1, 1 + NONCE_BYTES));
        decipher.setAuthTag(sealed.subarray(1 + NONCE_BYTES, 1 + NONCE_BYTES + TAG_BYTES));
        return Buffer.concat([decipher.update(sealed.subarray(1 + NONCE_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
      } catch {
        throw new SealError(context);
      }
    },
    personId(channel, address) {
      return createHmac('sha256', hashKey).update(`${channel}\0${address}`).digest('base64url').slice(0, 22);
    },
  };
}
