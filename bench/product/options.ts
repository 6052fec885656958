/**
 * `npm run bench`'s command line (`-- --help`): every option with its default; `--quick` sets a small load for a
 * smoke test (options given with it still win). A bad value exits with status 2 naming the option.
 */
import { parseArgs } from 'node:util';

/** The benchmark's options, as {@link readOptions} returns them. */
export type ProductOptions = ReturnType<typeof readOptions>;

const FULL = {
  people: 200, warmup: 5, seconds: 20,
  'load-people': 1000, 'load-think': 1000, 'load-seconds': 20, 'load-danger': 0.2,
  'surge-people': 10_000, 'surge-seconds': 60,
};
const QUICK: typeof FULL = {
  people: 10, warmup: 1, seconds: 2,
  'load-people': 30, 'load-think': 300, 'load-seconds': 2, 'load-danger': 0.3,
  'surge-people': 100, 'surge-seconds': 2,
};

const USAGE = `npm run bench -- [options]
  --mode polling|webhook   how both bots take updates (default polling)
  --processes N            bot processes of each bot (default 1; more than 1 needs --mode webhook)
  --quick                  a small load, for a smoke test
  --people N               throughput phase: people answering at once (default ${FULL.people})
  --warmup S --seconds S   throughput phase: warm-up and window (default ${FULL.warmup} + ${FULL.seconds} s)
  --load-people N          background-load phase: people pausing --load-think ms (0.5–1.5×) before each message (default ${FULL['load-people']})
  --load-think MS          (default ${FULL['load-think']}); --load-seconds S window (default ${FULL['load-seconds']})
  --load-danger F          share of them that type a danger text (default ${FULL['load-danger']})
  --surge-people N         surge: new people within --surge-seconds (default ${FULL['surge-people']} in ${FULL['surge-seconds']} s)
  --only hotline|comparison  run one bot only
  --profile                V8 CPU profile (--cpu-prof) of the hotline's processes, written to --profile-dir (default reports/)
  --step-timeout MS        how long a person waits for a reply before it counts as lost (default 30000)
  --seed N                 who types danger and who sends a pin (default 1)`;

/** Parses and checks `process.argv`; exits on `--help` (status 0) or a bad value (status 2). */
export function readOptions() {
  const { values: f } = parseArgs({
    options: {
      mode: { type: 'string', default: 'polling' },
      processes: { type: 'string', default: '1' },
      quick: { type: 'boolean', default: false },
      people: { type: 'string' }, warmup: { type: 'string' }, seconds: { type: 'string' },
      'load-people': { type: 'string' }, 'load-think': { type: 'string' }, 'load-seconds': { type: 'string' }, 'load-danger': { type: 'string' },
      'surge-people': { type: 'string' }, 'surge-seconds': { type: 'string' },
      only: { type: 'string' },
      profile: { type: 'boolean', default: false },
      'profile-dir': { type: 'string', default: 'reports' },
      'step-timeout': { type: 'string', default: '30000' },
      seed: { type: 'string', default: '1' },
      pin: { type: 'string', default: '0.5' },
      help: { type: 'boolean', default: false },
    },
    allowPositionals: false,
  });
  if (f.help) {
    process.stdout.write(`${USAGE}\n`);
    process.exit(0);
  }
  const fail = (message: string): never => {
    process.stderr.write(`bench: ${message}\n${USAGE}\n`);
    process.exit(2);
  };
  const base = f.quick ? QUICK : FULL;
  const num = (name: keyof typeof FULL, min: number, max: number) => {
    const given = f[name];
    const value = given === undefined ? base[name] : Number(given);
    if (!Number.isFinite(value) || value < min || value > max) fail(`--${name} must be a number from ${min} to ${max}`);
    return value;
  };
  const mode: 'polling' | 'webhook' = f.mode === 'webhook' ? 'webhook' : f.mode === 'polling' ? 'polling' : fail('--mode must be polling or webhook');
  const processes = Number(f.processes);
  if (!Number.isInteger(processes) || processes < 1 || processes > 8) fail('--processes must be 1 to 8');
  if (mode === 'polling' && processes > 1) fail('--processes above 1 needs --mode webhook (long polling is one process: a second gets 409)');
  const only: 'hotline' | 'comparison' | undefined = f.only === undefined ? undefined : f.only === 'hotline' || f.only === 'comparison' ? f.only : fail('--only must be hotline or comparison');
  return {
    mode, processes, quick: f.quick, only,
    people: num('people', 1, 100_000), warmup: num('warmup', 0, 600), seconds: num('seconds', 0.5, 3600),
    loadPeople: num('load-people', 1, 100_000), loadThink: num('load-think', 0, 60_000), loadSeconds: num('load-seconds', 0.5, 3600), loadDanger: num('load-danger', 0, 1),
    surgePeople: num('surge-people', 0, 1_000_000), surgeSeconds: num('surge-seconds', 0.1, 3600),
    profile: f.profile, profileDir: f['profile-dir'],
    stepTimeout: Number(f['step-timeout']) > 0 ? Number(f['step-timeout']) : fail('--step-timeout must be a positive number of ms'),
    seed: Number(f.seed) || 1,
    pin: Number(f.pin),
  };
}
