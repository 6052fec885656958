import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createApp, type App } from '../../src/app.js';
import { runCasesCommand } from '../../src/cli/cases/run-cases-command.js';
import type { InboundBody } from '../../src/core/messages.js';
import { createLinker } from '../../src/cases/linker.js';
import { testRedis, type TestRedis } from '../support/redis.js';
import { myselfLabel } from '../support/who.js';

const run = promisify(execFile);
const dataKey = Buffer.alloc(32, 5);

/** Runs `npm run cases` in-process on the app's cases; resolves to what it printed, as the process would. */
async function listing(app: App, args: string[]): Promise<{ stdout: string }> {
  let stdout = '';
  const out = { write: (chunk: string) => { stdout += chunk; return true; } };
  await runCasesCommand(args, { out, open: async () => ({ cases: app.cases, close: async () => undefined }) });
  return { stdout };
}

describe('npm run cases', () => {
  let t: TestRedis;
  let app: App;
  const cli = (...args: string[]) => listing(app, args);
  /** The real CLI, as a process. */
  const processCli = (...args: string[]) =>
    run(process.execPath, ['--import', 'tsx', 'src/cli/cases.ts', ...args], {
      env: { ...process.env, REDIS_URL: inject('redisUrl'), REDIS_PREFIX: t.prefix, DATA_KEY: dataKey.toString('base64'), LOG_LEVEL: 'silent' },
    });

  beforeAll(async () => {
    t = await testRedis();
    app = createApp({
      config: { dataKey, deploymentFile: 'data/deployment.json', conversationTtlSeconds: 3600, redis: { prefix: t.prefix } },
      redis: t.redis,
      logger: pino({ level: 'silent' }),
    });
    let n = 0;
    const say = (address: string, body: InboundBody) =>
      app.hotline.receive({ channel: 'telegram', address, messageId: String(++n), at: Date.now(), languageHint: 'en', body });
    // An older high case (many people held), then a newer critical one.
    for (const [address, body] of [
      ['111', { kind: 'command', command: 'start' }],
      ['111', { kind: 'text', text: 'Yes, I agree' }],
      ['111', { kind: 'text', text: myselfLabel('en') }],
      ['111', { kind: 'text', text: 'No, not right now' }],
      ['111', { kind: 'text', text: 'Poipet, Building Nine' }],
      ['111', { kind: 'text', text: 'Done' }],
      ['111', { kind: 'text', text: '40' }],
      ['222', { kind: 'command', command: 'start' }],
      ['222', { kind: 'text', text: 'they beat me' }],
    ] as Array<[string, InboundBody]>) {
      await say(address, body);
    }
  });
  afterAll(() => t.cleanup());

  it('lists open cases as JSON, most urgent first, without personal data unless asked', async () => {
    const { stdout } = await cli('--json');
    const cases = JSON.parse(stdout) as Array<{ id: string; urgency: string; reasons: string[]; private?: unknown }>;
    expect(cases.map((c) => [c.urgency, c.reasons])).toEqual([
      ['critical', ['danger-words']],
      ['high', ['many-people']],
    ]);
    expect(stdout).not.toContain('Building Nine');
    expect(stdout).not.toContain('"111"');
    const detailed = JSON.parse((await cli('--json', '--details')).stdout) as Array<{ private: { address: string } }>;
    expect(detailed.map((c) => c.private.address)).toEqual(['222', '111']);
  });

  it('prints a table in the same order', async () => {
    const { stdout } = await cli();
    const lines = stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^CASE\s+KIND\s+URGENCY\s+AGE\s+STATUS\s+INTAKE\s+COUNTRY\s+LANG\s+PEOPLE\s+REASONS\s+LINKS$/);
    expect(lines[1]).toMatch(/^KH-\w{4}\s+self-report\s+critical\s+\d+m\s+new\s+ongoing\s+\?\s+en\s+\?\s+danger-words$/);
    expect(lines[2]).toMatch(/^KH-\w{4}\s+self-report\s+high\s+\d+m\s+new\s+ongoing\s+KH\s+en\s+40\s+many-people$/);
    expect(lines[3]).toBe('2 open case(s).');
  });

  it('runs as a process on the configured Redis', async () => {
    const { stdout, stderr } = await processCli('--json');
    const cases = JSON.parse(stdout) as Array<{ urgency: string }>;
    expect(cases.map((c) => c.urgency)).toEqual(['critical', 'high']);
    expect(stdout).not.toContain('Building Nine');
    expect(stderr).toBe('');
  });
});

describe('npm run cases with linked reports', () => {
  let t: TestRedis;
  let app: App;
  const cli = (...args: string[]) => listing(app, args);

  beforeAll(async () => {
    t = await testRedis();
    app = createApp({
      config: { dataKey, deploymentFile: 'data/deployment.json', conversationTtlSeconds: 3600, redis: { prefix: t.prefix } },
      redis: t.redis,
      logger: pino({ level: 'silent' }),
    });
    let n = 0;
    const say = (channel: 'telegram' | 'whatsapp', address: string, body: InboundBody) =>
      app.hotline.receive({ channel, address, messageId: String(++n), at: Date.now(), languageHint: 'en', body });
    // A mother reports her son (with his phone number) by typing the button words...
    for (const text of ['hi', 'Yes, I agree', 'I am reporting someone else (missing person)', 'My son or daughter', 'Adi Saputra', '23', 'Man', 'Cirebon', "I don't know / skip",
      '0812-5555-6666', '2 weeks ago', "I don't know / skip", 'Cambodia', 'Poipet', "I don't know / skip", "I don't know / skip", "I don't know / skip", "I don't know / skip", 'Done', 'Here, in this chat', 'Any time', 'Send to the embassy']) {
      await say('telegram', '777', { kind: 'text', text });
    }
    // ...and later he writes himself, from WhatsApp, with that number.
    await say('whatsapp', '6281255556666@s.whatsapp.net', { kind: 'command', command: 'start' });
    await say('whatsapp', '6281255556666@s.whatsapp.net', { kind: 'text', text: 'SOS' });
    const linker = createLinker({ redis: t.redis, keys: app.keys, sealer: app.sealer, callingCode: app.deployment.embassy.callingCode, logger: pino({ level: 'silent' }) });
    while ((await linker.pollOnce()) > 0);
  });
  afterAll(() => t.cleanup());

  it('shows a relative’s report and the person’s own case as linked', async () => {
    const lines = (await cli()).stdout.trim().split('\n');
    const self = /^(KH-\w{4})\s+self-report\s+critical\s.*\s(KH-\w{4})$/.exec(lines[1]!);
    const report = /^(KH-\w{4})\s+missing-person\s+normal\s.*\s(KH-\w{4})$/.exec(lines[2]!);
    expect(self, lines.join('\n')).not.toBeNull();
    expect(report, lines.join('\n')).not.toBeNull();
    expect(self![2]).toBe(report![1]);
    expect(report![2]).toBe(self![1]);
    const json = JSON.parse((await cli('--json')).stdout) as Array<{ kind: string; links: string[] }>;
    expect(json.map((c) => [c.kind, c.links.length])).toEqual([['self-report', 1], ['missing-person', 1]]);
  });
});
