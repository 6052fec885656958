/**
 * Pieces of questions every flow builds the same way: the language menu, a one-button row, buttons in
 * pairs, and a free-text question with an optional skip button.
 */
import type { PromptChoice, PromptSpec } from '../contract.js';

/** One row with one button; its label is message `key`. */
export const one = (id: string, key: string): PromptChoice[] => [{ id, key }];

/** Two buttons a row. */
export function pairs(choices: PromptChoice[]): PromptChoice[][] {
  const rows: PromptChoice[][] = [];
  for (let i = 0; i < choices.length; i += 2) rows.push(choices.slice(i, i + 2));
  return rows;
}

/** The language menu: its text in every language, each language's name in that language. */
export function languageMenu(languages: readonly string[]): PromptSpec {
  return {
    key: 'choose-language',
    allLanguages: true,
    numbered: true,
    choices: languages.map((lang) => [{ id: `lang:${lang}`, key: 'language-name', lang }]),
  };
}

/** Button ids of the language menu carry the code: `lang:<code>`. */
export function languageOfChoice(choice: string, languages: readonly string[]): string | undefined {
  const code = choice.startsWith('lang:') ? choice.slice('lang:'.length) : undefined;
  return code && languages.includes(code) ? code : undefined;
}
