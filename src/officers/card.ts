/**
 * What officers read: the case card (everything needed to act on one screen), queue lines, digests and
 * relayed messages, in the desk's language. Plain text only: desks never send it with a parse mode, and
 * every piece of a person's text is quoted (src/officers/person-words.ts) so that it cannot pass for a line
 * of the card, nor become a link, a mention or a command. After a person's words comes the language they
 * are written in, named in the desk's language ("«ช่วยด้วย» (Thai)"), when it is not the desk's own;
 * reasons, indicators and answers are the desk's own words.
 * Changes that may have been written by someone else (after `/restart`, a retraction, after a long
 * silence: flows/shared/suspect.ts) are listed near the top with ⚠, and so are the retractions themselves.
 */
import { clipGraphemes } from '../../flows/shared/text.js';
import { isOpen } from '../cases/case-model.js';
import type { CaseView } from '../cases/case-record.js';
import type { LinkedCase } from '../cases/links.js';
import { relationships as RELATIONSHIPS } from '../../flows/missing-person/machine.js';
import type { ForwardedMessage } from '../core/messages.js';
import type { Deployment } from '../deployment.js';
import { DETECTABLE_LANGUAGES, detectLanguage } from '../i18n/detect.js';
import type { Args, Locales } from '../i18n/locales.js';
import { LOWER_REASON_MAX } from './case-desk.js';
import { defang, quoteInline, quoteWords } from './person-words.js';
import { createReportLines } from './report-lines.js';
import { parseSafeTimes } from './safe-time.js';
import { createSuspectLines, type SuspectChange } from './suspect-lines.js';

export { defang };

/**
 * A button on a card: the action it takes on the card's case. `lower` only tells the officer how to
 * lower a false alarm (it needs a reason, which a button cannot carry); `restore` undoes a lowering.
 */
export const cardActions = ['claim', 'unclaim', 'in-progress', 'resolved', 'closed', 'location', 'lower', 'restore'] as const;
export type CardAction = (typeof cardActions)[number];

export interface Card {
  text: string;
  /** Short title for the case's thread (forum topic name). */
  title: string;
  /** Button rows. */
  actions: CardAction[][];
  /** Possible links an officer can confirm or reject with a button: the other cases' ids (at most 3). */
  linkChoices?: string[];
}

/** Possible links with buttons on a card; more are confirmed or rejected by command. */
const LINK_CHOICES_MAX = 3;

/** How much of a person's own words a card shows; the thread has everything they write later. */
const DETAILS_MAX = 900;

/** At most `max` UTF-16 units (Telegram's count), cut between graphemes, with … when cut. */
const clip = (text: string, max: number) => clipGraphemes(text, max);

/** Google Maps link for a pin: officers open it on their phone. */
export const mapLink = (lat: number, lon: number) => `https://maps.google.com/?q=${lat.toFixed(5)},${lon.toFixed(5)}`;

export interface CardRenderer {
  readonly lang: string;
  /** `linked`: the other side of each link (src/cases/links.ts); without it the card lists only their ids. */
  card(view: CaseView, extra: { held: number; now: number; officerName?: (id: string) => string | undefined; linked?: LinkedCase[] }): Card;
  /** One line per case for `/queue` and digests. */
  queueLine(view: CaseView, now: number, officerName?: (id: string) => string | undefined): string;
  digestLine(view: CaseView, now: number): string;
  /** One line per flagged change (⚠ why: answer: before → after (time)), for the card and `desk show`. */
  suspectLine(change: SuspectChange, now: number): string;
  /** A person's message as shown in their case's thread. */
  forwarded(caseId: string, message: ForwardedMessage): string;
  /** The Telegram photos of a relative's report, to re-send into the case's topic with these captions. */
  reportPhotos(view: CaseView): Array<{ fileRef: string; caption: string }>;
  age(ms: number): string;
  time(ms: number): string;
  t(key: string, args?: Args): string;
}

export function createCardRenderer(deps: { locales: Locales; deployment: Deployment; lang?: string }): CardRenderer {
  const { locales, deployment } = deps;
  const lang = deps.lang ?? deployment.embassy.deskLanguage ?? deployment.defaultLanguage;
  const t = (key: string, args?: Args) => locales.t(lang, key, args);
  const offset = deployment.embassy.utcOffsetMinutes;
  const names = (() => {
    try {
      return new Intl.DisplayNames([lang], { type: 'language', fallback: 'code' });
    } catch {
      return undefined; // a desk language this runtime has no names for: the codes show
    }
  })();
  /**
   * The name, in the desk's language, of the language a person's words are written in: the one recorded
   * with them (`recorded`), else what src/i18n/detect.ts reads in them; undefined for the desk's own
   * language, and for words too short to tell (a name, "ok").
   */
  const wroteIn = (text: string, recorded?: string): string | undefined => {
    const code = recorded ?? detectLanguage(text, { candidates: DETECTABLE_LANGUAGES })?.lang;
    if (!code || code === lang) return undefined;
    return names?.of(code) ?? code;
  };
  /** A person's words quoted for a card line, followed by their language. */
  const words = (text: string, max: number, recorded?: string) => quoteWords(text, max, wroteIn(text, recorded));

  function age(ms: number): string {
    const min = Math.max(0, Math.floor(ms / 60_000));
    if (min < 60) return t('desk-minutes', { n: min });
    if (min < 24 * 60) return t('desk-hours', { h: Math.floor(min / 60), m: min % 60 });
    return t('desk-days', { d: Math.floor(min / 1440), h: Math.floor((min % 1440) / 60) });
  }

  /** `HH:MM` in the desk's time zone, with the date when it is not today. */
  function time(ms: number, now = Date.now()): string {
    const local = new Date(ms + offset * 60_000);
    const today = new Date(now + offset * 60_000).toISOString().slice(0, 10);
    const iso = local.toISOString();
    const sign = offset >= 0 ? '+' : '-';
    const zone = `UTC${sign}${Math.floor(Math.abs(offset) / 60)}${Math.abs(offset) % 60 ? `:${String(Math.abs(offset) % 60).padStart(2, '0')}` : ''}`;
    return `${iso.slice(0, 10) === today ? '' : `${iso.slice(0, 10)} `}${iso.slice(11, 16)} ${zone}`;
  }

  const officerLabel = (id: string, name?: (id: string) => string | undefined) => {
    const n = name?.(id);
    return n && n !== id ? `${defang(clip(n, 40))} (${id})` : id; // a terminal officer is known by their id
  };

  function where(view: CaseView): string {
    const loc = view.private.location;
    if (loc?.kind === 'pin') {
      return t('desk-card-where-pin', {
        lat: loc.lat.toFixed(5),
        lon: loc.lon.toFixed(5),
        live: loc.live ? t('desk-card-where-live') : '',
        map: mapLink(loc.lat, loc.lon),
        near: view.private.place ? t('desk-card-where-near', { place: view.private.place }) : '',
      });
    }
    if (loc?.kind === 'text') return t('desk-card-where-text', { text: words(loc.text, 300) });
    return t('desk-card-where-unknown');
  }

  /** Short place for one-line views. */
  function shortWhere(view: CaseView): string {
    const loc = view.private.location;
    const country = view.country && view.country !== 'other' ? t(`country-${view.country}`) : '';
    const place = view.private.place ?? (loc?.kind === 'text' ? quoteInline(loc.text, 40) : loc?.kind === 'pin' ? '📍' : '');
    return [place, country].filter(Boolean).join(', ') || '?';
  }

  /** How many people: the count or bucket, and the person's own words when they typed more than a number. */
  function peopleLine(view: CaseView): string {
    const count = view.people ? (/^\d+$/.test(view.people) && view.people !== '1' ? view.people : t(`people-${view.people}`)) : '';
    const said = view.private.peopleWords ? words(view.private.peopleWords, 200) : '';
    return [count, said].filter(Boolean).join(' ');
  }

  /** The words of the first and the latest alarm (the person's own, quoted and defanged). */
  function alarmLines(view: CaseView, now: number): string[] {
    const alarms = view.private.alarms ?? [];
    const shown = alarms.length > 1 ? [alarms[0]!, alarms[alarms.length - 1]!] : alarms;
    return shown.map((a) => t('desk-card-alarm', { time: time(a.at, now), text: words(a.text, 300) }));
  }

  /** Where the person first said they were, when they have said somewhere else since: the first matters most. */
  function firstWhere(view: CaseView, now: number): string | undefined {
    const versions = (view.private.history?.location ?? []).filter((v) => v.value !== null);
    if (versions.length < 2) return undefined;
    const first = versions[0]!;
    if (JSON.stringify(first.value) === JSON.stringify(versions[versions.length - 1]!.value)) return undefined;
    const loc = first.value as { kind?: string; lat?: number; lon?: number; text?: string };
    const place = loc.kind === 'pin' && typeof loc.lat === 'number' && typeof loc.lon === 'number'
      ? `${loc.lat.toFixed(5)}, ${loc.lon.toFixed(5)} ${mapLink(loc.lat, loc.lon)}`
      : loc.kind === 'text' && typeof loc.text === 'string' ? words(loc.text, 300) : undefined;
    return place ? t('desk-card-first-where', { time: time(first.at, now), where: place }) : undefined;
  }

  const report = createReportLines({ t, time, wroteIn });
  const suspects = createSuspectLines({ t, time, quote: (text, max) => defang(clip(text, max)) });

  function safeToWrite(view: CaseView): string {
    const p = view.private;
    if (p.contact === 'anytime') return t('desk-card-safe-anytime');
    if (p.contact === 'they-write-first') return t('desk-card-safe-first');
    if (p.contact === 'times') {
      const times = words(p.contactTimes ?? '', 200);
      const readable = p.contactTimes ? parseSafeTimes(p.contactTimes, view.lang) : undefined;
      return t(readable ? 'desk-card-safe-times' : 'desk-card-safe-unreadable', { times });
    }
    return t('desk-not-given');
  }

  const reasons = (view: CaseView) => view.reasons.map((r) => t(`desk-reason-${r}`)).join(', ') || '—';
  const urgency = (view: CaseView) => t(`desk-urgency-${view.urgency}`);
  const status = (s: string) => t(`desk-status-${s}`);
  const kind = (k: string) => t(`desk-kind-${k}`);

  /** What a person said about themselves after their name (age, home town, phone), for matching. */
  function aboutLine(view: CaseView): string | undefined {
    const p = view.private;
    const parts = [
      p.age !== undefined ? t('desk-card-link-age', { age: p.age }) : undefined,
      p.hometown ? t('desk-card-link-hometown', { place: quoteInline(p.hometown, 60) }) : undefined,
      p.phone ? t('desk-card-about-phone', { phone: `+${p.phone}` }) : undefined,
      p.aboutWords ? quoteInline(p.aboutWords, 200, wroteIn(p.aboutWords)) : undefined,
    ].filter(Boolean);
    return parts.length ? t('desk-card-about', { about: parts.join(', ') }) : undefined;
  }

  /** Who filed a relative's report, as the relationship button they pressed says, else in their words. */
  const reporter = (relationship: string) =>
    (RELATIONSHIPS as readonly string[]).includes(relationship) ? t(`desk-card-link-by-${relationship}`) : t('desk-card-link-reporter', { relationship: quoteInline(relationship, 40) });

  /** One line per linked case with the other side's key facts, then the ids of any not read. */
  function linkLines(view: CaseView, linked: LinkedCase[] | undefined): Array<string | undefined> {
    if (!linked) {
      return [
        view.links.length ? t('desk-card-links', { cases: view.links.join(', ') }) : undefined,
        view.possibleLinks.length ? t('desk-card-possible', { cases: view.possibleLinks.join(', ') }) : undefined,
      ];
    }
    const shown = new Set(linked.map((l) => l.id));
    const rest = [...view.links, ...view.possibleLinks].filter((id) => !shown.has(id));
    return [
      ...linked.map((l) => {
        const facts = [
          l.name ? quoteInline(l.name, 80) : undefined,
          l.age !== undefined ? t('desk-card-link-age', { age: l.age }) : undefined,
          l.hometown ? t('desk-card-link-hometown', { place: quoteInline(l.hometown, 60) }) : undefined,
          l.country ? t(`country-${l.country}`) : undefined,
          l.relationship ? reporter(l.relationship) : undefined,
        ].filter(Boolean).join(', ');
        return t(`desk-card-link-${l.link}`, { caseId: l.id, kind: kind(l.kind), status: status(l.status), facts: facts || t('desk-not-given') });
      }),
      rest.length ? t('desk-card-links', { cases: rest.join(', ') }) : undefined,
    ];
  }

  function card(view: CaseView, extra: { held: number; now: number; officerName?: (id: string) => string | undefined; linked?: LinkedCase[] }): Card {
    const p = view.private;
    const lines = [
      t('desk-card-head', { urgency: urgency(view), caseId: view.id, status: status(view.status) }),
      t('desk-card-reasons', { reasons: reasons(view) }),
      view.report ? report.head(view.report, extra.now) : undefined,
      view.score > 0 ? t('desk-card-score', { score: view.score }) : undefined,
      ...alarmLines(view, extra.now),
      ...suspects.lines(view, extra.now),
      t('desk-card-opened', {
        time: time(view.createdAt, extra.now),
        age: age(extra.now - view.createdAt),
        kind: kind(view.kind),
        language: view.lang ? locales.t(view.lang, 'language-name') : '?',
        channel: view.channel,
      }),
      view.claimedBy ? t('desk-card-claimed', { officer: officerLabel(view.claimedBy, extra.officerName) }) : t('desk-card-unclaimed'),
      view.duplicateOf ? t('desk-card-duplicate', { other: view.duplicateOf }) : undefined,
      view.reopenedFrom ? t('desk-card-reopened', { times: view.reopened, was: t(`desk-status-${view.reopenedFrom}`) }) : undefined,
      view.lowered ? t('desk-card-lowered', { from: t(`desk-urgency-${view.lowered.from}`), officer: officerLabel(view.lowered.by, extra.officerName), reason: defang(clip(view.lowered.reason, LOWER_REASON_MAX)) }) : undefined,
      view.reachable === 'gone' ? t('desk-card-gone') : undefined,
      view.forgotten ? t('desk-card-forgotten', { time: time(view.forgotten, extra.now) }) : undefined,
      view.stopped ? t(`desk-card-stopped-${view.stopped.kind}`, { time: time(view.stopped.at, extra.now), caseId: view.id }) : undefined,
      view.releaseLocked ? t('desk-card-release-locked', { time: time(view.releaseLocked, extra.now), caseId: view.id }) : undefined,
      // A relative's report may come from a recruiter posing as family: status checks tell nothing until an officer chooses (/tell).
      view.kind === 'missing-person' ? t(view.told ? `desk-card-told-${view.told.what}` : 'desk-card-verify-relative', { caseId: view.id, officer: view.told ? officerLabel(view.told.by, extra.officerName) : '' }) : undefined,
      '',
      // A relative's report: every answer field by field, and each report and reporter (src/officers/report-lines.ts).
      ...(view.report ? [] : [where(view), firstWhere(view, extra.now)]),
      view.country && view.country !== 'other' && !view.report ? t('desk-card-country', { country: t(`country-${view.country}`) }) : undefined,
      view.report ? undefined : t('desk-card-danger', { answer: view.dangerNow === undefined ? t('desk-not-given') : t(view.dangerNow ? 'desk-yes' : 'desk-no') }),
      ...(view.report ? report.lines(view.report, { createdAt: view.createdAt, now: extra.now, country: view.country }) : []),
      view.situation.length ? t('desk-card-situation', { items: view.situation.map((s) => t(`indicator-${s}`)).join('; ') }) : undefined,
      p.details ? t('desk-card-details', { text: words(p.details, DETAILS_MAX) }) : undefined,
      view.people || p.peopleWords ? t('desk-card-people', { people: peopleLine(view) }) : undefined,
      view.report ? undefined : t('desk-card-safe', { when: safeToWrite(view) }),
      view.report ? undefined : t('desk-card-name', { name: p.name ? quoteWords(p.name, 80) : t('desk-not-given') }),
      view.kind === 'self-report' ? aboutLine(view) : undefined,
      ...linkLines(view, extra.linked),
      extra.held > 0 ? t('desk-card-held', { count: extra.held }) : undefined,
      view.codeWord ? t('desk-card-code-word') : undefined,
      view.released ? t(`desk-card-released-${view.released.rule}`, { time: time(view.released.at, extra.now) }) : undefined,
      view.notes > 0 ? t('desk-card-notes', { count: view.notes, caseId: view.id }) : undefined,
      view.intakeComplete ? undefined : t('desk-card-intake-open'),
    ];
    // A false alarm is lowered from critical or high, and a lowered case can be restored.
    const lowering: CardAction[] = view.lowered ? ['restore'] : view.urgency === 'normal' ? [] : ['lower'];
    const actions: CardAction[][] = isOpen(view.status)
      ? [[view.claimedBy ? 'unclaim' : 'claim', 'location'], [...(view.status === 'in-progress' ? [] : ['in-progress' as const]), 'resolved', 'closed'], ...(lowering.length ? [lowering] : [])]
      : [['in-progress']];
    return {
      text: lines.filter((l) => l !== undefined).join('\n'),
      title: clip(t('desk-topic-title', { urgency: urgency(view), caseId: view.id }), 128),
      actions,
      linkChoices: view.possibleLinks.slice(0, LINK_CHOICES_MAX),
    };
  }

  return {
    lang,
    card,
    age,
    time,
    t,
    suspectLine: suspects.line,
    reportPhotos: (view) => (view.report ? report.photos(view.id, view.report) : []),
    queueLine(view, now, officerName) {
      return t('desk-queue-line', {
        urgency: urgency(view),
        caseId: view.id,
        status: status(view.status),
        age: age(now - view.createdAt),
        where: shortWhere(view),
        claimed: view.claimedBy ? t('desk-queue-claimed', { officer: officerLabel(view.claimedBy, officerName) }) : '',
      });
    },
    digestLine(view, now) {
      return t('desk-digest-line', { urgency: urgency(view), caseId: view.id, age: age(now - view.createdAt), where: shortWhere(view), reasons: reasons(view) });
    },
    forwarded(caseId, m) {
      const body = forwardedBody(caseId, m);
      return m.suspect ? `${t(`desk-message-suspect-${m.suspect}`)}\n${body}` : body;
    },
  };

  /** A person's message as the thread shows it, without its flag. */
  function forwardedBody(caseId: string, m: ForwardedMessage): string {
    switch (m.kind) {
      case 'text':
        return `${t('desk-person-wrote', { caseId })}\n${words(m.text, Infinity, m.lang)}`;
      case 'location':
        return t('desk-person-pin', { caseId, lat: m.lat.toFixed(5), lon: m.lon.toFixed(5), map: mapLink(m.lat, m.lon) });
      case 'media':
        return t('desk-person-media', { caseId, media: m.media, channel: m.channel, caption: m.caption ? t('desk-person-media-caption', { caption: words(m.caption, 1000, m.lang) }) : '' });
      case 'other':
        return t('desk-person-other', { caseId, what: m.what });
    }
  }
}
