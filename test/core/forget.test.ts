/**
 * A person's /forget (src/core/forget.ts, src/core/forget-words.ts) on the real core and Redis: it asks first
 * (a button), a stray "forget" in a sentence does nothing, an old button does nothing; confirmed, with no open
 * case everything of the person goes (their conversation, a case an officer closed, audited); with an open
 * case the case stays, flagged for its officers, and the conversation is erased.
 */
import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src/app.js';
import { answerTables, senses, type Sense } from '../../flows/shared/answer-words.js';
import { readAnswer, readChoices } from '../../flows/shared/answers.js';
import { asksToForget, forgetWords, isForgetWord } from '../../src/core/forget-words.js';
import type { InboundBody, OutboundMessage } from '../../src/core/messages.js';
import { isWipeWord } from '../../src/core/wipe-words.js';
import { streamFields } from '../../src/redis/stream-fields.js';
import { testRedis, type TestRedis } from '../support/redis.js';

let t: TestRedis;
let app: App;
let n = 0;
beforeEach(async () => {
  t = await testRedis();
  app = createApp({
    config: { dataKey: Buffer.alloc(32, 5), deploymentFile: 'data/deployment.json', conversationTtlSeconds: 3600, redis: { prefix: t.prefix } },
    redis: t.redis,
    logger: pino({ level: 'silent' }),
  });
});
afterEach(() => t.cleanup());

const ADDRESS = '4242';
const send = (body: InboundBody, address = ADDRESS): Promise<OutboundMessage[]> =>
  app.hotline.receive({ channel: 'telegram', address, messageId: `m${++n}`, at: Date.now(), languageHint: 'en', body });
const text = (words: string, address?: string) => send({ kind: 'text', text: words }, address);
const personId = (address = ADDRESS) => app.sealer.personId('telegram', address);
const conversation = () => t.redis.hgetall(app.keys.conversation(personId()));
const WIPE = { text: '', wipe: true };

/** Asks to be forgotten; returns the question (and checks it is the question). */
async function ask(how: InboundBody = { kind: 'command', command: 'forget' }) {
  const [question, ...rest] = await send(how);
  expect(rest).toEqual([]);
  expect(question).toMatchObject({ text: app.locales.t('en', 'forget-ask'), transient: true });
  expect(question!.choices!.flat().map((c) => c.id)).toEqual(['forget:yes', 'forget:no']);
  return question!;
}
const press = (question: OutboundMessage, choice: 'forget:yes' | 'forget:no') => send({ kind: 'choice', prompt: question.prompt!, choice });

async function events(type: string) {
  return (await t.redis.xrange(app.keys.events, '-', '+')).map(([, flat]) => streamFields(flat)).filter((f) => f.type === type);
}

/** A critical case opened by a danger message. */
async function openCase(address = ADDRESS) {
  await text('hello', address);
  await text('help me they beat us', address);
  const [open] = await app.cases.listOpen();
  expect(open?.urgency).toBe('critical');
  return open!.id;
}

describe('/forget', () => {
  it('asks first: nothing is erased until the Yes button, and a stray "forget" in a sentence does nothing', async () => {
    await text('hello');
    const before = await conversation();
    expect(before.s).toBeTruthy();

    const stray = await text('I forget the name of the place');
    expect(stray.some((m) => m.choices?.flat().some((c) => c.id.startsWith('forget:')))).toBe(false);
    expect(await t.redis.exists(app.keys.forgetAsk(personId()))).toBe(0);

    const question = await ask({ kind: 'text', text: 'Forget me!' });
    expect((await conversation()).s).toBeTruthy();
    // No: nothing erased, and the button is spent.
    expect(await press(question, 'forget:no')).toEqual([{ text: app.locales.t('en', 'forget-kept'), transient: true }]);
    expect(await press(question, 'forget:yes')).toEqual([]);
    expect((await conversation()).s).toBeTruthy();

    // An old question's button does nothing once a new one was asked.
    const first = await ask();
    const second = await ask();
    expect(await press(first, 'forget:yes')).toEqual([]);
    expect((await conversation()).s).toBeTruthy();
    expect(await press(second, 'forget:yes')).toEqual([WIPE, { text: app.locales.t('en', 'forget-done'), transient: true }]);
  });

  it('with no open case, erases everything of the person: the conversation and a case an officer closed (audited)', async () => {
    const caseId = await openCase();
    await t.redis.hset(app.keys.notes(caseId), 'x', 'y'); // notes exist
    await t.redis.hset(app.keys.case(caseId), 'status', 'closed');
    await t.redis.zrem(app.keys.queue, caseId);
    await t.redis.hset(app.keys.conversation(personId()), 'oc', ''); // a finished case leaves the conversation's list

    const question = await ask();
    expect(await press(question, 'forget:yes')).toEqual([WIPE, { text: app.locales.t('en', 'forget-done'), transient: true }]);
    expect(await t.redis.exists(app.keys.conversation(personId()), app.keys.case(caseId), app.keys.notes(caseId), app.keys.forgetAsk(personId()))).toBe(0);
    const audit = (await t.redis.xrange(app.keys.audit, '-', '+')).map(([, flat]) => streamFields(flat));
    expect(audit).toEqual([expect.objectContaining({ officer: 'system', action: 'purge', case: caseId, result: 'forgotten', detail: '' })]);
    expect(await events('case.purged')).toEqual([expect.objectContaining({ case: caseId, reason: 'forgotten' })]);

    // Someone else's conversation is untouched; the person starts afresh.
    await text('hello', '9999');
    const fresh = await text('hi');
    expect(fresh.map((m) => m.text).join('\n')).toContain(app.locales.t('en', 'consent', { embassy: app.deployment.embassy.name.en ?? '' }).slice(0, 20));
    expect(await t.redis.exists(app.keys.conversation(app.sealer.personId('telegram', '9999')))).toBe(1);
  });

  it('with an open case, keeps the case flagged for its officers and erases the conversation (typed "1" confirms)', async () => {
    const caseId = await openCase();
    await ask();
    expect(await text('1')).toEqual([WIPE, { text: app.locales.t('en', 'forget-done'), transient: true }]);

    const view = await app.cases.get(caseId);
    expect(view?.status).toBe('new');
    expect(view?.forgotten).toBeGreaterThan(0);
    expect(await t.redis.zscore(app.keys.queue, caseId)).not.toBeNull();
    expect(await events('case.forgotten')).toEqual([expect.objectContaining({ case: caseId, urgency: 'critical' })]);
    expect(await t.redis.xlen(app.keys.audit)).toBe(0); // nothing purged

    const conv = await conversation();
    expect(conv.s).toBeUndefined(); // the flow's answers are gone
    expect(conv.w).toBeTruthy(); // officers' answers can still reach the chat
    expect(conv.oc).toContain(caseId);
    // The card says so.
    const card = app.cards.card(view!, { held: 0, now: Date.now() });
    expect(card.text).toContain(app.cards.t('desk-card-forgotten', { time: '' }).slice(0, 12));
  });

  it('has forget words in every complete locale, none of them a wipe word', () => {
    for (const lang of app.locales.languages) expect(forgetWords[lang]?.length, lang).toBeGreaterThan(0);
    for (const [lang, words] of Object.entries(forgetWords)) {
      for (const word of words) {
        expect(isForgetWord(word, lang), word).toBe(true);
        expect(isWipeWord(word, lang), word).toBe(false);
      }
    }
    expect(isForgetWord('I forget the name', 'en')).toBe(false);
    expect(isForgetWord('FORGET ME.', 'id')).toBe(true); // English is always read
    const msg = (body: InboundBody) => ({ channel: 'telegram' as const, address: '1', messageId: '1', at: 0, body });
    expect(asksToForget(msg({ kind: 'text', text: 'forget', edited: true }), 'en')).toBe(false);
    expect(asksToForget(msg({ kind: 'media', media: 'photo', fileRef: 'f', caption: 'forget me' }), 'en')).toBe(false);
  });

  it('forget words are never an answer to a question, in any language that reads them', () => {
    const everySense = Object.fromEntries(senses.map((s) => [s, s])) as Record<Sense, Sense>;
    for (const [lang, words] of Object.entries(forgetWords)) {
      for (const word of words) {
        for (const reading of new Set([lang, 'en', ...Object.keys(answerTables())])) {
          expect(readAnswer(word, reading, everySense), `"${word}" read as an answer in ${reading}`).toBeUndefined();
          expect(readChoices(word, reading, 9), `"${word}" read as numbers in ${reading}`).toBeUndefined();
        }
      }
    }
  });
});
