/**
 * Danger recognition: how sure we are that a message says "I am in danger now". Pure; no I/O.
 * docs/recognition.md explains the steps, the grades and the lexicon format.
 */
export { createDangerRecognizer, rememberLastGrade, DEFAULT_MAX_CHARS, type DangerExplanation, type DangerMatch, type DangerRecognizer } from './recognizer.js';
export type { DangerGrade, DangerReason } from './grade.js';
export { parseDangerLexicon, phraseSections, type DangerLexicon, type LexiconProblem, type PhraseSection } from './lexicon.js';
export { normalizeForMatching } from './segments.js';
