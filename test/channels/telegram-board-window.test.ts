/**
 * The officers' group's rate limit as the board keeps it (src/channels/telegram/telegram-board.ts): posts are
 * counted over the last window as Telegram counts them (no burst that Telegram answers with a window-long 429),
 * and posts that can wait (a swarm's bare SOS cards) leave a quarter of the window to urgent ones. Real grammY
 * against the loopback Bot API server with the same flood limit switched on.
 */
import { Bot } from 'grammy';
import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTelegramBoard } from '../../src/channels/telegram/telegram-board.js';
import { loadDeployment } from '../../src/deployment.js';
import { loadLocales } from '../../src/i18n/locales.js';
import { createCardRenderer } from '../../src/officers/card.js';
import type { Board } from '../../src/officers/board.js';
import { startBotApiServer, type BotApiServer } from '../support/bot-api-server.js';
import { TEST_BOT_TOKEN } from '../support/officers-group.js';

const GROUP = -1001234567890;
const WINDOW_MS = 1_500;
const PER_WINDOW = 8;

let server: BotApiServer;
let board: Board;

beforeEach(async () => {
  server = await startBotApiServer({ rateLimits: { group: { max: PER_WINDOW, windowMs: WINDOW_MS } } });
  server.createGroup(GROUP, { forum: false, botIsAdmin: true });
  const deployment = loadDeployment('data/deployment.json');
  const renderer = createCardRenderer({ locales: loadLocales('locales', deployment.languages), deployment });
  const api = new Bot(TEST_BOT_TOKEN, { client: { apiRoot: server.apiRoot } }).api;
  board = await createTelegramBoard({ api, chatId: GROUP, renderer, logger: pino({ level: 'silent' }), perMinute: PER_WINDOW, windowMs: WINDOW_MS });
});

afterEach(async () => {
  await server.close();
});

describe('the group board\'s rate limit', () => {
  it('keeps a quarter of the window free of posts that can wait, so an urgent post goes at once, and is never refused', async () => {
    let spare = 0;
    while (board.room(1, true)) {
      await board.take(1, true);
      await board.postGeneral(`swarm card ${++spare}`);
    }
    expect(spare).toBe(PER_WINDOW - PER_WINDOW / 4); // 6 of 8: two left for what cannot wait
    expect(board.room(2, false)).toBe(true);

    const t0 = Date.now();
    await board.take(2);
    await board.postGeneral('🔴 genuine case');
    await board.postGeneral('its topic post');
    expect(Date.now() - t0).toBeLessThan(WINDOW_MS / 3); // no wait for the window

    // The window is full now: the next post waits until the first posts are a window old, then goes through.
    expect(board.room(1, false)).toBe(false);
    const t1 = Date.now();
    await board.take(1);
    await board.postGeneral('after the window');
    expect(Date.now() - t1).toBeGreaterThan(WINDOW_MS / 2);
    expect(server.rateLimited).toBe(0);
    expect(server.messages(GROUP).map((m) => m.text)).toHaveLength(PER_WINDOW + 1);
  });
});
