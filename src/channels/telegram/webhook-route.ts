/**
 * The Telegram webhook on the process's HTTP server (src/health/http-server.ts): `POST <path of
 * TELEGRAM_WEBHOOK_URL>`, what Telegram posts each update to in webhook mode.
 *
 * - The secret token (`X-Telegram-Bot-Api-Secret-Token`, set with setWebhook) is checked on every request,
 *   in constant time, before the body is read: missing or wrong, 403, logged without the payload.
 * - A body that is not an update (not JSON, or failing the schema below) is answered 200 and dropped,
 *   counted: Telegram would otherwise send it again for hours, and it can never be processed.
 * - A valid update goes to the Telegram channel's intake, the same as a polled one
 *   (`TelegramChannel.takeUpdate`), and is answered 200 only once it is safely in: a person's message
 *   committed by the core, anything else handled. If that takes longer than `answerMs`, 500: Telegram sends
 *   it again (to this process or another) and the dedupe on the update id processes it once.
 * - Before the channel takes updates (starting) and from its stop on, 503: sent again later.
 *
 * grammY's `webhookCallback` is not used: it answers a wrong secret 401 (403 wanted here), passes any body
 * to `handleUpdate` (no place to drop a malformed one with a 200), and answers when the handlers return,
 * which for a person's message is when it is journalled, not committed.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { Update } from 'grammy/types';
import { z } from 'zod';
import type { Logger } from '../../logger.js';
import type { WebhookOutcome } from '../../health/metrics.js';
import { NotReceivingError } from './telegram-channel.js';

/** What the route hands valid updates to (the Telegram channel). */
export interface WebhookIntake {
  /** Resolves once the update is safely in; rejects with NotReceivingError while not taking updates. */
  takeUpdate(update: Update): Promise<void>;
}

export interface TelegramWebhookRouteOptions {
  /** The route: the path of TELEGRAM_WEBHOOK_URL. */
  path: string;
  secret: string;
  /** Longest wait for an update to be safely in before answering 500, ms (WEBHOOK_ANSWER_MS). */
  answerMs: number;
  logger: Logger;
  /** The channel, once it exists (the route is mounted before the server listens, the channel starts later). */
  intake(): WebhookIntake | undefined;
  /** Counts each request by outcome (src/health/metrics.ts). */
  count?(outcome: WebhookOutcome): void;
}

/** The header Telegram sends the secret token in (lower case, as Node gives headers). */
export const SECRET_HEADER = 'x-telegram-bot-api-secret-token';

const Chat = z.looseObject({ id: z.number().int(), type: z.string() });
const User = z.looseObject({ id: z.number().int(), is_bot: z.boolean(), first_name: z.string() });
const Message = z.looseObject({ message_id: z.number().int(), date: z.number().int(), chat: Chat, from: User.optional() });
/**
 * What the handlers rely on in an update: its id, and for each kind the bot asks for (ALLOWED_UPDATES) the
 * fields read before any other check. Everything else is kept as Telegram sent it.
 */
export const WebhookUpdate = z.looseObject({
  update_id: z.number().int().min(0),
  message: Message.optional(),
  edited_message: Message.optional(),
  callback_query: z
    .looseObject({ id: z.string(), from: User, chat_instance: z.string(), data: z.string().optional(), message: z.looseObject({ message_id: z.number().int(), chat: Chat }).optional() })
    .optional(),
  my_chat_member: z.looseObject({ chat: Chat, from: User, date: z.number().int() }).optional(),
});

const digest = (s: string) => createHash('sha256').update(s).digest();

/** Mounts the webhook route on the HTTP server's Fastify instance (before it listens). */
export function mountTelegramWebhook(app: FastifyInstance, opts: TelegramWebhookRouteOptions): void {
  const { logger, path } = opts;
  const want = digest(opts.secret);
  // Equal-length digests compared in constant time: neither the secret's bytes nor its length leak.
  const secretOk = (header: string | string[] | undefined) => typeof header === 'string' && timingSafeEqual(digest(header), want);
  const count = (outcome: WebhookOutcome) => opts.count?.(outcome);

  void app.register(async (scope) => {
    // The body as text, parsed here: a body that is not JSON is dropped with a 200 like any malformed update.
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', { parseAs: 'string' }, (_request, body, done) => done(null, body));

    scope.post(path, {
      onRequest: async (request, reply) => {
        const header = request.headers[SECRET_HEADER];
        if (secretOk(header)) return;
        count('forbidden');
        logger.warn({ route: path, secret: header === undefined ? 'missing' : 'wrong' }, 'webhook request refused: no or wrong secret token');
        return reply.code(403).send({ error: 'forbidden' });
      },
    }, async (request, reply) => {
      let json: unknown;
      try {
        json = JSON.parse(typeof request.body === 'string' ? request.body : '');
      } catch {
        json = undefined;
      }
      const parsed = WebhookUpdate.safeParse(json);
      if (!parsed.success) {
        count('malformed');
        // Where the update fails, never what it holds.
        logger.warn({ route: path, issues: json === undefined ? ['not JSON'] : parsed.error.issues.slice(0, 5).map((i) => `${i.path.join('.')}: ${i.code}`) }, 'webhook update dropped: not a valid update');
        return reply.code(200).send({ ok: true });
      }
      const update = parsed.data as unknown as Update;
      const intake = opts.intake();
      if (!intake) {
        count('unavailable');
        return reply.code(503).send({ error: 'starting' });
      }
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), opts.answerMs)));
      try {
        const outcome = await Promise.race([intake.takeUpdate(update).then(() => 'in' as const), late]);
        if (outcome === 'late') {
          count('timeout');
          logger.warn({ updateId: update.update_id, answerMs: opts.answerMs }, 'webhook update not committed in time: answered 500, Telegram sends it again');
          return reply.code(500).send({ error: 'not committed yet' });
        }
        count('taken');
        return reply.code(200).send({ ok: true });
      } catch (err) {
        if (err instanceof NotReceivingError) {
          count('unavailable');
          return reply.code(503).send({ error: 'not taking updates now' });
        }
        throw err; // the server's error handler: logged, 500
      } finally {
        clearTimeout(timer);
      }
    });
  });
}
