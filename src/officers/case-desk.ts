/**
 * What a duty officer can do with a case, whatever the desk they use (the Telegram group or the
 * terminal): list the queue, view a case, claim and unclaim it, hand it to a colleague, set its status, add a note, answer the
 * person, ask them for a fresh location, lower a false alarm's urgency and restore it, resume messages to
 * a chat the person's duress or "can't talk" word stopped, unlock answers wrong code-word tries locked
 * (src/core/safety-words.ts), confirm or reject a link between two cases (src/redis/lua/case-link-decide.lua). Each action is
 * one audited script call (src/redis/lua/desk-act.lua); answers are queued on the case and delivered by
 * the relay (src/officers/relay.ts), which holds them until the person can safely read them. Lowering
 * and restoring never reach the person.
 */
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { finalStatuses, isUrgency, type CaseStatus, type Urgency } from '../cases/case-model.js';
import { createCaseStore, type CaseStore } from '../cases/case-store.js';
import { linkedCases, type LinkedCase } from '../cases/links.js';
import type { CaseView } from '../cases/case-record.js';
import type { Sealer } from '../core/sealed.js';
import { DEFAULT_EVENTS_BUDGET } from '../redis/events-budget.js';
import type { Keys } from '../redis/keys.js';
import { caseLinkDecide, deskAct, type DeskOp } from '../redis/scripts.js';
import type { RedisClient as Redis } from '../redis/redis-client.js';
import { caseSealer } from '../cases/case-keys.js';

/** Someone allowed to work cases. `id` is what the audit stream records: `telegram:<user id>` or `cli:<name>`. */
export interface Officer {
  id: string;
  supervisor: boolean;
}

/** The statuses an officer sets by hand (claiming sets `claimed`, unclaiming `new`). */
export const settableStatuses = ['in-progress', ...finalStatuses] as const;
export type SettableStatus = (typeof settableStatuses)[number];

/** Officers can write this much in one answer or note; a longer one is refused with this limit. */
export const OFFICER_TEXT_MAX = 3500;

/** The urgencies an officer may lower a case to (a false alarm): any but the most urgent. */
export const lowerTargets = ['high', 'normal'] as const satisfies readonly Urgency[];
export type LowerTarget = (typeof lowerTargets)[number];

/** A lowering's reason is a short sentence: the card shows it whole. */
export const LOWER_REASON_MAX = 200;

/** An answer or location request waiting in a case's held list (sealed). */
export const HeldAnswer = z.object({
  id: z.string(),
  kind: z.enum(['reply', 'request-location']),
  text: z.string(),
  by: z.string(),
  at: z.number(),
});
export type HeldAnswer = z.infer<typeof HeldAnswer>;

export const Note = z.object({ by: z.string(), text: z.string(), at: z.number() });
export type Note = z.infer<typeof Note>;

/** How an action went; `urgency` is the case's urgency after it. */
export type ActOutcome =
  | { ok: true; status: CaseStatus; urgency?: Urgency; claimedBy?: string; already?: boolean }
  | {
    ok: false;
    reason: 'missing' | 'closed' | 'taken' | 'not-claimed' | 'gone' | 'bad-duplicate' | 'too-long' | 'empty' | 'not-lower' | 'not-lowered' | 'not-stopped' | 'not-locked'
      /** hand: the name is no colleague the deployment knows (src/officers/officer-roster.ts), or the officer handing. */
      | 'unknown-officer' | 'self'
      /** src/officers/relative-desk.ts: not a relative's report; messages to the reporting chat are stopped. */
      | 'not-relative' | 'stopped';
    status?: CaseStatus;
    urgency?: Urgency;
    claimedBy?: string;
  };

/** How an officer's decision on a link went (`already`: it was decided so before). */
export type LinkOutcome = 'ok' | 'already' | 'missing' | 'same-case';

/** What an officer is told about a decision on a link (desk.ftl; arguments `caseId`, `other`). */
export const linkOutcomeKeys: Record<LinkOutcome, Record<'confirm' | 'reject', string>> = {
  ok: { confirm: 'desk-link-ok-confirm', reject: 'desk-link-ok-reject' },
  already: { confirm: 'desk-link-already-confirm', reject: 'desk-link-already-reject' },
  missing: { confirm: 'desk-link-missing', reject: 'desk-link-missing' },
  'same-case': { confirm: 'desk-link-same-case', reject: 'desk-link-same-case' },
};

export interface CaseDetail {
  view: CaseView;
  notes: Note[];
  held: number;
}

export interface CaseDesk {
  /** Open cases in queue order (urgency, then age). */
  list(opts?: { limit?: number }): Promise<CaseView[]>;
  /** One case with its notes; the view is audited. Undefined when there is no such case. */
  show(caseId: string, officer: Officer): Promise<CaseDetail | undefined>;
  claim(caseId: string, officer: Officer): Promise<ActOutcome>;
  unclaim(caseId: string, officer: Officer): Promise<ActOutcome>;
  /**
   * Hands the case to the colleague `to` (their officer id, from src/officers/officer-roster.ts; undefined
   * when the name given is nobody's: refused as `unknown-officer`, audited). Only the officer holding it, or a
   * supervisor (any open case), hands it; the colleague holds it from now and every desk shows it
   * (`case.handed`). The person is never told.
   */
  hand(caseId: string, officer: Officer, to: string | undefined): Promise<ActOutcome>;
  setStatus(caseId: string, officer: Officer, status: SettableStatus, duplicateOf?: string): Promise<ActOutcome>;
  note(caseId: string, officer: Officer, text: string): Promise<ActOutcome>;
  /** Queues an answer to the person; the relay sends it now or holds it for their safe time. */
  /**
   * Queues an answer. `ref` names the officer's message it came from (`<channel>:<chat>:<message>`): the same
   * message queues it once, so a desk update replayed after a kill sends nothing twice (`already`).
   */
  reply(caseId: string, officer: Officer, text: string, ref?: string): Promise<ActOutcome>;
  requestLocation(caseId: string, officer: Officer): Promise<ActOutcome>;
  /**
   * Lowers a false alarm's urgency to `to` (default: one step down), with the officer's reason (at most
   * {@link LOWER_REASON_MAX} characters, sealed). Re-scores the queue; the person is never told. Only the
   * owner or a supervisor lowers a claimed case.
   */
  lower(caseId: string, officer: Officer, to: LowerTarget | undefined, reason: string): Promise<ActOutcome>;
  /** Undoes a lowering: back to the urgency from before it. Any officer may restore. */
  restore(caseId: string, officer: Officer): Promise<ActOutcome>;
  /**
   * Lets messages reach the person's chat again after their duress or "can't talk" word stopped them (flow
   * replies and held answers, which then follow the usual release rules). Only the owner or a supervisor
   * resumes a claimed case.
   */
  resume(caseId: string, officer: Officer): Promise<ActOutcome>;
  /** Unlocks the release of held answers that wrong code-word tries locked (the tries start again). */
  unlock(caseId: string, officer: Officer): Promise<ActOutcome>;
  /**
   * Says that `caseId` and `other` are about the same person (`confirm`: both cards show the other side) or
   * not (`reject`: the link goes, and the linker never proposes the pair again). Audited; any officer may.
   */
  decideLink(caseId: string, other: string, officer: Officer, decision: 'confirm' | 'reject'): Promise<LinkOutcome>;
  /** The cases linked to a case, with the other side's key facts (src/cases/links.ts). */
  linked(caseId: string): Promise<LinkedCase[]>;
  /** Case ids are typed by tired people: `kh-4f7q`, ` KH 4F7Q ` → `KH-4F7Q`. */
  normalizeId(raw: string): string;
  /**
   * Frees the claims of officers no longer listed (`listed(officerId)` false), at start-up: each such open
   * case goes back to `new`, unclaimed (audited as `free` by `system`, the former owner in its detail), so its
   * re-alerts start again. Only Telegram officers' claims (`telegram:<id>`) are looked at. Returns the freed cases.
   */
  freeClaims(listed: (officerId: string) => boolean): Promise<string[]>;
  /** Records something refused (not an officer, wrong group, forged button) in the audit stream. */
  refuse(actor: string, action: string, detail: string): Promise<void>;
  /** Remembers the name officers see for an officer id (the officer's own display name). */
  rememberName(officerId: string, name: string): Promise<void>;
  readonly store: CaseStore;
}

export function createCaseDesk(deps: { redis: Redis; keys: Keys; sealer: Sealer; eventsMaxLen?: number }): CaseDesk {
  const { redis, keys, sealer } = deps;
  const store = createCaseStore({ redis, keys, sealer });
  const maxLen = deps.eventsMaxLen ?? DEFAULT_EVENTS_BUDGET.maxLen; // the audit stream keeps as many entries

  async function act(
    op: DeskOp, rawId: string, officer: Officer,
    opts: { other?: string; status?: string; duplicateOf?: string; payload?: string; urgency?: LowerTarget; ref?: string } = {},
  ): Promise<ActOutcome> {
    const caseId = normalizeId(rawId);
    const [result, stored, claimedBy, storedUrgency] = await deskAct(redis, {
      keys: {
        case: keys.case(caseId), queue: keys.queue, events: keys.events, audit: keys.audit, target: opts.other ?? keys.case(caseId),
        seen: opts.ref ? keys.deskSeen(opts.ref) : keys.case(caseId),
      },
      args: {
        op, officer: officer.id, supervisor: officer.supervisor ? '1' : '0', now: Date.now(), maxLen,
        caseId, status: opts.status ?? '', duplicateOf: opts.duplicateOf ?? '', payload: opts.payload ?? '', urgency: opts.urgency ?? '', ref: opts.ref ?? '',
      },
    });
    const status = stored as CaseStatus; // the case hash's status field ('' when there is no case)
    const urgency = isUrgency(storedUrgency) ? storedUrgency : undefined;
    if (result === 'ok' || result === 'already') {
      return { ok: true, status, urgency, claimedBy: claimedBy || undefined, already: result === 'already' || undefined };
    }
    return { ok: false, reason: result as Extract<ActOutcome, { ok: false }>['reason'], status: status || undefined, urgency, claimedBy: claimedBy || undefined };
  }

  function normalizeId(raw: string): string {
    const compact = raw.trim().toUpperCase().replace(/[\s_–—-]+/g, '');
    const m = /^([A-Z]{2})([0-9A-Z]{4,8})$/.exec(compact);
    return m ? `${m[1]}-${m[2]}` : raw.trim().toUpperCase().slice(0, 32);
  }

  const checkText = (text: string, max = OFFICER_TEXT_MAX): ActOutcome | undefined => {
    if (text.trim() === '') return { ok: false, reason: 'empty' };
    if (text.length > max) return { ok: false, reason: 'too-long' };
    return undefined;
  };

  async function queueAnswer(caseId: string, officer: Officer, kind: HeldAnswer['kind'], text: string, ref?: string) {
    const answer: HeldAnswer = { id: randomUUID(), kind, text, by: officer.id, at: Date.now() };
    const payload = (await caseSealer({ redis, keys, sealer }, normalizeId(caseId))).seal(JSON.stringify(answer)).toString('base64');
    return act(kind, caseId, officer, { other: keys.held(normalizeId(caseId)), payload, ref });
  }

  return {
    store,
    normalizeId,
    list: (opts) => store.listOpen(opts),
    async show(caseId, officer) {
      const outcome = await act('view', caseId, officer);
      if (!outcome.ok) return undefined;
      const id = normalizeId(caseId);
      const [view, rawNotes, held] = await Promise.all([store.get(id), redis.lrange(keys.notes(id), 0, -1), redis.llen(keys.held(id))]);
      if (!view) return undefined;
      const noteSealer = await caseSealer({ redis, keys, sealer }, id);
      const notes = rawNotes.map((b64) => Note.parse(JSON.parse(noteSealer.open(Buffer.from(b64, 'base64'), `note on ${id}`))));
      return { view, notes, held };
    },
    claim: (caseId, officer) => act('claim', caseId, officer),
    unclaim: (caseId, officer) => act('unclaim', caseId, officer),
    hand: (caseId, officer, to) => act('hand', caseId, officer, { payload: to ?? '' }),
    setStatus(caseId, officer, status, duplicateOf) {
      const other = duplicateOf ? normalizeId(duplicateOf) : '';
      return act('status', caseId, officer, { status, duplicateOf: other, other: other ? keys.case(other) : undefined });
    },
    async note(caseId, officer, text) {
      const bad = checkText(text);
      if (bad) return bad;
      const note: Note = { by: officer.id, text: text.trim(), at: Date.now() };
      const payload = (await caseSealer({ redis, keys, sealer }, normalizeId(caseId))).seal(JSON.stringify(note)).toString('base64');
      return act('note', caseId, officer, { other: keys.notes(normalizeId(caseId)), payload });
    },
    async reply(caseId, officer, text, ref) {
      const bad = checkText(text);
      if (bad) return bad;
      return queueAnswer(caseId, officer, 'reply', text.trim(), ref);
    },
    requestLocation: (caseId, officer) => queueAnswer(caseId, officer, 'request-location', ''),
    async lower(caseId, officer, to, reason) {
      const why = reason.trim();
      const bad = checkText(why, LOWER_REASON_MAX);
      if (bad) return bad;
      return act('lower', caseId, officer, { urgency: to, payload: (await caseSealer({ redis, keys, sealer }, normalizeId(caseId))).seal(why).toString('base64') });
    },
    restore: (caseId, officer) => act('restore', caseId, officer),
    async resume(caseId, officer) {
      const person = await redis.hget(keys.case(normalizeId(caseId)), 'person');
      return act('resume', caseId, officer, { other: keys.conversation(person || '-') });
    },
    unlock: (caseId, officer) => act('unlock', caseId, officer, { other: keys.codeTries(normalizeId(caseId)) }),
    decideLink(caseId, rawOther, officer, decision) {
      const [a, b] = [normalizeId(caseId), normalizeId(rawOther)];
      return caseLinkDecide(redis, {
        keys: { caseA: keys.case(a), caseB: keys.case(b), rejected: keys.linksRejected, events: keys.events, audit: keys.audit },
        args: { op: decision === 'confirm' ? 'link-confirm' : 'link-reject', idA: a, idB: b, officer: officer.id, now: Date.now(), maxLen },
      });
    },
    linked: (caseId) => linkedCases({ redis, keys, sealer }, normalizeId(caseId)),
    async freeClaims(listed) {
      const freed: string[] = [];
      for (const caseId of await redis.zrange(keys.queue, '0', '-1')) {
        const owner = await redis.hget(keys.case(caseId), 'claimedBy');
        if (!owner?.startsWith('telegram:') || listed(owner)) continue;
        // Freed only if that officer still holds it: another process starting at once frees it once.
        const outcome = await act('free', caseId, { id: 'system', supervisor: true }, { payload: owner });
        if (outcome.ok) freed.push(caseId);
      }
      return freed;
    },
    async refuse(actor, action, detail) {
      await redis.xadd(keys.audit, 'MAXLEN', '~', String(maxLen), '*', 'officer', actor, 'action', action, 'case', '', 'result', 'refused', 'detail', detail.slice(0, 200), 'at', String(Date.now()));
    },
    async rememberName(officerId, name) {
      await redis.hset(keys.deskOfficers, officerId, name.slice(0, 64));
    },
  };
}
