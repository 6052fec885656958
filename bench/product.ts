/**
 * `npm run bench`: the product as it runs. The hotline is started the way `npm start` starts it (src/main.ts,
 * desk worker, linker and every role included, an officers' group configured) against the loopback Telegram Bot
 * API server (bench/bot-api-server-process.ts) and a fresh local redis-server (AOF on); in the same run the
 * comparison bot (bench/comparison/bot.ts: plain grammY + @grammyjs/conversations + @grammyjs/storage-redis)
 * takes the same load of simulated people (bench/intake/people.ts). Each phase gets fresh processes and a fresh
 * key prefix; the bots take turns phase by phase, so both see the machine in the same state.
 *
 *   npm run bench                                   # polling, one process of each bot (about 5 minutes)
 *   npm run bench -- --mode webhook --processes 3   # webhook mode, three processes each behind a round robin of posts
 *   npm run bench -- --quick                        # a small load (smoke test)
 *   npm run bench -- --help                         # every option
 *
 * Phases (bench/product/phases.ts): throughput (people answering at once), background load (about 1,000
 * messages/s offered by people who pause, a share typing a danger text), and a surge (10,000 new people within
 * 60 s). Figures per bot: CPU per inbound message (utime + stime of the bot processes from /proc), messages per
 * second, reply p50/p99 (the driver wrote the update → the Bot API server saw the last reply message), danger
 * message → queue p50/p99 (→ a separate client's blocking XREAD saw the case's `case.opened`, written by the
 * same script as the queue ZADD), and the surge's lost people and reply p99; then the ratios and the targets.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { Redis } from 'ioredis';
import { createLogger } from '../src/logger.js';
import { startLocalRedis, type LocalRedis } from '../src/redis/local-server.js';
import { prng } from '../test/support/prng.js';
import { summarizeProfile, type CpuProfile } from './intake/cpu-profile.js';
import { log } from './intake/format.js';
import { ApiServer, ROOT } from './intake/processes.js';
import { OFFICERS_CHAT_ID, startComparison, startHotline, WEBHOOK_SECRET, type BotSetup, type RunningBot } from './product/bots.js';
import { readOptions } from './product/options.js';
import { surgePhase, windowPhase, type PhaseContext } from './product/phases.js';
import { printReport, type RunFigures } from './product/report.js';

const opts = readOptions();
const load = () => loadavg().map((x) => x.toFixed(2)).join(' ');

async function main(): Promise<void> {
  const tmp = await mkdtemp(path.join(tmpdir(), 'hotline-bench-product-'));
  let local: LocalRedis | undefined;
  let api: ApiServer | undefined;
  let redis: Redis | undefined;
  const running = new Set<RunningBot>();
  try {
    local = await startLocalRedis({ dataDir: path.join(tmp, 'redis'), logger: createLogger({ level: 'error' }) });
    redis = new Redis(local.url, { maxRetriesPerRequest: null });
    api = new ApiServer();
    const apiRoot = await api.apiRoot;
    api.send({ op: 'group', chatId: OFFICERS_CHAT_ID, forum: true });
    const dataKey = randomBytes(32).toString('base64');
    const loadBefore = load();
    log(`bench (product): ${opts.mode}, ${opts.processes} process(es) of each bot; node ${process.version}, ${cpus().length} CPUs, load average ${loadBefore}` +
      `${opts.quick ? ' (quick)' : ''}`);
    const ctx: PhaseContext = { api, redis, redisUrl: local.url, random: prng(opts.seed), stepTimeoutMs: opts.stepTimeout, pin: opts.pin };
    const bots = opts.only ? [opts.only] : (['hotline', 'comparison'] as const);
    let phaseNo = 0;
    // --quick: one process (set) of each bot for all its phases, started once (a smoke test, not figures).
    const kept = new Map<string, { bot: RunningBot; prefix: string }>();
    /** Processes that did not end their SIGTERM shutdown with exit 0 (a stop that hangs, or fails). */
    const unclean: string[] = [];
    const noteExits = (name: string, label: string, ends: Array<number | string>) => {
      if (ends.some((end) => end !== 0)) unclean.push(`${name} after ${label}: ${ends.join(' ')}`);
    };

    /** Starts a fresh bot for one phase (webhook deliveries pointed at it), runs the phase, stops the bot. */
    async function withBot<T>(name: 'hotline' | 'comparison', label: string, run: (bot: RunningBot, prefix: string, firstChat: number) => Promise<T>): Promise<T> {
      phaseNo++;
      const reused = kept.get(name);
      if (reused) {
        api!.send({ op: 'webhook', urls: reused.bot.urls, secret: WEBHOOK_SECRET, lanes: 40 });
        const t0 = Date.now();
        const result = await run(reused.bot, reused.prefix, phaseNo * 10_000_000);
        log(`  ${name}, ${label}: ran ${((Date.now() - t0) / 1000).toFixed(1)} s on the same processes (load average ${load()})`);
        return result;
      }
      const prefix = `${name === 'hotline' ? 'h' : 'c'}${phaseNo}:`;
      const profileDir = opts.profile && name === 'hotline' ? path.resolve(ROOT, opts.profileDir, `bench-product-${label.replace(/\W+/g, '-')}-${Date.now()}`) : undefined;
      if (profileDir) await mkdir(profileDir, { recursive: true });
      const setup: BotSetup = { mode: opts.mode, processes: opts.processes, apiRoot, redisUrl: local!.url, prefix, dataKey, tmp, ...(profileDir ? { profileDir } : {}) };
      const t0 = Date.now();
      const bot = name === 'hotline' ? await startHotline(setup) : await startComparison(setup);
      running.add(bot);
      api!.send({ op: 'webhook', urls: bot.urls, secret: WEBHOOK_SECRET, lanes: 40 });
      const t1 = Date.now();
      let t2 = t1;
      try {
        const result = await run(bot, prefix, phaseNo * 10_000_000);
        t2 = Date.now();
        if (opts.quick) {
          kept.set(name, { bot, prefix });
          log(`  ${name}, ${label}: started in ${((t1 - t0) / 1000).toFixed(1)} s, ran ${((t2 - t1) / 1000).toFixed(1)} s (load average ${load()})`);
          return result;
        }
        return result;
      } finally {
        if (!kept.has(name)) await stopBot();
      }
      async function stopBot() {
        api!.send({ op: 'webhook', urls: [] });
        const ends = await bot.stop();
        running.delete(bot);
        noteExits(name, label, ends);
        const s = (a: number, b: number) => ((b - a) / 1000).toFixed(1);
        log(`  ${name}, ${label}: started in ${s(t0, t1)} s, ran ${s(t1, t2)} s, stopped in ${s(t2, Date.now())} s, exit ${ends.join(' ')} (load average ${load()})`);
        if (profileDir) await printProfile(profileDir);
      }
    }
    const order = opts.quick ? bots.map((name) => [name]) : [bots];

    const figures: RunFigures = { throughput: {}, load: {}, surge: {} };
    for (const group of order) {
      log(`throughput: ${opts.people} people answering as soon as the reply arrives, ${opts.warmup} s warm-up + ${opts.seconds} s window`);
      for (const name of group) {
        figures.throughput[name] = await withBot(name, 'throughput', (bot, prefix, firstChat) =>
          windowPhase(ctx, bot, { prefix, firstChat, people: opts.people, thinkMs: 0, danger: 0.1, warmup: opts.warmup, seconds: opts.seconds }));
      }
      log(`background load: ${opts.loadPeople} people pausing ${opts.loadThink / 2}–${opts.loadThink * 1.5} ms before each message ` +
        `(about ${Math.round(opts.loadPeople / (opts.loadThink / 1000 || 0.001))} messages/s offered), ${Math.round(opts.loadDanger * 100)}% type a danger text; ` +
        `${opts.warmup} s warm-up + ${opts.loadSeconds} s window`);
      for (const name of group) {
        figures.load[name] = await withBot(name, 'background load', (bot, prefix, firstChat) =>
          windowPhase(ctx, bot, { prefix, firstChat, people: opts.loadPeople, thinkMs: opts.loadThink, danger: opts.loadDanger, warmup: opts.warmup, seconds: opts.loadSeconds }));
      }
      if (opts.surgePeople > 0) {
        log(`surge: ${opts.surgePeople} new people within ${opts.surgeSeconds} s, each /start then the consent button`);
        for (const name of group) {
          figures.surge[name] = await withBot(name, 'surge', (bot, _prefix, firstChat) => surgePhase(ctx, bot, { firstChat, people: opts.surgePeople, seconds: opts.surgeSeconds }));
        }
      }
      for (const name of group) {
        const reused = kept.get(name);
        if (!reused) continue;
        kept.delete(name);
        api.send({ op: 'webhook', urls: [] });
        noteExits(name, 'every phase', await reused.bot.stop());
        running.delete(reused.bot);
      }
    }
    const loadAfter = load();
    log(`load average before ${loadBefore}, after ${loadAfter}`);
    const { notMet } = printReport(figures, { mode: opts.mode, processes: opts.processes, quick: opts.quick, loadBefore, loadAfter, node: process.version, cpus: cpus().length });
    const errors = Object.values(figures.throughput).reduce((a, x) => a + x.errors, 0) + Object.values(figures.load).reduce((a, x) => a + x.errors, 0);
    for (const x of [...Object.values(figures.throughput), ...Object.values(figures.load)]) for (const e of x.errorSamples) process.stderr.write(`  error: ${e}\n`);
    for (const x of Object.values(figures.surge)) for (const e of x.errorSamples) process.stderr.write(`  surge: ${e}\n`);
    if (errors > 0) process.exitCode = 1;
    if (unclean.length > 0) {
      process.stderr.write(`UNCLEAN exit on SIGTERM: ${unclean.join('; ')}\n`);
      process.exitCode = 1;
    } else {
      log('every bot process exited 0 on SIGTERM');
    }
    void notMet; // targets not met are reported, not a failure of the run
  } finally {
    for (const bot of running) await bot.stop().catch(() => undefined);
    await api?.stop().catch(() => undefined);
    redis?.disconnect();
    await local?.stop().catch(() => undefined);
    await rm(tmp, { recursive: true, force: true }).catch(() => undefined);
  }
}

/** Where the hotline's CPU went in a phase (each process's `--cpu-prof` file). */
async function printProfile(dir: string): Promise<void> {
  for (const file of (await readdir(dir)).filter((f) => f.endsWith('.cpuprofile'))) {
    const summary = summarizeProfile(JSON.parse(await readFile(path.join(dir, file), 'utf8')) as CpuProfile, 15, ROOT);
    log(`    profile ${path.join(dir, file)}: busy ${summary.busyMs.toFixed(0)} ms of ${summary.totalMs.toFixed(0)} ms`);
    for (const c of summary.categories) log(`      ${c.pctOfBusy.toFixed(1).padStart(5)}%  ${c.name}`);
    for (const f of summary.functions.slice(0, 15)) log(`      ${f.pctOfBusy.toFixed(1).padStart(5)}%  ${f.name}`);
  }
}

await main();
