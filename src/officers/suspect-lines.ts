/**
 * The card's ⚠ lines for what may have been written by someone else than the person (flows/shared/suspect.ts):
 * each flagged change of an answer, "⚠ Changed after /restart (may not be the person): danger now: yes → no
 * (03:12)", and the messages that asked to take the report back, which were recorded and not obeyed.
 * The card shows the latest few; `npm run desk -- show` lists them all.
 */
import type { AnswerVersion, SuspectReason } from '../../flows/contract.js';
import type { CaseView } from '../cases/case-record.js';
import type { Args } from '../i18n/locales.js';

/** Flagged changes a card lists (the latest ones); `npm run desk -- show` lists them all. */
export const SUSPECT_LINES = 6;

/** One change that may have been written by someone else: an answer's version and the value before it. */
export interface SuspectChange {
  field: string;
  before: unknown;
  version: AnswerVersion & { suspect: SuspectReason };
}

/** Every flagged change of a case's answers, oldest first. */
export function suspectChanges(view: CaseView): SuspectChange[] {
  const changes: SuspectChange[] = [];
  for (const [field, versions] of Object.entries(view.private.history ?? {})) {
    versions.forEach((v, i) => {
      if (v.suspect) changes.push({ field, before: i > 0 ? versions[i - 1]!.value : undefined, version: { ...v, suspect: v.suspect } });
    });
  }
  return changes.sort((a, b) => a.version.at - b.version.at);
}

export interface SuspectLines {
  /** One flagged change: why, which answer, the value before and after, when. */
  line(change: SuspectChange, now: number): string;
  /** The card's lines: the first and latest retraction, then the latest flagged changes. */
  lines(view: CaseView, now: number): string[];
}

/**
 * Lines in the desk's language. `quote` makes a person's words safe to show (defanged, clipped to `max`);
 * values are shown as officers read them: yes/no, a pin's coordinates, button labels, the person's words in quotes.
 */
export function createSuspectLines(deps: { t: (key: string, args?: Args) => string; time: (ms: number, now?: number) => string; quote: (text: string, max: number) => string }): SuspectLines {
  const { t, time, quote } = deps;
  /** The message `key`, or undefined when the locale has none. */
  const known = (key: string) => {
    const text = t(key);
    return text === key ? undefined : text;
  };

  /** An answer's name ("danger now"); the field's own name for one without a label. */
  const answerName = (field: string) => known(`desk-answer-${field.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`) ?? field;

  function answerValue(field: string, value: unknown): string {
    if (value === undefined || value === null || value === '') return '—';
    if (typeof value === 'boolean') return t(value ? 'desk-yes' : 'desk-no');
    if (typeof value === 'number') return String(value);
    const words = (raw: string) => `"${quote(raw, 60)}"`;
    if (typeof value === 'string') {
      if (field === 'country') return known(`country-${value}`) ?? words(value);
      if (field === 'people') return /^\d+$/.test(value) && value !== '1' ? value : (known(`people-${value}`) ?? words(value));
      if (field === 'contact' || field === 'contactWhen') return known(`desk-contact-${value}`) ?? words(value);
      return words(value);
    }
    if (Array.isArray(value)) {
      const items = value.map((v) => (typeof v === 'string' ? (known(field === 'harm' ? `mp-harm-${v}` : `indicator-${v}`) ?? words(v)) : '?'));
      return items.length ? items.join('; ') : '—';
    }
    const o = value as { kind?: unknown; lat?: unknown; lon?: unknown; text?: unknown };
    if (o.kind === 'pin' && typeof o.lat === 'number' && typeof o.lon === 'number') return `📍 ${o.lat.toFixed(5)}, ${o.lon.toFixed(5)}`;
    if (o.kind === 'text' && typeof o.text === 'string') return words(o.text);
    return '…';
  }

  function line(change: SuspectChange, now: number): string {
    return t('desk-card-suspect-change', {
      why: t(`desk-suspect-${change.version.suspect}`),
      answer: answerName(change.field),
      before: answerValue(change.field, change.before),
      after: answerValue(change.field, change.version.value),
      time: time(change.version.at, now),
    });
  }

  function lines(view: CaseView, now: number): string[] {
    const changes = suspectChanges(view);
    const shown = changes.slice(-SUSPECT_LINES).map((c) => line(c, now));
    const more = changes.length > SUSPECT_LINES ? [t('desk-card-suspect-more', { count: changes.length - SUSPECT_LINES })] : [];
    const retractions = view.private.retractions ?? [];
    const taken = (retractions.length > 1 ? [retractions[0]!, retractions[retractions.length - 1]!] : retractions).map((r) =>
      t('desk-card-retraction', { time: time(r.at, now), text: quote(r.text, 200) }),
    );
    return [...taken, ...more, ...shown];
  }

  return { line, lines };
}
