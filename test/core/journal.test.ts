/**
 * The local journal (src/core/journal.ts) on a real file: what arrives together is sealed together (one
 * `ins` line per write), a reopened journal gives back what is not done in arrival order, lines of the older
 * one-a-line format are still read, a torn or foreign line is skipped, and a compaction keeps what is open.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createJournal } from '../../src/core/journal.js';
import type { InboundMessage } from '../../src/core/messages.js';
import { createSealer } from '../../src/core/sealed.js';

const sealer = createSealer(Buffer.alloc(32, 3));
const logger = pino({ level: 'silent' });
let dir: string;

const message = (n: number, text = `pesan ${n}`): InboundMessage => ({
  channel: 'telegram', address: String(1000 + (n % 7)), messageId: `u${n}`, at: 1_796_000_000_000 + n, body: { kind: 'text', text },
});
const file = () => path.join(dir, 'telegram.ndjson');
const lines = async () => (await readFile(file(), 'utf8')).split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, string>);

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'journal-test-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('journal', () => {
  it('seals what arrives together in one line, and gives back what is not done, in order, after a restart', async () => {
    const journal = createJournal({ dir, name: 'telegram', sealer, logger });
    await journal.load();
    const kept = Array.from({ length: 250 }, (_, i) => journal.add(message(i), i === 7));
    await Promise.all(kept.map((k) => k.durable));
    const written = await lines();
    expect(written).toHaveLength(1);
    expect(Object.keys(written[0]!)).toEqual(['ins']);
    expect(JSON.stringify(written)).not.toContain('pesan'); // sealed: nobody's words in clear on disk

    journal.done(['u3', 'u100']);
    await journal.close();

    const again = createJournal({ dir, name: 'telegram', sealer, logger });
    const pending = await again.load();
    expect(pending).toHaveLength(248);
    expect(pending.map((e) => e.msg.messageId).slice(0, 5)).toEqual(['u0', 'u1', 'u2', 'u4', 'u5']);
    expect(pending.find((e) => e.msg.messageId === 'u7')?.danger).toBe(true);
    expect(pending.map((e) => e.seq)).toEqual([...pending.map((e) => e.seq)].sort((a, b) => a - b));
    // Delivered again (never confirmed before the kill): the entry it has, not a second one.
    expect(again.add(message(5), false).fresh).toBe(false);
    await again.close();
  });

  it('reads the older format (one sealed message a line) beside the new one, and skips a torn or foreign line', async () => {
    const old = (m: InboundMessage) => `${JSON.stringify({ in: sealer.seal(JSON.stringify({ msg: m, danger: false })).toString('base64') })}\n`;
    const foreign = createSealer(Buffer.alloc(32, 9));
    await writeFile(file(), [
      old(message(1)),
      old(message(2)),
      `${JSON.stringify({ done: 'u1' })}\n`,
      `${JSON.stringify({ in: foreign.seal(JSON.stringify({ msg: message(3), danger: false })).toString('base64') })}\n`,
      `${JSON.stringify({ ins: sealer.seal(JSON.stringify([{ msg: message(4), danger: true }, { nonsense: 1 }])).toString('base64') })}\n`,
      '{"ins":"AAAA', // torn by a kill
    ].join(''));
    const journal = createJournal({ dir, name: 'telegram', sealer, logger });
    const pending = await journal.load();
    expect(pending.map((e) => [e.msg.messageId, e.danger])).toEqual([['u2', false], ['u4', true]]);
    await journal.close();
  });

  it('compacts a large file to what is still open, and that is read back whole', async () => {
    const journal = createJournal({ dir, name: 'telegram', sealer, logger, compactBytes: 20_000 });
    await journal.load();
    for (let round = 0; round < 10; round++) {
      const kept = Array.from({ length: 50 }, (_, i) => journal.add(message(round * 50 + i, 'x'.repeat(100)), false));
      await Promise.all(kept.map((k) => k.durable));
      journal.done(kept.map((_, i) => `u${round * 50 + i}`).filter((id) => id !== 'u42' && id !== 'u420'));
    }
    const last = journal.add(message(9999), false);
    await last.durable;
    await journal.close();
    const size = (await readFile(file())).length;
    expect(size).toBeLessThan(20_000);
    const again = createJournal({ dir, name: 'telegram', sealer, logger });
    expect((await again.load()).map((e) => e.msg.messageId)).toEqual(['u42', 'u420', 'u9999']);
    await again.close();
  });
});
