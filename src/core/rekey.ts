/**
 * `npm run rekey`: every sealed value in Redis sealed again with the newest key of DATA_KEYS, while the
 * hotline runs, so that an older key can be retired.
 *
 * - Walks the deployment's keys with SCAN; the cursor and the counts are kept in `<p>rekey` after each
 *   batch, so a stop (Ctrl-C, a kill, a lost connection) and a new run go on from there. A run for another
 *   newest key starts again from the beginning. The hash is deleted when a run finishes.
 * - Each value is read, opened with whichever key it names, sealed with the newest, and written back by a
 *   compare-and-set script (src/redis/lua/rekey-*.lua): if the hotline changed it in between, its write
 *   wins (it seals with the newest key too) and the value is read again.
 * - A value no key opens stops the run, naming the Redis key, the field and the key id it was sealed with
 *   (never the value). Every value of one Redis key is opened before any of them is written, so a stop
 *   leaves each key either untouched or done; what was done before stays done.
 * - Per-case data keys (`<p>casekey:<id>`, src/cases/case-keys.ts) are re-wrapped like any sealed string:
 *   one small value per case instead of every field. What is sealed with a case key (version 3) is not
 *   touched: it never named a DATA_KEY.
 * - Stream entries cannot be changed in place: the events stream is only checked (each entry opens) and
 *   counted; its entries under an older key go when the stream is trimmed by age (EVENTS_MAX_DAYS), and
 *   that key must stay in DATA_KEYS until then: the summary says until when.
 * - Journals on disk (JOURNAL_DIR) are checked the same way. A running hotline seals its journal again
 *   itself when it starts with a new key (src/core/journal.ts); with the hotline stopped
 *   (`hotlineStopped`), they are rewritten here (temp file, fsync, rename).
 *
 * It refuses to run while the hotline may still be sealing with an older key (`<p>keyring` `sealing`,
 * written at each start): what such a process wrote after the walk passed would be left behind.
 */
import { mkdir, open, readdir, readFile, rename } from 'node:fs/promises';
import path from 'node:path';
import type { RedisClient as Redis } from '../redis/redis-client.js';
import type { Keys } from '../redis/keys.js';
import { rekeyHashField, rekeyListItem, rekeyString } from '../redis/scripts.js';
import { checkPersonIdKey } from './keyring.js';
import { SealError, type Sealer } from './sealed.js';
import { nodeOfKey } from '../redis/scan-all.js';

/** How a kind of Redis key holds sealed values: which fields, stored as raw bytes or as base64 text. */
type Layout =
  | { type: 'hash'; fields: readonly string[] | 'all'; base64: boolean }
  | { type: 'list'; base64: boolean }
  | { type: 'string'; base64: boolean };

/**
 * Every key holding sealed values (docs/redis-layout.md): the start of its name, from src/redis/keys.ts so
 * that a change of the layout is followed. The events stream is apart (checked only).
 */
function layoutsOf(keys: Keys): Array<{ start: string; layout: Layout }> {
  return [
    { start: keys.case(''), layout: { type: 'hash', fields: ['sealed', 'loweredReason'], base64: true } },
    { start: keys.held(''), layout: { type: 'list', base64: true } },
    { start: keys.notes(''), layout: { type: 'list', base64: true } },
    { start: keys.deskPreview(''), layout: { type: 'string', base64: true } },
    { start: keys.conversation(''), layout: { type: 'hash', fields: ['s', 'w'], base64: false } },
    { start: keys.trailChat(''), layout: { type: 'hash', fields: ['w'], base64: false } },
    { start: keys.outboxEntry(''), layout: { type: 'hash', fields: ['sealed'], base64: true } },
    { start: keys.waAuth(''), layout: { type: 'hash', fields: 'all', base64: false } },
    { start: keys.waJid(''), layout: { type: 'string', base64: false } },
    { start: keys.caseKey(''), layout: { type: 'string', base64: false } },
    { start: keys.webCanned, layout: { type: 'hash', fields: 'all', base64: true } },
  ];
}

export interface RekeyCounts {
  /** Redis keys the walk went over (all of the deployment's, sealed or not). */
  scanned: number;
  /** Values sealed again with the newest key. */
  resealed: number;
  /** Values already sealed with the newest key. */
  current: number;
  /** Values the hotline changed or deleted between the read and the write (its write kept). */
  raced: number;
}

export interface RekeySummary extends RekeyCounts {
  /** The newest key's id: what everything is sealed with now. */
  keyId: string;
  /** True when this run went on from a stopped one. */
  resumed: boolean;
  /** The events stream: sealed entries, those under an older key (by key id), and the oldest of those (ms). */
  events: { sealed: number; older: Record<string, number>; oldestOlderAt?: number };
  /** Journals on disk: lines checked, lines under an older key (left for the hotline, or `rewritten`). */
  journals: { files: number; lines: number; older: number; rewritten: number };
}

/** The run stopped: `where` is the Redis key and field (or file and line), `keyId` the key it was sealed with. */
export class RekeyStop extends Error {
  constructor(message: string, readonly where: string, readonly keyId?: string) {
    super(message);
    this.name = 'RekeyStop';
  }
}

export interface RekeyOptions {
  redis: Redis;
  keys: Keys;
  /** REDIS_PREFIX: the walk goes over `<prefix>*`. */
  prefix: string;
  sealer: Sealer;
  /** JOURNAL_DIR, to check (and with `hotlineStopped`, rewrite) the journals there. */
  journalDir?: string;
  /** The hotline is not running: no need for it to have started with the newest key; journals are rewritten. */
  hotlineStopped?: boolean;
  /** Keys asked for per SCAN call (default 200). */
  batch?: number;
  /** After each batch: the counts so far. */
  progress?: (counts: RekeyCounts & { cursor: string }) => void;
  /** Stops between keys (the cursor of the batch is kept: a new run goes on from it). */
  signal?: AbortSignal;
}

const COUNT_FIELDS = ['scanned', 'resealed', 'current', 'raced'] as const;
/** A value re-read after a lost compare-and-set at most this often (each retry found the hotline writing it). */
const MAX_TRIES = 5;

export async function rekey(opts: RekeyOptions): Promise<RekeySummary> {
  const { redis, keys, prefix, sealer } = opts;
  await checkPersonIdKey({ redis, keys, sealer });
  const sealing = await redis.hget(keys.keyring, 'sealing');
  if (!opts.hotlineStopped && sealing !== sealer.keyId) {
    throw new RekeyStop(
      sealing
        ? `The hotline last started sealing with key ${sealing}, not the newest key ${sealer.keyId}: restart every hotline process with the new DATA_KEYS first (or, if the hotline is stopped, run with --hotline-stopped).`
        : `The hotline has not started with the newest key ${sealer.keyId}: start it with the new DATA_KEYS first (or, if it is stopped, run with --hotline-stopped).`,
      'keyring',
    );
  }

  const state = await redis.hgetall(keys.rekey);
  const resumed = state.target === sealer.keyId && state.cursor !== undefined;
  const counts: RekeyCounts = { scanned: 0, resealed: 0, current: 0, raced: 0 };
  let cursor = '0';
  if (resumed) {
    cursor = state.cursor!;
    for (const f of COUNT_FIELDS) counts[f] = Number(state[f] ?? 0);
  } else {
    await redis.del(keys.rekey);
    await redis.hset(keys.rekey, { target: sealer.keyId, cursor, startedAt: String(Date.now()) });
  }

  const layouts = layoutsOf(keys);
  const match = `${prefix.replace(/[*?[\]\\]/g, '\\$&')}*`;
  // On a cluster, the one primary holding the prefix's hash tag: its cursor is what a new run resumes from.
  const scanned = await nodeOfKey(redis, keys.rekey);
  do {
    const [next, names] = await scanned.scan(cursor, 'MATCH', match, 'COUNT', opts.batch ?? 200);
    for (const name of names) {
      if (opts.signal?.aborted) throw new RekeyStop('Stopped: run it again to go on from here.', name);
      counts.scanned++;
      const layout = layouts.find((l) => name.startsWith(l.start))?.layout;
      if (layout) await rekeyKey(opts, name, layout, counts);
    }
    cursor = next;
    await redis.hset(keys.rekey, { cursor, ...Object.fromEntries(COUNT_FIELDS.map((f) => [f, String(counts[f])])) });
    opts.progress?.({ ...counts, cursor });
  } while (cursor !== '0');

  const events = await checkEvents(opts);
  const journals = opts.journalDir ? await checkJournals(opts, opts.journalDir) : { files: 0, lines: 0, older: 0, rewritten: 0 };
  await redis.del(keys.rekey);
  return { ...counts, keyId: sealer.keyId, resumed, events, journals };
}

/** The sealed bytes of a stored value (base64 text or raw bytes). */
const sealedOf = (stored: Buffer, base64: boolean) => (base64 ? Buffer.from(stored.toString('latin1'), 'base64') : stored);
const storedOf = (sealed: Buffer, base64: boolean) => (base64 ? Buffer.from(sealed.toString('base64'), 'latin1') : sealed);

/**
 * A stored value sealed again with the newest key, or `current` when it already is, or undefined when it
 * is not a sealed value at all. Throws RekeyStop when no key opens it.
 */
function resealed(sealer: Sealer, stored: Buffer, base64: boolean, where: string): Buffer | 'current' | undefined {
  const sealed = sealedOf(stored, base64);
  const id = sealer.keyIdOf(sealed);
  if (id === undefined) return undefined;
  if (id === sealer.keyId) return 'current';
  try {
    return storedOf(sealer.seal(sealer.open(sealed, where)), base64);
  } catch (err) {
    if (!(err instanceof SealError)) throw err;
    const named = id === 'v1' ? 'a key from before key ids (version 1)' : `key ${id}`;
    throw new RekeyStop(`Cannot open ${where}: it is sealed with ${named}, which is not in DATA_KEYS (or the value was altered). Add that key at the end of DATA_KEYS and run again; nothing of this key was written.`, where, id);
  }
}

/** Re-seals every sealed value of one Redis key: all opened first, then each written by compare-and-set. */
async function rekeyKey(opts: RekeyOptions, name: string, layout: Layout, counts: RekeyCounts): Promise<void> {
  const { redis, sealer, prefix } = opts;
  const label = name.slice(prefix.length);
  // Values that change between the read and the write are read again, up to MAX_TRIES times each.
  for (let attempt = 1; ; attempt++) {
    const writes: Array<{ field?: string; was: Buffer; value: Buffer }> = [];
    let current = 0;
    if (layout.type === 'hash') {
      const all = await redis.hgetallBuffer(name);
      const fields = layout.fields === 'all' ? Object.keys(all) : layout.fields.filter((f) => all[f] !== undefined);
      for (const field of fields) {
        const r = resealed(sealer, all[field]!, layout.base64, `${label} field ${field}`);
        if (r === 'current') current++;
        else if (r) writes.push({ field, was: all[field]!, value: r });
      }
    } else if (layout.type === 'list') {
      const items = await redis.lrangeBuffer(name, 0, -1);
      items.forEach((item, i) => {
        const r = resealed(sealer, item, layout.base64, `${label} item ${i + 1}`);
        if (r === 'current') current++;
        else if (r) writes.push({ was: item, value: r });
      });
    } else {
      const value = await redis.getBuffer(name);
      const r = value ? resealed(sealer, value, layout.base64, label) : undefined;
      if (r === 'current') current++;
      else if (r && value) writes.push({ was: value, value: r });
    }
    // Read again after a lost write: what this run wrote itself the first time shows as current then.
    if (attempt === 1) counts.current += current;
    let lost = 0;
    for (const w of writes) {
      const done = layout.type === 'hash'
        ? await rekeyHashField(redis, { keys: { hash: name }, args: { field: w.field!, was: w.was, value: w.value } })
        : layout.type === 'list'
          ? await rekeyListItem(redis, { keys: { list: name }, args: { was: w.was, value: w.value } })
          : await rekeyString(redis, { keys: { key: name }, args: { was: w.was, value: w.value } });
      if (done === 1) counts.resealed++;
      else lost++;
    }
    if (lost === 0) return;
    counts.raced += lost;
    // A list item that is gone was taken (delivered, dropped): nothing to read again.
    if (layout.type === 'list') return;
    if (attempt >= MAX_TRIES) throw new RekeyStop(`${label} kept changing while it was sealed again (${MAX_TRIES} tries): run again.`, label);
  }
}

/** Checks every sealed entry of the events stream opens; counts those under an older key. */
async function checkEvents(opts: RekeyOptions): Promise<RekeySummary['events']> {
  const { redis, keys, sealer } = opts;
  const out: RekeySummary['events'] = { sealed: 0, older: {} };
  let start = '-';
  for (;;) {
    const entries = await redis.xrangeBuffer(keys.events, start, '+', 'COUNT', 500);
    for (const [idBuf, fields] of entries) {
      const id = idBuf.toString();
      for (let i = 0; i + 1 < fields.length; i += 2) {
        if (fields[i]!.toString() !== 'sealed' || fields[i + 1]!.length === 0) continue;
        const sealed = sealedOf(fields[i + 1]!, true);
        const keyId = sealer.keyIdOf(sealed);
        if (keyId === undefined) continue;
        out.sealed++;
        if (keyId === sealer.keyId) continue;
        resealedCheck(sealer, sealed, `events entry ${id}`, keyId);
        out.older[keyId] = (out.older[keyId] ?? 0) + 1;
        const at = Number(id.split('-')[0]);
        if (out.oldestOlderAt === undefined || at < out.oldestOlderAt) out.oldestOlderAt = at;
      }
    }
    if (entries.length < 500) return out;
    start = `(${entries[entries.length - 1]![0].toString()}`;
  }
}

/** Throws RekeyStop when no key opens a sealed value that cannot be rewritten (a stream entry, a journal line). */
function resealedCheck(sealer: Sealer, sealed: Buffer, where: string, keyId: string): void {
  try {
    sealer.open(sealed, where);
  } catch (err) {
    if (!(err instanceof SealError)) throw err;
    const named = keyId === 'v1' ? 'a key from before key ids (version 1)' : `key ${keyId}`;
    throw new RekeyStop(`Cannot open ${where}: it is sealed with ${named}, which is not in DATA_KEYS (or the value was altered). Add that key at the end of DATA_KEYS and run again.`, where, keyId);
  }
}

/** Checks the journals' lines open; with the hotline stopped, rewrites a journal with older lines under the newest key. */
async function checkJournals(opts: RekeyOptions, dir: string): Promise<RekeySummary['journals']> {
  const { sealer } = opts;
  const out = { files: 0, lines: 0, older: 0, rewritten: 0 };
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => n.endsWith('.ndjson'));
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return out;
    throw err;
  }
  for (const name of names) {
    const file = path.join(dir, name);
    const lines = (await readFile(file, 'utf8')).split('\n');
    out.files++;
    let older = 0;
    const rewritten = lines.map((raw, i) => {
      let line: unknown;
      try {
        line = JSON.parse(raw);
      } catch {
        return raw; // an empty or torn line: the journal skips it too
      }
      const field = line && typeof line === 'object' ? (['ins', 'in'] as const).find((f) => typeof (line as Record<string, unknown>)[f] === 'string') : undefined;
      if (!field) return raw;
      out.lines++;
      const sealed = Buffer.from((line as Record<string, string>)[field]!, 'base64');
      const keyId = sealer.keyIdOf(sealed);
      if (keyId === undefined || keyId === sealer.keyId) return raw;
      const where = `journal ${name} line ${i + 1}`;
      resealedCheck(sealer, sealed, where, keyId);
      older++;
      return JSON.stringify({ [field]: sealer.seal(sealer.open(sealed, where)).toString('base64') });
    });
    out.older += older;
    if (older > 0 && opts.hotlineStopped) {
      await mkdir(dir, { recursive: true, mode: 0o700 });
      const temp = `${file}.rekey`;
      const handle = await open(temp, 'w', 0o600);
      try {
        await handle.writeFile(rewritten.join('\n'));
        await handle.datasync();
      } finally {
        await handle.close();
      }
      await rename(temp, file);
      out.rewritten += older;
    }
  }
  return out;
}
