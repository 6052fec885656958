/**
 * A minimal `fetch` for grammY's Bot API client, straight over node:http / node:https with keep-alive.
 * grammY's default (node-fetch) costs a good part of the bot's CPU per message under load; grammY only
 * needs `res.json()` of a JSON request, which is all this does. Bodies that are not strings (file uploads,
 * which the hotline never sends) are refused with a clear error.
 */
import http from 'node:http';
import https from 'node:https';

export interface LeanRequestInit {
  method?: string;
  headers?: Record<string, string>;
  body?: unknown;
  signal?: AbortSignal | null;
}

export interface LeanResponse {
  status: number;
  json(): Promise<unknown>;
}

export type LeanFetch = (url: string, init?: LeanRequestInit) => Promise<LeanResponse>;

/** Thrown when the Bot API answers with something that is not JSON (a proxy's error page, say). */
export class BotApiResponseError extends Error {
  constructor(readonly status: number) {
    super(`Bot API answered HTTP ${status} with a body that is not JSON`);
    this.name = 'BotApiResponseError';
  }
}

export function createLeanFetch(): LeanFetch {
  const agents = {
    'http:': new http.Agent({ keepAlive: true }),
    'https:': new https.Agent({ keepAlive: true }),
  };

  return (url, init = {}) =>
    new Promise<LeanResponse>((resolve, reject) => {
      const target = new URL(url);
      const protocol = target.protocol as keyof typeof agents;
      if (!(protocol in agents)) return reject(new Error(`unsupported Bot API protocol ${target.protocol}`));
      if (init.body !== undefined && typeof init.body !== 'string') {
        return reject(new Error('lean fetch sends JSON only; file uploads are not supported'));
      }
      const signal = init.signal ?? undefined;
      if (signal?.aborted) return reject(signal.reason ?? new Error('aborted'));

      const send = protocol === 'https:' ? https.request : http.request;
      const req = send(target, { method: init.method ?? 'GET', headers: init.headers, agent: agents[protocol] }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', fail);
        res.on('end', () => {
          signal?.removeEventListener('abort', onAbort);
          const text = chunks.length === 1 ? chunks[0]!.toString('utf8') : Buffer.concat(chunks).toString('utf8');
          const status = res.statusCode ?? 0;
          resolve({
            status,
            json: () => {
              try {
                return Promise.resolve(JSON.parse(text));
              } catch {
                return Promise.reject(new BotApiResponseError(status));
              }
            },
          });
        });
      });
      function fail(err: Error) {
        signal?.removeEventListener('abort', onAbort);
        reject(err);
      }
      function onAbort() {
        req.destroy();
        reject(signal?.reason ?? new Error('aborted'));
      }
      req.on('error', fail);
      signal?.addEventListener('abort', onAbort, { once: true });
      req.end(init.body as string | undefined);
    });
}
