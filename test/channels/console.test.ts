import { PassThrough } from 'node:stream';
import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src/app.js';
import { createConsoleChannel, formatForConsole, parseConsoleLine } from '../../src/channels/console/console-channel.js';
import { testRedis, type TestRedis } from '../support/redis.js';
import { intakeRenderer } from '../support/renderers.js';

describe('console channel', () => {
  let t: TestRedis;
  let app: App;
  beforeEach(async () => {
    t = await testRedis();
    app = createApp({
      config: { dataKey: Buffer.alloc(32, 2), deploymentFile: 'data/deployment.json', conversationTtlSeconds: 3600, redis: { prefix: t.prefix } },
      redis: t.redis,
      logger: pino({ level: 'silent' }),
    });
  });
  afterEach(() => t.cleanup());

  it('reads commands, locations and a stand-in photo from a line', () => {
    expect(parseConsoleLine('/start')).toEqual({ kind: 'command', command: 'start' });
    expect(parseConsoleLine('/loc 11.56, 104.92')).toEqual({ kind: 'location', lat: 11.56, lon: 104.92, live: false });
    expect(parseConsoleLine('/photo')).toMatchObject({ kind: 'media', media: 'photo' });
    expect(parseConsoleLine('/unknown')).toEqual({ kind: 'text', text: '/unknown' });
    expect(parseConsoleLine('/discreet')).toEqual({ kind: 'command', command: 'discreet' });
    expect(parseConsoleLine('/diskret')).toEqual({ kind: 'command', command: 'discreet' });
    expect(parseConsoleLine('/bahasa')).toEqual({ kind: 'command', command: 'language' });
    expect(parseConsoleLine('/constructor')).toEqual({ kind: 'text', text: '/constructor' });
  });

  it('runs an intake in the terminal: numbered buttons, a typed number picks one, a pin by /loc', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    let printed = '';
    output.on('data', (chunk: Buffer) => (printed += chunk.toString()));
    const terminal = createConsoleChannel({ hotline: app.hotline, logger: pino({ level: 'silent' }), input, output, languageHint: 'en' });
    await terminal.start();
    for (const line of ['/start', '1', '1', '2', '/loc 16.646,98.507', '/photo']) input.write(`${line}\n`);
    input.end();
    await terminal.closed;
    expect(printed).toContain('bot>   [1] Yes, I agree');
    expect(printed).toContain('Are you in danger right now?');
    expect(printed).toContain('[Share location: type /loc <latitude>,<longitude>]');
    expect(printed).toContain('What is happening to you?');
    expect(printed).toContain('We cannot read photos');
    expect(printed.indexOf('We cannot read photos')).toBeGreaterThan(printed.indexOf('What is happening to you?'));
  });

  it('does not number buttons where a typed number is an answer (how many people)', () => {
    const people = intakeRenderer(app).ask('people', { lang: 'en', prompt: 1, editing: false, reasons: [], answers: { situation: [] } })!;
    const shown = formatForConsole(people);
    expect(shown).toContain('bot>   - Only me');
    expect(shown).not.toMatch(/\[\d\]/);
  });
});
