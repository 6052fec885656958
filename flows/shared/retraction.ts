/**
 * Retractions: messages that take a report back ("I'm fine", "sent by mistake", "salah kirim", "tutup
 * kasus", "cancel report"). Whoever holds the phone may write them, so a flow never obeys one: it records
 * the words, flags them for the officers and answers neutrally (see flows/shared/suspect.ts).
 *
 * One lexicon per language, `locales/<lang>/retraction.txt` (its header documents the format):
 *
 *     # comment
 *     [retraction]          one phrase a line: words in a row, anywhere in the message
 *     saya baik baik saja
 *     [negation]            words just before a phrase that deny it ("gak aman kok", "not fine")
 *     tidak
 *     [abbreviations]       "short = word": the short form read as the word, in phrases and messages
 *     sy = saya
 *
 * Texts are folded as for danger recognition (case, accents, full-width and invisible characters: see
 * flows/shared/danger/fold.ts); in both the lexicon and the message, held-down letters count once
 * ("amannn" = "aman", "maaf" = "maf") and a word ending in the chat reduplication mark 2 is the word twice
 * ("baik2" = "baik baik"). Scripts without spaces (Thai, Chinese…) are matched as substrings. Pure.
 */
import { createFolder } from './danger/fold.js';
import { foldSegments, type Segment } from './danger/segments.js';

const sections = ['retraction', 'negation', 'abbreviations'] as const;
type Section = (typeof sections)[number];

/** One language's retraction lexicon, ready to match. */
export interface RetractionLexicon {
  lang: string;
  /** Where it came from ("id/retraction.txt"). */
  source: string;
  /** Phrases as words in a row (folded, spelled as `spell` reads them). */
  phrases: string[][];
  /** Phrases of scripts written without spaces, folded. */
  runs: string[];
  negations: string[][];
  abbreviations: Map<string, string>;
}

export interface RetractionProblem {
  line: number;
  message: string;
}

/** Characters of a message read: retractions are short, and a long text is read only so far. */
export const RETRACTION_MAX_CHARS = 2000;

/** A folded word as matched: held-down letters once. */
const spell = (word: string) => word.replace(/(\p{L})\1+/gu, '$1');

/** The words of one clause run, spelled for matching, with abbreviations read as their word. */
function words(segments: readonly Segment[], abbreviations: ReadonlyMap<string, string>): Array<{ word: string; clause: number }> {
  const out: Array<{ word: string; clause: number }> = [];
  for (const seg of segments) {
    if (seg.kind !== 'word') continue;
    const redup = /^(\p{L}{2,})2$/u.exec(seg.text); // "baik2"
    const base = redup ? redup[1]! : seg.text;
    const word = spell(abbreviations.get(spell(base)) ?? base);
    out.push({ word, clause: seg.clause });
    if (redup) out.push({ word, clause: seg.clause });
  }
  return out;
}

/** Reads one lexicon file; problems are listed by line, and the lexicon holds every line that was fine. */
export function parseRetractionLexicon(lang: string, text: string, source = `${lang}/retraction.txt`): { lexicon: RetractionLexicon; problems: RetractionProblem[] } {
  const fold = createFolder();
  const problems: RetractionProblem[] = [];
  const abbreviations = new Map<string, string>();
  const lines: Array<{ section: 'retraction' | 'negation'; text: string; line: number }> = [];
  let section: Section | undefined;
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = i + 1;
    const content = raw.replace(/(^|\s)#.*$/, '').trim();
    if (content === '') return;
    const heading = /^\[(.*)\]$/.exec(content);
    if (heading) {
      const name = heading[1]!.trim();
      section = (sections as readonly string[]).includes(name) ? (name as Section) : undefined;
      if (!section) problems.push({ line, message: `unknown section [${name}] (known: ${sections.map((s) => `[${s}]`).join(' ')})` });
      return;
    }
    if (!section) return void problems.push({ line, message: 'a line outside any section: start the file with [retraction]' });
    if (section === 'abbreviations') {
      const m = /^(\S+)\s*=\s*(\S+)$/.exec(content);
      const [from, to] = m ? [foldSegments(m[1]!, fold), foldSegments(m[2]!, fold)] : [[], []];
      if (from.length !== 1 || to.length !== 1 || from[0]!.kind !== 'word' || to[0]!.kind !== 'word') {
        problems.push({ line, message: 'write an abbreviation as "short = word", one word of a script with spaces each side' });
      } else abbreviations.set(spell(from[0]!.text), to[0]!.text);
      return;
    }
    lines.push({ section, text: content, line });
  });
  const lexicon: RetractionLexicon = { lang, source, phrases: [], runs: [], negations: [], abbreviations };
  for (const { section: kind, text: phrase, line } of lines) {
    const segments = foldSegments(phrase, fold);
    const spelled = words(segments, abbreviations).map((w) => w.word);
    const runs = segments.filter((s) => s.kind === 'nospace').map((s) => s.text);
    if (spelled.length > 0 && runs.length > 0) problems.push({ line, message: `"${phrase}" mixes a script written without spaces with other words; write them as two lines` });
    else if (spelled.length === 0 && runs.length === 0) problems.push({ line, message: `"${phrase}" has no letters or digits` });
    else if (kind === 'negation') {
      if (runs.length > 0) problems.push({ line, message: `"${phrase}": a negation is words of a script written with spaces` });
      else lexicon.negations.push(spelled);
    } else if (runs.length > 0) lexicon.runs.push(runs.join(''));
    else lexicon.phrases.push(spelled);
  }
  return { lexicon, problems: problems.sort((a, b) => a.line - b.line) };
}

/** True when `phrase` is the words of `list` ending at index `end`, all in `clause`. */
function endsAt(list: ReadonlyArray<{ word: string; clause: number }>, end: number, phrase: readonly string[], clause: number): boolean {
  const start = end - phrase.length + 1;
  if (start < 0 || end >= list.length) return false;
  return phrase.every((w, k) => list[start + k]!.word === w && list[start + k]!.clause === clause);
}

/**
 * True when `text` takes the report back in any lexicon's language: a phrase, not right after a negation
 * (of any lexicon: languages mix in one chat).
 */
export function createRetractionRecognizer(lexicons: readonly RetractionLexicon[]): (text: string) => boolean {
  // A negation of any language denies a phrase of any other ("jangan tutup kasus" is no Javanese retraction).
  const negations = lexicons.flatMap((l) => l.negations);
  const fold = createFolder();
  return (text) => {
    if (typeof text !== 'string' || text === '') return false;
    const segments = foldSegments(text.slice(0, RETRACTION_MAX_CHARS), fold);
    const runs = segments.filter((s) => s.kind === 'nospace').map((s) => s.text);
    for (const lexicon of lexicons) {
      if (lexicon.runs.some((r) => runs.some((run) => run.includes(r)))) return true;
      if (lexicon.phrases.length === 0) continue;
      const list = words(segments, lexicon.abbreviations);
      for (let start = 0; start < list.length; start++) {
        const clause = list[start]!.clause;
        for (const phrase of lexicon.phrases) {
          if (!endsAt(list, start + phrase.length - 1, phrase, clause)) continue;
          const denied = negations.some((n) => endsAt(list, start - 1, n, clause));
          if (!denied) return true;
        }
      }
    }
    return false;
  };
}
