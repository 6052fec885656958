/**
 * The one renderer: turns a flow's questions (`PromptSpec`) and named messages into plain-text messages in
 * the person's language. What differs between flows — which question a state asks, what a message is
 * filled in with — comes from the flow's `FlowView` (flows/<name>/view.ts).
 */
import type { FlowContext, FlowView, PromptSpec } from '../../flows/contract.js';
import type { Deployment } from '../deployment.js';
import type { Args, Locales } from '../i18n/locales.js';
import type { OutboundMessage } from './messages.js';

export interface Renderer<C extends FlowContext> {
  /** The question of `state`, or undefined when the state asks nothing. */
  prompt(state: string, ctx: C): PromptSpec | undefined;
  ask(state: string, ctx: C, opts?: { replacePressed?: boolean }): OutboundMessage | undefined;
  /** One message; `args` adds values only this message carries (a PIN shown once). */
  say(key: string, ctx: C, opts?: { allLanguages?: boolean; args?: Args }): OutboundMessage;
  /** Label of a prompt choice in the person's language. */
  label(choice: { key: string; lang?: string }, lang: string): string;
}

export function createRenderer<C extends FlowContext>(deps: { locales: Locales; deployment: Pick<Deployment, 'defaultLanguage'>; view: FlowView<C> }): Renderer<C> {
  const { locales, deployment, view } = deps;
  const lang = (ctx: C) => ctx.lang || deployment.defaultLanguage;
  const translator = (ctx: C) => (key: string, args?: Args) => locales.t(lang(ctx), key, args);
  const inEveryLanguage = (key: string) => locales.languages.map((l) => locales.t(l, key)).join('\n');

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
        text: spec.allLanguages ? inEveryLanguage(spec.key) : t(spec.key, view.args(spec.key, ctx, t)),
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
      if (opts.allLanguages) return { text: inEveryLanguage(key) };
      const t = translator(ctx);
      return { text: t(key, { ...view.args(key, ctx, t), ...opts.args }) };
    },
  };
}
