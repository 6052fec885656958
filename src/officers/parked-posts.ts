/**
 * Desk posts the officers' group would not take: refused (a 4xx other than 429) or failed too many times in
 * a row. A parked post leaves the desk's outbox (`<p>desk:todo`) so it never holds back another; it waits in
 * `<p>desk:parked`, scored by its next try, with why in `<p>desk:parked:info`, and goes back to its place in
 * the outbox when that try is due (30 s, 2 min, 10 min, 30 min, then every hour).
 */
import type { RedisClient as Redis } from '../redis/redis-client.js';
import { z } from 'zod';
import type { Keys } from '../redis/keys.js';

/** Waits between tries of a parked post: the n-th parking waits the n-th (the last one from then on). */
export const PARK_BACKOFF_MS = [30_000, 120_000, 600_000, 1_800_000, 3_600_000] as const;
/** Failures in a row (not refusals: those park at once) after which a post is parked. */
export const PARK_AFTER_FAILURES = 5;

/** What `<p>desk:parked:info` keeps per post. */
export const ParkedInfo = z.object({
  /** Failures in a row since the post last went through or was parked. */
  tries: z.number().int().nonnegative(),
  /** How many times it was parked. */
  parks: z.number().int().nonnegative().default(0),
  /** Why it last failed: the board's words (Telegram's description), no personal data. */
  reason: z.string().default(''),
  /** When it was first parked (ms). */
  since: z.number().optional(),
  /** Its score in `<p>desk:todo`, to go back to its place. */
  score: z.number().optional(),
  /** Whether officers were told about it. */
  reported: z.boolean().default(false),
});
export type ParkedInfo = z.infer<typeof ParkedInfo>;

/** A parked post as `/queue` and `npm run desk -- list` show it. */
export interface ParkedPost {
  member: string;
  /** `card`, `msg`, `status` or `alert`. */
  kind: string;
  caseId: string;
  reason: string;
  since: number;
  nextTry: number;
  parks: number;
}

/** The kinds of post waiting in `<p>desk:todo` (the first part of a member), each named by `desk-post-<kind>`. */
export const POST_KINDS = ['card', 'msg', 'status', 'alert'] as const;

/** Which case and kind of post a `<p>desk:todo` member is (`card:<case>`, `msg:<entry>:<case>`, `alert:<what>:<case>`…). */
export function postOf(member: string): { kind: string; caseId: string } {
  const parts = member.replace(/^posting:/, '').split(':');
  return { kind: parts[0] ?? '', caseId: parts[parts.length - 1] ?? '' };
}

export function parseParkedInfo(raw: string | null | undefined): ParkedInfo {
  if (!raw) return ParkedInfo.parse({ tries: 0 });
  const parsed = ParkedInfo.safeParse(JSON.parse(raw));
  return parsed.success ? parsed.data : ParkedInfo.parse({ tries: 0 });
}

/** The parked posts, soonest next try first. */
export async function listParked(redis: Redis, keys: Keys, limit = 200): Promise<ParkedPost[]> {
  const flat = await redis.zrange(keys.deskParked, '0', String(limit - 1), 'WITHSCORES');
  const out: ParkedPost[] = [];
  for (let i = 0; i < flat.length; i += 2) {
    const member = flat[i]!;
    const info = parseParkedInfo(await redis.hget(keys.deskParkedInfo, member));
    out.push({ member, ...postOf(member), reason: info.reason, since: info.since ?? 0, nextTry: Number(flat[i + 1]), parks: info.parks });
  }
  return out;
}
