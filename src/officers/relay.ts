/**
 * Delivers officers' answers to the person, in their own channel and language, under a neutral header
 * (never an officer's name). Answers wait in the case's held list (src/officers/case-desk.ts) and leave it
 * only once the channel took them, so none is lost: the relay sends them when the person said any time
 * is safe, when their safe hours come (a deadline in Redis), or as soon as the person writes again.
 * Each outcome is written to the events stream (`case.reply` with state delivered / held / gone) for
 * the desk to show; a delivery carries, sealed, exactly the texts the person was sent.
 */
import type { Redis } from 'ioredis';
import type { CaseStore } from '../cases/case-store.js';
import type { CaseView } from '../cases/case-record.js';
import type { PersonSender } from '../core/delivery.js';
import type { ChannelName, OutboundMessage } from '../core/messages.js';
import type { Sealer } from '../core/sealed.js';
import type { Deployment } from '../deployment.js';
import type { Locales } from '../i18n/locales.js';
import type { Logger } from '../logger.js';
import type { Keys } from '../redis/keys.js';
import { releaseLease } from '../redis/scripts.js';
import { HeldAnswer } from './case-desk.js';
import { nextSafeMoment, parseSafeTimes } from './safe-time.js';

/** Why the relay was asked to deliver: a new answer, the person writing, or a safe time coming. */
export type DeliveryTrigger = 'queued' | 'person-active' | 'due';

export type DeliveryReport =
  | { state: 'delivered'; count: number }
  | { state: 'held'; why: 'first' | 'times' | 'unknown' | 'unreadable'; until?: number }
  | { state: 'gone' }
  | { state: 'nothing' }
  /** Another process is delivering this case's answers right now. */
  | { state: 'busy' };

export interface Relay {
  deliver(caseId: string, trigger: DeliveryTrigger): Promise<DeliveryReport>;
}

/** A failed send is tried again this much later (ms). */
export const RETRY_MS = 30_000;

export function createRelay(deps: {
  redis: Redis;
  keys: Keys;
  sealer: Sealer;
  store: CaseStore;
  locales: Locales;
  deployment: Deployment;
  senders: ReadonlyMap<ChannelName, PersonSender>;
  logger: Logger;
  eventsMaxLen?: number;
  /** The time now, in ms (tests move it). */
  clock?: () => number;
}): Relay {
  const { redis, keys, sealer, store, locales, deployment, logger } = deps;
  const maxLen = deps.eventsMaxLen ?? 1_000_000;
  const clock = deps.clock ?? Date.now;

  /** When this person can be written to: now, or held (and until when, if their hours are readable). */
  function safeNow(view: CaseView, trigger: DeliveryTrigger, now: number): { now: true } | { now: false; why: 'first' | 'times' | 'unknown' | 'unreadable'; until?: number } {
    if (trigger === 'person-active') return { now: true }; // they are holding the phone and writing
    const p = view.private;
    if (p.contact === 'anytime') return { now: true };
    if (p.contact === 'they-write-first') return { now: false, why: 'first' };
    if (p.contact === 'times' && p.contactTimes) {
      const windows = parseSafeTimes(p.contactTimes);
      if (windows) {
        const offset = deployment.countries.find((c) => c.code === view.country)?.utcOffsetMinutes ?? deployment.embassy.utcOffsetMinutes;
        const next = nextSafeMoment(windows, now, offset);
        if (next.now) return { now: true };
        if (Number.isFinite(next.at)) return { now: false, why: 'times', until: next.at };
      }
      return { now: false, why: 'unreadable' }; // vague, or only says when not to write
    }
    // Not said yet: the safe choice is to wait until they write.
    return { now: false, why: 'unknown' };
  }

  function outbound(view: CaseView, answer: HeldAnswer): OutboundMessage {
    const lang = locales.languages.includes(view.lang) ? view.lang : deployment.defaultLanguage;
    if (answer.kind === 'request-location') {
      return { text: locales.t(lang, 'relay-location-request', { caseId: view.id }), requestLocation: locales.t(lang, 'share-location') };
    }
    return { text: `${locales.t(lang, 'relay-header', { caseId: view.id })}\n\n${answer.text}` };
  }

  const event = (caseId: string, fields: string[]) =>
    redis.xadd(keys.events, 'MAXLEN', '~', String(maxLen), '*', 'type', 'case.reply', 'case', caseId, 'at', String(Date.now()), ...fields);

  async function deliverLocked(caseId: string, trigger: DeliveryTrigger): Promise<DeliveryReport> {
    const held = keys.held(caseId);
    const items = await redis.lrange(held, 0, -1);
    if (items.length === 0) return { state: 'nothing' };
    const view = await store.get(caseId);
    if (!view) {
      logger.warn({ caseId, held: items.length }, 'held answers for a case that no longer exists: kept');
      return { state: 'nothing' };
    }
    if (view.reachable === 'gone') return { state: 'gone' };
    const now = clock();
    const safe = safeNow(view, trigger, now);
    if (!safe.now) {
      if (safe.until) await redis.zadd(keys.due, String(safe.until), `release:${caseId}`);
      await event(caseId, ['state', 'held', 'why', safe.why, 'until', String(safe.until ?? '')]);
      return { state: 'held', why: safe.why, until: safe.until };
    }
    const sender = deps.senders.get(view.channel as ChannelName);
    if (!sender) throw new Error(`no ${view.channel} channel in this process to deliver answers to case ${caseId}`);
    let count = 0;
    const sent: string[] = [];
    for (const sealed of items) {
      const answer = HeldAnswer.parse(JSON.parse(sealer.open(Buffer.from(sealed, 'base64'), `held answer on ${caseId}`)));
      const message = outbound(view, answer);
      const result = await sender.send(view.private.address, [message]);
      if (result === 'gone') {
        // Nothing can reach them there any more: say so on the case; the officers still have their words.
        await redis.multi().hset(keys.case(caseId), 'reachable', 'gone').del(held).exec();
        await event(caseId, ['state', 'gone']);
        logger.warn({ caseId, channel: view.channel }, 'person cannot be reached: answers not delivered');
        return { state: 'gone' };
      }
      await redis.lrem(held, 1, sealed);
      sent.push(message.text);
      count++;
    }
    await redis.zrem(keys.due, `release:${caseId}`);
    // What went, word for word, for the officers' topic; and whether it went at once or after a hold.
    const texts = sealer.seal(JSON.stringify(sent)).toString('base64');
    await event(caseId, ['state', 'delivered', 'count', String(count), 'trigger', trigger, 'sealed', texts]);
    logger.info({ caseId, channel: view.channel, count, trigger }, 'answers delivered');
    return { state: 'delivered', count };
  }

  return {
    async deliver(caseId, trigger) {
      const lock = keys.deliveryLock(caseId);
      const token = `${process.pid}-${Math.random()}`;
      if ((await redis.set(lock, token, 'PX', 60_000, 'NX')) !== 'OK') {
        // The other delivery may have read the list before this answer came: look again shortly.
        await redis.zadd(keys.due, String(Date.now() + 2_000), `release:${caseId}`);
        return { state: 'busy' };
      }
      try {
        return await deliverLocked(caseId, trigger);
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
