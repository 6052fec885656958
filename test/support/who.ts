/**
 * The intake's first menu (after consent) asks who needs help. Tests that walk the intake as a person in
 * trouble press this choice right after agreeing: `press(MYSELF)`, or type its label `myselfLabel(lang)`.
 */
import { whoChoices } from '../../flows/intake/machine.js';

/** Button id of "I need help myself". */
export const MYSELF = whoChoices.myself;
/** Button id of "I am reporting someone else (missing person)". */
export const SOMEONE_ELSE = whoChoices.someoneElse;
/** Button id of "Check a report I made". */
export const CHECK_REPORT = whoChoices.status;

const labels: Record<string, string> = { en: 'I need help myself', id: 'Saya sendiri butuh bantuan' };
/** The "I need help myself" button's words in a language (typing them picks the button). */
export function myselfLabel(lang: string): string {
  return labels[lang] ?? labels.en!;
}
