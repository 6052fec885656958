/**
 * The web desk over HTTP (real Redis, the real hotline core): handing a case to a colleague (the desk script's
 * `hand`, audited, seen live on the events stream) and each officer's unread messages per case in the queue.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.js';
import { createCasePurger } from '../../src/cases/retention.js';
import { deskRig, type DeskRig } from './desk-rig.js';

const form = (pairs: Record<string, string>) => new URLSearchParams(pairs).toString();
const formHeaders = (cookie: string) => ({ cookie, 'content-type': 'application/x-www-form-urlencoded' });
type Officer = { cookie: string; csrf: string };

/** Reads the events stream until `until` holds (or 8 s), as a browser's EventSource would. */
async function readEvents(address: string, cookie: string, until: (text: string) => boolean): Promise<string> {
  const ctrl = new AbortController();
  const res = await fetch(`${address}/desk/events`, { headers: { cookie }, signal: ctrl.signal });
  const reader = res.body!.getReader();
  let text = '';
  const deadline = Date.now() + 8_000;
  while (!until(text) && Date.now() < deadline) {
    const chunk = await reader.read();
    if (chunk.done) break;
    text += new TextDecoder().decode(chunk.value);
  }
  ctrl.abort();
  return text;
}

describe('web desk: handing a case to a colleague', () => {
  let r: DeskRig;
  let ana: Officer;
  let budi: Officer;
  let sri: Officer;
  let caseId: string;
  let address: string;
  const act = (who: Officer, id: string, pairs: Record<string, string>) =>
    r.server.inject({ method: 'POST', url: `/desk/case/${id}/act`, headers: formHeaders(who.cookie), payload: form({ csrf: who.csrf, ...pairs }) });
  const hand = async (who: Officer, id: string, to: string) => (await act(who, id, { action: 'hand', to })).headers.location;

  beforeAll(async () => {
    r = await deskRig();
    caseId = await r.sos('3001');
    ana = await r.signIn('cli:ana', 'ana');
    budi = await r.signIn('cli:budi', 'budi');
    sri = await r.signIn('telegram:900', 'Sri', true);
    r.roles.set('telegram:42', 'officer'); // listed in OFFICER_IDS, never seen on a desk yet
    address = await r.server.listen({ port: 0, host: '127.0.0.1' });
  });
  afterAll(() => r.close());

  it('offers the colleagues on the case page, hands the case, audits it and streams it live', async () => {
    expect((await act(ana, caseId, { action: 'claim' })).statusCode).toBe(303);
    const page = await r.server.inject({ url: `/desk/case/${caseId}`, headers: { cookie: ana.cookie } });
    const select = /<select name="to"[^>]*>([^]*?)<\/select>/.exec(page.body)?.[1] ?? '';
    expect(select).toContain('value="cli:budi"');
    expect(select).toContain('value="telegram:900"');
    expect(select).toContain('value="telegram:42"');
    expect(select).not.toContain('value="cli:ana"'); // not to yourself
    const live = readEvents(address, budi.cookie, (s) => s.includes('case.handed'));
    await new Promise((res) => setTimeout(res, 300));
    expect(await hand(ana, caseId, 'cli:budi')).toBe(`/desk/case/${caseId}?ok=handed`);
    expect(await live).toMatch(new RegExp(`event: case\\ndata: \\{"type":"case\\.handed","case":"${caseId}"`));
    expect(await r.app.cases.get(caseId)).toMatchObject({ claimedBy: 'cli:budi', status: 'claimed' });
    expect((await r.audit()).filter((a) => a.action === 'hand')).toEqual([
      expect.objectContaining({ officer: 'cli:ana', case: caseId, result: 'ok', detail: 'cli:ana>cli:budi' }),
    ]);
    const [last] = await r.t.redis.xrevrange(r.app.keys.events, '+', '-', 'COUNT', 1);
    expect(last![1]).toEqual(expect.arrayContaining(['type', 'case.handed', 'officer', 'cli:ana', 'to', 'cli:budi', 'prev', 'cli:ana']));
    const told = await r.server.inject({ url: `/desk/case/${caseId}?ok=handed`, headers: { cookie: ana.cookie } });
    expect(told.body).toContain(`${caseId} is now with budi.`);
    // The queue says who has it now, for everyone.
    const queue = await r.server.inject({ url: '/desk', headers: { cookie: sri.cookie } });
    expect(queue.body).toMatch(new RegExp(`data-case="${caseId}"[^]*?<td>budi</td>`));
  });

  it('refuses an unknown name, yourself, a case you do not hold, an unclaimed case, and audits each', async () => {
    expect(await hand(budi, caseId, 'cli:nobody')).toBe(`/desk/case/${caseId}?no=unknown-officer`);
    expect(await hand(budi, caseId, '')).toBe(`/desk/case/${caseId}?no=unknown-officer`);
    expect(await hand(budi, caseId, 'cli:budi')).toBe(`/desk/case/${caseId}?no=self`);
    expect(await hand(ana, caseId, 'cli:ana')).toBe(`/desk/case/${caseId}?no=self`);
    expect(await hand(ana, caseId, 'telegram:900')).toBe(`/desk/case/${caseId}?no=taken`); // budi has it now
    const other = await r.sos('3002');
    expect(await hand(ana, other, 'cli:budi')).toBe(`/desk/case/${other}?no=not-claimed`);
    // A Telegram officer no longer listed is no colleague any more, though the desk still knows their name.
    const gone = await r.signIn('telegram:555', 'Rina');
    r.roles.delete('telegram:555');
    expect(await hand(budi, caseId, 'telegram:555')).toBe(`/desk/case/${caseId}?no=unknown-officer`);
    void gone;
    expect((await r.app.cases.get(caseId))!.claimedBy).toBe('cli:budi');
    expect((await r.app.cases.get(other))!.claimedBy).toBeUndefined();
    const results = (await r.audit()).filter((a) => a.action === 'hand').map((a) => `${a.officer} ${a.result}`);
    expect(results).toEqual(['cli:ana ok', 'cli:budi unknown-officer', 'cli:budi unknown-officer', 'cli:budi self', 'cli:ana self', 'cli:ana taken', 'cli:ana not-claimed', 'cli:budi unknown-officer']);
    const page = await r.server.inject({ url: `/desk/case/${caseId}?no=unknown-officer`, headers: { cookie: budi.cookie } });
    expect(page.body).toContain('That is not an officer of this desk.');
  });

  it('lets a supervisor hand any open case, claimed by someone else or by nobody, and refuses a closed one', async () => {
    expect(await hand(sri, caseId, 'telegram:42')).toBe(`/desk/case/${caseId}?ok=handed`);
    expect((await r.app.cases.get(caseId))!.claimedBy).toBe('telegram:42');
    const unclaimed = await r.sos('3003');
    expect(await hand(sri, unclaimed, 'cli:ana')).toBe(`/desk/case/${unclaimed}?ok=handed`);
    expect(await r.app.cases.get(unclaimed)).toMatchObject({ claimedBy: 'cli:ana', status: 'claimed' });
    expect((await r.audit()).at(-1)).toMatchObject({ officer: 'telegram:900', action: 'hand', result: 'ok', detail: '>cli:ana' });
    expect((await act(ana, unclaimed, { action: 'status', status: 'closed' })).headers.location).toBe(`/desk/case/${unclaimed}?ok=status-set`);
    expect(await hand(sri, unclaimed, 'cli:budi')).toBe(`/desk/case/${unclaimed}?no=closed`);
    expect((await r.app.cases.get(unclaimed))!.claimedBy).toBe('cli:ana');
  });

  it('shows the hand form only to the case\'s owner and to supervisors', async () => {
    const form = (html: string) => html.includes('name="action" value="hand"');
    const page = (who: Officer) => r.server.inject({ url: `/desk/case/${caseId}`, headers: { cookie: who.cookie } }).then((res) => res.body);
    expect(form(await page(ana))).toBe(false); // telegram:42 has it
    expect(form(await page(sri))).toBe(true);
  });
});

describe('web desk: unread messages per case and officer', () => {
  let r: DeskRig;
  let ana: Officer;
  let budi: Officer;
  beforeAll(async () => {
    r = await deskRig();
    ana = await r.signIn('cli:ana', 'ana');
    budi = await r.signIn('cli:budi', 'budi');
  });
  afterAll(() => r.close());

  /** The queue's unread badge for a case, as `officer` sees it (0: no badge). */
  const badge = async (who: Officer, caseId: string) => {
    const part = await r.server.inject({ url: '/desk/queue.part', headers: { cookie: who.cookie } });
    const row = new RegExp(`<tr[^>]*data-case="${caseId}"[^>]*>([^]*?)</tr>`).exec(part.body)?.[1];
    expect(row, 'the case is in the queue').toBeDefined();
    return Number(/<span class="badge" data-unread="(\d+)"/.exec(row!)?.[1] ?? 0);
  };

  it('counts the person\'s messages after the officer last opened the case, for each officer, and opening reads them', async () => {
    const caseId = await r.sos('4001');
    const p = r.person('4001');
    await r.server.inject({ url: `/desk/case/${caseId}`, headers: { cookie: ana.cookie } });
    expect(await badge(ana, caseId)).toBe(0);
    const before = await badge(budi, caseId); // budi never opened it: every message is new to him
    await p.text('they moved us to another building');
    expect(await badge(ana, caseId)).toBe(1);
    expect(await badge(budi, caseId)).toBe(before + 1);
    await p.text('please hurry');
    expect(await badge(ana, caseId)).toBe(2);
    await r.server.inject({ url: `/desk/case/${caseId}`, headers: { cookie: ana.cookie } });
    expect(await badge(ana, caseId)).toBe(0);
    expect(await badge(budi, caseId)).toBe(before + 2);
    // The page's live refresh shows new messages: it reads them too.
    await p.text('one more');
    expect(await badge(ana, caseId)).toBe(1);
    await r.server.inject({ url: `/desk/case/${caseId}/live`, headers: { cookie: ana.cookie } });
    expect(await badge(ana, caseId)).toBe(0);
    // The column is there, with its heading.
    const queue = await r.server.inject({ url: '/desk', headers: { cookie: budi.cookie } });
    expect(queue.body).toContain('<th scope="col">Unread</th>');
    expect(queue.body).toMatch(new RegExp(`data-case="${caseId}"[^]*?<span class="badge" data-unread="${before + 3}" title="New messages from the person: ${before + 3}">`));
  });

  it('keeps the read markers in one hash per case, deleted when the case is purged', async () => {
    const caseId = await r.sos('4002');
    await r.server.inject({ url: `/desk/case/${caseId}`, headers: { cookie: ana.cookie } });
    await r.server.inject({ url: `/desk/case/${caseId}`, headers: { cookie: budi.cookie } });
    const key = r.app.keys.webRead(caseId);
    expect(Object.keys(await r.t.redis.hgetall(key)).sort()).toEqual(['cli:ana', 'cli:budi']);
    const purger = createCasePurger({ redis: r.t.redis, keys: r.app.keys, logger: createLogger({ level: 'silent' }), maxLen: 10_000 });
    expect(await purger.purge(caseId, 'forgotten')).toBe('purged');
    expect(await r.t.redis.exists(key)).toBe(0);
  });
});
