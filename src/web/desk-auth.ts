/**
 * Signing in to the web desk without a password: one-time links and sessions, in Redis.
 *
 * - A link is a random 32-byte token (base64url) that an officer gets from the bot in a private chat
 *   (`/desk`) or from `npm run desk -- web-link --as NAME`. Only its SHA-256 is stored (`<p>web:link:<h>`),
 *   for 10 minutes; pressing "Sign in" takes it with GETDEL, so it signs in once, whoever is first.
 * - A session is another random 32-byte id in an HttpOnly, SameSite=Strict cookie; only its SHA-256 is
 *   stored (`<p>web:session:<h>`), with the officer, their role and the CSRF token every POST must carry. It
 *   ends after 30 minutes without a request, 12 hours after sign-in whatever happens, at sign-out, or when a
 *   supervisor ends it.
 *
 * A stolen Redis dump holds no usable link or session: only hashes of them.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import type { Keys } from '../redis/keys.js';
import type { RedisClient } from '../redis/redis-client.js';

/** Who is signed in: the same officer id the other desks audit (`telegram:<id>` or `cli:<name>`). */
export interface WebOfficer {
  id: string;
  /** What colleagues see (the Telegram first name, or the CLI name). */
  name: string;
  supervisor: boolean;
}

const Link = z.object({ officer: z.string().min(1).max(80), name: z.string().max(64), supervisor: z.boolean(), at: z.number() });

const Session = z.object({
  officer: z.string(),
  name: z.string(),
  supervisor: z.boolean(),
  csrf: z.string(),
  startedAt: z.number(),
  seenAt: z.number(),
  ends: z.number(),
});
export type WebSession = z.infer<typeof Session> & { idHash: string };

export interface DeskAuthOptions {
  redis: RedisClient;
  keys: Keys;
  now?: () => number;
  /** How long a link can be used, ms (10 minutes). */
  linkMs?: number;
  /** A session ends after this long without a request, ms (30 minutes). */
  idleMs?: number;
  /** A session ends this long after sign-in whatever happens, ms (12 hours). */
  maxMs?: number;
}

export interface DeskAuth {
  /** A new one-time link token for `officer`. */
  issueLink(officer: WebOfficer): Promise<string>;
  /** Takes a link (once): a new session's cookie value and the session; undefined for an unknown, used or expired link. */
  redeem(token: string): Promise<{ cookie: string; session: WebSession } | undefined>;
  /** The live session of a cookie value, its idle time renewed; undefined when there is none. */
  session(cookie: string | undefined): Promise<WebSession | undefined>;
  /** Ends a session by its id hash (sign-out, or a supervisor). True when it was live. */
  end(idHash: string): Promise<boolean>;
  /** The live sessions, newest first. */
  list(): Promise<WebSession[]>;
  /** Whether `given` is the session's CSRF token (constant time). */
  csrfOk(session: WebSession, given: unknown): boolean;
  readonly idleMs: number;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const TOKEN = /^[A-Za-z0-9_-]{43}$/; // 32 bytes in base64url

export function createDeskAuth(opts: DeskAuthOptions): DeskAuth {
  const { redis, keys } = opts;
  const now = opts.now ?? Date.now;
  const linkMs = opts.linkMs ?? 10 * 60_000;
  const idleMs = opts.idleMs ?? 30 * 60_000;
  const maxMs = opts.maxMs ?? 12 * 3600_000;

  async function read(idHash: string): Promise<WebSession | undefined> {
    const raw = await redis.get(keys.webSession(idHash));
    if (!raw) return undefined;
    const parsed = Session.safeParse(JSON.parse(raw));
    if (!parsed.success) return undefined;
    return { ...parsed.data, idHash };
  }

  return {
    idleMs,
    async issueLink(officer) {
      const token = randomBytes(32).toString('base64url');
      const link: z.infer<typeof Link> = { officer: officer.id, name: officer.name.slice(0, 64), supervisor: officer.supervisor, at: now() };
      await redis.set(keys.webLink(sha256(token)), JSON.stringify(link), 'PX', linkMs);
      return token;
    },
    async redeem(token) {
      if (!TOKEN.test(token)) return undefined;
      const raw = await redis.getdel(keys.webLink(sha256(token)));
      if (!raw) return undefined;
      const link = Link.safeParse(JSON.parse(raw));
      if (!link.success) return undefined;
      const cookie = randomBytes(32).toString('base64url');
      const idHash = sha256(cookie);
      const at = now();
      const session = { officer: link.data.officer, name: link.data.name, supervisor: link.data.supervisor, csrf: randomBytes(24).toString('base64url'), startedAt: at, seenAt: at, ends: at + maxMs };
      await redis.multi().set(keys.webSession(idHash), JSON.stringify(session), 'PX', idleMs).zadd(keys.webSessions, at, idHash).exec();
      return { cookie, session: { ...session, idHash } };
    },
    async session(cookie) {
      if (!cookie || !TOKEN.test(cookie)) return undefined;
      const idHash = sha256(cookie);
      const found = await read(idHash);
      if (!found) return undefined;
      const at = now();
      if (at >= found.ends) {
        await this.end(idHash);
        return undefined;
      }
      const { idHash: _h, ...stored } = found;
      // Renewed idle time, never past the session's end.
      await redis.set(keys.webSession(idHash), JSON.stringify({ ...stored, seenAt: at }), 'PX', Math.max(1, Math.min(idleMs, found.ends - at)), 'XX');
      return { ...found, seenAt: at };
    },
    async end(idHash) {
      const [[, deleted]] = (await redis.multi().del(keys.webSession(idHash)).zrem(keys.webSessions, idHash).exec()) as [[Error | null, number]];
      return deleted === 1;
    },
    async list() {
      const ids = await redis.zrevrange(keys.webSessions, 0, 999);
      const out: WebSession[] = [];
      for (const idHash of ids) {
        const s = await read(idHash);
        if (s && s.ends > now()) out.push(s);
        else await redis.zrem(keys.webSessions, idHash);
      }
      return out;
    },
    csrfOk(session, given) {
      if (typeof given !== 'string') return false;
      const a = Buffer.from(session.csrf);
      const b = Buffer.from(given);
      return a.length === b.length && timingSafeEqual(a, b);
    },
  };
}
