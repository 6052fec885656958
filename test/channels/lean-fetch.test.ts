import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BotApiResponseError, createLeanFetch } from '../../src/channels/telegram/lean-fetch.js';

describe('lean fetch', () => {
  let server: Server;
  let root: string;
  const seen: Array<{ method?: string; url?: string; type?: string; body: string }> = [];

  beforeEach(async () => {
    seen.length = 0;
    server = createServer((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        seen.push({ method: req.method, url: req.url, type: req.headers['content-type'], body });
        if (req.url?.endsWith('/html')) return res.writeHead(502, { 'content-type': 'text/html' }).end('<h1>Bad gateway</h1>');
        if (req.url?.endsWith('/slow')) return setTimeout(() => res.end('{}'), 2000);
        res.writeHead(req.url?.endsWith('/err') ? 400 : 200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ ok: !req.url?.endsWith('/err'), echo: body }));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    root = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterEach(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('posts JSON and reads JSON, error statuses included (Telegram puts errors in the body)', async () => {
    const fetch = createLeanFetch();
    const res = await fetch(`${root}/bot1:x/sendMessage`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"text":"hé 🙂"}' });
    expect(await res.json()).toEqual({ ok: true, echo: '{"text":"hé 🙂"}' });
    expect(seen[0]).toMatchObject({ method: 'POST', url: '/bot1:x/sendMessage', type: 'application/json' });
    const err = await fetch(`${root}/err`, { method: 'POST', body: '{}' });
    expect(err.status).toBe(400);
    expect(await err.json()).toMatchObject({ ok: false });
  });

  it('fails clearly on a body that is not JSON, on an abort, and on a file upload', async () => {
    const fetch = createLeanFetch();
    await expect((await fetch(`${root}/html`)).json()).rejects.toBeInstanceOf(BotApiResponseError);
    const controller = new AbortController();
    const pending = fetch(`${root}/slow`, { signal: controller.signal });
    setTimeout(() => controller.abort(new Error('stop polling')), 20);
    await expect(pending).rejects.toThrow('stop polling');
    await expect(fetch(`${root}/x`, { method: 'POST', body: new Uint8Array(3) })).rejects.toThrow(/file uploads are not supported/);
  });

  it('speaks TLS to an https:// Bot API root', async () => {
    // An https URL to a plain-HTTP port fails in the TLS handshake: proof the https module is used.
    await expect(createLeanFetch()(root.replace('http:', 'https:'))).rejects.toThrow(/SSL|TLS|wrong version|EPROTO/i);
  });
});
