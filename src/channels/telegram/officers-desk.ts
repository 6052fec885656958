/**
 * The officers' desk in a private Telegram group: the handlers for what officers do there — card
 * buttons, `/queue`, `/case`, `/claim`, `/hand` (to a colleague), `/reply` (`/send`), `/note`, `/dup`, `/lower`, `/restore`, `/resume`, `/unlock`, `/tell`,
 * `/resetpin` (a relative's status check and PIN: src/officers/relative-desk.ts), `/link`, `/notlink` (and a possible
 * link's buttons: same person or not), and what they
 * type in a case's topic (a note unless sent by an explicit act: src/channels/telegram/desk-answers.ts) —
 * and the board the desk worker posts case cards to (src/channels/telegram/telegram-board.ts). Only the
 * configured officers in the configured group can act; anything else is refused and audited, and the bot
 * leaves any other group it is added to.
 */
import { Composer, type Api, type Context } from 'grammy';
import type { InlineKeyboardMarkup } from 'grammy/types';
import type { Keys } from '../../redis/keys.js';
import type { RedisClient as Redis } from '../../redis/redis-client.js';
import type { Sealer } from '../../core/sealed.js';
import type { Logger } from '../../logger.js';
import type { AnswerCheck } from '../../officers/answer-check.js';
import { createAnswerPreviews } from '../../officers/answer-previews.js';
import type { Board } from '../../officers/board.js';
import type { Card, CardRenderer } from '../../officers/card.js';
import { LOWER_REASON_MAX, OFFICER_TEXT_MAX, type ActOutcome, type CaseDesk, type LinkOutcome, linkOutcomeKeys, type LowerTarget, type Officer } from '../../officers/case-desk.js';
import { findColleague, officerRoster } from '../../officers/officer-roster.js';
import { listParked } from '../../officers/parked-posts.js';
import { tellChoices, type RelativeDesk, type TellChoice } from '../../officers/relative-desk.js';
import { lowerSwarm } from '../../officers/swarm.js';
import { cardKeyboard, parseBatchData, parseDeskData, parseLinkData, parsePreviewData, type LinkDecision } from './card-buttons.js';
import { createDeskAnswers, isForwarded, type MessagePlace } from './desk-answers.js';
import { createTelegramBoard } from './telegram-board.js';
import { splitText } from './translate.js';

export interface OfficersDeskOptions {
  chatId: number;
  officerIds: readonly number[];
  supervisorIds: readonly number[];
  desk: CaseDesk;
  renderer: CardRenderer;
  redis: Redis;
  keys: Keys;
  /** Seals answers waiting on their preview. */
  sealer: Sealer;
  /** Whether an answer looks like a card or names another case (src/officers/answer-check.ts). */
  check: AnswerCheck;
  logger: Logger;
  /** Posts per minute the group takes (Telegram allows about 20). */
  perMinute?: number;
  /** The window those posts are counted over, in ms (default a minute: only benchmarks change it). */
  windowMs?: number;
  /** How long an answer's preview can be confirmed (ms; default PREVIEW_TTL_MS, 10 minutes). */
  previewTtlMs?: number;
  /** `/tell` and `/resetpin` (a new PIN goes through the outbox); without it they are not offered. */
  relatives?: RelativeDesk;
}

export interface OfficersDesk {
  /** Handlers for group updates; install before the hotline's own handlers. */
  readonly composer: Composer<Context>;
  /** The board for the desk worker, on the officers' group (src/channels/telegram/telegram-board.ts). */
  board(api: Api): Promise<Board>;
}

/** The officers' desk on the group `chatId`, for the officers and supervisors listed. */
export function createOfficersDesk(opts: OfficersDeskOptions): OfficersDesk {
  const { chatId, desk, renderer, logger } = opts;
  const t = renderer.t;
  const officers = new Set([...opts.officerIds, ...opts.supervisorIds]);
  const supervisors = new Set(opts.supervisorIds);
  const officerOf = (userId: number): Officer | undefined =>
    officers.has(userId) ? { id: `telegram:${userId}`, supervisor: supervisors.has(userId) } : undefined;

  const keyboard = (card: Card, caseId: string) => cardKeyboard(card, caseId, t);

  /** What an officer is told about the outcome of an action. */
  function answer(outcome: ActOutcome, caseId: string, done: string): string {
    const urgency = outcome.urgency ? t(`desk-urgency-${outcome.urgency}`) : '?';
    if (outcome.ok) {
      const args = { caseId, status: t(`desk-status-${outcome.status}`), urgency };
      if (!outcome.already) return t(done, args);
      return t(done === 'desk-claimed' ? 'desk-already-yours' : done === 'desk-lowered' ? 'desk-urgency-same' : done.startsWith('desk-told-') ? 'desk-told-same' : 'desk-status-same', args);
    }
    switch (outcome.reason) {
      case 'taken':
        return t('desk-taken', { caseId, officer: outcome.claimedBy ?? '?' });
      case 'closed':
        return t('desk-closed', { caseId, status: t(`desk-status-${outcome.status ?? 'closed'}`) });
      case 'missing':
        return t('desk-missing', { caseId });
      case 'not-claimed':
        return t('desk-not-claimed', { caseId });
      case 'gone':
        return t('desk-gone', { caseId });
      case 'bad-duplicate':
        return t('desk-bad-duplicate', { other: outcome.status ?? '?' });
      case 'too-long':
        return t('desk-too-long', { length: '>', max: String(OFFICER_TEXT_MAX) });
      case 'empty':
        return t('desk-empty');
      case 'not-lower':
        return t('desk-not-lower', { caseId, urgency });
      case 'not-lowered':
        return t('desk-not-lowered', { caseId });
      case 'not-stopped':
        return t('desk-not-stopped', { caseId });
      case 'not-locked':
        return t('desk-not-locked', { caseId });
      case 'not-relative':
        return t('desk-not-relative', { caseId });
      case 'stopped':
        return t('desk-pin-stopped', { caseId });
      case 'unknown-officer':
        return t('desk-hand-unknown', { officers: '—' });
      case 'self':
        return t('desk-hand-self', { caseId });
    }
  }

  /** What an officer is told about a decision on a link. */
  const linkAnswer = (outcome: LinkOutcome, decision: LinkDecision, caseId: string, other: string) =>
    t(linkOutcomeKeys[outcome][decision], { caseId, other });

  /** Who has a case, by the name officers know them by. */
  async function withNames(outcome: ActOutcome): Promise<ActOutcome> {
    if (!outcome.ok && outcome.reason === 'taken' && outcome.claimedBy) {
      const name = await opts.redis.hget(opts.keys.deskOfficers, outcome.claimedBy);
      return { ...outcome, claimedBy: name ? `${name} (${outcome.claimedBy})` : outcome.claimedBy };
    }
    return outcome;
  }

  /**
   * Whether a command's first word names a case rather than starting its text: written like a case number
   * (with a digit or a separator: `KH-4F7Q`, `kh 4f7q`), or the number of a case that exists (`KHABCD`,
   * not the word `normal`).
   */
  async function meantAsCase(word: string): Promise<boolean> {
    return /[\d\s-]/.test(word) || (await desk.store.get(desk.normalizeId(word))) !== undefined;
  }

  /** Where a message in the group is: the case of its topic, and the case whose card it replies to. */
  async function placeOf(ctx: Context): Promise<MessagePlace> {
    const msg = ctx.message;
    if (!msg) return {};
    const ref = async (r: string) => (await opts.redis.get(opts.keys.deskRef(r))) ?? undefined;
    const topic = msg.is_topic_message && msg.message_thread_id !== undefined ? await ref(`${chatId}:t${msg.message_thread_id}`) : undefined;
    const card = msg.reply_to_message ? await ref(`${chatId}:m${msg.reply_to_message.message_id}`) : undefined;
    return { topic, card };
  }

  const reply = (ctx: Context, text: string, markup?: InlineKeyboardMarkup) =>
    ctx.reply(text, {
      message_thread_id: ctx.message?.is_topic_message ? ctx.message.message_thread_id : undefined,
      reply_parameters: ctx.message ? { message_id: ctx.message.message_id, allow_sending_without_reply: true } : undefined,
      reply_markup: markup,
      link_preview_options: { is_disabled: true },
    });

  const refusal = (outcome: ActOutcome, caseId: string, length: number) =>
    !outcome.ok && outcome.reason === 'too-long' ? t('desk-too-long', { length: String(length), max: String(OFFICER_TEXT_MAX) }) : answer(outcome, caseId, '');
  const answers = createDeskAnswers({
    desk, renderer, logger, check: opts.check, say: reply, refusal,
    previews: createAnswerPreviews({ redis: opts.redis, keys: opts.keys, sealer: opts.sealer, ttlMs: opts.previewTtlMs }),
    officerName: async (id) => (await opts.redis.hget(opts.keys.deskOfficers, id)) ?? id,
  });

  const composer = new Composer<Context>();

  // Added to another group or channel: leave at once. Cases never go anywhere but the officers' group.
  composer.on('my_chat_member', async (ctx) => {
    const chat = ctx.chat;
    const status = ctx.myChatMember.new_chat_member.status;
    if (chat.type === 'private' || chat.id === chatId || status === 'left' || status === 'kicked') return;
    logger.warn({ chatId: chat.id, chatType: chat.type, by: ctx.from?.id }, 'bot added to a chat that is not the officers\' group: leaving');
    await desk.refuse(`telegram:${ctx.from?.id ?? 0}`, 'add-to-group', `chat ${chat.id}`);
    await ctx.api.leaveChat(chat.id).catch((err) => logger.warn({ err }, 'could not leave the chat'));
  });

  // Anything from groups other than the officers': refused, and the bot leaves.
  composer.drop((ctx) => ctx.chat?.type === 'private' || ctx.chat?.id === chatId).use(async (ctx) => {
    if (!ctx.chat || ctx.chat.type === 'channel') return;
    if (ctx.callbackQuery) await ctx.answerCallbackQuery({ text: t('desk-not-officer') }).catch(() => undefined);
    logger.warn({ chatId: ctx.chat.id, chatType: ctx.chat.type }, 'update from a group that is not the officers\' group: leaving');
    await desk.refuse(`telegram:${ctx.from?.id ?? 0}`, 'foreign-group', `chat ${ctx.chat.id}`);
    await ctx.api.leaveChat(ctx.chat.id).catch(() => undefined);
  });

  const group = composer.filter((ctx) => ctx.chat?.id === chatId);

  group.on('callback_query:data', async (ctx) => {
    const from = ctx.callbackQuery.from;
    const officer = officerOf(from.id);
    const previewPressed = parsePreviewData(ctx.callbackQuery.data);
    if (officer && previewPressed) {
      await desk.rememberName(officer.id, from.first_name);
      return answers.button(ctx, officer, previewPressed);
    }
    const batch = parseBatchData(ctx.callbackQuery.data);
    if (officer && batch) {
      // A swarm digest's button: a supervisor's act on every bare SOS it lists, each lowering audited.
      await desk.rememberName(officer.id, from.first_name);
      if (!officer.supervisor) {
        await desk.refuse(officer.id, 'swarm-lower', 'not a supervisor');
        await ctx.answerCallbackQuery({ text: t('desk-swarm-supervisors-only'), show_alert: true });
        return;
      }
      const done = await lowerSwarm({ redis: opts.redis, keys: opts.keys, desk }, batch.token, officer, t('desk-swarm-reason'));
      await ctx.answerCallbackQuery({
        text: done ? t('desk-swarm-lowered', { count: done.lowered.length, skipped: done.skipped.length }) : t('desk-swarm-expired'),
        show_alert: true,
      });
      return;
    }
    const link = parseLinkData(ctx.callbackQuery.data);
    if (officer && link) {
      // A possible link's button: same person (both cards show both) or not (never proposed again). Audited.
      await desk.rememberName(officer.id, from.first_name);
      const outcome = await desk.decideLink(link.caseId, link.other, officer, link.decision);
      await ctx.answerCallbackQuery({ text: linkAnswer(outcome, link.decision, link.caseId, link.other), show_alert: outcome !== 'ok' });
      return;
    }
    const pressed = parseDeskData(ctx.callbackQuery.data);
    if (!officer || !pressed) {
      await desk.refuse(`telegram:${from.id}`, officer ? 'forged-button' : 'button', ctx.callbackQuery.data.slice(0, 64));
      logger.warn({ userId: from.id, officer: !!officer }, 'desk button refused');
      await ctx.answerCallbackQuery({ text: t('desk-not-officer'), show_alert: true });
      return;
    }
    await desk.rememberName(officer.id, from.first_name);
    const { action, caseId } = pressed;
    if (action === 'lower') {
      // A reason cannot ride on a button: say the command (a plain message in the topic is only a note).
      await ctx.answerCallbackQuery({ text: t('desk-lower-how', { caseId }), show_alert: true });
      return;
    }
    let outcome: ActOutcome;
    let done: string;
    switch (action) {
      case 'claim':
        [outcome, done] = [await desk.claim(caseId, officer), 'desk-claimed'];
        break;
      case 'unclaim':
        [outcome, done] = [await desk.unclaim(caseId, officer), 'desk-unclaimed'];
        break;
      case 'location':
        [outcome, done] = [await desk.requestLocation(caseId, officer), 'desk-location-requested'];
        break;
      case 'restore':
        [outcome, done] = [await desk.restore(caseId, officer), 'desk-restored'];
        break;
      default:
        [outcome, done] = [await desk.setStatus(caseId, officer, action, undefined), 'desk-status-set'];
    }
    outcome = await withNames(outcome);
    await ctx.answerCallbackQuery({ text: answer(outcome, caseId, done), show_alert: !outcome.ok });
  });

  group.on('message', async (ctx, next) => {
    const msg = ctx.message;
    const text = msg.text ?? '';
    const command = msg.entities?.[0]?.type === 'bot_command' && msg.entities[0].offset === 0 ? /^\/(\w+)(?:@\w+)?/.exec(text) : null;
    const from = msg.from;
    const officer = from && !from.is_bot ? officerOf(from.id) : undefined;
    if (!command || isForwarded(msg)) {
      // In a case's topic or replying to its card: a note, a preview, or why nothing was sent (desk-answers.ts).
      // A forwarded command is not the officer's own act: it is treated as what it is, a forward.
      if (!officer) return next();
      const place = await placeOf(ctx);
      if (!place.topic && !place.card) return next();
      await desk.rememberName(officer.id, from!.first_name);
      return answers.message(ctx, officer, place);
    }
    const name = command[1]!.toLowerCase();
    if (!['queue', 'case', 'reply', 'send', 'note', 'dup', 'claim', 'hand', 'lower', 'restore', 'resume', 'unlock', 'tell', 'resetpin', 'link', 'notlink', 'help', 'start'].includes(name)) return next();
    if (!officer) {
      await desk.refuse(`telegram:${from?.id ?? 0}`, `command:${name}`, 'not an officer');
      logger.warn({ userId: from?.id, command: name }, 'desk command from someone who is not an officer');
      await reply(ctx, t('desk-not-officer'));
      return;
    }
    await desk.rememberName(officer.id, from!.first_name);
    const args = text.slice(command[0].length).trim();
    const idArg = /^([A-Za-z]{2,3}[-\s]?[0-9A-Za-z]{4,8})\b\s*([\s\S]*)$/.exec(args);
    const place = await placeOf(ctx);
    const here = place.topic ?? place.card;

    switch (name) {
      case 'help':
      case 'start':
        await reply(ctx, t('desk-help'));
        return;
      case 'queue': {
        const open = await desk.list({ limit: 1000 });
        const now = Date.now();
        const names = await opts.redis.hgetall(opts.keys.deskOfficers);
        const head = open.length ? t('desk-queue-head', { count: open.length }) : t('desk-queue-empty');
        const lines: string[] = [head];
        let length = head.length;
        for (const [i, view] of open.entries()) {
          const line = renderer.queueLine(view, now, (id) => names[id]);
          if (length + line.length > 3800) {
            lines.push(t('desk-queue-more', { count: open.length - i }));
            break;
          }
          lines.push(line);
          length += line.length + 1;
        }
        // Posts the group would not take: listed here until they go through.
        const parked = await listParked(opts.redis, opts.keys);
        if (parked.length) lines.push('', t('desk-queue-parked-head', { count: parked.length }));
        for (const p of parked) {
          const line = t('desk-queue-parked-line', { what: t(`desk-post-${p.kind}`), caseId: p.caseId, since: renderer.time(p.since), next: renderer.time(p.nextTry), reason: p.reason });
          if (length + line.length > 3900) break;
          lines.push(line);
          length += line.length + 1;
        }
        for (const piece of splitText(lines.join('\n'))) await reply(ctx, piece);
        return;
      }
      case 'case': {
        const caseId = idArg ? idArg[1]! : here;
        if (!caseId) return void (await reply(ctx, t('desk-usage-case')));
        const detail = await desk.show(caseId, officer);
        if (!detail) return void (await reply(ctx, t('desk-missing', { caseId: desk.normalizeId(caseId) })));
        const names = await opts.redis.hgetall(opts.keys.deskOfficers);
        const card = renderer.card(detail.view, { held: detail.held, now: Date.now(), officerName: (id) => names[id], linked: await desk.linked(detail.view.id) });
        const notes = detail.notes.map((n) => `📝 ${renderer.time(n.at)} ${names[n.by] ?? n.by}: ${n.text}`);
        for (const piece of splitText([card.text, ...notes].join('\n'))) {
          await ctx.reply(piece, {
            message_thread_id: msg.is_topic_message ? msg.message_thread_id : undefined,
            reply_markup: keyboard(card, detail.view.id),
            link_preview_options: { is_disabled: true },
          });
        }
        return;
      }
      case 'reply':
      case 'send': {
        // `/reply [ID] text`: in a case's topic the number can be left out (a first word is a case only if it exists).
        const named = idArg !== null && (here ? (await desk.store.get(desk.normalizeId(idArg[1]!))) !== undefined : await meantAsCase(idArg[1]!));
        const caseId = named ? desk.normalizeId(idArg[1]!) : here;
        const body = named ? (idArg[2] ?? '') : args;
        if (!caseId || body.trim() === '') return void (await reply(ctx, t('desk-usage-reply')));
        return answers.command(ctx, officer, caseId, body, here);
      }
      case 'note': {
        const [caseId, body] = idArg && (await desk.store.get(desk.normalizeId(idArg[1]!))) ? [idArg[1]!, idArg[2] ?? ''] : [here, args];
        if (!caseId) return void (await reply(ctx, t('desk-usage-note')));
        const outcome = await desk.note(caseId, officer, body);
        await reply(ctx, outcome.ok ? t('desk-note-added', { caseId: desk.normalizeId(caseId) }) : refusal(outcome, desk.normalizeId(caseId), body.length));
        return;
      }
      case 'dup': {
        if (!here || !idArg) return void (await reply(ctx, t('desk-usage-dup')));
        const outcome = await withNames(await desk.setStatus(here, officer, 'duplicate', idArg[1]!));
        await reply(ctx, outcome.ok ? t('desk-status-set', { caseId: here, status: t('desk-status-duplicate') }) : answer({ ...outcome, status: desk.normalizeId(idArg[1]!) } as ActOutcome, here, ''));
        return;
      }
      case 'claim': {
        const caseId = idArg ? idArg[1]! : here;
        if (!caseId) return void (await reply(ctx, t('desk-which-case')));
        const outcome = await withNames(await desk.claim(caseId, officer));
        await reply(ctx, answer(outcome, desk.normalizeId(caseId), 'desk-claimed'));
        return;
      }
      case 'hand': {
        // `/hand [ID] NAME`: without an id, the case of the thread. NAME as colleagues see it, or a mention.
        const [caseId, who] = idArg && (await meantAsCase(idArg[1]!)) ? [idArg[1]!, idArg[2] ?? ''] : [here, args];
        const mentioned = msg.entities?.find((x) => x.type === 'text_mention')?.user;
        if (!caseId || (who.trim() === '' && !mentioned)) return void (await reply(ctx, t('desk-usage-hand')));
        const id = desk.normalizeId(caseId);
        const roster = await officerRoster(opts, [...officers].map((n) => `telegram:${n}`));
        const colleague = findColleague(roster, mentioned ? `telegram:${mentioned.id}` : who.replace(/^@/, ''));
        const outcome = await withNames(await desk.hand(caseId, officer, colleague?.id));
        if (outcome.ok) return void (await reply(ctx, t(outcome.already ? 'desk-hand-same' : 'desk-handed', { caseId: id, officer: colleague!.name })));
        const others = roster.filter((c) => c.id !== officer.id).map((c) => c.name).join(', ') || '—';
        await reply(ctx, outcome.reason === 'unknown-officer' ? t('desk-hand-unknown', { officers: others }) : answer(outcome, id, ''));
        return;
      }
      case 'lower': {
        // `/lower [ID] [high|normal] reason`: without an id, the case of the thread.
        const [caseId, rest] = idArg && (await meantAsCase(idArg[1]!)) ? [idArg[1]!, idArg[2] ?? ''] : [here, args];
        const level = /^(high|normal)\b\s*([\s\S]*)$/i.exec(rest ?? '');
        const to = level ? (level[1]!.toLowerCase() as LowerTarget) : undefined;
        const reason = level ? level[2]! : (rest ?? '');
        if (!caseId || reason.trim() === '') return void (await reply(ctx, t('desk-usage-lower')));
        const outcome = await withNames(await desk.lower(caseId, officer, to, reason));
        const id = desk.normalizeId(caseId);
        await reply(ctx, !outcome.ok && outcome.reason === 'too-long' ? t('desk-too-long', { length: String(reason.trim().length), max: String(LOWER_REASON_MAX) }) : answer(outcome, id, 'desk-lowered'));
        return;
      }
      case 'restore': {
        const caseId = idArg ? idArg[1]! : here;
        if (!caseId) return void (await reply(ctx, t('desk-which-case')));
        await reply(ctx, answer(await desk.restore(caseId, officer), desk.normalizeId(caseId), 'desk-restored'));
        return;
      }
      case 'link':
      case 'notlink': {
        // `/link OTHER` in a case's topic (or replying to its card), `/link ID OTHER` anywhere.
        const ids = args.split(/[\s,]+/).filter(Boolean);
        const [caseId, other] = ids.length >= 2 ? [ids[0]!, ids[1]!] : [here, ids[0]];
        if (!caseId || !other || ids.length > 2) return void (await reply(ctx, t('desk-usage-link')));
        const decision = name === 'link' ? 'confirm' : 'reject';
        const [a, b] = [desk.normalizeId(caseId), desk.normalizeId(other)];
        await reply(ctx, linkAnswer(await desk.decideLink(a, b, officer, decision), decision, a, b));
        return;
      }
      case 'resume':
      case 'unlock': {
        // After the person's duress or "can't talk" word, or wrong code-word tries: an officer decides.
        const caseId = idArg ? idArg[1]! : here;
        if (!caseId) return void (await reply(ctx, t('desk-which-case')));
        const outcome = await withNames(name === 'resume' ? await desk.resume(caseId, officer) : await desk.unlock(caseId, officer));
        await reply(ctx, answer(outcome, desk.normalizeId(caseId), name === 'resume' ? 'desk-resumed-done' : 'desk-unlocked-done'));
        return;
      }
      case 'tell': {
        // `/tell [ID] located|closed|nothing`: what a status check of a relative's report tells.
        const [caseId, rest] = idArg && (await meantAsCase(idArg[1]!)) ? [idArg[1]!, idArg[2] ?? ''] : [here, args];
        const what = rest.trim().toLowerCase() as TellChoice;
        if (!caseId || !opts.relatives || !tellChoices.includes(what)) return void (await reply(ctx, t('desk-usage-tell')));
        const outcome = await withNames(await opts.relatives.tell(caseId, officer, what));
        await reply(ctx, answer(outcome, desk.normalizeId(caseId), `desk-told-${what}`));
        return;
      }
      case 'resetpin': {
        // After checking it is really the relative: a new PIN, sent only to the chat the report came from.
        const caseId = idArg ? idArg[1]! : here;
        if (!caseId || !opts.relatives) return void (await reply(ctx, t('desk-usage-resetpin')));
        const outcome = await withNames(await opts.relatives.resetPin(caseId, officer));
        await reply(ctx, answer(outcome, desk.normalizeId(caseId), 'desk-pin-reset-done'));
        return;
      }
    }
  });

  // Other group traffic (officers talking among themselves) is theirs: not handled, not logged.
  group.use(() => undefined);

  const board = (api: Api): Promise<Board> => createTelegramBoard({ api, chatId, renderer, logger, perMinute: opts.perMinute, windowMs: opts.windowMs });

  return { composer, board };
}
