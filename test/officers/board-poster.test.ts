import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src/app.js';
import type { Board, CardRef } from '../../src/officers/board.js';
import { createBoardPoster, type BoardPoster } from '../../src/officers/board-poster.js';
import type { Card } from '../../src/officers/card.js';
import { testRedis, type TestRedis } from '../support/redis.js';

const logger = pino({ level: 'silent' });
const officer = { id: 'cli:budi', supervisor: false };

/** A board in memory whose edits wait until the test lets them through. */
function heldBoard() {
  const cards: string[] = [];
  let gate: Promise<void> = Promise.resolve();
  let release: () => void = () => undefined;
  let editing: () => void = () => undefined;
  const board: Board = {
    threads: false,
    take: async () => undefined,
    room: () => true,
    openThread: async () => ({ chat: -100, thread: 1 }),
    async createCard(_caseId, card: Card): Promise<CardRef> {
      cards.push(card.text);
      return { chat: -100, message: 1 };
    },
    async editCard(_caseId, _ref, card) {
      editing();
      await gate;
      cards.push(card.text);
      return 'edited';
    },
    postInThread: async () => undefined,
    postGeneral: async () => undefined,
    directMessage: async () => 'sent',
  };
  return {
    board,
    cards,
    /** The next edit waits; resolves once it has started (its card already rendered). */
    holdNextEdit(): Promise<void> {
      gate = new Promise((r) => (release = r));
      return new Promise((r) => (editing = r));
    },
    release: () => release(),
  };
}

describe('board poster', () => {
  let t: TestRedis;
  let app: App;

  beforeEach(async () => {
    t = await testRedis();
    app = createApp({ config: { dataKey: Buffer.alloc(32, 5), deploymentFile: 'data/deployment.json', conversationTtlSeconds: 3600, redis: { prefix: t.prefix } }, redis: t.redis, logger });
  });
  afterEach(() => t.cleanup());

  it('posts a card again when its case changes while the card is being posted', async () => {
    await app.hotline.receive({ channel: 'console', address: 'p1', messageId: 'm1', at: Date.now(), languageHint: 'id', body: { kind: 'text', text: 'tolong saya disekap' } });
    const [open] = await app.cases.listOpen();
    const caseId = open!.id;
    const held = heldBoard();
    const poster: BoardPoster = createBoardPoster({ redis: t.redis, keys: app.keys, sealer: app.sealer, store: app.cases, renderer: app.cards, logger, board: held.board, supervisors: [] });
    await poster.card(caseId, 'critical', Date.now());
    await poster.drain(Date.now() + 5_000);
    expect(held.cards).toHaveLength(1);

    // A note changes the card; while its edit is on the way, an officer claims the case.
    await app.desk.note(caseId, officer, 'checking');
    await poster.card(caseId, 'critical', Date.now());
    const editing = held.holdNextEdit();
    const draining = poster.drain(Date.now() + 5_000);
    await editing;
    await app.desk.claim(caseId, officer);
    await poster.card(caseId, 'critical', Date.now());
    held.release();
    await draining;

    expect(held.cards.at(-1)).toContain('Diambil oleh cli:budi');
    expect(await t.redis.zcard(app.keys.deskTodo)).toBe(0);
  });
});
