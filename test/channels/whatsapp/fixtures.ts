/**
 * Real Baileys message objects from the recorded shapes in test/fixtures/whatsapp/messages.json, built the way
 * Baileys builds them: the envelope through `proto.WebMessageInfo.fromObject` (enums by name, Longs), the key
 * as a plain object (Baileys adds `remoteJidAlt` / `addressingMode`, which the proto type does not carry), and
 * the content encoded and decoded as `proto.Message`, as after decryption.
 */
import { readFileSync } from 'node:fs';
import { proto, type WAMessage, type WAMessageKey } from 'baileys';

type Recorded = { key: WAMessageKey; message?: Record<string, unknown> } & Record<string, unknown>;

const recorded = JSON.parse(readFileSync(new URL('../../fixtures/whatsapp/messages.json', import.meta.url), 'utf8')) as Record<string, Recorded>;

export const fixtureNames = Object.keys(recorded).filter((name) => !name.startsWith('_'));

export interface Overrides {
  /** Fields of the key to replace (e.g. a test's own id and JIDs); `remoteJidAlt: undefined` removes it. */
  key?: Partial<WAMessageKey>;
  /** Replaces the message content (proto.Message JSON). */
  message?: Record<string, unknown>;
  /** Seconds since the epoch. */
  timestamp?: number;
}

/** One recorded message as the real Baileys object, with overrides. */
export function waMessage(name: string, overrides: Overrides = {}): WAMessage {
  const shape = recorded[name];
  if (!shape) throw new Error(`no WhatsApp fixture "${name}" (have: ${fixtureNames.join(', ')})`);
  const { key, message, ...envelope } = structuredClone(shape);
  if (overrides.timestamp !== undefined) envelope.messageTimestamp = overrides.timestamp;
  const info = proto.WebMessageInfo.fromObject(envelope);
  const content = overrides.message ?? message;
  const built: WAMessage = Object.assign(info, { key: { ...key, ...overrides.key } });
  if (content) built.message = proto.Message.decode(proto.Message.encode(proto.Message.fromObject(content)).finish());
  return built;
}

/** A text message from `jid` (and `alt`, its other form), with its own id. */
export function textFrom(jid: string, text: string, id: string, alt?: string): WAMessage {
  return waMessage('text-pn', { key: { remoteJid: jid, remoteJidAlt: alt, id, addressingMode: jid.endsWith('@lid') ? 'lid' : 'pn' }, message: { conversation: text } });
}
