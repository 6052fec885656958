/**
 * The question each missing-person state asks, as data (message key, buttons). The runtime renders them
 * in the relative's language (locales/<lang>/missing-person.ftl). In discreet mode every question but the
 * language menu is transient (deleted once answered).
 */
import type { PromptChoice, PromptSpec } from '../contract.js';
import { isDiscreet } from '../shared/discreet.js';
import { languageMenu, one as row, pairs } from '../shared/prompts.js';
import { contactWays, contactWhens, editGroups, mpChoiceIds, relationships, sexes, type MissingPersonContext } from './machine.js';
import { harmIndicators } from '../shared/triage.js';

const one = (id: string, key = `mp-choice-${id}`): PromptChoice[] => row(id, key);
const skip = one(mpChoiceIds.skip, 'mp-choice-skip');
const free = (key: string, canSkip: boolean): PromptSpec => ({ key, numbered: false, choices: canSkip ? [skip] : [] });

export interface MissingPersonPromptOptions {
  languages: readonly string[];
  countries: readonly string[];
  /** The deployment's discreet default for this flow (default true). */
  discreetByDefault?: boolean;
}

/** The prompt for a state, or undefined for states that ask nothing (new, done). */
export function missingPersonPromptFor(state: string, context: MissingPersonContext, opts: MissingPersonPromptOptions): PromptSpec | undefined {
  const spec = questionOf(state, context, opts);
  if (!spec || state === 'chooseLanguage' || !isDiscreet(context, opts.discreetByDefault ?? true)) return spec;
  return { ...spec, transient: true };
}

function questionOf(state: string, context: MissingPersonContext, opts: MissingPersonPromptOptions): PromptSpec | undefined {
  switch (state) {
    case 'chooseLanguage':
      return languageMenu(opts.languages);
    case 'relationship':
      return { key: 'mp-ask-relationship', numbered: true, choices: pairs(relationships.map((id) => ({ id, key: `mp-relationship-${id}` }))) };
    case 'name':
      return free('mp-ask-name', false);
    case 'age':
      return free('mp-ask-age', true);
    case 'sex':
      return { key: 'mp-ask-sex', numbered: true, choices: [sexes.map((id) => ({ id, key: `mp-sex-${id}` })), skip] };
    case 'hometown':
      return free('mp-ask-hometown', true);
    case 'document':
      return free('mp-ask-document', true);
    case 'phone':
      return free('mp-ask-phone', true);
    case 'lastHeard':
      return free('mp-ask-last-heard', true);
    case 'lastMessage':
      return free('mp-ask-last-message', true);
    case 'country':
      return {
        key: 'mp-ask-country',
        numbered: true,
        choices: [...pairs([...opts.countries.map((c) => ({ id: c, key: `country-${c}` })), { id: mpChoiceIds.other, key: 'choice-other' }]), skip],
      };
    case 'city':
      return free('mp-ask-city', true);
    case 'company':
      return free('mp-ask-company', true);
    case 'job':
      return free('mp-ask-job', true);
    case 'recruiter':
      return free('mp-ask-recruiter', true);
    case 'photo':
      return free('mp-ask-photo', true);
    case 'harm':
      return {
        key: 'mp-ask-harm',
        numbered: true,
        choices: [...harmIndicators.map((id) => [{ id, key: `mp-harm-${id}`, selected: context.answers.harm.includes(id) }]), one(mpChoiceIds.done, 'choice-done')],
      };
    case 'contact':
      return { key: 'mp-ask-contact', numbered: true, choices: contactWays.map((id) => one(id, `mp-contact-${id}`)) };
    case 'contactPhone':
      // No number to give: this chat instead (typed "ga tau" or "lewati" means the same).
      return { key: 'mp-ask-contact-phone', numbered: false, choices: [one('this-chat', 'mp-contact-this-chat')] };
    case 'contactWhen':
      return { key: 'mp-ask-contact-when', numbered: true, choices: contactWhens.map((id) => one(id, `mp-when-${id}`)) };
    case 'contactTimes':
      return free('ask-contact-times', false);
    case 'isSelf':
      return { key: 'mp-is-self', numbered: true, choices: [one(mpChoiceIds.myself, 'who-myself'), one(mpChoiceIds.someoneElse, 'mp-not-me')] };
    case 'summary':
      return { key: 'mp-summary', numbered: true, choices: [one(mpChoiceIds.confirm, 'choice-confirm'), one(mpChoiceIds.change, 'choice-change')] };
    case 'editMenu':
      return { key: 'ask-edit', numbered: true, choices: [...editGroups.map((id) => one(id, `mp-edit-${id}`)), one(mpChoiceIds.back, 'choice-back')] };
    case 'statusCase':
      return free('status-ask-case', false);
    case 'statusPin':
      return { key: 'status-ask-pin', numbered: false, choices: [one(mpChoiceIds.forgotPin, 'status-forgot-pin')] };
    case 'statusShown':
      return { key: 'status-next', numbered: true, choices: [one(mpChoiceIds.checkAgain, 'status-check-again'), one(mpChoiceIds.newReport, 'status-new-report')] };
    default:
      return undefined;
  }
}
