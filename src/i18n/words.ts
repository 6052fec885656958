/**
 * Loads the words every parser reads from `locales/<lang>/words.json` (one file per language folder; the
 * schema is flows/shared/words.ts, the format docs/adding-a-language.md). Read and checked once at start:
 * a file that is not JSON, or a field of the wrong shape, stops the start naming the file and the field.
 * A folder without words.json is skipped (a first-aid language has only danger words).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expandWords, installWords, wordsSchema, type LanguageWords } from '../../flows/shared/words.js';

export { wordsSchema, type LanguageWords } from '../../flows/shared/words.js';

/** Every `<dir>/<lang>/words.json`, parsed and checked; problems name the file and field. */
export function loadWordFiles(dir: string): { words: Map<string, LanguageWords>; problems: string[] } {
  const words = new Map<string, LanguageWords>();
  const problems: string[] = [];
  let folders: string[];
  try {
    folders = readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
  } catch {
    return { words, problems: [`no folder ${dir}`] };
  }
  for (const lang of folders) {
    const path = join(dir, lang, 'words.json');
    if (!existsSync(path)) continue;
    const source = `${lang}/words.json`;
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(path, 'utf8'));
    } catch (err) {
      problems.push(`${source}: not JSON (${(err as Error).message})`);
      continue;
    }
    const parsed = wordsSchema.safeParse(json);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) problems.push(`${source}: ${issue.path.join('.') || '(file)'}: ${issue.message}`);
      continue;
    }
    words.set(lang, expandWords(parsed.data));
  }
  for (const [lang, w] of words) for (const other of w.alsoReads ?? []) if (!words.has(other)) problems.push(`${lang}/words.json: alsoReads: no words for "${other}"`);
  return { words, problems };
}

/** Loads `<dir>/<lang>/words.json` and makes them the words every parser reads; problems, if any, instead. */
export function loadWords(dir: string): string[] {
  const { words, problems } = loadWordFiles(dir);
  if (problems.length === 0) installWords(words);
  return problems;
}
