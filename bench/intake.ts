/**
 * `npm run bench:intake`: many simulated people walk the whole intake against a loopback Telegram Bot API server
 * and a real Redis, with the bot in a process of its own so its CPU and memory are measured alone.
 *
 *   npm run bench:intake                                   # 500 people: saturated (5 s warm-up + 30 s window), paced (5 + 20 s), then the 100k memory phase
 *   npm run bench:intake -- --people 500 --seconds 30      # steady window length
 *   npm run bench:intake -- --people 500 --rounds 1        # after the warm-up, 500 new people walk exactly 1 intake each; the window
 *                                                   #   runs from all of them being active until the first one is done
 *   npm run bench:intake -- --memory-people 0              # skip the memory phase (or e.g. 10000 for a shorter one)
 *   npm run bench:intake -- --paced-seconds 0              # skip the paced phase (--paced-think 1000: mean pause before each message, ms;
 *                                                   #   --paced-danger 0.5: more danger texts there, for a p99 from more samples)
 *   npm run bench:intake -- --profile                      # V8 CPU profile of the bot over the saturated window, where the time goes printed
 *   npm run bench:intake -- --bot path/to/variant.ts       # measure a variant of bench/bot-process.ts (same stdin/stdout protocol)
 *   npm run bench:intake -- --bot-node-args=""            # node flags for the bot process (default: --max-semi-space-size=64, as npm start)
 *
 * Processes: a redis-server child (AOF on, data in a temp dir, via startLocalRedis), the Bot API server
 * (bench/bot-api-server-process.ts), the bot (bench/bot-process.ts, with --expose-gc), and this driver.
 *
 * Each person: /start, agree, "myself" at the who-menu, danger "no" (or, for --danger of them, types
 * "tolong saya dipukul"), a typed place or a location pin, two situation toggles + done, people count, contact, skip name, confirm. A person
 * sends the next message only once the whole reply to the previous one arrived, pressing the buttons of the
 * bot's last message (callback data `c:<prompt>:<choice>`).
 *
 * Phases: "saturated" (people answer the moment a reply arrives, so the bot runs flat out: throughput and CPU per
 * message), "paced" (500 other people pause 0.5–1.5 s before each message, half of them send a danger text: latency
 * when the bot is not flat out; real people pause far longer), and "memory" (below). Each phase gets a fresh bot process.
 *
 * Figures (steady window only, i.e. after the warm-up with every person slot active):
 * - inbound messages/s: messages the bot processed in the window / window length (bot-side counter);
 * - reply latency: driver wrote the update to the server → the server saw the bot's first (and last) reply message;
 * - danger → queue: driver wrote the danger text → a separate client's blocking XREAD on `<prefix>events`
 *   returned that case's `case.opened` (the same Lua script ZADDs the queue entry, so both are visible together);
 * - bot CPU per inbound message: bot process.cpuUsage() delta (user + system, all threads) / processed messages;
 * - Redis bytes per idle conversation: MEMORY USAGE of sampled `<prefix>conv:*` keys after the run, and
 *   used_memory delta / conversations (which also counts cases, queue and events);
 * - memory phase: a fresh bot process; distinct chat ids each send one /start; heapUsed/RSS after a forced GC
 *   at 1k, 10k, 50k, 100k people.
 * Output: a table with the targets, then one JSON line with every figure.
 *
 * The parts live in bench/intake/: options.ts (the command line), processes.ts (the Bot API server and bot
 * processes), people.ts (simulated people), main-phase.ts and memory-phase.ts (the phases), event-watcher.ts,
 * redis-figures.ts, cpu-time.ts and cpu-profile.ts (what they measure), stats.ts, format.ts and report.ts.
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { Redis } from 'ioredis';
import { createLogger } from '../src/logger.js';
import { startLocalRedis, type LocalRedis } from '../src/redis/local-server.js';
import { prng } from '../test/support/prng.js';
import type { BenchContext } from './intake/bench-context.js';
import { log } from './intake/format.js';
import { mainPhase } from './intake/main-phase.js';
import { memoryPhase } from './intake/memory-phase.js';
import { readOptions } from './intake/options.js';
import { ApiServer } from './intake/processes.js';
import { printReport } from './intake/report.js';

const opts = readOptions();

// Seeded, so who is in danger and who sends a pin repeats between runs.
const random = prng(opts.seed);

async function main(): Promise<void> {
  const tmp = await mkdtemp(path.join(tmpdir(), 'hotline-bench-'));
  const logger = createLogger({ level: 'error' }); // redis-server's start-up warnings (overcommit) are not about the bench
  let local: LocalRedis | undefined;
  let api: ApiServer | undefined;
  let redis: Redis | undefined;
  try {
    local = await startLocalRedis({ dataDir: path.join(tmp, 'redis'), logger });
    redis = new Redis(local.url, { maxRetriesPerRequest: null });
    api = new ApiServer();
    const apiRoot = await api.apiRoot;
    const dataKey = randomBytes(32).toString('base64');
    log(`redis-server ${local.url} (AOF everysec, pid ${local.pid}), Bot API server ${apiRoot}, node ${process.version}, ` +
      `${cpus().length} CPUs, load average ${loadavg().map((x) => x.toFixed(2)).join(' ')}`);
    const bench: BenchContext = { opts, random, api, redis, redisUrl: local.url, redisPid: local.pid, dataKey };

    const saturated = await mainPhase(bench, {
      label: 'saturated phase (each person answers as soon as the reply arrives)', prefix: 'bench:', firstChat: 1_000_000,
      think: opts.think, danger: opts.danger, seconds: opts.seconds, warmup: opts.warmup, rounds: opts.rounds, profile: opts.profile,
    });
    const paced = opts.pacedSeconds > 0
      ? await mainPhase(bench, {
          label: 'paced phase', prefix: 'benchpaced:', firstChat: 20_000_000,
          think: opts.pacedThink, danger: opts.pacedDanger, seconds: opts.pacedSeconds, warmup: opts.warmup, rounds: 0, profile: opts.profilePaced,
        })
      : undefined;
    const memory = opts.memoryPeople > 0 ? await memoryPhase(bench) : undefined;

    printReport(opts, { saturated, paced, memory });
    if (saturated.errors > 0 || (paced?.errors ?? 0) > 0 || (memory?.errors ?? 0) > 0) process.exitCode = 1;
  } finally {
    await api?.stop().catch(() => undefined);
    redis?.disconnect();
    await local?.stop().catch(() => undefined);
    await rm(tmp, { recursive: true, force: true }).catch(() => undefined);
  }
}

await main();
