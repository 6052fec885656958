import { describe, expect, it } from 'vitest';
import { answerTables, senses } from '../../../flows/shared/answer-words.js';
import {
  answerWordsOf,
  asciiDigits,
  guessLanguage,
  mentionsTime,
  readAnswer,
  readChoices,
  readCount,
  readLanguageName,
  readYesNo,
  saysSkip,
} from '../../../flows/shared/answers.js';

describe('answers', () => {
  it('reads a yes or a no in Indonesian chat style and in English, in an Indonesian conversation', () => {
    for (const yes of ['ya', 'iya', 'iyaa', 'IYAAA!!', 'y', 'yy', 'ok', 'oke', 'okey', 'boleh', 'betul', 'benar', 'bener', 'setuju', 'sip', 'yes', 'yeah', 'yep', 'sure', 'Ya 🙏', 'iya kak', 'ya saya', 'ok siap', 'iya iya']) {
      expect(readYesNo(yes, 'id'), yes).toBe('yes');
    }
    for (const no of ['tidak', 'tdk', 'gak', 'gakkk', 'ga', 'gk', 'nggak', 'enggak', 'engga', 'ngga', 'bukan', 'no', 'nope', 'nah', 'not', 'tidak setuju', 'gak mau', 'tidak ya', 'no thanks']) {
      expect(readYesNo(no, 'id'), no).toBe('no');
    }
  });

  it('takes a yes only as the whole answer, and not two answers at once', () => {
    expect(readYesNo('ya saya dipukul tadi malam', 'id')).toBeUndefined();
    expect(readYesNo('ya tidak', 'id')).toBeUndefined();
    expect(readYesNo('ok tidak', 'id')).toBeUndefined();
    expect(readYesNo('ga tau', 'id')).toBeUndefined(); // a skip, not a no
    expect(readYesNo('', 'id')).toBeUndefined();
    expect(readYesNo('🙂', 'id')).toBeUndefined();
  });

  it('reads English always, Javanese and Malay words in an Indonesian conversation, and not Indonesian in English', () => {
    expect(readYesNo('yes please', 'id')).toBe('yes');
    expect(readYesNo('nggih', 'id')).toBe('yes');
    expect(readYesNo('mboten', 'id')).toBe('no');
    expect(saysSkip('tak tahu', 'id')).toBe(true);
    expect(readYesNo('iya', 'en')).toBeUndefined();
    expect(readYesNo('oo po', 'tl')).toBe('yes');
    expect(readYesNo('không', 'vi')).toBe('no');
  });

  it('maps senses to the answers of a question', () => {
    const danger = { yes: 'yes', afraid: 'yes', no: 'no', safe: 'no' } as const;
    expect(readAnswer('aku takut', 'id', danger)).toBe('yes');
    expect(readAnswer('saya takut kak', 'id', danger)).toBe('yes');
    expect(readAnswer("I'm scared", 'id', danger)).toBe('yes');
    expect(readAnswer('aman kok', 'id', danger)).toBe('no');
    expect(readAnswer('tidak aman', 'id', danger)).toBe('yes'); // "not safe": the longest phrase wins
    const who = { myself: 'myself', 'someone-else': 'someone-else', status: 'status' } as const;
    expect(readAnswer('saya sendiri', 'id', who)).toBe('myself');
    expect(readAnswer('ya saya sendiri', 'id', who)).toBe('myself');
    expect(readAnswer('untuk saya', 'id', who)).toBe('myself');
    expect(readAnswer('myself', 'id', who)).toBe('myself');
    expect(readAnswer('anak saya', 'id', who)).toBe('someone-else');
    expect(readAnswer('orang lain', 'id', who)).toBe('someone-else');
    expect(readAnswer('someone else', 'id', who)).toBe('someone-else');
    expect(readAnswer('cek laporan', 'id', who)).toBe('status');
    expect(readAnswer('status', 'id', who)).toBe('status');
    expect(readAnswer('anak saya hilang di kamboja', 'id', who)).toBeUndefined();
  });

  it('reads skip words, "I don\'t know", a dash or a question mark', () => {
    for (const skip of ['lewati', 'lewat', 'skip', 'ga tau', 'gak tau', 'gatau', 'tidak tahu', 'tdk tau', 'nggak tahu', 'belum tahu', 'ntah', 'entah', 'lupa', "don't know", 'dont know', 'idk', 'not sure', '-', '?', ' -- ', 'tidak ada', 'gak tau ya kak', 'tidak']) {
      expect(saysSkip(skip, 'id'), skip).toBe(true);
    }
    for (const answer of ['Budi', 'Aman', 'Siti Aminah', 'B 1234567', '...', 'Poipet']) expect(saysSkip(answer, 'id'), answer).toBe(false);
  });

  it('reads several numbers at a multi-select question', () => {
    expect(readChoices('1 2', 'id', 8)).toEqual([1, 2]);
    expect(readChoices('1,3', 'id', 8)).toEqual([1, 3]);
    expect(readChoices('1 dan 3', 'id', 8)).toEqual([1, 3]);
    expect(readChoices('1&3', 'id', 8)).toEqual([1, 3]);
    expect(readChoices('3, 1, 3', 'id', 8)).toEqual([1, 3]);
    expect(readChoices('1-3', 'id', 8)).toEqual([1, 2, 3]);
    expect(readChoices('1 sampai 3', 'id', 8)).toEqual([1, 2, 3]);
    expect(readChoices('2 to 4', 'en', 8)).toEqual([2, 3, 4]);
    expect(readChoices('123', 'id', 8)).toEqual([1, 2, 3]);
    expect(readChoices('no 1 dan 2 kak', 'id', 8)).toEqual([1, 2]);
    expect(readChoices('١, ٣', 'id', 8)).toEqual([1, 3]);
    expect(readChoices('semua', 'id', 4)).toEqual([1, 2, 3, 4]);
    expect(readChoices('all of them', 'id', 3)).toEqual([1, 2, 3]);
    expect(readChoices('9', 'id', 8)).toBeUndefined();
    expect(readChoices('1 9', 'id', 8)).toBeUndefined();
    expect(readChoices('3-1', 'id', 8)).toBeUndefined();
    expect(readChoices('1, 2, saya dipukul', 'id', 8)).toBeUndefined();
    expect(readChoices('paspor diambil', 'id', 8)).toBeUndefined();
  });

  it('reads plain, rough and wordy counts', () => {
    const read = (text: string) => readCount(text, 'id');
    expect(read('5')).toEqual({ kind: 'figure', count: 5, extra: false });
    expect(read('12 orang')).toEqual({ kind: 'figure', count: 12, extra: false });
    expect(read('kira2 20an org')).toEqual({ kind: 'figure', count: 20, extra: false }); // not 2
    expect(read('kira-kira 20')).toEqual({ kind: 'figure', count: 20, extra: false });
    expect(read('sekitar 30')).toEqual({ kind: 'figure', count: 30, extra: false });
    expect(read('±40')).toEqual({ kind: 'figure', count: 40, extra: false });
    expect(read('about 50')).toEqual({ kind: 'figure', count: 50, extra: false });
    expect(read('around 30 people')).toEqual({ kind: 'figure', count: 30, extra: false });
    expect(read('dua puluh lima')).toEqual({ kind: 'figure', count: 25, extra: false });
    expect(read('twenty five')).toEqual({ kind: 'figure', count: 25, extra: false });
    expect(read('bertiga')).toEqual({ kind: 'figure', count: 3, extra: false });
    expect(read('sendiri')).toEqual({ kind: 'figure', count: 1, extra: false });
    expect(read('just me')).toEqual({ kind: 'figure', count: 1, extra: false });
    expect(read('٢٠ orang')).toEqual({ kind: 'figure', count: 20, extra: false });
    expect(read('kami 15 orang di kamar ini')).toEqual({ kind: 'figure', count: 15, extra: true });
    expect(read('puluhan')).toEqual({ kind: 'about', count: 20, extra: false });
    expect(read('dozens')).toEqual({ kind: 'about', count: 24, extra: false });
    expect(read('ratusan')).toEqual({ kind: 'about', count: 100, extra: false });
    expect(read('lebih dari 100')).toEqual({ kind: 'about', count: 101, extra: false });
    expect(read('20+')).toEqual({ kind: 'about', count: 21, extra: false });
    expect(read('kurang dari 10')).toEqual({ kind: 'about', count: 9, extra: false });
    expect(read('20-30 orang')).toEqual({ kind: 'about', count: 30, extra: false });
    expect(read('banyak')).toEqual({ kind: 'many', extra: false });
    expect(read('a lot')).toEqual({ kind: 'many', extra: false });
    expect(read('15 orang, 3 perempuan')).toBeUndefined(); // which one?
    expect(read('KK Park, gedung B')).toBeUndefined();
    expect(read('0')).toBeUndefined();
  });

  it('reads Tagalog counts as people type them: linked tens, teens before the unit, hundreds and tens', () => {
    const read = (text: string) => readCount(text, 'tl');
    const figure = (count: number) => ({ kind: 'figure', count, extra: false });
    expect(read("dalawampu't lima")).toEqual(figure(25)); // "'t" is "at", and
    expect(read('dalawampu’t limang tao')).toEqual(figure(25));
    expect(read('dalawampu at lima')).toEqual(figure(25));
    expect(read('labing-lima')).toEqual(figure(15)); // not 5: "labing" is ten-and
    expect(read('labing lima')).toEqual(figure(15));
    expect(read('labing-isa')).toEqual(figure(11));
    expect(read('labinlima')).toEqual(figure(15));
    expect(read('tatlumpu')).toEqual(figure(30));
    expect(read("tatlumpu't dalawa")).toEqual(figure(32));
    expect(read("trenta'y dos")).toEqual(figure(32)); // Spanish-Tagalog
    expect(read('bente y singko')).toEqual(figure(25));
    expect(read('isang daan at dalawampu')).toEqual(figure(120));
    expect(read('dalawang daan at limampu')).toEqual(figure(250));
    expect(read('lima at tatlo')).toBeUndefined(); // five and three: two numbers, which one?
    // Hundreds then tens, in Indonesian and English too.
    expect(readCount('dua ratus lima puluh', 'id')).toEqual(figure(250));
    expect(readCount('a hundred and twenty', 'en')).toEqual(figure(120));
  });

  it('reads digits of any script', () => {
    expect(asciiDigits('٣ ۳ ३ ৩ ๓ ៣ ၃ ３ 𝟑 ᠓ 3')).toBe('3 3 3 3 3 3 3 3 3 3 3');
    expect(asciiDigits('١٢٣٤٥٦٧٨٩٠')).toBe('1234567890');
    expect(asciiDigits('KH-4F7Q')).toBe('KH-4F7Q');
  });

  it('compares words loosely: case, accents, repeated letters, emoji, "kira2"', () => {
    expect(answerWordsOf('Iyaaa kak!! 🙏')).toEqual(['iya', 'kak']);
    expect(answerWordsOf('kira2 Đồng ý')).toEqual(['kira', 'kira', 'dong', 'y']);
  });

  it('tells times, language names and the language of a text', () => {
    for (const when of ['malam', 'setelah jam 10', 'after 22:00', 'Sunday morning', '10pm']) expect(mentionsTime(when, 'id'), when).toBe(true);
    for (const not of ['kapan saja', 'ok', 'tidak tahu']) expect(mentionsTime(not, 'id'), not).toBe(false);
    expect(readLanguageName('indonesia', ['id', 'en'])).toBe('id');
    expect(readLanguageName('pakai bahasa inggris', ['id', 'en'])).toBe('en');
    expect(readLanguageName('jawa', ['id', 'en'])).toBeUndefined(); // not deployed
    expect(guessLanguage('saya butuh bantuan', ['id', 'en'])).toBe('id');
    expect(guessLanguage('i need help please', ['id', 'en'])).toBe('en');
    expect(guessLanguage('xyz', ['id', 'en'])).toBeUndefined();
  });

  it('keeps the word tables consistent: known senses, no phrase both a yes and a no in one language', () => {
    for (const [lang, table] of Object.entries(answerTables())) {
      for (const sense of Object.keys(table.senses)) expect(senses, `${lang}: ${sense}`).toContain(sense);
      const form = (list: readonly string[] = []) => new Set(list.map((p) => answerWordsOf(p).join(' ')));
      const yes = form(table.senses.yes);
      for (const no of form(table.senses.no)) expect(yes.has(no), `${lang}: "${no}" is a yes and a no`).toBe(false);
      for (const skip of form(table.senses.skip)) expect(yes.has(skip), `${lang}: "${skip}" is a yes and a skip`).toBe(false);
    }
  });
});
