/**
 * Where the bot's CPU time goes, from a V8 CPU profile (`--profile`): self time by function, by package or
 * area, and by what the stack is doing (Redis client, Bot API HTTP client, xstate, …).
 */

interface ProfileNode { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }
/** A V8 `.cpuprofile` (the parts read here). */
export interface CpuProfile { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[]; startTime: number; endTime: number }

/** Where a script URL belongs: a package, our code (src/, flows/), Node internals, or V8 pseudo-frames. */
function bucketOf(url: string, name: string): string {
  if (url === '') return name.startsWith('(') ? name : '(native/builtin)';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1]!;
  if (url.startsWith('node:')) return 'node:internal';
  const ours = /\/work\/main\/(src|flows|bench)\//.exec(url) ?? /\/(src|flows|bench)\//.exec(url);
  if (ours) return ours[1]!;
  return url;
}

/**
 * What a sample's stack is doing: the first rule any frame of the stack matches (URL or function name).
 * Order matters: a Redis call made from the hotline counts as Redis, an HTTP call from the channel as Bot API.
 */
const CATEGORIES: Array<[string, RegExp]> = [
  ['Redis client (ioredis: commands, parsing, socket writes)', /ioredis/],
  ['Bot API HTTP client (grammY ApiClient, node-fetch, node:http, url, abort signals)', /node-fetch|grammy\/out\/core|auto-retry|abort-controller|event-target-shim|_http_|node:url|node:https?\b/],
  ['xstate transition', /xstate/],
  ['sealing and person ids (AES-GCM, HMAC)', /src\/core\/sealed\.ts/],
  ['zod validation', /\/zod\//],
  ['pino logging', /pino/],
  ['rendering and i18n (render.ts, Fluent)', /src\/core\/render\.ts|@fluent|src\/i18n|flows\/[\w-]+\/(prompts|view)\.ts|flows\/shared\/prompts\.ts/],
  ['flows (guards, text helpers)', /\/flows\//],
  ['grammY middleware, runner, sequentialize', /@grammyjs\/runner|grammy\/out/],
  ['hotline core and channel glue', /src\/core\/(hotline|conversations)\.ts|src\/channels|bench\/bot-process/],
];

/** What {@link summarizeProfile} found; times in ms, shares in % of the busy (not idle) time. */
export type ProfileSummary = ReturnType<typeof summarizeProfile>;

/**
 * Self time of the busy samples by function (the `top` largest), by package or area, and by category.
 *
 * @param root the repository root, stripped from script paths.
 */
export function summarizeProfile(profile: CpuProfile, top: number, root: string) {
  const self = new Map<number, number>();
  for (let i = 0; i < profile.samples.length; i++) {
    const id = profile.samples[i]!;
    self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
  }
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  const byFunction = new Map<string, number>();
  const byBucket = new Map<string, number>();
  const byCategory = new Map<string, number>();
  let idle = 0;
  for (const node of profile.nodes) {
    const us = self.get(node.id) ?? 0;
    if (us === 0) continue;
    const { functionName, url, lineNumber } = node.callFrame;
    if (functionName === '(idle)') {
      idle += us;
      continue;
    }
    const short = url.replace(/^file:\/\//, '').replace(/^.*\/node_modules\//, '').replace(`${root}/`, '');
    const key = `${functionName || '(anonymous)'} ${short ? `${short}:${lineNumber + 1}` : ''}`.trim();
    byFunction.set(key, (byFunction.get(key) ?? 0) + us);
    const bucket = bucketOf(url, functionName);
    byBucket.set(bucket, (byBucket.get(bucket) ?? 0) + us);
    let category = functionName === '(garbage collector)' ? 'garbage collector' : 'other (event loop, microtasks, sockets without a known caller)';
    if (functionName !== '(garbage collector)') {
      const frames: string[] = [];
      for (let id: number | undefined = node.id; id !== undefined; id = parent.get(id)) {
        const f = byId.get(id)!.callFrame;
        frames.push(`${f.url} ${f.functionName}`);
      }
      const hit = CATEGORIES.find(([, re]) => frames.some((f) => re.test(f)));
      if (hit) category = hit[0];
    }
    byCategory.set(category, (byCategory.get(category) ?? 0) + us);
  }
  const busy = total - idle;
  const rank = (m: Map<string, number>, n: number) =>
    [...m.entries()].sort((a, b) => b[1] - a[1]).slice(0, n).map(([name, us]) => ({ name, ms: us / 1000, pctOfBusy: (100 * us) / busy }));
  return { totalMs: total / 1000, busyMs: busy / 1000, functions: rank(byFunction, top), buckets: rank(byBucket, top), categories: rank(byCategory, 20) };
}
