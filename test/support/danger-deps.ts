/** The danger parts of `FlowDeps`, built the way src/core/hotline.ts builds them, for flow tests. */
import type { FlowDeps } from '../../flows/contract.js';
import { createDangerRecognizer } from '../../flows/shared/danger/index.js';
import type { Locales } from '../../src/i18n/locales.js';

export function dangerDeps(locales: Locales): Pick<FlowDeps, 'saysDanger' | 'dangerGrade'> {
  const recognizer = createDangerRecognizer(locales.dangerLexicons);
  return { saysDanger: (text) => recognizer.grade(text) === 'critical', dangerGrade: (text) => recognizer.grade(text) };
}
