import { createRetryBudget, retry } from '@kyc-errors/retry';
import { smileId } from '@kyc-errors/smile-id';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RedisServer, redisSuitesRun, startRedis } from '../../../test/fleet/redis-server.js';
import { type RedisClient, redisCooldown, redisRateLimit, redisRetryBudget } from '../src/index.js';

// Replies read whatever the client makes of them: ioredis with `stringNumbers: true` hands every
// integer reply over as a string, and a reply nobody can read is reported, then answered from
// the policy's documented fallback (the README's "When Redis is down or slow").

const unavailable503 = (): Error =>
  Object.assign(new Error('Request failed with status code 503'), {
    response: { status: 503, headers: {}, data: '<html>503</html>' },
  });

/** A client that answers every script with `reply`: a proxy or wrapper gone wrong. */
const answering = (reply: unknown): RedisClient => ({
  status: 'ready',
  evalsha: async () => reply,
  eval: async () => reply,
});

const GARBAGE: readonly [string, unknown][] = [
  ['null', null],
  ['a word', 'OK'],
  ['"nan"', 'nan'],
  ['"inf"', 'inf'],
  ['a negative number', -5],
  ['an object', { level: 5 }],
  ['an empty array', []],
  ['a table of three', [1, 5, 5]],
  ['a flag that is not 0 or 1', [2, 5]],
  ['a level that is not a number', [1, 'nil']],
];

describe('a reply that cannot be read (stubbed client)', () => {
  it.each(GARBAGE)('budget given %s: reported, then the per-process bucket', async (_, reply) => {
    const errors: unknown[] = [];
    const budget = redisRetryBudget(answering(reply), {
      key: 'k',
      capacity: 10,
      onStoreError: (e) => errors.push(e),
    });
    expect(await budget.tryAcquire(5)).toBe(true);
    expect(await budget.tryAcquire(5)).toBe(true);
    expect(await budget.tryAcquire(5)).toBe(false); // the local bucket of 10, not Redis' word
    expect(await budget.available()).toBeUndefined();
    expect(errors).toHaveLength(1); // then Redis is skipped for retryAfterMs, as after a failure
    expect(String(errors[0])).toMatch(/unreadable reply to the budget script/);
  });

  it.each(GARBAGE)(
    'cool-down given %s: reported, then open (only its own holds count)',
    async (_, reply) => {
      const errors: unknown[] = [];
      const cooldown = redisCooldown(answering(reply), {
        key: 'k',
        onStoreError: (e) => errors.push(e),
      });
      expect(await cooldown.remainingMs()).toBe(0);
      expect(errors).toHaveLength(1);
      expect(String(errors[0])).toMatch(/unreadable reply to the cool-down read script/);
    },
  );

  it('cool-down: an unreadable answer to a hold is reported, and the hold still counts here', async () => {
    const errors: unknown[] = [];
    const cooldown = redisCooldown(answering('OK'), {
      key: 'k',
      onStoreError: (e) => errors.push(e),
    });
    await cooldown.hold(5000);
    expect(String(errors[0])).toMatch(/unreadable reply to the cool-down hold script/);
    expect(await cooldown.remainingMs()).toBeGreaterThan(4000);
  });

  it.each(GARBAGE)(
    'rate limit given %s: reported, then open by default or the closed wait',
    async (_, reply) => {
      const errors: unknown[] = [];
      const options = {
        key: 'k',
        points: 1,
        windowMs: 60_000,
        onStoreError: (e: unknown) => errors.push(e),
      };
      const open = redisRateLimit(answering(reply), options);
      const closed = redisRateLimit(answering(reply), {
        ...options,
        whenUnavailable: 'closed',
        unavailableWaitMs: 5000,
      });
      expect(await open.take()).toBe(0);
      expect(await closed.take()).toBe(5000);
      expect(errors).toHaveLength(2);
      expect(String(errors[0])).toMatch(/unreadable reply to the rate limit script/);
    },
  );

  it('reports the shape of what it could not read, never its contents', async () => {
    const errors: unknown[] = [];
    const budget = redisRetryBudget(answering('token=s3cr3t'), {
      key: 'k',
      onStoreError: (e) => errors.push(e),
    });
    await budget.available();
    expect(String(errors[0])).toContain('a string of 12 characters');
    expect(String(errors[0])).not.toContain('s3cr3t');
  });
});

describe.runIf(redisSuitesRun())('ioredis with stringNumbers: true, against redis-server', () => {
  let server: RedisServer;
  const client = (): Redis => {
    const redis = new Redis({ path: server.socket, stringNumbers: true });
    redis.on('error', () => {});
    server.onStop(() => redis.disconnect());
    return redis;
  };
  let n = 0;
  const fresh = (): string => `s${++n}-${Date.now()}`;
  // Redis gets all the time it needs on busy cores: a fallback would hide in these tests.
  const errors: unknown[] = [];
  const patient = { timeoutMs: 2000, onStoreError: (e: unknown) => errors.push(e) } as const;

  beforeAll(async () => {
    server = await startRedis();
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('the client really hands integers over as strings (what the other tests rely on)', async () => {
    const redis = client();
    expect(await redis.eval('return 7', 0)).toBe('7');
  });

  it('budget: takes and refunds exactly, and does not stop a retry early', async () => {
    errors.length = 0;
    const budget = redisRetryBudget(client(), { ...patient, key: fresh(), capacity: 10 });
    expect(await budget.tryAcquire(5)).toBe(true);
    expect(await budget.available()).toBe(5);
    expect(await budget.tryAcquire(2.5)).toBe(true);
    expect(await budget.tryAcquire(5)).toBe(false); // 2.5 left: refused, nothing taken
    expect(await budget.available()).toBe(2.5);
    await budget.recordSuccess(5);
    expect(await budget.available()).toBe(7.5);

    // Two 503s, then a success: both retries are paid for and the call succeeds; the bucket
    // ends where the in-memory one does.
    const shared = redisRetryBudget(client(), { ...patient, key: fresh(), capacity: 20 });
    const memory = createRetryBudget({ capacity: 20 });
    for (const budget of [shared, memory]) {
      let calls = 0;
      const result = await retry(
        async () => {
          if (++calls < 3) throw unavailable503();
          return 'done';
        },
        { provider: smileId, budget, random: () => 0, maxAttempts: 3 },
      );
      expect(result).toBe('done');
    }
    expect(memory.available).toBeLessThan(20);
    expect(await shared.available()).toBe(memory.available);
    expect(errors).toEqual([]);
  });

  it('cool-down: a second client sees the hold with the right time left', async () => {
    errors.length = 0;
    const key = fresh();
    const a = redisCooldown(client(), { ...patient, key });
    const b = redisCooldown(client(), { ...patient, key });
    expect(await b.remainingMs()).toBe(0);
    await a.hold(5000);
    const left = await b.remainingMs();
    expect(left).toBeGreaterThan(4000);
    expect(left).toBeLessThanOrEqual(5000);
    await b.hold(1000); // shorter: the longer hold stands
    expect(await a.remainingMs()).toBeGreaterThan(3000);
    expect(errors).toEqual([]);
  });

  it('rate limit: 2 a minute grants exactly 2, to one client or several', async () => {
    errors.length = 0;
    const key = fresh();
    const a = redisRateLimit(client(), { ...patient, key, points: 2, windowMs: 60_000 });
    const b = redisRateLimit(client(), { ...patient, key, points: 2, windowMs: 60_000 });
    expect(await a.take()).toBe(0);
    expect(await b.take()).toBe(0);
    for (const limit of [a, b, a]) {
      const wait = await limit.take();
      expect(wait).toBeGreaterThan(50_000);
      expect(wait).toBeLessThanOrEqual(60_000);
    }
    expect(errors).toEqual([]);
  });

  it.each(['not a number', 'inf', 'nan', '-5'])(
    'a level of %j planted at the budget: reported, then the per-process bucket',
    async (planted) => {
      // Lua reads "inf" as infinity: taken at its word, it would grant every retry of the fleet.
      const key = fresh();
      const admin = client();
      await admin.set(`kyc-errors:budget:${key}`, planted);
      const reported: unknown[] = [];
      const budget = redisRetryBudget(client(), {
        key,
        capacity: 10,
        timeoutMs: 2000,
        onStoreError: (e) => reported.push(e),
      });
      expect(await budget.available()).toBeUndefined();
      expect(String(reported[0])).toMatch(/unreadable reply to the budget script/);
      expect(await budget.tryAcquire(5)).toBe(true);
      expect(await budget.tryAcquire(5)).toBe(true);
      expect(await budget.tryAcquire(5)).toBe(false);
      expect(await admin.get(`kyc-errors:budget:${key}`)).toBe(planted); // left for a human
    },
  );

  it('a key of another type planted at the rate limit: reported, then the documented fallback', async () => {
    const key = fresh();
    const admin = client();
    await admin.set(`kyc-errors:rate:${key}`, 'a string, not a sorted set');
    const reported: unknown[] = [];
    const options = {
      key,
      points: 2,
      windowMs: 60_000,
      timeoutMs: 2000,
      onStoreError: (e: unknown) => reported.push(e),
    };
    expect(await redisRateLimit(client(), options).take()).toBe(0);
    expect(
      await redisRateLimit(client(), {
        ...options,
        whenUnavailable: 'closed',
        unavailableWaitMs: 3000,
      }).take(),
    ).toBe(3000);
    expect(reported).toHaveLength(2);
    expect(String(reported[0])).toMatch(/WRONGTYPE/);
  });
});
