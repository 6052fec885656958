/**
 * Linking the number (what `npm run whatsapp:link` runs), against the fake socket: Baileys' real event emitter
 * carrying the connection updates a real linking goes through (QR → restart required → open), and the
 * credentials landing in the real Redis auth store.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DisconnectReason } from 'baileys';
import { pino } from 'pino';
import { createSealer } from '../../../src/core/sealed.js';
import { createKeys } from '../../../src/redis/keys.js';
import { loadRedisAuthState } from '../../../src/channels/whatsapp/auth-store.js';
import { linkNumber, maskedNumber, type LinkOptions } from '../../../src/channels/whatsapp/link.js';
import { testRedis, type TestRedis } from '../../support/redis.js';
import { createFakeSocket, type FakeSocket } from './fake-socket.js';
import { waitFor } from './support.js';

const sealer = createSealer(Buffer.alloc(32, 9));
let t: TestRedis;
let sockets: FakeSocket[];
let lines: string[];
let qrs: string[];
let pairingRequests: string[];

beforeEach(async () => {
  t = await testRedis();
  sockets = [];
  lines = [];
  qrs = [];
  pairingRequests = [];
});
afterEach(() => t.cleanup());

const key = () => createKeys(t.prefix).waAuth('default');
const loadAuth = () => loadRedisAuthState({ redis: t.redis, key: key(), sealer });

function link(extra: Partial<LinkOptions> = {}) {
  return linkNumber({
    loadAuth,
    makeSocket: ({ auth }) => {
      const socket = createFakeSocket();
      socket.requestPairingCode = async (number) => {
        pairingRequests.push(number);
        return 'ABCD1234';
      };
      // What Baileys does once the phone accepts the link: credentials updated, then a restart.
      (socket as FakeSocket & { accept(): void }).accept = () => {
        auth.creds.registered = true;
        auth.creds.me = { id: '6280000000000:3@s.whatsapp.net' };
        socket.ev.emit('creds.update', { me: auth.creds.me, registered: true });
        socket.close(DisconnectReason.restartRequired);
      };
      sockets.push(socket);
      return socket;
    },
    libraryLogger: pino({ level: 'silent' }),
    print: (line) => lines.push(line),
    showQr: (qr) => qrs.push(qr),
    settleMs: 0,
    ...extra,
  });
}
/** Waits until the linking has made its `n`th socket. */
const socketMade = (n: number) => waitFor(() => sockets.length >= n, `socket ${n}`);
const accept = (s: FakeSocket) => (s as FakeSocket & { accept(): void }).accept();

describe('linking the number', () => {
  it('links by QR: shows each QR, restarts when WhatsApp asks, stores the credentials', async () => {
    const linking = link();
    await socketMade(1);
    sockets[0]!.ev.emit('connection.update', { connection: 'connecting' });
    sockets[0]!.ev.emit('connection.update', { qr: '2@first-qr' });
    sockets[0]!.ev.emit('connection.update', { qr: '2@second-qr' });
    accept(sockets[0]!);
    await waitFor(() => sockets.length === 2, 'the restart');
    sockets[1]!.user = { id: '6280000000000:3@s.whatsapp.net' };
    sockets[1]!.open();
    expect(await linking).toEqual({ ok: true, number: '+62•••••••0000' });
    expect(qrs).toEqual(['2@first-qr', '2@second-qr']);
    expect(lines.join('\n')).toMatch(/Connecting to WhatsApp…[\s\S]*Linked devices[\s\S]*accepted the link[\s\S]*Linked:/);
    expect((await loadAuth()).state.creds.registered).toBe(true);
  });

  it('links by pairing code: asks for one code only, and prints it', async () => {
    const linking = link({ pairingNumber: '6281234567890' });
    await socketMade(1);
    sockets[0]!.ev.emit('connection.update', { qr: '2@qr' });
    sockets[0]!.ev.emit('connection.update', { qr: '2@qr-again' });
    await waitFor(() => lines.some((l) => l.startsWith('Pairing code')), 'the code');
    expect(pairingRequests).toEqual(['6281234567890']);
    expect(lines).toContain('Pairing code: ABCD-1234');
    expect(qrs).toEqual([]);
    accept(sockets[0]!);
    await waitFor(() => sockets.length === 2, 'the restart');
    sockets[1]!.open();
    expect(await linking).toMatchObject({ ok: true });
  });

  it('clears a link that was logged out on the phone and links anew', async () => {
    const auth = await loadAuth();
    auth.state.creds.registered = true;
    await auth.saveCreds();
    const linking = link();
    await socketMade(1);
    expect(lines[0]).toContain('already linked');
    sockets[0]!.close(DisconnectReason.loggedOut);
    await waitFor(() => sockets.length === 2, 'a fresh start');
    expect(lines.join('\n')).toContain('clearing it and linking anew');
    sockets[1]!.ev.emit('connection.update', { qr: '2@qr' });
    accept(sockets[1]!);
    await waitFor(() => sockets.length === 3, 'the restart');
    sockets[2]!.open();
    expect(await linking).toMatchObject({ ok: true });
  });

  it('says what to do when the code is not used in time, the session is in use, or the number is refused', async () => {
    for (const [code, words] of [[DisconnectReason.timedOut, 'not used in time'], [DisconnectReason.connectionReplaced, 'stop the running hotline'], [DisconnectReason.forbidden, 'banned']] as const) {
      sockets = [];
      const linking = link();
      await socketMade(1);
      if (code === DisconnectReason.timedOut) sockets[0]!.ev.emit('connection.update', { qr: '2@qr' });
      sockets[0]!.close(code);
      const outcome = await linking;
      expect(outcome.ok).toBe(false);
      expect(!outcome.ok && outcome.reason).toContain(words);
    }
  });

  it('says so, instead of crashing, when Redis fails to save or clear the link', async () => {
    const failing = async () => ({ ...(await loadAuth()), saveCreds: () => Promise.reject(new Error('Redis is down')), clear: () => Promise.reject(new Error('Redis is down')) });
    const saving = link({ loadAuth: failing });
    await socketMade(1);
    sockets[0]!.open();
    expect(await saving).toEqual({ ok: false, reason: expect.stringContaining('could not be saved in Redis (Redis is down)') });

    sockets = [];
    const registered = async () => {
      const auth = await failing();
      auth.state.creds.registered = true;
      return auth;
    };
    const clearing = link({ loadAuth: registered });
    await socketMade(1);
    sockets[0]!.close(DisconnectReason.loggedOut);
    expect(await clearing).toEqual({ ok: false, reason: expect.stringContaining('Could not clear the stored link in Redis') });
  });

  it('retries network trouble a few times, then gives up with a clear message', async () => {
    const linking = link({ maxAttempts: 1 });
    await socketMade(1);
    sockets[0]!.close(DisconnectReason.timedOut); // no code shown yet: the network, not the operator
    await socketMade(2);
    expect(lines.join('\n')).toContain('trying again');
    sockets[1]!.close(DisconnectReason.connectionClosed);
    expect(await linking).toEqual({ ok: false, reason: expect.stringContaining('Could not reach WhatsApp') });
  });

  it('masks the linked number', () => {
    expect(maskedNumber('6281234567890:12@s.whatsapp.net')).toBe('+62•••••••7890');
    expect(maskedNumber(undefined)).toBe('(unknown number)');
  });
});
