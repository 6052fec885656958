/**
 * `npm run desk -- claim | unclaim | hand | note | reply | location | status | lower | restore | resume | unlock | tell | reset-pin |
 * link | notlink`: one action on a case through the case desk (which audits it), and what the officer is told about it.
 */
import type { CaseView } from '../../cases/case-record.js';
import { linkOutcomeKeys, LOWER_REASON_MAX, type ActOutcome } from '../../officers/case-desk.js';
import { findColleague, officerRoster, type Colleague } from '../../officers/officer-roster.js';
import { quoteSent } from '../../officers/person-words.js';
import { caseReach, whenToWrite } from '../../officers/reach.js';
import { DESK_EXIT, type DeskContext } from './desk-context.js';
import type { DeskPlan } from './parse-desk-command.js';
import { reportRefusal } from './report-refusal.js';
import { caseSealer } from '../../cases/case-keys.js';

/** A command that changes a case. */
export type CaseAction = Exclude<DeskPlan, { command: 'list' | 'watch' | 'show' | 'web-link' }>;

/**
 * Whether the running hotline's relay sends a queued answer now or holds it: the relay's own rule
 * (src/officers/relay.ts, src/officers/reach.ts) — any time, after they write, their readable safe hours,
 * else wait for them; a relative at home gets the answer itself, or is called back by phone.
 */
export async function whenSent(d: Pick<DeskContext, 'deployment' | 'cards' | 't' | 'redis' | 'keys' | 'sealer' | 'now'>, view: CaseView | undefined): Promise<string> {
  const { deployment, cards, t } = d;
  if (!view) return t('desk-cli-held-unknown');
  const [person, sealed, discreet] = await d.redis.hmget(d.keys.case(view.id), 'person', 'sealed', 'discreet');
  const codeWord = person ? await d.redis.hget(d.keys.conversation(person), 'kc') : null;
  const { reach, utcOffsetMinutes, atHome } = caseReach(view, { sealed, discreet, codeWord }, { sealer: await caseSealer({ redis: d.redis, keys: d.keys, sealer: d.sealer }, view.id), deployment });
  const when = whenToWrite(reach, d.now(), utcOffsetMinutes, view.lang);
  if (when.now) return t(atHome ? 'desk-cli-send-now-relative' : 'desk-cli-send-now');
  if (when.why === 'first') return t('desk-cli-held-first');
  if (when.why === 'phone') return t('desk-cli-held-phone');
  if (when.why === 'times' && when.until) return t('desk-cli-held-until', { time: cards.time(when.until) });
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
  let colleague: Colleague | undefined;
  let roster: Colleague[] = [];
  switch (p.command) {
    case 'claim': outcome = await desk.claim(caseId, officer); break;
    case 'unclaim': outcome = await desk.unclaim(caseId, officer); break;
    case 'hand':
      roster = await officerRoster(d, d.listedOfficers);
      colleague = findColleague(roster, p.to);
      outcome = await desk.hand(caseId, officer, colleague?.id);
      break;
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
    case 'tell': outcome = await d.relatives.tell(caseId, officer, p.what); break;
    case 'reset-pin': outcome = await d.relatives.resetPin(caseId, officer); break;
  }
  if (!outcome.ok) {
    const text = 'text' in p ? p.text : 'reason' in p ? p.reason : '';
    const colleagues = roster.filter((c) => c.id !== officer.id).map((c) => (c.name === c.id ? c.id : `${c.name} (${c.id})`)).join(', ');
    return reportRefusal(d, caseId, outcome, { other, length: text.trim().length, max: p.command === 'lower' ? LOWER_REASON_MAX : undefined, colleague: 'to' in p ? p.to : undefined, colleagues });
  }
  const status = t(`desk-status-${outcome.status}`);
  const urgency = outcome.urgency ? t(`desk-urgency-${outcome.urgency}`) : '?';
  switch (p.command) {
    case 'claim': out(t(outcome.already ? 'desk-cli-already-yours' : 'desk-cli-claimed', { caseId })); break;
    case 'unclaim': out(t('desk-cli-unclaimed', { caseId })); break;
    case 'hand': out(t(outcome.already ? 'desk-cli-hand-same' : 'desk-cli-handed', { caseId, officer: colleague?.name ?? '?' })); break;
    case 'status': out(t(outcome.already ? 'desk-cli-status-same' : 'desk-cli-status-set', { caseId, status })); break;
    case 'note': out(t('desk-cli-note-added', { caseId })); break;
    case 'lower': out(t(outcome.already ? 'desk-cli-urgency-same' : 'desk-cli-lowered', { caseId, urgency })); break;
    case 'restore': out(t('desk-cli-restored', { caseId, urgency })); break;
    case 'resume': out(t('desk-cli-resumed', { caseId })); break;
    case 'unlock': out(t('desk-cli-unlocked', { caseId })); break;
    case 'tell': out(t(outcome.already ? 'desk-cli-told-same' : `desk-cli-told-${p.what}`, { caseId })); break;
    case 'reset-pin': out(t('desk-cli-pin-reset', { caseId })); break;
    case 'reply':
    case 'location': {
      const view = await desk.store.get(caseId);
      out(t(p.command === 'reply' ? 'desk-cli-reply-queued' : 'desk-cli-location-queued', { caseId }));
      if (p.command === 'reply') out(quoteSent(p.text.trim()));
      out(await whenSent(d, view));
      out(t('desk-cli-watch-hint'));
    }
  }
  return DESK_EXIT.done;
}
