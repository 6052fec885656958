/** What the desk says when the case desk refuses an action. */
import { OFFICER_TEXT_MAX, type ActOutcome } from '../../officers/case-desk.js';
import { DESK_EXIT, type DeskContext } from './desk-context.js';

/**
 * Says on stderr why the action on `caseId` was refused, and returns the exit code: 1, or 2 for an empty
 * text (the command was incomplete). `extra` fills the messages about a duplicate's other case and a too
 * long text (`max`: the limit, when it is not an answer's or a note's), and a hand to a colleague (`colleague`:
 * the name asked for; `colleagues`: who can take it).
 */
export function reportRefusal(
  d: DeskContext, caseId: string, o: Extract<ActOutcome, { ok: false }>, extra: { other?: string; length?: number; max?: number; colleague?: string; colleagues?: string } = {},
): number {
  const { t } = d;
  const status = o.status ? t(`desk-status-${o.status}`) : '';
  const messages: Record<typeof o.reason, () => string> = {
    missing: () => t('desk-cli-missing', { caseId }),
    closed: () => t('desk-cli-closed', { caseId, status }),
    taken: () => t('desk-cli-taken', { caseId, officer: o.claimedBy ?? '?' }),
    'not-claimed': () => t('desk-cli-not-claimed', { caseId }),
    gone: () => t('desk-cli-gone', { caseId }),
    'bad-duplicate': () => t('desk-cli-bad-duplicate', { other: extra.other ?? '?' }),
    'too-long': () => t('desk-cli-too-long', { length: extra.length ?? 0, max: extra.max ?? OFFICER_TEXT_MAX }),
    empty: () => t('desk-cli-empty'),
    'not-lower': () => t('desk-cli-not-lower', { caseId, urgency: o.urgency ? t(`desk-urgency-${o.urgency}`) : '?' }),
    'not-lowered': () => t('desk-cli-not-lowered', { caseId }),
    'not-stopped': () => t('desk-cli-not-stopped', { caseId }),
    'not-locked': () => t('desk-cli-not-locked', { caseId }),
    'not-relative': () => t('desk-cli-not-relative', { caseId }),
    stopped: () => t('desk-cli-pin-stopped', { caseId }),
    'unknown-officer': () => t('desk-cli-hand-unknown', { name: (extra.colleague ?? '').slice(0, 40), officers: extra.colleagues || '—' }),
    self: () => t('desk-cli-hand-self', { caseId }),
  };
  d.err(messages[o.reason]());
  return o.reason === 'empty' ? DESK_EXIT.usage : DESK_EXIT.refused;
}
