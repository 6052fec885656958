/**
 * What every command of the command-line desk works with once its command line is valid and Redis is
 * connected, and the exit codes they return.
 */
import type { RedisClient as Redis } from '../../redis/redis-client.js';
import type { Sealer } from '../../core/sealed.js';
import type { Deployment } from '../../deployment.js';
import type { Args } from '../../i18n/locales.js';
import type { AnswerCheck } from '../../officers/answer-check.js';
import type { CardRenderer } from '../../officers/card.js';
import type { CaseDesk } from '../../officers/case-desk.js';
import type { RelativeDesk } from '../../officers/relative-desk.js';
import type { Keys } from '../../redis/keys.js';

/** Exit codes of `npm run desk`: 0 done, 1 refused, 2 wrong usage, 3 could not run (configuration or Redis). */
export const DESK_EXIT = { done: 0, refused: 1, usage: 2, failed: 3 } as const;

/** A message of locales/<lang>/desk-cli.ftl (or desk.ftl) in the language the desk speaks. */
export type Translate = (key: string, args?: Args) => string;

/** The parts a desk command uses: the case desk, Redis for the plain reads, the words and the terminal. */
export interface DeskContext {
  /** Every action goes through the case desk, which audits it. */
  desk: CaseDesk;
  /** What a relative's status check tells, and a new PIN for them (audited too). */
  relatives: RelativeDesk;
  /** For reads the case desk has no call for: officers' names and the event stream. */
  redis: Redis;
  keys: Keys;
  sealer: Sealer;
  deployment: Deployment;
  /** Cards and times in the desk language, as the Telegram desk shows them. */
  cards: CardRenderer;
  /** Whether an answer looks like a case card or names another case: then it needs `--confirm`. */
  check: AnswerCheck;
  t: Translate;
  /** One line on standard output (an empty one without `text`). */
  out: (text?: string) => void;
  /** One line on standard error. */
  err: (text: string) => void;
  /** The clock, in ms since the epoch. */
  now: () => number;
  /** The Telegram officers listed in OFFICER_IDS and SUPERVISOR_IDS (`telegram:<id>`), for `hand`'s roster. */
  listedOfficers?: readonly string[];
}
