/** Module resolution hooks for trace-modules.mjs (they run on Node's loader thread). */
import { appendFileSync } from 'node:fs';

const file = process.env.TRACE_MODULES_FILE;

export async function resolve(specifier, context, nextResolve) {
  const resolved = await nextResolve(specifier, context);
  if (file) appendFileSync(file, `${resolved.url}\n`);
  return resolved;
}
