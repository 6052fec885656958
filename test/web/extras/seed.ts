/**
 * The extras' test rig: real Redis (own prefix), sealed cases written as the commit script writes them, and a
 * Fastify app with the extras plugin behind a header-based sign-in (`x-officer: <name>`; `x-role: supervisor`),
 * which stands in for the desk's sessions: missing header → 401, as the desk's requireRole answers.
 */
import Fastify, { type FastifyInstance, type FastifyRequest } from 'fastify';
import { createSealer, type Sealer } from '../../../src/core/sealed.js';
import { queueScore, type Urgency } from '../../../src/cases/case-model.js';
import type { CasePrivate } from '../../../src/cases/case-record.js';
import { loadDeployment, type Deployment } from '../../../src/deployment.js';
import { loadLocales } from '../../../src/i18n/locales.js';
import { createKeys, type Keys } from '../../../src/redis/keys.js';
import { deskExtras, type Officer } from '../../../src/web/extras/plugin.js';
import { testRedis, type TestRedis } from '../../support/redis.js';

export const HOUR = 3600_000;
/** The rig's clock: a fixed instant, so ages read the same on every run. */
export const NOW = Date.parse('2026-12-03T07:00:00Z');

export interface SeedCase {
  id: string;
  urgency: Urgency;
  lat?: number;
  lon?: number;
  /** Hours before NOW the position was given. */
  hoursAgo?: number;
  people?: string;
  name?: string;
  phone?: string;
  status?: string;
  claimedBy?: string;
  answeredAt?: number;
  situation?: string[];
}

export interface Rig {
  t: TestRedis;
  keys: Keys;
  sealer: Sealer;
  deployment: Deployment;
  app: FastifyInstance;
  seed(cases: SeedCase[]): Promise<void>;
  audit(): Promise<Array<Record<string, string>>>;
  close(): Promise<void>;
}

export async function rig(): Promise<Rig> {
  const t = await testRedis();
  const keys = createKeys(t.prefix);
  const sealer = createSealer(Buffer.alloc(32, 9));
  const deployment = loadDeployment('deployments/id-phnom-penh.json');
  const locales = loadLocales('locales', deployment.languages);
  const app = Fastify();
  const officerOf = (req: FastifyRequest): Officer => {
    const name = String(req.headers['x-officer'] ?? '');
    return { id: `web:${name}`, name, role: String(req.headers['x-role'] ?? 'officer') };
  };
  await app.register(deskExtras, {
    redis: t.redis,
    keys,
    sealer,
    deployment,
    locales,
    lang: 'en',
    clock: () => NOW,
    officerOf,
    requireRole: (role) => async (req, reply) => {
      const o = req.headers['x-officer'] ? officerOf(req) : undefined;
      if (!o) return reply.code(401).send('sign in');
      if (role === 'supervisor' && o.role !== 'supervisor') return reply.code(403).send('supervisors only');
    },
    audit: async (officer, action, caseId) => {
      await t.redis.xadd(keys.audit, '*', 'officer', officer.id, 'action', action, 'case', caseId ?? '', 'result', 'ok', 'detail', '', 'at', String(NOW));
    },
  });
  await app.ready();
  return {
    t,
    keys,
    sealer,
    deployment,
    app,
    async seed(cases) {
      for (const c of cases) {
        const at = NOW - (c.hoursAgo ?? 1) * HOUR;
        const sealed: CasePrivate = {
          channel: 'telegram',
          address: `10${c.id.slice(3)}`,
          name: c.name,
          phone: c.phone,
          location: c.lat === undefined ? { kind: 'text', text: 'somewhere' } : { kind: 'pin', lat: c.lat, lon: c.lon!, live: false },
          history: c.lat === undefined ? undefined : { location: [{ value: { kind: 'pin', lat: c.lat, lon: c.lon, live: false }, at, source: 'step' }] },
        };
        const fields: Record<string, string> = {
          id: c.id, kind: 'self-report', urgency: c.urgency, reasons: '', status: c.status ?? 'new', lang: 'id', channel: 'telegram', country: 'KH',
          situation: (c.situation ?? []).join(','), people: c.people ?? '', score: '0', intakeComplete: '1',
          createdAt: String(at - HOUR), updatedAt: String(at), sealed: sealer.seal(JSON.stringify(sealed)).toString('base64'),
        };
        if (c.claimedBy) Object.assign(fields, { claimedBy: c.claimedBy, claimedAt: String(at) });
        if (c.answeredAt) fields.answeredAt = String(c.answeredAt);
        await t.redis.hset(keys.case(c.id), fields);
        await t.redis.zadd(keys.queue, queueScore(c.urgency, at - HOUR), c.id);
      }
    },
    async audit() {
      const entries = await t.redis.xrange(keys.audit, '-', '+');
      return entries.map(([, flat]) => Object.fromEntries(Array.from({ length: flat.length / 2 }, (_, i) => [flat[2 * i]!, flat[2 * i + 1]!])));
    },
    async close() {
      await app.close();
      await t.cleanup();
    },
  };
}

/** The seeded night: three at KK Park, two at Jin Bei, one alone near Kampot, one without a pin. */
export const NIGHT: SeedCase[] = [
  { id: 'KH-KK01', urgency: 'critical', lat: 16.6465, lon: 98.5072, hoursAgo: 3, people: '11-50', name: 'Budi Santoso', phone: '+62 812 0000 0001', situation: ['confined', 'violence'] },
  { id: 'KH-KK02', urgency: 'normal', lat: 16.6470, lon: 98.5060, hoursAgo: 5, people: '2-10', name: 'Siti Aminah', claimedBy: 'web:ayu' },
  { id: 'KH-KK03', urgency: 'high', lat: 16.6440, lon: 98.5090, hoursAgo: 30, people: '1' },
  { id: 'KH-JB01', urgency: 'high', lat: 10.6045, lon: 103.5225, hoursAgo: 2, people: 'over-50', claimedBy: 'web:ayu', answeredAt: NOW - 90 * 60_000 },
  { id: 'KH-JB02', urgency: 'normal', lat: 10.6030, lon: 103.5210, hoursAgo: 72, people: '2-10' },
  { id: 'KH-LO01', urgency: 'normal', lat: 10.8000, lon: 104.4000, hoursAgo: 0.5, people: '1' },
  { id: 'KH-NOPIN', urgency: 'critical', people: '2-10' },
];
