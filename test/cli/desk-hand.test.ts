/**
 * `npm run desk -- hand CASE NAME` in-process on a real Redis, with the real hotline core making the cases:
 * a case handed to a colleague, the refusals, the audit entries, and the line `watch` shows for it.
 */
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createApp, type App } from '../../src/app.js';
import { eventLine } from '../../src/cli/desk/event-line.js';
import { runDeskCommand, type DeskCommandDeps } from '../../src/cli/desk/run-desk-command.js';
import { createCardRenderer } from '../../src/officers/card.js';
import { connectRedis } from '../../src/redis/connect.js';
import { testRedis, type TestRedis } from '../support/redis.js';

const silent = pino({ level: 'silent' });

describe('npm run desk -- hand', () => {
  let t: TestRedis;
  let app: App;
  let n = 0;
  const sos = async (address: string) => {
    const before = new Set((await app.cases.listOpen()).map((c) => c.id));
    await app.hotline.receive({ channel: 'telegram', address, messageId: String(++n), at: Date.now(), languageHint: 'en', body: { kind: 'text', text: 'help they beat me' } });
    return (await app.cases.listOpen()).find((c) => !before.has(c.id))!.id;
  };
  const deps = (): Omit<DeskCommandDeps, 'env' | 'out' | 'err'> => ({
    deployment: app.deployment,
    locales: app.locales,
    keys: app.keys,
    sealer: app.sealer,
    listedOfficers: ['telegram:42'],
    connect: async () => ({ redis: t.redis, openReader: () => connectRedis({ url: inject('redisUrl'), logger: silent, name: 'desk-watch' }), close: async () => undefined }),
    onInterrupt: () => () => undefined,
  });
  const desk = async (env: Record<string, string>, ...args: string[]) => {
    let stdout = '';
    let stderr = '';
    const code = await runDeskCommand(['--lang', 'en', ...args], {
      ...deps(),
      env,
      out: { write: (chunk: string) => { stdout += chunk; return true; } },
      err: { write: (chunk: string) => { stderr += chunk; return true; } },
    });
    return { code, stdout, stderr };
  };
  const as = (name: string, ...args: string[]) => desk({}, '--as', name, ...args);
  const audit = async () => (await t.redis.xrange(app.keys.audit, '-', '+')).map(([, f]) => Object.fromEntries(Array.from({ length: f.length / 2 }, (_, i) => [f[2 * i]!, f[2 * i + 1]!])));

  beforeAll(async () => {
    t = await testRedis();
    app = createApp({ config: { dataKey: Buffer.alloc(32, 7), deploymentFile: 'data/deployment.json', conversationTtlSeconds: 3600, redis: { prefix: t.prefix } }, redis: t.redis, logger: silent });
    await t.redis.hset(app.keys.deskOfficers, 'telegram:42', 'Sri', 'telegram:77', 'Gone'); // 77 is no longer listed
  });
  afterAll(() => t.cleanup());

  it('hands a claimed case to a colleague by name or id, audited, and the colleague can work it', async () => {
    const id = await sos('5001');
    expect((await as('budi', 'show', id)).code).toBe(0); // budi has worked a case on the desk: a colleague
    expect((await as('ana', 'claim', id)).code).toBe(0);
    expect(await as('ana', 'hand', id, 'budi')).toEqual({ code: 0, stdout: `${id} is now with cli:budi.\n`, stderr: '' });
    expect((await app.cases.get(id))!.claimedBy).toBe('cli:budi');
    expect(await as('budi', 'hand', id.toLowerCase(), 'sri')).toEqual({ code: 0, stdout: `${id} is now with Sri.\n`, stderr: '' });
    expect((await app.cases.get(id))!.claimedBy).toBe('telegram:42');
    const hands = (await audit()).filter((a) => a.action === 'hand');
    expect(hands.map((a) => [a.officer, a.case, a.result, a.detail])).toEqual([
      ['cli:ana', id, 'ok', 'cli:ana>cli:budi'],
      ['cli:budi', id, 'ok', 'cli:budi>telegram:42'],
    ]);
    // What `watch` prints for it: the case, whom it went to, who handed it.
    const [last] = await t.redis.xrevrange(app.keys.events, '+', '-', 'COUNT', 1);
    const f = Object.fromEntries(Array.from({ length: last![1].length / 2 }, (_, i) => [last![1][2 * i]!, last![1][2 * i + 1]!]));
    const cards = createCardRenderer({ locales: app.locales, deployment: app.deployment, lang: 'en' });
    expect(eventLine({ t: (key, args) => app.locales.t('en', key, args), cards, sealer: app.sealer }, last![0], f)).toMatch(new RegExp(`${id} · .+ · handed to telegram:42 · cli:budi$`));
  });

  it('refuses an unknown or unlisted name (listing who can take it), yourself, a case you do not hold, a closed case', async () => {
    const id = await sos('5002');
    expect((await as('ana', 'claim', id)).code).toBe(0);
    const unknown = await as('ana', 'hand', id, 'nobody');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toBe('No officer "nobody". Officers: cli:budi, Sri (telegram:42)\n');
    expect((await as('ana', 'hand', id, 'Gone')).stderr).toMatch(/^No officer "Gone"/);
    expect(await as('ana', 'hand', id, 'ana')).toMatchObject({ code: 1, stderr: `You cannot hand ${id} to yourself.\n` });
    expect(await as('budi', 'hand', id, 'sri')).toMatchObject({ code: 1, stderr: `${id} is claimed by cli:ana.\n` });
    expect(await as('ana', 'hand', id)).toMatchObject({ code: 2, stderr: expect.stringContaining(`To whom? npm run desk -- hand ${id} NAME`) });
    expect((await as('ana', 'status', id, 'closed')).code).toBe(0);
    expect((await as('ana', 'hand', id, 'budi')).code).toBe(1);
    expect((await app.cases.get(id))!.claimedBy).toBe('cli:ana');
    const results = (await audit()).filter((a) => a.action === 'hand' && a.case === id).map((a) => `${a.officer} ${a.result}`);
    expect(results).toEqual(['cli:ana unknown-officer', 'cli:ana unknown-officer', 'cli:ana self', 'cli:budi taken', 'cli:ana closed']);
  });

  it('lets a supervisor hand someone else\'s case, and says so in the usage', async () => {
    const id = await sos('5003');
    expect((await as('ana', 'claim', id)).code).toBe(0);
    expect((await desk({ DESK_SUPERVISOR: '1' }, '--as', 'sari', 'hand', id, 'budi')).code).toBe(0);
    expect((await app.cases.get(id))!.claimedBy).toBe('cli:budi');
    expect((await desk({}, 'help')).stdout).toMatch(/hand ID NAME\s+give the case to a colleague/);
  });
});
