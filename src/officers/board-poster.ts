/**
 * Everything the desk posts on the board. Posts wait in a Redis sorted set (`<p>desk:todo`, in the
 * queue's order: urgency, then age) and leave it only once the board took them, so a restart loses none.
 * A case has at most one waiting card post, so many updates fold into one edit; when many new cases wait
 * behind the group's rate limit, one digest message lists them so officers see every case at once, and
 * each still gets its own card as the limit allows. Re-alerts go straight to the group's main thread.
 */
import { createHash } from 'node:crypto';
import type { Redis } from 'ioredis';
import { z } from 'zod';
import { isUrgency, queueScore } from '../cases/case-model.js';
import type { CaseStore } from '../cases/case-store.js';
import type { CaseView } from '../cases/case-record.js';
import { ForwardedMessage } from '../core/messages.js';
import type { Sealer } from '../core/sealed.js';
import type { Logger } from '../logger.js';
import type { Keys } from '../redis/keys.js';
import { streamFields } from '../redis/stream-fields.js';
import type { Board, CardRef } from './board.js';
import type { Card, CardRenderer } from './card.js';
import { quoteSent } from './person-words.js';

export interface BoardPosterOptions {
  redis: Redis;
  keys: Keys;
  sealer: Sealer;
  store: CaseStore;
  renderer: CardRenderer;
  logger: Logger;
  board: Board;
  /** Telegram user ids mentioned in re-alerts. */
  supervisors: number[];
  /** How many new cases may wait for their card before a digest lists them (default 5). */
  digestThreshold?: number;
  /** Least time between two digests (ms, default 15 s). */
  digestEveryMs?: number;
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
  /** Posts waiting items, most urgent first, as fast as the board's rate limit allows, until `deadline` (ms). */
  drain(deadline: number): Promise<void>;
  /**
   * Alerts the main thread, mentioning the supervisors, that an urgent case is still unclaimed (or, claimed,
   * that the person has no answer yet).
   */
  realert(view: CaseView, now: number): Promise<void>;
  /**
   * Pages one roster member by direct message about a re-alerted case: its id, urgency and age only (no
   * personal data: a supervisor's phone may be seen by others). A member the board cannot write to is told
   * about in the group once (until a page reaches them again).
   */
  page(userId: number, view: CaseView, now: number): Promise<'sent' | 'unreachable'>;
  /** Tells the group a finished case was reopened by a new danger message, with its card. */
  reopened(caseId: string, now: number): Promise<void>;
  /** Tells the whole group, mentioning the supervisors, that the person sent their duress word. */
  duress(caseId: string, now: number): Promise<void>;
}

/** Posts wait in the queue's order: urgency, then age (an unknown urgency counts as normal). */
const score = (urgency: string | undefined, at: number) => queueScore(isUrgency(urgency) ? urgency : 'normal', at);
const digestOf = (card: Card) => createHash('sha256').update(card.text).update(JSON.stringify(card.actions)).digest('base64').slice(0, 16);

export function createBoardPoster(opts: BoardPosterOptions): BoardPoster {
  const { redis, keys, sealer, store, renderer, logger, board } = opts;
  const digestThreshold = opts.digestThreshold ?? 5;
  const digestEveryMs = opts.digestEveryMs ?? 15_000;
  let lastDigestAt = 0;
  /** Cases listed in a digest and still waiting for their own card. */
  const digested = new Set<string>();

  // Members: `card:<case>` (`posting:card:<case>` while it is posted), `msg:<entry>:<case>`, `status:<entry>:<case>`.
  // LT adds a new post, and moves a waiting one forward (an escalation), never back.
  const todo = async (member: string, urgency: string | undefined, at: number) => {
    await redis.zadd(keys.deskTodo, 'LT', String(score(urgency, at)), member);
  };

  let names: Record<string, string> = {};
  let namesAt = 0;
  async function officerNames() {
    if (Date.now() - namesAt > 5_000) {
      names = await redis.hgetall(keys.deskOfficers);
      namesAt = Date.now();
    }
    return (id: string) => names[id];
  }

  async function drain(deadline: number) {
    while (Date.now() < deadline) {
      const [member, score] = await redis.zrange(keys.deskTodo, '0', '0', 'WITHSCORES');
      if (!member || score === undefined) return;
      await maybeDigest();
      // A card is posted under another name (`posting:card:<case>`), so that a change of the case while it
      // is posted queues `card:<case>` anew rather than folding into the post already rendered.
      let taken = member;
      if (member.startsWith('card:')) {
        taken = `posting:${member}`;
        await redis.multi().zrem(keys.deskTodo, member).zadd(keys.deskTodo, score, taken).exec();
      }
      const done = await postItem(taken.replace(/^posting:/, ''));
      if (done) await redis.zrem(keys.deskTodo, taken);
    }
  }

  /** When many new cases wait for their own card, list them all in one message first. */
  async function maybeDigest() {
    if (Date.now() - lastDigestAt < digestEveryMs) return;
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
      const f = streamFields(entry[1]);
      const ref = (await cardRef(caseId)) ?? (await showCard(caseId));
      if (!ref) return true; // the case is gone
      if (kind === 'msg' && f.type === 'case.wiped') {
        await board.take(1);
        await board.postInThread(ref, renderer.t('desk-person-wiped', { caseId, time: renderer.time(Number(f.at) || Date.now()) }));
      } else if (kind === 'msg') {
        const message = ForwardedMessage.parse(JSON.parse(sealer.open(Buffer.from(f.sealed ?? '', 'base64'), `message on ${caseId}`)));
        const media = message.kind === 'media' && message.channel === 'telegram' ? { kind: message.media, fileRef: message.fileRef } : undefined;
        await board.take(1);
        // When they wrote it, as `npm run desk -- watch` shows it: a post held back by the group's rate
        // limit, or a message that came in late (a phone back online), carries the time of its sending.
        await board.postInThread(ref, `${renderer.time(message.at)} · ${renderer.forwarded(caseId, message)}`, media);
      } else if (kind === 'status') {
        await board.take(1);
        await board.postInThread(ref, replyStatusText(caseId, f));
      }
      return true;
    } catch (err) {
      logger.warn({ err, item: kind, caseId }, 'desk post failed; it stays queued');
      await new Promise((r) => setTimeout(r, 1_000));
      return false;
    }
  }

  function replyStatusText(caseId: string, f: Record<string, string>): string {
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
    }
    if (f.state === 'delivered') {
      // Exactly what the person was sent, and when: at once, when they wrote, or at their safe time; and
      // which rule showed it (their code word, or a message they typed).
      const when = renderer.t(`desk-reply-when-${['queued', 'person-active', 'due'].includes(f.trigger ?? '') ? f.trigger : 'queued'}`);
      const sent = renderer.t('desk-reply-sent', { caseId, count: Number(f.count) || 1, when });
      const head = f.rule === 'code-word' || f.rule === 'typed-reply' ? `${sent} ${renderer.t(`desk-reply-rule-${f.rule}`)}` : sent;
      if (!f.sealed) return head;
      const texts = z.array(z.string()).parse(JSON.parse(sealer.open(Buffer.from(f.sealed, 'base64'), `delivery on ${caseId}`)));
      return [head, ...texts.map(quoteSent)].join('\n');
    }
    if (f.state === 'announced') return renderer.t(f.waiting === 'code-word' ? 'desk-reply-announced-code-word' : 'desk-reply-announced-typed-reply', { caseId });
    if (f.why === 'stopped') return renderer.t('desk-reply-held-stopped', { caseId });
    if (f.why === 'locked') return renderer.t('desk-reply-held-locked', { caseId });
    if (f.state === 'gone') return renderer.t('desk-reply-failed', { caseId, why: 'gone' });
    if (f.why === 'times' && f.until) return renderer.t('desk-reply-held-until', { caseId, time: renderer.time(Number(f.until)) });
    if (f.why === 'first') return renderer.t('desk-reply-held-first', { caseId });
    if (f.why === 'unreadable') return renderer.t('desk-reply-held-unreadable', { caseId });
    return renderer.t('desk-reply-held-unknown', { caseId });
  }

  /** Creates or updates a case's card; returns where it is (undefined when the case is gone). */
  async function showCard(caseId: string): Promise<CardRef | undefined> {
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

  /** A message to the whole group: `head`, then the case's card. */
  async function alert(view: CaseView, now: number, head: string) {
    await board.take(1);
    const held = await redis.llen(keys.held(view.id));
    const card = renderer.card(view, { held, now, officerName: await officerNames() });
    await board.postGeneral(`${head}\n\n${card.text}`, opts.supervisors);
  }

  async function realert(view: CaseView, now: number) {
    const urgency = renderer.t(`desk-urgency-${view.urgency}`);
    const head = view.claimedBy
      ? renderer.t('desk-realert-unanswered', { caseId: view.id, urgency, officer: (await officerNames())(view.claimedBy) ?? view.claimedBy, age: renderer.age(now - (view.claimedAt ?? view.createdAt)) })
      : renderer.t('desk-realert', { caseId: view.id, urgency, age: renderer.age(now - view.createdAt), mentions: '' });
    await alert(view, now, head);
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
      await board.take(1);
      await board.postGeneral(renderer.t('desk-page-unreachable', { who }), [userId]);
      await redis.hset(keys.deskUnpaged, String(userId), String(now));
    }
    return result;
  }

  async function reopened(caseId: string, now: number) {
    const view = await store.get(caseId);
    if (!view) return;
    await alert(view, now, renderer.t('desk-reopened', { caseId: view.id, urgency: renderer.t(`desk-urgency-${view.urgency}`), was: renderer.t(`desk-status-${view.reopenedFrom ?? 'closed'}`) }));
  }

  async function duress(caseId: string, now: number) {
    const view = await store.get(caseId);
    if (!view) return;
    await alert(view, now, renderer.t('desk-duress', { caseId: view.id }));
  }

  return {
    duress,
    card: (caseId, urgency, at) => todo(`card:${caseId}`, urgency, at),
    message: (entryId, caseId, urgency, at) => todo(`msg:${entryId}:${caseId}`, urgency, at),
    replyStatus: (entryId, caseId, urgency, at) => todo(`status:${entryId}:${caseId}`, urgency, at),
    drain,
    realert,
    page,
    reopened,
  };
}
