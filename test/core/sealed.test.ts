import { describe, expect, it } from 'vitest';
import { createCipheriv, randomBytes } from 'node:crypto';
import { createSealer, keyIdOf, SealError } from '../../src/core/sealed.js';

describe('sealer', () => {
  const sealer = createSealer(Buffer.alloc(32, 3));

  it('round-trips text with a fresh nonce each time', () => {
    const a = sealer.seal('Budi, KK Park');
    expect(sealer.open(a)).toBe('Budi, KK Park');
    expect(sealer.seal('Budi, KK Park').equals(a)).toBe(false);
    expect(a.includes(Buffer.from('Budi'))).toBe(false);
  });

  it('refuses a tampered value or the wrong key', () => {
    const sealed = sealer.seal('secret');
    sealed[sealed.length - 1]! ^= 1;
    expect(() => sealer.open(sealed)).toThrow(SealError);
    expect(() => createSealer(Buffer.alloc(32, 4)).open(sealer.seal('x'))).toThrow(SealError);
    expect(() => sealer.open(Buffer.from('short'))).toThrow(SealError);
  });

  it('gives each channel address a stable pseudonym that does not contain it', () => {
    const id = sealer.personId('whatsapp', '6281234567890');
    expect(id).toBe(sealer.personId('whatsapp', '6281234567890'));
    expect(id).not.toBe(sealer.personId('telegram', '6281234567890'));
    expect(id).not.toContain('6281234567890');
    expect(id).toMatch(/^[\w-]{22}$/);
  });
});

describe('sealer with rotating keys (DATA_KEYS, newest first)', () => {
  const k1 = Buffer.alloc(32, 1);
  const k2 = Buffer.alloc(32, 2);
  const old = createSealer(k1);
  const rotated = createSealer({ keys: [k2, k1] });

  /** A value in the layout written before key ids: 1 | nonce | tag | ciphertext. */
  function sealV1(key: Buffer, plain: string): Buffer {
    const nonce = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', key, nonce);
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return Buffer.concat([Buffer.of(1), nonce, cipher.getAuthTag(), body]);
  }

  it('opens what the old key sealed after a new key is added, and seals new values with the new key', () => {
    const before = old.seal('Budi, KK Park');
    expect(rotated.open(before)).toBe('Budi, KK Park');
    const after = rotated.seal('Sari, Shwe Kokko');
    expect(rotated.keyIdOf(after)).toBe(keyIdOf(k2));
    expect(rotated.keyIdOf(before)).toBe(keyIdOf(k1));
    expect(() => old.open(after)).toThrow(SealError);
    expect(rotated.keyIds).toEqual([keyIdOf(k2), keyIdOf(k1)]);
    expect(createSealer({ keys: [k1, k2] }).open(after)).toBe('Sari, Shwe Kokko'); // any order opens
  });

  it('still opens version-1 values with any of the keys', () => {
    const v1 = sealV1(k1, 'written before rotation');
    expect(old.open(v1)).toBe('written before rotation');
    expect(rotated.open(v1)).toBe('written before rotation');
    expect(rotated.keyIdOf(v1)).toBe('v1');
    expect(() => createSealer({ keys: [k2] }).open(v1)).toThrow(SealError);
  });

  it('names the key a value was sealed with when no key opens it, never the value', () => {
    const err = (() => {
      try {
        createSealer({ keys: [k2] }).open(old.seal('Budi, KK Park'), 'case KH-AAAA');
      } catch (e) {
        return e as SealError;
      }
    })();
    expect(err).toBeInstanceOf(SealError);
    expect(err!.keyId).toBe(keyIdOf(k1));
    expect(err!.message).toContain(keyIdOf(k1));
    expect(err!.message).toContain('case KH-AAAA');
    expect(err!.message).not.toContain('Budi');
  });

  it('authenticates the key id: a value moved under another id does not open', () => {
    const sealed = rotated.seal('x');
    const forged = Buffer.from(sealed);
    keyIdOfBytes(k1).copy(forged, 1);
    expect(() => rotated.open(forged)).toThrow(SealError);
  });

  it('keeps person ids across a rotation: they come from the oldest key, or PERSON_ID_KEY', () => {
    const id = old.personId('telegram', '12345');
    expect(rotated.personId('telegram', '12345')).toBe(id);
    expect(createSealer({ keys: [Buffer.alloc(32, 3), k2, k1] }).personId('telegram', '12345')).toBe(id);
    // The old key retired from DATA_KEYS but kept as PERSON_ID_KEY: same ids.
    expect(createSealer({ keys: [k2], personIdKey: k1 }).personId('telegram', '12345')).toBe(id);
    expect(createSealer({ keys: [k2] }).personId('telegram', '12345')).not.toBe(id);
    expect(rotated.personIdCheck).toBe(old.personIdCheck);
    expect(createSealer({ keys: [k2] }).personIdCheck).not.toBe(old.personIdCheck);
  });
});

const keyIdOfBytes = (key: Buffer) => Buffer.from(keyIdOf(key), 'hex');
