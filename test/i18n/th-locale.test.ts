/**
 * The Thai (th) folder, beyond what test/i18n/locale-quality.test.ts checks for every locale: the bot's voice
 * is gender-neutral (no ครับ/ค่ะ in any message), buttons fit in 30 characters, the four first-aid messages are
 * there, and the words file covers every answer sense, reads Buddhist-era years and day-first dates, and
 * makes no safety phrase (duress, "can't talk", wipe words) an answer word.
 */
import fs from 'node:fs';
import path from 'node:path';
import { FluentBundle, FluentResource } from '@fluent/bundle';
import { describe, expect, it } from 'vitest';
import { senses } from '../../flows/shared/answer-words.js';
import { looseForm } from '../../flows/shared/text.js';

const dir = path.join('locales', 'th');
const ftl = fs.readdirSync(dir).filter((f) => f.endsWith('.ftl'));
const bundle = new FluentBundle('th', { useIsolating: false });
const ids: string[] = [];
for (const f of ftl) {
  const res = new FluentResource(fs.readFileSync(path.join(dir, f), 'utf8'));
  expect(bundle.addResource(res)).toEqual([]);
  ids.push(...res.body.map((m) => m.id));
}
const render = (id: string, args: Record<string, string | number> = {}) => bundle.formatPattern(bundle.getMessage(id)!.value!, args, []);
const variants = (id: string) =>
  ['yes', 'no'].flatMap((discreet) => ['whatsapp', 'telegram'].flatMap((channel) => [1, 3].map((count) => render(id, { discreet, channel, count, urgent: 'yes' }))));

describe('th messages', () => {
  it('speak without a gendered polite particle (the reader may be a man or a woman)', () => {
    for (const id of ids.filter((i) => bundle.getMessage(i)?.value)) for (const text of variants(id)) expect(text, id).not.toMatch(/ครับ|ค่ะ|ครัช/);
  });

  it('keep buttons within 30 characters', () => {
    const button = /^(choice-|who-|people-\d|people-over|indicator-|share-location|edit-|mp-relationship-|mp-choice-|mp-sex-(fe)?male$|mp-harm-(held|hurt|threatened|sold)$|mp-contact-(this-chat|phone)$|mp-when-(anytime|times)$|mp-not-me|mp-edit-|status-(forgot-pin|check-again|new-report)$|country-|desk-button-)/;
    const buttons = ids.filter((i) => button.test(i) && !i.endsWith('-not-understood'));
    expect(buttons.length).toBeGreaterThan(50);
    for (const id of buttons) expect([...render(id, { other: 'KH-4F7Q' })].length, id).toBeLessThanOrEqual(30);
  });

  it('have the four first-aid messages', () => {
    for (const id of ['first-aid', 'first-aid-not-citizen', 'first-aid-own-embassy', 'first-aid-alerted']) expect(bundle.hasMessage(id), id).toBe(true);
    expect(render('first-aid', { embassy: 'สถานทูต', languages: 'ภาษาไทย', numbers: 'Police: 117' })).toContain('SOS');
  });
});

describe('th words file', () => {
  const words = JSON.parse(fs.readFileSync(path.join(dir, 'words.json'), 'utf8')) as {
    answers: { senses: Record<string, string[]>; fillers: string[] }; safeTime: { parts: Record<string, string> };
    dates: { order: string; eraOffsets: number[]; months: Record<string, number> }; identity: Record<string, string[]>; wipe: string[];
  };
  const loose = (s: string) => looseForm(s).trim();

  it('has words for every answer sense, twelve months, and reads Buddhist-era years', () => {
    for (const sense of senses) expect(words.answers.senses[sense]?.length, sense).toBeGreaterThan(0);
    expect(Object.keys(words).sort()).toEqual(['answers', 'dates', 'identity', 'safeTime', 'wipe']);
    expect(new Set(Object.values(words.dates.months))).toEqual(new Set([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]));
    expect(words.dates.order).toBe('dmy');
    expect(words.dates.eraOffsets).toEqual([543]);
  });

  it('never reads one typed word both as yes and as no (tone marks dropped)', () => {
    const no = new Set(words.answers.senses.no!.map(loose));
    expect(words.answers.senses.yes!.map(loose).filter((w) => no.has(w))).toEqual([]);
    expect(words.answers.fillers.map(loose).filter((w) => no.has(w))).toEqual([]);
  });

  it('makes no safety phrase an answer word', () => {
    const all = new Set(Object.values(words.answers.senses).flat().map(loose));
    const phrases = ['duress-default', 'cant-talk-default'].map((id) => render(id));
    expect(phrases).toEqual(['ยกเลิกออเดอร์', 'ผิดเบอร์']);
    for (const p of [...phrases, ...words.wipe]) expect(all.has(loose(p)), p).toBe(false);
  });
});
