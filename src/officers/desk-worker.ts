/**
 * The officer desk's engine, in the bot process. It reads the events stream through a consumer group
 * (at least once: an entry is acknowledged only after its work is safely queued or done; a crashed
 * reader's entries are taken over with XAUTOCLAIM), turns case changes into desk posts, runs deadlines
 * from a Redis sorted set (re-alerts of unclaimed urgent cases, held answers' release: they survive
 * restarts), and hands officers' answers to the relay.
 *
 * Desk posts wait in a Redis sorted set, most urgent first, and leave it only once the board (the
 * officers' Telegram group) took them. A case has at most one waiting card post, so many updates fold
 * into one edit; when many new cases wait behind the group's rate limit, one digest message lists them
 * so officers see every case at once, and each still gets its own card as the limit allows.
 */
import { createHash } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { CaseStore } from '../cases/case-store.js';
import type { CaseView } from '../cases/case-record.js';
import { ForwardedMessage } from '../core/messages.js';
import type { Sealer } from '../core/sealed.js';
import type { Logger } from '../logger.js';
import type { Keys } from '../redis/keys.js';
import type { Card, CardRenderer } from './card.js';
import type { Relay } from './relay.js';

/** Where a case's card lives on the board. */
export interface CardRef {
  chat: number;
  /** Forum topic of the case (forum groups), else undefined. */
  thread?: number;
  message: number;
}

/** The officers' shared screen (the Telegram group). Calls throw when the board cannot take the post now. */
export interface Board {
  /** Posts a new card, in a new thread of its own where the board has threads. */
  createCard(caseId: string, card: Card): Promise<CardRef>;
  /** Edits a card in place; `missing` when the card message is gone (deleted by someone). */
  editCard(caseId: string, ref: CardRef, card: Card): Promise<'edited' | 'missing'>;
  /** Posts in the case's thread (as a reply to the card in groups without topics). */
  postInThread(ref: CardRef, text: string, media?: { kind: string; fileRef: string }): Promise<void>;
  /** Posts in the group's main thread, mentioning these officers. */
  postGeneral(text: string, mentions?: number[]): Promise<void>;
  /** Waits until the group's rate limit lets `cost` more posts through. */
  take(cost: number): Promise<void>;
  /** Posts a new card costs (a forum topic, then the card). */
  readonly createCost: number;
}

export interface DeskWorkerOptions {
  redis: Redis;
  keys: Keys;
  sealer: Sealer;
  store: CaseStore;
  relay: Relay;
  renderer: CardRenderer;
  logger: Logger;
  /** The officers' group; without one, only the relay and deadlines run (the command-line desk is the desk). */
  board?: Board;
  /** Re-alert an unclaimed case after this long (ms). */
  realertMs: { critical: number; high: number };
  /** Telegram user ids mentioned in re-alerts. */
  supervisors: number[];
  /** Consumer name in the group: unique per process. */
  consumer?: string;
  /** How many new cases may wait for their card before a digest lists them (default 5). */
  digestThreshold?: number;
  /** Least time between two digests (ms, default 15 s). */
  digestEveryMs?: number;
  /** Entries pending longer than this in a crashed reader are taken over (ms, default 60 s). */
  claimIdleMs?: number;
  /** Poll interval of deadlines (ms, default 1 s). */
  tickMs?: number;
  /** The time now, in ms (tests move it). */
  clock?: () => number;
}

export interface DeskWorker {
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Runs one round of everything (read events, due deadlines, board posts) — for tests and tools. */
  runOnce(): Promise<void>;
}

export const DESK_GROUP = 'desk';

const RANK: Record<string, number> = { critical: 0, high: 1, normal: 2 };
const score = (urgency: string | undefined, at: number) => (RANK[urgency ?? 'normal'] ?? 2) * 2 ** 41 + at;
const fieldsOf = (flat: string[]) => {
  const f: Record<string, string> = {};
  for (let i = 0; i + 1 < flat.length; i += 2) f[flat[i]!] = flat[i + 1]!;
  return f;
};
const digestOf = (card: Card) => createHash('sha256').update(card.text).update(JSON.stringify(card.actions)).digest('base64').slice(0, 16);

/** Takes due deadlines: returns them and pushes each one lease-length ahead, so a crash retries it. */
const CLAIM_DUE = `
local due = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', ARGV[1], 'LIMIT', 0, tonumber(ARGV[3]))
local out = {}
for _, member in ipairs(due) do
  redis.call('ZADD', KEYS[1], ARGV[2], member)
  out[#out + 1] = member
end
return out
`;
/** Drops a deadline we handled, unless its handler set a new time for it. */
const FINISH_DUE = `
if redis.call('ZSCORE', KEYS[1], ARGV[1]) == ARGV[2] then return redis.call('ZREM', KEYS[1], ARGV[1]) end
return 0
`;

export function createDeskWorker(opts: DeskWorkerOptions): DeskWorker {
  const { redis, keys, sealer, store, relay, renderer, logger, board } = opts;
  const consumer = opts.consumer ?? `desk-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
  const digestThreshold = opts.digestThreshold ?? 5;
  const digestEveryMs = opts.digestEveryMs ?? 15_000;
  const claimIdleMs = opts.claimIdleMs ?? 60_000;
  const tickMs = opts.tickMs ?? 1_000;
  const clock = opts.clock ?? Date.now;
  let lastDigestAt = 0;
  /** Cases listed in a digest and still waiting for their own card. */
  const digested = new Set<string>();

  async function ensureGroup() {
    try {
      await redis.xgroup('CREATE', keys.events, DESK_GROUP, '0', 'MKSTREAM');
    } catch (err) {
      if (!/BUSYGROUP/.test((err as Error).message)) throw err;
    }
  }

  // LT adds a new post, and moves a waiting one forward (an escalation), never back.
  const todo = (member: string, urgency: string | undefined, at: number) => redis.zadd(keys.deskTodo, 'LT', String(score(urgency, at)), member);

  /** What one events-stream entry means for the desk. Throws to leave it unacknowledged (retried). */
  async function handleEvent(id: string, f: Record<string, string>) {
    const caseId = f.case ?? '';
    const at = Number(f.at) || Date.now();
    switch (f.type) {
      case 'case.opened':
      case 'case.escalated': {
        if (f.urgency === 'critical' || f.urgency === 'high') {
          const after = f.urgency === 'critical' ? opts.realertMs.critical : opts.realertMs.high;
          await redis.zadd(keys.due, 'LT', String(at + after), `realert:${caseId}`);
        }
        if (board) await todo(`card:${caseId}`, f.urgency, at);
        return;
      }
      case 'case.updated':
      case 'case.claimed':
      case 'case.unclaimed':
      case 'case.status':
      case 'case.note':
      case 'case.linked':
        if (board) await todo(`card:${caseId}`, f.urgency, at);
        return;
      case 'case.message':
        if (board) await todo(`msg:${id}:${caseId}`, f.urgency, at);
        return;
      case 'case.person-active':
        await relay.deliver(caseId, 'person-active');
        return;
      case 'case.reply':
        if (f.state === 'queued') await relay.deliver(caseId, 'queued');
        else if (board) {
          await todo(`status:${id}:${caseId}`, f.urgency, at);
          await todo(`card:${caseId}`, f.urgency, at);
        }
        return;
      default:
        return; // other consumers' events
    }
  }

  /** Blocking reads get a connection of their own: they would stall every other command on a shared one. */
  let reader: Redis | undefined;
  async function readEvents(block: boolean) {
    // A crashed reader's entries first, then new ones.
    const claimed = (await redis.xautoclaim(keys.events, DESK_GROUP, consumer, claimIdleMs, '0', 'COUNT', 100)) as [string, Array<[string, string[]]>];
    const fresh = (block && reader
      ? await reader.xreadgroup('GROUP', DESK_GROUP, consumer, 'COUNT', 100, 'BLOCK', tickMs, 'STREAMS', keys.events, '>')
      : await redis.xreadgroup('GROUP', DESK_GROUP, consumer, 'COUNT', 100, 'STREAMS', keys.events, '>')) as Array<[string, Array<[string, string[] | null]>]> | null;
    const entries = [...claimed[1], ...(fresh?.[0]?.[1] ?? [])];
    for (const [id, flat] of entries) {
      if (!flat) {
        await redis.xack(keys.events, DESK_GROUP, id); // trimmed away: nothing left to do
        continue;
      }
      try {
        await handleEvent(id, fieldsOf(flat));
        await redis.xack(keys.events, DESK_GROUP, id);
      } catch (err) {
        logger.error({ err, entry: id, type: fieldsOf(flat).type }, 'desk could not handle an event; it will be retried');
      }
    }
  }

  async function runDeadlines() {
    const now = clock();
    const leaseUntil = now + 60_000;
    const due = (await redis.eval(CLAIM_DUE, 1, keys.due, String(now), String(leaseUntil), '20')) as string[];
    for (const member of due) {
      const [kind, caseId = ''] = member.split(/:(.*)/s);
      try {
        if (kind === 'release') await relay.deliver(caseId, 'due');
        else if (kind === 'realert') await realert(caseId, member, now);
        await redis.eval(FINISH_DUE, 1, keys.due, member, String(leaseUntil));
      } catch (err) {
        logger.error({ err, deadline: kind, caseId }, 'deadline failed; it will be retried');
      }
    }
  }

  async function realert(caseId: string, member: string, now: number) {
    const view = await store.get(caseId);
    if (!view || view.claimedBy || view.status !== 'new' || (view.urgency !== 'critical' && view.urgency !== 'high')) return;
    const every = view.urgency === 'critical' ? opts.realertMs.critical : opts.realertMs.high;
    if (board) {
      await board.take(1);
      const held = await redis.llen(keys.held(caseId));
      const card = renderer.card(view, { held, now, officerName: await officerNames() });
      await board.postGeneral(`${renderer.t('desk-realert', { caseId, urgency: renderer.t(`desk-urgency-${view.urgency}`), age: renderer.age(now - view.createdAt), mentions: '' })}\n\n${card.text}`, opts.supervisors);
    }
    logger.warn({ caseId, urgency: view.urgency, waitedMs: now - view.createdAt }, 'urgent case still unclaimed: re-alerted');
    await redis.zadd(keys.due, String(now + every), member); // again, until someone claims it
  }

  let names: Record<string, string> = {};
  let namesAt = 0;
  async function officerNames() {
    if (Date.now() - namesAt > 5_000) {
      names = await redis.hgetall(keys.deskOfficers);
      namesAt = Date.now();
    }
    return (id: string) => names[id];
  }

  /** Posts waiting items to the board, most urgent first, as fast as its rate limit allows. */
  async function drainBoard(deadline: number) {
    if (!board) return;
    while (Date.now() < deadline) {
      const [member] = await redis.zrange(keys.deskTodo, '0', '0');
      if (!member) return;
      await maybeDigest();
      const done = await postItem(member);
      if (done) await redis.zrem(keys.deskTodo, member);
    }
  }

  /** When many new cases wait for their own card, list them all in one message first. */
  async function maybeDigest() {
    if (!board || Date.now() - lastDigestAt < digestEveryMs) return;
    const waiting = await redis.zrange(keys.deskTodo, '0', '199');
    const cardless: string[] = [];
    for (const m of waiting) {
      if (!m.startsWith('card:')) continue;
      const caseId = m.slice(5);
      if (digested.has(caseId) || (await redis.exists(keys.deskCard(caseId)))) continue;
      cardless.push(caseId);
    }
    if (cardless.length <= digestThreshold) return;
    const now = Date.now();
    const views = (await Promise.all(cardless.map((id) => store.get(id)))).filter((v): v is CaseView => !!v);
    const lines: string[] = [];
    let length = 200;
    for (const view of views) {
      const line = renderer.digestLine(view, now);
      if (length + line.length + 1 > 3900) break;
      lines.push(line);
      length += line.length + 1;
    }
    await board.take(1);
    await board.postGeneral(`${renderer.t('desk-digest-head', { count: views.length })}\n${lines.join('\n')}`);
    for (const view of views.slice(0, lines.length)) digested.add(view.id);
    lastDigestAt = Date.now();
    logger.info({ listed: lines.length, waiting: views.length }, 'desk digest posted');
  }

  async function cardRef(caseId: string): Promise<CardRef | undefined> {
    const h = await redis.hgetall(keys.deskCard(caseId));
    if (!h.message) return undefined;
    return { chat: Number(h.chat), thread: h.thread ? Number(h.thread) : undefined, message: Number(h.message) };
  }

  async function saveCard(caseId: string, ref: CardRef, digest: string) {
    const m = redis.multi().hset(keys.deskCard(caseId), { chat: ref.chat, thread: ref.thread ?? '', message: ref.message, digest });
    if (ref.thread !== undefined) m.set(keys.deskRef(`${ref.chat}:t${ref.thread}`), caseId);
    m.set(keys.deskRef(`${ref.chat}:m${ref.message}`), caseId);
    await m.exec();
  }

  /** Posts one waiting item; false leaves it waiting (the board could not take it now). */
  async function postItem(member: string): Promise<boolean> {
    if (!board) return false;
    const [kind, ...rest] = member.split(':');
    const caseId = rest[rest.length - 1] ?? '';
    try {
      if (kind === 'card') {
        await showCard(caseId);
        return true;
      }
      const entryId = rest[0] ?? '';
      const [entry] = await redis.xrange(keys.events, entryId, entryId);
      if (!entry) return true; // trimmed: nothing to post
      const f = fieldsOf(entry[1]);
      const ref = (await cardRef(caseId)) ?? (await showCard(caseId));
      if (!ref) return true; // the case is gone
      if (kind === 'msg') {
        const message = ForwardedMessage.parse(JSON.parse(sealer.open(Buffer.from(f.sealed ?? '', 'base64'), `message on ${caseId}`)));
        const media = message.kind === 'media' && message.channel === 'telegram' ? { kind: message.media, fileRef: message.fileRef } : undefined;
        await board.take(1);
        await board.postInThread(ref, renderer.forwarded(caseId, message), media);
      } else if (kind === 'status') {
        await board.take(1);
        await board.postInThread(ref, replyStatus(caseId, f));
      }
      return true;
    } catch (err) {
      logger.warn({ err, item: kind, caseId }, 'desk post failed; it stays queued');
      await new Promise((r) => setTimeout(r, 1_000));
      return false;
    }
  }

  function replyStatus(caseId: string, f: Record<string, string>): string {
    if (f.state === 'delivered') return renderer.t('desk-reply-sent', { caseId, count: Number(f.count) || 1 });
    if (f.state === 'gone') return renderer.t('desk-reply-failed', { caseId, why: 'gone' });
    if (f.why === 'times' && f.until) return renderer.t('desk-reply-held-until', { caseId, time: renderer.time(Number(f.until)) });
    if (f.why === 'first') return renderer.t('desk-reply-held-first', { caseId });
    if (f.why === 'unreadable') return renderer.t('desk-reply-held-unreadable', { caseId });
    return renderer.t('desk-reply-held-unknown', { caseId });
  }

  /** Creates or updates a case's card; returns where it is (undefined when the case is gone). */
  async function showCard(caseId: string): Promise<CardRef | undefined> {
    if (!board) return undefined;
    const view = await store.get(caseId);
    const existing = await cardRef(caseId);
    if (!view) {
      if (existing) {
        await board.take(1);
        await board.editCard(caseId, existing, { text: renderer.t('desk-card-deleted'), title: caseId, actions: [] });
      }
      return undefined;
    }
    const held = await redis.llen(keys.held(caseId));
    const card = renderer.card(view, { held, now: Date.now(), officerName: await officerNames() });
    const digest = digestOf(card);
    if (existing) {
      if ((await redis.hget(keys.deskCard(caseId), 'digest')) === digest) return existing;
      await board.take(1);
      if ((await board.editCard(caseId, existing, card)) === 'edited') {
        await redis.hset(keys.deskCard(caseId), 'digest', digest);
        return existing;
      }
    }
    await board.take(board.createCost);
    const ref = await board.createCard(caseId, card);
    await saveCard(caseId, ref, digest);
    digested.delete(caseId);
    logger.info({ caseId, urgency: view.urgency }, 'case card posted');
    return ref;
  }

  let running = false;
  const loops: Array<Promise<void>> = [];
  const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
  /** Runs `round` until stopped; a failed round is logged and retried after a pause. */
  const forever = (name: string, round: () => Promise<unknown>) =>
    (async () => {
      while (running) {
        try {
          await round();
        } catch (err) {
          logger.error({ err, loop: name }, 'desk round failed');
          await sleep(tickMs);
        }
      }
    })();

  return {
    async start() {
      await ensureGroup();
      reader = redis.duplicate();
      running = true;
      // Events and deadlines in one loop; board posts (which wait for Telegram's rate limit) in another,
      // so an answer to a person never waits behind a queue of cards.
      loops.push(forever('events', async () => {
        await readEvents(true);
        await runDeadlines();
      }));
      if (board) {
        loops.push(forever('board', async () => {
          await drainBoard(Date.now() + 5_000);
          await sleep(Math.min(tickMs, 200));
        }));
      }
    },
    async stop() {
      running = false;
      await Promise.all(loops.splice(0));
      reader?.disconnect();
      reader = undefined;
    },
    async runOnce() {
      await ensureGroup();
      await readEvents(false);
      await runDeadlines();
      await drainBoard(Date.now() + 5_000);
    },
  };
}
