/**
 * A small, real Telegram Bot API server on loopback, for tests and benchmarks.
 * Real grammY bots talk HTTP to it (`new Bot(token, { client: { apiRoot: server.apiRoot } })`);
 * nothing in grammY is mocked. Only `node:http` is used.
 */
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomBytes } from 'node:crypto';
import type { Message, Update, User, UserFromGetMe } from 'grammy/types';

type Json = Record<string, unknown>;
type ChatId = number | string;

/** Options for {@link startBotApiServer}. */
export interface BotApiServerOptions {
  /** Port to listen on; 0 (default) picks a free one. */
  port?: number;
  /** Host to bind; default `127.0.0.1`. */
  host?: string;
  /** Keep histories (`calls`, every message of every chat). Default true; false keeps only counters and each chat's last message. */
  record?: boolean;
  /** Called synchronously whenever the bot creates (`sent`) or edits (`edited`) a message. */
  onMessage?: (event: BotMessageEvent) => void;
}

/** A message the bot just sent or edited, as passed to `onMessage`. */
export interface BotMessageEvent { kind: 'sent' | 'edited'; chatId: ChatId; message: Message }
/** An error to inject with {@link BotApiServer.failNext}. */
export interface ApiFailure { error_code: number; description: string; retry_after?: number }
/** One recorded Bot API call. `at` is `Date.now()`. */
export interface RecordedCall { method: string; token: string; params: Record<string, unknown>; at: number }
/** The current state of one message the bot sent (edits applied); `message` is the full Message as last returned. */
export interface BotMessage { message_id: number; text?: string; reply_markup?: unknown; deleted?: boolean; edits: number; message: Message }
/** Who the simulated user is; remembered per chat once given (defaults: first_name 'User', language_code 'id'). */
export interface UserOptions { languageCode?: string; firstName?: string }

/** A running loopback Bot API server. Builders return the pushed update's `update_id`. */
export interface BotApiServer {
  /** `http://127.0.0.1:<port>` — pass as grammY's `client.apiRoot`. */
  readonly apiRoot: string;
  readonly port: number;
  /** Every call except getUpdates, in order (stays empty when `record: false`). */
  readonly calls: RecordedCall[];
  /** Number of calls per method name (getUpdates and failed calls included). */
  readonly counts: Record<string, number>;
  /** Every bot token seen. */
  readonly tokens: ReadonlySet<string>;
  /** Queue a raw Update (assigns `update_id` if missing) and wake a waiting long poll. Re-pushing a seen `update_id` delivers it again. */
  pushUpdate(update: object): number;
  /** The user sends text; a leading `/command` gets a bot_command entity, as Telegram clients do. */
  sendText(chatId: number, text: string, opts?: UserOptions): number;
  /** The user sends `/command args` (bot_command entity at offset 0). */
  sendCommand(chatId: number, command: string, opts?: UserOptions): number;
  /** The user presses an inline button on the bot's message `messageId` (throws if the bot has no such undeleted message). */
  pressButton(chatId: number, messageId: number, data: string, opts?: UserOptions): number;
  sendLocation(chatId: number, latitude: number, longitude: number, opts?: UserOptions & { livePeriod?: number }): number;
  sendSticker(chatId: number, opts?: UserOptions): number;
  sendPhoto(chatId: number, opts?: UserOptions): number;
  sendVoice(chatId: number, opts?: UserOptions): number;
  sendDocument(chatId: number, opts?: UserOptions): number;
  sendContact(chatId: number, opts?: UserOptions): number;
  sendPoll(chatId: number, opts?: UserOptions): number;
  /** Push a `message` update from a partial Message (chat from `chat.id`, else `from.id`, else 1; defaults filled in). */
  sendRaw(partial: Partial<Message> | Json): number;
  /** Make the next `times` calls of `method` fail with this error (`retry_after` goes to `parameters`). */
  failNext(method: string, failure: ApiFailure, times?: number): void;
  /** Sends and edits to this chat fail with 403 `Forbidden: bot was blocked by the user`. */
  blockChat(chatId: ChatId): void;
  unblockChat(chatId: ChatId): void;
  /** The bot's messages in a chat in id order, deleted ones flagged (only the last one when `record: false`). */
  messages(chatId: ChatId): BotMessage[];
  /** How many messages the bot has created in a chat (sendMessage, sendLocation, forward/copy; deleted ones included). */
  sentCount(chatId: ChatId): number;
  /** Resolve once `predicate` returns a truthy value (checked after every API call and every 10 ms); reject after `timeoutMs`. */
  waitFor<T>(predicate: () => T | undefined | null | false, timeoutMs?: number): Promise<T>;
  /** Resolve with `messages(chatId)` once `sentCount(chatId) >= count`. */
  waitForMessages(chatId: ChatId, count: number, timeoutMs?: number): Promise<BotMessage[]>;
  /** Updates queued and not yet confirmed by a getUpdates offset. */
  pendingUpdates(): number;
  /** Clear calls, counts, chats, queued updates, injected failures and blocks; keep the update id counter. */
  reset(): void;
  /** Answer open long polls with `[]`, reject pending waitFor calls, close the server and every socket. */
  close(): Promise<void>;
}

class ApiError extends Error {
  constructor(readonly code: number, readonly description: string, readonly retryAfter?: number) { super(description); }
}
const bad = (description: string): ApiError => new ApiError(400, `Bad Request: ${description}`);

interface Queued { update: Update; id: number; redelivery: boolean; dead: boolean }
interface Poll { res: ServerResponse; limit: number; offset: number | undefined; timer?: NodeJS.Timeout }
/** `synthetic`: stand-in for a message not kept in memory (`record: false`); content checks are skipped. */
interface Stored { message: Message; deleted: boolean; edits: number; synthetic?: boolean }
interface ChatState {
  id: ChatId; nextBotId: number; nextInId: number; sent: number; firstName: string; languageCode: string;
  byId: Map<number, Stored> | undefined; last: Stored | undefined;
}

/** Incoming (user) message ids start here, so they never collide with the bot's ids 1, 2, 3, … */
const INCOMING_BASE = 1_000_000;
const now = (): number => Math.floor(Date.now() / 1000);
const num = (v: unknown): number | undefined =>
  typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' && !Number.isNaN(Number(v)) ? Number(v) : undefined;
/** Telegram accepts JSON-serialized objects in string fields (form bodies, query strings). */
const parseMaybe = (v: unknown): unknown => {
  if (typeof v !== 'string' || !/^\s*[[{]/.test(v)) return v;
  try { return JSON.parse(v); } catch { return v; }
};
const randomId = (): string => randomBytes(8).readBigUInt64BE().toString();
const fileId = () => ({ file_id: `F${randomBytes(12).toString('hex')}`, file_unique_id: `U${randomBytes(6).toString('hex')}` });
const commandEntity = (text: string) => {
  const m = /^\/[A-Za-z0-9_]+(?:@[A-Za-z0-9_]+)?/.exec(text);
  return m ? { entities: [{ type: 'bot_command', offset: 0, length: m[0].length }] } : {};
};
const NOT_MODIFIED = 'message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message';

function checkText(text: unknown, parseMode: unknown): string {
  if (typeof text !== 'string') throw bad('message text is empty');
  // With HTML the limit applies to the visible text, so strip tags and count entities as one character.
  const visible = parseMode === 'HTML' ? text.replace(/<[^>]*>/g, '').replace(/&(?:lt|gt|amp|quot|#\d+|#x[\da-f]+);/gi, '_') : text;
  if (visible.trim() === '') throw bad('message text is empty');
  if (visible.length > 4096) throw bad('message is too long');
  return text;
}

function parseParams(req: IncomingMessage, raw: string, query: string): Json {
  const params: Json = {};
  for (const [k, v] of new URLSearchParams(query)) params[k] = parseMaybe(v);
  if (raw === '') return params;
  const type = req.headers['content-type'] ?? '';
  if (type.includes('multipart/')) throw bad('multipart/form-data is not supported by the test server');
  if (type.includes('x-www-form-urlencoded')) {
    for (const [k, v] of new URLSearchParams(raw)) params[k] = parseMaybe(v);
    return params;
  }
  let body: unknown;
  try { body = JSON.parse(raw); } catch { throw bad("can't parse JSON request body"); }
  if (body === null || typeof body !== 'object' || Array.isArray(body)) throw bad('request body must be a JSON object');
  return Object.assign(params, body);
}

function send(res: ServerResponse, status: number, payload: unknown): void {
  if (res.writableEnded || res.destroyed) return;
  const body = JSON.stringify(payload);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
  res.end(body);
}
const sendError = (res: ServerResponse, e: ApiError): void => send(res, e.code, {
  ok: false, error_code: e.code, description: e.description, ...(e.retryAfter !== undefined ? { parameters: { retry_after: e.retryAfter } } : {}),
});

/** Start a Bot API server on loopback and resolve once it listens. */
export async function startBotApiServer(options: BotApiServerOptions = {}): Promise<BotApiServer> {
  const record = options.record !== false;
  const { onMessage } = options;
  const calls: RecordedCall[] = [];
  const counts: Record<string, number> = {};
  const tokens = new Set<string>();
  const bots = new Map<string, { me: UserFromGetMe; from: User }>();
  const chats = new Map<ChatId, ChatState>();
  const blocked = new Set<ChatId>();
  const failures = new Map<string, Array<{ failure: ApiFailure; left: number }>>();
  const polls = new Set<Poll>();
  const checkers = new Map<() => boolean, (err: Error) => void>();
  const commands = new Map<string, unknown>();
  let queue: Queued[] = [];
  let head = 0; // queue[0..head) are confirmed
  let live = 0; // unconfirmed entries
  let lastUpdateId = 0;
  let wakeScheduled = false;
  let webhookUrl = '';
  let lastToken = '0:test';
  let closing = false;

  function botOf(token: string): { me: UserFromGetMe; from: User } {
    let bot = bots.get(token);
    if (!bot) {
      const from = { id: Number(/^\d+/.exec(token)?.[0] ?? 1), is_bot: true as const, first_name: 'Test Bot', username: 'test_bot' };
      const me: UserFromGetMe = {
        ...from, can_join_groups: true, can_read_all_group_messages: false, supports_inline_queries: false, can_connect_to_business: false,
        has_main_web_app: false, has_topics_enabled: false, allows_users_to_create_topics: false, can_manage_bots: false, supports_join_request_queries: false,
      };
      bots.set(token, (bot = { me, from }));
    }
    return bot;
  }

  // ---- chats and the bot's messages ----------------------------------------
  function chatOf(id: ChatId): ChatState {
    let chat = chats.get(id);
    if (!chat) {
      chat = { id, nextBotId: 1, nextInId: INCOMING_BASE, sent: 0, firstName: 'User', languageCode: 'id', byId: record ? new Map() : undefined, last: undefined };
      chats.set(id, chat);
    }
    return chat;
  }
  function chatKey(v: unknown): ChatId {
    const n = num(v);
    if (n !== undefined) return n;
    if (typeof v === 'string' && v !== '') return v;
    throw bad('chat_id is empty');
  }
  /** The chat a send/edit goes to; fails like Telegram if the user blocked the bot. */
  function target(v: unknown): ChatState {
    const id = chatKey(v);
    if (blocked.has(id)) throw new ApiError(403, 'Forbidden: bot was blocked by the user');
    return chatOf(id);
  }
  const chatObject = (chat: ChatState) => ({ id: chat.id as number, type: 'private' as const, first_name: chat.firstName });
  function find(chat: ChatState, id: number | undefined): Stored | undefined {
    if (id === undefined) return undefined;
    if (chat.byId) return chat.byId.get(id);
    if (chat.last?.message.message_id === id) return chat.last;
    if (id < 1 || id >= chat.nextBotId) return undefined;
    const message = { message_id: id, from: botOf(lastToken).from, chat: chatObject(chat), date: now() } as Message;
    return { message, deleted: false, edits: 0, synthetic: true };
  }
  const isIncoming = (chat: ChatState, id: number | undefined): boolean => id !== undefined && id >= INCOMING_BASE && id < chat.nextInId;
  function create(chat: ChatState, token: string, content: Json): Message {
    const message = { message_id: chat.nextBotId++, from: botOf(token).from, chat: chatObject(chat), date: now(), ...content } as Message;
    const stored: Stored = { message, deleted: false, edits: 0 };
    chat.sent++;
    chat.last = stored;
    chat.byId?.set(message.message_id, stored);
    onMessage?.({ kind: 'sent', chatId: chat.id, message });
    return message;
  }
  function pick(p: Json, keys: string[]): Json {
    const out: Json = {};
    for (const k of keys) if (p[k] !== undefined) out[k] = parseMaybe(p[k]);
    return out;
  }
  function setMarkup(m: Json, markup: unknown): void {
    if (markup === undefined) delete m.reply_markup;
    else m.reply_markup = markup;
  }
  function edit(p: Json, change: (m: Json, stored: Stored) => void): Message | true {
    if (p.inline_message_id !== undefined) return true;
    const chat = target(p.chat_id);
    const stored = find(chat, num(p.message_id));
    if (!stored || stored.deleted) throw bad('message to edit not found');
    const old = stored.message as unknown as Json;
    const next: Json = { ...old, edit_date: now() };
    change(next, stored);
    const same = (k: string) => JSON.stringify(next[k]) === JSON.stringify(old[k]);
    if (!stored.synthetic && same('text') && same('entities') && same('reply_markup')) throw bad(NOT_MODIFIED);
    stored.message = next as unknown as Message;
    stored.edits++;
    onMessage?.({ kind: 'edited', chatId: chat.id, message: stored.message });
    return stored.message;
  }
  /** Content of the message to forward/copy, and who originally sent it. */
  function source(p: Json, notFound: string): { content: Json; sender: User } {
    const chat = chatOf(chatKey(p.from_chat_id));
    const id = num(p.message_id);
    const src = find(chat, id);
    if (src && !src.deleted) {
      const { message_id: _i, from, chat: _c, date: _d, edit_date: _e, forward_origin: _o, ...content } = src.message as unknown as Json;
      return { content, sender: from as User };
    }
    if (isIncoming(chat, id)) return { content: {}, sender: user(chat) };
    throw bad(notFound);
  }

  // ---- Bot API methods (getUpdates is handled by the queue below) ------------
  const handlers: Record<string, (p: Json, token: string) => unknown> = {
    getMe: (_p, token) => botOf(token).me,
    logOut: () => true,
    close: () => true,
    setWebhook: (p) => { webhookUrl = typeof p.url === 'string' ? p.url : ''; return true; },
    deleteWebhook: (p) => {
      webhookUrl = '';
      if (p.drop_pending_updates === true || p.drop_pending_updates === 'true') clearQueue();
      return true;
    },
    getWebhookInfo: () => ({ url: webhookUrl, has_custom_certificate: false, pending_update_count: live }),
    setMyCommands: (p, token) => { commands.set(token, parseMaybe(p.commands) ?? []); return true; },
    getMyCommands: (_p, token) => commands.get(token) ?? [],
    deleteMyCommands: (_p, token) => { commands.delete(token); return true; },
    sendMessage: (p, token) => {
      const chat = target(p.chat_id);
      const text = checkText(p.text, p.parse_mode);
      return create(chat, token, { text, ...pick(p, ['entities', 'reply_markup', 'link_preview_options']) });
    },
    editMessageText: (p) => {
      const text = checkText(p.text, p.parse_mode);
      return edit(p, (m, stored) => {
        if (m.text === undefined && !stored.synthetic) throw bad('there is no text in the message to edit');
        m.text = text;
        if (p.entities === undefined) delete m.entities; else m.entities = parseMaybe(p.entities);
        if (p.link_preview_options !== undefined) m.link_preview_options = parseMaybe(p.link_preview_options);
        setMarkup(m, parseMaybe(p.reply_markup)); // like Telegram: no reply_markup removes the inline keyboard
      });
    },
    editMessageReplyMarkup: (p) => edit(p, (m) => setMarkup(m, parseMaybe(p.reply_markup))),
    deleteMessage: (p) => {
      const chat = chatOf(chatKey(p.chat_id));
      const id = num(p.message_id);
      const stored = find(chat, id);
      if (stored && !stored.deleted) stored.deleted = true;
      else if (!isIncoming(chat, id)) throw bad('message to delete not found');
      return true;
    },
    deleteMessages: (p) => {
      const chat = chatOf(chatKey(p.chat_id));
      const ids = parseMaybe(p.message_ids);
      if (!Array.isArray(ids) || ids.length === 0) throw bad('message identifiers are not specified');
      for (const id of ids) { const stored = find(chat, num(id)); if (stored) stored.deleted = true; }
      return true;
    },
    answerCallbackQuery: (p) => {
      if (typeof p.callback_query_id !== 'string' || p.callback_query_id === '') throw bad('query is too old and response timeout expired or query ID is invalid');
      return true;
    },
    sendChatAction: (p) => { target(p.chat_id); return true; },
    sendLocation: (p, token) => {
      const chat = target(p.chat_id);
      const [latitude, longitude, livePeriod] = [num(p.latitude), num(p.longitude), num(p.live_period)];
      if (latitude === undefined || longitude === undefined) throw bad('wrong latitude or longitude');
      return create(chat, token, { location: { latitude, longitude, ...(livePeriod ? { live_period: livePeriod } : {}) }, ...pick(p, ['reply_markup']) });
    },
    leaveChat: () => true,
    getChat: (p) => ({
      ...chatObject(chatOf(chatKey(p.chat_id))), accent_color_id: 0, max_reaction_count: 11,
      accepted_gift_types: { unlimited_gifts: false, limited_gifts: false, unique_gifts: false, premium_subscription: false },
    }),
    forwardMessage: (p, token) => {
      const chat = target(p.chat_id);
      const { content, sender } = source(p, 'message to forward not found');
      delete content.reply_markup;
      return create(chat, token, { ...content, forward_origin: { type: 'user', sender_user: sender, date: now() } });
    },
    copyMessage: (p, token) => {
      const chat = target(p.chat_id);
      const { content } = source(p, 'message to copy not found');
      setMarkup(content, parseMaybe(p.reply_markup));
      return { message_id: create(chat, token, content).message_id };
    },
  };
  const canonical = new Map(Object.keys(handlers).map((name) => [name.toLowerCase(), name]));
  canonical.set('getupdates', 'getUpdates');

  // ---- update queue and long polling -----------------------------------------
  // Telegram semantics: getUpdates(offset) confirms (drops) updates with update_id < offset. An update re-pushed
  // with an already seen id is flagged `redelivery` and is exempt from that until it has been delivered once.
  function kill(e: Queued): void { if (!e.dead) { e.dead = true; live--; } }
  function clearQueue(): void { for (let i = head; i < queue.length; i++) kill(queue[i]!); queue = []; head = 0; }
  function confirm(offset: number | undefined): void {
    if (offset !== undefined && offset < 0) { // negative: keep only the last -offset updates
      let keep = -offset;
      for (let i = queue.length - 1; i >= head; i--) { const e = queue[i]!; if (!e.dead && keep-- <= 0) kill(e); }
    }
    for (; head < queue.length; head++) {
      const e = queue[head]!;
      if (!e.dead && (offset === undefined || e.id >= offset || e.redelivery)) break;
      kill(e);
    }
    if (head > 1024 && head * 2 > queue.length) { queue = queue.slice(head); head = 0; }
  }
  function collect(limit: number, offset: number | undefined): Update[] {
    const out: Update[] = [];
    for (let i = head; i < queue.length && out.length < limit; i++) {
      const e = queue[i]!;
      if (e.dead) continue;
      if (offset !== undefined && offset > 0 && e.id < offset && !e.redelivery) { kill(e); continue; }
      e.redelivery = false;
      out.push(e.update);
    }
    return out;
  }
  function finishPoll(poll: Poll, updates: Update[]): void {
    clearTimeout(poll.timer);
    polls.delete(poll);
    send(poll.res, 200, { ok: true, result: updates });
  }
  function wake(): void {
    wakeScheduled = false;
    for (const poll of polls) {
      const updates = collect(poll.limit, poll.offset);
      if (updates.length > 0) finishPoll(poll, updates);
    }
  }
  function getUpdates(p: Json, res: ServerResponse): void {
    if (webhookUrl !== '') throw new ApiError(409, "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first");
    const offset = num(p.offset);
    const limit = Math.min(Math.max(num(p.limit) ?? 100, 1), 100);
    const timeout = num(p.timeout) ?? 0;
    confirm(offset);
    const updates = collect(limit, offset);
    if (updates.length > 0 || timeout <= 0 || closing) return send(res, 200, { ok: true, result: updates });
    const poll: Poll = { res, limit, offset };
    poll.timer = setTimeout(() => finishPoll(poll, []), timeout * 1000);
    polls.add(poll);
    res.once('close', () => { clearTimeout(poll.timer); polls.delete(poll); }); // also when the client aborts
  }
  function pushUpdate(update: object): number {
    const given = (update as Json).update_id;
    let id: number;
    let redelivery = false;
    if (typeof given === 'number') {
      id = given;
      redelivery = id <= lastUpdateId;
      lastUpdateId = Math.max(lastUpdateId, id);
    } else {
      id = ++lastUpdateId;
      update = { ...update, update_id: id };
    }
    queue.push({ update: update as Update, id, redelivery, dead: false });
    live++;
    if (!wakeScheduled && polls.size > 0) { wakeScheduled = true; queueMicrotask(wake); } // one wake per burst
    return id;
  }

  // ---- HTTP --------------------------------------------------------------------
  function takeFailure(method: string): ApiError | undefined {
    const key = method.toLowerCase();
    const list = failures.get(key);
    const first = list?.[0];
    if (!list || !first) return undefined;
    if (--first.left <= 0) list.shift();
    if (list.length === 0) failures.delete(key);
    return new ApiError(first.failure.error_code, first.failure.description, first.failure.retry_after);
  }
  function dispatch(token: string, rawMethod: string, params: Json, res: ServerResponse): void {
    const method = canonical.get(rawMethod.toLowerCase()) ?? rawMethod; // Bot API method names are case-insensitive
    tokens.add(token);
    lastToken = token;
    counts[method] = (counts[method] ?? 0) + 1;
    if (record && method !== 'getUpdates') calls.push({ method, token, params, at: Date.now() });
    try {
      const failure = failures.size > 0 ? takeFailure(method) : undefined;
      if (failure) throw failure;
      if (method === 'getUpdates') return getUpdates(params, res);
      const handler = handlers[method];
      if (!handler) throw new ApiError(404, 'Not Found: method not found');
      send(res, 200, { ok: true, result: handler(params, token) });
    } catch (err) {
      sendError(res, err instanceof ApiError ? err : new ApiError(500, `Internal Server Error: ${String(err)}`));
    } finally {
      if (checkers.size > 0) for (const check of [...checkers.keys()]) check();
    }
  }
  const server = createServer((req, res) => {
    const url = req.url ?? '/';
    const q = url.indexOf('?');
    const match = /^\/bot([^/]+)\/([A-Za-z0-9_]+)$/.exec(q < 0 ? url : url.slice(0, q));
    if (!match) return sendError(res, new ApiError(404, 'Not Found'));
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      let params: Json;
      try {
        params = parseParams(req, chunks.length === 0 ? '' : Buffer.concat(chunks).toString('utf8'), q < 0 ? '' : url.slice(q + 1));
      } catch (err) {
        return sendError(res, err instanceof ApiError ? err : bad(String(err)));
      }
      dispatch(match[1]!, match[2]!, params, res);
    });
  });
  server.keepAliveTimeout = 65_000; // outlive grammY's keep-alive agent's idle sockets
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => { server.off('error', reject); resolve(); });
  });
  const port = (server.address() as AddressInfo).port;

  // ---- update builders (the simulated user's side) ------------------------------
  function user(chat: ChatState, opts?: UserOptions): User {
    if (opts?.firstName !== undefined) chat.firstName = opts.firstName;
    if (opts?.languageCode !== undefined) chat.languageCode = opts.languageCode;
    return { id: chat.id as number, is_bot: false, first_name: chat.firstName, language_code: chat.languageCode };
  }
  function incoming(chatId: number, content: Json, opts?: UserOptions): number {
    const chat = chatOf(chatId);
    const from = user(chat, opts);
    return pushUpdate({ message: { message_id: chat.nextInId++, from, chat: chatObject(chat), date: now(), ...content } });
  }

  const api: BotApiServer = {
    apiRoot: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    port, calls, counts, tokens, pushUpdate,
    sendText: (chatId, text, opts) => incoming(chatId, { text, ...commandEntity(text) }, opts),
    sendCommand: (chatId, command, opts) => api.sendText(chatId, command.startsWith('/') ? command : `/${command}`, opts),
    pressButton: (chatId, messageId, data, opts) => {
      const chat = chatOf(chatId);
      const stored = find(chat, messageId);
      if (!stored || stored.deleted) throw new Error(`pressButton: the bot has no ${stored ? 'undeleted ' : ''}message ${messageId} in chat ${chatId}`);
      return pushUpdate({ callback_query: { id: randomId(), from: user(chat, opts), message: stored.message, chat_instance: `ci${chatId}`, data } });
    },
    sendLocation: (chatId, latitude, longitude, opts) =>
      incoming(chatId, { location: { latitude, longitude, ...(opts?.livePeriod ? { live_period: opts.livePeriod } : {}) } }, opts),
    sendSticker: (chatId, opts) =>
      incoming(chatId, { sticker: { ...fileId(), type: 'regular', width: 512, height: 512, is_animated: false, is_video: false, emoji: '👍' } }, opts),
    sendPhoto: (chatId, opts) =>
      incoming(chatId, { photo: [{ ...fileId(), width: 90, height: 90, file_size: 1200 }, { ...fileId(), width: 1280, height: 1280, file_size: 120_000 }] }, opts),
    sendVoice: (chatId, opts) => incoming(chatId, { voice: { ...fileId(), duration: 3, mime_type: 'audio/ogg', file_size: 9000 } }, opts),
    sendDocument: (chatId, opts) =>
      incoming(chatId, { document: { ...fileId(), file_name: 'document.pdf', mime_type: 'application/pdf', file_size: 50_000 } }, opts),
    sendContact: (chatId, opts) =>
      incoming(chatId, { contact: { phone_number: '+6281234567890', first_name: opts?.firstName ?? chatOf(chatId).firstName, user_id: chatId } }, opts),
    sendPoll: (chatId, opts) => incoming(chatId, {
      poll: {
        id: randomId(), question: 'Question?', options: [{ text: 'Yes', voter_count: 0 }, { text: 'No', voter_count: 0 }],
        total_voter_count: 0, is_closed: false, is_anonymous: true, type: 'regular', allows_multiple_answers: false,
      },
    }, opts),
    sendRaw: (partial) => {
      const p = partial as Json & { chat?: { id?: number }; from?: { id?: number } };
      const chat = chatOf(p.chat?.id ?? p.from?.id ?? 1);
      return pushUpdate({ message: { message_id: chat.nextInId++, from: user(chat), chat: chatObject(chat), date: now(), ...p } });
    },
    failNext: (method, failure, times = 1) => {
      const key = method.toLowerCase();
      failures.set(key, [...(failures.get(key) ?? []), { failure, left: times }]);
    },
    blockChat: (chatId) => { blocked.add(chatKey(chatId)); },
    unblockChat: (chatId) => { blocked.delete(chatKey(chatId)); },
    messages: (chatId) => {
      const chat = chats.get(chatKey(chatId));
      const all = chat?.byId ? [...chat.byId.values()] : chat?.last ? [chat.last] : [];
      return all.map(({ message, deleted, edits }) => ({ message_id: message.message_id, text: message.text, reply_markup: message.reply_markup, deleted, edits, message }));
    },
    sentCount: (chatId) => chats.get(chatKey(chatId))?.sent ?? 0,
    waitFor: <T>(predicate: () => T | undefined | null | false, timeoutMs = 5000) => new Promise<T>((resolve, reject) => {
      const t: { interval?: NodeJS.Timeout; timer?: NodeJS.Timeout } = {};
      const stop = () => { clearInterval(t.interval); clearTimeout(t.timer); checkers.delete(check); };
      const fail = (err: Error) => { stop(); reject(err); };
      const check = (): boolean => {
        let value: T | undefined | null | false;
        try { value = predicate(); } catch (err) { fail(err instanceof Error ? err : new Error(String(err))); return true; }
        if (!value) return false;
        stop();
        resolve(value);
        return true;
      };
      if (check()) return;
      if (closing) return fail(new Error('waitFor: the Bot API server was closed'));
      checkers.set(check, fail);
      t.interval = setInterval(check, 10);
      t.timer = setTimeout(() => {
        const recent = calls.slice(-5).map((c) => `${c.method}(${JSON.stringify(c.params).slice(0, 80)})`).join(', ');
        fail(new Error(`waitFor: condition not met within ${timeoutMs} ms; last calls: ${recent || 'none recorded'}`));
      }, timeoutMs);
    }),
    waitForMessages: (chatId, count, timeoutMs) =>
      api.waitFor(() => api.sentCount(chatId) >= count && api.messages(chatId), timeoutMs).catch((err: Error) => {
        throw new Error(`waitForMessages(${chatId}, ${count}): the bot sent ${api.sentCount(chatId)}. ${err.message}`);
      }),
    pendingUpdates: () => live,
    reset: () => {
      calls.length = 0;
      for (const k of Object.keys(counts)) delete counts[k];
      for (const c of [chats, blocked, failures, commands]) c.clear();
      clearQueue();
      webhookUrl = '';
    },
    close: async () => {
      if (closing) return;
      closing = true;
      for (const poll of [...polls]) finishPoll(poll, []);
      for (const fail of [...checkers.values()]) fail(new Error('waitFor: the Bot API server was closed'));
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        setImmediate(() => server.closeAllConnections());
      });
    },
  };
  return api;
}
