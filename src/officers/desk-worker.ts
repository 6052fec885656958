/**
 * The officer desk's engine, in the bot process. It reads the events stream through a consumer group
 * (at least once: an entry is acknowledged only after its work is safely queued or done; a crashed
 * reader's entries are taken over with XAUTOCLAIM) and turns case changes into board posts
 * (src/officers/board-poster.ts: never blocked by one post the group refuses), deadlines (src/officers/desk-deadlines.ts: re-alerts of unclaimed
 * urgent cases, held answers' release) and deliveries of officers' answers by the relay.
 */
import { duplicateClient, type RedisClient as Redis } from '../redis/redis-client.js';
import type { CaseStore } from '../cases/case-store.js';
import type { Sealer } from '../core/sealed.js';
import type { Logger } from '../logger.js';
import type { Keys } from '../redis/keys.js';
import { streamFields } from '../redis/stream-fields.js';
import type { Board } from './board.js';
import { createBoardPoster } from './board-poster.js';
import type { CardRenderer } from './card.js';
import { createDeskDeadlines } from './desk-deadlines.js';
import type { PersonActivity, Relay } from './relay.js';

export type { Board, CardRef } from './board.js';

export interface DeskWorkerOptions {
  redis: Redis;
  keys: Keys;
  sealer: Sealer;
  store: CaseStore;
  relay: Relay;
  renderer: CardRenderer;
  logger: Logger;
  /** The officers' group; without one, only the relay and deadlines run (the command-line desk is the desk). */
  board?: Board;
  /** Re-alert an unclaimed case after this long (ms). */
  realertMs: { critical: number; high: number };
  /** Re-alert a claimed case with no answer to the person this long after the claim (ms; default 10 min / 1 h). */
  responseMs?: { critical: number; high: number };
  /** Paged by direct message, in turn, at each re-alert after the group's (default: `supervisors`). */
  roster?: number[];
  /** A person went silent in the middle of a report: their flow hears of it (the hotline's `silence`). */
  silence?(personId: string): Promise<void>;
  /** Messages of a person's chat are due to be deleted (the trail's `eraseDue`). */
  erase?(personId: string): Promise<void>;
  /** Telegram user ids mentioned in re-alerts. */
  supervisors: number[];
  /** Consumer name in the group: unique per process. */
  consumer?: string;
  /** How many new cases may wait for their card before a digest lists them (default 5). */
  digestThreshold?: number;
  /** Least time between two digests (ms, default 15 s). */
  digestEveryMs?: number;
  /** How many bare SOS waiting for their card make a swarm digest (default 5). */
  swarmThreshold?: number;
  /** Re-alerts are folded into one message at most this often (ms, default 60 s). */
  realertEveryMs?: number;
  /** Entries pending longer than this in a crashed reader are taken over (ms, default 60 s). */
  claimIdleMs?: number;
  /** Poll interval of deadlines (ms, default 1 s). */
  tickMs?: number;
  /** The time now, in ms (tests move it). */
  clock?: () => number;
}

export interface DeskWorker {
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Runs one round of everything (read events, due deadlines, board posts) — for tests and tools. */
  runOnce(): Promise<void>;
}

/** What a `case.person-active` entry says the person's message was (anything unknown counts as `other`). */
function activityOf(f: Record<string, string>): PersonActivity {
  const by = f.by === 'typed' || f.by === 'code' ? f.by : 'other';
  const quiet = f.quiet ? Number(f.quiet) : NaN;
  return { by, quietMs: Number.isFinite(quiet) ? quiet : undefined };
}

/** The desk worker's consumer group on the events stream. */
export const DESK_GROUP = 'desk';

export function createDeskWorker(opts: DeskWorkerOptions): DeskWorker {
  const { redis, keys, relay, logger } = opts;
  const consumer = opts.consumer ?? `desk-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
  const claimIdleMs = opts.claimIdleMs ?? 60_000;
  const tickMs = opts.tickMs ?? 1_000;
  const poster = opts.board
    ? createBoardPoster({
      redis, keys, sealer: opts.sealer, store: opts.store, renderer: opts.renderer, logger, board: opts.board,
      supervisors: opts.supervisors, digestThreshold: opts.digestThreshold, digestEveryMs: opts.digestEveryMs,
      swarmThreshold: opts.swarmThreshold, realertEveryMs: opts.realertEveryMs,
    })
    : undefined;
  const deadlines = createDeskDeadlines({ redis, keys, store: opts.store, relay, logger, poster, realertMs: opts.realertMs, responseMs: opts.responseMs, roster: opts.roster ?? opts.supervisors, silence: opts.silence, erase: opts.erase, clock: opts.clock ?? Date.now });

  async function ensureGroup() {
    try {
      await redis.xgroup('CREATE', keys.events, DESK_GROUP, '0', 'MKSTREAM');
    } catch (err) {
      if (!/BUSYGROUP/.test((err as Error).message)) throw err;
    }
  }

  /** What one events-stream entry means for the desk. Throws to leave it unacknowledged (retried). */
  async function handleEvent(id: string, f: Record<string, string>) {
    const caseId = f.case ?? '';
    const at = Number(f.at) || Date.now();
    switch (f.type) {
      case 'case.opened':
        await deadlines.scheduleRealert(caseId, f.urgency, at);
        if (poster) await poster.card(caseId, f.urgency, at);
        return;
      case 'case.escalated':
        // Unclaimed, its re-alert comes sooner; claimed, its response time runs from now (each checks which).
        await deadlines.scheduleRealert(caseId, f.urgency, at);
        await deadlines.scheduleResponse(caseId, f.urgency, at, false);
        if (poster) await poster.card(caseId, f.urgency, at);
        return;
      case 'case.reopened':
        // A danger message on a case an officer had finished: alert the group again as for a new case.
        await deadlines.rearmRealert(caseId, f.urgency, at);
        if (poster) {
          await poster.card(caseId, f.urgency, at);
          await poster.reopened(caseId, at);
        }
        return;
      case 'case.lowered':
      case 'case.restored':
        // An officer changed the urgency by hand: re-alerts follow the new one (none for normal).
        await deadlines.rescheduleRealert(caseId, f.urgency, at);
        await deadlines.scheduleResponse(caseId, f.urgency, at, false);
        if (poster) await poster.card(caseId, f.urgency, at);
        return;
      case 'case.claimed':
        // Claimed: a re-alert if the person has no answer within the response time.
        await deadlines.scheduleResponse(caseId, f.urgency, at, true);
        if (poster) await poster.card(caseId, f.urgency, at);
        return;
      case 'case.handed':
        // Handed to a colleague: their response time runs from now, and the group is told who has it.
        await deadlines.scheduleResponse(caseId, f.urgency, at, true);
        if (poster) {
          await poster.card(caseId, f.urgency, at);
          await poster.replyStatus(id, caseId, f.urgency, at);
        }
        return;
      case 'case.unclaimed':
        // Given back (or freed at start-up): nobody has it, so its re-alerts start again.
        await deadlines.rearmRealert(caseId, f.urgency, at);
        if (poster) await poster.card(caseId, f.urgency, at);
        return;
      case 'case.status':
        // In progress takes an unclaimed case for the officer setting it: as a claim. (The due check reads the case.)
        if (f.status === 'in-progress') await deadlines.scheduleResponse(caseId, f.urgency, at, false);
        if (poster) await poster.card(caseId, f.urgency, at);
        return;
      case 'case.updated':
      case 'case.note':
      case 'case.linked':
      case 'case.link-rejected':
        if (poster) await poster.card(caseId, f.urgency, at);
        return;
      case 'case.message':
      case 'case.wiped': // a line in the case's thread: the person deleted their chat
        if (poster) await poster.message(id, caseId, f.urgency, at);
        return;
      case 'case.forgotten': // a line in the case's thread: the person asked to be forgotten (the case stays)
        if (poster) {
          await poster.card(caseId, f.urgency, at);
          await poster.message(id, caseId, f.urgency, at);
        }
        return;
      case 'case.purged': {
        // The case was deleted (retention, or the person's /forget): its topic is closed.
        const chat = Number(f.chat);
        const thread = Number(f.thread);
        if (opts.board?.closeThread && f.chat && f.thread && Number.isSafeInteger(chat) && Number.isSafeInteger(thread)) {
          await opts.board.closeThread({ chat, thread });
        }
        return;
      }
      case 'case.person-active':
        await relay.deliver(caseId, 'person-active', activityOf(f));
        return;
      case 'case.duress':
        // The duress word: critical, re-alerted, and the whole group told at once (claimed or not).
        await deadlines.scheduleRealert(caseId, 'critical', at);
        if (poster) {
          await poster.card(caseId, f.urgency, at);
          await poster.replyStatus(id, caseId, f.urgency, at);
          await poster.duress(caseId, at);
        }
        return;
      case 'case.cant-talk':
      case 'case.release-locked':
      case 'case.release-unlocked':
      case 'case.pin-capped': // a relative's status check and PIN (src/cases/relative-access.ts, src/officers/relative-desk.ts)
      case 'case.pin-forgotten':
      case 'case.pin-reset':
      case 'case.told':
        if (poster) {
          await poster.card(caseId, f.urgency, at);
          await poster.replyStatus(id, caseId, f.urgency, at);
        }
        return;
      case 'case.resumed':
        // An officer let messages reach the chat again: held answers follow the usual rules from now.
        if (poster) {
          await poster.card(caseId, f.urgency, at);
          await poster.replyStatus(id, caseId, f.urgency, at);
        }
        await relay.deliver(caseId, 'queued');
        return;
      case 'case.reply':
        if (f.state === 'queued') {
          await deadlines.answered(caseId);
          await relay.deliver(caseId, 'queued');
        }
        else if (poster) {
          await poster.replyStatus(id, caseId, f.urgency, at);
          await poster.card(caseId, f.urgency, at);
        }
        return;
      default:
        return; // other consumers' events
    }
  }

  /** Blocking reads get a connection of their own: they would stall every other command on a shared one. */
  let reader: Redis | undefined;
  async function readEvents(block: boolean) {
    // A crashed reader's entries first, then new ones.
    const claimed = (await redis.xautoclaim(keys.events, DESK_GROUP, consumer, claimIdleMs, '0', 'COUNT', 100)) as [string, Array<[string, string[]]>];
    const fresh = (block && reader
      ? await reader.xreadgroup('GROUP', DESK_GROUP, consumer, 'COUNT', 100, 'BLOCK', tickMs, 'STREAMS', keys.events, '>')
      : await redis.xreadgroup('GROUP', DESK_GROUP, consumer, 'COUNT', 100, 'STREAMS', keys.events, '>')) as Array<[string, Array<[string, string[] | null]>]> | null;
    const entries = [...claimed[1], ...(fresh?.[0]?.[1] ?? [])];
    for (const [id, flat] of entries) {
      if (!flat) {
        await redis.xack(keys.events, DESK_GROUP, id); // trimmed away: nothing left to do
        continue;
      }
      try {
        await handleEvent(id, streamFields(flat));
        await redis.xack(keys.events, DESK_GROUP, id);
      } catch (err) {
        logger.error({ err, entry: id, type: streamFields(flat).type }, 'desk could not handle an event; it will be retried');
      }
    }
  }

  let running = false;
  const loops: Array<Promise<void>> = [];
  const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
  /** Runs `round` until stopped; a failed round is logged and retried after a pause. */
  const forever = (name: string, round: () => Promise<unknown>) =>
    (async () => {
      while (running) {
        try {
          await round();
        } catch (err) {
          logger.error({ err, loop: name }, 'desk round failed');
          await sleep(tickMs);
        }
      }
    })();

  return {
    async start() {
      await ensureGroup();
      await poster?.reconcile(); // a topic recorded before a kill gets its card
      reader = duplicateClient(redis);
      running = true;
      // Events and deadlines in one loop; board posts (which wait for Telegram's rate limit) in another,
      // so an answer to a person never waits behind a queue of cards.
      loops.push(forever('events', async () => {
        await readEvents(true);
        await deadlines.runDue();
      }));
      if (poster) {
        loops.push(forever('board', async () => {
          await poster.drain(Date.now() + 5_000);
          await sleep(Math.min(tickMs, 200));
        }));
      }
    },
    async stop() {
      running = false;
      poster?.stop(); // a card waiting for the group's rate limit stays queued: no minute's wait on shutdown
      await Promise.all(loops.splice(0));
      reader?.disconnect();
      reader = undefined;
    },
    async runOnce() {
      await ensureGroup();
      await readEvents(false);
      await deadlines.runDue();
      await poster?.drain(Date.now() + 5_000);
    },
  };
}
