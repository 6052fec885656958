/**
 * Replies to one person, rate-limited: so that a flood of messages does not become a flood of "please tap
 * a button". Within `perWindow` replies per `windowMs` to a chat everything goes out; beyond that, a reply
 * whose text already went to that chat `repeats` times in the window (a question asked again and again, the
 * same hint) is not sent again, while anything new (a case number, a different question) still is. A reply
 * to danger is never held.
 */
export interface ReplyLimiter {
  /** Whether to send `text` to `chat` now; counts it as sent when it says yes. */
  allow(chat: string, text: string, urgent: boolean): boolean;
}

export function createReplyLimiter(opts: { perWindow: number; windowMs?: number; repeats?: number; clock?: () => number }): ReplyLimiter {
  const windowMs = opts.windowMs ?? 10_000;
  const repeats = opts.repeats ?? 2;
  const clock = opts.clock ?? Date.now;
  /** Per chat: when each reply in the window went, and when each text went. */
  const chats = new Map<string, { times: number[]; texts: Map<string, number[]> }>();
  let lastSweep = clock();

  function sweep(now: number): void {
    if (now - lastSweep < windowMs) return;
    lastSweep = now;
    for (const [chat, c] of chats) if ((c.times.at(-1) ?? 0) <= now - windowMs) chats.delete(chat);
  }

  return {
    allow(chat, text, urgent) {
      const now = clock();
      sweep(now);
      let c = chats.get(chat);
      if (!c) {
        c = { times: [], texts: new Map() };
        chats.set(chat, c);
      }
      while (c.times.length > 0 && c.times[0]! <= now - windowMs) c.times.shift();
      for (const [t, times] of c.texts) {
        while (times.length > 0 && times[0]! <= now - windowMs) times.shift();
        if (times.length === 0) c.texts.delete(t);
      }
      const same = c.texts.get(text) ?? [];
      const ok = urgent || c.times.length < opts.perWindow || same.length < repeats;
      if (ok) {
        c.times.push(now);
        c.texts.set(text, [...same, now]);
      }
      return ok;
    },
  };
}
