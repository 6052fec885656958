/**
 * The desk's command line, understood before anything touches Redis: the language to answer in, the
 * command and its case, and the officer acting (`--as` or DESK_OFFICER).
 */
import { parseArgs } from 'node:util';
import type { Deployment } from '../../deployment.js';
import type { Args } from '../../i18n/locales.js';
import { lowerTargets, settableStatuses, type LowerTarget, type Officer, type SettableStatus } from '../../officers/case-desk.js';
import { tellChoices, type TellChoice } from '../../officers/relative-desk.js';

const OFFICER_NAME = /^[a-z0-9._-]{1,32}$/;

/** The environment variables the desk reads besides its configuration. */
export interface DeskEnv {
  /** The officer acting when there is no `--as`. */
  DESK_OFFICER?: string | undefined;
  /** `1`, `true` or `yes`: the officer may unclaim others' cases. */
  DESK_SUPERVISOR?: string | undefined;
}

/** A command on the whole queue. */
type QueueCommand = { command: 'list'; json: boolean } | { command: 'watch' };

/** A command that works a case: it needs a case id and an officer, who is audited. */
type CaseCommand =
  | { command: 'show'; caseId: string }
  | { command: 'claim' | 'unclaim' | 'location' | 'restore' | 'resume' | 'unlock' | 'reset-pin'; caseId: string }
  /** What a relative's status check tells. */
  | { command: 'tell'; caseId: string; what: TellChoice }
  | { command: 'note'; caseId: string; text: string }
  /** `confirm`: send it even though it looks like a case card or names another case (src/officers/answer-check.ts). */
  | { command: 'reply'; caseId: string; text: string; confirm: boolean }
  /** `to` undefined: one step down. */
  | { command: 'lower'; caseId: string; to?: LowerTarget; reason: string }
  | { command: 'status'; caseId: string; status: SettableStatus; other?: string }
  /** `link`: the same person (confirmed); `notlink`: not (never proposed again). */
  | { command: 'link' | 'notlink'; caseId: string; other: string };

/** `web-link`: a one-time sign-in link to the web desk for the officer acting (`--as`, DESK_SUPERVISOR). */
type OfficerCommand = { command: 'web-link' };

/** One valid desk command. */
export type DeskPlan = QueueCommand | ((CaseCommand | OfficerCommand) & { officer: Officer });

/** What the command line asks for, and the language (a desk language of the deployment) to answer in. */
export type DeskCommandLine = { lang: string } & (
  | { kind: 'help' }
  /** No command at all: the usage goes to stderr, exit 2. */
  | { kind: 'none' }
  /** Called wrongly: a desk-cli-* message key and its arguments (exit 2). */
  | { kind: 'wrong'; key: string; args: Args }
  | { kind: 'run'; plan: DeskPlan }
);

/** How the desk was called wrongly: a desk-cli-* message key and its arguments. */
class UsageError extends Error {
  constructor(readonly key: string, readonly args: Args = {}) {
    super(key);
    this.name = 'UsageError';
  }
}

function plan(words: string[], json: boolean, reason: string | undefined, confirm: boolean): QueueCommand | CaseCommand | OfficerCommand {
  const [command = '', id, ...rest] = words;
  if (reason !== undefined && command !== 'lower') throw new UsageError('desk-cli-reason-only-lower');
  if (confirm && command !== 'reply') throw new UsageError('desk-cli-confirm-only-reply');
  const needId = () => {
    if (!id) throw new UsageError('desk-cli-need-id', { command });
    return id;
  };
  const noMore = (extra: unknown[]) => {
    if (extra.length > 0) throw new UsageError('desk-cli-extra', { command });
  };
  switch (command) {
    case 'list':
    case 'queue': // the same as list: the queue, then the posts the group would not take
    case 'watch':
      noMore(id === undefined ? [] : [id, ...rest]);
      return command === 'watch' ? { command } : { command: 'list', json };
    case 'web-link':
      noMore(id === undefined ? [] : [id, ...rest]);
      return { command };
    case 'show':
    case 'claim':
    case 'unclaim':
    case 'location':
    case 'restore':
    case 'resume':
    case 'unlock':
    case 'reset-pin':
      noMore(rest);
      return { command, caseId: needId() };
    case 'tell': {
      const caseId = needId();
      const [word, ...more] = rest;
      noMore(more);
      const what = word?.toLowerCase() ?? '';
      if (!(tellChoices as readonly string[]).includes(what)) throw new UsageError('desk-cli-bad-tell', { what: word ?? '' });
      return { command, caseId, what: what as TellChoice };
    }
    case 'lower': {
      // lower ID [high|normal] (--reason TEXT | TEXT…)
      const caseId = needId();
      const [first, ...more] = rest;
      const to = (lowerTargets as readonly string[]).includes(first?.toLowerCase() ?? '') ? (first!.toLowerCase() as LowerTarget) : undefined;
      const words = to ? more : rest;
      if (reason !== undefined && words.length > 0) throw new UsageError('desk-cli-extra', { command });
      const why = reason ?? words.join(' ');
      if (why.trim() === '') throw new UsageError('desk-cli-need-reason', { caseId });
      return { command, caseId, to, reason: why };
    }
    case 'link':
    case 'notlink': {
      const caseId = needId();
      const [other, ...more] = rest;
      noMore(more);
      if (!other) throw new UsageError('desk-cli-need-link-other', { command, caseId });
      return { command, caseId, other };
    }
    case 'note':
      return { command, caseId: needId(), text: rest.join(' ') };
    case 'reply':
      return { command, caseId: needId(), text: rest.join(' '), confirm };
    case 'status': {
      const caseId = needId();
      const [word, other, ...more] = rest;
      noMore(more);
      if (!word || !(settableStatuses as readonly string[]).includes(word)) throw new UsageError('desk-cli-bad-status', { status: word ?? '' });
      if (word === 'duplicate' && !other) throw new UsageError('desk-cli-need-other', { caseId });
      if (word !== 'duplicate' && other) throw new UsageError('desk-cli-other-only-duplicate');
      return { command, caseId, status: word as SettableStatus, other };
    }
    default:
      throw new UsageError('desk-cli-unknown-command', { command });
  }
}

/** The officer acting: `--as` or DESK_OFFICER, recorded as `cli:<name>` in the audit stream. */
function officerFrom(name: string | undefined, env: DeskEnv): Officer {
  const raw = (name ?? env.DESK_OFFICER ?? '').trim().toLowerCase();
  if (raw === '') throw new UsageError('desk-cli-need-officer');
  if (!OFFICER_NAME.test(raw)) throw new UsageError('desk-cli-bad-officer', { name: raw.slice(0, 40) });
  return { id: `cli:${raw}`, supervisor: ['1', 'true', 'yes'].includes((env.DESK_SUPERVISOR ?? '').trim().toLowerCase()) };
}

/**
 * Reads the desk's arguments (`[--as NAME] [--lang LANG] [--json] [--reason TEXT] [--confirm] [--help] COMMAND [CASE] [WORDS…]`).
 * The answer's language is the deployment's desk language until a valid `--lang` changes it, so a
 * problem found before (a bad option, a bad `--lang`) is told in the desk language.
 */
export function parseDeskCommand(argv: string[], deps: { deployment: Deployment; env: DeskEnv }): DeskCommandLine {
  const { deployment, env } = deps;
  let lang = deployment.embassy.deskLanguage ?? deployment.defaultLanguage;
  try {
    let parsed;
    try {
      parsed = parseArgs({
        args: argv,
        allowPositionals: true,
        options: {
          as: { type: 'string' }, lang: { type: 'string' }, reason: { type: 'string' },
          json: { type: 'boolean', default: false }, confirm: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false },
        },
      });
    } catch (e) {
      throw new UsageError('desk-cli-bad-option', { message: (e as Error).message.replace(/\.$/, '') });
    }
    const { values, positionals } = parsed;
    if (values.lang !== undefined) {
      if (!deployment.languages.includes(values.lang)) throw new UsageError('desk-cli-bad-lang', { lang: values.lang, languages: deployment.languages.join(', ') });
      lang = values.lang;
    }
    if (values.help || positionals[0] === 'help') return { lang, kind: 'help' };
    if (positionals.length === 0) return { lang, kind: 'none' };
    const chosen = plan(positionals, values.json, values.reason, values.confirm);
    return { lang, kind: 'run', plan: 'caseId' in chosen || chosen.command === 'web-link' ? { ...chosen, officer: officerFrom(values.as, env) } : chosen };
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    return { lang, kind: 'wrong', key: e.key, args: e.args };
  }
}
