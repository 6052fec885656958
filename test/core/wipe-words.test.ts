import { describe, expect, it } from 'vitest';
import { answerTables, senses, type Sense } from '../../flows/shared/answer-words.js';
import { readAnswer, readChoices } from '../../flows/shared/answers.js';
import { asksToWipe, isWipeWord, wipeTables } from '../../src/core/wipe-words.js';
import type { InboundMessage } from '../../src/core/messages.js';

const everySense = Object.fromEntries(senses.map((s) => [s, s])) as Record<Sense, Sense>;
const msg = (body: InboundMessage['body']): InboundMessage => ({ channel: 'telegram', address: '1', messageId: '1', at: 0, body });

describe('wipe words', () => {
  it('are never an answer to a question, in any language that reads them', () => {
    for (const [lang, words] of Object.entries(wipeTables())) {
      for (const word of words) {
        for (const reading of new Set([lang, 'en', ...Object.keys(answerTables())])) {
          expect(readAnswer(word, reading, everySense), `"${word}" read as an answer in ${reading}`).toBeUndefined();
          expect(readChoices(word, reading, 9), `"${word}" read as numbers in ${reading}`).toBeUndefined();
        }
      }
    }
  });

  it('wipe as the whole message, in the conversation\'s language and English, whatever the case and punctuation', () => {
    expect(isWipeWord('hapus', 'id')).toBe(true);
    expect(isWipeWord('HAPUS SEMUA!', 'id')).toBe(true);
    expect(isWipeWord('Delete all.', 'id')).toBe(true); // English is always read
    expect(isWipeWord('hapus', '')).toBe(true); // before the language is known: every table
    expect(isWipeWord('hapus', 'en')).toBe(false);
    expect(isWipeWord('tolong hapus foto saya', 'id')).toBe(false);
    expect(isWipeWord('hapus?', 'id')).toBe(true);
    expect(isWipeWord('', 'id')).toBe(false);
  });

  it('are asked for by /wipe, or by a typed word that is not an edit', () => {
    expect(asksToWipe(msg({ kind: 'command', command: 'wipe' }), 'en')).toBe(true);
    expect(asksToWipe(msg({ kind: 'command', command: 'help' }), 'en')).toBe(false);
    expect(asksToWipe(msg({ kind: 'text', text: 'wipe' }), 'en')).toBe(true);
    expect(asksToWipe(msg({ kind: 'text', text: 'wipe', edited: true }), 'en')).toBe(false);
    expect(asksToWipe(msg({ kind: 'media', media: 'photo', fileRef: 'f', caption: 'hapus' }), 'id')).toBe(false);
  });
});
