import { describe, expect, it } from 'vitest';
import { createLimiter } from '../../src/core/limiter.js';

describe('limiter', () => {
  it('lets at most max through, the rest in arrival order', async () => {
    const limit = createLimiter(2);
    const order: number[] = [];
    const a = await limit.acquire();
    const b = await limit.acquire();
    const waiting = [3, 4, 5].map((n) => limit.acquire().then((release) => (order.push(n), release)));
    expect([limit.inFlight, limit.waiting]).toEqual([2, 3]);
    a();
    a(); // releasing twice frees one slot only
    const r3 = await waiting[0]!;
    expect(order).toEqual([3]);
    expect([limit.inFlight, limit.waiting]).toEqual([2, 2]);
    b();
    r3();
    (await waiting[1]!)();
    (await waiting[2]!)();
    expect(order).toEqual([3, 4, 5]);
    expect([limit.inFlight, limit.waiting]).toEqual([0, 0]);
  });

  it('refuses a nonsensical size', () => {
    expect(() => createLimiter(0)).toThrow(/positive whole number/);
  });
});
