/**
 * `npm run rekey [-- --hotline-stopped]`: seals every value in Redis again with the newest key of
 * DATA_KEYS (src/core/rekey.ts), while the hotline runs. Start every hotline process with the new
 * DATA_KEYS first. Ctrl-C stops it; run it again to go on from where it stopped.
 *
 * Prints progress and a summary: key ids and counts only, never a value.
 * Exit codes: 0 done, 1 stopped (a value no key opens, the hotline not on the newest key, Ctrl-C),
 * 2 wrong usage, 3 could not run (configuration or Redis).
 */
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { keyIdOf, sealerFor } from '../core/sealed.js';
import { rekey, RekeyStop } from '../core/rekey.js';
import { KeyringError } from '../core/keyring.js';
import { createLogger } from '../logger.js';
import { redisTarget, resolveRedis } from '../redis/connect.js';
import { createKeys } from '../redis/keys.js';

const EXIT = { done: 0, stopped: 1, usage: 2, failed: 3 } as const;

async function main(argv: string[], env: NodeJS.ProcessEnv): Promise<number> {
  const out = (line: string) => process.stdout.write(`${line}\n`);
  let args;
  try {
    args = parseArgs({ args: argv, options: { 'hotline-stopped': { type: 'boolean', default: false }, help: { type: 'boolean', default: false } }, strict: true });
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\nUsage: npm run rekey [-- --hotline-stopped]\n`);
    return EXIT.usage;
  }
  if (args.values.help) {
    out('Usage: npm run rekey [-- --hotline-stopped]');
    out('Seals every stored value again with the first key of DATA_KEYS. Restart the hotline with the new DATA_KEYS first;');
    out('--hotline-stopped: the hotline is not running (it also rewrites the journals in JOURNAL_DIR).');
    return EXIT.done;
  }
  let config;
  try {
    config = loadConfig(env);
  } catch (e) {
    process.stderr.write(`Could not run rekey: ${(e as Error).message}\n`);
    return EXIT.failed;
  }
  if (config.dataKeyIsEphemeral) {
    process.stderr.write('Could not run rekey: DATA_KEYS (or DATA_KEY) is not set, so there is nothing to rotate.\n');
    return EXIT.failed;
  }
  const sealer = sealerFor(config);
  const logger = createLogger({ level: env.LOG_LEVEL ?? 'warn' });
  let store;
  try {
    store = await resolveRedis({ ...redisTarget(config.redis), dataDir: config.dataDir, logger, name: 'rekey' });
  } catch (e) {
    process.stderr.write(`Could not run rekey: no Redis: ${(e as Error).message}\n`);
    return EXIT.failed;
  }
  const stop = new AbortController();
  const onSignal = () => stop.abort();
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  out(`Sealing everything with key ${sealer.keyId} (DATA_KEYS: ${sealer.keyIds.join(', ')}).`);
  let lastPrint = 0;
  try {
    const summary = await rekey({
      redis: store.redis,
      keys: createKeys(config.redis.prefix),
      prefix: config.redis.prefix,
      sealer,
      journalDir: config.journal.dir,
      hotlineStopped: args.values['hotline-stopped'],
      signal: stop.signal,
      progress: (c) => {
        if (Date.now() - lastPrint < 1000 && c.cursor !== '0') return;
        lastPrint = Date.now();
        out(`  ${c.scanned} keys looked at: ${c.resealed} values sealed again, ${c.current} already on the newest key, ${c.raced} changed by the hotline meanwhile`);
      },
    });
    out(`Done${summary.resumed ? ' (went on from a stopped run)' : ''}: ${summary.resealed} values sealed again with key ${summary.keyId}, ${summary.current} already were, ${summary.raced} were written by the hotline meanwhile.`);
    const olderEvents = Object.entries(summary.events.older);
    if (olderEvents.length > 0) {
      const until = new Date((summary.events.oldestOlderAt ?? Date.now()) + config.events.maxAgeMs).toISOString().slice(0, 10);
      out(`Events stream: ${olderEvents.map(([id, n]) => `${n} entries on key ${id}`).join(', ')} (a stream entry cannot be changed). Keep ${olderEvents.length > 1 ? 'those keys' : 'that key'} in DATA_KEYS until the stream is trimmed past them, about ${until} (EVENTS_MAX_DAYS).`);
    } else {
      out(`Events stream: all ${summary.events.sealed} sealed entries are on key ${summary.keyId}.`);
    }
    const j = summary.journals;
    if (j.older > j.rewritten) out(`Journals: ${j.older - j.rewritten} of ${j.lines} lines are on an older key; the hotline seals them again at its next start (or run with --hotline-stopped while it is stopped).`);
    else out(`Journals: ${j.files} files, ${j.lines} lines, all on key ${summary.keyId}${j.rewritten ? ` (${j.rewritten} sealed again)` : ''}.`);
    const retirable = sealer.keyIds.slice(1).filter((id) => !summary.events.older[id] && !(j.older > j.rewritten));
    if (retirable.length > 0) {
      out(`Nothing in Redis${j.older > j.rewritten ? '' : ' or the journals'} needs key${retirable.length > 1 ? 's' : ''} ${retirable.join(', ')} any more: ${retirable.length > 1 ? 'they' : 'it'} can be removed from DATA_KEYS (keep a copy for old backups).`);
      const oldest = config.dataKeys[config.dataKeys.length - 1]!;
      if (config.personIdKey.equals(oldest) && retirable.includes(keyIdOf(oldest)) && !env.PERSON_ID_KEY) {
        out(`Person ids are made with the oldest key ${keyIdOf(oldest)}: before removing it from DATA_KEYS, set PERSON_ID_KEY to it, or no conversation will be found.`);
      }
    }
    return EXIT.done;
  } catch (e) {
    if (e instanceof RekeyStop || e instanceof KeyringError) {
      process.stderr.write(`Rekey stopped: ${e.message}\n`);
      return EXIT.stopped;
    }
    process.stderr.write(`Rekey failed: ${(e as Error).message}\nRun it again to go on from where it stopped.\n`);
    return EXIT.failed;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await store.stop();
  }
}

process.exitCode = await main(process.argv.slice(2), process.env);
