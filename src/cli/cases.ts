/**
 * Read-only listing of open cases in queue order (most urgent, then oldest), for duty officers and
 * embassy systems: `npm run cases` for a table, `npm run cases -- --json` for JSON.
 * Shows personal fields only with --details (decrypted with DATA_KEY). The listing lives in
 * src/cli/cases/ (runCasesCommand); this file is the process around it: configuration and Redis.
 */
import { createApp } from '../app.js';
import { loadConfig } from '../config.js';
import { createLogger } from '../logger.js';
import { redisTarget, resolveRedis } from '../redis/connect.js';
import { runCasesCommand } from './cases/run-cases-command.js';

process.exitCode = await runCasesCommand(process.argv.slice(2), {
  out: process.stdout,
  async open() {
    const config = loadConfig();
    const logger = createLogger({ level: 'warn' });
    const store = await resolveRedis({ ...redisTarget(config.redis), dataDir: config.dataDir, logger });
    try {
      const app = createApp({ config, redis: store.redis, logger });
      return { cases: app.cases, close: () => store.stop() };
    } catch (e) {
      await store.stop();
      throw e;
    }
  },
});
