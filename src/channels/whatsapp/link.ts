/**
 * Linking the embassy's WhatsApp number to the hotline as a linked device, by QR code or by pairing code,
 * with a plain sentence for every connection state. Used by `npm run whatsapp:link` (src/cli/whatsapp-link.ts);
 * the credentials land in the Redis auth store, where the channel finds them at start.
 */
import { DisconnectReason } from 'baileys';
import type { Logger } from '../../logger.js';
import type { RedisAuthState } from './auth-store.js';
import { backoffMs, statusCodeOf } from './connection.js';
import type { SocketFactory, WhatsAppSocket } from './socket.js';

export interface LinkOptions {
  /** Loads the stored auth state (fresh credentials when none). */
  loadAuth: () => Promise<RedisAuthState>;
  makeSocket: SocketFactory;
  /** Baileys' own logger, from `createLibraryLogger` (it masks phone numbers); silent unless debugging. */
  libraryLogger: Logger;
  /** Prints one line for the operator. */
  print: (line: string) => void;
  /** Shows a QR code for the operator to scan. */
  showQr: (qr: string) => void;
  /** Link with a pairing code for this number (digits with country code, e.g. 6281234567890) instead of a QR. */
  pairingNumber?: string;
  /** Forget the stored session first and link anew. */
  relink?: boolean;
  /** Time to stay connected after linking, so the first keys are written (ms, default 3000). */
  settleMs?: number;
  /** Reconnect attempts for network trouble before giving up (default 5). */
  maxAttempts?: number;
}

export type LinkOutcome = { ok: true; number: string } | { ok: false; reason: string };

/** `+62••••••7890` from a JID: enough for the operator to recognise the number, not enough to copy it. */
export function maskedNumber(jid: string | undefined): string {
  const digits = /^(\d+)/.exec(jid ?? '')?.[1];
  if (!digits) return '(unknown number)';
  return `+${digits.slice(0, 2)}${'•'.repeat(Math.max(0, digits.length - 6))}${digits.slice(-4)}`;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function linkNumber(opts: LinkOptions): Promise<LinkOutcome> {
  const { print } = opts;
  let auth = await opts.loadAuth();
  if (opts.relink && auth.state.creds.registered) {
    await auth.clear();
    auth = await opts.loadAuth();
    print('Removed the stored WhatsApp link: linking anew.');
  }
  if (auth.state.creds.registered) print('A number is already linked: checking that the link still works…');

  return new Promise<LinkOutcome>((resolve) => {
    let done = false;
    let attempts = 0;
    let codeRequested = false;
    let codeShown = false; // a QR or pairing code was shown: a 408 then means it expired unused
    const finish = (outcome: LinkOutcome, sock?: WhatsAppSocket) => {
      if (done) return;
      done = true;
      try {
        sock?.end(undefined);
      } catch {
        // already closed
      }
      resolve(outcome);
    };

    const connect = () => {
      const sock = opts.makeSocket({ auth: auth.state, logger: opts.libraryLogger });
      const current = auth;
      sock.ev.on('creds.update', () => void current.saveCreds().catch((err: Error) => print(`Could not save the credentials in Redis: ${err.message}`)));
      sock.ev.on('connection.update', (update) => {
        if (done) return;
        if (update.connection === 'connecting') print('Connecting to WhatsApp…');
        if (update.qr) {
          if (!opts.pairingNumber) {
            codeShown = true;
            opts.showQr(update.qr);
            print('On the embassy phone: WhatsApp → Settings → Linked devices → Link a device, and scan this QR code. (It changes every 20 seconds or so; a new one is printed.)');
          } else if (!codeRequested && sock.requestPairingCode) {
            codeRequested = true;
            sock.requestPairingCode(opts.pairingNumber).then(
              (code) => {
                codeShown = true;
                print(`Pairing code: ${code.length === 8 ? `${code.slice(0, 4)}-${code.slice(4)}` : code}`);
                print('On the embassy phone: WhatsApp → Settings → Linked devices → Link a device → "Link with phone number instead", and type this code.');
              },
              (err: Error) => finish({ ok: false, reason: `WhatsApp gave no pairing code (${err.message}). Check the number (country code, digits only) and try again, or link by QR without --pairing-code.` }, sock),
            );
          }
        }
        if (update.connection === 'open') {
          const number = maskedNumber(sock.user?.id);
          print(`Linked: the hotline is a linked device of ${number}. Finishing…`);
          void current.saveCreds()
            .then(() => sleep(opts.settleMs ?? 3000))
            .then(() => finish({ ok: true, number }, sock))
            .catch((err: Error) => finish({ ok: false, reason: `Linked, but the credentials could not be saved in Redis (${err.message}). Check Redis, then run the command again.` }, sock));
        }
        if (update.connection === 'close') {
          const code = statusCodeOf(update.lastDisconnect?.error);
          switch (code) {
            case DisconnectReason.restartRequired:
              print('WhatsApp accepted the link: reconnecting to finish it…');
              connect();
              return;
            case DisconnectReason.loggedOut:
              if (current.state.creds.registered) {
                print('The stored link was removed on the phone (logged out): clearing it and linking anew.');
                void current.clear().then(opts.loadAuth).then((fresh) => {
                  auth = fresh;
                  codeRequested = false;
                  connect();
                }).catch((err: Error) => finish({ ok: false, reason: `Could not clear the stored link in Redis (${err.message}). Check Redis, then run the command again.` }));
              } else {
                finish({ ok: false, reason: 'WhatsApp refused the link (401). Run the command again; if it keeps failing, remove old linked devices on the phone first.' });
              }
              return;
            case DisconnectReason.connectionReplaced:
              finish({ ok: false, reason: 'Another client is using this WhatsApp session (440): stop the running hotline (WHATSAPP_ENABLED) before linking, then try again.' });
              return;
            case DisconnectReason.forbidden:
              finish({ ok: false, reason: 'WhatsApp refuses this number (403): it may be restricted or banned. Check the phone.' });
              return;
            case DisconnectReason.timedOut: // also connectionLost: both are 408
              if (codeShown && !current.state.creds.registered) {
                finish({ ok: false, reason: 'The code was not used in time (408). Run the command again and link within a minute.' });
                return;
              }
          }
          if (++attempts > (opts.maxAttempts ?? 5)) {
            finish({ ok: false, reason: `Could not reach WhatsApp (last close: ${code ?? 'no status code'}). Check the network, then run the command again.` });
            return;
          }
          const delay = backoffMs(attempts - 1, { baseMs: 1000, maxMs: 30_000 });
          print(`Connection closed (${code ?? 'no status code'}): trying again in ${Math.round(delay / 1000)} s…`);
          setTimeout(connect, delay);
        }
      });
    };
    connect();
  });
}
