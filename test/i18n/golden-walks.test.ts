/**
 * Golden walks: in every complete locale, a worker's intake and a relative's missing-person report walked
 * through the real hotline core, typing every answer as a person on that language's keyboard would (its
 * own digits, its yes/no/skip words, counts and dates in words), never pressing a button. After each answer
 * the next question must be the one the fixture names (in that language), and the walk must end in a
 * sealed case whose opened fields are the ones the fixture expects.
 *
 * Fixtures: test/i18n/golden/<lang>.json, written from a reading of each language (not copied from its
 * words.json): `steps` are [what the person types, the locale key of the question that must follow].
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src/app.js';
import type { OutboundMessage } from '../../src/core/messages.js';
import { testRedis, type TestRedis } from '../support/redis.js';
import { person } from '../support/reports.js';

interface Walk {
  /** What the person types, the key of the message that must answer it, and that message's select values. */
  steps: [typed: string, nextKey: string, selects?: Record<string, string>][];
  /** Fields of the opened case (toMatchObject). */
  expect: Record<string, unknown>;
  /** Words that must not be readable in the case's Redis hash (they are sealed). */
  sealed: string[];
}
interface Golden {
  lang: string;
  intake: Walk;
  missing: Walk;
}

const complete = readdirSync('locales').filter((l) => existsSync(`locales/${l}/intake.ftl`)).sort();
const texts = (out: OutboundMessage[]) => out.map((m) => m.text).join('\n');

/** Every variable a message asks for, as a NUL unless given (a select on a NUL takes its default variant). */
const anyArgs = (given: Record<string, string>) => {
  const value = (name: string | symbol) => (typeof name === 'string' && name in given ? given[name]! : '\0');
  return new Proxy({}, {
    get: (_, name) => value(name),
    has: () => true,
    getOwnPropertyDescriptor: (_, name) => ({ value: value(name), configurable: true, enumerable: true, writable: false }),
  }) as Record<string, string>;
};

/** The longest stretch of a message without a placeholder or line break, as rendered: enough to know it. */
function marker(app: App, lang: string, key: string, selects: Record<string, string> = {}): string {
  const parts = app.locales.t(lang, key, anyArgs(selects)).split(/\n|\0/).map((s) => s.trim());
  const longest = parts.reduce((a, b) => (b.length > a.length ? b : a), '');
  if (longest.length < 2) throw new Error(`${lang} ${key}: nothing to recognise it by`);
  return longest.slice(0, 24);
}

describe('golden walks', () => {
  let t: TestRedis;
  let app: App;
  beforeAll(async () => {
    t = await testRedis();
    app = createApp({
      config: { dataKey: Buffer.alloc(32, 9), deploymentFile: 'deployments/id-phnom-penh.json', conversationTtlSeconds: 3600, redis: { prefix: t.prefix } },
      redis: t.redis,
      logger: pino({ level: 'silent' }),
      hotline: { retry: { attempts: 2, baseDelayMs: 5 } },
    });
  });
  afterAll(() => t.cleanup());

  it('has a fixture for every complete locale', () => {
    expect(complete).toEqual(expect.arrayContaining(['en', 'hi', 'id', 'th', 'tl', 'vi', 'zh']));
    for (const lang of complete) expect(existsSync(`test/i18n/golden/${lang}.json`), lang).toBe(true);
  });

  describe.each(complete.filter((l) => existsSync(`test/i18n/golden/${l}.json`)))('%s', (lang) => {
    const golden = JSON.parse(readFileSync(`test/i18n/golden/${lang}.json`, 'utf8')) as Golden;

    it.each([['an intake', 'intake'], ['a missing-person report', 'missing']] as const)('walks %s typed in its own words, to a sealed case with the right fields', async (_name, which) => {
      const walk = golden[which];
      expect(golden.lang).toBe(lang);
      const address = `${lang}-${which}-${Math.random().toString(36).slice(2)}`;
      const p = person(app, address, lang);
      const log: string[] = [];
      const consent = texts(await p.start());
      expect(consent).toContain(marker(app, lang, 'consent'));
      for (const [typed, key, selects] of walk.steps) {
        const out = texts(await p.text(typed));
        log.push(`${typed} → ${out.replace(/\s+/g, ' ').slice(0, 100)}`);
        expect(out, `after "${typed}" expected ${key}:\n${log.join('\n')}`).toContain(marker(app, lang, key, selects));
      }
      const view = (await app.cases.listOpen()).find((c) => (c.private.address ?? c.report?.address) === address);
      expect(view, log.join('\n')).toBeDefined();
      expect(view!.lang).toBe(lang);
      expect(view, log.join('\n')).toMatchObject(walk.expect);
      const raw = Object.values(await t.redis.hgetall(app.keys.case(view!.id))).join('\n');
      for (const word of walk.sealed) expect(raw, `${word} stored in the clear`).not.toContain(word);
    });
  });
});
