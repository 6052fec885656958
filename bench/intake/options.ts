/**
 * The intake benchmark's command line (`npm run bench:intake -- --help`): every option with its default, checked
 * once. `--help` prints the usage and exits; a bad value exits with status 2, naming the option and its range.
 */
import { parseArgs } from 'node:util';

/** The benchmark's options, as {@link readOptions} returns them. */
export type IntakeOptions = ReturnType<typeof readOptions>;

/** Parses and checks `process.argv`; exits on `--help` (status 0) or a bad value (status 2). */
export function readOptions() {
  const { values: flags } = parseArgs({
    options: {
      people: { type: 'string', default: '500' },
      seconds: { type: 'string', default: '30' },
      warmup: { type: 'string', default: '5' },
      rounds: { type: 'string', default: '0' },
      danger: { type: 'string', default: '0.1' },
      pin: { type: 'string', default: '0.5' },
      think: { type: 'string', default: '0' },
      'paced-think': { type: 'string', default: '1000' },
      'paced-seconds': { type: 'string', default: '20' },
      'paced-danger': { type: 'string', default: '0.5' },
      'profile-paced': { type: 'boolean', default: false },
      'memory-people': { type: 'string', default: '100000' },
      'memory-concurrency': { type: 'string', default: '500' },
      'redis-sample': { type: 'string', default: '1000' },
      'step-timeout': { type: 'string', default: '30000' },
      seed: { type: 'string', default: '1' },
      profile: { type: 'boolean', default: false },
      bot: { type: 'string', default: 'bench/bot-process.ts' },
      'bot-node-args': { type: 'string', default: '--max-semi-space-size=64' }, // as `npm start` runs the bot
      'profile-dir': { type: 'string', default: 'reports' },
      help: { type: 'boolean', default: false },
    },
    allowPositionals: false,
  });

  if (flags.help) {
    process.stdout.write(
      'npm run bench:intake -- [--people 500] [--seconds 30] [--warmup 5] [--rounds N] [--danger 0.1] [--pin 0.5] [--think 0]\n' +
        '                 [--paced-seconds 20] [--paced-think 1000] [--paced-danger 0.5] [--profile-paced]\n' +
        '                 [--memory-people 100000] [--memory-concurrency 500] [--redis-sample 1000] [--profile] [--profile-dir reports]\n' +
        '                 [--bot bench/bot-process.ts] [--bot-node-args=--max-semi-space-size=64]\n',
    );
    process.exit(0);
  }

  function num(name: keyof typeof flags, min: number, max: number): number {
    const raw = flags[name];
    const n = Number(raw);
    if (typeof raw !== 'string' || !Number.isFinite(n) || n < min || n > max) {
      process.stderr.write(`--${name} must be a number from ${min} to ${max} (got ${String(raw)})\n`);
      process.exit(2);
    }
    return n;
  }

  return {
    people: Math.floor(num('people', 1, 100_000)),
    seconds: num('seconds', 1, 3600),
    warmup: num('warmup', 0, 600),
    rounds: Math.floor(num('rounds', 0, 1_000_000)),
    danger: num('danger', 0, 1),
    pin: num('pin', 0, 1),
    think: num('think', 0, 60_000),
    pacedThink: num('paced-think', 0, 60_000),
    pacedSeconds: num('paced-seconds', 0, 3600),
    pacedDanger: num('paced-danger', 0, 1),
    profilePaced: flags['profile-paced'] === true,
    memoryPeople: Math.floor(num('memory-people', 0, 10_000_000)),
    memoryConcurrency: Math.floor(num('memory-concurrency', 1, 100_000)),
    redisSample: Math.floor(num('redis-sample', 1, 1_000_000)),
    stepTimeout: num('step-timeout', 100, 600_000),
    seed: Math.floor(num('seed', 0, 2 ** 31)),
    profile: flags.profile === true,
    profileDir: String(flags['profile-dir']),
    /** The bot process script (relative to the repository root): to compare a variant of the bot. */
    bot: String(flags.bot),
    /** Extra node flags for the bot process, e.g. "--max-semi-space-size=64". */
    botNodeArgs: String(flags['bot-node-args']).split(/\s+/).filter((a) => a !== ''),
  };
}
