/** The WhatsApp part of the config: off by default, defaults that pace conservatively, clear errors. */
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../../src/config.js';

/** WhatsApp on needs a real key (the development key is for the console only). */
const KEY = Buffer.alloc(32, 1).toString('base64');

describe('whatsapp config', () => {
  it('is off unless WHATSAPP_ENABLED says so', () => {
    expect(loadConfig({}).whatsapp).toBeUndefined();
    expect(loadConfig({ WHATSAPP_ENABLED: 'false' }).whatsapp).toBeUndefined();
  });

  it('has conservative defaults', () => {
    expect(loadConfig({ WHATSAPP_ENABLED: 'true', DATA_KEY: KEY }).whatsapp).toEqual({
      session: 'default', chatIntervalMs: 1000, sendsPerSecond: 5, readReceipts: true, maxInFlight: 32, reconnectMaxSeconds: 60, libraryLogLevel: 'silent',
    });
  });

  it('reads every variable', () => {
    const c = loadConfig({
      WHATSAPP_ENABLED: '1', DATA_KEY: KEY, WHATSAPP_SESSION: 'kbri-pp', WHATSAPP_CHAT_INTERVAL_MS: '1500', WHATSAPP_SENDS_PER_SECOND: '2.5',
      WHATSAPP_READ_RECEIPTS: 'no', WHATSAPP_MAX_IN_FLIGHT: '8', WHATSAPP_RECONNECT_MAX_SECONDS: '120', WHATSAPP_LIBRARY_LOG_LEVEL: 'debug',
    });
    expect(c.whatsapp).toEqual({ session: 'kbri-pp', chatIntervalMs: 1500, sendsPerSecond: 2.5, readReceipts: false, maxInFlight: 8, reconnectMaxSeconds: 120, libraryLogLevel: 'debug' });
  });

  it('names the variable and what to write when a value is bad', () => {
    expect(() => loadConfig({ WHATSAPP_ENABLED: 'maybe' })).toThrow(ConfigError);
    expect(() => loadConfig({ WHATSAPP_ENABLED: 'maybe' })).toThrow(/WHATSAPP_ENABLED: must be true or false/);
    expect(() => loadConfig({ WHATSAPP_ENABLED: 'true', WHATSAPP_SESSION: 'a/b' })).toThrow(/WHATSAPP_SESSION/);
    expect(() => loadConfig({ WHATSAPP_ENABLED: 'true', WHATSAPP_SENDS_PER_SECOND: '0' })).toThrow(/WHATSAPP_SENDS_PER_SECOND/);
  });
});
