/**
 * Baileys messages → channel-neutral messages, on real Baileys objects built from the recorded shapes
 * (test/fixtures/whatsapp/messages.json), and outbound messages → WhatsApp text.
 */
import { describe, expect, it } from 'vitest';
import { InboundMessage } from '../../../src/core/messages.js';
import { readMessage, renderText, type IgnoreReason } from '../../../src/channels/whatsapp/translate.js';
import { fixtureNames, waMessage } from './fixtures.js';

const PN = '6281234567001@s.whatsapp.net';
const LID = '190000000000001@lid';

function person(name: string) {
  const read = readMessage(waMessage(name));
  if (read.kind !== 'person') throw new Error(`${name}: ignored (${read.reason})`);
  // Whatever the adapter makes of a message passes the core's schema once it has an address.
  InboundMessage.parse({ channel: 'whatsapp', address: read.message.jid, messageId: read.message.messageId, at: read.message.at, body: read.message.body });
  return read.message;
}

describe('readMessage', () => {
  it('reads text, with the sender\'s other JID form and the message id', () => {
    expect(person('text-pn')).toEqual({ jid: PN, altJid: LID, messageId: '3EB0A1B2C3D4E5F60001', at: 1767225600_000, body: { kind: 'text', text: 'halo' } });
    expect(person('text-lid')).toMatchObject({ jid: LID, altJid: PN, body: { kind: 'text', text: '2' } });
    expect(person('text-lid-only')).toMatchObject({ jid: '190000000000009@lid', altJid: undefined });
    expect(person('extended-text').body).toEqual({ kind: 'text', text: 'see https://example.org' });
    expect(person('ephemeral-text').body).toEqual({ kind: 'text', text: 'disappearing hello' });
  });

  it('reads a typed /help or /start as a command, and cuts very long text', () => {
    const help = readMessage(waMessage('text-pn', { message: { conversation: '/help' } }));
    expect(help.kind === 'person' && help.message.body).toEqual({ kind: 'command', command: 'help' });
    for (const [typed, command] of [['/discreet', 'discreet'], ['/Diskret', 'discreet'], ['/bahasa', 'language']] as const) {
      const read = readMessage(waMessage('text-pn', { message: { conversation: typed } }));
      expect(read.kind === 'person' && read.message.body, typed).toEqual({ kind: 'command', command });
    }
    const odd = readMessage(waMessage('text-pn', { message: { conversation: '/constructor' } }));
    expect(odd.kind === 'person' && odd.message.body).toEqual({ kind: 'text', text: '/constructor' });
    const long = readMessage(waMessage('text-pn', { message: { conversation: 'x'.repeat(10_000) } }));
    expect(long.kind === 'person' && long.message.body.kind === 'text' && long.message.body.text.length).toBe(4096);
  });

  it('reads images, voice notes, audio, documents, stickers and videos as media referenced by the message id', () => {
    expect(person('image').body).toEqual({ kind: 'media', media: 'photo', fileRef: '3EB0A1B2C3D4E5F60010', caption: 'my room' });
    expect(person('voice').body).toEqual({ kind: 'media', media: 'voice', fileRef: '3EB0A1B2C3D4E5F60011' });
    expect(person('audio').body).toEqual({ kind: 'media', media: 'audio', fileRef: '3EB0A1B2C3D4E5F60012' });
    expect(person('document').body).toEqual({ kind: 'media', media: 'document', fileRef: '3EB0A1B2C3D4E5F60013', caption: 'the contract' });
    expect(person('sticker').body).toEqual({ kind: 'media', media: 'sticker', fileRef: '3EB0A1B2C3D4E5F60014' });
    expect(person('video').body).toEqual({ kind: 'media', media: 'video', fileRef: '3EB0A1B2C3D4E5F60015', caption: 'outside' });
    expect(person('view-once-image').body).toEqual({ kind: 'media', media: 'photo', fileRef: '3EB0A1B2C3D4E5F60016' });
  });

  it('reads a location pin and the first fix of a live location', () => {
    expect(person('location').body).toEqual({ kind: 'location', lat: 16.646, lon: 98.507, live: false });
    expect(person('live-location').body).toEqual({ kind: 'location', lat: 10.6104, lon: 103.5222, live: true });
    const bad = readMessage(waMessage('location', { message: { locationMessage: { degreesLatitude: 200, degreesLongitude: 0 } } }));
    expect(bad.kind === 'person' && bad.message.body).toEqual({ kind: 'unsupported', what: 'bad-location' });
  });

  it('reads contact cards as a contact and unknown kinds (polls) as unsupported', () => {
    expect(person('contact').body).toEqual({ kind: 'contact' });
    expect(person('poll').body).toEqual({ kind: 'unsupported', what: 'pollCreationMessageV3' });
  });

  it.each<[string, IgnoreReason]>([
    ['group-text', 'group'],
    ['status', 'status'],
    ['newsletter', 'newsletter'],
    ['from-me', 'from-me'],
    ['protocol-revoke', 'protocol'],
    ['protocol-ephemeral-setting', 'protocol'],
    ['reaction', 'reaction'],
    ['stub-ciphertext', 'undecryptable'],
    ['stub-missed-call', 'stub'],
    ['sender-key-only', 'system'],
    ['empty', 'empty'],
  ])('ignores %s (%s)', (name, reason) => {
    expect(readMessage(waMessage(name))).toEqual({ kind: 'ignore', reason, messageId: waMessage(name).key.id });
  });

  it('passes an edited text on as an edit (danger in it still escalates in the core), both shapes', () => {
    expect(person('edit').body).toEqual({ kind: 'text', text: 'halo (edited)', edited: true });
    expect(person('edit-wrapped').body).toEqual({ kind: 'text', text: 'halo again', edited: true });
  });

  it('never throws, whatever the shape', () => {
    for (const name of fixtureNames) expect(() => readMessage(waMessage(name))).not.toThrow();
    expect(readMessage({ key: {} })).toEqual({ kind: 'ignore', reason: 'no-key' });
    expect(readMessage({ key: { remoteJid: 'server@c.us', id: 'X' }, message: { conversation: 'x' } })).toMatchObject({ kind: 'ignore', reason: 'not-a-person' });
  });
});

describe('renderText', () => {
  it('numbers the choices when a typed number picks one', () => {
    const text = renderText({ text: 'Are you in danger right now?', numbered: true, choices: [[{ id: 'yes', label: 'Yes' }], [{ id: 'no', label: 'No' }]] });
    expect(text).toBe('Are you in danger right now?\n\n1. Yes\n2. No');
  });

  it('lists the choices without numbers when a typed number is an answer', () => {
    const text = renderText({ text: 'How many?', numbered: false, choices: [[{ id: '1', label: 'Only me' }, { id: '2-10', label: '2 to 10' }]] });
    expect(text).toBe('How many?\n\n• Only me\n• 2 to 10');
  });

  it('turns the location request into a line of text, and never sends a blank message', () => {
    expect(renderText({ text: 'Where are you?', requestLocation: 'Share location' })).toBe('Where are you?\n\n📍 Share location (📎)');
    expect(renderText({ text: '  ' })).toBe('…');
  });
});
