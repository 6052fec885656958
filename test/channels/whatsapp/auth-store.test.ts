/**
 * The Redis auth store round-trips real Baileys credentials (`initAuthCreds()`) and signal keys through
 * BufferJSON and sealing, also behind Baileys' `makeCacheableSignalKeyStore`, so a restart resumes the session.
 */
import { randomBytes } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Curve, initAuthCreds, makeCacheableSignalKeyStore, proto, type SignalKeyStore } from 'baileys';
import { createSealer } from '../../../src/core/sealed.js';
import { createKeys } from '../../../src/redis/keys.js';
import { loadRedisAuthState } from '../../../src/channels/whatsapp/auth-store.js';
import { testRedis, type TestRedis } from '../../support/redis.js';

const sealer = createSealer(Buffer.alloc(32, 3));
let t: TestRedis;
let key: string;
const load = () => loadRedisAuthState({ redis: t.redis, key, sealer });

beforeEach(async () => {
  t = await testRedis();
  key = createKeys(t.prefix).waAuth('default');
});
afterEach(() => t.cleanup());

function appStateKey() {
  return proto.Message.AppStateSyncKeyData.fromObject({
    keyData: randomBytes(32),
    fingerprint: { rawId: 7, currentIndex: 2, deviceIndexes: [0, 1] },
    timestamp: 1767225600,
  });
}

async function roundTrip(store: () => Promise<SignalKeyStore>) {
  const preKey = Curve.generateKeyPair();
  const session = randomBytes(900);
  const syncKey = appStateKey();
  const lidMapping = '190000000000001';
  const first = await store();
  await first.set({
    'pre-key': { '1': preKey, '2': Curve.generateKeyPair() },
    session: { '6281234567001.0': session },
    'app-state-sync-key': { AAAAAPVb: syncKey },
    'lid-mapping': { '6281234567001': lidMapping },
  });
  await first.set({ 'pre-key': { '2': null } }); // a used pre-key is deleted

  const again = await store();
  const preKeys = await again.get('pre-key', ['1', '2', '3']);
  expect(Object.keys(preKeys)).toEqual(['1']);
  expect(Buffer.from(preKeys['1']!.private).equals(Buffer.from(preKey.private))).toBe(true);
  expect(Buffer.from(preKeys['1']!.public).equals(Buffer.from(preKey.public))).toBe(true);
  const sessions = await again.get('session', ['6281234567001.0']);
  expect(Buffer.from(sessions['6281234567001.0']!).equals(session)).toBe(true);
  const sync = (await again.get('app-state-sync-key', ['AAAAAPVb'])).AAAAAPVb!;
  expect(sync).toBeInstanceOf(proto.Message.AppStateSyncKeyData);
  expect(Buffer.from(sync.keyData!).equals(Buffer.from(syncKey.keyData!))).toBe(true);
  expect(proto.Message.AppStateSyncKeyData.toObject(sync as proto.Message.AppStateSyncKeyData)).toEqual(proto.Message.AppStateSyncKeyData.toObject(syncKey));
  expect((await again.get('lid-mapping', ['6281234567001']))['6281234567001']).toBe(lidMapping);
  expect(await again.get('sender-key', ['nobody'])).toEqual({});
}

describe('redis auth store', () => {
  it('starts with fresh, unregistered credentials when nothing is stored', async () => {
    const auth = await load();
    expect(auth.state.creds.registered).toBe(false);
    expect(auth.state.creds.noiseKey.private).toHaveLength(32);
    expect(await t.redis.exists(key)).toBe(0);
  });

  it('round-trips real credentials from initAuthCreds(), so a restart resumes without linking again', async () => {
    const auth = await load();
    const creds = auth.state.creds;
    creds.registered = true;
    creds.me = { id: '6280000000000:7@s.whatsapp.net', lid: '190000000000099:7@lid', name: 'Embassy' };
    creds.account = proto.ADVSignedDeviceIdentity.fromObject({ details: randomBytes(40), accountSignatureKey: randomBytes(32), accountSignature: randomBytes(64), deviceSignature: randomBytes(64) });
    await auth.saveCreds();

    const restored = (await load()).state.creds;
    expect(restored.registered).toBe(true);
    expect(restored.me).toEqual(creds.me);
    for (const field of ['noiseKey', 'pairingEphemeralKeyPair', 'signedIdentityKey'] as const) {
      expect(Buffer.from(restored[field].private).equals(Buffer.from(creds[field].private))).toBe(true);
      expect(Buffer.from(restored[field].public).equals(Buffer.from(creds[field].public))).toBe(true);
    }
    expect(Buffer.from(restored.signedPreKey.signature).equals(Buffer.from(creds.signedPreKey.signature))).toBe(true);
    expect(restored.signedPreKey.keyId).toBe(creds.signedPreKey.keyId);
    expect(restored.registrationId).toBe(creds.registrationId);
    expect(restored.advSecretKey).toBe(creds.advSecretKey);
    // A proto object goes through its own toJSON (bytes as base64), exactly as with Baileys' file store; what
    // Baileys does with it, encoding it again, gives the same bytes.
    const encode = (account: proto.IADVSignedDeviceIdentity) => Buffer.from(proto.ADVSignedDeviceIdentity.encode(account).finish());
    expect(encode(restored.account!).equals(encode(creds.account))).toBe(true);
    expect(JSON.parse(JSON.stringify(restored))).toEqual(JSON.parse(JSON.stringify(creds)));
    expect(JSON.parse(JSON.stringify(initAuthCreds()))).toHaveProperty('registered', false);
  });

  it('round-trips pre-keys, sessions, app-state sync keys and LID mappings, and deletes keys set to null', async () => {
    await roundTrip(async () => (await load()).state.keys);
  });

  it('works behind Baileys\' cacheable key store', async () => {
    await roundTrip(async () => makeCacheableSignalKeyStore((await load()).state.keys));
  });

  it('keeps no key id, number or private key readable in Redis', async () => {
    const auth = await load();
    auth.state.creds.me = { id: '6280000000000:7@s.whatsapp.net' };
    await auth.saveCreds();
    await auth.state.keys.set({ session: { '6281234567001.0': randomBytes(64) }, 'lid-mapping': { '6281234567001': '190000000000001' } });
    const all = await t.redis.hgetallBuffer(key);
    const dump = Buffer.concat(Object.entries(all).flatMap(([f, v]) => [Buffer.from(f), v]));
    for (const secret of ['6281234567001', '6280000000000', '190000000000001', Buffer.from(auth.state.creds.noiseKey.private).toString('base64')]) {
      expect(dump.includes(Buffer.from(secret)), secret).toBe(false);
    }
  });

  it('clears the whole state (before linking anew)', async () => {
    const auth = await load();
    await auth.saveCreds();
    await auth.state.keys.set({ 'pre-key': { '1': Curve.generateKeyPair() } });
    await auth.clear();
    expect(await t.redis.exists(key)).toBe(0);
    expect((await load()).state.creds.registered).toBe(false);
  });
});
