/**
 * Why a local `redis-server` is not there: no binary to run ({@link RedisUnavailableError}), or a binary
 * that did not come up ({@link LocalRedisStartError}). Both carry what the message says as fields, so a
 * handler can log them whole.
 */

/**
 * No usable `redis-server` binary: it is not installed and could not be installed automatically
 * (not root, no apt-get, or apt-get failed). The message says how to fix it.
 */
export class RedisUnavailableError extends Error {
  override readonly name = 'RedisUnavailableError';
  /** Why there is no server: not installed (and not installable here), or the installation failed. */
  readonly reason: 'not-installed' | 'install-failed';
  /** Last lines of apt-get's output when the installation failed. */
  readonly outputTail: string | undefined;

  constructor(
    message: string,
    context: { reason: 'not-installed' | 'install-failed'; outputTail?: string },
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.reason = context.reason;
    this.outputTail = context.outputTail;
  }
}

/** Why a local server could not be started. */
export type LocalRedisStartFailure = 'exited' | 'timeout' | 'in-use';

/**
 * `redis-server` was found but did not come up: it exited early (bad option, port taken, unreadable
 * data), did not answer PING in time, or the data directory is already served by another server.
 */
export class LocalRedisStartError extends Error {
  override readonly name = 'LocalRedisStartError';
  readonly reason: LocalRedisStartFailure;
  readonly binary: string;
  readonly dataDir: string;
  readonly port: number | undefined;
  readonly exitCode: number | null;
  readonly signal: NodeJS.Signals | null;
  /** Last lines the server printed (stdout and stderr); never contains stored data. */
  readonly outputTail: string;

  constructor(
    message: string,
    context: {
      reason: LocalRedisStartFailure;
      binary: string;
      dataDir: string;
      port?: number;
      exitCode?: number | null;
      signal?: NodeJS.Signals | null;
      outputTail?: string;
    },
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.reason = context.reason;
    this.binary = context.binary;
    this.dataDir = context.dataDir;
    this.port = context.port;
    this.exitCode = context.exitCode ?? null;
    this.signal = context.signal ?? null;
    this.outputTail = context.outputTail ?? '';
  }
}
