/**
 * `npm run desk -- claim | unclaim | note | reply | location | status | lower | restore | resume | unlock | link | notlink`: one action on a
 * case through the case desk (which audits it), and what the officer is told about it.
 */
import type { CaseView } from '../../cases/case-record.js';
import { linkOutcomeKeys, LOWER_REASON_MAX, type ActOutcome } from '../../officers/case-desk.js';
import { quoteSent } from '../../officers/person-words.js';
import { nextSafeMoment, parseSafeTimes } from '../../officers/safe-time.js';
import { DESK_EXIT, type DeskContext } from './desk-context.js';
import type { DeskPlan } from './parse-desk-command.js';
import { reportRefusal } from './report-refusal.js';

/** A command that changes a case. */
export type CaseAction = Exclude<DeskPlan, { command: 'list' | 'watch' | 'show' }>;

/**
 * Whether the running hotline's relay sends a queued answer now or holds it: the relay's own rule
 * (src/officers/relay.ts) — any time, after they write, their readable safe hours, else wait for them.
 */
function whenSent(d: DeskContext, view: CaseView | undefined): string {
  const { deployment, cards, t } = d;
  const p = view?.private;
  if (p?.contact === 'anytime') return t('desk-cli-send-now');
  if (p?.contact === 'they-write-first') return t('desk-cli-held-first');
  const windows = p?.contact === 'times' && p.contactTimes ? parseSafeTimes(p.contactTimes) : undefined;
  if (view && windows) {
    const offset = deployment.countries.find((c) => c.code === view.country)?.utcOffsetMinutes ?? deployment.embassy.utcOffsetMinutes;
    const next = nextSafeMoment(windows, d.now(), offset);
    return next.now ? t('desk-cli-send-now') : t('desk-cli-held-until', { time: cards.time(next.at) });
  }
  return t('desk-cli-held-unknown');
}

/**
 * Takes the action as `p.officer` and says what happened: done on stdout (for an answer, exactly what was
 * queued; for an answer or a location request, also whether the hotline sends it now or holds it), refused
 * on stderr ({@link reportRefusal}). An answer that names another case or looks like a case card is not
 * sent without `--confirm`.
 */
export async function actOnCase(d: DeskContext, p: CaseAction): Promise<number> {
  const { desk, t, out } = d;
  const { officer } = p;
  const caseId = desk.normalizeId(p.caseId);
  if (p.command === 'reply' && !p.confirm) {
    const warned = d.check(p.text, caseId);
    if (warned.otherCases.length > 0) d.err(t('desk-cli-reply-other', { caseId, cases: warned.otherCases.join(', ') }));
    if (warned.cardLines >= 2) d.err(t('desk-cli-reply-card'));
    if (warned.needsConfirm) return DESK_EXIT.refused;
  }
  if (p.command === 'link' || p.command === 'notlink') {
    const other = desk.normalizeId(p.other);
    const decision = p.command === 'link' ? 'confirm' : 'reject';
    const result = await desk.decideLink(caseId, other, officer, decision);
    const said = t(linkOutcomeKeys[result][decision], { caseId, other });
    if (result === 'ok' || result === 'already') {
      out(said);
      return DESK_EXIT.done;
    }
    d.err(said);
    return DESK_EXIT.refused;
  }
  let outcome: ActOutcome;
  let other: string | undefined;
  switch (p.command) {
    case 'claim': outcome = await desk.claim(caseId, officer); break;
    case 'unclaim': outcome = await desk.unclaim(caseId, officer); break;
    case 'note': outcome = await desk.note(caseId, officer, p.text); break;
    case 'reply': outcome = await desk.reply(caseId, officer, p.text); break;
    case 'location': outcome = await desk.requestLocation(caseId, officer); break;
    case 'status':
      other = p.other ? desk.normalizeId(p.other) : undefined;
      outcome = await desk.setStatus(caseId, officer, p.status, other);
      break;
    case 'lower': outcome = await desk.lower(caseId, officer, p.to, p.reason); break;
    case 'restore': outcome = await desk.restore(caseId, officer); break;
    case 'resume': outcome = await desk.resume(caseId, officer); break;
    case 'unlock': outcome = await desk.unlock(caseId, officer); break;
  }
  if (!outcome.ok) {
    const text = 'text' in p ? p.text : 'reason' in p ? p.reason : '';
    return reportRefusal(d, caseId, outcome, { other, length: text.trim().length, max: p.command === 'lower' ? LOWER_REASON_MAX : undefined });
  }
  const status = t(`desk-status-${outcome.status}`);
  const urgency = outcome.urgency ? t(`desk-urgency-${outcome.urgency}`) : '?';
  switch (p.command) {
    case 'claim': out(t(outcome.already ? 'desk-cli-already-yours' : 'desk-cli-claimed', { caseId })); break;
    case 'unclaim': out(t('desk-cli-unclaimed', { caseId })); break;
    case 'status': out(t(outcome.already ? 'desk-cli-status-same' : 'desk-cli-status-set', { caseId, status })); break;
    case 'note': out(t('desk-cli-note-added', { caseId })); break;
    case 'lower': out(t(outcome.already ? 'desk-cli-urgency-same' : 'desk-cli-lowered', { caseId, urgency })); break;
    case 'restore': out(t('desk-cli-restored', { caseId, urgency })); break;
    case 'resume': out(t('desk-cli-resumed', { caseId })); break;
    case 'unlock': out(t('desk-cli-unlocked', { caseId })); break;
    case 'reply':
    case 'location': {
      const view = await desk.store.get(caseId);
      out(t(p.command === 'reply' ? 'desk-cli-reply-queued' : 'desk-cli-location-queued', { caseId }));
      if (p.command === 'reply') out(quoteSent(p.text.trim()));
      out(whenSent(d, view));
      out(t('desk-cli-watch-hint'));
    }
  }
  return DESK_EXIT.done;
}
