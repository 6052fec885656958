/**
 * A person's `/forget` (or a forget word, src/core/forget-words.ts): erase their conversation and personal
 * data now. Two steps, both under the person's processing lease (src/core/hotline.ts):
 *
 * 1. The request: one transient question with two buttons (Yes, erase / No). Nothing is erased yet; the
 *    button's number is kept for 10 minutes (`<p>forget:ask:<personId>`), so that an old button does nothing.
 * 2. The confirmation (the Yes button, or typing its label or `1`): every case of the person an officer
 *    finished is deleted (audited, src/cases/retention.ts); a case still open is kept with what the officers
 *    need to act, marked `forgotten` (the card shows "asked to be forgotten"), and the officers are told
 *    (`case.forgotten`, a line in the case's topic). With no open case the whole conversation goes; with one,
 *    the flow's answers (`s`) go, and what keeps the person safe stays (their code and duress words' hashes,
 *    a duress stop, their cases `oc`, the chat's address `w`, so that officers' answers still reach them).
 *    The chat is wiped too (as `/wipe`), and one transient "Done" is shown.
 */
import { randomInt } from 'node:crypto';
import type { RedisClient as Redis } from '../redis/redis-client.js';
import { looseForm } from '../../flows/shared/text.js';
import { isOpen } from '../cases/case-model.js';
import type { CasePurger } from '../cases/retention.js';
import type { Locales } from '../i18n/locales.js';
import type { Logger } from '../logger.js';
import type { Keys } from '../redis/keys.js';
import type { InboundMessage, OutboundMessage } from './messages.js';
import { scanAll } from '../redis/scan-all.js';

/** How long the confirmation button works, ms. */
const ASK_MS = 10 * 60_000;
/** The confirmation's button ids (≤ 32 characters, carried in the button's data). */
export const FORGET_YES = 'forget:yes';
export const FORGET_NO = 'forget:no';

/** Conversation fields that keep the person safe and reach them with an open case: never erased then. */
const KEPT_WITH_OPEN_CASE = new Set(['kc', 'kd', 'x', 'g', 'oc', 'w', 'seen', 'ty']);

export interface ForgetDeps {
  redis: Redis;
  keys: Keys;
  locales: Locales;
  purger: CasePurger;
  logger: Logger;
  eventsMaxLen: number;
  clock?: () => number;
}

export type ForgetAnswer = 'yes' | 'no';

export interface Forget {
  /** The question with its buttons, in `lang`; remembers its number for the confirmation. */
  ask(personId: string, lang: string): Promise<OutboundMessage>;
  /**
   * What a message says to a pending question: `yes`, `no`, `stale` (a forget button with no question
   * waiting, or an old one: nothing to do), or undefined (not about forgetting: the flow hears it).
   */
  answer(personId: string, msg: InboundMessage, lang: string): Promise<ForgetAnswer | 'stale' | undefined>;
  /** Says no: the question is gone, nothing erased. */
  cancel(personId: string): Promise<void>;
  /** Erases now: the person's finished cases, their conversation, and marks their open cases. */
  erase(personId: string, cases: readonly string[]): Promise<{ open: string[]; purged: string[] }>;
}

export function createForget(deps: ForgetDeps): Forget {
  const { redis, keys, locales, purger, logger } = deps;
  const clock = deps.clock ?? Date.now;
  const label = (lang: string, key: string) => looseForm(locales.t(lang, key));

  /** Every case of the person: the conversation's, and those an officer finished (they left `oc`). */
  async function casesOf(personId: string, known: readonly string[]): Promise<Array<{ id: string; status: string; urgency: string }>> {
    const prefix = keys.case('');
    const ids = new Set(known);
    for await (const batch of scanAll(redis, keys.case('*'))) {
      const caseKeys = batch.filter((k) => !k.slice(prefix.length).includes(':'));
      if (caseKeys.length === 0) continue;
      const pipeline = redis.pipeline();
      for (const key of caseKeys) pipeline.hget(key, 'person');
      const owners = (await pipeline.exec()) ?? [];
      owners.forEach(([, owner], i) => {
        if (owner === personId) ids.add(caseKeys[i]!.slice(prefix.length));
      });
    }
    const found: Array<{ id: string; status: string; urgency: string }> = [];
    for (const id of ids) {
      const [status, urgency, person] = await redis.hmget(keys.case(id), 'status', 'urgency', 'person');
      if (status && person === personId) found.push({ id, status, urgency: urgency ?? '' });
    }
    return found;
  }

  return {
    async ask(personId, lang) {
      const prompt = randomInt(1, 1_000_000_000);
      await redis.set(keys.forgetAsk(personId), String(prompt), 'PX', ASK_MS);
      return {
        text: locales.t(lang, 'forget-ask'),
        choices: [[{ id: FORGET_YES, label: locales.t(lang, 'forget-yes') }], [{ id: FORGET_NO, label: locales.t(lang, 'forget-no') }]],
        numbered: true,
        prompt,
        transient: true,
      };
    },
    async answer(personId, msg, lang) {
      const b = msg.body;
      let said: ForgetAnswer | undefined;
      let prompt: number | undefined;
      if (b.kind === 'choice' && (b.choice === FORGET_YES || b.choice === FORGET_NO)) {
        said = b.choice === FORGET_YES ? 'yes' : 'no';
        prompt = b.prompt;
      } else if (b.kind === 'text' && !b.edited && b.text.length <= 40) {
        // Channels without buttons show them numbered: "1", or the button's words.
        const typed = looseForm(b.text);
        if (typed === ' 1 ' || typed === label(lang, 'forget-yes')) said = 'yes';
        else if (typed === ' 2 ' || typed === label(lang, 'forget-no')) said = 'no';
        if (!said) return undefined;
      } else {
        return undefined;
      }
      const pending = await redis.get(keys.forgetAsk(personId));
      if (!pending) return b.kind === 'choice' ? 'stale' : undefined; // a typed "1" with no question waiting is an answer to the flow
      if (prompt !== undefined && String(prompt) !== pending) return 'stale';
      return said;
    },
    async cancel(personId) {
      await redis.del(keys.forgetAsk(personId));
    },
    async erase(personId, known) {
      const now = clock();
      const cases = await casesOf(personId, known);
      const open = cases.filter((c) => isOpen(c.status));
      const finished = cases.filter((c) => !isOpen(c.status));
      const reports = finished.length > 0 ? await purger.reportPointers() : undefined;
      const purged: string[] = [];
      for (const c of finished) if ((await purger.purge(c.id, 'forgotten', undefined, reports)) === 'purged') purged.push(c.id);
      const conv = keys.conversation(personId);
      const m = redis.multi();
      for (const c of open) {
        m.hset(keys.case(c.id), 'forgotten', String(now));
        m.xadd(keys.events, 'MAXLEN', '~', String(deps.eventsMaxLen), '*', 'type', 'case.forgotten', 'case', c.id, 'at', String(now), 'urgency', c.urgency);
      }
      if (open.length === 0) {
        m.del(conv);
      } else {
        const fields = (await redis.hkeys(conv)).filter((f) => !KEPT_WITH_OPEN_CASE.has(f));
        if (fields.length > 0) m.hdel(conv, ...fields);
      }
      m.del(keys.forgetAsk(personId), keys.pinFailsPerson(personId));
      await m.exec();
      logger.info({ personId, open: open.length, purged: purged.length }, 'person asked to be forgotten: erased');
      return { open: open.map((c) => c.id), purged };
    },
  };
}
