/**
 * The trail: every message of a person's chat with the bot, both sides, from the moment it is in the chat
 * until it is deleted from it. Treat the chat as readable by a guard: each message is deleted
 * `CHAT_ERASE_MINUTES` after it was sent (the poller over `<p>due` runs it, in whichever process is up),
 * a transient one (the consent screen, a summary) as soon as the person answers it — and so is the
 * person's own message that a transient screen answered — and all of them at once when the person wipes
 * the chat.
 *
 * Channels record what is in the chat (`settle`: the person's message and the bot's replies, with the ids
 * the channel gave them) and register the `ChatEraser` that deletes messages there. In Redis
 * (docs/redis-layout.md): `<p>trail:<personId>`, a sorted set of members `<side>:<ref>` scored by when each
 * is due to go; `<p>trail:chat:<personId>`, the chat's address (sealed: never in clear) and the transient
 * members. Deleting twice is harmless: nothing here is exactly once.
 *
 * A message the channel refuses to delete (Telegram: older than 48 hours) sets `e` on the person's
 * conversation: the core tells them once, in reply to their next message, to clear the chat themselves.
 * Nothing is ever written to a person first.
 */
import type { RedisClient as Redis } from '../redis/redis-client.js';
import { z } from 'zod';
import type { Logger } from '../logger.js';
import type { Keys } from '../redis/keys.js';
import { trailErased, trailSettle } from '../redis/scripts.js';
import { ChannelName } from './messages.js';
import type { Sealer } from './sealed.js';

/** Telegram lets a bot delete a message only this long after it was sent. */
export const BOT_DELETE_LIMIT_MS = 48 * 3600_000;

/**
 * One message in a chat: the bot's (`bot`), the person's (`person`), or the bot's that stays until a wipe
 * (`kept`: only wiped, never auto-deleted). `ref` is the channel's id of it in the chat.
 */
export interface TrailRef {
  side: 'bot' | 'person' | 'kept';
  ref: string;
}

/** A message the bot just sent into the chat. */
export interface SentMessage {
  ref: string;
  /** When the channel says it was sent, ms. */
  at: number;
  transient?: boolean;
  keep?: boolean;
  /**
   * The message was not sent anew but edited in place (the answer to a toggle): already in the trail with its
   * deletion time, it is still the chat's current screen, so the answer it got does not delete it.
   */
  edited?: boolean;
}

/** How a channel deletes messages from a chat. */
export interface ChatEraser {
  /**
   * How long after sending the channel still lets the bot delete a message (Telegram: 48 hours), ms. Older
   * messages are not even tried: they count as refused.
   */
  readonly deleteLimitMs?: number;
  /**
   * Deletes `refs` from the chat at `address` (the channel's own address of the person); a `kept` one is
   * deleted like the bot's own. Messages already gone count as deleted; those the channel can never delete
   * (WhatsApp: the person's own) are skipped. Returns those it refused because they can no longer be
   * deleted (too old). Throws when the channel cannot act now: the caller retries.
   */
  erase(address: string, refs: TrailRef[]): Promise<{ refused: TrailRef[] }>;
}

export interface Trail {
  /** The channel's eraser, in this process. */
  register(channel: ChannelName, eraser: ChatEraser): void;
  /**
   * What is now in the chat: `person` is the message the person just sent (its chatRef and time) when it
   * leaves one in the chat; `sent` what the bot sent after it. Schedules them for deletion; when
   * `answered` (a message of the person was processed), deletes the transient messages sent before.
   */
  settle(channel: ChannelName, address: string, what: { person?: { ref: string; at: number }; sent: SentMessage[]; answered: boolean }): Promise<void>;
  /** Deletes every message of the chat recorded so far, and `also` (the wipe request itself): wipe now. */
  wipe(channel: ChannelName, address: string, also?: TrailRef[]): Promise<void>;
  /** Deletes the person's messages that are due (the poller, for `erase:<personId>` in `<p>due`). */
  eraseDue(personId: string): Promise<void>;
  /**
   * True the first time it is asked for this chat and `what`, false after (for as long as the trail is
   * kept): a step done once per chat, such as turning on WhatsApp's disappearing messages.
   */
  once(channel: ChannelName, address: string, what: string): Promise<boolean>;
}

const Owner = z.object({ channel: ChannelName, address: z.string().min(1) });

const SIDE_CODE = { bot: 'b', person: 'p', kept: 'k' } as const;
const memberOf = (r: TrailRef) => `${SIDE_CODE[r.side]}:${r.ref}`;
function refOf(member: string): TrailRef | undefined {
  const [code, ref] = member.split(/:(.*)/s);
  const side = code === 'b' ? 'bot' : code === 'p' ? 'person' : code === 'k' ? 'kept' : undefined;
  return side && ref ? { side, ref } : undefined;
}

export function createTrail(deps: {
  redis: Redis;
  keys: Keys;
  sealer: Sealer;
  logger: Logger;
  /** How long after it was sent a message is deleted, ms (CHAT_ERASE_MINUTES). */
  eraseMs: number;
  /** How long a trail outlives its latest message, s (the conversation's TTL). */
  ttlSeconds: number;
  /** The time now, in ms (tests move it). */
  clock?: () => number;
}): Trail {
  const { redis, keys, sealer, logger, eraseMs, ttlSeconds } = deps;
  const clock = deps.clock ?? Date.now;
  const erasers = new Map<ChannelName, ChatEraser>();
  const dueMember = (personId: string) => `erase:${personId}`;

  function eraserFor(channel: ChannelName): ChatEraser {
    const eraser = erasers.get(channel);
    // Another process may run that channel (WhatsApp runs in one): the deadline comes due again there.
    if (!eraser) throw new Error(`no ${channel} channel in this process to delete messages from`);
    return eraser;
  }

  /** When a member's message was sent, from its score (when it is due to go): approximate if CHAT_ERASE_MINUTES changed. */
  const sentAt = (ref: TrailRef, score: number) => score - (ref.side === 'kept' ? BOT_DELETE_LIMIT_MS : eraseMs);

  /**
   * Deletes these trail members from the chat and forgets them (also those that cannot be deleted any
   * more: the person is told). `score`, when known, is when each was due to go.
   */
  async function erase(personId: string, owner: z.infer<typeof Owner>, items: Array<{ member: string; score?: number }>, wiped: boolean): Promise<void> {
    const eraser = eraserFor(owner.channel);
    const now = clock();
    const doomed: TrailRef[] = [];
    const tooOld: TrailRef[] = [];
    for (const { member, score } of items) {
      const ref = refOf(member);
      // A kept message due is only forgotten: it was meant to stay (a wipe removes it).
      if (!ref || (ref.side === 'kept' && !wiped)) continue;
      const old = score !== undefined && eraser.deleteLimitMs !== undefined && now - sentAt(ref, score) >= eraser.deleteLimitMs;
      (old ? tooOld : doomed).push(ref);
    }
    const { refused } = doomed.length > 0 ? await eraser.erase(owner.address, doomed) : { refused: [] };
    tooOld.push(...refused);
    await trailErased(redis, {
      keys: { trail: keys.trail(personId), chat: keys.trailChat(personId), due: keys.due, conversation: keys.conversation(personId) },
      args: { members: items.map((i) => i.member).join(' '), dueMember: dueMember(personId), refused: tooOld.length > 0 ? '1' : '', wiped: wiped ? '1' : '', ttlSeconds },
    });
    if (tooOld.length > 0) logger.warn({ personId, channel: owner.channel, refused: tooOld.length }, 'messages could not be deleted from the chat: the person will be told');
    logger.debug({ personId, channel: owner.channel, deleted: doomed.length - refused.length, wiped }, 'chat messages deleted');
  }

  /** `ZRANGE … WITHSCORES` as members with their scores. */
  const withScores = (flat: string[]) => {
    const items: Array<{ member: string; score?: number }> = [];
    for (let i = 0; i + 1 < flat.length; i += 2) items.push({ member: flat[i]!, score: Number(flat[i + 1]) });
    return items;
  };

  async function ownerOf(personId: string): Promise<z.infer<typeof Owner> | undefined> {
    const sealed = await redis.hgetBuffer(keys.trailChat(personId), 'w');
    return sealed ? Owner.parse(JSON.parse(sealer.open(sealed, 'trail chat'))) : undefined;
  }

  return {
    register(channel, eraser) {
      erasers.set(channel, eraser);
    },
    async settle(channel, address, what) {
      const personId = sealer.personId(channel, address);
      const entries: Array<[string, string]> = [];
      const transient: string[] = [];
      if (what.person) {
        const member = memberOf({ side: 'person', ref: what.person.ref });
        entries.push([member, String(what.person.at + eraseMs)]);
        // Answered with a transient screen (a question, a summary, a word kept): what the person wrote goes
        // with it (their danger words, their place, their code word are no safer on screen than our question).
        if (what.sent.some((m) => m.transient)) transient.push(member);
      }
      const onScreen = new Set<string>();
      for (const m of what.sent) {
        const member = memberOf({ side: m.keep && !m.transient ? 'kept' : 'bot', ref: m.ref });
        if (m.edited) {
          onScreen.add(member);
          if (m.transient) transient.push(member); // goes once the person answers it for real
          continue; // its deletion time stays the one it got when sent
        }
        // A kept message is forgotten when bots can no longer delete it; it goes only if the chat is wiped.
        entries.push([member, String(m.at + (m.keep && !m.transient ? BOT_DELETE_LIMIT_MS : eraseMs))]);
        if (m.transient) transient.push(member);
      }
      if (entries.length === 0 && !what.answered) return;
      const taken = await trailSettle(redis, {
        keys: { trail: keys.trail(personId), chat: keys.trailChat(personId), due: keys.due },
        args: {
          entries: JSON.stringify(entries), transient: transient.join(' '), answered: what.answered ? '1' : '',
          owner: sealer.seal(JSON.stringify({ channel, address })), ttlSeconds, dueMember: dueMember(personId),
        },
      });
      const members = taken.split(' ').filter((m) => m !== '' && !onScreen.has(m));
      if (members.length > 0) await erase(personId, { channel, address }, members.map((member) => ({ member })), false);
    },
    async wipe(channel, address, also = []) {
      const personId = sealer.personId(channel, address);
      const items = withScores(await redis.zrange(keys.trail(personId), '0', '-1', 'WITHSCORES'));
      const recorded = new Set(items.map((i) => i.member));
      for (const ref of also) if (!recorded.has(memberOf(ref))) items.push({ member: memberOf(ref) });
      try {
        await erase(personId, { channel, address }, items, true);
      } catch (err) {
        // The channel cannot delete now: every message is due at once, for the poller to try again.
        const now = String(clock());
        const m = redis.multi();
        for (const { member } of items) {
          const ref = refOf(member);
          if (!ref) continue;
          if (ref.side === 'kept') m.zrem(keys.trail(personId), member);
          m.zadd(keys.trail(personId), now, memberOf(ref.side === 'kept' ? { side: 'bot', ref: ref.ref } : ref));
        }
        await m.zadd(keys.due, now, dueMember(personId)).exec();
        throw err;
      }
      logger.info({ personId, channel, messages: items.length }, 'chat wiped');
    },
    async once(channel, address, what) {
      const chat = keys.trailChat(sealer.personId(channel, address));
      const [[, fresh] = []] = (await redis.multi().hsetnx(chat, `o:${what}`, '1').expire(chat, ttlSeconds).exec()) ?? [];
      return fresh === 1;
    },
    async eraseDue(personId) {
      const items = withScores(await redis.zrangebyscore(keys.trail(personId), '-inf', String(clock()), 'WITHSCORES', 'LIMIT', 0, 500));
      const owner = items.length > 0 ? await ownerOf(personId) : undefined;
      if (owner) {
        await erase(personId, owner, items, false);
        return;
      }
      // The chat's address expired with the trail's hash: nothing can be deleted any more.
      if (items.length > 0) logger.warn({ personId, messages: items.length }, 'chat address unknown: messages forgotten undeleted');
      await trailErased(redis, {
        keys: { trail: keys.trail(personId), chat: keys.trailChat(personId), due: keys.due, conversation: keys.conversation(personId) },
        args: { members: items.map((i) => i.member).join(' '), dueMember: dueMember(personId), refused: '', wiped: '', ttlSeconds },
      });
    },
  };
}
