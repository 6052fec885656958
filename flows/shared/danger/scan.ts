/**
 * The fast path: one pass over a text that folds each character (fold.ts), cuts words, feeds runs of
 * scripts without spaces to an Aho-Corasick automaton, and turns each word into the ids of the lexicon
 * words it can be read as (as typed, as an abbreviation, as another spelling). Phrases are then found by
 * walking a trie of ids (recognizer.ts). Reads the first `maxChars` UTF-16 code units of a text only.
 *
 * Cost: a table lookup and a multiply per ASCII character; a word is looked up by the hash computed while
 * reading it and compared in place, so an ordinary word costs no string at all. Buffers belong to the
 * scanner and are reused: a scanner serves one call at a time (JavaScript is single-threaded and nothing
 * here awaits).
 */
import type { AhoCorasick } from './aho-corasick.js';
import { ASCII_CLASS, BREAK, DROP, NOSPACE, SOLO, SPACE, WORD, type Folded } from './fold.js';
import { otherSpellings } from './spellings.js';
import { findAscii, findWord, FNV_OFFSET, FNV_PRIME, hasHash, type WordTable } from './word-table.js';

/** Id of "any number" (the `<n>` of a phrase); lexicon words have ids from 1. */
export const NUMBER_ID = 0;

const RUN = 1; // a letter typed twice in a row
const RUN3 = 2; // … or three times
const DIGIT = 4;
const LETTER = 8;
const REBUILD = 16; // the word is not its source's ASCII lower-cased: fold it again from the source
const KIND_WORD = 0;
const KIND_NOSPACE = 1;
/** Longest run of one-letter words tried as a spaced-out word ("t o l o n g"). */
const MAX_SPACED = 16;
/** Most characters between the letters of a spaced-out word ("S.O.S", "t - o - l"). */
const MAX_SPACED_GAP = 3;

/** A phrase of a no-space script found in a run: its pattern id and where in the run (code units). */
export interface NospaceHit {
  pos: number;
  pattern: number;
  from: number;
  to: number;
}

/** The scanned text: positions (a word, or a no-space run), each with the ids it can be read as. */
export interface Scanned {
  count: number;
  /** ids of position p: `ids[idStart[p] .. idStart[p] + idCount[p]]`. */
  idStart: Int32Array;
  idCount: Int32Array;
  ids: number[];
  /** Sentence (or line) of each position. */
  clause: Int32Array;
  nospaceHits: NospaceHit[];
}

export function createScanner(table: WordTable, nospace: AhoCorasick, fold: (cp: number) => Folded, maxChars: number): (text: string) => Scanned {
  const cap = maxChars + 2;
  const rawKind = new Uint8Array(cap);
  const rawStart = new Int32Array(cap);
  const rawEnd = new Int32Array(cap);
  const rawHash = new Int32Array(cap);
  const rawHash21 = new Int32Array(cap); // hash with doubled letters read once
  const rawLen = new Int32Array(cap);
  const rawFlags = new Uint8Array(cap);
  const rawClause = new Int32Array(cap);
  const rawUnit = new Uint16Array(cap); // the letter of a one-letter word
  const rawToPos = new Int32Array(cap);
  const out: Scanned = { count: 0, idStart: new Int32Array(cap), idCount: new Int32Array(cap), ids: [], clause: new Int32Array(cap), nospaceHits: [] };
  const { outputs, lengths } = nospace;
  const { readings } = table;
  let raw = 0;

  function endWord(start: number, end: number, clause: number, h: number, h21: number, len: number, flags: number, last: number) {
    rawKind[raw] = KIND_WORD;
    rawStart[raw] = start;
    rawEnd[raw] = end;
    rawClause[raw] = clause;
    rawHash[raw] = h;
    rawHash21[raw] = h21;
    rawLen[raw] = len;
    rawFlags[raw] = flags;
    rawUnit[raw] = last;
    raw++;
  }

  /** The folded word of raw token r. */
  function wordOf(text: string, r: number): string {
    const start = rawStart[r]!;
    const end = rawEnd[r]!;
    if ((rawFlags[r]! & REBUILD) === 0) return text.slice(start, end).toLowerCase();
    let w = '';
    for (let i = start; i < end; ) {
      const cp = text.codePointAt(i)!;
      i += cp > 0xffff ? 2 : 1;
      if (cp < 128) {
        if (ASCII_CLASS[cp] === WORD) w += String.fromCharCode(cp | 0x20);
      } else {
        const f = fold(cp);
        if (f.cls === WORD || f.cls === SOLO) w += f.units;
      }
    }
    return w;
  }

  /** Adds the readings of table word k to the position whose ids start at `from`. */
  function pushReadings(from: number, k: number) {
    if (k < 0) return;
    const ids = out.ids;
    const these = readings[k]!;
    if (ids.length === from) {
      for (let j = 0; j < these.length; j++) ids.push(these[j]!);
      return;
    }
    for (const id of these) if (ids.indexOf(id, from) < 0) ids.push(id);
  }

  function pushSpellings(from: number, w: string) {
    for (const s of otherSpellings(w)) if (s.length > 1) pushReadings(from, findWord(table, s)); // "kk" is not the abbreviation "k"
  }

  /** True when raw tokens a and b are one-letter words with little between them. */
  function isCloseLetter(a: number, b: number): boolean {
    return (
      rawKind[a] === KIND_WORD && rawKind[b] === KIND_WORD && rawLen[a] === 1 && rawLen[b] === 1 &&
      (rawFlags[a]! & rawFlags[b]! & LETTER) !== 0 && rawStart[b]! - rawEnd[a]! <= MAX_SPACED_GAP
    );
  }

  /**
   * At the first of a run of one-letter words r: the longest run from r (three or more) that spells a
   * lexicon word ("S.O.S", "t o l o n g"); pushes its readings and returns how many it took, or 0.
   */
  function spacedWord(r: number, from: number): number {
    let last = r;
    while (last + 1 < raw && last + 1 - r < MAX_SPACED && isCloseLetter(last, last + 1)) last++;
    for (let end = last; end - r + 1 >= 3; end--) {
      let w = '';
      for (let k = r; k <= end; k++) w += String.fromCharCode(rawUnit[k]!);
      pushReadings(from, findWord(table, w));
      pushSpellings(from, w);
      if (out.ids.length > from) return end - r + 1;
    }
    return 0;
  }

  return function scan(text) {
    const n = Math.min(text.length, maxChars);
    const hits = out.nospaceHits;
    hits.length = 0;
    out.ids.length = 0;
    raw = 0;
    let inWord = false;
    let wStart = 0;
    let wClause = 0;
    let h = 0;
    let h21 = 0;
    let len = 0;
    let flags = 0;
    let prev = -1;
    let repeats = 0;
    let clause = 0;
    let run = -1; // raw index of the open no-space run
    let state = 0;
    let offset = 0;

    for (let i = 0; i < n; i++) {
      let c = text.charCodeAt(i);
      if (c < 128) {
        const cls = ASCII_CLASS[c]!;
        if (cls === WORD) {
          if (!inWord) {
            inWord = true;
            run = -1;
            wStart = i;
            wClause = clause;
            h = h21 = FNV_OFFSET;
            len = flags = repeats = 0;
            prev = -1;
          }
          const u = c | 0x20;
          h = Math.imul(h ^ u, FNV_PRIME);
          if (u === prev) flags |= ++repeats >= 2 ? RUN | RUN3 : RUN;
          else {
            repeats = 0;
            h21 = Math.imul(h21 ^ u, FNV_PRIME);
          }
          flags |= u <= 57 ? DIGIT : LETTER;
          prev = u;
          len++;
        } else if (cls === SPACE) {
          if (inWord) {
            endWord(wStart, i, wClause, h, h21, len, flags, prev);
            inWord = false;
          }
        } else if (cls === DROP) {
          if (inWord) flags |= REBUILD;
        } else {
          if (inWord) {
            endWord(wStart, i, wClause, h, h21, len, flags, prev);
            inWord = false;
          }
          run = -1;
          if (cls === BREAK) clause++;
        }
        continue;
      }

      const at = i;
      if (c >= 0xd800 && c < 0xdc00 && i + 1 < n) {
        const d = text.charCodeAt(i + 1);
        if (d >= 0xdc00 && d < 0xe000) {
          c = ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
          i++;
        }
      }
      const f = fold(c);
      const cls = f.cls;
      const units = f.units;
      if (cls === WORD || cls === SOLO) {
        if (cls === SOLO && inWord) {
          endWord(wStart, at, wClause, h, h21, len, flags, prev);
          inWord = false;
        }
        if (!inWord) {
          inWord = true;
          run = -1;
          wStart = at;
          wClause = clause;
          h = h21 = FNV_OFFSET;
          len = flags = repeats = 0;
          prev = -1;
        }
        flags |= REBUILD;
        for (let k = 0; k < units.length; k++) {
          const u = units.charCodeAt(k);
          h = Math.imul(h ^ u, FNV_PRIME);
          if (u === prev) flags |= ++repeats >= 2 ? RUN | RUN3 : RUN;
          else {
            repeats = 0;
            h21 = Math.imul(h21 ^ u, FNV_PRIME);
          }
          flags |= u >= 48 && u <= 57 ? DIGIT : LETTER;
          prev = u;
          len++;
        }
        if (cls === SOLO) {
          endWord(wStart, i + 1, wClause, h, h21, len, flags, prev);
          inWord = false;
        }
      } else if (cls === NOSPACE) {
        if (inWord) {
          endWord(wStart, at, wClause, h, h21, len, flags, prev);
          inWord = false;
        }
        if (run < 0) {
          run = raw;
          rawKind[raw] = KIND_NOSPACE;
          rawClause[raw] = clause;
          raw++;
          state = 0;
          offset = 0;
        }
        for (let k = 0; k < units.length; k++) {
          state = nospace.step(state, units.charCodeAt(k));
          offset++;
          const found = outputs[state];
          if (found !== undefined) for (const p of found) hits.push({ pos: run, pattern: p, from: offset - lengths[p]!, to: offset });
        }
      } else if (cls === DROP) {
        if (inWord) flags |= REBUILD;
      } else {
        if (inWord) {
          endWord(wStart, at, wClause, h, h21, len, flags, prev);
          inWord = false;
        }
        if (cls !== SPACE) run = -1;
        if (cls === BREAK) clause++;
      }
    }
    if (inWord) endWord(wStart, n, wClause, h, h21, len, flags, prev);

    // Second pass: each raw token becomes a position with the ids it can be read as.
    let pos = 0;
    const { idStart, idCount, ids } = out;
    for (let r = 0; r < raw; r++) {
      rawToPos[r] = pos;
      out.clause[pos] = rawClause[r]!;
      const from = ids.length;
      idStart[pos] = from;
      if (rawKind[r] === KIND_NOSPACE) {
        idCount[pos++] = 0;
        continue;
      }
      const fl = rawFlags[r]!;
      if (rawLen[r] === 1 && fl & LETTER && !(r > 0 && isCloseLetter(r - 1, r))) {
        const took = spacedWord(r, from);
        if (took > 0) {
          for (let k = r + 1; k < r + took; k++) rawToPos[k] = pos;
          idCount[pos++] = ids.length - from;
          r += took - 1;
          continue;
        }
      }
      if ((fl & (DIGIT | LETTER)) === DIGIT) ids.push(NUMBER_ID);
      const hash = rawHash[r]!;
      const k = (fl & REBUILD) === 0 ? findAscii(table, hash, text, rawStart[r]!, rawEnd[r]!) : hasHash(table, hash) ? findWord(table, wordOf(text, r), hash) : -1;
      if (k >= 0) pushReadings(from, k);
      else if (fl & RUN3 || (fl & (DIGIT | LETTER)) === (DIGIT | LETTER) || (fl & RUN && hasHash(table, rawHash21[r]!))) pushSpellings(from, wordOf(text, r));
      idCount[pos++] = ids.length - from;
    }
    for (const hit of hits) hit.pos = rawToPos[hit.pos]!;
    out.count = pos;
    return out;
  };
}
