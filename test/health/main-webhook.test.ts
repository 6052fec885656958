/**
 * `npm start` in webhook mode as it runs: two src/main.ts child processes on one scratch redis-server, with a
 * real Telegram bot token against the loopback Bot API server. Each sets the webhook (no polling) and serves
 * it on its HTTP server; only one holds the roles lease (`hotline_roles_lease_held`); a person's SOS posted to
 * the other is answered; when the holder shuts down the other takes the roles over.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { createInterface } from 'node:readline';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startBotApiServer, type BotApiServer } from '../support/bot-api-server.js';
import { scratchRedis } from '../support/scratch-redis.js';
import { until } from '../support/until.js';

const { tempDir, scratchServer } = scratchRedis();
const SECRET = 'main_webhook-secret-0123456789';
const children: ChildProcess[] = [];
let server: BotApiServer;

beforeEach(async () => {
  server = await startBotApiServer();
});
afterEach(async () => {
  await server.close();
});
afterAll(() => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
});

/** A port free now (the child listens on it: its webhook URL must be known before it starts). */
const freePort = () => new Promise<number>((resolve) => {
  const s = createServer();
  s.listen(0, '127.0.0.1', () => {
    const { port } = s.address() as AddressInfo;
    s.close(() => resolve(port));
  });
});

const series = (text: string, name: string) => {
  const line = text.split('\n').find((l) => l.startsWith(`${name} `));
  return line === undefined ? undefined : Number(line.slice(name.length + 1));
};

/** Starts main.ts in webhook mode on `port`; resolves once it says the channel takes updates by webhook. */
async function startMain(env: NodeJS.ProcessEnv, port: number): Promise<{ proc: ChildProcess; base: string; url: string }> {
  const url = `http://127.0.0.1:${port}/telegram`;
  const childEnv: NodeJS.ProcessEnv = { ...process.env, ...env, HTTP_PORT: String(port), TELEGRAM_WEBHOOK_URL: url, DATA_DIR: await tempDir() };
  for (const name of ['WHATSAPP_ENABLED', 'OFFICERS_CHAT_ID', 'HTTP_HOST', 'JOURNAL_DIR']) delete childEnv[name];
  const proc = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], { env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(proc);
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('main.ts did not start the webhook within 40 s')), 40_000);
    proc.once('exit', (code) => reject(new Error(`main.ts exited (${code})`)));
    const onLine = (text: string) => {
      try {
        if ((JSON.parse(text) as { msg?: string }).msg === 'telegram channel taking updates by webhook') {
          clearTimeout(timer);
          resolve();
        }
      } catch { /* not a log line */ }
    };
    createInterface({ input: proc.stderr! }).on('line', onLine);
    createInterface({ input: proc.stdout! }).on('line', onLine);
  });
  return { proc, base: `http://127.0.0.1:${port}`, url };
}

const held = async (base: string) => series(await (await fetch(`${base}/metrics`)).text(), 'hotline_roles_lease_held');

describe('main.ts in webhook mode, two processes', () => {
  it('sets the webhook and serves it, runs the roles in one process only, and hands them over on shutdown', async () => {
    const redis = await scratchServer();
    const env: NodeJS.ProcessEnv = {
      REDIS_URL: redis.url, REDIS_PREFIX: 'mainhook:', LOG_LEVEL: 'info', NODE_ENV: 'test',
      TELEGRAM_BOT_TOKEN: '123456:TEST-token-aaaaaaaaaaaaaaaaaaaa', TELEGRAM_API_ROOT: server.apiRoot,
      TELEGRAM_WEBHOOK_SECRET: SECRET, DATA_KEY: Buffer.alloc(32, 9).toString('base64'), ROLES_LEASE_SECONDS: '0.6',
    };
    const a = await startMain(env, await freePort());
    const b = await startMain(env, await freePort());
    expect(server.webhook()).toMatchObject({ url: b.url, secretToken: SECRET });
    expect(server.counts.getUpdates ?? 0).toBe(0);
    await until(async () => (await held(a.base)) === 1, 'a to hold the roles lease', 5_000);
    await new Promise((r) => setTimeout(r, 1_200)); // two lease times: b stays on standby
    expect([await held(a.base), await held(b.base)]).toEqual([1, 0]);

    // The webhook on main's HTTP server: the secret is checked; an SOS at the standby process is answered.
    const chat = 7801;
    expect((await server.postWebhook({ update_id: 1 }, { url: b.url, secretToken: null })).status).toBe(403);
    server.sendText(chat, 'tolong saya disekap', { languageCode: 'id' });
    const [post] = await server.deliverWebhook({ urls: [b.url] });
    expect(post!.status).toBe(200);
    await server.waitForMessages(chat, 1, 10_000);
    const metricsB = await (await fetch(`${b.base}/metrics`)).text();
    expect(series(metricsB, 'hotline_webhook_requests_total{outcome="taken"}')).toBe(1);
    expect(series(metricsB, 'hotline_webhook_requests_total{outcome="forbidden"}')).toBe(1);

    // a shuts down: it releases the lease, b takes the roles over within a third of the lease or so.
    const exited = new Promise<number | null>((resolve) => a.proc.once('exit', resolve));
    a.proc.kill('SIGTERM');
    expect(await exited).toBe(0);
    await until(async () => (await held(b.base)) === 1, 'b to take the roles over', 3_000);

    const done = new Promise<number | null>((resolve) => b.proc.once('exit', resolve));
    b.proc.kill('SIGTERM');
    expect(await done).toBe(0);
  }, 120_000);
});
