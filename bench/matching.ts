/**
 * `npm run bench:matching`: how long checking a new case against the open reports takes as they pile up.
 * Fills Redis with 100,000 open missing-person reports (their match indexes and case status, written the
 * way the linker writes them, from the keys `matchKeysFrom` gives), then times what the linker does for a
 * new case: its match keys from its facts (`matchKeysFrom`, as `matchKeysOf` does after opening the case)
 * and the lookup (`findMatches`) — a phone hit, a passport hit, a name + age + country hit, a name + age +
 * home town hit (the relative did not know the country), a worker's own report with everything (name,
 * age, country, home town, phone), and no match. Indexed lookups (a few SMEMBERS / ZRANGEBYSCORE and a
 * status read per candidate), never a scan. Target: p99 ≤ 5 ms. Prints a table and one JSON line.
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
import { createLinker } from '../src/cases/linker.js';
import { matchKeysFrom, type IdentityFacts } from '../src/cases/match-keys.js';
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
const linker = createLinker({ redis, keys, sealer, logger, callingCode: '62' }); // Indonesian numbers, as the names are
const random = prng(42);
const given = ['siti', 'dewi', 'budi', 'agus', 'rina', 'wati', 'yanti', 'adi', 'tono', 'lina', 'eko', 'sri', 'nur', 'dian', 'putri', 'rizky', 'fajar', 'ayu', 'indah', 'joko'];
const family = ['aminah', 'lestari', 'santoso', 'saputra', 'wijaya', 'pratama', 'hidayat', 'kurniawan', 'sari', 'utami', 'rahman', 'setiawan', 'susanto', 'nugroho', 'purnama'];
const countries = ['KH', 'MM', 'LA', 'TH', 'PH'];

const towns = ['Cianjur', 'Desa Sukamaju, Kab. Cianjur', 'Indramayu', 'Cirebon', 'Kendal', 'Blitar', 'Lombok Timur', 'Kupang', 'Medan', 'Kec. Cilacap Selatan, Cilacap', 'Banyuwangi', 'Sukabumi', 'Garut', 'Brebes', 'Tegal', 'Pati', 'Jember', 'Malang', 'Kediri', 'Bima'];

/** The facts of report i (deterministic, so checks can aim at existing ones). */
function factsOf(i: number): Required<Pick<IdentityFacts, 'phones' | 'name' | 'country' | 'hometown' | 'birthYear'>> & { document?: string } {
  // Given + family name from short lists (so common names repeat), plus a third name drawn from i.
  const third = i.toString(26).replace(/./g, (c) => String.fromCharCode(97 + parseInt(c, 26)));
  return {
    phones: [`62812${String(10_000_000 + i)}`],
    document: i % 2 === 0 ? `C${String(1_000_000 + i)}` : undefined,
    name: `${given[i % given.length]} ${family[Math.floor(i / given.length) % family.length]} ${third}`,
    country: countries[i % countries.length]!,
    hometown: towns[i % towns.length]!,
    birthYear: 1980 + (i % 25),
  };
}

try {
  const t0 = performance.now();
  for (let start = 0; start < reports; start += 5000) {
    const p = redis.pipeline();
    for (let i = start; i < Math.min(reports, start + 5000); i++) {
      const id = `KH-${i.toString(36).toUpperCase().padStart(4, '0')}`;
      const mk = matchKeysFrom(factsOf(i), sealer);
      p.hset(keys.case(id), 'id', id, 'kind', 'missing-person', 'status', 'new');
      for (const h of mk.phones) p.sadd(keys.matchPhone(h), id);
      for (const h of mk.documents) p.sadd(keys.matchDocument(h), id);
      for (const n of mk.names) p.zadd(keys.matchName(n.hash), n.birthYear, id);
    }
    await p.exec();
  }
  const fillSeconds = (performance.now() - t0) / 1000;
  // The bulk fill sets off an AOF rewrite: let it finish, so the figures are of lookups, not of the fill.
  while (/aof_rewrite_in_progress:1|rdb_bgsave_in_progress:1/.test(await redis.info('persistence'))) await new Promise((r) => setTimeout(r, 200));
  // The facts of a new case, aimed at report i.
  const kinds: Record<string, (i: number) => IdentityFacts> = {
    phone: (i) => ({ phones: factsOf(i).phones }),
    passport: (i) => ({ phones: [], document: factsOf(i - (i % 2)).document }),
    'name+age': (i) => ({ phones: [], name: factsOf(i).name, country: factsOf(i).country, birthYear: factsOf(i).birthYear + 1 }),
    'name+town': (i) => ({ phones: [], name: factsOf(i).name, hometown: factsOf(i).hometown, birthYear: factsOf(i).birthYear - 1 }),
    'own report': (i) => ({ ...factsOf(i), document: undefined, birthYear: factsOf(i).birthYear + 2 }),
    'no match': () => ({ phones: [`999${Math.floor(random() * 1e9)}`], name: `nobody ${random()}`, country: 'KH', hometown: 'Nowhere Town', birthYear: 1990 }),
  };
  const results: Record<string, { p50: number; p99: number; max: number; found: number }> = {};
  for (const [kind, make] of Object.entries(kinds)) {
    for (let w = 0; w < 100; w++) await linker.findMatches('KH-NEW', matchKeysFrom(make(Math.floor(random() * reports)), sealer));
    const times: number[] = [];
    let found = 0;
    for (let n = 0; n < checks; n++) {
      const facts = make(Math.floor(random() * reports));
      const s = performance.now();
      const m = await linker.findMatches('KH-NEW', matchKeysFrom(facts, sealer));
      times.push(performance.now() - s);
      if (m.exact.length + m.possible.length > 0) found++;
    }
    times.sort((a, b) => a - b);
    const q = (f: number) => times[Math.min(times.length - 1, Math.floor(f * times.length))]!;
    results[kind] = { p50: q(0.5), p99: q(0.99), max: times.at(-1)!, found: found / checks };
  }
  const worstP99 = Math.max(...Object.values(results).map((r) => r.p99));
  process.stdout.write(`Matching a new case against ${reports.toLocaleString('en')} open reports (filled in ${fillSeconds.toFixed(1)} s), ${checks} checks each:\n`);
  process.stdout.write(`${'lookup'.padEnd(11)}  ${'p50 ms'.padStart(7)}  ${'p99 ms'.padStart(7)}  ${'max ms'.padStart(7)}  found\n`);
  for (const [kind, r] of Object.entries(results)) {
    process.stdout.write(`${kind.padEnd(11)}  ${r.p50.toFixed(3).padStart(7)}  ${r.p99.toFixed(3).padStart(7)}  ${r.max.toFixed(3).padStart(7)}  ${(r.found * 100).toFixed(0)}%\n`);
  }
  process.stdout.write(`target p99 ≤ 5 ms: ${worstP99 <= 5 ? '✓' : '✗'} (worst p99 ${worstP99.toFixed(3)} ms)\n`);
  process.stdout.write(`${JSON.stringify({ reports, checks, fillSeconds, results, worstP99 })}\n`);
} finally {
  await quitRedis(redis);
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
}
