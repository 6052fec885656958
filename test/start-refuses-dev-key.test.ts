/**
 * `npm start` with a real channel and no key stops at once, whatever NODE_ENV says, saying how to make a
 * key: the public development key must never seal a real person's data.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const start = (env: Record<string, string>) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    encoding: 'utf8',
    timeout: 30_000,
  });

describe('starting with a real channel and no DATA_KEY', () => {
  it.each([
    [{ TELEGRAM_BOT_TOKEN: '123456:ABCdefGHIjklMNOpqrSTUvwxYZ', NODE_ENV: 'development' }, 'TELEGRAM_BOT_TOKEN is set'],
    [{ WHATSAPP_ENABLED: 'true' }, 'WHATSAPP_ENABLED is on'],
  ])('refuses %j', (env, why) => {
    const run = start({ ...env, REDIS_URL: 'redis://127.0.0.1:1' }); // never reached: refused before Redis
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`DATA_KEY: required because ${why}`);
    expect(run.stderr).toContain('openssl rand -base64 32');
  });
});
