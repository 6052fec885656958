/**
 * The process's one HTTP server (Fastify), on HTTP_HOST:HTTP_PORT (127.0.0.1:8080 by default): health,
 * readiness and metrics now; the Telegram webhook and the officers' web desk mount on it (`server.app`).
 *
 * - `GET /healthz`: 200 while the process runs.
 * - `GET /readyz`: 200 once the process has started, Redis answers PING and every enabled channel is
 *   connected; else 503 with a JSON body naming what is not ready (`starting`, `redis`, each channel with
 *   why), never any personal data.
 * - `GET /metrics`: Prometheus text (src/health/metrics.ts).
 *
 * Requests are not logged one by one (a scrape every few seconds would fill the log); errors are.
 */
import Fastify, { type FastifyError, type FastifyInstance } from 'fastify';
import type { RedisClient as Redis } from '../redis/redis-client.js';
import type { ChannelName } from '../core/messages.js';
import type { Logger } from '../logger.js';
import type { ChannelLink } from './channel-watch.js';
import { within, type Metrics } from './metrics.js';

export interface HttpServerOptions {
  host: string;
  /** 0 picks a free port (tests). */
  port: number;
  redis: Pick<Redis, 'ping' | 'status'>;
  /** Each enabled channel's connection now. */
  links: () => Array<{ name: ChannelName } & ChannelLink>;
  metrics?: Metrics;
  /** True while the process is still starting its parts (channels, desk): not ready yet. */
  starting?: () => boolean;
  logger: Logger;
  /** How long readiness waits for Redis's PONG, ms (default 1 s). */
  pingTimeoutMs?: number;
}

export interface HttpServer {
  /** The Fastify instance, for routes of other parts (webhook, web desk): add them before `start`. */
  readonly app: FastifyInstance;
  /** Listens; resolves with the port it listens on. */
  start(): Promise<number>;
  stop(): Promise<void>;
}

/** What `/readyz` answers. */
export interface Readiness {
  ready: boolean;
  /** Present while the process is still starting. */
  starting?: true;
  redis: 'ok' | 'down';
  channels: Array<{ name: ChannelName; connected: boolean; problem?: string }>;
}

export function createHttpServer(opts: HttpServerOptions): HttpServer {
  const { logger } = opts;
  const app = Fastify({ logger: false, disableRequestLogging: true, bodyLimit: 1_048_576 });
  app.setErrorHandler((err: FastifyError, request, reply) => {
    const client = err.statusCode !== undefined && err.statusCode < 500; // a bad request: said back, not an error of ours
    if (!client) logger.error({ err: { name: err.name, message: err.message }, route: request.routeOptions.url }, 'http request failed');
    void reply.code(client ? err.statusCode! : 500).send({ error: client ? err.message : 'internal error' });
  });

  async function readiness(): Promise<Readiness> {
    let redis: Readiness['redis'] = 'down';
    if (opts.redis.status === 'ready') {
      try {
        redis = (await within(opts.pingTimeoutMs ?? 1_000, opts.redis.ping())) === 'PONG' ? 'ok' : 'down';
      } catch {
        redis = 'down';
      }
    }
    const channels = opts.links().map((l) => ({ name: l.name, connected: l.connected, ...(l.connected ? {} : { problem: l.problem ?? 'disconnected' }) }));
    const starting = opts.starting?.() ?? false;
    return { ready: !starting && redis === 'ok' && channels.every((c) => c.connected), ...(starting ? { starting: true as const } : {}), redis, channels };
  }

  app.get('/healthz', async () => ({ ok: true }));
  app.get('/readyz', async (_request, reply) => {
    const state = await readiness();
    return reply.code(state.ready ? 200 : 503).send(state);
  });
  if (opts.metrics) {
    const { metrics } = opts;
    app.get('/metrics', async (_request, reply) => reply.type(metrics.contentType).send(await metrics.render()));
  }

  return {
    app,
    async start() {
      await app.listen({ host: opts.host, port: opts.port });
      const address = app.server.address();
      const port = typeof address === 'object' && address ? address.port : opts.port;
      logger.info({ host: opts.host, port }, 'http server listening (/healthz, /readyz, /metrics)');
      return port;
    },
    async stop() {
      await app.close();
    },
  };
}
