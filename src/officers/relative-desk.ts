/**
 * What officers decide about a relative's access to a missing-person report, from either desk (the
 * Telegram group or the terminal). Recruiters and traffickers often know a victim's name, passport and
 * phone, so a "relative" may be one of them:
 * - `tell`: a status check with the case number and PIN tells only received / being looked at, until an
 *   officer who has verified the relative chooses that it tells "located / in contact with the embassy"
 *   or "closed" (or only the neutral states again);
 * - `resetPin`: after a forgotten PIN and a check that it is really the relative, a new PIN. It goes only
 *   to the chat the report came from, through the outbox, and is shown to no one else (not to the
 *   officer either); the old one stops working, and the reporting chat's lock and the case's paused
 *   checks are lifted.
 * Each is one audited script call (src/redis/lua/relative-act.lua) with its event for the case's topic.
 */
import { isUrgency, urgencyRank, type CaseStatus } from '../cases/case-model.js';
import { newPin, pinHashOf, tellable, type Told } from '../cases/relative-access.js';
import type { ChannelName } from '../core/messages.js';
import type { Outbox } from '../core/outbox.js';
import type { Sealer } from '../core/sealed.js';
import type { Deployment } from '../deployment.js';
import type { Locales } from '../i18n/locales.js';
import type { Logger } from '../logger.js';
import { DEFAULT_EVENTS_BUDGET } from '../redis/events-budget.js';
import type { Keys } from '../redis/keys.js';
import { relativeAct } from '../redis/scripts.js';
import type { ActOutcome, CaseDesk, Officer } from './case-desk.js';
import type { RedisClient as Redis } from '../redis/redis-client.js';

/** What an officer may choose that a status check tells: `nothing` is the neutral states only. */
export const tellChoices = [...tellable, 'nothing'] as const;
export type TellChoice = (typeof tellChoices)[number];

export interface RelativeDesk {
  /** Chooses what a status check of this relative's report tells (`nothing`: received / being looked at only). */
  tell(caseId: string, officer: Officer, what: TellChoice): Promise<ActOutcome>;
  /** Gives the relative a new PIN, sent only to the chat the report came from. */
  resetPin(caseId: string, officer: Officer): Promise<ActOutcome>;
}

export function createRelativeDesk(deps: {
  redis: Redis;
  keys: Keys;
  sealer: Sealer;
  /** For case ids as typed and the case's chat. */
  desk: Pick<CaseDesk, 'normalizeId' | 'store'>;
  /** Where the new PIN goes: the bot's sender loops send it (from the CLI too, which only writes it). */
  outbox: Pick<Outbox, 'enqueue'>;
  locales: Locales;
  deployment: Deployment;
  logger: Logger;
  eventsMaxLen?: number;
}): RelativeDesk {
  const { redis, keys, sealer, desk, locales, deployment, logger } = deps;
  const maxLen = deps.eventsMaxLen ?? DEFAULT_EVENTS_BUDGET.maxLen;

  async function act(op: 'tell' | 'pin-reset', caseId: string, officer: Officer, value: string): Promise<ActOutcome> {
    // The reporting chat's lock and "forgot" marker on this case: lifted by a reset.
    const person = (await redis.hget(keys.case(caseId), 'person')) || '-';
    const [result, status, claimedBy, urgency] = await relativeAct(redis, {
      keys: { case: keys.case(caseId), events: keys.events, audit: keys.audit, day: keys.pinDay(caseId), pair: keys.pinPair(caseId, person), forgot: keys.pinForgot(caseId, person) },
      args: { op, officer: officer.id, supervisor: officer.supervisor ? '1' : '0', now: Date.now(), maxLen, caseId, value },
    });
    const u = isUrgency(urgency) ? urgency : undefined;
    if (result === 'ok' || result === 'already') return { ok: true, status: status as CaseStatus, urgency: u, claimedBy: claimedBy || undefined, already: result === 'already' || undefined };
    return { ok: false, reason: result as Extract<ActOutcome, { ok: false }>['reason'], status: (status || undefined) as CaseStatus | undefined, urgency: u, claimedBy: claimedBy || undefined };
  }

  return {
    tell(rawId, officer, what) {
      return act('tell', desk.normalizeId(rawId), officer, what === 'nothing' ? '' : (what satisfies Told));
    },
    async resetPin(rawId, officer) {
      const caseId = desk.normalizeId(rawId);
      const pin = newPin();
      const outcome = await act('pin-reset', caseId, officer, pinHashOf(sealer, caseId, pin));
      if (!outcome.ok) return outcome;
      const view = await desk.store.get(caseId);
      if (!view) return { ok: false, reason: 'missing' };
      const lang = locales.languages.includes(view.lang) ? view.lang : deployment.defaultLanguage;
      // Silent (the phone may be in other hands) and gone from the chat once they write again.
      const text = locales.t(lang, 'status-pin-new', { caseId, pin });
      await deps.outbox.enqueue({
        channel: view.channel as ChannelName,
        address: view.private.address,
        messages: [{ text, silent: true, transient: true }],
        rank: urgencyRank[view.urgency] ?? urgencyRank.normal,
      });
      logger.info({ caseId, officer: officer.id }, 'relative PIN reset: new PIN queued for the reporting chat');
      return outcome;
    },
  };
}
