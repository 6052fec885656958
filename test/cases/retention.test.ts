/**
 * Retention (src/cases/retention.ts), on real Redis: a case finished longer than RETENTION_DAYS ago is
 * deleted with every key kept about it and audited without personal data; one finished more recently stays,
 * an open one never goes however old; the audit trail is trimmed by age; one sweep at a time.
 */
import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRetention } from '../../src/cases/retention.js';
import { createKeys, type Keys } from '../../src/redis/keys.js';
import { streamFields } from '../../src/redis/stream-fields.js';
import { testRedis, type TestRedis } from '../support/redis.js';

const DAY = 24 * 3600_000;
const NOW = Date.UTC(2026, 5, 1);

let t: TestRedis;
let keys: Keys;
beforeEach(async () => {
  t = await testRedis();
  keys = createKeys(t.prefix);
});
afterEach(() => t.cleanup());

const retention = (clock = () => NOW) =>
  createRetention({ redis: t.redis, keys, logger: pino({ level: 'silent' }), retentionMs: 90 * DAY, auditMaxMs: 365 * DAY, maxLen: 10_000, clock });

/** A case with everything the hotline keeps about one: notes, held answers, desk card and refs, match entries, a relative's PIN lock. */
async function writeCase(caseId: string, status: string, updatedAt: number, thread: number) {
  const phone = keys.matchPhone('h-phone');
  const name = keys.matchName('h-name');
  await t.redis
    .multi()
    .hset(keys.case(caseId), { id: caseId, status, urgency: 'high', person: `p-${caseId}`, createdAt: String(updatedAt - DAY), updatedAt: String(updatedAt), sealed: 'c2VhbGVk', notes: '1' })
    .rpush(keys.notes(caseId), 'sealed-note')
    .rpush(keys.held(caseId), 'sealed-answer')
    .set(keys.codeTries(caseId), '2')
    .hset(keys.deskCard(caseId), { chat: '-100', thread: String(thread), message: String(thread + 1) })
    .set(keys.deskRef(`-100:t${thread}`), caseId)
    .set(keys.deskRef(`-100:m${thread + 1}`), caseId)
    .sadd(phone, caseId)
    .zadd(name, '1990', caseId)
    .sadd(keys.matchOf(caseId), phone, name)
    .hset(keys.pinPair(caseId, 'someone'), 'fails', '2')
    .set(keys.relativeReport(`r-${caseId}`), caseId)
    .zadd(keys.due, String(NOW), `realert:${caseId}`)
    .exec();
}

const caseKeys = (caseId: string, thread: number) => [
  keys.case(caseId), keys.notes(caseId), keys.held(caseId), keys.codeTries(caseId), keys.deskCard(caseId),
  keys.deskRef(`-100:t${thread}`), keys.deskRef(`-100:m${thread + 1}`), keys.matchOf(caseId), keys.pinPair(caseId, 'someone'), keys.relativeReport(`r-${caseId}`),
];

async function stream(key: string) {
  return (await t.redis.xrange(key, '-', '+')).map(([id, flat]): Record<string, string> => ({ id, ...streamFields(flat) }));
}

describe('retention sweep', () => {
  it('deletes a case closed 91 days ago with its keys, audited; keeps one closed 89 days ago and an open one', async () => {
    await writeCase('KH-OLD1', 'closed', NOW - 91 * DAY, 10);
    await writeCase('KH-NEW1', 'resolved', NOW - 89 * DAY, 20);
    await writeCase('KH-OPEN', 'in-progress', NOW - 400 * DAY, 30);
    await t.redis.zadd(keys.queue, '1', 'KH-OPEN');

    const report = await retention().sweep();
    expect(report).toMatchObject({ ran: true, purged: ['KH-OLD1'] });

    for (const key of caseKeys('KH-OLD1', 10)) expect(await t.redis.exists(key), key).toBe(0);
    expect(await t.redis.smembers(keys.matchPhone('h-phone'))).toEqual(expect.not.arrayContaining(['KH-OLD1']));
    expect(await t.redis.zscore(keys.matchName('h-name'), 'KH-OLD1')).toBeNull();
    expect(await t.redis.zscore(keys.due, 'realert:KH-OLD1')).toBeNull();
    for (const id of ['KH-NEW1', 'KH-OPEN']) {
      const thread = id === 'KH-NEW1' ? 20 : 30;
      for (const key of caseKeys(id, thread)) expect(await t.redis.exists(key), key).toBe(1);
    }
    expect(await t.redis.zscore(keys.queue, 'KH-OPEN')).not.toBeNull();

    // Audited: which case, when, why; nothing personal.
    const audit = await stream(keys.audit);
    expect(audit).toHaveLength(1);
    const { id: _id, ...entry } = audit[0]!;
    expect(entry).toEqual({ officer: 'system', action: 'purge', case: 'KH-OLD1', result: 'retention', detail: '', at: String(NOW) });
    // The desk closes the case's topic.
    const purged = (await stream(keys.events)).filter((e) => e.type === 'case.purged');
    expect(purged).toEqual([expect.objectContaining({ case: 'KH-OLD1', reason: 'retention', chat: '-100', thread: '10' })]);

    // Two days on, the case finished 89 days ago is past 90 too; the open one is never due.
    const later = await retention(() => NOW + 2 * DAY).sweep();
    expect(later.purged).toEqual(['KH-NEW1']);
    expect(await t.redis.exists(keys.case('KH-OPEN'))).toBe(1);
  });

  it('keeps a case reopened since it came due (the script checks again)', async () => {
    await writeCase('KH-BACK', 'closed', NOW - 100 * DAY, 40);
    const r = retention();
    await t.redis.hset(keys.case('KH-BACK'), 'status', 'new', 'updatedAt', String(NOW));
    expect(await r.purge('KH-BACK', 'retention', NOW - 90 * DAY)).toBe('kept');
    expect((await r.sweep()).purged).toEqual([]);
    expect(await t.redis.exists(keys.case('KH-BACK'))).toBe(1);
  });

  it('trims the audit trail by age and runs one sweep at a time', async () => {
    await t.redis.xadd(keys.audit, `${NOW - 400 * DAY}-0`, 'officer', 'cli:a', 'action', 'view', 'case', 'KH-X', 'result', 'ok', 'detail', '', 'at', String(NOW - 400 * DAY));
    await t.redis.xadd(keys.audit, `${NOW - 10 * DAY}-0`, 'officer', 'cli:a', 'action', 'view', 'case', 'KH-Y', 'result', 'ok', 'detail', '', 'at', String(NOW - 10 * DAY));
    await t.redis.set(keys.retentionLock, 'another-process', 'PX', 60_000);
    expect(await retention().sweep()).toEqual({ ran: false, purged: [], auditTrimmed: 0 });
    await t.redis.del(keys.retentionLock);
    const report = await retention().sweep();
    expect(report.auditTrimmed).toBe(1);
    expect((await stream(keys.audit)).map((e) => e.case)).toEqual(['KH-Y']);
    expect(await t.redis.exists(keys.retentionLock)).toBe(0); // released for the next sweep, in any process
  });
});
