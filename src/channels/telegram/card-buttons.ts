/**
 * A case card's buttons in Telegram: the inline keyboard, and the callback data each button carries,
 * `d:<action>:<case id>` (at most 64 bytes, Telegram's limit), written and read only here. An answer's
 * preview (src/officers/answer-previews.ts) has two buttons, `p:send:<token>` and `p:cancel:<token>`; a
 * swarm digest one, `b:swarm-lower:<token>`. A possible link on a card has two, `l:yes:<case>:<other>` and
 * `l:no:<case>:<other>` (same person, or not).
 */
import type { InlineKeyboardMarkup } from 'grammy/types';
import type { BatchButton } from '../../officers/board.js';
import { cardActions, type Card, type CardAction, type CardRenderer } from '../../officers/card.js';

/** A button's callback data. */
export const deskData = (action: CardAction, caseId: string) => `d:${action}:${caseId}`;
const DATA = /^d:([a-z-]{3,12}):([A-Z]{2,3}-[0-9A-Z]{4,8})$/;

/** What a pressed button asks for; undefined for data no card of ours carries (forged, or another bot's). */
export function parseDeskData(data: string): { action: CardAction; caseId: string } | undefined {
  const m = DATA.exec(data);
  const action = m?.[1] as CardAction | undefined;
  if (!m || !action || !cardActions.includes(action)) return undefined;
  return { action, caseId: m[2]! };
}

/** The card's buttons, labelled in the desk's language: its actions, then a row for each possible link. */
export function cardKeyboard(card: Card, caseId: string, t: CardRenderer['t']): InlineKeyboardMarkup {
  return {
    inline_keyboard: [
      ...card.actions.map((row) => row.map((action) => ({ text: t(`desk-button-${action}`), callback_data: deskData(action, caseId) }))),
      ...(card.linkChoices ?? []).map((other) => [
        { text: t('desk-button-link-confirm', { other }), callback_data: linkData('confirm', caseId, other) },
        { text: t('desk-button-link-reject', { other }), callback_data: linkData('reject', caseId, other) },
      ]),
    ],
  };
}

/** An officer's decision on a possible link. */
export type LinkDecision = 'confirm' | 'reject';
const LINK = /^l:(yes|no):([A-Z]{2,3}-[0-9A-Z]{4,8}):([A-Z]{2,3}-[0-9A-Z]{4,8})$/;

/** A link button's callback data (at most 2 + 4 + 12 + 12 bytes: well within Telegram's 64). */
export const linkData = (decision: LinkDecision, caseId: string, other: string) => `l:${decision === 'confirm' ? 'yes' : 'no'}:${caseId}:${other}`;

/** A pressed link button; undefined for other data. */
export function parseLinkData(data: string): { decision: LinkDecision; caseId: string; other: string } | undefined {
  const m = LINK.exec(data);
  return m ? { decision: m[1] === 'yes' ? 'confirm' : 'reject', caseId: m[2]!, other: m[3]! } : undefined;
}

/** What a preview's button does. */
export type PreviewAction = 'send' | 'cancel';
const PREVIEW = /^p:(send|cancel):([A-Za-z0-9_-]{16})$/;

/** A preview button's callback data. */
export const previewData = (action: PreviewAction, token: string) => `p:${action}:${token}`;

/** A pressed preview button; undefined for other data. */
export function parsePreviewData(data: string): { action: PreviewAction; token: string } | undefined {
  const m = PREVIEW.exec(data);
  return m ? { action: m[1] as PreviewAction, token: m[2]! } : undefined;
}

/** A preview's Send / Cancel buttons, labelled in the desk's language. */
export function previewKeyboard(token: string, t: CardRenderer['t']): InlineKeyboardMarkup {
  return {
    inline_keyboard: [[
      { text: t('desk-button-preview-send'), callback_data: previewData('send', token) },
      { text: t('desk-button-preview-cancel'), callback_data: previewData('cancel', token) },
    ]],
  };
}

/** A batch button's callback data: `b:<action>:<token>` (src/officers/swarm.ts keeps the batch under the token). */
export const batchData = (action: BatchButton['action'], token: string) => `b:${action}:${token}`;
const BATCH = /^b:(swarm-lower):([A-Za-z0-9_-]{16})$/;

/** A pressed batch button; undefined for other data. */
export function parseBatchData(data: string): { action: BatchButton['action']; token: string } | undefined {
  const m = BATCH.exec(data);
  return m ? { action: m[1] as BatchButton['action'], token: m[2]! } : undefined;
}
