/**
 * A corpus of typed answers walked through every question of a relative's report: skip words, yes and
 * no, dates, numbers and words the question cannot read, in Indonesian, English and the other languages
 * the word tables have (flows/shared/answer-words.ts). Whatever is typed, no question is asked more than
 * twice in a row: it is understood, or after one more try the words are kept and the report goes on.
 */
import { DETECTABLE_LANGUAGES, detectLanguage } from '../../../src/i18n/detect.js';
import { describe, expect, it } from 'vitest';
import type { FlowDeps, FlowEffect, FlowInput, FlowMeta } from '../../../flows/contract.js';
import { missingPersonFlow } from '../../../flows/missing-person/index.js';
import { mpQuestions, type MissingPersonContext } from '../../../flows/missing-person/machine.js';
import { answerTables } from '../../../flows/shared/answer-words.js';
import { createPlaceFinder } from '../../../flows/shared/places.js';
import { loadDeployment } from '../../../src/deployment.js';
import { loadLocales } from '../../../src/i18n/locales.js';
import { dangerDeps } from '../../support/danger-deps.js';

const deployment = loadDeployment('data/deployment.json');
const locales = loadLocales('locales', deployment.languages);
const deps: FlowDeps = {
  languages: deployment.languages,
  countries: deployment.countries.map((c) => c.code),
  places: createPlaceFinder(deployment.countries, deployment.places),
  callingCode: deployment.embassy.callingCode,
  ...dangerDeps(locales),
};
const NOW = Date.UTC(2026, 4, 20, 8);
const meta: FlowMeta = { at: NOW, newCaseId: 'KH-TEST', newPin: '918273', languageHint: 'id' };

const flow = missingPersonFlow.use((def) => {
  const { machine } = def.create(deps, deployment);
  /** The report at `state`, in `lang`, as a relative who has named the person would have it. */
  const at = (state: string, lang: string) =>
    machine.resolve(state, {
      lang,
      prompt: 7,
      editing: false,
      reasons: [],
      answers: { harm: [], relationship: 'parent', name: 'Siti Aminah' },
      resume: state === 'isSelf' || state === 'chooseLanguage' ? 'name' : undefined,
      statusCaseId: state === 'statusPin' ? 'KH-4F7Q' : undefined,
    } satisfies MissingPersonContext as never);
  return {
    /**
     * Types `text` at `state` again and again: how many times the question was asked in a row (counting
     * its first asking), and where the report went.
     */
    /** The context after typing `texts` at `state`, one after the other, and where the report went. */
    after(state: string, lang: string, ...texts: string[]): { state: string; ctx: MissingPersonContext; effects: FlowEffect[] } {
      let s = at(state, lang);
      let effects: FlowEffect[] = [];
      for (const text of texts) [s, effects] = machine.step(s, { type: 'TEXT', text, meta: { ...meta, wroteIn: detectLanguage(text, { candidates: DETECTABLE_LANGUAGES })?.lang } });
      return { state: machine.value(s), ctx: machine.context(s) as unknown as MissingPersonContext, effects };
    },
    typeAt(state: string, lang: string, text: string): { asked: number; moved: boolean; left: string; effects: FlowEffect[] } {
      let s = at(state, lang);
      let asked = 1;
      const all: FlowEffect[] = [];
      for (let i = 0; i < 4; i++) {
        // As the core gives it: the language the words are written in (src/core/hotline.ts wroteIn).
        const input: FlowInput = { type: 'TEXT', text, meta: { ...meta, at: NOW + i * 60_000, wroteIn: detectLanguage(text, { candidates: DETECTABLE_LANGUAGES })?.lang } };
        const [next, effects] = machine.step(s, input);
        s = next;
        all.push(...effects);
        const moved = machine.value(s) !== state || effects.some((e) => e.type === 'lookup' || e.type === 'switchFlow');
        if (moved) return { asked, moved, left: machine.value(s), effects: all };
        if (effects.some((e) => e.type === 'ask')) asked++;
      }
      return { asked, moved: false, left: machine.value(s), effects: all };
    },
  };
});

/** Skip, "don't know", "none" and "no" words in every table, and punctuation that says the same. */
const skipWords = Object.entries(answerTables()).flatMap(([lang, table]) =>
  [...(table.senses.skip ?? []), ...(table.senses.none ?? []).slice(0, 3), ...(table.senses.no ?? []).slice(0, 3)].map((w) => [lang, w] as const),
);
const named = ['lewati', 'skip', 'ga tau', 'tidak tahu', 'gak tau', 'nggak tahu', "don't know", '-', '?', 'tidak ada', 'lupa', 'idk'];
const yesNo = Object.entries(answerTables()).flatMap(([lang, table]) => [...(table.senses.yes ?? []).slice(0, 4), ...(table.senses.no ?? []).slice(0, 4)].map((w) => [lang, w] as const));
const dates = ['3 minggu lalu', 'awal Oktober', 'akhir Maret', 'pertengahan Februari 2026', 'last March', 'early April', 'kemarin', '2 bulan yang lalu', 'sejak lebaran', 'udah 3 minggu', 'seminggu yang lalu', '15/03/2026', 'Maret 2026', 'a month ago'];
const unreadable = ['umurnya sekitar dua puluhan', 'entah di mana dia sekarang', 'sudah lama sekali', 'saya bingung', 'hmm gimana ya', 'I really am not sure about that', 'pokoknya kerja di sana', 'ok', 'ya', 'tidak', '12345'];
const corpus: Array<readonly [string, string]> = [
  ...skipWords,
  ...named.flatMap((w) => [['id', w] as const, ['en', w] as const]),
  ...yesNo,
  ...[...dates, ...unreadable].flatMap((w) => [['id', w] as const, ['en', w] as const]),
];
/** The conversation's language for a word of a table: its own when a deployment may speak it, else one that reads it. */
const convLang = (table: string) => (table === 'ms' || table === 'jv' ? 'id' : table);

/** Questions with a skip button, or whose text says that typing "lewati" skips them. */
const skippable = ['age', 'sex', 'hometown', 'document', 'phone', 'lastHeard', 'lastMessage', 'country', 'city', 'company', 'job', 'recruiter', 'photo', 'contactPhone'] as const;

describe('missing-person: typed answers at every question', () => {
  it('never asks a question more than twice in a row, whatever is typed', () => {
    let walked = 0;
    const loops: string[] = [];
    for (const state of mpQuestions) {
      for (const [table, text] of corpus) {
        const r = flow.typeAt(state, convLang(table), text);
        if (r.asked > 2 || !r.moved) loops.push(`${state} ← ${table}:${JSON.stringify(text)} asked ${r.asked}×`);
        walked++;
      }
    }
    expect(loops).toEqual([]);
    expect(walked).toBeGreaterThan(3000);
  }, 120_000);

  it.each(skippable)('takes a typed skip at %s at once, in every language the tables have', (state) => {
    const refused = [...skipWords.filter(([, w]) => !['no', 'n', 'not'].includes(w)), ...named.map((w) => ['id', w] as const)]
      .filter(([table, text]) => flow.typeAt(state, convLang(table), text).asked > 1)
      .map(([table, text]) => `${table}:${text}`);
    expect(refused).toEqual([]);
  });

  it.each([
    ['3 minggu lalu', '2026-04-29'],
    ['awal Oktober', '2025-10'],
    ['last March', '2026-03'],
    ['kemarin', '2026-05-19'],
    ['2 bulan yang lalu', '2026-03'],
  ])('reads %j at the date question at once', (text, date) => {
    expect(flow.after('lastHeard', 'id', text)).toMatchObject({ state: 'lastMessage', ctx: { answers: { lastHeard: date } } });
  });

  it('asks once more for a date it cannot read, then takes the words as given', () => {
    const once = flow.after('lastHeard', 'id', 'sejak lebaran');
    expect(once.state).toBe('lastHeard');
    expect(once.effects).toEqual([{ type: 'say', key: 'mp-date-not-understood', allLanguages: undefined, args: undefined, transient: undefined }, { type: 'ask', replace: undefined }]);
    expect(flow.after('lastHeard', 'id', 'sejak lebaran', 'sejak lebaran')).toMatchObject({ state: 'lastMessage', ctx: { answers: { words: { lastHeard: 'sejak lebaran' } } } });
  });

  it('takes a typed skip at the call-back number as "this chat", and yes or no at the self check and the summary', () => {
    expect(flow.after('contactPhone', 'id', 'ga tau')).toMatchObject({ state: 'contactWhen', ctx: { answers: { contact: 'this-chat' } } });
    expect(flow.after('contactPhone', 'en', "don't know")).toMatchObject({ state: 'contactWhen', ctx: { answers: { contact: 'this-chat' } } });
    expect(flow.after('isSelf', 'id', 'bukan')).toMatchObject({ state: 'name', ctx: { notSelf: true } });
    expect(flow.after('isSelf', 'id', 'iya').effects).toEqual([{ type: 'switchFlow', flow: 'intake', entry: 'danger', suspect: undefined, carried: undefined }]);
    expect(flow.after('summary', 'id', 'ya kirim').effects).toEqual([{ type: 'lookup', lookup: 'findReport', personName: 'Siti Aminah' }]);
    expect(flow.after('summary', 'en', 'no').state).toBe('editMenu');
  });
});
