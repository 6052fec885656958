/** One canonical address per person across phone-number and LID JIDs, shared by processes through Redis. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSealer } from '../../../src/core/sealed.js';
import { createKeys } from '../../../src/redis/keys.js';
import { createIdentityResolver } from '../../../src/channels/whatsapp/identity.js';
import { testRedis, type TestRedis } from '../../support/redis.js';

const sealer = createSealer(Buffer.alloc(32, 5));
const PN = '6281234567001@s.whatsapp.net';
const LID = '190000000000001@lid';
let t: TestRedis;
const resolver = (pnForLid?: (lid: string) => Promise<string | null>) => createIdentityResolver({ redis: t.redis, keys: createKeys(t.prefix), sealer, pnForLid });

beforeEach(async () => {
  t = await testRedis();
});
afterEach(() => t.cleanup());

describe('identity resolver', () => {
  it('prefers the phone-number JID when WhatsApp gives both forms, whichever comes first', async () => {
    expect(await resolver().canonical(LID, PN)).toBe(PN);
    expect(await resolver().canonical(LID)).toBe(PN);
    expect(await resolver().canonical(PN)).toBe(PN);
  });

  it('asks Baileys\' LID store for the number behind a LID', async () => {
    expect(await resolver(async (lid) => (lid === LID ? PN : null)).canonical(LID)).toBe(PN);
    expect(await resolver().canonical(PN, LID)).toBe(PN);
  });

  it('keeps a LID seen first as the address for good, when the number turns up later', async () => {
    expect(await resolver().canonical(LID)).toBe(LID);
    expect(await resolver().canonical(PN, LID)).toBe(LID);
    expect(await resolver().canonical(PN)).toBe(LID);
  });

  it('agrees across processes racing on the first message', async () => {
    const results = await Promise.all(Array.from({ length: 8 }, (_, i) => (i % 2 ? resolver().canonical(LID) : resolver().canonical(PN, LID))));
    expect(new Set(results).size).toBe(1);
    expect(await resolver().canonical(LID)).toBe(results[0]);
  });

  it('answers from memory once it knows a JID', async () => {
    const r = resolver();
    await r.canonical(PN, LID);
    expect(r.cached).toBe(2);
    await t.redis.del(...(await t.redis.keys(`${t.prefix}wa:jid:*`))); // gone from Redis: still known in this process
    expect(await r.canonical(LID)).toBe(PN);
  });
});
