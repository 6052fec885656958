/**
 * Reading cases and the open-case queue. Writes happen only in the hotline's commit script
 * (src/redis/scripts.ts), together with the conversation they come from.
 */
import type { RedisClient as Redis } from '../redis/redis-client.js';
import type { Sealer } from '../core/sealed.js';
import type { Keys } from '../redis/keys.js';
import { parseCase, type CaseView } from './case-record.js';

export interface CaseStore {
  get(caseId: string): Promise<CaseView | undefined>;
  /** Open cases in queue order: most urgent first, then oldest first. */
  listOpen(opts?: { limit?: number }): Promise<CaseView[]>;
  /** Case events from the stream, oldest first (for tools and tests; the desk uses a consumer group). */
  events(opts?: { count?: number }): Promise<Array<{ id: string; type: string; caseId: string; urgency: string; at: number }>>;
}

export function createCaseStore(deps: { redis: Redis; keys: Keys; sealer: Sealer }): CaseStore {
  const { redis, keys, sealer } = deps;
  return {
    async get(caseId) {
      return parseCase(await redis.hgetall(keys.case(caseId)), sealer);
    },
    async listOpen(opts = {}) {
      const ids = await redis.zrange(keys.queue, '0', String((opts.limit ?? 1000) - 1));
      if (ids.length === 0) return [];
      const pipeline = redis.pipeline();
      for (const id of ids) pipeline.hgetall(keys.case(id));
      const hashes = (await pipeline.exec()) ?? [];
      return hashes.flatMap(([err, hash]) => {
        if (err) throw err;
        const view = parseCase(hash as Record<string, string>, sealer);
        return view ? [view] : [];
      });
    },
    async events(opts = {}) {
      const entries = await redis.xrange(keys.events, '-', '+', 'COUNT', opts.count ?? 1000);
      return entries.map(([id, flat]) => {
        const f: Record<string, string> = {};
        for (let i = 0; i < flat.length; i += 2) f[flat[i]!] = flat[i + 1]!;
        return { id, type: f.type ?? '', caseId: f.case ?? '', urgency: f.urgency ?? '', at: Number(f.at) };
      });
    },
  };
}
