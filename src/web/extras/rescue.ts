/**
 * The rescue request for the host country's authorities: the cases an officer ticked, grouped by compound,
 * with only the fields they ticked, under the embassy's reference (`KH-RR-2026-0007`, from
 * `<p>rescue:counter`). Three forms of the same rows: a printable page, a PDF (pdfkit, Noto Sans from
 * Debian's fonts-noto-core when present) and a CSV whose second row holds HXL hashtags.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import PDFDocument from 'pdfkit';
import type { Keys } from '../../redis/keys.js';
import type { RedisClient } from '../../redis/redis-client.js';
import { escapeHtml, page, type Translate } from './html.js';
import type { Cluster, MapCase } from './map-data.js';

/** The fields an officer may tick, in the order of the columns, with their HXL hashtags. */
export const RESCUE_FIELDS = [
  { id: 'case', hxl: '#meta +id', personal: false },
  { id: 'compound', hxl: '#loc +name', personal: false },
  { id: 'lat', hxl: '#geo +lat', personal: false },
  { id: 'lon', hxl: '#geo +lon', personal: false },
  { id: 'people', hxl: '#affected +num', personal: false },
  { id: 'urgency', hxl: '#severity', personal: false },
  { id: 'reported', hxl: '#date +reported', personal: false },
  { id: 'situation', hxl: '#description +situation', personal: false },
  { id: 'name', hxl: '#affected +name', personal: true },
  { id: 'phone', hxl: '#contact +phone', personal: true },
  { id: 'lang', hxl: '#meta +lang', personal: false },
] as const;
export type RescueField = (typeof RESCUE_FIELDS)[number]['id'];

export const isRescueField = (s: string): s is RescueField => RESCUE_FIELDS.some((f) => f.id === s);

/** Where Debian's fonts-noto-core puts its fonts. */
export const DEFAULT_FONTS_DIR = '/usr/share/fonts/truetype/noto';

/** The next reference: `<caseIdPrefix>-RR-<year>-<n>`, n from one INCR, never given twice. */
export async function nextReference(redis: RedisClient, keys: Keys, caseIdPrefix: string, now: number): Promise<string> {
  const n = await redis.incr(keys.rescueCounter);
  return `${caseIdPrefix}-RR-${new Date(now).getUTCFullYear()}-${String(n).padStart(4, '0')}`;
}

/** One row: a ticked case with the ticked fields' values (text). */
export interface RescueRow {
  caseId: string;
  values: Partial<Record<RescueField, string>>;
}

/** The rows of the ticked cases, cluster by cluster, each with only the ticked fields. */
export function rescueRows(t: Translate, clusters: readonly Cluster[], caseIds: ReadonlySet<string>, fields: readonly RescueField[]): Array<{ cluster: Cluster; rows: RescueRow[] }> {
  const value = (cluster: Cluster, c: MapCase, f: RescueField): string => {
    const p = c.view.private;
    switch (f) {
      case 'case': return c.id;
      case 'compound': return cluster.compound ? cluster.compound.name : '';
      case 'lat': return c.lat.toFixed(5);
      case 'lon': return c.lon.toFixed(5);
      case 'people': return c.people ?? '';
      case 'urgency': return t(`desk-map-urgency-${c.urgency}`);
      case 'reported': return new Date(c.positionAt).toISOString();
      case 'situation': return c.view.situation.map((s) => t(`indicator-${s}`)).join('; ');
      case 'name': return p.name ?? '';
      case 'phone': return p.phone ?? '';
      case 'lang': return c.view.lang;
    }
  };
  return clusters.flatMap((cluster) => {
    const rows = cluster.cases.filter((c) => caseIds.has(c.id)).map((c) => ({ caseId: c.id, values: Object.fromEntries(fields.map((f) => [f, value(cluster, c, f)])) }));
    return rows.length ? [{ cluster, rows }] : [];
  });
}

/** Quotes a CSV cell when needed (RFC 4180); a leading =, +, - or @ is prefixed so no spreadsheet runs it. */
function csvCell(text: string): string {
  const safe = /^[=+\-@]/.test(text) && !/^-?\d+(\.\d+)?$/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The CSV: a header row in words, the HXL hashtag row, then one row per case, only the ticked fields. */
export function rescueCsv(t: Translate, groups: ReturnType<typeof rescueRows>, fields: readonly RescueField[], reference: string): string {
  const columns = RESCUE_FIELDS.filter((f) => fields.includes(f.id));
  const lines = [
    ['reference', ...columns.map((f) => t(`desk-map-field-${f.id}`))],
    ['#meta +ref', ...columns.map((f) => f.hxl)],
    ...groups.flatMap((g) => g.rows.map((r) => [reference, ...columns.map((f) => r.values[f.id] ?? '')])),
  ];
  return lines.map((l) => l.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** Heading of a group: the compound's name (approximate position said), or the first case's coordinates. */
function groupTitle(t: Translate, cluster: Cluster): string {
  if (cluster.compound) return t('desk-map-group-compound', { name: cluster.compound.name, people: cluster.people });
  return t('desk-map-group-loose', { lat: cluster.lat.toFixed(4), lon: cluster.lon.toFixed(4), people: cluster.people });
}

/** The printable page. */
export function rescueHtml(t: Translate, lang: string, opts: { groups: ReturnType<typeof rescueRows>; fields: readonly RescueField[]; reference: string; embassy: string; now: number }): string {
  const columns = RESCUE_FIELDS.filter((f) => opts.fields.includes(f.id));
  const head = `<tr>${columns.map((f) => `<th>${escapeHtml(t(`desk-map-field-${f.id}`))}</th>`).join('')}</tr>`;
  const body = opts.groups
    .map((g) => `<h2>${escapeHtml(groupTitle(t, g.cluster))}</h2><table>${head}${g.rows.map((r) => `<tr>${columns.map((f) => `<td>${escapeHtml(r.values[f.id] ?? '')}</td>`).join('')}</tr>`).join('')}</table>`)
    .join('');
  const intro = `<p>${escapeHtml(t('desk-map-rescue-intro', { embassy: opts.embassy, reference: opts.reference, date: new Date(opts.now).toISOString().slice(0, 16).replace('T', ' ') }))}</p>`;
  return page(t, lang, t('desk-map-rescue-title', { reference: opts.reference }), `<div class="rescue" data-reference="${escapeHtml(opts.reference)}">${intro}${body}</div>`);
}

/** Fonts for the PDF: Noto Sans, and Noto's Thai and Devanagari for text in those scripts, when installed. */
function pdfFonts(dir: string): { latin?: string; thai?: string; devanagari?: string } {
  const at = (name: string) => (existsSync(join(dir, name)) ? join(dir, name) : undefined);
  return { latin: at('NotoSans-Regular.ttf'), thai: at('NotoSansThai-Regular.ttf'), devanagari: at('NotoSansDevanagari-Regular.ttf') };
}

/**
 * The PDF (A4, one table per compound). Text in Latin, Vietnamese, Thai or Devanagari script prints in Noto;
 * without fonts-noto-core it falls back to Helvetica (Latin only). Chinese characters need fonts-noto-cjk,
 * which is not used: they print as missing glyphs.
 */
export function rescuePdf(t: Translate, opts: { groups: ReturnType<typeof rescueRows>; fields: readonly RescueField[]; reference: string; embassy: string; now: number; fontsDir?: string }): Promise<Buffer> {
  const fonts = pdfFonts(opts.fontsDir ?? DEFAULT_FONTS_DIR);
  const doc = new PDFDocument({ size: 'A4', margin: 40, info: { Title: opts.reference, Author: opts.embassy } });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  if (fonts.latin) doc.registerFont('latin', fonts.latin);
  if (fonts.thai) doc.registerFont('thai', fonts.thai);
  if (fonts.devanagari) doc.registerFont('devanagari', fonts.devanagari);
  const fontFor = (text: string) => (/[\u0E00-\u0E7F]/.test(text) && fonts.thai ? 'thai' : /[\u0900-\u097F]/.test(text) && fonts.devanagari ? 'devanagari' : fonts.latin ? 'latin' : 'Helvetica');
  const write = (text: string, size: number, options: PDFKit.Mixins.TextOptions = {}) => doc.font(fontFor(text)).fontSize(size).text(text, options);

  write(t('desk-map-rescue-title', { reference: opts.reference }), 16);
  doc.moveDown(0.3);
  write(t('desk-map-rescue-intro', { embassy: opts.embassy, reference: opts.reference, date: new Date(opts.now).toISOString().slice(0, 16).replace('T', ' ') }), 10);
  const columns = RESCUE_FIELDS.filter((f) => opts.fields.includes(f.id));
  for (const g of opts.groups) {
    doc.moveDown(0.8);
    write(groupTitle(t, g.cluster), 12);
    for (const r of g.rows) {
      doc.moveDown(0.3);
      for (const f of columns) write(`${t(`desk-map-field-${f.id}`)}: ${r.values[f.id] ?? ''}`, 9, { indent: 12 });
    }
  }
  doc.end();
  return done;
}
