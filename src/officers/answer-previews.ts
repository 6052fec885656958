/**
 * Answers waiting for their officer's confirmation: an officer's reply to a case's card, or an answer that
 * looks like a case card or names another case, is shown back to them as a preview with Send / Cancel,
 * and goes to the person only when its author presses Send. A preview is a sealed Redis string under an
 * unguessable token (the buttons carry only the token) and expires after {@link PREVIEW_TTL_MS}: a stale,
 * used or forged token finds nothing, so its button does nothing.
 */
import { randomBytes } from 'node:crypto';
import type { RedisClient as Redis } from '../redis/redis-client.js';
import { z } from 'zod';
import type { Sealer } from '../core/sealed.js';
import type { Keys } from '../redis/keys.js';

/** A preview can be confirmed for this long (ms): after that the situation may have changed. */
export const PREVIEW_TTL_MS = 10 * 60_000;

export const AnswerPreview = z.object({
  caseId: z.string(),
  text: z.string(),
  /** The officer who wrote it: only they can send it. */
  by: z.string(),
  at: z.number(),
});
export type AnswerPreview = z.infer<typeof AnswerPreview>;

/** 16 characters of base64url: 96 random bits. */
const TOKEN = /^[A-Za-z0-9_-]{16}$/;

export interface AnswerPreviews {
  /** How long a preview waits for its Send (ms). */
  readonly ttlMs: number;
  /** Keeps a preview; returns its token. */
  create(preview: AnswerPreview): Promise<string>;
  /** The preview, if it is still waiting (not sent, cancelled or expired). */
  peek(token: string): Promise<AnswerPreview | undefined>;
  /** Takes the preview out, once: of two presses at once, only one gets it. */
  take(token: string): Promise<AnswerPreview | undefined>;
}

export function createAnswerPreviews(deps: { redis: Redis; keys: Keys; sealer: Sealer; ttlMs?: number }): AnswerPreviews {
  const { redis, keys, sealer } = deps;
  const ttlMs = deps.ttlMs ?? PREVIEW_TTL_MS;
  const open = (token: string, sealed: string | null | undefined) =>
    sealed ? AnswerPreview.parse(JSON.parse(sealer.open(Buffer.from(sealed, 'base64'), `answer preview ${token}`))) : undefined;

  return {
    ttlMs,
    async create(preview) {
      const token = randomBytes(12).toString('base64url');
      await redis.set(keys.deskPreview(token), sealer.seal(JSON.stringify(preview)).toString('base64'), 'PX', ttlMs);
      return token;
    },
    async peek(token) {
      if (!TOKEN.test(token)) return undefined;
      return open(token, await redis.get(keys.deskPreview(token)));
    },
    async take(token) {
      if (!TOKEN.test(token)) return undefined;
      const key = keys.deskPreview(token);
      const [got] = (await redis.multi().get(key).del(key).exec()) ?? [];
      return open(token, got?.[1] as string | null | undefined);
    },
  };
}
