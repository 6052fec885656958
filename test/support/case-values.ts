/**
 * Opening (and sealing) a case's stored values in tests the way the product does: with the case's own key
 * (src/cases/case-keys.ts, `caseSealer`), which opens values from before case keys with the data keys too.
 * A test that opened them with the app's DATA_KEY sealer would fail on every value sealed with a case key.
 */
import type { App } from '../../src/app.js';
import { caseSealer } from '../../src/cases/case-keys.js';
import { ForwardedMessage } from '../../src/core/messages.js';
import type { Sealer } from '../../src/core/sealed.js';
import type { RedisClient } from '../../src/redis/redis-client.js';
import { streamFields } from '../../src/redis/stream-fields.js';

type Sealing = Pick<App, 'keys' | 'sealer'>;

/** The sealer of one case's values, as every reader in the product uses it. */
export function sealerOfCase(app: Sealing, redis: RedisClient, caseId: string): Promise<Sealer> {
  return caseSealer({ redis, keys: app.keys, sealer: app.sealer }, caseId);
}

/** A case's sealed value (base64 text as stored in hashes, lists and the events stream, or raw bytes), opened. */
export async function openCaseValue(app: Sealing, redis: RedisClient, caseId: string, sealed: string | Buffer, context = 'test'): Promise<string> {
  const bytes = typeof sealed === 'string' ? Buffer.from(sealed, 'base64') : sealed;
  return (await sealerOfCase(app, redis, caseId)).open(bytes, context);
}

/** A value sealed for a case as the product seals it (base64), e.g. to rewrite a case's sealed part. */
export async function sealCaseValue(app: Sealing, redis: RedisClient, caseId: string, plain: string): Promise<string> {
  return (await sealerOfCase(app, redis, caseId)).seal(plain).toString('base64');
}

/** The `sealed` field of an events-stream entry (fields by name), opened with the key of the entry's case. */
export function openEventSealed(app: Sealing, redis: RedisClient, f: Record<string, string>, context = 'test'): Promise<string> {
  return openCaseValue(app, redis, f.case ?? '', f.sealed ?? '', context);
}

/** The person's messages passed on to the officers (`case.message` events), of one case or of all, opened, in stream order. */
export async function passedOnMessages(app: Sealing, redis: RedisClient, caseId?: string): Promise<ForwardedMessage[]> {
  const entries = (await redis.xrange(app.keys.events, '-', '+')).map(([, flat]) => streamFields(flat));
  const mine = entries.filter((f) => f.type === 'case.message' && (caseId === undefined || f.case === caseId));
  return Promise.all(mine.map(async (f) => ForwardedMessage.parse(JSON.parse(await openEventSealed(app, redis, f, `message on ${f.case}`)))));
}
