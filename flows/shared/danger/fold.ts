/**
 * What one character becomes for danger recognition: its class (part of a word, part of a run of a script
 * written without spaces, a space, punctuation, a clause break, or nothing) and its folded form (lower
 * case, no accents, NFKC so full-width and compatibility forms read as plain ones, native digits as ASCII
 * digits, Traditional Chinese as Simplified). Pure. What a code point folds to is worked out once and kept:
 * for the 65,536 code units of the BMP in flat typed arrays shared by the process (the scanner reads them with
 * two array loads a character), for other code points in each folder's bounded cache.
 */

/** A letter or digit of a script that separates words with spaces (Latin, Cyrillic, Arabic, Hangul…). */
export const WORD = 1;
/** A character of a script written without spaces between words: matched as substrings. */
export const NOSPACE = 2;
/** White space: ends a word, but a no-space run continues across it ("ช่วย ด้วย"). */
export const SPACE = 3;
/** Punctuation or a symbol: ends a word and a no-space run. */
export const PUNCT = 4;
/** End of a sentence or line: like PUNCT, and negation or "in the past" stop reaching across it. */
export const BREAK = 5;
/** Invisible: zero-width and bidi controls, variation selectors, combining accents. Dropped, joins what is around it. */
export const DROP = 6;
/** A symbol that stands for a word on its own (🆘): a word by itself. */
export const SOLO = 7;

export interface Folded {
  readonly cls: number;
  /** The folded form (WORD, NOSPACE, SOLO); '' for the others. */
  readonly units: string;
}

/** Scripts written without spaces between words. */
const NOSPACE_SCRIPT = /[\p{Script=Thai}\p{Script=Lao}\p{Script=Myanmar}\p{Script=Khmer}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Tibetan}\p{Script=Tai_Tham}\p{Script=New_Tai_Lue}\p{Script=Tai_Le}]/u;
const BREAKS = new Set([...'.!?;\n\r。！？；｡។៕။၊…']);
const SPECIAL: Record<string, string> = { đ: 'd', ð: 'd', ø: 'o', ł: 'l', ß: 'ss', æ: 'ae', œ: 'oe', ı: 'i', þ: 'th', ħ: 'h', ŀ: 'l' };
/** Symbols read as a word. */
const SYMBOL_WORDS: Record<number, string> = { 0x1f198: 'sos' };

/**
 * Traditional Chinese characters of the danger vocabulary and its context, folded to Simplified, so one
 * lexicon line matches both ("被關" and "被关"). Pairs: Traditional, Simplified.
 */
const TRADITIONAL =
  '們们關关鎖锁殺杀綁绑傷伤電电擊击強强賣卖騙骗幫帮護护報报給给會会這这裡里裏里讓让說说來来個个門门無无開开錢钱還还別别' +
  '體体頭头臉脸腳脚醫医槍枪錯错緊紧園园區区詐诈號号碼码嗎吗麼么為为發发現现飯饭餓饿間间鑰钥鐵铁嚇吓脅胁姦奸運运過过邊边' +
  '緬缅國国證证館馆請请問问謝谢聯联絡络繫系聽听見见話话機机對对從从後后時时點点樣样幾几歲岁兒儿孫孙兩两處处沒没將将當当' +
  '經经歷历業业績绩達达標标罰罚餵喂飢饥藥药喚唤搶抢鬥斗毆殴燒烧燙烫針针銬铐鏈链繩绳綑捆監监獄狱籠笼帳账鎮镇闆板';
const TO_SIMPLIFIED = new Map<string, string>();
for (let i = 0; i + 1 < TRADITIONAL.length; i += 2) TO_SIMPLIFIED.set(TRADITIONAL[i]!, TRADITIONAL[i + 1]!);

/** Class of each ASCII code unit. */
export const ASCII_CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  ASCII_CLASS[c] = /[a-z0-9]/i.test(ch) ? WORD : ch === ' ' || ch === '\t' ? SPACE : BREAKS.has(ch) ? BREAK : c < 32 || c === 127 ? DROP : PUNCT;
}

const DROPPED: Folded = { cls: DROP, units: '' };
const SPACED: Folded = { cls: SPACE, units: '' };
const PUNCTUATION: Folded = { cls: PUNCT, units: '' };
const BROKEN: Folded = { cls: BREAK, units: '' };

/** Characters that show nothing although Unicode calls them letters or marks: fillers, joiners, variation selectors. */
function isInvisible(cp: number): boolean {
  return (
    cp === 0x034f || cp === 0x115f || cp === 0x1160 || cp === 0x3164 || cp === 0xffa0 ||
    (cp >= 0x180b && cp <= 0x180f) || (cp >= 0xfe00 && cp <= 0xfe0f) || (cp >= 0xe0100 && cp <= 0xe01ef)
  );
}

/** The value of a decimal digit of any script: the distance back to its block's zero. */
function digitValue(cp: number): number {
  let k = 0;
  while (k < 9 && /\p{Nd}/u.test(String.fromCodePoint(cp - k - 1))) k++;
  return k;
}

/** Works out one code point (no cache). */
export function foldCodePointUncached(cp: number): Folded {
  const symbol = SYMBOL_WORDS[cp];
  if (symbol) return { cls: SOLO, units: symbol };
  const ch = String.fromCodePoint(cp);
  if (/[\p{Cf}\p{Cc}]/u.test(ch) || isInvisible(cp)) {
    return ch === '\n' || ch === '\r' ? BROKEN : ch === '\t' ? SPACED : DROPPED;
  }
  const k = ch.normalize('NFKC');
  const first = k.codePointAt(0);
  if (first === undefined) return DROPPED;
  if (k.length === 1 && first < 128) {
    const cls = ASCII_CLASS[first]!;
    return cls === WORD ? { cls, units: k.toLowerCase() } : cls === SPACE ? SPACED : cls === BREAK ? BROKEN : cls === DROP ? DROPPED : PUNCTUATION;
  }
  if (/^\p{Nd}$/u.test(k)) return { cls: WORD, units: String(digitValue(first)) };
  if (/^\p{White_Space}+$/u.test(k)) return SPACED;
  if (BREAKS.has(k)) return BROKEN;
  if (NOSPACE_SCRIPT.test(ch) && /[\p{L}\p{M}\p{N}]/u.test(k)) {
    return { cls: NOSPACE, units: Array.from(k, (c) => TO_SIMPLIFIED.get(c) ?? c).join('') };
  }
  if (/^\p{M}+$/u.test(k)) {
    // Combining accents (script Inherited) are dropped; vowel signs of a script (Devanagari…) stay in the word.
    return /\p{Script=Inherited}/u.test(k) ? DROPPED : { cls: WORD, units: k };
  }
  if (!/[\p{L}\p{N}]/u.test(k)) return BREAKS.has(k[0]!) ? BROKEN : PUNCTUATION;
  const hangul = /\p{Script=Hangul}/u.test(k);
  const bare = (hangul ? k : k.normalize('NFD').replace(/\p{Script=Inherited}/gu, '')).toLowerCase();
  const units = Array.from(bare, (c) => SPECIAL[c] ?? c)
    .join('')
    .replace(/[^\p{L}\p{N}\p{M}]/gu, '');
  return units === '' ? PUNCTUATION : { cls: WORD, units };
}

/** How many code points a folder remembers; beyond that it works each out again (text can hold any of 1.1 million). */
const CACHE_LIMIT = 8192;

/** A fold function with its own bounded cache (the scanner reads BMP code units through `foldBmp` instead). */
export function createFolder(): (cp: number) => Folded {
  const cache = new Map<number, Folded>();
  return (cp) => {
    let f = cache.get(cp);
    if (f === undefined) {
      f = foldCodePointUncached(cp);
      if (cache.size < CACHE_LIMIT) cache.set(cp, f);
    }
    return f;
  };
}

/** Set in a `BMP_FOLD` entry when the folded form is not one code unit: read it from `bmpUnits`. */
export const MULTI = 8;
/** Set in the `BMP_FOLD` entry of a surrogate: the entry is what a lone one folds to; a pair is one astral code point. */
export const SURROGATE = 16;
/**
 * What each BMP code unit folds to, worked out on first sight and kept for the process (pure, so every
 * recogniser shares it; 256 KiB): `class | MULTI | SURROGATE` in the low byte (0 while not yet worked
 * out) and, when the folded form is one code unit, that unit in the high 16 bits. One load tells the
 * scanner both.
 */
export const BMP_FOLD = new Int32Array(65536);
const bmpMulti = new Map<number, string>();

/** Works out BMP code unit `c` into BMP_FOLD; returns its entry. */
export function foldBmp(c: number): number {
  const f = foldCodePointUncached(c);
  let entry = f.cls;
  if (f.units.length === 1) entry |= f.units.charCodeAt(0) << 16;
  else if (f.units.length > 1) {
    entry |= MULTI;
    bmpMulti.set(c, f.units);
  }
  if (c >= 0xd800 && c < 0xe000) entry |= SURROGATE;
  BMP_FOLD[c] = entry;
  return entry;
}

/** The folded form of a BMP code unit whose BMP_FOLD entry has MULTI. */
export const bmpUnits = (c: number): string => bmpMulti.get(c)!;
