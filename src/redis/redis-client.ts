/**
 * The one type every module takes for its Redis connection.
 *
 * Modules import this rather than ioredis's `Redis` so that the connection can be a single server, a
 * Sentinel-followed primary or a Cluster without each module naming which.
 */
import type { Redis } from 'ioredis';

export type RedisClient = Redis;
