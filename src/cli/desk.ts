/**
 * The duty desk in a terminal (`npm run desk`), for embassies that do not use Telegram: list, show, claim,
 * unclaim, note, reply, location, status and watch, over the same Redis as the hotline, through the same
 * case desk (src/officers/case-desk.ts, which audits every action) and the same card renderer
 * (src/officers/card.ts), so the terminal shows the same facts as the Telegram cards.
 *
 * The terminal shows case details: that is its purpose. Logs (stderr, pino) never do.
 * Exit codes: 0 done, 1 refused, 2 wrong usage, 3 could not run (configuration or Redis).
 */
import { parseArgs } from 'node:util';
import type { Redis } from 'ioredis';
import { createApp, type App } from '../app.js';
import type { CaseView } from '../cases/case-record.js';
import { loadConfig } from '../config.js';
import { ForwardedMessage } from '../core/messages.js';
import { loadDeployment, type Deployment } from '../deployment.js';
import { loadLocales, type Args } from '../i18n/locales.js';
import { createLogger, type Logger } from '../logger.js';
import { createCardRenderer, defang, type CardAction, type CardRenderer } from '../officers/card.js';
import { OFFICER_TEXT_MAX, settableStatuses, type ActOutcome, type Officer, type SettableStatus } from '../officers/case-desk.js';
import { nextSafeMoment, parseSafeTimes } from '../officers/safe-time.js';
import { connectRedis, quitRedis, resolveRedis } from '../redis/connect.js';

const EXIT = { done: 0, refused: 1, usage: 2, failed: 3 } as const;
const OFFICER_NAME = /^[a-z0-9._-]{1,32}$/;
const acting = new Set(['show', 'claim', 'unclaim', 'note', 'reply', 'location', 'status']);

/** How the desk was called wrongly: a desk-cli-* message key and its arguments (exit 2). */
class UsageError extends Error {
  constructor(readonly key: string, readonly args: Args = {}) {
    super(key);
    this.name = 'UsageError';
  }
}

type T = (key: string, args?: Args) => string;

/** One command, checked before anything touches Redis. */
type Plan =
  | { command: 'list'; json: boolean }
  | { command: 'watch' }
  | { command: 'show'; caseId: string }
  | { command: 'claim' | 'unclaim' | 'location'; caseId: string }
  | { command: 'note' | 'reply'; caseId: string; text: string }
  | { command: 'status'; caseId: string; status: SettableStatus; other?: string };

function plan(words: string[], json: boolean): Plan {
  const [command = '', id, ...rest] = words;
  const needId = () => {
    if (!id) throw new UsageError('desk-cli-need-id', { command });
    return id;
  };
  const noMore = (extra: unknown[]) => {
    if (extra.length > 0) throw new UsageError('desk-cli-extra', { command });
  };
  switch (command) {
    case 'list':
    case 'watch':
      noMore(id === undefined ? [] : [id, ...rest]);
      return command === 'list' ? { command, json } : { command };
    case 'show':
    case 'claim':
    case 'unclaim':
    case 'location':
      noMore(rest);
      return { command, caseId: needId() };
    case 'note':
    case 'reply':
      return { command, caseId: needId(), text: rest.join(' ') };
    case 'status': {
      const caseId = needId();
      const [word, other, ...more] = rest;
      noMore(more);
      if (!word || !(settableStatuses as readonly string[]).includes(word)) throw new UsageError('desk-cli-bad-status', { status: word ?? '' });
      if (word === 'duplicate' && !other) throw new UsageError('desk-cli-need-other', { caseId });
      if (word !== 'duplicate' && other) throw new UsageError('desk-cli-other-only-duplicate');
      return { command, caseId, status: word as SettableStatus, other };
    }
    default:
      throw new UsageError('desk-cli-unknown-command', { command });
  }
}

/** The officer acting: `--as` or DESK_OFFICER, recorded as `cli:<name>` in the audit stream. */
function officerFrom(name: string | undefined, env: NodeJS.ProcessEnv): Officer {
  const raw = (name ?? env.DESK_OFFICER ?? '').trim().toLowerCase();
  if (raw === '') throw new UsageError('desk-cli-need-officer');
  if (!OFFICER_NAME.test(raw)) throw new UsageError('desk-cli-bad-officer', { name: raw.slice(0, 40) });
  return { id: `cli:${raw}`, supervisor: ['1', 'true', 'yes'].includes((env.DESK_SUPERVISOR ?? '').trim().toLowerCase()) };
}

/** Terminal width of a string, for table columns: emoji take two cells. */
const cells = (s: string) => [...s].reduce((n, ch) => n + (/\p{Extended_Pictographic}/u.test(ch) ? 2 : /[\p{M}\uFE0F\u200B]/u.test(ch) ? 0 : 1), 0);

function table(rows: string[][]): string[] {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => cells(r[i]!))));
  return rows.map((r) => r.map((c, i) => c + ' '.repeat(widths[i]! - cells(c))).join('  ').trimEnd());
}

interface Desk {
  app: App;
  redis: Redis;
  cards: CardRenderer;
  t: T;
  out: (text?: string) => void;
  err: (text: string) => void;
}

async function list(d: Desk, json: boolean): Promise<number> {
  const { app, cards, t, out } = d;
  const cases = await app.desk.list();
  const now = Date.now();
  if (json) {
    // Queue facts only: JSON gets piped into other tools, so the sealed personal part stays out (`show` has it).
    out(JSON.stringify(cases.map(({ private: _personal, ...c }) => ({ ...c, ageMs: now - c.createdAt })), null, 2));
    return EXIT.done;
  }
  if (cases.length === 0) {
    out(t('desk-cli-queue-empty'));
    return EXIT.done;
  }
  const head = ['case', 'urgency', 'age', 'status', 'claimed', 'country', 'lang', 'reasons'].map((c) => t(`desk-cli-col-${c}`));
  const rows = cases.map((c) => [
    c.id,
    t(`desk-urgency-${c.urgency}`),
    cards.age(now - c.createdAt),
    t(`desk-status-${c.status}`),
    c.claimedBy ?? t('desk-cli-nobody'),
    c.country ?? '?',
    c.lang || '?',
    c.reasons.map((r) => t(`desk-reason-${r}`)).join(', ') || t('desk-cli-nobody'),
  ]);
  for (const line of table([head, ...rows])) out(line);
  out(t('desk-cli-queue-count', { count: cases.length }));
  return EXIT.done;
}

/** The terminal command for each button of a card. */
const commandFor: Record<CardAction, (id: string) => string> = {
  claim: (id) => `claim ${id}`,
  unclaim: (id) => `unclaim ${id}`,
  location: (id) => `location ${id}`,
  'in-progress': (id) => `status ${id} in-progress`,
  resolved: (id) => `status ${id} resolved`,
  closed: (id) => `status ${id} closed`,
};

async function show(d: Desk, rawId: string, officer: Officer): Promise<number> {
  const { app, cards, t, out } = d;
  const caseId = app.desk.normalizeId(rawId);
  const detail = await app.desk.show(caseId, officer); // audited, found or not
  if (!detail) return refuse(d, caseId, { ok: false, reason: 'missing' });
  const names = await d.redis.hgetall(app.keys.deskOfficers);
  const card = cards.card(detail.view, { held: detail.held, now: Date.now(), officerName: (id) => names[id] });
  out(card.text);
  out();
  if (detail.notes.length === 0) out(t('desk-cli-no-notes'));
  else {
    out(t('desk-cli-notes-head'));
    for (const n of detail.notes) out(t('desk-cli-note-line', { time: cards.time(n.at), officer: n.by, text: defang(n.text) }));
  }
  out(t('desk-cli-actions'));
  for (const action of card.actions.flat()) out(`  npm run desk -- ${commandFor[action](caseId)}`);
  return EXIT.done;
}

/** The answer to a refused action, on stderr; exit 1 (2 for an empty text: the command was incomplete). */
function refuse(d: Desk, caseId: string, o: Extract<ActOutcome, { ok: false }>, extra: { other?: string; length?: number } = {}): number {
  const { t } = d;
  const status = o.status ? t(`desk-status-${o.status}`) : '';
  const messages: Record<typeof o.reason, () => string> = {
    missing: () => t('desk-cli-missing', { caseId }),
    closed: () => t('desk-cli-closed', { caseId, status }),
    taken: () => t('desk-cli-taken', { caseId, officer: o.claimedBy ?? '?' }),
    'not-claimed': () => t('desk-cli-not-claimed', { caseId }),
    gone: () => t('desk-cli-gone', { caseId }),
    'bad-duplicate': () => t('desk-cli-bad-duplicate', { other: extra.other ?? '?' }),
    'too-long': () => t('desk-cli-too-long', { length: extra.length ?? 0, max: OFFICER_TEXT_MAX }),
    empty: () => t('desk-cli-empty'),
  };
  d.err(messages[o.reason]());
  return o.reason === 'empty' ? EXIT.usage : EXIT.refused;
}

/**
 * Whether the running hotline's relay sends a queued answer now or holds it: the relay's own rule
 * (src/officers/relay.ts) — any time, after they write, their readable safe hours, else wait for them.
 */
function whenSent(view: CaseView | undefined, deployment: Deployment, cards: CardRenderer, t: T): string {
  const p = view?.private;
  if (p?.contact === 'anytime') return t('desk-cli-send-now');
  if (p?.contact === 'they-write-first') return t('desk-cli-held-first');
  const windows = p?.contact === 'times' && p.contactTimes ? parseSafeTimes(p.contactTimes) : undefined;
  if (view && windows) {
    const offset = deployment.countries.find((c) => c.code === view.country)?.utcOffsetMinutes ?? deployment.embassy.utcOffsetMinutes;
    const next = nextSafeMoment(windows, Date.now(), offset);
    return next.now ? t('desk-cli-send-now') : t('desk-cli-held-until', { time: cards.time(next.at) });
  }
  return t('desk-cli-held-unknown');
}

async function act(d: Desk, p: Exclude<Plan, { command: 'list' | 'watch' | 'show' }>, officer: Officer): Promise<number> {
  const { app, t, out } = d;
  const caseId = app.desk.normalizeId(p.caseId);
  let outcome: ActOutcome;
  let other: string | undefined;
  switch (p.command) {
    case 'claim': outcome = await app.desk.claim(caseId, officer); break;
    case 'unclaim': outcome = await app.desk.unclaim(caseId, officer); break;
    case 'note': outcome = await app.desk.note(caseId, officer, p.text); break;
    case 'reply': outcome = await app.desk.reply(caseId, officer, p.text); break;
    case 'location': outcome = await app.desk.requestLocation(caseId, officer); break;
    case 'status':
      other = p.other ? app.desk.normalizeId(p.other) : undefined;
      outcome = await app.desk.setStatus(caseId, officer, p.status, other);
      break;
  }
  if (!outcome.ok) return refuse(d, caseId, outcome, { other, length: 'text' in p ? p.text.trim().length : 0 });
  const status = t(`desk-status-${outcome.status}`);
  switch (p.command) {
    case 'claim': out(t(outcome.already ? 'desk-cli-already-yours' : 'desk-cli-claimed', { caseId })); break;
    case 'unclaim': out(t('desk-cli-unclaimed', { caseId })); break;
    case 'status': out(t(outcome.already ? 'desk-cli-status-same' : 'desk-cli-status-set', { caseId, status })); break;
    case 'note': out(t('desk-cli-note-added', { caseId })); break;
    case 'reply':
    case 'location': {
      const view = await app.desk.store.get(caseId);
      out(t(p.command === 'reply' ? 'desk-cli-reply-queued' : 'desk-cli-location-queued', { caseId }));
      out(whenSent(view, app.deployment, d.cards, t));
      out(t('desk-cli-watch-hint'));
    }
  }
  return EXIT.done;
}

/** One line for an event of the stream; undefined for the hotline's internal signals. */
function eventLine(d: Desk, id: string, f: Record<string, string>): string | undefined {
  const { t, cards, app } = d;
  const type = f.type ?? '?';
  if (type === 'case.person-active') return undefined; // tells the relay to deliver; case.message shows the words
  const caseId = f.case ?? '?';
  const at = Number(f.at) || Number(id.split('-')[0]);
  if (type === 'case.message') {
    try {
      const message = ForwardedMessage.parse(JSON.parse(app.sealer.open(Buffer.from(f.sealed ?? '', 'base64'), `message on ${caseId}`)));
      return `${cards.time(at)} · ${cards.forwarded(caseId, message)}`;
    } catch {
      return `${cards.time(at)} · ${caseId} · ${type}`;
    }
  }
  const key = `desk-cli-what-${type.replace('.', '-')}${type === 'case.reply' ? `-${f.state ?? 'queued'}` : ''}`;
  const what = t(key, {
    status: f.status ? t(`desk-status-${f.status}`) : '',
    count: Number(f.count ?? 0),
    until: f.until ? t('desk-cli-until', { time: cards.time(Number(f.until)) }) : '',
  });
  return t('desk-cli-event', {
    time: cards.time(at),
    caseId,
    urgency: f.urgency ? t(`desk-urgency-${f.urgency}`) : '?',
    what: what === key ? type : what, // an event type this desk does not know: its name
    by: f.officer ? t('desk-cli-event-by', { officer: f.officer }) : '',
  });
}

/** The queue, then each new event as it comes (XREAD BLOCK, read-only: no consumer group). Ctrl-C stops. */
async function watch(d: Desk, url: string, logger: Logger): Promise<number> {
  const { app, redis, out, t } = d;
  const [latest] = await redis.xrevrange(app.keys.events, '+', '-', 'COUNT', 1);
  let last = latest?.[0] ?? '0-0'; // read before listing, so no event falls between the two
  await list(d, false);
  out(t('desk-cli-watching'));
  // A blocking read gets a connection of its own.
  const reader = await connectRedis({ url, logger, name: 'desk-watch' });
  let stopping = false;
  const stop = () => {
    stopping = true;
    reader.disconnect();
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  try {
    while (!stopping) {
      const batch = await reader.xread('COUNT', 100, 'BLOCK', 5000, 'STREAMS', app.keys.events, last);
      for (const [, entries] of batch ?? []) {
        for (const [id, flat] of entries) {
          last = id;
          const f: Record<string, string> = {};
          for (let i = 0; i + 1 < flat.length; i += 2) f[flat[i]!] = flat[i + 1]!;
          const line = eventLine(d, id, f);
          if (line) out(line);
        }
      }
    }
  } catch (err) {
    if (!stopping) throw err;
  } finally {
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
    if (reader.status !== 'end') await quitRedis(reader);
  }
  return EXIT.done;
}

async function runDesk(argv: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const out = (text = '') => void process.stdout.write(`${text}\n`);
  const err = (text: string) => void process.stderr.write(`${text}\n`);

  let loaded;
  try {
    const config = loadConfig(env);
    const deployment = loadDeployment(config.deploymentFile);
    loaded = { config, deployment, locales: loadLocales('locales', deployment.languages) };
  } catch (e) {
    // the locales may be what failed, so this one line cannot be translated
    err(`Could not run the desk: ${(e as Error).message}`);
    return EXIT.failed;
  }
  const { config, deployment, locales } = loaded;

  let lang = deployment.embassy.deskLanguage ?? deployment.defaultLanguage;
  const t: T = (key, args) => locales.t(lang, key, args);
  let chosen: Plan;
  let officer: Officer | undefined;
  try {
    let parsed;
    try {
      parsed = parseArgs({
        args: argv,
        allowPositionals: true,
        options: { as: { type: 'string' }, lang: { type: 'string' }, json: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false } },
      });
    } catch (e) {
      throw new UsageError('desk-cli-bad-option', { message: (e as Error).message.replace(/\.$/, '') });
    }
    const { values, positionals } = parsed;
    if (values.lang !== undefined) {
      if (!deployment.languages.includes(values.lang)) throw new UsageError('desk-cli-bad-lang', { lang: values.lang, languages: deployment.languages.join(', ') });
      lang = values.lang;
    }
    if (values.help || positionals[0] === 'help') {
      out(t('desk-cli-usage'));
      return EXIT.done;
    }
    if (positionals.length === 0) {
      err(t('desk-cli-usage'));
      return EXIT.usage;
    }
    chosen = plan(positionals, values.json);
    if (acting.has(chosen.command)) officer = officerFrom(values.as, env);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    err(t('desk-cli-bad-usage', { problem: t(e.key, e.args) }));
    return EXIT.usage;
  }

  const logger = createLogger({ level: env.LOG_LEVEL ?? 'warn' });
  let store;
  try {
    store = await resolveRedis({ redisUrl: config.redis.url, dataDir: config.dataDir, logger, name: 'desk' });
  } catch (e) {
    err(t('desk-cli-failed', { message: (e as Error).message }));
    return EXIT.failed;
  }
  try {
    const app = createApp({ config, redis: store.redis, logger });
    const d: Desk = { app, redis: store.redis, cards: createCardRenderer({ locales, deployment, lang }), t, out, err };
    switch (chosen.command) {
      case 'list': return await list(d, chosen.json);
      case 'watch': return await watch(d, store.url, logger);
      case 'show': return await show(d, chosen.caseId, officer!);
      default: return await act(d, chosen, officer!);
    }
  } catch (e) {
    err(t('desk-cli-failed', { message: (e as Error).message }));
    return EXIT.failed;
  } finally {
    await store.stop();
  }
}

process.exitCode = await runDesk(process.argv.slice(2));
