/** `npm run desk -- list`: the open cases in queue order, as a table or (`--json`) as JSON. */
import { listParked } from '../../officers/parked-posts.js';
import { DESK_EXIT, type DeskContext } from './desk-context.js';

/** Terminal width of a string, for table columns: emoji take two cells. */
const cells = (s: string) => [...s].reduce((n, ch) => n + (/\p{Extended_Pictographic}/u.test(ch) ? 2 : /[\p{M}\uFE0F\u200B]/u.test(ch) ? 0 : 1), 0);

function table(rows: string[][]): string[] {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => cells(r[i]!))));
  return rows.map((r) => r.map((c, i) => c + ' '.repeat(widths[i]! - cells(c))).join('  ').trimEnd());
}

/**
 * Prints the queue, most urgent first: one row per case (id, urgency, age, status, claimed by, country,
 * language, reasons) and a count, then the posts the officers' group would not take (parked), or the queue
 * facts as JSON, without the sealed personal part.
 */
export async function listQueue(d: DeskContext, json: boolean): Promise<number> {
  const { desk, cards, t, out } = d;
  const cases = await desk.list();
  const now = d.now();
  if (json) {
    // Queue facts only: JSON gets piped into other tools, so the sealed personal part stays out (`show` has it).
    // A lowering's reason is sealed too (it may quote the person): who lowered it from what, and when, stays.
    const facts = cases.map(({ private: _personal, lowered, ...c }) => ({ ...c, lowered: lowered && { from: lowered.from, by: lowered.by, at: lowered.at }, ageMs: now - c.createdAt }));
    out(JSON.stringify(facts, null, 2));
    return DESK_EXIT.done;
  }
  if (cases.length === 0) {
    out(t('desk-cli-queue-empty'));
    await listParkedPosts(d);
    return DESK_EXIT.done;
  }
  const head = ['case', 'urgency', 'age', 'status', 'claimed', 'country', 'lang', 'reasons'].map((c) => t(`desk-cli-col-${c}`));
  const rows = cases.map((c) => [
    c.id,
    t(`desk-urgency-${c.urgency}`),
    cards.age(now - c.createdAt),
    t(`desk-status-${c.status}`),
    c.claimedBy ?? t('desk-cli-nobody'),
    c.country ?? '?',
    c.lang || '?',
    c.reasons.map((r) => t(`desk-reason-${r}`)).join(', ') || t('desk-cli-nobody'),
  ]);
  for (const line of table([head, ...rows])) out(line);
  out(t('desk-cli-queue-count', { count: cases.length }));
  await listParkedPosts(d);
  return DESK_EXIT.done;
}

/** The desk posts parked because the officers' group would not take them (src/officers/parked-posts.ts). */
async function listParkedPosts(d: DeskContext) {
  const parked = await listParked(d.redis, d.keys);
  if (parked.length === 0) return;
  d.out('');
  d.out(d.t('desk-queue-parked-head', { count: parked.length }));
  for (const p of parked) {
    d.out(d.t('desk-queue-parked-line', { what: d.t(`desk-post-${p.kind}`), caseId: p.caseId, since: d.cards.time(p.since), next: d.cards.time(p.nextTry), reason: p.reason }));
  }
}
