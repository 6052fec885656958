/**
 * Every Lua script of the hotline (each atomic multi-key change, and the desk's deadline leases): the body
 * in src/redis/lua/ (its header says what it does, its KEYS, ARGV and returns), the names of its KEYS and
 * ARGV here. Each is a function taking a client and one object that names every key and argument:
 *
 *     await releaseLease(redis, { keys: { lease }, args: { token } });
 *
 * The body reads the same names (`K.lease`, `A.token`) from a generated prelude (src/redis/lua-script.ts),
 * so a value cannot land in the wrong slot. Any client runs them: nothing to register first.
 */
import type { RedisClient as Redis } from './redis-client.js';
import { luaScript } from './lua-script.js';

/** Takes the person's processing lease and loads their conversation (raw bytes: the snapshot is sealed). */
export const hotlineBegin = luaScript<[Buffer, ...Array<Buffer | null>]>()({
  file: 'hotline-begin.lua',
  keys: ['conversation', 'lease'],
  args: ['token', 'leaseMs', 'messageId'],
  buffers: true,
});

/** What hotline commit did: see its header. */
export type HotlineCommitResult = 'lease-lost' | 'case-exists' | 'case-key-changed' | 'ok' | 'case.opened' | 'case.updated' | 'case.escalated' | 'case.reopened';

/** Writes a processed message's snapshot, case change, queue entry and events, and releases the lease. */
export const hotlineCommit = luaScript<HotlineCommitResult, { caseOp: '' | 'open' | 'update'; snapshot: Buffer; alarm: '' | '1'; owner: Buffer; wiped: '' | '1' | 'keep'; told: '' | '1'; caseKey: Buffer | ''; caseKeyFresh: '' | '1' }>()({
  file: 'hotline-commit.lua',
  keys: ['conversation', 'lease', 'case', 'queue', 'events', 'held', 'due', 'tries', 'caseKey'],
  args: ['token', 'messageId', 'snapshot', 'ttlSeconds', 'seenMax', 'caseOp', 'caseFields', 'caseId', 'now', 'eventsMaxLen', 'forwarded', 'alarm', 'silenceMember', 'silenceAt', 'owner', 'lastAt', 'safety', 'wiped', 'told', 'attached', 'attachedMax', 'caseKey', 'caseKeyFresh'],
  // The conversation's other cases: case hash, held list, tries counter for each id of `attached`.
  restKeys: 'attached',
});

/** Releases a lease (or lock) only if we still hold it: 1 if released. */
export const releaseLease = luaScript<number>()({
  file: 'release-lease.lua',
  keys: ['lease'],
  args: ['token'],
});

/** Extends a lease by `ttlMs` only if we still hold it (compare-and-extend): 1 if extended. */
export const renewLease = luaScript<number>()({
  file: 'renew-lease.lua',
  keys: ['lease'],
  args: ['token', 'ttlMs'],
});

/** An officer's action on a case (src/officers/case-desk.ts). */
export type DeskOp = 'view' | 'claim' | 'unclaim' | 'hand' | 'free' | 'status' | 'note' | 'reply' | 'request-location' | 'lower' | 'restore' | 'resume' | 'unlock';

/**
 * One officer action on one case, with its event and audit entry: `[result, status, claimedBy, urgency]`
 * (the case's urgency after the action).
 */
export const deskAct = luaScript<[string, string, string, string], { op: DeskOp; supervisor: '0' | '1'; urgency: '' | 'high' | 'normal' }>()({
  file: 'desk-act.lua',
  keys: ['case', 'queue', 'events', 'audit', 'target', 'seen'],
  args: ['op', 'officer', 'supervisor', 'now', 'maxLen', 'caseId', 'status', 'duplicateOf', 'payload', 'urgency', 'ref'],
});

/** Takes the desk's due deadlines, leasing each until a new time so that a crash retries it. */
export const deskClaimDue = luaScript<string[]>()({
  file: 'desk-claim-due.lua',
  keys: ['due'],
  args: ['now', 'leaseUntil', 'limit'],
});

/** Drops a deadline the desk handled, unless its handler set a new time for it. */
export const deskFinishDue = luaScript<number>()({
  file: 'desk-finish-due.lua',
  keys: ['due'],
  args: ['member', 'leaseUntil'],
});

/** Links two cases about the same person, once: 1 when the link is new. */
export const caseLink = luaScript<number, { match: 'exact' | 'possible' }>()({
  file: 'case-link.lua',
  keys: ['caseA', 'caseB', 'events', 'rejected'],
  args: ['idA', 'idB', 'match', 'now', 'eventsMaxLen'],
});

/** An officer's decision on a link between two cases, audited: `ok`, `already`, `missing` or `same-case`. */
export const caseLinkDecide = luaScript<'ok' | 'already' | 'missing' | 'same-case', { op: 'link-confirm' | 'link-reject' }>()({
  file: 'case-link-decide.lua',
  keys: ['caseA', 'caseB', 'rejected', 'events', 'audit'],
  args: ['op', 'idA', 'idB', 'officer', 'now', 'maxLen'],
});

/** A relative's PIN check, with its limits (per case and sender, per sender, per case a day): `['ok', status, told]`, `['no-match']`, `['locked']` or `['paused']`. */
export const checkPin = luaScript<['ok', string, string] | ['no-match'] | ['locked'] | ['paused']>()({
  file: 'check-pin.lua',
  keys: ['case', 'pair', 'personFails', 'day', 'events'],
  args: ['pinHash', 'person', 'now', 'limit', 'lockSeconds', 'maxLockSeconds', 'memorySeconds', 'personLimit', 'personWindowSeconds', 'dayCap', 'dayWindowSeconds', 'maxLen'],
});

/** A relative says they forgot a report's PIN: the officers are told once per (case, sender) a day. */
export const pinForgot = luaScript<'noted' | 'already' | 'none'>()({
  file: 'pin-forgot.lua',
  keys: ['case', 'forgot', 'events'],
  args: ['person', 'now', 'ttlSeconds', 'maxLen'],
});

/** What an officer lets a relative learn (`tell`), or a new PIN (`pin-reset`), audited: `[result, status, claimedBy, urgency]`. */
export const relativeAct = luaScript<[string, string, string, string], { op: 'tell' | 'pin-reset'; supervisor: '0' | '1' }>()({
  file: 'relative-act.lua',
  keys: ['case', 'events', 'audit', 'day', 'pair', 'forgot'],
  args: ['op', 'officer', 'supervisor', 'now', 'maxLen', 'caseId', 'value'],
});

/** Records messages of a person's chat and schedules their deletion: the transient members to delete now. */
export const trailSettle = luaScript<string, { owner: Buffer; answered: '' | '1' }>()({
  file: 'trail-settle.lua',
  keys: ['trail', 'chat', 'due'],
  args: ['entries', 'transient', 'answered', 'owner', 'ttlSeconds', 'dueMember'],
});

/** Forgets messages deleted from a person's chat and reschedules their erase deadline: members left. */
export const trailErased = luaScript<number, { refused: '' | '1'; wiped: '' | '1' }>()({
  file: 'trail-erased.lua',
  keys: ['trail', 'chat', 'due', 'conversation'],
  args: ['members', 'dueMember', 'refused', 'wiped', 'ttlSeconds'],
});

/** Writes a message batch into the outbox, optionally leasing its lane to the caller: 'exists' | 'taken' | 'queued'. */
export const outboxPut = luaScript<'exists' | 'taken' | 'queued', { take: '' | '1' }>()({
  file: 'outbox-put.lua',
  keys: ['entry', 'lane', 'ready', 'later', 'rank', 'lock'],
  args: ['id', 'person', 'sealed', 'score', 'now', 'take', 'token', 'leaseMs', 'caseId'],
});

/** Leases the most urgent outbox lanes (or one person's): `[persons, nextDue]`. */
export const outboxTake = luaScript<[string[], string]>()({
  file: 'outbox-take.lua',
  keys: ['ready', 'later', 'rank'],
  args: ['now', 'leaseMs', 'limit', 'token', 'lockPrefix', 'person'],
});

/** Removes an entry the channel took (or refused for good), with its events: 1 if the lane has more. */
export const outboxDone = luaScript<number, { outcome: 'sent' | 'refused' }>()({
  file: 'outbox-done.lua',
  keys: ['entry', 'lane', 'lock', 'later', 'rank', 'events'],
  args: ['id', 'person', 'token', 'now', 'leaseMs', 'maxLen', 'outcome'],
});

/** Frees a lane whose first entry could not go now, due again at a time: 1, or 0 if the lease was lost. */
export const outboxRetry = luaScript<number>()({
  file: 'outbox-retry.lua',
  keys: ['entry', 'lock', 'later'],
  args: ['person', 'token', 'due', 'tries', 'sent'],
});

/** Drops a person's outbox lane because the channel says they are gone, with the officers' events: entries dropped. */
export const outboxGone = luaScript<number>()({
  file: 'outbox-gone.lua',
  keys: ['lane', 'lock', 'ready', 'later', 'rank', 'conversation', 'events'],
  args: ['person', 'now', 'entryPrefix', 'casePrefix', 'heldPrefix', 'maxLen'],
});

/** Moves a case's held answers (or its notice) into the outbox with the relay's bookkeeping: entries written, or 'gone'. */
export const relayHandOver = luaScript<number | 'gone'>()({
  file: 'relay-hand-over.lua',
  keys: ['held', 'case', 'due', 'lane', 'ready', 'later', 'rank', 'conversation'],
  args: ['entries', 'person', 'now', 'entryPrefix', 'caseId', 'announced', 'released', 'dueMember'],
});

/** A channel's down or back event, written once per change (src/health/channel-watch.ts): see its header. */
export const channelAlert = luaScript<string>()({
  file: 'channel-alert.lua',
  keys: ['alert', 'events'],
  args: ['state', 'channel', 'problem', 'now', 'maxLen'],
});

/** Re-seals one hash field (npm run rekey) if it still holds what was read: 1 if replaced. */
export const rekeyHashField = luaScript<number>()({
  file: 'rekey-hash-field.lua',
  keys: ['hash'],
  args: ['field', 'was', 'value'],
});

/** Re-seals a string (npm run rekey) if it still holds what was read, keeping its TTL: 1 if replaced. */
export const rekeyString = luaScript<number>()({
  file: 'rekey-string.lua',
  keys: ['key'],
  args: ['was', 'value'],
});

/** Re-seals one list item (npm run rekey) wherever it is now: 1 if replaced, 0 if it is gone. */
export const rekeyListItem = luaScript<number>()({
  file: 'rekey-list-item.lua',
  keys: ['list'],
  args: ['was', 'value'],
});

/** Deletes a case's data key first (crypto-erasure) and marks the case `erasing`: 'erased' | 'kept' | 'missing'. */
export const caseKeyErase = luaScript<'erased' | 'kept' | 'missing'>()({
  file: 'case-key-erase.lua',
  keys: ['case', 'caseKey'],
  args: ['now', 'cutoff'],
});

/** Deletes one case and everything kept about it, with its `case.purged` event and audit entry: see its header. */
export const casePurge = luaScript<'purged' | 'kept' | 'missing', { reason: 'retention' | 'forgotten' }>()({
  file: 'case-purge.lua',
  keys: ['case', 'notes', 'held', 'tries', 'card', 'paging', 'matchOf', 'pinDay', 'queue', 'due', 'realerts', 'events', 'audit', 'caseKey'],
  args: ['caseId', 'now', 'reason', 'cutoff', 'refPrefix', 'maxLen'],
  restKeys: 'rest',
});

/** Every script, for tests and tools. */
export const luaScripts = [
  hotlineBegin, hotlineCommit, releaseLease, renewLease, deskAct, deskClaimDue, deskFinishDue, caseLink, caseLinkDecide, checkPin, pinForgot, relativeAct, trailSettle, trailErased,
  outboxPut, outboxTake, outboxDone, outboxRetry, outboxGone, relayHandOver, channelAlert, rekeyHashField, rekeyString, rekeyListItem, caseKeyErase, casePurge,
] as const;

/** The client the hotline core runs on: any client (the scripts need nothing registered on it). */
export type HotlineRedis = Redis;

