/**
 * Every string a person reads comes from locales/<lang>/*.ftl (Fluent). Loaded and checked once at
 * start-up: a message missing in one language, or a syntax error, stops the start with its name.
 * Danger lexicons (locales/<lang>/danger.txt) are loaded from every folder, whatever languages the
 * deployment answers in; a bad line stops the start with its file and line. So are retraction lexicons
 * (locales/<lang>/retraction.txt: "I'm fine", "close my case"…, see flows/shared/retraction.ts), and the
 * words the parsers read (locales/<lang>/words.json, src/i18n/words.ts), which become the words every parser reads.
 * A folder with first-aid.ftl and no deployment language's other files gives a first-aid answer in its
 * language (the four FIRST_AID_KEYS only): what a person reads who writes in a language the deployment does
 * not answer in (src/core/first-aid.ts).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FluentBundle, FluentResource, type FluentVariable } from '@fluent/bundle';
import { parseDangerLexicon, type DangerLexicon } from '../../flows/shared/danger/index.js';
import { parseRetractionLexicon, type RetractionLexicon } from '../../flows/shared/retraction.js';
import { loadWords } from './words.js';

export type Args = Record<string, FluentVariable>;

/** The messages of locales/<lang>/first-aid.ftl, in every folder that has one. */
export const FIRST_AID_KEYS = ['first-aid', 'first-aid-not-citizen', 'first-aid-own-embassy', 'first-aid-alerted'] as const;
export type FirstAidKey = (typeof FIRST_AID_KEYS)[number];

export interface Locales {
  readonly languages: readonly string[];
  /** The message in `lang`, falling back to the first language; never throws. */
  t(lang: string, key: string, args?: Args): string;
  /** Danger lexicons of every language folder that has a danger.txt (not only the deployment's languages). */
  readonly dangerLexicons: readonly DangerLexicon[];
  /** Retraction lexicons of every language folder that has a retraction.txt. */
  readonly retractionLexicons: readonly RetractionLexicon[];
  /** Languages with a first-aid answer: the deployment's that have first-aid.ftl, then every other folder with one. */
  readonly firstAidLanguages: readonly string[];
  /** A first-aid message in `lang`; undefined when `lang` has none (no fallback: the caller chooses). Never throws. */
  firstAid(lang: string, key: FirstAidKey, args?: Args): string | undefined;
}

export class LocaleError extends Error {
  constructor(readonly problems: string[]) {
    super(`Locales are not valid:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'LocaleError';
  }
}

/**
 * Every `<dir>/<lang>/<file>`, read with `parse` and checked; problems name the file and line. A language
 * folder without the file is skipped (not every language has every list).
 */
function loadLexiconFiles<L>(
  dir: string,
  file: string,
  parse: (lang: string, text: string, source: string) => { lexicon: L; problems: Array<{ line: number; message: string }> },
): { lexicons: L[]; problems: string[] } {
  const lexicons: L[] = [];
  const problems: string[] = [];
  let folders: string[];
  try {
    folders = readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
  } catch {
    return { lexicons, problems: [`no folder ${dir}`] };
  }
  for (const lang of folders) {
    const path = join(dir, lang, file);
    if (!existsSync(path)) continue;
    const source = `${lang}/${file}`;
    const { lexicon, problems: found } = parse(lang, readFileSync(path, 'utf8'), source);
    for (const p of found) problems.push(`${source}:${p.line}: ${p.message}`);
    lexicons.push(lexicon);
  }
  return { lexicons, problems };
}

/** Every `<dir>/<lang>/danger.txt`, read and checked; problems name the file and line. */
export function loadDangerLexicons(dir: string): { lexicons: DangerLexicon[]; problems: string[] } {
  return loadLexiconFiles(dir, 'danger.txt', parseDangerLexicon);
}

/** Every `<dir>/<lang>/retraction.txt`, read and checked; problems name the file and line. */
export function loadRetractionLexicons(dir: string): { lexicons: RetractionLexicon[]; problems: string[] } {
  return loadLexiconFiles(dir, 'retraction.txt', parseRetractionLexicon);
}

export function loadLocales(dir: string, languages: readonly string[]): Locales {
  const problems: string[] = [];
  const bundles = new Map<string, FluentBundle>();
  const keysByLanguage = new Map<string, Set<string>>();

  for (const lang of languages) {
    // useIsolating: off, because messages go out as plain text where the isolation marks show as junk.
    const bundle = new FluentBundle(lang, { useIsolating: false });
    let files: string[];
    try {
      files = readdirSync(join(dir, lang));
    } catch {
      problems.push(`${lang}: no folder ${join(dir, lang)}`);
      continue;
    }
    for (const file of files.filter((f) => f.endsWith('.ftl')).sort()) {
      const resource = new FluentResource(readFileSync(join(dir, lang, file), 'utf8'));
      for (const err of bundle.addResource(resource)) problems.push(`${lang}/${file}: ${err.message}`);
      const keys = keysByLanguage.get(lang) ?? new Set<string>();
      for (const entry of resource.body) if (!entry.id.startsWith('-')) keys.add(entry.id);
      keysByLanguage.set(lang, keys);
    }
    bundles.set(lang, bundle);
  }

  const [first, ...others] = languages;
  const reference = first ? bundles.get(first) : undefined;
  for (const lang of others) {
    const theirs = keysByLanguage.get(lang) ?? new Set<string>();
    for (const key of keysByLanguage.get(first ?? '') ?? []) if (!theirs.has(key)) problems.push(`${lang}: missing message "${key}" (present in ${first})`);
    for (const key of theirs) if (!keysByLanguage.get(first ?? '')?.has(key)) problems.push(`${first}: missing message "${key}" (present in ${lang})`);
  }
  // First aid in every other folder that has it: that one file, with its four messages.
  const firstAidBundles = new Map<string, FluentBundle>();
  for (const lang of languages) if (keysByLanguage.get(lang)?.has('first-aid')) firstAidBundles.set(lang, bundles.get(lang)!);
  let folders: string[] = [];
  try {
    folders = readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
  } catch {
    // reported above, for each language
  }
  for (const lang of folders.filter((l) => !languages.includes(l) && existsSync(join(dir, l, 'first-aid.ftl')))) {
    const bundle = new FluentBundle(lang, { useIsolating: false });
    const resource = new FluentResource(readFileSync(join(dir, lang, 'first-aid.ftl'), 'utf8'));
    for (const err of bundle.addResource(resource)) problems.push(`${lang}/first-aid.ftl: ${err.message}`);
    for (const key of FIRST_AID_KEYS) if (!bundle.hasMessage(key)) problems.push(`${lang}/first-aid.ftl: missing message "${key}"`);
    firstAidBundles.set(lang, bundle);
  }

  const danger = loadDangerLexicons(dir);
  problems.push(...danger.problems);
  const retraction = loadRetractionLexicons(dir);
  problems.push(...retraction.problems.filter((p) => !danger.problems.includes(p)));
  problems.push(...loadWords(dir).filter((p) => !danger.problems.includes(p)));
  if (problems.length > 0) throw new LocaleError(problems);

  const format = (bundle: FluentBundle | undefined, key: string, args?: Args): string | undefined => {
    const message = bundle?.getMessage(key);
    if (!message?.value || !bundle) return undefined;
    return bundle.formatPattern(message.value, args);
  };

  return {
    languages,
    dangerLexicons: danger.lexicons,
    retractionLexicons: retraction.lexicons,
    firstAidLanguages: [...firstAidBundles.keys()],
    firstAid(lang, key, args) {
      const bundle = firstAidBundles.get(lang);
      const message = bundle?.getMessage(key);
      // A placeholder left out shows as its name, never a throw: first aid must always go out.
      return message?.value && bundle ? bundle.formatPattern(message.value, args, []) : undefined;
    },
    t(lang, key, args) {
      return format(bundles.get(lang), key, args) ?? format(reference, key, args) ?? key;
    },
  };
}
