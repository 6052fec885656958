/** `npm run desk -- show CASE`: one case's card, its notes and the commands that act on it. */
import type { CardAction } from '../../officers/card.js';
import { defang } from '../../officers/person-words.js';
import { suspectChanges, SUSPECT_LINES } from '../../officers/suspect-lines.js';
import type { Officer } from '../../officers/case-desk.js';
import { DESK_EXIT, type DeskContext } from './desk-context.js';
import { reportRefusal } from './report-refusal.js';

/** The terminal command for each button of a card. */
const commandFor: Record<CardAction, (id: string) => string> = {
  claim: (id) => `claim ${id}`,
  unclaim: (id) => `unclaim ${id}`,
  location: (id) => `location ${id}`,
  'in-progress': (id) => `status ${id} in-progress`,
  resolved: (id) => `status ${id} resolved`,
  closed: (id) => `status ${id} closed`,
  lower: (id) => `lower ${id} [high|normal] --reason "…"`,
  restore: (id) => `restore ${id}`,
};

/**
 * Prints the case card the Telegram desk shows, every change that may not be the person's when the card
 * has no room for all, the case's notes with their authors, and the `npm run desk` commands for the card's buttons. The view is audited as `officer`'s, whether the case exists or not.
 */
export async function showCase(d: DeskContext, rawId: string, officer: Officer): Promise<number> {
  const { desk, cards, t, out } = d;
  const caseId = desk.normalizeId(rawId);
  const detail = await desk.show(caseId, officer); // audited, found or not
  if (!detail) return reportRefusal(d, caseId, { ok: false, reason: 'missing' });
  const names = await d.redis.hgetall(d.keys.deskOfficers);
  const card = cards.card(detail.view, { held: detail.held, now: d.now(), officerName: (id) => names[id], linked: await desk.linked(caseId) });
  out(card.text);
  out();
  const flagged = suspectChanges(detail.view);
  if (flagged.length > SUSPECT_LINES) {
    out(t('desk-cli-suspect-head', { count: flagged.length }));
    for (const change of flagged) out(`  ${cards.suspectLine(change, d.now())}`);
    out();
  }
  if (detail.notes.length === 0) out(t('desk-cli-no-notes'));
  else {
    out(t('desk-cli-notes-head'));
    for (const n of detail.notes) out(t('desk-cli-note-line', { time: cards.time(n.at), officer: n.by, text: defang(n.text) }));
  }
  out(t('desk-cli-actions'));
  for (const action of card.actions.flat()) out(`  npm run desk -- ${commandFor[action](caseId)}`);
  for (const other of detail.view.possibleLinks) {
    out(`  npm run desk -- link ${caseId} ${other}`);
    out(`  npm run desk -- notlink ${caseId} ${other}`);
  }
  return DESK_EXIT.done;
}
