/**
 * The one renderer: turns a flow's questions (`PromptSpec`) and named messages into plain-text messages in
 * the person's language. What differs between flows — which question a state asks, what a message is
 * filled in with — comes from the flow's `FlowView` (flows/<name>/view.ts). Every message is also given
 * `$discreet` ("yes" unless the flow says the conversation is not discreet), so a message that selects on
 * it shows a case number only when discreet mode is off.
 */
import type { FlowContext, FlowView, PromptSpec } from '../../flows/contract.js';
import type { Deployment } from '../deployment.js';
import type { Args, Locales } from '../i18n/locales.js';
import type { OutboundMessage } from './messages.js';

export interface Renderer<C extends FlowContext> {
  /** The question of `state`, or undefined when the state asks nothing. */
  prompt(state: string, ctx: C): PromptSpec | undefined;
  ask(state: string, ctx: C, opts?: { replacePressed?: boolean }): OutboundMessage | undefined;
  /** One message; `args` adds values only this message carries (a PIN shown once); `transient`: deleted once answered. */
  say(key: string, ctx: C, opts?: { allLanguages?: boolean; args?: Args; transient?: boolean }): OutboundMessage;
  /** Label of a prompt choice in the person's language. */
  label(choice: { key: string; lang?: string }, lang: string): string;
}

/**
 * The hotline's languages named in `lang` and joined as that language joins a list ("Indonesian, English
 * and Thai", "อินโดนีเซีย อังกฤษ และไทย"), from the runtime's CLDR data; a language it has no name for is
 * given its own name ("language-name" of its locale).
 */
export function languagesIn(locales: Locales, lang: string): string {
  let names: Intl.DisplayNames | undefined, list: Intl.ListFormat | undefined;
  try {
    names = new Intl.DisplayNames([lang], { type: 'language', fallback: 'none' });
    list = new Intl.ListFormat([lang], { type: 'conjunction' });
  } catch {
    // a code the runtime does not know: own names, comma-separated
  }
  const named = locales.languages.map((code) => names?.of(code) ?? locales.t(code, 'language-name'));
  return list ? list.format(named) : named.join(', ');
}

export function createRenderer<C extends FlowContext>(deps: { locales: Locales; deployment: Pick<Deployment, 'defaultLanguage'>; view: FlowView<C> }): Renderer<C> {
  const { locales, deployment, view } = deps;
  const lang = (ctx: C) => ctx.lang || deployment.defaultLanguage;
  const translator = (ctx: C) => (key: string, args?: Args) => locales.t(lang(ctx), key, args);
  // Said in every language: someone whose language we could not tell (`$languages`: what the hotline reads).
  const named = new Map<string, string>();
  const languages = (l: string) => named.get(l) ?? named.set(l, languagesIn(locales, l)).get(l)!;
  const inEveryLanguage = (key: string) => locales.languages.map((l) => locales.t(l, key, { discreet: 'yes', languages: languages(l) })).join('\n');
  const discreet = (ctx: C) => ((view.discreet?.(ctx) ?? ctx.discreet ?? true) ? 'yes' : 'no');
  const argsOf = (key: string, ctx: C, t: (key: string, args?: Args) => string): Args => ({ discreet: discreet(ctx), languages: languages(lang(ctx)), ...view.args(key, ctx, t) });

  const label: Renderer<C>['label'] = (choice, personLang) => locales.t(choice.lang ?? personLang, choice.key);
  const prompt: Renderer<C>['prompt'] = (state, ctx) => view.prompt(state, ctx);

  return {
    label,
    prompt,
    ask(state, ctx, opts = {}) {
      const spec = prompt(state, ctx);
      if (!spec) return undefined;
      const t = translator(ctx);
      return {
        text: spec.allLanguages ? inEveryLanguage(spec.key) : t(spec.key, argsOf(spec.key, ctx, t)),
        prompt: ctx.prompt,
        numbered: spec.numbered,
        choices: spec.choices.length
          ? spec.choices.map((row) => row.map((c) => ({ id: c.id, label: `${c.selected ? '✅ ' : ''}${label(c, lang(ctx))}` })))
          : undefined,
        requestLocation: spec.requestLocation ? t('share-location') : undefined,
        replacePressed: opts.replacePressed,
        ...(spec.transient ? { transient: true } : {}),
      };
    },
    say(key, ctx, opts = {}) {
      const transient = opts.transient ? { transient: true } : {};
      if (opts.allLanguages) return { text: inEveryLanguage(key), ...transient };
      const t = translator(ctx);
      return { text: t(key, { ...argsOf(key, ctx, t), ...opts.args }), ...transient };
    },
  };
}
