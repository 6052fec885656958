/**
 * Keeping a Redis password out of logs and errors: the URL with its password replaced by `***`, a
 * scrubber for messages that may echo it, and an error reduced to what is safe to log.
 */

/**
 * Returns `url` safe for logs: the password (and any `password`/`secret`/`token` query parameter)
 * replaced by `***`. An unparseable URL becomes a placeholder rather than being echoed.
 */
export function redactRedisUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return '<unparseable Redis URL>';
  }
  if (parsed.password !== '') parsed.password = '***';
  for (const key of [...parsed.searchParams.keys()]) {
    if (/pass|secret|token/i.test(key)) parsed.searchParams.set(key, '***');
  }
  return parsed.toString();
}

/** Removes the URL's password (and any other passwords given) from a message, in case a library echoes it. */
export function scrubber(url: string | undefined, ...passwords: Array<string | undefined>): (text: string) => string {
  let secrets: string[] = passwords.filter((s): s is string => s !== undefined && s.length >= 3);
  try {
    if (url !== undefined) {
      const parsed = new URL(url);
      secrets = [...secrets, parsed.password, decodeURIComponent(parsed.password)].filter((s) => s.length >= 3);
    }
  } catch {
    // nothing to scrub
  }
  return (text) => secrets.reduce((acc, secret) => acc.split(secret).join('***'), text);
}

/** Only an error's name, code and (scrubbed) message: never `command.args`, which can hold case data. */
export function describeError(error: unknown, scrub: (text: string) => string): { name: string; code?: string; message: string } {
  if (!(error instanceof Error)) return { name: 'Error', message: scrub(String(error)) };
  const code = (error as NodeJS.ErrnoException).code;
  return { name: error.name, ...(typeof code === 'string' ? { code } : {}), message: scrub(error.message) };
}
