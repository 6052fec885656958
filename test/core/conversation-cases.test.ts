/**
 * A conversation keeps its cases (`oc` in its hash) across flows and /restart: a relative who filed two
 * reports keeps both, a message from her reaches the relay for each case that holds an answer, and a case
 * leaves the conversation only once an officer finished it and no answer waits on it. Real Redis, the real core.
 */
import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src/app.js';
import { streamFields } from '../../src/redis/stream-fields.js';
import { person, type Person } from '../support/reports.js';
import { testRedis, type TestRedis } from '../support/redis.js';
import { SOMEONE_ELSE } from '../support/who.js';

const logger = pino({ level: 'silent' });
const officer = { id: 'cli:budi', supervisor: false };

/** A relative's report about `name`, from the missing-person menu: the new case's id. */
async function report(app: App, p: Person, name: string): Promise<string> {
  await p.press('parent');
  await p.text(name);
  await p.text('24');
  await p.press('male');
  await p.text('Indramayu');
  await p.press('skip');
  await p.press('skip');
  await p.text('3 weeks ago');
  await p.text('He said the work is not what they promised');
  await p.press('KH');
  await p.text('Bavet');
  await p.press('skip');
  await p.text('online shop admin');
  await p.press('skip');
  await p.press('skip');
  await p.press('done');
  await p.press('this-chat');
  await p.press('anytime');
  const sent = (await p.press('confirm')).map((m) => m.text).join('\n');
  return /(KH-\w{4})/.exec(sent)![1]!;
}

describe('a conversation\'s cases', () => {
  let t: TestRedis;
  let app: App;
  beforeEach(async () => {
    t = await testRedis();
    app = createApp({ config: { dataKey: Buffer.alloc(32, 21), deploymentFile: 'data/deployment.json', conversationTtlSeconds: 3600, redis: { prefix: t.prefix } }, redis: t.redis, logger });
  });
  afterEach(() => t.cleanup());

  const kept = async (p: Person) => (await t.redis.hget(app.keys.conversation(p.personId), 'oc'))?.split(' ') ?? [];
  const personActive = async () =>
    (await t.redis.xrange(app.keys.events, '-', '+')).map(([, f]) => streamFields(f)).filter((f) => f.type === 'case.person-active').map((f) => `${f.case} ${f.by}`);

  it('keeps every report across /restart, tells the relay of each that holds an answer, and lets a case go once finished with nothing held', async () => {
    const p = person(app, '5101');
    await p.send({ kind: 'command', command: 'start' });
    await p.press('agree');
    await p.press(SOMEONE_ELSE);
    const first = await report(app, p, 'Budi Santoso');
    expect(await kept(p)).toEqual([first]);

    // /restart: the who-menu; a second report about someone else. Both stay with the conversation.
    expect((await p.send({ kind: 'command', command: 'restart' })).map((m) => m.text)).toContain(app.locales.t('en', 'ask-who'));
    expect(await kept(p)).toEqual([first]);
    await p.press(SOMEONE_ELSE);
    const second = await report(app, p, 'Siti Aminah');
    expect(second).not.toBe(first);
    expect(await kept(p)).toEqual([second, first]);

    // An answer held on the first report: her next message (in the second report's flow) reaches the relay for it.
    await t.redis.rpush(app.keys.held(first), 'sealed-answer'); // what the desk queues (its content is not read here)
    await p.text('Any news?');
    expect(await personActive()).toEqual([`${first} typed`]);

    // Resolved while an answer still waits: kept, so the answer can still reach her.
    expect(await app.desk.setStatus(first, officer, 'resolved')).toMatchObject({ ok: true });
    await p.send({ kind: 'command', command: 'restart' });
    expect(await kept(p)).toEqual([second, first]);
    expect(await personActive()).toEqual([`${first} typed`, `${first} other`]);

    // Delivered (the held list is empty) and finished: the case leaves the conversation at her next message.
    await t.redis.del(app.keys.held(first));
    await p.press(SOMEONE_ELSE);
    expect(await kept(p)).toEqual([second]);
  });
});
