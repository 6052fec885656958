/**
 * What Redis remembers about the keys (`<p>keyring`), checked at start-up:
 * - `personIdCheck`: a fingerprint of the person-id key, written by the first start. Person ids are in
 *   Redis key names (conversations, outbox lanes, trails…): started with another person-id key, the
 *   hotline would not find a single conversation and the desk could not reach anyone, so it refuses.
 * - `sealing`, `sealingAt`: the id of the key the hotline last started sealing with, so that
 *   `npm run rekey` can refuse to run while a process may still be sealing with an older one.
 */
import type { RedisClient as Redis } from '../redis/redis-client.js';
import type { Keys } from '../redis/keys.js';
import type { Sealer } from './sealed.js';

/** The keys do not match what this Redis was used with: the message says what to set. */
export class KeyringError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'KeyringError';
  }
}

/** Refuses (KeyringError) a person-id key other than the one this Redis was first used with; records it the first time. */
export async function checkPersonIdKey(deps: { redis: Redis; keys: Keys; sealer: Sealer }): Promise<void> {
  const { redis, keys, sealer } = deps;
  await redis.hsetnx(keys.keyring, 'personIdCheck', sealer.personIdCheck);
  const stored = await redis.hget(keys.keyring, 'personIdCheck');
  if (stored !== sealer.personIdCheck) {
    throw new KeyringError(
      'The person-id key is not the one this Redis was first used with, so no conversation would be found. ' +
        'Person ids are made with PERSON_ID_KEY, or when it is not set with the oldest key of DATA_KEYS (the last in the list). ' +
        'Keep the first DATA_KEY at the end of DATA_KEYS, or set PERSON_ID_KEY to it.',
    );
  }
}

/** At the hotline's start: checks the person-id key, and records which key it seals with. */
export async function registerSealingKey(deps: { redis: Redis; keys: Keys; sealer: Sealer; now?: number }): Promise<void> {
  await checkPersonIdKey(deps);
  await deps.redis.hset(deps.keys.keyring, { sealing: deps.sealer.keyId, sealingAt: String(deps.now ?? Date.now()) });
}
