/**
 * `npm run bench:matching`: how long checking a new case against the open reports takes as they pile up.
 * Fills Redis with 100,000 open missing-person reports (their match indexes and case status, written the
 * way the linker writes them), then times the linker's lookup for new cases: a phone hit, a passport hit,
 * a name + age + country hit, and no match. Indexed lookups (a few SMEMBERS / ZRANGEBYSCORE and a status
 * read per candidate), never a scan. Target: p99 ≤ 5 ms. Prints a table and one JSON line.
 *
 *   npm run bench:matching                        # 100,000 reports, 2,000 checks
 *   npm run bench:matching -- --reports 10000     # fewer
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { pino } from 'pino';
import { normalizeName } from '../flows/shared/identity.js';
import { createLinker } from '../src/cases/linker.js';
import type { MatchKeys } from '../src/cases/match-keys.js';
import { createSealer } from '../src/core/sealed.js';
import { connectRedis, quitRedis } from '../src/redis/connect.js';
import { createKeys } from '../src/redis/keys.js';
import { startLocalRedis } from '../src/redis/local-server.js';
import { prng } from '../test/support/prng.js';

const { values } = parseArgs({ options: { reports: { type: 'string', default: '100000' }, checks: { type: 'string', default: '2000' } } });
const reports = Number(values.reports);
const checks = Number(values.checks);
const logger = pino({ level: 'warn' });
const dir = mkdtempSync(join(tmpdir(), 'bench-matching-'));
const server = await startLocalRedis({ dataDir: dir, port: 0, logger, install: true });
const redis = await connectRedis({ url: server.url, logger, name: 'bench' });
const keys = createKeys('bench:');
const sealer = createSealer(Buffer.alloc(32, 3));
const linker = createLinker({ redis, keys, sealer, logger });
const random = prng(42);
const given = ['siti', 'dewi', 'budi', 'agus', 'rina', 'wati', 'yanti', 'adi', 'tono', 'lina', 'eko', 'sri', 'nur', 'dian', 'putri', 'rizky', 'fajar', 'ayu', 'indah', 'joko'];
const family = ['aminah', 'lestari', 'santoso', 'saputra', 'wijaya', 'pratama', 'hidayat', 'kurniawan', 'sari', 'utami', 'rahman', 'setiawan', 'susanto', 'nugroho', 'purnama'];
const countries = ['KH', 'MM', 'LA', 'TH', 'PH'];

/** The match keys of report i (deterministic, so checks can aim at existing ones). */
function keysOf(i: number): MatchKeys {
  // Given + family name from short lists (so common names repeat), plus a third name drawn from i.
  const third = i.toString(26).replace(/./g, (c) => String.fromCharCode(97 + parseInt(c, 26)));
  const name = normalizeName(`${given[i % given.length]} ${family[Math.floor(i / given.length) % family.length]} ${third}`);
  return {
    phones: [sealer.personId('match:phone', `62812${String(10_000_000 + i)}`)],
    documents: i % 2 === 0 ? [sealer.personId('match:doc', `C${String(1_000_000 + i)}`)] : [],
    name: { hash: sealer.personId('match:name', `${name}|${countries[i % countries.length]}`), birthYear: 1980 + (i % 25) },
  };
}

try {
  const t0 = performance.now();
  for (let start = 0; start < reports; start += 5000) {
    const p = redis.pipeline();
    for (let i = start; i < Math.min(reports, start + 5000); i++) {
      const id = `KH-${i.toString(36).toUpperCase().padStart(4, '0')}`;
      const mk = keysOf(i);
      p.hset(keys.case(id), 'id', id, 'kind', 'missing-person', 'status', 'new');
      for (const h of mk.phones) p.sadd(keys.matchPhone(h), id);
      for (const h of mk.documents) p.sadd(keys.matchDocument(h), id);
      p.zadd(keys.matchName(mk.name!.hash), mk.name!.birthYear, id);
    }
    await p.exec();
  }
  const fillSeconds = (performance.now() - t0) / 1000;
  // The bulk fill sets off an AOF rewrite: let it finish, so the figures are of lookups, not of the fill.
  while (/aof_rewrite_in_progress:1|rdb_bgsave_in_progress:1/.test(await redis.info('persistence'))) await new Promise((r) => setTimeout(r, 200));
  const kinds = {
    phone: (i: number) => ({ phones: keysOf(i).phones, documents: [] }),
    passport: (i: number) => ({ phones: [], documents: keysOf(i - (i % 2)).documents }),
    'name+age': (i: number) => ({ phones: [], documents: [], name: { ...keysOf(i).name!, birthYear: keysOf(i).name!.birthYear + 1 } }),
    'no match': () => ({ phones: [sealer.personId('match:phone', `999${Math.floor(random() * 1e9)}`)], documents: [], name: { hash: sealer.personId('match:name', `nobody ${random()}`), birthYear: 1990 } }),
  } as const;
  const results: Record<string, { p50: number; p99: number; max: number; found: number }> = {};
  for (const [kind, make] of Object.entries(kinds)) {
    for (let w = 0; w < 100; w++) await linker.findMatches('KH-NEW', make(Math.floor(random() * reports)));
    const times: number[] = [];
    let found = 0;
    for (let n = 0; n < checks; n++) {
      const mk = make(Math.floor(random() * reports));
      const s = performance.now();
      const m = await linker.findMatches('KH-NEW', mk);
      times.push(performance.now() - s);
      if (m.exact.length + m.possible.length > 0) found++;
    }
    times.sort((a, b) => a - b);
    const q = (f: number) => times[Math.min(times.length - 1, Math.floor(f * times.length))]!;
    results[kind] = { p50: q(0.5), p99: q(0.99), max: times.at(-1)!, found: found / checks };
  }
  const worstP99 = Math.max(...Object.values(results).map((r) => r.p99));
  process.stdout.write(`Matching a new case against ${reports.toLocaleString('en')} open reports (filled in ${fillSeconds.toFixed(1)} s), ${checks} checks each:\n`);
  process.stdout.write(`${'lookup'.padEnd(10)}  ${'p50 ms'.padStart(7)}  ${'p99 ms'.padStart(7)}  ${'max ms'.padStart(7)}  found\n`);
  for (const [kind, r] of Object.entries(results)) {
    process.stdout.write(`${kind.padEnd(10)}  ${r.p50.toFixed(3).padStart(7)}  ${r.p99.toFixed(3).padStart(7)}  ${r.max.toFixed(3).padStart(7)}  ${(r.found * 100).toFixed(0)}%\n`);
  }
  process.stdout.write(`target p99 ≤ 5 ms: ${worstP99 <= 5 ? '✓' : '✗'} (worst p99 ${worstP99.toFixed(3)} ms)\n`);
  process.stdout.write(`${JSON.stringify({ reports, checks, fillSeconds, results, worstP99 })}\n`);
} finally {
  await quitRedis(redis);
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
}
