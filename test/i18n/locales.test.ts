import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { choiceIds, type IntakeContext } from '../../flows/intake/machine.js';
import type { MissingPersonContext } from '../../flows/missing-person/machine.js';
import { createMissingPersonView } from '../../flows/missing-person/view.js';
import { createRenderer } from '../../src/core/render.js';
import { giveaways as giveawaysOf } from '../support/giveaways.js';
import { intakeRenderer } from '../support/renderers.js';
import { loadDeployment } from '../../src/deployment.js';
import { LocaleError, loadLocales } from '../../src/i18n/locales.js';

const deployment = loadDeployment('data/deployment.json');
const locales = loadLocales('locales', deployment.languages);
const renderer = intakeRenderer({ locales, deployment });

const states = ['chooseLanguage', 'consent', 'declined', 'danger', 'location', 'country', 'situation', 'people', 'contact', 'contactTimes', 'codeWord', 'duressWord', 'name', 'summary', 'editMenu'];
/** What the intake may say (everything but its questions), each staying on screen unless marked transient. */
const sayKeys = [
  'danger-alerted', 'done', 'case-open', 'location-updated', 'location-noted', 'media-forwarded', 'help', 'use-buttons', 'not-a-choice',
  'not-understood', 'stale-button', 'media-not-read', 'location-not-now', 'location-invalid', 'people-not-number', 'contact-not-understood',
  'who-not-understood', 'danger-not-understood', 'summary-not-understood', 'other-language', 'save-failed', 'discreet-off',
];
/** What the missing-person flow may say after its questions (`mp-pin` is transient and left out). */
const mpSayKeys = [
  'mp-done', 'mp-already-reported', 'mp-added', 'mp-case-open', 'mp-help', 'mp-photo-received', 'mp-photo-expected', 'mp-photo-later',
  'mp-location-not-needed', 'status-received', 'status-working', 'status-located', 'status-closed', 'status-no-match', 'status-locked', 'discreet-off',
];
const mpRenderer = createRenderer({ locales, deployment, view: createMissingPersonView(deployment, { discreetByDefault: false }) });

/** What must never stay on a watched phone (test/support/giveaways.ts), and the PIN the tests show. */
const giveaways = [...giveawaysOf(deployment), /918273/];

function context(lang: string, over: Partial<IntakeContext['answers']> = {}, discreet?: boolean): IntakeContext {
  return {
    lang, prompt: 3, editing: false, caseId: 'KH-7QX2', urgency: 'high', reasons: ['confined'], discreet,
    answers: { situation: ['confined', 'debt'], country: 'KH', location: { kind: 'text', text: 'Bavet' }, people: 'over-50', contact: 'times', contactTimes: 'after 22:00', dangerNow: false, ...over },
  };
}

function mpContext(lang: string, discreet?: boolean): MissingPersonContext {
  return { lang, prompt: 9, editing: false, caseId: 'KH-7QX2', urgency: 'high', reasons: ['hurt'], discreet, answers: { harm: ['hurt'], name: 'Siti' } };
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
      // Discreet off: every number; discreet (the intake's default): none whose name gives the person away.
      const full = renderer.say('done', context(lang, { country: country.code }, false)).text;
      for (const e of country.emergency) expect(full).toContain(e.number);
      const discreet = renderer.say('done', context(lang, { country: country.code })).text;
      for (const e of country.emergency) expect(discreet.includes(e.number), `${country.code} ${e.service}`).toBe(!e.revealing);
      for (const done of [full, discreet]) expect(done).not.toMatch(/service-|\{|\$/);
    }
  });

  it.each(deployment.languages)('leaves nothing on screen in discreet mode that gives the person away (%s)', (lang) => {
    const lasting = [
      ...sayKeys.map((key) => [key, renderer.say(key, context(lang, { dangerNow: true, situation: ['violence'] })).text] as const),
      ...sayKeys.map((key) => [`${key} (no country)`, renderer.say(key, context(lang, { country: undefined })).text] as const),
      ...mpSayKeys.map((key) => [key, mpRenderer.say(key, mpContext(lang, true), { args: { pin: '918273' } }).text] as const),
      // A case opened by an alarm before consent, then "no": the screen after consent.
      ['declined-case-open', renderer.ask('declined', context(lang))!.text] as const,
    ];
    for (const [key, text] of lasting) {
      for (const giveaway of giveaways) expect(text, `${lang} ${key}: ${text}`).not.toMatch(giveaway);
      expect(text, key).not.toMatch(/\{|\$|^[a-z-]+$/);
    }
    // The indicator a person ticked stays off the lasting messages too.
    for (const [key, text] of lasting) expect(text, key).not.toContain(locales.t(lang, 'indicator-violence'));
  });

  it.each(deployment.languages)('keeps case numbers and the PIN on screen for a relative at home, and shows them once in discreet mode (%s)', (lang) => {
    const pin = { args: { pin: '918273' } };
    const home = mpRenderer.say('mp-done', mpContext(lang), pin);
    expect(home.text).toContain('KH-7QX2');
    expect(home.text).toContain('918273');
    expect(home.transient).toBeUndefined();
    for (const key of ['mp-already-reported', 'mp-added', 'mp-case-open']) expect(mpRenderer.say(key, mpContext(lang)).text, key).toContain('KH-7QX2');
    const once = mpRenderer.say('mp-pin', mpContext(lang, true), { ...pin, transient: true });
    expect(once).toMatchObject({ transient: true });
    expect(once.text).toContain('KH-7QX2');
    expect(once.text).toContain('918273');
    // And the intake, with discreet mode turned off, shows its case number.
    for (const key of ['danger-alerted', 'done', 'case-open', 'location-updated', 'media-forwarded']) {
      expect(renderer.say(key, context(lang, {}, false)).text, key).toContain('KH-7QX2');
    }
  });

  it.each(deployment.languages)('marks every question after the language menu transient in discreet mode, and with it off only consent and the summary (%s)', (lang) => {
    for (const state of states) {
      const discreet = renderer.ask(state, context(lang))!;
      const off = renderer.ask(state, context(lang, {}, false))!;
      expect(discreet.transient, state).toBe(state === 'chooseLanguage' ? undefined : true);
      expect(off.transient, state).toBe(state === 'consent' || state === 'summary' ? true : undefined);
    }
  });

  it.each(deployment.languages)('describes the command menu neutrally (%s)', (lang) => {
    for (const command of ['start', 'help', 'language', 'restart', 'discreet']) {
      const description = locales.t(lang, `command-${command}`);
      expect(description, command).not.toBe(`command-${command}`);
      expect(description.length, command).toBeLessThanOrEqual(256); // Telegram's limit
      for (const giveaway of [...giveaways, /victim/i, /korban/i, /rescue/i, /selamat/i, /tolong/i, /\bSOS\b/i, /lapor/i, /report/i, /case/i, /kasus/i]) {
        expect(description, `${command}: ${description}`).not.toMatch(giveaway);
      }
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
    const narrow = loadLocales('locales', ['id', 'en']); // a deployment answering in two languages only
    const langs = narrow.dangerLexicons.map((l) => l.lang);
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

describe('first-aid bundles', () => {
  const fourKeys = [
    'first-aid = { $embassy } { $languages } { $numbers }',
    'first-aid-not-citizen = { $embassy }',
    'first-aid-own-embassy = { $name } { $phone }',
    'first-aid-alerted = ok',
  ];
  function dir(folders: Record<string, string[]>): string {
    const root = mkdtempSync(join(tmpdir(), 'first-aid-locales-'));
    for (const [lang, lines] of Object.entries(folders)) {
      mkdirSync(join(root, lang));
      writeFileSync(join(root, lang, 'first-aid.ftl'), `${lines.join('\n')}\n`);
    }
    return root;
  }

  it('loads every folder with first-aid.ftl beside the deployment\'s languages, without their other keys', () => {
    expect(locales.firstAidLanguages).toEqual(expect.arrayContaining(['id', 'en', 'my', 'km', 'lo', 'bn', 'am', 'ko', 'ms', 'ur', 'ne', 'si', 'sw']));
    expect(locales.firstAid('ko', 'first-aid-alerted')).toContain('담당자');
    expect(locales.firstAid('en', 'first-aid-alerted')).toBe(locales.t('en', 'first-aid-alerted'));
    expect(locales.firstAid('xx', 'first-aid-alerted')).toBeUndefined(); // no fallback: the caller decides
    expect(locales.t('ko', 'consent', { embassy: 'E' })).toBe(locales.t('id', 'consent', { embassy: 'E' })); // a first-aid language is no language of the flows
  });

  it('stops the start on a first-aid file that lacks one of the four messages', () => {
    const root = dir({ qq: fourKeys, zz: fourKeys.slice(0, 3) });
    expect(() => loadLocales(root, [])).toThrow(LocaleError);
    expect(() => loadLocales(root, [])).toThrow(/zz\/first-aid\.ftl: missing message "first-aid-alerted"/);
    const ok = loadLocales(dir({ qq: fourKeys }), []);
    expect(ok.firstAid('qq', 'first-aid-own-embassy', { name: 'N', phone: '1' })).toBe('N 1');
  });
});
