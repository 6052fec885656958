/**
 * `npm run bench:kill`: 100 SIGKILLs of the bot (restarted each time) and 5 of Redis (restarted on the same AOF
 * directory) while simulated people walk intakes (workers with an SOS, relatives' reports) and officers answer
 * with `/reply` in each case's topic; then the checks, printed (bench/kill-loop/run.ts). Options:
 * `--kills N`, `--redis-kills N`, `--people N`, `--up MIN-MAX` (ms the bot runs before each kill),
 * `--fsync always|everysec`, `--seed N`. Exits 1 when a check fails.
 */
import { parseArgs } from 'node:util';
import { failures, runKillLoop } from './kill-loop/run.js';

const { values } = parseArgs({
  options: {
    kills: { type: 'string', default: '100' },
    'redis-kills': { type: 'string', default: '5' },
    people: { type: 'string', default: '40' },
    up: { type: 'string', default: '1000-4000' },
    fsync: { type: 'string', default: 'always' },
    seed: { type: 'string', default: '12' },
  },
});
const [upMin, upMax] = values.up.split('-').map(Number) as [number, number];
if (values.fsync !== 'always' && values.fsync !== 'everysec') throw new Error('--fsync must be always or everysec');

const figures = await runKillLoop({
  botKills: Number(values.kills), redisKills: Number(values['redis-kills']), people: Number(values.people),
  upMs: [upMin, upMax], fsync: values.fsync, seed: Number(values.seed), settleMs: 150_000, // longer than the 60 s leases a killed process leaves on a delivery or an outbox lane
  log: (line) => process.stderr.write(`${line}\n`),
});
const f = figures;
const lines = [
  `kills: bot ${f.kills.bot} (+${f.kills.botExitedByItself} exits by itself), redis ${f.kills.redis} (appendfsync ${values.fsync})`,
  `people: ${f.people.total} (finished ${f.people.finished}, sent an SOS ${f.people.sosSent}, alerted ${f.people.alerted}, nudges after silence ${f.people.nudges})`,
  `cases: ${f.cases}; people with two or more: ${f.duplicates}; missing: finished ${f.missing.finished}, SOS ${f.missing.sos}; SOS not in the queue: ${f.sosNotQueued}`,
  `topics: cases with one ${f.topics.cases - f.topics.twoOrMore}, with two or more ${f.topics.twoOrMore}, cases without a topic ${f.topics.casesWithNone}`,
  `answers: sent ${f.answers.sent}, confirmed in the topic ${f.answers.confirmed}; delivered 0× ${f.answers.delivered.zero}, 1× ${f.answers.delivered.one}, 2+× ${f.answers.delivered.twoOrMore}`,
  `bot error logs: ${f.botErrorLogs}; time: ${f.seconds} s`,
];
process.stdout.write(`${lines.join('\n')}\n`);
const failed = failures(f);
process.stdout.write(failed.length === 0 ? 'all checks passed\n' : `FAILED:\n${failed.map((x) => `  - ${x}`).join('\n')}\n`);
process.exit(failed.length === 0 ? 0 : 1);
