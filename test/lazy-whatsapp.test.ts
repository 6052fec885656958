/**
 * Baileys (and the protobufs, libsignal and WebSocket client it brings) is loaded only when WhatsApp is on:
 * `npm start` with the console channel (the same holds for Telegram only) never resolves the package.
 * The module trace is a loader hook in the child process (test/support/trace-modules.mjs); the second case
 * shows the hook does see baileys when the WhatsApp channel module is imported, so the first cannot pass
 * by accident.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { until } from './support/until.js';

const trace = path.resolve('test/support/trace-modules.mjs');
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'hotline-lazy-wa-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const loadsBaileys = (urls: string) => urls.split('\n').some((url) => url.includes('/node_modules/baileys/'));

describe('the WhatsApp library is loaded only when WhatsApp is on', () => {
  it('npm start with no WhatsApp never loads baileys', async () => {
    const traceFile = path.join(dir, 'console.txt');
    const child = spawn(process.execPath, ['--import', 'tsx', '--import', trace, 'src/main.ts'], {
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? '',
        TRACE_MODULES_FILE: traceFile,
        REDIS_URL: inject('redisUrl'),
        REDIS_PREFIX: `t:lazy-wa-${process.pid}:`,
        DATA_DIR: dir,
        JOURNAL_DIR: path.join(dir, 'journal'),
        HTTP_PORT: '0',
        LOG_LEVEL: 'info',
      },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
    try {
      // Started: main.ts has gone past the channels and the console channel has greeted the terminal.
      await until(async () => out.includes('Console channel:'), 'the console channel to start', 30_000);
      const urls = await readFile(traceFile, 'utf8');
      expect(urls).toContain('/src/main.ts');
      expect(urls).toContain('/node_modules/grammy/');
      expect(loadsBaileys(urls)).toBe(false);
    } finally {
      child.stdin.end();
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
    }
  }, 60_000);

  it('the trace does see baileys when the WhatsApp channel is imported', () => {
    const traceFile = path.join(dir, 'whatsapp.txt');
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', '--import', trace, '--input-type=module', '-e', "await import('./src/channels/whatsapp/whatsapp-channel.ts')"],
      { env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', TRACE_MODULES_FILE: traceFile }, encoding: 'utf8', timeout: 30_000 },
    );
    expect(run.status).toBe(0);
    return readFile(traceFile, 'utf8').then((urls) => expect(loadsBaileys(urls)).toBe(true));
  }, 60_000);
});
