/**
 * Telegram posting updates to webhooks, for the loopback Bot API server process: up to `lanes` POSTs in flight
 * (Telegram's `max_connections`, default 40), spread round robin over `urls` as a load balancer would, and one
 * chat's next update posted only once its last one was answered 2xx (per-chat order). An update answered
 * otherwise (or not at all) is posted again after `retryMs`, as Telegram retries.
 */
import type { Update } from 'grammy/types';

/** The chat an update belongs to (its message's, its button's message's, or its sender's). */
function chatOf(update: Update): number | string {
  const u = update as {
    message?: { chat: { id: number } }; edited_message?: { chat: { id: number } };
    callback_query?: { message?: { chat: { id: number } }; from: { id: number } };
  };
  return u.message?.chat.id ?? u.edited_message?.chat.id ?? u.callback_query?.message?.chat.id ?? u.callback_query?.from.id ?? `u${update.update_id}`;
}

/** Counters of a {@link WebhookDelivery}: POSTs answered 2xx, POSTs answered otherwise, updates not yet delivered. */
export interface DeliveryStats { delivered: number; refused: number; pending: number; inFlight: number }

/** Delivers pushed updates to the webhook URLs; see the module comment. */
export class WebhookDelivery {
  private readonly chats = new Map<number | string, Update[]>();
  private ready: Array<number | string> = [];
  private readyHead = 0;
  private inFlight = 0;
  private next = 0;
  private pending = 0;
  private delivered = 0;
  private refused = 0;

  constructor(private readonly urls: readonly string[], private readonly secret: string, private readonly lanes = 40, private readonly retryMs = 200) {
    if (urls.length === 0) throw new Error('WebhookDelivery: no urls');
  }

  /** Queues one update behind its chat's earlier ones. */
  push(update: Update): void {
    this.pending++;
    const key = chatOf(update);
    const waiting = this.chats.get(key);
    if (waiting) {
      waiting.push(update);
      return;
    }
    this.chats.set(key, [update]);
    this.ready.push(key);
    this.pump();
  }

  stats(): DeliveryStats {
    return { delivered: this.delivered, refused: this.refused, pending: this.pending, inFlight: this.inFlight };
  }

  private pump(): void {
    while (this.inFlight < this.lanes && this.readyHead < this.ready.length) {
      const key = this.ready[this.readyHead++]!;
      void this.post(key);
    }
    if (this.readyHead > 1024 && this.readyHead * 2 > this.ready.length) {
      this.ready = this.ready.slice(this.readyHead);
      this.readyHead = 0;
    }
  }

  private async post(key: number | string): Promise<void> {
    const queue = this.chats.get(key)!;
    const update = queue[0]!;
    const url = this.urls[this.next++ % this.urls.length]!;
    this.inFlight++;
    let status: number;
    try {
      const res = await fetch(url, {
        method: 'POST', body: JSON.stringify(update),
        headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': this.secret },
      });
      await res.arrayBuffer();
      status = res.status;
    } catch {
      status = 0; // not reachable: posted again
    }
    this.inFlight--;
    if (status >= 200 && status < 300) {
      this.delivered++;
      this.pending--;
      queue.shift();
      if (queue.length === 0) this.chats.delete(key);
      else this.ready.push(key);
    } else {
      this.refused++;
      setTimeout(() => {
        this.ready.push(key);
        this.pump();
      }, this.retryMs).unref();
    }
    this.pump();
  }
}
