/**
 * `npm start` as it runs (src/main.ts in a child process), in console mode against a scratch redis-server:
 * its HTTP server listens (HTTP_PORT=0 picks a free port), answers health, readiness and metrics, counts
 * what the person types, and is closed when the process ends.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { afterAll, describe, expect, it } from 'vitest';
import { scratchRedis } from '../support/scratch-redis.js';
import { until } from '../support/until.js';

const { tempDir, scratchServer } = scratchRedis();
let child: ChildProcess | undefined;

afterAll(() => {
  if (child && child.exitCode === null) child.kill('SIGKILL');
});

const series = (text: string, name: string) => {
  const line = text.split('\n').find((l) => l.startsWith(`${name} `));
  return line === undefined ? undefined : Number(line.slice(name.length + 1));
};

describe('main.ts http server', () => {
  it('serves health, readiness and metrics in console mode, and stops with the process', async () => {
    const redis = await scratchServer();
    const env: NodeJS.ProcessEnv = { ...process.env, REDIS_URL: redis.url, REDIS_PREFIX: 'mainhttp:', DATA_DIR: await tempDir(), HTTP_PORT: '0', LOG_LEVEL: 'info', NODE_ENV: 'test' };
    for (const name of ['TELEGRAM_BOT_TOKEN', 'WHATSAPP_ENABLED', 'OFFICERS_CHAT_ID', 'HTTP_HOST']) delete env[name];
    const proc = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], { env, stdio: ['pipe', 'pipe', 'pipe'] });
    child = proc;
    const port = await new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('main.ts did not say it listens within 30 s')), 30_000);
      proc.once('exit', (code) => reject(new Error(`main.ts exited (${code})`)));
      const onLine = (text: string) => {
        try {
          const line = JSON.parse(text) as { msg?: string; port?: number };
          if (line.msg?.startsWith('http server listening') && line.port) {
            clearTimeout(timer);
            resolve(line.port);
          }
        } catch { /* the console's own output */ }
      };
      createInterface({ input: proc.stderr! }).on('line', onLine);
      createInterface({ input: proc.stdout! }).on('line', onLine);
    });
    const base = `http://127.0.0.1:${port}`;
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    const ready = await until(async () => {
      const res = await fetch(`${base}/readyz`);
      return res.status === 200 ? ((await res.json()) as unknown) : undefined;
    }, 'readiness', 10_000);
    expect(ready).toEqual({ ready: true, redis: 'ok', channels: [{ name: 'console', connected: true }] });

    proc.stdin!.write('SOS tolong saya disekap\n');
    const metrics = await until(async () => {
      const text = await (await fetch(`${base}/metrics`)).text();
      return series(text, 'hotline_messages_in_total{channel="console"}') === 1 ? text : undefined;
    }, 'the message counted', 10_000);
    expect(series(metrics, 'hotline_channel_state{channel="console"}')).toBe(1);
    expect(series(metrics, 'hotline_danger_to_queue_seconds_count{channel="console"}')).toBe(1);
    expect(metrics).toContain('process_cpu_seconds_total');

    const exited = new Promise<number | null>((resolve) => proc.once('exit', resolve));
    proc.stdin!.end(); // end of input: the console channel closes, main shuts down
    expect(await exited).toBe(0);
    await expect(fetch(`${base}/healthz`)).rejects.toThrow();
  }, 60_000);
});
