/**
 * The trail on a real Redis, with a recording eraser in place of a channel (the channels' own erasers are tested end
 * to end in test/channels/telegram-trail.test.ts and test/channels/whatsapp/whatsapp-trail.test.ts).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pino } from 'pino';
import { createSealer } from '../../src/core/sealed.js';
import { BOT_DELETE_LIMIT_MS, createTrail, type ChatEraser, type Trail, type TrailRef } from '../../src/core/trail.js';
import { createKeys, type Keys } from '../../src/redis/keys.js';
import { testRedis, type TestRedis } from '../support/redis.js';

const ERASE_MS = 3600_000;
const sealer = createSealer(Buffer.alloc(32, 9));
const ADDRESS = '4242';
const personId = sealer.personId('telegram', ADDRESS);

let t: TestRedis;
let keys: Keys;
let now: number;
let trail: Trail;
let erased: TrailRef[][];
let refuse: Set<string>;
let down: boolean;

beforeEach(async () => {
  t = await testRedis();
  keys = createKeys(t.prefix);
  now = Date.UTC(2026, 0, 1);
  erased = [];
  refuse = new Set();
  down = false;
  trail = createTrail({ redis: t.redis, keys, sealer, logger: pino({ level: 'silent' }), eraseMs: ERASE_MS, ttlSeconds: 3600, clock: () => now });
  const eraser: ChatEraser = {
    deleteLimitMs: BOT_DELETE_LIMIT_MS,
    async erase(address, refs) {
      expect(address).toBe(ADDRESS);
      if (down) throw new Error('channel down');
      erased.push(refs);
      return { refused: refs.filter((r) => refuse.has(r.ref)) };
    },
  };
  trail.register('telegram', eraser);
});
afterEach(() => t.cleanup());

const due = () => t.redis.zscore(keys.due, `erase:${personId}`);
const members = () => t.redis.zrange(keys.trail(personId), '0', '-1');

describe('trail', () => {
  it('keeps the chat address sealed, and the deadline at the earliest message', async () => {
    await trail.settle('telegram', ADDRESS, { person: { ref: '10', at: now }, sent: [{ ref: '1', at: now + 1000 }], answered: true });
    expect(await members()).toEqual(['p:10', 'b:1']);
    expect(Number(await due())).toBe(now + ERASE_MS);
    const chat = await t.redis.hgetallBuffer(keys.trailChat(personId));
    expect(chat.w!.includes(Buffer.from(ADDRESS))).toBe(false);
    expect(JSON.parse(sealer.open(chat.w!))).toEqual({ channel: 'telegram', address: ADDRESS });
  });

  it('deletes what is due, reschedules to the next, and drops the deadline when nothing is left', async () => {
    await trail.settle('telegram', ADDRESS, { person: { ref: '10', at: now }, sent: [{ ref: '1', at: now }], answered: true });
    await trail.settle('telegram', ADDRESS, { person: { ref: '11', at: now + 60_000 }, sent: [], answered: true });
    now += ERASE_MS;
    await trail.eraseDue(personId);
    expect(erased).toEqual([[{ side: 'bot', ref: '1' }, { side: 'person', ref: '10' }]]); // due together: in member order
    expect(Number(await due())).toBe(now + 60_000);
    now += 60_000;
    await trail.eraseDue(personId);
    expect(await members()).toEqual([]);
    expect(await due()).toBeNull();
  });

  it('deletes a transient message when the person answers, not when a relayed answer goes out', async () => {
    await trail.settle('telegram', ADDRESS, { sent: [{ ref: '1', at: now, transient: true }], answered: true });
    await trail.settle('telegram', ADDRESS, { sent: [{ ref: '2', at: now }], answered: false });
    expect(erased).toEqual([]);
    await trail.settle('telegram', ADDRESS, { person: { ref: '10', at: now }, sent: [], answered: true });
    expect(erased).toEqual([[{ side: 'bot', ref: '1' }]]);
    expect(await members()).toEqual(['b:2', 'p:10']);
  });

  it('leaves a kept message until 48 hours, forgetting it then undeleted, but a wipe deletes it', async () => {
    await trail.settle('telegram', ADDRESS, { sent: [{ ref: '1', at: now, keep: true }, { ref: '2', at: now }], answered: false });
    now += ERASE_MS;
    await trail.eraseDue(personId);
    expect(erased).toEqual([[{ side: 'bot', ref: '2' }]]);
    expect(await members()).toEqual(['k:1']);
    await trail.wipe('telegram', ADDRESS, [{ side: 'person', ref: '99' }]);
    expect(erased.at(-1)).toEqual([{ side: 'kept', ref: '1' }, { side: 'person', ref: '99' }]);

    await trail.settle('telegram', ADDRESS, { sent: [{ ref: '3', at: now, keep: true }], answered: false });
    now += BOT_DELETE_LIMIT_MS;
    await trail.eraseDue(personId);
    expect(erased).toHaveLength(2); // forgotten, not deleted: it was meant to stay
    expect(await members()).toEqual([]);
    expect(await t.redis.hget(keys.conversation(personId), 'e')).toBeNull();
  });

  it('marks the conversation when messages could not be deleted: refused, or past the limit', async () => {
    refuse.add('1');
    await trail.settle('telegram', ADDRESS, { sent: [{ ref: '1', at: now }], answered: false });
    now += ERASE_MS;
    await trail.eraseDue(personId);
    expect(await t.redis.hget(keys.conversation(personId), 'e')).toBe('1');
    expect(await t.redis.ttl(keys.conversation(personId))).toBeGreaterThan(0);
    await t.redis.hdel(keys.conversation(personId), 'e');

    await trail.settle('telegram', ADDRESS, { sent: [{ ref: '2', at: now }], answered: false });
    now += BOT_DELETE_LIMIT_MS;
    await trail.eraseDue(personId);
    expect(erased.flat().map((r) => r.ref)).not.toContain('2'); // not even tried
    expect(await t.redis.hget(keys.conversation(personId), 'e')).toBe('1');
  });

  it('makes everything due at once when a wipe cannot delete now, for the poller to finish', async () => {
    await trail.settle('telegram', ADDRESS, { person: { ref: '10', at: now }, sent: [{ ref: '1', at: now }, { ref: '2', at: now, keep: true }], answered: true });
    down = true;
    await expect(trail.wipe('telegram', ADDRESS, [{ side: 'person', ref: '11' }])).rejects.toThrow('channel down');
    expect(Number(await due())).toBe(now);
    down = false;
    await trail.eraseDue(personId);
    expect(erased.flat().map((r) => `${r.side}:${r.ref}`).sort()).toEqual(['bot:1', 'bot:2', 'person:10', 'person:11']);
    expect(await members()).toEqual([]);
  });
});
