import type { Cooldown, RateLimit, RetryBudget } from '@kyc-errors/retry';
import type { Cluster, Redis } from 'ioredis';
import { describe, expectTypeOf, it } from 'vitest';
import { type RedisClient, redisCooldown, redisRateLimit, redisRetryBudget } from '../src/index.js';

declare const redis: Redis;
declare const cluster: Cluster;

describe('the Redis forms', () => {
  it('take the user’s ioredis client, a single node or a cluster', () => {
    expectTypeOf(redis).toExtend<RedisClient>();
    expectTypeOf(cluster).toExtend<RedisClient>();
  });

  it('take any client with the three members they use, not one ioredis version’s class', () => {
    const minimal = {
      status: 'ready',
      evalsha: async (_sha1: string, _numkeys: number, ..._args: (string | number)[]) =>
        null as unknown,
      eval: async (_script: string, _numkeys: number, ..._args: (string | number)[]) =>
        null as unknown,
    };
    expectTypeOf(minimal).toExtend<RedisClient>();
    expectTypeOf(redisRetryBudget(minimal, { key: 'k' })).toExtend<RetryBudget>();
    expectTypeOf(redisCooldown(minimal, { key: 'k' })).toEqualTypeOf<Cooldown>();
    expectTypeOf(
      redisRateLimit(minimal, { key: 'k', points: 1, windowMs: 1 }),
    ).toEqualTypeOf<RateLimit>();
    // Without a member the policies call, it is not a client.
    const { evalsha: _, ...noEvalsha } = minimal;
    expectTypeOf(noEvalsha).not.toExtend<RedisClient>();
    const { status: __, ...noStatus } = minimal;
    expectTypeOf(noStatus).not.toExtend<RedisClient>();
  });

  it('are the retry package’s interfaces: the switch from in-memory is one line', () => {
    expectTypeOf(redisRetryBudget(redis, { key: 'k' })).toExtend<RetryBudget>();
    expectTypeOf(redisCooldown(redis, { key: 'k' })).toEqualTypeOf<Cooldown>();
    expectTypeOf(
      redisRateLimit(cluster, { key: 'k', points: 1, windowMs: 1 }),
    ).toEqualTypeOf<RateLimit>();
  });

  it('a key is required', () => {
    expectTypeOf<{ capacity: 5 }>().not.toExtend<Parameters<typeof redisRetryBudget>[1]>();
  });
});
