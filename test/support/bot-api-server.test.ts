import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Bot, GrammyError, InlineKeyboard } from 'grammy';
import { run } from '@grammyjs/runner';
import { startBotApiServer } from './bot-api-server.js';
import type { BotApiServer } from './bot-api-server.js';
import type { Update } from 'grammy/types';

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
