/**
 * `npm run migrate-prefix -- [--from-url URL] [--from-prefix P] [--to-url URL] [--to-prefix P] [--yes] [--delete-source]`:
 * copies a stopped hotline's keys under another prefix, onto a Redis Cluster or another server
 * (src/redis/migrate-prefix.ts). The configuration describes one side: with REDIS_CLUSTER_NODES it is the
 * target (its REDIS_PREFIX, or the tagged default, is the target prefix) and the source is --from-url; without
 * it, it is the source (REDIS_URL or REDIS_SENTINELS, REDIS_PREFIX) and the target is --to-url.
 * Without --yes it only says what it would copy. Ctrl-C or a kill stops it; run it again to go on.
 *
 * Prints counts only, never a key name or a value.
 * Exit codes: 0 done (or the dry run), 1 refused or stopped (the hotline runs, the target is not empty, the
 * verification failed, Ctrl-C), 2 wrong usage, 3 could not run (configuration or Redis).
 */
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { createLogger } from '../logger.js';
import { redisTarget, resolveRedis, type ResolvedRedis } from '../redis/connect.js';
import { MigrateStop, migratePrefix } from '../redis/migrate-prefix.js';

const EXIT = { done: 0, stopped: 1, usage: 2, failed: 3 } as const;
const USAGE = 'Usage: npm run migrate-prefix -- [--from-url URL] [--from-prefix P] [--to-url URL] [--to-prefix P] [--yes] [--delete-source] [--batch N]';

async function main(argv: string[], env: NodeJS.ProcessEnv): Promise<number> {
  const out = (line: string) => process.stdout.write(`${line}\n`);
  const fail = (line: string, code: number = EXIT.failed) => {
    process.stderr.write(`${line}\n`);
    return code;
  };
  let args;
  try {
    args = parseArgs({
      args: argv,
      options: {
        'from-url': { type: 'string' },
        'from-prefix': { type: 'string' },
        'to-url': { type: 'string' },
        'to-prefix': { type: 'string' },
        yes: { type: 'boolean', default: false },
        'delete-source': { type: 'boolean', default: false },
        batch: { type: 'string', default: '200' },
        help: { type: 'boolean', default: false },
      },
      strict: true,
    });
  } catch (e) {
    return fail(`${(e as Error).message}\n${USAGE}`, EXIT.usage);
  }
  const a = args.values;
  if (a.help) {
    out(USAGE);
    out('Copies every key under the source prefix to the target prefix (DUMP/RESTORE, TTLs kept), then checks every key arrived.');
    out('With REDIS_CLUSTER_NODES set, the cluster is the target (prefix: REDIS_PREFIX or hotline:{<deployment>}:) and --from-url the source (prefix hotline: unless --from-prefix);');
    out('without it, REDIS_URL / REDIS_SENTINELS and REDIS_PREFIX are the source and --to-url, --to-prefix the target.');
    out('Stop every hotline process first. --yes: copy (without it: only say what would be copied). --delete-source: delete the source keys after a verified copy.');
    out('--batch N: keys per SCAN call (default 200). Stopped or killed: run it again to go on from where it stopped.');
    return EXIT.done;
  }
  const batch = Number(a.batch);
  if (!Number.isInteger(batch) || batch < 1) return fail(`--batch: a whole number of keys, at least 1 (got ${a.batch})\n${USAGE}`, EXIT.usage);
  let config;
  try {
    config = loadConfig(env, []);
  } catch (e) {
    return fail(`Could not run migrate-prefix: ${(e as Error).message}`);
  }
  const toCluster = config.redis.cluster !== undefined;
  if (toCluster && a['to-url']) return fail(`--to-url: the target is the cluster of REDIS_CLUSTER_NODES; give one of them\n${USAGE}`, EXIT.usage);
  if (toCluster && !a['from-url']) return fail(`--from-url: the target is the cluster of REDIS_CLUSTER_NODES; give the server the hotline ran on\n${USAGE}`, EXIT.usage);
  if (!toCluster && !a['to-url']) return fail(`--to-url: give the target server, or set REDIS_CLUSTER_NODES for a cluster\n${USAGE}`, EXIT.usage);
  if (!toCluster && a['from-url'] && (config.redis.url || config.redis.sentinel)) return fail(`--from-url: REDIS_URL or REDIS_SENTINELS is the source already; give one\n${USAGE}`, EXIT.usage);
  const fromPrefix = a['from-prefix'] ?? (toCluster ? 'hotline:' : config.redis.prefix);
  const toPrefix = a['to-prefix'] ?? (toCluster ? config.redis.prefix : undefined);
  if (!toPrefix) return fail(`--to-prefix: give the target prefix (e.g. hotline:{<deployment>}: for a cluster)\n${USAGE}`, EXIT.usage);
  if (fromPrefix === '' || toPrefix === '') return fail(`--from-prefix, --to-prefix: an empty prefix would take every key of the server\n${USAGE}`, EXIT.usage);

  const logger = createLogger({ level: env.LOG_LEVEL ?? 'warn' });
  const common = { dataDir: config.dataDir, logger, name: 'migrate-prefix' };
  let source: ResolvedRedis | undefined;
  let target: ResolvedRedis | undefined;
  try {
    source = await resolveRedis(a['from-url'] ? { redisUrl: a['from-url'], ...common } : { ...redisTarget(config.redis), ...common });
    target = await resolveRedis(toCluster ? { ...redisTarget(config.redis), ...common } : { redisUrl: a['to-url'], ...common });
  } catch (e) {
    await source?.stop();
    return fail(`Could not run migrate-prefix: no Redis: ${(e as Error).message}`);
  }
  const stop = new AbortController();
  const onSignal = () => stop.abort();
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  out(`${a.yes ? 'Copying' : 'Dry run (add --yes to copy)'}: keys under ${fromPrefix} to ${toPrefix}${toCluster ? ' on the cluster' : ''}.`);
  let lastPrint = 0;
  try {
    const s = await migratePrefix({
      source: source.redis,
      target: target.redis,
      fromPrefix,
      toPrefix,
      write: a.yes,
      deleteSource: a['delete-source'],
      batch,
      signal: stop.signal,
      progress: (copied) => {
        if (Date.now() - lastPrint < 1000) return;
        lastPrint = Date.now();
        out(`  ${copied} keys copied`);
      },
    });
    const kinds = Object.entries(s.kinds).sort(([x], [y]) => x.localeCompare(y)).map(([k, n]) => `${n} ${k}`).join(', ') || 'none';
    const total = Object.values(s.kinds).reduce((x, y) => x + y, 0);
    if (!a.yes) {
      out(s.alreadyCopied ? `Already copied by an earlier run; with --yes it verifies${a['delete-source'] ? ' and deletes the source keys' : ''}.` : `Would ${s.resumed ? 'go on copying (an earlier run stopped) ' : 'copy '}${total} keys: ${kinds}.`);
      if (a['delete-source']) out('--delete-source deletes the source keys only after a verified copy, with --yes.');
      return EXIT.done;
    }
    if (s.alreadyCopied) out('An earlier run copied everything already: verified again, nothing copied.');
    else out(`Copied${s.resumed ? ' (went on from a stopped run)' : ''}: ${s.copied} keys, ${s.rewritten} match index sets with their members renamed, ${s.expired} expired meanwhile.`);
    out(`Verified: all ${s.verified!.source} source keys are on the target with their type (${kinds}); the target prefix has ${s.verified!.target} keys.`);
    if (a['delete-source']) out(`Deleted ${s.deleted} source keys.`);
    else out('The source keys are kept: run again with --delete-source to delete them.');
    out(`Start the hotline with REDIS_PREFIX=${toPrefix}${toCluster ? ' and REDIS_CLUSTER_NODES' : ' on the target'}.`);
    return EXIT.done;
  } catch (e) {
    if (e instanceof MigrateStop) return fail(`Migrate-prefix stopped: ${e.message}`, EXIT.stopped);
    return fail(`Migrate-prefix failed: ${(e as Error).message}\nRun it again to go on from where it stopped.`);
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await source.stop();
    await target.stop();
  }
}

process.exitCode = await main(process.argv.slice(2), process.env);
