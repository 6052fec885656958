/**
 * Builds the hotline's parts from config and a Redis client: shared by `npm start`, the cases CLI,
 * the benchmark and the tests, so they all run the same thing.
 */
import type { RedisClient as Redis } from './redis/redis-client.js';
import { createCaseStore, type CaseStore } from './cases/case-store.js';
import type { Config } from './config.js';
import { createHotline, type Hotline, type HotlineOptions } from './core/hotline.js';
import { sealerFor, type Sealer } from './core/sealed.js';
import { createTrail, type Trail } from './core/trail.js';
import { loadDeployment, type Deployment } from './deployment.js';
import { loadLocales, type Locales } from './i18n/locales.js';
import type { Logger } from './logger.js';
import { createKeys, type Keys } from './redis/keys.js';
import { createCardRenderer, type CardRenderer } from './officers/card.js';
import { createCaseDesk, type CaseDesk } from './officers/case-desk.js';
import { createReplicaWait } from './redis/replica-wait.js';

export interface App {
  hotline: Hotline;
  cases: CaseStore;
  keys: Keys;
  sealer: Sealer;
  deployment: Deployment;
  locales: Locales;
  /** Officers' actions on cases (the Telegram desk and the command-line desk). */
  desk: CaseDesk;
  /** Case cards and officers' messages in the desk language. */
  cards: CardRenderer;
  /** The messages in each person's chat, deleted after CHAT_ERASE_MINUTES, once answered, or on a wipe. */
  trail: Trail;
}

export function createApp(deps: {
  config: Pick<Config, 'dataKey' | 'deploymentFile' | 'conversationTtlSeconds'> & Partial<Pick<Config, 'dataKeys' | 'personIdKey' | 'intakeSilenceMs' | 'suspectQuietMs' | 'cantTalkMs' | 'chatEraseMs' | 'events'>> & { redis: { prefix: string; waitReplicas?: number } };
  redis: Redis;
  logger: Logger;
  /** The time now, in ms, for the trail's deletions (tests move it). */
  clock?: () => number;
  localesDir?: string;
  hotline?: Partial<Pick<HotlineOptions, 'leaseMs' | 'retry' | 'seenMax' | 'flows'>>;
}): App {
  const { config, logger } = deps;
  const deployment = loadDeployment(config.deploymentFile);
  const locales = loadLocales(deps.localesDir ?? 'locales', deployment.languages);
  const keys = createKeys(config.redis.prefix);
  const sealer = sealerFor(config);
  const { redis } = deps;
  const hotline = createHotline({
    redis, keys, sealer, locales, deployment, logger,
    conversationTtlSeconds: config.conversationTtlSeconds,
    silenceMs: config.intakeSilenceMs,
    suspectQuietMs: config.suspectQuietMs,
    cantTalkMs: config.cantTalkMs,
    eventsMaxLen: config.events?.maxLen,
    // Under Sentinel: replies go out once a replica has the commit (README "Redis: Sentinel or Cluster").
    ...(config.redis.waitReplicas ? { afterCommit: createReplicaWait({ redis, replicas: config.redis.waitReplicas, logger }) } : {}),
    ...deps.hotline,
  });
  return {
    hotline,
    cases: createCaseStore({ redis, keys, sealer }),
    keys,
    sealer,
    deployment,
    locales,
    desk: createCaseDesk({ redis, keys, sealer, eventsMaxLen: config.events?.maxLen }),
    cards: createCardRenderer({ locales, deployment }),
    trail: createTrail({
      redis, keys, sealer, logger, clock: deps.clock,
      eraseMs: config.chatEraseMs ?? 240 * 60_000, // CHAT_ERASE_MINUTES' default
      ttlSeconds: config.conversationTtlSeconds,
    }),
  };
}
