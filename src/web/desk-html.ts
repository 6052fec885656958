/**
 * The web desk's page frame: one stylesheet and one script from the server itself (the CSP allows nothing
 * else: no inline script or style, no outside asset), a navigation that works with the keyboard alone, and
 * a layout that fits a phone.
 */
import { escapeHtml, type Translate } from './extras/html.js';
import type { WebSession } from './desk-auth.js';

export { escapeHtml };

/** The Content-Security-Policy of every desk answer. */
export const DESK_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

export const DESK_CSS = `
:root { color-scheme: light; }
body { font-family: "Noto Sans", system-ui, sans-serif; margin: 0; color: #1b1b1b; background: #fafaf8; font-size: 16px; }
header { padding: .5rem 1rem; background: #263238; color: #fff; display: flex; flex-wrap: wrap; gap: .4rem 1rem; align-items: center; }
header a, header button.link { color: #fff; }
header .muted { color: #cfd8dc; }
header form { display: inline; margin: 0; }
.skip { position: absolute; left: -999px; }
.skip:focus { left: 1rem; top: .5rem; background: #fff; color: #000; padding: .3rem; z-index: 9; }
main { padding: 1rem; max-width: 80rem; }
h1 { font-size: 1.3rem; margin: .3rem 0 .8rem; }
h2 { font-size: 1.1rem; margin: 1.2rem 0 .4rem; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: .35rem .5rem; border-bottom: 1px solid #ddd; vertical-align: top; }
tr.critical td:first-child { border-left: 6px solid #c62828; }
tr.high td:first-child { border-left: 6px solid #ef6c00; }
tr.normal td:first-child { border-left: 6px solid #90a4ae; }
.urgency-critical { color: #b71c1c; font-weight: bold; }
.urgency-high { color: #e65100; font-weight: bold; }
.urgency-normal { color: #37474f; }
.card { white-space: pre-wrap; background: #fff; border: 1px solid #ccc; padding: .7rem; font-family: inherit; overflow-wrap: anywhere; }
.thread li { margin: .3rem 0; white-space: pre-wrap; overflow-wrap: anywhere; }
.muted { color: #555; }
.said { background: #e8f5e9; border: 1px solid #66bb6a; padding: .5rem; }
.refused { background: #ffebee; border: 1px solid #e57373; padding: .5rem; }
.filters { display: flex; flex-wrap: wrap; gap: .5rem; align-items: end; margin-bottom: .8rem; }
.filters label { display: flex; flex-direction: column; font-size: .9rem; }
.actions form { display: inline-block; margin: .2rem .3rem .2rem 0; }
textarea { width: 100%; max-width: 40rem; min-height: 6rem; font: inherit; }
input, select, button, textarea { font-size: 1rem; }
button { padding: .35rem .8rem; }
a:focus, input:focus, button:focus, select:focus, textarea:focus, summary:focus { outline: 3px solid #ffb300; outline-offset: 1px; }
#live-state { font-size: .85rem; }
@media (max-width: 40rem) {
  main { padding: .5rem; }
  table.queue thead { display: none; }
  table.queue tr { display: block; border-bottom: 2px solid #bbb; padding: .3rem 0; }
  table.queue td { display: block; border: 0; padding: .1rem .4rem; }
}
`;

/** One desk page: `title`, the navigation (sign-out needs the session's CSRF token), and `body` (escaped HTML). */
export function deskPage(t: Translate, lang: string, session: WebSession | undefined, title: string, body: string, opts: { live?: boolean } = {}): string {
  const nav = session
    ? `<nav aria-label="${escapeHtml(t('desk-web-nav'))}"><a href="/desk">${escapeHtml(t('desk-map-nav-queue'))}</a> <a href="/desk/map">${escapeHtml(t('desk-map-nav-map'))}</a> ` +
      `<a href="/desk/rescue">${escapeHtml(t('desk-map-nav-rescue'))}</a> <a href="/desk/handover">${escapeHtml(t('desk-map-nav-handover'))}</a> ` +
      `<a href="/desk/canned">${escapeHtml(t('desk-web-nav-canned'))}</a>` +
      (session.supervisor ? ` <a href="/desk/sessions">${escapeHtml(t('desk-web-nav-sessions'))}</a>` : '') +
      `</nav><span class="muted">${escapeHtml(session.name)}</span>` +
      `<form method="post" action="/desk/signout"><input type="hidden" name="csrf" value="${escapeHtml(session.csrf)}"><button type="submit">${escapeHtml(t('desk-web-sign-out'))}</button></form>` +
      (opts.live ? `<span id="live-state" role="status" aria-live="polite" data-connecting="${escapeHtml(t('desk-web-live-connecting'))}" data-live="${escapeHtml(t('desk-web-live-on'))}" data-lost="${escapeHtml(t('desk-web-live-lost'))}">${escapeHtml(t('desk-web-live-connecting'))}</span>` : '')
    : '';
  return (
    `<!doctype html><html lang="${escapeHtml(lang)}"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="referrer" content="no-referrer"><title>${escapeHtml(title)}</title>` +
    `<link rel="stylesheet" href="/desk/desk.css">${session ? '<script src="/desk/desk.js" defer></script>' : ''}</head><body>` +
    `<a class="skip" href="#main">${escapeHtml(t('desk-web-skip'))}</a><header>${nav}</header>` +
    `<main id="main"><h1>${escapeHtml(title)}</h1>${body}</main></body></html>`
  );
}
