/**
 * A local append-only journal of inbound messages, so that nothing a person sends is lost while Redis is
 * down or when the process is killed: each message is written (sealed: it holds what they typed) and
 * fsynced before the channel confirms it, and a done-mark follows once the hotline core committed it.
 * On start, and whenever Redis is back, what has no done-mark is replayed through the core; the core's
 * dedupe by message id makes a replay of something already committed harmless.
 *
 * File: `<dir>/<name>.ndjson`, one JSON object a line:
 * - `{"ins":"<base64 sealed [{msg, danger}, …]>"}`: messages arrived (`msg` is an InboundMessage), sealed
 *   together: one seal per write, not per message (behind a flood of 10,000, a seal each was a fifth of the
 *   time it took to take them in); `{"in":"<base64 sealed {msg, danger}>"}`, one a line, is still read;
 * - `{"done":"<messageId>"}`: it is committed (or answered as not saved) and needs no replay.
 * Writes are batched: everything appended while one write and fsync run goes out in the next. Only a write
 * that holds arrivals is fsynced: a done-mark lost with the machine only means a replay, which the dedupe
 * makes harmless. When the file passes `compactBytes`, it is rewritten (temp file, fsync, rename) with only
 * the entries not done. A torn last line (a kill in the middle of a write) is skipped on load.
 *
 * The same file format holds other records too ({@link createRecordJournal}): the Telegram channel keeps
 * each update of the officers' group (`{"in":"<sealed {update}>"}`, done as `u:<update_id>`) until its
 * handler finished.
 */
import { mkdir, open, readFile, rename, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { z, type ZodType } from 'zod';
import type { Logger } from '../logger.js';
import { InboundMessage } from './messages.js';
import type { Sealer } from './sealed.js';

/** One journalled message. `seq` is its place in arrival order (loaded ones come first). */
export interface JournalEntry {
  msg: InboundMessage;
  danger: boolean;
  seq: number;
}

export interface JournalOptions {
  dir: string;
  /** The file's name without `.ndjson` (the channel's name). */
  name: string;
  sealer: Sealer;
  logger: Logger;
  /** Rewrite the file with only what is not done once it is larger than this, in bytes (default 1 MiB). */
  compactBytes?: number;
}

export interface Journal {
  /** Reads the file: what has no done-mark, in arrival order. Call once, before `add`. */
  load(): Promise<JournalEntry[]>;
  /**
   * Appends a message; resolves once it is on disk (fsynced). The entry's `seq` is given at once, in the
   * order of calls. A message already journalled and not done keeps its entry (`fresh` false).
   */
  add(msg: InboundMessage, danger: boolean): { seq: number; fresh: boolean; durable: Promise<void> };
  /** Marks messages done (batched with the next write; nothing waits for it). */
  done(messageIds: readonly string[]): void;
  /** Messages not done, in arrival order. */
  pending(): JournalEntry[];
  /** Writes what is buffered and closes the file. */
  close(): Promise<void>;
}

const Line = z.union([z.object({ ins: z.string().min(1) }), z.object({ in: z.string().min(1) }), z.object({ done: z.string().min(1).max(128) })]);
/** Arrivals sealed together per line: at most this many (a compaction of a long outage writes several lines). */
const PER_LINE = 1000;
/** About how much larger a record is in the file than as JSON (sealed, base64). */
const SEALED_RATIO = 1.4;
const Sealed = z.object({ msg: InboundMessage, danger: z.boolean() });

/** A journal of any kind of record (validated by `schema` on load, identified by `idOf`); `seq` is its place. */
export interface RecordJournal<T> {
  load(): Promise<Array<{ record: T; seq: number }>>;
  add(record: T): { seq: number; fresh: boolean; durable: Promise<void> };
  done(ids: readonly string[]): void;
  pending(): Array<{ record: T; seq: number }>;
  close(): Promise<void>;
}

/** Inbound messages, by message id: what the channels journal. */
export function createJournal(opts: JournalOptions): Journal {
  const core = createRecordJournal({ ...opts, schema: Sealed, idOf: (r) => r.msg.messageId });
  const entry = ({ record, seq }: { record: { msg: InboundMessage; danger: boolean }; seq: number }): JournalEntry => ({ msg: record.msg, danger: record.danger, seq });
  return {
    load: async () => (await core.load()).map(entry),
    add: (msg, danger) => core.add({ msg, danger }),
    done: (ids) => core.done(ids),
    pending: () => core.pending().map(entry),
    close: () => core.close(),
  };
}

/** The journal itself, for records of any shape (the Telegram desk keeps the officers' updates in one). */
export function createRecordJournal<T>(opts: JournalOptions & { schema: ZodType<T>; idOf: (record: T) => string }): RecordJournal<T> {
  const { sealer, logger } = opts;
  const file = path.join(opts.dir, `${opts.name}.ndjson`);
  const compactBytes = opts.compactBytes ?? 1024 * 1024;
  /** Not done, by id: the entry and its record as JSON (what a compaction seals again). */
  const open_ = new Map<string, { entry: { record: T; seq: number }; json: string }>();
  let seq = 0;
  let size = 0;
  /** About the bytes of the records not done: a compaction leaves about this much. */
  let liveBytes = 0;
  let handle: FileHandle | undefined;
  /** What the next write holds, in order: arrivals (as JSON, sealed together) and done-marks. */
  let buffer: Array<{ json: string } | { line: string }> = [];
  let waiters: Array<{ resolve: () => void; reject: (err: unknown) => void }> = [];
  let flushing: Promise<void> | undefined;
  let closed = false;

  /** One `ins` line sealing these records' JSON together. */
  const insLine = (jsons: readonly string[]) => `${JSON.stringify({ ins: sealer.seal(`[${jsons.join(',')}]`).toString('base64') })}\n`;

  /** The file's text for a buffer: runs of arrivals as `ins` lines (at most PER_LINE each), done-marks as they are. */
  function chunkOf(items: ReadonlyArray<{ json: string } | { line: string }>): string {
    let out = '';
    let run: string[] = [];
    const endRun = () => {
      if (run.length > 0) out += insLine(run);
      run = [];
    };
    for (const item of items) {
      if ('line' in item) {
        endRun();
        out += item.line;
      } else {
        run.push(item.json);
        if (run.length >= PER_LINE) endRun();
      }
    }
    endRun();
    return out;
  }

  async function fileHandle(): Promise<FileHandle> {
    if (!handle) {
      await mkdir(opts.dir, { recursive: true, mode: 0o700 });
      handle = await open(file, 'a', 0o600);
      size = (await handle.stat()).size;
    }
    return handle;
  }

  async function compact(): Promise<void> {
    const lines = chunkOf([...open_.values()].sort((a, b) => a.entry.seq - b.entry.seq).map((o) => ({ json: o.json })));
    const temp = `${file}.tmp`;
    const out = await open(temp, 'w', 0o600);
    try {
      await out.writeFile(lines);
      await out.datasync();
    } finally {
      await out.close();
    }
    await handle?.close();
    handle = undefined;
    await rename(temp, file);
    const dir = await open(opts.dir, 'r');
    await dir.sync().catch(() => undefined).finally(() => dir.close());
    await fileHandle();
    logger.debug({ kept: open_.size, bytes: size }, 'journal compacted');
  }

  /** Writes batches until the buffer is empty; one fsync per batch. */
  function flush(): Promise<void> {
    flushing ??= (async () => {
      while (buffer.length > 0) {
        const chunk = chunkOf(buffer);
        const batch = waiters;
        buffer = [];
        waiters = [];
        try {
          const h = await fileHandle();
          await h.write(chunk);
          if (batch.length > 0) await h.datasync();
          size += Buffer.byteLength(chunk);
          for (const w of batch) w.resolve();
        } catch (err) {
          logger.error({ err: { name: (err as Error).name, message: (err as Error).message } }, 'journal write failed');
          for (const w of batch) w.reject(err);
        }
        // Only when it would at least halve the file: during an outage most of it is still to replay.
        if (size > compactBytes && size > 2 * SEALED_RATIO * liveBytes) await compact().catch((err: unknown) => logger.error({ err }, 'journal compaction failed'));
      }
    })().finally(() => {
      flushing = undefined;
      if (buffer.length > 0) void flush(); // appended while the last batch finished
    });
    return flushing;
  }

  const write = (item: { json: string } | { line: string }, wait: boolean): Promise<void> => {
    buffer.push(item);
    const durable = wait ? new Promise<void>((resolve, reject) => waiters.push({ resolve, reject })) : Promise.resolve();
    queueMicrotask(() => void flush());
    return durable;
  };

  const pending = () => [...open_.values()].map((o) => o.entry).sort((a, b) => a.seq - b.seq);

  return {
    async load() {
      let text = '';
      try {
        text = await readFile(file, 'utf8');
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
      }
      let skipped = 0;
      let unopened = 0;
      /** Lines sealed with a key other than the newest (after a rotation): the file is sealed again below. */
      let older = 0;
      const keep = (record: T) => {
        const id = opts.idOf(record);
        if (open_.has(id)) return;
        const json = JSON.stringify(record);
        open_.set(id, { entry: { record, seq: seq++ }, json });
        liveBytes += json.length;
      };
      for (const raw of text.split('\n')) {
        if (raw.trim() === '') continue;
        try {
          const line = Line.parse(JSON.parse(raw));
          if ('done' in line) {
            liveBytes -= open_.get(line.done)?.json.length ?? 0;
            open_.delete(line.done);
            continue;
          }
          const sealed = Buffer.from('ins' in line ? line.ins : line.in, 'base64');
          if (sealer.keyIdOf(sealed) !== sealer.keyId) older++;
          let plain: string;
          try {
            plain = sealer.open(sealed, 'journal entry');
          } catch (err) {
            unopened++;
            throw err;
          }
          const opened: unknown = JSON.parse(plain);
          for (const one of 'ins' in line ? z.array(z.unknown()).parse(opened) : [opened]) {
            const record = opts.schema.safeParse(one);
            if (record.success) keep(record.data);
            else skipped++;
          }
        } catch {
          skipped++; // a torn last line, or a line sealed with another key
        }
      }
      if (unopened > 0) logger.error({ file: opts.name, unopened }, 'journal lines sealed with a key not in DATA_KEYS were skipped: add the old key back to replay them');
      if (skipped > unopened) logger.warn({ skipped: skipped - unopened }, 'journal lines that could not be read were skipped');
      // After a key rotation: what is still to replay is written again under the newest key (temp file, rename).
      if (older > 0 && unopened === 0) {
        await compact();
        logger.info({ file: opts.name, lines: older }, 'journal sealed again with the newest key');
      }
      if (open_.size > 0) logger.info({ pending: open_.size }, 'journal: messages to replay');
      return pending();
    },
    add(record) {
      const id = opts.idOf(record);
      const known = open_.get(id);
      if (known) return { seq: known.entry.seq, fresh: false, durable: Promise.resolve() };
      const entry = { record, seq: seq++ };
      const json = JSON.stringify(record);
      open_.set(id, { entry, json });
      liveBytes += json.length;
      if (closed) return { seq: entry.seq, fresh: true, durable: Promise.reject(new Error('journal closed')) };
      return { seq: entry.seq, fresh: true, durable: write({ json }, true) };
    },
    done(ids) {
      const lines: string[] = [];
      for (const id of ids) {
        const known = open_.get(id);
        if (!known) continue;
        open_.delete(id);
        liveBytes -= known.json.length;
        lines.push(`${JSON.stringify({ done: id })}\n`);
      }
      if (lines.length > 0 && !closed) void write({ line: lines.join('') }, false);
    },
    pending,
    async close() {
      closed = true;
      await flush();
      await flushing;
      await handle?.close();
      handle = undefined;
    },
  };
}
