/** What every phase of the intake benchmark runs against. */
import type { Redis } from 'ioredis';
import type { IntakeOptions } from './options.js';
import type { ApiServer } from './processes.js';

/** The running benchmark: its options and random numbers, the Bot API server and the shared redis-server. */
export interface BenchContext {
  opts: IntakeOptions;
  /** Seeded (`--seed`), so who is in danger and who sends a pin repeats between runs; one stream for the run. */
  random: () => number;
  api: ApiServer;
  /** The driver's own client, for figures (the bots have theirs). */
  redis: Redis;
  redisUrl: string;
  /** Process id of the redis-server, for its CPU time. */
  redisPid: number;
  /** DATA_KEY of every bot process of the run. */
  dataKey: string;
}
