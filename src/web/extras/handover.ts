/**
 * The shift handover: what changed since a time (from the events stream), what is claimed by whom, what waits
 * for an officer's answer (nothing answered yet, or the person wrote since the last answer) and which cases
 * hold answers for the person's safe time. Read only.
 */
import type { CaseView } from '../../cases/case-record.js';
import type { Keys } from '../../redis/keys.js';
import type { RedisClient } from '../../redis/redis-client.js';

/** Events read for a handover at most (a night's changes of a busy embassy fit many times over). */
export const HANDOVER_EVENT_LIMIT = 20_000;

export interface Handover {
  since: number;
  /** Cases changed since `since`, most recent change first, with the event types in order. */
  changed: Array<{ caseId: string; types: string[]; last: number; view?: CaseView }>;
  /** Open claimed cases by officer id. */
  claimed: Map<string, CaseView[]>;
  /** Open cases waiting for an answer, with when the person last wrote (or the case opened). */
  waiting: Array<{ view: CaseView; since: number }>;
  /** Open cases with answers held, and how many. */
  held: Array<{ view: CaseView; count: number }>;
  /** Officer id → display name, for those named on the desk. */
  names: Record<string, string>;
}

/** Reads the handover of `open` cases since `since` (ms). */
export async function readHandover(deps: { redis: RedisClient; keys: Keys; open: readonly CaseView[]; get: (id: string) => Promise<CaseView | undefined>; since: number }): Promise<Handover> {
  const { redis, keys, open, since } = deps;
  const entries = await redis.xrange(keys.events, `${Math.max(0, Math.floor(since))}-0`, '+', 'COUNT', HANDOVER_EVENT_LIMIT);
  const byCase = new Map<string, { types: string[]; last: number }>();
  const lastMessage = new Map<string, number>();
  for (const [id, flat] of entries) {
    const f: Record<string, string> = {};
    for (let i = 0; i < flat.length; i += 2) f[flat[i]!] = flat[i + 1]!;
    const caseId = f.case;
    if (!caseId) continue;
    const at = Number(f.at) || Number(id.split('-')[0]);
    const entry = byCase.get(caseId) ?? { types: [], last: 0 };
    if (f.type && !entry.types.includes(f.type)) entry.types.push(f.type);
    entry.last = Math.max(entry.last, at);
    byCase.set(caseId, entry);
    if (f.type === 'case.message') lastMessage.set(caseId, at);
  }
  const openById = new Map(open.map((v) => [v.id, v]));
  const changed = await Promise.all(
    [...byCase].map(async ([caseId, e]) => ({ caseId, ...e, view: openById.get(caseId) ?? (await deps.get(caseId)) })),
  );
  changed.sort((a, b) => b.last - a.last);

  const claimed = new Map<string, CaseView[]>();
  for (const v of open) if (v.claimedBy) claimed.set(v.claimedBy, [...(claimed.get(v.claimedBy) ?? []), v]);

  const waiting = open
    .flatMap((v) => {
      const wrote = lastMessage.get(v.id);
      if (v.answeredAt === undefined) return [{ view: v, since: wrote ?? v.createdAt }];
      return wrote !== undefined && wrote > v.answeredAt ? [{ view: v, since: wrote }] : [];
    })
    .sort((a, b) => a.since - b.since);

  const pipeline = redis.pipeline();
  for (const v of open) pipeline.llen(keys.held(v.id));
  const lengths = (await pipeline.exec()) ?? [];
  const held = open.flatMap((view, i) => {
    const count = Number(lengths[i]?.[1] ?? 0);
    return count > 0 ? [{ view, count }] : [];
  });
  const names = await redis.hgetall(keys.deskOfficers);
  return { since, changed, claimed, waiting, held, names };
}
