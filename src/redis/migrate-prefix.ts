/**
 * Copying a stopped hotline's keys under another prefix, on the same or another Redis (a Redis Cluster:
 * `npm run migrate-prefix`, src/cli/migrate-prefix.ts). Every key is copied with DUMP / RESTORE, so every
 * type (strings, hashes, lists, sets, sorted sets, streams with their consumer groups) and its TTL is kept.
 *
 * Key *values* that hold key names: only `<p>match:of:<caseId>`, a set of match index keys; its members
 * get the new prefix. Nothing else stored holds the prefix (the Lua scripts get key prefixes as arguments
 * at each call; sealed values are bound to a case id, not to a key name).
 *
 * Refuses while the roles lease is held on the source (the hotline runs there) and while an `npm run rekey`
 * is unfinished there (its SCAN cursor means nothing on the target). Progress is kept on the target in
 * `<to>migrate` (docs/redis-layout.md), so a stopped or killed run goes on from its last batch; a finished
 * copy is verified (every source key exists on the target with the same type, and the counts) before the
 * source may be deleted. Never reads out or logs a value; reports counts only.
 */
import { createKeys } from './keys.js';
import { isCluster, type RedisClient } from './redis-client.js';
import { scanAll } from './scan-all.js';

/** Why a migration would not start or went no further: what to do is in the message. */
export class MigrateStop extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MigrateStop';
  }
}

export interface MigrateOptions {
  /** The Redis the hotline ran on (one server, or the primary Sentinel names). */
  source: RedisClient;
  /** Where the keys go: one server or a Redis Cluster. May be the source server. */
  target: RedisClient;
  fromPrefix: string;
  /** On a cluster it must hold a `{hash tag}` (every key of a deployment in one slot). */
  toPrefix: string;
  /** false: a dry run (counts by type, nothing written). */
  write: boolean;
  /** After a verified copy, delete the source keys. */
  deleteSource?: boolean;
  /** Keys asked for per SCAN call (default 200). */
  batch?: number;
  /** Checked between batches: progress of the finished batches is kept. */
  signal?: AbortSignal;
  /** After each copied batch. */
  progress?: (copied: number) => void;
}

export interface MigrateSummary {
  /** Source keys by type (dry run: what would be copied; else what the verification found). */
  kinds: Record<string, number>;
  /** A run went on from an unfinished one (its progress on the target). */
  resumed: boolean;
  /** An earlier run had copied and verified everything: nothing was copied again. */
  alreadyCopied: boolean;
  /** Keys copied (over all runs of this migration). */
  copied: number;
  /** `match:of` sets whose members got the new prefix. */
  rewritten: number;
  /** Source keys that expired between SCAN and DUMP. */
  expired: number;
  /** After the copy: keys under the source prefix and under the target prefix (without the progress key). */
  verified?: { source: number; target: number };
  /** Source keys deleted (`deleteSource`). */
  deleted: number;
}

const globEscape = (text: string) => text.replace(/[*?[\]\\]/g, '\\$&');

/** Whether every key under `prefix` is in one cluster slot: the prefix holds the key's hash tag (`{…}`, not empty). */
export function hasHashTag(prefix: string): boolean {
  const open = prefix.indexOf('{');
  const close = open < 0 ? -1 : prefix.indexOf('}', open + 1);
  return close > open + 1;
}

async function runId(redis: RedisClient): Promise<string | undefined> {
  return /run_id:(\w+)/.exec(await redis.info('server'))?.[1];
}

export async function migratePrefix(opts: MigrateOptions): Promise<MigrateSummary> {
  const { source, target, fromPrefix: from, toPrefix: to } = opts;
  const fromKeys = createKeys(from);
  const toKeys = createKeys(to);
  if (isCluster(source)) throw new MigrateStop('The source must be one Redis server (give it with --from-url), not a cluster.');
  if (isCluster(target) && !hasHashTag(to)) {
    throw new MigrateStop(`The target is a Redis Cluster: the target prefix needs a {hash tag} so that every key is in one slot, e.g. ${to.replace(/:?$/, '')}:{<deployment>}:`);
  }
  const sameServer = !isCluster(target) && (await runId(source)) === (await runId(target));
  if (sameServer && from.startsWith(to)) throw new MigrateStop('Source and target are the same server and the source prefix starts with the target prefix: pick another target prefix.');
  // On one server, `hotline:` → `hotline:{tag}:`: the keys already under the target prefix are not the source's.
  const ours = (key: string) => key !== fromKeys.migrate && !(sameServer && key.startsWith(to));
  const rename = (key: string) => to + key.slice(from.length);
  const matchOf = fromKeys.matchOf('');
  const match = `${globEscape(from)}*`;
  const progressKey = toKeys.migrate;

  if (await source.exists(fromKeys.rolesLease)) {
    throw new MigrateStop('The hotline is running on the source (its roles lease is held; a process that died holds it until it expires, ROLES_LEASE_SECONDS): stop every hotline process first, then run this again.');
  }
  if (await source.exists(fromKeys.rekey)) {
    throw new MigrateStop('An `npm run rekey` is unfinished on the source: run it to its end (or delete its progress key), then run this again.');
  }
  const state = await target.hgetall(progressKey);
  if (state.from !== undefined && state.from !== from) {
    throw new MigrateStop(`The target prefix holds another migration's progress (from another source prefix): pick another target prefix.`);
  }
  const resumed = state.from !== undefined && state.state !== 'copied';
  const alreadyCopied = state.state === 'copied';
  const summary: MigrateSummary = { kinds: {}, resumed, alreadyCopied, copied: Number(state.copied ?? 0), rewritten: Number(state.rewritten ?? 0), expired: 0, deleted: 0 };

  if (!alreadyCopied) {
    if (await target.exists(toKeys.rolesLease)) throw new MigrateStop('A hotline is running on the target prefix (its roles lease is held): stop it; nothing was copied.');
    if (state.from === undefined) {
      let found = 0;
      for await (const batch of scanAll(target, `${globEscape(to)}*`)) found += batch.filter((k) => k !== progressKey).length;
      if (found > 0) throw new MigrateStop(`The target already has ${found} keys under the target prefix: pick another prefix, or remove them first. Nothing was copied.`);
    }
  }

  if (!opts.write) {
    for await (const batch of scanAll(source, match, opts.batch ?? 200)) {
      const names = batch.filter(ours);
      const p = source.pipeline();
      for (const k of names) p.type(k);
      for (const [err, type] of (await p.exec()) ?? []) {
        if (err) throw err;
        if (type !== 'none') summary.kinds[type as string] = (summary.kinds[type as string] ?? 0) + 1;
      }
    }
    return summary;
  }

  if (!alreadyCopied) {
    let cursor = resumed ? (state.cursor ?? '0') : '0';
    if (!resumed) await target.hset(progressKey, { from, cursor, copied: '0', rewritten: '0', state: 'copying', startedAt: String(Date.now()) });
    do {
      if (opts.signal?.aborted) throw new MigrateStop('Stopped: run it again to go on from here.');
      const [next, batch] = await source.scan(cursor, 'MATCH', match, 'COUNT', opts.batch ?? 200);
      const names = [...new Set(batch.filter(ours))];
      if (names.length > 0) await copyBatch(names);
      cursor = next;
      await target.hset(progressKey, { cursor, copied: String(summary.copied), rewritten: String(summary.rewritten) });
      opts.progress?.(summary.copied);
    } while (cursor !== '0');
  }

  // Verify: every source key is on the target with its type; then the counts.
  let missing = 0;
  let sourceCount = 0;
  for await (const batch of scanAll(source, match, opts.batch ?? 200)) {
    const names = [...new Set(batch.filter(ours))];
    const ps = source.pipeline();
    const pt = target.pipeline();
    for (const k of names) {
      ps.type(k);
      pt.type(rename(k));
    }
    const [sourceTypes, targetTypes] = await Promise.all([ps.exec(), pt.exec()]);
    names.forEach((_, i) => {
      const [e1, st] = sourceTypes![i]!;
      const [e2, tt] = targetTypes![i]!;
      if (e1 || e2) throw e1 ?? e2;
      if (st === 'none') return; // expired since
      sourceCount++;
      summary.kinds[st as string] = (summary.kinds[st as string] ?? 0) + 1;
      if (tt !== st) missing++;
    });
  }
  let targetCount = 0;
  for await (const batch of scanAll(target, `${globEscape(to)}*`)) targetCount += batch.filter((k) => k !== progressKey).length;
  summary.verified = { source: sourceCount, target: targetCount };
  if (missing > 0 || (!alreadyCopied && targetCount < sourceCount)) {
    if (!alreadyCopied) await target.hset(progressKey, { cursor: '0' }); // the next run copies everything again
    throw new MigrateStop(
      alreadyCopied
        ? `Verification failed: ${missing} of ${sourceCount} source keys are no longer on the target or of another type (the hotline has run on the target since the copy?). Nothing was deleted.`
        : `Verification failed: ${missing} of ${sourceCount} source keys are missing on the target or of another type (target: ${targetCount} keys). Nothing was deleted; run it again to copy them again.`,
    );
  }
  if (!alreadyCopied) await target.hset(progressKey, { state: 'copied', copiedAt: String(Date.now()) });

  if (opts.deleteSource) {
    if (await source.exists(fromKeys.rolesLease)) throw new MigrateStop('The hotline started on the source meanwhile: nothing was deleted.');
    for await (const batch of scanAll(source, match, opts.batch ?? 200)) {
      const names = [...new Set(batch.filter(ours))];
      if (names.length > 0) summary.deleted += await source.unlink(...names);
    }
    await target.hset(progressKey, { sourceDeletedAt: String(Date.now()) });
  }
  return summary;

  /** One batch: read each key (DUMP and PTTL together) on the source, write it under the new name. */
  async function copyBatch(names: string[]): Promise<void> {
    const read = source.multi().exists(fromKeys.rolesLease);
    for (const k of names) {
      if (k.startsWith(matchOf)) read.smembers(k);
      else read.dumpBuffer(k);
      read.pttl(k);
    }
    const [first, ...replies] = (await read.exec()) ?? [];
    if (!first || first[0]) throw first?.[0] ?? new Error('the source answered nothing to MULTI');
    const running = first[1];
    if (running) {
      // What was copied so far may have changed since: the next run copies everything again.
      await target.hset(progressKey, { cursor: '0' });
      throw new MigrateStop('A hotline started on the source meanwhile (its roles lease is held): stop every hotline process, then run this again (it copies everything again).');
    }
    const write = target.pipeline();
    let written = 0;
    let rewritten = 0;
    names.forEach((k, i) => {
      const [e1, value] = replies[2 * i]!;
      const [e2, pttl] = replies[2 * i + 1]!;
      if (e1 || e2) throw e1 ?? e2;
      const ttl = Number(pttl);
      if (ttl === -2 || ttl === 0 || value === null) {
        summary.expired++;
        return;
      }
      const name = rename(k);
      if (k.startsWith(matchOf)) {
        const members = (value as string[]).map((m) => (m.startsWith(from) ? rename(m) : m));
        write.del(name);
        if (members.length > 0) write.sadd(name, ...members);
        if (ttl > 0) write.pexpire(name, ttl);
        rewritten++;
      } else {
        write.restore(name, Math.max(ttl, 0), value as Buffer, 'REPLACE');
      }
      written++;
    });
    for (const [err] of (await write.exec()) ?? []) if (err) throw err;
    summary.copied += written;
    summary.rewritten += rewritten;
  }
}
