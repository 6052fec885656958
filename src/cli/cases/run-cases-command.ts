/**
 * `npm run cases` without its process: the open cases in queue order (most urgent, then oldest) as a
 * table, or as JSON with `--json`; personal fields only with `--details`. src/cli/cases.ts runs it for the
 * terminal; tests run it in-process.
 */
import { parseArgs } from 'node:util';
import type { CaseView } from '../../cases/case-record.js';
import type { CaseStore } from '../../cases/case-store.js';

/** The cases to list, opened by {@link CasesCommandDeps.open}. */
export interface OpenCases {
  cases: Pick<CaseStore, 'listOpen'>;
  /** Lets go of the connection; called once the listing is printed (or failed). */
  close(): Promise<void>;
}

/** What {@link runCasesCommand} works with. */
export interface CasesCommandDeps {
  /** Loads the configuration and connects to Redis; called only once the arguments are valid. */
  open(): Promise<OpenCases>;
  /** Where the listing goes: the terminal's stdout. */
  out: Pick<NodeJS.WritableStream, 'write'>;
  /** The clock, in ms since the epoch; `Date.now` unless a test says otherwise. */
  now?: () => number;
}

/**
 * Prints the open cases (`--json`, `--details`, `--limit N`, default 100) and resolves to the exit code, 0.
 *
 * @throws the error of `parseArgs` for an unknown option, and whatever `open` or Redis throws.
 */
export async function runCasesCommand(argv: string[], deps: CasesCommandDeps): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      json: { type: 'boolean', default: false },
      details: { type: 'boolean', default: false },
      limit: { type: 'string', default: '100' },
    },
  });
  const write = (text: string) => void deps.out.write(text);

  const store = await deps.open();
  try {
    const cases = await store.cases.listOpen({ limit: Number(values.limit) });
    const now = (deps.now ?? Date.now)();
    const publicView = (c: CaseView) => {
      // A relative's report is personal as a whole: only with --details.
      const { private: personal, report: _report, ...rest } = c;
      return values.details ? c : { ...rest, private: undefined, hasLocation: !!personal.location };
    };
    if (values.json) {
      write(`${JSON.stringify(cases.map(publicView), null, 2)}\n`);
    } else if (cases.length === 0) {
      write('No open cases.\n');
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
      write(`${line(Object.fromEntries(cols.map((k) => [k, k.toUpperCase()])))}\n`);
      for (const r of rows) write(`${line(r)}\n`);
      write(`${cases.length} open case(s).\n`);
    }
  } finally {
    await store.close();
  }
  return 0;
}
