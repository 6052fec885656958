/**
 * The command-line desk without its process: one `npm run desk` command, from its arguments to its exit
 * code, with the terminal, the environment and Redis handed in. src/cli/desk.ts runs it for the terminal;
 * tests run it in-process.
 *
 * The terminal shows case details: that is its purpose. Nothing here logs.
 */
import type { RedisClient as Redis } from '../../redis/redis-client.js';
import { createOutbox } from '../../core/outbox.js';
import type { Sealer } from '../../core/sealed.js';
import type { Deployment } from '../../deployment.js';
import type { Locales } from '../../i18n/locales.js';
import { createAnswerCheck } from '../../officers/answer-check.js';
import { createCardRenderer } from '../../officers/card.js';
import { createCaseDesk } from '../../officers/case-desk.js';
import { createRelativeDesk } from '../../officers/relative-desk.js';
import { createLogger } from '../../logger.js';
import type { Keys } from '../../redis/keys.js';
import { createDeskAuth } from '../../web/desk-auth.js';
import { LINK_MINUTES, signInUrl } from '../../web/desk-link.js';
import { actOnCase } from './act-on-case.js';
import { DESK_EXIT, type DeskContext, type Translate } from './desk-context.js';
import { listQueue } from './list-queue.js';
import { parseDeskCommand, type DeskEnv } from './parse-desk-command.js';
import { showCase } from './show-case.js';
import { watchEvents, type WatchDeps } from './watch-events.js';

/** The Redis a desk command works on, opened by {@link DeskCommandDeps.connect}. */
export interface DeskConnection {
  redis: Redis;
  /** Opens a second connection, for the blocking reads of `watch`; the watch closes it. */
  openReader: WatchDeps['openReader'];
  /** Lets go of `redis`; the desk calls it once the command is done. */
  close(): Promise<void>;
}

/** What {@link runDeskCommand} works with. */
export interface DeskCommandDeps {
  /** DESK_OFFICER and DESK_SUPERVISOR (`process.env` will do). */
  env: DeskEnv;
  deployment: Deployment;
  locales: Locales;
  /** Built from the same REDIS_PREFIX and DATA_KEY as the running hotline's. */
  keys: Keys;
  sealer: Sealer;
  /**
   * Connects to Redis. Called only once the command line is valid, so that help and wrong usage never
   * touch Redis; a failure is told as "could not run" (exit 3).
   */
  connect(): Promise<DeskConnection>;
  /** Where the answers go: the terminal's stdout. */
  out: Pick<NodeJS.WritableStream, 'write'>;
  /** Where refusals, usage problems and failures go: the terminal's stderr. */
  err: Pick<NodeJS.WritableStream, 'write'>;
  /** Ctrl-C for `watch` (see {@link WatchDeps.onInterrupt}). */
  onInterrupt: WatchDeps['onInterrupt'];
  /** The clock, in ms since the epoch; `Date.now` unless a test says otherwise. */
  now?: () => number;
  /** Where officers open the web desk (DESK_PUBLIC_URL, else http://HTTP_HOST:HTTP_PORT), for `web-link`. */
  deskUrl?: string;
}

/**
 * Runs one desk command (list, show, claim, unclaim, note, reply, location, status, lower, restore, watch,
 * help) through the case desk, which audits every action, and the card renderer, so that the terminal
 * shows the same facts as the Telegram cards. Resolves to the exit code ({@link DESK_EXIT}): 0 done,
 * 1 refused, 2 wrong usage, 3 could not run (Redis).
 *
 * @example
 * const code = await runDeskCommand(['--as', 'ana', 'claim', 'KH-4F7Q'], { env, deployment, locales, keys, sealer, connect, out, err, onInterrupt });
 */
export async function runDeskCommand(argv: string[], deps: DeskCommandDeps): Promise<number> {
  const { deployment, locales, keys, sealer } = deps;
  const out = (text = '') => void deps.out.write(`${text}\n`);
  const err = (text: string) => void deps.err.write(`${text}\n`);

  const line = parseDeskCommand(argv, deps);
  const { lang } = line;
  const t: Translate = (key, args) => locales.t(lang, key, args);
  switch (line.kind) {
    case 'help':
      out(t('desk-cli-usage'));
      return DESK_EXIT.done;
    case 'none':
      err(t('desk-cli-usage'));
      return DESK_EXIT.usage;
    case 'wrong':
      err(t('desk-cli-bad-usage', { problem: t(line.key, line.args) }));
      return DESK_EXIT.usage;
  }
  const { plan } = line;

  let store: DeskConnection;
  try {
    store = await deps.connect();
  } catch (e) {
    err(t('desk-cli-failed', { message: (e as Error).message }));
    return DESK_EXIT.failed;
  }
  try {
    const { redis } = store;
    const desk = createCaseDesk({ redis, keys, sealer });
    const quiet = createLogger({ level: 'silent' });
    // A new PIN is only written to the outbox here: the running hotline's sender loops send it.
    const outbox = createOutbox({ redis, keys, sealer, logger: quiet, senders: new Map() });
    const d: DeskContext = {
      desk,
      relatives: createRelativeDesk({ redis, keys, sealer, desk, outbox, locales, deployment, logger: quiet }),
      redis, keys, sealer, deployment,
      cards: createCardRenderer({ locales, deployment, lang }),
      check: createAnswerCheck({ locales, deployment }),
      t, out, err,
      now: deps.now ?? Date.now,
    };
    switch (plan.command) {
      case 'list': return await listQueue(d, plan.json);
      case 'watch': return await watchEvents(d, { openReader: store.openReader, onInterrupt: deps.onInterrupt });
      case 'show': return await showCase(d, plan.caseId, plan.officer);
      case 'web-link': {
        // The name is the CLI officer's (`cli:<name>`): who acts is recorded the same way as here.
        const name = plan.officer.id.slice('cli:'.length);
        const token = await createDeskAuth({ redis, keys }).issueLink({ id: plan.officer.id, name, supervisor: plan.officer.supervisor });
        out(t('desk-cli-web-link', { url: signInUrl(deps.deskUrl ?? 'http://127.0.0.1:8080', token), minutes: LINK_MINUTES }));
        return DESK_EXIT.done;
      }
      default: return await actOnCase(d, plan);
    }
  } catch (e) {
    err(t('desk-cli-failed', { message: (e as Error).message }));
    return DESK_EXIT.failed;
  } finally {
    await store.close();
  }
}
