/**
 * A stand-in for a connected Baileys socket. A real WhatsApp server cannot be reached from tests, so this is
 * the one fake in the WhatsApp tests: it exposes Baileys' real event emitter (`makeEventBuffer`, the same `ev`
 * a real socket has) on which the tests emit what Baileys would (`connection.update`, `messages.upsert`), and
 * it records what the channel sends. Errors are Baileys' own kind (Boom, with WhatsApp's status codes).
 */
import { Boom } from '@hapi/boom';
import { DisconnectReason, generateMessageIDV2, makeEventBuffer, type WAMessage, type WAMessageKey } from 'baileys';
import { pino } from 'pino';
import type { WhatsAppSocket } from '../../../src/channels/whatsapp/socket.js';

export interface SentText {
  jid: string;
  text: string;
  /** Date.now() when the channel called sendMessage. */
  at: number;
}

export interface FakeSocket extends WhatsAppSocket {
  ev: ReturnType<typeof makeEventBuffer>;
  /** Texts sent, in order. */
  sent: SentText[];
  /** Keys of messages revoked ("delete for everyone"), in order. */
  revoked: WAMessageKey[];
  /** Disappearing-messages timers set, per chat, in order (seconds). */
  disappearing: Array<{ jid: string; seconds: number }>;
  /** The `ephemeralExpiration` each text was sent with, in the order of `sent`. */
  expirations: Array<number | undefined>;
  /** Ids of the texts sent (as Baileys generates them) → the text, for what is still in a chat. */
  ids: Map<string, SentText>;
  /** What each sendMessage call was, in order. */
  log: Array<'text' | 'revoke' | 'disappearing'>;
  read: WAMessageKey[];
  /** Phone-number JIDs that are not on WhatsApp (onWhatsApp leaves them out, as Baileys does). */
  notOnWhatsApp: Set<string>;
  /** Makes the next `n` sendMessage calls fail with a Boom of `statusCode`. */
  failNextSends(n: number, statusCode?: number): void;
  ended: boolean;
  open(): void;
  close(statusCode?: number): void;
  deliver(messages: WAMessage[], type?: 'notify' | 'append'): void;
}

const silent = pino({ level: 'silent' });

export function createFakeSocket(): FakeSocket {
  const ev = makeEventBuffer(silent);
  let failures = 0;
  let failureCode = DisconnectReason.timedOut;
  const socket: FakeSocket = {
    ev,
    user: { id: '6280000000000:7@s.whatsapp.net' },
    sent: [],
    revoked: [],
    disappearing: [],
    expirations: [],
    ids: new Map(),
    log: [],
    read: [],
    notOnWhatsApp: new Set(),
    ended: false,
    async sendMessage(jid, content, options) {
      if (failures > 0) {
        failures--;
        throw new Boom('Timed Out', { statusCode: failureCode });
      }
      // Baileys answers with the message it sent: its key (a fresh id, fromMe) and timestamp.
      const id = generateMessageIDV2(socket.user?.id);
      const sent = { key: { remoteJid: jid, fromMe: true, id }, messageTimestamp: Math.floor(Date.now() / 1000) };
      if ('delete' in content) {
        socket.revoked.push(content.delete);
        socket.log.push('revoke');
      } else if ('disappearingMessagesInChat' in content) {
        socket.disappearing.push({ jid, seconds: content.disappearingMessagesInChat });
        socket.log.push('disappearing');
      } else {
        socket.log.push('text');
        const text = { jid, text: content.text, at: Date.now() };
        socket.sent.push(text);
        socket.expirations.push(options?.ephemeralExpiration);
        socket.ids.set(id, text);
      }
      return sent;
    },
    async readMessages(keys) {
      socket.read.push(...keys);
    },
    async onWhatsApp(...jids) {
      return jids.filter((jid) => !socket.notOnWhatsApp.has(jid)).map((jid) => ({ jid, exists: true }));
    },
    end(error) {
      if (socket.ended) return;
      socket.ended = true;
      ev.emit('connection.update', { connection: 'close', lastDisconnect: { error: error ?? new Boom('Connection Closed', { statusCode: DisconnectReason.connectionClosed }), date: new Date() } });
    },
    failNextSends(n, statusCode = DisconnectReason.timedOut) {
      failures = n;
      failureCode = statusCode;
    },
    open() {
      ev.emit('connection.update', { connection: 'open' });
    },
    close(statusCode) {
      socket.ended = true;
      const error = statusCode === undefined ? new Error('socket hang up') : new Boom('Stream Errored', { statusCode });
      ev.emit('connection.update', { connection: 'close', lastDisconnect: { error, date: new Date() } });
    },
    deliver(messages, type = 'notify') {
      ev.emit('messages.upsert', { messages, type });
    },
  };
  return socket;
}
