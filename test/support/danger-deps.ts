/**
 * The recognition parts of `FlowDeps` (danger, retractions, the suspect silence), built the way
 * src/core/hotline.ts builds them, for flow tests.
 */
import type { FlowDeps } from '../../flows/contract.js';
import { createDangerRecognizer } from '../../flows/shared/danger/index.js';
import { createRetractionRecognizer } from '../../flows/shared/retraction.js';
import type { Locales } from '../../src/i18n/locales.js';

/** The default of `SUSPECT_QUIET_HOURS`, in ms. */
export const SUSPECT_QUIET_MS = 12 * 3600_000;

export function dangerDeps(locales: Locales): Pick<FlowDeps, 'saysDanger' | 'dangerGrade' | 'saysRetraction' | 'suspectQuietMs'> {
  const recognizer = createDangerRecognizer(locales.dangerLexicons);
  return {
    saysDanger: (text) => recognizer.grade(text) === 'critical',
    dangerGrade: (text) => recognizer.grade(text),
    ...retractionDeps(locales),
  };
}

/** The retraction parts of `FlowDeps` alone. */
export function retractionDeps(locales: Locales): Pick<FlowDeps, 'saysRetraction' | 'suspectQuietMs'> {
  return { saysRetraction: createRetractionRecognizer(locales.retractionLexicons), suspectQuietMs: SUSPECT_QUIET_MS };
}
