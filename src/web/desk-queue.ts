/**
 * The web desk's queue: open cases by urgency then age, filtered and searched in memory.
 *
 * Search over names, phone numbers and passport numbers opens the cases' sealed parts in this process only
 * (the queue is read that way anyway) and matches normalised words: no query and no personal field is ever
 * written to Redis, to the log or to the audit trail in clear.
 */
import { normalizeDocument, normalizeName, normalizePhone, phoneFromWhatsApp } from '../../flows/shared/identity.js';
import type { CaseView } from '../cases/case-record.js';
import type { CompoundInfo } from '../deployment.js';
import { clusterCases, mapCase } from './extras/map-data.js';

/** What the queue's form asks for (every field optional). */
export interface QueueFilter {
  q?: string;
  urgency?: string;
  status?: string;
  kind?: string;
  country?: string;
  compound?: string;
  /** `me`: claimed by the signed-in officer; `nobody`: unclaimed. */
  claimed?: string;
}

export const FILTER_FIELDS = ['q', 'urgency', 'status', 'kind', 'country', 'compound', 'claimed'] as const;

/** The filter from a query string: only known fields, each a short string. */
export function readFilter(query: unknown): QueueFilter {
  const q = (query ?? {}) as Record<string, unknown>;
  const out: QueueFilter = {};
  for (const f of FILTER_FIELDS) {
    const v = q[f];
    if (typeof v === 'string' && v.trim() !== '') out[f] = v.trim().slice(0, 120);
  }
  return out;
}

/** The query string of a filter (for the live refresh and links). */
export function filterQuery(f: QueueFilter): string {
  const p = new URLSearchParams();
  for (const k of FILTER_FIELDS) if (f[k]) p.set(k, f[k]!);
  const s = p.toString();
  return s ? `?${s}` : '';
}

/** Whether a case's personal fields match what was typed: a case number, a phone number, a passport or ID number, or a name. */
export function matchesSearch(view: CaseView, q: string, callingCode: string, normalizeId: (raw: string) => string): boolean {
  if (normalizeId(q) === view.id) return true;
  const p = view.private;
  const r = view.report;
  const phones = [p.phone, r?.phone, phoneFromWhatsApp(p.address)].filter((x): x is string => !!x).map((x) => normalizePhone(x, callingCode)).filter(Boolean);
  const digits = q.replace(/\D/g, '');
  if (digits.length >= 6) {
    const asked = normalizePhone(q, callingCode);
    // The whole number, or its last digits (people and officers write numbers in many ways).
    if (phones.some((ph) => ph === asked || (digits.length >= 7 && ph!.endsWith(digits.replace(/^0+/, ''))))) return true;
  }
  const doc = normalizeDocument(q);
  if (doc && r?.document && normalizeDocument(r.document) === doc) return true;
  // Every word typed begins a word of the name, in any order ("joko sus" finds "Susanto, Joko Widodo").
  const asked = normalizeName(q).split(' ').filter(Boolean);
  if (asked.length > 0) {
    const names = [p.name, r?.name].filter((x): x is string => !!x).map((n) => normalizeName(n).split(' '));
    if (names.some((words) => asked.every((a) => words.some((w) => w.startsWith(a))))) return true;
  }
  return false;
}

/** Which compound each case with a position is at (the map's own clustering). */
export function compoundOf(views: readonly CaseView[], compounds: readonly CompoundInfo[]): Map<string, string> {
  const at = new Map<string, string>();
  const mapped = views.map(mapCase).filter((m): m is NonNullable<typeof m> => m !== undefined);
  for (const cluster of clusterCases(mapped, compounds)) {
    if (!cluster.compound) continue;
    for (const c of cluster.cases) at.set(c.id, cluster.compound.id);
  }
  return at;
}

/** The open cases the filter keeps, in queue order. */
export function filterQueue(
  views: readonly CaseView[],
  f: QueueFilter,
  ctx: { officerId: string; callingCode: string; normalizeId: (raw: string) => string; compounds: readonly CompoundInfo[] },
): CaseView[] {
  const atCompound = f.compound ? compoundOf(views, ctx.compounds) : undefined;
  return views.filter((v) => {
    if (f.urgency && v.urgency !== f.urgency) return false;
    if (f.status && v.status !== f.status) return false;
    if (f.kind && v.kind !== f.kind) return false;
    if (f.country && (v.country ?? '') !== f.country) return false;
    if (f.claimed === 'me' && v.claimedBy !== ctx.officerId) return false;
    if (f.claimed === 'nobody' && v.claimedBy) return false;
    if (atCompound && atCompound.get(v.id) !== f.compound) return false;
    if (f.q && !matchesSearch(v, f.q, ctx.callingCode, ctx.normalizeId)) return false;
    return true;
  });
}
