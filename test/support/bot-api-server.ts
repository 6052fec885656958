/**
 * A small, real Telegram Bot API server on loopback, for tests and benchmarks.
 * Real grammY bots talk HTTP to it (`new Bot(token, { client: { apiRoot: server.apiRoot } })`);
 * nothing in grammY is mocked. Only `node:http` is used. Chats are private unless registered as groups
 * (`createGroup`, `addBotToGroup`), which may be forums with topics; optional per-chat flood limits answer 429.
 * Texts, captions and topic names holding a lone surrogate (half an emoji) are refused 400 `text must be encoded in UTF-8`, as Telegram does.
 */
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createHash, randomBytes } from 'node:crypto';
import type { Message, Update, User, UserFromGetMe } from 'grammy/types';

type Json = Record<string, unknown>;
type ChatId = number | string;

/** Options for {@link startBotApiServer}. */
export interface BotApiServerOptions {
  /** Port to listen on; 0 (default) picks a free one. */
  port?: number;
  /** Host to bind; default `127.0.0.1`. */
  host?: string;
  /**
   * Keep histories (`calls`, every message of every chat). Default true; false keeps only counters and each chat's last message
   * (older ones become bare stand-ins, so a reply to one of them does not learn its forum topic).
   */
  record?: boolean;
  /** Called synchronously whenever the bot creates (`sent`) or edits (`edited`) a message. */
  onMessage?: (event: BotMessageEvent) => void;
  /** Per-chat flood limits like Telegram's (off by default); see {@link RateLimits}. */
  rateLimits?: RateLimits;
  /**
   * The server's time, ms (default `Date.now`): message dates, and the age limit of deleting (a test moves it to
   * make messages old). Telegram lets a bot delete a message only within {@link DELETE_LIMIT_SECONDS} of its date.
   */
  clock?: () => number;
  /**
   * Like Telegram, a bot may write to a private chat only once the user has started it: sends to a user who never
   * wrote to the bot (through the builders) and was not marked with {@link BotApiServer.markStarted} fail 403
   * `Forbidden: bot can't initiate conversation with a user`. Default false: any private chat may be written to.
   */
  privateChatsNeedStart?: boolean;
  /**
   * Called with every update as it is pushed (its `update_id` set); returning true takes it out of the server's
   * hands: it is not queued for getUpdates (a benchmark delivering updates to webhooks itself, many at a time).
   */
  intercept?: (update: Update) => boolean;
}

/** What setWebhook asked for (as Telegram keeps it). */
export interface WebhookSettings { url: string; secretToken?: string; allowedUpdates?: string[]; maxConnections?: number; dropPendingUpdates: boolean }
/** One POST of an update to the webhook, as {@link BotApiServer.deliverWebhook} made it. */
export interface WebhookPost { updateId: number; update: Update; url: string; status: number; ms: number }

/** How long after its date a message can still be deleted by a bot (Telegram: 48 hours). */
export const DELETE_LIMIT_SECONDS = 48 * 3600;

/** A message the bot just sent or edited, as passed to `onMessage`. */
export interface BotMessageEvent { kind: 'sent' | 'edited'; chatId: ChatId; message: Message }
/** An error to inject with {@link BotApiServer.failNext}. */
export interface ApiFailure { error_code: number; description: string; retry_after?: number }
/** One recorded Bot API call. `at` is `Date.now()`. */
export interface RecordedCall { method: string; token: string; params: Record<string, unknown>; at: number }
/**
 * The current state of one message the bot sent (edits applied); `message` is the full Message as last returned.
 * `thread` is its `message_thread_id`; `replyTo` the id in its `reply_to_message` (in a forum topic that is the
 * topic's id when the message replies to nothing else, as Telegram does).
 */
export interface BotMessage {
  message_id: number; text?: string; reply_markup?: unknown; deleted?: boolean; edits: number; message: Message;
  thread?: number; replyTo?: number;
  /** Sent with `protect_content` (the Message has `has_protected_content`): it cannot be forwarded or saved. */
  protected: boolean;
  /** Sent with `disable_notification`: it arrived without a sound or a notification. */
  silent: boolean;
}
/** One message still in a chat, the bot's or the user's, as {@link BotApiServer.chatState} lists them. */
export interface ChatMessage { from: 'bot' | 'user'; message_id: number; date: number; text?: string }
/**
 * Who the simulated user is; remembered per chat once given (defaults: first_name 'User', language_code 'id').
 * `languageCode: null`: no language_code at all, as Telegram sends for an app whose language it does not tell.
 */
export interface UserOptions { languageCode?: string | null; firstName?: string }
/** A group member writing in a group; names are remembered per user id once given (defaults as in {@link UserOptions}). */
export interface GroupUserOptions extends UserOptions {
  /** Forum topic to write in: sets `message_thread_id`, `is_topic_message` and, unless `replyTo`, `reply_to_message` = the topic's creation message. */
  threadId?: number;
  /** Id of a message in the chat (the bot's, or a user's) to reply to; in a forum the reply lands in that message's topic. */
  replyTo?: number;
}
/** A group for {@link BotApiServer.createGroup}. */
export interface GroupOptions {
  /** Default `Group <chatId>`. */
  title?: string;
  /** A forum (topics enabled): `is_forum: true`. */
  forum?: boolean;
  /** The bot is an administrator with every right that matters here (can_manage_topics, can_delete_messages, …). Default false. */
  botIsAdmin?: boolean;
  /** User ids that getChatMember reports as `administrator`. */
  admins?: number[];
}
/** What the bot shows of itself in one language (`setMyName`, `setMyDescription`, `setMyShortDescription`), as {@link BotApiServer.profile} reads it. */
export interface BotProfile { name: string; description: string; shortDescription: string }
/** A forum topic, as listed by {@link BotApiServer.topics}. */
export interface TopicInfo { threadId: number; name: string; iconColor: number; closed: boolean }
/** At most `max` counted calls per chat within any sliding `windowMs`. */
export interface RateLimit { max: number; windowMs: number }
/**
 * Flood limits per chat (Telegram: about 20 messages a minute in a group, about 1 a second in a private chat).
 * Counted: every call that creates or edits a message (send*, copy/forward, editMessage*, the forum topic methods
 * except deleteForumTopic). Over the limit a call fails 429 `Too Many Requests: retry after N` with
 * `parameters.retry_after` N = whole seconds until a slot frees (at least 1). Refused calls use no slot.
 */
export interface RateLimits { group?: RateLimit; private?: RateLimit }

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
  /** How many calls the rate limiter refused with 429 (injected `failNext` failures not included). */
  readonly rateLimited: number;
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
  /** Sends and edits to this private chat fail with 403 `Forbidden: bot was blocked by the user` (no effect on groups). */
  blockChat(chatId: ChatId): void;
  unblockChat(chatId: ChatId): void;
  /** The user deleted their account: sends and edits to this private chat fail with 403 `Forbidden: user is deactivated`. */
  deactivateUser(chatId: number): void;
  /** The user started the bot at some time before (no update is pushed): with `privateChatsNeedStart`, the bot may write to them. */
  markStarted(userId: number): void;

  // ---- groups ----
  /**
   * Register a supergroup the bot is in (negative id, e.g. -1001234567890); registering it again updates these settings
   * (e.g. demote the bot) and puts the bot back in. Sends to a negative chat id never registered fail 400 `chat not found`.
   */
  createGroup(chatId: number, opts?: GroupOptions): void;
  /**
   * Someone adds the bot to a group: registers it if new (supergroup unless `type: 'group'`) and pushes a `my_chat_member`
   * update (old status `left`, new `member`, or `administrator` with `admin: true`, which also sets the bot's rights).
   */
  addBotToGroup(chatId: number, byUserId: number, opts?: { title?: string; type?: 'group' | 'supergroup'; forum?: boolean; admin?: boolean }): number;
  /** Whether the bot left the group (leaveChat); then its calls there fail 403 `Forbidden: bot is not a member of the supergroup chat`. */
  left(chatId: number): boolean;
  /**
   * A group member writes `text` (bot_command entity for a leading `/cmd` or `/cmd@bot_username`). Throws if the group is
   * unknown or the bot left it, the topic does not exist, or `replyTo` is not a message of that chat.
   */
  sendGroupText(chatId: number, fromUserId: number, text: string, opts?: GroupUserOptions): number;
  /** A group member sends a photo (two sizes, random file_ids), optionally with a caption; checks as in sendGroupText. */
  sendGroupPhoto(chatId: number, fromUserId: number, opts?: GroupUserOptions & { caption?: string }): number;
  /** A group member sends any other content (a sticker, a document, a voice note…: the Message fields), placed as in sendGroupText. */
  sendGroupContent(chatId: number, fromUserId: number, content: Json, opts?: GroupUserOptions): number;
  /**
   * A group member forwards message `messageId` of chat `fromChatId` (the bot's, e.g. a case card, or a user's) into the group:
   * its text or media with `forward_origin` naming who sent it (inline keyboards are not forwarded), placed as in sendGroupText.
   */
  forwardToGroup(chatId: number, fromUserId: number, fromChatId: number, messageId: number, opts?: GroupUserOptions): number;
  /** A group member presses an inline button on the bot's message `messageId` (throws if the bot has no such undeleted message there). */
  pressGroupButton(chatId: number, fromUserId: number, messageId: number, data: string, opts?: UserOptions): number;
  /** The forum's live topics in creation order (deleted ones left out). */
  topics(chatId: number): TopicInfo[];
  /** Replace the flood limits at runtime (`undefined` turns them off). Calls are counted only while limits are on; counts so far are kept. */
  setRateLimits(limits: RateLimits | undefined): void;

  /**
   * What users whose app is in `languageCode` see of the bot: its name, description and short description for that
   * language, else the ones set without a language, else the name from getMe and empty texts (as Telegram falls back).
   */
  profile(languageCode?: string): BotProfile;
  /**
   * What the chat shows now: every message not deleted, the user's (as sent through the builders) and the bot's, in the
   * order they were sent. Needs `record` (the default).
   */
  chatState(chatId: ChatId): ChatMessage[];
  /** The bot's messages in a chat in id order, deleted ones flagged (only the last one when `record: false`); `threadId` keeps one forum topic's. */
  messages(chatId: ChatId, opts?: { threadId?: number }): BotMessage[];
  /** How many messages the bot has created in a chat (sends, forward/copy, forum topic service messages; deleted ones included). */
  sentCount(chatId: ChatId): number;
  /** Resolve once `predicate` returns a truthy value (checked after every API call and every 10 ms); reject after `timeoutMs`. */
  waitFor<T>(predicate: () => T | undefined | null | false, timeoutMs?: number): Promise<T>;
  /** Resolve with `messages(chatId)` once `sentCount(chatId) >= count`. */
  waitForMessages(chatId: ChatId, count: number, timeoutMs?: number): Promise<BotMessage[]>;
  /** Updates queued and not yet confirmed by a getUpdates offset. */
  pendingUpdates(): number;

  // ---- webhook ----
  /** What the bot's last setWebhook asked for; undefined with no webhook (never set, or deleted). */
  webhook(): WebhookSettings | undefined;
  /**
   * Telegram posting to the webhook: POSTs the queued updates in order, one at a time (the next once the last was
   * answered), each with the `X-Telegram-Bot-Api-Secret-Token` header from setWebhook, to `urls` in turn (several bot
   * processes behind a load balancer; default the webhook's URL). An update answered 2xx leaves the queue; at the first
   * other answer delivery stops there and that update stays queued, first in line for the next call (as Telegram
   * retries it). Resolves with every post made.
   */
  deliverWebhook(opts?: { urls?: readonly string[] }): Promise<WebhookPost[]>;
  /**
   * One raw POST to a webhook: `body` sent as is when a string, else as JSON; `secretToken` the header's value
   * (default the one from setWebhook; null sends none); `url` default the webhook's.
   */
  postWebhook(body: unknown, opts?: { url?: string; secretToken?: string | null }): Promise<{ status: number; body: string }>;
  /**
   * Clear calls, counts, chats (groups and topics too), users' names, queued updates, injected failures, blocks, deactivations
   * and rate-limit windows; restore the rate limits given at start; keep the update id counter.
   */
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
interface Stored { message: Message; deleted: boolean; edits: number; synthetic?: boolean; silent?: boolean; seq: number }
interface Topic { threadId: number; name: string; iconColor: number; iconCustomEmojiId?: string; closed: boolean }
interface GroupState {
  type: 'group' | 'supergroup'; title: string; forum: boolean; botIsAdmin: boolean; admins: Set<number>; left: boolean;
  topics: Map<number, Topic>; deletedTopics: Set<number>;
}
/**
 * `incoming`: users' messages by id (only with `record`), for replies and copies; `incomingOrder`, the order they came in
 * among the bot's (for `chatState`). `group`: set for groups.
 */
interface ChatState {
  id: ChatId; nextBotId: number; nextInId: number; sent: number; firstName: string; languageCode: string | null;
  byId: Map<number, Stored> | undefined; last: Stored | undefined; incoming: Map<number, Message> | undefined; group?: GroupState;
  incomingOrder: Map<number, number>;
}

/** Incoming (user) message ids start here, so they never collide with the bot's ids 1, 2, 3, … */
const INCOMING_BASE = 1_000_000;
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
/** Telegram's default forum topic icon color (0x6FB9F0), one of the six allowed. */
const DEFAULT_ICON_COLOR = 7322096;
/** Calls the flood limits count: they create or edit a message. */
const LIMITED = new Set([
  'sendMessage', 'sendPhoto', 'sendDocument', 'sendVoice', 'sendVideo', 'sendAudio', 'sendSticker', 'sendLocation', 'copyMessage',
  'forwardMessage', 'editMessageText', 'editMessageCaption', 'editMessageReplyMarkup', 'createForumTopic', 'editForumTopic',
  'closeForumTopic', 'reopenForumTopic',
]);
const truthy = (v: unknown): boolean => v === true || v === 'true';
/** A Message as embedded in `reply_to_message`: Telegram leaves out its own `reply_to_message`. */
const asReply = (m: Message): Message => { const { reply_to_message: _r, ...rest } = m as Message & { reply_to_message?: unknown }; return rest as Message; };
const uniqueId = (fileId: string): string => `U${createHash('sha1').update(fileId).digest('hex').slice(0, 12)}`;
/** An administrator with the rights a desk bot needs (`can_manage_topics` in supergroups only, as Telegram). */
const adminMember = (user: User, supergroup: boolean) => ({
  status: 'administrator', user, can_be_edited: false, is_anonymous: false, can_manage_chat: true, can_delete_messages: true,
  can_manage_video_chats: true, can_restrict_members: true, can_promote_members: false, can_change_info: true, can_invite_users: true,
  can_post_stories: false, can_edit_stories: false, can_delete_stories: false, can_pin_messages: true, can_send_welcome_messages: false,
  ...(supergroup ? { can_manage_topics: true } : {}),
});

/** What Telegram counts against length limits: with HTML, the text without tags and with each entity as one character. */
const visible = (text: string, parseMode: unknown): string =>
  parseMode === 'HTML' ? text.replace(/<[^>]*>/g, '').replace(/&(?:lt|gt|amp|quot|#\d+|#x[\da-f]+);/gi, '_') : text;

/** A lone surrogate (half an emoji): Telegram refuses such a string as not UTF-8. */
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;
function checkUtf8(text: string, what: string): void {
  if (LONE_SURROGATE.test(text)) throw bad(`${what} must be encoded in UTF-8`);
}
function checkText(text: unknown, parseMode: unknown): string {
  if (typeof text !== 'string') throw bad('message text is empty');
  checkUtf8(text, 'text');
  const shown = visible(text, parseMode);
  if (shown.trim() === '') throw bad('message text is empty');
  if (shown.length > 4096) throw bad('message is too long');
  return text;
}
function checkCaption(caption: unknown, parseMode: unknown): string | undefined {
  if (caption === undefined) return undefined;
  const text = String(caption);
  checkUtf8(text, 'caption');
  if (visible(text, parseMode).length > 1024) throw bad('message caption is too long');
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
  const clock = options.clock ?? Date.now;
  /** The server's time in seconds, as message dates are. */
  const now = (): number => Math.floor(clock() / 1000);
  /** Orders the bot's and the users' messages of a chat as they were sent. */
  let seq = 0;
  const { onMessage } = options;
  const calls: RecordedCall[] = [];
  const counts: Record<string, number> = {};
  const tokens = new Set<string>();
  const bots = new Map<string, { me: UserFromGetMe; from: User }>();
  const chats = new Map<ChatId, ChatState>();
  const blocked = new Set<ChatId>();
  const deactivated = new Set<ChatId>();
  /** Private chats whose user has written to the bot (or was marked as having started it). */
  const started = new Set<ChatId>();
  /** Group members' names by user id. */
  const people = new Map<number, { firstName: string; languageCode: string | null }>();
  const failures = new Map<string, Array<{ failure: ApiFailure; left: number }>>();
  const polls = new Set<Poll>();
  const checkers = new Map<() => boolean, (err: Error) => void>();
  const commands = new Map<string, unknown>();
  /** The bot's name and descriptions, by token, then by language code ('' = set without one). */
  const profiles = new Map<string, Map<string, Partial<BotProfile>>>();
  /** Per chat, the times (ms) of the counted calls still inside the widest window seen. */
  const windows = new Map<ChatId, number[]>();
  let limits = options.rateLimits;
  let rateLimited = 0;
  let queue: Queued[] = [];
  let head = 0; // queue[0..head) are confirmed
  let live = 0; // unconfirmed entries
  let lastUpdateId = 0;
  let wakeScheduled = false;
  let webhookUrl = '';
  let webhookSettings: WebhookSettings | undefined;
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
      chat = {
        id, nextBotId: 1, nextInId: INCOMING_BASE, sent: 0, firstName: 'User', languageCode: 'id',
        byId: record ? new Map() : undefined, last: undefined, incoming: record ? new Map() : undefined, incomingOrder: new Map(),
      };
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
  /** A chat the bot may act in: a group it has not left, or a private chat (created on first use). */
  function known(v: unknown): ChatState {
    const id = chatKey(v);
    const chat = chats.get(id);
    if (chat?.group) {
      if (chat.group.left) throw new ApiError(403, `Forbidden: bot is not a member of the ${chat.group.type} chat`);
      return chat;
    }
    if (typeof id === 'number' && id < 0) throw bad('chat not found');
    return chat ?? chatOf(id);
  }
  /** The chat a send/edit goes to; fails like Telegram if the user deleted their account or blocked the bot, or the bot left the group. */
  function target(v: unknown): ChatState {
    const chat = known(v);
    if (!chat.group && deactivated.has(chat.id)) throw new ApiError(403, 'Forbidden: user is deactivated');
    if (!chat.group && blocked.has(chat.id)) throw new ApiError(403, 'Forbidden: bot was blocked by the user');
    if (!chat.group && options.privateChatsNeedStart && !started.has(chat.id)) throw new ApiError(403, "Forbidden: bot can't initiate conversation with a user");
    return chat;
  }
  function chatObject(chat: ChatState): Message['chat'] {
    const g = chat.group;
    if (!g) return { id: chat.id as number, type: 'private', first_name: chat.firstName };
    if (g.type === 'group') return { id: chat.id as number, type: 'group', title: g.title };
    return { id: chat.id as number, type: 'supergroup', title: g.title, ...(g.forum ? { is_forum: true as const } : {}) };
  }
  function find(chat: ChatState, id: number | undefined): Stored | undefined {
    if (id === undefined) return undefined;
    if (chat.byId) return chat.byId.get(id);
    if (chat.last?.message.message_id === id) return chat.last;
    if (id < 1 || id >= chat.nextBotId) return undefined;
    const message = { message_id: id, from: botOf(lastToken).from, chat: chatObject(chat), date: now() } as Message;
    return { message, deleted: false, edits: 0, synthetic: true, seq: 0 };
  }
  const isIncoming = (chat: ChatState, id: number | undefined): boolean => id !== undefined && id >= INCOMING_BASE && id < chat.nextInId;
  /** Any live message of the chat, the bot's or a user's (a bare stand-in for users' messages when `record: false`). */
  function anyMessage(chat: ChatState, id: number | undefined): Message | undefined {
    const stored = find(chat, id);
    if (stored) return stored.deleted ? undefined : stored.message;
    if (!isIncoming(chat, id)) return undefined;
    return chat.incoming ? chat.incoming.get(id!) : ({ message_id: id!, chat: chatObject(chat), date: now() } as Message);
  }
  /** A new message of the bot; `p` (the call's parameters) may ask for it to be protected or silent. */
  const tooOld = (date: number): boolean => now() - date >= DELETE_LIMIT_SECONDS;
  /** A live message of the chat (the bot's, or a user's) that a delete call can name: its date, and how to remove it. */
  function deletable(chat: ChatState, id: number | undefined): { date: number; remove(): void } | undefined {
    const stored = find(chat, id);
    if (stored) return stored.deleted ? undefined : { date: stored.message.date, remove: () => { stored.deleted = true; } };
    if (!isIncoming(chat, id)) return undefined;
    if (!chat.incoming) return { date: now(), remove: () => undefined }; // not kept (`record: false`)
    const m = chat.incoming.get(id!);
    return m ? { date: m.date, remove: () => { chat.incoming!.delete(id!); } } : undefined;
  }
  function create(chat: ChatState, token: string, content: Json, p: Json = {}): Message {
    const protect = truthy(p.protect_content) ? { has_protected_content: true } : {};
    const message = { message_id: chat.nextBotId++, from: botOf(token).from, chat: chatObject(chat), date: now(), ...content, ...protect } as Message;
    const stored: Stored = { message, deleted: false, edits: 0, seq: ++seq, ...(truthy(p.disable_notification) ? { silent: true } : {}) };
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
    if (!stored.synthetic && ['text', 'entities', 'caption', 'caption_entities', 'reply_markup'].every(same)) throw bad(NOT_MODIFIED);
    stored.message = next as unknown as Message;
    stored.edits++;
    onMessage?.({ kind: 'edited', chatId: chat.id, message: stored.message });
    return stored.message;
  }
  /** Content of the message to forward/copy, and who originally sent it. */
  function source(p: Json, notFound: string): { content: Json; sender: User } {
    const chat = known(p.from_chat_id);
    const id = num(p.message_id);
    const src = anyMessage(chat, id);
    if (!src) throw bad(notFound);
    const {
      message_id: _i, from, chat: _c, date: _d, edit_date: _e, forward_origin: _o, message_thread_id: _t, is_topic_message: _m,
      reply_to_message: _r, ...content
    } = src as unknown as Json;
    return { content, sender: (from as User | undefined) ?? user(chat) };
  }

  // ---- groups, forum topics, replies -------------------------------------------
  function registerGroup(id: number, type: 'group' | 'supergroup', title: string | undefined): GroupState {
    const chat = chatOf(id);
    chat.group ??= { type, title: title ?? `Group ${id}`, forum: false, botIsAdmin: false, admins: new Set(), left: false, topics: new Map(), deletedTopics: new Set() };
    if (title !== undefined) chat.group.title = title;
    chat.group.left = false;
    return chat.group;
  }
  /** A topic of a forum, for the topic methods (400 `TOPIC_ID_INVALID` for a missing or deleted one). */
  function topicOf(p: Json): { chat: ChatState; group: GroupState; topic: Topic } {
    const chat = target(p.chat_id);
    const group = chat.group;
    if (!group?.forum) throw bad('the chat is not a forum');
    const topic = group.topics.get(num(p.message_thread_id) ?? NaN);
    if (!topic) throw bad('TOPIC_ID_INVALID');
    return { chat, group, topic };
  }
  /** A service message the bot's topic method leaves in the topic (`forum_topic_created` and the like). */
  function service(chat: ChatState, token: string, threadId: number, content: Json): Message {
    return create(chat, token, { message_thread_id: threadId, is_topic_message: true, ...content });
  }
  /**
   * Where a new message goes: `message_thread_id` (a live topic of a forum) and `reply_parameters` / `reply_to_message_id`.
   * Like Telegram: a reply in a forum without a thread lands in the replied message's topic; a topic message that replies to
   * nothing else replies to the topic's creation message; `allow_sending_without_reply` is ignored inside a topic.
   * Replies to another chat (`reply_parameters.chat_id`) are not modelled.
   */
  function placement(chat: ChatState, p: Json): Json {
    const rp = parseMaybe(p.reply_parameters) as Json | undefined;
    const replyId = num(rp?.message_id ?? p.reply_to_message_id);
    const allowMissing = truthy(rp?.allow_sending_without_reply ?? p.allow_sending_without_reply);
    let thread = num(p.message_thread_id);
    const forum = chat.group?.forum === true;
    if (thread !== undefined) {
      const topic = forum ? chat.group!.topics.get(thread) : undefined;
      if (!topic) throw bad(forum && chat.group!.deletedTopics.has(thread) ? 'TOPIC_DELETED' : 'message thread not found');
      if (topic.closed && !chat.group!.botIsAdmin) throw bad('TOPIC_CLOSED');
    }
    let reply = replyId === undefined ? undefined : anyMessage(chat, replyId);
    if (replyId !== undefined && !reply && (!allowMissing || thread !== undefined)) throw bad('message to be replied not found');
    const replyThread = reply?.is_topic_message ? reply.message_thread_id : undefined;
    if (thread === undefined && forum && replyThread !== undefined) thread = replyThread;
    if (thread === undefined || !forum) return reply ? { reply_to_message: asReply(reply) } : {};
    reply ??= find(chat, thread)?.message;
    return { message_thread_id: thread, is_topic_message: true, ...(reply ? { reply_to_message: asReply(reply) } : {}) };
  }
  /** A media send by file_id (no uploads): `kind` is the parameter and Message field, `shape` builds the field from the id. */
  function media(kind: string, shape: (fileId: string) => unknown, captioned = true) {
    return (p: Json, token: string): Message => {
      const chat = target(p.chat_id);
      const fileId = p[kind];
      if (typeof fileId !== 'string' || fileId === '') throw bad(`there is no ${kind} in the request`);
      const caption = captioned ? checkCaption(p.caption, p.parse_mode) : undefined;
      const place = placement(chat, p);
      const extra = pick(p, captioned ? ['caption_entities', 'reply_markup'] : ['reply_markup']);
      return create(chat, token, { [kind]: shape(fileId), ...(caption !== undefined ? { caption } : {}), ...extra, ...place }, p);
    };
  }

  // ---- the bot's profile -----------------------------------------------------------
  function languageOf(v: unknown): string {
    if (v === undefined || v === '') return '';
    if (typeof v !== 'string' || !/^[a-z]{2}$/.test(v)) throw bad('language code is invalid');
    return v;
  }
  function setProfile(token: string, p: Json, param: string, field: keyof BotProfile, max: number): true {
    const value = p[param];
    if (value !== undefined && typeof value !== 'string') throw bad(`${param} must be a string`);
    if (typeof value === 'string' && value.length > max) throw bad(`${param} is too long`);
    const byLanguage = profiles.get(token) ?? new Map<string, Partial<BotProfile>>();
    profiles.set(token, byLanguage);
    const entry = byLanguage.get(languageOf(p.language_code)) ?? {};
    if (value) entry[field] = value; else delete entry[field];
    byLanguage.set(languageOf(p.language_code), entry);
    return true;
  }
  function profileOf(token: string, language: unknown): BotProfile {
    const byLanguage = profiles.get(token);
    const own = byLanguage?.get(languageOf(language)) ?? {};
    const fallback = byLanguage?.get('') ?? {};
    return {
      name: own.name ?? fallback.name ?? botOf(token).me.first_name,
      description: own.description ?? fallback.description ?? '',
      shortDescription: own.shortDescription ?? fallback.shortDescription ?? '',
    };
  }

  // ---- rate limits ---------------------------------------------------------------
  /** Throws 429 when the call would exceed its chat's limit; otherwise returns what records the call once it succeeded. */
  function rateCheck(method: string, p: Json): (() => void) | undefined {
    if (!limits || !LIMITED.has(method) || p.inline_message_id !== undefined) return undefined;
    const id = num(p.chat_id) ?? (typeof p.chat_id === 'string' ? p.chat_id : undefined);
    if (id === undefined) return undefined;
    const isGroup = chats.get(id)?.group !== undefined || (typeof id === 'number' && id < 0);
    const limit = isGroup ? limits.group : limits.private;
    if (!limit) return undefined;
    const t = Date.now();
    const times = (windows.get(id) ?? []).filter((at) => at > t - limit.windowMs);
    windows.set(id, times);
    if (times.length >= limit.max) {
      rateLimited++;
      const seconds = Math.max(1, Math.ceil((times[times.length - limit.max]! + limit.windowMs - t) / 1000));
      throw new ApiError(429, `Too Many Requests: retry after ${seconds}`, seconds);
    }
    return () => times.push(t);
  }

  // ---- Bot API methods (getUpdates is handled by the queue below) ------------
  const handlers: Record<string, (p: Json, token: string) => unknown> = {
    getMe: (_p, token) => botOf(token).me,
    logOut: () => true,
    close: () => true,
    setWebhook: (p) => {
      webhookUrl = typeof p.url === 'string' ? p.url : '';
      const allowed = parseMaybe(p.allowed_updates);
      webhookSettings = webhookUrl === '' ? undefined : {
        url: webhookUrl,
        ...(typeof p.secret_token === 'string' ? { secretToken: p.secret_token } : {}),
        ...(Array.isArray(allowed) ? { allowedUpdates: allowed.map(String) } : {}),
        ...(num(p.max_connections) !== undefined ? { maxConnections: num(p.max_connections) } : {}),
        dropPendingUpdates: truthy(p.drop_pending_updates),
      };
      if (truthy(p.drop_pending_updates)) clearQueue();
      return true;
    },
    deleteWebhook: (p) => {
      webhookUrl = '';
      webhookSettings = undefined;
      if (truthy(p.drop_pending_updates)) clearQueue();
      return true;
    },
    getWebhookInfo: () => ({ url: webhookUrl, has_custom_certificate: false, pending_update_count: live }),
    setMyCommands: (p, token) => { commands.set(token, parseMaybe(p.commands) ?? []); return true; },
    getMyCommands: (_p, token) => commands.get(token) ?? [],
    deleteMyCommands: (_p, token) => { commands.delete(token); return true; },
    // The bot's profile: an empty or missing value removes that language's own (Telegram then shows the default).
    setMyName: (p, token) => setProfile(token, p, 'name', 'name', 64),
    getMyName: (p, token) => ({ name: profileOf(token, p.language_code).name }),
    setMyDescription: (p, token) => setProfile(token, p, 'description', 'description', 512),
    getMyDescription: (p, token) => ({ description: profileOf(token, p.language_code).description }),
    setMyShortDescription: (p, token) => setProfile(token, p, 'short_description', 'shortDescription', 120),
    getMyShortDescription: (p, token) => ({ short_description: profileOf(token, p.language_code).shortDescription }),
    sendMessage: (p, token) => {
      const chat = target(p.chat_id);
      const text = checkText(p.text, p.parse_mode);
      return create(chat, token, { text, ...pick(p, ['entities', 'reply_markup', 'link_preview_options']), ...placement(chat, p) }, p);
    },
    sendPhoto: media('photo', (id) => [
      { file_id: `${id}-s`, file_unique_id: uniqueId(`${id}-s`), width: 90, height: 90, file_size: 1200 },
      { file_id: id, file_unique_id: uniqueId(id), width: 1280, height: 1280, file_size: 120_000 },
    ]),
    sendDocument: media('document', (id) => ({ file_id: id, file_unique_id: uniqueId(id), file_name: 'document.pdf', mime_type: 'application/pdf', file_size: 50_000 })),
    sendVoice: media('voice', (id) => ({ file_id: id, file_unique_id: uniqueId(id), duration: 3, mime_type: 'audio/ogg', file_size: 9000 })),
    sendVideo: media('video', (id) => ({ file_id: id, file_unique_id: uniqueId(id), width: 1280, height: 720, duration: 10, mime_type: 'video/mp4', file_size: 900_000 })),
    sendAudio: media('audio', (id) => ({ file_id: id, file_unique_id: uniqueId(id), duration: 60, mime_type: 'audio/mpeg', file_size: 480_000 })),
    sendSticker: media('sticker', (id) => ({ file_id: id, file_unique_id: uniqueId(id), type: 'regular', width: 512, height: 512, is_animated: false, is_video: false }), false),
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
    editMessageCaption: (p) => {
      const caption = checkCaption(p.caption, p.parse_mode);
      return edit(p, (m, stored) => {
        if (m.text !== undefined && !stored.synthetic) throw bad('there is no caption in the message to edit');
        if (caption === undefined) delete m.caption; else m.caption = caption;
        if (p.caption_entities === undefined) delete m.caption_entities; else m.caption_entities = parseMaybe(p.caption_entities);
        setMarkup(m, parseMaybe(p.reply_markup));
      });
    },
    editMessageReplyMarkup: (p) => edit(p, (m) => setMarkup(m, parseMaybe(p.reply_markup))),
    // Like Telegram in private chats: the bot deletes its own messages and the user's, both sides, up to 48 hours after
    // their date ("message can't be deleted for everyone" after that). deleteMessages skips ids it cannot find, and is
    // refused as a whole (nothing deleted) when one of them is too old.
    deleteMessage: (p) => {
      const chat = known(p.chat_id);
      const id = num(p.message_id);
      const found = deletable(chat, id);
      if (!found) throw bad('message to delete not found');
      if (tooOld(found.date)) throw bad("message can't be deleted for everyone");
      found.remove();
      return true;
    },
    deleteMessages: (p) => {
      const chat = known(p.chat_id);
      const ids = parseMaybe(p.message_ids);
      if (!Array.isArray(ids) || ids.length === 0) throw bad('message identifiers are not specified');
      if (ids.length > 100) throw bad('too many message identifiers specified');
      const found = ids.map((id) => deletable(chat, num(id))).filter((f): f is NonNullable<typeof f> => f !== undefined);
      if (found.some((f) => tooOld(f.date))) throw bad("message can't be deleted for everyone");
      for (const f of found) f.remove();
      return true;
    },
    answerCallbackQuery: (p) => {
      if (typeof p.callback_query_id !== 'string' || p.callback_query_id === '') throw bad('query is too old and response timeout expired or query ID is invalid');
      return true;
    },
    sendChatAction: (p) => { const chat = target(p.chat_id); placement(chat, { message_thread_id: p.message_thread_id }); return true; },
    sendLocation: (p, token) => {
      const chat = target(p.chat_id);
      const [latitude, longitude, livePeriod] = [num(p.latitude), num(p.longitude), num(p.live_period)];
      if (latitude === undefined || longitude === undefined) throw bad('wrong latitude or longitude');
      const location = { latitude, longitude, ...(livePeriod ? { live_period: livePeriod } : {}) };
      return create(chat, token, { location, ...pick(p, ['reply_markup']), ...placement(chat, p) }, p);
    },
    leaveChat: (p) => {
      const chat = known(p.chat_id);
      if (chat.group) { chat.group.left = true; chat.group.botIsAdmin = false; }
      return true;
    },
    getChat: (p) => ({
      ...chatObject(known(p.chat_id)), accent_color_id: 0, max_reaction_count: 11,
      accepted_gift_types: { unlimited_gifts: false, limited_gifts: false, unique_gifts: false, premium_subscription: false },
    }),
    getChatMember: (p, token) => {
      const chat = known(p.chat_id);
      const userId = num(p.user_id);
      if (userId === undefined) throw bad('user not found');
      const bot = botOf(token).from;
      const g = chat.group;
      const member = userId === bot.id ? bot : userId === chat.id ? user(chat) : { id: userId, is_bot: false, first_name: people.get(userId)?.firstName ?? 'User' };
      const admin = g !== undefined && (userId === bot.id ? g.botIsAdmin : g.admins.has(userId));
      return admin ? adminMember(member, g.type === 'supergroup') : { status: 'member', user: member };
    },
    forwardMessage: (p, token) => {
      const chat = target(p.chat_id);
      const { content, sender } = source(p, 'message to forward not found');
      delete content.reply_markup;
      return create(chat, token, { ...content, forward_origin: { type: 'user', sender_user: sender, date: now() }, ...placement(chat, { message_thread_id: p.message_thread_id }) });
    },
    copyMessage: (p, token) => {
      const chat = target(p.chat_id);
      const { content } = source(p, 'message to copy not found');
      setMarkup(content, parseMaybe(p.reply_markup));
      if (p.caption !== undefined && content.text === undefined) {
        content.caption = checkCaption(p.caption, p.parse_mode);
        if (p.caption_entities === undefined) delete content.caption_entities; else content.caption_entities = parseMaybe(p.caption_entities);
      }
      return { message_id: create(chat, token, { ...content, ...placement(chat, p) }).message_id };
    },

    // ---- forum topics ----
    createForumTopic: (p, token) => {
      const chat = target(p.chat_id);
      const group = chat.group;
      if (!group?.forum) throw bad('the chat is not a forum');
      if (!group.botIsAdmin) throw bad('not enough rights to create a topic');
      const name = typeof p.name === 'string' ? p.name.trim() : '';
      checkUtf8(name, 'topic name');
      if (name === '') throw bad('TOPIC_TITLE_EMPTY');
      if (name.length > 128) throw bad('TOPIC_TITLE_TOO_LONG');
      const iconColor = num(p.icon_color) ?? DEFAULT_ICON_COLOR;
      const emoji = typeof p.icon_custom_emoji_id === 'string' && p.icon_custom_emoji_id !== '' ? { icon_custom_emoji_id: p.icon_custom_emoji_id } : {};
      const threadId = chat.nextBotId; // a topic's id is the id of its creation message
      group.topics.set(threadId, { threadId, name, iconColor, closed: false, ...(emoji.icon_custom_emoji_id ? { iconCustomEmojiId: emoji.icon_custom_emoji_id } : {}) });
      service(chat, token, threadId, { forum_topic_created: { name, icon_color: iconColor, ...emoji } });
      return { message_thread_id: threadId, name, icon_color: iconColor, ...emoji };
    },
    editForumTopic: (p, token) => {
      const { chat, topic } = topicOf(p);
      const name = typeof p.name === 'string' && p.name.trim() !== '' ? p.name.trim() : undefined; // empty keeps the name
      if (name !== undefined && name.length > 128) throw bad('TOPIC_TITLE_TOO_LONG');
      const emoji = typeof p.icon_custom_emoji_id === 'string' ? p.icon_custom_emoji_id : undefined;
      const changed = (name !== undefined && name !== topic.name) || (emoji !== undefined && emoji !== (topic.iconCustomEmojiId ?? ''));
      if (!changed) throw bad('TOPIC_NOT_MODIFIED');
      if (name !== undefined) topic.name = name;
      if (emoji !== undefined) topic.iconCustomEmojiId = emoji;
      service(chat, token, topic.threadId, { forum_topic_edited: { ...(name !== undefined ? { name } : {}), ...(emoji !== undefined ? { icon_custom_emoji_id: emoji } : {}) } });
      return true;
    },
    closeForumTopic: (p, token) => {
      const { chat, topic } = topicOf(p);
      if (topic.closed) throw bad('TOPIC_NOT_MODIFIED');
      topic.closed = true;
      service(chat, token, topic.threadId, { forum_topic_closed: {} });
      return true;
    },
    reopenForumTopic: (p, token) => {
      const { chat, topic } = topicOf(p);
      if (!topic.closed) throw bad('TOPIC_NOT_MODIFIED');
      topic.closed = false;
      service(chat, token, topic.threadId, { forum_topic_reopened: {} });
      return true;
    },
    deleteForumTopic: (p) => {
      const { chat, group, topic } = topicOf(p);
      if (!group.botIsAdmin) throw bad('CHAT_ADMIN_REQUIRED');
      group.topics.delete(topic.threadId);
      group.deletedTopics.add(topic.threadId);
      for (const stored of chat.byId?.values() ?? (chat.last ? [chat.last] : [])) {
        if (stored.message.message_thread_id === topic.threadId) stored.deleted = true;
      }
      for (const [id, m] of chat.incoming ?? []) if (m.message_thread_id === topic.threadId) chat.incoming!.delete(id);
      return true;
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
    if (options.intercept?.(update as Update)) return id;
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
      const counted = rateCheck(method, params);
      const result = handler(params, token);
      counted?.();
      send(res, 200, { ok: true, result });
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
    return { id: chat.id as number, is_bot: false, first_name: chat.firstName, ...(chat.languageCode === null ? {} : { language_code: chat.languageCode }) };
  }
  /** Push a user's message (kept for replies and copies when recording). */
  function deliver(chat: ChatState, message: Json): number {
    if (!chat.group) started.add(chat.id);
    chat.incoming?.set(message.message_id as number, message as unknown as Message);
    chat.incomingOrder.set(message.message_id as number, ++seq);
    return pushUpdate({ message });
  }
  function incoming(chatId: number, content: Json, opts?: UserOptions): number {
    const chat = chatOf(chatId);
    const from = user(chat, opts);
    return deliver(chat, { message_id: chat.nextInId++, from, chat: chatObject(chat), date: now(), ...content });
  }
  /** A group member (names remembered per user id; a private chat with them lends its names). */
  function person(id: number, opts?: UserOptions): User {
    let p = people.get(id);
    if (!p) {
      const own = chats.get(id);
      people.set(id, (p = { firstName: own?.firstName ?? 'User', languageCode: own?.languageCode ?? 'id' }));
    }
    if (opts?.firstName !== undefined) p.firstName = opts.firstName;
    if (opts?.languageCode !== undefined) p.languageCode = opts.languageCode;
    return { id, is_bot: false, first_name: p.firstName, ...(p.languageCode === null ? {} : { language_code: p.languageCode }) };
  }
  function groupOf(chatId: number, who: string): ChatState & { group: GroupState } {
    const chat = chats.get(chatId);
    if (!chat?.group) throw new Error(`${who}: no group ${chatId}; call createGroup or addBotToGroup first`);
    if (chat.group.left) throw new Error(`${who}: the bot left group ${chatId}, so it gets no updates from there`);
    return chat as ChatState & { group: GroupState };
  }
  function checkGroupId(chatId: number, who: string): void {
    if (!(chatId < 0)) throw new Error(`${who}: group chat ids are negative (got ${chatId})`);
  }
  /** A group member's message, placed in a topic / as a reply like Telegram does (see GroupUserOptions). */
  function groupIncoming(who: string, chatId: number, fromUserId: number, content: Json, opts?: GroupUserOptions): number {
    const chat = groupOf(chatId, who);
    let thread = opts?.threadId;
    if (thread !== undefined && !(chat.group.forum && chat.group.topics.has(thread))) throw new Error(`${who}: group ${chatId} has no topic ${thread}`);
    let reply: Message | undefined;
    if (opts?.replyTo !== undefined) {
      reply = anyMessage(chat, opts.replyTo);
      if (!reply) throw new Error(`${who}: no message ${opts.replyTo} in chat ${chatId} to reply to`);
      if (thread === undefined && chat.group.forum && reply.is_topic_message) thread = reply.message_thread_id;
    }
    if (thread !== undefined) reply ??= find(chat, thread)?.message;
    return deliver(chat, {
      message_id: chat.nextInId++, from: person(fromUserId, opts), chat: chatObject(chat), date: now(),
      ...(thread !== undefined ? { message_thread_id: thread, is_topic_message: true } : {}),
      ...(reply ? { reply_to_message: asReply(reply) } : {}), ...content,
    });
  }
  const photoSizes = () => [{ ...fileId(), width: 90, height: 90, file_size: 1200 }, { ...fileId(), width: 1280, height: 1280, file_size: 120_000 }];

  const api: BotApiServer = {
    apiRoot: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    port, calls, counts, tokens, pushUpdate,
    get rateLimited() { return rateLimited; },
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
    sendPhoto: (chatId, opts) => incoming(chatId, { photo: photoSizes() }, opts),
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
      return deliver(chat, { message_id: chat.nextInId++, from: user(chat), chat: chatObject(chat), date: now(), ...p });
    },
    failNext: (method, failure, times = 1) => {
      const key = method.toLowerCase();
      failures.set(key, [...(failures.get(key) ?? []), { failure, left: times }]);
    },
    blockChat: (chatId) => { blocked.add(chatKey(chatId)); },
    unblockChat: (chatId) => { blocked.delete(chatKey(chatId)); },
    deactivateUser: (chatId) => { deactivated.add(chatId); },
    markStarted: (userId) => { started.add(userId); },

    createGroup: (chatId, opts) => {
      checkGroupId(chatId, 'createGroup');
      const group = registerGroup(chatId, 'supergroup', opts?.title);
      if (opts?.forum !== undefined) group.forum = opts.forum && group.type === 'supergroup';
      if (opts?.botIsAdmin !== undefined) group.botIsAdmin = opts.botIsAdmin;
      if (opts?.admins) group.admins = new Set(opts.admins);
    },
    addBotToGroup: (chatId, byUserId, opts) => {
      checkGroupId(chatId, 'addBotToGroup');
      const group = registerGroup(chatId, chats.get(chatId)?.group?.type ?? opts?.type ?? 'supergroup', opts?.title);
      if (opts?.forum !== undefined) group.forum = opts.forum && group.type === 'supergroup';
      group.botIsAdmin = opts?.admin === true;
      const bot = botOf(lastToken).from;
      return pushUpdate({
        my_chat_member: {
          chat: chatObject(chatOf(chatId)), from: person(byUserId), date: now(), old_chat_member: { status: 'left', user: bot },
          new_chat_member: group.botIsAdmin ? adminMember(bot, group.type === 'supergroup') : { status: 'member', user: bot },
        },
      });
    },
    left: (chatId) => chats.get(chatId)?.group?.left === true,
    sendGroupText: (chatId, fromUserId, text, opts) => groupIncoming('sendGroupText', chatId, fromUserId, { text, ...commandEntity(text) }, opts),
    sendGroupPhoto: (chatId, fromUserId, opts) =>
      groupIncoming('sendGroupPhoto', chatId, fromUserId, { photo: photoSizes(), ...(opts?.caption !== undefined ? { caption: opts.caption } : {}) }, opts),
    sendGroupContent: (chatId, fromUserId, content, opts) => groupIncoming('sendGroupContent', chatId, fromUserId, content, opts),
    forwardToGroup: (chatId, fromUserId, fromChatId, messageId, opts) => {
      const { content, sender } = source({ from_chat_id: fromChatId, message_id: messageId }, `forwardToGroup: no message ${messageId} in chat ${fromChatId}`);
      const { reply_markup: _markup, ...rest } = content;
      return groupIncoming('forwardToGroup', chatId, fromUserId, { ...rest, forward_origin: { type: 'user', sender_user: sender, date: now() } }, opts);
    },
    pressGroupButton: (chatId, fromUserId, messageId, data, opts) => {
      const chat = groupOf(chatId, 'pressGroupButton');
      const stored = find(chat, messageId);
      if (!stored || stored.deleted) throw new Error(`pressGroupButton: the bot has no ${stored ? 'undeleted ' : ''}message ${messageId} in chat ${chatId}`);
      return pushUpdate({ callback_query: { id: randomId(), from: person(fromUserId, opts), message: stored.message, chat_instance: `ci${chatId}`, data } });
    },
    topics: (chatId) => [...(chats.get(chatId)?.group?.topics.values() ?? [])].map(({ threadId, name, iconColor, closed }) => ({ threadId, name, iconColor, closed })),
    setRateLimits: (next) => { limits = next; },
    profile: (languageCode) => profileOf(lastToken, languageCode),

    messages: (chatId, opts) => {
      const chat = chats.get(chatKey(chatId));
      const all = chat?.byId ? [...chat.byId.values()] : chat?.last ? [chat.last] : [];
      return all
        .filter(({ message }) => opts?.threadId === undefined || message.message_thread_id === opts.threadId)
        .map(({ message, deleted, edits, silent }) => ({
          message_id: message.message_id, text: message.text, reply_markup: message.reply_markup, deleted, edits, message,
          thread: message.message_thread_id, replyTo: (message as { reply_to_message?: Message }).reply_to_message?.message_id,
          protected: message.has_protected_content === true, silent: silent === true,
        }));
    },
    chatState: (chatId) => {
      const chat = chats.get(chatKey(chatId));
      if (!chat) return [];
      if (!chat.byId || !chat.incoming) throw new Error('chatState: needs a server started with record: true');
      const bot = [...chat.byId.values()].filter((s) => !s.deleted).map((s) => ({ seq: s.seq, m: { from: 'bot' as const, message_id: s.message.message_id, date: s.message.date, text: s.message.text } }));
      const users = [...chat.incoming.values()].map((m) => ({
        seq: chat.incomingOrder.get(m.message_id) ?? 0, m: { from: 'user' as const, message_id: m.message_id, date: m.date, text: m.text },
      }));
      return [...bot, ...users].sort((a, b) => a.seq - b.seq).map((x) => x.m);
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
    webhook: () => webhookSettings && { ...webhookSettings },
    postWebhook: async (body, opts = {}) => {
      const url = opts.url ?? webhookSettings?.url;
      if (!url) throw new Error('postWebhook: no webhook set and no url given');
      const secret = opts.secretToken === undefined ? webhookSettings?.secretToken : opts.secretToken;
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(secret !== undefined && secret !== null ? { 'x-telegram-bot-api-secret-token': secret } : {}) },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      });
      return { status: res.status, body: await res.text() };
    },
    deliverWebhook: async (opts = {}) => {
      const urls = opts.urls?.length ? opts.urls : webhookSettings ? [webhookSettings.url] : [];
      if (urls.length === 0) throw new Error('deliverWebhook: no webhook set and no urls given');
      const posts: WebhookPost[] = [];
      for (;;) {
        while (head < queue.length && queue[head]!.dead) head++;
        const e = queue[head];
        if (!e || closing) return posts;
        const url = urls[posts.length % urls.length]!;
        const started = Date.now();
        let status: number;
        try {
          status = (await api.postWebhook(e.update, { url })).status;
        } catch {
          status = 0; // unreachable: Telegram retries later
        }
        posts.push({ updateId: e.id, update: e.update, url, status, ms: Date.now() - started });
        if (status < 200 || status > 299) return posts;
        kill(e);
      }
    },
    reset: () => {
      calls.length = 0;
      for (const k of Object.keys(counts)) delete counts[k];
      for (const c of [chats, blocked, deactivated, started, people, failures, commands, windows, profiles]) c.clear();
      clearQueue();
      webhookUrl = '';
      webhookSettings = undefined;
      limits = options.rateLimits;
      rateLimited = 0;
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
