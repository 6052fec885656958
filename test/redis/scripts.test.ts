import { readdirSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { caseStatuses, isFinal, isOpen, queueScore, urgencies } from '../../src/cases/case-model.js';
import { caseModelPrelude } from '../../src/redis/lua-script.js';
import { hotlineBegin, releaseLease, luaScripts } from '../../src/redis/scripts.js';
import { testRedis, type TestRedis } from '../support/redis.js';

/** The `KEYS[i] name` or `ARGV[i] name` lines of a script's header comment, in order. */
function headerNames(body: string, what: 'KEYS' | 'ARGV'): Array<{ index: number; name: string }> {
  const header = /^--\[\[([\s\S]*?)\]\]/.exec(body)?.[1] ?? '';
  return [...header.matchAll(new RegExp(`^\\s*${what}\\[(\\d+)\\]\\s+(\\w+)`, 'gm'))].map((m) => ({ index: Number(m[1]), name: m[2]! }));
}

/** The body after its header: the code. */
const code = (body: string) => body.replace(/^--\[\[[\s\S]*?\]\]/, '');

describe('Lua scripts', () => {
  describe.each(luaScripts.map((s) => [s.spec.file, s] as const))('%s', (_file, script) => {
    it('lists exactly its declared KEYS and ARGV in its header, in order', () => {
      const numbered = (names: readonly string[]) => names.map((name, i) => ({ index: i + 1, name }));
      expect(headerNames(script.body, 'KEYS')).toEqual(numbered(script.spec.keys));
      expect(headerNames(script.body, 'ARGV')).toEqual(numbered(script.spec.args));
    });

    it('reads keys and arguments only by their declared names', () => {
      const body = code(script.body);
      expect(body).not.toMatch(/\b(KEYS|ARGV)\s*\[/);
      const used = (table: 'K' | 'A') => new Set([...body.matchAll(new RegExp(`\\b${table}\\.(\\w+)`, 'g'))].map((m) => m[1]!));
      const keyNames: readonly string[] = [...script.spec.keys, ...(script.spec.restKeys ? [script.spec.restKeys] : [])];
      expect([...used('K')].filter((n) => !keyNames.includes(n))).toEqual([]);
      expect([...used('A')].filter((n) => !(script.spec.args as readonly string[]).includes(n))).toEqual([]);
    });

    it('keeps the case model in the prelude, not in its own code', () => {
      expect(code(script.body)).not.toMatch(/2199023255552|critical\s*=\s*0|'in-progress'/);
    });
  });

  it('takes keys and arguments only under their declared names (checked by tsc)', () => {
    const typeChecksOnly = (redis: TestRedis['redis']) => [
      releaseLease(redis, { keys: { lease: 'l' }, args: { token: 't' } }),
      // @ts-expect-error a key under an argument's name
      releaseLease(redis, { keys: { token: 'l' }, args: { token: 't' } }),
      // @ts-expect-error an argument missing
      releaseLease(redis, { keys: { lease: 'l' }, args: {} }),
    ];
    expect(typeChecksOnly).toBeTypeOf('function');
  });

  it('declares every file in src/redis/lua, once', () => {
    const files = readdirSync(new URL('../../src/redis/lua/', import.meta.url)).filter((f) => f.endsWith('.lua'));
    expect(luaScripts.map((s) => s.spec.file).sort()).toEqual(files.sort());
  });

  it('starts each source with a one-line prelude, so Redis error lines are the file lines', () => {
    for (const script of luaScripts) {
      expect(script.source.split('\n').length).toBe(script.body.split('\n').length);
      expect(script.source.endsWith(script.body)).toBe(true);
    }
  });

  describe('in Redis', () => {
    let t: TestRedis;
    beforeEach(async () => {
      t = await testRedis();
    });
    afterEach(() => t.cleanup());

    it('sees the case model as src/cases/case-model.ts defines it', async () => {
      const createdAt = 1_700_000_000_123;
      for (const urgency of urgencies) {
        const score = await t.redis.eval(`${caseModelPrelude} return RANK[ARGV[1]] * SCORE_SHIFT + tonumber(ARGV[2])`, 0, urgency, createdAt);
        expect(score).toBe(queueScore(urgency, createdAt));
      }
      for (const status of caseStatuses) {
        const [open, final] = (await t.redis.eval(`${caseModelPrelude} return { OPEN[ARGV[1]] and 1 or 0, FINAL[ARGV[1]] and 1 or 0 }`, 0, status)) as number[];
        expect({ status, open: open === 1, final: final === 1 }).toEqual({ status, open: isOpen(status), final: isFinal(status) });
      }
    });

    it('still runs after Redis forgot its scripts (NOSCRIPT: sent again in full)', async () => {
      const lease = `${t.prefix}lease`;
      await t.redis.set(lease, 'mine');
      expect(await releaseLease(t.redis, { keys: { lease }, args: { token: 'theirs' } })).toBe(0);
      await t.redis.script('FLUSH');
      expect(await releaseLease(t.redis, { keys: { lease }, args: { token: 'mine' } })).toBe(1);
      expect(await t.redis.exists(lease)).toBe(0);
    });

    it('returns raw bytes where declared, from a fresh script cache too', async () => {
      const conversation = `${t.prefix}conv`;
      const snapshot = Buffer.from([0x01, 0xff, 0x00, 0x80]); // not UTF-8
      await t.redis.hset(conversation, 's', snapshot);
      await t.redis.script('FLUSH');
      const [status, stored] = await hotlineBegin(t.redis, { keys: { conversation, lease: `${t.prefix}lease` }, args: { token: 'mine', leaseMs: 1000, messageId: 'm1' } });
      expect(status.toString()).toBe('ok');
      expect(stored).toEqual(snapshot);
    });
  });
});
