/**
 * The intake's slots while taking in is behind or danger runs (src/core/intake-queue.ts): ordinary chats go
 * one at a time, danger starts at once, and the slots open again on wake. Pure: units are promises the test
 * settles.
 */
import { describe, expect, it } from 'vitest';
import { createIntakeQueue, type IntakeUnit } from '../../src/core/intake-queue.js';
import type { InboundMessage } from '../../src/core/messages.js';

let seq = 0;
const entry = (address: string, danger = false) => ({
  msg: { channel: 'telegram', address, messageId: `m${++seq}`, at: Date.now(), body: { kind: 'text', text: danger ? 'SOS' : 'halo' } } as InboundMessage,
  danger, seq,
});

/** A queue whose units wait until the test lets them finish. */
function harness(opts: { catchingUp?: () => boolean }) {
  const running: Array<{ unit: IntakeUnit; done: () => void }> = [];
  const q = createIntakeQueue({
    maxInFlight: 8, backlog: 8, ...opts,
    run: (unit) => new Promise<void>((resolve) => running.push({ unit, done: resolve })),
  });
  const ordinary = () => running.filter((r) => !r.unit.danger).length;
  const finish = async (n: number) => {
    for (const r of running.splice(0, n)) r.done();
    await new Promise((r) => setTimeout(r, 0));
  };
  return { q, running, ordinary, finish };
}

describe('the intake while catching up', () => {
  it('runs one ordinary chat at a time while catching up, danger at once, and opens the slots on wake', async () => {
    let catchingUp = true;
    const h = harness({ catchingUp: () => catchingUp });
    for (let i = 0; i < 6; i++) h.q.push(entry(`chat-${i}`));
    expect(h.ordinary()).toBe(1);
    h.q.push(entry('sos', true));
    expect(h.running.filter((r) => r.unit.danger)).toHaveLength(1); // outside the slots
    catchingUp = false;
    h.q.wake();
    expect(h.ordinary()).toBe(1); // danger still runs: the limit holds
    await h.finish(h.running.length); // the ordinary one and the SOS are done
    expect(h.ordinary()).toBe(5); // the other five chats start together
  });

  it('without catching up, starts as many ordinary chats as the slots allow', () => {
    const h = harness({});
    for (let i = 0; i < 6; i++) h.q.push(entry(`chat-${i}`));
    expect(h.ordinary()).toBe(6);
  });
});
