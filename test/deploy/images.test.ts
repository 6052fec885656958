/**
 * The container images as shipped: base images pinned by digest, Redis durable (AOF every second, no
 * eviction of cases) and checked healthy before the bot starts, and the image's HEALTHCHECK command, run
 * for real against the process's own HTTP server, passes while it serves and fails once it stops.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { createHttpServer } from '../../src/health/http-server.js';
import { quiet as logger } from '../support/scratch-redis.js';

const dockerfile = readFileSync('Dockerfile', 'utf8');
// Backslash-continued lines joined: one instruction per line.
const instructions = dockerfile.replace(/\\\n\s*/g, ' ').split('\n').filter((line) => line.trim() && !line.trim().startsWith('#'));
const args = new Map(instructions.flatMap((line) => {
  const m = /^ARG\s+(\w+)=(\S+)/.exec(line);
  return m ? [[m[1]!, m[2]!] as const] : [];
}));
const digest = /^[\w./-]+:[\w.-]+@sha256:[0-9a-f]{64}$/;

type Service = {
  image?: string; build?: string; command?: string[]; healthcheck?: { test?: string[] }; depends_on?: Record<string, { condition?: string }> | string[];
  environment?: Record<string, string>; ports?: string[]; volumes?: string[];
};

describe('Dockerfile', () => {
  it('builds every stage from a base image pinned by tag and digest', () => {
    const froms = instructions.filter((line) => line.startsWith('FROM '));
    expect(froms.length).toBeGreaterThan(0);
    for (const from of froms) {
      const image = from.split(/\s+/)[1]!.replace(/^\$\{(\w+)\}$/, (_m, name: string) => args.get(name) ?? name);
      expect(image).toMatch(digest);
    }
  });

  it('has a HEALTHCHECK that passes while /healthz answers and fails when the server is gone', async () => {
    const line = instructions.find((l) => l.startsWith('HEALTHCHECK '));
    expect(line).toBeDefined();
    const command = JSON.parse(line!.slice(line!.indexOf('CMD ') + 4)) as string[];
    expect(command[0]).toBe('node'); // slim images have no curl
    const server = createHttpServer({ host: '127.0.0.1', port: 0, redis: { ping: async () => 'PONG', status: 'ready' } as never, links: () => [], logger });
    const port = await server.start();
    // Asynchronous: the server answering it runs in this process.
    const check = () => new Promise<number | null>((resolve) => {
      spawn(process.execPath, command.slice(1), { env: { HTTP_PORT: String(port) }, timeout: 10_000 }).once('exit', resolve);
    });
    try {
      expect(await check()).toBe(0);
    } finally {
      await server.stop();
    }
    expect(await check()).toBe(1);
  });

  it('runs as the unprivileged node user', () => {
    expect(instructions.filter((l) => l.startsWith('USER ')).at(-1)).toBe('USER node');
  });
});

describe('compose.yaml', () => {
  const compose = parse(readFileSync('compose.yaml', 'utf8')) as { services: Record<string, Service> };
  const redis = compose.services.redis!;

  it('pins Redis by digest, keeps every write (AOF every second) and never evicts a case', () => {
    expect(redis.image).toMatch(digest);
    const flags = redis.command!.join(' ');
    expect(flags).toContain('--appendonly yes');
    expect(flags).toContain('--appendfsync everysec');
    expect(flags).toContain('--maxmemory-policy noeviction');
  });

  it('starts the bot only once Redis answers PING', () => {
    expect(redis.healthcheck?.test).toEqual(['CMD', 'redis-cli', 'ping']);
    expect((compose.services.hotline!.depends_on as Record<string, { condition?: string }>).redis?.condition).toBe('service_healthy');
  });
});

describe('compose.webhook.yaml', () => {
  const compose = parse(readFileSync('compose.webhook.yaml', 'utf8'), { merge: true }) as { services: Record<string, Service> };
  const caddyfile = readFileSync('deploy/Caddyfile', 'utf8');
  const bots = Object.entries(compose.services).filter(([name]) => name.startsWith('bot-'));

  it('runs Redis as compose.yaml does: pinned by digest, AOF every second, no eviction, healthy before the bots', () => {
    const single = parse(readFileSync('compose.yaml', 'utf8')) as { services: Record<string, Service> };
    const redis = compose.services.redis!;
    expect(redis.image).toMatch(digest);
    expect(redis.image).toBe(single.services.redis!.image);
    expect(redis.command).toEqual(single.services.redis!.command);
    expect(redis.healthcheck?.test).toEqual(['CMD', 'redis-cli', 'ping']);
    expect(redis.volumes).toEqual(['redis-data:/data']);
    expect(redis.ports).toBeUndefined(); // only the bots talk to it
  });

  it('runs three bot processes in webhook mode on that Redis, reachable by the proxy only', () => {
    expect(bots.map(([name]) => name)).toEqual(['bot-1', 'bot-2', 'bot-3']);
    for (const [name, bot] of bots) {
      expect(bot.build, name).toBe('.');
      expect((bot.depends_on as Record<string, { condition?: string }>).redis?.condition, name).toBe('service_healthy');
      expect(bot.environment, name).toMatchObject({ REDIS_URL: 'redis://redis:6379', HTTP_HOST: '0.0.0.0', HTTP_PORT: '8080' });
      expect(bot.environment!.TELEGRAM_WEBHOOK_URL, name).toMatch(/^https:\/\/\$\{WEBHOOK_DOMAIN:\?[^}]+\}\/telegram$/);
      expect(bot.ports, name).toBeUndefined();
    }
  });

  it('puts Caddy, pinned to an exact version, in front: the webhook path spread over the three, nothing else', () => {
    const caddy = compose.services.caddy!;
    expect(caddy.image).toMatch(/^caddy:\d+\.\d+\.\d+(-alpine)?(@sha256:[0-9a-f]{64})?$/);
    expect(caddy.volumes).toContain('./deploy/Caddyfile:/etc/caddy/Caddyfile:ro');
    expect(caddy.ports).toEqual(['80:80', '443:443']);
    const path = new URL(bots[0]![1].environment!.TELEGRAM_WEBHOOK_URL!.replace(/\$\{[^}]+\}/, 'example.org')).pathname;
    expect(caddyfile).toContain(`handle ${path} {`);
    const upstreams = /reverse_proxy ([^{]+)\{/.exec(caddyfile)?.[1]!.trim().split(/\s+/);
    expect(upstreams).toEqual(bots.map(([name]) => `${name}:8080`));
    expect(caddyfile).toMatch(/handle \{\s*respond 404\s*\}/);
  });
});
