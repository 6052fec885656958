/**
 * A Lua script declared once: its file under src/redis/lua/, the names of its KEYS and ARGV in order,
 * and a typed function that runs it with one object naming every key and argument. The source sent to
 * Redis starts with a generated prelude that binds those same names,
 *
 *     local K = { conversation = KEYS[1], lease = KEYS[2] }  local A = { token = ARGV[1] }
 *
 * so the script body reads `K.lease`, `A.token`, and a value can only go where its name says. The
 * prelude also carries the case model's constants (src/cases/case-model.ts): `RANK`, `OPEN`, `FINAL`
 * and `SCORE_SHIFT`. It is one line, prepended to the file's first line, so a line number in a Redis
 * error is the line in the file.
 *
 * A call sends EVALSHA, and the full source with EVAL when Redis answers NOSCRIPT (after a restart or
 * SCRIPT FLUSH), as ioredis `defineCommand` does, but with nothing to register on the client first. (A
 * command defined on a client is missing from an auto-pipeline the client has already started, so
 * defining commands on first use loses calls; defining them up front is a step every caller must remember.)
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { RedisClient as Redis } from './redis-client.js';
import { finalStatuses, openStatuses, QUEUE_SCORE_SHIFT, urgencyRank } from '../cases/case-model.js';

/** What a script's argument may be: Redis receives it as a string (numbers in decimal) or raw bytes. */
export type LuaValue = string | number | Buffer;

/** How a script is declared. */
export interface LuaScriptSpec<K extends string, A extends string> {
  /** File name in src/redis/lua/. */
  file: string;
  /** KEYS, in order: the body reads `K.<name>`. */
  keys: readonly K[];
  /** ARGV, in order: the body reads `A.<name>`. */
  args: readonly A[];
  /** Return bulk strings as Buffers (raw bytes, e.g. a sealed snapshot) rather than UTF-8 strings. */
  buffers?: boolean;
  /**
   * A name for any further KEYS a call passes after the declared ones (`rest`): the body reads them as the
   * list `K.<name>` (in Lua, `K.<name>[1]` …). For a change over a varying number of keys (one person's cases).
   */
  restKeys?: string;
}

/** One call's keys and arguments, each by name. `Types` narrows some arguments (e.g. to a union of ops). */
export interface LuaCall<K extends string, A extends string, Types = object> {
  keys: Record<K, string>;
  /** Further keys, after the declared ones: the list the script names with `restKeys`. */
  rest?: readonly string[];
  args: { [N in A]: N extends keyof Types ? Types[N] : LuaValue };
}

/** A declared script: call it with a client and the named keys and arguments. */
export interface LuaScript<K extends string, A extends string, Reply, Types = object> {
  (redis: Redis, call: LuaCall<K, A, Types>): Promise<Reply>;
  readonly spec: Readonly<LuaScriptSpec<K, A>>;
  /** The file as written (its header lists KEYS and ARGV: test/redis/scripts.test.ts checks them). */
  readonly body: string;
  /** What Redis runs: the prelude, then the body. */
  readonly source: string;
  /** SHA-1 of `source`: what EVALSHA names. */
  readonly sha: string;
}

/**
 * EVALSHA and EVAL with bulk strings returned as Buffers: ioredis has them at run time (every command has
 * a `…Buffer` twin) without declaring them. (`callBuffer` would do, but loses its command name in an
 * auto-pipeline.)
 */
interface BufferReplies {
  evalshaBuffer(sha: string, numKeys: number, ...args: LuaValue[]): Promise<unknown>;
  evalBuffer(script: string, numKeys: number, ...args: LuaValue[]): Promise<unknown>;
}

const LUA_DIR = new URL('./lua/', import.meta.url);
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
const LUA_RESERVED = new Set([
  'and', 'break', 'do', 'else', 'elseif', 'end', 'false', 'for', 'function', 'goto', 'if', 'in',
  'local', 'nil', 'not', 'or', 'repeat', 'return', 'then', 'true', 'until', 'while',
]);

/** A Lua table constructor: `{ a = 1, ['in-progress'] = true }`. */
function luaTable(entries: Array<[string, string]>): string {
  const field = ([name, value]: [string, string]) =>
    `${IDENTIFIER.test(name) && !LUA_RESERVED.has(name) ? name : `[${JSON.stringify(name)}]`} = ${value}`;
  return `{ ${entries.map(field).join(', ')} }`;
}

/** The case model's constants, as every script sees them. */
export const caseModelPrelude = [
  `local RANK = ${luaTable(Object.entries(urgencyRank).map(([u, rank]) => [u, String(rank)]))}`,
  `local OPEN = ${luaTable(openStatuses.map((s) => [s, 'true']))}`,
  `local FINAL = ${luaTable(finalStatuses.map((s) => [s, 'true']))}`,
  `local SCORE_SHIFT = ${QUEUE_SCORE_SHIFT}`,
].join(' ');

/**
 * `local K = { name = KEYS[1], … } local A = { name = ARGV[1], … }` for a script's names, and with `rest`,
 * `K.rest = { KEYS[n + 1], … }` (every KEYS after the declared ones).
 */
function bindings(keys: readonly string[], args: readonly string[], rest?: string): string {
  for (const name of [...keys, ...args, ...(rest ? [rest] : [])]) {
    if (!IDENTIFIER.test(name) || LUA_RESERVED.has(name)) throw new Error(`Lua script key or argument name ${JSON.stringify(name)} is not a Lua identifier`);
  }
  for (const [what, names] of [['KEYS', [...keys, ...(rest ? [rest] : [])]], ['ARGV', args]] as const) {
    const twice = names.find((n, i) => names.indexOf(n) !== i);
    if (twice) throw new Error(`Lua script ${what} name ${twice} is declared twice`);
  }
  return [
    `local K = ${luaTable(keys.map((n, i) => [n, `KEYS[${i + 1}]`]))}`,
    `local A = ${luaTable(args.map((n, i) => [n, `ARGV[${i + 1}]`]))}`,
    ...(rest ? [`K.${rest} = { unpack(KEYS, ${keys.length + 1}) }`] : []),
  ].join(' ');
}

/**
 * Declares a script. Curried so that the reply type (and argument types to narrow) are given while the
 * key and argument names are inferred from the lists.
 *
 * @example
 * export const releaseLease = luaScript<number>()({ file: 'release-lease.lua', keys: ['lease'], args: ['token'] });
 * await releaseLease(redis, { keys: { lease: keys.lease(personId) }, args: { token } });
 */
export function luaScript<Reply, Types = object>() {
  return <const K extends string, const A extends string>(spec: LuaScriptSpec<K, A>): LuaScript<K, A, Reply, Types> => {
    const body = readFileSync(new URL(spec.file, LUA_DIR), 'utf8');
    const source = `${caseModelPrelude} ${bindings(spec.keys, spec.args, spec.restKeys)} ${body}`;
    const sha = createHash('sha1').update(source).digest('hex');

    const run = async (redis: Redis, call: LuaCall<K, A, Types>): Promise<Reply> => {
      if (call.rest?.length && !spec.restKeys) throw new Error(`Lua script ${spec.file} takes no further keys`);
      const rest = call.rest ?? [];
      const values: LuaValue[] = [...spec.keys.map((k) => call.keys[k]), ...rest, ...spec.args.map((a) => call.args[a] as LuaValue)];
      const client = redis as Redis & BufferReplies;
      const n = spec.keys.length + rest.length;
      try {
        return (await (spec.buffers ? client.evalshaBuffer(sha, n, ...values) : client.evalsha(sha, n, ...values))) as Reply;
      } catch (err) {
        if (!(err instanceof Error && err.message.includes('NOSCRIPT'))) throw err;
        return (await (spec.buffers ? client.evalBuffer(source, n, ...values) : client.eval(source, n, ...values))) as Reply;
      }
    };
    return Object.assign(run, { spec, body, source, sha });
  };
}
