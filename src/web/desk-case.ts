/**
 * One case on the web desk: the card the other desks show, every answer with its history and times, the
 * thread both ways (from the events stream), held answers and when they go, notes, links, and the forms of
 * every action the command-line desk has. Everything the person wrote is escaped and shown as text.
 */
import type { CaseView } from '../cases/case-record.js';
import { isOpen } from '../cases/case-model.js';
import type { HeldAnswer, Note } from '../officers/case-desk.js';
import type { Translate } from './extras/html.js';
import { escapeHtml } from './desk-html.js';

/** What the case page shows, read by the plugin. */
export interface CasePageData {
  view: CaseView;
  /** The card text in the desk language (src/officers/card.ts). */
  card: string;
  notes: Note[];
  held: HeldAnswer[];
  /** Whether the hotline sends a queued answer now or holds it, in words (the CLI's rule). */
  whenSent: string;
  /** The case's events, oldest first: time and line (src/cli/desk/event-line.ts). */
  thread: Array<{ id: string; at: number; line: string; type: string }>;
  names: Record<string, string>;
  canned: Array<{ lang: string; slug: string; text: string }>;
  csrf: string;
  officerId: string;
  supervisor: boolean;
  time: (ms: number) => string;
  /** The message key of what the last action did (`?ok=` / `?no=` after a redirect), already translated. */
  said?: { ok: boolean; text: string };
  /** An answer that needs "send anyway" (it names another case or looks like a card), with the warnings. */
  confirm?: { text: string; warnings: string[] };
}

const e = escapeHtml;

function form(id: string, csrf: string, action: string, inner: string, label: string, extra = ''): string {
  return (
    `<form method="post" action="/desk/case/${encodeURIComponent(id)}/act"${extra}><input type="hidden" name="csrf" value="${e(csrf)}">` +
    `<input type="hidden" name="action" value="${e(action)}">${inner}<button type="submit">${e(label)}</button></form>`
  );
}

function historyTable(t: Translate, d: CasePageData): string {
  const history = d.view.private.history ?? {};
  const rows: string[] = [];
  for (const [answer, versions] of Object.entries(history)) {
    for (const v of versions ?? []) {
      const value = v.value === null || v.value === undefined ? t('desk-web-cleared') : typeof v.value === 'string' ? v.value : JSON.stringify(v.value);
      rows.push(
        `<tr${v.suspect ? ' class="suspect"' : ''}><td>${e(answer)}</td><td>${e(String(value).slice(0, 500))}</td><td>${e(d.time(v.at))}</td>` +
          `<td>${e(v.source)}${v.suspect ? ` · <strong>${e(t('desk-web-suspect'))}</strong>` : ''}</td></tr>`,
      );
    }
  }
  if (rows.length === 0) return `<p class="muted">${e(t('desk-web-no-history'))}</p>`;
  return `<table><thead><tr><th>${e(t('desk-web-col-answer'))}</th><th>${e(t('desk-web-col-value'))}</th><th>${e(t('desk-web-col-time'))}</th><th>${e(t('desk-web-col-source'))}</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

/** The part of the page the live refresh replaces: the card, held answers, the thread. */
export function caseLive(t: Translate, d: CasePageData): string {
  const v = d.view;
  const held = d.held.length
    ? `<ul>${d.held.map((h) => `<li>${e(d.time(h.at))} · ${e(d.names[h.by] ?? h.by)} · ${e(h.kind === 'reply' ? h.text : t('desk-web-location-asked'))}</li>`).join('')}</ul><p class="muted">${e(d.whenSent)}</p>`
    : `<p class="muted">${e(t('desk-web-none-held'))}</p>`;
  const thread = d.thread.length
    ? `<ol class="thread">${d.thread.map((m) => `<li data-type="${e(m.type)}">${e(m.line)}</li>`).join('')}</ol>`
    : `<p class="muted">${e(t('desk-web-no-thread'))}</p>`;
  return (
    `<section aria-labelledby="card-h"><h2 id="card-h">${e(t('desk-web-card'))}</h2><div class="card" data-urgency="${e(v.urgency)}" data-status="${e(v.status)}">${e(d.card)}</div></section>` +
    `<section aria-labelledby="held-h" id="held"><h2 id="held-h">${e(t('desk-web-held', { count: d.held.length }))}</h2>${held}</section>` +
    `<section aria-labelledby="thread-h"><h2 id="thread-h">${e(t('desk-web-thread'))}</h2>${thread}</section>`
  );
}

export function casePage(t: Translate, d: CasePageData): string {
  const v = d.view;
  const id = v.id;
  const open = isOpen(v.status);
  const said = d.said ? `<p class="${d.said.ok ? 'said' : 'refused'}" role="${d.said.ok ? 'status' : 'alert'}">${e(d.said.text)}</p>` : '';
  const mine = v.claimedBy === d.officerId;
  const buttons: string[] = [];
  if (open) {
    buttons.push(v.claimedBy ? form(id, d.csrf, 'unclaim', '', t('desk-web-act-unclaim')) : form(id, d.csrf, 'claim', '', t('desk-web-act-claim')));
    buttons.push(form(id, d.csrf, 'location', '', t('desk-web-act-location')));
    if (v.status !== 'in-progress') buttons.push(form(id, d.csrf, 'status', '<input type="hidden" name="status" value="in-progress">', t('desk-web-act-in-progress')));
    buttons.push(form(id, d.csrf, 'status', '<input type="hidden" name="status" value="resolved">', t('desk-web-act-resolved')));
    buttons.push(form(id, d.csrf, 'status', '<input type="hidden" name="status" value="closed">', t('desk-web-act-closed')));
    if (v.lowered) buttons.push(form(id, d.csrf, 'restore', '', t('desk-web-act-restore')));
    if (v.stopped) buttons.push(form(id, d.csrf, 'resume', '', t('desk-web-act-resume')));
    if (v.releaseLocked) buttons.push(form(id, d.csrf, 'unlock', '', t('desk-web-act-unlock')));
  } else {
    buttons.push(form(id, d.csrf, 'status', '<input type="hidden" name="status" value="in-progress">', t('desk-web-act-reopen')));
  }
  const cannedOptions = d.canned.length
    ? `<label>${e(t('desk-web-canned-pick'))} <select name="canned" data-fill="answer-text"><option value="">—</option>${d.canned
        .map((c) => `<option value="${e(`${c.lang}:${c.slug}`)}" data-text="${e(c.text)}">${e(`${c.lang} · ${c.slug}`)}</option>`)
        .join('')}</select></label><br>`
    : '';
  const confirm = d.confirm
    ? `<div class="refused" role="alert">${d.confirm.warnings.map((w) => `<p>${e(w)}</p>`).join('')}<label><input type="checkbox" name="confirm" value="1"> ${e(t('desk-web-send-anyway'))}</label></div>`
    : '';
  const answer = open
    ? `<section aria-labelledby="answer-h"><h2 id="answer-h">${e(t('desk-web-answer'))}</h2>` +
      form(id, d.csrf, 'reply', `${confirm}${cannedOptions}<label for="answer-text">${e(t('desk-web-answer-help', { language: v.lang || '?' }))}</label><br><textarea id="answer-text" name="text" maxlength="3500">${e(d.confirm?.text ?? '')}</textarea><br>`, t('desk-web-act-reply')) +
      `</section>`
    : '';
  const lower = open && !v.lowered && v.urgency !== 'normal'
    ? `<details><summary>${e(t('desk-web-lower'))}</summary>` +
      form(id, d.csrf, 'lower', `<label>${e(t('desk-web-lower-to'))} <select name="to"><option value="">${e(t('desk-web-lower-step'))}</option><option value="high">high</option><option value="normal">normal</option></select></label> <label>${e(t('desk-web-lower-reason'))} <input name="reason" maxlength="200" required></label> `, t('desk-web-act-lower')) +
      `</details>`
    : '';
  const dup = open
    ? `<details><summary>${e(t('desk-web-duplicate'))}</summary>${form(id, d.csrf, 'status', `<input type="hidden" name="status" value="duplicate"><label>${e(t('desk-web-duplicate-of'))} <input name="other" maxlength="16" required></label> `, t('desk-web-act-duplicate'))}</details>`
    : '';
  const notes = `<section aria-labelledby="notes-h"><h2 id="notes-h">${e(t('desk-web-notes', { count: d.notes.length }))}</h2>` +
    (d.notes.length ? `<ul>${d.notes.map((n) => `<li>${e(d.time(n.at))} · ${e(d.names[n.by] ?? n.by)}: ${e(n.text)}</li>`).join('')}</ul>` : '') +
    form(id, d.csrf, 'note', `<label for="note-text">${e(t('desk-web-note-help'))}</label><br><textarea id="note-text" name="text" maxlength="3500"></textarea><br>`, t('desk-web-act-note')) + `</section>`;
  const links = v.possibleLinks.length || v.links.length
    ? `<section aria-labelledby="links-h"><h2 id="links-h">${e(t('desk-web-links'))}</h2><ul>` +
      v.links.map((o) => `<li><a href="/desk/case/${encodeURIComponent(o)}">${e(o)}</a> · ${e(t('desk-web-linked'))}</li>`).join('') +
      v.possibleLinks.map((o) => `<li><a href="/desk/case/${encodeURIComponent(o)}">${e(o)}</a> · ${e(t('desk-web-possible'))} ` +
        form(id, d.csrf, 'link', `<input type="hidden" name="other" value="${e(o)}">`, t('desk-web-act-link')) + ' ' +
        form(id, d.csrf, 'notlink', `<input type="hidden" name="other" value="${e(o)}">`, t('desk-web-act-notlink')) + `</li>`).join('') +
      `</ul></section>`
    : '';
  const owner = v.claimedBy ? (mine ? t('desk-web-claimed-you') : t('desk-web-claimed-by', { officer: d.names[v.claimedBy] ?? v.claimedBy })) : t('desk-web-claimed-nobody');
  return (
    said +
    `<p><span class="urgency-${e(v.urgency)}">${e(t(`desk-urgency-${v.urgency}`))}</span> · ${e(t(`desk-status-${v.status}`))} · ${e(owner)}</p>` +
    `<div class="actions" role="group" aria-label="${e(t('desk-web-actions'))}">${buttons.join('')}</div>${lower}${dup}` +
    answer +
    `<div id="live" data-case="${e(id)}">${caseLive(t, d)}</div>` +
    notes +
    links +
    `<section aria-labelledby="history-h"><h2 id="history-h">${e(t('desk-web-history'))}</h2>${historyTable(t, d)}</section>`
  );
}
