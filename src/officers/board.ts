/**
 * The board: the officers' shared screen, as the desk worker sees it. The Telegram group is one
 * (src/channels/telegram/telegram-board.ts); nothing else in src/officers/ knows it is Telegram.
 */
import type { Card } from './card.js';

/** Where a case's card lives on the board. */
export interface CardRef {
  chat: number;
  /** Forum topic of the case (forum groups), else undefined. */
  thread?: number;
  message: number;
}

/** The officers' shared screen (the Telegram group). Calls throw when the board cannot take the post now. */
export interface Board {
  /** Posts a new card, in a new thread of its own where the board has threads. */
  createCard(caseId: string, card: Card): Promise<CardRef>;
  /** Edits a card in place; `missing` when the card message is gone (deleted by someone). */
  editCard(caseId: string, ref: CardRef, card: Card): Promise<'edited' | 'missing'>;
  /** Posts in the case's thread (as a reply to the card in groups without topics). */
  postInThread(ref: CardRef, text: string, media?: { kind: string; fileRef: string }): Promise<void>;
  /** Posts in the group's main thread, mentioning these officers. */
  postGeneral(text: string, mentions?: number[]): Promise<void>;
  /**
   * Sends `text` to one officer by direct message (a page-out): `unreachable` when the board cannot write to
   * them (on Telegram: they never started the bot, or blocked it). Other failures throw.
   */
  directMessage(userId: number, text: string): Promise<'sent' | 'unreachable'>;
  /** Waits until the group's rate limit lets `cost` more posts through. */
  take(cost: number): Promise<void>;
  /** Posts a new card costs (a forum topic, then the card). */
  readonly createCost: number;
}
