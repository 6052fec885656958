/**
 * A trapped person who taps "someone else" by mistake, on Telegram, end to end: real grammY against the
 * loopback Bot API server, the real core, desk and Redis. "tolong saya dipukul" typed at the relationship
 * question of a relative's report opens a critical self-report at once (the alarm's words on it, the card
 * in the officers' group), and the conversation goes on in the intake's danger question; nothing of it is
 * stored as a relationship, and no missing-person report opens.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pino } from 'pino';
import { createApp, type App } from '../../src/app.js';
import { startBotApiServer, type BotApiServer, type BotMessage } from '../support/bot-api-server.js';
import { startOfficersGroup, type OfficersGroup } from '../support/officers-group.js';
import { testRedis, type TestRedis } from '../support/redis.js';
import { SOMEONE_ELSE } from '../support/who.js';

const logger = pino({ level: 'silent' });
const GROUP = -1001234567890;
const OFFICER = 501;

let server: BotApiServer;
let t: TestRedis;
let app: App;
let group: OfficersGroup;

beforeEach(async () => {
  server = await startBotApiServer();
  server.createGroup(GROUP, { forum: true, botIsAdmin: true, title: 'KBRI duty desk' });
  t = await testRedis();
  app = createApp({ config: { dataKey: Buffer.alloc(32, 13), deploymentFile: 'data/deployment.json', conversationTtlSeconds: 3600, redis: { prefix: t.prefix } }, redis: t.redis, logger });
  group = await startOfficersGroup({ app, redis: t.redis, server, chatId: GROUP, officerIds: [OFFICER], supervisorIds: [], realertMs: { critical: 300_000, high: 1_800_000 } });
});

afterEach(async () => {
  await group?.stop();
  await server.close();
  await t.cleanup();
});

const text = (key: string, args: Record<string, string> = {}) => app.locales.t('id', key, { embassy: app.deployment.embassy.name.id ?? '', ...args });
const texts = (chat: number) => server.messages(chat).map((m) => m.text ?? '');

function press(chat: number, id: string): void {
  const message = server.messages(chat).filter((m) => !m.deleted && ((m.reply_markup ?? {}) as { inline_keyboard?: unknown }).inline_keyboard).at(-1);
  const data = ((message?.reply_markup ?? {}) as { inline_keyboard?: Array<Array<{ callback_data?: string }>> }).inline_keyboard
    ?.flat().map((b) => b.callback_data ?? '').find((d) => d.endsWith(`:${id}`));
  if (!message || !data) throw new Error(`chat ${chat}: no button ${id} on the bot's latest message with buttons`);
  server.pressButton(chat, message.message_id, data);
}

/** The person does `act`; the bot's new messages once one of them starts like `last`. */
async function exchange(chat: number, act: () => unknown, last: string): Promise<BotMessage[]> {
  const since = server.sentCount(chat);
  act();
  try {
    return await server.waitFor(() => {
      const fresh = server.messages(chat).slice(since);
      return fresh.at(-1)?.text?.startsWith(last.slice(0, 40)) ? fresh : undefined;
    });
  } catch (err) {
    throw new Error(`chat ${chat}: expected the bot's last message to be ${JSON.stringify(last)}; got ${JSON.stringify(texts(chat).slice(since))}`, { cause: err });
  }
}

describe('telegram, danger typed in a relative\'s report', () => {
  it('opens a critical self-report for "tolong saya dipukul" at the relationship question, and goes on with the danger question', async () => {
    const chat = 7301;
    await exchange(chat, () => server.sendText(chat, 'halo', { languageCode: 'id' }), text('consent'));
    await exchange(chat, () => press(chat, 'agree'), text('ask-who'));
    await exchange(chat, () => press(chat, SOMEONE_ELSE), text('mp-ask-relationship'));
    expect(await app.cases.listOpen()).toEqual([]);

    const fresh = await exchange(chat, () => server.sendText(chat, 'tolong saya dipukul', { languageCode: 'id' }), text('ask-danger'));
    expect(fresh.map((m) => m.text)).toContain(text('danger-alerted', { discreet: 'yes' })); // the alarm turns discreet mode on

    const [opened, ...others] = await app.cases.listOpen();
    expect(others).toEqual([]);
    expect(opened).toMatchObject({ kind: 'self-report', urgency: 'critical', channel: 'telegram' });
    expect(opened!.reasons).toContain('danger-words');
    expect(opened!.private).toMatchObject({ address: String(chat), alarms: [{ text: 'tolong saya dipukul', grade: 'critical' }] });
    expect(JSON.stringify(opened!.private)).not.toContain('relationship');

    // The officers' group has its card, critical.
    const card = await server.waitFor(() => group.card(opened!.id));
    expect(card.text).toContain(app.cards.t('desk-urgency-critical'));

    // The conversation is the intake's now: "no" to the danger question goes on to where they are.
    await exchange(chat, () => press(chat, 'no'), text('ask-location'));
    expect((await app.cases.get(opened!.id))?.urgency).toBe('critical'); // never lowered by the person
  });
});
