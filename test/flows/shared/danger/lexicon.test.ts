import { describe, expect, it } from 'vitest';
import { expandPhrase, parseDangerLexicon } from '../../../../flows/shared/danger/lexicon.js';

describe('danger lexicon', () => {
  it('reads sections, comments, abbreviations and forms', () => {
    const { lexicon, problems } = parseDangerLexicon('id', [
      '# a comment',
      '[critical]',
      'sos   # trailing comment',
      'pukul:passive',
      '[abbreviations]',
      'tlg = tolong',
      '[forms]',
      'passive = di* di_*',
    ].join('\n'));
    expect(problems).toEqual([]);
    expect(lexicon.phrases).toEqual([
      { section: 'critical', text: 'sos', line: 3 },
      { section: 'critical', text: 'pukul:passive', line: 4 },
    ]);
    expect(lexicon.abbreviations).toEqual([{ from: 'tlg', to: 'tolong', line: 6 }]);
    expect(lexicon.forms).toEqual([{ name: 'passive', templates: ['di*', 'di_*'], line: 8 }]);
  });

  it('names the line of every problem', () => {
    const { problems } = parseDangerLexicon('xx', [
      'sos',
      '[critcal]',
      '[critical]',
      'pukul:nope',
      'tolong 救命',
      '!!!',
      '<n>',
      '[abbreviations]',
      'tlg tolong',
      'a b = c',
      '[forms]',
      'passive = di',
    ].join('\n'));
    expect(problems.map((p) => p.line)).toEqual([1, 2, 4, 5, 6, 7, 9, 10, 12]);
    expect(problems.find((p) => p.line === 4)!.message).toMatch(/no group of forms "nope"/);
    expect(problems.find((p) => p.line === 5)!.message).toMatch(/two lines/);
  });

  it('expands a phrase into folded forms', () => {
    const groups = new Map([['passive', ['di*', 'di_*']]]);
    expect(expandPhrase('Pukul:passive Saya', groups)).toEqual([
      { kind: 'words', words: ['dipukul', 'saya'] },
      { kind: 'words', words: ['di', 'pukul', 'saya'] },
    ]);
    expect(expandPhrase('pukul <n>', groups)).toEqual([{ kind: 'words', words: ['pukul', '<n>'] }]);
    expect(expandPhrase('ช่วย ด้วย', groups)).toEqual([{ kind: 'nospace', text: 'ช่วยด้วย' }]);
  });
});
