/**
 * A report made again adds to the case, never replaces it: when a relative's report about the same person
 * goes into a case an earlier report opened, every answer the earlier report gave stays (an answer the new
 * one skipped erases nothing), a different answer is kept beside it as an additional value with its time
 * and report, the harm the reports were told of adds up, and both reporters are listed. Pure: the core
 * calls it with the case as stored (flows/contract.ts, `mergeCase`).
 */
import type { CaseRecord } from '../contract.js';
import { MissingPersonPrivate, type ReportEntry, type ReportedValue } from './case.js';

/** The answers about the missing person that reports may disagree on (`country` is a plain field of the case). */
export const reportedFields = [
  'name', 'age', 'birthDate', 'sex', 'hometown', 'document', 'phone', 'lastHeard', 'lastMessage',
  'country', 'city', 'company', 'job', 'recruiter', 'photo', 'notes',
] as const;
export type ReportedField = (typeof reportedFields)[number];

/** The same answer, whatever its case and spacing ("siti  AMINAH" is "Siti Aminah"). */
const same = (a: unknown, b: unknown) =>
  typeof a === 'string' && typeof b === 'string' ? a.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim() === b.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim() : JSON.stringify(a) === JSON.stringify(b);
const given = (v: unknown) => v !== undefined && v !== null && v !== '';
const reportKey = (r: ReportEntry) => `${r.channel}\u0000${r.address}\u0000${r.at}`;

/** The value of `field` in a sealed part (and the case's plain `country`). */
function valueOf(sealed: Record<string, unknown>, fields: Record<string, string>, field: ReportedField): unknown {
  return field === 'country' ? fields.country || undefined : sealed[field];
}

/** When a report last gave `field`: its latest version, else `fallback`. */
function givenAt(sealed: MissingPersonPrivate, field: ReportedField, fallback: number): number {
  const versions = sealed.history?.[field];
  return versions?.length ? versions[versions.length - 1]!.at : fallback;
}

/** The values of a case that held one report, as report 1's. */
function firstValues(sealed: MissingPersonPrivate, fields: Record<string, string>, at: number): Record<string, ReportedValue[]> {
  const out: Record<string, ReportedValue[]> = {};
  for (const field of reportedFields) {
    const value = valueOf(sealed, fields, field);
    if (given(value)) out[field] = [{ value, at: givenAt(sealed, field, at), report: 1 }];
  }
  return out;
}

/** A case stored before reports were listed: its one report, begun at its first answer. */
function legacyReport(sealed: MissingPersonPrivate, createdAt: number): ReportEntry {
  const times = Object.values(sealed.history ?? {}).flatMap((versions) => versions.map((v) => v.at));
  const { channel, address, relationship, contact, contactPhone, contactWhen, contactTimes } = sealed;
  return { at: times.length ? Math.min(...times) : createdAt, channel, address, relationship, contact, contactPhone, contactWhen, contactTimes };
}

/** Two lists of words for the same question: both, once each. */
function joinWords(a: string | undefined, b: string | undefined): string | undefined {
  if (!a || !b || a === b || a.includes(b)) return a ?? b;
  return `${a} | ${b}`;
}

/**
 * The update `next` (one report's record) merged into the case as `stored`. A case with one report (the
 * same report updated: sent after a silence opened it, a follow-up) takes `next` as it is, but for the harm
 * and words it already held.
 */
export function mergeMissingPersonCase(stored: { fields: Record<string, string>; sealed: unknown }, next: CaseRecord, now: number): CaseRecord {
  const old = MissingPersonPrivate.safeParse(stored.sealed);
  const fresh = MissingPersonPrivate.safeParse(next.sealed);
  if (!old.success || !fresh.success) return next;
  const before = old.data;
  const after = fresh.data;
  const mine = after.reports?.[0];
  if (!mine) return next;
  const reports = before.reports?.length ? [...before.reports] : [legacyReport(before, Number(stored.fields.createdAt) || now)];
  const at = reports.findIndex((r) => reportKey(r) === reportKey(mine));
  if (at >= 0) reports[at] = mine;
  else reports.push(mine);
  const n = (at >= 0 ? at : reports.length - 1) + 1;

  const harm = [...new Set([...(stored.fields.situation ?? '').split(','), ...(next.fields.situation ?? '').split(',')].filter(Boolean))].join(',');
  const words = { ...after.words };
  for (const [step, text] of Object.entries(before.words ?? {})) words[step] = joinWords(text, words[step])!;
  const kept = { ...after, reports, words: Object.keys(words).length ? words : undefined };
  if (reports.length === 1) return { fields: { ...next.fields, situation: harm }, sealed: kept };

  // Two reports or more: every answer keeps the values of the reports before, the first one in its field.
  const base = before.values ?? firstValues(before, stored.fields, reports[0]!.at);
  const values: Record<string, ReportedValue[]> = {};
  const top: Record<string, unknown> = {};
  for (const field of reportedFields) {
    const list = (base[field] ?? []).filter((v) => v.report !== n);
    const value = valueOf(after as Record<string, unknown>, next.fields, field);
    if (given(value) && !list.some((v) => same(v.value, value))) list.push({ value, at: givenAt(after, field, now), report: n });
    list.sort((a, b) => a.report - b.report);
    if (list.length) values[field] = list;
    top[field] = list[0]?.value;
  }
  const { country, ...person } = top;
  // The case stays the first reporter's: their chat, their relationship and call-back (each report's are in `reports`).
  const first = { channel: before.channel, address: before.address, relationship: before.relationship, contact: before.contact, contactPhone: before.contactPhone, contactWhen: before.contactWhen, contactTimes: before.contactTimes };
  const keep = (name: string) => stored.fields[name] ?? next.fields[name] ?? '';
  return {
    fields: {
      ...next.fields,
      country: typeof country === 'string' ? country : '',
      situation: harm,
      person: keep('person'),
      channel: keep('channel'),
      lang: keep('lang'),
      intakeComplete: stored.fields.intakeComplete === '1' ? '1' : (next.fields.intakeComplete ?? '0'),
    },
    sealed: { ...kept, ...person, ...first, values },
  };
}
