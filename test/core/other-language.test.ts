/**
 * "We read …", said in every language to someone whose language we cannot tell, names the hotline's own
 * languages (the deployment's), each line in its own language with that language's list words — not a
 * fixed "English and Indonesian" that is wrong for a Thai or Vietnamese deployment.
 */
import { describe, expect, it } from 'vitest';
import type { FlowContext, FlowView } from '../../flows/contract.js';
import { createRenderer } from '../../src/core/render.js';
import { loadLocales } from '../../src/i18n/locales.js';

const view: FlowView<FlowContext> = { prompt: () => undefined, args: () => ({}) };
const said = (languages: string[]) => {
  const locales = loadLocales('locales', languages);
  const renderer = createRenderer({ locales, deployment: { defaultLanguage: languages[0]! }, view });
  return renderer.say('other-language', { lang: '' } as FlowContext, { allLanguages: true }).text.split('\n');
};

describe('the other-language answer', () => {
  it('names a Thai deployment languages in each line own language', () => {
    const [th, en, id] = said(['th', 'en', 'id']);
    expect(th).toBe('ภาษาที่เราอ่านได้: ไทย อังกฤษ และอินโดนีเซีย');
    expect(en).toBe('We read Thai, English, and Indonesian.');
    expect(id).toBe('Bahasa yang kami baca: Thai, Inggris, dan Indonesia.');
  });

  it('names two languages with the "and" of each language', () => {
    const lines = said(['vi', 'en', 'zh', 'hi', 'tl']);
    expect(lines).toEqual([
      expect.stringContaining('Tiếng Việt'),
      expect.stringContaining('Vietnamese'),
      expect.stringContaining('越南语'),
      expect.stringContaining('वियतनामी'),
      expect.stringContaining('Vietnamese'),
    ]);
    for (const line of lines) expect(line).not.toMatch(/[{}]|\$languages|Indonesia/);
  });
});
