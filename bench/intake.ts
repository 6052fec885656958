/**
 * `npm run bench`: many simulated people walk the whole intake against a loopback Telegram Bot API server
 * and a real Redis, with the bot in a process of its own so its CPU and memory are measured alone.
 *
 *   npm run bench                                   # 500 people: saturated (5 s warm-up + 30 s window), paced (5 + 20 s), then the 100k memory phase
 *   npm run bench -- --people 500 --seconds 30      # steady window length
 *   npm run bench -- --people 500 --rounds 1        # after the warm-up, 500 new people walk exactly 1 intake each; the window
 *                                                   #   runs from all of them being active until the first one is done
 *   npm run bench -- --memory-people 0              # skip the memory phase (or e.g. 10000 for a shorter one)
 *   npm run bench -- --paced-seconds 0              # skip the paced phase (--paced-think 1000: mean pause before each message, ms;
 *                                                   #   --paced-danger 0.5: more danger texts there, for a p99 from more samples)
 *   npm run bench -- --profile                      # V8 CPU profile of the bot over the saturated window, where the time goes printed
 *   npm run bench -- --bot path/to/variant.ts       # measure a variant of bench/bot-process.ts (same stdin/stdout protocol)
 *   npm run bench -- --bot-node-args=""            # node flags for the bot process (default: --max-semi-space-size=64, as npm start)
 *
 * Processes: a redis-server child (AOF on, data in a temp dir, via startLocalRedis), the Bot API server
 * (bench/bot-api-server-process.ts), the bot (bench/bot-process.ts, with --expose-gc), and this driver.
 *
 * Each person: /start, agree, danger "no" (or, for --danger of them, types "tolong saya dipukul"), a typed
 * place or a location pin, two situation toggles + done, people count, contact, skip name, confirm. A person
 * sends the next message only once the whole reply to the previous one arrived, pressing the buttons of the
 * bot's last message (callback data `c:<prompt>:<choice>`).
 *
 * Phases: "saturated" (people answer the moment a reply arrives, so the bot runs flat out: throughput and CPU per
 * message), "paced" (500 other people pause 0.5–1.5 s before each message, half of them send a danger text: latency
 * when the bot is not flat out; real people pause far longer), and "memory" (below). Each phase gets a fresh bot process.
 *
 * Figures (steady window only, i.e. after the warm-up with every person slot active):
 * - inbound messages/s: messages the bot processed in the window / window length (bot-side counter);
 * - reply latency: driver wrote the update to the server → the server saw the bot's first (and last) reply message;
 * - danger → queue: driver wrote the danger text → a separate client's blocking XREAD on `<prefix>events`
 *   returned that case's `case.opened` (the same Lua script ZADDs the queue entry, so both are visible together);
 * - bot CPU per inbound message: bot process.cpuUsage() delta (user + system, all threads) / processed messages;
 * - Redis bytes per idle conversation: MEMORY USAGE of sampled `<prefix>conv:*` keys after the run, and
 *   used_memory delta / conversations (which also counts cases, queue and events);
 * - memory phase: a fresh bot process; distinct chat ids each send one /start; heapUsed/RSS after a forced GC
 *   at 1k, 10k, 50k, 100k people.
 * Output: a table with the targets, then one JSON line with every figure.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { Redis } from 'ioredis';
import { createLogger } from '../src/logger.js';
import { startLocalRedis, type LocalRedis } from '../src/redis/local-server.js';
import { prng } from '../test/support/prng.js';
import { createKeys } from '../src/redis/keys.js';

// ---------------------------------------------------------------------------------------------------
// Options

const { values: flags } = parseArgs({
  options: {
    people: { type: 'string', default: '500' },
    seconds: { type: 'string', default: '30' },
    warmup: { type: 'string', default: '5' },
    rounds: { type: 'string', default: '0' },
    danger: { type: 'string', default: '0.1' },
    pin: { type: 'string', default: '0.5' },
    think: { type: 'string', default: '0' },
    'paced-think': { type: 'string', default: '1000' },
    'paced-seconds': { type: 'string', default: '20' },
    'paced-danger': { type: 'string', default: '0.5' },
    'profile-paced': { type: 'boolean', default: false },
    'memory-people': { type: 'string', default: '100000' },
    'memory-concurrency': { type: 'string', default: '500' },
    'redis-sample': { type: 'string', default: '1000' },
    'step-timeout': { type: 'string', default: '30000' },
    seed: { type: 'string', default: '1' },
    profile: { type: 'boolean', default: false },
    bot: { type: 'string', default: 'bench/bot-process.ts' },
    'bot-node-args': { type: 'string', default: '--max-semi-space-size=64' }, // as `npm start` runs the bot
    'profile-dir': { type: 'string', default: 'reports' },
    help: { type: 'boolean', default: false },
  },
  allowPositionals: false,
});

if (flags.help) {
  process.stdout.write(
    'npm run bench -- [--people 500] [--seconds 30] [--warmup 5] [--rounds N] [--danger 0.1] [--pin 0.5] [--think 0]\n' +
      '                 [--paced-seconds 20] [--paced-think 1000] [--paced-danger 0.5] [--profile-paced]\n' +
      '                 [--memory-people 100000] [--memory-concurrency 500] [--redis-sample 1000] [--profile] [--profile-dir reports]\n' +
      '                 [--bot bench/bot-process.ts] [--bot-node-args=--max-semi-space-size=64]\n',
  );
  process.exit(0);
}

function num(name: keyof typeof flags, min: number, max: number): number {
  const raw = flags[name];
  const n = Number(raw);
  if (typeof raw !== 'string' || !Number.isFinite(n) || n < min || n > max) {
    process.stderr.write(`--${name} must be a number from ${min} to ${max} (got ${String(raw)})\n`);
    process.exit(2);
  }
  return n;
}

const opts = {
  people: Math.floor(num('people', 1, 100_000)),
  seconds: num('seconds', 1, 3600),
  warmup: num('warmup', 0, 600),
  rounds: Math.floor(num('rounds', 0, 1_000_000)),
  danger: num('danger', 0, 1),
  pin: num('pin', 0, 1),
  think: num('think', 0, 60_000),
  pacedThink: num('paced-think', 0, 60_000),
  pacedSeconds: num('paced-seconds', 0, 3600),
  pacedDanger: num('paced-danger', 0, 1),
  profilePaced: flags['profile-paced'] === true,
  memoryPeople: Math.floor(num('memory-people', 0, 10_000_000)),
  memoryConcurrency: Math.floor(num('memory-concurrency', 1, 100_000)),
  redisSample: Math.floor(num('redis-sample', 1, 1_000_000)),
  stepTimeout: num('step-timeout', 100, 600_000),
  seed: Math.floor(num('seed', 0, 2 ** 31)),
  profile: flags.profile === true,
  profileDir: String(flags['profile-dir']),
  /** The bot process script (relative to the repository root): to compare a variant of the bot. */
  bot: String(flags.bot),
  /** Extra node flags for the bot process, e.g. "--max-semi-space-size=64". */
  botNodeArgs: String(flags['bot-node-args']).split(/\s+/).filter((a) => a !== ''),
};

const TARGETS = { cpuMsPerMessage: 0.25, dangerToQueueP99Ms: 10, redisBytesPerIdleConversation: 1024, heapGrowthBytes: 5 * 1024 * 1024 };

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const PREFIX_MEMORY = 'benchmem:';
const BOT_TOKEN = '123456:bench-token-ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const DANGER_TEXT = 'tolong saya dipukul';
const PLACE_TEXT = 'KK Park, Myawaddy';
const PIN = { latitude: 16.646, longitude: 98.507 }; // KK Park

/** The clock the Bot API server stamps its events with (`at`). */
const now = (): number => performance.timeOrigin + performance.now();
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

// Seeded, so who is in danger and who sends a pin repeats between runs.
const random = prng(opts.seed);

// ---------------------------------------------------------------------------------------------------
// Child processes

interface Line { [key: string]: unknown }

/** Reads JSON lines from a child's stdout; non-JSON lines go to stderr. */
function jsonLines(child: ChildProcess, name: string, onLine: (line: Line) => void): void {
  const rl = createInterface({ input: child.stdout!, crlfDelay: Infinity });
  rl.on('line', (text) => {
    if (text.trim() === '') return;
    let line: Line;
    try {
      line = JSON.parse(text) as Line;
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

/** utime + stime of a process from /proc, in ms (Linux). */
async function procCpuMs(pid: number | undefined): Promise<number | undefined> {
  if (!pid) return undefined;
  try {
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // After "pid (comm) ", field 3 (state) is index 0, so utime (14) is index 11 and stime (15) index 12.
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
  } catch {
    return undefined;
  }
}
const CLOCK_TICKS = 100; // sysconf(_SC_CLK_TCK) on Linux

/** CPU time all processes on the machine spent busy (not idle or iowait), from /proc/stat, in ms. */
async function machineBusyMs(): Promise<number | undefined> {
  try {
    const first = (await readFile('/proc/stat', 'utf8')).split('\n', 1)[0]!.trim().split(/\s+/).slice(1).map(Number);
    const total = first.slice(0, 8).reduce((a, b) => a + b, 0); // user nice system idle iowait irq softirq steal
    return ((total - (first[3] ?? 0) - (first[4] ?? 0)) * 1000) / CLOCK_TICKS;
  } catch {
    return undefined;
  }
}

interface SentEvent { chatId: number; messageId: number; text: string; buttons: string[][]; edited: boolean; at: number }

/** The Bot API server process: commands in on stdin, the bot's messages out on stdout. */
class ApiServer {
  readonly child: ChildProcess;
  readonly apiRoot: Promise<string>;
  readonly stderr = { lines: 0 };
  onSent: (ev: SentEvent) => void = () => undefined;

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
          });
        }
      });
    });
  }

  send(command: object): void {
    this.child.stdin!.write(`${JSON.stringify(command)}\n`);
  }

  async stop(): Promise<void> {
    this.child.stdin!.end();
    if (!(await waitForExit(this.child, 5_000))) this.child.kill('SIGKILL');
  }
}

interface Percentiles { n: number; p50: number | null; p90: number | null; p99: number | null; max: number | null }

interface BotStats {
  cpu: { user: number; system: number };
  mem: { rss: number; heapUsed: number; heapTotal: number; external: number; arrayBuffers: number };
  handled: number;
  apiCalls?: Record<string, number>;
  /** Absent from a --bot variant that does not time updates. */
  timing?: { toReceiveMs: Percentiles; toCommittedMs: Percentiles };
  gc: boolean;
  at: number;
}

/** The bot under test (bench/bot-process.ts) in its own process. */
class BotProcess {
  readonly child: ChildProcess;
  readonly ready: Promise<void>;
  readonly stderr = { lines: 0 };
  private nextId = 1;
  private waiting = new Map<number, { resolve: (line: Line) => void; reject: (err: Error) => void }>();

  constructor(env: Record<string, string>) {
    this.child = spawn(process.execPath, ['--expose-gc', ...opts.botNodeArgs, '--import', 'tsx', opts.bot], {
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

  private request(command: object, timeoutMs = 120_000): Promise<Line> {
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

  async stats(gc: boolean): Promise<BotStats> {
    return (await this.request({ op: 'stats', gc })) as unknown as BotStats;
  }

  async profile(action: 'start' | 'stop', file?: string): Promise<Line> {
    return this.request({ op: 'profile', action, ...(file ? { file } : {}) });
  }

  async stop(): Promise<void> {
    this.child.stdin!.write('stop\n');
    if (!(await waitForExit(this.child, 15_000))) this.child.kill('SIGKILL');
  }
}

// ---------------------------------------------------------------------------------------------------
// Simulated people

class StepError extends Error {}

interface Waiting {
  need: number;
  got: SentEvent[];
  resolve: (msgs: SentEvent[]) => void;
  timer: NodeJS.Timeout;
}

/** Everything the run measures, filled by the people. */
interface Recorder {
  /** Samples are kept only for messages sent inside [from, to]. */
  window: { from: number; to: number };
  firstReplyMs: number[];
  wholeReplyMs: number[];
  inbound: number;
  inboundInWindow: number;
  intakesDone: number;
  errors: string[];
  /** Danger messages in the window: when the driver wrote them, and the case id the bot answered with. */
  dangers: Array<{ chatId: number; sentAt: number; caseId?: string }>;
}

const inWindow = (rec: Recorder, t: number) => t >= rec.window.from && t <= rec.window.to;

class People {
  private waiting = new Map<number, Waiting>();
  stray = 0;

  constructor(private readonly api: ApiServer, private readonly rec: Recorder) {
    api.onSent = (ev) => {
      const w = this.waiting.get(ev.chatId);
      if (!w) {
        this.stray++;
        return;
      }
      w.got.push(ev);
      if (w.got.length === w.need) {
        this.waiting.delete(ev.chatId);
        clearTimeout(w.timer);
        w.resolve(w.got);
      }
    };
  }

  get active(): number {
    return this.waiting.size;
  }

  /** Sends one message as person `chatId` and resolves with the bot's whole reply (`need` messages). */
  send(chatId: number, command: object, need: number, what: string): Promise<{ msgs: SentEvent[]; sentAt: number }> {
    if (this.waiting.has(chatId)) throw new Error(`person ${chatId} already waits for a reply`);
    return new Promise((resolve, reject) => {
      const sentAt = now();
      const timer = setTimeout(() => {
        const w = this.waiting.get(chatId);
        this.waiting.delete(chatId);
        reject(new StepError(`${what}: ${w?.got.length ?? 0} of ${need} reply messages within ${opts.stepTimeout} ms`));
      }, opts.stepTimeout);
      this.waiting.set(chatId, {
        need, got: [], timer,
        resolve: (msgs) => {
          this.rec.inbound++;
          if (inWindow(this.rec, sentAt)) {
            this.rec.inboundInWindow++;
            this.rec.firstReplyMs.push(msgs[0]!.at - sentAt);
            this.rec.wholeReplyMs.push(msgs[msgs.length - 1]!.at - sentAt);
          }
          resolve({ msgs, sentAt });
        },
      });
      this.api.send({ ...command, chatId });
    });
  }
}

/** The callback data of the button `choice` on a message, e.g. `c:3:agree`. */
function button(msg: SentEvent | undefined, choice: string, what: string): string {
  const data = msg?.buttons.flat().find((d) => /^c:\d+:/.test(d) && d.slice(d.indexOf(':', 2) + 1) === choice);
  if (!data) {
    throw new StepError(`${what}: no "${choice}" button on the bot's last message (buttons ${JSON.stringify(msg?.buttons)}, text ${JSON.stringify(msg?.text.slice(0, 80))})`);
  }
  return data;
}

const CASE_ID = /\b[A-Z]{2}-[2-9A-HJ-NP-Z]{4}\b/;

/** One person walking the whole intake; throws StepError when the bot's reply is not what a person expects. */
async function walkIntake(people: People, rec: Recorder, chatId: number, person: { danger: boolean; pin: boolean; thinkMs: number }): Promise<void> {
  const think = () => (person.thinkMs > 0 ? sleep(person.thinkMs * (0.5 + random())) : undefined);
  let last: SentEvent | undefined;
  const step = async (command: object, need: number, what: string) => {
    await think();
    const reply = await people.send(chatId, command, need, what);
    last = reply.msgs[reply.msgs.length - 1];
    return reply;
  };
  const press = (choice: string, need = 1) =>
    step({ op: 'press', messageId: last?.messageId, data: button(last, choice, `press ${choice}`) }, need, `press ${choice}`);

  await step({ op: 'command', command: '/start', languageCode: 'id', firstName: 'Budi' }, 1, '/start');
  button(last, 'agree', 'consent question');
  await press('agree');
  button(last, 'no', 'danger question');
  if (person.danger) {
    const reply = await step({ op: 'text', text: DANGER_TEXT }, 2, 'danger text');
    const caseId = CASE_ID.exec(reply.msgs[0]!.text)?.[0];
    if (!caseId) throw new StepError(`danger text: no case number in the alert ${JSON.stringify(reply.msgs[0]!.text.slice(0, 120))}`);
    if (inWindow(rec, reply.sentAt)) rec.dangers.push({ chatId, sentAt: reply.sentAt, caseId });
  } else {
    await press('no');
  }
  if (last && last.buttons.length > 0) throw new StepError(`location question expected, got buttons ${JSON.stringify(last.buttons)}`);
  if (person.pin) await step({ op: 'location', ...PIN }, 1, 'location pin');
  else await step({ op: 'text', text: PLACE_TEXT }, 1, 'typed place');
  await press('passport');
  await press('forced-scam');
  await press('done');
  await press('2-10');
  await press('anytime');
  await press('skip');
  await press('confirm');
  if (!last || !CASE_ID.test(last.text)) throw new StepError(`confirm: no case number in ${JSON.stringify(last?.text.slice(0, 120))}`);
  rec.intakesDone++;
}

// ---------------------------------------------------------------------------------------------------
// Danger → queue: a separate client blocks on the events stream

class EventWatcher {
  readonly opened = new Map<string, { observedAt: number; streamMs: number }>();
  private stopped = false;
  private loop: Promise<void> | undefined;

  constructor(private readonly redis: Redis, private readonly stream: string) {}

  async start(): Promise<void> {
    // The id of the newest entry now (or 0-0), so nothing added after this point is missed between reads.
    const lastEntry = await this.redis.xrevrange(this.stream, '+', '-', 'COUNT', 1);
    let lastId = lastEntry[0]?.[0] ?? '0-0';
    this.loop = (async () => {
      while (!this.stopped) {
        let res: Array<[string, Array<[string, string[]]>]> | null;
        try {
          res = (await this.redis.xread('COUNT', 1000, 'BLOCK', 0, 'STREAMS', this.stream, lastId)) as typeof res;
        } catch (err) {
          if (this.stopped) return;
          throw err;
        }
        const observedAt = now();
        for (const [, entries] of res ?? []) {
          for (const [id, flat] of entries) {
            lastId = id;
            const f: Record<string, string> = {};
            for (let i = 0; i + 1 < flat.length; i += 2) f[flat[i]!] = flat[i + 1]!;
            if (f.type === 'case.opened' && f.case) this.opened.set(f.case, { observedAt, streamMs: Number(id.split('-')[0]) });
          }
        }
      }
    })();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.redis.disconnect();
    await this.loop?.catch(() => undefined);
  }
}

// ---------------------------------------------------------------------------------------------------
// Redis figures

async function usedMemory(redis: Redis): Promise<number> {
  const info = await redis.info('memory');
  return Number(/^used_memory:(\d+)/m.exec(info)?.[1] ?? NaN);
}

async function scanKeys(redis: Redis, match: string): Promise<string[]> {
  const keys: string[] = [];
  let cursor = '0';
  do {
    const [next, batch] = await redis.scan(cursor, 'MATCH', match, 'COUNT', 5000);
    cursor = next;
    keys.push(...batch);
  } while (cursor !== '0');
  return keys;
}

interface ConversationBytes { keys: number; sampled: number; memoryUsageAvg: number; memoryUsageMax: number; snapshotAvg: number; seenAvg: number }

/** MEMORY USAGE (SAMPLES 0: every field counted) of up to `sample` conversation keys, evenly spread. */
async function conversationBytes(redis: Redis, prefix: string, sample: number): Promise<ConversationBytes> {
  const keys = await scanKeys(redis, createKeys(prefix).conversation('*'));
  const stride = Math.max(1, Math.floor(keys.length / sample));
  const picked = keys.filter((_, i) => i % stride === 0).slice(0, sample);
  const pipe = redis.pipeline();
  for (const key of picked) {
    pipe.memory('USAGE', key, 'SAMPLES', 0);
    pipe.hstrlen(key, 's');
    pipe.hstrlen(key, 'seen');
  }
  const results = (await pipe.exec()) ?? [];
  const values = results.map(([err, value]) => {
    if (err) throw err;
    return Number(value);
  });
  const usage = picked.map((_, i) => values[i * 3]!);
  const avg = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : NaN);
  return {
    keys: keys.length,
    sampled: picked.length,
    memoryUsageAvg: avg(usage),
    memoryUsageMax: usage.length ? Math.max(...usage) : NaN,
    snapshotAvg: avg(picked.map((_, i) => values[i * 3 + 1]!)),
    seenAvg: avg(picked.map((_, i) => values[i * 3 + 2]!)),
  };
}

// ---------------------------------------------------------------------------------------------------
// CPU profile summary

interface ProfileNode { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }
interface CpuProfile { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[]; startTime: number; endTime: number }

/** Where a script URL belongs: a package, our code (src/, flows/), Node internals, or V8 pseudo-frames. */
function bucketOf(url: string, name: string): string {
  if (url === '') return name.startsWith('(') ? name : '(native/builtin)';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1]!;
  if (url.startsWith('node:')) return 'node:internal';
  const ours = /\/work\/main\/(src|flows|bench)\//.exec(url) ?? /\/(src|flows|bench)\//.exec(url);
  if (ours) return ours[1]!;
  return url;
}

/**
 * What a sample's stack is doing: the first rule any frame of the stack matches (URL or function name).
 * Order matters: a Redis call made from the hotline counts as Redis, an HTTP call from the channel as Bot API.
 */
const CATEGORIES: Array<[string, RegExp]> = [
  ['Redis client (ioredis: commands, parsing, socket writes)', /ioredis/],
  ['Bot API HTTP client (grammY ApiClient, node-fetch, node:http, url, abort signals)', /node-fetch|grammy\/out\/core|auto-retry|abort-controller|event-target-shim|_http_|node:url|node:https?\b/],
  ['xstate transition', /xstate/],
  ['sealing and person ids (AES-GCM, HMAC)', /src\/core\/sealed\.ts/],
  ['zod validation', /\/zod\//],
  ['pino logging', /pino/],
  ['rendering and i18n (render.ts, Fluent)', /src\/core\/render\.ts|@fluent|src\/i18n|flows\/intake-prompts/],
  ['flows (guards, text helpers)', /\/flows\//],
  ['grammY middleware, runner, sequentialize', /@grammyjs\/runner|grammy\/out/],
  ['hotline core and channel glue', /src\/core\/hotline\.ts|src\/channels|bench\/bot-process/],
];

function summarizeProfile(profile: CpuProfile, top: number) {
  const self = new Map<number, number>();
  for (let i = 0; i < profile.samples.length; i++) {
    const id = profile.samples[i]!;
    self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
  }
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  const byFunction = new Map<string, number>();
  const byBucket = new Map<string, number>();
  const byCategory = new Map<string, number>();
  let idle = 0;
  for (const node of profile.nodes) {
    const us = self.get(node.id) ?? 0;
    if (us === 0) continue;
    const { functionName, url, lineNumber } = node.callFrame;
    if (functionName === '(idle)') {
      idle += us;
      continue;
    }
    const short = url.replace(/^file:\/\//, '').replace(/^.*\/node_modules\//, '').replace(`${ROOT}/`, '');
    const key = `${functionName || '(anonymous)'} ${short ? `${short}:${lineNumber + 1}` : ''}`.trim();
    byFunction.set(key, (byFunction.get(key) ?? 0) + us);
    const bucket = bucketOf(url, functionName);
    byBucket.set(bucket, (byBucket.get(bucket) ?? 0) + us);
    let category = functionName === '(garbage collector)' ? 'garbage collector' : 'other (event loop, microtasks, sockets without a known caller)';
    if (functionName !== '(garbage collector)') {
      const frames: string[] = [];
      for (let id: number | undefined = node.id; id !== undefined; id = parent.get(id)) {
        const f = byId.get(id)!.callFrame;
        frames.push(`${f.url} ${f.functionName}`);
      }
      const hit = CATEGORIES.find(([, re]) => frames.some((f) => re.test(f)));
      if (hit) category = hit[0];
    }
    byCategory.set(category, (byCategory.get(category) ?? 0) + us);
  }
  const busy = total - idle;
  const rank = (m: Map<string, number>, n: number) =>
    [...m.entries()].sort((a, b) => b[1] - a[1]).slice(0, n).map(([name, us]) => ({ name, ms: us / 1000, pctOfBusy: (100 * us) / busy }));
  return { totalMs: total / 1000, busyMs: busy / 1000, functions: rank(byFunction, top), buckets: rank(byBucket, top), categories: rank(byCategory, 20) };
}

// ---------------------------------------------------------------------------------------------------
// Statistics and output

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}
const sortNum = (xs: number[]) => [...xs].sort((a, b) => a - b);
const round = (x: number, digits = 3) => (Number.isFinite(x) ? Number(x.toFixed(digits)) : null);
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const fmt = (x: number | null | undefined, digits = 2) => (x === null || x === undefined || !Number.isFinite(x) ? 'n/a' : x.toFixed(digits));
const mark = (ok: boolean | undefined) => (ok === undefined ? ' ' : ok ? '✓' : '✗');

function table(rows: Array<[string, string, string, boolean | undefined]>): string {
  const w0 = Math.max(...rows.map((r) => r[0].length));
  const w1 = Math.max(...rows.map((r) => r[1].length));
  const w2 = Math.max(...rows.map((r) => r[2].length));
  const line = (r: [string, string, string, boolean | undefined]) => `  ${r[0].padEnd(w0)}  ${r[1].padStart(w1)}  ${r[2].padEnd(w2)}  ${mark(r[3])}`;
  return rows.map(line).join('\n');
}

const log = (text: string) => process.stdout.write(`${text}\n`);

// ---------------------------------------------------------------------------------------------------
// Phases

interface MainResult {
  label: string;
  thinkMs: number;
  people: number;
  windowSeconds: number;
  messagesInWindow: number;
  messagesPerSecond: number;
  driverMessagesPerSecond: number;
  intakesCompleted: number;
  firstReply: { p50: number; p90: number; p99: number; max: number; n: number };
  wholeReply: { p50: number; p90: number; p99: number; max: number; n: number };
  dangerToQueue: { p50: number; p90: number; p99: number; max: number; n: number; missing: number };
  dangerToStreamEntry: { p50: number; p99: number; n: number };
  botCpuMsPerMessage: number;
  botCpuMsPerMessageProc?: number;
  /** Inside the bot, per update in the window: getUpdates response → hotline.receive starts / returns (committed). */
  inBot?: BotStats['timing'];
  /** Bot API HTTP calls per inbound message in the window, by method. */
  apiCallsPerMessage: Record<string, number>;
  cpuMsPerMessage: { api?: number; redis?: number; driver: number };
  /** Cores busy during the window: the bot, the whole bench (bot, server, redis, driver), the machine, everything else. */
  cores: { bot: number; bench: number | null; machineBusy: number | null; others: number | null };
  loadavg: number[];
  errors: number;
  errorSamples: string[];
  stray: number;
  redis: ConversationBytes & { usedMemoryDeltaPerConversation: number; conversations: number };
  botMemoryAfter: BotStats['mem'];
  profile?: ReturnType<typeof summarizeProfile> & { file: string };
}

interface Phase { label: string; prefix: string; firstChat: number; think: number; danger: number; seconds: number; warmup: number; rounds: number; profile: boolean }

async function mainPhase(api: ApiServer, redis: Redis, redisUrl: string, redisPid: number, dataKey: string, phase: Phase): Promise<MainResult> {
  const PREFIX_MAIN = phase.prefix;
  const usedBefore = await usedMemory(redis);
  const bot = new BotProcess({
    TELEGRAM_BOT_TOKEN: BOT_TOKEN, TELEGRAM_API_ROOT: await api.apiRoot, REDIS_URL: redisUrl, REDIS_PREFIX: PREFIX_MAIN,
    DATA_KEY: dataKey, LOG_LEVEL: 'warn', NODE_ENV: 'production', DEPLOYMENT_FILE: path.join(ROOT, 'data/deployment.json'),
  });
  await bot.ready;
  const watcher = new EventWatcher(new Redis(redisUrl, { lazyConnect: false, maxRetriesPerRequest: null }), createKeys(PREFIX_MAIN).events);
  await watcher.start();

  const rec: Recorder = {
    window: { from: Infinity, to: Infinity }, firstReplyMs: [], wholeReplyMs: [], inbound: 0, inboundInWindow: 0,
    intakesDone: 0, errors: [], dangers: [],
  };
  const people = new People(api, rec);
  let nextChat = phase.firstChat;

  /**
   * `n` person slots, each walking intakes back to back as new people (new chat ids): `rounds` of them, or
   * (rounds 0) until `stop()`, after which each slot finishes the intake it is in.
   */
  function runSlots(n: number, rounds: number, staggerMs: number) {
    let stopped = false;
    let started = 0;
    let markStarted: () => void = () => undefined;
    let markFirstDone: () => void = () => undefined;
    const allStarted = new Promise<void>((resolve) => (markStarted = resolve));
    const firstDone = new Promise<void>((resolve) => (markFirstDone = resolve));
    const slot = async () => {
      if (staggerMs > 0) await sleep(random() * staggerMs); // spread the first messages out
      if (++started === n) markStarted();
      for (let round = 0; !stopped && (rounds === 0 || round < rounds); round++) {
        const chatId = nextChat++;
        const person = { danger: random() < phase.danger, pin: random() < opts.pin, thinkMs: phase.think };
        try {
          await walkIntake(people, rec, chatId, person);
        } catch (err) {
          if (!(err instanceof StepError)) throw err;
          rec.errors.push(`chat ${chatId}: ${err.message}`);
        }
      }
      markFirstDone();
    };
    const done = Promise.all(Array.from({ length: n }, slot)).then(() => undefined);
    return { allStarted, firstDone, done, stop: () => void (stopped = true) };
  }

  log(`${phase.label}: ${opts.people} people${phase.think ? ` pausing ${phase.think / 2}–${phase.think * 1.5} ms before each message` : ''}, ` +
    `${phase.warmup} s warm-up + ${phase.rounds ? `${phase.rounds} intake(s) per person slot` : `${phase.seconds} s steady window`}, ` +
    `${Math.round(phase.danger * 100)}% send a danger text, ${Math.round(opts.pin * 100)}% a location pin`);

  // Time mode: one set of slots; the window opens after the warm-up (every slot active) and closes after `seconds`.
  // Rounds mode: warm-up slots run for `warmup` seconds and finish; then fresh slots walk `rounds` intakes each,
  // and the window runs from the moment all of them are active until the first one is done.
  let slots = runSlots(opts.people, 0, 1000);
  const t0 = now();
  await slots.allStarted;
  await sleep(Math.max(0, t0 + phase.warmup * 1000 - now()));
  if (phase.rounds > 0) {
    slots.stop();
    await slots.done;
    slots = runSlots(opts.people, phase.rounds, 0); // all at once, so all are active before the first is done
    await slots.allStarted;
  }
  const apiCpu0 = await procCpuMs(api.child.pid);
  const redisCpu0 = await procCpuMs(redisPid);
  const botProc0 = await procCpuMs(bot.pid);
  const driverCpu0 = process.cpuUsage();
  const machine0 = await machineBusyMs();
  if (phase.profile) await bot.profile('start');
  rec.window.from = now();
  const s0 = await bot.stats(false);

  if (phase.rounds > 0) await slots.firstDone;
  else await sleep(phase.seconds * 1000);
  const s1 = await bot.stats(false);
  rec.window.to = now();
  const botProc1 = await procCpuMs(bot.pid);
  const driverCpu1 = process.cpuUsage(driverCpu0);
  const apiCpu1 = await procCpuMs(api.child.pid);
  const redisCpu1 = await procCpuMs(redisPid);
  const machine1 = await machineBusyMs();
  let profile: MainResult['profile'];
  if (phase.profile) {
    const file = path.resolve(ROOT, opts.profileDir, `bench-bot-${new Date().toISOString().replace(/[:.]/g, '-')}.cpuprofile`);
    await mkdir(path.dirname(file), { recursive: true });
    const answer = await bot.profile('stop', file);
    if (typeof answer.error === 'string') throw new Error(`profile: ${answer.error}`);
    profile = { ...summarizeProfile(JSON.parse(await readFile(file, 'utf8')) as CpuProfile, 25), file };
  }
  slots.stop();
  log(`  window closed after ${((rec.window.to - rec.window.from) / 1000).toFixed(1)} s; letting the people finish the intake they are in…`);
  await slots.done;
  await sleep(200); // the last case events
  await watcher.stop();

  const messages = s1.handled - s0.handled;
  const windowMs = s1.at - s0.at;
  const cpuMs = (s1.cpu.user + s1.cpu.system - s0.cpu.user - s0.cpu.system) / 1000;
  const windowDriverMs = rec.window.to - rec.window.from;
  const ours = [botProc0 !== undefined && botProc1 !== undefined ? botProc1 - botProc0 : undefined,
    apiCpu0 !== undefined && apiCpu1 !== undefined ? apiCpu1 - apiCpu0 : undefined,
    redisCpu0 !== undefined && redisCpu1 !== undefined ? redisCpu1 - redisCpu0 : undefined,
    (driverCpu1.user + driverCpu1.system) / 1000];
  const busyCores = machine0 !== undefined && machine1 !== undefined ? (machine1 - machine0) / windowDriverMs : undefined;
  const benchCores = ours.every((x) => x !== undefined) ? ours.reduce((a, b) => a! + b!, 0)! / windowDriverMs : undefined;
  const per = (ms: number | undefined) => (ms === undefined ? undefined : round(ms / messages, 4) ?? undefined);

  const first = sortNum(rec.firstReplyMs);
  const whole = sortNum(rec.wholeReplyMs);
  const toQueue: number[] = [];
  const toEntry: number[] = [];
  let missing = 0;
  for (const d of rec.dangers) {
    const seen = d.caseId ? watcher.opened.get(d.caseId) : undefined;
    if (!seen) {
      missing++;
      continue;
    }
    toQueue.push(seen.observedAt - d.sentAt);
    toEntry.push(seen.streamMs - d.sentAt);
  }
  const q = sortNum(toQueue);
  const e = sortNum(toEntry);

  const conversations = (await scanKeys(redis, createKeys(PREFIX_MAIN).conversation('*'))).length;
  const usedAfter = await usedMemory(redis);
  const bytes = await conversationBytes(redis, PREFIX_MAIN, opts.redisSample);
  const after = await bot.stats(true);
  await bot.stop();

  return {
    label: phase.label,
    thinkMs: phase.think,
    people: opts.people,
    windowSeconds: round(windowMs / 1000, 2)!,
    messagesInWindow: messages,
    messagesPerSecond: round(messages / (windowMs / 1000), 1)!,
    driverMessagesPerSecond: round(rec.inboundInWindow / ((rec.window.to - rec.window.from) / 1000), 1)!,
    intakesCompleted: rec.intakesDone,
    firstReply: { p50: round(percentile(first, 50))!, p90: round(percentile(first, 90))!, p99: round(percentile(first, 99))!, max: round(first[first.length - 1] ?? NaN)!, n: first.length },
    wholeReply: { p50: round(percentile(whole, 50))!, p90: round(percentile(whole, 90))!, p99: round(percentile(whole, 99))!, max: round(whole[whole.length - 1] ?? NaN)!, n: whole.length },
    dangerToQueue: { p50: round(percentile(q, 50))!, p90: round(percentile(q, 90))!, p99: round(percentile(q, 99))!, max: round(q[q.length - 1] ?? NaN)!, n: q.length, missing },
    dangerToStreamEntry: { p50: round(percentile(e, 50))!, p99: round(percentile(e, 99))!, n: e.length },
    botCpuMsPerMessage: round(cpuMs / messages, 4)!,
    inBot: s1.timing,
    apiCallsPerMessage: callsPerMessage(s0.apiCalls ?? {}, s1.apiCalls ?? {}, messages),
    ...(botProc0 !== undefined && botProc1 !== undefined ? { botCpuMsPerMessageProc: per(botProc1 - botProc0) } : {}),
    cpuMsPerMessage: {
      api: apiCpu0 !== undefined && apiCpu1 !== undefined ? per(apiCpu1 - apiCpu0) : undefined,
      redis: redisCpu0 !== undefined && redisCpu1 !== undefined ? per(redisCpu1 - redisCpu0) : undefined,
      driver: per((driverCpu1.user + driverCpu1.system) / 1000)!,
    },
    cores: {
      bot: round(cpuMs / windowMs, 2)!,
      bench: benchCores === undefined ? null : round(benchCores, 2),
      machineBusy: busyCores === undefined ? null : round(busyCores, 2),
      others: busyCores === undefined || benchCores === undefined ? null : round(Math.max(0, busyCores - benchCores), 2),
    },
    loadavg: loadavg().map((x) => round(x, 2)!),
    errors: rec.errors.length,
    stray: people.stray,
    redis: { ...bytes, conversations, usedMemoryDeltaPerConversation: round((usedAfter - usedBefore) / conversations, 1)! },
    botMemoryAfter: after.mem,
    errorSamples: rec.errors.slice(0, 5),
    ...(profile ? { profile } : {}),
  };
}

/** Bot API calls per inbound message between two counters, by method, plus `total`. */
function callsPerMessage(before: Record<string, number>, after: Record<string, number>, messages: number): Record<string, number> {
  const out: Record<string, number> = {};
  let total = 0;
  for (const [method, count] of Object.entries(after)) {
    const delta = count - (before[method] ?? 0);
    total += delta;
    if (delta !== 0) out[method] = round(delta / messages, 3)!;
  }
  if (total !== 0) out.total = round(total / messages, 3)!;
  return out;
}

interface MemoryPoint { people: number; heapUsed: number; rss: number; heapTotal: number; external: number; arrayBuffers: number }
interface MemoryResult {
  people: number;
  concurrency: number;
  seconds: number;
  messagesPerSecond: number;
  points: MemoryPoint[];
  heapGrowthBytes?: number;
  rssGrowthBytes?: number;
  heapBytesPerPerson?: number;
  errors: number;
  errorSamples: string[];
  redis: ConversationBytes & { usedMemoryDeltaPerConversation: number; conversations: number };
}

async function memoryPhase(api: ApiServer, redis: Redis, redisUrl: string, dataKey: string): Promise<MemoryResult> {
  const total = opts.memoryPeople;
  const checkpoints = [1_000, 10_000, 50_000, 100_000, 200_000, 500_000, 1_000_000].filter((n) => n < total);
  checkpoints.push(total);
  log(`memory phase: a fresh bot; ${total.toLocaleString('en')} distinct people each send /start, ${opts.memoryConcurrency} at a time; ` +
    `heap after a forced GC at ${checkpoints.map((n) => n.toLocaleString('en')).join(', ')}`);

  const usedBefore = await usedMemory(redis);
  const bot = new BotProcess({
    TELEGRAM_BOT_TOKEN: BOT_TOKEN, TELEGRAM_API_ROOT: await api.apiRoot, REDIS_URL: redisUrl, REDIS_PREFIX: PREFIX_MEMORY,
    DATA_KEY: dataKey, LOG_LEVEL: 'warn', NODE_ENV: 'production', DEPLOYMENT_FILE: path.join(ROOT, 'data/deployment.json'),
  });
  await bot.ready;
  const rec: Recorder = {
    window: { from: -Infinity, to: Infinity }, firstReplyMs: [], wholeReplyMs: [], inbound: 0, inboundInWindow: 0,
    intakesDone: 0, errors: [], dangers: [],
  };
  const people = new People(api, rec);
  const points: MemoryPoint[] = [];
  const point = async (n: number) => {
    const s = await bot.stats(true);
    points.push({ people: n, heapUsed: s.mem.heapUsed, rss: s.mem.rss, heapTotal: s.mem.heapTotal, external: s.mem.external, arrayBuffers: s.mem.arrayBuffers });
    log(`  ${n.toLocaleString('en').padStart(9)} people: heapUsed ${mb(s.mem.heapUsed)}, rss ${mb(s.mem.rss)}`);
  };
  await point(0);

  const t0 = now();
  let next = 0;
  for (const checkpoint of checkpoints) {
    const worker = async () => {
      while (next < checkpoint) {
        const chatId = 50_000_000 + next++;
        try {
          const { msgs } = await people.send(chatId, { op: 'command', command: '/start', languageCode: 'id' }, 1, '/start');
          button(msgs[0], 'agree', 'consent question');
        } catch (err) {
          if (!(err instanceof StepError)) throw err;
          rec.errors.push(`chat ${chatId}: ${err.message}`);
        }
      }
    };
    await Promise.all(Array.from({ length: opts.memoryConcurrency }, worker));
    await point(checkpoint);
  }
  const seconds = (now() - t0) / 1000;

  const conversations = (await scanKeys(redis, createKeys(PREFIX_MEMORY).conversation('*'))).length;
  const usedAfter = await usedMemory(redis);
  const bytes = await conversationBytes(redis, PREFIX_MEMORY, opts.redisSample);
  await bot.stop();

  const at1k = points.find((p) => p.people === 1_000);
  const last = points[points.length - 1]!;
  return {
    people: total,
    concurrency: opts.memoryConcurrency,
    seconds: round(seconds, 1)!,
    messagesPerSecond: round(rec.inbound / seconds, 1)!,
    points,
    ...(at1k && last.people > at1k.people
      ? {
          heapGrowthBytes: last.heapUsed - at1k.heapUsed,
          rssGrowthBytes: last.rss - at1k.rss,
          heapBytesPerPerson: round((last.heapUsed - at1k.heapUsed) / (last.people - at1k.people), 1)!,
        }
      : {}),
    errors: rec.errors.length,
    errorSamples: rec.errors.slice(0, 5),
    redis: { ...bytes, conversations, usedMemoryDeltaPerConversation: round((usedAfter - usedBefore) / conversations, 1)! },
  };
}

// ---------------------------------------------------------------------------------------------------
// Run

function describePhase(r: MainResult): void {
  log(`${r.label}: steady window ${r.windowSeconds} s, ${r.messagesInWindow} messages (${fmt(r.messagesPerSecond, 0)}/s), ` +
    `${r.intakesCompleted} intakes completed in the phase, ${r.errors} errors, ${r.stray} unexpected bot messages`);
  log(`  CPU ms per inbound message: bot ${fmt(r.botCpuMsPerMessage, 3)} (/proc: ${fmt(r.botCpuMsPerMessageProc, 3)}), ` +
    `Bot API server ${fmt(r.cpuMsPerMessage.api, 3)}, redis-server ${fmt(r.cpuMsPerMessage.redis, 3)}, driver ${fmt(r.cpuMsPerMessage.driver, 3)}`);
  log(`  cores busy: bot ${fmt(r.cores.bot)}, whole bench ${fmt(r.cores.bench)}, machine ${fmt(r.cores.machineBusy)}, ` +
    `other processes ${fmt(r.cores.others)} (load average ${r.loadavg.join(' ')}; figures are noisier when other processes use CPU)`);
  const pct = (p: Percentiles | undefined) => `${fmt(p?.p50)} / ${fmt(p?.p90)} / ${fmt(p?.p99)}`;
  log(`  inside the bot, p50 / p90 / p99 ms from the update's getUpdates response: to hotline.receive ${pct(r.inBot?.toReceiveMs)}, ` +
    `to committed ${pct(r.inBot?.toCommittedMs)} (n=${r.inBot?.toCommittedMs.n ?? 'n/a'})`);
  log(`  Bot API HTTP calls per inbound message: ${Object.entries(r.apiCallsPerMessage).map(([m, v]) => `${m} ${fmt(v, 3)}`).join(', ')}`);
  log(`  reply latency p90 ${fmt(r.firstReply.p90)}, max ${fmt(r.firstReply.max)} ms; danger → queue p90 ${fmt(r.dangerToQueue.p90)}, max ${fmt(r.dangerToQueue.max)} ms; ` +
    `danger → stream entry id (Redis clock) p50 / p99 ${fmt(r.dangerToStreamEntry.p50)} / ` +
    `${fmt(r.dangerToStreamEntry.p99)} ms; danger messages with no case.opened seen: ${r.dangerToQueue.missing}`);
  log(`  conversation keys ${r.redis.conversations}, ${r.redis.sampled} sampled: MEMORY USAGE avg ${fmt(r.redis.memoryUsageAvg, 0)} B ` +
    `(max ${fmt(r.redis.memoryUsageMax, 0)}), sealed snapshot avg ${fmt(r.redis.snapshotAvg, 0)} B, seen ids avg ${fmt(r.redis.seenAvg, 0)} B`);
  for (const e of r.errorSamples) log(`  error: ${e}`);
}

async function main(): Promise<void> {
  const tmp = await mkdtemp(path.join(tmpdir(), 'hotline-bench-'));
  const logger = createLogger({ level: 'error' }); // redis-server's start-up warnings (overcommit) are not about the bench
  let local: LocalRedis | undefined;
  let api: ApiServer | undefined;
  let redis: Redis | undefined;
  try {
    local = await startLocalRedis({ dataDir: path.join(tmp, 'redis'), logger });
    redis = new Redis(local.url, { maxRetriesPerRequest: null });
    api = new ApiServer();
    const apiRoot = await api.apiRoot;
    const dataKey = randomBytes(32).toString('base64');
    log(`redis-server ${local.url} (AOF everysec, pid ${local.pid}), Bot API server ${apiRoot}, node ${process.version}, ` +
      `${cpus().length} CPUs, load average ${loadavg().map((x) => x.toFixed(2)).join(' ')}`);

    const saturated = await mainPhase(api, redis, local.url, local.pid, dataKey, {
      label: 'saturated phase (each person answers as soon as the reply arrives)', prefix: 'bench:', firstChat: 1_000_000,
      think: opts.think, danger: opts.danger, seconds: opts.seconds, warmup: opts.warmup, rounds: opts.rounds, profile: opts.profile,
    });
    const paced = opts.pacedSeconds > 0
      ? await mainPhase(api, redis, local.url, local.pid, dataKey, {
          label: 'paced phase', prefix: 'benchpaced:', firstChat: 20_000_000,
          think: opts.pacedThink, danger: opts.pacedDanger, seconds: opts.pacedSeconds, warmup: opts.warmup, rounds: 0, profile: opts.profilePaced,
        })
      : undefined;
    const memory = opts.memoryPeople > 0 ? await memoryPhase(api, redis, local.url, dataKey) : undefined;

    // ---- report ----
    const cpuOk = saturated.botCpuMsPerMessage <= TARGETS.cpuMsPerMessage;
    const dangerOk = (r: MainResult | undefined) => (r && r.dangerToQueue.n > 0 ? r.dangerToQueue.p99 <= TARGETS.dangerToQueueP99Ms : undefined);
    const redisOk = saturated.redis.memoryUsageAvg <= TARGETS.redisBytesPerIdleConversation;
    const heapOk = memory?.heapGrowthBytes !== undefined ? memory.heapGrowthBytes <= TARGETS.heapGrowthBytes : undefined;
    const sat = `${saturated.people} people, saturated`;
    const pac = paced ? `${paced.people} people, ${paced.thinkMs / 2}–${paced.thinkMs * 1.5} ms pauses` : '';
    const rows: Array<[string, string, string, boolean | undefined]> = [
      ['figure', 'measured', 'target', undefined],
      [`inbound messages/s (${sat})`, fmt(saturated.messagesPerSecond, 0), '', undefined],
      [`reply latency p50 / p99 (ms, ${sat})`, `${fmt(saturated.firstReply.p50)} / ${fmt(saturated.firstReply.p99)}`, '', undefined],
      [`danger message → case in queue p50 / p99 (ms, ${sat}, n=${saturated.dangerToQueue.n})`,
        `${fmt(saturated.dangerToQueue.p50)} / ${fmt(saturated.dangerToQueue.p99)}`, `p99 ≤ ${TARGETS.dangerToQueueP99Ms}`, dangerOk(saturated)],
      [`bot CPU per inbound message (ms, ${sat})`, fmt(saturated.botCpuMsPerMessage, 3), `≤ ${TARGETS.cpuMsPerMessage}`, cpuOk],
    ];
    if (paced) {
      rows.push(
        [`inbound messages/s (${pac})`, fmt(paced.messagesPerSecond, 0), '', undefined],
        [`reply latency p50 / p99 (ms, ${pac})`, `${fmt(paced.firstReply.p50)} / ${fmt(paced.firstReply.p99)}`, '', undefined],
        [`danger message → case in queue p50 / p99 (ms, ${pac}, n=${paced.dangerToQueue.n})`,
          `${fmt(paced.dangerToQueue.p50)} / ${fmt(paced.dangerToQueue.p99)}`, `p99 ≤ ${TARGETS.dangerToQueueP99Ms}`, dangerOk(paced)],
        [`bot CPU per inbound message (ms, ${pac})`, fmt(paced.botCpuMsPerMessage, 3), '', undefined],
      );
    }
    rows.push(
      ['Redis bytes per idle conversation, finished intake (MEMORY USAGE avg)', fmt(saturated.redis.memoryUsageAvg, 0), `≤ ${TARGETS.redisBytesPerIdleConversation}`, redisOk],
      ['Redis used_memory delta per conversation (incl. its case, queue entry, events)', fmt(saturated.redis.usedMemoryDeltaPerConversation, 0), '', undefined],
    );
    if (memory) {
      rows.push(['Redis bytes per conversation after /start only (MEMORY USAGE avg)', fmt(memory.redis.memoryUsageAvg, 0), `≤ ${TARGETS.redisBytesPerIdleConversation}`, memory.redis.memoryUsageAvg <= TARGETS.redisBytesPerIdleConversation]);
      for (const p of memory.points) {
        if (p.people === 0) continue;
        rows.push([`bot heapUsed / RSS after ${p.people.toLocaleString('en')} distinct people (forced GC)`, `${mb(p.heapUsed)} / ${mb(p.rss)}`, '', undefined]);
      }
      rows.push([
        `bot heap growth 1k → ${memory.people.toLocaleString('en')} people`,
        memory.heapGrowthBytes !== undefined ? `${mb(memory.heapGrowthBytes)} (${fmt(memory.heapBytesPerPerson, 1)} B/person)` : 'n/a',
        `flat: ≤ ${mb(TARGETS.heapGrowthBytes)}`, heapOk,
      ]);
    } else {
      rows.push(['bot memory 1k → 100k people', 'not run (--memory-people 0)', 'flat', undefined]);
    }

    log('');
    describePhase(saturated);
    if (paced) describePhase(paced);
    if (memory) {
      log(`memory phase: ${memory.people} people in ${memory.seconds} s (${fmt(memory.messagesPerSecond, 0)} msg/s), ${memory.errors} errors; ` +
        `Redis used_memory delta per /start-only conversation ${fmt(memory.redis.usedMemoryDeltaPerConversation, 0)} B`);
      for (const e of memory.errorSamples) log(`  error: ${e}`);
    }
    log('');
    log(table(rows));
    for (const r of [saturated, paced]) {
      const prof = r?.profile;
      if (!prof) continue;
      log('');
      log(`bot CPU profile of the ${r.label.split(' (')[0]} window: ${prof.file} (busy ${fmt(prof.busyMs, 0)} ms of ${fmt(prof.totalMs, 0)} ms sampled; the profiler adds ~10% CPU)`);
      log('  self time by package / area:');
      for (const b of prof.buckets.slice(0, 15)) log(`    ${fmt(b.pctOfBusy, 1).padStart(5)}%  ${fmt(b.ms, 0).padStart(7)} ms  ${b.name}`);
      log('  by what the stack is doing (first matching rule wins):');
      for (const c of prof.categories) log(`    ${fmt(c.pctOfBusy, 1).padStart(5)}%  ${fmt(c.ms, 0).padStart(7)} ms  ${c.name}`);
      log('  top self-time functions:');
      for (const f of prof.functions) log(`    ${fmt(f.pctOfBusy, 1).padStart(5)}%  ${fmt(f.ms, 0).padStart(7)} ms  ${f.name}`);
    }
    log('');
    const strip = (r: MainResult) => {
      const { profile, ...figures } = r;
      return { ...figures, ...(profile ? { profileFile: profile.file, profileCategories: profile.categories, profileTop: profile.functions.slice(0, 10) } : {}) };
    };
    const result = {
      bench: 'intake',
      at: new Date().toISOString(),
      node: process.version,
      options: opts,
      targets: TARGETS,
      met: {
        cpu: cpuOk, dangerToQueueSaturated: dangerOk(saturated) ?? null, dangerToQueuePaced: dangerOk(paced) ?? null,
        redisBytes: redisOk, memoryFlat: heapOk ?? null,
      },
      saturated: strip(saturated),
      ...(paced ? { paced: strip(paced) } : {}),
      ...(memory ? { memory } : {}),
    };
    log(JSON.stringify(result));
    if (saturated.errors > 0 || (paced?.errors ?? 0) > 0 || (memory?.errors ?? 0) > 0) process.exitCode = 1;
  } finally {
    await api?.stop().catch(() => undefined);
    redis?.disconnect();
    await local?.stop().catch(() => undefined);
    await rm(tmp, { recursive: true, force: true }).catch(() => undefined);
  }
}

await main();
