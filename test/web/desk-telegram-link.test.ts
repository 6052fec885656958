/**
 * `/desk` in a private chat with the bot, over real grammY against the loopback Bot API server: an officer
 * or supervisor gets a one-time sign-in link (sent with no link preview, so Telegram fetches nothing), a
 * roster member who is not an officer gets the desk's hello, and a person writing `/desk` gets the hotline.
 * And `npm run desk -- web-link` prints one for the terminal's officer.
 */
import { PassThrough } from 'node:stream';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src/app.js';
import { runDeskCommand } from '../../src/cli/desk/run-desk-command.js';
import { loadLocales } from '../../src/i18n/locales.js';
import { createDeskAuth, type DeskAuth } from '../../src/web/desk-auth.js';
import { staffReply } from '../../src/web/desk-link.js';
import { startBotApiServer, type BotApiServer } from '../support/bot-api-server.js';
import { startOfficersGroup, type OfficersGroup } from '../support/officers-group.js';
import { testRedis, type TestRedis } from '../support/redis.js';

const logger = pino({ level: 'silent' });
const GROUP = -1001234567001;
const OFFICER = 601;
const SUPERVISOR = 602;
const ROSTER_ONLY = 603;
const PERSON = 777;
const BASE = 'https://desk.example.org';

describe('a sign-in link to the web desk', () => {
  let server: BotApiServer;
  let t: TestRedis;
  let app: App;
  let group: OfficersGroup;
  let auth: DeskAuth;
  beforeAll(async () => {
    server = await startBotApiServer();
    server.createGroup(GROUP, { forum: true, botIsAdmin: true, title: 'duty desk' });
    t = await testRedis();
    app = createApp({ config: { dataKey: Buffer.alloc(32, 13), deploymentFile: 'data/deployment.json', conversationTtlSeconds: 3600, redis: { prefix: t.prefix } }, redis: t.redis, logger });
    auth = createDeskAuth({ redis: t.redis, keys: app.keys });
    const roles = new Map<string, 'officer' | 'supervisor'>([[`telegram:${OFFICER}`, 'officer'], [`telegram:${SUPERVISOR}`, 'supervisor']]);
    group = await startOfficersGroup({
      app, redis: t.redis, server, chatId: GROUP, officerIds: [OFFICER], supervisorIds: [SUPERVISOR], roster: [SUPERVISOR, ROSTER_ONLY],
      staffReply: staffReply({ auth, t: app.cards.t, base: () => BASE, roleOf: (id) => roles.get(id), hello: () => app.cards.t('desk-private-hello') }),
    });
  });
  afterAll(async () => {
    await group?.stop();
    await server?.close();
    await t?.cleanup();
  });

  const tokenIn = (text: string | undefined) => new RegExp(`${BASE}/desk/signin\\?t=([A-Za-z0-9_-]{43})`).exec(text ?? '')?.[1];

  it('gives an officer a link that signs them in once, as themselves, sent without a preview', async () => {
    server.sendText(OFFICER, '/desk');
    const sent = await server.waitFor(() => server.messages(OFFICER).find((m) => tokenIn(m.text)));
    expect((sent.message as { link_preview_options?: { is_disabled?: boolean } }).link_preview_options?.is_disabled).toBe(true);
    const token = tokenIn(sent.text)!;
    const first = await auth.redeem(token);
    expect(first?.session).toMatchObject({ officer: `telegram:${OFFICER}`, supervisor: false });
    expect(await auth.redeem(token)).toBeUndefined();
    expect(await t.redis.zcard(app.keys.queue)).toBe(0); // no intake
  });

  it('gives a supervisor a supervisor\'s link', async () => {
    server.sendText(SUPERVISOR, '/desk');
    const sent = await server.waitFor(() => server.messages(SUPERVISOR).find((m) => tokenIn(m.text)));
    expect((await auth.redeem(tokenIn(sent.text)!))?.session.supervisor).toBe(true);
  });

  it('gives a roster member who is not an officer no link', async () => {
    server.sendText(ROSTER_ONLY, '/desk');
    const hello = await server.waitFor(() => server.messages(ROSTER_ONLY)[0]);
    expect(hello.text).toBe(app.cards.t('desk-private-hello'));
    expect(await t.redis.keys(`${t.prefix}web:link:*`)).toEqual([]);
  });

  it('gives a person who writes /desk the hotline, not a link', async () => {
    server.sendText(PERSON, '/desk');
    const answer = await server.waitFor(() => server.messages(PERSON)[0]);
    expect(tokenIn(answer.text)).toBeUndefined();
    expect(answer.text).not.toMatch(/desk\.example\.org/);
    expect(await t.redis.keys(`${t.prefix}web:link:*`)).toEqual([]);
  });

  it('prints a link for the terminal\'s officer with `npm run desk -- web-link`', async () => {
    const out = new PassThrough();
    let printed = '';
    out.on('data', (c: Buffer) => (printed += c.toString()));
    const deployment = app.deployment;
    const code = await runDeskCommand(['--as', 'ana', '--lang', 'en', 'web-link'], {
      env: { DESK_SUPERVISOR: '1' }, deployment, locales: loadLocales('locales', deployment.languages), keys: app.keys, sealer: app.sealer,
      connect: async () => ({ redis: t.redis, openReader: async () => t.redis, close: async () => undefined }),
      out, err: process.stderr, onInterrupt: () => () => undefined, deskUrl: BASE,
    });
    expect(code).toBe(0);
    const token = tokenIn(printed)!;
    expect(token).toBeDefined();
    expect((await auth.redeem(token))?.session).toMatchObject({ officer: 'cli:ana', name: 'ana', supervisor: true });
  });
});
