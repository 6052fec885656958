/**
 * The colleagues a case can be handed to: the officers the deployment knows. Those are the officers the
 * desks have seen (`<p>desk:officers`: a web sign-in, an action in the Telegram group or in the terminal),
 * minus Telegram officers no longer in OFFICER_IDS / SUPERVISOR_IDS, plus the listed Telegram officers
 * not seen yet (named by their id until they act once).
 */
import type { Keys } from '../redis/keys.js';
import type { RedisClient } from '../redis/redis-client.js';

/** An officer a case can be handed to: the id the audit records and the name colleagues see. */
export interface Colleague {
  id: string;
  name: string;
}

/**
 * Every colleague, by name. `listed` are the Telegram officers of OFFICER_IDS and SUPERVISOR_IDS
 * (`telegram:<id>`); when it is not given (a desk without that configuration), every Telegram officer seen
 * counts.
 */
export async function officerRoster(deps: { redis: RedisClient; keys: Keys }, listed?: readonly string[]): Promise<Colleague[]> {
  const names = await deps.redis.hgetall(deps.keys.deskOfficers);
  const still = listed ? new Set(listed) : undefined;
  const out = new Map<string, Colleague>();
  for (const [id, name] of Object.entries(names)) {
    if (id.startsWith('telegram:') && still && !still.has(id)) continue; // no longer an officer
    out.set(id, { id, name: name || id });
  }
  for (const id of listed ?? []) if (!out.has(id)) out.set(id, { id, name: id });
  return [...out.values()].sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
}

/**
 * The colleague an officer means by `raw`: an officer id (`telegram:42`, `cli:ana`), a terminal officer's
 * name (`ana` for `cli:ana`), or a name as colleagues see it when only one officer has it (any case).
 * Undefined when nobody, or more than one officer, answers to it.
 */
export function findColleague(roster: readonly Colleague[], raw: string): Colleague | undefined {
  const asked = raw.trim();
  if (asked === '') return undefined;
  const byId = roster.find((c) => c.id === asked) ?? roster.find((c) => c.id === `cli:${asked.toLowerCase()}`);
  if (byId) return byId;
  const named = roster.filter((c) => c.name.toLowerCase() === asked.toLowerCase());
  return named.length === 1 ? named[0] : undefined;
}
