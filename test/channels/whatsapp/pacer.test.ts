/** Outbound pacing: order per chat, the per-chat interval, the overall rate, nothing dropped. */
import { describe, expect, it } from 'vitest';
import { pino } from 'pino';
import { ChannelUnavailableError } from '../../../src/core/delivery.js';
import { createPacer } from '../../../src/channels/whatsapp/pacer.js';

const logger = pino({ level: 'silent' });

describe('pacer', () => {
  it('keeps each chat in order and leaves the interval between two messages to one chat', async () => {
    const pacer = createPacer({ chatIntervalMs: 60, perSecond: 1000, logger });
    pacer.resume();
    const sent: Array<{ chat: string; n: number; at: number }> = [];
    const jobs = [];
    for (let n = 0; n < 4; n++) {
      for (const chat of ['a', 'b']) jobs.push(pacer.enqueue(chat, async () => void sent.push({ chat, n, at: Date.now() })));
    }
    expect(pacer.pending).toBe(8);
    await Promise.all(jobs);
    expect(pacer.pending).toBe(0);
    for (const chat of ['a', 'b']) {
      const mine = sent.filter((s) => s.chat === chat);
      expect(mine.map((s) => s.n)).toEqual([0, 1, 2, 3]);
      for (let i = 1; i < mine.length; i++) expect(mine[i]!.at - mine[i - 1]!.at).toBeGreaterThanOrEqual(58);
    }
    // Chats do not wait for each other: b's first went out with a's first, not after a's last.
    expect(sent.findIndex((s) => s.chat === 'b')).toBeLessThan(3);
  });

  it('holds the overall rate across chats', async () => {
    const pacer = createPacer({ chatIntervalMs: 0, perSecond: 50, logger }); // one every 20 ms
    pacer.resume();
    const at: number[] = [];
    const started = Date.now();
    await Promise.all(Array.from({ length: 11 }, (_, i) => pacer.enqueue(`chat-${i}`, async () => void at.push(Date.now()))));
    expect(at).toHaveLength(11);
    expect(at.at(-1)! - started).toBeGreaterThanOrEqual(190); // 10 gaps of 20 ms
  });

  it('drops nothing: sends wait while disconnected and go, in order, once connected', async () => {
    const pacer = createPacer({ chatIntervalMs: 0, perSecond: 1000, logger });
    const sent: number[] = [];
    const jobs = Array.from({ length: 5 }, (_, n) => pacer.enqueue('a', async () => void sent.push(n)));
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(sent).toEqual([]);
    expect(pacer.pending).toBe(5);
    pacer.resume();
    await Promise.all(jobs);
    expect(sent).toEqual([0, 1, 2, 3, 4]);
  });

  it('sends again a message whose send failed because the connection dropped, once it is back', async () => {
    const pacer = createPacer({ chatIntervalMs: 0, perSecond: 1000, logger });
    pacer.resume();
    const sent: string[] = [];
    let failOnce = true;
    const first = pacer.enqueue('a', async () => {
      if (failOnce) {
        failOnce = false;
        pacer.pause(); // the connection closed while sending
        throw new Error('Connection Closed');
      }
      sent.push('first');
    });
    const second = pacer.enqueue('a', async () => void sent.push('second'));
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(sent).toEqual([]);
    pacer.resume();
    await Promise.all([first, second]);
    expect(sent).toEqual(['first', 'second']);
  });

  it('retries a failed send with backoff, then reports it without blocking the chat', async () => {
    const pacer = createPacer({ chatIntervalMs: 0, perSecond: 1000, logger, maxAttempts: 3, retryBaseMs: 5 });
    pacer.resume();
    let calls = 0;
    const flaky = pacer.enqueue('a', async () => {
      if (++calls < 3) throw new Error('timed out');
    });
    await flaky;
    expect(calls).toBe(3);
    const hopeless = pacer.enqueue('a', async () => {
      throw new Error('refused');
    });
    const after = pacer.enqueue('a', async () => undefined);
    await expect(hopeless).rejects.toThrow('refused');
    await expect(after).resolves.toBeUndefined();
  });

  it('fails fast with ChannelUnavailableError for relayed answers while disconnected', async () => {
    const pacer = createPacer({ chatIntervalMs: 0, perSecond: 1000, logger });
    await expect(pacer.enqueue('a', async () => undefined, { failWhenDisconnected: true })).rejects.toBeInstanceOf(ChannelUnavailableError);
    expect(pacer.pending).toBe(0);
  });

  it('reports what is left unsent when draining at shutdown', async () => {
    const pacer = createPacer({ chatIntervalMs: 0, perSecond: 1000, logger });
    void pacer.enqueue('a', async () => undefined).catch(() => undefined);
    expect(await pacer.drain(20)).toBe(1);
    pacer.resume();
    expect(await pacer.drain(1000)).toBe(0);
  });
});

describe('pacer priorities', () => {
  it("sends a critical case's reply before the messages of 100 chatty chats waiting for the overall rate", async () => {
    const pacer = createPacer({ chatIntervalMs: 0, perSecond: 50, logger });
    pacer.resume();
    const order: string[] = [];
    const jobs = [];
    for (let c = 0; c < 100; c++) for (let n = 0; n < 2; n++) jobs.push(pacer.enqueue(`chat-${c}`, async () => void order.push(`chat-${c}`)));
    await new Promise((r) => setTimeout(r, 30)); // the chatty chats are already sending
    const victimAt = order.length;
    jobs.push(pacer.enqueue('victim', async () => void order.push('victim'), { rank: 0 }));
    jobs.push(pacer.enqueue('high', async () => void order.push('high'), { rank: 1 }));
    await Promise.all(jobs);
    // Next in line: the critical one first, then the high one, then the 190-odd ordinary messages still waiting.
    expect(order.indexOf('victim') - victimAt).toBeLessThanOrEqual(1);
    expect(order.indexOf('high')).toBe(order.indexOf('victim') + 1);
    expect(order).toHaveLength(202);
  });
});
