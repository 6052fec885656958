/**
 * A language added from data alone: a throwaway locale folder with the English messages under a new code
 * and its own words.json of invented words. Nothing in code knows the code; a person writing in it walks a
 * whole intake typing its words (yes, no, who needs help, a count, a safe time, skip, send) and ends in a
 * case with the right fields.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src/app.js';
import { loadWords } from '../../src/i18n/words.js';
import { parseSafeTimes } from '../../src/officers/safe-time.js';
import type { OutboundMessage } from '../../src/core/messages.js';
import { testRedis, type TestRedis } from '../support/redis.js';
import { throwawayLocales, type ThrowawayLocales } from '../support/throwaway-locales.js';
import { person } from '../support/reports.js';

const CODE = 'qz' + 'x'; // a code no folder has, built so no grep for it finds it in code
const texts = (out: OutboundMessage[]) => out.map((m) => m.text).join('\n');

/** Invented words: nothing here is any real language's. */
const WORDS = {
  answers: {
    senses: {
      yes: ['yolo'], no: ['nix'], skip: ['blip'], none: ['nada zilch'], done: ['fini'], all: ['toto'],
      afraid: ['brr'], safe: ['saf'], alone: ['solo mi'], many: ['mucho'], myself: ['mi mi'], 'someone-else': ['otro'],
      anytime: ['whenso'], 'they-write-first': ['mi primo'], times: ['hora certa'], send: ['zend'], change: ['kambio'],
    },
    fillers: ['pliz'], particles: [],
    lists: { and: ['en'], through: ['tru'] },
    counts: { numbers: { unu: 1, du: 2, tri: 3 }, multipliers: { deka: 10 }, about: ['cirka'], moreThan: ['pluso'], lessThan: ['minuso'], vague: {}, nouns: ['homo'], roughEndings: [] },
    times: ['nokto', 'posto'],
    names: ['kodeza'],
  },
  safeTime: { after: ['posto'], before: ['anto'], negation: ['ne'], parts: { nokto: 'night' }, hour: ['hora'] },
  dates: {
    today: ['hodio'], yesterday: ['hiero'], future: ['morgo'], ago: ['antaux'], about: ['cirka'],
    units: { tago: 'day', semajno: 'week' }, months: { marto: 3 }, last: ['lasta'], lastWeek: [], lastMonth: [], lastYear: [],
    partOfMonth: [], numbers: { unu: 1, du: 2, tri: 3 }, order: 'mdy', age: ['ago'], years: ['jaroj'], born: ['naskita'],
  },
  identity: { titles: ['sro'], self: ['tio estas mi'], aboutNoise: ['jaroj', 'de'], placeNoise: ['vilagxo'] },
  wipe: ['forvisxu'],
};

describe('a language added from data alone', () => {
  let locales: ThrowawayLocales;
  let t: TestRedis;
  let app: App;
  beforeAll(() => {
    locales = throwawayLocales({ [CODE]: 'Kodeza' }, ['id', 'en', CODE]);
    writeFileSync(join(locales.localesDir, CODE, 'words.json'), JSON.stringify(WORDS));
  });
  afterAll(() => {
    locales.cleanup();
    loadWords('locales'); // the words of the real folders again, for the tests after this file's
  });
  beforeEach(async () => {
    t = await testRedis();
    app = createApp({
      config: { dataKey: Buffer.alloc(32, 7), deploymentFile: locales.deploymentFile, conversationTtlSeconds: 3600, redis: { prefix: t.prefix } },
      localesDir: locales.localesDir,
      redis: t.redis,
      logger: pino({ level: 'silent' }),
      hotline: { retry: { attempts: 2, baseDelayMs: 5 } },
    });
  });
  afterEach(() => t.cleanup());

  it('walks an intake typing its words, and ends in a case with the right fields', async () => {
    const p = person(app, '4242', CODE);
    const log: string[] = [];
    const step = async (what: string, out: Promise<OutboundMessage[]>) => log.push(`${what} → ${texts(await out).replace(/\s+/g, ' ').slice(0, 90)}`);
    expect(texts(await p.start())).toContain(`Do you agree? [${CODE}]`);
    await step('yes', p.text('Yolo!'));
    await step('myself', p.text('mi mi'));
    await step('no', p.text('nix'));
    await step('where', p.text('a compound near the border'));
    await step('country', p.press('KH'));
    await step('documents', p.press('passport'));
    await step('done', p.text('fini'));
    await step('count', p.text('du deka homo'));
    await step('when', p.text('hora certa'));
    await step('times', p.text('posto 10 nokto'));
    await step('code word', p.text('blip'));
    await step('duress word', p.text('blip'));
    await step('name', p.text('Sro Ana Kowalska'));
    await step('about', p.text('blip'));
    await step('send', p.text('zend'));
    const cases = await app.cases.listOpen();
    expect(cases, log.join('\n')).toHaveLength(1);
    const view = cases[0]!;
    expect(view.lang).toBe(CODE);
    expect(view.kind).toBe('self-report');
    expect(view.people, log.join('\n')).toBe('20');
    expect(view.dangerNow).toBe(false);
    expect(view.private).toMatchObject({ contact: 'times', contactTimes: 'posto 10 nokto', name: 'Sro Ana Kowalska' });
    expect(parseSafeTimes('posto 10 nokto', CODE)?.[0]?.start).toBe(22 * 60); // after 22:00, read with its own words
  });
});
