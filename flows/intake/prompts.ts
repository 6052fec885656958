/**
 * The question each intake state asks, as data: a message key, buttons, and whether to offer the
 * "share location" button. The runtime renders them in the person's language (locales/<lang>/intake.ftl).
 * In discreet mode every question but the language menu is transient: deleted once answered, so that the
 * questions and the ticks on their buttons do not stay on screen.
 */
import { choiceIds, contactChoices, editableSteps, peopleChoices, whoChoices, type IntakeContext } from './machine.js';
import type { PromptChoice, PromptSpec } from '../contract.js';
import { isDiscreet } from '../shared/discreet.js';
import { languageMenu, one as row, pairs } from '../shared/prompts.js';
import { indicators } from '../shared/triage.js';

export type { PromptChoice, PromptSpec };

const one = (id: string, key = `choice-${id}`): PromptChoice[] => row(id, key);

export interface PromptOptions {
  languages: readonly string[];
  countries: readonly string[];
  /** The deployment's discreet default for the intake (default true). */
  discreetByDefault?: boolean;
}

/** The prompt for a state, or undefined for states that ask nothing (done). */
export function promptFor(state: string, context: IntakeContext, opts: PromptOptions): PromptSpec | undefined {
  const spec = questionOf(state, context, opts);
  if (!spec || state === 'chooseLanguage' || !isDiscreet(context, opts.discreetByDefault ?? true)) return spec;
  return { ...spec, transient: true };
}

function questionOf(state: string, context: IntakeContext, opts: PromptOptions): PromptSpec | undefined {
  switch (state) {
    case 'chooseLanguage':
      return languageMenu(opts.languages);
    case 'consent':
      return { key: 'consent', numbered: true, choices: [one(choiceIds.agree), one(choiceIds.disagree)] };
    case 'declined':
      // With a case open (an SOS came first), the case stays: say so rather than "nothing was kept".
      return { key: context.caseId ? 'declined-case-open' : 'declined', numbered: true, choices: [one(choiceIds.startOver)] };
    case 'who':
      return { key: 'ask-who', numbered: true, choices: Object.values(whoChoices).map((id) => one(id, `who-${id}`)) };
    case 'danger':
      return { key: 'ask-danger', numbered: true, choices: [one(choiceIds.yes), one(choiceIds.no)] };
    case 'location':
      return { key: 'ask-location', numbered: false, choices: [], requestLocation: true };
    case 'country': {
      const ids = [...opts.countries.map((c) => ({ id: c, key: `country-${c}` })), { id: choiceIds.other, key: 'choice-other' }];
      return { key: 'ask-country', numbered: true, choices: pairs(ids) };
    }
    case 'situation':
      return {
        key: 'ask-situation',
        numbered: true,
        choices: [
          ...indicators.map((id) => [{ id, key: `indicator-${id}`, selected: context.answers.situation.includes(id) }]),
          one(choiceIds.done),
        ],
      };
    case 'people':
      return {
        key: 'ask-people',
        numbered: false,
        choices: [peopleChoices.slice(0, 2), peopleChoices.slice(2)].map((row) => row.map((id) => ({ id, key: `people-${id}` }))),
      };
    case 'contact':
      return { key: 'ask-contact', numbered: true, choices: contactChoices.map((id) => one(id)) };
    case 'contactTimes':
      return { key: 'ask-contact-times', numbered: false, choices: [] };
    case 'codeWord':
      return { key: 'ask-code-word', numbered: false, choices: [one(choiceIds.skip)], secret: 'code' };
    case 'duressWord':
      // Skipping keeps the language's default duress phrase (locales/<lang>/intake.ftl: duress-default).
      return { key: 'ask-duress-word', numbered: false, choices: [one(choiceIds.skip, 'choice-keep-duress-default')], secret: 'duress' };
    case 'name':
      return { key: 'ask-name', numbered: false, choices: [one(choiceIds.skip)] };
    case 'aboutMe':
      return { key: 'ask-about-me', numbered: false, choices: [one(choiceIds.skip)] };
    case 'summary':
      return { key: 'summary', numbered: true, choices: [one(choiceIds.confirm), one(choiceIds.change)] };
    case 'editMenu':
      return {
        key: 'ask-edit',
        numbered: true,
        choices: [...editableSteps.map((id) => one(id, `edit-${id}`)), one(choiceIds.back)],
      };
    default:
      return undefined;
  }
}
