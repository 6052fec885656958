/**
 * The part of a Baileys socket the hotline uses, and the one place that calls `makeWASocket`, with the
 * settings that suit a hotline: no history sync (nothing of the number's past chats is read or kept), not
 * shown "online" (the phone keeps its notifications), no link previews, no echo of our own sends.
 *
 * Tests give the channel a socket-like object with Baileys' real event emitter instead (a real WhatsApp
 * server cannot be reached from a test).
 */
import {
  Browsers,
  makeCacheableSignalKeyStore,
  makeWASocket,
  type AuthenticationState,
  type BaileysEventEmitter,
  type WAMessage,
  type WAMessageKey,
} from 'baileys';
import type { Logger } from '../../logger.js';

export interface WhatsAppSocket {
  ev: BaileysEventEmitter;
  /** The linked number's own JID, once connected. */
  user?: { id: string } | undefined;
  /**
   * Sends text, revokes one of the hotline's own messages ("delete for everyone": WhatsApp leaves "This
   * message was deleted"), or sets the chat's disappearing-messages timer (seconds, 0 off). Text sent with
   * `ephemeralExpiration` disappears after that many seconds. Resolves with the message as sent (its key).
   */
  sendMessage(jid: string, content: SentContent, options?: { ephemeralExpiration?: number }): Promise<WAMessage | undefined>;
  readMessages(keys: WAMessageKey[]): Promise<void>;
  /** Which of these phone-number JIDs are on WhatsApp (undefined when the query gave no answer). */
  onWhatsApp(...jids: string[]): Promise<Array<{ jid: string; exists: boolean }> | undefined>;
  end(error: Error | undefined): unknown;
  /** Baileys' LID store: the phone-number JID behind a LID, when WhatsApp told us. */
  signalRepository?: { lidMapping: { getPNForLID(lid: string): Promise<string | null> } };
  /** Only while linking: asks WhatsApp for an 8-character code to type on the phone. */
  requestPairingCode?(phoneNumber: string): Promise<string>;
}

/** What the hotline sends on WhatsApp. */
export type SentContent = { text: string; linkPreview: null } | { delete: WAMessageKey } | { disappearingMessagesInChat: number };

export type SocketFactory = (opts: { auth: AuthenticationState; logger: Logger }) => WhatsAppSocket;

/**
 * Makes a real Baileys socket. `logger` gets Baileys' own logs, which are full of JIDs (phone numbers): pass
 * one from `createLibraryLogger` (it masks them), silent unless someone is debugging the connection
 * (WHATSAPP_LIBRARY_LOG_LEVEL).
 */
export function createBaileysSocket(opts: { auth: AuthenticationState; logger: Logger; waWebSocketUrl?: string }): WhatsAppSocket {
  const { auth, logger } = opts;
  return makeWASocket({
    auth: { creds: auth.creds, keys: makeCacheableSignalKeyStore(auth.keys, logger) },
    logger,
    browser: Browsers.ubuntu('Chrome'),
    markOnlineOnConnect: false,
    syncFullHistory: false,
    shouldSyncHistoryMessage: () => false,
    emitOwnEvents: false,
    generateHighQualityLinkPreview: false,
    ...(opts.waWebSocketUrl ? { waWebSocketUrl: opts.waWebSocketUrl } : {}),
  });
}
