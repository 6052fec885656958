import { describe, expect, it } from 'vitest';
import { createRetractionRecognizer, parseRetractionLexicon } from '../../../flows/shared/retraction.js';
import { loadDeployment } from '../../../src/deployment.js';
import { loadLocales } from '../../../src/i18n/locales.js';

const locales = loadLocales('locales', loadDeployment('data/deployment.json').languages);
const retracts = createRetractionRecognizer(locales.retractionLexicons);

describe('retraction lexicons', () => {
  it('has one for English, Indonesian and the other languages it can', () => {
    expect(locales.retractionLexicons.map((l) => l.lang)).toEqual(expect.arrayContaining(['en', 'id', 'ms', 'jv', 'tl', 'vi', 'zh', 'th']));
  });

  it('reads what takes a report back, however it is typed', () => {
    for (const text of [
      "I'm fine", 'sent by mistake', 'Close my case', 'cancel report', 'I AM OK, sorry, wrong number',
      'saya baik-baik saja', 'sy baik2 aja kok', 'aman kok', 'amannn kok', 'salah kirim', 'tutup kasus', 'batalkan laporan', 'gpp kok', 'ga papa',
      'tôi không sao', 'gui nham', '我没事', '发错了', 'ฉันสบายดี', 'ok lang ako', 'saya ok je', 'aku ra popo',
    ]) expect(retracts(text), text).toBe(true);
  });

  it('does not read a denial, a danger or an ordinary answer as one', () => {
    for (const text of [
      "I'm not fine", "don't close my case", 'jangan tutup kasus saya', 'gak aman kok', 'tidak aman', 'belum aman',
      'aman', 'tidak', 'no', 'ok', 'Phnom Penh', 'KK Park building 4', 'saya takut', 'they took my passport', '', 'fine',
    ]) expect(retracts(text), text).toBe(false);
    expect(retracts(null as unknown as string)).toBe(false);
  });

  it('keeps a phrase within one sentence', () => {
    expect(retracts('close my. case')).toBe(false);
    expect(retracts('Hello. Close my case.')).toBe(true);
  });

  it('names the file and line of a bad line', () => {
    const { lexicon, problems } = parseRetractionLexicon('xx', 'oops\n[retraction]\nsent by mistake\n[nope]\n[retraction]\n!!!\n[abbreviations]\na b = c\n[negation]\n不\n', 'xx/retraction.txt');
    expect(problems.map((p) => p.line)).toEqual([1, 4, 6, 8, 10]);
    expect(problems[0]!.message).toContain('outside any section');
    expect(problems[1]!.message).toContain('unknown section [nope]');
    expect(problems[2]!.message).toContain('no letters or digits');
    expect(lexicon.phrases).toEqual([['sent', 'by', 'mistake']]);
  });
});
