/**
 * Read-only listing of open cases in queue order (most urgent, then oldest), for duty officers and
 * embassy systems: `npm run cases` for a table, `npm run cases -- --json` for JSON.
 * Shows personal fields only with --details (decrypted with DATA_KEY).
 */
import { parseArgs } from 'node:util';
import { createApp } from '../app.js';
import type { CaseView } from '../cases/case-record.js';
import { loadConfig } from '../config.js';
import { createLogger } from '../logger.js';
import { resolveRedis } from '../redis/connect.js';

const { values } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    details: { type: 'boolean', default: false },
    limit: { type: 'string', default: '100' },
  },
});

const config = loadConfig();
const logger = createLogger({ level: 'warn' });
const store = await resolveRedis({ redisUrl: config.redis.url, dataDir: config.dataDir, logger });
try {
  const app = createApp({ config, redis: store.redis, logger });
  const cases = await app.cases.listOpen({ limit: Number(values.limit) });
  const now = Date.now();
  const publicView = (c: CaseView) => {
    const { private: personal, ...rest } = c;
    return values.details ? c : { ...rest, private: undefined, hasLocation: !!personal.location };
  };
  if (values.json) {
    process.stdout.write(`${JSON.stringify(cases.map(publicView), null, 2)}\n`);
  } else if (cases.length === 0) {
    process.stdout.write('No open cases.\n');
  } else {
    const age = (ms: number) => (ms < 3_600_000 ? `${Math.round(ms / 60_000)}m` : `${(ms / 3_600_000).toFixed(1)}h`);
    const rows = cases.map((c) => ({
      case: c.id,
      kind: c.kind,
      urgency: c.urgency,
      age: age(now - c.createdAt),
      status: c.status,
      intake: c.intakeComplete ? 'complete' : 'ongoing',
      country: c.country ?? '?',
      lang: c.lang || '?',
      people: c.people ?? '?',
      reasons: c.reasons.join(', '),
      // Same person for sure, then possible matches for an officer to confirm (marked "?").
      links: [...c.links, ...c.possibleLinks.map((id) => `${id}?`)].join(' '),
    }));
    const cols = Object.keys(rows[0]!) as Array<keyof (typeof rows)[number]>;
    const width = (k: (typeof cols)[number]) => Math.max(k.length, ...rows.map((r) => r[k].length));
    const line = (r: Record<string, string>) => cols.map((k) => r[k]!.padEnd(width(k))).join('  ').trimEnd();
    process.stdout.write(`${line(Object.fromEntries(cols.map((k) => [k, k.toUpperCase()])))}\n`);
    for (const r of rows) process.stdout.write(`${line(r)}\n`);
    process.stdout.write(`${cases.length} open case(s).\n`);
  }
} finally {
  await store.stop();
}
