import { Boom } from '@hapi/boom';
import { GrammyError, HttpError } from 'grammy';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLibraryLogger, createLogger, type Logger } from '../src/logger.js';
import { testRedis, type TestRedis } from './support/redis.js';

interface LogLine {
  msg: string;
  err?: Record<string, unknown>;
  [key: string]: unknown;
}

/** The root logger writing to memory: `raw()` is every line as written, `lines` the parsed ones. */
function memoryLogger(level = 'debug'): { logger: Logger; lines: LogLine[]; raw: () => string } {
  const written: string[] = [];
  const lines: LogLine[] = [];
  const write = (line: string): void => {
    written.push(line);
    lines.push(JSON.parse(line) as LogLine);
  };
  return { logger: createLogger({ level, destination: { write } }), lines, raw: () => written.join('') };
}

// What a case's fields look like on their way into a script: the person's name, phone number and place.
const CASE_FIELDS = JSON.stringify({ name: 'Amina Rahman', phone: '+6281234567890', location: 'KK Park, Myawaddy' });
const SECRETS = ['Amina', 'Rahman', '6281234567890', 'Myawaddy', 'KK Park'];

function expectNoSecrets(text: string, secrets: readonly string[] = SECRETS): void {
  for (const secret of secrets) expect(text).not.toContain(secret);
}

async function rejectionOf(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (err) {
    return err as Error;
  }
  throw new Error('expected the call to fail');
}

describe('logger', () => {
  describe('with a real ioredis error', () => {
    let t: TestRedis;
    beforeAll(async () => {
      t = await testRedis();
    });
    afterAll(() => t.cleanup());

    it('logs a failing script without its arguments or the text its error quotes', async () => {
      const { logger, lines, raw } = memoryLogger();
      const key = `${t.prefix}case:K7Q`;
      const replied = await rejectionOf(t.redis.eval('return redis.error_reply(ARGV[1])', 1, key, CASE_FIELDS));
      const raised = await rejectionOf(t.redis.eval("error('no match for ' .. cjson.decode(ARGV[1]).name)", 1, key, CASE_FIELDS));
      expect(replied.message).toContain('Amina Rahman'); // the library's own error does carry it
      expect((replied as Error & { command?: unknown }).command).toBeDefined();

      logger.error({ err: replied, caseId: 'K7Q' }, 'script failed');
      logger.error({ err: raised }, 'script failed');

      expectNoSecrets(raw());
      expect(raw()).not.toContain(key);
      expect(raw()).not.toContain('redis.error_reply');
      const [first, second] = lines;
      expect(first!.err).toMatchObject({ type: 'ReplyError', command: 'eval', message: '[redacted]' });
      expect(first!.err).not.toHaveProperty('args');
      expect(first!.caseId).toBe('K7Q');
      // The script's location and Lua's words stay: they say where it broke.
      expect(second!.err!.message).toMatch(/^ERR user_script:1: no match for \[redacted\] script: [0-9a-f]{40}, on @user_script:1\.$/);
      expect(second!.err!.stack).toMatch(/^ReplyError: ERR user_script:1: no match for \[redacted\]/);
    });

    it('logs a wrong-type command and an unknown command without their arguments', async () => {
      const { logger, lines, raw } = memoryLogger();
      const key = `${t.prefix}str`;
      await t.redis.set(key, 'x');
      const wrongType = await rejectionOf(t.redis.hget(key, CASE_FIELDS));
      const unknown = await rejectionOf(t.redis.call('NOSUCHCOMMAND', CASE_FIELDS));
      expect(unknown.message).toContain('Amina'); // Redis echoes the arguments of a command it does not know

      logger.warn({ err: wrongType }, 'read failed');
      logger.warn({ err: unknown }, 'call failed');

      expectNoSecrets(raw());
      expect(lines[0]!.err).toMatchObject({
        type: 'ReplyError',
        command: 'hget',
        message: 'WRONGTYPE Operation against a key holding the wrong kind of value',
      });
      expect(lines[1]!.err!.message).toBe("ERR unknown command 'NOSUCHCOMMAND', with args beginning with: [redacted]");
    });
  });

  it('logs a GrammyError with its method and code but not its payload', () => {
    const { logger, lines, raw } = memoryLogger();
    const cardText = 'Case K7Q — Amina Rahman, KK Park, Myawaddy, +6281234567890';
    const chatId = 5550001234;
    const err = new GrammyError(
      "Call to 'sendMessage' failed!",
      { ok: false, error_code: 429, description: 'Too Many Requests: retry after 7', parameters: { retry_after: 7, migrate_to_chat_id: -1009876543210 } },
      'sendMessage',
      { chat_id: chatId, text: cardText, reply_markup: { inline_keyboard: [[{ text: 'Claim Amina', callback_data: 'claim:K7Q' }]] } },
    );

    logger.warn({ err, caseId: 'K7Q' }, 'desk post failed');

    expectNoSecrets(raw(), [...SECRETS, String(chatId), '9876543210', 'claim:K7Q']);
    expect(lines[0]!.err).toEqual({
      type: 'GrammyError',
      message: "Call to 'sendMessage' failed! (429: Too Many Requests: retry after 7)",
      error_code: 429,
      method: 'sendMessage',
      retry_after: 7,
      stack: expect.stringMatching(/^GrammyError: Call to 'sendMessage' failed! \(429: Too Many Requests: retry after 7\)\n\s+at /),
    });
  });

  it('cuts the text Telegram quotes when it cannot parse entities', () => {
    const { logger, raw } = memoryLogger();
    const err = new GrammyError(
      "Call to 'sendMessage' failed!",
      { ok: false, error_code: 400, description: 'Bad Request: can\'t parse entities: Unsupported start tag "Amina" at byte offset 3' },
      'sendMessage',
      { chat_id: 42, text: 'Hi <Amina>' },
    );
    logger.warn({ err }, 'send failed');
    expectNoSecrets(raw());
    expect(raw()).toContain("can't parse entities: [redacted]");
  });

  it('keeps an error\'s name, under `type`, for errors that set it and for `{ name, message }` objects', () => {
    const { logger, lines } = memoryLogger();
    class LeaseTimeoutError extends Error {
      constructor(readonly personId: string) {
        super(`timed out waiting for the processing lease of person ${personId}`);
        this.name = 'LeaseTimeoutError';
      }
    }
    class UsageError extends Error {} // leaves `name` at "Error": the class name is used
    logger.error({ err: new LeaseTimeoutError('p-3f9a') }, 'a');
    logger.error({ err: new UsageError('bad flag') }, 'b');
    logger.error({ err: { name: 'ReplyError', code: 'ECONNRESET', message: 'read ECONNRESET' } }, 'c');
    logger.error(new TypeError('boom'), 'd');

    expect(lines[0]!.err).toMatchObject({ type: 'LeaseTimeoutError', personId: 'p-3f9a' });
    expect(lines[1]!.err).toMatchObject({ type: 'UsageError', message: 'bad flag' });
    expect(lines[2]!.err).toEqual({ type: 'ReplyError', code: 'ECONNRESET', message: 'read ECONNRESET' });
    expect(lines[3]!.err).toMatchObject({ type: 'TypeError', message: 'boom' });
    expect(JSON.stringify(lines)).not.toContain('[redacted]');
  });

  it('still redacts personal data on ordinary log objects', () => {
    const { logger, lines, raw } = memoryLogger();
    logger.info(
      {
        caseId: 'K7Q',
        text: 'I am Amina Rahman',
        person: { name: 'Amina Rahman', phone: '+6281234567890', location: { lat: 16.7, lon: 98.5 } },
        from: { id: 5550001234, first_name: 'Amina', last_name: 'Rahman', username: 'amina_r' },
        body: { kind: 'text', text: 'KK Park, Myawaddy' },
        media: { caption: 'KK Park' },
      },
      'inbound',
    );
    expectNoSecrets(raw());
    expect(lines[0]).toMatchObject({
      caseId: 'K7Q',
      text: '[redacted]',
      person: { name: '[redacted]', phone: '[redacted]', location: '[redacted]' },
      from: '[redacted]',
      body: '[redacted]',
      media: { caption: '[redacted]' },
    });
  });

  it('serializes cause chains, AggregateError members and HttpError.error by the same rules', () => {
    const { logger, lines, raw } = memoryLogger();
    const redisError = Object.assign(new Error('WRONGTYPE Operation against a key holding the wrong kind of value'), {
      name: 'ReplyError',
      command: { name: 'hset', args: ['t:case:K7Q', 'fields', CASE_FIELDS] },
    });
    const grammy = new GrammyError("Call to 'sendMessage' failed!", { ok: false, error_code: 403, description: 'Forbidden: bot was blocked by the user' }, 'sendMessage', { chat_id: 5550001234, text: CASE_FIELDS });
    const network = new HttpError("Network request for 'sendMessage' failed!", Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:8081'), { code: 'ECONNREFUSED', syscall: 'connect', address: '127.0.0.1', port: 8081 }));
    const all = new AggregateError([grammy, network], 'every send failed');
    const outer = new Error('case not saved', { cause: new Error(`store failed for ${CASE_FIELDS}`, { cause: redisError }) });

    logger.error({ err: outer }, 'save failed');
    logger.error({ error: all, cause: redisError }, 'sends failed');

    expectNoSecrets(raw(), [...SECRETS, '5550001234']);
    const saved = lines[0]!.err as { cause: { message: string; cause: Record<string, unknown> } };
    expect(saved.cause.message).toBe('store failed for [redacted]');
    expect(saved.cause.cause).toMatchObject({ type: 'ReplyError', command: 'hset' });
    expect(saved.cause.cause).not.toHaveProperty('args');
    const sends = lines[1]!.error as { errors: Array<Record<string, unknown>> };
    expect(sends.errors[0]).toMatchObject({ type: 'GrammyError', error_code: 403, method: 'sendMessage' });
    expect(sends.errors[0]).not.toHaveProperty('payload');
    expect(sends.errors[1]).toMatchObject({ type: 'HttpError', error: { code: 'ECONNREFUSED', syscall: 'connect', port: 8081 } });
    expect(lines[1]!.cause).toMatchObject({ type: 'ReplyError', command: 'hset' });
  });

  it('drops what Boom carries besides its status code', () => {
    const { logger, lines, raw } = memoryLogger();
    const err = new Boom('Connection Closed', { statusCode: 428, data: { jid: '6281234567890@s.whatsapp.net', text: 'Amina' } });
    logger.warn({ err }, 'whatsapp closed');
    expectNoSecrets(raw());
    expect(lines[0]!.err).toMatchObject({ type: 'Error', message: 'Connection Closed', statusCode: 428 });
    expect(lines[0]!.err).not.toHaveProperty('data');
    expect(lines[0]!.err).not.toHaveProperty('output');
  });

  describe('createLibraryLogger', () => {
    it('masks JIDs and phone numbers and serializes errors under any key', () => {
      const { logger, lines, raw } = memoryLogger();
      const baileys = createLibraryLogger(logger, { module: 'baileys', level: 'trace' }).child({ class: 'socket' });
      const jid = '6281234567890@s.whatsapp.net';
      baileys.debug({ jid, user: '6281234567890', node: { tag: 'message', attrs: { from: jid, participant: '123456789012345:2@lid' }, content: new Uint8Array(16) } }, 'recv');
      baileys.info(`sending message to ${jid}`);
      baileys.warn({ e: new Boom(`Invalid jid: ${jid}`), ackErr: new Boom('x', { data: CASE_FIELDS }) }, 'failed');

      expectNoSecrets(raw(), ['6281234567890', '123456789012345']);
      expect(lines[0]).toMatchObject({ module: 'baileys', class: 'socket', jid: '[jid]', user: '[phone]', node: { attrs: { from: '[jid]', participant: '[jid]' }, content: '[16 bytes]' } });
      expect(lines[1]!.msg).toBe('sending message to [jid]');
      expect(lines[2]).toMatchObject({ e: { type: 'Error', message: 'Invalid jid: [jid]' }, ackErr: { type: 'Error', message: 'x' } });
    });

    it('is silent at the default level', () => {
      const { logger, raw } = memoryLogger('info');
      const baileys = createLibraryLogger(logger, { module: 'baileys', level: 'silent' });
      baileys.error({ err: new Error('x') }, 'failed');
      expect(raw()).toBe('');
    });
  });
});
