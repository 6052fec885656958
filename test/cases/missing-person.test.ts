import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src/app.js';
import { createLinker, type Linker } from '../../src/cases/linker.js';
import { createRelativeAccess } from '../../src/cases/relative-access.js';
import type { OutboundMessage } from '../../src/core/messages.js';
import { testRedis, type TestRedis } from '../support/redis.js';
import { person, type Person } from '../support/reports.js';
import { MYSELF, SOMEONE_ELSE, CHECK_REPORT } from '../support/who.js';

const logger = pino({ level: 'silent' });
const dataKey = Buffer.alloc(32, 7);
const texts = (out: OutboundMessage[]) => out.map((m) => m.text).join('\n');

/** A relative's whole report about a person; returns the final reply (case number and PIN). */
async function report(p: Person, who: { name: string; age: string; phone?: string; passport?: string; country?: string; harm?: string[] }) {
  await p.send({ kind: 'command', command: 'start' });
  await p.press('agree');
  await p.press(SOMEONE_ELSE);
  await p.press('parent');
  await p.text(who.name);
  await p.text(who.age);
  await p.press('female');
  await p.text('Indramayu');
  await (who.passport ? p.text(who.passport) : p.press('skip'));
  await (who.phone ? p.text(who.phone) : p.press('skip'));
  await p.text('3 weeks ago');
  await p.text('She said the work is not what they promised');
  await p.press(who.country ?? 'KH');
  await p.text('Bavet');
  await p.press('skip');
  await p.text('online shop admin');
  await p.press('skip');
  await p.send({ kind: 'media', media: 'photo', fileRef: 'AgACAgUAAxkBAAIBPhoto' });
  for (const h of who.harm ?? []) await p.press(h);
  await p.press('done');
  await p.press('this-chat');
  await p.press('anytime');
  return texts(await p.press('confirm'));
}

const caseAndPin = (reply: string) => ({ caseId: /(KH-\w{4})/.exec(reply)![1]!, pin: /PIN: (\d{6})/.exec(reply)![1]! });

describe('missing-person reports', () => {
  let t: TestRedis;
  let app: App;
  let linker: Linker;
  beforeEach(async () => {
    t = await testRedis();
    app = createApp({ config: { dataKey, deploymentFile: 'data/deployment.json', conversationTtlSeconds: 3600, redis: { prefix: t.prefix } }, redis: t.redis, logger });
    linker = createLinker({ redis: t.redis, keys: app.keys, sealer: app.sealer, callingCode: app.deployment.embassy.callingCode, logger, group: 'linker-test' });
  });
  afterEach(() => t.cleanup());

  /** Lets the linker consume everything on the stream (as its loop would). */
  const link = async () => {
    while ((await linker.pollOnce()) > 0);
  };

  it('takes a relative through the report and opens one missing-person case with a PIN shown once', async () => {
    const mum = person(app, '9001');
    const done = await report(mum, { name: 'Siti Aminah', age: '16', phone: '0812 3456 7890', harm: ['sold'] });
    expect(done).toContain('PIN: ');
    const { caseId, pin } = caseAndPin(done);
    const [open] = await app.cases.listOpen();
    expect(open).toMatchObject({ id: caseId, kind: 'missing-person', urgency: 'critical', country: 'KH', situation: ['sold'] });
    expect(open!.reasons).toEqual(expect.arrayContaining(['minor', 'sold', 'minor-at-risk']));
    // Nothing identifying in clear: not the name, phone, photo reference or PIN.
    const hash = await t.redis.hgetall(app.keys.case(caseId));
    const raw = JSON.stringify(hash);
    for (const secret of ['Siti', '3456', 'AgACAgUAAxkBAAIBPhoto', pin]) expect(raw).not.toContain(secret);
    expect(hash.pinHash).toMatch(/^[\w-]{22}$/);
    // Confirming again (a stale press) opens nothing more; more words are added to the case.
    expect(texts(await mum.send({ kind: 'choice', prompt: 1, choice: 'confirm' }))).toContain(caseId);
    expect(texts(await mum.text('Her new number may be 0813 0000 1111'))).toContain(`Added to case ${caseId}`);
    expect((await app.cases.events()).filter((e) => e.type === 'case.opened')).toHaveLength(1);
  });

  it('keeps one case when the same relative reports the same person again while it is open', async () => {
    const mum = person(app, '9002');
    const first = caseAndPin(await report(mum, { name: 'Dewi Lestari', age: '25' }));
    await mum.send({ kind: 'command', command: 'restart' });
    const again = await report(mum, { name: 'dewi  LESTARI', age: '25' });
    expect(again).toContain(`already reported this person: case ${first.caseId}`);
    expect(again).not.toContain('PIN:');
    expect(await app.cases.listOpen()).toHaveLength(1);
  });

  it('links a relative’s report and a later intake from the same WhatsApp number, and shows it in the queue', async () => {
    const mum = person(app, '9003');
    const { caseId: reportId } = caseAndPin(await report(mum, { name: 'Rina', age: '30', phone: '+62 812-7777-8888' }));
    // Later, Rina herself writes from WhatsApp and says she is in danger.
    const rina = person(app, '6281277778888@s.whatsapp.net', 'id', 'whatsapp');
    await rina.send({ kind: 'command', command: 'start' });
    await rina.text('tolong saya disekap');
    await link();
    const cases = await app.cases.listOpen();
    const self = cases.find((c) => c.kind === 'self-report')!;
    const missing = cases.find((c) => c.id === reportId)!;
    expect(self.links).toEqual([reportId]);
    expect(missing.links).toEqual([self.id]);
    const linked = (await t.redis.xrange(app.keys.events, '-', '+')).filter(([, f]) => f[1] === 'case.linked').map(([, f]) => f);
    expect(linked).toEqual(
      expect.arrayContaining([
        ['type', 'case.linked', 'case', self.id, 'other', reportId, 'match', 'exact', 'at', expect.any(String)],
        ['type', 'case.linked', 'case', reportId, 'other', self.id, 'match', 'exact', 'at', expect.any(String)],
      ]),
    );
    // Replaying the stream links nothing twice.
    await linker.processCase(self.id);
    await linker.processCase(reportId);
    expect((await t.redis.xrange(app.keys.events, '-', '+')).filter(([, f]) => f[1] === 'case.linked')).toHaveLength(2);
    // No phone number in a key or an index member.
    for (const key of await t.redis.keys(`${t.prefix}*`)) expect(key).not.toMatch(/6281277778888|7777/);
  });

  it('links two reports with the same passport exactly, the same name with a close age possibly, and nothing else', async () => {
    const a = caseAndPin(await report(person(app, '9101'), { name: 'Budi Santoso', age: '28', passport: 'C 7654321' }));
    const b = caseAndPin(await report(person(app, '9102'), { name: 'B. Santoso', age: '40', passport: 'c7654321' }));
    const c = caseAndPin(await report(person(app, '9103'), { name: 'Santoso Budi', age: '30' })); // ±2 years, same country
    const d = caseAndPin(await report(person(app, '9104'), { name: 'Budi Santoso', age: '34' })); // too far in age
    const e = caseAndPin(await report(person(app, '9105'), { name: 'Budi Santoso', age: '28', country: 'MM' })); // other country, same home town
    await link();
    const get = async (id: string) => (await app.cases.get(id))!;
    expect((await get(a.caseId)).links).toEqual([b.caseId]);
    expect((await get(b.caseId)).links).toEqual([a.caseId]);
    // c by name and country; e by name and home town (both reports say Indramayu) though its country differs.
    expect((await get(a.caseId)).possibleLinks.sort()).toEqual([c.caseId, e.caseId].sort());
    expect((await get(c.caseId)).possibleLinks.sort()).toEqual([a.caseId, e.caseId].sort());
    expect((await get(d.caseId)).links).toEqual([]);
    expect((await get(d.caseId)).possibleLinks).toEqual([]);
    expect((await get(e.caseId)).possibleLinks.sort()).toEqual([a.caseId, c.caseId].sort());
    const possible = (await t.redis.xrange(app.keys.events, '-', '+')).filter(([, f]) => f[1] === 'case.linked' && f[7] === 'possible');
    expect(possible).toHaveLength(6);

    // A closed case leaves the indexes: a new report about the same passport finds nothing closed.
    await t.redis.hset(app.keys.case(b.caseId), 'status', 'closed');
    await linker.processCase(b.caseId);
    expect(await t.redis.exists(app.keys.matchOf(b.caseId))).toBe(0);
    const f = caseAndPin(await report(person(app, '9106'), { name: 'Someone Else', age: '50', passport: 'C7654321' }));
    await link();
    expect((await get(f.caseId)).links).toEqual([a.caseId]);
  });

  it('takes over entries a crashed linker left pending (XAUTOCLAIM)', async () => {
    await report(person(app, '9201'), { name: 'Ani', age: '22', passport: 'X1234567' });
    await report(person(app, '9202'), { name: 'Ani', age: '22', passport: 'X1234567' });
    // A linker reads the entries and dies before acknowledging them.
    await t.redis.xgroup('CREATE', app.keys.events, 'linker-test', '0', 'MKSTREAM');
    await t.redis.xreadgroup('GROUP', 'linker-test', 'crashed', 'COUNT', 100, 'STREAMS', app.keys.events, '>');
    const survivor = createLinker({ redis: t.redis, keys: app.keys, sealer: app.sealer, callingCode: app.deployment.embassy.callingCode, logger, group: 'linker-test', consumer: 'survivor', claimIdleMs: 0 });
    expect(await survivor.pollOnce()).toBeGreaterThan(0);
    const open = await app.cases.listOpen();
    expect(open.every((c) => c.links.length === 1)).toBe(true);
    const pending = (await t.redis.xpending(app.keys.events, 'linker-test')) as [number, ...unknown[]];
    expect(pending[0]).toBe(0);
  });

  it('runs as a loop on its own connection and stops cleanly', async () => {
    await linker.start();
    await report(person(app, '9301'), { name: 'Wati', age: '33', phone: '081299990000' });
    await report(person(app, '9302'), { name: 'Wati', age: '33', phone: '0812 9999 0000' });
    for (let i = 0; i < 50 && !(await app.cases.listOpen()).every((c) => c.links.length === 1); i++) await new Promise((r) => setTimeout(r, 100));
    await linker.stop();
    expect((await app.cases.listOpen()).map((c) => c.links.length)).toEqual([1, 1]);
  });

  describe('status for relatives', () => {
    it.each([
      // Only neutral states, whatever the case's status: "located" or "closed" only when an officer chose (test/cases/relative-access.test.ts).
      ['en', 'new', 'Status of your report: received.'],
      ['en', 'in-progress', 'an officer is working on it'],
      ['en', 'resolved', 'an officer is working on it'],
      ['en', 'duplicate', 'an officer is working on it'],
      ['id', 'new', 'Status laporan Anda: diterima.'],
      ['id', 'claimed', 'sedang ditangani petugas'],
      ['id', 'resolved', 'sedang ditangani petugas'],
      ['id', 'closed', 'sedang ditangani petugas'],
    ])('answers in %s for a case that is %s, and nothing more', async (lang, status, expected) => {
      const mum = person(app, `95${lang}${status}`, lang);
      const { caseId, pin } = caseAndPin(await report(mum, { name: 'Yanti', age: '27', phone: '081200001111' }));
      await t.redis.hset(app.keys.case(caseId), 'status', status);
      const cousin = person(app, `96${lang}${status}`, lang); // anyone with the number and PIN
      await cousin.send({ kind: 'command', command: 'start' });
      await cousin.press('agree');
      await cousin.press(CHECK_REPORT);
      await cousin.text(caseId.toLowerCase().replace('-', ' '));
      const out = texts(await cousin.text(pin));
      expect(out).toContain(expected);
      for (const secret of ['Yanti', 'Bavet', '1111', 'Cambodia', 'Kamboja']) expect(out).not.toContain(secret);
    });

    it('gives the same answer for a wrong PIN and an unknown case, then locks that sender after 5 tries', async () => {
      const { caseId, pin } = caseAndPin(await report(person(app, '9401'), { name: 'Lina', age: '31' }));
      const access = createRelativeAccess({ redis: t.redis, keys: app.keys, sealer: app.sealer });
      const wrong = pin === '000000' ? '111111' : '000000';
      expect(await access.checkStatus('KH-ZZZZ', pin, 'someone')).toBe('no-match');
      expect(await access.checkStatus(caseId, wrong, 'someone')).toBe('no-match');
      expect(await access.checkStatus(caseId, pin, 'owner')).toBe('received');
      for (let i = 0; i < 5; i++) await access.checkStatus(caseId, wrong, 'guesser');
      // Five failures from one sender on this case: that sender is locked, even with the right PIN.
      expect(await access.checkStatus(caseId, pin, 'guesser')).toBe('locked');
      expect(await t.redis.pttl(app.keys.pinPair(caseId, 'guesser'))).toBeGreaterThan(3600_000);
      // And per sender, across case numbers.
      for (let i = 0; i < 10; i++) expect(await access.checkStatus(`KH-AAA${i + 2}`, '123456', 'prober')).toBe('no-match');
      expect(await access.checkStatus('KH-BBBB', '123456', 'prober')).toBe('locked');
    });

    it('says "locked" in the chat after too many wrong PINs', async () => {
      const { caseId } = caseAndPin(await report(person(app, '9501'), { name: 'Maya', age: '29' }));
      const p = person(app, '9502');
      await p.send({ kind: 'command', command: 'start' });
      await p.press('agree');
      await p.press(CHECK_REPORT);
      let last = '';
      for (let i = 0; i < 6; i++) {
        await p.text(caseId);
        last = texts(await p.text('000001'));
        await p.press('check-again');
      }
      expect(last).toContain('Too many tries');
    });
  });

  it('offers the self-help intake to a sender who reports their own number', async () => {
    const p = person(app, '6281233334444@s.whatsapp.net', 'en', 'whatsapp');
    await p.send({ kind: 'command', command: 'start' });
    await p.press('agree');
    await p.press(SOMEONE_ELSE);
    await p.press('sibling');
    await p.text('Tono');
    await p.text('20');
    await p.press('male');
    await p.press('skip');
    await p.press('skip');
    expect(texts(await p.text('0812 3333 4444'))).toContain('this report may be about you');
    expect(texts(await p.press(MYSELF))).toContain('Are you in danger right now?');
    expect(texts(await p.press('yes'))).toMatch(/Someone will answer here soon/);
  });

  it('keeps /language, /help and /restart working in the missing-person flow', async () => {
    const p = person(app, '9601');
    await p.send({ kind: 'command', command: 'start' });
    await p.press('agree');
    await p.press(SOMEONE_ELSE);
    await p.press('parent');
    expect(texts(await p.send({ kind: 'command', command: 'help' }))).toContain('reporting a missing person');
    await p.send({ kind: 'command', command: 'language' });
    expect(texts(await p.press('lang:id'))).toContain('Siapa nama lengkapnya');
    expect(texts(await p.send({ kind: 'command', command: 'restart' }))).toContain('Siapa yang butuh bantuan?');
    expect(texts(await p.press(MYSELF))).toContain('Apakah Anda dalam bahaya sekarang?');
  });

  it('reads a conversation stored before flows were named as the intake', async () => {
    const personId = app.sealer.personId('telegram', '9701');
    const old = { v: 'danger', c: { lang: 'en', prompt: 4, editing: false, reasons: [], answers: { situation: [] } } };
    await t.redis.hset(app.keys.conversation(personId), 's', app.sealer.seal(JSON.stringify(old)));
    const out = await app.hotline.receive({ channel: 'telegram', address: '9701', messageId: 'x1', at: Date.now(), body: { kind: 'choice', prompt: 4, choice: 'no' } });
    expect(texts(out)).toContain('Where are you?');
  });
});
