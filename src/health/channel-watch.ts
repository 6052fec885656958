/**
 * Watches whether each enabled channel is connected, and tells when one dies or stays down, and when it is
 * back: the officers in their group (when Telegram works), the CLI desk's `watch` (a `channel.down` or
 * `channel.up` event on the events stream), and the log. The metric and `/readyz` read the same state.
 *
 * A problem that waiting will not fix (a revoked Telegram token, WhatsApp logged out or replaced, no number
 * linked) is told at once; any other (network down, reconnecting, refused) only once it has lasted
 * `graceMs` (a minute): a blip is not an alarm. Each change is told once across processes and restarts
 * (src/redis/lua/channel-alert.lua); when Redis is down the change is tried again at the next check.
 */
import type { RedisClient as Redis } from '../redis/redis-client.js';
import type { ChannelName } from '../core/messages.js';
import type { Logger } from '../logger.js';
import type { Keys } from '../redis/keys.js';
import { channelAlert } from '../redis/scripts.js';

/** Why a channel is not connected. No personal data: these words go to logs, metrics, events and the group. */
export type ChannelProblem = 'unauthorized' | 'logged-out' | 'replaced' | 'unlinked' | 'forbidden' | 'unreachable' | 'disconnected';

/** Problems that waiting does not fix: told at once. */
const LASTING: ReadonlySet<ChannelProblem> = new Set(['unauthorized', 'logged-out', 'replaced', 'unlinked']);

/** A channel's connection now. */
export interface ChannelLink {
  connected: boolean;
  /** Why not, when not connected. */
  problem?: ChannelProblem;
}

/** A channel the watch looks at: its name and how it is now. */
export interface WatchedChannel {
  name: ChannelName;
  link(): ChannelLink;
}

/** A change told: a channel down (with why), or back (with when it went down, ms; 0 when unknown). */
export type ChannelAlert =
  | { state: 'down'; channel: ChannelName; problem: ChannelProblem }
  | { state: 'up'; channel: ChannelName; since: number };

export interface ChannelWatchOptions {
  redis: Redis;
  keys: Pick<Keys, 'events' | 'channelAlert'>;
  channels: readonly WatchedChannel[];
  logger: Logger;
  /** Tells the officers (the group's general thread). A failure is logged, not retried: the event is on the stream. */
  tell?(alert: ChannelAlert): Promise<void>;
  /** A problem that may pass is told once it lasted this long, ms (default a minute). */
  graceMs?: number;
  /** How often to look, ms (default 5 s). */
  intervalMs?: number;
  /** The events stream's approximate max length. */
  eventsMaxLen?: number;
  /** The time now, ms (tests move it). */
  clock?: () => number;
}

export interface ChannelWatch {
  /** Each channel's connection now (for `/readyz` and the channel-state metric). */
  links(): Array<{ name: ChannelName } & ChannelLink>;
  /** One look at every channel: tells what changed. */
  check(): Promise<void>;
  start(): void;
  stop(): Promise<void>;
}

export function createChannelWatch(opts: ChannelWatchOptions): ChannelWatch {
  const { redis, keys, logger } = opts;
  const graceMs = opts.graceMs ?? 60_000;
  const clock = opts.clock ?? Date.now;
  /** When each channel was first seen not connected in this stretch. */
  const downSince = new Map<ChannelName, number>();
  /** What this process last told (or found told) of each channel. */
  const told = new Map<ChannelName, 'down' | 'up'>();
  let timer: NodeJS.Timeout | undefined;
  let checking: Promise<void> | undefined;

  async function announce(channel: ChannelName, state: 'down' | 'up', problem: ChannelProblem | ''): Promise<void> {
    const now = clock();
    const result = await channelAlert(redis, {
      keys: { alert: keys.channelAlert(channel), events: keys.events },
      args: { state, channel, problem, now, maxLen: opts.eventsMaxLen ?? 100_000 },
    });
    told.set(channel, state);
    if (!result) return; // told already (another process, or before a restart)
    if (state === 'down') logger.error({ channel, problem }, 'channel is down: officers told');
    else logger.warn({ channel, downForS: Number(result) > 0 ? Math.round((now - Number(result)) / 1000) : undefined }, 'channel is back: officers told');
    const alert: ChannelAlert = state === 'down' ? { state, channel, problem: problem as ChannelProblem } : { state, channel, since: Number(result) };
    await opts.tell?.(alert).catch((err: unknown) => logger.warn({ err: err instanceof Error ? { name: err.name, message: err.message } : err, channel, state }, 'could not tell the officers in their group'));
  }

  async function check(): Promise<void> {
    const now = clock();
    for (const channel of opts.channels) {
      const link = channel.link();
      try {
        if (link.connected) {
          downSince.delete(channel.name);
          // Back: told when it was told down, by this process or (unknown here) by another or before a restart.
          if (told.get(channel.name) !== 'up') await announce(channel.name, 'up', '');
          continue;
        }
        const since = downSince.get(channel.name) ?? now;
        downSince.set(channel.name, since);
        const problem = link.problem ?? 'disconnected';
        if (told.get(channel.name) !== 'down' && (LASTING.has(problem) || now - since >= graceMs)) await announce(channel.name, 'down', problem);
      } catch (err) {
        logger.warn({ err: err instanceof Error ? { name: err.name, message: err.message } : err, channel: channel.name }, 'channel state not recorded; trying again');
      }
    }
  }

  const tick = () => {
    checking ??= check().finally(() => (checking = undefined));
  };

  return {
    links: () => opts.channels.map((c) => ({ name: c.name, ...c.link() })),
    check,
    start() {
      tick();
      timer = setInterval(tick, opts.intervalMs ?? 5_000);
      timer.unref();
    },
    async stop() {
      if (timer) clearInterval(timer);
      timer = undefined;
      await checking;
    },
  };
}

/**
 * What officers read of a channel alert (desk.ftl `desk-channel-down` / `desk-channel-up`), in the group
 * and in the CLI desk's `watch`. `at` is when it was told, ms.
 */
export function channelAlertText(t: (key: string, args: Record<string, string | number>) => string, alert: ChannelAlert, at: number): string {
  if (alert.state === 'down') return t('desk-channel-down', { channel: alert.channel, problem: alert.problem });
  const minutes = alert.since > 0 ? Math.max(1, Math.round((at - alert.since) / 60_000)) : 0;
  return t('desk-channel-up', { channel: alert.channel, minutes });
}
