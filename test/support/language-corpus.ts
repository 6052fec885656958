/**
 * The language corpus (test/fixtures/language-corpus.json): short real-style phrases per language, read and
 * scored by src/i18n/detect.ts for bench/language-detect.ts and test/i18n/detect.test.ts.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { detectLanguage } from '../../src/i18n/detect.js';

const Corpus = z.object({ phrases: z.record(z.string().regex(/^[a-z]{2,3}$/), z.array(z.string().min(1)).min(1)) });

/** Phrases by language. */
export function readLanguageCorpus(file = new URL('../fixtures/language-corpus.json', import.meta.url)): Record<string, string[]> {
  return Corpus.parse(JSON.parse(readFileSync(file, 'utf8'))).phrases;
}

export interface LanguageScore {
  lang: string;
  phrases: number;
  right: number;
  /** What the wrong answers were ('-' for none), with how many times. */
  wrong: Map<string, number>;
}

/** Every phrase detected with every corpus language as a candidate and no hint. */
export function scoreLanguageCorpus(corpus: Record<string, string[]>, detect = detectLanguage): LanguageScore[] {
  const candidates = Object.keys(corpus);
  return candidates.map((lang) => {
    const score: LanguageScore = { lang, phrases: 0, right: 0, wrong: new Map() };
    for (const phrase of corpus[lang]!) {
      score.phrases++;
      const got = detect(phrase, { candidates })?.lang ?? '-';
      if (got === lang) score.right++;
      else score.wrong.set(got, (score.wrong.get(got) ?? 0) + 1);
    }
    return score;
  });
}
