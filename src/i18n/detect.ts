/**
 * The language of a short text, for the first message before the person chose one. This version reads the
 * script only (Thai, Lao, Burmese, Khmer, Han, Hangul, Devanagari, Bengali, Sinhala, Ethiopic, Arabic):
 * a Latin-script text gets the hint, or nothing. A language whose script others share (Devanagari: Hindi,
 * Nepali) is the hint when the hint is one of them, else the first of them among the candidates.
 */

export interface Detected {
  lang: string;
  by: 'script' | 'model' | 'hint';
  /** 0–1: the share of the text's letters in that script (for a hint, 0.5). */
  confidence: number;
}

/** Scripts that name a language, with the languages written in them, most likely first. */
const SCRIPTS: ReadonlyArray<{ re: RegExp; langs: readonly string[] }> = [
  { re: /\p{Script=Thai}/u, langs: ['th'] },
  { re: /\p{Script=Lao}/u, langs: ['lo'] },
  { re: /\p{Script=Myanmar}/u, langs: ['my'] },
  { re: /\p{Script=Khmer}/u, langs: ['km'] },
  { re: /\p{Script=Hangul}/u, langs: ['ko'] },
  { re: /[\p{Script=Hiragana}\p{Script=Katakana}]/u, langs: ['ja'] },
  { re: /\p{Script=Han}/u, langs: ['zh', 'ja'] },
  { re: /\p{Script=Devanagari}/u, langs: ['hi', 'ne', 'mr'] },
  { re: /\p{Script=Bengali}/u, langs: ['bn'] },
  { re: /\p{Script=Sinhala}/u, langs: ['si'] },
  { re: /\p{Script=Ethiopic}/u, langs: ['am', 'ti'] },
  { re: /\p{Script=Arabic}/u, langs: ['ur', 'ar', 'fa', 'ps'] },
  { re: /\p{Script=Tamil}/u, langs: ['ta'] },
];

/** The first two letters of a channel's language code ("zh-hans" → "zh"), lower case. */
function baseOf(hint: string | undefined): string | undefined {
  const m = /^([a-z]{2,3})(?:[-_]|$)/i.exec(hint?.trim() ?? '');
  return m?.[1]?.toLowerCase();
}

/**
 * The language of `text` among `candidates`: by script, else the hint (when it is a candidate). Never
 * throws; undefined when nothing says.
 */
export function detectLanguage(text: string, opts: { hint?: string; candidates: readonly string[] }): Detected | undefined {
  const hint = baseOf(opts.hint);
  const candidates = new Set(opts.candidates);
  const counts = new Map<(typeof SCRIPTS)[number], number>();
  let letters = 0;
  for (const ch of typeof text === 'string' ? text.slice(0, 2000) : '') {
    if (!/\p{L}/u.test(ch)) continue;
    letters++;
    const script = SCRIPTS.find((s) => s.re.test(ch));
    if (script) counts.set(script, (counts.get(script) ?? 0) + 1);
  }
  // Hiragana or Katakana among Han: Japanese.
  const kana = [...counts.keys()].find((s) => s.langs[0] === 'ja');
  const ordered = [...counts].sort((a, b) => b[1] - a[1] + (a[0] === kana ? -0.5 : 0));
  for (const [script, n] of ordered) {
    const lang = hint && script.langs.includes(hint) && candidates.has(hint) ? hint : script.langs.find((l) => candidates.has(l));
    if (lang) return { lang, by: 'script', confidence: n / letters };
  }
  if (hint && candidates.has(hint)) return { lang: hint, by: 'hint', confidence: 0.5 };
  return undefined;
}
