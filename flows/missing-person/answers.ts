/**
 * What typed words mean at each question of a relative's report, as the button they stand for: the senses
 * of flows/shared/answer-words.ts mapped to the question's button ids. Read with `readAnswer`
 * (flows/shared/answers.ts) in the conversation's language and English.
 */
import type { Sense } from '../shared/answers.js';

export const missingPersonMeanings = {
  relationship: { parent: 'parent', child: 'child', sibling: 'sibling', spouse: 'spouse', relative: 'relative', friend: 'friend' },
  sex: { female: 'female', male: 'male' },
  // "selesai", "tidak ada", "ga tau": nothing (more) to tick.
  harm: { done: 'done', none: 'done', skip: 'done', no: 'done' },
  contact: { 'this-chat': 'this-chat', 'by-phone': 'phone' },
  contactWhen: { anytime: 'anytime', times: 'times' },
  // "iya", "saya" → it is me; "bukan", "orang lain" → someone else.
  isSelf: { yes: 'myself', myself: 'myself', no: 'someone-else', 'someone-else': 'someone-else' },
  summary: { yes: 'confirm', send: 'confirm', no: 'change', change: 'change' },
  statusShown: { 'check-again': 'check-again', 'new-report': 'new-report' },
  // "lupa PIN", "ga ingat", "forgot": the officers reset it.
  statusPin: { 'forgot-pin': 'forgot-pin' },
} as const satisfies Record<string, Partial<Record<Sense, string>>>;

export type MissingPersonMeaningStep = keyof typeof missingPersonMeanings;
