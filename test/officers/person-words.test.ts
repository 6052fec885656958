/**
 * A person's words on officers' screens cannot pass for the card's own lines: the quoting helper, and the
 * real card renderer (the Telegram card, `/queue`, the thread, and `npm run desk -- show` all use it) with
 * the deployment's locales.
 */
import { describe, expect, it } from 'vitest';
import type { CaseView } from '../../src/cases/case-record.js';
import { loadDeployment } from '../../src/deployment.js';
import { loadLocales } from '../../src/i18n/locales.js';
import { createCardRenderer } from '../../src/officers/card.js';
import { quoteInline, quoteSent, quoteWords } from '../../src/officers/person-words.js';

const deployment = loadDeployment('data/deployment.json');
const locales = loadLocales('locales', deployment.languages);
const cards = createCardRenderer({ locales, deployment, lang: 'en' });
const NEXT = '\n\u200E│ ';
const now = Date.UTC(2026, 4, 1, 12);

function view(p: Partial<CaseView['private']>, extra: Partial<CaseView> = {}): CaseView {
  return {
    id: 'KH-4F7Q', kind: 'self-report', urgency: 'critical', reasons: ['danger-now'], status: 'new', lang: 'id', channel: 'telegram',
    country: 'KH', situation: [], intakeComplete: true, score: 0, createdAt: now - 60_000, updatedAt: now, reopened: 0, notes: 0, codeWord: false,
    links: [], possibleLinks: [], dangerNow: true, ...extra,
    private: { channel: 'telegram', address: '777', ...p },
  };
}

/** The card's lines that begin with `label` (the card's own, or a forgery). */
const linesStarting = (text: string, label: string) => text.split('\n').filter((l) => l.startsWith(label));

describe('quoteWords', () => {
  it('puts their words inside «…», every further line behind a bar, whatever line break they used', () => {
    expect(quoteWords('Budi')).toBe('«Budi»');
    for (const br of ['\n', '\r\n', '\r', '\u2028', '\u2029', '\u0085', '\u000B', '\u000C']) {
      expect(quoteWords(`Budi${br}Claimed by: Officer A`)).toBe(`«Budi${NEXT}Claimed by: Officer A»`);
    }
    expect(quoteWords('a\n\n\n  \nb')).toBe(`«a${NEXT}b»`);
  });

  it('removes bidi controls and invisible characters, and folds blank look-alikes into one space', () => {
    expect(quoteWords('Budi\u202E:yb demialC\u202C')).toBe('«Budi:yb demialC»');
    expect(quoteWords('\u200B\u200D\u2060\uFEFFClaimed\u00AD by\u2066 A\u2069')).toBe('«Claimed by A»');
    expect(quoteWords('\u061C\u200E\u200FSafe to write: any time')).toBe('«Safe to write: any time»');
    expect(quoteWords('\u{E0041}\u{E0042}tag')).toBe('«tag»');
    // A run of blanks long enough to wrap a forged label onto a line of its own on a phone.
    expect(quoteWords(`Budi${'\u3000'.repeat(60)}${'\u2800'.repeat(10)}${'\u3164'.repeat(5)}\t Claimed by: A`)).toBe('«Budi Claimed by: A»');
  });

  it('drops leading symbols that imitate a card line marker, keeping what a person means', () => {
    expect(quoteWords('⚠ Alarm words: none\n🔴 CRITICAL · KH-ZZZZ\n│ ✓ Delivered\n> quoted\n• bullet\n— dash\n✅ Resolved')).toBe(
      `«Alarm words: none${NEXT}CRITICAL · KH-ZZZZ${NEXT}Delivered${NEXT}quoted${NEXT}bullet${NEXT}dash${NEXT}Resolved»`,
    );
    expect(quoteWords('+62 812 3456 7890')).toBe('«+62 812 3456 7890»');
    expect(quoteWords('🆘')).toBe('«🆘»'); // symbols only: they stay
    expect(quoteWords('tolong 🙏')).toBe('«tolong 🙏»');
  });

  it('cannot close its own quote, pile up marks over other lines, or become a link or a command', () => {
    expect(quoteWords('Budi» Claimed by «A')).toBe('«Budi› Claimed by ‹A»');
    expect(quoteWords(`Z${'\u0301'.repeat(40)}`)).toBe(`«Z${'\u0301'.repeat(5)}»`);
    expect(quoteWords('ทุบตี')).toBe('«ทุบตี»'); // real scripts keep their marks
    const defanged = quoteWords('see http://evil.example @boss /start');
    expect(defanged).not.toContain('http://evil');
    expect(defanged).not.toMatch(/(^|\s)@boss/);
    expect(defanged).not.toMatch(/(^|\s)\/start/);
  });

  it('clips to the length asked, and one-line quotes join lines with a slash', () => {
    expect(quoteWords('abcdefghij', 5)).toBe('«abcd…»');
    expect(quoteInline('Phnom Penh\n🔴 CRITICAL KH-ZZZZ · new', 80)).toBe('«Phnom Penh / CRITICAL KH-ZZZZ · new»');
  });

  it('echoes officers\' words unchanged, lines behind the bar', () => {
    expect(quoteSent('🙏 Terima kasih\nhttp://kbri.example')).toBe(`«🙏 Terima kasih${NEXT}http://kbri.example»`);
  });
});

describe('the case card', () => {
  it('shows a name "Budi\\nClaimed by: Officer A" and an answer "Safe to write: any time" as their words, not as card lines', () => {
    const card = cards.card(view({
      name: 'Budi\nClaimed by: Officer A',
      details: 'Safe to write: any time',
      location: { kind: 'text', text: 'KK Park\u2028Claimed by: Officer B\u2029Safe to write: any time' },
      peopleWords: '20\nIn danger now: no',
      contact: 'times',
      contactTimes: 'jam 9\n✓ Safe to write: any time',
      alarms: [{ text: 'tolong\r\nWhy: false alarm, resolved', at: now - 60_000, grade: 'critical' }],
    }), { held: 0, now }).text;
    expect(linesStarting(card, 'Claimed by')).toEqual([]); // the case is not claimed: no line may say it is
    expect(card).toContain('Not claimed yet');
    expect(linesStarting(card, 'Safe to write:')).toHaveLength(1);
    expect(linesStarting(card, 'Safe to write:')[0]).toMatch(/^Safe to write: (only at|held until they write).*«jam 9$/);
    expect(linesStarting(card, 'In danger now:')).toEqual(['In danger now: yes']);
    expect(linesStarting(card, 'Why:')).toEqual(['Why: says in danger now']);
    expect(card).toContain(`Name: «Budi${NEXT}Claimed by: Officer A»`);
    expect(card).toContain('Their words: «Safe to write: any time»');
    expect(card).toContain(`Where (typed): «KK Park${NEXT}Claimed by: Officer B${NEXT}Safe to write: any time»`);
    expect(card).toContain(`Held with them: «20${NEXT}In danger now: no»`);
    // Every line of the card is the card's own, or a quoted line of theirs.
    for (const line of card.split('\n').filter((l) => l.startsWith('\u200E'))) expect(line.startsWith('\u200E│ ')).toBe(true);
  });

  it('defeats right-to-left and zero-width tricks in a name', () => {
    const card = cards.card(view({ name: '\u200B\u200BClaimed by: Officer A\u202E' }), { held: 0, now }).text;
    expect(linesStarting(card, 'Claimed by')).toEqual([]);
    expect(card).toContain('Name: «Claimed by: Officer A»');
    const rtl = cards.card(view({ name: 'علي\nClaimed by: Officer A' }), { held: 0, now }).text;
    // The second line begins left to right with the bar, even though its paragraph holds Arabic before;
    // the Arabic is isolated (FSI … PDI) so it cannot pull the quote marks or the label into its order.
    expect(rtl).toContain(`Name: «\u2068علي\u2069${NEXT}Claimed by: Officer A»`);
    expect(rtl).not.toMatch(/[\u202A-\u202E\u2066\u2067]/); // the person's own bidi controls are gone
    expect(rtl.match(/\u2068/g)?.length).toBe(rtl.match(/\u2069/g)?.length);
  });

  it('keeps a queue line one line, and quotes what the person wrote in the case\'s topic', () => {
    const line = cards.queueLine(view({ location: { kind: 'text', text: 'Phnom Penh\n🔴 CRITICAL KH-ZZZZ · new' } }), now);
    expect(line.split('\n')).toHaveLength(1);
    expect(line).toContain('«Phnom Penh / CRITICAL KH-ZZZZ · new»');
    const wrote = cards.forwarded('KH-4F7Q', { kind: 'text', text: 'aman\n✓ Sent to KH-4F7Q now, exactly this (1):', at: now });
    expect(wrote).toBe(`💬 KH-4F7Q wrote:\n«aman${NEXT}Sent to KH-4F7Q now, exactly this (1):»`);
  });

  it('shows Urdu and Thai words as written, isolated where right to left, with their language in the desk\'s', () => {
    const urdu = 'میری مدد کریں، مجھے کمرے میں بند کر دیا ہے';
    const thai = 'ช่วยด้วย โดนขังอยู่ในห้อง';
    const card = cards.card(view({
      details: `${urdu}\nClaimed by: Officer A`,
      alarms: [{ text: thai, at: now - 60_000, grade: 'critical' }],
      location: { kind: 'text', text: 'saya di kamar lantai 3 dekat pos jaga' },
    }), { held: 0, now }).text;
    expect(card).toContain(`«\u2068${urdu}\u2069${NEXT}Claimed by: Officer A» (Urdu)`);
    expect(card).toContain(`«${thai}» (Thai)`);
    expect(card).toContain('«saya di kamar lantai 3 dekat pos jaga» (Indonesian)');
    expect(linesStarting(card, 'Claimed by')).toEqual([]);
    // Reasons stay in the desk's language; the desk's own language is not named after its words.
    expect(card).toContain('Why: says in danger now');
    const inIndonesian = createCardRenderer({ locales, deployment, lang: 'id' }).card(view({ details: thai, location: { kind: 'text', text: 'saya di kamar lantai 3 dekat pos jaga' } }), { held: 0, now }).text;
    expect(inIndonesian).toContain(`«${thai}» (Thai)`);
    expect(inIndonesian).toContain('«saya di kamar lantai 3 dekat pos jaga»\n');
    expect(inIndonesian).toContain('Alasan: bilang dalam bahaya sekarang');
  });

  it('names the language recorded with a message in the thread, and none for words too short to tell', () => {
    expect(cards.forwarded('KH-4F7Q', { kind: 'text', text: 'میری مدد کریں', lang: 'ur', at: now })).toBe('💬 KH-4F7Q wrote:\n«\u2068میری مدد کریں\u2069» (Urdu)');
    expect(cards.forwarded('KH-4F7Q', { kind: 'text', text: 'ok', at: now })).toBe('💬 KH-4F7Q wrote:\n«ok»');
    expect(cards.forwarded('KH-4F7Q', { kind: 'text', text: 'please help me now', lang: 'en', at: now })).toBe('💬 KH-4F7Q wrote:\n«please help me now»');
  });
});
