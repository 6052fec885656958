import { describe, expect, it } from 'vitest';
import type { Update } from 'grammy/types';
import type { IntakeContext } from '../../flows/intake/machine.js';
import { promptFor } from '../../flows/intake/prompts.js';
import { InboundMessage, type OutboundMessage } from '../../src/core/messages.js';
import { intakeRenderer } from '../support/renderers.js';
import { loadDeployment } from '../../src/deployment.js';
import { loadLocales } from '../../src/i18n/locales.js';
import { prng } from '../support/prng.js';
import {
  TELEGRAM_TEXT_MAX, choiceData, inboundFromUpdate, parseChoiceData, replyMarkup, splitText,
} from '../../src/channels/telegram/translate.js';

const DATE = 1_700_000_000; // seconds, as Telegram sends it
const person = { id: 4242, is_bot: false, first_name: 'Ana', language_code: 'id' };
const privateChat = { id: 4242, type: 'private', first_name: 'Ana' };

/** A `message` update in a private chat with `content` merged into the message. */
function messageUpdate(content: Record<string, unknown>, over: { from?: unknown; chat?: unknown; updateId?: number } = {}): Update {
  return {
    update_id: over.updateId ?? 77,
    message: { message_id: 1_000_001, date: DATE, chat: over.chat ?? privateChat, from: over.from ?? person, ...content },
  } as unknown as Update;
}

/** A button press on a bot message in a private chat. */
function pressUpdate(data: string | undefined, over: { chat?: unknown; withMessage?: boolean } = {}): Update {
  const message = { message_id: 3, date: DATE, chat: over.chat ?? privateChat, from: { id: 123456, is_bot: true, first_name: 'Bot' }, text: 'Q?' };
  return {
    update_id: 88,
    callback_query: {
      id: 'cbq-1', from: { ...person, language_code: 'en' }, chat_instance: 'ci',
      ...(over.withMessage === false ? { inline_message_id: 'inl-1' } : { message }),
      ...(data === undefined ? {} : { data }),
    },
  } as unknown as Update;
}

const file = (id: string) => ({ file_id: id, file_unique_id: `u-${id}` });

/** Runs the inbound through the core's schema, as the hotline does, and returns its body. */
function body(update: Update) {
  const inbound = inboundFromUpdate(update);
  expect(inbound).toBeDefined();
  const parsed = InboundMessage.safeParse(inbound);
  expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
  return inbound!.body;
}

describe('inboundFromUpdate', () => {
  it('maps a private text message with its envelope', () => {
    const inbound = inboundFromUpdate(messageUpdate({ text: 'halo, saya di Bavet' }, { updateId: 501 }));
    expect(inbound).toEqual({
      channel: 'telegram',
      address: '4242',
      messageId: '501',
      at: DATE * 1000,
      chatRef: '1000001', // the message's id in the chat (not the update id): what deleting it takes
      languageHint: 'id',
      body: { kind: 'text', text: 'halo, saya di Bavet' },
    });
    expect(InboundMessage.safeParse(inbound).success).toBe(true);
  });

  it('keeps text as typed (metacharacters, RTL and zero-width marks) and cuts it at 4096 UTF-16 units', () => {
    const odd = '*_[]()<b>&</b> \u202Eمرحبا\u200B\u200F';
    expect(body(messageUpdate({ text: odd }))).toEqual({ kind: 'text', text: odd });
    const long = 'kata '.repeat(2000); // 10,000 characters
    const b = body(messageUpdate({ text: long }));
    expect(b).toEqual({ kind: 'text', text: long.slice(0, TELEGRAM_TEXT_MAX) });
  });

  it('maps known commands (with a bot_command entity at offset 0) and their aliases', () => {
    const cmd = (text: string, entities?: unknown) =>
      body(messageUpdate({ text, entities: entities ?? [{ type: 'bot_command', offset: 0, length: text.split(' ')[0]!.length }] }));
    expect(cmd('/start')).toEqual({ kind: 'command', command: 'start' });
    expect(cmd('/start deep-link-payload')).toEqual({ kind: 'command', command: 'start' });
    expect(cmd('/help@test_bot')).toEqual({ kind: 'command', command: 'help' });
    expect(cmd('/language')).toEqual({ kind: 'command', command: 'language' });
    expect(cmd('/bahasa')).toEqual({ kind: 'command', command: 'language' });
    expect(cmd('/RESTART')).toEqual({ kind: 'command', command: 'restart' });
    expect(cmd('/discreet')).toEqual({ kind: 'command', command: 'discreet' });
    expect(cmd('/diskret')).toEqual({ kind: 'command', command: 'discreet' });
  });

  it('treats unknown commands, commands without an entity and later entities as text', () => {
    expect(body(messageUpdate({ text: '/foo', entities: [{ type: 'bot_command', offset: 0, length: 4 }] }))).toEqual({ kind: 'text', text: '/foo' });
    // Names every object has are no commands (and no reply lost to a schema refusal).
    for (const name of ['/constructor', '/toString', '/__proto__']) {
      expect(body(messageUpdate({ text: name, entities: [{ type: 'bot_command', offset: 0, length: name.length }] }))).toEqual({ kind: 'text', text: name });
    }
    expect(body(messageUpdate({ text: '/start' }))).toEqual({ kind: 'text', text: '/start' });
    expect(body(messageUpdate({ text: 'see /start', entities: [{ type: 'bot_command', offset: 4, length: 6 }] }))).toEqual({ kind: 'text', text: 'see /start' });
    expect(body(messageUpdate({ text: '/start', entities: [{ type: 'bold', offset: 0, length: 6 }] }))).toEqual({ kind: 'text', text: '/start' });
  });

  it('maps a location pin, live or not', () => {
    expect(body(messageUpdate({ location: { latitude: 16.646, longitude: 98.507 } }))).toEqual({ kind: 'location', lat: 16.646, lon: 98.507, live: false });
    expect(body(messageUpdate({ location: { latitude: 10.627, longitude: 103.522, live_period: 900 } }))).toEqual({ kind: 'location', lat: 10.627, lon: 103.522, live: true });
    // Impossible coordinates are passed on as they are: judging them is the flow's job.
    expect(body(messageUpdate({ location: { latitude: 95, longitude: 200 } }))).toEqual({ kind: 'location', lat: 95, lon: 200, live: false });
  });

  it('maps every media kind to its file reference only', () => {
    const cases: Array<[Record<string, unknown>, string, string]> = [
      [{ sticker: { ...file('st'), type: 'regular', width: 1, height: 1, is_animated: false, is_video: false } }, 'sticker', 'st'],
      [{ photo: [{ ...file('small'), width: 90, height: 90 }, { ...file('large'), width: 1280, height: 1280 }] }, 'photo', 'large'],
      [{ voice: { ...file('vo'), duration: 3 } }, 'voice', 'vo'],
      [{ video_note: { ...file('vn'), length: 240, duration: 3 } }, 'video_note', 'vn'],
      [{ video: { ...file('vi'), width: 1, height: 1, duration: 3 } }, 'video', 'vi'],
      [{ animation: { ...file('an'), width: 1, height: 1, duration: 3 }, document: { ...file('an-doc') } }, 'animation', 'an'],
      [{ audio: { ...file('au'), duration: 3 } }, 'audio', 'au'],
      [{ document: { ...file('do'), file_name: 'passport.pdf' } }, 'document', 'do'],
    ];
    for (const [content, media, fileRef] of cases) {
      expect(body(messageUpdate(content)), media).toEqual({ kind: 'media', media, fileRef });
    }
  });

  it('maps a shared contact without carrying the phone number', () => {
    const update = messageUpdate({ contact: { phone_number: '+6281234567890', first_name: 'Ana', user_id: 4242 } });
    expect(body(update)).toEqual({ kind: 'contact' });
    expect(JSON.stringify(inboundFromUpdate(update))).not.toContain('6281234567890');
  });

  it('names other message kinds as unsupported', () => {
    expect(body(messageUpdate({ poll: { id: 'p', question: 'Q?', options: [], total_voter_count: 0, is_closed: false, is_anonymous: true, type: 'regular', allows_multiple_answers: false } })))
      .toEqual({ kind: 'unsupported', what: 'poll' });
    expect(body(messageUpdate({ dice: { emoji: '🎲', value: 3 } }))).toEqual({ kind: 'unsupported', what: 'dice' });
    expect(body(messageUpdate({ pinned_message: { message_id: 1 } }))).toEqual({ kind: 'unsupported', what: 'other' });
  });

  it('ignores groups, channels, bots, senderless messages and edits', () => {
    expect(inboundFromUpdate(messageUpdate({ text: 'tolong' }, { chat: { id: -100, type: 'group', title: 'G' } }))).toBeUndefined();
    expect(inboundFromUpdate(messageUpdate({ text: 'tolong' }, { chat: { id: -1001, type: 'supergroup', title: 'S' } }))).toBeUndefined();
    expect(inboundFromUpdate(messageUpdate({ text: 'tolong' }, { from: { id: 9, is_bot: true, first_name: 'OtherBot' } }))).toBeUndefined();
    const senderless = { update_id: 5, message: { message_id: 1, date: DATE, chat: privateChat, text: 'tolong' } } as unknown as Update;
    expect(inboundFromUpdate(senderless)).toBeUndefined();
    const edited = { update_id: 6, edited_message: { message_id: 1, date: DATE, edit_date: DATE, chat: privateChat, from: person, text: 'tolong' } } as unknown as Update;
    // An edited text is passed on as an edit: not an answer, but danger in it escalates (issue 10).
    expect(inboundFromUpdate(edited)?.body).toEqual({ kind: 'text', text: 'tolong', edited: true });
    const editedSticker = { update_id: 9, edited_message: { message_id: 1, date: DATE, edit_date: DATE, chat: privateChat, from: person, sticker: { file_id: 'x' } } } as unknown as Update;
    expect(inboundFromUpdate(editedSticker)).toBeUndefined();
    // …except a live location moving, which arrives as an edit: a silent update.
    const moved = { update_id: 7, edited_message: { message_id: 1, date: DATE, edit_date: DATE + 30, chat: privateChat, from: person, location: { latitude: 16.8, longitude: 98.5, live_period: 900 } } } as unknown as Update;
    expect(inboundFromUpdate(moved)).toMatchObject({ messageId: '7', at: (DATE + 30) * 1000, body: { kind: 'location', lat: 16.8, lon: 98.5, live: true, moved: true } });
    const movedInGroup = { update_id: 8, edited_message: { ...(moved as unknown as { edited_message: object }).edited_message, chat: { id: -100, type: 'supergroup', title: 'g' } } } as unknown as Update;
    expect(inboundFromUpdate(movedInGroup)).toBeUndefined();
    const channelPost = { update_id: 7, channel_post: { message_id: 1, date: DATE, chat: { id: -1002, type: 'channel', title: 'C' }, text: 'x' } } as unknown as Update;
    expect(inboundFromUpdate(channelPost)).toBeUndefined();
  });

  it('maps a valid button press to its prompt and choice, with the presser’s language', () => {
    const inbound = inboundFromUpdate(pressUpdate('c:3:agree'));
    expect(inbound).toMatchObject({ channel: 'telegram', address: '4242', messageId: '88', languageHint: 'en', body: { kind: 'choice', prompt: 3, choice: 'agree' } });
    expect(InboundMessage.safeParse(inbound).success).toBe(true);
    expect(body(pressUpdate('c:1:lang:id'))).toEqual({ kind: 'choice', prompt: 1, choice: 'lang:id' });
    expect(body(pressUpdate('c:12:over-50'))).toEqual({ kind: 'choice', prompt: 12, choice: 'over-50' });
  });

  it('turns forged or foreign button data into a press that cannot match any question', () => {
    const invalid = { kind: 'choice', prompt: 0, choice: 'invalid' };
    for (const data of ['junk', '', 'c::agree', 'c:x:agree', 'c:1:', 'c:1:a b', `c:1:${'x'.repeat(33)}`, 'c:1234567890:agree', 'c:1:agree\n', '<b>&</b>', undefined]) {
      expect(body(pressUpdate(data)), JSON.stringify(data)).toEqual(invalid);
    }
    // Well-formed but from a question that never existed: passed on, and the core sees a stale press.
    expect(body(pressUpdate('c:999:agree'))).toEqual({ kind: 'choice', prompt: 999, choice: 'agree' });
  });

  it('ignores presses outside private chats and on inline messages', () => {
    expect(inboundFromUpdate(pressUpdate('c:3:agree', { chat: { id: -100, type: 'group', title: 'G' } }))).toBeUndefined();
    expect(inboundFromUpdate(pressUpdate('c:3:agree', { withMessage: false }))).toBeUndefined();
  });
});

describe('choice data', () => {
  it('round-trips every button of every question and fits Telegram’s 64 bytes at the largest prompt number', () => {
    const deployment = loadDeployment('data/deployment.json');
    const locales = loadLocales('locales', deployment.languages);
    const renderer = intakeRenderer({ locales, deployment });
    const countries = deployment.countries.map((c) => c.code);
    const states = ['chooseLanguage', 'consent', 'declined', 'danger', 'location', 'country', 'situation', 'people', 'contact', 'contactTimes', 'name', 'summary', 'editMenu'];
    let buttons = 0;
    for (const lang of deployment.languages) {
      for (const state of states) {
        const ctx: IntakeContext = { lang, prompt: 999_999_999, editing: false, reasons: [], answers: { situation: ['violence'] } };
        expect(promptFor(state, ctx, { languages: deployment.languages, countries }), state).toBeDefined();
        const out = renderer.ask(state, ctx)!;
        const markup = replyMarkup(out);
        if (!out.choices) continue;
        expect(markup && 'inline_keyboard' in markup, state).toBe(true);
        const rows = markup && 'inline_keyboard' in markup ? markup.inline_keyboard : [];
        expect(rows.map((r) => r.length)).toEqual(out.choices.map((r) => r.length));
        for (const [r, row] of rows.entries()) {
          for (const [c, button] of row.entries()) {
            const choice = out.choices[r]![c]!;
            expect(button.text).toBe(choice.label);
            const data = 'callback_data' in button ? button.callback_data : undefined;
            expect(data).toBe(`c:999999999:${choice.id}`);
            expect(Buffer.byteLength(data!, 'utf8')).toBeLessThanOrEqual(64);
            expect(parseChoiceData(data)).toEqual({ prompt: 999_999_999, choice: choice.id });
            buttons++;
          }
        }
      }
    }
    expect(buttons).toBeGreaterThan(40);
  });

  it('builds data as c:<prompt>:<id>', () => {
    expect(choiceData(7, 'they-write-first')).toBe('c:7:they-write-first');
    expect(parseChoiceData(undefined)).toBeUndefined();
  });
});

describe('replyMarkup', () => {
  it('builds an inline keyboard from choices, with the prompt in each button', () => {
    const out: OutboundMessage = { text: 'Q?', prompt: 5, choices: [[{ id: 'yes', label: 'Yes' }, { id: 'no', label: 'No' }], [{ id: 'skip', label: '*Skip* <b>' }]] };
    expect(replyMarkup(out)).toEqual({
      inline_keyboard: [
        [{ text: 'Yes', callback_data: 'c:5:yes' }, { text: 'No', callback_data: 'c:5:no' }],
        [{ text: '*Skip* <b>', callback_data: 'c:5:skip' }],
      ],
    });
  });

  it('offers a one-time "share location" reply keyboard', () => {
    expect(replyMarkup({ text: 'Where?', requestLocation: 'Share location' })).toEqual({
      keyboard: [[{ text: 'Share location', request_location: true }]],
      resize_keyboard: true,
      one_time_keyboard: true,
    });
  });

  it('sends no markup for a plain message or empty choices', () => {
    expect(replyMarkup({ text: 'Hello' })).toBeUndefined();
    expect(replyMarkup({ text: 'Hello', choices: [] })).toBeUndefined();
  });
});

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** The split properties: sizes, whole surrogate pairs, and the pieces are the text minus whitespace at the cuts. */
function expectGoodSplit(text: string, pieces: string[], max = TELEGRAM_TEXT_MAX) {
  expect(pieces.length).toBeGreaterThan(0);
  let pos = 0;
  for (const [i, piece] of pieces.entries()) {
    expect(piece.length, `piece ${i} length`).toBeLessThanOrEqual(max);
    expect(piece.length, `piece ${i} is empty`).toBeGreaterThan(0);
    expect(isLow(piece.charCodeAt(0)), `piece ${i} starts with a lone low surrogate`).toBe(false);
    expect(isHigh(piece.charCodeAt(piece.length - 1)), `piece ${i} ends with a lone high surrogate`).toBe(false);
    if (i > 0) while (pos < text.length && /\s/.test(text[pos]!)) pos++; // whitespace trimmed at a cut point
    expect(text.startsWith(piece, pos), `piece ${i} is not the text at ${pos}`).toBe(true);
    pos += piece.length;
  }
  expect(pos).toBe(text.length);
}

describe('splitText', () => {
  it('keeps short text, and text of exactly 4096 units, whole', () => {
    expect(splitText('Halo')).toEqual(['Halo']);
    const exact = 'a'.repeat(TELEGRAM_TEXT_MAX);
    expect(splitText(exact)).toEqual([exact]);
  });

  it('never sends an empty message: blank text becomes an ellipsis', () => {
    expect(splitText('')).toEqual(['…']);
    expect(splitText(' \n\t ')).toEqual(['…']);
  });

  it('cuts at a line break, then a space, then hard', () => {
    const lines = `${'a'.repeat(3000)}\n${'b'.repeat(3000)}`;
    expect(splitText(lines)).toEqual(['a'.repeat(3000), 'b'.repeat(3000)]);
    const words = `${'a'.repeat(3000)} ${'b'.repeat(3000)}`;
    expect(splitText(words)).toEqual(['a'.repeat(3000), 'b'.repeat(3000)]);
    const solid = 'x'.repeat(10_000);
    const pieces = splitText(solid);
    expect(pieces.map((p) => p.length)).toEqual([4096, 4096, 1808]);
    expectGoodSplit(solid, pieces);
  });

  it('never splits a surrogate pair at a hard cut', () => {
    for (const lead of ['', 'a']) {
      const text = lead + '😀'.repeat(5000); // a pair would straddle 4096 when the lead shifts it by one
      const pieces = splitText(text);
      expectGoodSplit(text, pieces);
      expect(pieces.join('')).toBe(text);
    }
  });

  it('holds its properties on random text (seeded)', () => {
    const alphabet = ['a', 'b', 'Z', '9', ' ', ' ', '\n', '😀', '🇮🇩', 'é', 'ก', '\u200B', '*', '<'];
    for (let seed = 1; seed <= 200; seed++) {
      const next = prng(seed);
      const length = Math.floor(next() * 14_000) + 1;
      let text = 'x';
      while (text.length < length) text += alphabet[Math.floor(next() * alphabet.length)]!;
      text += 'y'; // not blank, and no trailing whitespace (see the blank-piece test below)
      const max = seed % 3 === 0 ? 64 + Math.floor(next() * 200) : TELEGRAM_TEXT_MAX;
      expectGoodSplit(text, splitText(text, max), max);
    }
  });

  it('never yields an empty or blank piece (Telegram rejects "message text is empty")', () => {
    const trailing = `${'x'.repeat(4000)}${'\n'.repeat(200)}`;
    const leading = `${' '.repeat(5000)}hello`;
    for (const text of [trailing, leading]) {
      for (const piece of splitText(text)) expect(piece.trim(), JSON.stringify(splitText(text).map((p) => p.length))).not.toBe('');
    }
  });
});
