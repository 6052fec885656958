/**
 * The quality of every complete locale (a folder of `locales/` with an intake.ftl), measured against English:
 * every English key present; each message's placeholders the same set as English; every message, rendered
 * with sample arguments in every variant, at most Telegram's 4,096 characters; plural variants only of the
 * categories `Intl.PluralRules(lang)` knows (plus exact numbers such as `[1]`); button labels at most 64
 * characters. The checks are plain functions, first run on a broken locale made in the test, so that a
 * check that can no longer fail is seen.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { FluentBundle, FluentResource, type FluentVariable } from '@fluent/bundle';
import { describe, expect, it } from 'vitest';
import { choiceIds, contactChoices, editableSteps, peopleChoices, whoChoices } from '../../flows/intake/machine.js';
import { contactWays, contactWhens, editGroups, mpChoiceIds, relationships, sexes } from '../../flows/missing-person/machine.js';
import { harmIndicators, indicators } from '../../flows/shared/triage.js';

const TELEGRAM_MESSAGE_MAX = 4096;
const BUTTON_MAX = 64;
const CLDR_CATEGORIES = new Set(['zero', 'one', 'two', 'few', 'many', 'other']);

type Pattern = FluentResource['body'][number]['value'];
type Element = Exclude<Pattern, string | null>[number];
type Expr = Exclude<Element, string>;

interface Locale {
  lang: string;
  resource: FluentResource;
  messages: Map<string, FluentResource['body'][number]>;
  bundle: FluentBundle;
}

/** A locale folder's .ftl files as one resource (message ids are unique across files). */
function readLocale(lang: string, files: Array<{ name: string; text: string }>): Locale {
  const resource = new FluentResource(files.map((f) => f.text).join('\n'));
  const bundle = new FluentBundle(lang, { useIsolating: false }); // as src/i18n/locales.ts
  const errors = bundle.addResource(resource);
  if (errors.length) throw new Error(`${lang}: ${errors.map((e) => e.message).join('; ')}`);
  const messages = new Map(resource.body.filter((m) => !m.id.startsWith('-')).map((m) => [m.id, m]));
  return { lang, resource, messages, bundle };
}

/** Every expression of a pattern, selects' variants included. */
function* expressions(pattern: Pattern): Generator<Expr> {
  if (!pattern || typeof pattern === 'string') return;
  for (const el of pattern) {
    if (typeof el === 'string') continue;
    yield el;
    if (el.type === 'select') {
      yield el.selector;
      for (const v of el.variants) yield* expressions(v.value);
    }
    if (el.type === 'func' || el.type === 'term') for (const a of el.args) if (a.type !== 'narg') yield a;
  }
}

/** The patterns of a message: its value and its attributes. */
const patternsOf = (m: FluentResource['body'][number]): Pattern[] => [m.value, ...Object.values(m.attributes)];

/** The `$variables` a message uses. */
export function placeholders(m: FluentResource['body'][number]): Set<string> {
  const names = new Set<string>();
  for (const p of patternsOf(m)) for (const e of expressions(p)) if (e.type === 'var') names.add(e.name);
  return names;
}

/** A number of `category` in `lang` (for rendering a plural variant). */
function numberOf(lang: string, category: string): number | undefined {
  const rules = new Intl.PluralRules(lang);
  for (let n = 0; n <= 1000; n++) if (rules.select(n) === category) return n;
  return undefined;
}

/** Per variable, the values that reach each variant of the selects on it, and one plain sample. */
function sampleValues(lang: string, m: FluentResource['body'][number]): Map<string, FluentVariable[]> {
  const values = new Map<string, FluentVariable[]>();
  for (const name of placeholders(m)) values.set(name, [`Sample ${name}`]);
  for (const p of patternsOf(m)) {
    for (const e of expressions(p)) {
      if (e.type !== 'select') continue;
      const sel = e.selector.type === 'func' ? e.selector.args[0] : e.selector;
      if (!sel || sel.type !== 'var') continue;
      const list = values.get(sel.name)!;
      for (const v of e.variants) {
        const value = v.key.type === 'num' ? v.key.value : CLDR_CATEGORIES.has(v.key.value) ? (numberOf(lang, v.key.value) ?? v.key.value) : v.key.value;
        if (!list.includes(value)) list.push(value);
      }
    }
  }
  return values;
}

/** Every combination of the sample values (capped: messages have at most a few selects). */
function combinations(values: Map<string, FluentVariable[]>, cap = 256): Array<Record<string, FluentVariable>> {
  let out: Array<Record<string, FluentVariable>> = [{}];
  for (const [name, list] of values) {
    out = out.flatMap((args) => list.map((v) => ({ ...args, [name]: v }))).slice(0, cap);
  }
  return out;
}

/** Renders `key` with every combination of sample arguments: problems with errors and lengths. */
export function renderProblems(locale: Locale, key: string, max: number): string[] {
  const m = locale.messages.get(key);
  const message = locale.bundle.getMessage(key);
  if (!m || !message?.value) return [];
  const problems: string[] = [];
  for (const args of combinations(sampleValues(locale.lang, m))) {
    const errors: Error[] = [];
    const text = locale.bundle.formatPattern(message.value, args, errors);
    if (errors.length) problems.push(`${locale.lang}: ${key} does not render (${errors.map((e) => e.message).join('; ')})`);
    if (text.length > max) problems.push(`${locale.lang}: ${key} is ${text.length} characters with ${JSON.stringify(args)}, at most ${max}`);
    if (errors.length || text.length > max) break;
  }
  return problems;
}

/** Plural selects using a category the language does not have (`[few]` in Tagalog, `[one]` in Chinese). */
export function pluralProblems(locale: Locale): string[] {
  const known = new Set(new Intl.PluralRules(locale.lang).resolvedOptions().pluralCategories as string[]);
  const problems: string[] = [];
  for (const [key, m] of locale.messages) {
    for (const p of patternsOf(m)) {
      for (const e of expressions(p)) {
        if (e.type !== 'select') continue;
        const words = e.variants.filter((v) => v.key.type === 'str').map((v) => v.key.value as string);
        const plural = words.every((w) => CLDR_CATEGORIES.has(w)) && (e.variants.some((v) => v.key.type === 'num') || words.some((w) => w !== 'other'));
        if (!plural) continue;
        for (const w of words) if (!known.has(w)) problems.push(`${locale.lang}: ${key} has plural variant [${w}], not a plural category of ${locale.lang} (${[...known].join(', ')})`);
      }
    }
  }
  return problems;
}

/** English keys missing in the locale, and messages whose placeholders differ from English. */
export function parityProblems(en: Locale, locale: Locale): string[] {
  const problems: string[] = [];
  for (const [key, m] of en.messages) {
    const theirs = locale.messages.get(key);
    if (!theirs) {
      problems.push(`${locale.lang}: missing "${key}"`);
      continue;
    }
    const want = [...placeholders(m)].sort().join(', ');
    const got = [...placeholders(theirs)].sort().join(', ');
    if (want !== got) problems.push(`${locale.lang}: ${key} uses { ${got} }, English uses { ${want} }`);
  }
  return problems;
}

/**
 * The keys shown as button labels: every `choice-` and `who-` key (but the messages that explain them,
 * `*-not-understood`), the buttons the intake and missing-person prompts build from their id lists
 * (flows/intake/prompts.ts, flows/missing-person/prompts.ts), the desk's buttons (src/channels/telegram/card-buttons.ts).
 */
function buttonKeys(en: Locale): string[] {
  const keys = new Set<string>([
    ...Object.values(choiceIds).map((id) => `choice-${id}`),
    ...contactChoices.map((id) => `choice-${id}`),
    ...Object.values(whoChoices).map((id) => `who-${id}`),
    ...peopleChoices.map((id) => `people-${id}`),
    ...indicators.map((id) => `indicator-${id}`),
    ...editableSteps.map((id) => `edit-${id}`),
    ...relationships.map((id) => `mp-relationship-${id}`),
    ...sexes.map((id) => `mp-sex-${id}`),
    ...harmIndicators.map((id) => `mp-harm-${id}`),
    ...contactWays.map((id) => `mp-contact-${id}`),
    ...contactWhens.map((id) => `mp-when-${id}`),
    ...editGroups.map((id) => `mp-edit-${id}`),
    ...Object.values(mpChoiceIds).map((id) => `mp-choice-${id}`),
    'choice-keep-duress-default', 'share-location', 'language-name', 'mp-contact-this-chat', 'mp-not-me',
    'status-forgot-pin', 'status-check-again', 'status-new-report',
  ]);
  for (const key of en.messages.keys()) {
    if (/^(choice|who|country|desk-button)-/.test(key)) keys.add(key);
  }
  return [...keys].filter((k) => en.messages.has(k) && !k.endsWith('-not-understood'));
}

/** Button literals in the prompt sources: `one(id, 'key')` and `{ id…, key: 'key' }`. */
function buttonLiteralsInPrompts(): string[] {
  const found = new Set<string>();
  for (const dir of ['flows/intake', 'flows/missing-person', 'flows/shared']) {
    const text = readFileSync(join(dir, 'prompts.ts'), 'utf8');
    for (const m of text.matchAll(/\bone\([^,()]+,\s*'([a-z][a-z0-9-]*)'\)/g)) found.add(m[1]!);
    for (const m of text.matchAll(/\{\s*id[^{}]*?\bkey:\s*'([a-z][a-z0-9-]*)'/g)) found.add(m[1]!);
  }
  return [...found];
}

/** Every locale folder with an intake.ftl: a complete locale. */
function completeLocales(dir: string): Locale[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, 'intake.ftl')))
    .map((d) => d.name)
    .sort()
    .map((lang) =>
      readLocale(
        lang,
        readdirSync(join(dir, lang))
          .filter((f) => f.endsWith('.ftl'))
          .sort()
          .map((name) => ({ name, text: readFileSync(join(dir, lang, name), 'utf8') })),
      ),
    );
}

/** All the problems of `locale`, measured against `en`. */
function qualityProblems(en: Locale, locale: Locale, buttons: readonly string[]): string[] {
  return [
    ...(locale === en ? [] : parityProblems(en, locale)),
    ...pluralProblems(locale),
    ...[...locale.messages.keys()].flatMap((key) => renderProblems(locale, key, TELEGRAM_MESSAGE_MAX)),
    ...buttons.flatMap((key) => renderProblems(locale, key, BUTTON_MAX).map((p) => `${p} (a button label)`)),
  ];
}

describe('the checks find a broken locale', () => {
  const en = readLocale('en', [{ name: 'x.ftl', text: 'hello = Hello { $name }\nitems = { $count ->\n    [one] one item\n   *[other] { $count } items\n}\nchoice-go = Go\nchannel = { $channel ->\n    [whatsapp] WhatsApp\n   *[other] other\n}\n' }]);
  const bad = readLocale('zh', [
    { name: 'x.ftl', text: `hello = 你好 { $nom }\nitems = { $count ->\n    [one] 一\n   *[other] { $count } 个\n}\nchoice-go = ${'走'.repeat(65)}\nlong = ${'长'.repeat(4097)}\nchannel = { $channel ->\n    [whatsapp] WhatsApp\n   *[other] 其他\n}\n` },
  ]);
  const good = readLocale('id', [{ name: 'x.ftl', text: 'hello = Halo { $name }\nitems = { $count ->\n    [1] satu\n   *[other] { $count } barang\n}\nchoice-go = Pergi\nchannel = { $channel ->\n    [whatsapp] WhatsApp\n   *[other] lain\n}\n' }]);
  const problems = qualityProblems(en, bad, ['choice-go']);

  it('a different placeholder, a category the language lacks, a message and a button too long', () => {
    expect(problems).toContain('zh: hello uses { nom }, English uses { name }');
    expect(problems.some((p) => p.startsWith('zh: items has plural variant [one]'))).toBe(true);
    expect(problems.some((p) => p.startsWith('zh: long is 4097 characters'))).toBe(true);
    expect(problems.some((p) => p.startsWith('zh: choice-go is 65 characters') && p.endsWith('(a button label)'))).toBe(true);
    expect(problems.filter((p) => p.includes('channel'))).toEqual([]); // [whatsapp] *[other] is no plural
  });

  it('a missing key, and nothing on a good locale', () => {
    const missing = readLocale('id', [{ name: 'x.ftl', text: 'hello = Halo { $name }\n' }]);
    expect(parityProblems(en, missing)).toEqual(['id: missing "items"', 'id: missing "choice-go"', 'id: missing "channel"']);
    expect(qualityProblems(en, good, ['choice-go'])).toEqual([]);
  });

  it('renders every variant: a long text in a variant other than the default is found', () => {
    const hidden = readLocale('en', [{ name: 'x.ftl', text: `m = { $discreet ->\n    [no] ${'x'.repeat(5000)}\n   *[yes] short\n}\n` }]);
    expect(renderProblems(hidden, 'm', TELEGRAM_MESSAGE_MAX)).toHaveLength(1);
  });
});

describe('every complete locale', () => {
  const locales = completeLocales('locales');
  const en = locales.find((l) => l.lang === 'en')!;
  const buttons = buttonKeys(en);

  it('includes English, Indonesian and Tagalog', () => {
    expect(locales.map((l) => l.lang)).toEqual(expect.arrayContaining(['en', 'id', 'tl']));
  });

  it('knows every button the prompts build from a literal key', () => {
    expect(buttonLiteralsInPrompts().filter((k) => !buttons.includes(k))).toEqual([]);
    expect(buttons.length).toBeGreaterThan(50);
  });

  for (const locale of locales) {
    it(`${locale.lang}: every English key, the same placeholders, valid plurals, messages ≤ ${TELEGRAM_MESSAGE_MAX} and buttons ≤ ${BUTTON_MAX} characters`, () => {
      expect(qualityProblems(en, locale, buttons)).toEqual([]);
    });
  }
});
