/**
 * What typed words mean at each intake question, as the button they stand for: the senses of
 * flows/shared/answer-words.ts mapped to the question's button ids. Read with `readAnswer`
 * (flows/shared/answers.ts) in the conversation's language and English.
 */
import type { Sense } from '../shared/answers.js';

export const intakeMeanings = {
  consent: { yes: 'agree', no: 'disagree' },
  who: { myself: 'myself', 'someone-else': 'someone-else', status: 'status' },
  // "aku takut" (I am scared) is a yes to "are you in danger now?"; "aman" (safe) a no.
  danger: { yes: 'yes', afraid: 'yes', no: 'no', safe: 'no' },
  // "selesai", "tidak ada", "ga tau": nothing (more) to tick.
  situation: { done: 'done', none: 'done', skip: 'done', no: 'done' },
  contact: { anytime: 'anytime', 'they-write-first': 'they-write-first', times: 'times' },
  summary: { yes: 'confirm', send: 'confirm', no: 'change', change: 'change' },
} as const satisfies Record<string, Partial<Record<Sense, string>>>;

export type IntakeMeaningStep = keyof typeof intakeMeanings;
