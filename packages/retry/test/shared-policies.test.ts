import { normalizeThrown } from '@kyc-errors/core';
import {
  coolingOf,
  createCooldown,
  createRateLimit,
  createRetryBudget,
  type RetryBudget,
  retry,
} from '@kyc-errors/retry';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { failing, fakeTime, gateway503, throttled } from './fixtures/failures.js';
import { rejection } from './fixtures/rejection.js';
import { kycco } from './fixtures/vendor.js';

// The in-memory forms of the three shared policies, driven through retry() with a fake clock.

afterEach(() => {
  vi.useRealTimers();
});

describe('createCooldown', () => {
  it('holds for the longest wait asked, never shortened by a later shorter one', () => {
    const time = fakeTime();
    const cooldown = createCooldown({ now: time.now });
    expect(cooldown.remainingMs()).toBe(0);
    cooldown.hold(3000);
    cooldown.hold(1000);
    expect(cooldown.remainingMs()).toBe(3000);
    time.advance(2500);
    expect(cooldown.remainingMs()).toBe(500);
    time.advance(600);
    expect(cooldown.remainingMs()).toBe(0);
  });

  it.each([Number.NaN, -5, 0, Number.POSITIVE_INFINITY])('ignores a hold of %d', (ms) => {
    const cooldown = createCooldown();
    cooldown.hold(ms);
    expect(cooldown.remainingMs()).toBe(0);
  });

  it('coolingOf: only throttling with a known wait cools the fleet down', () => {
    expect(coolingOf(normalizeThrown(kycco, throttled(30)))).toBe(30_000);
    expect(coolingOf(normalizeThrown(kycco, gateway503('30')))).toBeUndefined();
    expect(coolingOf(normalizeThrown(kycco, gateway503()))).toBeUndefined();
  });
});

describe('retry() with a shared cool-down', () => {
  it('a throttled call makes every other call wait until the Retry-After is over', async () => {
    const time = fakeTime();
    const cooldown = createCooldown({ now: time.now });
    const options = {
      provider: kycco,
      cooldown,
      sleep: time.sleep,
      now: time.now,
      random: () => 0,
    };
    await retry(failing([throttled(3)], 'a').operation, options);
    expect(time.waits).toEqual([3000]);
    // A second call right after the 429: the cool-down is over, nothing to wait.
    await retry(async () => 'b', options);
    expect(time.waits).toEqual([3000]);
    // A call that starts while the cool-down runs waits out what is left of it first.
    cooldown.hold(2000);
    time.advance(500);
    let startedAt = 0;
    await retry(async () => {
      startedAt = time.now();
      return 'c';
    }, options);
    expect(time.waits).toEqual([3000, 1500]);
    expect(startedAt).toBe(time.now());
  });

  it('a cool-down beyond maxInProcessWaitMs defers the call before any attempt', async () => {
    const time = fakeTime();
    const cooldown = createCooldown({ now: time.now });
    cooldown.hold(3_600_000);
    const op = failing([], 'never');
    const failure = await rejection(
      retry(op.operation, { provider: kycco, cooldown, sleep: time.sleep, now: time.now }),
    );
    expect(failure).toMatchObject({
      stoppedBecause: 'deferred',
      attempts: 0,
      notBefore: time.now() + 3_600_000,
    });
    expect(failure.error).toMatchObject({
      category: 'rate-limit',
      reason: 'FLEET_COOLING_DOWN',
      delivery: 'not-sent',
      retry: { retryable: true, action: 'wait', afterMs: 3_600_000 },
    });
    expect(op.calls()).toBe(0);
  });

  it('a cool-down past the deadline defers too: the time to come back is known', async () => {
    const time = fakeTime();
    const cooldown = createCooldown({ now: time.now });
    cooldown.hold(10_000);
    const failure = await rejection(
      retry(async () => 'x', {
        provider: kycco,
        cooldown,
        deadlineMs: 5000,
        sleep: time.sleep,
        now: time.now,
      }),
    );
    expect(failure.stoppedBecause).toBe('deferred');
  });

  it('a 503 with Retry-After delays its own call only', async () => {
    const time = fakeTime();
    const cooldown = createCooldown({ now: time.now });
    const options = { provider: kycco, cooldown, sleep: time.sleep, now: time.now };
    await retry(failing([gateway503('5')], 'ok').operation, options);
    expect(cooldown.remainingMs()).toBe(0);
  });
});

describe('createRateLimit', () => {
  it('grants points per window, then says how long until the oldest permit frees', () => {
    const time = fakeTime();
    const limit = createRateLimit({ points: 2, windowMs: 1000, now: time.now });
    expect(limit.take()).toBe(0);
    time.advance(300);
    expect(limit.take()).toBe(0);
    expect(limit.take()).toBe(700);
    time.advance(700);
    expect(limit.take()).toBe(0);
    expect(limit.take()).toBe(300);
  });

  it('never grants more than points in any window, wherever it starts (sliding log)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }),
        fc.array(fc.integer({ min: 0, max: 400 }), { maxLength: 60 }),
        (points, gaps) => {
          let t = 0;
          const limit = createRateLimit({ points, windowMs: 1000, now: () => t });
          const granted: number[] = [];
          for (const gap of gaps) {
            t += gap;
            if (limit.take() === 0) granted.push(t);
          }
          for (let i = points; i < granted.length; i++) {
            expect((granted[i] ?? 0) - (granted[i - points] ?? 0)).toBeGreaterThanOrEqual(1000);
          }
        },
      ),
    );
  });

  it.each([
    [{ points: 0, windowMs: 1000 }],
    [{ points: 1.5, windowMs: 1000 }],
    [{ points: 5, windowMs: 0 }],
    [{ points: 5, windowMs: Number.POSITIVE_INFINITY }],
  ])('rejects %o with a RangeError', (options) => {
    expect(() => createRateLimit(options)).toThrow(RangeError);
  });
});

describe('retry() with a shared rate limit', () => {
  it('every attempt takes a permit; with none left the attempt waits for one', async () => {
    const time = fakeTime();
    const rateLimit = createRateLimit({ points: 2, windowMs: 1000, now: time.now });
    const options = {
      provider: kycco,
      rateLimit,
      sleep: time.sleep,
      now: time.now,
      random: () => 0,
    };
    await retry(failing([gateway503()], 'a').operation, options); // two attempts, two permits
    expect(time.waits).toEqual([0]);
    await retry(async () => 'b', options);
    expect(time.waits).toEqual([0, 1000]);
  });

  it('a wait for a permit beyond maxInProcessWaitMs defers the call', async () => {
    const time = fakeTime();
    const rateLimit = createRateLimit({ points: 1, windowMs: 3_600_000, now: time.now });
    const options = { provider: kycco, rateLimit, sleep: time.sleep, now: time.now };
    await retry(async () => 'first', options);
    const failure = await rejection(retry(async () => 'second', options));
    expect(failure).toMatchObject({
      stoppedBecause: 'deferred',
      attempts: 0,
      notBefore: time.now() + 3_600_000,
      error: { reason: 'FLEET_RATE_LIMITED', category: 'rate-limit' },
    });
  });
});

describe('retry() awaits the shared policies, and bounds them', () => {
  it('an asynchronous budget (the Redis form’s shape) is awaited', async () => {
    const taken: number[] = [];
    const budget: RetryBudget = {
      costOf: () => 5,
      tryAcquire: async (cost) => {
        taken.push(cost);
        return taken.length < 2;
      },
      recordSuccess: async () => {},
    };
    const time = fakeTime();
    const op = failing([gateway503(), gateway503(), gateway503()], 'never');
    const failure = await rejection(
      retry(op.operation, {
        provider: kycco,
        budget,
        sleep: time.sleep,
        now: time.now,
        maxAttempts: 5,
      }),
    );
    expect(failure).toMatchObject({ stoppedBecause: 'budget-exhausted', attempts: 2 });
    expect(op.calls()).toBe(2);
  });

  it('a policy that never answers cannot hold the call past the deadline', async () => {
    vi.useFakeTimers();
    const pending = rejection(
      retry(async () => 'x', {
        provider: kycco,
        deadlineMs: 2000,
        rateLimit: { take: () => new Promise<number>(() => {}) },
      }),
    );
    await vi.advanceTimersByTimeAsync(2000);
    const failure = await pending;
    expect(failure).toMatchObject({ stoppedBecause: 'deadline', attempts: 0 });
  });

  it('a budget whose recordSuccess fails does not fail a call that succeeded', async () => {
    const budget = {
      ...createRetryBudget(),
      recordSuccess: () => Promise.reject(new Error('down')),
    };
    await expect(retry(async () => 'ok', { provider: kycco, budget })).resolves.toBe('ok');
  });
});
