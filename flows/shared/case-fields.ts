/**
 * The plain fields every case hash has, whatever flow wrote it: what the commit script (`id`, `urgency`,
 * `status`, `createdAt`) and `parseCase` rely on. A flow's `caseRecord` adds its own fields to these.
 */
import type { CaseOwner, FlowContext } from '../contract.js';

export function commonCaseFields(
  ctx: FlowContext,
  owner: CaseOwner,
  opts: { kind: string; now: number; complete: boolean },
): Record<string, string> {
  return {
    id: ctx.caseId ?? '',
    kind: opts.kind,
    urgency: ctx.urgency ?? 'normal',
    reasons: ctx.reasons.join(','),
    status: 'new', // kept by the commit script once the case exists: an officer's status is never undone
    lang: ctx.lang,
    channel: owner.channel,
    person: owner.personId,
    intakeComplete: opts.complete ? '1' : '0',
    createdAt: String(opts.now), // kept by the commit script on updates
    updatedAt: String(opts.now),
  };
}
