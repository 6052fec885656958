/**
 * A relative's missing-person report on the card (and so in `/case` and `npm run desk -- show`): every answer
 * about the missing person field by field, the reports the case holds with each reporter's relationship and
 * call-back, and, when a report was made again, what it added (every value kept with its report and time:
 * flows/missing-person/merge.ts). The person's words are quoted like every other text of a person on a card,
 * their last message and notes followed by the language they are written in.
 */
import type { MissingPersonPrivate, ReportedValue } from '../../flows/missing-person/case.js';
import { reportedFields, type ReportedField } from '../../flows/missing-person/merge.js';
import type { Args } from '../i18n/locales.js';
import { quoteInline, quoteWords } from './person-words.js';

const given = (v: unknown) => v !== undefined && v !== null && v !== '';

/** Under this age the card flags a minor (the triage's `minor` reason uses the same line). */
const ADULT_AGE = 18;

/** Answers in the order the card shows them (the order the relative was asked). */
const shown: readonly ReportedField[] = reportedFields;

export interface ReportLines {
  /** The "reported again" line for the top of the card, or undefined for a single report. */
  head(report: MissingPersonPrivate, now: number): string | undefined;
  /** The report's lines: the reports, then every answer about the person (`createdAt`: the case's, for a case stored before reports were listed). */
  lines(report: MissingPersonPrivate, opts: { createdAt: number; now: number; country?: string }): string[];
  /** Telegram photos of the person to re-send into the case's topic, each with its caption. */
  photos(caseId: string, report: MissingPersonPrivate): Array<{ fileRef: string; caption: string }>;
}

export function createReportLines(deps: {
  t: (key: string, args?: Args) => string;
  time: (ms: number, now?: number) => string;
  /** The name of the language a text is written in, in the desk's language (undefined: the desk's own, or not known). */
  wroteIn?: (text: string) => string | undefined;
}): ReportLines {
  const { t, time } = deps;
  const wroteIn = deps.wroteIn ?? (() => undefined);
  const notGiven = () => t('desk-not-given');

  /** The values each answer has across reports (none for a single report: its fields hold them). */
  const valuesOf = (report: MissingPersonPrivate) => (report.values ?? {}) as Partial<Record<ReportedField, ReportedValue[]>>;

  /** The latest report's number when it added something, else undefined. */
  const latest = (report: MissingPersonPrivate) => ((report.reports?.length ?? 1) > 1 ? report.reports!.length : undefined);

  /** The answers the latest report gave that no earlier report had. */
  function added(report: MissingPersonPrivate): ReportedField[] {
    const n = latest(report);
    if (!n) return [];
    const values = valuesOf(report);
    return shown.filter((field) => values[field]?.some((v) => v.report === n));
  }

  function render(field: ReportedField, value: unknown, report: MissingPersonPrivate, from?: ReportedValue): string {
    if (!given(value)) return notGiven();
    switch (field) {
      case 'age': {
        const age = Number(value);
        const born = report.birthDate && !from ? ` (${t('desk-mp-born', { date: quoteInline(report.birthDate, 20) })})` : '';
        return `${age}${born}${age < ADULT_AGE ? ` ${t('desk-mp-minor')}` : ''}`;
      }
      case 'sex':
        return value === 'female' || value === 'male' ? t(`mp-sex-${value}`) : quoteInline(String(value), 40);
      case 'country':
        return value === 'other' ? t('desk-mp-country-other') : t(`country-${String(value)}`);
      case 'photo': {
        const photo = value as { fileRef?: string };
        const channel = from ? report.reports?.[from.report - 1]?.channel : report.reports?.[0]?.channel ?? report.channel;
        return channel === 'telegram' && photo.fileRef ? t('desk-mp-photo-telegram') : t('desk-mp-photo-not-forwarded', { channel: channel ?? '?' });
      }
      case 'lastMessage':
      case 'notes':
        return quoteWords(String(value), 400, wroteIn(String(value)));
      default:
        return quoteInline(String(value), 120);
    }
  }

  function reporterLine(n: number, entry: NonNullable<MissingPersonPrivate['reports']>[number], now: number): string {
    const relationship = entry.relationship ? t(`desk-mp-relationship-${entry.relationship}`) : notGiven();
    const contact = entry.contact === 'phone'
      ? t('desk-mp-contact-phone', { phone: quoteInline(entry.contactPhone ?? '', 40) })
      : entry.contact === 'this-chat' ? t('desk-mp-contact-this-chat', { channel: entry.channel }) : notGiven();
    const when = entry.contactWhen === 'times'
      ? t('desk-mp-when-times', { times: quoteInline(entry.contactTimes ?? '', 120) })
      : entry.contactWhen === 'anytime' ? t('desk-mp-when-anytime') : notGiven();
    return t('desk-mp-report', { n, time: time(entry.at, now), relationship, contact, when });
  }

  return {
    head(report) {
      const n = latest(report);
      if (!n) return undefined;
      const fields = added(report).map((f) => t(`desk-mp-field-${f}`));
      return t('desk-mp-again', { count: n, n, fields: fields.length ? fields.join(', ') : t('desk-mp-nothing-new') });
    },
    lines(report, { createdAt, now, country }) {
      const { channel, address, relationship, contact, contactPhone, contactWhen, contactTimes } = report;
      const reports = report.reports?.length ? report.reports : [{ at: createdAt, channel, address, relationship, contact, contactPhone, contactWhen, contactTimes }];
      const out = reports.map((entry, i) => reporterLine(i + 1, entry, now));
      out.push(t('desk-mp-person'));
      const values = valuesOf(report);
      const n = latest(report);
      for (const field of shown) {
        const list = values[field];
        const first = list?.[0];
        const value = first ? first.value : field === 'country' ? country : (report as Record<string, unknown>)[field];
        // The date of birth shows with the age; notes only when there are some.
        if ((field === 'birthDate' || field === 'notes') && !given(value)) continue;
        const label = t(`desk-mp-field-${field}`);
        // Which report said it, where reports differ or only a later one said it.
        const from = first && ((list?.length ?? 0) > 1 || first.report > 1) ? ` ${t('desk-mp-from', { n: first.report, time: time(first.at, now) })}` : '';
        const isNew = first && n && first.report === n ? ` ${t('desk-mp-new')}` : '';
        out.push(t('desk-mp-field', { label, value: `${render(field, value, report, first)}${from}${isNew}` }));
        for (const other of list?.slice(1) ?? []) {
          out.push(t('desk-mp-also', { n: other.report, time: time(other.at, now), value: render(field, other.value, report, other), new: other.report === n ? t('desk-mp-new') : '' }).trimEnd());
        }
      }
      for (const [step, words] of Object.entries(report.words ?? {})) {
        const label = (shown as readonly string[]).includes(step) ? t(`desk-mp-field-${step}`) : step;
        out.push(t('desk-mp-words', { step: label, text: quoteInline(words, 200, wroteIn(words)) }));
      }
      return out;
    },
    photos(caseId, report) {
      const values = valuesOf(report).photo;
      const list = values?.length ? values : report.photo ? [{ value: report.photo, at: 0, report: 1 }] : [];
      return list.flatMap((v) => {
        const photo = v.value as { media?: string; fileRef?: string };
        const channel = report.reports?.[v.report - 1]?.channel ?? report.channel;
        return channel === 'telegram' && photo.fileRef ? [{ fileRef: photo.fileRef, caption: t('desk-mp-photo-caption', { caseId, n: v.report }) }] : [];
      });
    },
  };
}
