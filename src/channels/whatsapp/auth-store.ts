/**
 * Baileys' auth state (credentials and signal keys) in Redis instead of Baileys' multi-file store, modelled
 * on `useMultiFileAuthState`: values are serialised with Baileys' `BufferJSON` and written on every change.
 *
 * One hash per linked number, `<p>wa:auth:<session>`:
 * - field `creds` → sealed JSON of the credentials;
 * - field `<type>:<HMAC of the key id>` → sealed JSON of one signal key (pre-keys, sessions, sender keys,
 *   app-state sync keys, LID mappings, …).
 * Key ids often contain phone numbers or LIDs, hence the HMAC; values hold the number's private keys, hence
 * the sealing (AES-256-GCM under DATA_KEY). Baileys only ever reads keys by id, so nothing needs listing.
 * One key for the whole state keeps each `set` atomic (one MULTI) and works unchanged on Redis Cluster.
 */
import { BufferJSON, initAuthCreds, proto, type AuthenticationCreds, type AuthenticationState, type SignalDataSet, type SignalDataTypeMap, type SignalKeyStore } from 'baileys';
import type { RedisClient as Redis } from '../../redis/redis-client.js';
import type { Sealer } from '../../core/sealed.js';

export interface RedisAuthState {
  /** The state to give `makeWASocket` (wrap `keys` in `makeCacheableSignalKeyStore`). */
  state: AuthenticationState;
  /** Writes the current credentials; call on every `creds.update`. */
  saveCreds(): Promise<void>;
  /** Deletes the whole stored state (before linking the number anew). */
  clear(): Promise<void>;
}

const CREDS = 'creds';

/** Loads the auth state stored under `key`, or fresh credentials (not linked yet) when there is none. */
export async function loadRedisAuthState(opts: { redis: Redis; key: string; sealer: Sealer }): Promise<RedisAuthState> {
  const { redis, key, sealer } = opts;
  const encode = (value: unknown) => sealer.seal(JSON.stringify(value, BufferJSON.replacer));
  const decode = (sealed: Buffer): unknown => JSON.parse(sealer.open(sealed, 'whatsapp auth state'), BufferJSON.reviver);
  const field = (type: string, id: string) => `${type}:${sealer.personId(`wa-auth:${type}`, id)}`;

  const stored = await redis.hgetBuffer(key, CREDS);
  const creds: AuthenticationCreds = stored ? (decode(stored) as AuthenticationCreds) : initAuthCreds();

  const keys: SignalKeyStore = {
    async get<T extends keyof SignalDataTypeMap>(type: T, ids: string[]) {
      const data: { [id: string]: SignalDataTypeMap[T] } = {};
      if (ids.length === 0) return data;
      const values = await redis.hmgetBuffer(key, ...ids.map((id) => field(type, id)));
      ids.forEach((id, i) => {
        const sealed = values[i];
        if (!sealed) return;
        let value = decode(sealed);
        if (type === 'app-state-sync-key') value = proto.Message.AppStateSyncKeyData.fromObject(value as object);
        data[id] = value as SignalDataTypeMap[T];
      });
      return data;
    },
    async set(data: SignalDataSet) {
      const writes: Record<string, Buffer> = {};
      const deletes: string[] = [];
      for (const type of Object.keys(data) as Array<keyof SignalDataSet>) {
        for (const [id, value] of Object.entries(data[type] ?? {})) {
          if (value) writes[field(type, id)] = encode(value);
          else deletes.push(field(type, id));
        }
      }
      const tx = redis.multi();
      if (Object.keys(writes).length > 0) tx.hset(key, writes);
      if (deletes.length > 0) tx.hdel(key, ...deletes);
      const results = await tx.exec();
      const failed = results?.find(([err]) => err)?.[0];
      if (failed) throw failed;
    },
    async clear() {
      await redis.del(key);
    },
  };

  return {
    state: { creds, keys },
    async saveCreds() {
      await redis.hset(key, CREDS, encode(creds));
    },
    async clear() {
      await redis.del(key);
    },
  };
}
