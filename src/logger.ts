/**
 * The root logger. Personal data never reaches a log line: code logs ids only, and `redact` removes the
 * fields that could carry text, names, phone numbers or places if one slips through.
 *
 * Errors go through one serializer, {@link serializeError}, under `err`, `error` and `cause` (and
 * anywhere in a library's log object, see {@link createLibraryLogger}). Libraries hang the data they
 * were handling on their errors (ioredis `command.args`, grammY `payload`, Boom `data`), so the
 * serializer copies an allow-list instead of every field:
 *
 * - kept: `type` (the class name: pino's key, because `name` is redacted everywhere as a person's
 *   name), `message`, `code`, `stack` (frames, under the cleaned message), our error classes' context
 *   ({@link ERROR_FIELDS}: ids such as `personId`, `caseId`, `channel`), grammY's `method`, `error_code`
 *   and `retry_after`, Boom's `statusCode`, the Redis command's name (`command: 'evalsha'`), and the
 *   nested errors `cause`, `errors` (AggregateError), `error` (grammY HttpError and BotError),
 *   serialized by the same rules;
 * - dropped: everything else, e.g. ioredis `command.args` and `previousErrors`, grammY `payload`,
 *   `parameters` and `ctx`, Boom `data` and `output`, HTTP clients' `config`, `request`, `response`.
 *
 * Messages can quote data too: a Lua script's `error()` text is whatever the script put in it, Redis
 * echoes an unknown command's arguments, Telegram's "can't parse entities" quotes the text. So every
 * message (and stack) in the error has each argument value of the failed call (strings of 3+
 * characters, numbers of 6+ digits, and the strings inside JSON arguments) replaced by `[redacted]`,
 * those two quoting tails cut, and WhatsApp JIDs and international phone numbers masked. A script
 * that builds its error text from part of an argument is not caught: scripts name the op, never data.
 * Stacks keep their frames under the cleaned message. Log message strings get the JID and phone masking
 * too (a `logMethod` hook), for the libraries that put them in template literals.
 */
import { pino, type Logger } from 'pino';

export type { Logger };

const CENSOR = '[redacted]';

/**
 * Fields that can carry personal data on ordinary log objects: message text and captions, people's names,
 * phone numbers, places, inbound bodies, grammY contexts and Telegram updates, users and chats.
 * One level deep (`*.x`), because fast-redact wildcards match one level.
 */
const REDACT_PATHS = [
  'text', '*.text', 'caption', '*.caption', 'name', '*.name', 'address', '*.address', 'phone', '*.phone',
  'phone_number', '*.phone_number', 'location', '*.location', 'lat', 'lon', '*.lat', '*.lon', 'body', '*.body',
  'message.text', 'ctx', 'update', '*.update', 'from', '*.from', 'chat', '*.chat', 'first_name', '*.first_name',
  'last_name', '*.last_name', 'username', '*.username', 'password', '*.password',
];

/**
 * Context fields of our own error classes (ids and diagnostics, never personal data) and of Node.js
 * system errors, kept when their value is a primitive or a list of primitives.
 */
const ERROR_FIELDS = [
  'personId', 'caseId', 'channel', 'messageId', 'attempt', 'attempts', 'reason', 'context', 'problems', 'file',
  'status', 'statusCode', 'waitedMs', 'binary', 'dataDir', 'port', 'exitCode', 'signal', 'outputTail',
  'errno', 'syscall', 'error_code', 'method',
] as const;

/** Nested errors serialized by the same rules. */
const NESTED_ERRORS = ['cause', 'error', 'lastNodeError'] as const;

const MAX_DEPTH = 5; // cause chains deeper than this are cut
const MAX_LIST = 20; // AggregateError `errors`, `problems`
const MAX_SECRETS = 500;

/** WhatsApp JIDs (`6281234567890@s.whatsapp.net`, `…:3@lid`, groups) and `+`-prefixed phone numbers. */
const JID = /[\w.:+-]*@(?:s\.whatsapp\.net|c\.us|g\.us|lid|broadcast|newsletter|hosted\.lid|hosted)(?![\w.])/g;
const PHONE = /\+\d[\d ().-]{6,20}\d/g;
/** Redis: "ERR unknown command 'x', with args beginning with: 'a' 'b'". Telegram: "can't parse entities: …". */
const QUOTING_TAILS = /(with args beginning with:|can't parse entities:).*$/s;

/** Masks JIDs and phone numbers in free text. */
function maskContacts(text: string): string {
  return text.replace(JID, '[jid]').replace(PHONE, '[phone]');
}

type Obj = Record<string, unknown>;
const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null;
/** Marks a serializer output, so that serializing it again (a library logger's object, then `err`) keeps it. */
const SERIALIZED = Symbol('serialized error');

/** The error's name for `type`: its `name`, or its class when the class left `name` at "Error". */
function typeOf(err: Obj): string | undefined {
  const name = err.name;
  if (err instanceof Error) {
    const ctor = err.constructor?.name;
    return typeof name === 'string' && name !== '' && !(name === 'Error' && ctor && ctor !== 'Error') ? name : ctor || 'Error';
  }
  // A plain object standing for an error ({ name, message } built by a caller): only an error-like name.
  return typeof name === 'string' && /^[A-Z][A-Za-z0-9]*(Error|Exception)$/.test(name) ? name : undefined;
}

function addSecret(value: string, secrets: Set<string>): void {
  if (value.length >= 3 && !(value.length < 6 && /^\d+$/.test(value))) secrets.add(value);
}

/** Every string and number inside a call's arguments (and inside JSON strings among them). */
function collectValues(value: unknown, secrets: Set<string>, depth: number): void {
  if (secrets.size >= MAX_SECRETS || depth > 8) return;
  if (typeof value === 'string') {
    addSecret(value, secrets);
    if (/^\s*[[{]/.test(value)) {
      try {
        collectValues(JSON.parse(value), secrets, depth + 1);
      } catch {
        // not JSON after all
      }
    }
  } else if (typeof value === 'number' || typeof value === 'bigint') {
    addSecret(String(value), secrets);
  } else if (isObject(value) && !ArrayBuffer.isView(value)) {
    for (const v of Array.isArray(value) ? value : Object.values(value)) collectValues(v, secrets, depth + 1);
  }
}

/** The argument values the libraries attached anywhere in the error tree: what its messages must not quote. */
function collectSecrets(err: unknown, secrets: Set<string>, seen: Set<unknown>, depth: number): void {
  if (!isObject(err) || seen.has(err) || depth > MAX_DEPTH) return;
  seen.add(err);
  const command = err.command;
  if (isObject(command)) collectValues(command.args, secrets, 0); // ioredis
  collectValues(err.args, secrets, 0);
  collectValues(err.payload, secrets, 0); // grammY
  collectValues(err.data, secrets, 0); // Boom
  if (isObject(err.ctx)) collectValues(err.ctx.update, secrets, 0); // grammY BotError
  if (Array.isArray(err.previousErrors)) for (const e of err.previousErrors) collectSecrets(e, secrets, seen, depth + 1);
  if (Array.isArray(err.errors)) for (const e of err.errors.slice(0, MAX_LIST)) collectSecrets(e, secrets, seen, depth + 1);
  for (const key of NESTED_ERRORS) collectSecrets(err[key], secrets, seen, depth + 1);
}

function scrub(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) if (out.includes(secret)) out = out.split(secret).join(CENSOR);
  return maskContacts(out.replace(QUOTING_TAILS, `$1 ${CENSOR}`));
}

function safeValue(value: unknown, secrets: readonly string[]): unknown {
  if (typeof value === 'string') return scrub(value, secrets);
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return value;
  if (Array.isArray(value)) {
    const items = value.slice(0, MAX_LIST).filter((v) => v === null || typeof v !== 'object');
    return items.map((v) => safeValue(v, secrets));
  }
  return undefined;
}

function serializeOne(err: unknown, secrets: readonly string[], seen: Set<unknown>, depth: number): unknown {
  if (!isObject(err)) return safeValue(err, secrets);
  if (SERIALIZED in err) return err;
  if (seen.has(err)) return '[circular]';
  if (depth > MAX_DEPTH) return '[cause chain cut]';
  seen.add(err);
  if (Array.isArray(err)) return err.slice(0, MAX_LIST).map((e) => serializeOne(e, secrets, seen, depth + 1));

  const out: Obj = {};
  Object.defineProperty(out, SERIALIZED, { value: true });
  const type = typeOf(err);
  if (type) out.type = type;
  const message = typeof err.message === 'string' ? scrub(err.message, secrets) : undefined;
  if (message !== undefined) out.message = message;
  if (typeof err.code === 'string' || typeof err.code === 'number') out.code = err.code;
  for (const key of ERROR_FIELDS) {
    const value = safeValue(err[key], secrets);
    if (value !== undefined) out[key] = value;
  }
  const boomStatus = isObject(err.output) ? err.output.statusCode : undefined; // Boom keeps it under output
  if (out.statusCode === undefined && typeof boomStatus === 'number') out.statusCode = boomStatus;
  const retryAfter = isObject(err.parameters) ? err.parameters.retry_after : undefined; // grammY, on 429
  if (typeof retryAfter === 'number') out.retry_after = retryAfter;
  if (isObject(err.command) && typeof err.command.name === 'string') out.command = err.command.name; // ioredis
  if (typeof err.stack === 'string') {
    // The stack's first lines repeat the raw message: keep only the frames, under the cleaned message.
    const frames = err.stack.split('\n').filter((line) => /^\s+at /.test(line));
    out.stack = [`${type ?? 'Error'}: ${message ?? ''}`, ...frames].join('\n');
  }
  for (const key of NESTED_ERRORS) {
    if (err[key] !== undefined && err[key] !== null) out[key] = serializeOne(err[key], secrets, seen, depth + 1);
  }
  if (Array.isArray(err.errors)) out.errors = serializeOne(err.errors, secrets, seen, depth + 1);
  return out;
}

/**
 * Serializes an error (or a `{ name, message }` object standing for one) for a log line: the allow-listed
 * fields only, with the call's argument values cut out of every message. See the module comment.
 */
export function serializeError(err: unknown): unknown {
  const secrets = new Set<string>();
  collectSecrets(err, secrets, new Set(), 0);
  const longestFirst = [...secrets].sort((a, b) => b.length - a.length);
  return serializeOne(err, longestFirst, new Set(), 0);
}

/**
 * For a library's own log objects (Baileys): errors anywhere are serialized, bytes are summarized,
 * JIDs and phone numbers in strings are masked, including bare numbers (a JID's user part).
 */
function maskLibraryValue(value: unknown, seen: Set<unknown>, depth: number): unknown {
  if (typeof value === 'string') return /^\+?\d{8,15}$/.test(value) ? '[phone]' : maskContacts(value);
  if (!isObject(value)) return value;
  if (value instanceof Error) return serializeError(value);
  if (ArrayBuffer.isView(value)) return `[${value.byteLength} bytes]`;
  if (seen.has(value) || depth > 6) return '[…]';
  seen.add(value);
  if (Array.isArray(value)) return value.map((v) => maskLibraryValue(v, seen, depth + 1));
  const out: Obj = {};
  for (const [key, v] of Object.entries(value)) out[key] = maskLibraryValue(v, seen, depth + 1);
  return out;
}

/**
 * The logger handed to a library (Baileys): a child of `parent` with `{ module }`, at `level`, with the
 * root's redaction and error serializer, and its log objects passed through the masking above (Baileys
 * logs JIDs, binary nodes and raw errors under many keys). Baileys logs no message content; its debug and
 * trace output still shows ids and timings, and stays a debugging aid.
 */
export function createLibraryLogger(parent: Logger, opts: { module: string; level: string }): Logger {
  return parent.child(
    { module: opts.module },
    { level: opts.level, formatters: { log: (obj) => maskLibraryValue(obj, new Set(), 0) as Obj } },
  );
}

/** The root logger (JSON lines on stderr unless `destination` is given); every other logger is its child. */
export function createLogger(opts: { level: string; destination?: pino.DestinationStream }): Logger {
  return pino(
    {
      level: opts.level,
      base: { app: 'hotline' },
      redact: { paths: REDACT_PATHS, censor: CENSOR },
      serializers: { err: serializeError, error: serializeError, cause: serializeError },
      hooks: {
        // A message string (ours, or a library's template literal) never carries a JID or a phone number.
        logMethod(args, method) {
          for (let i = 0; i < args.length; i++) if (typeof args[i] === 'string') (args as unknown[])[i] = maskContacts(args[i] as string);
          return method.apply(this, args);
        },
      },
    },
    opts.destination ?? pino.destination({ fd: 2, sync: false }),
  );
}
