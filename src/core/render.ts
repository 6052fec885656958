/**
 * Turns a flow's named effects (`ask`, `say`) into plain-text messages in the person's language: one
 * renderer per flow (the intake, a relative's missing-person report), the same shape for both.
 */
import type { IntakeContext } from '../../flows/intake/machine.js';
import { promptFor, type PromptSpec } from '../../flows/intake/prompts.js';
import type { MissingPersonContext } from '../../flows/missing-person/machine.js';
import { missingPersonPromptFor } from '../../flows/missing-person/prompts.js';
import type { Deployment } from '../deployment.js';
import type { Args, Locales } from '../i18n/locales.js';
import type { OutboundMessage } from './messages.js';

export interface Renderer<C extends { lang: string; prompt: number } = IntakeContext> {
  /** The question of `state`, or undefined when the state asks nothing. */
  prompt(state: string, ctx: C): PromptSpec | undefined;
  ask(state: string, ctx: C, opts?: { replacePressed?: boolean }): OutboundMessage | undefined;
  /** One message; `args` adds values only this message carries (a PIN shown once). */
  say(key: string, ctx: C, opts?: { allLanguages?: boolean; args?: Args }): OutboundMessage;
  /** Label of a prompt choice in the person's language. */
  label(choice: { key: string; lang?: string }, lang: string): string;
}

export function createRenderer(deps: { locales: Locales; deployment: Deployment }): Renderer {
  const { locales, deployment } = deps;
  const countries = deployment.countries.map((c) => c.code);
  const lang = (ctx: IntakeContext) => ctx.lang || deployment.defaultLanguage;
  const t = (ctx: IntakeContext, key: string, args?: Args) => locales.t(lang(ctx), key, args);

  function emergency(ctx: IntakeContext): string {
    const country = deployment.countries.find((c) => c.code === ctx.answers.country);
    if (!country) return t(ctx, 'emergency-unknown');
    const numbers = country.emergency.map((e) => `${t(ctx, `service-${e.service}`)} ${e.number}`).join(', ');
    return t(ctx, 'emergency-numbers', { country: t(ctx, `country-${country.code}`), numbers });
  }

  function summaryArgs(ctx: IntakeContext): Args {
    const a = ctx.answers;
    const notGiven = t(ctx, 'summary-not-given');
    const where = [
      a.location?.kind === 'pin' ? (a.place ? t(ctx, 'summary-pin-near', { place: a.place }) : t(ctx, 'summary-pin')) : a.location?.text,
      a.country && a.country !== 'other' ? t(ctx, `country-${a.country}`) : undefined,
    ].filter(Boolean);
    const situation = [...a.situation.map((id) => t(ctx, `indicator-${id}`)), a.details].filter(Boolean);
    return {
      danger: a.dangerNow === undefined ? notGiven : t(ctx, a.dangerNow ? 'summary-yes' : 'summary-no'),
      where: where.length ? where.join(', ') : notGiven,
      situation: situation.length ? situation.join('; ') : notGiven,
      people: a.people ? (/^\d+$/.test(a.people) && a.people !== '1' ? a.people : t(ctx, `people-${a.people}`)) : notGiven,
      contact: a.contact === 'times' ? t(ctx, 'summary-contact-times', { times: a.contactTimes ?? '' }) : a.contact ? t(ctx, `choice-${a.contact}`) : notGiven,
      name: a.name ?? notGiven,
    };
  }

  /** The values messages refer to; the summary and the emergency numbers only for the messages that show them. */
  function args(ctx: IntakeContext, key: string): Args {
    const common: Args = {
      caseId: ctx.caseId ?? '',
      embassy: deployment.embassy.name[lang(ctx)] ?? Object.values(deployment.embassy.name)[0] ?? '',
      urgent: ctx.urgency && ctx.urgency !== 'normal' ? 'yes' : 'no',
    };
    if (key === 'done') return { ...common, emergency: emergency(ctx) };
    if (key === 'summary') return { ...common, ...summaryArgs(ctx) };
    return common;
  }

  const label: Renderer['label'] = (choice, personLang) => locales.t(choice.lang ?? personLang, choice.key);
  const prompt: Renderer['prompt'] = (state, ctx) => promptFor(state, ctx, { languages: locales.languages, countries });

  return {
    label,
    prompt,
    ask(state, ctx, opts = {}) {
      const spec = prompt(state, ctx);
      if (!spec) return undefined;
      const text = spec.allLanguages ? locales.languages.map((l) => locales.t(l, spec.key)).join('\n') : t(ctx, spec.key, args(ctx, spec.key));
      return {
        text,
        prompt: ctx.prompt,
        numbered: spec.numbered,
        choices: spec.choices.length
          ? spec.choices.map((row) => row.map((c) => ({ id: c.id, label: `${c.selected ? '✅ ' : ''}${label(c, lang(ctx))}` })))
          : undefined,
        requestLocation: spec.requestLocation ? t(ctx, 'share-location') : undefined,
        replacePressed: opts.replacePressed,
      };
    },
    say(key, ctx, opts = {}) {
      if (opts.allLanguages) return { text: locales.languages.map((l) => locales.t(l, key)).join('\n') };
      return { text: t(ctx, key, { ...args(ctx, key), ...opts.args }) };
    },
  };
}

/** The renderer of the missing-person flow (locales/<lang>/missing-person.ftl). */
export function createMissingPersonRenderer(deps: { locales: Locales; deployment: Deployment }): Renderer<MissingPersonContext> {
  const { locales, deployment } = deps;
  const countries = deployment.countries.map((c) => c.code);
  const lang = (ctx: MissingPersonContext) => ctx.lang || deployment.defaultLanguage;
  const t = (ctx: MissingPersonContext, key: string, args?: Args) => locales.t(lang(ctx), key, args);

  function summaryArgs(ctx: MissingPersonContext): Args {
    const a = ctx.answers;
    const notGiven = t(ctx, 'summary-not-given');
    const or = (v: string | number | undefined) => (v === undefined || v === '' ? notGiven : String(v));
    const known = (prefix: string, id: string | undefined, ids: readonly string[]) => (id && ids.includes(id) ? t(ctx, `${prefix}${id}`) : or(id));
    const where = [a.country && a.country !== 'other' ? t(ctx, `country-${a.country}`) : undefined, a.city].filter(Boolean).join(', ');
    const contact = [
      a.contact === 'phone' ? t(ctx, 'mp-summary-phone', { phone: a.contactPhone ?? '' }) : a.contact ? t(ctx, 'mp-summary-this-chat') : undefined,
      a.contactWhen === 'times' ? t(ctx, 'mp-summary-times', { times: a.contactTimes ?? '' }) : a.contactWhen ? t(ctx, 'mp-when-anytime') : undefined,
    ].filter(Boolean);
    return {
      relationship: known('mp-relationship-', a.relationship, ['parent', 'child', 'sibling', 'spouse', 'relative', 'friend']),
      name: or(a.name),
      age: a.age === undefined ? notGiven : a.birthDate ? `${a.age} (${t(ctx, 'mp-summary-born', { date: a.birthDate })})` : String(a.age),
      sex: a.sex ? t(ctx, `mp-sex-${a.sex}`) : notGiven,
      hometown: or(a.hometown),
      document: or(a.document),
      phone: or(a.phone),
      lastHeard: or(a.lastHeard),
      lastMessage: or(a.lastMessage),
      where: where || notGiven,
      company: or(a.company),
      job: or(a.job),
      recruiter: or(a.recruiter),
      photo: a.photo ? t(ctx, 'mp-summary-photo-yes') : notGiven,
      harm: a.harm.length ? a.harm.map((h) => t(ctx, `mp-harm-${h}`)).join('; ') : notGiven,
      contact: contact.length ? contact.join(', ') : notGiven,
    };
  }

  function args(ctx: MissingPersonContext, key: string): Args {
    const common: Args = { caseId: ctx.caseId ?? '', urgent: ctx.urgency && ctx.urgency !== 'normal' ? 'yes' : 'no' };
    return key === 'mp-summary' ? { ...common, ...summaryArgs(ctx) } : common;
  }

  const label: Renderer<MissingPersonContext>['label'] = (choice, personLang) => locales.t(choice.lang ?? personLang, choice.key);
  const prompt: Renderer<MissingPersonContext>['prompt'] = (state, ctx) => missingPersonPromptFor(state, ctx, { languages: locales.languages, countries });
  return {
    label,
    prompt,
    ask(state, ctx, opts = {}) {
      const spec = prompt(state, ctx);
      if (!spec) return undefined;
      const text = spec.allLanguages ? locales.languages.map((l) => locales.t(l, spec.key)).join('\n') : t(ctx, spec.key, args(ctx, spec.key));
      return {
        text,
        prompt: ctx.prompt,
        numbered: spec.numbered,
        choices: spec.choices.length
          ? spec.choices.map((row) => row.map((c) => ({ id: c.id, label: `${c.selected ? '✅ ' : ''}${label(c, lang(ctx))}` })))
          : undefined,
        replacePressed: opts.replacePressed,
      };
    },
    say(key, ctx, opts = {}) {
      if (opts.allLanguages) return { text: locales.languages.map((l) => locales.t(l, key)).join('\n') };
      return { text: t(ctx, key, { ...args(ctx, key), ...opts.args }) };
    },
  };
}
