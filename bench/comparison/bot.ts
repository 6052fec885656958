/**
 * The comparison bot of `npm run bench`: a plain grammY bot built the way grammY's documentation suggests,
 * with @grammyjs/conversations (v2, state in Redis through @grammyjs/storage-redis) and @grammyjs/runner, doing
 * an intake comparable to ours so that the same simulated people (bench/intake/people.ts `walkIntake`) walk it:
 * consent, who needs help, danger (a button, or a typed text that opens a case at once), a typed place or a pin,
 * situation toggles, how many people, when to contact, code word, duress phrase, name, confirm. A case is a Redis
 * hash with a queue ZADD and a `case.opened` entry on an events stream, in one MULTI.
 *
 * It is a benchmark's yardstick, not the product: its texts are fixed Indonesian (the simulated people read
 * them), it seals nothing, keeps no journal, has no officers' desk and no outbox.
 *
 * Usage: `node --import tsx bench/comparison/bot.ts`, configured by TELEGRAM_BOT_TOKEN, TELEGRAM_API_ROOT,
 * REDIS_URL, REDIS_PREFIX; with COMPARISON_WEBHOOK_PORT (and COMPARISON_WEBHOOK_SECRET) it takes updates by
 * webhook (grammY's webhookCallback on node:http) instead of long polling. Writes `{"ev":"ready","pid":…}` on
 * stdout once it takes updates; SIGTERM or SIGINT stops it.
 */
import { createServer } from 'node:http';
import { type Conversation, type ConversationFlavor, conversations, createConversation } from '@grammyjs/conversations';
import { run, sequentialize } from '@grammyjs/runner';
import { RedisAdapter } from '@grammyjs/storage-redis';
import { Bot, type Context, webhookCallback } from 'grammy';
import type { InlineKeyboardMarkup } from 'grammy/types';
import { Redis } from 'ioredis';

const env = (name: string) => {
  const value = process.env[name];
  if (!value) throw new Error(`comparison bot: ${name} is required`);
  return value;
};
const prefix = process.env.REDIS_PREFIX ?? 'cmp:';
const redis = new Redis(env('REDIS_URL'), { maxRetriesPerRequest: null });

type Ctx = ConversationFlavor<Context>;
type Conv = Conversation<Ctx, Context>;

const DANGER = /tolong|dipukul|disekap|disiksa|\bsos\b|help/i;

/** Inline buttons; callback data `c:<prompt>:<choice>` (what the simulated people press). */
const keyboard = (prompt: number, rows: string[][], checked: ReadonlySet<string> = new Set()): InlineKeyboardMarkup => ({
  inline_keyboard: rows.map((row) => row.map((choice) => ({ text: `${checked.has(choice) ? '✓ ' : ''}${choice}`, callback_data: `c:${prompt}:${choice}` }))),
});
const choiceOf = (data: string) => data.slice(data.indexOf(':', 2) + 1);

/** Opens (or updates) the person's case: hash, queue entry and event in one MULTI. */
async function saveCase(caseId: string, chatId: number, fields: Record<string, string>, critical: boolean, opened: boolean): Promise<void> {
  const multi = redis.multi().hset(`${prefix}case:${caseId}`, { chat: String(chatId), ...fields, updatedAt: String(Date.now()) });
  if (!opened) {
    multi.zadd(`${prefix}queue`, (critical ? 0 : 2) * 2 ** 32 + (Date.now() % 2 ** 32), caseId);
    multi.xadd(`${prefix}events`, 'MAXLEN', '~', '100000', '*', 'type', 'case.opened', 'case', caseId);
  } else {
    multi.xadd(`${prefix}events`, 'MAXLEN', '~', '100000', '*', 'type', 'case.updated', 'case', caseId);
  }
  await multi.exec();
}

async function intake(conversation: Conv, ctx: Context): Promise<void> {
  const chatId = ctx.chatId!;
  let prompt = 0;
  let question = ctx;
  /** Asks with buttons; resolves with the pressed choice (anything else is answered with a hint and waited past). */
  const ask = async (text: string, rows: string[][]): Promise<string> => {
    const id = ++prompt;
    await question.reply(text, { reply_markup: keyboard(id, rows) });
    const press = await conversation.waitForCallbackQuery(new RegExp(`^c:${id}:`), { otherwise: (c) => c.reply('Pilih salah satu tombol.') });
    await press.answerCallbackQuery();
    question = press;
    return choiceOf(press.callbackQuery.data);
  };

  if ((await ask('Halo. Kami dari kedutaan. Jawaban Anda dijaga kerahasiaannya. Lanjut?', [['agree', 'decline']])) !== 'agree') {
    await question.reply('Baik. Tulis /start kapan saja.');
    return;
  }
  const who = await ask('Siapa yang butuh bantuan?', [['myself', 'someone-else']]);
  const caseId = `CMP-${chatId}`; // one intake per person in the benchmark
  let opened = false;

  // Danger: a button, or a typed text (a danger text opens the case now).
  const dangerId = ++prompt;
  await question.reply('Apakah Anda dalam bahaya sekarang? Tulis apa yang terjadi, atau tekan tombol.', { reply_markup: keyboard(dangerId, [['yes', 'no']]) });
  const danger = await conversation.waitFor(['message:text', 'callback_query:data']);
  let critical = false;
  if (danger.callbackQuery) {
    await danger.answerCallbackQuery();
    critical = choiceOf(danger.callbackQuery.data ?? '') === 'yes';
  } else if (DANGER.test(danger.message?.text ?? '')) {
    critical = true;
    await conversation.external(() => saveCase(caseId, chatId, { who, danger: danger.message!.text! }, true, false));
    opened = true;
    await danger.reply('Oke. Sebentar lagi ada yang membalas. Tetap di tempat yang aman jika bisa.');
  }
  question = danger;

  await question.reply('Di mana Anda sekarang? Tulis nama tempat atau kirim lokasi.');
  const where = await conversation.waitFor(['message:text', 'message:location'], { otherwise: (c) => c.reply('Tulis nama tempat atau kirim lokasi.') });
  const place = where.message.location ? `${where.message.location.latitude},${where.message.location.longitude}` : where.message.text ?? '';
  question = where;

  // Situation: toggles on one message (edited), then done.
  const situationId = ++prompt;
  const rows = [['passport', 'forced-scam', 'unpaid'], ['done']];
  const picked = new Set<string>();
  const card = await question.reply('Apa yang terjadi? Pilih semua yang benar, lalu selesai.', { reply_markup: keyboard(situationId, rows) });
  for (;;) {
    const press = await conversation.waitForCallbackQuery(new RegExp(`^c:${situationId}:`), { otherwise: (c) => c.reply('Pilih salah satu tombol.') });
    const choice = choiceOf(press.callbackQuery.data);
    question = press;
    if (choice === 'done') {
      await press.answerCallbackQuery();
      break;
    }
    if (picked.has(choice)) picked.delete(choice);
    else picked.add(choice);
    await press.answerCallbackQuery();
    await press.api.editMessageReplyMarkup(chatId, card.message_id, { reply_markup: keyboard(situationId, rows, picked) });
  }
  const count = await ask('Berapa orang bersama Anda?', [['1', '2-10', 'more']]);
  const contact = await ask('Kapan kami boleh menghubungi Anda?', [['anytime', 'evening', 'never']]);
  const codeWord = await ask('Pilih kata sandi (tulis), atau lewati.', [['skip']]);
  const duress = await ask('Kata tanda bahaya (tulis), atau lewati.', [['skip']]);
  const name = await ask('Nama Anda (tulis), atau lewati.', [['skip']]);
  if ((await ask('Kirim laporan ini ke kedutaan?', [['confirm', 'change']])) !== 'confirm') {
    await question.reply('Baik. Tulis /start untuk mulai lagi.');
    return;
  }
  const fields = { who, place, situation: [...picked].join(','), count, contact, codeWord, duress, name };
  await conversation.external(() => saveCase(caseId, chatId, fields, critical, opened));
  await question.reply('Terkirim. Petugas kedutaan akan menghubungi Anda.');
}

const bot = new Bot<Ctx>(env('TELEGRAM_BOT_TOKEN'), { client: { apiRoot: env('TELEGRAM_API_ROOT') } });
const webhookPort = process.env.COMPARISON_WEBHOOK_PORT;
if (!webhookPort) bot.use(sequentialize((ctx) => ctx.chatId?.toString())); // one update at a time per chat, as the runner's docs advise
bot.use(conversations({
  storage: { type: 'key', prefix: `${prefix}conv:`, adapter: new RedisAdapter({ instance: redis, ttl: 30 * 24 * 3600 }) },
}));
bot.use(createConversation(intake, 'intake'));
bot.command('start', async (ctx) => {
  await ctx.conversation.exitAll();
  await ctx.conversation.enter('intake');
});
bot.catch((err) => process.stderr.write(`comparison bot: ${String(err.error)}\n`));

await bot.init();
let stop: () => Promise<void>;
if (webhookPort) {
  const handle = webhookCallback(bot, 'http', { secretToken: process.env.COMPARISON_WEBHOOK_SECRET });
  const server = createServer((req, res) => void handle(req, res));
  await new Promise<void>((resolve) => server.listen(Number(webhookPort), '127.0.0.1', resolve));
  stop = () => new Promise<void>((resolve) => server.close(() => resolve()));
} else {
  const runner = run(bot);
  stop = () => runner.stop();
}
let stopping = false;
const shutdown = async () => {
  if (stopping) return;
  stopping = true;
  await stop().catch(() => undefined);
  await redis.quit().catch(() => undefined);
  process.exit(0);
};
process.once('SIGTERM', () => void shutdown());
process.once('SIGINT', () => void shutdown());
process.stdout.write(`${JSON.stringify({ ev: 'ready', pid: process.pid })}\n`);
