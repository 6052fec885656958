/**
 * Keeps the integrator docs in step with the code. Fails, naming what is missing and where to add it, when
 * - a key built by `createKeys` (src/redis/keys.ts) has no heading or table row in docs/redis-layout.md;
 * - an event type written to the events stream, or an audit action or result, has no row there;
 * - a field `parseCase` reads from a case hash is not in the case table there;
 * - an environment variable the code reads (the config schema, and `env.NAME` anywhere in src/) is not in
 *   .env.example or README's env table.
 * Also fails when the docs name a key or variable the code no longer has. Keys, config variables and case
 * fields are read at runtime; event types, audit values and CLI variables from the source text of every
 * `src/**\/*.ts` and `src/**\/*.lua` file, so atomic scripts count wherever they live.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseCase } from '../../src/cases/case-record.js';
import { loadConfig } from '../../src/config.js';
import type { Sealer } from '../../src/core/sealed.js';
import { createKeys } from '../../src/redis/keys.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const LAYOUT = 'docs/redis-layout.md';
const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');

/** Namespaces of event types (`case.opened`). Other dotted literals in src are Baileys' events. */
const EVENT_PREFIXES = ['case', 'desk', 'officer', 'person'];
/** Environment variables src/ reads that belong to the system, not the hotline. */
const SYSTEM_VARIABLES: Record<string, string> = {
  PATH: 'where redis-server is looked for (src/redis/local-server.ts)',
  LANG: "the terminal's language, a hint for the console channel (src/main.ts)",
};

// --- Reading the source -------------------------------------------------------------------------------

interface SourceFile {
  file: string;
  text: string;
}

/** Every `.ts` and `.lua` file under `dir`, with its path relative to `base`. */
function sourceFiles(dir: string, base = dir): SourceFile[] {
  return (readdirSync(dir, { recursive: true }) as string[])
    .filter((name) => /\.(ts|lua)$/.test(name))
    .sort()
    .map((name) => ({ file: path.relative(base, path.join(dir, name)), text: readFileSync(path.join(dir, name), 'utf8') }));
}

/** Each value a pattern's first group matches → the files it is in. */
type Found = Map<string, string[]>;

function collect(files: SourceFile[], pattern: RegExp, found: Found = new Map()): Found {
  for (const { file, text } of files) for (const m of text.matchAll(pattern)) add(found, m[1]!, file);
  return found;
}

function add(found: Found, value: string, file: string) {
  const where = found.get(value) ?? [];
  if (!where.includes(file)) where.push(file);
  found.set(value, where);
}

/** Quoted literals that look like event types (`'case.opened'`, `"case.claimed"`), in TypeScript and Lua alike. */
function eventTypes(files: SourceFile[]): Found {
  return collect(files, new RegExp(`['"]((?:${EVENT_PREFIXES.join('|')})\\.[a-z][a-z-]*)['"]`, 'g'));
}

/**
 * The audit stream's `action` and `result` values. Officer actions are the ops the desk script compares
 * (`op == 'claim'`) in the file that writes the audit entry (`'action', op`); refusals are the second
 * argument of `.refuse(actor, action, detail)` (a template such as `command:${name}` reads `command:<name>`).
 * Results are the script's `finish('…')` calls and any literal `'result', '…'`.
 */
function auditValues(files: SourceFile[]): { actions: Found; results: Found; unreadable: string[] } {
  const auditScripts = files.filter(({ text }) => /['"]action['"],\s*op\b/.test(text));
  const actions = collect(auditScripts, /\bop\s*==\s*['"]([a-z][a-z-]*)['"]/g);
  const results = collect(files, /['"]result['"],\s*['"]([a-z][a-z-]*)['"]/g, collect(auditScripts, /\bfinish\(\s*['"]([a-z][a-z-]*)['"]/g));
  const unreadable: string[] = [];
  for (const { file, text } of files) {
    for (const call of text.matchAll(/\.refuse\(\s*(?:`[^`]*`|'[^']*'|[\w.]+)\s*,\s*([^,]+),/g)) {
      const arg = call[1]!;
      const values = [
        ...[...arg.matchAll(/'([^']+)'/g)].map((m) => m[1]!),
        ...[...arg.matchAll(/`([^`$]*)\$\{(\w+)\}`/g)].map((m) => `${m[1]}<${m[2]}>`),
      ];
      if (values.length === 0) unreadable.push(`${file}: refuse(…, ${arg.trim()}, …)`);
      for (const v of values) add(actions, v, file);
    }
  }
  return { actions, results, unreadable };
}

/** Variables read as `env.NAME`, `env['NAME']` or `process.env.NAME` outside the config schema. */
function envReads(files: SourceFile[]): Found {
  return collect(files, /\benv(?:\.|\[\s*['"])([A-Z][A-Z0-9_]*)/g);
}

/** The variables `loadConfig` reads: every key of its zod schema (the env object records each read). */
function configVariables(): string[] {
  const names = new Set<string>();
  const env = new Proxy({}, { get: (_, key) => (typeof key === 'string' && names.add(key), undefined) });
  loadConfig(env as NodeJS.ProcessEnv);
  return [...names].filter((n) => /^[A-Z][A-Z0-9_]*$/.test(n));
}

interface KeyForm {
  /** The `Keys` member, e.g. `deskCard`. */
  member: string;
  /** How the docs write it, e.g. `<p>desk:card:<caseId>`. */
  documented: string;
  /** Matches a code span naming this key, whatever its placeholders are called. */
  pattern: RegExp;
}

/** Each key of `createKeys`, built with a marker prefix and marker arguments, in its documented form. */
function keyForms(): KeyForm[] {
  const mark = (i: number) => `\uE000${i}\uE000`; // a private-use character never in a key
  const keys = createKeys(mark(0));
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return Object.entries(keys).map(([member, value]) => {
    const fn = value as string | ((...args: string[]) => string);
    const params = typeof fn === 'function'
      ? (/^\(?([^)=]*)\)?\s*=>/.exec(fn.toString())?.[1] ?? '').split(',').map((p) => p.trim()).filter(Boolean)
      : [];
    while (typeof fn === 'function' && params.length < fn.length) params.push(`arg${params.length + 1}`);
    const built = typeof fn === 'function' ? fn(...params.map((_, i) => mark(i + 1))) : fn;
    const pieces = built.split(/\uE000(\d+)\uE000/); // literal, marker index, literal, …
    const documented = pieces.map((p, i) => (i % 2 === 0 ? p : p === '0' ? '<p>' : `<${params[Number(p) - 1]}>`)).join('');
    const source = pieces.map((p, i) => (i % 2 === 0 ? escape(p) : p === '0' ? '<p>' : '<[^<>`\\s]+>')).join('');
    return { member, documented, pattern: new RegExp(`^${source}$`) };
  });
}

// --- Reading the docs ---------------------------------------------------------------------------------

interface Section {
  heading: string;
  level: number;
  /** The heading and every line down to the next heading of the same or a higher level. */
  lines: string[];
}

/** The lines of a Markdown text outside code fences. */
function unfenced(markdown: string): string[] {
  let fenced = false;
  const out: string[] = [];
  for (const line of markdown.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    else if (!fenced) out.push(line);
  }
  return out;
}

/** A Markdown text's sections (nested ones are also inside their parent). */
function sections(lines: string[]): Section[] {
  const level = (line: string) => /^(#{1,6})\s/.exec(line)?.[1]?.length;
  const out: Section[] = [];
  lines.forEach((line, i) => {
    const own = level(line);
    if (!own) return;
    const end = lines.findIndex((l, j) => j > i && (level(l) ?? 7) <= own);
    out.push({ heading: line.replace(/^#+\s+/, ''), level: own, lines: lines.slice(i, end === -1 ? undefined : end) });
  });
  return out;
}

const spans = (line: string) => [...line.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);
/** Headings (level 2 and below) and table rows: where a key, type or value counts as documented. */
const structural = (lines: string[]) => lines.filter((l) => /^#{2,6}\s/.test(l) || /^\s*\|/.test(l));
/** Code spans in headings and in the first cell of table rows: what a row or heading is about. */
const rowHeads = (lines: string[]) =>
  structural(lines).flatMap((l) => (l.trimStart().startsWith('|') ? spans(l.trim().split('|')[1] ?? '') : spans(l)));

function sectionNamed(doc: Section[], span: string): Section | undefined {
  return doc.find((s) => s.level >= 2 && spans(s.heading).includes(span));
}

// --- The checks ---------------------------------------------------------------------------------------

const srcFiles = sourceFiles(path.join(ROOT, 'src'), ROOT);
const layoutLines = unfenced(read(LAYOUT));
const layout = sections(layoutLines);
const layoutSpans = structural(layoutLines).flatMap(spans);

describe('docs guard', () => {
  it('reads TypeScript and Lua files alike, wherever they are under the folder', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'docs-guard-'));
    try {
      await mkdir(path.join(dir, 'redis/lua'), { recursive: true });
      await writeFile(path.join(dir, 'redis/lua/act.lua'), "redis.call('XADD', KEYS[3], '*', 'type', \"case.from-lua\")\nif op == 'poke' then end\nredis.call('XADD', KEYS[4], '*', 'action', op)\nfinish('nope')\n");
      await writeFile(path.join(dir, 'relay.ts'), "xadd(keys.events, '*', 'type', 'case.from-ts'); desk.refuse(`telegram:${id}`, `command:${name}`, 'x'); env.DESK_THING;\n");
      await writeFile(path.join(dir, 'notes.md'), "'case.not-source'\n");
      const files = sourceFiles(dir);
      expect([...eventTypes(files).keys()].sort()).toEqual(['case.from-lua', 'case.from-ts']);
      const audit = auditValues(files);
      expect([...audit.actions.keys()].sort()).toEqual(['command:<name>', 'poke']);
      expect([...audit.results.keys()]).toEqual(['nope']);
      expect([...envReads(files).keys()]).toEqual(['DESK_THING']);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('documents every Redis key in docs/redis-layout.md, and no key the code lacks', () => {
    const forms = keyForms();
    expect(forms.map((f) => f.documented)).toEqual(expect.arrayContaining(['<p>case:<caseId>', '<p>queue:open', '<p>desk:card:<caseId>']));
    const missing = forms
      .filter((f) => !layoutSpans.some((s) => f.pattern.test(s)))
      .map((f) => `${LAYOUT}: key \`${f.documented}\` (Keys.${f.member} in src/redis/keys.ts) is not documented: add a heading "## \`${f.documented}\` — <type>, <what it holds>" or a row to one of its key tables`);
    const stale = layoutSpans
      .filter((s) => s.startsWith('<p>') && !forms.some((f) => f.pattern.test(s)))
      .map((s) => `${LAYOUT}: \`${s}\` is documented but src/redis/keys.ts builds no such key: fix or remove it`);
    expect([...missing, ...stale]).toEqual([]);
  });

  it('documents every event type written to the events stream, in its section of docs/redis-layout.md', () => {
    const types = eventTypes(srcFiles);
    // An empty or partial scan must not pass: one type from each writer (commit, desk and link scripts, relay).
    expect([...types.keys()]).toEqual(expect.arrayContaining(['case.opened', 'case.claimed', 'case.linked', 'case.reply']));
    const events = sectionNamed(layout, '<p>events');
    expect(events, `${LAYOUT}: no "## \`<p>events\` — stream, …" section`).toBeDefined();
    const documented = new Set(rowHeads(events!.lines));
    const missing = [...types]
      .filter(([type]) => !documented.has(type))
      .map(([type, files]) => `${LAYOUT}: event type \`${type}\` (in ${files.join(', ')}) is not documented: add a row starting with \`${type}\` (when it is written, its fields) to the event table under "${events!.heading}"`);
    expect(missing).toEqual([]);
  });

  it('documents every audit action and result in docs/redis-layout.md', () => {
    const { actions, results, unreadable } = auditValues(srcFiles);
    expect(unreadable, 'refuse() calls whose action is not a literal: the guard cannot read them').toEqual([]);
    expect([...actions.keys()]).toEqual(expect.arrayContaining(['view', 'claim', 'request-location', 'add-to-group', 'command:<name>']));
    expect([...results.keys()]).toEqual(expect.arrayContaining(['ok', 'taken', 'refused']));
    const audit = sectionNamed(layout, '<p>audit');
    expect(audit, `${LAYOUT}: no "## \`<p>audit\` — stream, …" section`).toBeDefined();
    const documented = new Set(rowHeads(audit!.lines));
    const missing = [
      ...[...actions].filter(([a]) => !documented.has(a)).map(([a, files]) => `${LAYOUT}: audit action \`${a}\` (in ${files.join(', ')}) is not documented: add a row starting with \`${a}\` to the actions table under "${audit!.heading}"`),
      ...[...results].filter(([r]) => !documented.has(r)).map(([r, files]) => `${LAYOUT}: audit result \`${r}\` (in ${files.join(', ')}) is not documented: add a row starting with \`${r}\` to the results table under "${audit!.heading}"`),
    ];
    expect(missing).toEqual([]);
  });

  it('documents every case hash field parseCase reads, in the case table of docs/redis-layout.md', () => {
    const fields = new Set<string>();
    const hash = new Proxy({}, { get: (_, key) => (typeof key === 'string' && fields.add(key), '1') });
    const sealer = { open: () => JSON.stringify({ channel: 'telegram', address: '1' }) } as unknown as Sealer;
    parseCase(hash as Record<string, string>, sealer);
    expect([...fields]).toEqual(expect.arrayContaining(['id', 'urgency', 'sealed', 'claimedBy']));
    const section = sectionNamed(layout, '<p>case:<caseId>');
    expect(section, `${LAYOUT}: no "## \`<p>case:<caseId>\` — hash, …" section`).toBeDefined();
    const documented = new Set(rowHeads(section!.lines));
    const missing = [...fields]
      .filter((f) => !documented.has(f))
      .map((f) => `${LAYOUT}: case field \`${f}\` (read in src/cases/case-record.ts) is not documented: add a row starting with \`${f}\` to the table under "${section!.heading}"`);
    expect(missing).toEqual([]);
  });

  it('lists every environment variable in .env.example and README\'s env table, and none the code lacks', () => {
    const config = configVariables();
    expect(config).toEqual(expect.arrayContaining(['TELEGRAM_BOT_TOKEN', 'REDIS_PREFIX', 'DESK_REALERT_CRITICAL_MINUTES', 'WHATSAPP_SESSION']));
    const elsewhere = envReads(srcFiles);
    expect([...elsewhere.keys()]).toEqual(expect.arrayContaining(['DESK_OFFICER', 'DESK_SUPERVISOR']));
    const variables = new Map<string, string>(config.map((n) => [n, 'the config schema in src/config.ts']));
    for (const [name, files] of elsewhere) if (!variables.has(name) && !(name in SYSTEM_VARIABLES)) variables.set(name, files.join(', '));

    const example = new Set([...read('.env.example').matchAll(/^(?:#\s*)?([A-Z][A-Z0-9_]*)=/gm)].map((m) => m[1]!));
    const readme = read('README.md').split('\n');
    const header = readme.findIndex((l) => /^\|\s*variable\s*\|/.test(l));
    expect(header, 'README.md: no env table (a table whose header starts with "| variable |")').toBeGreaterThan(-1);
    const table = new Set<string>();
    for (const row of readme.slice(header + 2)) {
      if (!row.trimStart().startsWith('|')) break;
      const name = /^\s*\|\s*`([A-Z][A-Z0-9_]*)`/.exec(row)?.[1];
      if (name) table.add(name);
    }

    const problems: string[] = [];
    for (const [name, where] of variables) {
      if (!example.has(name)) problems.push(`.env.example: ${name} (read by ${where}) is missing: add "${name}=" (or "# ${name}=" if only a tool reads it) under a comment saying what it does and its default`);
      if (!table.has(name)) problems.push(`README.md: ${name} (read by ${where}) is missing from the env table under "## Configuration": add a row "| \`${name}\` | <default> | <meaning> |"`);
    }
    for (const name of example) if (!variables.has(name)) problems.push(`.env.example: ${name} is listed but nothing in src/ reads it: remove it`);
    for (const name of table) if (!variables.has(name)) problems.push(`README.md: ${name} is in the env table but nothing in src/ reads it: remove the row`);
    expect(problems).toEqual([]);
  });
});
