/** Figures from the Redis server after a phase: used memory, and what the conversation keys cost. */
import type { Redis } from 'ioredis';
import { createKeys } from '../../src/redis/keys.js';
import { round } from './stats.js';

/** `used_memory` from INFO memory, in bytes. */
export async function usedMemory(redis: Redis): Promise<number> {
  const info = await redis.info('memory');
  return Number(/^used_memory:(\d+)/m.exec(info)?.[1] ?? NaN);
}

/** Every key matching `match`, by SCAN. */
async function scanKeys(redis: Redis, match: string): Promise<string[]> {
  const keys: string[] = [];
  let cursor = '0';
  do {
    const [next, batch] = await redis.scan(cursor, 'MATCH', match, 'COUNT', 5000);
    cursor = next;
    keys.push(...batch);
  } while (cursor !== '0');
  return keys;
}

/** What {@link conversationBytes} found, in bytes: per key (MEMORY USAGE) and per field (sealed snapshot, seen ids). */
export interface ConversationBytes { keys: number; sampled: number; memoryUsageAvg: number; memoryUsageMax: number; snapshotAvg: number; seenAvg: number }

/** MEMORY USAGE (SAMPLES 0: every field counted) of up to `sample` conversation keys, evenly spread. */
async function conversationBytes(redis: Redis, prefix: string, sample: number): Promise<ConversationBytes> {
  const keys = await scanKeys(redis, createKeys(prefix).conversation('*'));
  const stride = Math.max(1, Math.floor(keys.length / sample));
  const picked = keys.filter((_, i) => i % stride === 0).slice(0, sample);
  const pipe = redis.pipeline();
  for (const key of picked) {
    pipe.memory('USAGE', key, 'SAMPLES', 0);
    pipe.hstrlen(key, 's');
    pipe.hstrlen(key, 'seen');
  }
  const results = (await pipe.exec()) ?? [];
  const values = results.map(([err, value]) => {
    if (err) throw err;
    return Number(value);
  });
  const usage = picked.map((_, i) => values[i * 3]!);
  const avg = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : NaN);
  return {
    keys: keys.length,
    sampled: picked.length,
    memoryUsageAvg: avg(usage),
    memoryUsageMax: usage.length ? Math.max(...usage) : NaN,
    snapshotAvg: avg(picked.map((_, i) => values[i * 3 + 1]!)),
    seenAvg: avg(picked.map((_, i) => values[i * 3 + 2]!)),
  };
}

/** A phase's Redis figures: {@link ConversationBytes}, the number of conversations and used_memory growth per conversation. */
export type PhaseRedisFigures = ConversationBytes & { usedMemoryDeltaPerConversation: number; conversations: number };

/**
 * Counts the conversations under `prefix` and measures them ({@link conversationBytes}).
 *
 * @param usedBefore {@link usedMemory} before the phase.
 */
export async function phaseRedisFigures(redis: Redis, prefix: string, sample: number, usedBefore: number): Promise<PhaseRedisFigures> {
  const conversations = (await scanKeys(redis, createKeys(prefix).conversation('*'))).length;
  const usedAfter = await usedMemory(redis);
  const bytes = await conversationBytes(redis, prefix, sample);
  return { ...bytes, conversations, usedMemoryDeltaPerConversation: round((usedAfter - usedBefore) / conversations, 1)! };
}
