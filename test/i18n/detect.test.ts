import { describe, expect, it } from 'vitest';
import { detectLanguage, languageOfHint, DETECTABLE_LANGUAGES } from '../../src/i18n/detect.js';
import { readLanguageCorpus, scoreLanguageCorpus } from '../support/language-corpus.js';

const all = DETECTABLE_LANGUAGES;

describe('detectLanguage', () => {
  it('names scripts without a model', () => {
    expect(detectLanguage('ช่วยด้วย', { candidates: all })).toMatchObject({ lang: 'th', by: 'script' });
    expect(detectLanguage('救命', { candidates: all })).toMatchObject({ lang: 'zh', by: 'script' });
    expect(detectLanguage('도와주세요', { candidates: all })).toMatchObject({ lang: 'ko', by: 'script' });
    expect(detectLanguage('ကယ်ပါ', { candidates: all })).toMatchObject({ lang: 'my', by: 'script' });
    expect(detectLanguage('বাঁচান', { candidates: all })).toMatchObject({ lang: 'bn', by: 'script' });
    expect(detectLanguage('እርዱኝ', { candidates: all })).toMatchObject({ lang: 'am', by: 'script' });
    expect(detectLanguage('බේරගන්න', { candidates: all })).toMatchObject({ lang: 'si', by: 'script' });
  });

  it('takes kana for Japanese, not Chinese', () => {
    expect(detectLanguage('助けてください', { candidates: all })).toBeUndefined();
    expect(detectLanguage('助けてください', { candidates: [...all, 'ja'] })?.lang).toBe('ja');
  });

  it('tells Nepali from Hindi by their own words', () => {
    expect(detectLanguage('मलाई धेरै डर लाग्यो', { candidates: all })?.lang).toBe('ne');
    expect(detectLanguage('मुझे बहुत डर लग रहा है', { candidates: all })?.lang).toBe('hi');
    expect(detectLanguage('मलाई धेरै डर लाग्यो', { candidates: ['hi', 'en'] })?.lang).toBeUndefined();
  });

  it('reads Hindi typed in Latin letters (Hinglish) by its everyday words, franc having no Latin model for it', () => {
    for (const text of ['mujhe madad chahiye', 'bachao mujhe maar rahe hain', 'mera beta cambodia gaya tha 3 mahine se baat nahi hui', 'pata nahi']) {
      expect(detectLanguage(text, { candidates: ['id', 'en', 'tl', 'vi', 'hi'] }), text).toMatchObject({ lang: 'hi', by: 'model' });
    }
    expect(detectLanguage('help me please they beat us', { candidates: ['id', 'en', 'hi'] })?.lang).toBe('en');
    expect(detectLanguage('tolong saya dipukul bos', { candidates: ['id', 'en', 'hi'] })?.lang).toBe('id');
    expect(detectLanguage('mujhe madad chahiye', { candidates: ['id', 'en'] })?.lang).not.toBe('hi');
  });

  it('takes Arabic script for Urdu, surer with Urdu letters', () => {
    const urdu = detectLanguage('میری مدد کریں', { candidates: all });
    const arabic = detectLanguage('ساعدني من فضلك', { candidates: all });
    expect(urdu).toMatchObject({ lang: 'ur', by: 'script' });
    expect(arabic?.lang).toBe('ur');
    expect(arabic!.confidence).toBeLessThan(urdu!.confidence);
  });

  it('reads Vietnamese letters as Vietnamese, even one word', () => {
    expect(detectLanguage('cứu', { candidates: all })).toMatchObject({ lang: 'vi', by: 'script' });
  });

  it('reads Latin-script chat among the candidates only', () => {
    expect(detectLanguage('sy ga bisa pulang', { candidates: all })).toMatchObject({ lang: 'id', by: 'model' });
    expect(detectLanguage('hindi ako makauwi po', { candidates: all })?.lang).toBe('tl');
    expect(detectLanguage('hindi ako makauwi po', { candidates: ['id', 'en'] })?.lang).not.toBe('tl');
  });

  it('decides nothing on a text too short, and falls back to the hint', () => {
    for (const text of ['sos', 'hi', 'ok', '1', 'SOS!!', '👍', '']) {
      expect(detectLanguage(text, { candidates: all })).toBeUndefined();
      expect(detectLanguage(text, { candidates: all, hint: 'vi' })).toEqual({ lang: 'vi', by: 'hint', confidence: 0 });
    }
  });

  it('lets text evidence beat the hint', () => {
    expect(detectLanguage('ช่วยด้วยครับ', { candidates: all, hint: 'en' })?.lang).toBe('th');
    expect(detectLanguage('tolong saya disekap', { candidates: all, hint: 'en' })?.lang).toBe('id');
  });

  it('keeps to the candidates, the hint too', () => {
    expect(detectLanguage('ช่วยด้วยครับ', { candidates: ['id', 'en'], hint: 'en' })).toEqual({ lang: 'en', by: 'hint', confidence: 0 });
    expect(detectLanguage('ok', { candidates: ['id', 'en'], hint: 'th' })).toBeUndefined();
  });
});

describe('languageOfHint', () => {
  it("normalises channels' language codes", () => {
    expect(languageOfHint('zh-hans')).toBe('zh');
    expect(languageOfHint('zh-TW')).toBe('zh');
    expect(languageOfHint('fil')).toBe('tl');
    expect(languageOfHint('pt-br')).toBe('pt');
    expect(languageOfHint('VI')).toBe('vi');
    expect(languageOfHint('in')).toBe('id');
    expect(languageOfHint('')).toBeUndefined();
    expect(languageOfHint('x!')).toBeUndefined();
    expect(languageOfHint(undefined)).toBeUndefined();
  });
});

describe('the language corpus', () => {
  const corpus = readLanguageCorpus();
  /** Floors per language (what the detector meets today, a little under): a change that loses ground fails. */
  const floors: Record<string, number> = { id: 0.8, ms: 0.8, jv: 0.85, en: 0.95, tl: 0.9, vi: 0.95, sw: 0.85, ne: 0.8 };
  const scores = scoreLanguageCorpus(corpus);

  it('has at least 40 phrases per Latin-script language and 15 per other', () => {
    for (const lang of ['id', 'ms', 'en', 'tl', 'vi', 'sw', 'jv']) expect(corpus[lang]?.length ?? 0).toBeGreaterThanOrEqual(40);
    for (const lang of ['th', 'my', 'km', 'lo', 'zh', 'hi', 'ne', 'bn', 'am', 'ko', 'ur', 'si']) expect(corpus[lang]?.length ?? 0).toBeGreaterThanOrEqual(15);
  });

  it.each(scores.map((s) => [s.lang, s] as const))('detects %s above its floor', (lang, s) => {
    expect(s.right / s.phrases, `${lang}: wrong ${JSON.stringify([...s.wrong])}`).toBeGreaterThanOrEqual(floors[lang] ?? 0.95);
  });

  it('more often says nothing than the wrong language', () => {
    const wrong = scores.reduce((a, s) => a + [...s.wrong].filter(([l]) => l !== '-').reduce((b, [, n]) => b + n, 0), 0);
    const total = scores.reduce((a, s) => a + s.phrases, 0);
    expect(wrong / total).toBeLessThan(0.03);
  });
});
