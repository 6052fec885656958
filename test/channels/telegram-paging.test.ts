/**
 * The paging chain, end to end on Telegram: the officers' forum group and the supervisors' private chats
 * through real grammY against the loopback Bot API server (which, like Telegram, refuses to write first to
 * someone who never started the bot), the real core, desk worker and Redis, and a desk clock the test moves.
 * Unclaiming re-arms re-alerts; a claimed case nobody answers is re-alerted after its response time and not
 * after an answer; each further re-alert pages the next on the duty roster by direct message, skipping who
 * cannot be reached; claims of officers no longer listed are freed at start-up, audited; `npm run desk --
 * watch` shows re-alerts and page-outs.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pino } from 'pino';
import { createApp, type App } from '../../src/app.js';
import { deskData } from '../../src/channels/telegram/card-buttons.js';
import { eventLine } from '../../src/cli/desk/event-line.js';
import { createCardRenderer } from '../../src/officers/card.js';
import { streamFields } from '../../src/redis/stream-fields.js';
import { startBotApiServer, type BotApiServer } from '../support/bot-api-server.js';
import { startOfficersGroup, type OfficersGroup } from '../support/officers-group.js';
import { testRedis, type TestRedis } from '../support/redis.js';
import { until } from '../support/until.js';

const logger = pino({ level: 'silent' });
const GROUP = -1001234567890;
const OFFICER = 501;
const SUPERVISOR_A = 509;
const SUPERVISOR_B = 510; // never started the bot: a direct message to them is refused (403)
const SUPERVISOR_C = 511;
const REALERT_MS = 300_000;
const RESPONSE_MS = 600_000;

let server: BotApiServer;
let t: TestRedis;
let app: App;
let group: OfficersGroup;

beforeEach(async () => {
  server = await startBotApiServer({ privateChatsNeedStart: true });
  server.createGroup(GROUP, { forum: true, botIsAdmin: true, title: 'KBRI duty desk' });
  server.markStarted(SUPERVISOR_A);
  server.markStarted(SUPERVISOR_C);
  t = await testRedis();
  app = createApp({ config: { dataKey: Buffer.alloc(32, 12), deploymentFile: 'data/deployment.json', conversationTtlSeconds: 3600, redis: { prefix: t.prefix } }, redis: t.redis, logger });
  group = await startOfficersGroup({
    app, redis: t.redis, server, chatId: GROUP, officerIds: [OFFICER], supervisorIds: [SUPERVISOR_A, SUPERVISOR_B, SUPERVISOR_C],
    realertMs: { critical: REALERT_MS, high: 1_800_000 }, responseMs: { critical: RESPONSE_MS, high: 3_600_000 },
    roster: [SUPERVISOR_A, SUPERVISOR_B, SUPERVISOR_C],
    desk: { realertEveryMs: 0 }, // every re-alert step its own folded message (the steps here come within a second)
  });
});

afterEach(async () => {
  await group?.stop();
  await server.close();
  await t.cleanup();
});

// ---- helpers ---------------------------------------------------------------------------------------

const desk = (key: string, args: Record<string, string | number> = {}) => app.cards.t(key, args);

/** The person's first message raises the alarm: a critical case opens; resolves once its card is in the group. */
async function alarm(chat: number): Promise<string> {
  server.sendText(chat, 'tolong saya disekap di KK Park', { languageCode: 'id', firstName: 'Siti' });
  const caseId = await until(async () => (await app.cases.listOpen()).find((c) => c.private.address === String(chat))?.id, `a case for chat ${chat}`);
  await server.waitFor(() => group.card(caseId));
  return caseId;
}

/** An officer presses a button on the case's card; resolves once the case shows the change. */
async function press(caseId: string, action: 'claim' | 'unclaim', userId = OFFICER) {
  const card = group.card(caseId)!;
  server.pressGroupButton(GROUP, userId, card.message_id, deskData(action, caseId), { firstName: 'Ayu' });
  await until(async () => {
    const view = await app.cases.get(caseId);
    return action === 'claim' ? view?.claimedBy === `telegram:${userId}` : view?.claimedBy === undefined;
  }, `${action} of ${caseId}`);
}

/** The group's re-alerts of a case: folded messages in the main thread with a line for it. */
const realerts = (caseId: string) => group.messages().filter((m) => m.text?.startsWith('⏰') && m.text.includes(` ${caseId} · `) && m.thread === undefined);
/** The line of a folded re-alert about this case. */
const lineOf = (text: string | undefined, caseId: string) => text?.split('\n').find((l) => l.includes(` ${caseId} · `));

/** Waits until every re-alert queued was folded into a message and posted. */
async function realertsPosted() {
  await until(async () => (await t.redis.zcard(app.keys.deskRealerts)) === 0, 'the folded re-alert posted');
}

/** Moves the desk clock on and waits until every deadline due by then was handled, and its re-alerts posted. */
async function advance(ms: number) {
  group.clock.advance(ms);
  await group.deadlinesDone();
  await realertsPosted();
}

/** The events stream's entries of this type for this case, each with its entry `id`. */
const entries = async (type: string, caseId: string): Promise<Array<Record<string, string>>> =>
  (await t.redis.xrange(app.keys.events, '-', '+')).map(([id, flat]): Record<string, string> => ({ id, ...streamFields(flat) })).filter((f) => f.type === type && f.case === caseId);

// ---- tests -----------------------------------------------------------------------------------------

describe('the paging chain', () => {
  it('re-arms the re-alerts of a case that is unclaimed after its re-alert time passed while it was claimed', async () => {
    const caseId = await alarm(7201);
    await press(caseId, 'claim');
    // Its re-alert comes due while it is claimed: nothing is posted, and the deadline is gone.
    await advance(REALERT_MS + 1_000);
    expect(realerts(caseId)).toEqual([]);
    await until(async () => (await t.redis.zscore(app.keys.due, `realert:${caseId}`)) === null, 'the re-alert dropped while claimed');

    await press(caseId, 'unclaim');
    // Re-armed from the unclaim (the desk clock is already past that): the group is re-alerted, as the first step of a new chain.
    await until(async () => (await entries('case.unclaimed', caseId)).length > 0 && (await t.redis.zscore(app.keys.due, `realert:${caseId}`)) !== null, 'the re-alert re-armed');
    await group.deadlinesDone();
    await realertsPosted();
    expect(realerts(caseId)).toHaveLength(1);
    expect(lineOf(realerts(caseId)[0]!.text, caseId)).toMatch(new RegExp(`^🔴 KRITIS ${caseId} · menunggu .+`));
    expect((await entries('case.realerted', caseId)).map((f) => [f.waiting, f.step])).toEqual([['claim', '1']]);
    expect(await entries('case.paged', caseId)).toEqual([]); // the first step is the group's alone
  });

  it('re-alerts a claimed critical case whose person has no answer after its response time, and stops once an officer answers', async () => {
    const caseId = await alarm(7202);
    await press(caseId, 'claim');
    await advance(RESPONSE_MS - 60_000);
    expect(realerts(caseId)).toEqual([]); // neither the unclaimed re-alert (it is claimed) nor the response time yet
    await advance(61_000);
    const [first] = realerts(caseId);
    expect(lineOf(first?.text, caseId)).toMatch(new RegExp(`^🔴 KRITIS ${caseId} · diambil (Ayu|telegram:${OFFICER}) .+ lalu, orangnya belum dijawab$`));
    expect((await entries('case.realerted', caseId)).map((f) => [f.waiting, f.step, f.claimedBy])).toEqual([['answer', '1', `telegram:${OFFICER}`]]);

    // Again after as long, while nobody answers: the second step also pages the first on the roster.
    await advance(RESPONSE_MS + 1_000);
    expect(realerts(caseId)).toHaveLength(2);
    const dms = server.messages(SUPERVISOR_A).map((m) => m.text ?? '');
    expect(dms).toHaveLength(1);
    expect(dms[0]).toMatch(new RegExp(`^⏰ ${caseId} \\(🔴 KRITIS\\) diambil .+ lalu dan orangnya belum dijawab\\. Tolong cek grup petugas\\.$`));

    // The officer answers in the case's topic: no more re-alerts for it, however long it waits.
    server.sendGroupText(GROUP, OFFICER, '/reply Kami sedang menghubungi polisi.', { threadId: group.thread(caseId) });
    await until(async () => (await app.cases.get(caseId))?.answeredAt, 'the answer queued');
    await until(async () => (await t.redis.zscore(app.keys.due, `respond:${caseId}`)) === null, 'the response-time deadline dropped');
    await advance(RESPONSE_MS * 3);
    expect(realerts(caseId)).toHaveLength(2);
    expect(await entries('case.realerted', caseId)).toHaveLength(2);
  });

  it('pages the group, then each supervisor on the roster by direct message in turn, skipping one who never started the bot (the group told once), then round again', async () => {
    const caseId = await alarm(7203);
    for (let step = 1; step <= 5; step++) await advance(REALERT_MS + 1_000);
    expect(realerts(caseId)).toHaveLength(5); // the group at every step

    const paged = (await entries('case.paged', caseId)).map((f) => `${f.step} ${f.to} ${f.result}`);
    expect(paged).toEqual([
      `2 telegram:${SUPERVISOR_A} sent`,
      `3 telegram:${SUPERVISOR_B} unreachable`, `3 telegram:${SUPERVISOR_C} sent`,
      `4 telegram:${SUPERVISOR_A} sent`,
      `5 telegram:${SUPERVISOR_B} unreachable`, `5 telegram:${SUPERVISOR_C} sent`,
    ]);
    const dms = [...server.messages(SUPERVISOR_A), ...server.messages(SUPERVISOR_C)].map((m) => m.text ?? '');
    expect(dms).toHaveLength(4);
    for (const dm of dms) {
      expect(dm).toContain(caseId);
      expect(dm).toContain(desk('desk-urgency-critical'));
      // Only the case id, urgency and age: nothing the person said, no place, no name.
      for (const personal of ['disekap', 'KK Park', 'Siti', 'Kamboja', 'Cambodia', '7203']) expect(dm).not.toContain(personal);
    }
    expect(server.messages(SUPERVISOR_B)).toEqual([]);
    const notices = group.messages().filter((m) => m.text?.startsWith('📵'));
    expect(notices).toHaveLength(1); // said once, not at every step
    expect(notices[0]!.text).toContain(`telegram:${SUPERVISOR_B}`);
    expect((notices[0]!.message.entities ?? []).filter((e) => e.type === 'text_mention').map((e) => (e as { user: { id: number } }).user.id)).toEqual([SUPERVISOR_B]);

    // Once they start the bot, they are paged in their turn, and a later failure would be told again.
    server.markStarted(SUPERVISOR_B);
    await advance(REALERT_MS + 1_000); // step 6: A
    await advance(REALERT_MS + 1_000); // step 7: B
    expect(server.messages(SUPERVISOR_B).map((m) => m.text)).toHaveLength(1);
    expect(await t.redis.hexists(app.keys.deskUnpaged, String(SUPERVISOR_B))).toBe(0);

    // `npm run desk -- watch` shows both, in its own words.
    const cards = createCardRenderer({ locales: app.locales, deployment: app.deployment, lang: 'en' });
    const line = (f: Record<string, string>) => eventLine({ t: (k, a) => app.locales.t('en', k, a), cards, sealer: app.sealer }, f.id!, f);
    const [realerted] = await entries('case.realerted', caseId);
    expect(line(realerted!)).toMatch(new RegExp(`^\\d\\d:\\d\\d UTC\\+7 · ${caseId} · 🔴 CRITICAL · re-alerted \\(step 1\\): nobody has claimed it$`));
    const pageLines = (await entries('case.paged', caseId)).slice(0, 2).map(line);
    expect(pageLines[0]).toContain(`${caseId} · 🔴 CRITICAL · paged telegram:${SUPERVISOR_A} by direct message (step 2)`);
    expect(pageLines[1]).toContain(`could not page telegram:${SUPERVISOR_B} (step 3): they have not started the bot; next on the roster`);
  });

  it('the watch line of a claimed case re-alerted for want of an answer names who has it', () => {
    const cards = createCardRenderer({ locales: app.locales, deployment: app.deployment, lang: 'en' });
    const line = eventLine({ t: (k, a) => app.locales.t('en', k, a), cards, sealer: app.sealer }, '1-0', {
      type: 'case.realerted', case: 'KH-AAAA', urgency: 'high', at: String(Date.now()), waiting: 'answer', step: '2', claimedBy: 'telegram:501',
    });
    expect(line).toContain('KH-AAAA · 🟠 HIGH · re-alerted (step 2): claimed by telegram:501, no answer to the person yet');
  });

  it('answers a supervisor who presses Start in a private chat (so that pages reach them) with a desk line, never an intake', async () => {
    server.sendText(SUPERVISOR_B, '/start');
    const hello = await server.waitFor(() => server.messages(SUPERVISOR_B).find((m) => m.text === desk('desk-private-hello')));
    expect(hello).toBeTruthy();
    server.sendText(SUPERVISOR_B, 'tolong saya disekap'); // whatever they type there: no case, no conversation
    await server.waitFor(() => server.messages(SUPERVISOR_B).length === 2);
    expect(server.messages(SUPERVISOR_B).map((m) => m.text)).toEqual([desk('desk-private-hello'), desk('desk-private-hello')]);
    expect(await t.redis.zcard(app.keys.queue)).toBe(0);
    expect(await t.redis.keys(`${t.prefix}conv:*`)).toEqual([]);
    // And now the bot can page them.
    const caseId = await alarm(7207);
    for (let step = 1; step <= 3; step++) await advance(REALERT_MS + 1_000);
    expect((await entries('case.paged', caseId)).map((f) => `${f.to} ${f.result}`)).toContain(`telegram:${SUPERVISOR_B} sent`);
  });

  it('frees at start-up the claims of officers no longer listed, audited, and their re-alerts start again', async () => {
    const gone = await alarm(7204);
    const kept = await alarm(7205);
    const byCli = await alarm(7206);
    await app.desk.claim(gone, { id: 'telegram:999', supervisor: false }); // removed from OFFICER_IDS since
    await press(kept, 'claim');
    await app.desk.claim(byCli, { id: 'cli:budi', supervisor: false });
    await until(async () => (await entries('case.claimed', byCli)).length > 0, 'the claims');
    await advance(REALERT_MS + 1_000); // their re-alerts come due while claimed, and end
    expect([...realerts(gone), ...realerts(kept), ...realerts(byCli)]).toEqual([]);

    // What src/main.ts runs at start-up, with the officers listed then.
    const listed = new Set([OFFICER, SUPERVISOR_A, SUPERVISOR_B, SUPERVISOR_C].map((id) => `telegram:${id}`));
    expect(await app.desk.freeClaims((id) => listed.has(id))).toEqual([gone]);
    expect(await app.desk.freeClaims((id) => listed.has(id))).toEqual([]); // once
    const view = await app.cases.get(gone);
    expect([view?.status, view?.claimedBy]).toEqual(['new', undefined]);
    expect((await app.cases.get(kept))?.claimedBy).toBe(`telegram:${OFFICER}`);
    expect((await app.cases.get(byCli))?.claimedBy).toBe('cli:budi');

    const audit = (await t.redis.xrange(app.keys.audit, '-', '+')).map(([, flat]) => streamFields(flat)).filter((e) => e.action === 'free');
    expect(audit.map((e) => [e.officer, e.case, e.result, e.detail])).toEqual([['system', gone, 'ok', 'telegram:999']]);
    expect((await entries('case.unclaimed', gone)).map((f) => [f.officer, f.freed])).toEqual([['system', 'telegram:999']]);

    await until(() => t.redis.zscore(app.keys.due, `realert:${gone}`), 'the re-alert re-armed');
    await group.deadlinesDone();
    await realertsPosted();
    expect(realerts(gone)).toHaveLength(1);
    expect([...realerts(kept), ...realerts(byCli)]).toEqual([]);

    const cards = createCardRenderer({ locales: app.locales, deployment: app.deployment, lang: 'en' });
    const [freed] = await entries('case.unclaimed', gone);
    expect(eventLine({ t: (k, a) => app.locales.t('en', k, a), cards, sealer: app.sealer }, freed!.id!, freed!)).toContain('claim of telegram:999 freed at start-up: no longer a listed officer · system');
  });
});
