/**
 * Unread messages per case and officer on the web desk: the case hash counts the person's messages
 * (`messages`, by the commit script), and `<p>web:read:<caseId>` keeps, per officer, the count they had
 * when they last opened the case page. Unread is the difference. The marker goes with the case when it is
 * purged (src/cases/retention.ts); it holds one field per officer who opened the case, nothing else.
 */
import type { Keys } from '../redis/keys.js';
import type { RedisClient } from '../redis/redis-client.js';

export interface UnreadCounts {
  /**
   * The person's message count now, read before the page is built, so that a message arriving while it
   * is built stays unread: call {@link UnreadCounts.markRead} with it once the page is sent.
   */
  seen(caseId: string): Promise<number>;
  /** The officer has read the case up to `count` messages. */
  markRead(caseId: string, officerId: string, count: number): Promise<void>;
  /** How many messages from the person each case has that the officer has not read, in order. */
  unread(caseIds: readonly string[], officerId: string): Promise<number[]>;
}

export function createUnreadCounts(deps: { redis: RedisClient; keys: Keys }): UnreadCounts {
  const { redis, keys } = deps;
  return {
    async seen(caseId) {
      return Number(await redis.hget(keys.case(caseId), 'messages')) || 0;
    },
    async markRead(caseId, officerId, count) {
      await redis.hset(keys.webRead(caseId), officerId, String(count));
    },
    async unread(caseIds, officerId) {
      if (caseIds.length === 0) return [];
      const p = redis.pipeline();
      for (const id of caseIds) p.hget(keys.case(id), 'messages').hget(keys.webRead(id), officerId);
      const got = (await p.exec()) ?? [];
      return caseIds.map((_, i) => Math.max(0, (Number(got[i * 2]?.[1]) || 0) - (Number(got[i * 2 + 1]?.[1]) || 0)));
    },
  };
}
