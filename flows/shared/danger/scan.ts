/**
 * The fast path: one pass over a text that folds each character (fold.ts), cuts words, steps each word
 * through the trie of lexicon words (word-table.ts) and each run of a script without spaces through an
 * Aho-Corasick automaton, then turns the words worth it into positions with the ids of the lexicon words
 * they can be read as (as typed, as an abbreviation, as another spelling). Phrases are then found by
 * walking a trie of ids (recognizer.ts). Reads the first `maxChars` UTF-16 code units of a text only.
 *
 * Cost: the text is copied into a Uint16Array by one native call. An ASCII letter or digit then costs a
 * load of its kind and one step of the DFA of the lexicon trie (word-table.ts), whose states also carry
 * the word's flags (doubled letters, digits, one letter); no hash, no string, no object. When a word
 * ends, its state says which lexicon word it is and whether it is worth a second look; the others (most
 * words of a message) only count as a position. A character of a script without spaces costs a load
 * from the process-wide fold table (fold.ts) and one step of the automaton's DFA. The loop that does
 * this (`fastLoop`) calls no function; anything else (a word with an accent or an invisible character,
 * an emoji, a character folded to several units) goes to `slowStep`. Strings are made only on rare paths
 * (another spelling, a spaced-out word), and buffers belong to the scanner and are reused: a scanner
 * serves one call at a time (JavaScript is single-threaded and nothing here awaits).
 */
import { Buffer } from 'node:buffer';
import type { AhoCorasick } from './aho-corasick.js';
import { ASCII_CLASS, BMP_FOLD, bmpUnits, BREAK, DROP, foldBmp, MULTI, NOSPACE, PUNCT, SOLO, SPACE, WORD, type Folded } from './fold.js';
import { otherSpellings } from './spellings.js';
import { ASCII_SYMBOL, DEAD, DFA_ACCEPT, DFA_LAST, DFA_META, DFA_TRIE, DIGIT, findWord, LETTER, ONE, RECORD, ROOT, RUN, RUN3, stepWord, SYMBOLS, type WordTrie } from './word-table.js';

/** Id of "any number" (the `<n>` of a phrase); lexicon words have ids from 1. */
export const NUMBER_ID = 0;

const REBUILD = 16; // the word is not its source's ASCII lower-cased: fold it again from the source
/** Longest run of one-letter words tried as a spaced-out word ("t o l o n g"). */
const MAX_SPACED = 16;
/** Most characters between the letters of a spaced-out word ("S.O.S", "t - o - l"). */
const MAX_SPACED_GAP = 3;

// The inner loop reads these as constants of this module, not as imports: V8 reads an imported binding
// from its module cell, with a check, at each use, and that cost the loop a third of its time. They are
// checked against their sources below.
const L_SYMBOLS = 36;
const L_ROOT = 0;
const L_META = 37;
const L_ACCEPT = 36;
const L_LAST = 39;
const L_TRIE = 38;
const L_RECORD = 128;
const L_FLAGS = 15; // RUN | RUN3 | DIGIT | LETTER
const L_ONE = 64;
const L_WORD = 1;
const L_NOSPACE = 2;
const L_SPACE = 3;
const L_BREAK = 5;
const L_DROP = 6;
const L_SOLO = 7;
const L_MULTI = 8;
if (
  [L_SYMBOLS, L_ROOT, L_META, L_ACCEPT, L_LAST, L_TRIE, L_RECORD, L_FLAGS, L_ONE, L_WORD, L_NOSPACE, L_SPACE, L_BREAK, L_DROP, L_SOLO, L_MULTI].join() !==
  [SYMBOLS, ROOT, DFA_META, DFA_ACCEPT, DFA_LAST, DFA_TRIE, RECORD, RUN | RUN3 | DIGIT | LETTER, ONE, WORD, NOSPACE, SPACE, BREAK, DROP, SOLO, MULTI].join()
) {
  throw new Error('scan.ts: constants differ from word-table.ts or fold.ts');
}
const FOLD_OF = BMP_FOLD;

/** What each ASCII code unit is to the inner loop: its trie symbol (0–35) for a letter or digit, or one of these. */
const A_SPACE = 36;
const A_PUNCT = 37;
const A_BREAK = 38;
const A_DROP = 39;
/** For the slow step. */
const A_SLOW = 40;
/** In twoStreams: a character of a script without spaces that folds to one unit. */
const A_RUN = 41;
const ASCII_KIND = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const cls = ASCII_CLASS[c];
  ASCII_KIND[c] = cls === WORD ? ASCII_SYMBOL[c]! : cls === SPACE ? A_SPACE : cls === BREAK ? A_BREAK : cls === DROP ? A_DROP : A_PUNCT;
}
/** The same for a BMP_FOLD entry outside ASCII (not yet worked out, a word, several units, a surrogate: the slow step). */
const ENTRY_KIND = new Uint8Array(32).fill(A_SLOW);
ENTRY_KIND[SPACE] = A_SPACE;
ENTRY_KIND[PUNCT] = A_PUNCT;
ENTRY_KIND[BREAK] = A_BREAK;
/** True when a Uint16Array reads what Buffer#write(…, 'utf16le') wrote (little-endian, as every machine Node runs on). */
const LITTLE_ENDIAN = (() => {
  const b = Buffer.alloc(2);
  b.write('A', 'utf16le');
  return new Uint16Array(b.buffer, b.byteOffset, 1)[0] === 65;
})();

/** tState of a word read the slow way (its trie word, flags, length and last unit are in tWord, tFlags, tLen, tUnit). */
const SLOW = -1;
/** tState of a run of a script without spaces. */
const RUN_STATE = -2;

/**
 * The scanned text. Positions are the words and no-space runs of the text, numbered in order; only those
 * that can be read as some lexicon word are listed (`count` of them, in order), each with its ids.
 * Arrays are the scanner's and are overwritten by its next call.
 */
export interface Scanned {
  count: number;
  /** Position number of each listed position. */
  pos: Int32Array;
  /** Sentence (or line) of each listed position. */
  clause: Int32Array;
  /** ids of listed position p: `ids[idStart[p] .. idStart[p] + idCount[p]]`. */
  idStart: Int32Array;
  idCount: Int32Array;
  ids: Int32Array;
  /** Phrases of no-space scripts found in runs: the run's position, its clause, the pattern and where in the run (code units). */
  hitCount: number;
  hitPos: Int32Array;
  hitClause: Int32Array;
  hitPattern: Int32Array;
  hitFrom: Int32Array;
  hitTo: Int32Array;
}

const grown = (a: Int32Array, need: number): Int32Array => {
  if (need <= a.length) return a;
  const b = new Int32Array(Math.max(need, a.length * 2));
  b.set(a);
  return b;
};

export function createScanner(trie: WordTrie, nospace: AhoCorasick, fold: (cp: number) => Folded, maxChars: number): (text: string) => Scanned {
  const cap = maxChars + 2;
  // Tokens worth a second look: every no-space run, and the words that may be read as a lexicon word.
  // The pass writes the first five; resolve() works out the others.
  const tState = new Int32Array(cap); // DFA row of the word as it ended, SLOW, or RUN_STATE
  const tPos = new Int32Array(cap); // position number, as counted in the pass
  const tStart = new Int32Array(cap);
  const tEnd = new Int32Array(cap);
  const tClause = new Int32Array(cap);
  const tWord = new Int32Array(cap); // trie word index, or -1
  const tLen = new Int32Array(cap); // folded code units
  const tFlags = new Uint8Array(cap);
  const tUnit = new Uint16Array(cap); // the last folded unit (the letter of a one-letter word)
  const tAt = new Int32Array(cap); // position number once spaced-out words are joined
  // Where the automaton reached a state where phrases end (at most one a code unit): the state's code,
  // units into the run, and the run's token. resolve() lists the phrases.
  let evCode: Int32Array = new Int32Array(cap);
  let evOffset: Int32Array = new Int32Array(cap);
  let evToken: Int32Array = new Int32Array(cap);
  /** Room for `need` events (the fast loop makes at most one a code unit; a character folded to several units can make more). */
  const roomForEvents = (need: number) => {
    if (need <= evCode.length) return;
    evCode = grown(evCode, need);
    evOffset = grown(evOffset, need);
    evToken = grown(evToken, need);
  };
  // The text's code units, copied in by one native call: reading a Uint16Array costs the loop a third of
  // what charCodeAt does, and is the same whatever V8 made of the string (flat, sliced, one or two bytes).
  const bytes = Buffer.alloc(2 * cap);
  const units = new Uint16Array(bytes.buffer, bytes.byteOffset, cap);
  const { next, accept, reads, readStart, readCount, dfa } = trie;
  const { dense: acDense, symbols: acSymbols, width: acWidth, outStart, outCount, outList, lengths } = nospace;
  /** ids[0 .. reads.length] are the trie's readings, so a word read only as typed points there; then each call's own. */
  const fixed = reads.length;
  const out: Scanned = {
    count: 0,
    pos: new Int32Array(cap),
    clause: new Int32Array(cap),
    idStart: new Int32Array(cap),
    idCount: new Int32Array(cap),
    ids: grown(Int32Array.from(reads), fixed + 256),
    hitCount: 0,
    hitPos: new Int32Array(64),
    hitClause: new Int32Array(64),
    hitPattern: new Int32Array(64),
    hitFrom: new Int32Array(64),
    hitTo: new Int32Array(64),
  };
  let hitToken: Int32Array = new Int32Array(64); // the run token of each hit
  let hits = 0;
  let top = fixed;

  /** Lists the phrases of the automaton's events. */
  function listHits(events: number) {
    hits = 0;
    for (let e = 0; e < events; e++) {
      const state = nospace.stateOf(evCode[e]!);
      const from = outStart[state]!;
      const to = from + outCount[state]!;
      if (hits + (to - from) > out.hitPattern.length) {
        const need = hits + (to - from);
        out.hitPattern = grown(out.hitPattern, need);
        out.hitFrom = grown(out.hitFrom, need);
        out.hitTo = grown(out.hitTo, need);
        out.hitPos = grown(out.hitPos, need);
        out.hitClause = grown(out.hitClause, need);
        hitToken = grown(hitToken, out.hitPos.length);
      }
      const offset = evOffset[e]!;
      for (let j = from; j < to; j++) {
        const p = outList[j]!;
        hitToken[hits] = evToken[e]!;
        out.hitPattern[hits] = p;
        out.hitFrom[hits] = offset - lengths[p]!;
        out.hitTo[hits] = offset;
        hits++;
      }
    }
  }

  // --- The slow way, for a word with a character outside ASCII or an invisible one -------------------
  // The word's trie state, flags, last unit, repeats of it, and folded units minus code units.
  let xTrie = ROOT;
  let xFlags = 0;
  let xLast = -1;
  let xRepeats = 0;
  let xAdjust = 0;

  function slowUnit(u: number) {
    if (u === xLast) xFlags |= ++xRepeats >= 2 ? RUN | RUN3 : RUN;
    else xRepeats = 0;
    xLast = u;
    xFlags |= u >= 48 && u <= 57 ? DIGIT : LETTER;
    xTrie = stepWord(trie, xTrie, u);
  }

  // What classOf worked out: the folded form, one unit (folded undefined) or several.
  let folded: string | undefined;
  let foldedUnit = 0;
  /** The class of code point cp (not ASCII); its folded form in `folded` / `foldedUnit`. */
  function classOf(cp: number): number {
    if (cp < 65536) {
      let entry = FOLD_OF[cp]!;
      if (entry === 0) entry = foldBmp(cp);
      if (entry & L_MULTI) folded = bmpUnits(cp);
      else {
        folded = undefined;
        foldedUnit = entry >>> 16;
      }
      return entry & 7;
    }
    const f = fold(cp);
    folded = f.units;
    return f.cls;
  }

  /**
   * Takes over the word read so far at DFA row `state` (ROOT: none yet) and reads it on from `from` the
   * slow way, unit by unit; returns where it stops (the first character that is not part of a word).
   */
  function readSlowWord(from: number, n: number, state: number): number {
    if (state === ROOT) {
      xTrie = ROOT;
      xFlags = 0;
      xLast = -1;
      xRepeats = 0;
    } else {
      xTrie = dfa[state + L_TRIE]!;
      xFlags = dfa[state + L_META]! & L_FLAGS;
      const last = dfa[state + L_LAST]!;
      xLast = last & 0xffff;
      xRepeats = last >>> 16;
    }
    xFlags |= REBUILD;
    xAdjust = 0;
    let i = from;
    for (; i < n; i++) {
      const c = units[i]!;
      if (c < 128) {
        const kind = ASCII_KIND[c]!;
        if (kind < L_SYMBOLS) slowUnit(c | 0x20);
        else if (kind === A_DROP) xAdjust--;
        else break;
        continue;
      }
      const at = i;
      let cp = c;
      if (c >= 0xd800 && c < 0xdc00 && i + 1 < n) {
        const d = units[i + 1]!;
        if (d >= 0xdc00 && d < 0xe000) {
          cp = ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
          i++;
        }
      }
      const cls = classOf(cp);
      if (cls === L_WORD) {
        const count = folded === undefined ? 1 : folded.length;
        for (let k = 0; k < count; k++) slowUnit(folded === undefined ? foldedUnit : folded.charCodeAt(k));
        xAdjust += count - (i + 1 - at);
      } else if (cls === L_DROP) xAdjust -= i + 1 - at;
      else {
        i = at;
        break;
      }
    }
    return i;
  }

  /** Token t for the word read the slow way, if it is worth a second look; returns 1 if so, else 0. */
  function slowToken(t: number, pos: number, start: number, end: number, clause: number): number {
    const k = xTrie === DEAD ? -1 : accept[xTrie]!;
    const len = end - start + xAdjust;
    if (k < 0 && (xFlags & (RUN | DIGIT)) === 0 && len !== 1) return 0;
    tState[t] = SLOW;
    tPos[t] = pos;
    tStart[t] = start;
    tEnd[t] = end;
    tClause[t] = clause;
    tWord[t] = k;
    tLen[t] = len;
    tFlags[t] = xFlags;
    tUnit[t] = xLast;
    return 1;
  }

  // --- The second step -------------------------------------------------------------------------------

  /** The folded word of token t. */
  function wordOf(text: string, t: number): string {
    const start = tStart[t]!;
    const end = tEnd[t]!;
    if ((tFlags[t]! & REBUILD) === 0) return text.slice(start, end).toLowerCase();
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

  /** Appends id to the ids of the position being made (from `from`), once. */
  function pushId(from: number, id: number) {
    const ids = out.ids;
    for (let j = from; j < top; j++) if (ids[j] === id) return;
    if (top === ids.length) out.ids = grown(ids, top + 1);
    out.ids[top++] = id;
  }

  /** Adds the readings of trie word k. */
  function pushReadings(from: number, k: number) {
    if (k < 0) return;
    const s = readStart[k]!;
    for (let j = s; j < s + readCount[k]!; j++) pushId(from, reads[j]!);
  }

  function pushSpellings(from: number, w: string) {
    for (const s of otherSpellings(w)) if (s.length > 1) pushReadings(from, findWord(trie, s)); // "kk" is not the abbreviation "k"
  }

  /**
   * A word of letters only with a doubled letter and no lexicon word as typed: its one other spelling is
   * with every double read once ("tolongg"). Steps through the trie without making the string.
   */
  function pushSqueezed(text: string, from: number, t: number) {
    if (tFlags[t]! & REBUILD) {
      pushSpellings(from, wordOf(text, t));
      return;
    }
    let state = ROOT;
    let prev = -1;
    let len = 0;
    for (let i = tStart[t]!; i < tEnd[t]! && state !== DEAD; i++) {
      const u = units[i]! | 0x20;
      if (u === prev) continue;
      prev = u;
      len++;
      state = next[state * SYMBOLS + ASCII_SYMBOL[u]!]!;
    }
    if (len > 1) pushReadings(from, accept[state]!);
  }

  /** True when tokens a and b are one-letter words next to each other with little between them. */
  function isCloseLetter(a: number, b: number): boolean {
    return (
      tPos[b] === tPos[a]! + 1 && tLen[a] === 1 && tLen[b] === 1 && (tFlags[a]! & tFlags[b]! & LETTER) !== 0 &&
      tStart[b]! - tEnd[a]! <= MAX_SPACED_GAP
    );
  }

  /**
   * At the first of a run of one-letter words t: the longest run from t (three or more) that spells a
   * lexicon word ("S.O.S", "t o l o n g"); pushes its readings and returns how many it took, or 0.
   */
  function spacedWord(t: number, tokens: number, from: number): number {
    let last = t;
    while (last + 1 < tokens && last + 1 - t < MAX_SPACED && isCloseLetter(last, last + 1)) last++;
    for (let end = last; end - t + 1 >= 3; end--) {
      let w = '';
      for (let k = t; k <= end; k++) w += String.fromCharCode(tUnit[k]!);
      pushReadings(from, findWord(trie, w));
      pushSpellings(from, w);
      if (top > from) return end - t + 1;
    }
    return 0;
  }

  /** Second step: each token becomes a position with the ids it can be read as. */
  function resolve(text: string, tokens: number, events: number): Scanned {
    listHits(events);
    // What the pass left in the DFA row of each word read the fast way.
    for (let t = 0; t < tokens; t++) {
      const state = tState[t]!;
      if (state < 0) {
        if (state === RUN_STATE) tLen[t] = 0;
        continue;
      }
      const meta = dfa[state + L_META]!;
      tWord[t] = dfa[state + L_ACCEPT]!;
      tFlags[t] = meta & L_FLAGS;
      tLen[t] = meta & L_ONE ? 1 : tEnd[t]! - tStart[t]!;
      tUnit[t] = dfa[state + L_LAST]! & 0xffff;
    }
    let listed = 0;
    let shift = 0; // positions taken away by spaced-out words joined into one
    top = fixed;
    const { pos: lPos, clause: lClause, idStart, idCount } = out;
    for (let t = 0; t < tokens; t++) {
      const at = tPos[t]! - shift;
      tAt[t] = at;
      if (tState[t] === RUN_STATE) continue;
      const fl = tFlags[t]!;
      const from = top;
      const k = tWord[t]!;
      if (tLen[t] === 1 && fl & LETTER && !(t > 0 && isCloseLetter(t - 1, t))) {
        const took = spacedWord(t, tokens, from);
        if (took > 0) {
          for (let j = t + 1; j < t + took; j++) tAt[j] = at;
          shift += took - 1;
          lPos[listed] = at;
          lClause[listed] = tClause[t]!;
          idStart[listed] = from;
          idCount[listed++] = top - from;
          t += took - 1;
          continue;
        }
      }
      if ((fl & (DIGIT | LETTER)) === DIGIT) {
        pushId(from, NUMBER_ID);
        pushReadings(from, k);
      } else if (k >= 0) {
        // Read only as typed: point at the trie's readings.
        lPos[listed] = at;
        lClause[listed] = tClause[t]!;
        idStart[listed] = readStart[k]!;
        idCount[listed++] = readCount[k]!;
        continue;
      } else if (fl & RUN3 || (fl & (DIGIT | LETTER)) === (DIGIT | LETTER)) pushSpellings(from, wordOf(text, t));
      else if (fl & RUN) pushSqueezed(text, from, t);
      if (top > from) {
        lPos[listed] = at;
        lClause[listed] = tClause[t]!;
        idStart[listed] = from;
        idCount[listed++] = top - from;
      }
    }
    out.count = listed;
    out.hitCount = hits;
    for (let h = 0; h < hits; h++) {
      out.hitPos[h] = tAt[hitToken[h]!]!;
      out.hitClause[h] = tClause[hitToken[h]!]!;
    }
    return out;
  }

  // --- The pass --------------------------------------------------------------------------------------
  // Its registers, shared by the fast loop (which keeps them in locals while it runs) and the slow step.
  let rState = L_ROOT; // DFA row of the word being read; ROOT between words, SLOW when read the slow way
  let rStart = 0; // where the word being read (or the next one) starts
  let rClause = 0;
  let rRun = -1; // token of the open no-space run, -1 when there is none
  let rAc = 0; // automaton state in the run
  let rOffset = 0; // folded units into the run
  let rTokens = 0;
  let rPos = 0; // positions so far (words and no-space runs)
  let rEvents = 0;

  /**
   * The fast loop: letters and digits typed in ASCII, white space and punctuation of any script, and
   * characters of scripts without spaces that fold to one unit. Returns where it meets anything else
   * (or n), for `slowStep`. It calls no function: a call anywhere in a loop, even in a branch never
   * taken, makes V8 load each typed array's base and length again at every use, which cost it two thirds
   * of its speed; and it is kept small, so V8 compiles it for these alone.
   */
  function fastLoop(from: number, n: number): number {
    let state = rState;
    let start = rStart;
    let clause = rClause;
    let run = rRun;
    let acState = rAc; // the automaton state's code
    let offset = rOffset;
    let tokens = rTokens;
    let pos = rPos;
    let events = rEvents;
    let i = from;
    for (; i < n; i++) {
      const c = units[i]!;
      let kind: number;
      if (c < 128) {
        kind = ASCII_KIND[c]!;
        if (kind < L_SYMBOLS) {
          // The hot path: the letters and digits of a word typed in ASCII.
          let s = dfa[state + kind]!;
          let j = i + 1;
          for (; j < n; j++) {
            const d = units[j]!;
            if (d >= 128) break;
            const k = ASCII_KIND[d]!;
            if (k >= L_SYMBOLS) break;
            s = dfa[s + k]!;
          }
          state = s;
          i = j - 1;
          continue;
        }
        if (kind === A_DROP) {
          if (state !== L_ROOT) break;
          start = i + 1;
          continue;
        }
      } else {
        const entry = FOLD_OF[c]!;
        if ((entry & 0xff) === L_NOSPACE) {
          if (state !== L_ROOT || acState < 0) break;
          if (run < 0) {
            tState[tokens] = RUN_STATE;
            tPos[tokens] = pos++;
            tClause[tokens] = clause;
            run = tokens++;
            acState = 0;
            offset = 0;
          }
          let s = acState;
          let o = offset;
          let e = entry;
          let j = i;
          for (;;) {
            s = acDense[s + acSymbols[e >>> 16]!]!;
            o++;
            if (s < 0 || acDense[s + acWidth] !== 0) {
              // Phrases may end here (a sparse state's are looked up later).
              evCode[events] = s;
              evOffset[events] = o;
              evToken[events++] = run;
              if (s < 0) {
                j++;
                break;
              }
            }
            if (++j >= n) break;
            e = FOLD_OF[units[j]!]!;
            if ((e & 0xff) !== L_NOSPACE) break;
          }
          acState = s;
          offset = o;
          i = j - 1;
          start = j;
          continue;
        }
        kind = ENTRY_KIND[entry & 0xff]!;
        if (kind === A_SLOW) break;
      }
      // White space, punctuation or a break: the word being read ends.
      if (state !== L_ROOT) {
        if (state === SLOW) break;
        if (dfa[state + L_META]! & L_RECORD) {
          tState[tokens] = state;
          tPos[tokens] = pos;
          tStart[tokens] = start;
          tEnd[tokens] = i;
          tClause[tokens++] = clause;
        }
        pos++;
        state = L_ROOT;
        run = -1;
      }
      start = i + 1;
      if (kind !== A_SPACE) {
        run = -1;
        if (kind === A_BREAK) clause++;
      }
    }
    rState = state;
    rStart = start;
    rClause = clause;
    rRun = run;
    rAc = acState;
    rOffset = offset;
    rTokens = tokens;
    rPos = pos;
    rEvents = events;
    return i;
  }

  /** Ends the word being read, if any, at `end`. */
  function endWord(end: number) {
    if (rState === L_ROOT) return;
    if (rState === SLOW) rTokens += slowToken(rTokens, rPos, rStart, end, rClause);
    else if (dfa[rState + L_META]! & L_RECORD) {
      tState[rTokens] = rState;
      tPos[rTokens] = rPos;
      tStart[rTokens] = rStart;
      tEnd[rTokens] = end;
      tClause[rTokens++] = rClause;
    }
    rPos++;
    rState = L_ROOT;
    rRun = -1;
  }

  /** The slow step: the character at i that the fast loop left (see there). Returns where to go on. */
  function slowStep(i: number, n: number): number {
    const c = units[i]!;
    if (c < 128) {
      const kind = ASCII_KIND[c]!;
      if (kind === A_DROP) {
        // An invisible control character inside a word.
        const to = readSlowWord(i, n, rState);
        rState = SLOW;
        return to;
      }
      // White space, punctuation or a break after a word read the slow way.
      endWord(i);
      rStart = i + 1;
      if (kind !== A_SPACE) {
        rRun = -1;
        if (kind === A_BREAK) rClause++;
      }
      return i + 1;
    }
    const at = i;
    let cp = c;
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < n) {
      const d = units[i + 1]!;
      if (d >= 0xdc00 && d < 0xe000) {
        cp = ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
        i++;
      }
    }
    const cls = classOf(cp);
    if (cls === L_WORD || (cls === L_DROP && rState !== L_ROOT)) {
      if (rState === L_ROOT) rStart = at;
      const to = readSlowWord(at, n, rState);
      rState = SLOW;
      return to;
    }
    if (cls === L_DROP) {
      rStart = i + 1;
      return i + 1;
    }
    endWord(at);
    rStart = i + 1;
    if (cls === L_NOSPACE) {
      if (rRun < 0) {
        tState[rTokens] = RUN_STATE;
        tPos[rTokens] = rPos++;
        tClause[rTokens] = rClause;
        rRun = rTokens++;
        rAc = 0;
        rOffset = 0;
      }
      const count = folded === undefined ? 1 : folded.length;
      roomForEvents(rEvents + count + n - i);
      for (let k = 0; k < count; k++) {
        const u = folded === undefined ? foldedUnit : folded.charCodeAt(k);
        rAc = rAc >= 0 ? acDense[rAc + acSymbols[u]!]! : nospace.stepSparse(rAc, u);
        rOffset++;
        if (rAc < 0 || acDense[rAc + acWidth] !== 0) {
          evCode[rEvents] = rAc;
          evOffset[rEvents] = rOffset;
          evToken[rEvents++] = rRun;
        }
      }
    } else if (cls === L_SOLO) {
      // A word by itself (🆘).
      const word = folded ?? String.fromCharCode(foldedUnit);
      xTrie = ROOT;
      xFlags = REBUILD;
      xLast = -1;
      xRepeats = 0;
      for (let k = 0; k < word.length; k++) slowUnit(word.charCodeAt(k));
      xAdjust = word.length - (i + 1 - at);
      rTokens += slowToken(rTokens, rPos++, at, i + 1, rClause);
      rRun = -1;
    } else if (cls !== L_SPACE) {
      rRun = -1;
      if (cls === L_BREAK) rClause++;
    }
    return i + 1;
  }

  // --- Two streams -----------------------------------------------------------------------------------
  // A letter costs one step of the DFA (a character of a script without spaces, one of the automaton),
  // and each step waits for the load of the one before: in a long text, that wait is most of the time.
  // So a long text is cut in two at a punctuation mark near its middle (which ends any word and any
  // run), and `twoStreams` reads both halves at once, one character of each in turn: the two chains of
  // loads overlap. The second half's words, runs and phrase events go to their own buffers, counted
  // from the cut, and join the first half's when it is done. Only what fastLoop reads fast is read so;
  // at anything else either stream stops, and the rest is read one stream after the other, as usual.
  const bState = new Int32Array(cap);
  const bPos = new Int32Array(cap);
  const bStart = new Int32Array(cap);
  const bEnd = new Int32Array(cap);
  const bClause = new Int32Array(cap);
  const bEvCode = new Int32Array(cap);
  const bEvOffset = new Int32Array(cap);
  const bEvToken = new Int32Array(cap);
  /** Shortest text cut in two, and how far past the middle to look for the cut. */
  const TWO_STREAMS = 1024;
  const CUT_SEARCH = 256;
  // The second stream's registers once twoStreams is done (the first stream's are the r* ones).
  let sState = L_ROOT;
  let sStart = 0;
  let sClause = 0;
  let sPos = 0;
  let sTokens = 0;
  let sRun = -1;
  let sAc = 0;
  let sOffset = 0;
  let sEvents = 0;
  let sAt = 0;

  /**
   * Reads [from, cut) and (cut, n) at once from the registers (the second stream's from sAt), as far as
   * both are read fast; returns where the first stream stopped.
   */
  function twoStreams(from: number, cut: number, n: number): number {
    let a = from;
    let aState = rState;
    let aStart = rStart;
    let aClause = rClause;
    let aPos = rPos;
    let aTokens = rTokens;
    let aRun = rRun;
    let aAc = rAc;
    let aOffset = rOffset;
    let aEvents = rEvents;
    let b = sAt;
    let bState_ = sState;
    let bStart_ = sStart;
    let bClause_ = sClause;
    let bPos_ = sPos;
    let bTokens = sTokens;
    let bRun = sRun;
    let bAc = sAc;
    let bOffset = sOffset;
    let bEvents = sEvents;
    while (a < cut && b < n) {
      const ca = units[a]!;
      const cb = units[b]!;
      let ka: number;
      let kb: number;
      let ea = 0;
      let eb = 0;
      if (ca < 128) ka = ASCII_KIND[ca]!;
      else {
        ea = FOLD_OF[ca]!;
        ka = (ea & 0xff) === L_NOSPACE ? A_RUN : ENTRY_KIND[ea & 0xff]!;
      }
      if (cb < 128) kb = ASCII_KIND[cb]!;
      else {
        eb = FOLD_OF[cb]!;
        kb = (eb & 0xff) === L_NOSPACE ? A_RUN : ENTRY_KIND[eb & 0xff]!;
      }
      if (ka >= A_DROP || kb >= A_DROP) {
        // An invisible character, a word the slow way, a run's character after a word or in a sparse state.
        if ((ka !== A_RUN || aState !== L_ROOT || aAc < 0) && ka >= A_DROP) break;
        if ((kb !== A_RUN || bState_ !== L_ROOT || bAc < 0) && kb >= A_DROP) break;
      }
      // The first stream.
      if (ka < L_SYMBOLS) aState = dfa[aState + ka]!;
      else if (ka === A_RUN) {
        if (aRun < 0) {
          tState[aTokens] = RUN_STATE;
          tPos[aTokens] = aPos++;
          tClause[aTokens] = aClause;
          aRun = aTokens++;
          aAc = 0;
          aOffset = 0;
        }
        aAc = acDense[aAc + acSymbols[ea >>> 16]!]!;
        aOffset++;
        if (aAc < 0 || acDense[aAc + acWidth] !== 0) {
          evCode[aEvents] = aAc;
          evOffset[aEvents] = aOffset;
          evToken[aEvents++] = aRun;
        }
        aStart = a + 1;
      } else {
        if (aState !== L_ROOT) {
          if (dfa[aState + L_META]! & L_RECORD) {
            tState[aTokens] = aState;
            tPos[aTokens] = aPos;
            tStart[aTokens] = aStart;
            tEnd[aTokens] = a;
            tClause[aTokens++] = aClause;
          }
          aPos++;
          aState = L_ROOT;
          aRun = -1;
        }
        aStart = a + 1;
        if (ka !== A_SPACE) {
          aRun = -1;
          if (ka === A_BREAK) aClause++;
        }
      }
      // The second stream.
      if (kb < L_SYMBOLS) bState_ = dfa[bState_ + kb]!;
      else if (kb === A_RUN) {
        if (bRun < 0) {
          bState[bTokens] = RUN_STATE;
          bPos[bTokens] = bPos_++;
          bClause[bTokens] = bClause_;
          bRun = bTokens++;
          bAc = 0;
          bOffset = 0;
        }
        bAc = acDense[bAc + acSymbols[eb >>> 16]!]!;
        bOffset++;
        if (bAc < 0 || acDense[bAc + acWidth] !== 0) {
          bEvCode[bEvents] = bAc;
          bEvOffset[bEvents] = bOffset;
          bEvToken[bEvents++] = bRun;
        }
        bStart_ = b + 1;
      } else {
        if (bState_ !== L_ROOT) {
          if (dfa[bState_ + L_META]! & L_RECORD) {
            bState[bTokens] = bState_;
            bPos[bTokens] = bPos_;
            bStart[bTokens] = bStart_;
            bEnd[bTokens] = b;
            bClause[bTokens++] = bClause_;
          }
          bPos_++;
          bState_ = L_ROOT;
          bRun = -1;
        }
        bStart_ = b + 1;
        if (kb !== A_SPACE) {
          bRun = -1;
          if (kb === A_BREAK) bClause_++;
        }
      }
      a++;
      b++;
    }
    rState = aState;
    rStart = aStart;
    rClause = aClause;
    rPos = aPos;
    rTokens = aTokens;
    rRun = aRun;
    rAc = aAc;
    rOffset = aOffset;
    rEvents = aEvents;
    sState = bState_;
    sStart = bStart_;
    sClause = bClause_;
    sPos = bPos_;
    sTokens = bTokens;
    sRun = bRun;
    sAc = bAc;
    sOffset = bOffset;
    sEvents = bEvents;
    sAt = b;
    return a;
  }

  /**
   * twoStreams for letters, digits, spaces and punctuation typed in ASCII only, the most common text:
   * a loop of its own, so that V8 compiles it for these alone whatever else the process reads. Starts
   * at the beginning; returns where the first stream stopped.
   */
  function twoStreamsAscii(cut: number, n: number): number {
    let a = 0;
    let aState = L_ROOT;
    let aStart = 0;
    let aClause = 0;
    let aPos = 0;
    let aTokens = 0;
    let b = cut + 1;
    let bState_ = L_ROOT;
    let bStart_ = b;
    let bClause_ = 0;
    let bPos_ = 0;
    let bTokens = 0;
    while (a < cut && b < n) {
      const ca = units[a]!;
      const cb = units[b]!;
      if (ca >= 128 || cb >= 128) break;
      const ka = ASCII_KIND[ca]!;
      const kb = ASCII_KIND[cb]!;
      if (ka === A_DROP || kb === A_DROP) break;
      if (ka < L_SYMBOLS) aState = dfa[aState + ka]!;
      else {
        if (aState !== L_ROOT) {
          if (dfa[aState + L_META]! & L_RECORD) {
            tState[aTokens] = aState;
            tPos[aTokens] = aPos;
            tStart[aTokens] = aStart;
            tEnd[aTokens] = a;
            tClause[aTokens++] = aClause;
          }
          aPos++;
          aState = L_ROOT;
        }
        aStart = a + 1;
        if (ka === A_BREAK) aClause++;
      }
      if (kb < L_SYMBOLS) bState_ = dfa[bState_ + kb]!;
      else {
        if (bState_ !== L_ROOT) {
          if (dfa[bState_ + L_META]! & L_RECORD) {
            bState[bTokens] = bState_;
            bPos[bTokens] = bPos_;
            bStart[bTokens] = bStart_;
            bEnd[bTokens] = b;
            bClause[bTokens++] = bClause_;
          }
          bPos_++;
          bState_ = L_ROOT;
        }
        bStart_ = b + 1;
        if (kb === A_BREAK) bClause_++;
      }
      a++;
      b++;
    }
    rState = aState;
    rStart = aStart;
    rClause = aClause;
    rPos = aPos;
    rTokens = aTokens;
    sState = bState_;
    sStart = bStart_;
    sClause = bClause_;
    sPos = bPos_;
    sTokens = bTokens;
    sAt = b;
    return a;
  }

  /** Where to cut a text of n units in two: a punctuation mark or sentence end near the middle, or -1. */
  function cutAt(n: number): number {
    const middle = n >> 1;
    for (let i = middle; i < middle + CUT_SEARCH && i < n - 1; i++) {
      const c = units[i]!;
      const kind = c < 128 ? ASCII_KIND[c] : ENTRY_KIND[FOLD_OF[c]! & 0xff];
      if (kind === A_PUNCT || kind === A_BREAK) return i;
    }
    return -1;
  }

  /** Reads [from, to) the usual way, from the registers as they are. */
  function readOn(from: number, to: number) {
    for (let i = fastLoop(from, to); i < to; i = fastLoop(slowStep(i, to), to));
  }

  return function scan(text) {
    let n = Math.min(text.length, maxChars);
    if (LITTLE_ENDIAN) n = bytes.write(text, 0, 2 * n, 'utf16le') >> 1;
    else for (let i = 0; i < n; i++) units[i] = text.charCodeAt(i);
    hits = 0;
    rState = L_ROOT;
    rStart = rClause = rAc = rOffset = rTokens = rPos = rEvents = 0;
    rRun = -1;
    const cut = n >= TWO_STREAMS ? cutAt(n) : -1;
    if (cut < 0) readOn(0, n);
    else {
      // Both halves at once as far as they go (plain ASCII first); then the rest of the first half, up
      // to and with the cut.
      sRun = -1;
      sAc = sOffset = sEvents = 0;
      let a = twoStreamsAscii(cut, n);
      if (a < cut && sAt < n) a = twoStreams(a, cut, n);
      readOn(a, cut + 1);
      // The second half's words, runs and events join the first's; then the rest of the second half.
      roomForEvents(rEvents + sEvents + n - sAt);
      for (let e = 0; e < sEvents; e++) {
        evCode[rEvents + e] = bEvCode[e]!;
        evOffset[rEvents + e] = bEvOffset[e]!;
        evToken[rEvents + e] = bEvToken[e]! + rTokens;
      }
      rEvents += sEvents;
      for (let t = 0; t < sTokens; t++) {
        tState[rTokens + t] = bState[t]!;
        tPos[rTokens + t] = bPos[t]! + rPos;
        tStart[rTokens + t] = bStart[t]!;
        tEnd[rTokens + t] = bEnd[t]!;
        tClause[rTokens + t] = bClause[t]! + rClause;
      }
      rRun = sRun < 0 ? -1 : sRun + rTokens;
      rAc = sAc;
      rOffset = sOffset;
      rTokens += sTokens;
      rPos += sPos;
      rClause += sClause;
      rState = sState;
      rStart = sStart;
      readOn(sAt, n);
    }
    endWord(n);
    return resolve(text, rTokens, rEvents);
  };
}
