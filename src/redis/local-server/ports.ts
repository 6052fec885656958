/**
 * TCP ports on 127.0.0.1: what answers on one ({@link probeRedis}) and a free one to start a server on
 * ({@link pickFreePort}).
 */
import net from 'node:net';

/** Result of {@link probeRedis}. */
export type RedisProbeResult = 'pong' | 'loading' | 'noauth' | 'other' | 'unreachable';

/**
 * Sends a raw `PING` to a Redis server, without a client library (so nothing retries and nothing logs).
 *
 * @returns `'pong'` when it answered, `'loading'` while it loads its data set, `'noauth'` when it wants a
 *   password, `'other'` for any other reply (probably not Redis) and `'unreachable'` on connection error or
 *   timeout.
 */
export function probeRedis(
  port: number,
  opts: { host?: string; timeoutMs?: number } = {},
): Promise<RedisProbeResult> {
  const host = opts.host ?? '127.0.0.1';
  const timeoutMs = opts.timeoutMs ?? 500;
  return new Promise((resolve) => {
    let reply = '';
    let settled = false;
    const socket = net.connect({ host, port });
    const finish = (result: RedisProbeResult): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket.destroy();
      resolve(result);
    };
    const timer = setTimeout(() => finish('unreachable'), timeoutMs);
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.on('data', (chunk: Buffer) => {
      reply += chunk.toString('latin1');
      const end = reply.indexOf('\r\n');
      if (end === -1 && reply.length < 256) return;
      const line = end === -1 ? reply : reply.slice(0, end);
      if (line === '+PONG') finish('pong');
      else if (line.startsWith('-LOADING')) finish('loading');
      else if (line.startsWith('-NOAUTH') || line.startsWith('-WRONGPASS')) finish('noauth');
      else finish('other');
    });
    socket.once('error', () => finish('unreachable'));
    socket.once('close', () => finish(reply === '' ? 'unreachable' : 'other'));
  });
}

/** Asks the OS for a free TCP port on 127.0.0.1 (bind to port 0, read it, close). */
export function pickFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : undefined;
      server.close(() => (port === undefined ? reject(new Error('could not pick a free port')) : resolve(port)));
    });
  });
}
