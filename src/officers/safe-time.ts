/**
 * When it is safe for the embassy to write: reads the times a person typed during intake ("setelah jam
 * 10 malam", "jam 9-10 malam", "22:00-23:30", "before 7am", "pagi jam 6 atau malam jam 10") as daily
 * windows in their local time, and finds the next moment one of them opens.
 *
 * The reading is cautious on purpose. A wrong window could put the embassy's message on the phone while
 * someone else is watching it, so anything we cannot pin down — "jam 10" without morning or night, days
 * ("weekends", "sabtu"), "until 22:00" with no start — reads as no window, and the caller waits for the
 * person to write first, which is always safe.
 *
 * Negations say when NOT to write ("jangan jam 9 malam", "jam 9 malam ada bos", "selain jam 9-10",
 * "avoid 20:00-23:00", "not after 10pm"). The complement of a dangerous time is not a safe time we were
 * told, so a negation alone gives no window; next to safe times it takes its hours out of them. Which
 * times a negation covers:
 * - "jangan", "not", "avoid" (negation): the times that follow it, and on through later clauses until
 *   "but" / "tapi" or a clause that says it is safe ("aman", "aja", "ok"). Times on both sides of it in one
 *   clause ("jam 10 malam jangan jam 9") are all covered: we cannot tell which it means. With no time right
 *   after it, the times of its clause and later ones; with none in its clause either ("jam 9 malam, jangan
 *   kirim"), every time named before and after it.
 * - "kecuali", "except", "other than" (exclusion): as a negation, but only forwards when a time follows.
 * - "ada bos", "tidak aman", "guards check" (danger): the times of its own clause, else all around it.
 * Excluded hours are wider than windows ("not after 10pm" excludes six hours), and when the person writes,
 * answers still go out at once (they hold the phone): exclusions only stop deliveries by the clock.
 */
import { am, buildLexicon, hm, HOUR, MAX_RAW, pm, readTokens, type Clock, type Lexicon, type NumberWords, type Tok } from './safe-time-tokens.js';
import { perLanguage, readingOrder, wordsOf } from '../../flows/shared/words.js';
import { safeTimeTables, type SafeTimeWords } from './safe-time-words.js';
import { DAY, mod, subtractWindows, type SafeWindow } from './safe-window.js';

export { nextSafeMoment, type SafeWindow } from './safe-window.js';

/** What an answer says: when it is safe to write, and when it is not. */
export interface SafeTimeReading {
  /** Daily windows with the excluded hours taken out; undefined when none can be read (wait for the person). */
  windows: SafeWindow[] | undefined;
  /** Hours the answer says not to write in, or that we treat so ("until 22:00"): never scheduled by the clock. */
  excluded: SafeWindow[];
}

export interface SafeTimeReader {
  read(text: string): SafeTimeReading;
  /** The windows alone: `read(text).windows`. */
  parse(text: string): SafeWindow[] | undefined;
}

/**
 * "After 10pm" opens a short window, not the rest of the day: the person named the moment the phone is
 * theirs, and later it may be watched again (guards come back, the phone is collected at night).
 */
const AFTER_SPAN = 2 * HOUR;
/** "Before 7am": the two hours before it, for the same reason. */
const BEFORE_SPAN = 2 * HOUR;
/** A lone time ("jam 9 malam"): the hour that follows it. */
const AT_SPAN = HOUR;
/** "Not after 10pm", "stop at 22:00": the hours on that side of the time that are not safe (wider than any window). */
const EXCLUDED_SPAN = 6 * HOUR;

/**
 * A reader for the given languages (all at once: people mix them, "after jam 10 malam"). By default the
 * `safeTime` words of every words file; a test can add its own: `createSafeTimeReader({ ...safeTimeTables(), xx })`.
 * `numbers`: number words of scripts without spaces ("十点") read as numbers.
 */
export function createSafeTimeReader(languages: Readonly<Record<string, SafeTimeWords>> = safeTimeTables(), numbers: NumberWords[] = []): SafeTimeReader {
  const lexicon = buildLexicon(Object.values(languages), numbers);

  function read(text: string): SafeTimeReading {
    const none: SafeTimeReading = { windows: undefined, excluded: [] };
    try {
      if (typeof text !== 'string' || text.length > MAX_RAW) return none;
      if (!/\p{Cf}/u.test(text)) return readOnce(text, '', lexicon) ?? none;
      // Invisible characters may join words or split them: keep a window only if both readings agree on it.
      const joined = readOnce(text, '', lexicon), split = readOnce(text, ' ', lexicon);
      if (!joined || !split) return none;
      const excluded = [...joined.excluded, ...split.excluded];
      return JSON.stringify(joined.windows) === JSON.stringify(split.windows) ? { windows: joined.windows, excluded } : { windows: undefined, excluded };
    } catch {
      return none;
    }
  }
  return { read, parse: (text) => read(text).windows };
}

type Moment = Extract<Tok, { k: 'time' }> | Extract<Tok, { k: 'part' }>;
const isMoment = (t: Tok): t is Moment => t.k === 'time' || t.k === 'part';

/** Marks the times each negation covers (see the module's comment for the rules). */
function markNegations(toks: Tok[]): void {
  // clauses: between punctuation, "but", "then"
  const clauses: { start: number; end: number; contrast: boolean }[] = [];
  const clauseOf: number[] = [];
  let start = 0, contrast = false;
  toks.forEach((t, i) => {
    clauseOf[i] = clauses.length;
    if (t.k === 'sep' && !t.or) {
      clauses.push({ start, end: i, contrast });
      start = i + 1;
      contrast = t.contrast === true;
    }
  });
  clauses.push({ start, end: toks.length, contrast });
  const moments = (from: number, to: number) => toks.slice(from, to).filter(isMoment);
  const safeClause = (c: { start: number; end: number }) => {
    const own = toks.slice(c.start, c.end);
    return own.some((t) => t.k === 'affirm') && !own.some((t) => t.k === 'neg');
  };
  toks.forEach((t, i) => {
    if (t.k !== 'neg') return;
    const ci = clauseOf[i]!, c = clauses[ci]!;
    const before = moments(c.start, i), after = moments(i + 1, c.end);
    const later: Moment[] = [];
    for (const d of clauses.slice(ci + 1)) {
      if (d.contrast || safeClause(d)) break;
      later.push(...moments(d.start, d.end));
    }
    const earlier = moments(0, i);
    let j = i + 1;
    while (j < c.end && toks[j]!.k !== 'and' && toks[j]!.k !== 'sep') j++;
    const next = moments(i + 1, j); // what it says of directly, before any "and" / "or"
    let covered: Moment[];
    if (t.how === 'danger') covered = before.length || next.length ? [...before, ...after] : [...earlier, ...after, ...later];
    else if (next.length) covered = [...(t.how === 'neg' ? before : []), ...after, ...later];
    else if (before.length) covered = [...before, ...after, ...later];
    else covered = [...earlier, ...after, ...later]; // "jam 9 malam, jangan kirim": which one? all
    for (const m of covered) m.neg = true;
  });
}

interface Item {
  qual: 'at' | 'after' | 'before' | 'until' | 'stop';
  start: Moment;
  end?: Moment;
  clock?: Clock; // the group's lone part of the day, for times that have none ("malam, 9-10")
  orBefore: boolean; // joined to the item before it by "or"
  neg: boolean; // a time not to write
}

/** Splits into groups at separators and turns each group into items. */
function readItems(toks: Tok[]): Item[] | undefined {
  const groups: { toks: Tok[]; or: boolean }[] = [{ toks: [], or: false }];
  for (const t of toks) {
    const g = groups[groups.length - 1]!;
    if (t.k === 'day') return undefined; // days cannot be a daily window; guessing one could be unsafe
    if (t.k === 'and' && g.toks.some((x) => x.k === 'between') && !g.toks.some((x) => x.k === 'range')) {
      g.toks.push({ k: 'range', word: true }); // "between 9 and 10pm"
    } else if (t.k === 'sep' || t.k === 'and') {
      groups.push({ toks: [], or: t.k === 'sep' && t.or });
    } else g.toks.push(t);
  }
  const items: Item[] = [];
  for (const g of groups) {
    const mine: Item[] = [];
    let qual: Item['qual'] | undefined;
    let open = false, lastWasMoment = false;
    for (const t of g.toks) {
      if (t.k === 'after' || t.k === 'before') { qual = t.k; lastWasMoment = false; }
      else if (t.k === 'range') {
        const last = mine[mine.length - 1];
        if (lastWasMoment && last && !last.end) open = true;
        else if (t.word) qual = t.end ?? 'until'; // "sampai jam 7 pagi", "stop at 22:00": no start
        lastWasMoment = false;
      } else if (isMoment(t)) {
        const last = mine[mine.length - 1];
        if (open && last) { last.end = t; last.neg ||= t.neg === true; }
        else mine.push({ qual: qual ?? 'at', start: t, orBefore: mine.length === 0 && g.or, neg: t.neg === true });
        open = false; qual = undefined; lastWasMoment = true;
      } else if (t.k !== 'filler') lastWasMoment = false;
    }
    // a part of the day next to times only tells how to read them ("malam, jam 9-10"); a negated one still excludes
    if (mine.some((it) => it.start.k === 'time' || it.end?.k === 'time')) {
      const free = mine.filter((it) => it.start.k === 'part' && !it.end && it.qual === 'at');
      const clocks = new Set(free.map((it) => (it.start.k === 'part' ? it.start.part.clock : am)));
      const clock = clocks.size === 1 ? [...clocks][0] : undefined;
      const kept = mine.filter((it) => !free.includes(it) || it.neg);
      kept.forEach((it, n) => items.push({ ...it, clock, orBefore: n === 0 && g.or }));
    } else items.push(...mine);
  }
  return items;
}

/** A moment's minutes when they are certain, else the two readings of its hour (morning, evening). */
function minutes(m: Moment, groupClock: Clock | undefined, fallback: boolean): number | [number, number] {
  if (m.k === 'part') return m.part.point ?? m.part.range![0];
  const { h } = m;
  if (h === 0 || h > 12) return hm(h, m.m);
  if (m.clock) return hm(m.clock(h), m.m);
  if (m.zero) return hm(h, m.m); // "09:00"
  if (groupClock) return hm(groupClock(h), m.m);
  if (fallback && m.minutes) return hm(h, m.m); // "9.30" alone: the 24-hour clock Indonesians write
  return [hm(am(h), m.m), hm(pm(h), m.m)];
}

/** The reading of `c` that makes the shortest window with `fixed` (c after fixed when `forward`). */
function nearest(c: number | [number, number], fixed: number, forward: boolean): number {
  if (typeof c === 'number') return c;
  const span = (x: number) => mod(forward ? x - fixed : fixed - x, DAY) || DAY;
  return span(c[0]) <= span(c[1]) ? c[0] : c[1];
}

function range(it: Item, start: Moment, end: Moment): SafeWindow | undefined {
  let s = minutes(start, undefined, false), e = minutes(end, undefined, false);
  if (typeof s !== 'number' && typeof e !== 'number') {
    s = minutes(start, it.clock, true);
    e = minutes(end, it.clock, true);
  }
  if (typeof s === 'number') e = nearest(e, s, true);
  else if (typeof e === 'number') s = nearest(s, e, false);
  return typeof s === 'number' && typeof e === 'number' ? { start: s, end: e } : undefined;
}

/** How far a window reaches before and after the time an item names, by its word ("at" is always the hour after). */
type Spans = Record<'after' | 'before' | 'until' | 'stop', [number, number]>;
const SAFE: Spans = { after: [0, AFTER_SPAN], before: [BEFORE_SPAN, 0], until: [0, 0], stop: [0, 0] };
/** Negated: wider. "Jangan sampai jam 10" (not until 10) excludes the hours before it. */
const NEGATED: Spans = { after: [0, EXCLUDED_SPAN], before: [EXCLUDED_SPAN, 0], until: [EXCLUDED_SPAN, 0], stop: [EXCLUDED_SPAN, EXCLUDED_SPAN] };
/** "Until 22:00" alone: safe before it or after it? Neither side, for the clock. "Stop at 22:00": not after it. */
const BARE_END: Spans = { after: [0, 0], before: [0, 0], until: [EXCLUDED_SPAN, EXCLUDED_SPAN], stop: [0, EXCLUDED_SPAN] };

/** The window an item names with these spans, undefined when its time is not certain. */
function toWindow(it: Item, spans: Spans): SafeWindow | undefined {
  const { start, end } = it;
  if (end?.k === 'part' && start.k === 'part' && end.part === start.part) return toWindow({ ...it, end: undefined }, spans); // "pagi-pagi"
  if (end) return range(it, start, end);
  let t: number;
  if (start.k === 'part') {
    const { range: r, point } = start.part;
    if (it.qual === 'at') return r ? { start: r[0], end: r[1] } : { start: point!, end: point! + AT_SPAN };
    t = point ?? (it.qual === 'after' ? r![1] : r![0]);
  } else {
    const m = minutes(start, it.clock, true);
    if (typeof m !== 'number') return undefined; // "jam 10": morning or night? we do not guess
    t = m;
  }
  const [before, after] = it.qual === 'at' ? [0, AT_SPAN] : spans[it.qual];
  return before + after > 0 ? { start: t - before, end: t + after } : undefined;
}

/** The hours an item excludes: every reading of an uncertain hour ("jangan jam 10": 10:00 and 22:00). */
function exclusions(it: Item, spans: Spans): SafeWindow[] | undefined {
  const w = toWindow(it, spans);
  if (w) return [w];
  const both = [am, pm].map((clock) => toWindow({ ...it, clock }, spans));
  return both.every((x) => x) ? (both as SafeWindow[]) : undefined;
}

function readOnce(text: string, zw: string, lexicon: Lexicon): SafeTimeReading | undefined {
  const toks = readTokens(text, zw, lexicon);
  if (!toks) return undefined;
  markNegations(toks);
  const items = readItems(toks);
  if (!items) return undefined;
  // "after 10pm and before 6am", "jam 9 malam, sampai jam 11" are one window
  for (let i = 1; i < items.length; i++) {
    const a = items[i - 1]!, b = items[i]!;
    const ends = b.qual === 'before' ? a.qual === 'after' : (b.qual === 'until' || b.qual === 'stop') && (a.qual === 'after' || a.qual === 'at');
    if (ends && !a.end && !b.end && !b.orBefore && !a.neg && !b.neg) {
      items.splice(i - 1, 2, { ...a, qual: 'at', end: b.start, clock: a.clock ?? b.clock });
      i--;
    }
  }
  const safe: SafeWindow[] = [], excluded: SafeWindow[] = [];
  for (const it of items) {
    if (it.neg || it.qual === 'until' || it.qual === 'stop') {
      const ex = exclusions(it, it.neg ? NEGATED : BARE_END);
      if (!ex) return { windows: undefined, excluded }; // a time not to write that we cannot place: no window at all
      excluded.push(...ex);
    } else {
      const w = toWindow(it, SAFE);
      if (w) safe.push(w);
    }
  }
  const windows = inDay(excluded.length ? subtractWindows(inDay(safe), inDay(excluded)) : safe);
  return { windows: windows.length > 0 ? windows : undefined, excluded: inDay(excluded) };
}

/** Windows within one day, sorted by start, without empty ones or duplicates. */
function inDay(list: SafeWindow[]): SafeWindow[] {
  const byKey = new Map<string, SafeWindow>();
  for (const w of list) {
    const win = { start: mod(w.start, DAY), end: mod(w.end, DAY) };
    if (win.start !== win.end) byKey.set(`${win.start}-${win.end}`, win);
  }
  return [...byKey.values()].sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * The reader of a conversation in `lang`: its words, the ones it also reads and English ('' or a language
 * without words: every language). Built once per language.
 */
const readerFor = perLanguage((lang) => {
  const codes = readingOrder(lang);
  return createSafeTimeReader(
    Object.fromEntries(codes.map((code) => [code, wordsOf(code)!.safeTime])),
    codes.map((code) => wordsOf(code)!.answers.counts),
  );
});

/** The windows a text names, or undefined when it names none we can read (the caller then waits for the person to write first). */
export function parseSafeTimes(text: string, lang = ''): SafeWindow[] | undefined {
  return readerFor(lang).parse(text);
}

/** What a text says in `lang` (every language when ''): its windows and the hours it excludes. */
export function readSafeTimes(text: string, lang = ''): SafeTimeReading {
  return readerFor(lang).read(text);
}
