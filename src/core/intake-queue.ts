/**
 * A fair, bounded intake in front of the hotline core, for channels whose updates arrive faster than Redis
 * work can be done for them (a Telegram poll brings 100 at once).
 *
 * Each chat has a small backlog of its own, outside the shared slots, and runs one unit of work at a time,
 * in arrival order. Across chats, at most `maxInFlight` chats run at once, taken in turn (a chat that just
 * ran goes to the back of the line). A chat with danger waiting runs at once, outside the slots: danger is
 * recognised when a message arrives, before any queue, so it jumps every queue.
 *
 * What a chat sends beyond its backlog is merged, not queued: its plain texts are joined into one text
 * (answered once, passed on to the officers like any text once a case is open); whatever else it sends
 * (button presses, stickers, photos, pins, commands) rides along in the same unit, processed in order
 * with its replies folded. Danger is never merged: each danger message is a unit of its own.
 */
import type { InboundMessage } from './messages.js';

/** One message that arrived, with what the channel keeps to answer it (`ref`). `seq` orders arrivals. */
export interface IntakeEntry<R = unknown> {
  msg: InboundMessage;
  /** Recognised as danger on arrival (text or caption). */
  danger: boolean;
  seq: number;
  ref?: R;
}

/**
 * What runs as one step: one message, or (beyond the backlog) a merge of several. `merged` units hold the
 * overflow of a flooding chat; `text` is their plain texts joined, in order.
 */
export interface IntakeUnit<R = unknown> {
  chat: string;
  entries: IntakeEntry<R>[];
  danger: boolean;
  merged: boolean;
}

export interface IntakeQueueOptions<R> {
  /** Ordinary chats running at once; chats with danger waiting run beyond it. */
  maxInFlight: number;
  /** Units a chat may have waiting before what it sends is merged (8: a person typing fast is never merged). */
  backlog: number;
  /**
   * Whether updates are still waiting to be taken in (the channel's last poll came back full): meanwhile at
   * most `catchUpInFlight` ordinary chats run, so that taking in — where danger is recognised — gets the CPU
   * first. Danger units run as always (and while one runs, the same limit holds). Call
   * {@link IntakeQueue.wake} once it turns false.
   */
  catchingUp?(): boolean;
  /** Ordinary chats started while catching up or while danger runs (default 1: they still move, in turn). */
  catchUpInFlight?: number;
  /** Longest merged text, in UTF-16 units; beyond it a new merged unit starts. */
  mergeMaxChars?: number;
  /** Runs one unit; must not throw (the queue logs nothing and would drop the error). */
  run(unit: IntakeUnit<R>): Promise<void>;
}

export interface IntakeQueue<R> {
  /** Takes an arrival: `queued` as a unit of its own, or `merged` into the chat's last unit. */
  push(entry: IntakeEntry<R>): 'queued' | 'merged';
  /**
   * Puts entries back (after an outage, or replayed from a journal) in arrival order with what the chat
   * still has waiting, merging again where the backlog is full.
   */
  requeue(entries: IntakeEntry<R>[]): void;
  /** Chats running now (ordinary, danger), units waiting in all chats, and chats in line for a slot. */
  stats(): { running: number; dangerRunning: number; waitingUnits: number; waitingChats: number };
  /** Starts what the slots allow now (after catching up ended). */
  wake(): void;
  /** Starts nothing new; resolves once the units running now are done. What waits is left. */
  stop(): Promise<void>;
  /** Resolves once nothing runs and nothing waits (tests, benches). */
  idle(): Promise<void>;
}

/** Plain typed text (not an edit): what a merge may join. */
const joinable = (e: IntakeEntry): boolean => e.msg.body.kind === 'text' && !e.msg.body.edited && !e.danger;

/** The text a merged unit passes to the core: its plain texts joined by line breaks, or undefined if none. */
export function mergedText(unit: IntakeUnit): string | undefined {
  const texts = unit.entries.filter(joinable).map((e) => (e.msg.body as { text: string }).text);
  return texts.length > 0 ? texts.join('\n') : undefined;
}

interface Lane<R> {
  chat: string;
  units: IntakeUnit<R>[];
  running: boolean;
  /** Danger units waiting (not yet started). */
  danger: number;
  /** In the ordinary line (not running). */
  lined: boolean;
  /** Characters of plain text in the last unit, when it is a merged one. */
  tailChars: number;
}

/** A FIFO with O(1) shift. */
class Line<T> {
  private items: T[] = [];
  private head = 0;
  push(x: T): void {
    this.items.push(x);
  }
  shift(): T | undefined {
    if (this.head >= this.items.length) return undefined;
    const x = this.items[this.head]!;
    this.items[this.head++] = undefined as T;
    if (this.head > 1024 && this.head * 2 > this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
    return x;
  }
  get length(): number {
    return this.items.length - this.head;
  }
}

export function createIntakeQueue<R>(opts: IntakeQueueOptions<R>): IntakeQueue<R> {
  const { maxInFlight, backlog } = opts;
  if (!Number.isInteger(maxInFlight) || maxInFlight < 1) throw new Error(`intake needs a positive maxInFlight, got ${maxInFlight}`);
  if (!Number.isInteger(backlog) || backlog < 1) throw new Error(`intake needs a positive backlog, got ${backlog}`);
  const mergeMaxChars = opts.mergeMaxChars ?? 4096 * 4;
  const lanes = new Map<string, Lane<R>>();
  const line = new Line<Lane<R>>();
  let running = 0;
  let dangerRunning = 0;
  let stopped = false;
  const active = new Set<Promise<void>>();
  let idleWaiters: Array<() => void> = [];

  const lane = (chat: string): Lane<R> => {
    let l = lanes.get(chat);
    if (!l) {
      l = { chat, units: [], running: false, danger: 0, lined: false, tailChars: -1 };
      lanes.set(chat, l);
    }
    return l;
  };

  function add(l: Lane<R>, entry: IntakeEntry<R>): 'queued' | 'merged' {
    const tail = l.units.at(-1);
    const length = joinable(entry) ? (entry.msg.body as { text: string }).text.length + 1 : 0;
    if (!entry.danger && l.units.length >= backlog) {
      // Beyond the backlog: into the last unit when it is a merge with room, else a new merged unit.
      if (tail?.merged && l.tailChars + length <= mergeMaxChars) {
        tail.entries.push(entry);
        l.tailChars += length;
        return 'merged';
      }
      l.units.push({ chat: l.chat, entries: [entry], danger: false, merged: true });
      l.tailChars = length;
      return 'merged';
    }
    l.units.push({ chat: l.chat, entries: [entry], danger: entry.danger, merged: false });
    l.tailChars = -1;
    if (entry.danger) l.danger++;
    return 'queued';
  }

  function settle(): void {
    if (running === 0 && dangerRunning === 0 && [...lanes.values()].every((l) => l.units.length === 0)) {
      const waiters = idleWaiters;
      idleWaiters = [];
      for (const w of waiters) w();
    }
  }

  function start(l: Lane<R>, urgent: boolean): void {
    const unit = l.units.shift()!;
    if (l.units.length === 0) l.tailChars = -1;
    if (unit.danger) l.danger--;
    l.running = true;
    if (urgent) dangerRunning++;
    else running++;
    const work = opts.run(unit).catch(() => undefined).finally(() => {
      active.delete(work);
      l.running = false;
      if (urgent) dangerRunning--;
      else running--;
      if (l.units.length === 0 && !l.lined) lanes.delete(l.chat);
      else ready(l);
      pump();
      settle();
    });
    active.add(work);
  }

  /** A lane with work and nothing running: at once if danger waits, else in the line for a slot. */
  function ready(l: Lane<R>): void {
    if (stopped || l.running || l.units.length === 0) return;
    if (l.danger > 0) start(l, true);
    else if (!l.lined) {
      l.lined = true;
      line.push(l);
    }
  }

  const catchUpInFlight = Math.max(1, Math.min(maxInFlight, opts.catchUpInFlight ?? 1));
  // Fewer ordinary chats start while taking in is behind, or while danger runs: danger gets the CPU first.
  const slots = () => (dangerRunning > 0 || opts.catchingUp?.() ? catchUpInFlight : maxInFlight);

  function pump(): void {
    while (!stopped && running < slots() && line.length > 0) {
      const l = line.shift()!;
      l.lined = false;
      if (l.running || l.units.length === 0) {
        if (!l.running && l.units.length === 0) lanes.delete(l.chat);
        continue; // taken by the danger lane meanwhile
      }
      start(l, l.danger > 0);
    }
  }

  return {
    push(entry) {
      const l = lane(entry.msg.address);
      const result = add(l, entry);
      ready(l);
      pump();
      return result;
    },
    requeue(entries) {
      const byChat = new Map<string, IntakeEntry<R>[]>();
      for (const e of entries) {
        const list = byChat.get(e.msg.address) ?? [];
        list.push(e);
        byChat.set(e.msg.address, list);
      }
      for (const [chat, list] of byChat) {
        const l = lane(chat);
        const waiting = l.units.flatMap((u) => u.entries);
        l.units = [];
        l.danger = 0;
        l.tailChars = -1;
        for (const e of [...waiting, ...list].sort((a, b) => a.seq - b.seq)) add(l, e);
        ready(l);
      }
      pump();
    },
    stats() {
      let waitingUnits = 0;
      for (const l of lanes.values()) waitingUnits += l.units.length;
      return { running, dangerRunning, waitingUnits, waitingChats: line.length };
    },
    wake: () => pump(),
    async stop() {
      stopped = true;
      await Promise.allSettled([...active]);
    },
    idle() {
      return new Promise<void>((resolve) => {
        idleWaiters.push(resolve);
        settle();
      });
    },
  };
}
