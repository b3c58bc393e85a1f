import { isKycFailure } from '@kyc-errors/core';
import { retry } from '@kyc-errors/retry';
import { smileId } from '@kyc-errors/smile-id';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type RedisServer, redisSuitesRun, startRedis } from '../../../test/fleet/redis-server.js';
import { redisCooldown, redisRateLimit, redisRetryBudget } from '../src/index.js';

// Against a real, private redis-server (see test/fleet/redis-server.ts).

let server: RedisServer;
const client = (): Redis => {
  const redis = new Redis({ path: server.socket });
  redis.on('error', () => {}); // reconnect noise while a test has the server stopped
  server.onStop(() => redis.disconnect());
  return redis;
};
let n = 0;
// Outside the outage tests, Redis gets all the time it needs on two busy cores: those tests
// are about the shared semantics, and any fallback would hide in them.
const patient = { timeoutMs: 2000 } as const;
const fresh = (): string => `t${++n}-${Date.now()}`;

const throttled = (seconds: number): Error =>
  Object.assign(new Error('Request failed with status code 429'), {
    response: { status: 429, headers: { 'retry-after': String(seconds) }, data: '' },
  });
const unavailable503 = (): Error =>
  Object.assign(new Error('Request failed with status code 503'), {
    response: { status: 503, headers: {}, data: '<html>503</html>' },
  });

describe.runIf(redisSuitesRun())('@kyc-errors/redis against redis-server', () => {
  beforeAll(async () => {
    server = await startRedis();
  });
  afterAll(async () => {
    await server?.stop();
  });
  // Every test starts with Redis up: the outage tests stop it, and in a shuffled order one
  // of them may run just before a test of the shared semantics.
  beforeEach(async () => {
    await server.start();
  });

  describe('redisRetryBudget', () => {
    it('is one bucket for every client using the key, taken atomically, never overdrawn', async () => {
      const key = fresh();
      const budgets = [0, 1, 2, 3].map(() =>
        redisRetryBudget(client(), { ...patient, key, capacity: 100, retryCost: 5 }),
      );
      const answers = await Promise.all(
        Array.from({ length: 60 }, (_, i) => budgets[i % 4]?.tryAcquire(5)),
      );
      expect(answers.filter((a) => a === true)).toHaveLength(20);
      expect(await budgets[0]?.available()).toBe(0);
    });

    it('gives back what a retry cost, or successRefill, never above capacity; fractions survive', async () => {
      const budget = redisRetryBudget(client(), {
        ...patient,
        key: fresh(),
        capacity: 10,
        successRefill: 0.5,
      });
      expect(await budget.tryAcquire(7.5)).toBe(true);
      expect(await budget.available()).toBe(2.5);
      await budget.recordSuccess();
      expect(await budget.available()).toBe(3);
      await budget.recordSuccess(100);
      expect(await budget.available()).toBe(10);
      expect(await budget.tryAcquire(Number.NaN)).toBe(false);
      expect(await budget.tryAcquire(-1)).toBe(false);
    });

    it('costs as the in-memory budget does (10 after a timeout)', () => {
      const budget = redisRetryBudget(client(), { key: fresh() });
      expect(budget.capacity).toBe(500);
    });

    it('rejects a bad key or size at once', () => {
      expect(() => redisRetryBudget(client(), { key: '' })).toThrow(TypeError);
      expect(() => redisRetryBudget(client(), { key: 'k', capacity: 0 })).toThrow(RangeError);
      expect(() => redisRetryBudget(client(), { key: 'k', timeoutMs: 0 })).toThrow(RangeError);
    });
  });

  describe('redisCooldown', () => {
    it('a hold by one client is seen by another; a shorter one never shortens it', async () => {
      const key = fresh();
      const a = redisCooldown(client(), { ...patient, key });
      const b = redisCooldown(client(), { ...patient, key });
      expect(await b.remainingMs()).toBe(0);
      await a.hold(2000);
      await b.hold(500);
      const left = await b.remainingMs();
      expect(left).toBeGreaterThan(1900);
      expect(left).toBeLessThanOrEqual(2000);
    });
  });

  describe('redisRateLimit', () => {
    it('grants points per window across clients, then the wait until a permit frees', async () => {
      const key = fresh();
      const a = redisRateLimit(client(), { ...patient, key, points: 3, windowMs: 400 });
      const b = redisRateLimit(client(), { ...patient, key, points: 3, windowMs: 400 });
      expect(await Promise.all([a.take(), b.take(), a.take()])).toEqual([0, 0, 0]);
      const wait = await b.take();
      expect(wait).toBeGreaterThan(0);
      expect(wait).toBeLessThanOrEqual(400);
      await new Promise((resolve) => setTimeout(resolve, wait + 5));
      expect(await b.take()).toBe(0);
    });
  });

  describe('retry() with the Redis forms', () => {
    it('a 429 in one call holds another call sharing the cool-down', async () => {
      const key = fresh();
      const cooldown = redisCooldown(client(), { ...patient, key });
      const first = retry(
        async ({ attempt }) => {
          if (attempt === 1) throw throttled(1);
          return 'a';
        },
        { provider: smileId, cooldown, random: () => 0 },
      );
      await new Promise((resolve) => setTimeout(resolve, 50));
      const started = Date.now();
      let ranAt = 0;
      await retry(
        async () => {
          ranAt = Date.now();
          return 'b';
        },
        { provider: smileId, cooldown },
      );
      await first;
      expect(ranAt - started).toBeGreaterThanOrEqual(900);
    });
  });

  describe('when Redis is down or slow (stopped mid-run)', () => {
    it('budget: falls back to a per-process bucket of the same size, within the timeout', async () => {
      const errors: unknown[] = [];
      const budget = redisRetryBudget(client(), {
        key: fresh(),
        capacity: 10,
        timeoutMs: 500,
        onStoreError: (e) => errors.push(e),
      });
      expect(await budget.tryAcquire(5)).toBe(true); // Redis: 5 left
      expect(await budget.available()).toBe(5);
      await server.kill();
      const started = Date.now();
      expect(await budget.tryAcquire(5)).toBe(true); // local bucket: 5 left
      expect(await budget.tryAcquire(5)).toBe(true); // local: 0 left (skips Redis at once)
      expect(await budget.tryAcquire(5)).toBe(false);
      expect(Date.now() - started).toBeLessThan(1500); // at most one timeout, then skipped
      expect(errors.length).toBeGreaterThanOrEqual(1);
    });

    it('cool-down: fails open, but a process keeps the cool-downs it started itself', async () => {
      const key = fresh();
      const mine = redisCooldown(client(), { key, timeoutMs: 50 });
      const other = redisCooldown(client(), { key, timeoutMs: 50 });
      await server.kill();
      await mine.hold(3000);
      expect(await mine.remainingMs()).toBeGreaterThan(2900);
      expect(await other.remainingMs()).toBe(0);
    });

    it('rate limit: open by default, closed when asked (a wait, so calls wait or defer)', async () => {
      const key = fresh();
      const open = redisRateLimit(client(), {
        key,
        points: 1,
        windowMs: 60_000,
        timeoutMs: 50,
      });
      const closed = redisRateLimit(client(), {
        key,
        points: 1,
        windowMs: 60_000,
        timeoutMs: 50,
        whenUnavailable: 'closed',
        unavailableWaitMs: 5000,
      });
      expect(await open.take()).toBe(0);
      await server.kill();
      expect(await open.take()).toBe(0);
      expect(await open.take()).toBe(0);
      expect(await closed.take()).toBe(5000);
    });

    it('a slow Redis (DEBUG SLEEP) is cut off at the timeout like a dead one', async () => {
      const key = fresh();
      const admin = client();
      const limit = redisRateLimit(client(), {
        key,
        points: 2,
        windowMs: 60_000,
        timeoutMs: 500,
        whenUnavailable: 'closed',
      });
      await admin.ping();
      expect(await limit.take()).toBe(0); // connected, answering
      const sleeping = admin.call('DEBUG', 'SLEEP', '2').catch(() => {});
      await new Promise((resolve) => setTimeout(resolve, 20));
      const started = Date.now();
      expect(await limit.take()).toBe(1000);
      expect(Date.now() - started).toBeLessThan(1500); // the timeout, not the 2 s sleep
      await sleeping;
    });

    it('retry() never hangs and rejects only with a KycFailure while Redis is away', async () => {
      const key = fresh();
      const redis = client();
      const policies = {
        budget: redisRetryBudget(redis, { key, timeoutMs: 50 }),
        cooldown: redisCooldown(redis, { key, timeoutMs: 50 }),
        rateLimit: redisRateLimit(redis, { key, points: 100, windowMs: 1000, timeoutMs: 50 }),
      };
      await expect(retry(async () => 'up', { provider: smileId, ...policies })).resolves.toBe('up');
      await server.kill();
      const started = Date.now();
      await expect(retry(async () => 'down', { provider: smileId, ...policies })).resolves.toBe(
        'down',
      );
      const failed = await retry(
        async () => {
          throw unavailable503();
        },
        { provider: smileId, ...policies, random: () => 0, maxAttempts: 3 },
      ).catch((e: unknown) => e);
      expect(isKycFailure(failed)).toBe(true);
      expect(failed).toMatchObject({ stoppedBecause: 'attempts-exhausted', attempts: 3 });
      expect(Date.now() - started).toBeLessThan(3000);
    });

    it('comes back once Redis is back', async () => {
      const key = fresh();
      const budget = redisRetryBudget(client(), {
        key,
        capacity: 10,
        timeoutMs: 50,
        retryAfterMs: 100,
      });
      await server.kill();
      await budget.tryAcquire(5); // local
      await server.start();
      await new Promise((resolve) => setTimeout(resolve, 400)); // ioredis reconnects; our skip ends
      let level: number | undefined;
      for (let i = 0; i < 20 && level === undefined; i++) {
        level = await budget.available();
        if (level === undefined) await new Promise((resolve) => setTimeout(resolve, 100));
      }
      // A fresh server: the bucket started full. It may hold 5 instead of 10: ioredis resends
      // the take that was in flight when Redis died, which we had already paid locally.
      // That errs on the safe side (the fleet retries less, never more).
      expect([5, 10]).toContain(level);
      expect(await budget.tryAcquire(1)).toBe(true);
      expect(await budget.available()).toBe((level ?? 0) - 1);
    });
  });
});
