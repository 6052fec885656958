/**
 * A language's danger lexicon (`locales/<lang>/danger.txt`) read into data, with the problems of each line.
 * Pure: the caller reads the file; docs/recognition.md describes the format, and so does every file's header.
 *
 *     # comment                  (also after a phrase: "tolong  # a cry")
 *     [critical]                 a section; under it one phrase a line
 *     dipukul
 *     pukul:passive,active       a root with every form of the groups named in [forms]
 *     pukul <n>                  <n> stands for any number ("pukul 10" is a time of day)
 *     [abbreviations]
 *     tlg = tolong               a word that is also read as another
 *     [forms]
 *     passive = di* di*in di_*   a named group of templates (see forms.ts)
 */
import { applyTemplate, isTemplate } from './forms.js';
import { foldSegments } from './segments.js';
import type { Folded } from './fold.js';

/** Sections that list phrases, and what a phrase in each does. */
export const phraseSections = [
  /** Danger now on its own: beaten, locked in, raped, threatened with death, hostage, bleeding, SOS. */
  'critical',
  /** A call for help ("tolong", "help me"): critical, unless a request word is near or a polite word just before. */
  'cry',
  /** Worry without a fact of danger ("takut", "scared"): the flow asks the danger question. */
  'ask',
  /** Words of an ordinary request ("kirim", "info", "visa", "with"): near a cry, they make it a request. */
  'request',
  /** Words just before a cry that make it a polite question ("bisa", "can you", "mohon"). */
  'polite',
  /** Words just before a critical phrase that deny it ("tidak", "not"): it becomes a question. */
  'negation',
  /** Words near a critical phrase that put it in the past or in a supposition ("dulu", "last year", "kalau"). */
  'not-now',
  /** Phrases that say the danger is over ("sekarang aman", "safe now"): every critical phrase becomes a question. */
  'safe-now',
  /** Phrases that mean no danger although they contain a danger phrase ("paspor darurat", "pukul <n>"). */
  'not-danger',
] as const;
export type PhraseSection = (typeof phraseSections)[number];
const sections = [...phraseSections, 'abbreviations', 'forms'] as const;
type Section = (typeof sections)[number];

export interface LexiconPhrase {
  section: PhraseSection;
  /** As written in the file. */
  text: string;
  line: number;
}

export interface LexiconAbbreviation {
  from: string;
  to: string;
  line: number;
}

export interface LexiconForms {
  name: string;
  templates: string[];
  line: number;
}

/** One language's lexicon, as read from its file. */
export interface DangerLexicon {
  lang: string;
  /** Where it came from, for problems and explanations ("id/danger.txt"). */
  source: string;
  phrases: LexiconPhrase[];
  abbreviations: LexiconAbbreviation[];
  forms: LexiconForms[];
}

export interface LexiconProblem {
  line: number;
  message: string;
}

/** A phrase made ready to match: folded words (`<n>` for a number), or one folded no-space run. */
export type PhraseForm = { kind: 'words'; words: string[] } | { kind: 'nospace'; text: string };

/** Stands for any number in a phrase's words. */
export const NUMBER_WORD = '<n>';
/** A line making more forms than this is a mistake (a product of many groups). */
const MAX_FORMS = 512;

/** Every form of a phrase, folded; throws a message when the phrase cannot be matched as written. */
export function expandPhrase(text: string, groups: ReadonlyMap<string, readonly string[]>, fold?: (cp: number) => Folded): PhraseForm[] {
  let variants: string[][] = [[]];
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    let spellings: string[];
    if (word === NUMBER_WORD) spellings = [word];
    else if (word.includes(':')) {
      const [root, names] = word.split(':', 2) as [string, string];
      if (root === '') throw new Error(`"${word}" has no root before ":"`);
      spellings = [];
      for (const name of names.split(',')) {
        const templates = groups.get(name);
        if (!templates) throw new Error(`no group of forms "${name}" in [forms]`);
        spellings.push(...templates.map((t) => applyTemplate(t, root.toLowerCase())));
      }
    } else spellings = [word];
    variants = variants.flatMap((v) => spellings.map((s) => [...v, s]));
    if (variants.length > MAX_FORMS) throw new Error(`makes more than ${MAX_FORMS} forms`);
  }
  const forms = new Map<string, PhraseForm>();
  for (const variant of variants) {
    const words: string[] = [];
    let nospace = '';
    for (const part of variant.join(' ').split(' ')) {
      if (part === NUMBER_WORD) {
        words.push(NUMBER_WORD);
        continue;
      }
      for (const seg of foldSegments(part, fold)) {
        if (seg.kind === 'word') words.push(seg.text);
        else nospace += seg.text;
      }
    }
    if (nospace !== '' && words.length > 0) throw new Error('mixes a script written without spaces with other words; write them as two lines');
    if (nospace === '' && words.length === 0) throw new Error('has no letters or digits');
    if (words.length > 0 && words.every((w) => w === NUMBER_WORD)) throw new Error('is only a number');
    const form: PhraseForm = nospace !== '' ? { kind: 'nospace', text: nospace } : { kind: 'words', words };
    forms.set(form.kind === 'words' ? form.words.join(' ') : form.text, form);
  }
  return [...forms.values()];
}

/** Reads one lexicon file. Problems are listed by line; the lexicon holds every line that was fine. */
export function parseDangerLexicon(lang: string, text: string, source = `${lang}/danger.txt`): { lexicon: DangerLexicon; problems: LexiconProblem[] } {
  const lexicon: DangerLexicon = { lang, source, phrases: [], abbreviations: [], forms: [] };
  const problems: LexiconProblem[] = [];
  let section: Section | undefined;
  const lines = text.split(/\r?\n/);
  lines.forEach((raw, i) => {
    const line = i + 1;
    const content = raw.replace(/(^|\s)#.*$/, '').trim();
    if (content === '') return;
    const heading = /^\[(.*)\]$/.exec(content);
    if (heading) {
      const name = heading[1]!.trim();
      if ((sections as readonly string[]).includes(name)) section = name as Section;
      else {
        problems.push({ line, message: `unknown section [${name}] (known: ${sections.map((s) => `[${s}]`).join(' ')})` });
        section = undefined;
      }
      return;
    }
    if (section === undefined) {
      problems.push({ line, message: 'a line outside any section: start the file with a section such as [critical]' });
      return;
    }
    if (section === 'abbreviations') {
      const m = /^(\S+)\s*=\s*(\S+)$/.exec(content);
      if (!m) problems.push({ line, message: 'write an abbreviation as "short = word", one word each side' });
      else lexicon.abbreviations.push({ from: m[1]!, to: m[2]!, line });
      return;
    }
    if (section === 'forms') {
      const m = /^([a-z][a-z0-9-]*)\s*=\s*(.+)$/.exec(content);
      const templates = m ? m[2]!.split(/\s+/) : [];
      if (!m || templates.length === 0) problems.push({ line, message: 'write a group of forms as "name = template template …"' });
      else if (!templates.every(isTemplate)) problems.push({ line, message: 'every template needs the root: *, {me} or {N}' });
      else lexicon.forms.push({ name: m[1]!, templates, line });
      return;
    }
    lexicon.phrases.push({ section, text: content, line });
  });

  // Phrases are checked once every group of forms is known (the [forms] section may come last).
  const groups = formGroups(lexicon);
  lexicon.phrases = lexicon.phrases.filter((p) => {
    try {
      expandPhrase(p.text, groups);
      return true;
    } catch (err) {
      problems.push({ line: p.line, message: `"${p.text}" ${(err as Error).message}` });
      return false;
    }
  });
  lexicon.abbreviations = lexicon.abbreviations.filter((a) => {
    const words = [a.from, a.to].map((w) => foldSegments(w));
    const ok = words.every((segs) => segs.length === 1 && segs[0]!.kind === 'word');
    if (!ok) problems.push({ line: a.line, message: `"${a.from} = ${a.to}": each side must be one word of a script written with spaces` });
    return ok;
  });
  return { lexicon, problems: problems.sort((a, b) => a.line - b.line) };
}

/** The lexicon's groups of forms by name. */
export function formGroups(lexicon: DangerLexicon): Map<string, string[]> {
  return new Map(lexicon.forms.map((f) => [f.name, f.templates]));
}
