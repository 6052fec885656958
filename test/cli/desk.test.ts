import { execFile, spawn } from 'node:child_process';
import { promisify } from 'node:util';
import type { Redis } from 'ioredis';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createApp, type App } from '../../src/app.js';
import { CasePrivate } from '../../src/cases/case-record.js';
import type { InboundBody } from '../../src/core/messages.js';
import { runDeskCommand, type DeskCommandDeps } from '../../src/cli/desk/run-desk-command.js';
import { eventLine } from '../../src/cli/desk/event-line.js';
import { createCardRenderer } from '../../src/officers/card.js';
import { HeldAnswer, OFFICER_TEXT_MAX } from '../../src/officers/case-desk.js';
import { connectRedis } from '../../src/redis/connect.js';
import type { Keys } from '../../src/redis/keys.js';
import { createLinker } from '../../src/cases/linker.js';
import { openCaseValue, sealCaseValue } from '../support/case-values.js';
import { testRedis, type TestRedis } from '../support/redis.js';
import { person, relativeReport, selfReport } from '../support/reports.js';

const run = promisify(execFile);
const dataKey = Buffer.alloc(32, 7);
const silent = pino({ level: 'silent' });

interface Result { code: number; stdout: string; stderr: string }

/** The hotline on a test prefix, as the running hotline next to the desk. */
function hotline(t: TestRedis): App {
  return createApp({
    config: { dataKey, deploymentFile: 'data/deployment.json', conversationTtlSeconds: 3600, redis: { prefix: t.prefix } },
    redis: t.redis,
    logger: silent,
  });
}

/** A danger message as the very first message opens a critical case at once, whatever the steps. */
function dangerOn(app: App) {
  let n = 0;
  return async (address: string, text: string, languageHint: string) => {
    await app.hotline.receive({ channel: 'telegram', address, messageId: String(++n), at: Date.now(), languageHint, body: { kind: 'text', text } });
  };
}

/** Audit entries as objects, oldest first. */
async function auditOf(redis: Redis, keys: Keys) {
  const entries = await redis.xrange(keys.audit, '-', '+');
  return entries.map(([, flat]) => Object.fromEntries(Array.from({ length: flat.length / 2 }, (_, i) => [flat[2 * i]!, flat[2 * i + 1]!])));
}

/** Waits up to 10 s for `what` in what `text()` has collected so far. */
async function waitFor(text: () => string, what: RegExp) {
  for (let i = 0; i < 200 && !what.test(text()); i++) await new Promise((r) => setTimeout(r, 50));
  expect(text()).toMatch(what);
}

// The commands run in-process, on the test's Redis, as src/cli/desk.ts runs them for the terminal.
describe('npm run desk', () => {
  let t: TestRedis;
  let app: App;
  /** Case ids, oldest first: four critical cases opened by a danger message. */
  let ids: string[] = [];
  let danger: ReturnType<typeof dangerOn>;
  /** What every command gets; the test's Redis client stays open between commands. */
  const deps = (): Omit<DeskCommandDeps, 'env' | 'out' | 'err'> => ({
    deployment: app.deployment,
    locales: app.locales,
    keys: app.keys,
    sealer: app.sealer,
    connect: async () => ({
      redis: t.redis,
      openReader: () => connectRedis({ url: inject('redisUrl'), logger: silent, name: 'desk-watch' }),
      close: async () => undefined,
    }),
    onInterrupt: () => () => undefined,
  });
  /** Runs a desk command with `extra` as its environment; `--lang en` unless the arguments choose. */
  const desk = async (args: string[], extra: Record<string, string> = {}): Promise<Result> => {
    const argv = args.includes('--lang') ? args : ['--lang', 'en', ...args];
    let stdout = '';
    let stderr = '';
    const code = await runDeskCommand(argv, {
      ...deps(),
      env: extra,
      out: { write: (chunk: string) => { stdout += chunk; return true; } },
      err: { write: (chunk: string) => { stderr += chunk; return true; } },
    });
    return { code, stdout, stderr };
  };
  const as = (name: string, ...args: string[]) => desk(['--as', name, ...args]);
  const audit = () => auditOf(t.redis, app.keys);

  /** Rewrites a case's sealed part, as if the intake had gone further. */
  async function setPrivate(caseId: string, change: Partial<CasePrivate>) {
    const sealed = await t.redis.hget(app.keys.case(caseId), 'sealed');
    const current = CasePrivate.parse(JSON.parse(await openCaseValue(app, t.redis, caseId, sealed!)));
    await t.redis.hset(app.keys.case(caseId), 'sealed', await sealCaseValue(app, t.redis, caseId, JSON.stringify({ ...current, ...change })));
  }

  async function held(caseId: string) {
    const items = await t.redis.lrange(app.keys.held(caseId), 0, -1);
    return Promise.all(items.map(async (b64) => HeldAnswer.parse(JSON.parse(await openCaseValue(app, t.redis, caseId, b64)))));
  }

  beforeAll(async () => {
    t = await testRedis();
    app = hotline(t);
    danger = dangerOn(app);
    await danger('9001', 'tolong saya disekap', 'id');
    await danger('9002', 'help they beat me', 'en');
    await danger('9003', 'tolong saya disekap di gedung 9', 'id');
    await danger('9004', 'tolong saya dipukul', 'id');
    ids = (await app.cases.listOpen()).map((c) => c.id);
    expect(ids).toHaveLength(4);
  });
  afterAll(() => t.cleanup());

  describe('list', () => {
    it('prints the queue as JSON in queue order, without the sealed personal part', async () => {
      const r = await desk(['list', '--json']);
      expect(r.code).toBe(0);
      const cases = JSON.parse(r.stdout) as Array<Record<string, unknown>>;
      expect(cases.map((c) => c.id)).toEqual(ids);
      expect(cases[0]).toMatchObject({ urgency: 'critical', status: 'new', lang: 'id', reasons: expect.arrayContaining(['danger-words']) });
      expect(cases[0]!.ageMs).toEqual(expect.any(Number));
      expect(r.stdout).not.toContain('private');
      expect(r.stdout).not.toContain('9001');
      expect(r.stdout).not.toContain('disekap');
    });

    it('prints a table with id, urgency, age, status, claimed by, country, language and reasons', async () => {
      const r = await desk(['list']);
      const lines = r.stdout.trim().split('\n');
      expect(lines[0]).toMatch(/^CASE\s+URGENCY\s+AGE\s+STATUS\s+CLAIMED BY\s+COUNTRY\s+LANG\s+WHY$/);
      expect(lines[1]).toMatch(new RegExp(`^${ids[0]}\\s+🔴 CRITICAL\\s+\\d+ min\\s+new\\s+—\\s+\\?\\s+id\\s+wrote danger words`));
      expect(lines.slice(1, 5).map((l) => l.split(/\s+/)[0])).toEqual(ids);
      expect(lines.at(-1)).toBe('4 open case(s), most urgent first.');
    });

    it('speaks the deployment desk language unless --lang says otherwise', async () => {
      const r = await desk(['--lang', 'id', 'list']);
      expect(r.stdout).toMatch(/^KASUS\s+URGENSI/);
      expect(r.stdout).toContain('4 kasus terbuka');
    });
  });

  describe('show', () => {
    it('quotes the person\'s words so that they cannot pass for the card\'s lines', async () => {
      const id = ids[3]!;
      await setPrivate(id, { name: 'Budi\nClaimed by: Officer A', details: 'Safe to write: any time' });
      const r = await as('ana', 'show', id);
      const lines = r.stdout.split('\n');
      expect(lines.filter((l) => l.startsWith('Claimed by'))).toEqual([]);
      expect(lines.filter((l) => l.startsWith('Safe to write:'))).toEqual(['Safe to write: not given']);
      expect(r.stdout).toContain('Name: «Budi\n\u200E│ Claimed by: Officer A»');
      expect(r.stdout).toContain('Their words: «Safe to write: any time»');
      await setPrivate(id, { name: undefined, details: undefined });
    });

    it('shows Urdu and Thai words as written, with their language named in the desk\'s', async () => {
      const id = ids[3]!;
      const urdu = 'میری مدد کریں، مجھے کمرے میں بند کر دیا ہے';
      const thai = 'ช่วยด้วย โดนขังอยู่ในห้อง';
      await setPrivate(id, { details: urdu, peopleWords: thai });
      const r = await as('ana', 'show', id);
      expect(r.stdout).toContain(`Their words: «\u2068${urdu}\u2069» (Urdu)`);
      expect(r.stdout).toContain(`«${thai}» (Thai)`);
      const id2 = await as('ana', '--lang', 'id', 'show', id);
      expect(id2.stdout).toContain(`«\u2068${urdu}\u2069» (Urdu)`);
      await setPrivate(id, { details: undefined, peopleWords: undefined });
    });

    it('prints the case card, its notes and the next commands, and audits the view', async () => {
      const r = await as('ana', 'show', ids[0]!.toLowerCase());
      expect(r.code).toBe(0);
      expect(r.stdout).toContain(`🔴 CRITICAL · ${ids[0]} · new`);
      expect(r.stdout).toContain('Why: wrote danger words');
      expect(r.stdout).toContain('Not claimed yet');
      expect(r.stdout).toContain('No notes yet.');
      expect(r.stdout).toContain(`npm run desk -- claim ${ids[0]}`);
      expect((await audit()).at(-1)).toMatchObject({ officer: 'cli:ana', action: 'view', case: ids[0], result: 'ok' });
    });

    it('takes the officer from DESK_OFFICER, and refuses to act without one', async () => {
      expect((await desk(['show', ids[0]!], { DESK_OFFICER: 'Budi' })).code).toBe(0);
      expect((await audit()).at(-1)).toMatchObject({ officer: 'cli:budi', action: 'view' });
      const before = (await audit()).length;
      const r = await desk(['show', ids[0]!]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('Who is acting? Add --as YOUR-NAME');
      const bad = await as('ana smith', 'claim', ids[0]!);
      expect(bad.code).toBe(2);
      expect(bad.stderr).toContain('"ana smith" cannot be an officer name');
      expect(await audit()).toHaveLength(before);
    });

    it('says there is no such case, and audits the attempt', async () => {
      const r = await as('ana', 'show', 'kh zzzz');
      expect(r.code).toBe(1);
      expect(r.stderr.trim()).toBe('There is no case KH-ZZZZ.');
      expect((await audit()).at(-1)).toMatchObject({ officer: 'cli:ana', action: 'view', case: 'KH-ZZZZ', result: 'missing' });
    });
  });

  describe('claim and unclaim', () => {
    it('claims a case once: the next officer is told who has it', async () => {
      const id = ids[0]!;
      const mine = await as('ana', 'claim', id.toLowerCase().replace('-', ' '));
      expect(mine).toMatchObject({ code: 0, stdout: `${id} is yours now.\n` });
      expect((await as('ana', 'claim', id)).stdout).toBe(`${id} is already yours.\n`);
      const theirs = await as('budi', 'claim', id);
      expect(theirs.code).toBe(1);
      expect(theirs.stderr.trim()).toBe(`${id} is claimed by cli:ana.`);
      const list = await desk(['list']);
      expect(list.stdout.split('\n').find((l) => l.startsWith(id))).toMatch(/claimed\s+cli:ana/);
      expect((await as('ana', 'show', id)).stdout).toContain('Claimed by cli:ana');
    });

    it('lets only the owner or a supervisor unclaim', async () => {
      const id = ids[0]!;
      const refused = await as('budi', 'unclaim', id);
      expect(refused.code).toBe(1);
      expect(refused.stderr.trim()).toBe(`${id} is claimed by cli:ana.`);
      const boss = await desk(['--as', 'budi', 'unclaim', id], { DESK_SUPERVISOR: '1' });
      expect(boss).toMatchObject({ code: 0, stdout: `${id} is back in the queue, unclaimed.\n` });
      const again = await as('ana', 'unclaim', id);
      expect(again.code).toBe(1);
      expect(again.stderr.trim()).toBe(`${id} is not claimed.`);
    });
  });

  describe('note', () => {
    it('adds a note that show prints with its author', async () => {
      const id = ids[1]!;
      const r = await as('ana', 'note', id, 'called', 'the', 'police', 'liaison');
      expect(r).toMatchObject({ code: 0, stdout: `Note added to ${id}.\n` });
      const shown = await as('budi', 'show', id);
      expect(shown.stdout).toContain('Notes:');
      expect(shown.stdout).toMatch(/\d\d:\d\d UTC\+7 · cli:ana: called the police liaison/);
    });

    it('refuses an empty note (usage) and one longer than the desk allows', async () => {
      const id = ids[1]!;
      const empty = await as('ana', 'note', id);
      expect(empty.code).toBe(2);
      expect(empty.stderr.trim()).toBe('Nothing to send: write the text after the case number.');
      const long = await as('ana', 'note', id, 'x'.repeat(OFFICER_TEXT_MAX + 1));
      expect(long.code).toBe(1);
      const n = (x: number) => x.toLocaleString('en');
      expect(long.stderr.trim()).toBe(`Too long: ${n(OFFICER_TEXT_MAX + 1)} characters, at most ${n(OFFICER_TEXT_MAX)}. Please split it.`);
      expect((await app.cases.get(id))?.notes).toBe(1);
    });
  });

  describe('reply and location', () => {
    it('queues an answer and says it is held while the person has not said when it is safe', async () => {
      const id = ids[1]!;
      const r = await as('ana', 'reply', id, 'We', 'have', 'your', 'case.', 'Stay', 'safe.');
      expect(r.code).toBe(0);
      expect(r.stdout).toContain(`Answer to ${id} queued, exactly this:\n«We have your case. Stay safe.»`);
      expect(r.stdout).toContain('Held: they have not said when it is safe to write');
      expect(await held(id)).toEqual([expect.objectContaining({ kind: 'reply', text: 'We have your case. Stay safe.', by: 'cli:ana' })]);
    });

    it('says the running hotline announces it now when any time is safe, or when it is held until their safe time', async () => {
      const id = ids[2]!;
      await setPrivate(id, { contact: 'anytime' });
      expect((await as('ana', 'reply', id, 'hello')).stdout).toContain('the running hotline tells them "you have a new message" at once');
      await setPrivate(id, { contact: 'they-write-first' });
      expect((await as('ana', 'reply', id, 'hello')).stdout).toContain('Held: they asked us to write only after they write.');
      // a window that opens three hours from now, local time (the embassy's UTC+7: the case has no country yet)
      const local = new Date(Date.now() + app.deployment.embassy.utcOffsetMinutes * 60_000);
      const hh = (h: number) => String((local.getUTCHours() + h) % 24).padStart(2, '0');
      await setPrivate(id, { contact: 'times', contactTimes: `${hh(3)}:00-${hh(4)}:00` });
      const later = await as('ana', 'reply', id, 'hello');
      expect(later.stdout).toMatch(new RegExp(`Held until (\\d{4}-\\d\\d-\\d\\d )?${hh(3)}:00 UTC\\+7 \\(their safe time\\)`));
      expect(await held(id)).toHaveLength(3);
    });

    it('does not send what names another case or looks like a case card, unless --confirm', async () => {
      const id = ids[1]!;
      const other = await as('ana', 'reply', id, `Case ${ids[2]!.toLowerCase()} is being handled too.`);
      expect(other.code).toBe(1);
      expect(other.stderr).toContain(`Not sent: it names another case (${ids[2]}). Is it really for ${id}?`);
      const pasted = (await as('ana', 'show', id)).stdout.split('\n\n')[0]!;
      const card = await as('ana', 'reply', id, pasted);
      expect(card.code).toBe(1);
      expect(card.stderr).toContain('Not sent: it looks like a case card');
      expect(await held(id)).toHaveLength(1); // the first test's answer only
      const meant = await as('ana', '--confirm', 'reply', id, `Case ${ids[2]!} is your brother's: we are helping him too.`);
      expect(meant.code).toBe(0);
      expect(await held(id)).toHaveLength(2);
      expect((await as('ana', '--confirm', 'note', id, 'x')).stderr).toContain('--confirm goes only with "reply"');
    });

    it('queues a request for a fresh location', async () => {
      const id = ids[1]!;
      const r = await as('budi', 'location', id);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain(`Location request to ${id} queued.`);
      expect((await held(id)).at(-1)).toMatchObject({ kind: 'request-location', by: 'cli:budi' });
    });

    it('refuses when the person cannot be reached, an unknown case, or an empty or too long answer', async () => {
      const id = ids[3]!;
      await t.redis.hset(app.keys.case(id), 'reachable', 'gone');
      const gone = await as('ana', 'reply', id, 'hello');
      expect(gone.code).toBe(1);
      expect(gone.stderr).toContain(`${id}: the person cannot be reached any more`);
      expect((await as('ana', 'location', id)).code).toBe(1);
      await t.redis.hdel(app.keys.case(id), 'reachable');
      const missing = await as('ana', 'reply', 'KH-ZZZZ', 'hello');
      expect(missing.code).toBe(1);
      expect(missing.stderr.trim()).toBe('There is no case KH-ZZZZ.');
      expect((await as('ana', 'reply', id, '   ')).code).toBe(2);
      expect((await as('ana', 'reply', id, 'y'.repeat(OFFICER_TEXT_MAX + 1))).code).toBe(1);
      expect(await held(id)).toEqual([]);
    });
  });

  describe('status', () => {
    it('refuses a bad status word, a duplicate without its case, and another id with a plain status', async () => {
      const id = ids[3]!;
      const [bad, noOther, extra] = await Promise.all([
        as('ana', 'status', id, 'done'),
        as('ana', 'status', id, 'duplicate'),
        as('ana', 'status', id, 'resolved', ids[0]!),
      ]);
      expect(bad.code).toBe(2);
      expect(bad.stderr).toContain('"done" is not a status: use in-progress, resolved, closed, or duplicate OTHER-ID.');
      expect(noOther.code).toBe(2);
      expect(noOther.stderr).toContain(`Duplicate of which case? npm run desk -- status ${id} duplicate OTHER-ID`);
      expect(extra.code).toBe(2);
      expect(extra.stderr).toContain('Another case id goes only with "duplicate".');
    });

    it('marks a duplicate only of another existing case, then takes it off the queue', async () => {
      const [first, , , id] = ids as [string, string, string, string];
      const missing = await as('ana', 'status', id, 'duplicate', 'kh-zzzz');
      expect(missing.code).toBe(1);
      expect(missing.stderr.trim()).toBe('KH-ZZZZ is not another existing case.');
      expect((await as('ana', 'status', id, 'duplicate', id)).code).toBe(1);
      const ok = await as('ana', 'status', id, 'duplicate', first.toLowerCase());
      expect(ok).toMatchObject({ code: 0, stdout: `${id} is now: duplicate.\n` });
      expect((await app.cases.get(id))?.duplicateOf).toBe(first);
      expect(JSON.parse((await desk(['list', '--json'])).stdout).map((c: { id: string }) => c.id)).not.toContain(id);
      expect((await as('ana', 'show', id)).stdout).toContain(`Duplicate of ${first}`);
    });

    it('refuses a claim on a closed case, and reopens it with in-progress', async () => {
      const id = ids[3]!;
      const closed = await as('budi', 'claim', id);
      expect(closed.code).toBe(1);
      expect(closed.stderr.trim()).toBe(`${id} is duplicate: run \`npm run desk -- status ${id} in-progress\` to work it again.`);
      const back = await as('budi', 'status', id, 'in-progress');
      expect(back).toMatchObject({ code: 0, stdout: `${id} is now: in progress.\n` });
      expect(await app.cases.get(id)).toMatchObject({ status: 'in-progress', claimedBy: 'cli:budi', duplicateOf: undefined });
      expect((await as('budi', 'status', id, 'in-progress')).stdout).toBe(`${id} is already: in progress.\n`);
      const taken = await as('ana', 'status', id, 'resolved');
      expect(taken.code).toBe(1);
      expect(taken.stderr.trim()).toBe(`${id} is claimed by cli:budi.`);
      expect((await as('budi', 'status', id, 'resolved')).stdout).toBe(`${id} is now: resolved.\n`);
      expect((await as('budi', 'status', id, 'closed')).code).toBe(0);
    });
  });

  describe('lower and restore', () => {
    it('lowers a false alarm with a sealed reason, shows the lowering, and restores it', async () => {
      await danger('9010', 'tolong saya disekap', 'id');
      const id = (await app.cases.listOpen()).find((c) => !ids.includes(c.id))!.id;
      const why = 'typed help about a film; called back, safe';
      const r = await as('ana', 'lower', id.toLowerCase(), 'normal', '--reason', why);
      expect(r).toMatchObject({ code: 0, stdout: `${id} lowered to ⚪ normal. The person is not told; \`npm run desk -- restore ${id}\` undoes it.\n` });
      const shown = await as('budi', 'show', id);
      expect(shown.stdout).toContain(`⚪ normal · ${id} · new`);
      expect(shown.stdout).toContain(`⬇ Lowered from 🔴 CRITICAL by cli:ana — ${why}`);
      expect(shown.stdout).toContain(`npm run desk -- restore ${id}`);
      expect(shown.stdout).not.toContain(`npm run desk -- lower ${id}`);
      const listed = (JSON.parse((await desk(['list', '--json'])).stdout) as Array<{ id: string }>).find((c) => c.id === id);
      expect(listed).toMatchObject({ urgency: 'normal', lowered: { from: 'critical', by: 'cli:ana' } });
      expect(JSON.stringify(listed)).not.toContain('film'); // the reason is sealed, like the personal part

      // Anyone may restore; only the owner (or a supervisor) lowers a claimed case.
      expect((await as('ana', 'claim', id)).code).toBe(0);
      expect(await as('budi', 'restore', id)).toMatchObject({ code: 0, stdout: `${id} is back to 🔴 CRITICAL.\n` });
      const notLowered = await as('budi', 'restore', id);
      expect(notLowered.code).toBe(1);
      expect(notLowered.stderr.trim()).toBe(`${id} was not lowered: nothing to restore.`);
      const taken = await as('budi', 'lower', id, 'not', 'real');
      expect(taken.code).toBe(1);
      expect(taken.stderr.trim()).toBe(`${id} is claimed by cli:ana.`);
      // Without a level, one step down; the reason may be the words after the case.
      expect((await as('ana', 'lower', id, 'not', 'in', 'danger', 'now')).stdout).toContain(`${id} lowered to 🟠 HIGH.`);
      expect((await as('ana', 'lower', id, 'high', 'same')).stdout).toBe(`${id} is already 🟠 HIGH.\n`);
      expect((await desk(['--as', 'budi', 'lower', id, 'normal', 'supervisor checked'], { DESK_SUPERVISOR: '1' })).code).toBe(0);
      const up = await as('ana', 'lower', id, 'high', 'up?');
      expect(up.code).toBe(1);
      expect(up.stderr.trim()).toBe(`${id} is ⚪ normal: it can only go lower (high or normal).`);
      expect((await app.cases.get(id))?.lowered).toMatchObject({ from: 'critical', by: 'cli:budi', reason: 'supervisor checked' });
    });

    it('refuses a lowering without a reason, with a reason too long, and --reason on another command', async () => {
      const id = ids[2]!;
      const [none, long, elsewhere, both] = await Promise.all([
        as('ana', 'lower', id, 'normal'),
        as('ana', 'lower', id, 'x'.repeat(201)),
        as('ana', 'claim', id, '--reason', 'x'),
        as('ana', 'lower', id, 'words', '--reason', 'and more'),
      ]);
      expect(none.code).toBe(2);
      expect(none.stderr).toContain(`Why is it a false alarm? npm run desk -- lower ${id} [high|normal] --reason "…"`);
      expect(long.code).toBe(1);
      expect(long.stderr.trim()).toBe('Too long: 201 characters, at most 200. Please split it.');
      expect(elsewhere.code).toBe(2);
      expect(elsewhere.stderr).toContain('--reason goes only with "lower".');
      expect(both.code).toBe(2);
      expect(both.stderr).toContain('Too many words after "lower".');
      expect((await app.cases.get(id))?.urgency).toBe('critical');
    });
  });

  describe('resume and unlock', () => {
    it('resumes a chat a duress word stopped, and unlocks answers wrong code-word tries locked, audited; the watch says why answers moved', async () => {
      await danger('9020', 'Cancel my order', 'en'); // the default duress phrase as a first message
      const id = (await app.cases.listOpen()).find((c) => (c.reasons as string[]).includes('duress'))!.id;
      const shown = await as('ana', 'show', id);
      expect(shown.stdout).toContain('🚨 DURESS word sent');
      expect(shown.stdout).toContain(`/resume ${id}`);
      expect(await as('ana', 'resume', id.toLowerCase())).toMatchObject({ code: 0, stdout: `${id}: messages reach their chat again. Held answers follow the usual rules.\n` });
      const again = await as('ana', 'resume', id);
      expect(again.code).toBe(1);
      expect(again.stderr.trim()).toBe(`Nothing is stopped for ${id}.`);
      expect((await app.cases.get(id))?.stopped).toBeUndefined();

      const notLocked = await as('budi', 'unlock', id);
      expect(notLocked).toMatchObject({ code: 1, stderr: `The answers of ${id} are not locked.\n` });
      await t.redis.hset(app.keys.case(id), 'releaseLocked', String(Date.now())); // as five wrong tries leave it
      await t.redis.set(app.keys.codeTries(id), '5');
      expect((await as('budi', 'show', id)).stdout).toContain('🔒 Answers locked');
      expect(await as('budi', 'unlock', id)).toMatchObject({ code: 0, stdout: `${id}: unlocked. Their code word shows the held answers again.\n` });
      expect(await t.redis.exists(app.keys.codeTries(id))).toBe(0);
      expect((await as('budi', 'resume', id, 'extra')).code).toBe(2);
      const lines = (await audit()).filter((e) => e.case === id && (e.action === 'resume' || e.action === 'unlock')).map((e) => `${e.officer} ${e.action} ${e.result} ${e.detail}`);
      expect(lines).toEqual(['cli:ana resume ok duress', 'cli:ana resume not-stopped ', 'cli:budi unlock not-locked ', 'cli:budi unlock ok ']);

      const cards = createCardRenderer({ locales: app.locales, deployment: app.deployment, lang: 'en' });
      const line = (f: Record<string, string>) => eventLine({ t: (k, a) => app.locales.t('en', k, a), cards, sealer: app.sealer }, '1-0', { case: id, urgency: 'critical', at: String(Date.now()), ...f });
      expect(line({ type: 'case.duress' })).toContain('DURESS word: nothing goes to their chat until `resume`');
      expect(line({ type: 'case.cant-talk', state: 'on' })).toContain('"can\'t talk": the bot is silent for their chat');
      expect(line({ type: 'case.reply', state: 'announced', count: '1', waiting: 'code-word' })).toContain('told "you have a new message"; shown after their code word');
      expect(line({ type: 'case.reply', state: 'delivered', count: '1', rule: 'typed-reply' })).toContain('answer delivered (1), in reply to a message they typed');
      expect(line({ type: 'case.reply', state: 'held', why: 'stopped' })).toContain('answer held (their chat is stopped)');
      expect(line({ type: 'case.release-locked', tries: '5' })).toContain('answers locked after 5 wrong code-word tries');
      expect(line({ type: 'case.resumed', officer: 'cli:ana' })).toContain('messages to their chat resumed · cli:ana');
      expect(line({ type: 'case.person-active', by: 'code' })).toBeUndefined();
    });
  });

  describe('usage', () => {
    it('prints usage for help, and for no command with exit 2', async () => {
      const [help, none, unknown, noId, lang, option] = await Promise.all([
        desk(['help']), desk([]), desk(['frobnicate']), as('ana', 'claim'), desk(['--lang', 'fr', 'list']), desk(['--nope', 'list']),
      ]);
      expect(help.code).toBe(0);
      expect(help.stdout).toContain('Usage: npm run desk -- [--as NAME] [--lang LANG] COMMAND');
      expect(none.code).toBe(2);
      expect(none.stderr).toContain('Usage: npm run desk');
      expect(unknown.code).toBe(2);
      expect(unknown.stderr).toContain('Unknown command "frobnicate".');
      expect(noId.code).toBe(2);
      expect(noId.stderr).toContain('Which case?');
      expect(lang.code).toBe(2);
      expect(lang.stderr).toContain('Tidak ada bahasa meja "fr"'); // a bad --lang: the deployment's desk language answers
      expect(option.code).toBe(2);
      expect(option.stderr).toContain("Unknown option '--nope'");
    });
  });

  it('records every action in the audit stream with the officer id', async () => {
    const entries = await audit();
    const seen = new Set(entries.map((e) => `${e.officer} ${e.action} ${e.result}`));
    for (const line of [
      'cli:ana view ok', 'cli:budi view ok', 'cli:ana view missing',
      'cli:ana claim ok', 'cli:ana claim already', 'cli:budi claim taken', 'cli:budi claim closed',
      'cli:budi unclaim taken', 'cli:budi unclaim ok', 'cli:ana unclaim not-claimed',
      'cli:ana note ok', 'cli:ana reply ok', 'cli:ana reply gone', 'cli:ana reply missing', 'cli:budi request-location ok',
      'cli:ana status bad-duplicate', 'cli:ana status ok', 'cli:budi status ok', 'cli:budi status already', 'cli:ana status taken',
      'cli:ana lower ok', 'cli:budi lower taken', 'cli:ana lower already', 'cli:ana lower not-lower', 'cli:budi restore ok', 'cli:budi restore not-lowered',
    ]) expect(seen, line).toContain(line);
    expect(entries.every((e) => /^cli:[a-z]+$/.test(e.officer!) && e.at && e.case)).toBe(true);
  });

  it('watches: prints the queue, then one line per new case event, and stops cleanly on Ctrl-C', async () => {
    let stdout = '';
    let interrupt: (() => void) | undefined;
    const watching = runDeskCommand(['--lang', 'en', 'watch'], {
      ...deps(),
      env: {},
      out: { write: (chunk: string) => { stdout += chunk; return true; } },
      err: { write: () => true },
      onInterrupt: (stop) => {
        interrupt = stop;
        return () => (interrupt = undefined);
      },
    });
    try {
      await waitFor(() => stdout, /Watching for case events/);
      expect(stdout).toContain(ids[0]);
      await app.desk.claim(ids[1]!, { id: 'cli:zed', supervisor: false });
      await waitFor(() => stdout, new RegExp(`${ids[1]} · 🔴 CRITICAL · claimed · cli:zed`));
      await danger('9005', 'tolong saya disekap', 'id');
      await waitFor(() => stdout, /· new case\n/);
      await app.desk.note(ids[1]!, { id: 'cli:zed', supervisor: false }, 'checking');
      await waitFor(() => stdout, /note added · cli:zed/);
      await app.desk.lower(ids[1]!, { id: 'cli:zed', supervisor: false }, 'high', 'a film, not danger');
      await waitFor(() => stdout, new RegExp(`${ids[1]} · 🟠 HIGH · lowered from 🔴 CRITICAL · cli:zed`));
      expect(stdout).not.toContain('checking');
      expect(stdout).not.toContain('a film');
    } finally {
      interrupt?.();
    }
    expect(await watching).toBe(0);
    expect(interrupt).toBeUndefined(); // it stopped listening for Ctrl-C
  });

  it('shows every change made after /restart, flagged, when the card has no room for all', async () => {
    const address = '9006';
    await danger(address, 'tolong saya disekap', 'id');
    const id = (await app.cases.listOpen()).find((c) => c.private.address === address)!.id;
    let n = 100;
    const send = (body: InboundBody) =>
      app.hotline.receive({ channel: 'telegram', address, messageId: String(++n), at: Date.now(), languageHint: 'id', body });
    await send({ kind: 'command', command: 'restart' });
    for (let i = 0; i < 8; i++) await send({ kind: 'location', lat: 10.6 + i / 100, lon: 103.5, live: false });
    const r = await as('ana', 'show', id);
    expect(r.code).toBe(0);
    // The card shows the latest six; `show` lists all ten below it (eight pins, and the country and place of the first).
    expect(r.stdout).toContain('⚠ … and 4 earlier change(s) that may not be the person\'s');
    expect(r.stdout).toContain("All 10 changes that may not be the person's (kept, none lowered the urgency):");
    expect(r.stdout).toContain('  ⚠ Changed after /restart (may not be the person): country: — → Cambodia');
    const lines = r.stdout.split('\n').filter((l) => l.startsWith('  ⚠ Changed after /restart (may not be the person): where: '));
    expect(lines).toHaveLength(8);
    expect(lines[0]).toContain('— → 📍 10.60000, 103.50000');
    expect(lines[7]).toContain('📍 10.66000, 103.50000 → 📍 10.67000, 103.50000');
    expect(r.stdout).toContain(`🔴 CRITICAL · ${id} · new`);
  });

  describe('link and notlink', () => {
    it('shows a possible link with its commands, confirms it on both cards, and rejects another for good, audited', async () => {
      const linker = createLinker({ redis: t.redis, keys: app.keys, sealer: app.sealer, callingCode: app.deployment.embassy.callingCode, logger: silent, group: 'linker-cli' });
      const mother = await relativeReport(person(app, '9501'), { name: 'Agus Saputra', age: '23', hometown: 'Indramayu' });
      const self = await selfReport(app, person(app, '9502'), { name: 'Agus Saputra', about: '24, Indramayu' });
      const aunt = await relativeReport(person(app, '9503'), { name: 'Agus Saputra', age: '25', hometown: 'Indramayu' });
      for (const id of [mother, aunt, self]) await linker.processCase(id);
      const shown = await as('ana', 'show', self);
      expect(shown.stdout).toContain(`❓ Possible match, confirm or reject: ${mother}, missing-person report, new: «Agus Saputra», age 23, from «Indramayu», Cambodia, reported by a parent`);
      expect(shown.stdout).toContain(`  npm run desk -- link ${self} ${mother}\n  npm run desk -- notlink ${self} ${mother}`);

      expect(await as('ana', 'link', self.toLowerCase(), mother)).toEqual({ code: 0, stdout: `${self} and ${mother} are the same person: both cards show both.\n`, stderr: '' });
      expect((await as('ana', 'show', mother)).stdout).toContain(`🔗 Same person (an officer confirmed): ${self}, self-report, new: «Agus Saputra», age 24, from «Indramayu», Cambodia`);
      expect((await as('ana', 'show', self)).stdout).toContain(`🔗 Same person (an officer confirmed): ${mother}`);

      expect((await as('budi', 'notlink', self, aunt)).code).toBe(0);
      await linker.processCase(self);
      await linker.processCase(aunt);
      expect((await app.cases.get(aunt))!.possibleLinks).toEqual([mother]); // the two relatives' reports may be one person too
      expect((await app.cases.get(self))!.possibleLinks).toEqual([]);
      expect((await as('budi', 'notlink', self, aunt)).stdout).toContain('were already marked as not the same person');
      expect(await audit()).toEqual(expect.arrayContaining([
        expect.objectContaining({ officer: 'cli:ana', action: 'link-confirm', case: self, result: 'ok', detail: mother }),
        expect.objectContaining({ officer: 'cli:budi', action: 'link-reject', case: self, result: 'ok', detail: aunt }),
        expect.objectContaining({ officer: 'cli:budi', action: 'link-reject', case: self, result: 'already', detail: aunt }),
      ]));

      expect(await as('ana', 'link', self, 'KH-ZZZZ')).toMatchObject({ code: 1, stderr: `There is no case ${self} or KH-ZZZZ.\n` });
      expect(await as('ana', 'link', self)).toMatchObject({ code: 2 });
    });
  });
});

// The edges only the real process has: its environment, its exit code and signals. Starting node with tsx
// takes a second or more, so these run side by side and do not depend on each other.
describe.concurrent('npm run desk, as a process', { timeout: 30_000 }, () => {
  let t: TestRedis;
  let app: App;
  /** One critical case, opened by a danger message. */
  let id: string;
  let danger: ReturnType<typeof dangerOn>;
  const env = (extra: Record<string, string> = {}) => ({
    ...process.env,
    REDIS_URL: inject('redisUrl'),
    REDIS_PREFIX: t.prefix,
    DATA_KEY: dataKey.toString('base64'),
    LOG_LEVEL: 'silent',
    DESK_OFFICER: '',
    DESK_SUPERVISOR: '',
    ...extra,
  });
  const cli = ['--import', 'tsx', 'src/cli/desk.ts'];
  /** Runs the real CLI; `--lang en` unless the arguments choose. */
  const desk = async (args: string[], extra: Record<string, string> = {}): Promise<Result> => {
    const argv = args.includes('--lang') ? args : ['--lang', 'en', ...args];
    try {
      const { stdout, stderr } = await run(process.execPath, [...cli, ...argv], { env: env(extra) });
      return { code: 0, stdout, stderr };
    } catch (err) {
      const e = err as { code: number; stdout: string; stderr: string };
      return { code: e.code, stdout: e.stdout, stderr: e.stderr };
    }
  };

  beforeAll(async () => {
    t = await testRedis();
    app = hotline(t);
    danger = dangerOn(app);
    await danger('9101', 'help they beat me', 'en');
    const open = await app.cases.listOpen();
    expect(open).toHaveLength(1);
    id = open[0]!.id;
  });
  afterAll(() => t.cleanup());

  it('prints the usage and exits 2 without a command', async () => {
    const none = await desk([]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('Usage: npm run desk');
  });

  it('claims a case end to end, as the officer DESK_OFFICER in its environment names', async () => {
    const r = await desk(['claim', id.toLowerCase()], { DESK_OFFICER: 'Budi' });
    expect(r).toMatchObject({ code: 0, stdout: `${id} is yours now.\n`, stderr: '' });
    expect((await app.cases.get(id))?.claimedBy).toBe('cli:budi');
    expect(await auditOf(t.redis, app.keys)).toContainEqual(expect.objectContaining({ officer: 'cli:budi', action: 'claim', case: id, result: 'ok' }));
  });

  it('watches the events until SIGINT, then exits 0', async () => {
    const child = spawn(process.execPath, [...cli, '--lang', 'en', 'watch'], { env: env() });
    let stdout = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    try {
      await waitFor(() => stdout, /Watching for case events/);
      // an event seen means the watch is reading, so Ctrl-C is its own
      await danger('9102', 'tolong saya disekap', 'id');
      await waitFor(() => stdout, /· new case\n/);
    } finally {
      child.kill('SIGINT');
    }
    expect(await exited).toBe(0);
  });
});
