/**
 * Reading cases and the open-case queue. Writes happen only in the hotline's commit script
 * (src/redis/scripts.ts), together with the conversation they come from. Each case's sealed values open with
 * its own key (src/cases/case-keys.ts).
 */
import type { RedisClient as Redis } from '../redis/redis-client.js';
import type { Sealer } from '../core/sealed.js';
import type { Keys } from '../redis/keys.js';
import { parseCase, type CaseView } from './case-record.js';
import { caseSealer } from './case-keys.js';

export interface CaseStore {
  get(caseId: string): Promise<CaseView | undefined>;
  /** Open cases in queue order: most urgent first, then oldest first. */
  listOpen(opts?: { limit?: number }): Promise<CaseView[]>;
  /** Case events from the stream, oldest first (for tools and tests; the desk uses a consumer group). */
  events(opts?: { count?: number }): Promise<Array<{ id: string; type: string; caseId: string; urgency: string; at: number }>>;
}

export function createCaseStore(deps: { redis: Redis; keys: Keys; sealer: Sealer }): CaseStore {
  const { redis, keys } = deps;
  return {
    async get(caseId) {
      const [hash, caseSeal] = await Promise.all([redis.hgetall(keys.case(caseId)), caseSealer(deps, caseId)]);
      return parseCase(hash, caseSeal);
    },
    async listOpen(opts = {}) {
      const ids = await redis.zrange(keys.queue, '0', String((opts.limit ?? 1000) - 1));
      if (ids.length === 0) return [];
      const pipeline = redis.pipeline();
      for (const id of ids) pipeline.hgetall(keys.case(id));
      const [hashes, sealers] = await Promise.all([pipeline.exec().then((r) => r ?? []), Promise.all(ids.map((id) => caseSealer(deps, id)))]);
      return hashes.flatMap(([err, hash], i) => {
        if (err) throw err;
        const view = parseCase(hash as Record<string, string>, sealers[i]!);
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
