/** What makes an officer's answer need a confirmation: another case's id, or the lines of a case card. */
import { describe, expect, it } from 'vitest';
import type { CaseView } from '../../src/cases/case-record.js';
import { loadDeployment } from '../../src/deployment.js';
import { loadLocales } from '../../src/i18n/locales.js';
import { createAnswerCheck } from '../../src/officers/answer-check.js';
import { createCardRenderer } from '../../src/officers/card.js';

const deployment = loadDeployment('data/deployment.json');
const locales = loadLocales('locales', deployment.languages);
const check = createAnswerCheck({ locales, deployment });
const now = Date.UTC(2026, 4, 1, 12);

const view: CaseView = {
  id: 'KH-9ZZZ', kind: 'self-report', urgency: 'high', reasons: ['confined'], status: 'claimed', lang: 'id', channel: 'telegram',
  country: 'KH', situation: ['confined'], intakeComplete: true, score: 1, createdAt: now - 3_600_000, updatedAt: now, reopened: 0, codeWord: false,
  notes: 0, links: [], possibleLinks: [], claimedBy: 'telegram:501',
  private: { channel: 'telegram', address: '778', name: 'Siti', location: { kind: 'text', text: 'Sihanoukville' }, contact: 'anytime' },
};

describe('answer check', () => {
  it('lets an ordinary answer through, even with one label-like line or its own case number', () => {
    expect(check('Kami sudah menghubungi polisi. Tetap tenang.', 'KH-4F7Q')).toEqual({ otherCases: [], cardLines: 0, needsConfirm: false });
    expect(check('Lokasi: Kedutaan, Jl. Norodom 90\nDatang jam 9.', 'KH-4F7Q').needsConfirm).toBe(false);
    expect(check('Kasus KH-4F7Q Anda sedang kami urus; khusus untuk Anda.', 'KH-4F7Q').needsConfirm).toBe(false);
  });

  it('asks for a confirmation when the text names another case, however it is typed', () => {
    expect(check('Lihat juga kh-9zzz', 'KH-4F7Q')).toMatchObject({ otherCases: ['KH-9ZZZ'], needsConfirm: true });
    expect(check('KH–9ZZZ dan KH-8YYY', 'KH-4F7Q').otherCases).toEqual(['KH-9ZZZ', 'KH-8YYY']);
  });

  it('asks for a confirmation when the text is a case card, in either desk language, even its own', () => {
    for (const lang of ['id', 'en']) {
      const text = createCardRenderer({ locales, deployment, lang }).card(view, { held: 0, now }).text;
      const own = check(text, 'KH-9ZZZ');
      expect(own.otherCases).toEqual([]);
      expect(own.cardLines).toBeGreaterThan(5);
      expect(own.needsConfirm).toBe(true);
      expect(check(text, 'KH-4F7Q')).toMatchObject({ otherCases: ['KH-9ZZZ'], needsConfirm: true });
    }
    expect(check('Claimed by Ayu\nSafe to write: any time', 'KH-4F7Q')).toMatchObject({ cardLines: 2, needsConfirm: true });
  });
});
