/** Time in the intake benchmark: one clock shared with the Bot API server process, and pauses. */
import { performance } from 'node:perf_hooks';

/** The clock the Bot API server stamps its events with (`at`): epoch ms with sub-ms precision. */
export const now = (): number => performance.timeOrigin + performance.now();

/** Resolves after `ms` milliseconds. */
export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
