import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { choiceIds, type IntakeContext } from '../../flows/intake/machine.js';
import { intakeRenderer } from '../support/renderers.js';
import { loadDeployment } from '../../src/deployment.js';
import { LocaleError, loadLocales } from '../../src/i18n/locales.js';

const deployment = loadDeployment('data/deployment.json');
const locales = loadLocales('locales', deployment.languages);
const renderer = intakeRenderer({ locales, deployment });

const states = ['chooseLanguage', 'consent', 'declined', 'danger', 'location', 'country', 'situation', 'people', 'contact', 'contactTimes', 'name', 'summary', 'editMenu'];
const sayKeys = ['danger-alerted', 'done', 'case-open', 'location-updated', 'help', 'use-buttons', 'not-understood', 'stale-button', 'media-not-read', 'location-not-now', 'location-invalid', 'people-not-number', 'other-language', 'save-failed'];

function context(lang: string, over: Partial<IntakeContext['answers']> = {}): IntakeContext {
  return {
    lang, prompt: 3, editing: false, caseId: 'KH-7QX2', urgency: 'high', reasons: ['confined'],
    answers: { situation: ['confined', 'debt'], country: 'KH', location: { kind: 'text', text: 'Bavet' }, people: 'over-50', contact: 'times', contactTimes: 'after 22:00', dangerNow: false, ...over },
  };
}

describe('locales', () => {
  it.each(deployment.languages)('renders every question, button and message in %s', (lang) => {
    for (const state of states) {
      const out = renderer.ask(state, context(lang));
      expect(out, state).toBeDefined();
      const labels = out!.choices?.flat().map((c) => c.label) ?? [];
      for (const text of [out!.text, ...labels]) {
        expect(text, `${state}: ${text}`).not.toMatch(/(^|\s)(choice|indicator|people|country|edit|summary|service)-[\w-]+/);
        expect(text).not.toMatch(/\{|\}|\$/);
      }
    }
    for (const key of sayKeys) expect(renderer.say(key, context(lang)).text, key).not.toBe(key);
    for (const country of deployment.countries) {
      const done = renderer.say('done', context(lang, { country: country.code })).text;
      for (const e of country.emergency) expect(done).toContain(e.number);
      expect(done).not.toMatch(/service-/);
    }
  });

  it('keeps every button id short enough for Telegram callback data', () => {
    for (const id of Object.values(choiceIds)) expect(`c:999999:${id}`.length).toBeLessThanOrEqual(64);
  });

  it('stops start-up when a language lacks a message', () => {
    const dir = mkdtempSync(join(tmpdir(), 'locales-'));
    mkdirSync(join(dir, 'xx'));
    mkdirSync(join(dir, 'yy'));
    writeFileSync(join(dir, 'xx', 'a.ftl'), 'hello = Hello\nbye = Bye\n');
    writeFileSync(join(dir, 'yy', 'a.ftl'), 'hello = Halo\n');
    expect(() => loadLocales(dir, ['xx', 'yy'])).toThrow(LocaleError);
    expect(() => loadLocales(dir, ['xx', 'yy'])).toThrow(/yy: missing message "bye"/);
  });

  it('loads the danger lexicon of every language folder, whatever languages the deployment answers in', () => {
    const langs = locales.dangerLexicons.map((l) => l.lang);
    expect(deployment.languages).not.toContain('vi');
    expect(langs).toEqual(expect.arrayContaining(['id', 'en', 'tl', 'vi', 'th', 'my', 'km', 'zh', 'ms', 'jv', 'lo']));
    const id = locales.dangerLexicons.find((l) => l.lang === 'id')!;
    expect(id.phrases.filter((p) => p.section === 'cry').map((p) => p.text)).toContain('tolong');
    const critical = id.phrases.filter((p) => p.section === 'critical').map((p) => p.text);
    expect(critical).toContain('sos');
    expect(critical.some((t) => t.startsWith('pukul:passive'))).toBe(true);
  });

  it('accepts a folder with only a danger lexicon, for a language the deployment does not answer in', () => {
    const dir = mkdtempSync(join(tmpdir(), 'locales-'));
    mkdirSync(join(dir, 'xx'));
    mkdirSync(join(dir, 'vi'));
    writeFileSync(join(dir, 'xx', 'a.ftl'), 'hello = Hello\n');
    writeFileSync(join(dir, 'vi', 'danger.txt'), '[critical]\ncứu tôi\n');
    const loaded = loadLocales(dir, ['xx']);
    expect(loaded.dangerLexicons.map((l) => [l.lang, l.phrases.map((p) => p.text)])).toEqual([['vi', ['cứu tôi']]]);
  });

  it('stops start-up on a bad danger lexicon line, naming the file and the line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'locales-'));
    mkdirSync(join(dir, 'xx'));
    writeFileSync(join(dir, 'xx', 'a.ftl'), 'hello = Hello\n');
    writeFileSync(join(dir, 'xx', 'danger.txt'), '# words\n[critical]\nsos\n[critcal]\nhelp\n[abbreviations]\ntlg tolong\n');
    expect(() => loadLocales(dir, ['xx'])).toThrow(LocaleError);
    expect(() => loadLocales(dir, ['xx'])).toThrow(/xx\/danger\.txt:4: unknown section \[critcal\]/);
    expect(() => loadLocales(dir, ['xx'])).toThrow(/xx\/danger\.txt:5: a line outside any section/);
    expect(() => loadLocales(dir, ['xx'])).toThrow(/xx\/danger\.txt:7: write an abbreviation as "short = word"/);
  });
});
