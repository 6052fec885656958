/**
 * The two bots of `npm run bench`, each in processes of its own: the hotline as `npm start` runs it (src/main.ts:
 * desk worker, linker and every role, an officers' group, its HTTP server on a free port, long polling or a
 * webhook) and the comparison bot (bench/comparison/bot.ts). What the phases need of either: their process ids
 * (for CPU time), their webhook URLs, how to find the case a person's danger text opened, and whether a person
 * has a conversation.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type AddressInfo } from 'node:net';
import path from 'node:path';
import { createInterface } from 'node:readline';
import type { Redis } from 'ioredis';
import { createSealer } from '../../src/core/sealed.js';
import { createKeys } from '../../src/redis/keys.js';
import { ROOT } from '../intake/processes.js';
import { sleep } from '../intake/clock.js';

export const BOT_TOKEN = '123456:bench-token-ABCDEFGHIJKLMNOPQRSTUVWXYZ';
export const WEBHOOK_SECRET = 'bench_product-secret-0123456789';
/** The officers' group (a forum) and the one officer listed. */
export const OFFICERS_CHAT_ID = -1001000000001;
export const OFFICER_ID = 7;

/** Which bot, how it takes updates, and what it runs against. */
export interface BotSetup {
  mode: 'polling' | 'webhook';
  processes: number;
  apiRoot: string;
  redisUrl: string;
  /** Key prefix of this phase's bot (a fresh one per phase). */
  prefix: string;
  dataKey: string;
  /** Working directory for DATA_DIR (journals) of the hotline's processes. */
  tmp: string;
  /** `--cpu-prof` into this directory (hotline only). */
  profileDir?: string;
}

/** A running bot under test. */
export interface RunningBot {
  name: 'hotline' | 'comparison';
  pids: number[];
  /** Webhook URLs (empty when polling). */
  urls: string[];
  /** The case the person's danger text opened, if any. */
  caseOf(redis: Redis, chatId: number): Promise<string | undefined>;
  /** Which of these people have no conversation stored. */
  withoutConversation(redis: Redis, chatIds: number[]): Promise<number[]>;
  /**
   * SIGTERM and wait for every process to exit (SIGKILL after 15 s). Resolves with how each ended: its exit
   * code, or the signal that ended it ('SIGKILL' when it did not stop in time). A clean stop is all 0.
   */
  stop(): Promise<Array<number | string>>;
}

const freePort = () => new Promise<number>((resolve, reject) => {
  const s = createServer();
  s.once('error', reject);
  s.listen(0, '127.0.0.1', () => {
    const { port } = s.address() as AddressInfo;
    s.close(() => resolve(port));
  });
});

function exited(child: ChildProcess, ms: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

/** Keeps the last lines of a child's output (shown when it fails to start), reading everything so it never blocks. */
function tail(child: ChildProcess): string[] {
  const lines: string[] = [];
  for (const stream of [child.stdout, child.stderr]) {
    if (!stream) continue;
    createInterface({ input: stream, crlfDelay: Infinity }).on('line', (line) => {
      lines.push(line);
      if (lines.length > 30) lines.shift();
    });
  }
  return lines;
}

async function stopAll(children: ChildProcess[]): Promise<Array<number | string>> {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGTERM');
  return Promise.all(children.map(async (c) => {
    if (!(await exited(c, 15_000))) {
      c.kill('SIGKILL');
      await exited(c, 5_000);
    }
    return c.exitCode ?? c.signalCode ?? 'unknown';
  }));
}

/** The chat ids whose key (`keyOf`) does not exist. */
async function missingKeys(redis: Redis, chatIds: number[], keyOf: (chatId: number) => string): Promise<number[]> {
  const missing: number[] = [];
  for (let i = 0; i < chatIds.length; i += 1000) {
    const chunk = chatIds.slice(i, i + 1000);
    const pipeline = redis.pipeline();
    for (const id of chunk) pipeline.exists(keyOf(id));
    const results = (await pipeline.exec()) ?? [];
    chunk.forEach((id, j) => {
      if (results[j]?.[1] !== 1) missing.push(id);
    });
  }
  return missing;
}

/** Polls `/readyz` on a hotline process until it answers 200 (every channel connected, every part started). */
async function ready(port: number, child: ChildProcess, lines: string[], timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the hotline exited (${child.exitCode}) before it was ready:\n${lines.join('\n')}`);
    const status = await fetch(`http://127.0.0.1:${port}/readyz`).then((r) => r.status, () => 0);
    if (status === 200) return;
    await sleep(100);
  }
  throw new Error(`the hotline was not ready within ${timeoutMs} ms:\n${lines.join('\n')}`);
}

/**
 * Starts the hotline: `node --max-semi-space-size=64 --import tsx src/main.ts`, the command line of `npm start`,
 * with the production environment an embassy would give it (NODE_ENV=production, a DATA_KEY, an officers' group,
 * LOG_LEVEL left at its default) and, in webhook mode, TELEGRAM_WEBHOOK_URL on its own free port.
 */
export async function startHotline(setup: BotSetup): Promise<RunningBot> {
  const children: ChildProcess[] = [];
  const urls: string[] = [];
  try {
    for (let i = 0; i < setup.processes; i++) {
      const port = await freePort();
      const env: NodeJS.ProcessEnv = {
        ...process.env, NODE_ENV: 'production', TELEGRAM_BOT_TOKEN: BOT_TOKEN, TELEGRAM_API_ROOT: setup.apiRoot,
        REDIS_URL: setup.redisUrl, REDIS_PREFIX: setup.prefix, DATA_KEY: setup.dataKey, HTTP_PORT: String(port),
        DATA_DIR: path.join(setup.tmp, `${setup.prefix.replace(/\W/g, '')}-${i}`),
        OFFICERS_CHAT_ID: String(OFFICERS_CHAT_ID), OFFICER_IDS: String(OFFICER_ID),
      };
      for (const name of ['LOG_LEVEL', 'WHATSAPP_ENABLED', 'HTTP_HOST', 'JOURNAL_DIR', 'TELEGRAM_WEBHOOK_URL', 'TELEGRAM_WEBHOOK_SECRET', 'DEPLOYMENT', 'DEPLOYMENT_FILE', 'DATA_KEYS', 'PERSON_ID_KEY']) delete env[name];
      if (setup.mode === 'webhook') {
        const url = `http://127.0.0.1:${port}/telegram`;
        env.TELEGRAM_WEBHOOK_URL = url;
        env.TELEGRAM_WEBHOOK_SECRET = WEBHOOK_SECRET;
        urls.push(url);
      }
      const profile = setup.profileDir ? ['--cpu-prof', `--cpu-prof-dir=${setup.profileDir}`] : [];
      const child = spawn(process.execPath, ['--max-semi-space-size=64', ...profile, '--import', 'tsx', 'src/main.ts'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
      children.push(child);
      const lines = tail(child);
      if (process.env.BENCH_DEBUG) child.once('exit', (code) => process.stderr.write(`[hotline ${child.pid} exit ${code}]\n${lines.slice(-12).join('\n')}\n`));
      await ready(port, child, lines);
    }
  } catch (err) {
    await stopAll(children);
    throw err;
  }
  const keys = createKeys(setup.prefix);
  const sealer = createSealer(Buffer.from(setup.dataKey, 'base64'));
  const conversationKey = (chatId: number) => keys.conversation(sealer.personId('telegram', String(chatId)));
  return {
    name: 'hotline', pids: children.map((c) => c.pid!), urls,
    // The danger alert shows no case number (discreet): the case is read from the person's sealed conversation.
    async caseOf(redis, chatId) {
      const sealed = await redis.hgetBuffer(conversationKey(chatId), 's');
      return sealed ? (JSON.parse(sealer.open(sealed, 'conversation')) as { c: { caseId?: string } }).c.caseId : undefined;
    },
    withoutConversation: (redis, chatIds) => missingKeys(redis, chatIds, conversationKey),
    stop: () => stopAll(children),
  };
}

/** Starts the comparison bot (bench/comparison/bot.ts) in `setup.processes` processes. */
export async function startComparison(setup: BotSetup): Promise<RunningBot> {
  const children: ChildProcess[] = [];
  const urls: string[] = [];
  try {
    for (let i = 0; i < setup.processes; i++) {
      const env: NodeJS.ProcessEnv = {
        ...process.env, TELEGRAM_BOT_TOKEN: BOT_TOKEN, TELEGRAM_API_ROOT: setup.apiRoot, REDIS_URL: setup.redisUrl, REDIS_PREFIX: setup.prefix, NODE_ENV: 'production',
      };
      if (setup.mode === 'webhook') {
        const port = await freePort();
        env.COMPARISON_WEBHOOK_PORT = String(port);
        env.COMPARISON_WEBHOOK_SECRET = WEBHOOK_SECRET;
        urls.push(`http://127.0.0.1:${port}/`);
      }
      const child = spawn(process.execPath, ['--import', 'tsx', 'bench/comparison/bot.ts'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
      children.push(child);
      const lines: string[] = [];
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`the comparison bot was not ready within 60 s:\n${lines.join('\n')}`)), 60_000);
        child.once('exit', (code) => reject(new Error(`the comparison bot exited (${code}):\n${lines.join('\n')}`)));
        createInterface({ input: child.stderr! }).on('line', (line) => {
          lines.push(line);
          if (lines.length > 30) lines.shift();
        });
        createInterface({ input: child.stdout! }).on('line', (line) => {
          if (line.includes('"ev":"ready"')) {
            clearTimeout(timer);
            resolve();
          }
        });
      });
    }
  } catch (err) {
    await stopAll(children);
    throw err;
  }
  return {
    name: 'comparison', pids: children.map((c) => c.pid!), urls,
    // One intake per person (a new chat per intake), so a person's case id is their chat's.
    caseOf: async (redis, chatId) => ((await redis.exists(`${setup.prefix}case:CMP-${chatId}`)) ? `CMP-${chatId}` : undefined),
    withoutConversation: (redis, chatIds) => missingKeys(redis, chatIds, (id) => `${setup.prefix}conv:${id}`),
    stop: () => stopAll(children),
  };
}
