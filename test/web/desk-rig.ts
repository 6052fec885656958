/**
 * The web desk's test rig: the real hotline core on a real Redis (own prefix), cases made by people writing
 * to it, and the web desk plugin on a Fastify server of its own (listening on loopback for the browser
 * test, `inject` for the HTTP test), desk language English.
 */
import Fastify, { type FastifyInstance } from 'fastify';
import { createApp, type App } from '../../src/app.js';
import { createLogger } from '../../src/logger.js';
import { createAnswerCheck } from '../../src/officers/answer-check.js';
import { createCardRenderer } from '../../src/officers/card.js';
import { createDeskAuth, type DeskAuth } from '../../src/web/desk-auth.js';
import { createEventHub, type EventHub } from '../../src/web/desk-events.js';
import { SESSION_COOKIE, webDesk } from '../../src/web/desk-plugin.js';
import { person, relativeReport, type Person } from '../support/reports.js';
import { testRedis, type TestRedis } from '../support/redis.js';

export interface DeskRig {
  t: TestRedis;
  app: App;
  server: FastifyInstance;
  auth: DeskAuth;
  hub: EventHub;
  /** Telegram officers listed now (`telegram:<id>` → role); change it to unlist one. */
  roles: Map<string, 'officer' | 'supervisor'>;
  /** A one-time link token for an officer. */
  link(id: string, name: string, supervisor?: boolean): Promise<string>;
  /** Signs in through the link: the cookie header and the session's CSRF token. */
  signIn(id: string, name: string, supervisor?: boolean): Promise<{ cookie: string; csrf: string }>;
  person(address: string, lang?: string): Person;
  /** A critical case from one danger message: its id. */
  sos(address: string, text?: string, lang?: string): Promise<string>;
  /** A relative's missing-person report with a passport number: its id. */
  missing(address: string, who: { name: string; passport: string }): Promise<string>;
  audit(): Promise<Array<Record<string, string>>>;
  close(): Promise<void>;
}

export async function deskRig(opts: { sessionCheckMs?: number; idleMs?: number } = {}): Promise<DeskRig> {
  const t = await testRedis();
  const logger = createLogger({ level: 'silent' });
  const app = createApp({ config: { dataKey: Buffer.alloc(32, 4), deploymentFile: 'data/deployment.json', conversationTtlSeconds: 3600, redis: { prefix: t.prefix } }, redis: t.redis, logger });
  const server = Fastify({ logger: false });
  const auth = createDeskAuth({ redis: t.redis, keys: app.keys, idleMs: opts.idleMs });
  const hub = createEventHub({ redis: t.redis, keys: app.keys, logger, blockMs: 500 });
  const roles = new Map<string, 'officer' | 'supervisor'>();
  const cards = createCardRenderer({ locales: app.locales, deployment: app.deployment, lang: 'en' });
  await server.register(webDesk, {
    redis: t.redis, keys: app.keys, sealer: app.sealer, deployment: app.deployment, locales: app.locales, desk: app.desk, cards,
    check: createAnswerCheck(app), auth, hub, logger, secure: false, roleOf: (id) => roles.get(id), sessionCheckMs: opts.sessionCheckMs ?? 500,
  });
  await server.ready();
  const rig: DeskRig = {
    t, app, server, auth, hub, roles,
    link: (id, name, supervisor = false) => auth.issueLink({ id, name, supervisor }),
    async signIn(id, name, supervisor = false) {
      if (id.startsWith('telegram:') && !roles.has(id)) roles.set(id, supervisor ? 'supervisor' : 'officer');
      const token = await rig.link(id, name, supervisor);
      const res = await server.inject({ method: 'POST', url: '/desk/signin', headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: `t=${token}` });
      const set = String(res.headers['set-cookie'] ?? '');
      const cookie = new RegExp(`${SESSION_COOKIE}=([^;]+)`).exec(set)?.[1];
      if (!cookie) throw new Error(`sign-in failed: ${res.statusCode}`);
      const page = await server.inject({ url: '/desk', headers: { cookie: `${SESSION_COOKIE}=${cookie}` } });
      const csrf = /name="csrf" value="([^"]+)"/.exec(page.body)?.[1];
      if (!csrf) throw new Error('no csrf token on the queue page');
      return { cookie: `${SESSION_COOKIE}=${cookie}`, csrf };
    },
    person: (address, lang = 'en') => person(app, address, lang),
    async sos(address, text = 'SOS help they are beating us', lang = 'en') {
      const before = new Set((await app.cases.listOpen()).map((c) => c.id));
      await person(app, address, lang).text(text);
      const made = (await app.cases.listOpen()).find((c) => !before.has(c.id));
      if (!made) throw new Error('no case was opened');
      return made.id;
    },
    // A relative's whole report through the real core (test/support/reports.ts), with a passport number.
    missing: (address, who) => relativeReport(person(app, address, 'en'), { name: who.name, age: '24', hometown: 'Indramayu', passport: who.passport }),
    async audit() {
      const entries = await t.redis.xrange(app.keys.audit, '-', '+');
      return entries.map(([, flat]) => Object.fromEntries(Array.from({ length: flat.length / 2 }, (_, i) => [flat[2 * i]!, flat[2 * i + 1]!])));
    },
    async close() {
      await server.close();
      await hub.stop();
      await t.cleanup();
    },
  };
  return rig;
}
