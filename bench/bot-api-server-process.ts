/**
 * Standalone loopback Bot API server for benchmarks, driven over stdio by a driver in another process.
 *
 * Usage: `tsx bench/bot-api-server-process.ts [port]` (or `BOT_API_PORT`; default 0 = any free port;
 * `BOT_API_HOST` picks the bind address, default 127.0.0.1).
 *
 * stdout, one JSON object per line:
 * - first `{"apiRoot":"http://127.0.0.1:<port>"}` once listening;
 * - then, whenever the bot sends or edits a message,
 *   `{"ev":"sent","chatId":1,"messageId":5,"text":"…","buttons":[["data",…],…],"at":<epoch ms>}`
 *   (`edited: true` is added for edits; `buttons` are the inline keyboard's callback_data per row,
 *   non-callback buttons left out; `at` is `performance.timeOrigin + performance.now()`; `thread` is the forum
 *   topic of a message in a group);
 * - `{"ev":"topics","chatId":-100…,"topics":[{"threadId":…,"name":"…"}]}` in answer to `topics`;
 * - `{"ev":"queued","chatId":1,"at":<epoch ms>}` once a command sent with `"trace":true` is in the update queue
 *   (the moment "Telegram" holds the update: the commands before it in the pipe are read first).
 *
 * stdin, one JSON command per line, no answers (errors go to stderr):
 * - `{"op":"text","chatId":1,"text":"halo","languageCode":"id","firstName":"Budi"}`
 * - `{"op":"command","chatId":1,"command":"/start"}`
 * - `{"op":"press","chatId":1,"messageId":5,"data":"lang:id"}`
 * - `{"op":"location","chatId":1,"latitude":-6.2,"longitude":106.8,"livePeriod":900}`
 * - `{"op":"sticker"|"photo"|"voice"|"document"|"contact"|"poll","chatId":1}`
 * - the officers' group: `{"op":"group","chatId":-1001,"forum":true}` (registered, the bot an administrator),
 *   `{"op":"groupText","chatId":-1001,"fromUserId":7,"text":"/reply …","threadId":12}` (a member writes, in a topic),
 *   `{"op":"topics","chatId":-1001}` (answered on stdout);
 * - webhooks: `{"op":"webhook","urls":["http://127.0.0.1:8081/telegram",…],"secret":"…","lanes":40}` from then on POSTs
 *   every update to those URLs (bench/product/webhook-delivery.ts: round robin, `lanes` in flight, per-chat order)
 *   instead of queuing it for getUpdates; `{"op":"webhook","urls":[]}` goes back to getUpdates;
 *   `{"op":"counts"}` answers `{"ev":"counts","counts":{"sendMessage":n,…}}` (Bot API calls so far, by method);
 *   `{"op":"webhookStats"}` answers `{"ev":"webhookStats","delivered":n,"refused":n,"pending":n,"inFlight":n}`;
 * - `{"op":"update","update":{…}}` (raw Update), `{"op":"block"|"unblock","chatId":1}`,
 *   `{"op":"fail","method":"sendMessage","error_code":429,"description":"Too Many Requests: retry after 1","retry_after":1,"times":1}`
 * stdin closing (or SIGINT/SIGTERM) shuts the server down.
 */
import { createInterface } from 'node:readline';
import { performance } from 'node:perf_hooks';
import { startBotApiServer } from '../test/support/bot-api-server.js';
import type { BotApiServer, BotMessageEvent, UserOptions } from '../test/support/bot-api-server.js';
import { WebhookDelivery } from './product/webhook-delivery.js';

type Command = {
  op?: string; chatId?: number; text?: string; command?: string; messageId?: number; data?: string;
  latitude?: number; longitude?: number; livePeriod?: number; languageCode?: string; firstName?: string;
  update?: object; method?: string; urls?: string[]; secret?: string; lanes?: number; forum?: boolean; fromUserId?: number; threadId?: number; error_code?: number; description?: string; retry_after?: number; times?: number;
  /** Answer `{"ev":"queued","chatId":…,"at":…}` once the update is in the server's queue (when "Telegram" has it). */
  trace?: boolean;
};

// Events are buffered and flushed once per event-loop turn: one write per burst instead of one per message.
let out: string[] = [];
let flushScheduled = false;
function flush(): void {
  flushScheduled = false;
  if (out.length === 0) return;
  const chunk = out.join('');
  out = [];
  process.stdout.write(chunk);
}
function emit(line: object): void {
  out.push(`${JSON.stringify(line)}\n`);
  if (!flushScheduled) { flushScheduled = true; setImmediate(flush); }
}

function buttonsOf(markup: unknown): string[][] | undefined {
  const rows = (markup as { inline_keyboard?: Array<Array<{ callback_data?: string }>> } | undefined)?.inline_keyboard;
  if (!rows) return undefined;
  return rows.map((row) => row.flatMap((b) => (b.callback_data === undefined ? [] : [b.callback_data]))).filter((r) => r.length > 0);
}

function onMessage({ kind, chatId, message }: BotMessageEvent): void {
  emit({
    ev: 'sent', chatId, messageId: message.message_id, text: message.text, buttons: buttonsOf(message.reply_markup) ?? [],
    ...(kind === 'edited' ? { edited: true } : {}), ...(message.message_thread_id !== undefined ? { thread: message.message_thread_id } : {}),
    at: performance.timeOrigin + performance.now(),
  });
}

/** Set by the `webhook` command: updates go to the bots' webhooks instead of the getUpdates queue. */
let delivery: WebhookDelivery | undefined;

function run(server: BotApiServer, c: Command): void {
  const chatId = c.chatId ?? 1;
  const user: UserOptions = { ...(c.languageCode ? { languageCode: c.languageCode } : {}), ...(c.firstName ? { firstName: c.firstName } : {}) };
  switch (c.op) {
    case 'text': server.sendText(chatId, c.text ?? '', user); break;
    case 'command': server.sendCommand(chatId, c.command ?? c.text ?? '/start', user); break;
    case 'press': server.pressButton(chatId, c.messageId ?? 0, c.data ?? '', user); break;
    case 'location': server.sendLocation(chatId, c.latitude ?? 0, c.longitude ?? 0, { ...user, ...(c.livePeriod ? { livePeriod: c.livePeriod } : {}) }); break;
    case 'sticker': server.sendSticker(chatId, user); break;
    case 'photo': server.sendPhoto(chatId, user); break;
    case 'voice': server.sendVoice(chatId, user); break;
    case 'document': server.sendDocument(chatId, user); break;
    case 'contact': server.sendContact(chatId, user); break;
    case 'poll': server.sendPoll(chatId, user); break;
    case 'group': server.createGroup(chatId, { forum: c.forum ?? true, botIsAdmin: true }); break;
    case 'groupText': server.sendGroupText(chatId, c.fromUserId ?? 1, c.text ?? '', c.threadId !== undefined ? { threadId: c.threadId } : {}); break;
    case 'topics': emit({ ev: 'topics', chatId, topics: server.topics(chatId).map((t) => ({ threadId: t.threadId, name: t.name })) }); break;
    case 'update': server.pushUpdate(c.update ?? {}); break;
    case 'webhook': delivery = c.urls?.length ? new WebhookDelivery(c.urls, c.secret ?? '', c.lanes ?? 40) : undefined; break;
    case 'counts': emit({ ev: 'counts', counts: server.counts }); break;
    case 'webhookStats': emit({ ev: 'webhookStats', ...(delivery?.stats() ?? { delivered: 0, refused: 0, pending: 0, inFlight: 0 }) }); break;
    case 'block': server.blockChat(chatId); break;
    case 'unblock': server.unblockChat(chatId); break;
    case 'fail':
      server.failNext(c.method ?? 'sendMessage', {
        error_code: c.error_code ?? 429, description: c.description ?? 'Too Many Requests: retry after 1',
        ...(c.retry_after !== undefined ? { retry_after: c.retry_after } : {}),
      }, c.times ?? 1);
      break;
    default: throw new Error(`unknown op ${JSON.stringify(c.op)}`);
  }
  if (c.trace) emit({ ev: 'queued', chatId, at: performance.timeOrigin + performance.now() });
}

async function main(): Promise<void> {
  const port = Number(process.argv[2] ?? process.env.BOT_API_PORT ?? 0);
  const server = await startBotApiServer({ port, host: process.env.BOT_API_HOST ?? '127.0.0.1', record: false, onMessage,
    intercept: (update) => (delivery ? (delivery.push(update), true) : false),
  });
  process.stdout.write(`${JSON.stringify({ apiRoot: server.apiRoot })}\n`);

  let closing = false;
  const shutdown = async (): Promise<void> => {
    if (closing) return;
    closing = true;
    flush();
    await server.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown());
  process.once('SIGTERM', () => void shutdown());

  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  lines.on('line', (line) => {
    if (line.trim() === '') return;
    try {
      run(server, JSON.parse(line) as Command);
    } catch (err) {
      process.stderr.write(`bot-api-server-process: ${err instanceof Error ? err.message : String(err)} in ${line}\n`);
    }
  });
  lines.on('close', () => void shutdown());
}

main().catch((err: unknown) => {
  process.stderr.write(`bot-api-server-process: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
