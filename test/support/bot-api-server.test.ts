import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Bot, GrammyError, InlineKeyboard } from 'grammy';
import { run } from '@grammyjs/runner';
import { startBotApiServer } from './bot-api-server.js';
import type { BotApiServer } from './bot-api-server.js';
import type { Update } from 'grammy/types';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** The Bot API envelope, as seen by a raw HTTP client. */
interface Reply { ok: boolean; result?: unknown; error_code?: number; description?: string }
const updatesOf = (reply: Reply): Update[] => reply.result as Update[];

const TOKEN = '123456:TEST-token';

/** Start long polling and resolve once the bot is polling; returns a stopper. */
async function startPolling(bot: Bot): Promise<() => Promise<void>> {
  let onStart!: () => void;
  const started = new Promise<void>((resolve) => (onStart = resolve));
  const running = bot.start({ onStart, timeout: 30 });
  await started;
  return async () => {
    await bot.stop();
    await running;
  };
}

/** Raw HTTP call to the server, bypassing grammY. */
async function call(server: BotApiServer, method: string, body?: unknown, init?: RequestInit): Promise<{ status: number; json: Reply }> {
  const res = await fetch(`${server.apiRoot}/bot${TOKEN}/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body ?? {}),
    ...init,
  });
  return { status: res.status, json: (await res.json()) as Reply };
}

describe('bot-api-server with real grammY', () => {
  let server: BotApiServer;
  let bot: Bot;
  let stop: (() => Promise<void>) | undefined;

  beforeEach(async () => {
    server = await startBotApiServer();
    bot = new Bot(TOKEN, { client: { apiRoot: server.apiRoot } });
    bot.catch((err) => { throw err.error; });
    stop = undefined;
  });
  afterEach(async () => {
    await stop?.();
    await server.close();
  });

  it('delivers a text update to a handler and records ctx.reply', async () => {
    bot.on('message:text', (ctx) => ctx.reply(`echo: ${ctx.message.text} (${ctx.from.language_code})`));
    stop = await startPolling(bot);
    server.sendText(42, 'halo');
    const [msg] = await server.waitForMessages(42, 1);
    expect(msg).toMatchObject({ message_id: 1, text: 'echo: halo (id)', edits: 0, deleted: false });
    expect(msg?.message.from).toMatchObject({ id: 123456, is_bot: true, username: 'test_bot' });
    const send = server.calls.find((c) => c.method === 'sendMessage');
    expect(send).toMatchObject({ token: TOKEN, params: { chat_id: 42, text: 'echo: halo (id)' } });
    expect(server.calls.map((c) => c.method)).toContain('getMe');
    expect(server.calls.map((c) => c.method)).not.toContain('getUpdates');
  });

  it('delivers commands with a bot_command entity', async () => {
    bot.command('start', (ctx) => ctx.reply(`start:${ctx.match}`));
    stop = await startPolling(bot);
    server.sendCommand(7, '/start payload', { languageCode: 'en' });
    const msgs = await server.waitForMessages(7, 1);
    expect(msgs[0]?.text).toBe('start:payload');
  });

  it('delivers a button press to bot.callbackQuery with the recorded message', async () => {
    bot.command('menu', (ctx) => ctx.reply('Pick one', { reply_markup: new InlineKeyboard().text('Yes', 'pick:yes').text('No', 'pick:no') }));
    bot.callbackQuery(/^pick:(.+)$/, async (ctx) => {
      await ctx.answerCallbackQuery();
      await ctx.editMessageText(`You picked ${ctx.match[1]} on ${ctx.callbackQuery.message?.message_id}`);
    });
    stop = await startPolling(bot);
    server.sendCommand(5, '/menu');
    const [menu] = await server.waitForMessages(5, 1);
    expect(menu?.reply_markup).toEqual({ inline_keyboard: [[{ text: 'Yes', callback_data: 'pick:yes' }, { text: 'No', callback_data: 'pick:no' }]] });
    server.pressButton(5, menu!.message_id, 'pick:no');
    const edited = await server.waitFor(() => server.messages(5).find((m) => m.edits === 1));
    expect(edited.text).toBe('You picked no on 1');
    expect(edited.reply_markup).toBeUndefined(); // no reply_markup on edit removes the keyboard, like Telegram
    expect(server.counts.answerCallbackQuery).toBe(1);
    expect(() => server.pressButton(5, 99, 'x')).toThrow(/no message 99/);
  });

  it('re-delivers a re-pushed update id', async () => {
    const seen: number[] = [];
    bot.on('message', (ctx) => { seen.push(ctx.update.update_id); });
    stop = await startPolling(bot);
    const id = server.sendText(9, 'once');
    await server.waitFor(() => seen.length === 1);
    const update = { update_id: id, message: { message_id: 1_000_000, date: 0, chat: { id: 9, type: 'private', first_name: 'U' }, from: { id: 9, is_bot: false, first_name: 'U' }, text: 'once' } };
    expect(server.pushUpdate(update)).toBe(id);
    await server.waitFor(() => seen.length === 2);
    expect(seen).toEqual([id, id]);
    const next = server.sendText(9, 'new');
    expect(next).toBe(id + 1);
    await server.waitFor(() => seen.length === 3);
    await server.waitFor(() => server.pendingUpdates() === 0);
  });

  it('reports injected 429s as GrammyError with retry_after', async () => {
    server.failNext('sendMessage', { error_code: 429, description: 'Too Many Requests: retry after 7', retry_after: 7 }, 2);
    for (let i = 0; i < 2; i++) {
      const err = await bot.api.sendMessage(1, 'hi').catch((e: unknown) => e);
      expect(err).toBeInstanceOf(GrammyError);
      expect(err).toMatchObject({ error_code: 429, parameters: { retry_after: 7 } });
    }
    await expect(bot.api.sendMessage(1, 'hi')).resolves.toMatchObject({ message_id: 1, text: 'hi' });
    expect(server.counts.sendMessage).toBe(3);
  });

  it('enforces text limits, missing edits, blocked chats and unknown methods', async () => {
    await expect(bot.api.sendMessage(1, 'x'.repeat(4097))).rejects.toMatchObject({ error_code: 400, description: 'Bad Request: message is too long' });
    await expect(bot.api.sendMessage(1, '')).rejects.toMatchObject({ description: 'Bad Request: message text is empty' });
    await expect(bot.api.sendMessage(1, `<b>${'x'.repeat(4096)}</b>`, { parse_mode: 'HTML' })).resolves.toBeTruthy();
    await expect(bot.api.editMessageText(1, 77, 'x')).rejects.toMatchObject({ description: 'Bad Request: message to edit not found' });
    await expect(bot.api.editMessageText(1, 1, `<b>${'x'.repeat(4096)}</b>`)).rejects.toMatchObject({ description: expect.stringMatching(/too long/) });
    server.blockChat(2);
    await expect(bot.api.sendMessage(2, 'hi')).rejects.toMatchObject({ error_code: 403, description: 'Forbidden: bot was blocked by the user' });
    const unknown = await call(server, 'noSuchMethod');
    expect(unknown).toEqual({ status: 404, json: { ok: false, error_code: 404, description: 'Not Found: method not found' } });
    await bot.api.sendMessage(3, 'a');
    await bot.api.sendMessage(3, 'b');
    await bot.api.deleteMessage(3, 1);
    await bot.api.editMessageText(3, 2, 'b2');
    await expect(bot.api.editMessageText(3, 2, 'b2')).rejects.toMatchObject({ description: expect.stringMatching(/not modified/) });
    expect(server.messages(3).map((m) => [m.message_id, m.text, m.deleted, m.edits])).toEqual([[1, 'a', true, 0], [2, 'b2', false, 1]]);
  });

  it('refuses private chats whose user never started the bot, when asked to (privateChatsNeedStart)', async () => {
    const strict = await startBotApiServer({ privateChatsNeedStart: true });
    try {
      const api = new Bot(TOKEN, { client: { apiRoot: strict.apiRoot } }).api;
      await expect(api.sendMessage(41, 'page')).rejects.toMatchObject({ error_code: 403, description: "Forbidden: bot can't initiate conversation with a user" });
      strict.sendText(42, '/start'); // the user wrote to the bot
      strict.markStarted(43); // started it before
      await expect(api.sendMessage(42, 'hi')).resolves.toMatchObject({ chat: { id: 42, type: 'private' } });
      await expect(api.sendMessage(43, 'hi')).resolves.toMatchObject({ chat: { id: 43 } });
      expect(strict.messages(41)).toEqual([]);
      strict.reset();
      await expect(api.sendMessage(43, 'again')).rejects.toMatchObject({ error_code: 403 });
    } finally {
      await strict.close();
    }
  });

  it('refuses a text or caption with a lone surrogate (half an emoji), as Telegram does, and takes whole emoji', async () => {
    const half = '👩‍👩‍👧'.slice(0, 4); // ends inside the last emoji's surrogate pair
    await expect(bot.api.sendMessage(1, `name: ${half}`)).rejects.toMatchObject({ error_code: 400, description: 'Bad Request: text must be encoded in UTF-8' });
    await expect(bot.api.sendMessage(1, 'x\uDC00')).rejects.toMatchObject({ description: 'Bad Request: text must be encoded in UTF-8' });
    await expect(bot.api.sendPhoto(1, 'F1', { caption: half })).rejects.toMatchObject({ description: 'Bad Request: caption must be encoded in UTF-8' });
    await expect(bot.api.sendMessage(1, 'name: 👩‍👩‍👧 🇮🇩 👍🏽 é')).resolves.toBeTruthy();
  });

  it('accepts form-urlencoded and GET requests', async () => {
    const form = await call(server, 'sendMessage', undefined, {
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ chat_id: '4', text: 'form', reply_markup: '{"inline_keyboard":[]}' }).toString(),
    });
    expect(form.json).toMatchObject({ ok: true, result: { message_id: 1, chat: { id: 4, type: 'private' }, text: 'form', reply_markup: { inline_keyboard: [] } } });
    const res = await fetch(`${server.apiRoot}/bot${TOKEN}/getMe?x=1`);
    expect(await res.json()).toMatchObject({ ok: true, result: { is_bot: true, username: 'test_bot' } });
  });

  it('answers a long poll as soon as an update arrives, not after the timeout', async () => {
    const started = Date.now();
    const poll = call(server, 'getUpdates', { offset: 0, timeout: 20 });
    await new Promise((r) => setTimeout(r, 100));
    server.sendText(1, 'wake up');
    const { json } = await poll;
    expect(Date.now() - started).toBeLessThan(2000);
    const [update] = updatesOf(json);
    expect(updatesOf(json)).toHaveLength(1);
    expect(update?.message?.text).toBe('wake up');
    // Unconfirmed updates stay queued; an offset past them confirms them.
    expect(server.pendingUpdates()).toBe(1);
    const again = await call(server, 'getUpdates', { offset: update!.update_id + 1, timeout: 0 });
    expect(again.json.result).toEqual([]);
    expect(server.pendingUpdates()).toBe(0);
  });

  it('survives a client aborting a long poll', async () => {
    const controller = new AbortController();
    const aborted = call(server, 'getUpdates', { timeout: 20 }, { signal: controller.signal }).catch((e: unknown) => e);
    await new Promise((r) => setTimeout(r, 50));
    controller.abort();
    await aborted;
    await new Promise((r) => setTimeout(r, 20));
    server.sendText(1, 'kept');
    const { json } = await call(server, 'getUpdates', { timeout: 1 });
    expect(updatesOf(json).map((u) => u.message?.text)).toEqual(['kept']);
  });

  it('works with @grammyjs/runner', async () => {
    bot.on('message:location', (ctx) => ctx.reply(`at ${ctx.message.location.latitude}`));
    await bot.init();
    const runner = run(bot);
    try {
      for (let chat = 1; chat <= 20; chat++) server.sendLocation(chat, chat, 100);
      await server.waitFor(() => server.counts.sendMessage === 20);
      expect(server.messages(20)[0]?.text).toBe('at 20');
    } finally {
      await runner.stop();
    }
  });

  it('close() ends cleanly while a bot is polling', async () => {
    bot.on('message', (ctx) => ctx.reply('ok'));
    const stopBot = await startPolling(bot);
    server.sendText(1, 'hi');
    await server.waitForMessages(1, 1);
    const pending = server.waitFor(() => false, 10_000).catch((e: Error) => e.message);
    await stopBot();
    await server.close();
    expect(await pending).toMatch(/closed/);
    await expect(call(server, 'getMe')).rejects.toThrow();
  });

  it('waitFor rejects with a clear error after its timeout', async () => {
    await bot.api.sendMessage(1, 'only one');
    await expect(server.waitForMessages(1, 2, 50)).rejects.toThrow(/waitForMessages\(1, 2\): the bot sent 1.*within 50 ms.*sendMessage/);
  });
});

describe('bot-api-server with record: false', () => {
  it('keeps counters and the last message only, and emits onMessage', async () => {
    const events: string[] = [];
    const server = await startBotApiServer({ record: false, onMessage: (e) => events.push(`${e.kind}:${e.chatId}:${e.message.message_id}`) });
    try {
      const bot = new Bot(TOKEN, { client: { apiRoot: server.apiRoot } });
      await bot.api.sendMessage(8, 'one');
      await bot.api.sendMessage(8, 'two', { reply_markup: new InlineKeyboard().text('A', 'a') });
      await bot.api.editMessageText(8, 1, 'one!');
      expect(server.calls).toEqual([]);
      expect(server.counts).toEqual({ sendMessage: 2, editMessageText: 1 });
      expect(server.sentCount(8)).toBe(2);
      expect(server.messages(8).map((m) => m.text)).toEqual(['two']);
      expect(events).toEqual(['sent:8:1', 'sent:8:2', 'edited:8:1']);
      server.pressButton(8, 2, 'a');
      server.reset();
      expect(server.pendingUpdates()).toBe(0);
      expect(server.sendText(8, 'after reset')).toBe(2);
    } finally {
      await server.close();
    }
  });
});

describe('bot-api-server groups, forum topics and rate limits', () => {
  const DESK = -1001234567890;
  const PLAIN = -1009876543210;
  const OFFICER = 501;
  let server: BotApiServer;
  let bot: Bot;
  let stop: (() => Promise<void>) | undefined;

  beforeEach(async () => {
    server = await startBotApiServer();
    bot = new Bot(TOKEN, { client: { apiRoot: server.apiRoot } });
    bot.catch((err) => { throw err.error; });
    stop = undefined;
    server.createGroup(DESK, { title: 'Officers', forum: true, botIsAdmin: true, admins: [OFFICER] });
    server.createGroup(PLAIN, { title: 'Plain desk' });
  });
  afterEach(async () => {
    await stop?.();
    await server.close();
  });

  it('describes groups through getChat and getChatMember', async () => {
    expect(await bot.api.getChat(DESK)).toMatchObject({ id: DESK, type: 'supergroup', title: 'Officers', is_forum: true });
    const plain = await bot.api.getChat(PLAIN);
    expect(plain).toMatchObject({ type: 'supergroup', title: 'Plain desk' });
    expect(plain).not.toHaveProperty('is_forum');
    expect(await bot.api.getChatMember(DESK, 123456)).toMatchObject({ status: 'administrator', user: { id: 123456, is_bot: true }, can_manage_topics: true, can_delete_messages: true });
    expect(await bot.api.getChatMember(PLAIN, 123456)).toMatchObject({ status: 'member', user: { id: 123456 } });
    expect(await bot.api.getChatMember(DESK, OFFICER)).toMatchObject({ status: 'administrator', user: { id: OFFICER, is_bot: false } });
    expect(await bot.api.getChatMember(DESK, 777)).toMatchObject({ status: 'member', user: { id: 777 } });
    await expect(bot.api.sendMessage(-100555, 'hi')).rejects.toMatchObject({ error_code: 400, description: 'Bad Request: chat not found' });
    expect(() => server.createGroup(5)).toThrow(/negative/);
  });

  it('creates forum topics, posts into them and lists them', async () => {
    const topic = await bot.api.createForumTopic(DESK, 'Case 0042', { icon_color: 16766590 });
    expect(topic).toEqual({ message_thread_id: 1, name: 'Case 0042', icon_color: 16766590 });
    const card = await bot.api.sendMessage(DESK, 'Case card', { message_thread_id: topic.message_thread_id });
    expect(card).toMatchObject({ message_id: 2, message_thread_id: 1, is_topic_message: true, chat: { id: DESK, type: 'supergroup', is_forum: true } });
    expect(card.reply_to_message).toMatchObject({ message_id: 1, forum_topic_created: { name: 'Case 0042', icon_color: 16766590 } });
    await bot.api.sendMessage(DESK, 'General chatter');
    expect(server.messages(DESK, { threadId: 1 }).map((m) => [m.message_id, m.text, m.thread, m.replyTo])).toEqual([[1, undefined, 1, undefined], [2, 'Case card', 1, 1]]);
    expect(server.messages(DESK).at(-1)).toMatchObject({ text: 'General chatter', thread: undefined, replyTo: undefined });
    expect(server.sentCount(DESK)).toBe(3); // the topic's creation message counts
    const second = await bot.api.createForumTopic(DESK, 'Case 0043');
    expect(second).toEqual({ message_thread_id: 4, name: 'Case 0043', icon_color: 7322096 });
    expect(server.topics(DESK)).toEqual([
      { threadId: 1, name: 'Case 0042', iconColor: 16766590, closed: false },
      { threadId: 4, name: 'Case 0043', iconColor: 7322096, closed: false },
    ]);
    await expect(bot.api.sendMessage(DESK, 'x', { message_thread_id: 99 })).rejects.toMatchObject({ error_code: 400, description: 'Bad Request: message thread not found' });
    await expect(bot.api.sendMessage(PLAIN, 'x', { message_thread_id: 1 })).rejects.toMatchObject({ description: 'Bad Request: message thread not found' });
    await expect(bot.api.createForumTopic(PLAIN, 'x')).rejects.toMatchObject({ error_code: 400, description: 'Bad Request: the chat is not a forum' });
    await expect(bot.api.createForumTopic(1, 'x')).rejects.toMatchObject({ description: 'Bad Request: the chat is not a forum' });
    await expect(bot.api.createForumTopic(DESK, ' ')).rejects.toMatchObject({ description: 'Bad Request: TOPIC_TITLE_EMPTY' });
    server.createGroup(DESK, { botIsAdmin: false }); // demoted
    await expect(bot.api.createForumTopic(DESK, 'x')).rejects.toMatchObject({ error_code: 400, description: 'Bad Request: not enough rights to create a topic' });
  });

  it('edits, closes, reopens and deletes topics like Telegram', async () => {
    const { message_thread_id: thread } = await bot.api.createForumTopic(DESK, 'Case 7');
    await bot.api.sendMessage(DESK, 'card', { message_thread_id: thread });
    await bot.api.editForumTopic(DESK, thread, { name: 'Case 7 (urgent)' });
    await expect(bot.api.editForumTopic(DESK, thread, { name: 'Case 7 (urgent)' })).rejects.toMatchObject({ description: 'Bad Request: TOPIC_NOT_MODIFIED' });
    await bot.api.closeForumTopic(DESK, thread);
    await expect(bot.api.closeForumTopic(DESK, thread)).rejects.toMatchObject({ description: 'Bad Request: TOPIC_NOT_MODIFIED' });
    expect(server.topics(DESK)).toEqual([{ threadId: thread, name: 'Case 7 (urgent)', iconColor: 7322096, closed: true }]);
    await bot.api.sendMessage(DESK, 'admins may still write', { message_thread_id: thread });
    server.createGroup(DESK, { botIsAdmin: false });
    await expect(bot.api.sendMessage(DESK, 'x', { message_thread_id: thread })).rejects.toMatchObject({ description: 'Bad Request: TOPIC_CLOSED' });
    await bot.api.reopenForumTopic(DESK, thread);
    await expect(bot.api.reopenForumTopic(DESK, thread)).rejects.toMatchObject({ description: 'Bad Request: TOPIC_NOT_MODIFIED' });
    await expect(bot.api.deleteForumTopic(DESK, thread)).rejects.toMatchObject({ description: 'Bad Request: CHAT_ADMIN_REQUIRED' });
    server.createGroup(DESK, { botIsAdmin: true });
    const services = server.messages(DESK, { threadId: thread }).map((m) => Object.keys(m.message).find((k) => k.startsWith('forum_topic_')) ?? m.text);
    expect(services).toEqual(['forum_topic_created', 'card', 'forum_topic_edited', 'forum_topic_closed', 'admins may still write', 'forum_topic_reopened']);
    await bot.api.deleteForumTopic(DESK, thread);
    expect(server.messages(DESK, { threadId: thread }).every((m) => m.deleted)).toBe(true);
    expect(server.topics(DESK)).toEqual([]);
    await expect(bot.api.sendMessage(DESK, 'x', { message_thread_id: thread })).rejects.toMatchObject({ description: 'Bad Request: TOPIC_DELETED' });
    await expect(bot.api.editForumTopic(DESK, thread, { name: 'y' })).rejects.toMatchObject({ description: 'Bad Request: TOPIC_ID_INVALID' });
    await expect(bot.api.editMessageText(DESK, 2, 'edited')).rejects.toMatchObject({ description: 'Bad Request: message to edit not found' });
  });

  it('delivers officers\' commands, topic messages and replies to grammY, and ctx.reply stays in the topic', async () => {
    const seen: Array<{ from: number; thread?: number; topic?: boolean; replyTo?: number; text?: string }> = [];
    bot.command('take', async (ctx) => { await ctx.reply(`taken by ${ctx.from?.first_name}`); });
    bot.on('message', (ctx) => {
      seen.push({ from: ctx.from.id, thread: ctx.msg.message_thread_id, topic: ctx.msg.is_topic_message, replyTo: ctx.msg.reply_to_message?.message_id, text: ctx.msg.text });
    });
    stop = await startPolling(bot);
    const { message_thread_id: thread } = await bot.api.createForumTopic(DESK, 'Case 1');
    const card = await bot.api.sendMessage(DESK, 'Case card', { message_thread_id: thread });
    server.sendGroupText(DESK, OFFICER, '/take@test_bot', { threadId: thread, firstName: 'Ana' });
    const reply = await server.waitFor(() => server.messages(DESK).find((m) => m.text === 'taken by Ana'));
    expect(reply).toMatchObject({ thread, replyTo: thread }); // grammY's ctx.reply passes message_thread_id for topic messages
    server.sendGroupText(DESK, OFFICER, 'note in the topic', { threadId: thread });
    server.sendGroupText(DESK, OFFICER, 'answer to the card', { replyTo: card.message_id }); // lands in the card's topic
    server.sendGroupText(PLAIN, 502, 'hello plain group', { firstName: 'Budi' });
    await server.waitFor(() => seen.length === 3);
    expect(seen).toEqual([
      { from: OFFICER, thread, topic: true, replyTo: thread, text: 'note in the topic' },
      { from: OFFICER, thread, topic: true, replyTo: card.message_id, text: 'answer to the card' },
      { from: 502, thread: undefined, topic: undefined, replyTo: undefined, text: 'hello plain group' },
    ]);
    expect(() => server.sendGroupText(DESK, OFFICER, 'x', { threadId: 99 })).toThrow(/no topic 99/);
    expect(() => server.sendGroupText(DESK, OFFICER, 'x', { replyTo: 555 })).toThrow(/no message 555/);
    expect(() => server.sendGroupText(-100404, OFFICER, 'x')).toThrow(/no group -100404/);
  });

  it('builds group updates with the right shape', async () => {
    const card = await bot.api.sendMessage(PLAIN, 'card');
    const read = async () => updatesOf((await call(server, 'getUpdates', { timeout: 0 })).json);
    server.sendGroupText(PLAIN, OFFICER, '/note@test_bot hi', { replyTo: card.message_id, firstName: 'Ana', languageCode: 'en' });
    server.sendGroupPhoto(PLAIN, OFFICER, { caption: 'evidence' });
    const [text, photo] = await read();
    expect(text?.message).toMatchObject({
      chat: { id: PLAIN, type: 'supergroup', title: 'Plain desk' }, from: { id: OFFICER, is_bot: false, first_name: 'Ana', language_code: 'en' },
      text: '/note@test_bot hi', entities: [{ type: 'bot_command', offset: 0, length: 14 }], reply_to_message: { message_id: card.message_id, text: 'card' },
    });
    expect(text?.message).not.toHaveProperty('message_thread_id');
    expect(photo?.message).toMatchObject({ from: { first_name: 'Ana' }, caption: 'evidence', photo: [{ width: 90 }, { width: 1280 }] });
    // The bot can reply to an officer's message and copy it elsewhere.
    const officerMsg = text!.message!.message_id;
    const answer = await bot.api.sendMessage(PLAIN, 'noted', { reply_parameters: { message_id: officerMsg } });
    expect(answer.reply_to_message).toMatchObject({ message_id: officerMsg, text: '/note@test_bot hi' });
    expect(answer.reply_to_message).not.toHaveProperty('reply_to_message'); // Telegram does not nest replies
    const copy = await bot.api.copyMessage(42, PLAIN, photo!.message!.message_id);
    expect(server.messages(42).find((m) => m.message_id === copy.message_id)?.message).toMatchObject({ caption: 'evidence', photo: [{}, {}] });
  });

  it('delivers group button presses from the officer who pressed', async () => {
    bot.callbackQuery('claim', async (ctx) => {
      await ctx.answerCallbackQuery();
      await ctx.editMessageText(`claimed by ${ctx.from.id} in ${ctx.chat?.id}`);
    });
    stop = await startPolling(bot);
    const card = await bot.api.sendMessage(PLAIN, 'card', { reply_markup: new InlineKeyboard().text('Claim', 'claim') });
    server.pressGroupButton(PLAIN, OFFICER, card.message_id, 'claim');
    const edited = await server.waitFor(() => server.messages(PLAIN).find((m) => m.edits === 1));
    expect(edited.text).toBe(`claimed by ${OFFICER} in ${PLAIN}`);
    expect(() => server.pressGroupButton(PLAIN, OFFICER, 99, 'claim')).toThrow(/no message 99/);
  });

  it('handles reply_parameters and reply_to_message_id like Telegram', async () => {
    const { message_thread_id: thread } = await bot.api.createForumTopic(DESK, 'Case 3');
    const card = await bot.api.sendMessage(DESK, 'card', { message_thread_id: thread });
    const missing = { reply_parameters: { message_id: 999 } };
    await expect(bot.api.sendMessage(PLAIN, 'x', missing)).rejects.toMatchObject({ error_code: 400, description: 'Bad Request: message to be replied not found' });
    const lenient = await bot.api.sendMessage(PLAIN, 'x', { reply_parameters: { message_id: 999, allow_sending_without_reply: true } });
    expect(lenient).not.toHaveProperty('reply_to_message');
    // Inside a forum topic allow_sending_without_reply is always false.
    await expect(bot.api.sendMessage(DESK, 'x', { message_thread_id: thread, reply_parameters: { message_id: 999, allow_sending_without_reply: true } }))
      .rejects.toMatchObject({ description: 'Bad Request: message to be replied not found' });
    // A reply without message_thread_id goes to the replied message's topic; the legacy parameter still works.
    const legacy = await call(server, 'sendMessage', { chat_id: DESK, text: 'legacy', reply_to_message_id: card.message_id });
    expect(legacy.json.result).toMatchObject({ message_thread_id: thread, is_topic_message: true, reply_to_message: { message_id: card.message_id } });
    expect(server.messages(DESK).at(-1)).toMatchObject({ thread, replyTo: card.message_id });
    await bot.api.deleteMessage(DESK, card.message_id);
    await expect(bot.api.sendMessage(DESK, 'x', { reply_parameters: { message_id: card.message_id } })).rejects.toMatchObject({ description: 'Bad Request: message to be replied not found' });
    // Users' messages can be replied to until deleted.
    const note = server.sendGroupText(PLAIN, OFFICER, 'officer note');
    const [update] = updatesOf((await call(server, 'getUpdates', { offset: note, timeout: 0 })).json);
    const noteId = update!.message!.message_id;
    expect(await bot.api.sendMessage(PLAIN, 'ack', { reply_parameters: { message_id: noteId } })).toMatchObject({ reply_to_message: { text: 'officer note', from: { id: OFFICER } } });
    await bot.api.deleteMessage(PLAIN, noteId);
    await expect(bot.api.sendMessage(PLAIN, 'ack', { reply_parameters: { message_id: noteId } })).rejects.toMatchObject({ description: 'Bad Request: message to be replied not found' });
  });

  it('sends media by file_id with captions, in topics too, and edits captions', async () => {
    const { message_thread_id: thread } = await bot.api.createForumTopic(DESK, 'Case 5');
    const photo = await bot.api.sendPhoto(DESK, 'AgACPHOTO', { caption: 'Photo from the person', message_thread_id: thread, reply_markup: new InlineKeyboard().text('Open', 'open') });
    expect(photo).toMatchObject({ caption: 'Photo from the person', message_thread_id: thread, is_topic_message: true, reply_markup: { inline_keyboard: [[{ text: 'Open' }]] } });
    expect(photo.photo.at(-1)?.file_id).toBe('AgACPHOTO');
    expect(await bot.api.sendDocument(PLAIN, 'BQADOC', { caption: 'doc' })).toMatchObject({ document: { file_id: 'BQADOC', mime_type: 'application/pdf' }, caption: 'doc' });
    expect(await bot.api.sendVoice(PLAIN, 'AwAVOICE')).toMatchObject({ voice: { file_id: 'AwAVOICE', duration: 3 } });
    expect(await bot.api.sendVideo(PLAIN, 'BAAVIDEO')).toMatchObject({ video: { file_id: 'BAAVIDEO', width: 1280 } });
    expect(await bot.api.sendAudio(PLAIN, 'CQAAUDIO')).toMatchObject({ audio: { file_id: 'CQAAUDIO' } });
    expect(await bot.api.sendSticker(PLAIN, 'CAASTICKER')).toMatchObject({ sticker: { file_id: 'CAASTICKER', type: 'regular' } });
    expect(await bot.api.sendLocation(DESK, -6.2, 106.8, { message_thread_id: thread })).toMatchObject({ location: { latitude: -6.2 }, message_thread_id: thread });
    const a = await bot.api.sendPhoto(PLAIN, 'AgACSAME');
    const b = await bot.api.sendPhoto(PLAIN, 'AgACSAME');
    expect(a.photo.at(-1)?.file_unique_id).toBe(b.photo.at(-1)?.file_unique_id);
    expect(await call(server, 'sendPhoto', { chat_id: PLAIN })).toMatchObject({ status: 400, json: { description: 'Bad Request: there is no photo in the request' } });
    await expect(bot.api.sendPhoto(PLAIN, 'AgAC', { caption: 'x'.repeat(1025) })).rejects.toMatchObject({ description: 'Bad Request: message caption is too long' });
    const edited = await bot.api.editMessageCaption(DESK, photo.message_id, { caption: 'Photo (checked)' });
    expect(edited).toMatchObject({ caption: 'Photo (checked)', message_thread_id: thread });
    expect(edited).not.toHaveProperty('reply_markup');
    await expect(bot.api.editMessageCaption(DESK, photo.message_id, { caption: 'Photo (checked)' })).rejects.toMatchObject({ description: expect.stringMatching(/not modified/) });
    const text = await bot.api.sendMessage(PLAIN, 'plain text');
    await expect(bot.api.editMessageCaption(PLAIN, text.message_id, { caption: 'c' })).rejects.toMatchObject({ description: 'Bad Request: there is no caption in the message to edit' });
    // A person's photo copied into the case topic keeps the photo, with a new caption.
    server.sendPhoto(42);
    const [update] = updatesOf((await call(server, 'getUpdates', { timeout: 0 })).json);
    const copy = await bot.api.copyMessage(DESK, 42, update!.message!.message_id, { message_thread_id: thread, caption: 'From the person' });
    const copied = server.messages(DESK).find((m) => m.message_id === copy.message_id);
    expect(copied?.message).toMatchObject({ caption: 'From the person', message_thread_id: thread, photo: update!.message!.photo });
  });

  it('tracks membership: my_chat_member on join, 403 after leaving, deactivated users', async () => {
    const changes: string[] = [];
    bot.on('my_chat_member', (ctx) => {
      const u = ctx.myChatMember;
      changes.push(`${u.chat.type}:${u.chat.id}:${u.from.id}:${u.old_chat_member.status}->${u.new_chat_member.status}`);
    });
    stop = await startPolling(bot);
    server.addBotToGroup(-100777, OFFICER, { title: 'New desk' });
    server.addBotToGroup(-4242, OFFICER, { type: 'group', title: 'Old group', admin: true });
    await server.waitFor(() => changes.length === 2);
    expect(changes).toEqual([`supergroup:-100777:${OFFICER}:left->member`, `group:-4242:${OFFICER}:left->administrator`]);
    expect(await bot.api.getChat(-4242)).toMatchObject({ type: 'group', title: 'Old group' });
    expect(await bot.api.sendMessage(-4242, 'hi')).toMatchObject({ chat: { id: -4242, type: 'group', title: 'Old group' } });
    await bot.api.leaveChat(-100777);
    await bot.api.leaveChat(-4242);
    expect(server.left(-100777)).toBe(true);
    expect(server.left(DESK)).toBe(false);
    await expect(bot.api.sendMessage(-100777, 'hi')).rejects.toMatchObject({ error_code: 403, description: 'Forbidden: bot is not a member of the supergroup chat' });
    await expect(bot.api.sendMessage(-4242, 'hi')).rejects.toMatchObject({ error_code: 403, description: 'Forbidden: bot is not a member of the group chat' });
    await expect(bot.api.getChat(-100777)).rejects.toMatchObject({ error_code: 403 });
    expect(() => server.sendGroupText(-100777, OFFICER, 'hi')).toThrow(/left/);
    server.blockChat(DESK); // groups are not "blocked"
    await expect(bot.api.sendMessage(DESK, 'still fine')).resolves.toBeTruthy();
    server.deactivateUser(77);
    await expect(bot.api.sendMessage(77, 'hi')).rejects.toMatchObject({ error_code: 403, description: 'Forbidden: user is deactivated' });
    server.addBotToGroup(-100777, OFFICER); // added back
    await expect(bot.api.sendMessage(-100777, 'back')).resolves.toMatchObject({ chat: { title: 'New desk' } });
  });

  it('reset() forgets groups, topics, deactivations and rate-limit state', async () => {
    await bot.api.createForumTopic(DESK, 'Case 9');
    server.deactivateUser(77);
    server.reset();
    expect(server.topics(DESK)).toEqual([]);
    await expect(bot.api.sendMessage(DESK, 'x')).rejects.toMatchObject({ description: 'Bad Request: chat not found' });
    await expect(bot.api.sendMessage(77, 'x')).resolves.toBeTruthy();
  });
});

describe('bot-api-server groups with record: false', () => {
  it('keeps topics working with stand-ins for messages it does not keep', async () => {
    const server = await startBotApiServer({ record: false });
    try {
      const bot = new Bot(TOKEN, { client: { apiRoot: server.apiRoot } });
      const DESK = -1001234567890;
      server.createGroup(DESK, { forum: true, botIsAdmin: true });
      const { message_thread_id: thread } = await bot.api.createForumTopic(DESK, 'Case 1');
      const card = await bot.api.sendMessage(DESK, 'card', { message_thread_id: thread });
      expect(card).toMatchObject({ message_thread_id: thread, reply_to_message: { message_id: thread } });
      const second = await bot.api.sendMessage(DESK, 'second', { message_thread_id: thread });
      expect(server.messages(DESK, { threadId: thread }).map((m) => m.text)).toEqual(['second']);
      const id = server.sendGroupText(DESK, 501, 'reply', { replyTo: second.message_id }); // the last message is kept: its topic is known
      const [update] = updatesOf((await call(server, 'getUpdates', { offset: id, timeout: 0 })).json);
      expect(update?.message).toMatchObject({ message_thread_id: thread, reply_to_message: { message_id: second.message_id, text: 'second' } });
      server.sendGroupText(DESK, 501, 'reply to a stand-in', { replyTo: card.message_id, threadId: thread });
      await expect(bot.api.sendMessage(DESK, 'ack', { reply_parameters: { message_id: update!.message!.message_id } })).resolves.toBeTruthy();
      expect(server.sentCount(DESK)).toBe(4);
    } finally {
      await server.close();
    }
  });
});

describe('bot-api-server rate limits', () => {
  const GROUP = -1001112223334;
  const settle = (p: Promise<unknown>) => p.then(() => 'ok', (e: GrammyError) => `${e.error_code}:${e.parameters.retry_after}`);

  it('refuses group calls over the limit with 429 and retry_after, per chat, in a sliding window', async () => {
    const server = await startBotApiServer({ rateLimits: { group: { max: 3, windowMs: 1000 } } });
    try {
      const bot = new Bot(TOKEN, { client: { apiRoot: server.apiRoot } });
      server.createGroup(GROUP, { forum: true, botIsAdmin: true });
      server.createGroup(-1005556667778);
      const topic = await bot.api.createForumTopic(GROUP, 'Case 1'); // counts
      await bot.api.sendMessage(GROUP, 'one', { message_thread_id: topic.message_thread_id });
      await bot.api.editMessageText(GROUP, 2, 'one!'); // edits count
      const refused = await bot.api.sendMessage(GROUP, 'two').catch((e: unknown) => e);
      expect(refused).toBeInstanceOf(GrammyError);
      expect(refused).toMatchObject({ error_code: 429, description: 'Too Many Requests: retry after 1', parameters: { retry_after: 1 } });
      expect(server.rateLimited).toBe(1);
      expect(server.counts.sendMessage).toBe(2); // refused calls are still counted as calls
      await bot.api.sendChatAction(GROUP, 'typing'); // not counted, not limited
      await expect(bot.api.sendMessage(-1005556667778, 'other group')).resolves.toBeTruthy(); // limits are per chat
      for (let i = 0; i < 5; i++) await bot.api.sendMessage(9, `private ${i}`); // no private limit set
      await new Promise((r) => setTimeout(r, 1050));
      await expect(bot.api.sendMessage(GROUP, 'two')).resolves.toMatchObject({ text: 'two' });
      expect(server.messages(GROUP).map((m) => m.text)).toEqual([undefined, 'one!', 'two']);
    } finally {
      await server.close();
    }
  });

  it('reports whole seconds until a slot frees, can change limits at runtime, and reset() restores the start limits', async () => {
    const server = await startBotApiServer();
    try {
      const bot = new Bot(TOKEN, { client: { apiRoot: server.apiRoot } });
      server.createGroup(GROUP);
      for (let i = 0; i < 25; i++) await bot.api.sendMessage(GROUP, `m${i}`); // off by default, and nothing is counted
      server.setRateLimits({ group: { max: 20, windowMs: 60_000 }, private: { max: 1, windowMs: 1000 } });
      for (let i = 0; i < 20; i++) await bot.api.sendMessage(GROUP, `n${i}`);
      expect(await settle(bot.api.sendMessage(GROUP, 'x'))).toBe('429:60');
      expect(await settle(bot.api.sendMessage(5, 'a'))).toBe('ok');
      expect(await settle(bot.api.sendMessage(5, 'b'))).toBe('429:1');
      expect(await settle(bot.api.sendMessage(6, 'a'))).toBe('ok');
      expect(server.rateLimited).toBe(2);
      server.setRateLimits(undefined);
      expect(await settle(bot.api.sendMessage(GROUP, 'x'))).toBe('ok');
      server.setRateLimits({ private: { max: 1, windowMs: 1000 } });
      server.reset();
      expect(server.rateLimited).toBe(0);
      expect(await settle(bot.api.sendMessage(5, 'a'))).toBe('ok');
      expect(await settle(bot.api.sendMessage(5, 'b'))).toBe('ok');
    } finally {
      await server.close();
    }
  });
});

describe('bot-api-server private chats: protection and deleting', () => {
  let now = Date.UTC(2026, 5, 1, 8, 0);
  let server: BotApiServer;
  let bot: Bot;
  beforeEach(async () => {
    now = Date.UTC(2026, 5, 1, 8, 0);
    server = await startBotApiServer({ clock: () => now });
    bot = new Bot(TOKEN, { client: { apiRoot: server.apiRoot } });
  });
  afterEach(() => server.close());

  it('records protect_content and disable_notification on the message, as has_protected_content', async () => {
    const plain = await bot.api.sendMessage(5, 'plain');
    const quiet = await bot.api.sendMessage(5, 'quiet', { protect_content: true, disable_notification: true });
    expect(plain.has_protected_content).toBeUndefined();
    expect(quiet.has_protected_content).toBe(true);
    expect(server.messages(5).map((m) => [m.text, m.protected, m.silent])).toEqual([['plain', false, false], ['quiet', true, true]]);
  });

  it('shows both sides of a chat, in order, and deletes both sides', async () => {
    server.sendText(5, 'first');
    await bot.api.sendMessage(5, 'reply');
    server.sendText(5, 'second');
    expect(server.chatState(5).map((m) => [m.from, m.text])).toEqual([['user', 'first'], ['bot', 'reply'], ['user', 'second']]);
    const [first, reply, second] = server.chatState(5);
    await bot.api.deleteMessages(5, [first!.message_id, reply!.message_id, 999]); // an id it cannot find is skipped
    expect(server.chatState(5).map((m) => m.text)).toEqual(['second']);
    await bot.api.deleteMessage(5, second!.message_id);
    await expect(bot.api.deleteMessage(5, second!.message_id)).rejects.toMatchObject({ description: 'Bad Request: message to delete not found' });
    expect(server.chatState(5)).toEqual([]);
  });

  it('refuses to delete messages 48 hours old: one by one, and a batch that holds one deletes nothing', async () => {
    server.sendText(5, 'old');
    await bot.api.sendMessage(5, 'old reply');
    now += 47 * 3600_000;
    await bot.api.sendMessage(5, 'young');
    now += 3600_000; // the first two are 48 hours old now
    const [old, oldReply, young] = server.chatState(5);
    expect(server.chatState(5).map((m) => m.date)).toEqual([old!.date, old!.date, old!.date + 47 * 3600]);
    const refused = { error_code: 400, description: "Bad Request: message can't be deleted for everyone" };
    await expect(bot.api.deleteMessages(5, [old!.message_id, young!.message_id])).rejects.toMatchObject(refused);
    expect(server.chatState(5)).toHaveLength(3);
    await expect(bot.api.deleteMessage(5, oldReply!.message_id)).rejects.toMatchObject(refused);
    await bot.api.deleteMessage(5, young!.message_id);
    expect(server.chatState(5).map((m) => m.text)).toEqual(['old', 'old reply']);
    await expect(bot.api.deleteMessages(5, Array.from({ length: 101 }, (_, i) => i + 1))).rejects.toMatchObject({ error_code: 400 });
  });
});

describe('bot-api-server webhooks', () => {
  let server: BotApiServer;
  let hook: ReturnType<typeof createServer>;
  const received: Array<{ secret: string | undefined; update: Update }> = [];
  let answer = 200;
  let url: string;
  beforeEach(async () => {
    server = await startBotApiServer();
    received.length = 0;
    answer = 200;
    hook = createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString()));
      req.on('end', () => {
        received.push({ secret: req.headers['x-telegram-bot-api-secret-token'] as string | undefined, update: JSON.parse(body) as Update });
        res.writeHead(answer).end();
      });
    });
    await new Promise<void>((resolve) => hook.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(hook.address() as AddressInfo).port}/hook`;
  });
  afterEach(async () => {
    await server.close();
    await new Promise<void>((resolve) => hook.close(() => resolve()));
  });

  it('records setWebhook (getUpdates then refused 409), posts queued updates in order with the secret, and keeps one answered otherwise', async () => {
    const bot = new Bot(TOKEN, { client: { apiRoot: server.apiRoot } });
    await bot.api.setWebhook(url, { secret_token: 'sekret_token_0123', allowed_updates: ['message', 'callback_query'], max_connections: 5 });
    expect(server.webhook()).toEqual({ url, secretToken: 'sekret_token_0123', allowedUpdates: ['message', 'callback_query'], maxConnections: 5, dropPendingUpdates: false });
    expect((await call(server, 'getUpdates')).status).toBe(409);

    const ids = [server.sendText(5, 'one'), server.sendText(5, 'two'), server.sendText(6, 'three')];
    const posts = await server.deliverWebhook();
    expect(posts.map((p) => [p.updateId, p.status, p.url])).toEqual(ids.map((id) => [id, 200, url]));
    expect(received.map((r) => [r.secret, (r.update.message as { text?: string }).text])).toEqual([['sekret_token_0123', 'one'], ['sekret_token_0123', 'two'], ['sekret_token_0123', 'three']]);
    expect(server.pendingUpdates()).toBe(0);

    // Not answered 2xx: delivery stops there and the update stays first in line.
    answer = 500;
    const four = server.sendText(5, 'four');
    server.sendText(5, 'five');
    expect((await server.deliverWebhook()).map((p) => [p.updateId, p.status])).toEqual([[four, 500]]);
    expect(server.pendingUpdates()).toBe(2);
    answer = 200;
    expect((await server.deliverWebhook()).map((p) => p.status)).toEqual([200, 200]);
    expect(received.slice(-3).map((r) => (r.update.message as { text?: string }).text)).toEqual(['four', 'four', 'five']);

    // A raw post: no secret header when asked, the body as given.
    expect((await server.postWebhook('{"update_id": 1}', { secretToken: null })).status).toBe(200);
    expect(received.at(-1)).toEqual({ secret: undefined, update: { update_id: 1 } });
    await bot.api.deleteWebhook();
    expect(server.webhook()).toBeUndefined();
  });
});
