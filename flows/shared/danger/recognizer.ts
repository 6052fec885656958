/**
 * The danger recogniser: every language's lexicon compiled once into one dictionary of words, a trie of
 * phrases over word ids, and an Aho-Corasick automaton for scripts written without spaces; a message is
 * then read in one pass (scan.ts) and graded (grade.ts). All languages are matched at once, whatever the
 * person's language: a Vietnamese SOS on an Indonesian deployment is an SOS.
 *
 * Total: any string of any length is graded without throwing; only the first `maxChars` code units are
 * read (default 8,192: two Telegram messages; a danger word after that is not seen).
 */
import { buildAhoCorasick } from './aho-corasick.js';
import { createFolder } from './fold.js';
import { gradeHits, type DangerGrade, type DangerReason, type Hit, type PhraseEntry } from './grade.js';
import { expandPhrase, formGroups, NUMBER_WORD, type DangerLexicon, type PhraseSection } from './lexicon.js';
import { buildPairTable, pairGet, type PairTable } from './pair-table.js';
import { createScanner, NUMBER_ID, type Scanned } from './scan.js';
import { foldSegments, normalizeForMatching } from './segments.js';
import { buildWordTrie } from './word-table.js';

export const DEFAULT_MAX_CHARS = 8192;

/** One phrase found in a message, for tests, the benchmark and debugging. Never log it: it quotes the message. */
export interface DangerMatch {
  lang: string;
  source: string;
  line: number;
  section: PhraseSection;
  /** The lexicon line that matched, as written there. */
  phrase: string;
  /** What it made of the message; `because` says why it did not make it critical. */
  grade: DangerGrade | undefined;
  because?: DangerReason;
}

export interface DangerExplanation {
  grade: DangerGrade | undefined;
  /** The text as the matcher reads it (folded; before abbreviations and other spellings). */
  normalized: string;
  matches: DangerMatch[];
  /** How many code units were read (at most `maxChars`). */
  scanned: number;
}

export interface DangerRecognizer {
  /** 'critical' (danger now), 'ask' (ask the danger question), or undefined. Never throws. */
  grade(text: string): DangerGrade | undefined;
  /** The grade with every phrase found and its outcome. Slower; for tests, the benchmark and debugging. */
  explain(text: string): DangerExplanation;
}

interface TrieNode {
  next?: Map<number, TrieNode>;
  ends?: PhraseEntry[];
  /** This node or one below ends a danger phrase (critical, cry, ask), not only cues. */
  danger?: boolean;
}

const isDangerSection = (s: PhraseSection) => s === 'critical' || s === 'cry' || s === 'ask';

/** The trie of phrases over word ids, flat: node n's children are (n, id) → child in `child`. */
interface PhraseTrie {
  /** Node of a phrase's first word by its id, -1 when no phrase starts with it. */
  first: Int32Array;
  child: PairTable;
  /** 1 when the node has children. */
  inner: Uint8Array;
  /** 1 when the node or one below ends a danger phrase; 2 when the node itself does. */
  danger: Uint8Array;
  ends: ReadonlyArray<readonly PhraseEntry[] | undefined>;
}

function flatten(roots: ReadonlyArray<TrieNode | undefined>, ids: number): PhraseTrie {
  const first = new Int32Array(ids + 1).fill(-1);
  const entries: Array<[number, number, number]> = [];
  const inner: number[] = [];
  const danger: number[] = [];
  const ends: Array<PhraseEntry[] | undefined> = [];
  const add = (node: TrieNode): number => {
    const n = ends.length;
    ends.push(node.ends);
    inner.push(node.next ? 1 : 0);
    danger.push(node.ends?.some((e) => isDangerSection(e.section)) ? 2 : node.danger ? 1 : 0);
    for (const [id, c] of node.next ?? []) entries.push([n, id, add(c)]);
    return n;
  };
  roots.forEach((node, id) => {
    if (node) first[id] = add(node);
  });
  return { first, child: buildPairTable(entries), inner: Uint8Array.from(inner), danger: Uint8Array.from(danger), ends };
}

/**
 * Short texts with a bit of every kind the scanner reads: ASCII words, held-down letters, digits,
 * spaced-out letters, accents, invisible characters, emoji, scripts without spaces, folds to several units.
 */
const WARM_UP = [
  'Selamat malam, tolong saya. Kami dipukul 2x!! S.O.S t o l o n g tolonggg t0l0ng helppp. Saya tidak dipukul, dulu pernah.',
  'Help me please, they beat us; I am not safe now. emergency passport? pukul 10.',
  'cứu tôi với, bị đánh. Đà Nẵng ＴＯＬＯＮＧ t\u200bolong \u202etolong\u202c 🆘 😭🙏 tolong救命',
  '他们打我 被關 我的账号被锁定了。ช่วยด้วย ถูกตี ทำ ជួយខ្ញុំផង ကယ်ပါ ຊ່ວຍແດ່ ๑๐ ١٠ \ud800x',
];

/**
 * Grades the warm-up texts a few hundred times, a few milliseconds at start-up, so V8 has compiled the
 * scanner before the first message, from calls short enough that it compiles the functions whole: the
 * first long message would otherwise have its loop compiled where it stands (on-stack replacement),
 * which in our measurements sometimes gave code half as fast for as long as the process ran.
 */
function warmUp(grade: (text: string) => unknown) {
  for (let i = 0; i < 300; i++) grade(WARM_UP[i % WARM_UP.length]!);
}

/**
 * Compiles `lexicons` (any number of languages). Throws on a phrase that cannot be matched (parse first).
 * `warmUp: false` skips the warm-up (tests that build many small recognisers).
 */
export function createDangerRecognizer(lexicons: readonly DangerLexicon[], options: { maxChars?: number; warmUp?: boolean } = {}): DangerRecognizer {
  const maxChars = Math.max(1, Math.floor(options.maxChars ?? DEFAULT_MAX_CHARS));
  const fold = createFolder();
  const words = new Map<string, number>();
  const idOf = (w: string) => {
    if (w === NUMBER_WORD) return NUMBER_ID;
    let id = words.get(w);
    if (id === undefined) words.set(w, (id = words.size + 1));
    return id;
  };
  const root: Array<TrieNode | undefined> = [];
  const patterns = new Map<string, number>();
  const patternEntries: PhraseEntry[][] = [];
  const alsoReadAs = new Map<string, number[]>();

  for (const lexicon of lexicons) {
    const groups = formGroups(lexicon);
    for (const p of lexicon.phrases) {
      const entry: PhraseEntry = { section: p.section, lang: lexicon.lang, source: lexicon.source, line: p.line, text: p.text };
      for (const form of expandPhrase(p.text, groups, fold)) {
        if (form.kind === 'nospace') {
          let id = patterns.get(form.text);
          if (id === undefined) {
            patterns.set(form.text, (id = patterns.size));
            patternEntries.push([]);
          }
          patternEntries[id]!.push(entry);
          continue;
        }
        const danger = isDangerSection(p.section);
        let node: TrieNode | undefined;
        for (const w of form.words) {
          const id = idOf(w);
          if (!node) node = root[id] ??= {};
          else {
            const next = (node.next ??= new Map());
            let child = next.get(id);
            if (!child) next.set(id, (child = {}));
            node = child;
          }
          if (danger) node!.danger = true;
        }
        (node!.ends ??= []).push(entry);
      }
    }
    for (const a of lexicon.abbreviations) {
      const [from] = foldSegments(a.from, fold);
      const [to] = foldSegments(a.to, fold);
      if (!from || !to) continue;
      const list = alsoReadAs.get(from.text) ?? [];
      const id = idOf(to.text);
      if (!list.includes(id)) list.push(id);
      alsoReadAs.set(from.text, list);
    }
  }

  // What each word of a message can be read as: itself (if a phrase has it), and what it abbreviates.
  const readings = new Map<string, number[]>();
  for (const [w, id] of words) readings.set(w, [id]);
  for (const [w, ids] of alsoReadAs) readings.set(w, [...(readings.get(w) ?? []), ...ids.filter((id) => id !== words.get(w))]);
  const scan = createScanner(buildWordTrie(readings), buildAhoCorasick([...patterns.keys()]), fold, maxChars);
  const trie = flatten(root, words.size);

  const patternDanger = Uint8Array.from(patternEntries, (entries) => (entries.some((e) => isDangerSection(e.section)) ? 1 : 0));

  /** True when a danger phrase goes on from `node` (matched up to listed position p). */
  function dangerFrom(s: Scanned, node: number, p: number): boolean {
    if (trie.danger[node] === 2) return true;
    const q = p + 1;
    if (trie.inner[node] === 0 || q >= s.count || s.pos[q] !== s.pos[p]! + 1) return false;
    const first = s.idStart[q]!;
    for (let k = first; k < first + s.idCount[q]!; k++) {
      const c = pairGet(trie.child, node, s.ids[k]!);
      if (c >= 0 && trie.danger[c] !== 0 && dangerFrom(s, c, q)) return true;
    }
    return false;
  }

  /** True when the scanned text has a danger phrase (critical, cry or ask) at all: most messages have none. */
  function hasDanger(s: Scanned): boolean {
    for (let h = 0; h < s.hitCount; h++) if (patternDanger[s.hitPattern[h]!]) return true;
    const { first: firstNode, danger } = trie;
    for (let p = 0; p < s.count; p++) {
      const first = s.idStart[p]!;
      for (let k = first; k < first + s.idCount[p]!; k++) {
        const node = firstNode[s.ids[k]!]!;
        if (node >= 0 && danger[node] !== 0 && dangerFrom(s, node, p)) return true;
      }
    }
    return false;
  }

  /** Every phrase in the scanned text, by place (the phrases of no-space runs merged in where their run is). */
  function findHits(s: Scanned): Hit[] {
    const hits: Hit[] = [];
    const walk = (node: number, start: number, p: number) => {
      const ends = trie.ends[node];
      if (ends) for (const entry of ends) hits.push({ entry, start: s.pos[start]!, end: s.pos[p]! + 1, clause: s.clause[start]!, from: -1, to: -1 });
      const q = p + 1;
      if (trie.inner[node] === 0 || q >= s.count || s.pos[q] !== s.pos[p]! + 1) return;
      const first = s.idStart[q]!;
      for (let k = first; k < first + s.idCount[q]!; k++) {
        const c = pairGet(trie.child, node, s.ids[k]!);
        if (c >= 0) walk(c, start, q);
      }
    };
    let h = 0;
    const runHitsBefore = (pos: number) => {
      for (; h < s.hitCount && s.hitPos[h]! < pos; h++) {
        const at = s.hitPos[h]!;
        for (const entry of patternEntries[s.hitPattern[h]!]!) hits.push({ entry, start: at, end: at + 1, clause: s.hitClause[h]!, from: s.hitFrom[h]!, to: s.hitTo[h]! });
      }
    };
    for (let p = 0; p < s.count; p++) {
      if (h < s.hitCount) runHitsBefore(s.pos[p]!);
      const first = s.idStart[p]!;
      for (let k = first; k < first + s.idCount[p]!; k++) {
        const node = trie.first[s.ids[k]!]!;
        if (node >= 0) walk(node, p, p);
      }
    }
    runHitsBefore(Infinity);
    return hits;
  }

  const read = (text: unknown) => (typeof text === 'string' ? text : '');
  const grade = (text: string) => {
    const scanned = scan(read(text));
    return hasDanger(scanned) ? gradeHits(findHits(scanned), false).grade : undefined;
  };
  if (options.warmUp !== false) warmUp(grade);

  return {
    grade,
    explain(text) {
      const t = read(text);
      const { grade, outcomes } = gradeHits(findHits(scan(t)));
      return {
        grade,
        normalized: normalizeForMatching(t.slice(0, maxChars)),
        scanned: Math.min(t.length, maxChars),
        matches: outcomes.map(({ hit, grade: g, because }) => ({
          lang: hit.entry.lang,
          source: hit.entry.source,
          line: hit.entry.line,
          section: hit.entry.section,
          phrase: hit.entry.text,
          grade: g,
          ...(because ? { because } : {}),
        })),
      };
    },
  };
}

/**
 * Remembers the last answer of `grade`: one message is graded by the channel (fast lane) and again by the
 * flow, and the second time is free.
 */
export function rememberLastGrade(grade: (text: string) => DangerGrade | undefined): (text: string) => DangerGrade | undefined {
  let lastText: string | undefined;
  let lastGrade: DangerGrade | undefined;
  return (text) => {
    if (text !== lastText) {
      lastGrade = grade(text);
      lastText = text;
    }
    return lastGrade;
  };
}
