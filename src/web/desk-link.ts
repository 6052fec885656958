/**
 * How an officer gets a one-time link to the web desk: `/desk` in a private chat with the bot (answered by
 * the Telegram channel's staff hook, never an intake), or `npm run desk -- web-link --as NAME`.
 */
import type { Translate } from './extras/html.js';
import type { DeskAuth } from './desk-auth.js';

/** How long a link works, in minutes (src/web/desk-auth.ts). */
export const LINK_MINUTES = 10;

/** The sign-in address for a token: `<base>/desk/signin?t=<token>`. */
export const signInUrl = (base: string, token: string) => `${base.replace(/\/$/, '')}/desk/signin?t=${token}`;

/**
 * What the bot answers an officer, supervisor or roster member writing in a private chat: a sign-in link
 * for `/desk` (officers and supervisors only: `roleOf` says who), else `hello`.
 */
export function staffReply(deps: {
  auth: DeskAuth;
  t: Translate;
  /** The web desk's public base address (DESK_PUBLIC_URL, or this machine's HTTP server). */
  base: () => string;
  roleOf: (officerId: string) => 'officer' | 'supervisor' | undefined;
  hello: () => string;
}): (from: { id: number; firstName: string }, text: string) => Promise<string> {
  return async (from, text) => {
    if (!/^\/desk(?:@\w+)?\s*$/i.test(text.trim())) return deps.hello();
    const id = `telegram:${from.id}`;
    const role = deps.roleOf(id);
    if (!role) return deps.hello(); // on the duty roster only: paged, but not a desk officer
    const token = await deps.auth.issueLink({ id, name: from.firstName || id, supervisor: role === 'supervisor' });
    return deps.t('desk-web-link-message', { url: signInUrl(deps.base(), token), minutes: LINK_MINUTES });
  };
}
