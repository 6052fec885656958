/**
 * A case card's buttons in Telegram: the inline keyboard, and the callback data each button carries,
 * `d:<action>:<case id>` (at most 64 bytes, Telegram's limit), written and read only here.
 */
import type { InlineKeyboardMarkup } from 'grammy/types';
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

/** The card's buttons, labelled in the desk's language. */
export function cardKeyboard(card: Card, caseId: string, t: CardRenderer['t']): InlineKeyboardMarkup {
  return {
    inline_keyboard: card.actions.map((row) => row.map((action) => ({ text: t(`desk-button-${action}`), callback_data: deskData(action, caseId) }))),
  };
}
