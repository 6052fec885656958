/**
 * The duty desk in a terminal (`npm run desk`), for embassies that do not use Telegram: list, show, claim,
 * unclaim, hand, note, reply, location, status, lower, restore and watch, over the same Redis as the hotline.
 * The commands live in src/cli/desk/ (runDeskCommand); this file is the process around them:
 * configuration, Redis on demand, Ctrl-C and the exit code.
 *
 * The terminal shows case details: that is its purpose. Logs (stderr, pino) never do.
 * Exit codes: 0 done, 1 refused, 2 wrong usage, 3 could not run (configuration or Redis).
 */
import { loadConfig } from '../config.js';
import { sealerFor } from '../core/sealed.js';
import { loadDeployment } from '../deployment.js';
import { loadLocales } from '../i18n/locales.js';
import { createLogger } from '../logger.js';
import { redisTarget, resolveRedis } from '../redis/connect.js';
import { createKeys } from '../redis/keys.js';
import { DESK_EXIT } from './desk/desk-context.js';
import { runDeskCommand } from './desk/run-desk-command.js';

async function main(argv: string[], env: NodeJS.ProcessEnv): Promise<number> {
  let loaded;
  try {
    const config = loadConfig(env);
    const deployment = loadDeployment(config.deploymentFile);
    const locales = loadLocales('locales', deployment.languages);
    loaded = { config, deployment, locales, keys: createKeys(config.redis.prefix), sealer: sealerFor(config) };
  } catch (e) {
    // the locales may be what failed, so this one line cannot be translated
    process.stderr.write(`Could not run the desk: ${(e as Error).message}\n`);
    return DESK_EXIT.failed;
  }
  const { config, ...parts } = loaded;

  return runDeskCommand(argv, {
    ...parts,
    env,
    deskUrl: config.deskPublicUrl ?? `http://${config.http.host.includes(':') ? `[${config.http.host}]` : config.http.host}:${config.http.port}`,
    listedOfficers: [...config.officers.officerIds, ...config.officers.supervisorIds].map((id) => `telegram:${id}`),
    out: process.stdout,
    err: process.stderr,
    async connect() {
      const logger = createLogger({ level: env.LOG_LEVEL ?? 'warn' });
      const store = await resolveRedis({ ...redisTarget(config.redis), dataDir: config.dataDir, logger, name: 'desk' });
      return {
        redis: store.redis,
        openReader: () => store.openClient('desk-watch'),
        close: () => store.stop(),
      };
    },
    onInterrupt(stop) {
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
      return () => {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
      };
    },
  });
}

process.exitCode = await main(process.argv.slice(2), process.env);
