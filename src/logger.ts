/**
 * The root logger. Personal data never reaches a log line: code logs ids only, and `redact` removes the
 * fields that could carry text, names, phone numbers or places if one slips through.
 */
import { pino, type Logger } from 'pino';

export type { Logger };

const REDACT_PATHS = [
  'text', '*.text', 'name', '*.name', 'address', '*.address', 'phone', '*.phone', 'location', '*.location',
  'lat', 'lon', '*.lat', '*.lon', 'body', '*.body', 'message.text', 'ctx', 'update', '*.update', 'from', '*.from',
  'chat', '*.chat', 'first_name', '*.first_name', 'username', '*.username', 'password', '*.password',
];

export function createLogger(opts: { level: string; destination?: pino.DestinationStream }): Logger {
  return pino(
    {
      level: opts.level,
      base: { app: 'hotline' },
      redact: { paths: REDACT_PATHS, censor: '[redacted]' },
      serializers: { err: pino.stdSerializers.err },
    },
    opts.destination ?? pino.destination({ fd: 2, sync: false }),
  );
}
