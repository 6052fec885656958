import { describe, expect, it } from 'vitest';
import { createDangerRecognizer, parseDangerLexicon, rememberLastGrade } from '../../../flows/shared/danger/index.js';
import { loadDangerLexicons } from '../../../src/i18n/locales.js';
import { readCorpus, scoreCorpus, type Score } from '../../support/danger-corpus.js';

const { lexicons, problems } = loadDangerLexicons('locales');
const recognizer = createDangerRecognizer(lexicons);
const grade = (text: string) => recognizer.grade(text);

/**
 * Floors: the test fails when recognition gets worse than this on the corpus. Targets of the issue: ≥ 95%
 * of danger messages escalated, ≤ 5% of ordinary messages graded critical. "Any" false alarms are high by
 * design: a polite "tolong kirim formulir" is graded 'ask' (the flow asks one question).
 */
const FLOORS = { dangerRecall: 0.97, criticalRecall: 0.95, criticalFalseAlarm: 0.05, anyFalseAlarm: 0.4 };
/** Per language the samples are small (10 to 260 messages): looser on false alarms. */
const LANGUAGE_FLOORS = { dangerRecall: 0.95, criticalRecall: 0.9, criticalFalseAlarm: 0.15 };

const pct = (x: number) => (Number.isNaN(x) ? '  -  ' : `${(100 * x).toFixed(1)}%`.padStart(6));
function table(byLang: Map<string, Score>): string {
  return [...byLang]
    .map(([lang, s]) => `${lang.padEnd(6)} n=${String(s.count).padStart(3)} danger ${pct(s.dangerRecall)} critical ${pct(s.criticalRecall)} false critical ${pct(s.criticalFalseAlarm)} false any ${pct(s.anyFalseAlarm)}`)
    .join('\n');
}

describe('danger recognition', () => {
  it('loads every lexicon without a problem', () => {
    expect(problems).toEqual([]);
    expect(lexicons.length).toBeGreaterThanOrEqual(11);
  });

  describe('on the corpus', () => {
    const lines = readCorpus();
    const { results, byLang } = scoreCorpus(lines, grade);
    const all = byLang.get('all')!;
    const misses = results
      .filter((r) => (r.label !== 'none' && r.outcome === 'none') || (r.label === 'none' && r.outcome === 'critical'))
      .map((r) => `${r.file}:${r.line} ${r.label} → ${r.outcome}`)
      .join('\n');
    const report = `\n${table(byLang)}\nmissed or false critical:\n${misses}`;

    it('has several hundred messages in every grade', () => {
      expect(lines.length).toBeGreaterThanOrEqual(500);
      expect(all.danger).toBeGreaterThanOrEqual(300);
      expect(all.ordinary).toBeGreaterThanOrEqual(150);
    });

    it('escalates danger and stays quiet on ordinary requests, overall', () => {
      expect(all.dangerRecall, report).toBeGreaterThanOrEqual(FLOORS.dangerRecall);
      expect(all.criticalRecall, report).toBeGreaterThanOrEqual(FLOORS.criticalRecall);
      expect(all.criticalFalseAlarm, report).toBeLessThanOrEqual(FLOORS.criticalFalseAlarm);
      expect(all.anyFalseAlarm, report).toBeLessThanOrEqual(FLOORS.anyFalseAlarm);
    });

    it.each([...byLang.keys()].filter((l) => l !== 'all'))('keeps its floors in %s', (lang) => {
      const s = byLang.get(lang)!;
      expect(s.dangerRecall, report).toBeGreaterThanOrEqual(LANGUAGE_FLOORS.dangerRecall);
      expect(s.criticalRecall, report).toBeGreaterThanOrEqual(LANGUAGE_FLOORS.criticalRecall);
      if (s.ordinary > 0) expect(s.criticalFalseAlarm, report).toBeLessThanOrEqual(LANGUAGE_FLOORS.criticalFalseAlarm);
    });
  });

  describe('grades', () => {
    it.each([
      // cries and SOS, however they are typed
      'tolong saya', 'tolonggg', 'TOLONG!!', 'tlg sy', 'tlong', 'tolongg', 'tolong2', 't0l0ng', 'help me please they are coming',
      'selamatkan kami', 'S.O.S', 's o s', 'S-O-S', 't o l o n g', 't.o.l.o.n.g', 'helppp', 'sos', '🆘', 'ＴＯＬＯＮＧ',
      'to\u200blong', 't\u2066olong\u2069', 'tolo\u0301ng',
      // Indonesian forms of one root
      'dipukul', 'dipukulin', 'di pukul', 'mukul', 'memukul', 'mereka pukul saya', 'digebukin', 'dikunciin', 'disiksa', 'dihajar',
      'kena pukul', 'dipukul2', 'disekap', 'menyekap', 'diperkosa', 'diancam bunuh', 'ngancam bunuh', 'berdarah', 'saya mau mati',
      // other languages
      'tulungan niyo ako', 'sinasaktan', 'binubugbog', 'ikinulong', 'cứu', 'cuu toi', 'cứu tôi với', 'bị đánh', 'bi danh', 'bị nhốt',
      'ช่วยด้วย', 'ถูกตี', 'ကယ်ပါ', 'ជួយខ្ញុំផង', '救命', '救救我', '被打', '被关', '被關', '被锁', '被鎖', '他们打我', '他們打我',
      'tulung', 'digebuki', 'diantemi', 'saya kena belasah', 'dirogol', 'ຊ່ວຍແດ່',
      // buried in a long message, or in markup
      `${'Selamat malam, saya mau cerita soal kerja di sini. '.repeat(20)}Tadi teman saya dipukul. ${'Terima kasih. '.repeat(20)}`,
      '<b>tolong</b> saya', '**SOS**',
    ])('%s as critical', (text) => {
      expect(grade(text), JSON.stringify(recognizer.explain(text).matches)).toBe('critical');
    });

    it.each([
      // a polite request with a word for help
      'tolong kirim formulir', 'tolong info jam buka', 'tlg info', 'help me with my visa', 'can you help me?', 'bisa bantu', 'bisa tolong saya?',
      'minta tolong cek email saya', 'giúp tôi gia hạn visa', '请帮我发一下表格',
      // fear alone
      'takut', 'aku takut', 'saya takut bgt', 'scared', "i'm scared", 'natatakot ako', '我好害怕',
      // denied, past, over
      'saya tidak dipukul', 'gk dipukul kok', 'they didn\'t beat me', 'dulu pernah dipukul tapi sekarang aman', 'i was beaten last year',
      'tidak pernah dipukul', 'they beat me but i am safe now', 'tôi không bị đánh', '没有被打',
    ])('%s as ask', (text) => {
      expect(grade(text), JSON.stringify(recognizer.explain(text).matches)).toBe('ask');
    });

    it.each([
      'emergency passport', 'paspor darurat', 'how long for an emergency passport?', 'pertolongan pertama', 'besok pukul 10', 'pukul 14.00',
      'dipukul rata 50 ribu', 'sosial', 'SOSIS', 'bantuan sosial', 'sosialisasi', 'selamat pagi', 'terima kasih atas bantuannya',
      'makasih sudah menolong', 'nghiên cứu', '我的账号被锁定了', '你打我电话吧', '打扰一下', 'thank you for your help', 'help desk',
      'hello', 'KK Park, gedung B', '12 orang',
    ])('%s as nothing', (text) => {
      expect(grade(text), JSON.stringify(recognizer.explain(text).matches)).toBeUndefined();
    });

    it('sees a danger in a language the deployment does not answer in (all lexicons at once)', () => {
      expect(grade('cuu toi voi')).toBe('critical');
      expect(grade('救命')).toBe('critical');
    });
  });

  describe('explains', () => {
    it('which language and lexicon line matched, and why a phrase did not make the message critical', () => {
      const e = recognizer.explain('tolong kirim formulir');
      expect(e.grade).toBe('ask');
      expect(e.matches).toContainEqual(expect.objectContaining({ lang: 'id', source: 'id/danger.txt', section: 'cry', phrase: 'tolong', grade: 'ask', because: 'request' }));
      expect(e.matches).toContainEqual(expect.objectContaining({ lang: 'id', section: 'request', phrase: 'kirim' }));
      expect(recognizer.explain('paspor darurat').matches).toContainEqual(expect.objectContaining({ phrase: 'darurat', because: 'not-danger' }));
      expect(recognizer.explain('saya tidak dipukul').matches).toContainEqual(expect.objectContaining({ phrase: 'pukul:passive,active,on-me', because: 'negation' }));
      expect(recognizer.explain('ＴＯＬＯＮＧ!').normalized).toBe('tolong');
    });
  });

  describe('bad input', () => {
    it('never throws, and reads only the first 8,192 code units', () => {
      const long = `${'a'.repeat(10_000)}`;
      expect(grade(long)).toBeUndefined();
      expect(grade(`tolong saya ${'x '.repeat(5000)}`)).toBe('critical');
      expect(grade(`${'x '.repeat(5000)} tolong saya`)).toBeUndefined(); // after the cap: not seen
      expect(recognizer.explain('x'.repeat(10_000)).scanned).toBe(8192);
      const small = createDangerRecognizer(lexicons, { maxChars: 20 });
      expect(small.grade(`${'ok '.repeat(10)}sos`)).toBeUndefined();
      expect(small.grade('sos')).toBe('critical');
    });

    it.each([
      ['emoji only', '🙏🙏😭😭👍🏽👨‍👩‍👧', undefined],
      ['empty', '', undefined],
      ['whitespace and controls', ' \n\t\u0000\u0007\r ', undefined],
      ['zero-width only', '\u200b\u200c\u200d\u2060\ufeff', undefined],
      ['bidi overrides around a cry', '\u202etolong\u202c', 'critical'],
      ['zero-width inside a cry', 't\u200bo\u200bl\u200bo\u200bn\u200bg', 'critical'],
      ['right-to-left text', 'مرحبا، أريد تجديد جواز السفر', undefined],
      ['markup and a link', '<i>tolong</i> <a href="http://x.y/?q=1">kami disekap</a> [x](http://evil)', 'critical'],
      ['lone surrogates', '\ud800tolong\udfff saya', 'critical'],
      ['mixed scripts in one word', 'tolong救命ช่วยด้วย', 'critical'],
      ['10,000 one-letter words', 'a '.repeat(5000), undefined],
      ['10,000 characters of requests', 'tolong kirim '.repeat(800), 'ask'],
      ['10,000 characters of negated danger', '没被打'.repeat(3400), 'ask'],
      ['one 10,000-letter word', 'tolong'.repeat(1700), undefined],
      ['held-down letter', `toloo${'o'.repeat(5000)}ng`, 'critical'],
    ])('%s', (_, text, expected) => {
      expect(() => recognizer.explain(text)).not.toThrow();
      expect(grade(text)).toBe(expected);
    });

    it('treats a value that is not a string as no text', () => {
      expect(grade(undefined as unknown as string)).toBeUndefined();
      expect(grade({ toString: () => 'sos' } as unknown as string)).toBeUndefined();
    });
  });

  it('remembers the last answer, so the channel and the flow grade a message once', () => {
    let calls = 0;
    const remembered = rememberLastGrade((t) => (calls++, grade(t)));
    expect(remembered('tolong saya')).toBe('critical');
    expect(remembered('tolong saya')).toBe('critical');
    expect(calls).toBe(1);
    expect(remembered('halo')).toBeUndefined();
    expect(calls).toBe(2);
  });

  it('reads a lexicon a deployment wrote, with its own sections and forms', () => {
    const { lexicon, problems: found } = parseDangerLexicon(
      'xx',
      ['[forms]', 'passive = di* di*in', '[critical]', 'gebuk:passive  # beaten', '[cry]', 'tolong', '[request]', 'kirim', '[not-danger]', 'digebuk <n>'].join('\n'),
    );
    expect(found).toEqual([]);
    const r = createDangerRecognizer([lexicon]);
    expect(r.grade('aku digebukin')).toBe('critical');
    expect(r.grade('digebuk 3 kali')).toBeUndefined();
    expect(r.grade('tolong kirim')).toBe('ask');
    expect(r.grade('dipukul')).toBeUndefined();
  });
});
