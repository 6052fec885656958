/**
 * The one type every module takes for its Redis connection.
 *
 * Modules import this rather than ioredis's `Redis` so that the connection can be a single server, a
 * Sentinel-followed primary or a Cluster without each module naming which. What differs between them
 * (a second connection, a SCAN over every node) is done through the helpers here and in scan-all.ts.
 */
import { Cluster, type Redis } from 'ioredis';

export type RedisClient = Redis | Cluster;

/** True for a Redis Cluster client (REDIS_CLUSTER_NODES). */
export function isCluster(redis: RedisClient): redis is Cluster {
  return redis instanceof Cluster;
}

/**
 * A second connection like `redis` (same server, same sentinels or same cluster), for a blocking reader:
 * it follows a failover or a slot move on its own. Not connected yet: its first command connects it.
 */
export function duplicateClient(redis: RedisClient): RedisClient {
  return isCluster(redis) ? redis.duplicate() : redis.duplicate();
}
