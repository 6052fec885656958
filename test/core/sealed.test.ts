import { describe, expect, it } from 'vitest';
import { createSealer, SealError } from '../../src/core/sealed.js';

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
