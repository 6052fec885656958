/**
 * Everything the desk posts on the board. Posts wait in a Redis sorted set (`<p>desk:todo`) and leave it only
 * once the board took them, so a restart loses none. Their order, most pressing first: a new critical case's
 * card; follow-ups of critical cases (the person's messages, answers' outcomes, duress and reopening alerts);
 * critical cards' updates; then the same three for high cases; the cards of bare SOS (a danger word and
 * nothing else: src/officers/swarm.ts); then normal cases. Overviews — a digest of cases waiting for their
 * card, a swarm digest, the folded re-alerts — go only while no new critical card waits.
 * A case has at most one waiting card post, so many updates fold into one edit. A post the board refuses, or
 * that keeps failing, is parked (src/officers/parked-posts.ts) and never holds back the next; a 429 is waited
 * out. A case's forum topic is recorded before its card is posted in it, so a kill in between leaves a topic
 * that the next start fills ({@link BoardPoster.reconcile}), never a second topic.
 */
import { createHash } from 'node:crypto';
import { setTimeout as wait } from 'node:timers/promises';
import type { RedisClient as Redis } from '../redis/redis-client.js';
import { z } from 'zod';
import { isOpen, isUrgency, QUEUE_SCORE_SHIFT, queueScore } from '../cases/case-model.js';
import type { CaseStore } from '../cases/case-store.js';
import type { CaseView } from '../cases/case-record.js';
import { linkedCases } from '../cases/links.js';
import { ForwardedMessage } from '../core/messages.js';
import type { Sealer } from '../core/sealed.js';
import type { Logger } from '../logger.js';
import type { Keys } from '../redis/keys.js';
import { streamFields } from '../redis/stream-fields.js';
import { BoardBusyError, BoardRefusedError, BoardThreadGoneError, type Board, type CardRef, type ThreadRef } from './board.js';
import type { Card, CardRenderer } from './card.js';
import { PARK_AFTER_FAILURES, PARK_BACKOFF_MS, parseParkedInfo, postOf, type ParkedInfo } from './parked-posts.js';
import { quoteSent } from './person-words.js';
import { isBareAlarm, rememberSwarm } from './swarm.js';
import { caseSealer } from '../cases/case-keys.js';
import { scanAll } from '../redis/scan-all.js';

export interface BoardPosterOptions {
  redis: Redis;
  keys: Keys;
  sealer: Sealer;
  store: CaseStore;
  renderer: CardRenderer;
  logger: Logger;
  board: Board;
  /** Telegram user ids mentioned in re-alerts, duress alerts and swarm digests. */
  supervisors: number[];
  /** How many new cases may wait for their card before a digest lists them (default 5). */
  digestThreshold?: number;
  /** Least time between two digests, and between two swarm digests (ms, default 15 s). */
  digestEveryMs?: number;
  /** How many bare SOS waiting for their card make a swarm digest (default 5; 0: never, they go in the digest). */
  swarmThreshold?: number;
  /** Re-alerts are folded into one message at most this often (ms, default 60 s). */
  realertEveryMs?: number;
}

/** Queues posts (the `urgency` and `at` of the event decide their place) and posts them. */
export interface BoardPoster {
  /** Queues the case's card: created, or edited in place if it changed. */
  card(caseId: string, urgency: string | undefined, at: number): Promise<void>;
  /** Queues a message the person sent, or a line saying they wiped their chat (events entry `entryId`), for the case's thread. */
  message(entryId: string, caseId: string, urgency: string | undefined, at: number): Promise<void>;
  /**
   * Queues a line for the case's thread about events entry `entryId`: what became of an officer's answer,
   * or a safety word (duress, "can't talk", the release locked) and what officers did about it.
   */
  replyStatus(entryId: string, caseId: string, urgency: string | undefined, at: number): Promise<void>;
  /** Posts waiting items, most pressing first, as fast as the board's rate limit allows, until `deadline` (ms). */
  drain(deadline: number): Promise<void>;
  /**
   * Queues a re-alert of an urgent case still unclaimed, or claimed and not answered: every case waiting for one is listed in one message
   * in the main thread, mentioning the supervisors, at most once per `realertEveryMs`, never ahead of a new
   * critical card.
   */
  realert(view: CaseView, now: number): Promise<void>;
  /** Queues a message telling the group a finished case was reopened by a new danger message, with its card. */
  /**
   * Pages one roster member by direct message about a re-alerted case: its id, urgency and age only (no
   * personal data: a supervisor's phone may be seen by others). A member the board cannot write to is told
   * about in the group once (until a page reaches them again).
   */
  page(userId: number, view: CaseView, now: number): Promise<'sent' | 'unreachable'>;
  reopened(caseId: string, now: number): Promise<void>;
  /** Queues a message telling the whole group, mentioning the supervisors, that the person sent their duress word. */
  duress(caseId: string, now: number): Promise<void>;
  /**
   * After a restart: a case whose topic was recorded but whose card never went out (a kill between the
   * two) gets its card queued, to go into that topic. Returns how many.
   */
  reconcile(): Promise<number>;
  /**
   * Ends every wait for the group's rate limit at once (shutdown, or the roles lease lost): a post waiting
   * for its turn stays queued, first, for the next drain; `drain` returns. Not undone.
   */
  stop(): void;
}

/** A wait for the group's rate limit ended by {@link BoardPoster.stop}: not a failure of the post. */
export class PosterStoppedError extends Error {
  constructor() {
    super('the desk poster is stopping');
    this.name = 'PosterStoppedError';
  }
}

/** What a post is to its case: its first card, something about it (a follow-up), or an update of its card. */
type PostKind = 'new' | 'follow-up' | 'update';
/** The first tier of each urgency; a kind adds 0, 1 or 2. Bare SOS cards sit between high and normal. */
const TIER_BASE = { critical: 0, high: 3, normal: 7 } as const;
const BARE_TIER = 6;
const tierOf = (urgency: string | undefined, kind: PostKind, bare = false) =>
  kind === 'new' && bare ? BARE_TIER : TIER_BASE[isUrgency(urgency) ? urgency : 'normal'] + (kind === 'new' ? 0 : kind === 'follow-up' ? 1 : 2);
/** A post's score in `<p>desk:todo`: tier × 2^41 + when its event happened (ms), so within a tier the oldest goes first. */
const scoreOf = (tier: number, at: number) => tier * QUEUE_SCORE_SHIFT + at;
/** Scores below this are new critical cards: nothing goes ahead of them. */
const NEW_CRITICAL_BELOW = QUEUE_SCORE_SHIFT;
const digestOf = (card: Card) => createHash('sha256').update(card.text).update(JSON.stringify(card.actions)).digest('base64').slice(0, 16);
/** Room for one message's lines (Telegram's limit is 4096), leaving some for its head and mentions. */
const OVERVIEW_MAX = 3800;
/** A re-alert waits this long for others coming due with it (ms). */
const REALERT_GATHER_MS = 1_000;

export function createBoardPoster(opts: BoardPosterOptions): BoardPoster {
  const { redis, keys, sealer, store, renderer, logger, board } = opts;
  const digestThreshold = opts.digestThreshold ?? 5;
  const digestEveryMs = opts.digestEveryMs ?? 15_000;
  const swarmThreshold = opts.swarmThreshold ?? 5;
  const realertEveryMs = opts.realertEveryMs ?? 60_000;
  let lastDigestAt = 0;
  let lastSwarmAt = 0;
  let lastRealertAt = 0;
  let lastLookAt = 0;
  /** Until when the board asked to wait (a 429's retry_after). */
  let busyUntil = 0;
  /** Cases listed in a digest or swarm digest and still waiting for their own card. */
  const listed = new Set<string>();

  // Members: `card:<case>` (`posting:card:<case>` while it is posted), `msg:<entry>:<case>`, `status:<entry>:<case>`,
  // `alert:<duress|reopened>:<case>`. LT adds a new post, and moves a waiting one forward (an escalation), never back.
  const todo = async (member: string, score: number) => {
    await redis.zadd(keys.deskTodo, 'LT', String(score), member);
  };

  /** Aborted by stop(): every wait for the group's limit, and every pause of the drain, ends. */
  const stopping = new AbortController();
  const stopped = () => stopping.signal.aborted;
  /** Waits `ms`, or less when the poster stops meanwhile. */
  const pause = (ms: number) => wait(Math.max(0, ms), undefined, { signal: stopping.signal }).catch(() => undefined);
  /** Whether the post being made can wait (a bare SOS card, a normal case): it leaves part of the group's limit to urgent ones. */
  let spare = false;
  const take = (cost: number) => board.take(cost, spare, stopping.signal);

  let names: Record<string, string> = {};
  let namesAt = 0;
  async function officerNames() {
    if (Date.now() - namesAt > 5_000) {
      names = await redis.hgetall(keys.deskOfficers);
      namesAt = Date.now();
    }
    return (id: string) => names[id];
  }

  /** The case's urgency now, for an event that does not carry one (a person's message): its follow-ups go at its rank. */
  const caseUrgency = async (caseId: string) => (await redis.hget(keys.case(caseId), 'urgency')) ?? undefined;

  async function queueCard(caseId: string, urgency: string | undefined, at: number) {
    if (await redis.hexists(keys.deskCard(caseId), 'message')) return todo(`card:${caseId}`, scoreOf(tierOf(urgency, 'update'), at));
    // A first card: a bare SOS waits behind every case with facts (its digest shows it meanwhile).
    const view = urgency === 'critical' || urgency === 'high' ? await store.get(caseId) : undefined;
    const bare = view !== undefined && isBareAlarm(view);
    await todo(`card:${caseId}`, scoreOf(tierOf(urgency, 'new', bare), at));
  }

  async function drain(deadline: number) {
    try {
      await drainUntil(deadline);
    } catch (err) {
      if (!(err instanceof PosterStoppedError)) throw err; // an overview stopped while it waited for its turn
    }
  }

  async function drainUntil(deadline: number) {
    while (Date.now() < deadline && !stopped()) {
      if (Date.now() < busyUntil) {
        await pause(Math.min(busyUntil, deadline) - Date.now());
        continue;
      }
      await unparkDue();
      const [member, rawScore] = await redis.zrange(keys.deskTodo, '0', '0', 'WITHSCORES');
      const score = rawScore === undefined ? undefined : Number(rawScore);
      // Overviews only while no new critical card waits: that card goes before any of them.
      spare = false;
      if ((score === undefined || score >= NEW_CRITICAL_BELOW) && (await overview())) continue;
      if (!member || score === undefined) return;
      spare = score >= BARE_TIER * QUEUE_SCORE_SHIFT;
      if (spare && !board.room(2, true)) {
        // A post that can wait does not wait inside its turn: an urgent card queued meanwhile goes first.
        await pause(Math.min(250, Math.max(0, deadline - Date.now())));
        continue;
      }
      // A card is posted under another name (`posting:card:<case>`), so that a change of the case while it
      // is posted queues `card:<case>` anew rather than folding into the post already rendered.
      let taken = member;
      if (member.startsWith('card:')) {
        taken = `posting:${member}`;
        await redis.multi().zrem(keys.deskTodo, member).zadd(keys.deskTodo, 'LT', String(score), taken).exec();
      }
      await attempt(taken, score);
    }
  }

  /** Posts one waiting item; on failure it waits (429), is parked (refused, or failing again and again) or stays first for one more try. */
  async function attempt(taken: string, score: number) {
    const base = taken.replace(/^posting:/, '');
    const { kind, caseId } = postOf(base);
    try {
      await postItem(base);
      await redis.multi().zrem(keys.deskTodo, taken).zrem(keys.deskParked, base).hdel(keys.deskParkedInfo, base).exec();
    } catch (err) {
      // Stopped while it waited for its turn: it stays first (under its posting name) for the next drain.
      if (err instanceof PosterStoppedError) return;
      if (err instanceof BoardBusyError) {
        busyUntil = Date.now() + err.retryAfterMs;
        logger.warn({ item: kind, caseId, retryAfterMs: err.retryAfterMs }, 'the group asks to wait; the post stays first');
        return;
      }
      const info = parseParkedInfo(await redis.hget(keys.deskParkedInfo, base));
      if (err instanceof BoardRefusedError) return park(taken, base, score, err.reason, info);
      info.tries += 1;
      const why = (err instanceof Error ? err.message : String(err)).slice(0, 160);
      if (info.tries >= PARK_AFTER_FAILURES) return park(taken, base, score, `${info.tries}× ${why}`, info);
      await redis.hset(keys.deskParkedInfo, base, JSON.stringify(info));
      logger.warn({ err, item: kind, caseId, tries: info.tries }, 'desk post failed; it is tried again');
      await pause(1_000);
    }
  }

  /** Moves a post out of the way until its next try, and tells the officers once. */
  async function park(taken: string, base: string, score: number, reason: string, info: ParkedInfo) {
    const now = Date.now();
    const parks = info.parks + 1;
    const next = now + PARK_BACKOFF_MS[Math.min(parks, PARK_BACKOFF_MS.length) - 1]!;
    const entry: ParkedInfo = { tries: 0, parks, reason, since: info.since ?? now, score: Math.min(score, info.score ?? score), reported: info.reported };
    await redis.multi().zrem(keys.deskTodo, taken).zadd(keys.deskParked, String(next), base).hset(keys.deskParkedInfo, base, JSON.stringify(entry)).exec();
    const { kind, caseId } = postOf(base);
    logger.warn({ item: kind, caseId, parks, nextTryMs: next - now }, 'desk post parked: the group would not take it');
    if (entry.reported) return;
    // One notice per case: a post that failed because its case's card could not be made is not told again.
    const told = Object.entries(await redis.hgetall(keys.deskParkedInfo)).some(([m, raw]) => m !== base && postOf(m).caseId === caseId && parseParkedInfo(raw).reported);
    if (told) {
      await redis.hset(keys.deskParkedInfo, base, JSON.stringify({ ...entry, reported: true }));
      return;
    }
    try {
      await take(1);
      await board.postGeneral(renderer.t('desk-parked', { caseId, what: renderer.t(`desk-post-${kind}`), reason }));
      await redis.hset(keys.deskParkedInfo, base, JSON.stringify({ ...entry, reported: true }));
    } catch (err) {
      if (err instanceof PosterStoppedError) return; // told at its next parking
      logger.warn({ err, caseId }, 'could not tell the group about a parked post; told at its next parking');
    }
  }

  /** Parked posts whose next try is due go back to their place in the outbox. */
  async function unparkDue() {
    const due = await redis.zrangebyscore(keys.deskParked, '-inf', String(Date.now()), 'LIMIT', 0, 20);
    for (const member of due) {
      const info = parseParkedInfo(await redis.hget(keys.deskParkedInfo, member));
      await redis.multi().zadd(keys.deskTodo, 'LT', String(info.score ?? scoreOf(TIER_BASE.normal, Date.now())), member).zrem(keys.deskParked, member).exec();
    }
  }

  /** At most one overview per call: a swarm digest, a digest, or the folded re-alerts. True when one was posted. */
  async function overview(): Promise<boolean> {
    const now = Date.now();
    if (now - lastRealertAt >= realertEveryMs && (await realertsGathered(now)) && (await foldedRealerts())) return true;
    if (now - lastLookAt < 1_000 || (now - lastDigestAt < digestEveryMs && now - lastSwarmAt < digestEveryMs)) return false;
    lastLookAt = now;
    return digests();
  }

  /** When many new cases wait for their own card, list them: bare SOS in a swarm digest with its button, the others in a digest. */
  async function digests(): Promise<boolean> {
    const waiting = await redis.zrange(keys.deskTodo, '0', '199');
    const withMessages = new Set(waiting.filter((m) => m.startsWith('msg:')).map((m) => postOf(m).caseId));
    const cardless: string[] = [];
    for (const m of waiting) {
      if (!m.startsWith('card:')) continue;
      const caseId = m.slice(5);
      if (listed.has(caseId) || (await redis.hexists(keys.deskCard(caseId), 'message'))) continue;
      cardless.push(caseId);
    }
    if (cardless.length === 0) return false;
    const views = (await Promise.all(cardless.map((id) => store.get(id)))).filter((v): v is CaseView => !!v);
    const bare = views.filter((v) => v.urgency === 'critical' && isBareAlarm(v, withMessages.has(v.id)));
    const now = Date.now();
    if (swarmThreshold > 0 && bare.length >= swarmThreshold && now - lastSwarmAt >= digestEveryMs) {
      const shown = fit(bare.map((v) => renderer.digestLine(v, now)));
      const ids = bare.slice(0, shown.length).map((v) => v.id);
      const token = await rememberSwarm(redis, keys, ids);
      lastSwarmAt = Date.now();
      await overviewPost(`${renderer.t('desk-swarm-head', { count: bare.length })}\n${shown.join('\n')}`, opts.supervisors, token);
      for (const id of ids) listed.add(id);
      logger.info({ listed: ids.length, waiting: bare.length }, 'desk swarm digest posted');
      return true;
    }
    // Bare SOS a swarm digest will list stay out of this one; a few of them go in it like any case.
    const swarming = swarmThreshold > 0 && bare.length >= swarmThreshold;
    const others = swarming ? views.filter((v) => !bare.includes(v)) : views;
    if (others.length <= digestThreshold || now - lastDigestAt < digestEveryMs) return false;
    const lines = fit(others.map((v) => renderer.digestLine(v, now)));
    lastDigestAt = Date.now();
    await overviewPost(`${renderer.t('desk-digest-head', { count: others.length })}\n${lines.join('\n')}`);
    for (const view of others.slice(0, lines.length)) listed.add(view.id);
    logger.info({ listed: lines.length, waiting: others.length }, 'desk digest posted');
    return true;
  }

  /** The lines that fit in one overview message, in order. */
  function fit(lines: string[], room = OVERVIEW_MAX): string[] {
    const out: string[] = [];
    let length = 0;
    for (const line of lines) {
      if (length + line.length + 1 > room) break;
      out.push(line);
      length += line.length + 1;
    }
    return out;
  }

  /** Posts an overview; one that fails is logged and not retried before its next interval (the cards still come). */
  async function overviewPost(text: string, mentions: number[] = [], swarmToken?: string) {
    try {
      await take(1);
      await board.postGeneral(text, mentions, swarmToken ? { action: 'swarm-lower', token: swarmToken } : undefined);
    } catch (err) {
      if (err instanceof BoardBusyError) busyUntil = Date.now() + err.retryAfterMs;
      logger.warn({ err }, 'desk overview not posted');
    }
  }

  /** Whether re-alerts wait, the first for a second at least: those coming due together go in one message. */
  async function realertsGathered(now: number) {
    const [, first] = await redis.zrange(keys.deskRealerts, '0', '0', 'WITHSCORES');
    return first !== undefined && Number(first) <= now - REALERT_GATHER_MS;
  }

  /** Every case due a re-alert in one message: one line each (most urgent, then oldest, first), the supervisors mentioned once. */
  async function foldedRealerts(): Promise<boolean> {
    lastRealertAt = Date.now();
    const ids = await redis.zrange(keys.deskRealerts, '0', '-1');
    const views = (await Promise.all(ids.map((id) => store.get(id))))
      // Unclaimed, or (the response-time re-alert) claimed with no answer to the person since the claim.
      .filter((v): v is CaseView => !!v && v.urgency !== 'normal' && (v.claimedBy ? isOpen(v.status) && !(v.answeredAt !== undefined && v.answeredAt >= (v.claimedAt ?? v.updatedAt)) : v.status === 'new'))
      .sort((a, b) => queueScore(a.urgency, a.createdAt) - queueScore(b.urgency, b.createdAt));
    if (views.length > 0) {
      const now = Date.now();
      const name = await officerNames();
      const line = (v: CaseView) => {
        const urgency = renderer.t(`desk-urgency-${v.urgency}`);
        return v.claimedBy
          ? renderer.t('desk-realert-line-unanswered', { urgency, caseId: v.id, officer: name(v.claimedBy) ?? v.claimedBy, age: renderer.age(now - (v.claimedAt ?? v.createdAt)) })
          : renderer.t('desk-realert-line', { urgency, caseId: v.id, age: renderer.age(now - v.createdAt) });
      };
      const lines = fit(views.map(line), OVERVIEW_MAX - 200);
      if (lines.length < views.length) lines.push(renderer.t('desk-realert-more', { count: views.length - lines.length }));
      await overviewPost(`${renderer.t('desk-realert-head', { count: views.length })}\n${lines.join('\n')}`, opts.supervisors);
      logger.warn({ cases: views.length }, 'urgent cases still unclaimed or unanswered: re-alerted in one message');
    }
    if (ids.length > 0) await redis.zrem(keys.deskRealerts, ...ids);
    return views.length > 0;
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

  /** Posts one waiting item; throws when the board did not take it. */
  async function postItem(member: string): Promise<void> {
    const [kind, ...rest] = member.split(':');
    const caseId = rest[rest.length - 1] ?? '';
    if (kind === 'card') {
      await showCard(caseId);
      return;
    }
    if (kind === 'alert') return alert(caseId, rest[0] ?? '');
    const entryId = rest[0] ?? '';
    const [entry] = await redis.xrange(keys.events, entryId, entryId);
    if (!entry) return; // trimmed: nothing to post
    const f = streamFields(entry[1]);
    const ref = (await cardRef(caseId)) ?? (await showCard(caseId));
    if (!ref) return; // the case is gone
    if (kind === 'msg' && f.type === 'case.wiped') {
      await inThread(caseId, ref, renderer.t('desk-person-wiped', { caseId, time: renderer.time(Number(f.at) || Date.now()) }));
    } else if (kind === 'msg' && f.type === 'case.forgotten') {
      await inThread(caseId, ref, renderer.t('desk-person-forgotten', { caseId, time: renderer.time(Number(f.at) || Date.now()) }));
    } else if (kind === 'msg') {
      const message = ForwardedMessage.parse(JSON.parse((await caseSealer({ redis, keys, sealer }, caseId)).open(Buffer.from(f.sealed ?? '', 'base64'), `message on ${caseId}`)));
      const media = message.kind === 'media' && message.channel === 'telegram' ? { kind: message.media, fileRef: message.fileRef } : undefined;
      // When they wrote it, as `npm run desk -- watch` shows it: a post held back by the group's rate
      // limit, or a message that came in late (a phone back online), carries the time of its sending.
      await inThread(caseId, ref, `${renderer.time(message.at)} · ${renderer.forwarded(caseId, message)}`, media);
    } else if (kind === 'status' && f.type === 'case.handed') {
      // Handed to a colleague: the group reads who has it now, by the names officers know.
      const names = await redis.hgetall(keys.deskOfficers);
      const name = (id: string | undefined) => (id ? (names[id] ?? id) : '?');
      await inThread(caseId, ref, renderer.t('desk-handed-line', { caseId, to: name(f.to), officer: name(f.officer) }));
    } else if (kind === 'status') {
      await inThread(caseId, ref, replyStatusText(caseId, f, await caseSealer({ redis, keys, sealer }, caseId)));
    }
  }

  /** Posts in the case's thread; when someone deleted the thread, the card goes to a new one and the post follows it. */
  async function inThread(caseId: string, ref: CardRef, text: string, media?: { kind: string; fileRef: string }) {
    await take(1);
    try {
      await board.postInThread(ref, text, media);
    } catch (err) {
      if (!(err instanceof BoardThreadGoneError)) throw err;
      logger.warn({ caseId }, 'the case\'s topic is gone: its card goes to a new one');
      const fresh = await forgetCard(caseId, ref).then(() => showCard(caseId));
      if (!fresh) return;
      await take(1);
      await board.postInThread(fresh, text, media);
    }
  }

  /** Forgets where a case's card was (its thread is gone), and what pointed there. */
  async function forgetCard(caseId: string, old: CardRef) {
    const m = redis.multi().del(keys.deskCard(caseId)).del(keys.deskRef(`${old.chat}:m${old.message}`));
    if (old.thread !== undefined) m.del(keys.deskRef(`${old.chat}:t${old.thread}`));
    await m.exec();
  }

  function replyStatusText(caseId: string, f: Record<string, string>, caseSeal: Sealer): string {
    const officer = f.officer ?? '?';
    switch (f.type) {
      case 'case.duress':
        return renderer.t('desk-duress-line', { caseId });
      case 'case.cant-talk':
        return renderer.t(f.state === 'on' ? 'desk-cant-talk-on' : f.by === 'code' ? 'desk-cant-talk-off-code' : 'desk-cant-talk-off-typed', { caseId });
      case 'case.release-locked':
        return renderer.t('desk-release-locked', { caseId, tries: Number(f.tries) || 5 });
      case 'case.release-unlocked':
        return renderer.t('desk-release-unlocked', { caseId, officer });
      case 'case.resumed':
        return renderer.t('desk-resumed', { caseId, officer });
      case 'case.pin-capped':
        return renderer.t('desk-pin-capped', { caseId, failures: Number(f.failures) || 0, senders: Number(f.senders) || 0 });
      case 'case.pin-forgotten':
        return renderer.t(f.from === 'reporter' ? 'desk-pin-forgotten' : 'desk-pin-forgotten-other', { caseId });
      case 'case.pin-reset':
        return renderer.t('desk-pin-reset', { caseId, officer });
      case 'case.told':
        return renderer.t(`desk-told-line-${f.told === 'located' || f.told === 'closed' ? f.told : 'nothing'}`, { caseId, officer });
    }
    if (f.state === 'delivered') {
      // Exactly what the person was sent, and when: at once, when they wrote, or at their safe time; and
      // which rule showed it (their code word, a message they typed, or a relative's own choice).
      const when = renderer.t(`desk-reply-when-${['queued', 'person-active', 'due'].includes(f.trigger ?? '') ? f.trigger : 'queued'}`);
      const sent = renderer.t('desk-reply-sent', { caseId, count: Number(f.count) || 1, when });
      const head = f.rule === 'code-word' || f.rule === 'typed-reply' || f.rule === 'relative' ? `${sent} ${renderer.t(`desk-reply-rule-${f.rule}`)}` : sent;
      if (!f.sealed) return head;
      const texts = z.array(z.string()).parse(JSON.parse(caseSeal.open(Buffer.from(f.sealed, 'base64'), `delivery on ${caseId}`)));
      return [head, ...texts.map(quoteSent)].join('\n');
    }
    if (f.state === 'announced') return renderer.t(f.waiting === 'code-word' ? 'desk-reply-announced-code-word' : 'desk-reply-announced-typed-reply', { caseId });
    if (f.why === 'stopped') return renderer.t('desk-reply-held-stopped', { caseId });
    if (f.why === 'locked') return renderer.t('desk-reply-held-locked', { caseId });
    if (f.state === 'gone') return renderer.t('desk-reply-failed', { caseId, why: 'gone' });
    if (f.why === 'times' && f.until) return renderer.t('desk-reply-held-until', { caseId, time: renderer.time(Number(f.until)) });
    if (f.why === 'first') return renderer.t('desk-reply-held-first', { caseId });
    if (f.why === 'unreadable') return renderer.t('desk-reply-held-unreadable', { caseId });
    if (f.why === 'phone') return renderer.t('desk-reply-held-phone', { caseId });
    return renderer.t('desk-reply-held-unknown', { caseId });
  }


  /** Creates or updates a case's card; returns where it is (undefined when the case is gone). */
  async function showCard(caseId: string): Promise<CardRef | undefined> {
    const view = await store.get(caseId);
    const existing = await cardRef(caseId);
    if (!view) {
      if (existing) {
        await take(1);
        await board.editCard(caseId, existing, { text: renderer.t('desk-card-deleted'), title: caseId, actions: [] });
      }
      return undefined;
    }
    const held = await redis.llen(keys.held(caseId));
    const card = renderer.card(view, { held, now: Date.now(), officerName: await officerNames(), linked: await linkedCases({ redis, keys, sealer }, view.id) });
    const digest = digestOf(card);
    if (existing) {
      if ((await redis.hget(keys.deskCard(caseId), 'digest')) === digest) return existing;
      await take(1);
      if ((await board.editCard(caseId, existing, card)) === 'edited') {
        await redis.hset(keys.deskCard(caseId), 'digest', digest);
        await reportPhotos(view, existing); // a report made again may bring a photo
        return existing;
      }
      // The card message was deleted: a new card, in the case's topic while it is there.
      await redis.multi().hdel(keys.deskCard(caseId), 'message', 'digest').del(keys.deskRef(`${existing.chat}:m${existing.message}`)).exec();
    }
    const ref = await postNewCard(caseId, card);
    await saveCard(caseId, ref, digest);
    listed.delete(caseId);
    logger.info({ caseId, urgency: view.urgency }, 'case card posted');
    await reportPhotos(view, ref);
    return ref;
  }

  /**
   * A relative's photos of the missing person, re-sent by their Telegram file id into the case's topic, each
   * once (`photos` on the card's hash: a digest of each file id sent; a kill before it is written sends it again).
   */
  async function reportPhotos(view: CaseView, ref: CardRef) {
    const photos = renderer.reportPhotos(view);
    if (photos.length === 0) return;
    const sent = new Set(((await redis.hget(keys.deskCard(view.id), 'photos')) ?? '').split(',').filter(Boolean));
    for (const photo of photos) {
      const id = createHash('sha256').update(photo.fileRef).digest('base64url').slice(0, 12);
      if (sent.has(id)) continue;
      await inThread(view.id, ref, photo.caption, { kind: 'photo', fileRef: photo.fileRef });
      sent.add(id);
      await redis.hset(keys.deskCard(view.id), 'photos', [...sent].join(','));
    }
  }

  /**
   * A new card, in the case's own topic on a forum: the topic recorded for it, or a new one recorded before
   * the card is posted in it (a kill in between leaves the topic to fill, never a second one). A recorded
   * topic someone deleted is replaced once.
   */
  async function postNewCard(caseId: string, card: Card): Promise<CardRef> {
    for (let attempt = 0; ; attempt++) {
      let thread: ThreadRef | undefined;
      if (board.threads) {
        const [chat, recorded] = await redis.hmget(keys.deskCard(caseId), 'chat', 'thread');
        if (chat && recorded) thread = { chat: Number(chat), thread: Number(recorded) };
        else {
          await take(1);
          thread = await board.openThread(caseId, card.title);
          await redis.multi()
            .hset(keys.deskCard(caseId), { chat: thread.chat, thread: thread.thread })
            .set(keys.deskRef(`${thread.chat}:t${thread.thread}`), caseId)
            .exec();
        }
      }
      await take(1);
      try {
        return await board.createCard(caseId, card, thread);
      } catch (err) {
        if (!(err instanceof BoardThreadGoneError) || !thread || attempt > 0) throw err;
        logger.warn({ caseId }, 'the case\'s recorded topic is gone: the card goes to a new one');
        await redis.multi().hdel(keys.deskCard(caseId), 'thread').del(keys.deskRef(`${thread.chat}:t${thread.thread}`)).exec();
      }
    }
  }

  /** A message to the whole group, mentioning the supervisors: what happened, then the case's card. */
  async function alert(caseId: string, what: string) {
    const view = await store.get(caseId);
    if (!view) return;
    const head = what === 'duress'
      ? renderer.t('desk-duress', { caseId: view.id })
      : renderer.t('desk-reopened', { caseId: view.id, urgency: renderer.t(`desk-urgency-${view.urgency}`), was: renderer.t(`desk-status-${view.reopenedFrom ?? 'closed'}`) });
    const held = await redis.llen(keys.held(view.id));
    const card = renderer.card(view, { held, now: Date.now(), officerName: await officerNames(), linked: await linkedCases({ redis, keys, sealer }, view.id) });
    await take(1);
    await board.postGeneral(`${head}\n\n${card.text}`, opts.supervisors);
  }

  async function page(userId: number, view: CaseView, now: number): Promise<'sent' | 'unreachable'> {
    const args = { caseId: view.id, urgency: renderer.t(`desk-urgency-${view.urgency}`) };
    const text = view.claimedBy
      ? renderer.t('desk-page-unanswered', { ...args, age: renderer.age(now - (view.claimedAt ?? view.createdAt)) })
      : renderer.t('desk-page-unclaimed', { ...args, age: renderer.age(now - view.createdAt) });
    const result = await board.directMessage(userId, text);
    if (result === 'sent') {
      await redis.hdel(keys.deskUnpaged, String(userId)); // told again should it fail later
    } else if (!(await redis.hexists(keys.deskUnpaged, String(userId)))) {
      // Said before it is recorded: a crash in between says it twice rather than never.
      const who = (await officerNames())(`telegram:${userId}`) ?? `telegram:${userId}`;
      // From the deadlines loop: never a post that can wait. Stopping meanwhile, the group is told at the next page that fails.
      try {
        await board.take(1, false, stopping.signal);
      } catch (err) {
        if (err instanceof PosterStoppedError) return result;
        throw err;
      }
      await board.postGeneral(renderer.t('desk-page-unreachable', { who }), [userId]);
      await redis.hset(keys.deskUnpaged, String(userId), String(now));
    }
    return result;
  }

  async function reconcile(): Promise<number> {
    let found = 0;
    for await (const batch of scanAll(redis, keys.deskCard('*'), 200)) {
      for (const key of batch) {
        const [thread, message] = await redis.hmget(key, 'thread', 'message');
        if (!thread || message) continue;
        const caseId = key.slice(keys.deskCard('').length);
        const view = await store.get(caseId);
        await todo(`card:${caseId}`, scoreOf(tierOf(view?.urgency, 'new', view ? isBareAlarm(view) : false), view?.createdAt ?? Date.now()));
        found += 1;
      }
    }
    if (found > 0) logger.warn({ cases: found }, 'cases with a topic but no card (a restart between the two): their cards are queued for those topics');
    return found;
  }

  return {
    card: queueCard,
    message: async (entryId, caseId, urgency, at) => todo(`msg:${entryId}:${caseId}`, scoreOf(tierOf(urgency ?? (await caseUrgency(caseId)), 'follow-up'), at)),
    replyStatus: async (entryId, caseId, urgency, at) => todo(`status:${entryId}:${caseId}`, scoreOf(tierOf(urgency ?? (await caseUrgency(caseId)), 'follow-up'), at)),
    drain,
    async realert(view) {
      // Scored by this process's time: the fold's interval and gathering run on it (a moved test clock does not).
      await redis.zadd(keys.deskRealerts, 'NX', String(Date.now()), view.id);
    },
    async reopened(caseId, now) {
      await todo(`alert:reopened:${caseId}`, scoreOf(tierOf(await caseUrgency(caseId), 'follow-up'), now));
    },
    async duress(caseId, now) {
      await todo(`alert:duress:${caseId}`, scoreOf(tierOf('critical', 'follow-up'), now));
    },
    page,
    reconcile,
    stop() {
      stopping.abort(new PosterStoppedError());
    },
  };
}
