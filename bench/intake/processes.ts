/**
 * The intake benchmark's child processes, each driven over stdin/stdout JSON lines: the loopback Bot API
 * server (bench/bot-api-server-process.ts), which reports every message the bot sends, and the bot under
 * test (bench/bot-process.ts or a --bot variant), which answers `stats` and `profile` requests.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

/** The repository root: the child processes run there, and paths in options are relative to it. */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const BOT_TOKEN = '123456:bench-token-ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** One JSON line from a child. */
export interface JsonLine { [key: string]: unknown }

/** Reads JSON lines from a child's stdout; non-JSON lines go to stderr. */
function jsonLines(child: ChildProcess, name: string, onLine: (line: JsonLine) => void): void {
  const rl = createInterface({ input: child.stdout!, crlfDelay: Infinity });
  rl.on('line', (text) => {
    if (text.trim() === '') return;
    let line: JsonLine;
    try {
      line = JSON.parse(text) as JsonLine;
    } catch {
      process.stderr.write(`[${name}] ${text}\n`);
      return;
    }
    onLine(line);
  });
}

/** Forwards a child's stderr, prefixed, up to a cap (the rest is counted). */
function forwardStderr(child: ChildProcess, name: string, counter: { lines: number }, cap = 40): void {
  const rl = createInterface({ input: child.stderr!, crlfDelay: Infinity });
  rl.on('line', (text) => {
    counter.lines++;
    if (counter.lines <= cap) process.stderr.write(`[${name}] ${text}\n`);
    else if (counter.lines === cap + 1) process.stderr.write(`[${name}] … further output suppressed\n`);
  });
}

function waitForExit(child: ChildProcess, ms: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

/** A message the bot sent (or edited), as the Bot API server saw it; `at` is on the clock of clock.ts. */
export interface SentEvent { chatId: number; messageId: number; text: string; buttons: string[][]; edited: boolean; at: number; thread?: number }

/** The Bot API server process: commands in on stdin, the bot's messages out on stdout. */
export class ApiServer {
  readonly child: ChildProcess;
  readonly apiRoot: Promise<string>;
  readonly stderr = { lines: 0 };
  onSent: (ev: SentEvent) => void = () => undefined;
  /** Every other line the server writes (e.g. `{"ev":"topics",…}`). */
  onLine: (line: JsonLine) => void = () => undefined;

  constructor() {
    this.child = spawn(process.execPath, ['--import', 'tsx', 'bench/bot-api-server-process.ts'], {
      cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env },
    });
    forwardStderr(this.child, 'api', this.stderr);
    this.apiRoot = new Promise((resolve, reject) => {
      this.child.once('exit', (code) => reject(new Error(`the Bot API server exited early (code ${String(code)})`)));
      jsonLines(this.child, 'api', (line) => {
        if (typeof line.apiRoot === 'string') return resolve(line.apiRoot);
        if (line.ev === 'sent') {
          this.onSent({
            chatId: Number(line.chatId), messageId: Number(line.messageId), text: String(line.text ?? ''),
            buttons: (line.buttons as string[][] | undefined) ?? [], edited: line.edited === true, at: Number(line.at),
            ...(typeof line.thread === 'number' ? { thread: line.thread } : {}),
          });
        } else {
          this.onLine(line);
        }
      });
    });
  }

  /** Sends the server a command: an update from a person (`/start`, a text, a button press, a pin). */
  send(command: object): void {
    this.child.stdin!.write(`${JSON.stringify(command)}\n`);
  }

  /** Closes its stdin and waits for it to exit (SIGKILL after 5 s). */
  async stop(): Promise<void> {
    this.child.stdin!.end();
    if (!(await waitForExit(this.child, 5_000))) this.child.kill('SIGKILL');
  }
}

/** Percentiles as the bot process reports them. */
export interface Percentiles { n: number; p50: number | null; p90: number | null; p99: number | null; max: number | null }

/** The bot process's answer to `stats`: its counters since it started. */
export interface BotStats {
  cpu: { user: number; system: number };
  mem: { rss: number; heapUsed: number; heapTotal: number; external: number; arrayBuffers: number };
  handled: number;
  apiCalls?: Record<string, number>;
  /** Absent from a --bot variant that does not time updates. */
  timing?: { toReceiveMs: Percentiles; toCommittedMs: Percentiles };
  gc: boolean;
  at: number;
}

/** The environment of a bot process for one phase: the loopback Bot API server, the shared Redis, its own key prefix. */
export function botEnv(opts: { apiRoot: string; redisUrl: string; prefix: string; dataKey: string }): Record<string, string> {
  return {
    TELEGRAM_BOT_TOKEN: BOT_TOKEN, TELEGRAM_API_ROOT: opts.apiRoot, REDIS_URL: opts.redisUrl, REDIS_PREFIX: opts.prefix,
    DATA_KEY: opts.dataKey, LOG_LEVEL: 'warn', NODE_ENV: 'production', DEPLOYMENT_FILE: path.join(ROOT, 'data/deployment.json'),
  };
}

/** The bot under test (bench/bot-process.ts, or a variant with the same protocol) in its own process. */
export class BotProcess {
  readonly child: ChildProcess;
  readonly ready: Promise<void>;
  readonly stderr = { lines: 0 };
  private nextId = 1;
  private waiting = new Map<number, { resolve: (line: JsonLine) => void; reject: (err: Error) => void }>();

  /**
   * @param bot.script the bot's script, relative to {@link ROOT}.
   * @param bot.nodeArgs extra node flags (`--expose-gc` is always given, for `stats` with `gc`).
   * @param env added to this process's environment (see {@link botEnv}).
   */
  constructor(bot: { script: string; nodeArgs: string[] }, env: Record<string, string>) {
    this.child = spawn(process.execPath, ['--expose-gc', ...bot.nodeArgs, '--import', 'tsx', bot.script], {
      cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, ...env },
    });
    forwardStderr(this.child, 'bot', this.stderr);
    this.ready = new Promise((resolve, reject) => {
      this.child.once('exit', (code, signal) => {
        const err = new Error(`the bot process exited (code ${String(code)}, signal ${String(signal)})`);
        reject(err);
        for (const pending of this.waiting.values()) pending.reject(err);
        this.waiting.clear();
      });
      jsonLines(this.child, 'bot', (line) => {
        if (line.ev === 'ready') return resolve();
        const id = Number(line.id);
        const pending = this.waiting.get(id);
        if (pending) {
          this.waiting.delete(id);
          pending.resolve(line);
        }
      });
    });
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  private request(command: object, timeoutMs = 120_000): Promise<JsonLine> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiting.delete(id);
        reject(new Error(`the bot process did not answer ${JSON.stringify(command)} within ${timeoutMs} ms`));
      }, timeoutMs);
      const settle = <T>(f: (x: T) => void) => (x: T) => {
        clearTimeout(timer);
        f(x);
      };
      this.waiting.set(id, { resolve: settle(resolve), reject: settle(reject) });
      this.child.stdin!.write(`${JSON.stringify({ ...command, id })}\n`);
    });
  }

  /** The bot's counters now; `gc` forces a garbage collection first (for heap figures). */
  async stats(gc: boolean): Promise<BotStats> {
    return (await this.request({ op: 'stats', gc })) as unknown as BotStats;
  }

  /** Starts a V8 CPU profile of the bot, or stops it and writes it to `file`. */
  async profile(action: 'start' | 'stop', file?: string): Promise<JsonLine> {
    return this.request({ op: 'profile', action, ...(file ? { file } : {}) });
  }

  /** Asks the bot to stop and waits for it to exit (SIGKILL after 15 s). */
  async stop(): Promise<void> {
    this.child.stdin!.write('stop\n');
    if (!(await waitForExit(this.child, 15_000))) this.child.kill('SIGKILL');
  }
}
