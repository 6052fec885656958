/**
 * How officers' words in the group reach a person: only by an explicit act, and only words an officer
 * typed. In a case's topic:
 * - plain text stays among the officers: it becomes a note on the case (audited like `/note`), and the
 *   bot says it was kept and not sent;
 * - `/reply text` (or `/send`) queues the answer, and the bot repeats exactly what was queued; the relay's
 *   report (sent now, or held and why) follows in the topic;
 * - a reply to the case's card is answered with a preview, "To the person: «…»" with Send / Cancel: only
 *   the officer who wrote it can send it (anyone can cancel), and it expires (src/officers/answer-previews.ts);
 * - an answer that names another case, that looks like a case card (src/officers/answer-check.ts), or that
 *   `/reply KH-…` aims at another case than the topic's, is previewed with a warning instead of queued;
 * - forwarded messages, photos, files, stickers, voice, video, locations, polls…: never sent, and the bot
 *   says why in the topic.
 * Why only the author sends: Send is the act that makes words go to a person whose phone a guard may read;
 * the author is the one who knows they meant them for the person. A colleague who agrees sends their own
 * `/reply`, recorded under their name.
 */
import type { Context } from 'grammy';
import type { InlineKeyboardMarkup, Message } from 'grammy/types';
import type { Logger } from '../../logger.js';
import type { AnswerCheck } from '../../officers/answer-check.js';
import type { AnswerPreviews } from '../../officers/answer-previews.js';
import type { CardRenderer } from '../../officers/card.js';
import { OFFICER_TEXT_MAX, type ActOutcome, type CaseDesk, type Officer } from '../../officers/case-desk.js';
import { quoteSent } from '../../officers/person-words.js';
import { previewKeyboard, type PreviewAction } from './card-buttons.js';
import { splitText } from './translate.js';

export interface DeskAnswersOptions {
  desk: CaseDesk;
  renderer: CardRenderer;
  previews: AnswerPreviews;
  check: AnswerCheck;
  logger: Logger;
  /** Answers in the group where the officer's message is (its topic, as a reply to it). */
  say(ctx: Context, text: string, markup?: InlineKeyboardMarkup): Promise<unknown>;
  /** What an officer is told about an action the desk refused; `length` is the text's, for "too long". */
  refusal(outcome: Extract<ActOutcome, { ok: false }>, caseId: string, length: number): string;
  /** The name officers know an officer id by. */
  officerName(id: string): Promise<string>;
}

/** Where an officer's message is: the case of its topic, and the case whose card it replies to. */
export interface MessagePlace {
  topic?: string;
  card?: string;
}

export interface DeskAnswers {
  /** An officer's message that is not a desk command, in a case's topic or replying to a case's card. */
  message(ctx: Context, officer: Officer, place: MessagePlace): Promise<void>;
  /** `/reply` or `/send`: `text` to the person of `caseId`; `here` is the case of the topic it was typed in. */
  command(ctx: Context, officer: Officer, caseId: string, text: string, here: string | undefined): Promise<void>;
  /** A press of a preview's Send or Cancel. */
  button(ctx: Context, officer: Officer, pressed: { action: PreviewAction; token: string }): Promise<void>;
}

/** Not the officer's own typed words: forwarded (from anywhere), posted by a channel, or an inline bot's. */
export const isForwarded = (m: Message) =>
  m.forward_origin !== undefined || m.is_automatic_forward === true || m.via_bot !== undefined || 'forward_date' in m;

/** What an officer may post besides text: each is refused, never sent. (Service messages are none of these.) */
const CONTENT = ['photo', 'document', 'sticker', 'voice', 'video', 'video_note', 'audio', 'animation', 'contact', 'location', 'venue', 'poll', 'dice', 'story', 'game', 'paid_media'];
const hasContent = (m: Message) => CONTENT.some((k) => (m as unknown as Record<string, unknown>)[k] !== undefined);

export function createDeskAnswers(opts: DeskAnswersOptions): DeskAnswers {
  const { desk, renderer, previews, check, logger, say } = opts;
  const t = renderer.t;

  /** Empty or too long: what to tell the officer; undefined when the text can go. */
  function badText(text: string): string | undefined {
    if (text.trim() === '') return t('desk-empty');
    if (text.trim().length > OFFICER_TEXT_MAX) return t('desk-too-long', { length: String(text.trim().length), max: String(OFFICER_TEXT_MAX) });
    return undefined;
  }

  /** Queues the answer and repeats exactly what was queued; the relay then reports whether it went out. */
  async function queue(ctx: Context, officer: Officer, caseId: string, text: string) {
    // The officer's message names the answer: replayed after a kill, it is queued once.
    const ref = ctx.msg ? `telegram:${ctx.msg.chat.id}:${ctx.msg.message_id}` : undefined;
    const outcome = await desk.reply(caseId, officer, text, ref);
    if (!outcome.ok) return void (await say(ctx, opts.refusal(outcome, caseId, text.length)));
    // `already`: queued before a kill; the confirmation is said again (it may not have gone).
    for (const piece of splitText(t('desk-reply-queued', { caseId, text: quoteSent(text) }))) await say(ctx, piece);
  }

  /** Shows the answer back with Send / Cancel (and the warnings that apply); nothing goes until Send. */
  async function preview(ctx: Context, officer: Officer, caseId: string, text: string, here: string | undefined) {
    const warned = check(text, caseId);
    const lines = [t('desk-preview', { caseId, text: quoteSent(text) })];
    if (warned.otherCases.length > 0) lines.push(t('desk-preview-warn-other', { caseId, cases: warned.otherCases.join(', ') }));
    if (warned.cardLines >= 2) lines.push(t('desk-preview-warn-card'));
    if (here && here !== caseId) lines.push(t('desk-preview-warn-topic', { caseId, here }));
    lines.push(t('desk-preview-expires', { minutes: Math.max(1, Math.round(previews.ttlMs / 60_000)) }));
    const token = await previews.create({ caseId, text, by: officer.id, at: Date.now() });
    const pieces = splitText(lines.join('\n'));
    for (const [i, piece] of pieces.entries()) await say(ctx, piece, i === pieces.length - 1 ? previewKeyboard(token, t) : undefined);
  }

  /** Rewrites the preview's message (its buttons go with the old text); a preview that cannot be edited stays. */
  const settle = (ctx: Context, text: string) =>
    ctx.editMessageText(splitText(text)[0]!, { link_preview_options: { is_disabled: true } }).catch((err: unknown) => logger.warn({ err }, 'could not update an answer preview'));

  return {
    async message(ctx, officer, place) {
      const msg = ctx.message!;
      const caseId = (place.card ?? place.topic)!;
      if (isForwarded(msg)) return void (await say(ctx, t('desk-not-sent-forward', { caseId })));
      if (msg.text === undefined) {
        if (hasContent(msg)) await say(ctx, t('desk-not-sent-media', { caseId }));
        return; // a service message (a pin, a topic edit): nothing to say
      }
      const text = msg.text.trim();
      const bad = badText(text);
      if (bad) return void (await say(ctx, bad));
      if (place.card) return preview(ctx, officer, place.card, text, place.topic);
      // Plain text in the topic: officers talking among themselves.
      const outcome = await desk.note(caseId, officer, text);
      await say(ctx, outcome.ok ? t('desk-note-kept', { caseId }) : opts.refusal(outcome, caseId, text.length));
    },

    async command(ctx, officer, caseId, raw, here) {
      const text = raw.trim();
      const bad = badText(text);
      if (bad) return void (await say(ctx, bad));
      if (check(text, caseId).needsConfirm || (here !== undefined && here !== caseId)) return preview(ctx, officer, caseId, text, here);
      await queue(ctx, officer, caseId, text);
    },

    async button(ctx, officer, { action, token }) {
      const stale = async () => {
        await desk.refuse(officer.id, 'preview-expired', `p:${action}`);
        await ctx.answerCallbackQuery({ text: t('desk-preview-expired'), show_alert: true });
      };
      const waiting = await previews.peek(token);
      if (!waiting) return stale();
      if (action === 'send' && waiting.by !== officer.id) {
        // Only its author sends it: see the module's comment.
        await desk.refuse(officer.id, 'preview-not-author', `${waiting.caseId} by ${waiting.by}`);
        await ctx.answerCallbackQuery({ text: t('desk-preview-not-author', { officer: await opts.officerName(waiting.by) }), show_alert: true });
        return;
      }
      const taken = await previews.take(token); // once: a double press sends nothing twice
      if (!taken) return stale();
      const { caseId, text } = taken;
      const name = await opts.officerName(officer.id);
      if (action === 'cancel') {
        await settle(ctx, t('desk-preview-cancelled', { caseId, officer: name }));
        await ctx.answerCallbackQuery({ text: t('desk-preview-cancelled', { caseId, officer: name }) });
        return;
      }
      const outcome = await desk.reply(caseId, officer, text);
      if (!outcome.ok) {
        const why = opts.refusal(outcome, caseId, text.length);
        await settle(ctx, why);
        await ctx.answerCallbackQuery({ text: why.slice(0, 200), show_alert: true });
        return;
      }
      await settle(ctx, t('desk-reply-queued', { caseId, text: quoteSent(text) }));
      await ctx.answerCallbackQuery({ text: t('desk-preview-sent', { caseId }) });
    },
  };
}
