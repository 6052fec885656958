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

/** A case's own thread (a forum topic), before its card is in it. */
export interface ThreadRef {
  chat: number;
  thread: number;
}

/** The board asks to wait (Telegram's 429): try the same post again after `retryAfterMs`. */
export class BoardBusyError extends Error {
  constructor(readonly retryAfterMs: number) {
    super(`the board asks to wait ${retryAfterMs} ms`);
    this.name = 'BoardBusyError';
  }
}

/** The board refused this post for good (a 4xx other than 429): sending it again as it is will not help. */
export class BoardRefusedError extends Error {
  constructor(readonly reason: string) {
    super(`the board refused the post: ${reason}`);
    this.name = 'BoardRefusedError';
  }
}

/** The case's thread is gone (someone deleted the forum topic). */
export class BoardThreadGoneError extends Error {
  constructor(readonly thread: number | undefined) {
    super(`thread ${thread ?? '?'} is gone`);
    this.name = 'BoardThreadGoneError';
  }
}

/** A button under a message in the main thread that acts on a batch of cases (a swarm digest). */
export interface BatchButton {
  /** What the batch is: `swarm-lower` lowers a swarm of bare SOS cases to high. */
  action: 'swarm-lower';
  /** The batch's token (`<p>desk:swarm:<token>` holds its case ids). */
  token: string;
}

/**
 * The officers' shared screen (the Telegram group). Calls throw when the board cannot take the post now:
 * {@link BoardBusyError} (wait, then the same again), {@link BoardRefusedError} (never as it is),
 * {@link BoardThreadGoneError} (the case's thread is gone), anything else (the network, the board's
 * servers: try again).
 */
export interface Board {
  /** Whether each case gets a thread of its own (a forum): then a new card is {@link openThread}, then {@link createCard}. */
  readonly threads: boolean;
  /** Opens a new thread for a case (boards with threads only). */
  openThread(caseId: string, title: string): Promise<ThreadRef>;
  /** Closes a case's thread once the case was deleted (retention, /forget): nobody posts there again. Boards without threads: absent. */
  closeThread?(ref: ThreadRef): Promise<void>;
  /** Posts a new card: in `thread` where the board has threads, else in the main one. */
  createCard(caseId: string, card: Card, thread?: ThreadRef): Promise<CardRef>;
  /** Edits a card in place; `missing` when the card message is gone (deleted by someone). */
  editCard(caseId: string, ref: CardRef, card: Card): Promise<'edited' | 'missing'>;
  /** Posts in the case's thread (as a reply to the card in groups without topics). */
  postInThread(ref: CardRef, text: string, media?: { kind: string; fileRef: string }): Promise<void>;
  /** Posts in the group's main thread, mentioning these officers, with a batch button under it if given. */
  postGeneral(text: string, mentions?: number[], button?: BatchButton): Promise<void>;
  /**
   * Sends `text` to one officer by direct message (a page-out): `unreachable` when the board cannot write to
   * them (on Telegram: they never started the bot, or blocked it). Other failures throw.
   */
  directMessage(userId: number, text: string): Promise<'sent' | 'unreachable'>;
  /**
   * Waits until the group's rate limit lets `cost` more posts through. A post that can wait (`spare`: a
   * bare SOS card, a normal case) leaves part of the limit free, so that an urgent card arriving right
   * after a swarm is not stuck behind it for a whole minute. An aborted `signal` ends the wait at once: the
   * promise rejects with the signal's reason and nothing is counted.
   */
  take(cost: number, spare?: boolean, signal?: AbortSignal): Promise<void>;
  /** Whether `cost` posts could go now without waiting (a post that can wait looks before it takes its turn). */
  room(cost: number, spare?: boolean): boolean;
}
