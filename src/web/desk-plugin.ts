/**
 * The officers' web desk, on the process's HTTP server (`npm start`), under /desk:
 *
 * - `GET /desk/signin?t=…` shows a "Sign in" button for a one-time link; `POST /desk/signin` takes the link
 *   (once) and starts a session (HttpOnly, SameSite=Strict cookie; Secure when DESK_PUBLIC_URL is https).
 *   The link is never taken by a GET, so a chat's link preview cannot use it up.
 * - `GET /desk` the queue (filters, search), kept live by `GET /desk/events` (server-sent events from the
 *   events stream, resumed from `Last-Event-ID`) and `GET /desk/queue.part`.
 * - `GET /desk/case/:id` one case (opening it marks its messages read for this officer: the queue's unread
 *   counts, src/web/desk-unread.ts), `POST /desk/case/:id/act` every action of the command-line desk,
 *   handing the case to a colleague included.
 * - `GET|POST /desk/canned` canned answers (supervisors edit), `GET /desk/sessions` and
 *   `POST /desk/sessions/end` (supervisors), `POST /desk/signout`.
 * - The map, rescue request and handover (src/web/extras/plugin.ts), mounted here behind the same session.
 *
 * Every request is checked against the session's role; every POST carries the session's CSRF token; every
 * view of a case and every action is audited (src/officers/case-desk.ts), as are sign-ins, searches and
 * the extras. Nothing a person wrote is logged. The Content-Security-Policy allows only this server's own
 * stylesheet and script.
 */
import { readFileSync } from 'node:fs';
import fastifyCookie from '@fastify/cookie';
import type { FastifyInstance, FastifyReply, FastifyRequest, preHandlerAsyncHookHandler } from 'fastify';
import { caseSealer } from '../cases/case-keys.js';
import { isUrgency } from '../cases/case-model.js';
import { whenSent } from '../cli/desk/act-on-case.js';
import { eventLine } from '../cli/desk/event-line.js';
import type { Sealer } from '../core/sealed.js';
import type { Deployment } from '../deployment.js';
import type { Locales } from '../i18n/locales.js';
import type { Logger } from '../logger.js';
import type { AnswerCheck } from '../officers/answer-check.js';
import type { CardRenderer } from '../officers/card.js';
import { findColleague, officerRoster } from '../officers/officer-roster.js';
import { HeldAnswer, lowerTargets, settableStatuses, type ActOutcome, type CaseDesk, type LowerTarget, type SettableStatus } from '../officers/case-desk.js';
import { DEFAULT_EVENTS_BUDGET } from '../redis/events-budget.js';
import type { Keys } from '../redis/keys.js';
import type { RedisClient } from '../redis/redis-client.js';
import type { DeskAuth, WebSession } from './desk-auth.js';
import { casePage, caseLive, type CasePageData } from './desk-case.js';
import { compareIds, isStreamId, type DeskEvent, type EventHub } from './desk-events.js';
import { DESK_CSP, DESK_CSS, deskPage, escapeHtml as e } from './desk-html.js';
import { filterQuery, filterQueue, readFilter, type QueueFilter } from './desk-queue.js';
import { createUnreadCounts } from './desk-unread.js';
import type { Translate } from './extras/html.js';
import { deskExtras } from './extras/plugin.js';

export const SESSION_COOKIE = 'desk_session';

/** What an action did, told after its redirect (`?ok=`): desk-web-said-<key>. */
export const SAID = ['claimed', 'already-yours', 'unclaimed', 'status-set', 'status-same', 'note-added', 'reply-queued', 'location-queued', 'lowered', 'restored', 'resumed', 'unlocked', 'linked', 'notlinked', 'handed', 'hand-same'] as const;
/** Why an action was refused (`?no=`): desk-web-refused-<key>. */
export const REFUSED = ['missing', 'closed', 'taken', 'not-claimed', 'gone', 'bad-duplicate', 'too-long', 'empty', 'not-lower', 'not-lowered', 'not-stopped', 'not-locked', 'link-missing', 'link-same', 'unknown-officer', 'self', 'bad-request'] as const;
/** The queue's and the sessions page's columns: desk-web-col-<key>. */
export const QUEUE_COLUMNS = ['case', 'urgency', 'reasons', 'waiting', 'unread', 'status', 'claimed', 'answered', 'held', 'realert'] as const;
export const SESSION_COLUMNS = ['officer', 'role', 'started', 'seen'] as const;

export interface WebDeskOptions {
  redis: RedisClient;
  keys: Keys;
  sealer: Sealer;
  deployment: Deployment;
  locales: Locales;
  desk: CaseDesk;
  cards: CardRenderer;
  check: AnswerCheck;
  auth: DeskAuth;
  hub: EventHub;
  logger: Logger;
  /** Whether the desk is reached over https (DESK_PUBLIC_URL): then the cookie is Secure. */
  secure: boolean;
  /**
   * Whether a Telegram officer (`telegram:<id>`) is still listed, and as a supervisor: a session of an
   * officer removed from OFFICER_IDS stops working at their next request. `cli:` officers were made by
   * someone with the hotline's Redis and keys, and stay.
   */
  roleOf?: (officerId: string) => 'officer' | 'supervisor' | undefined;
  /**
   * The Telegram officers listed now (OFFICER_IDS, SUPERVISOR_IDS as `telegram:<id>`): with the officers the
   * desks have seen, the colleagues a case can be handed to (src/officers/officer-roster.ts).
   */
  listedOfficers?: () => readonly string[];
  now?: () => number;
  /** Fonts for the rescue request's PDF. */
  fontsDir?: string;
  /** How often an open event stream checks its session is still live, ms (30 s). */
  sessionCheckMs?: number;
}

/** Rows the queue shows at once; narrower filters show the rest. */
const QUEUE_ROWS = 300;
/** How many recent stream entries a case page looks through for its thread. */
const THREAD_SCAN = 5_000;

const formType = 'application/x-www-form-urlencoded';
type Form = Record<string, string[]>;
const first = (body: unknown, name: string): string => {
  const v = (body as Form | undefined)?.[name];
  return Array.isArray(v) ? (v[0] ?? '') : typeof v === 'string' ? v : '';
};

const clientScript = readFileSync(new URL('./assets/desk.js', import.meta.url), 'utf8');

export async function webDesk(app: FastifyInstance, opts: WebDeskOptions): Promise<void> {
  const { redis, keys, sealer, deployment, locales, desk, cards, auth, hub, logger } = opts;
  const lang = cards.lang;
  const t: Translate = (key, args) => locales.t(lang, key, args);
  const now = opts.now ?? Date.now;
  const sessions = new WeakMap<FastifyRequest, WebSession>();
  const maxLen = DEFAULT_EVENTS_BUDGET.maxLen; // the audit stream's cap, as the case desk's
  const unread = createUnreadCounts({ redis, keys });
  const colleagues = () => officerRoster({ redis, keys }, opts.listedOfficers?.());
  // Open event streams: ended when the server closes, so that shutdown does not wait for browsers.
  const streams = new Set<import('node:http').ServerResponse>();
  app.addHook('preClose', async () => {
    for (const res of streams) res.end();
  });

  await app.register(fastifyCookie);
  if (!app.hasContentTypeParser(formType)) {
    app.addContentTypeParser(formType, { parseAs: 'string', bodyLimit: 256 * 1024 }, (_req, body, done) => {
      const form: Form = {};
      for (const [k, v] of new URLSearchParams(body as string)) (form[k] ??= []).push(v);
      done(null, form);
    });
  }

  app.addHook('onSend', async (req, reply, payload) => {
    reply.header('content-security-policy', DESK_CSP);
    reply.header('cache-control', 'no-store');
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'no-referrer');
    reply.header('x-frame-options', 'DENY');
    // Every POST form carries the session's CSRF token, the extras' forms too.
    const session = sessions.get(req);
    if (session && typeof payload === 'string' && String(reply.getHeader('content-type') ?? '').startsWith('text/html')) {
      return payload.replace(/<form method="post"([^>]*)>(?!<input type="hidden" name="csrf")/g, `<form method="post"$1><input type="hidden" name="csrf" value="${e(session.csrf)}">`);
    }
    return payload;
  });

  /** A write in the audit stream for what the case desk does not audit itself (sign-in, search, the extras). */
  async function audit(officerId: string, action: string, caseId = '', detail = '') {
    await redis.xadd(keys.audit, 'MAXLEN', '~', String(maxLen), '*', 'officer', officerId, 'action', action, 'case', caseId, 'result', 'ok', 'detail', detail, 'at', String(now()));
  }

  const html = (reply: FastifyReply, body: string, code = 200) => reply.code(code).type('text/html; charset=utf-8').send(body);
  const signedOut = (reply: FastifyReply, code: number) =>
    html(reply, deskPage(t, lang, undefined, t('desk-web-signin-title'), `<p>${e(t(code === 403 ? 'desk-web-forbidden' : 'desk-web-signed-out'))}</p>`), code);

  function requireRole(role: 'officer' | 'supervisor'): preHandlerAsyncHookHandler {
    return async (req, reply) => {
      const session = await auth.session(req.cookies[SESSION_COOKIE]);
      if (!session) return signedOut(reply, 401);
      const current = session.officer.startsWith('telegram:') && opts.roleOf ? opts.roleOf(session.officer) : session.supervisor ? 'supervisor' : 'officer';
      if (!current) {
        await auth.end(session.idHash);
        return signedOut(reply, 401);
      }
      const live = { ...session, supervisor: current === 'supervisor' };
      if (role === 'supervisor' && !live.supervisor) return signedOut(reply, 403);
      if (req.method === 'POST' && !auth.csrfOk(live, first(req.body, 'csrf'))) return signedOut(reply, 403);
      sessions.set(req, live);
    };
  }
  const officer = { preHandler: requireRole('officer') };
  const supervisor = { preHandler: requireRole('supervisor') };
  const sessionOf = (req: FastifyRequest) => sessions.get(req)!;
  const actorOf = (req: FastifyRequest) => {
    const s = sessionOf(req);
    return { id: s.officer, supervisor: s.supervisor };
  };

  // --- Assets (nothing personal: served to anyone) ---------------------------------------------------
  app.get('/desk/desk.css', async (_req, reply) => reply.type('text/css; charset=utf-8').send(DESK_CSS));
  app.get('/desk/desk.js', async (_req, reply) => reply.type('text/javascript; charset=utf-8').send(clientScript));

  // --- Sign-in ---------------------------------------------------------------------------------------
  app.get<{ Querystring: { t?: string } }>('/desk/signin', async (req, reply) => {
    const token = typeof req.query.t === 'string' ? req.query.t : '';
    const body = token
      ? `<p>${e(t('desk-web-signin-help'))}</p><form method="post" action="/desk/signin"><input type="hidden" name="t" value="${e(token)}"><button type="submit" autofocus>${e(t('desk-web-signin-button'))}</button></form>`
      : `<p>${e(t('desk-web-signin-how'))}</p>`;
    return html(reply, deskPage(t, lang, undefined, t('desk-web-signin-title'), body));
  });

  app.post('/desk/signin', async (req, reply) => {
    const redeemed = await auth.redeem(first(req.body, 't'));
    if (!redeemed) {
      await desk.refuse('web:unknown', 'web-sign-in', 'link unknown, used or expired');
      return html(reply, deskPage(t, lang, undefined, t('desk-web-signin-title'), `<p role="alert">${e(t('desk-web-link-used'))}</p><p>${e(t('desk-web-signin-how'))}</p>`), 403);
    }
    const { session, cookie } = redeemed;
    await audit(session.officer, 'web-sign-in');
    await desk.rememberName(session.officer, session.name);
    reply.setCookie(SESSION_COOKIE, cookie, { path: '/desk', httpOnly: true, sameSite: 'strict', secure: opts.secure, maxAge: Math.floor((session.ends - now()) / 1000) });
    return reply.redirect('/desk', 303);
  });

  app.post('/desk/signout', officer, async (req, reply) => {
    const s = sessionOf(req);
    await auth.end(s.idHash);
    await audit(s.officer, 'web-sign-out');
    reply.clearCookie(SESSION_COOKIE, { path: '/desk' });
    return reply.redirect('/desk/signin', 303);
  });

  // --- The queue -------------------------------------------------------------------------------------
  const countries = deployment.countries.map((c) => c.code);
  const select = (name: string, label: string, current: string | undefined, options: Array<[string, string]>) =>
    `<label>${e(label)}<select name="${name}"><option value="">${e(t('desk-web-any'))}</option>${options
      .map(([v, l]) => `<option value="${e(v)}"${current === v ? ' selected' : ''}>${e(l)}</option>`)
      .join('')}</select></label>`;

  function filterForm(f: QueueFilter): string {
    return (
      `<form class="filters" method="get" action="/desk" role="search">` +
      `<label>${e(t('desk-web-search'))}<input type="search" name="q" value="${e(f.q ?? '')}" placeholder="${e(t('desk-web-search-hint'))}" autocomplete="off"></label>` +
      select('urgency', t('desk-web-f-urgency'), f.urgency, (['critical', 'high', 'normal'] as const).map((u) => [u, t(`desk-urgency-${u}`)])) +
      select('status', t('desk-web-f-status'), f.status, (['new', 'claimed', 'in-progress'] as const).map((s) => [s, t(`desk-status-${s}`)])) +
      select('kind', t('desk-web-f-kind'), f.kind, (['self-report', 'missing-person'] as const).map((k) => [k, t(`desk-kind-${k}`)])) +
      select('country', t('desk-web-f-country'), f.country, countries.map((c) => [c, t(`country-${c}`)])) +
      select('compound', t('desk-web-f-compound'), f.compound, deployment.compounds.map((c) => [c.id, c.name])) +
      select('claimed', t('desk-web-f-claimed'), f.claimed, [['me', t('desk-web-f-claimed-me')], ['nobody', t('desk-web-f-claimed-nobody')]]) +
      `<button type="submit">${e(t('desk-web-filter'))}</button> <a href="/desk">${e(t('desk-web-clear'))}</a></form>`
    );
  }

  async function queueSection(req: FastifyRequest, f: QueueFilter): Promise<string> {
    const s = sessionOf(req);
    const open = await desk.list({ limit: 100_000 });
    let shown = filterQueue(open, f, { officerId: s.officer, callingCode: deployment.embassy.callingCode, normalizeId: desk.normalizeId, compounds: deployment.compounds });
    // A case number finds a finished case too.
    if (f.q && shown.length === 0) {
      const found = await desk.store.get(desk.normalizeId(f.q));
      if (found) shown = [found];
    }
    const rows = shown.slice(0, QUEUE_ROWS);
    const p = redis.pipeline();
    for (const v of rows) p.llen(keys.held(v.id)).zscore(keys.due, `realert:${v.id}`);
    const [executed, unreadOf, names] = await Promise.all([p.exec(), unread.unread(rows.map((v) => v.id), s.officer), redis.hgetall(keys.deskOfficers)]);
    const facts = executed ?? [];
    const at = now();
    const body = rows
      .map((v, i) => {
        const held = Number(facts[i * 2]?.[1] ?? 0);
        const realert = facts[i * 2 + 1]?.[1];
        const claimed = v.claimedBy ? (v.claimedBy === s.officer ? t('desk-web-claimed-you') : (names[v.claimedBy] ?? v.claimedBy)) : t('desk-web-claimed-nobody');
        const reasons = v.reasons.map((r) => t(`desk-reason-${r}`)).join(', ') || '—';
        const answered = v.answeredAt ? t('desk-web-answered-ago', { age: cards.age(at - v.answeredAt) }) : t('desk-web-not-answered');
        const alert = realert ? t('desk-web-realert-at', { time: cards.time(Number(realert)) }) : '—';
        return (
          `<tr class="${e(v.urgency)}" data-case="${e(v.id)}" data-urgency="${e(v.urgency)}"><td><a href="/desk/case/${encodeURIComponent(v.id)}">${e(v.id)}</a></td>` +
          `<td class="urgency-${e(v.urgency)}">${e(t(`desk-urgency-${v.urgency}`))}</td><td>${e(reasons)}</td>` +
          `<td>${e(cards.age(at - v.createdAt))}</td><td class="unread">${unreadOf[i] ? `<span class="badge" data-unread="${unreadOf[i]}" title="${e(t('desk-web-unread', { count: unreadOf[i]! }))}">${unreadOf[i]}</span>` : '—'}</td>` +
          `<td>${e(t(`desk-status-${v.status}`))}</td><td>${e(claimed)}</td>` +
          `<td>${e(answered)}</td><td>${held ? e(t('desk-web-held-count', { count: held })) : '—'}</td><td>${e(alert)}</td></tr>`
        );
      })
      .join('');
    const head = QUEUE_COLUMNS.map((c) => `<th scope="col">${e(t(`desk-web-col-${c}`))}</th>`).join('');
    const count = `<p data-count="${shown.length}" data-open="${open.length}">${e(t('desk-web-queue-count', { shown: shown.length, open: open.length }))}${shown.length > rows.length ? ` ${e(t('desk-web-queue-more', { count: shown.length - rows.length }))}` : ''}</p>`;
    return count + (rows.length ? `<table class="queue"><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>` : `<p>${e(t('desk-web-queue-none'))}</p>`);
  }

  app.get('/desk', officer, async (req, reply) => {
    const f = readFilter(req.query);
    if (f.q) await audit(sessionOf(req).officer, 'web-search'); // that a search was made; never what was searched
    const section = await queueSection(req, f);
    return html(reply, deskPage(t, lang, sessionOf(req), t('desk-web-queue-title'), filterForm(f) + `<div id="queue" data-part="/desk/queue.part${e(filterQuery(f))}">${section}</div>`, { live: true }));
  });

  app.get('/desk/queue.part', officer, async (req, reply) => html(reply, await queueSection(req, readFilter(req.query))));

  // --- Live events -----------------------------------------------------------------------------------
  app.get('/desk/events', officer, async (req, reply) => {
    const s = sessionOf(req);
    const fromHeader = req.headers['last-event-id'];
    const resume = isStreamId(fromHeader) ? fromHeader : undefined;
    reply.hijack();
    const res = reply.raw;
    res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-store', connection: 'keep-alive', 'x-accel-buffering': 'no', 'content-security-policy': DESK_CSP });
    let last = resume ?? (await hub.latest());
    let catching = true;
    const waiting: DeskEvent[] = [];
    const send = (ev: DeskEvent) => {
      if (compareIds(ev.id, last) <= 0) return;
      last = ev.id;
      res.write(`id: ${ev.id}\nevent: case\ndata: ${JSON.stringify({ type: ev.type, case: ev.case, urgency: ev.urgency && isUrgency(ev.urgency) ? ev.urgency : undefined })}\n\n`);
    };
    streams.add(res);
    const unsubscribe = hub.subscribe((ev) => (catching ? waiting.push(ev) : send(ev)));
    res.write(`retry: 2000\n: ${last}\n\n`);
    try {
      if (resume) for (const ev of await hub.since(resume)) send(ev);
    } catch (err) {
      logger.warn({ err: { name: (err as Error).name, message: (err as Error).message } }, 'web desk: could not catch up an event stream');
    }
    catching = false;
    for (const ev of waiting.splice(0)) send(ev);
    // Keep-alive, and the session checked while the page stays open (a supervisor may end it).
    const timer = setInterval(() => {
      void auth.session(req.cookies[SESSION_COOKIE]).then((still) => {
        if (!still) {
          res.write('event: signout\ndata: {}\n\n');
          res.end();
        } else res.write(': keep-alive\n\n');
      }, () => undefined);
    }, opts.sessionCheckMs ?? 30_000);
    const close = () => {
      clearInterval(timer);
      unsubscribe();
      streams.delete(res);
    };
    res.on('close', close);
    void s;
  });

  // --- One case --------------------------------------------------------------------------------------
  async function caseData(req: FastifyRequest, caseId: string, audited: boolean): Promise<CasePageData | undefined> {
    const s = sessionOf(req);
    const actor = actorOf(req);
    const detail = audited ? await desk.show(caseId, actor) : await desk.store.get(caseId).then(async (view) => view && { view, notes: [], held: 0 });
    if (!detail) return undefined;
    const { view } = detail;
    const [rawHeld, names, recent] = await Promise.all([
      redis.lrange(keys.held(view.id), 0, -1),
      redis.hgetall(keys.deskOfficers),
      redis.xrevrange(keys.events, '+', '-', 'COUNT', THREAD_SCAN),
    ]);
    // The case's held answers and its people's words are sealed with the case's own key (src/cases/case-keys.ts).
    const caseSeal = await caseSealer({ redis, keys, sealer }, view.id);
    const held: HeldAnswer[] = [];
    for (const b64 of rawHeld) {
      try {
        held.push(HeldAnswer.parse(JSON.parse(caseSeal.open(Buffer.from(b64, 'base64'), `held answer on ${view.id}`))));
      } catch {
        // an entry that does not open is left for the relay to report
      }
    }
    const lineCtx = { t: cards.t, cards, sealer: caseSeal };
    const thread = recent
      .filter(([, flat]) => flat.includes(view.id) && flat[flat.indexOf('case') + 1] === view.id)
      .reverse()
      .flatMap(([id, flat]) => {
        const f: Record<string, string> = {};
        for (let i = 0; i + 1 < flat.length; i += 2) f[flat[i]!] = flat[i + 1]!;
        const line = eventLine(lineCtx, id, f);
        return line ? [{ id, at: Number(f.at) || Number(id.split('-')[0]), line, type: f.type ?? '' }] : [];
      });
    const cannedAll = await readCanned();
    const canned = [...cannedAll.filter((c) => c.lang === view.lang), ...cannedAll.filter((c) => c.lang !== view.lang)];
    const linked = await desk.linked(view.id);
    const roster = await colleagues();
    return {
      view,
      card: cards.card(view, { held: held.length, now: now(), officerName: (id) => names[id], linked }).text,
      notes: detail.notes,
      held,
      whenSent: await whenSent({ deployment, cards, t: cards.t, redis, keys, sealer, now }, view),
      thread,
      names,
      canned,
      colleagues: roster.filter((c) => c.id !== s.officer && c.id !== view.claimedBy),
      csrf: s.csrf,
      officerId: s.officer,
      supervisor: s.supervisor,
      time: (ms) => cards.time(ms),
    };
  }

  const saidKeys = new Set<string>(SAID);
  const refusedKeys = new Set<string>(REFUSED);

  app.get<{ Params: { id: string }; Querystring: { ok?: string; no?: string } }>('/desk/case/:id', officer, async (req, reply) => {
    const s = sessionOf(req);
    const count = await unread.seen(desk.normalizeId(req.params.id)); // before the page: a message after it stays unread
    const d = await caseData(req, req.params.id, true);
    if (d) await unread.markRead(d.view.id, s.officer, count);
    if (!d) return html(reply, deskPage(t, lang, s, t('desk-web-case-missing-title'), `<p role="alert">${e(t('desk-web-case-missing', { caseId: desk.normalizeId(req.params.id) }))}</p>`), 404);
    const ok = typeof req.query.ok === 'string' && saidKeys.has(req.query.ok) ? req.query.ok : undefined;
    const no = typeof req.query.no === 'string' && refusedKeys.has(req.query.no) ? req.query.no : undefined;
    if (ok) d.said = { ok: true, text: t(`desk-web-said-${ok}`, { caseId: d.view.id, officer: d.view.claimedBy ? (d.names[d.view.claimedBy] ?? d.view.claimedBy) : '?' }) };
    if (no) d.said = { ok: false, text: t(`desk-web-refused-${no}`, { caseId: d.view.id }) };
    return html(reply, deskPage(t, lang, s, t('desk-web-case-title', { caseId: d.view.id }), casePage(t, d), { live: true }));
  });

  app.get<{ Params: { id: string } }>('/desk/case/:id/live', officer, async (req, reply) => {
    const count = await unread.seen(desk.normalizeId(req.params.id));
    const d = await caseData(req, req.params.id, false);
    if (!d) return html(reply, '', 404);
    await unread.markRead(d.view.id, sessionOf(req).officer, count); // the open page shows the new messages
    return html(reply, caseLive(t, d));
  });

  app.post<{ Params: { id: string } }>('/desk/case/:id/act', officer, async (req, reply) => {
    const actor = actorOf(req);
    const caseId = desk.normalizeId(req.params.id);
    const action = first(req.body, 'action');
    const text = first(req.body, 'text');
    const back = (q: string) => reply.redirect(`/desk/case/${encodeURIComponent(caseId)}?${q}`, 303);
    const result = (o: ActOutcome, done: string) => back(o.ok ? `ok=${o.already && done === 'claimed' ? 'already-yours' : o.already && done === 'status-set' ? 'status-same' : done}` : `no=${o.reason}`);
    switch (action) {
      case 'claim': return result(await desk.claim(caseId, actor), 'claimed');
      case 'unclaim': return result(await desk.unclaim(caseId, actor), 'unclaimed');
      case 'hand': {
        const to = findColleague(await colleagues(), first(req.body, 'to'));
        const o = await desk.hand(caseId, actor, to?.id);
        return back(o.ok ? `ok=${o.already ? 'hand-same' : 'handed'}` : `no=${o.reason}`);
      }
      case 'location': return result(await desk.requestLocation(caseId, actor), 'location-queued');
      case 'restore': return result(await desk.restore(caseId, actor), 'restored');
      case 'resume': return result(await desk.resume(caseId, actor), 'resumed');
      case 'unlock': return result(await desk.unlock(caseId, actor), 'unlocked');
      case 'note': return result(await desk.note(caseId, actor, text), 'note-added');
      case 'status': {
        const status = first(req.body, 'status');
        if (!(settableStatuses as readonly string[]).includes(status)) return back('no=bad-request');
        const other = first(req.body, 'other');
        if (status === 'duplicate' && !other) return back('no=bad-request');
        return result(await desk.setStatus(caseId, actor, status as SettableStatus, status === 'duplicate' ? other : undefined), 'status-set');
      }
      case 'lower': {
        const to = first(req.body, 'to');
        if (to && !(lowerTargets as readonly string[]).includes(to)) return back('no=bad-request');
        return result(await desk.lower(caseId, actor, (to || undefined) as LowerTarget | undefined, first(req.body, 'reason')), 'lowered');
      }
      case 'link':
      case 'notlink': {
        const outcome = await desk.decideLink(caseId, first(req.body, 'other'), actor, action === 'link' ? 'confirm' : 'reject');
        if (outcome === 'ok' || outcome === 'already') return back(`ok=${action === 'link' ? 'linked' : 'notlinked'}`);
        return back(`no=${outcome === 'missing' ? 'link-missing' : 'link-same'}`);
      }
      case 'reply': {
        let answer = text;
        const picked = first(req.body, 'canned');
        if (answer.trim() === '' && picked) answer = (await readCanned()).find((c) => `${c.lang}:${c.slug}` === picked)?.text ?? '';
        const warned = opts.check(answer, caseId);
        if (warned.needsConfirm && first(req.body, 'confirm') !== '1') {
          const d = await caseData(req, caseId, false);
          if (!d) return back('no=missing');
          const warnings = [
            ...(warned.otherCases.length ? [cards.t('desk-cli-reply-other', { caseId, cases: warned.otherCases.join(', ') })] : []),
            ...(warned.cardLines >= 2 ? [cards.t('desk-cli-reply-card')] : []),
          ];
          d.confirm = { text: answer, warnings };
          return html(reply, deskPage(t, lang, sessionOf(req), t('desk-web-case-title', { caseId }), casePage(t, d), { live: true }), 409);
        }
        return result(await desk.reply(caseId, actor, answer), 'reply-queued');
      }
      default:
        return back('no=bad-request');
    }
  });

  // --- Canned answers --------------------------------------------------------------------------------
  async function readCanned(): Promise<Array<{ lang: string; slug: string; text: string }>> {
    const all = await redis.hgetall(keys.webCanned);
    const out: Array<{ lang: string; slug: string; text: string }> = [];
    for (const [field, b64] of Object.entries(all)) {
      const [l, slug] = field.split(':', 2);
      try {
        out.push({ lang: l!, slug: slug ?? '', text: sealer.open(Buffer.from(b64, 'base64'), 'canned answer') });
      } catch {
        // sealed with a key this process does not have
      }
    }
    return out.sort((a, b) => a.lang.localeCompare(b.lang) || a.slug.localeCompare(b.slug));
  }

  app.get('/desk/canned', officer, async (req, reply) => {
    const s = sessionOf(req);
    const list = await readCanned();
    const rows = list.map((c) =>
      `<tr><td>${e(c.lang)}</td><td>${e(c.slug)}</td><td class="card">${e(c.text)}</td><td>${s.supervisor ? `<form method="post" action="/desk/canned"><input type="hidden" name="lang" value="${e(c.lang)}"><input type="hidden" name="slug" value="${e(c.slug)}"><input type="hidden" name="delete" value="1"><button type="submit">${e(t('desk-web-canned-delete'))}</button></form>` : ''}</td></tr>`).join('');
    const table = list.length ? `<table><thead><tr><th>${e(t('desk-web-col-language'))}</th><th>${e(t('desk-web-col-name'))}</th><th>${e(t('desk-web-col-text'))}</th><th></th></tr></thead><tbody>${rows}</tbody></table>` : `<p>${e(t('desk-web-canned-none'))}</p>`;
    const edit = s.supervisor
      ? `<h2>${e(t('desk-web-canned-add'))}</h2><form method="post" action="/desk/canned"><label>${e(t('desk-web-col-language'))} <select name="lang">${deployment.languages.map((l) => `<option value="${e(l)}">${e(l)}</option>`).join('')}</select></label> ` +
        `<label>${e(t('desk-web-col-name'))} <input name="slug" pattern="[a-z0-9-]{1,32}" maxlength="32" required></label><br><label for="canned-text">${e(t('desk-web-col-text'))}</label><br><textarea id="canned-text" name="text" maxlength="3500" required></textarea><br><button type="submit">${e(t('desk-web-canned-save'))}</button></form>`
      : `<p class="muted">${e(t('desk-web-canned-only-supervisors'))}</p>`;
    return html(reply, deskPage(t, lang, s, t('desk-web-nav-canned'), table + edit));
  });

  app.post('/desk/canned', supervisor, async (req, reply) => {
    const s = sessionOf(req);
    const l = first(req.body, 'lang');
    const slug = first(req.body, 'slug');
    if (!deployment.languages.includes(l) || !/^[a-z0-9-]{1,32}$/.test(slug)) return reply.redirect('/desk/canned', 303);
    if (first(req.body, 'delete') === '1') {
      await redis.hdel(keys.webCanned, `${l}:${slug}`);
      await audit(s.officer, 'web-canned', '', `delete ${l}:${slug}`);
    } else {
      const text = first(req.body, 'text').trim();
      if (text === '' || text.length > 3500) return reply.redirect('/desk/canned', 303);
      await redis.hset(keys.webCanned, `${l}:${slug}`, sealer.seal(text).toString('base64'));
      await audit(s.officer, 'web-canned', '', `set ${l}:${slug}`);
    }
    return reply.redirect('/desk/canned', 303);
  });

  // --- Sessions (supervisors) ------------------------------------------------------------------------
  app.get('/desk/sessions', supervisor, async (req, reply) => {
    const s = sessionOf(req);
    const list = await auth.list();
    const rows = list.map((x) =>
      `<tr><td>${e(x.name)} <span class="muted">${e(x.officer)}</span></td><td>${e(x.supervisor ? t('desk-web-role-supervisor') : t('desk-web-role-officer'))}</td><td>${e(cards.time(x.startedAt))}</td><td>${e(cards.time(x.seenAt))}</td>` +
      `<td>${x.idHash === s.idHash ? e(t('desk-web-session-yours')) : `<form method="post" action="/desk/sessions/end"><input type="hidden" name="id" value="${e(x.idHash)}"><button type="submit">${e(t('desk-web-session-end'))}</button></form>`}</td></tr>`).join('');
    const head = [...SESSION_COLUMNS.map((c) => `<th>${e(t(`desk-web-col-${c}`))}</th>`), '<th></th>'].join('');
    return html(reply, deskPage(t, lang, s, t('desk-web-nav-sessions'), `<table><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>`));
  });

  app.post('/desk/sessions/end', supervisor, async (req, reply) => {
    const id = first(req.body, 'id');
    if (/^[0-9a-f]{64}$/.test(id) && (await auth.end(id))) await audit(sessionOf(req).officer, 'web-end-session');
    return reply.redirect('/desk/sessions', 303);
  });

  // --- Map, rescue request, handover -----------------------------------------------------------------
  await app.register(deskExtras, {
    redis, keys, sealer, deployment, locales, lang, fontsDir: opts.fontsDir,
    clock: now,
    requireRole,
    officerOf: (req: FastifyRequest) => {
      const s = sessionOf(req);
      return { id: s.officer, name: s.name, role: s.supervisor ? 'supervisor' : 'officer' };
    },
    audit: (o: { id: string }, action: string, caseId?: string) => audit(o.id, `web-${action}`, caseId ?? ''),
  });
}
