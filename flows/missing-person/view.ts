/**
 * How the missing-person report's messages are filled in: its summary, and whether the conversation is
 * discreet (the renderer passes it on as `$discreet`: "yes" shows no case number).
 */
import type { FlowDeployment, FlowView, MessageArgs, Translate } from '../contract.js';
import { isDiscreet } from '../shared/discreet.js';
import { relationships, type MissingPersonContext } from './machine.js';
import { missingPersonPromptFor } from './prompts.js';

/** Deleted from the chat once answered: the summary repeats every answer about the missing person. */
const transientStates = new Set(['summary']);

export function createMissingPersonView(deployment: FlowDeployment, opts: { discreetByDefault?: boolean } = {}): FlowView<MissingPersonContext> {
  const countries = deployment.countries.map((c) => c.code);
  const discreetByDefault = opts.discreetByDefault ?? true;

  function summaryArgs(ctx: MissingPersonContext, t: Translate): MessageArgs {
    const a = ctx.answers;
    const notGiven = t('summary-not-given');
    const or = (v: string | number | undefined) => (v === undefined || v === '' ? notGiven : String(v));
    const known = (prefix: string, id: string | undefined, ids: readonly string[]) => (id && ids.includes(id) ? t(`${prefix}${id}`) : or(id));
    /** The relative's own words at a question that could not read them, quoted. */
    const own = (step: string) => (a.words?.[step] ? `"${a.words[step]}"` : undefined);
    const where = [a.country && a.country !== 'other' ? t(`country-${a.country}`) : undefined, a.city].filter(Boolean).join(', ');
    const contact = [
      a.contact === 'phone' ? t('mp-summary-phone', { phone: a.contactPhone ?? '' }) : a.contact ? t('mp-summary-this-chat') : undefined,
      a.contactWhen === 'times' ? t('mp-summary-times', { times: a.contactTimes ?? '' }) : a.contactWhen ? t('mp-when-anytime') : undefined,
      own('contact'),
    ].filter(Boolean);
    const harm = [...a.harm.map((h) => t(`mp-harm-${h}`)), own('harm')].filter(Boolean);
    return {
      relationship: known('mp-relationship-', a.relationship, relationships),
      name: or(a.name),
      age: a.age === undefined ? or(own('age')) : a.birthDate ? `${a.age} (${t('mp-summary-born', { date: a.birthDate })})` : String(a.age),
      sex: a.sex ? t(`mp-sex-${a.sex}`) : or(own('sex')),
      hometown: or(a.hometown),
      document: or(a.document),
      phone: or(a.phone ?? own('phone')),
      lastHeard: or(a.lastHeard ?? own('lastHeard')),
      lastMessage: or(a.lastMessage),
      where: where || notGiven,
      company: or(a.company),
      job: or(a.job),
      recruiter: or(a.recruiter),
      photo: a.photo ? t('mp-summary-photo-yes') : or(own('photo')),
      harm: harm.length ? harm.join('; ') : notGiven,
      contact: contact.length ? contact.join(', ') : notGiven,
    };
  }

  return {
    prompt(state, ctx) {
      const spec = missingPersonPromptFor(state, ctx, { languages: deployment.languages, countries, discreetByDefault });
      return spec && transientStates.has(state) ? { ...spec, transient: true } : spec;
    },
    args(key, ctx, t) {
      const common: MessageArgs = { caseId: ctx.caseId ?? '', urgent: ctx.urgency && ctx.urgency !== 'normal' ? 'yes' : 'no' };
      return key === 'mp-summary' ? { ...common, ...summaryArgs(ctx, t) } : common;
    },
    discreet: (ctx) => isDiscreet(ctx, discreetByDefault),
  };
}
