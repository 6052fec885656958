/**
 * The web desk's map, rescue request and shift handover (issue 16, points 5–7), as one Fastify plugin the
 * desk mounts: `app.register(deskExtras, { redis, keys, sealer, requireRole, officerOf, audit, ... })`.
 * Every route is under /desk, behind `requireRole('officer')`, server-rendered with no script and no
 * outside asset (`default-src 'self'`), and audited through `audit`.
 *
 * - `GET /desk/map` (`?cluster=<id>` lists one cluster's cases), `/desk/map.svg`, `/desk/map.json`
 * - `GET /desk/rescue` (tick cases and fields), `POST /desk/rescue` → printable page, PDF or CSV with HXL
 * - `GET /desk/handover?since=<ISO time>`
 */
import type { FastifyInstance, FastifyReply, FastifyRequest, preHandlerAsyncHookHandler } from 'fastify';
import { createCaseStore } from '../../cases/case-store.js';
import type { CaseView } from '../../cases/case-record.js';
import type { Sealer } from '../../core/sealed.js';
import { loadDeployment, localisedName, type Deployment } from '../../deployment.js';
import { loadLocales, type Locales } from '../../i18n/locales.js';
import type { Keys } from '../../redis/keys.js';
import type { RedisClient } from '../../redis/redis-client.js';
import { readHandover } from './handover.js';
import { ageText, escapeHtml, EXTRAS_CSS, page, type Translate } from './html.js';
import { readClusters, type Cluster } from './map-data.js';
import { renderMapSvg, URGENCY_COLOURS, type MapLabels } from './map-svg.js';
import { isRescueField, nextReference, RESCUE_FIELDS, rescueCsv, rescueHtml, rescuePdf, rescueRows, type RescueField } from './rescue.js';

export interface Officer {
  id: string;
  name: string;
  role: string;
}

export interface DeskExtrasOptions {
  redis: RedisClient;
  keys: Keys;
  sealer: Sealer;
  requireRole: (role: 'officer' | 'supervisor') => preHandlerAsyncHookHandler;
  officerOf: (req: FastifyRequest) => Officer;
  /** Writes one audit entry (`action`: `map`, `map-cluster`, `rescue-request`, `handover`). */
  audit: (officer: Officer, action: string, caseId?: string) => Promise<void>;
  clock?: () => number;
  /** Fonts for the PDF (default Debian's /usr/share/fonts/truetype/noto). */
  fontsDir?: string;
  /** The deployment (compounds, embassy, case id prefix); default: read ./data/deployment.json. */
  deployment?: Deployment;
  /** The messages; default: locales/ for the deployment's languages. */
  locales?: Locales;
  /** The desk's language; default the deployment's desk language, else its default language. */
  lang?: string;
}

/** Hours of changes a handover shows when no `since` is given. */
const HANDOVER_DEFAULT_HOURS = 12;

const formType = 'application/x-www-form-urlencoded';

/** A form or query value as a list of strings, whichever parser read it. */
function values(v: unknown): string[] {
  if (v === undefined || v === null) return [];
  if (Array.isArray(v)) return v.map(String);
  return [String(v)];
}

export async function deskExtras(app: FastifyInstance, opts: DeskExtrasOptions): Promise<void> {
  const { redis, keys, sealer } = opts;
  const deployment = opts.deployment ?? loadDeployment('./data/deployment.json');
  const locales = opts.locales ?? loadLocales('locales', deployment.languages);
  const lang = opts.lang ?? deployment.embassy.deskLanguage ?? deployment.defaultLanguage;
  const t: Translate = (key, args) => locales.t(lang, key, args);
  const now = opts.clock ?? Date.now;
  const compounds = deployment.compounds;
  const embassy = localisedName(deployment.embassy.name, lang);
  const store = createCaseStore({ redis, keys, sealer });
  const officerOnly = { preHandler: opts.requireRole('officer') };

  if (!app.hasContentTypeParser(formType)) {
    app.addContentTypeParser(formType, { parseAs: 'string', bodyLimit: 256 * 1024 }, (_req, body, done) => {
      const form: Record<string, string[]> = {};
      for (const [k, v] of new URLSearchParams(body as string)) (form[k] ??= []).push(v);
      done(null, form);
    });
  }
  app.addHook('onSend', async (_req, reply, payload) => {
    if (!reply.hasHeader('content-security-policy')) reply.header('content-security-policy', "default-src 'self'; frame-ancestors 'none'");
    reply.header('cache-control', 'no-store');
    return payload;
  });

  const labels: MapLabels = {
    title: t('desk-map-title'),
    cluster: (c) => t('desk-map-cluster-title', { name: clusterName(c), cases: c.cases.length, people: c.people }),
    badge: (c) => String(c.people || c.cases.length),
    compound: (c) => (c.approximate ? t('desk-map-approximate', { name: c.name }) : c.name),
  };
  const clusterName = (c: Cluster) => (c.compound ? c.compound.name : t('desk-map-loose', { lat: c.lat.toFixed(3), lon: c.lon.toFixed(3) }));
  const urgencyCell = (u: string) => `<span class="urgency-${u}">${escapeHtml(t(`desk-map-urgency-${u}`))}</span>`;
  const caseLink = (id: string) => `<a href="/desk/case/${encodeURIComponent(id)}">${escapeHtml(id)}</a>`;
  const load = () => readClusters({ redis, keys, sealer, compounds });

  app.get('/desk/extras.css', officerOnly, async (_req, reply) => reply.type('text/css; charset=utf-8').send(EXTRAS_CSS));

  // --- Map --------------------------------------------------------------------------------------------
  app.get('/desk/map.svg', officerOnly, async (req, reply) => {
    const { clusters } = await load();
    await opts.audit(opts.officerOf(req), 'map');
    return reply.type('image/svg+xml; charset=utf-8').send(renderMapSvg({ clusters, compounds, labels }));
  });

  app.get('/desk/map.json', officerOnly, async (req, reply) => {
    const { clusters } = await load();
    await opts.audit(opts.officerOf(req), 'map');
    return reply.send({
      at: now(),
      compounds: compounds.map((c) => ({ id: c.id, name: c.name, country: c.country, lat: c.lat, lon: c.lon, radiusKm: c.radiusKm, approximate: c.approximate })),
      clusters: clusters.map((c) => ({
        id: c.id,
        compound: c.compound?.id ?? null,
        lat: c.lat,
        lon: c.lon,
        urgency: c.urgency,
        people: c.people,
        cases: c.cases.map((m) => ({ id: m.id, urgency: m.urgency, status: m.status, people: m.people ?? null, lat: m.lat, lon: m.lon, positionAt: m.positionAt })),
      })),
    });
  });

  app.get<{ Querystring: { cluster?: string } }>('/desk/map', officerOnly, async (req, reply) => {
    const officer = opts.officerOf(req);
    const { clusters } = await load();
    const selected = typeof req.query.cluster === 'string' ? clusters.find((c) => c.id === req.query.cluster) : undefined;
    await opts.audit(officer, 'map');
    const at = now();
    const legend = `<p class="legend">${(['critical', 'high', 'normal'] as const)
      .map((u) => `<span><svg width="12" height="12" aria-hidden="true"><circle cx="6" cy="6" r="6" fill="${URGENCY_COLOURS[u]}"/></svg> ${escapeHtml(t(`desk-map-urgency-${u}`))}</span>`)
      .join('')}<span class="approx">${escapeHtml(t('desk-map-legend-approximate'))}</span></p>`;
    const svg = `<div class="map">${renderMapSvg({ clusters, compounds, labels, selected: selected?.id, standalone: false })}</div>`;
    const list = clusters.length
      ? `<table class="clusters"><tr><th>${escapeHtml(t('desk-map-col-place'))}</th><th>${escapeHtml(t('desk-map-col-urgency'))}</th><th>${escapeHtml(t('desk-map-col-cases'))}</th><th>${escapeHtml(t('desk-map-col-people'))}</th></tr>${clusters
          .map((c) => `<tr><td><a href="/desk/map?cluster=${encodeURIComponent(c.id)}">${escapeHtml(clusterName(c))}</a></td><td>${urgencyCell(c.urgency)}</td><td>${c.cases.length}</td><td>${c.people}</td></tr>`)
          .join('')}</table>`
      : `<p>${escapeHtml(t('desk-map-none'))}</p>`;
    let detail = '';
    if (req.query.cluster !== undefined && !selected) detail = `<p>${escapeHtml(t('desk-map-cluster-gone'))}</p>`;
    if (selected) {
      for (const c of selected.cases) await opts.audit(officer, 'map-cluster', c.id);
      detail =
        `<section class="cluster-cases" id="cluster" data-cluster="${escapeHtml(selected.id)}"><h2>${escapeHtml(labels.cluster(selected))}</h2><table>` +
        `<tr><th>${escapeHtml(t('desk-map-col-case'))}</th><th>${escapeHtml(t('desk-map-col-urgency'))}</th><th>${escapeHtml(t('desk-map-col-status'))}</th><th>${escapeHtml(t('desk-map-col-people'))}</th><th>${escapeHtml(t('desk-map-col-position'))}</th></tr>` +
        selected.cases
          .map((m) => `<tr class="case" data-case="${escapeHtml(m.id)}"><td>${caseLink(m.id)}</td><td>${urgencyCell(m.urgency)}</td><td>${escapeHtml(m.status)}</td><td>${escapeHtml(m.people ?? '—')}</td><td>${escapeHtml(ageText(t, at, m.positionAt))}</td></tr>`)
          .join('') +
        `</table><p><a href="/desk/rescue?cluster=${encodeURIComponent(selected.id)}">${escapeHtml(t('desk-map-rescue-from-cluster'))}</a></p></section>`;
    }
    return reply.type('text/html; charset=utf-8').send(page(t, lang, t('desk-map-title'), legend + svg + detail + list));
  });

  // --- Rescue request -------------------------------------------------------------------------------------
  const rescueForm = (clusters: Cluster[], preselect: string | undefined, problem?: string) => {
    const at = now();
    const groups = clusters
      .map(
        (c) =>
          `<fieldset><legend>${escapeHtml(labels.cluster(c))}</legend>` +
          c.cases
            .map((m) => {
              const checked = preselect === c.id ? ' checked' : '';
              return `<label><input type="checkbox" name="case" value="${escapeHtml(m.id)}"${checked}> ${escapeHtml(m.id)} · ${escapeHtml(t(`desk-map-urgency-${m.urgency}`))} · ${escapeHtml(t('desk-map-people-held', { people: m.people ?? '—' }))} · ${escapeHtml(ageText(t, at, m.positionAt))}</label><br>`;
            })
            .join('') +
          `</fieldset>`,
      )
      .join('');
    const fields = `<fieldset><legend>${escapeHtml(t('desk-map-rescue-fields'))}</legend>${RESCUE_FIELDS.map(
      (f) => `<label><input type="checkbox" name="field" value="${f.id}"${f.personal ? '' : ' checked'}> ${escapeHtml(t(`desk-map-field-${f.id}`))}${f.personal ? ` <span class="approx">${escapeHtml(t('desk-map-field-personal'))}</span>` : ''}</label><br>`,
    ).join('')}</fieldset>`;
    const formats = `<p class="actions"><button type="submit" name="format" value="html">${escapeHtml(t('desk-map-rescue-html'))}</button> <button type="submit" name="format" value="pdf">${escapeHtml(t('desk-map-rescue-pdf'))}</button> <button type="submit" name="format" value="csv">${escapeHtml(t('desk-map-rescue-csv'))}</button></p>`;
    const warn = problem ? `<p role="alert"><strong>${escapeHtml(problem)}</strong></p>` : '';
    const none = clusters.length ? '' : `<p>${escapeHtml(t('desk-map-none'))}</p>`;
    return page(t, lang, t('desk-map-nav-rescue'), `${warn}<p>${escapeHtml(t('desk-map-rescue-help'))}</p>${none}<form method="post" action="/desk/rescue">${groups}${fields}${formats}</form>`);
  };

  app.get<{ Querystring: { cluster?: string } }>('/desk/rescue', officerOnly, async (req, reply) => {
    const { clusters } = await load();
    await opts.audit(opts.officerOf(req), 'map');
    return reply.type('text/html; charset=utf-8').send(rescueForm(clusters, typeof req.query.cluster === 'string' ? req.query.cluster : undefined));
  });

  app.post('/desk/rescue', officerOnly, async (req: FastifyRequest, reply: FastifyReply) => {
    const officer = opts.officerOf(req);
    const body = (req.body ?? {}) as Record<string, unknown>;
    const caseIds = new Set(values(body.case));
    const fields = RESCUE_FIELDS.map((f) => f.id).filter((f) => values(body.field).includes(f)) as RescueField[];
    const format = values(body.format)[0] ?? 'html';
    const { clusters } = await load();
    const groups = rescueRows(t, clusters, caseIds, fields);
    if (groups.length === 0 || fields.length === 0 || !['html', 'pdf', 'csv'].includes(format) || !values(body.field).every(isRescueField)) {
      return reply.code(400).type('text/html; charset=utf-8').send(rescueForm(clusters, undefined, t('desk-map-rescue-empty')));
    }
    const at = now();
    const reference = await nextReference(redis, keys, deployment.embassy.caseIdPrefix, at);
    for (const g of groups) for (const r of g.rows) await opts.audit(officer, 'rescue-request', r.caseId);
    reply.header('x-rescue-reference', reference);
    if (format === 'csv') {
      return reply.type('text/csv; charset=utf-8').header('content-disposition', `attachment; filename="${reference}.csv"`).send(rescueCsv(t, groups, fields, reference));
    }
    if (format === 'pdf') {
      const pdf = await rescuePdf(t, { groups, fields, reference, embassy, now: at, fontsDir: opts.fontsDir });
      return reply.type('application/pdf').header('content-disposition', `attachment; filename="${reference}.pdf"`).send(pdf);
    }
    return reply.type('text/html; charset=utf-8').send(rescueHtml(t, lang, { groups, fields, reference, embassy, now: at }));
  });

  // --- Shift handover -------------------------------------------------------------------------------------
  app.get<{ Querystring: { since?: string } }>('/desk/handover', officerOnly, async (req, reply) => {
    const officer = opts.officerOf(req);
    const at = now();
    const given = typeof req.query.since === 'string' && req.query.since !== '' ? Date.parse(req.query.since) : at - HANDOVER_DEFAULT_HOURS * 3600_000;
    if (!Number.isFinite(given)) {
      return reply.code(400).type('text/html; charset=utf-8').send(page(t, lang, t('desk-map-nav-handover'), `<p role="alert">${escapeHtml(t('desk-map-handover-bad-since'))}</p>`));
    }
    const open = await store.listOpen({ limit: 5000 });
    const h = await readHandover({ redis, keys, open, get: (id) => store.get(id), since: given });
    await opts.audit(officer, 'handover');
    const who = (id: string) => h.names[id] ?? id;
    const row = (v: CaseView | undefined, id: string, extra: string) =>
      `<tr data-case="${escapeHtml(id)}"><td>${caseLink(id)}</td><td>${v ? urgencyCell(v.urgency) : ''}</td><td>${escapeHtml(v?.status ?? t('desk-map-handover-deleted'))}</td><td>${extra}</td></tr>`;
    const section = (id: string, title: string, rows: string[]) =>
      `<section id="${id}"><h2>${escapeHtml(title)}</h2>${rows.length ? `<table>${rows.join('')}</table>` : `<p>${escapeHtml(t('desk-map-handover-nothing'))}</p>`}</section>`;
    const sinceIso = new Date(given).toISOString();
    const form = `<form method="get" action="/desk/handover"><label>${escapeHtml(t('desk-map-handover-since'))} <input name="since" value="${escapeHtml(sinceIso)}"></label> <button type="submit">${escapeHtml(t('desk-map-handover-show'))}</button></form>`;
    const body =
      form +
      section('changed', t('desk-map-handover-changed', { count: h.changed.length }), h.changed.map((c) => row(c.view, c.caseId, `${escapeHtml(c.types.join(', '))} · ${escapeHtml(ageText(t, at, c.last))}`))) +
      section('claimed', t('desk-map-handover-claimed', { count: [...h.claimed.values()].reduce((n, l) => n + l.length, 0) }), [...h.claimed].flatMap(([id, list]) => list.map((v) => row(v, v.id, escapeHtml(who(id)))))) +
      section('waiting', t('desk-map-handover-waiting', { count: h.waiting.length }), h.waiting.map((w) => row(w.view, w.view.id, `${escapeHtml(ageText(t, at, w.since))}${w.view.claimedBy ? ` · ${escapeHtml(who(w.view.claimedBy))}` : ''}`))) +
      section('held', t('desk-map-handover-held', { count: h.held.length }), h.held.map((x) => row(x.view, x.view.id, escapeHtml(t('desk-map-handover-held-count', { count: x.count })))));
    return reply.type('text/html; charset=utf-8').send(page(t, lang, t('desk-map-handover-title', { since: sinceIso.slice(0, 16).replace('T', ' ') }), body));
  });
}
