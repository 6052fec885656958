/**
 * SCAN over every key matching a pattern, on one server or on every primary of a Redis Cluster (a
 * cluster client's SCAN reaches one node only). Never blocks Redis: batches of about `count` keys.
 */
import { isCluster, type RedisClient } from './redis-client.js';

/** Yields the matching keys batch by batch (possibly empty batches skipped; a key may come twice, as with SCAN). */
export async function* scanAll(redis: RedisClient, pattern: string, count = 500): AsyncGenerator<string[]> {
  const nodes = isCluster(redis) ? redis.nodes('master') : [redis];
  for (const node of nodes) {
    let cursor = '0';
    do {
      const [next, batch] = await node.scan(cursor, 'MATCH', pattern, 'COUNT', count);
      cursor = next;
      if (batch.length > 0) yield batch;
    } while (cursor !== '0');
  }
}

/** Every key matching `pattern`, in one array. */
export async function scanKeys(redis: RedisClient, pattern: string, count = 500): Promise<string[]> {
  const found: string[] = [];
  for await (const batch of scanAll(redis, pattern, count)) found.push(...batch);
  return found;
}

/**
 * The server holding `key`: on a cluster, the primary of its slot (every key of a deployment's hash tag is
 * there), so that one SCAN cursor covers them and can be kept to resume; on one server, that server.
 */
export async function nodeOfKey(redis: RedisClient, key: string): Promise<RedisClient> {
  if (!isCluster(redis)) return redis;
  const slot = Number(await redis.call('CLUSTER', 'KEYSLOT', key));
  const ranges = (await redis.call('CLUSTER', 'SLOTS')) as Array<[number, number, [string, number, ...unknown[]], ...unknown[]]>;
  const owner = ranges.find(([from, to]) => slot >= from && slot <= to)?.[2];
  const node = owner && redis.nodes('master').find((n) => n.options.port === Number(owner[1]) && (n.options.host === owner[0] || owner[0] === ''));
  if (!node) throw new Error(`no primary of the cluster holds slot ${slot} now (CLUSTER SLOTS): try again once the cluster is up`);
  return node;
}
