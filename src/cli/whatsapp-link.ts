/**
 * `npm run whatsapp:link`: links the embassy's WhatsApp number to the hotline (as a linked device), by QR code
 * in this terminal, or by pairing code:
 *
 *   npm run whatsapp:link                                  # print a QR code to scan on the embassy phone
 *   npm run whatsapp:link -- --pairing-code +6281234567890 # print an 8-character code to type on the phone
 *   npm run whatsapp:link -- --relink                      # forget the stored link first
 *
 * Uses the same REDIS_URL, REDIS_PREFIX, DATA_KEY and WHATSAPP_SESSION as `npm start`: the credentials are
 * sealed with DATA_KEY, so the bot must run with the same key. Stop a running WhatsApp channel first.
 */
import { parseArgs } from 'node:util';
import qrcode from 'qrcode-terminal';
import { loadRedisAuthState } from '../channels/whatsapp/auth-store.js';
import { linkNumber } from '../channels/whatsapp/link.js';
import { createBaileysSocket } from '../channels/whatsapp/socket.js';
import { ConfigError, loadConfig } from '../config.js';
import { sealerFor } from '../core/sealed.js';
import { createLibraryLogger, createLogger } from '../logger.js';
import { createKeys } from '../redis/keys.js';
import { redisTarget, resolveRedis } from '../redis/connect.js';

const USAGE = `Usage: npm run whatsapp:link [-- --pairing-code +<country code><number>] [-- --relink]\n`;

let values;
try {
  ({ values } = parseArgs({ options: { 'pairing-code': { type: 'string' }, relink: { type: 'boolean', default: false }, help: { type: 'boolean', default: false } } }));
} catch (err) {
  process.stderr.write(`${(err as Error).message}\n${USAGE}`);
  process.exit(2);
}
if (values.help) {
  process.stdout.write(USAGE);
  process.exit(0);
}
const pairing = values['pairing-code']?.replace(/[\s()-]/g, '');
if (pairing !== undefined && !/^\+?\d{8,15}$/.test(pairing)) {
  process.stderr.write(`--pairing-code must be the embassy's number with its country code, e.g. +6281234567890\n${USAGE}`);
  process.exit(2);
}

let config;
try {
  config = loadConfig({ ...process.env, WHATSAPP_ENABLED: 'true' });
} catch (err) {
  if (!(err instanceof ConfigError)) throw err;
  process.stderr.write(`${err.message}\n`);
  process.exit(1);
}
const whatsapp = config.whatsapp!;
const logger = createLogger({ level: 'warn' });
const print = (line: string) => process.stdout.write(`${line}\n`);

const store = await resolveRedis({ ...redisTarget(config.redis), dataDir: config.dataDir, logger }).catch((err: Error) => {
  process.stderr.write(`No Redis: ${err.message}\n`);
  process.exit(1);
});
const sealer = sealerFor(config);
const key = createKeys(config.redis.prefix).waAuth(whatsapp.session);

let exitCode = 1;
const stop = async () => {
  await store.stop().catch(() => undefined);
  logger.flush();
  process.exit(exitCode);
};
process.once('SIGINT', () => {
  print('Stopped: nothing was linked.');
  exitCode = 130;
  void stop();
});

const outcome = await linkNumber({
  loadAuth: () => loadRedisAuthState({ redis: store.redis, key, sealer }),
  makeSocket: createBaileysSocket,
  libraryLogger: createLibraryLogger(logger, { module: 'baileys', level: whatsapp.libraryLogLevel }),
  print,
  showQr: (qr) => qrcode.generate(qr, { small: true }, (art) => print(art)),
  pairingNumber: pairing?.replace(/^\+/, ''),
  relink: values.relink,
});
if (outcome.ok) {
  print(`Done. Start the hotline with WHATSAPP_ENABLED=true (session "${whatsapp.session}").`);
  exitCode = 0;
} else {
  process.stderr.write(`${outcome.reason}\n`);
}
await stop();
