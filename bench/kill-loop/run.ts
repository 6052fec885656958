/**
 * The kill loop: the bot as `npm start` runs it (src/main.ts, officers' group configured) against the loopback
 * Bot API server and a Redis with AOF, while people walk intakes and officers answer; meanwhile the bot is
 * killed with SIGKILL and restarted, and so, a few times, is Redis (same AOF directory, same port). Afterwards
 * it reads Redis and the Bot API server's record and counts what went wrong; it asserts nothing itself.
 *
 * Redis runs with `appendfsync always`: a write Redis acknowledged survives its SIGKILL, so what is lost or
 * doubled is the hotline's doing, not the last second `everysec` may lose (pass `fsync: 'everysec'` to see
 * production's setting).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { Redis } from 'ioredis';
import { caseSealer } from '../../src/cases/case-keys.js';
import { parseCase } from '../../src/cases/case-record.js';
import { createSealer } from '../../src/core/sealed.js';
import { createKeys } from '../../src/redis/keys.js';
import { pickFreePort, probeRedis } from '../../src/redis/local-server.js';
import { ApiServer, botEnv, ROOT, type JsonLine } from '../intake/processes.js';
import { prng } from '../../test/support/prng.js';
import { Officers, Person, type Role } from './people.js';

export interface KillLoopOptions {
  people: number;
  botKills: number;
  redisKills: number;
  /** How long the bot runs between its start and its kill, ms: uniform in [min, max]. */
  upMs: [number, number];
  fsync?: 'always' | 'everysec';
  seed?: number;
  /** After the last kill: how long to wait for walks and answers to finish, ms. */
  settleMs?: number;
  log?: (line: string) => void;
}

export interface KillLoopFigures {
  kills: { bot: number; redis: number; botExitedByItself: number };
  people: { total: number; finished: number; sosSent: number; alerted: number; nudges: number };
  cases: number;
  /** People with more than one case. */
  duplicates: number;
  /** People who finished an intake, or sent an SOS, with no case. */
  missing: { finished: number; sos: number };
  /** SOS senders whose case is not in the queue (or not critical). */
  sosNotQueued: number;
  topics: { cases: number; twoOrMore: number; casesWithNone: number };
  answers: { sent: number; confirmed: number; delivered: { zero: number; one: number; twoOrMore: number } };
  botErrorLogs: number;
  seconds: number;
}

const DATA_KEY = Buffer.alloc(32, 7).toString('base64');
const GROUP = -1001000000001;
const OFFICER = 7001;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const exited = (child: ChildProcess) => child.exitCode !== null || child.signalCode !== null;
const waitExit = (child: ChildProcess) => (exited(child) ? Promise.resolve() : new Promise<void>((r) => child.once('exit', () => r())));

/** A redis-server with AOF, killed and restarted on the same port and directory. */
class RedisChild {
  child?: ChildProcess;
  constructor(readonly port: number, readonly dir: string, private readonly fsync: string) {}
  async start(): Promise<void> {
    this.child = spawn('redis-server', [
      '--port', String(this.port), '--bind', '127.0.0.1', '--dir', this.dir, '--appendonly', 'yes', '--appendfsync', this.fsync,
      '--save', '', '--maxmemory-policy', 'noeviction', '--loglevel', 'warning',
    ], { stdio: 'ignore' });
    const end = Date.now() + 20_000;
    while ((await probeRedis(this.port, { timeoutMs: 300 })) !== 'pong') {
      if (Date.now() > end) throw new Error('redis-server did not start');
      await sleep(50);
    }
  }
  async kill(): Promise<void> {
    if (!this.child) return;
    this.child.kill('SIGKILL');
    await waitExit(this.child);
  }
  async stop(): Promise<void> {
    if (!this.child || exited(this.child)) return;
    this.child.kill('SIGTERM');
    await waitExit(this.child);
  }
}

/** The bot as `npm start` runs it; ready once its Telegram channel polls (its info log line). */
class Bot {
  child?: ChildProcess;
  errors = 0;
  /** The bot's warnings and errors, by message (log messages name no person), for explaining a failed check. */
  readonly warnings = new Map<string, number>();
  constructor(private readonly env: Record<string, string>) {}
  /** Starts it and waits until it polls; false when it exited first (e.g. Redis was not up). */
  start(): Promise<boolean> {
    const child = spawn(process.execPath, ['--max-semi-space-size=64', '--import', 'tsx', 'src/main.ts'], {
      cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, ...this.env },
    });
    this.child = child;
    return new Promise((resolve) => {
      const timer = setTimeout(() => resolve(false), 60_000);
      child.once('exit', () => { clearTimeout(timer); resolve(false); });
      createInterface({ input: child.stderr! }).on('line', (text) => {
        let line: JsonLine;
        try { line = JSON.parse(text) as JsonLine; } catch { return; }
        if (Number(line.level) >= 50) this.errors++;
        if (Number(line.level) >= 40) {
          const err = (line as { err?: { type?: string; message?: string } }).err;
          const key = `${String(line.msg)}${err ? ` (${err.type ?? ''}: ${String(err.message ?? '').slice(0, 160)})` : ''}`;
          this.warnings.set(key, (this.warnings.get(key) ?? 0) + 1);
        }
        if (line.msg === 'telegram channel polling') { clearTimeout(timer); resolve(true); }
      });
    });
  }
  async kill(): Promise<void> {
    if (!this.child || exited(this.child)) return;
    this.child.kill('SIGKILL');
    await waitExit(this.child);
  }
  async stop(): Promise<void> {
    if (!this.child || exited(this.child)) return;
    this.child.kill('SIGTERM');
    await waitExit(this.child);
  }
  get running(): boolean {
    return !!this.child && !exited(this.child);
  }
}

const ROLES: Role[] = ['danger', 'normal', 'sos-first', 'danger', 'relative', 'normal', 'danger', 'relative'];

export async function runKillLoop(opts: KillLoopOptions): Promise<KillLoopFigures> {
  const say = opts.log ?? (() => undefined);
  const log = (line: string) => say(`${((Date.now() - started) / 1000).toFixed(1)} s ${line}`);
  const random = prng(opts.seed ?? 12);
  const started = Date.now();
  const dir = await mkdtemp(path.join(tmpdir(), 'hotline-kill-loop-'));
  const redis = new RedisChild(await pickFreePort(), dir, opts.fsync ?? 'always');
  const api = new ApiServer();
  const prefix = 'kill:';
  const bot = new Bot({
    ...botEnv({ apiRoot: '', redisUrl: `redis://127.0.0.1:${redis.port}`, prefix, dataKey: DATA_KEY }),
    TELEGRAM_API_ROOT: await api.apiRoot, LOG_LEVEL: 'info', DATA_DIR: dir, HTTP_PORT: '0',
    OFFICERS_CHAT_ID: String(GROUP), OFFICER_IDS: String(OFFICER), DESK_GROUP_POSTS_PER_MINUTE: '60',
  });
  let botExitedByItself = 0;
  const people = Array.from({ length: opts.people }, (_, i) => new Person(1000 + i, ROLES[i % ROLES.length]!, api, random));
  const byChat = new Map(people.map((p) => [p.chatId, p]));
  const officers = new Officers(api, GROUP, OFFICER, random);
  const topics = new Promise<Array<{ threadId: number; name: string }>>((resolve) => {
    api.onLine = (line) => { if (line.ev === 'topics') resolve(line.topics as Array<{ threadId: number; name: string }>); };
  });
  api.onSent = (ev) => (ev.chatId === GROUP ? officers.onSent(ev) : byChat.get(ev.chatId)?.onSent(ev));
  api.send({ op: 'group', chatId: GROUP, forum: true });

  let running = true;
  let readAll = false; // once the walks are over, also people who did not finish read their answers
  const walks: Array<Promise<void>> = [];
  try {
    await redis.start();
    const startBot = async () => {
      const t0 = Date.now();
      while (!(await bot.start())) {
        botExitedByItself++;
        await sleep(200);
      }
      log(`bot ready in ${Date.now() - t0} ms`);
    };
    await startBot();
    // People start over the first half of the kills; officers answer and people read answers as they come.
    const spread = (opts.botKills * (opts.upMs[0] + opts.upMs[1])) / 4;
    people.forEach((p, i) => walks.push(sleep((spread * i) / Math.max(1, people.length)).then(() => p.walk(() => running))));
    const chores = setInterval(() => {
      officers.answerNew();
      for (const p of people) if (p.done || readAll) p.nudgeForAnswers();
    }, 500);
    const redisAt = new Set(Array.from({ length: opts.redisKills }, (_, i) => Math.floor(((i + 1) * opts.botKills) / (opts.redisKills + 1))));
    let redisKills = 0;
    for (let k = 0; k < opts.botKills; k++) {
      await sleep(opts.upMs[0] + random() * (opts.upMs[1] - opts.upMs[0]));
      if (redisAt.has(k)) {
        await redis.kill();
        redisKills++;
        log(`kill ${k + 1}: redis killed`);
        await sleep(300 + random() * 1200);
        await redis.start();
      }
      if (!bot.running) botExitedByItself++;
      await bot.kill();
      log(`kill ${k + 1}/${opts.botKills}: bot killed`);
      await startBot();
    }
    // The last bot stays up: walks finish (for half the settling time at most), then everyone reads the answers announced.
    const settleMs = opts.settleMs ?? 30_000;
    const settleEnd = Date.now() + settleMs;
    while (Date.now() < settleEnd - settleMs / 2 && people.some((p) => !p.done)) await sleep(500);
    running = false;
    await Promise.all(walks);
    for (const p of people) if (!p.done) log(`person ${p.chatId} (${p.role}) did not finish; last: ${JSON.stringify(p.received.at(-1)?.slice(0, 80))}`);
    readAll = true;
    // Everyone who finished or sent an SOS has a case, so a card; the settling ends once every card is up and every
    // answer arrived. People write again now and then ("any news?"), as a worried person does: answers held until
    // the person writes go out then.
    const cardsDue = () => people.filter((p) => p.done || p.sosSent).length;
    let checkedIn = 0;
    const settled = () => officers.cards.size >= cardsDue() && officers.answers.size >= officers.cards.size && [...officers.answers.values()].every((a) => deliveredTo(people, a.token));
    while (Date.now() < settleEnd && !settled()) {
      if (Date.now() - checkedIn > 60_000) {
        checkedIn = Date.now();
        for (const p of people) p.checkIn();
      }
      await sleep(500);
    }
    log(`settled: ${officers.cards.size} cards of ${cardsDue()} due, ${[...officers.answers.values()].filter((a) => deliveredTo(people, a.token)).length}/${officers.answers.size} answers delivered`);
    if (!settled()) log(`the bot's warnings and errors: ${JSON.stringify(Object.fromEntries(bot.warnings))}`);
    clearInterval(chores);
    for (const ans of officers.answers.values()) {
      if (deliveredTo(people, ans.token)) continue;
      const p = people.find((x) => x.received.some((t) => t.includes(ans.caseId)));
      log(`answer ${ans.token} to ${ans.caseId} not delivered (topic's last post: ${JSON.stringify(officers.posts.get(ans.thread)?.at(-1)?.slice(0, 100))}; person ${p ? `${p.chatId} ${p.role}, last: ${JSON.stringify(p.received.at(-1)?.slice(0, 60))}` : 'not known by case id'})`);
    }
    await sleep(1000);
    api.send({ op: 'topics', chatId: GROUP });
    const topicList = await Promise.race([topics, sleep(5000).then(() => [])]);
    await bot.stop();
    return await figures({ log, redisPort: redis.port, prefix, people, officers, topicList, kills: { bot: opts.botKills, redis: redisKills, botExitedByItself }, botErrors: bot.errors, started });
  } finally {
    running = false;
    await bot.kill();
    await api.stop();
    await redis.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

const deliveredTo = (people: Person[], token: string) => people.some((p) => p.received.some((t) => t.includes(token)));

async function figures(a: {
  log: (line: string) => void;
  redisPort: number; prefix: string; people: Person[]; officers: Officers; topicList: Array<{ threadId: number; name: string }>;
  kills: KillLoopFigures['kills']; botErrors: number; started: number;
}): Promise<KillLoopFigures> {
  const { log } = a;
  const client = new Redis({ port: a.redisPort, lazyConnect: true });
  await client.connect();
  try {
    const sealer = createSealer(Buffer.from(DATA_KEY, 'base64'));
    const keys = createKeys(a.prefix);
    const caseKeys: string[] = [];
    let cursor = '0';
    do {
      const [next, found] = await client.scan(cursor, 'MATCH', `${a.prefix}case:*`, 'COUNT', 1000);
      cursor = next;
      caseKeys.push(...found);
    } while (cursor !== '0');
    const casesOf = new Map<number, Array<{ id: string; urgency: string }>>();
    let cases = 0;
    for (const key of caseKeys) {
      // Each case's sealed part opens with its own key (src/cases/case-keys.ts).
      const view = parseCase(await client.hgetall(key), await caseSealer({ redis: client, keys, sealer }, key.slice(keys.case('').length)));
      if (!view) continue;
      cases++;
      const chat = Number(view.private.address);
      casesOf.set(chat, [...(casesOf.get(chat) ?? []), { id: view.id, urgency: view.urgency }]);
    }
    let sosNotQueued = 0;
    for (const p of a.people) {
      if (!p.sosSent) continue;
      const mine = casesOf.get(p.chatId) ?? [];
      const queued = await Promise.all(mine.map((c) => client.zscore(keys.queue, c.id)));
      if (!mine.some((c, i) => c.urgency === 'critical' && queued[i] !== null)) {
        sosNotQueued++;
        log(`SOS of person ${p.chatId} (${p.role}, alerted: ${p.alerted}) not queued as critical: ${JSON.stringify(mine.map((c, i) => ({ urgency: c.urgency, queued: queued[i] !== null })))}`);
      }
    }
    const topicsOf = new Map<string, number>();
    for (const t of a.topicList) {
      const id = /\b[A-Z]{2}-[2-9A-HJ-NP-Z]{4}\b/.exec(t.name)?.[0];
      if (id) topicsOf.set(id, (topicsOf.get(id) ?? 0) + 1);
    }
    const allCases = [...casesOf.values()].flat();
    // The events stream, read once and only when something below needs explaining.
    let read: Array<[string, string[]]> | undefined;
    const stream = async () => (read ??= await client.xrange(keys.events, '-', '+'));
    // Why a case has no topic: where its card is in the desk's queues, and whether the desk read its events.
    for (const c of allCases) {
      if (topicsOf.has(c.id)) continue;
      const [kind, status, createdAt] = await client.hmget(keys.case(c.id), 'kind', 'status', 'createdAt');
      const card = await client.hgetall(keys.deskCard(c.id));
      const todo = await Promise.all([`card:${c.id}`, `posting:card:${c.id}`].map((m) => client.zscore(keys.deskTodo, m)));
      const parked = await client.zscore(keys.deskParked, `card:${c.id}`);
      const events = (await stream()).filter(([, f]) => f.includes(c.id)).map(([id, f]) => `${id.split('-')[0]}:${f[f.indexOf('type') + 1]}`);
      const pending = await client.xpending(keys.events, 'desk').catch(() => 'no group');
      log(`no topic for ${c.id}: ${kind} ${c.urgency} ${status}, opened at ${((Number(createdAt) - a.started) / 1000).toFixed(1)} s; desk:card ${JSON.stringify(card)}; todo ${JSON.stringify(todo)}; parked ${parked}; events ${events.slice(0, 6).join(' ')}; desk pending ${JSON.stringify(pending)}; todo size ${await client.zcard(keys.deskTodo)}`);
    }
    // Why an answer did not arrive: what the case, its held list, its outbox lane and its reply events say.
    const delivered0 = (token: string) => a.people.every((p) => !p.received.some((t) => t.includes(token)));
    for (const ans of a.officers.answers.values()) {
      if (!delivered0(ans.token)) continue;
      const key = keys.case(ans.caseId);
      const view = parseCase(await client.hgetall(key), await caseSealer({ redis: client, keys, sealer }, ans.caseId));
      const chat = view ? Number(view.private.address) : NaN;
      const person = a.people.find((p) => p.chatId === chat);
      const held = await client.llen(keys.held(ans.caseId));
      const lane = view ? await client.llen(keys.outboxLane(sealer.personId(view.channel as 'telegram', view.private.address))) : -1;
      const [announced, released, conv] = await client.hmget(key, 'announced', 'released', 'person');
      const [kc, kd, stop] = conv ? await client.hmget(keys.conversation(conv), 'kc', 'kd', 'x') : [];
      log(`  its person did: ${JSON.stringify(person?.did.slice(-30))}; code word ${kc ? 'set' : 'none'}, duress word ${kd ? 'set' : 'none'}, stopped ${stop ?? 'no'}; last received ${JSON.stringify(person?.received.slice(-4).map((x) => x.slice(0, 50)))}`);
      const replies = (await stream()).filter(([, f]) => f.includes('case.reply') && f.includes(ans.caseId))
        .map(([, f]) => { const at = (n: string) => f[f.indexOf(n) + 1]; return `${at('state')}${f.includes('why') ? `:${at('why')}` : ''}${f.includes('waiting') ? `:${at('waiting')}` : ''}`; });
      const active = (await stream()).filter(([, f]) => f.includes('case.person-active') && f.includes(ans.caseId))
        .map(([, f]) => `${f[f.indexOf('by') + 1]}/${f[f.indexOf('quiet') + 1]}`);
      log(`undelivered ${ans.token} on ${ans.caseId}: person ${chat} (${person?.role ?? '?'}, done ${person?.done}), contact ${view?.private.contact ?? '-'}, kind ${view?.kind ?? '-'}, held ${held}, lane ${lane}, announced ${announced ?? '-'}, released ${released ?? '-'}, conversation ${conv ? 'yes' : 'no'}, reply events ${replies.join(' ') || 'none'}, person-active ${active.join(' ') || 'none'}, answered at ${((ans.at - a.started) / 1000).toFixed(1)} s`);
    }
    const delivered = { zero: 0, one: 0, twoOrMore: 0 };
    const answers = [...a.officers.answers.values()];
    for (const ans of answers) {
      const n = a.people.reduce((sum, p) => sum + p.received.filter((t) => t.includes(ans.token)).length, 0);
      if (n === 0) delivered.zero++;
      else if (n === 1) delivered.one++;
      else delivered.twoOrMore++;
    }
    return {
      kills: a.kills,
      people: {
        total: a.people.length, finished: a.people.filter((p) => p.done).length, sosSent: a.people.filter((p) => p.sosSent).length,
        alerted: a.people.filter((p) => p.alerted).length, nudges: a.people.reduce((s, p) => s + p.nudges, 0),
      },
      cases,
      duplicates: [...casesOf.values()].filter((c) => c.length > 1).length,
      missing: {
        finished: a.people.filter((p) => p.done && !casesOf.has(p.chatId)).length,
        sos: a.people.filter((p) => p.sosSent && !casesOf.has(p.chatId)).length,
      },
      sosNotQueued,
      topics: { cases: topicsOf.size, twoOrMore: [...topicsOf.values()].filter((n) => n > 1).length, casesWithNone: allCases.filter((c) => !topicsOf.has(c.id)).length },
      answers: { sent: answers.length, confirmed: answers.filter((x) => x.confirmed).length, delivered },
      botErrorLogs: a.botErrors,
      seconds: Math.round((Date.now() - a.started) / 100) / 10,
    };
  } finally {
    client.disconnect();
  }
}

/** The failed checks, in words. */
export function failures(f: KillLoopFigures): string[] {
  const out: string[] = [];
  if (f.duplicates > 0) out.push(`${f.duplicates} people have more than one case`);
  if (f.missing.finished > 0) out.push(`${f.missing.finished} people finished an intake and have no case`);
  if (f.missing.sos > 0) out.push(`${f.missing.sos} people sent an SOS and have no case`);
  if (f.sosNotQueued > 0) out.push(`${f.sosNotQueued} SOS cases are not in the queue as critical`);
  if (f.topics.twoOrMore > 0) out.push(`${f.topics.twoOrMore} cases have two or more topics`);
  if (f.topics.casesWithNone > 0) out.push(`${f.topics.casesWithNone} cases have no topic`);
  if (f.answers.delivered.zero > 0) out.push(`${f.answers.delivered.zero} answers were never delivered`);
  if (f.answers.delivered.twoOrMore > 0) out.push(`${f.answers.delivered.twoOrMore} answers were delivered twice or more`);
  return out;
}
