/**
 * One address per person on WhatsApp. A person can reach us under their phone-number JID
 * (`628…@s.whatsapp.net`) or under a LID (`…@lid`, WhatsApp's privacy id), and WhatsApp moves chats from one
 * to the other. The hotline keys conversations by address, so both must resolve to the same one.
 *
 * The first address we learn for a person becomes their canonical address for good: the phone-number JID
 * when WhatsApp tells us (in the message, or in Baileys' own LID store), else the LID. Every JID seen for the
 * person is remembered in Redis as `<p>wa:jid:<HMAC of the JID>` → sealed canonical address, written with
 * SET NX so that two processes racing agree on the first writer. Keys hold no number; values are sealed.
 * The mapping never changes once written, so each process also keeps it in a bounded in-memory map.
 */
import { isHostedPnUser, isPnUser } from 'baileys';
import type { RedisClient as Redis } from '../../redis/redis-client.js';
import type { Sealer } from '../../core/sealed.js';
import type { Keys } from '../../redis/keys.js';

export interface IdentityResolver {
  /** The canonical address of the person writing from `jid` (and `altJid`, the other form, when known). */
  canonical(jid: string, altJid?: string): Promise<string>;
  /**
   * The address as far as it is known without Redis: the one remembered in memory, else the phone-number
   * form when there is one, else `jid` (what `canonical` would choose for a person never seen). A message is
   * journalled under it; `canonical` of it, once Redis is ready, gives the person's address for good.
   */
  guess(jid: string, altJid?: string): string;
  /** Entries held in memory (for tests and metrics). */
  readonly cached: number;
}

export interface IdentityOptions {
  redis: Redis;
  keys: Pick<Keys, 'waJid'>;
  sealer: Sealer;
  /** Baileys' own LID → phone-number lookup (its LID store), when connected. */
  pnForLid?: (lid: string) => Promise<string | null | undefined>;
  /** Entries kept in memory; the oldest is forgotten first. */
  cacheMax?: number;
}

const isPn = (jid: string) => Boolean(isPnUser(jid) || isHostedPnUser(jid));

export function createIdentityResolver(opts: IdentityOptions): IdentityResolver {
  const { redis, keys, sealer } = opts;
  const cacheMax = opts.cacheMax ?? 50_000;
  const cache = new Map<string, string>();
  const keyOf = (jid: string) => keys.waJid(sealer.personId('whatsapp-jid', jid));
  const remember = (jid: string, canonical: string) => {
    if (cache.size >= cacheMax) cache.delete(cache.keys().next().value!);
    cache.set(jid, canonical);
  };

  async function canonical(jid: string, altJid?: string): Promise<string> {
    const hit = cache.get(jid);
    if (hit !== undefined && (altJid === undefined || cache.has(altJid))) return hit;

    const jids = altJid ? [jid, altJid] : [jid];
    const stored = await redis.mgetBuffer(...jids.map(keyOf));
    const known = jids.map((_, i) => stored[i]).map((value) => (value ? sealer.open(value, 'whatsapp jid') : undefined));
    // Two records that disagree (both forms seen before WhatsApp linked them): the phone number's wins.
    let chosen = known[jids.findIndex(isPn)] ?? known.find((v) => v !== undefined);
    if (chosen === undefined) {
      let pn = jids.find(isPn);
      if (!pn && opts.pnForLid) pn = (await opts.pnForLid(jid).catch(() => undefined)) ?? undefined;
      chosen = pn ?? jid;
    }
    for (const [i, id] of jids.entries()) {
      if (known[i] !== undefined) continue;
      const written = await redis.set(keyOf(id), sealer.seal(chosen), 'NX');
      if (written === null) {
        // Another process wrote first: its choice stands.
        const theirs = await redis.getBuffer(keyOf(id));
        if (theirs) chosen = sealer.open(theirs, 'whatsapp jid');
      }
    }
    for (const id of jids) remember(id, chosen);
    return chosen;
  }

  const guess = (jid: string, altJid?: string) =>
    cache.get(jid) ?? (altJid !== undefined ? cache.get(altJid) : undefined) ?? [jid, altJid].find((j) => j !== undefined && isPn(j)) ?? jid;

  return {
    canonical,
    guess,
    get cached() {
      return cache.size;
    },
  };
}
