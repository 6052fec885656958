/**
 * How the intake's messages are filled in: the summary of the person's answers, the emergency numbers of
 * the country they are in, the embassy's name, and whether the conversation is discreet
 * (the renderer passes it on as `$discreet`: "yes" shows no case number).
 */
import type { FlowDeployment, FlowView, MessageArgs, Translate } from '../contract.js';
import { isDiscreet } from '../shared/discreet.js';
import type { IntakeContext } from './machine.js';
import { promptFor } from './prompts.js';

/** How many people, as the summary shows it: the count or bucket, and the person's own words if they gave any. */
function peopleArg(a: IntakeContext['answers'], t: Translate): string | undefined {
  const count = a.people ? (/^\d+$/.test(a.people) && a.people !== '1' ? a.people : t(`people-${a.people}`)) : undefined;
  const words = a.peopleWords ? `"${a.peopleWords}"` : undefined;
  return count && words ? `${count} (${words})` : (count ?? words);
}

/** Screens deleted from the chat once answered: consent names who runs the line, the summary repeats every answer. */
const transientStates = new Set(['consent', 'summary']);

export function createIntakeView(deployment: FlowDeployment, opts: { discreetByDefault?: boolean } = {}): FlowView<IntakeContext> {
  const countries = deployment.countries.map((c) => c.code);
  const discreetByDefault = opts.discreetByDefault ?? true;

  /**
   * The emergency numbers of the country the person is in. In discreet mode only those whose name gives
   * nothing away (police, ambulance): a number marked `revealing` in the deployment (an anti-trafficking
   * hotline) would tell whoever reads the phone why the person wrote, and they have reached us already.
   */
  function emergency(ctx: IntakeContext, t: Translate, discreet: boolean): string {
    const country = deployment.countries.find((c) => c.code === ctx.answers.country);
    const shown = country?.emergency.filter((e) => !(discreet && e.revealing)) ?? [];
    if (!country || shown.length === 0) return t('emergency-unknown');
    const numbers = shown.map((e) => `${t(`service-${e.service}`)} ${e.number}`).join(', ');
    return t('emergency-numbers', { country: t(`country-${country.code}`), numbers });
  }

  function summaryArgs(ctx: IntakeContext, t: Translate): MessageArgs {
    const a = ctx.answers;
    const notGiven = t('summary-not-given');
    const where = [
      a.location?.kind === 'pin' ? (a.place ? t('summary-pin-near', { place: a.place }) : t('summary-pin')) : a.location?.text,
      a.country && a.country !== 'other' ? t(`country-${a.country}`) : undefined,
    ].filter(Boolean);
    const situation = [...a.situation.map((id) => t(`indicator-${id}`)), a.details].filter(Boolean);
    return {
      danger: a.dangerNow === undefined ? notGiven : t(a.dangerNow ? 'summary-yes' : 'summary-no'),
      where: where.length ? where.join(', ') : notGiven,
      situation: situation.length ? situation.join('; ') : notGiven,
      people: peopleArg(a, t) ?? notGiven,
      contact: a.contact === 'times' ? t('summary-contact-times', { times: a.contactTimes ?? '' }) : a.contact ? t(`choice-${a.contact}`) : notGiven,
      name: [a.name, a.age !== undefined ? t('summary-age', { age: a.age }) : undefined, a.hometown, a.phone ? `+${a.phone}` : undefined, a.aboutWords].filter(Boolean).join(', ') || notGiven,
    };
  }

  return {
    prompt(state, ctx) {
      const spec = promptFor(state, ctx, { languages: deployment.languages, countries, discreetByDefault });
      return spec && transientStates.has(state) ? { ...spec, transient: true } : spec;
    },
    /** The values messages refer to; the summary and the emergency numbers only for the messages that show them. */
    args(key, ctx, t) {
      const lang = ctx.lang || deployment.defaultLanguage;
      const discreet = isDiscreet(ctx, discreetByDefault);
      const common: MessageArgs = {
        caseId: ctx.caseId ?? '',
        embassy: deployment.embassy.name[lang] ?? Object.values(deployment.embassy.name)[0] ?? '',
        urgent: ctx.urgency && ctx.urgency !== 'normal' ? 'yes' : 'no',
      };
      if (key === 'done') return { ...common, emergency: emergency(ctx, t, discreet) };
      if (key === 'summary') return { ...common, ...summaryArgs(ctx, t) };
      return common;
    },
    discreet: (ctx) => isDiscreet(ctx, discreetByDefault),
  };
}
