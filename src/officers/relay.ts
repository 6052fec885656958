/**
 * Delivers officers' answers to the person, in their own channel and language, under a neutral header
 * (never an officer's name), silently. Answers wait in the case's held list (src/officers/case-desk.ts)
 * and leave it only once the channel took them, so none is lost. At the person's safe time (any time, when
 * their safe hours come — a deadline in Redis — or when they write) the relay sends one neutral line
 * ("You have a new message"); the answers themselves only after the person's code word, or, without a
 * code word, in reply to a text they type that is not the first after a long silence: a guard tapping
 * /start, a sticker or a button sees nothing. A relative at home (a missing-person report, not in discreet
 * mode, no code word) gets the answers themselves as they chose in the report (src/officers/reach.ts): in
 * this chat at any time, at once; at their hours, then; asked for a phone call, when they next write here.
 * Nothing at all goes to a chat whose outbound is stopped
 * (src/core/safety-words.ts). Each outcome is written to the events stream (`case.reply` with state
 * delivered / announced / held / gone) for the desk to show; a delivery carries, sealed, exactly the
 * texts the person was sent.
 */
import type { RedisClient as Redis } from '../redis/redis-client.js';
import type { CaseStore } from '../cases/case-store.js';
import type { CaseView } from '../cases/case-record.js';
import { urgencyRank } from '../cases/case-model.js';
import type { ChannelName, OutboundMessage } from '../core/messages.js';
import type { Outbox } from '../core/outbox.js';
import type { Sealer } from '../core/sealed.js';
import type { Deployment } from '../deployment.js';
import type { Locales } from '../i18n/locales.js';
import type { Logger } from '../logger.js';
import { DEFAULT_EVENTS_BUDGET, eventsTrimArgs } from '../redis/events-budget.js';
import type { Keys } from '../redis/keys.js';
import { releaseLease } from '../redis/scripts.js';
import { HeldAnswer } from './case-desk.js';
import { caseReach, whenToWrite, type WriteTime } from './reach.js';
import { caseSealer } from '../cases/case-keys.js';

/** Why the relay was asked to deliver: a new answer, the person writing, or a safe time coming. */
export type DeliveryTrigger = 'queued' | 'person-active' | 'due';

/** What the person's message was, for a `person-active` trigger (the event's `by` and `quiet`). */
export interface PersonActivity {
  /** `code`: their code word; `typed`: a typed text; `other`: a command, button, sticker, media, edit… */
  by: 'typed' | 'code' | 'other';
  /** How long they had not typed before it, in ms (undefined: no earlier message known). */
  quietMs?: number;
}

/**
 * Which rule showed held answers: the person's code word, or (without one) a message they typed; or, for a
 * relative at home, `relative`: as they chose in the report (this chat at any time, their hours, or when
 * they write).
 */
export type ReleaseRule = 'code-word' | 'typed-reply' | 'relative';

/** Why answers are still held (`phone`: a relative asked to be called back by phone, not written to here). */
export type HoldReason = 'first' | 'times' | 'unknown' | 'unreadable' | 'phone' | 'code-word' | 'typed-reply' | 'locked' | 'stopped';

export type DeliveryReport =
  | { state: 'delivered'; count: number; rule: ReleaseRule }
  /** The one neutral line went out; the answers wait for the code word or a typed reply. */
  | { state: 'announced'; count: number; waiting: Exclude<ReleaseRule, 'relative'> }
  | { state: 'held'; why: HoldReason; until?: number }
  | { state: 'gone' }
  | { state: 'nothing' }
  /** Another process is delivering this case's answers right now. */
  | { state: 'busy' };

export interface Relay {
  deliver(caseId: string, trigger: DeliveryTrigger, activity?: PersonActivity): Promise<DeliveryReport>;
}

/** A failed send is tried again this much later (ms). */
export const RETRY_MS = 30_000;

/** Without a code word, a typed message after this long a silence does not show answers (default 12 h). */
export const RELEASE_QUIET_MS = 12 * 3600_000;

/** The person's message could not be handled now (another delivery holds the case): the event is retried. */
export class RelayBusyError extends Error {
  constructor(readonly caseId: string) {
    super(`another process is delivering the answers of case ${caseId}`);
    this.name = 'RelayBusyError';
  }
}

export function createRelay(deps: {
  redis: Redis;
  keys: Keys;
  sealer: Sealer;
  store: CaseStore;
  locales: Locales;
  deployment: Deployment;
  /** Where answers go: the relay never sends itself, it hands each answer over to the outbox once. */
  outbox: Outbox;
  logger: Logger;
  eventsMaxLen?: number;
  /** The time now, in ms (tests move it). */
  clock?: () => number;
  /** Without a code word, a typed message after this long a silence only gets the notice again (ms). */
  releaseQuietMs?: number;
}): Relay {
  const { redis, keys, sealer, store, locales, deployment, logger } = deps;
  const trim = eventsTrimArgs({ maxLen: deps.eventsMaxLen ?? DEFAULT_EVENTS_BUDGET.maxLen });
  const clock = deps.clock ?? Date.now;
  const releaseQuietMs = deps.releaseQuietMs ?? RELEASE_QUIET_MS;

  const langOf = (view: CaseView) => (locales.languages.includes(view.lang) ? view.lang : deployment.defaultLanguage);

  /** An answer as the person reads it. Sent silently: the phone may be in someone else's hands. */
  function outbound(view: CaseView, answer: HeldAnswer): OutboundMessage {
    const lang = langOf(view);
    if (answer.kind === 'request-location') {
      return { text: locales.t(lang, 'relay-location-request', { caseId: view.id }), requestLocation: locales.t(lang, 'share-location'), silent: true };
    }
    return { text: `${locales.t(lang, 'relay-header', { caseId: view.id })}\n\n${answer.text}`, silent: true };
  }

  const event = (caseId: string, fields: string[]) =>
    redis.xadd(keys.events, ...trim, '*', 'type', 'case.reply', 'case', caseId, 'at', String(Date.now()), ...fields);

  const rankOf = (view: CaseView) => urgencyRank[view.urgency as keyof typeof urgencyRank] ?? urgencyRank.normal;

  /**
   * Hands messages over to the outbox (atomically with the held list and the case's bookkeeping), then
   * sends them now if this process runs the person's channel. False when the person is gone.
   */
  async function handOver(view: CaseView, entries: Parameters<Outbox['handOver']>[0]['entries'], bookkeeping: { announced: '' | '-' | number; released: string }): Promise<boolean> {
    const channel = view.channel as ChannelName;
    const written = await deps.outbox.handOver({ caseId: view.id, channel, address: view.private.address, entries, ...bookkeeping });
    const gone = written === 'gone' || (await deps.outbox.flush(channel, sealer.personId(channel, view.private.address))) === 'gone';
    if (gone) logger.warn({ caseId: view.id, channel: view.channel }, 'person cannot be reached: answers not delivered');
    return !gone;
  }

  /** Shows every held answer (the person sent their code word, or typed a reply). */
  async function release(view: CaseView, items: string[], rule: ReleaseRule, trigger: DeliveryTrigger): Promise<DeliveryReport> {
    const caseSeal = await caseSealer({ redis, keys, sealer }, view.id);
    const answers = items.map((item) => ({ item, answer: HeldAnswer.parse(JSON.parse(caseSeal.open(Buffer.from(item, 'base64'), `held answer on ${view.id}`))) }));
    const messages = answers.map(({ answer }) => outbound(view, answer));
    // What went, word for word, for the officers' topic; which rule showed it, and what asked for it:
    // written by the outbox once the channel took the last of them.
    const texts = caseSeal.seal(JSON.stringify(messages.map((m) => m.text))).toString('base64');
    const delivered = ['type', 'case.reply', 'case', view.id, 'state', 'delivered', 'count', String(items.length), 'rule', rule, 'trigger', trigger, 'sealed', texts];
    const entries = answers.map(({ item, answer }, i) => ({
      id: answer.id, item, messages: [messages[i]!], rank: rankOf(view), ...(i === answers.length - 1 ? { events: [delivered] } : {}),
    }));
    if (!(await handOver(view, entries, { announced: '-', released: `${rule}:${clock()}` }))) return { state: 'gone' };
    logger.info({ caseId: view.id, channel: view.channel, count: items.length, trigger, rule }, 'answers delivered');
    return { state: 'delivered', count: items.length, rule };
  }

  /**
   * The release rules (README "Code words and duress"). Nothing goes to a chat whose outbound is stopped
   * (duress, "can't talk"). A relative at home gets the answers as they chose (see the module's header). Answers are announced with one neutral line at the person's safe time; their
   * words are shown only after the code word (if the person has one, and wrong tries have not locked the
   * release), or, without a code word, in reply to a text they typed that is not the first after
   * `releaseQuietMs` of silence. Never to a command, a button, a sticker or media.
   */
  async function deliverLocked(caseId: string, trigger: DeliveryTrigger, activity?: PersonActivity): Promise<DeliveryReport> {
    const held = keys.held(caseId);
    const items = await redis.lrange(held, 0, -1);
    if (items.length === 0) return { state: 'nothing' };
    const view = await store.get(caseId);
    if (!view) {
      logger.warn({ caseId, held: items.length }, 'held answers for a case that no longer exists: kept');
      return { state: 'nothing' };
    }
    if (view.reachable === 'gone') return { state: 'gone' };
    // The person's messages come often: only a change is worth an event then.
    const quietly = trigger === 'person-active';
    const [person, announcedRaw, sealed, discreet] = await redis.hmget(keys.case(caseId), 'person', 'announced', 'sealed', 'discreet');
    const [code, stop] = person ? await redis.hmget(keys.conversation(person), 'kc', 'x') : [null, null];
    if (stop || view.stopped) {
      if (!quietly) await event(caseId, ['state', 'held', 'why', 'stopped', 'until', '']);
      return { state: 'held', why: 'stopped' };
    }
    const { reach, utcOffsetMinutes, atHome } = caseReach(view, { sealed, discreet, codeWord: code }, { sealer: await caseSealer({ redis, keys, sealer }, caseId), deployment });
    const now = clock();
    // They are holding the phone and writing: now. Otherwise as they chose.
    const safeNow = (): WriteTime => (trigger === 'person-active' ? { now: true } : whenToWrite(reach, now, utcOffsetMinutes, view.lang));
    /** Not yet: looked at again at their next safe hour (a deadline in Redis), or when they write. */
    const hold = async (safe: Extract<WriteTime, { now: false }>): Promise<DeliveryReport> => {
      if (safe.until) await redis.zadd(keys.due, String(safe.until), `release:${caseId}`);
      await event(caseId, ['state', 'held', 'why', safe.why, 'until', String(safe.until ?? '')]);
      return { state: 'held', why: safe.why, until: safe.until };
    };
    if (atHome) {
      // A relative at home: the words themselves, under the neutral header and silently, when they write (they
      // are in the chat) or when the time they chose for this chat has come. A phone call asked for: held.
      const safe = safeNow();
      return safe.now ? release(view, items, 'relative', trigger) : hold(safe);
    }
    const waiting = code ? 'code-word' : 'typed-reply';
    if (trigger === 'person-active' && activity) {
      if (code && activity.by === 'code') {
        if (!view.releaseLocked) return release(view, items, 'code-word', trigger);
        // The right word while locked: officers should know; nothing is shown.
        await event(caseId, ['state', 'held', 'why', 'locked', 'until', '']);
        return { state: 'held', why: 'locked' };
      }
      if (!code && activity.by === 'typed' && activity.quietMs !== undefined && activity.quietMs < releaseQuietMs) {
        return release(view, items, 'typed-reply', trigger);
      }
    }
    const safe = safeNow();
    if (!safe.now) return hold(safe);
    if (Number(announcedRaw ?? 0) >= items.length) return { state: 'held', why: view.releaseLocked ? 'locked' : waiting }; // told already
    // One neutral line (all a lock screen shows); the answers wait for the code word or a typed reply.
    const notice: OutboundMessage = { text: locales.t(langOf(view), 'relay-notice', { count: items.length }), silent: true };
    const announced = ['type', 'case.reply', 'case', caseId, 'state', 'announced', 'count', String(items.length), 'waiting', waiting];
    const entry = { id: `notice:${caseId}:${items.length}:${now}`, messages: [notice], rank: rankOf(view), events: [announced] };
    if (!(await handOver(view, [entry], { announced: items.length, released: '' }))) return { state: 'gone' };
    logger.info({ caseId, channel: view.channel, count: items.length, trigger, waiting }, 'answers announced');
    return { state: 'announced', count: items.length, waiting };
  }

  const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

  return {
    async deliver(caseId, trigger, activity) {
      const lock = keys.deliveryLock(caseId);
      const token = `${process.pid}-${Math.random()}`;
      for (let wait = 0; (await redis.set(lock, token, 'PX', 60_000, 'NX')) !== 'OK'; wait++) {
        // The person's message (perhaps their code word) must not be lost: wait a little, else retry the event.
        if (activity && wait < 20) {
          await sleep(150);
          continue;
        }
        if (activity) throw new RelayBusyError(caseId);
        // The other delivery may have read the list before this answer came: look again shortly.
        await redis.zadd(keys.due, String(Date.now() + 2_000), `release:${caseId}`);
        return { state: 'busy' };
      }
      try {
        return await deliverLocked(caseId, trigger, activity);
      } catch (err) {
        // Keep the answers; try again a little later.
        await redis.zadd(keys.due, String(Date.now() + RETRY_MS), `release:${caseId}`).catch(() => undefined);
        throw err;
      } finally {
        await releaseLease(redis, { keys: { lease: lock }, args: { token } }).catch(() => undefined);
      }
    },
  };
}
