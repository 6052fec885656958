/**
 * Small helpers the extras' pages share: escaping, the page frame (one stylesheet from the server, no
 * script, no inline style: the desk's CSP is `default-src 'self'`), and ages in words.
 */

/** Escapes text for HTML and XML (element content and quoted attributes). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** A translated message by key and arguments. */
export type Translate = (key: string, args?: Record<string, string | number>) => string;

/** "3 h ago" in the desk's language: minutes under an hour, hours under two days, else days. */
export function ageText(t: Translate, now: number, at: number): string {
  const minutes = Math.max(0, Math.floor((now - at) / 60_000));
  if (minutes < 60) return t('desk-map-age-minutes', { n: minutes });
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return t('desk-map-age-hours', { n: hours });
  return t('desk-map-age-days', { n: Math.floor(hours / 24) });
}

/** The stylesheet every extras page links (served at /desk/extras.css). */
export const EXTRAS_CSS = `
body { font-family: "Noto Sans", system-ui, sans-serif; margin: 0; color: #1b1b1b; background: #fafaf8; }
header { padding: .6rem 1rem; background: #263238; color: #fff; }
header a { color: #fff; margin-right: 1rem; }
main { padding: 1rem; max-width: 72rem; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: .3rem .5rem; border-bottom: 1px solid #ddd; vertical-align: top; }
.urgency-critical { color: #c62828; font-weight: bold; }
.urgency-high { color: #ef6c00; font-weight: bold; }
.urgency-normal { color: #1565c0; }
.map svg { max-width: 100%; height: auto; border: 1px solid #bbb; }
.legend span { margin-right: 1rem; }
.approx { color: #666; font-size: .9em; }
fieldset { margin: 1rem 0; }
a:focus, input:focus, button:focus { outline: 3px solid #ffb300; }
@media print { header, form .actions, .noprint { display: none; } body { background: #fff; } }
@media (max-width: 40rem) { td, th { display: block; } main { padding: .5rem; } }
`;

/** A whole page: `title`, the extras' navigation, and `body` (already escaped HTML). */
export function page(t: Translate, lang: string, title: string, body: string): string {
  return (
    `<!doctype html><html lang="${escapeHtml(lang)}"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title>` +
    `<link rel="stylesheet" href="/desk/extras.css"></head><body>` +
    `<header><nav><a href="/desk">${escapeHtml(t('desk-map-nav-queue'))}</a><a href="/desk/map">${escapeHtml(t('desk-map-nav-map'))}</a>` +
    `<a href="/desk/rescue">${escapeHtml(t('desk-map-nav-rescue'))}</a><a href="/desk/handover">${escapeHtml(t('desk-map-nav-handover'))}</a></nav></header>` +
    `<main><h1>${escapeHtml(title)}</h1>${body}</main></body></html>`
  );
}
