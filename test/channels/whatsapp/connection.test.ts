/** The decision on every close of the WhatsApp connection, for each of Baileys' DisconnectReasons. */
import { describe, expect, it } from 'vitest';
import { Boom } from '@hapi/boom';
import { DisconnectReason } from 'baileys';
import { backoffMs, decideOnClose, statusCodeOf } from '../../../src/channels/whatsapp/connection.js';

const backoff = { baseMs: 1000, maxMs: 60_000, random: () => 0.5 };

describe('decideOnClose', () => {
  it('stops and asks for a re-link when logged out', () => {
    const d = decideOnClose(DisconnectReason.loggedOut, 0, backoff);
    expect(d).toMatchObject({ action: 'stop', reason: 'logged-out' });
    expect(d.action === 'stop' && d.message).toContain('npm run whatsapp:link');
  });

  it('stops and reports when another client replaced the connection', () => {
    const d = decideOnClose(DisconnectReason.connectionReplaced, 0, backoff);
    expect(d).toMatchObject({ action: 'stop', reason: 'replaced' });
    expect(d.action === 'stop' && d.message).toContain('one process');
  });

  it('reconnects at once when a restart is required (after linking)', () => {
    expect(decideOnClose(DisconnectReason.restartRequired, 5, backoff)).toEqual({ action: 'reconnect', delayMs: 0, reason: 'restart-required' });
  });

  it.each([
    ['connectionClosed', DisconnectReason.connectionClosed, 'connection-closed'],
    ['connectionLost', DisconnectReason.connectionLost, 'connection-lost'],
    ['timedOut', DisconnectReason.timedOut, 'connection-lost'],
    ['badSession', DisconnectReason.badSession, 'bad-session'],
    ['multideviceMismatch', DisconnectReason.multideviceMismatch, 'multidevice-mismatch'],
    ['forbidden', DisconnectReason.forbidden, 'forbidden'],
    ['unavailableService', DisconnectReason.unavailableService, 'service-unavailable'],
    ['no status code', undefined, 'closed'],
    ['an unknown code', 499, 'status-499'],
  ])('reconnects with backoff after %s', (_name, code, reason) => {
    const first = decideOnClose(code, 0, backoff);
    const later = decideOnClose(code, 3, backoff);
    expect(first).toMatchObject({ action: 'reconnect', reason, delayMs: 1000 });
    expect(later).toMatchObject({ action: 'reconnect', reason, delayMs: 8000 });
  });

  it('covers every DisconnectReason Baileys has', () => {
    for (const code of Object.values(DisconnectReason).filter((v): v is number => typeof v === 'number')) {
      expect(['stop', 'reconnect']).toContain(decideOnClose(code, 0, backoff).action);
    }
  });

  it('gives a hint for the reasons an operator can fix', () => {
    for (const code of [DisconnectReason.forbidden, DisconnectReason.badSession, DisconnectReason.multideviceMismatch]) {
      const d = decideOnClose(code, 0, backoff);
      expect(d.action === 'reconnect' && d.hint).toBeTruthy();
    }
  });
});

describe('backoffMs', () => {
  it('doubles up to the maximum, with jitter of ±25%', () => {
    expect([0, 1, 2, 3, 10].map((a) => backoffMs(a, backoff))).toEqual([1000, 2000, 4000, 8000, 60_000]);
    expect(backoffMs(0, { ...backoff, random: () => 0 })).toBe(750);
    expect(backoffMs(0, { ...backoff, random: () => 1 })).toBe(1250);
  });
});

describe('statusCodeOf', () => {
  it('reads the status code of the Boom errors Baileys closes with', () => {
    expect(statusCodeOf(new Boom('Connection Failure', { statusCode: DisconnectReason.loggedOut }))).toBe(401);
    expect(statusCodeOf(new Error('socket hang up'))).toBeUndefined();
    expect(statusCodeOf(undefined)).toBeUndefined();
  });
});
