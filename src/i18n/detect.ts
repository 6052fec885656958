/**
 * The language a person's words are written in, for the first message of a conversation (which picks the
 * language it goes on in) and for every message officers read (the card says what language it is in).
 *
 * Script first, with no model: Thai, Burmese, Khmer, Lao, Han (Chinese; kana means Japanese, not Chinese),
 * Devanagari (Hindi, or Nepali when its own words and endings are there), Bengali, Ethiopic (Amharic), Hangul
 * (Korean), Arabic script (Urdu: the people who write to this hotline in Arabic script are nearly all
 * Pakistani; Urdu's own letters ے ٹ ڈ ڑ ں ھ make it sure, without them it is still taken as Urdu, with a
 * lower confidence), Sinhala. Vietnamese letters (ơ ư đ ă, ạ ả ấ …) decide Vietnamese.
 *
 * Other Latin-script text goes to everyday words (src/i18n/latin-words.ts) and a character-trigram model
 * (franc-min), both restricted to the candidate languages: short chat messages ("sy ga bisa pulang") carry
 * too few letters for trigrams alone, and franc cannot tell Indonesian, Malay and Javanese apart on them.
 * Hindustani in Latin letters with Urdu's own spellings or words ("mujhay bachao", "khuda ke liye") is Urdu
 * (Roman Urdu), not Hindi: Urdu when it is a candidate, else no answer from the words.
 *
 * A text too short to say anything ("sos", "hi", "ok", "1", one Latin word) decides nothing: the answer is
 * then the channel's hint (Telegram's `language_code`, normalised: 'zh-hans' → zh, 'fil' → tl) when it is a
 * candidate, else undefined. Pure and synchronous; the text is never logged.
 */
import { francAll } from 'franc-min';
import { latinWords, latinWordLanguages } from './latin-words.js';

export interface DetectedLanguage {
  lang: string;
  /** `script`: the letters alone; `model`: words and trigrams (Latin script); `hint`: the channel's hint, no text evidence. */
  by: 'script' | 'model' | 'hint';
  /** 0–1: how clearly the text points to this language rather than the next one. */
  confidence: number;
}

/** Every language the detector can name, by script or by model. */
export const DETECTABLE_LANGUAGES: readonly string[] = [...new Set(['th', 'my', 'km', 'lo', 'zh', 'hi', 'ne', 'bn', 'am', 'ko', 'ur', 'si', ...latinWordLanguages])]; // hi is a script and a word list

/** ISO 639-3 (franc) → the codes used in locales/. */
const FRANC_CODES: Readonly<Record<string, string>> = { ind: 'id', zlm: 'ms', jav: 'jv', eng: 'en', tgl: 'tl', vie: 'vi', swh: 'sw' };
const TO_FRANC = Object.fromEntries(Object.entries(FRANC_CODES).map(([three, two]) => [two, three]));

/** Other names channels give a language (BCP 47 tags, ISO 639-2/3 codes, old codes) → the codes used in locales/. */
const HINT_ALIASES: Readonly<Record<string, string>> = {
  fil: 'tl', tgl: 'tl', in: 'id', ind: 'id', msa: 'ms', zsm: 'ms', zlm: 'ms', may: 'ms', jw: 'jv', jav: 'jv', eng: 'en',
  vie: 'vi', swa: 'sw', swh: 'sw', tha: 'th', mya: 'my', bur: 'my', khm: 'km', lao: 'lo', zho: 'zh', chi: 'zh', cmn: 'zh',
  yue: 'zh', hin: 'hi', nep: 'ne', npi: 'ne', ben: 'bn', amh: 'am', kor: 'ko', urd: 'ur', sin: 'si',
};

/** A channel's language code as a locales/ code: 'zh-hans' → zh, 'fil' → tl, 'pt-BR' → pt; undefined if blank. */
export function languageOfHint(hint: string | undefined): string | undefined {
  const base = hint?.trim().toLowerCase().split(/[-_]/)[0];
  if (!base || !/^[a-z]{2,3}$/.test(base)) return undefined;
  return HINT_ALIASES[base] ?? base;
}

/** Scripts that name a language (or two) by their letters alone. */
const SCRIPTS: ReadonlyArray<{ re: RegExp; lang: string }> = [
  { re: /\p{Script=Thai}/u, lang: 'th' },
  { re: /\p{Script=Myanmar}/u, lang: 'my' },
  { re: /\p{Script=Khmer}/u, lang: 'km' },
  { re: /\p{Script=Lao}/u, lang: 'lo' },
  { re: /[\p{Script=Hiragana}\p{Script=Katakana}]/u, lang: 'ja' },
  { re: /\p{Script=Han}/u, lang: 'zh' },
  { re: /\p{Script=Devanagari}/u, lang: 'hi' }, // or ne: see devanagari()
  { re: /\p{Script=Bengali}/u, lang: 'bn' },
  { re: /\p{Script=Ethiopic}/u, lang: 'am' },
  { re: /\p{Script=Hangul}/u, lang: 'ko' },
  { re: /\p{Script=Arabic}/u, lang: 'ur' },
  { re: /\p{Script=Sinhala}/u, lang: 'si' },
];

/** Letters Urdu has and Arabic has not (ٹ ڈ ڑ ں ے ھ, and the Persian-Urdu پ چ ژ گ ک ی). */
const URDU_LETTERS = /[\u0679\u0688\u0691\u06BA\u06D2\u06BE\u067E\u0686\u0698\u06AF\u06A9\u06CC]/u;
/** Vietnamese's own letters: ă đ ơ ư and the tone-marked vowels of Latin Extended Additional (ạ ả ấ … ỹ). */
const VIETNAMESE_LETTERS = /[ăâđêôơưĂÂĐÊÔƠƯ\u1EA0-\u1EF9]/u;

/**
 * Nepali's everyday words and endings in Devanagari (छ/छु/छौं/छैन "is/am/are/is not", मलाई "to me", मेरो "my",
 * हामी "we", गर्नुहोस् "please do", the -ेको participle, लाई) against Hindi's (है/हैं/हूँ, नहीं, मुझे, मेरा/मेरी,
 * का/की/के, से, में, रहा, था).
 */
const NEPALI = /(?:^|[\s,.!?])(?:छ|छु|छौं|छौ|छन्|छैन|छैनन्|हो|होइन|मलाई|मेरो|हामी|तिमी|तपाईं|तपाई|म|पनि|गर्नुहोस्|कृपया)(?=$|[\s,.!?])|ेको(?=$|[\s,.!?])|नुहोस्|लाई(?=$|[\s,.!?])|दैन(?=$|[\s,.!?])|छौं|हुन्छ/gu;
const HINDI = /(?:^|[\s,.!?])(?:है|हैं|हूँ|हूं|हो|नहीं|मुझे|मुझको|मेरा|मेरी|मेरे|का|की|के|से|में|रहा|रही|था|थी|करो|करें|मत|यहाँ|यहां|भाई|लोग)(?=$|[\s,.!?])/gu;

function devanagari(text: string): { lang: 'hi' | 'ne'; confidence: number } {
  const ne = text.match(NEPALI)?.length ?? 0;
  const hi = text.match(HINDI)?.length ?? 0;
  if (ne > hi) return { lang: 'ne', confidence: (ne - hi) / ne };
  return { lang: 'hi', confidence: hi === 0 ? 0.5 : (hi - ne) / hi };
}

/** The language of the script most of the text's non-Latin letters are in, if there are at least two. */
function byScript(text: string): DetectedLanguage | undefined {
  const counts = new Map<string, number>();
  let letters = 0;
  for (const ch of text) {
    if (!/\p{L}|\p{M}/u.test(ch)) continue;
    letters++;
    const script = SCRIPTS.find((s) => s.re.test(ch));
    if (script) counts.set(script.lang, (counts.get(script.lang) ?? 0) + 1);
  }
  // Japanese: any kana makes its Han letters Japanese (kanji), not Chinese.
  if (counts.has('ja')) {
    counts.set('ja', counts.get('ja')! + (counts.get('zh') ?? 0));
    counts.delete('zh');
  }
  const [best] = [...counts].sort((a, b) => b[1] - a[1]);
  if (!best || best[1] < 2) return undefined;
  const share = best[1] / letters;
  if (best[0] === 'hi') {
    const d = devanagari(text);
    return { lang: d.lang, by: 'script', confidence: share * (0.5 + d.confidence / 2) };
  }
  if (best[0] === 'ur') return { lang: 'ur', by: 'script', confidence: share * (URDU_LETTERS.test(text) ? 1 : 0.6) };
  return { lang: best[0], by: 'script', confidence: share };
}

/** Lower case, accents off, letter runs ("tolonggg", "plsss") cut to one letter, split into words. */
function latinWordsOf(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/gi, 'd')
    .toLowerCase()
    .replace(/(\p{L})\1{2,}/gu, '$1')
    .split(/[^\p{L}']+/u)
    .map((w) => w.replace(/^'+|'+$/g, ''))
    .filter(Boolean);
}

/**
 * Words of Urdu typed in Latin letters ("Roman Urdu") that Hinglish does not use: the Urdu spellings
 * "mujhay", "hamain", "rahay", "karain" (Hinglish "mujhe", "hamein", "rahe", "karein") and words of Urdu's
 * own ("khuda", "mehrbani", "qaid", "janab"). The everyday words call such text Hindi; it is Urdu, and a
 * Pakistani who types it reads Urdu's script and often English, seldom Hindi's Devanagari.
 */
const ROMAN_URDU = new Set(`khuda allah mehrbani meharbani janab inshallah mashallah assalam assalamualaikum walaikum pakistan pakistani
  mujhay hamain humain tumhain unhain hamaray tumharay karain rahay huay qaid maartay phansay`.split(/\s+/));

/** Per candidate: its share of the everyday words in the text, plus half of franc's trigram score (0–1). */
function byModel(text: string, candidates: readonly string[]): DetectedLanguage | undefined {
  // Candidates franc has a Latin model for, and those only the word lists know (Hindi typed in Latin letters).
  const latin = candidates.filter((c) => TO_FRANC[c] !== undefined || latinWordLanguages.includes(c));
  if (latin.length === 0) return undefined;
  const words = latinWordsOf(text);
  const letters = words.join('').length;
  if (words.length < 2 || letters < 6) return undefined; // "sos", "ok", "hi there"? too little to go on
  const scores = new Map<string, number>(latin.map((c) => [c, 0]));
  for (const w of words) {
    const langs = latinWords.get(w)?.filter((l) => scores.has(l)) ?? [];
    for (const l of langs) scores.set(l, scores.get(l)! + 1 / langs.length);
  }
  if (latin.length > 1) {
    const ranked = francAll(words.join(' '), { only: latin.flatMap((c) => TO_FRANC[c] ?? []), minLength: 1 });
    const worst = Math.min(...ranked.map(([, s]) => s));
    for (const [code, s] of ranked) {
      const lang = FRANC_CODES[code];
      if (lang && worst < 1) scores.set(lang, scores.get(lang)! + (0.5 * (s - worst)) / (1 - worst));
    }
  }
  const [first, second] = [...scores].sort((a, b) => b[1] - a[1]);
  if (!first || first[1] < 1) return undefined; // not one everyday word of any candidate
  const margin = first[1] - (second?.[1] ?? 0);
  if (margin <= 0.25) return undefined;
  return { lang: first[0], by: 'model', confidence: Math.min(1, margin / first[1]) };
}

/**
 * The language `text` is written in, among `candidates`; without text evidence, the hint (normalised)
 * when it is a candidate; else undefined.
 */
export function detectLanguage(text: string, opts: { hint?: string; candidates: readonly string[] }): { lang: string; by: 'script' | 'model' | 'hint'; confidence: number } | undefined {
  const { candidates } = opts;
  const fromText = (): DetectedLanguage | undefined => {
    const script = byScript(text);
    if (script) return candidates.includes(script.lang) ? script : undefined;
    if (candidates.includes('vi') && VIETNAMESE_LETTERS.test(text) && latinWordsOf(text).length >= 1) return { lang: 'vi', by: 'script', confidence: 1 };
    const model = byModel(text, candidates);
    // Roman Urdu: Urdu when it is a candidate; never Hindi, whose Devanagari its writer may not read.
    if (model?.lang === 'hi' && latinWordsOf(text).some((w) => ROMAN_URDU.has(w))) return candidates.includes('ur') ? { ...model, lang: 'ur' } : undefined;
    return model;
  };
  const found = fromText();
  if (found) return found;
  const hint = languageOfHint(opts.hint);
  return hint && candidates.includes(hint) ? { lang: hint, by: 'hint', confidence: 0 } : undefined;
}
