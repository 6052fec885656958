/**
 * The memory phase of the intake benchmark: a fresh bot process; distinct chat ids each send one /start, and
 * the bot's heapUsed/RSS after a forced GC at 1k, 10k, 50k, 100k… people, to show that memory stays flat
 * when conversations live in Redis.
 */
import type { BenchContext } from './bench-context.js';
import { now } from './clock.js';
import { log, mb } from './format.js';
import { button, createRecorder, People, StepError } from './people.js';
import { botEnv, BotProcess } from './processes.js';
import { phaseRedisFigures, usedMemory, type PhaseRedisFigures } from './redis-figures.js';
import { round } from './stats.js';

const PREFIX_MEMORY = 'benchmem:';

/** The bot's memory after a forced GC, once `people` people have sent /start. */
export interface MemoryPoint { people: number; heapUsed: number; rss: number; heapTotal: number; external: number; arrayBuffers: number }

/** Every figure of the memory phase; the growth figures are there when the run went past 1,000 people. */
export interface MemoryResult {
  people: number;
  concurrency: number;
  seconds: number;
  messagesPerSecond: number;
  points: MemoryPoint[];
  heapGrowthBytes?: number;
  rssGrowthBytes?: number;
  heapBytesPerPerson?: number;
  errors: number;
  errorSamples: string[];
  redis: PhaseRedisFigures;
}

/** Runs the memory phase with `opts.memoryPeople` people, `opts.memoryConcurrency` at a time. */
export async function memoryPhase(bench: BenchContext): Promise<MemoryResult> {
  const { opts, api, redis, redisUrl, dataKey } = bench;
  const total = opts.memoryPeople;
  const checkpoints = [1_000, 10_000, 50_000, 100_000, 200_000, 500_000, 1_000_000].filter((n) => n < total);
  checkpoints.push(total);
  log(`memory phase: a fresh bot; ${total.toLocaleString('en')} distinct people each send /start, ${opts.memoryConcurrency} at a time; ` +
    `heap after a forced GC at ${checkpoints.map((n) => n.toLocaleString('en')).join(', ')}`);

  const usedBefore = await usedMemory(redis);
  const bot = new BotProcess(
    { script: opts.bot, nodeArgs: opts.botNodeArgs },
    botEnv({ apiRoot: await api.apiRoot, redisUrl, prefix: PREFIX_MEMORY, dataKey }),
  );
  await bot.ready;
  const rec = createRecorder({ from: -Infinity, to: Infinity });
  const people = new People(api, rec, opts.stepTimeout);
  const points: MemoryPoint[] = [];
  const point = async (n: number) => {
    const s = await bot.stats(true);
    points.push({ people: n, heapUsed: s.mem.heapUsed, rss: s.mem.rss, heapTotal: s.mem.heapTotal, external: s.mem.external, arrayBuffers: s.mem.arrayBuffers });
    log(`  ${n.toLocaleString('en').padStart(9)} people: heapUsed ${mb(s.mem.heapUsed)}, rss ${mb(s.mem.rss)}`);
  };
  await point(0);

  const t0 = now();
  let next = 0;
  for (const checkpoint of checkpoints) {
    const worker = async () => {
      while (next < checkpoint) {
        const chatId = 50_000_000 + next++;
        try {
          const { msgs } = await people.send(chatId, { op: 'command', command: '/start', languageCode: 'id' }, 1, '/start');
          button(msgs[0], 'agree', 'consent question');
        } catch (err) {
          if (!(err instanceof StepError)) throw err;
          rec.errors.push(`chat ${chatId}: ${err.message}`);
        }
      }
    };
    await Promise.all(Array.from({ length: opts.memoryConcurrency }, worker));
    await point(checkpoint);
  }
  const seconds = (now() - t0) / 1000;

  const redisFigures = await phaseRedisFigures(redis, PREFIX_MEMORY, opts.redisSample, usedBefore);
  await bot.stop();

  const at1k = points.find((p) => p.people === 1_000);
  const last = points[points.length - 1]!;
  return {
    people: total,
    concurrency: opts.memoryConcurrency,
    seconds: round(seconds, 1)!,
    messagesPerSecond: round(rec.inbound / seconds, 1)!,
    points,
    ...(at1k && last.people > at1k.people
      ? {
          heapGrowthBytes: last.heapUsed - at1k.heapUsed,
          rssGrowthBytes: last.rss - at1k.rss,
          heapBytesPerPerson: round((last.heapUsed - at1k.heapUsed) / (last.people - at1k.people), 1)!,
        }
      : {}),
    errors: rec.errors.length,
    errorSamples: rec.errors.slice(0, 5),
    redis: redisFigures,
  };
}
