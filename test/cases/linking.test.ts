/**
 * Linking officers can act on, through the real core, linker, case desk and Redis: a worker's own report
 * (name, age, home town, phone) and a relative's report about them are proposed as a possible link
 * whichever comes first; an officer confirms it (both cards show both sides) or rejects it (audited, and
 * never proposed again). The Telegram buttons and commands: test/channels/telegram-linking.test.ts.
 */
import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readAboutMe, placeWords } from '../../flows/shared/identity.js';
import { createApp, type App } from '../../src/app.js';
import { createLinker, type Linker } from '../../src/cases/linker.js';
import { createCardRenderer } from '../../src/officers/card.js';
import type { Officer } from '../../src/officers/case-desk.js';
import { testRedis, type TestRedis } from '../support/redis.js';
import { person, relativeReport, selfReport } from '../support/reports.js';

const logger = pino({ level: 'silent' });
const OFFICER: Officer = { id: 'cli:ayu', supervisor: false };

describe('reading what a worker says about themselves', () => {
  it.each([
    ['24, Cianjur', { age: 24, hometown: 'Cianjur' }],
    ['umur 24 thn dari Desa Sukamaju Cianjur, 0812-3456-7890', { age: 24, hometown: 'Desa Sukamaju Cianjur', phone: '6281234567890' }],
    ['I am 31 from Kab. Cirebon, +62 812 1111 2222', { age: 31, hometown: 'Kab. Cirebon', phone: '6281211112222' }],
    ['19', { age: 19 }],
    ['Indramayu', { hometown: 'Indramayu' }],
    ['5, Blitar', { hometown: 'Blitar' }], // 5 is no adult worker's age: not read as one
  ])('reads %j', (text, expected) => {
    expect(readAboutMe(text, '62')).toEqual(expected);
  });

  it('keeps the words of a home town that tell places apart', () => {
    expect(placeWords('Desa Sukamaju, Kab. Cianjur, Jawa Barat')).toEqual(['cianjur', 'sukamaju']);
    expect(placeWords('Kabupaten Indramayu')).toEqual(['indramayu']);
  });
});

describe('linking a worker’s own report and a relative’s report', () => {
  let t: TestRedis;
  let app: App;
  let linker: Linker;
  beforeEach(async () => {
    t = await testRedis();
    app = createApp({ config: { dataKey: Buffer.alloc(32, 5), deploymentFile: 'data/deployment.json', conversationTtlSeconds: 3600, redis: { prefix: t.prefix } }, redis: t.redis, logger });
    linker = createLinker({ redis: t.redis, keys: app.keys, sealer: app.sealer, callingCode: app.deployment.embassy.callingCode, logger, group: 'linker-test' });
  });
  afterEach(() => t.cleanup());

  const link = async () => {
    while ((await linker.pollOnce()) > 0);
  };
  const get = async (id: string) => (await app.cases.get(id))!;
  const cardOf = async (id: string) => {
    const detail = (await app.desk.show(id, OFFICER))!;
    return createCardRenderer({ locales: app.locales, deployment: app.deployment, lang: 'en' }).card(detail.view, { held: detail.held, now: Date.now(), linked: await app.desk.linked(id) });
  };
  const audit = async () => (await t.redis.xrange(app.keys.audit, '-', '+')).map(([, f]) => Object.fromEntries(f.flatMap((v, i) => (i % 2 ? [] : [[v, f[i + 1]]]))) as Record<string, string>);

  it('proposes the link when the relative reported first (same name, country, age ±2)', async () => {
    const mother = await relativeReport(person(app, '8101'), { name: 'Agus Saputra', age: '23', hometown: 'Indramayu' });
    await link();
    const worker = await selfReport(app, person(app, '8102'), { name: 'Saputra Agus', about: '24, Indramayu' });
    await link();
    expect((await get(worker)).possibleLinks).toEqual([mother]);
    expect((await get(mother)).possibleLinks).toEqual([worker]);
    // The worker's answers are sealed: nothing of them in clear in Redis.
    const raw = JSON.stringify(await t.redis.hgetall(app.keys.case(worker)));
    for (const secret of ['Agus', 'Saputra', 'Indramayu']) expect(raw).not.toContain(secret);
    for (const key of await t.redis.keys(`${t.prefix}*`)) expect(key.toLowerCase()).not.toMatch(/agus|indramayu/);
  });

  it('proposes the link when the worker reported first, by home town when the relative names another country', async () => {
    const worker = await selfReport(app, person(app, '8201'), { name: 'Budi Santoso', about: 'umur 30 dari Desa Sukamaju, Kab. Cianjur' });
    await link();
    // The family only knows he went abroad "to Myanmar": the country differs, the home town does not.
    const mother = await relativeReport(person(app, '8202'), { name: 'Budi Santoso', age: '29', hometown: 'Cianjur', country: 'MM' });
    await link();
    expect((await get(mother)).possibleLinks).toEqual([worker]);
    expect((await get(worker)).possibleLinks).toEqual([mother]);
  });

  it('links exactly by the phone number the worker gave, and nothing for a different person', async () => {
    const mother = await relativeReport(person(app, '8301'), { name: 'Rina', age: '30', hometown: 'Kendal', phone: '0812 7777 8888' });
    const worker = await selfReport(app, person(app, '8302'), { name: 'R', about: '+62 812-7777-8888' });
    const other = await selfReport(app, person(app, '8303'), { name: 'Rina', about: '45, Kendal' }); // age too far
    await link();
    expect((await get(worker)).links).toEqual([mother]);
    expect((await get(other)).links).toEqual([]);
    expect((await get(other)).possibleLinks).toEqual([]);
  });

  it('shows both sides on both cards once an officer confirms, audited', async () => {
    const mother = await relativeReport(person(app, '8401'), { name: 'Agus Saputra', age: '23', hometown: 'Indramayu' });
    const worker = await selfReport(app, person(app, '8402'), { name: 'Agus Saputra', about: '24, Indramayu' });
    await link();
    const before = await cardOf(worker);
    expect(before.text).toContain(`❓ Possible match, confirm or reject: ${mother}, missing-person report`);
    expect(before.linkChoices).toEqual([mother]);

    expect(await app.desk.decideLink(worker, mother, OFFICER, 'confirm')).toBe('ok');
    expect(await app.desk.decideLink(worker.toLowerCase(), mother, OFFICER, 'confirm')).toBe('already');
    const workerCard = (await cardOf(worker)).text;
    const motherCard = (await cardOf(mother)).text;
    // Each card: the other case's id and key facts (officers see both cases' personal data already).
    expect(workerCard).toContain(`🔗 Same person (an officer confirmed): ${mother}, missing-person report, new: «Agus Saputra», age 23, from «Indramayu», Cambodia, reported by a parent`);
    expect(motherCard).toContain(`🔗 Same person (an officer confirmed): ${worker}, self-report, new: «Agus Saputra», age 24, from «Indramayu», Cambodia`);
    expect(workerCard).toContain('About them: age 24, from «Indramayu»');
    expect((await cardOf(worker)).linkChoices).toEqual([]);
    expect((await get(worker)).links).toEqual([mother]);
    expect((await get(mother)).links).toEqual([worker]);

    const decisions = (await audit()).filter((e) => e.action === 'link-confirm');
    expect(decisions.map((e) => [e.officer, e.case, e.result, e.detail])).toEqual([['cli:ayu', worker, 'ok', mother], ['cli:ayu', worker, 'already', mother]]);
    const events = (await app.cases.events()).filter((e) => e.type === 'case.linked');
    expect(events.map((e) => e.caseId).sort()).toEqual([worker, worker, mother, mother].sort()); // possible, then confirmed
  });

  it('audits a rejection and never proposes the pair again', async () => {
    const mother = await relativeReport(person(app, '8501'), { name: 'Agus Saputra', age: '23', hometown: 'Indramayu' });
    const worker = await selfReport(app, person(app, '8502'), { name: 'Agus Saputra', about: '24, Indramayu' });
    await link();
    expect((await get(worker)).possibleLinks).toEqual([mother]);

    expect(await app.desk.decideLink(mother, worker, OFFICER, 'reject')).toBe('ok');
    expect((await get(worker)).possibleLinks).toEqual([]);
    expect((await get(mother)).possibleLinks).toEqual([]);
    const rejection = (await audit()).find((e) => e.action === 'link-reject')!;
    expect(rejection).toMatchObject({ officer: 'cli:ayu', case: mother, result: 'ok', detail: worker });
    expect((await app.cases.events()).filter((e) => e.type === 'case.link-rejected').map((e) => e.caseId).sort()).toEqual([mother, worker].sort());

    // The worker writes more (the case is updated and re-linked), and the stream is replayed: still no link.
    await person(app, '8502').text('they moved us to another building');
    await link();
    await linker.processCase(worker);
    await linker.processCase(mother);
    expect((await get(worker)).possibleLinks).toEqual([]);
    expect((await get(mother)).possibleLinks).toEqual([]);
    expect((await cardOf(worker)).text).not.toContain(mother);
    expect(await app.desk.decideLink(worker, mother, OFFICER, 'reject')).toBe('already');

    // An officer who learns otherwise can still confirm them.
    expect(await app.desk.decideLink(worker, mother, OFFICER, 'confirm')).toBe('ok');
    expect((await get(mother)).links).toEqual([worker]);
  });

  it('refuses a link to a case that does not exist or to itself, audited', async () => {
    const worker = await selfReport(app, person(app, '8601'), { name: 'Dewi' });
    expect(await app.desk.decideLink(worker, 'KH-ZZZZ', OFFICER, 'confirm')).toBe('missing');
    expect(await app.desk.decideLink(worker, worker, OFFICER, 'reject')).toBe('same-case');
    expect((await audit()).filter((e) => e.action?.startsWith('link-')).map((e) => e.result)).toEqual(['missing', 'same-case']);
  });
});
