/**
 * Swarms of bare SOS: many new accounts each sending nothing but a danger word ("SOS") in a burst. Each such
 * case still gets its card, after every case with facts; meanwhile one digest lists them, and a supervisor
 * may lower all of them to high at once (each lowering audited as any other, and restored case by case with
 * `/restore`). A case with any fact (a name, a place, a pin, an answer, a message of its own, a link, a duress
 * word) is never bare: it is never folded into a digest and gets its own card first.
 */
import { randomBytes } from 'node:crypto';
import type { RedisClient as Redis } from '../redis/redis-client.js';
import { z } from 'zod';
import type { CaseView } from '../cases/case-record.js';
import type { Keys } from '../redis/keys.js';
import type { CaseDesk, Officer } from './case-desk.js';

/** The only reasons a bare alarm has: the danger words themselves, or "yes, in danger now". */
const BARE_REASONS = new Set(['danger-words', 'danger-now']);

/** How long a swarm digest's button works (ms): two days. */
export const SWARM_BATCH_TTL_MS = 2 * 24 * 3600_000;

/**
 * Whether a case carries nothing but its alarm: critical (or lowered from critical), new and unclaimed,
 * opened by danger words alone, and nothing else known — no name, place, pin, details, situation, count of
 * people, safe times, links, reopening. `ownMessages`: whether the person sent anything else since (a
 * `case.message` waiting for the thread counts).
 */
export function isBareAlarm(view: CaseView, ownMessages = false): boolean {
  const p = view.private;
  const alarm = view.urgency === 'critical' || view.lowered?.from === 'critical';
  return alarm && !ownMessages && view.status === 'new' && !view.claimedBy && view.kind === 'self-report'
    && view.reasons.every((r) => BARE_REASONS.has(r)) && view.reopened === 0 && !view.stopped
    && !p.name && !p.location && !p.place && !p.details && !p.peopleWords && !p.contact && !p.contactTimes
    && view.situation.length === 0 && !view.people && !view.country
    && view.links.length === 0 && view.possibleLinks.length === 0;
}

const Batch = z.array(z.string());

/** Keeps the case ids a swarm digest lists; returns the token its button carries. */
export async function rememberSwarm(redis: Redis, keys: Keys, caseIds: string[]): Promise<string> {
  const token = randomBytes(12).toString('base64url');
  await redis.set(keys.deskSwarm(token), JSON.stringify(caseIds), 'PX', SWARM_BATCH_TTL_MS);
  return token;
}

/**
 * A supervisor's press on a swarm digest: lowers to high, with `reason`, every case of the batch still bare
 * and critical (each an audited `lower`, undone case by case with `restore`). Undefined when the batch
 * expired or never existed. Checking that the officer is a supervisor is the caller's.
 */
export async function lowerSwarm(
  deps: { redis: Redis; keys: Keys; desk: CaseDesk }, token: string, officer: Officer, reason: string,
): Promise<{ lowered: string[]; skipped: string[] } | undefined> {
  const raw = await deps.redis.get(deps.keys.deskSwarm(token));
  if (!raw) return undefined;
  const ids = Batch.parse(JSON.parse(raw));
  const lowered: string[] = [];
  const skipped: string[] = [];
  for (const id of ids) {
    const view = await deps.desk.store.get(id);
    // Facts since the digest (an answer, a pin) or an officer on it: that case is no longer the swarm's.
    if (!view || view.urgency !== 'critical' || !isBareAlarm(view)) {
      skipped.push(id);
      continue;
    }
    const outcome = await deps.desk.lower(id, officer, 'high', reason);
    (outcome.ok && !outcome.already ? lowered : skipped).push(id);
  }
  return { lowered, skipped };
}
