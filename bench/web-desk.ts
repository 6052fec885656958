/**
 * `npm run bench:web-desk`: the web desk with 5,000 open cases, as `npm start` serves it.
 *
 *   npm run bench:web-desk                 # 5,000 open cases, 5 synthetic events after one real SOS
 *   npm run bench:web-desk -- --cases 5000 --events 5
 *
 * Starts the hotline as `npm start` does (`node --import tsx src/main.ts`, console channel, its own Redis),
 * with the open cases sealed in Redis beforehand, then in Debian's Chromium (playwright-core):
 * - queue usable: from pressing "Sign in" to the queue's first rows on screen (page load, the server
 *   reading and opening every open case, the HTML), and the server's own answer time for `GET /desk`;
 * - event to screen: a person typing "SOS" into the running hotline (the console channel) until that case's
 *   row is on the open queue page, then case events added to the stream until each new row shows.
 * Prints the figures (median and worst).
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { pino } from 'pino';
import { chromium } from 'playwright-core';
import { queueScore, type Urgency } from '../src/cases/case-model.js';
import type { CasePrivate } from '../src/cases/case-record.js';
import { createSealer } from '../src/core/sealed.js';
import { connectRedis } from '../src/redis/connect.js';
import { createKeys } from '../src/redis/keys.js';
import { startLocalRedis } from '../src/redis/local-server.js';
import { createDeskAuth } from '../src/web/desk-auth.js';

const { values: flags } = parseArgs({ options: { cases: { type: 'string', default: '5000' }, events: { type: 'string', default: '5' } } });
const CASES = Number(flags.cases);
const EVENTS = Number(flags.events);
const PREFIX = 'bench:';
const DATA_KEY = Buffer.alloc(32, 21);
const logger = pino({ level: 'silent' });
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

const dataDir = await mkdtemp(path.join(tmpdir(), 'hotline-bench-web-'));
const redisServer = await startLocalRedis({ dataDir, port: 0, logger, install: true });
const redis = await connectRedis({ url: redisServer.url, logger, name: 'bench-web-desk' });
const keys = createKeys(PREFIX);
const sealer = createSealer(DATA_KEY);

// --- Seed: open cases as the commit script writes them (sealed personal part, queue score) -------------
const now = Date.now();
// As after a raid: 2% critical, 18% high, the rest normal (the queue shows 300 rows, most urgent first).
const urgencyOf = (i: number): Urgency => (i % 50 === 0 ? 'critical' : i % 5 === 0 ? 'high' : 'normal');
async function seedCase(i: number, urgency: Urgency, at: number) {
  const id = `KH-B${i.toString(36).toUpperCase().padStart(5, '0')}`;
  const sealed: CasePrivate = {
    channel: 'telegram', address: String(100_000 + i), name: `Person ${i}`, phone: `+6281200${String(i).padStart(5, '0')}`,
    location: i % 3 === 0 ? { kind: 'pin', lat: 16.646 + (i % 7) * 0.001, lon: 98.507, live: false } : { kind: 'text', text: 'near the border' },
    details: 'They keep our passports and beat us when we miss targets.',
  };
  await redis.hset(keys.case(id), {
    id, kind: 'self-report', urgency, reasons: urgency === 'critical' ? 'danger-words' : 'confined', status: 'new', lang: 'id', channel: 'telegram', country: 'KH',
    situation: 'confined', people: '11-50', score: '2', intakeComplete: '1', createdAt: String(at), updatedAt: String(at), sealed: sealer.seal(JSON.stringify(sealed)).toString('base64'),
  });
  await redis.zadd(keys.queue, queueScore(urgency, at), id);
  return id;
}
const seedStart = Date.now();
for (let i = 0; i < CASES; i++) await seedCase(i, urgencyOf(i), now - (CASES - i) * 60_000);
console.log(`seeded ${CASES} open cases in ${((Date.now() - seedStart) / 1000).toFixed(1)} s`);

// --- The hotline, as npm start runs it ----------------------------------------------------------------
const port = await freePort();
const child = spawn(process.execPath, ['--max-semi-space-size=64', '--import', 'tsx', 'src/main.ts'], {
  env: { ...process.env, REDIS_URL: redisServer.url, REDIS_PREFIX: PREFIX, DATA_KEY: DATA_KEY.toString('base64'), HTTP_PORT: String(port), LOG_LEVEL: 'warn', LANG: 'en_US.UTF-8' },
  stdio: ['pipe', 'pipe', 'inherit'],
});
child.stdout!.resume();
const base = `http://127.0.0.1:${port}`;
for (let i = 0; ; i++) {
  const ready = await fetch(`${base}/readyz`).then((r) => r.ok, () => false);
  if (ready) break;
  if (i > 300) throw new Error('the hotline did not get ready');
  await new Promise((r) => setTimeout(r, 100));
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const worst = (xs: number[]) => Math.max(...xs);
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
try {
  const auth = createDeskAuth({ redis, keys });
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const usable: number[] = [];
  for (let run = 0; run < 3; run++) {
    const token = await auth.issueLink({ id: `cli:bench${run}`, name: `bench${run}`, supervisor: false });
    await page.goto(`${base}/desk/signin?t=${token}`);
    const t0 = performance.now();
    await page.getByRole('button').click();
    await page.locator('tr[data-case]').first().waitFor();
    usable.push(performance.now() - t0);
  }
  const cookies = await page.context().cookies();
  const cookie = cookies.map((c) => `${c.name}=${c.value}`).join('; ');
  const server: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    const res = await fetch(`${base}/desk`, { headers: { cookie } });
    await res.text();
    server.push(performance.now() - t0);
  }
  await page.locator('#live-state', { hasText: 'Live' }).waitFor({ timeout: 10_000 }).catch(() => undefined);

  // A real SOS typed into the running hotline.
  const before = new Set(await redis.zrange(keys.queue, '0', '-1'));
  const toScreen: number[] = [];
  let t0 = performance.now();
  child.stdin!.write('SOS they are beating us\n');
  let sosId: string | undefined;
  while (!sosId) {
    sosId = (await redis.zrange(keys.queue, '0', '-1')).find((id) => !before.has(id));
    if (!sosId) await new Promise((r) => setTimeout(r, 5));
  }
  await page.locator(`tr[data-case="${sosId}"]`).waitFor({ timeout: 10_000 });
  const sos = performance.now() - t0;
  // Then case events as the hotline writes them (a new critical case and its event).
  for (let i = 0; i < EVENTS; i++) {
    const id = await seedCase(CASES + i, 'critical', Date.now());
    t0 = performance.now();
    await redis.xadd(keys.events, '*', 'type', 'case.opened', 'case', id, 'urgency', 'critical', 'at', String(Date.now()));
    await page.locator(`tr[data-case="${id}"]`).waitFor({ timeout: 10_000 });
    toScreen.push(performance.now() - t0);
    await new Promise((r) => setTimeout(r, 300));
  }
  const ms = (x: number) => `${Math.round(x)} ms`;
  console.log(`open cases: ${(await redis.zcard(keys.queue)).toLocaleString('en')}`);
  console.log(`queue usable (Sign in pressed → first rows on screen): median ${ms(median(usable))}, worst ${ms(worst(usable))} (${usable.length} runs)`);
  console.log(`GET /desk answered by the server: median ${ms(median(server))}, worst ${ms(worst(server))} (${server.length} runs)`);
  console.log(`SOS typed into the running hotline → its row on the open queue page: ${ms(sos)}`);
  console.log(`case event written → its row on screen: median ${ms(median(toScreen))}, worst ${ms(worst(toScreen))} (${toScreen.length} events)`);
} finally {
  await browser.close();
  child.kill('SIGTERM');
  await new Promise((r) => child.once('exit', r));
  await redis.quit();
  await redisServer.stop();
  await rm(dataDir, { recursive: true, force: true });
}
