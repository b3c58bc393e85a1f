import { type Category, type KycError, KycFailure, type StopReason } from '@kyc-errors/core';
import {
  type AttemptContext,
  CHECK_STATUS_CAUTION,
  createRetryBudget,
  type RetryEvent,
  type RetryOptions,
  retry,
  retryResult,
} from '@kyc-errors/retry';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  failing,
  fakeTime,
  gateway503,
  httpError,
  networkError,
  throttled,
  vendorFailure,
} from './fixtures/failures.js';
import { rejection } from './fixtures/rejection.js';
import { kycco } from './fixtures/vendor.js';

/** The rejection of `promise`, which must be a KycFailure. */

/** Options with a fake clock and sleep, and the jitter pinned to the middle. */
function setup(extra: Partial<RetryOptions> = {}) {
  const time = fakeTime();
  const options: RetryOptions = {
    provider: kycco,
    sleep: time.sleep,
    now: time.now,
    random: () => 0.5,
    ...extra,
  };
  return { time, options };
}

function errorFor(code: Parameters<typeof kycco.errorFor>[0]): KycError {
  const error = kycco.errorFor(code);
  if (error === undefined) throw new Error(`no entry ${code}`);
  return error;
}

function withAdvice(error: KycError, retryAdvice: Partial<KycError['retry']>): KycError {
  return { ...error, retry: { ...error.retry, ...retryAdvice } };
}

describe('retry: success', () => {
  it('resolves with the value of the first attempt, without waiting', async () => {
    const { time, options } = setup();
    const operation = vi.fn(async (_context: AttemptContext) => 'job-42');
    await expect(retry(operation, options)).resolves.toBe('job-42');
    expect(operation).toHaveBeenCalledTimes(1);
    expect(operation.mock.calls[0]?.[0]).toMatchObject({ attempt: 1 });
    expect(operation.mock.calls[0]?.[0].signal).toBeInstanceOf(AbortSignal);
    expect(time.waits).toEqual([]);
  });

  it('numbers attempts from 1 and resolves once one succeeds', async () => {
    const { options } = setup();
    const seen: number[] = [];
    const result = await retry(async ({ attempt }) => {
      seen.push(attempt);
      if (attempt < 3) throw gateway503();
      return attempt;
    }, options);
    expect(result).toBe(3);
    expect(seen).toEqual([1, 2, 3]);
  });

  it('accepts an operation that returns a plain value', async () => {
    const { options } = setup();
    await expect(retry(() => 7, options)).resolves.toBe(7);
  });
});

describe('retry: what each category does (schedule of waits, random() = 0.5)', () => {
  // Keyed by Category: a new category does not compile until its behaviour is decided here.
  const cases: Record<
    Category,
    { failure: () => unknown; attempts: number; stoppedBecause: StopReason; waits: number[] }
  > = {
    auth: {
      failure: () => vendorFailure('2205'),
      attempts: 1,
      stoppedBecause: 'not-retryable',
      waits: [],
    },
    account: {
      failure: () => vendorFailure('2210'),
      attempts: 1,
      stoppedBecause: 'not-retryable',
      waits: [],
    },
    validation: {
      failure: () => vendorFailure('2204'),
      attempts: 1,
      stoppedBecause: 'not-retryable',
      waits: [],
    },
    'user-state': {
      failure: () => vendorFailure('2212'),
      attempts: 1,
      stoppedBecause: 'not-retryable',
      waits: [],
    },
    verification: {
      failure: () => vendorFailure('2213'),
      attempts: 1,
      stoppedBecause: 'not-retryable',
      waits: [],
    },
    // 0.5 * 200 * 2^0, 0.5 * 200 * 2^1: full jitter over the transient base.
    retryable: {
      failure: () => vendorFailure('2220'),
      attempts: 3,
      stoppedBecause: 'attempts-exhausted',
      waits: [100, 200],
    },
    // No Retry-After: the throttling base (1000 ms) instead of the transient one.
    'rate-limit': {
      failure: () => vendorFailure('2230'),
      attempts: 3,
      stoppedBecause: 'attempts-exhausted',
      waits: [500, 1000],
    },
    // A bug in our own code, say: nothing recognises it, a person must look.
    unknown: {
      failure: () => new RangeError('Invalid time value'),
      attempts: 1,
      stoppedBecause: 'not-retryable',
      waits: [],
    },
  };

  it.each(Object.entries(cases))('%s', async (category, c) => {
    const { time, options } = setup();
    const op = failing([c.failure(), c.failure(), c.failure()], 'never');
    const failure = await rejection(retry(op.operation, options));
    expect(failure.error.category).toBe(category);
    expect(failure.stoppedBecause).toBe(c.stoppedBecause);
    expect(failure.attempts).toBe(c.attempts);
    expect(op.calls()).toBe(c.attempts);
    expect(time.waits).toEqual(c.waits);
  });

  it('a transient failure grows 2x per attempt under full jitter (random() = 1 draws the ceiling)', async () => {
    const { time, options } = setup({ random: () => 1, maxAttempts: 5 });
    await rejection(retry(failing(Array(5).fill(gateway503()), 0).operation, options));
    expect(time.waits).toEqual([200, 400, 800, 1600]);
  });

  it('random() = 0 retries at once: full jitter reaches down to zero', async () => {
    const { time, options } = setup({ random: () => 0 });
    await rejection(retry(failing(Array(3).fill(gateway503()), 0).operation, options));
    expect(time.waits).toEqual([0, 0]);
  });

  it('caps the jittered step at maxDelayMs', async () => {
    const { time, options } = setup({ random: () => 1, maxAttempts: 5, maxDelayMs: 300 });
    await rejection(retry(failing(Array(5).fill(gateway503()), 0).operation, options));
    expect(time.waits).toEqual([200, 300, 300, 300]);
  });

  it('baseDelayMs and rateLimitBaseDelayMs are the callers to tune', async () => {
    const { time, options } = setup({ random: () => 1, baseDelayMs: 10, rateLimitBaseDelayMs: 40 });
    await retry(failing([gateway503(), vendorFailure('2230')], 'ok').operation, options);
    expect(time.waits).toEqual([10, 80]);
  });

  it('a network failure that never reached the vendor is retried like any transient one', async () => {
    const { time, options } = setup();
    const op = failing([networkError('ECONNREFUSED'), networkError('ENOTFOUND')], 'ok');
    await expect(retry(op.operation, options)).resolves.toBe('ok');
    expect(time.waits).toEqual([100, 200]);
  });

  it('maxAttempts: 1 makes exactly one attempt', async () => {
    const { options } = setup({ maxAttempts: 1 });
    const failure = await rejection(retry(failing([gateway503()], 0).operation, options));
    expect(failure).toMatchObject({ attempts: 1, stoppedBecause: 'attempts-exhausted' });
  });

  it.each([
    ['2215: the job may exist already, check its status', '2215', 'check-status'],
    ['a spent idempotency key needs a new one', '2216', 'new-idempotency-key'],
  ] as const)('%s: the loop cannot act on it, so it stops', async (_, code, action) => {
    const { options } = setup();
    const failure = await rejection(retry(failing([vendorFailure(code)], 0).operation, options));
    expect(failure).toMatchObject({ attempts: 1, stoppedBecause: 'not-retryable' });
    expect(failure.error.retry.action).toBe(action);
  });
});

describe('retry: Retry-After is a floor', () => {
  it('waits the Retry-After when it is longer than the jitter', async () => {
    const { time, options } = setup();
    await retry(failing([gateway503('2')], 'ok').operation, options);
    expect(time.waits).toEqual([2000]);
  });

  it('keeps the jitter when it is longer than the Retry-After', async () => {
    const { time, options } = setup({ random: () => 1 });
    const shortFloor = withAdvice(errorFor('2220'), { afterMs: 50 });
    await retry(failing([new KycFailure(shortFloor)], 'ok').operation, options);
    expect(time.waits).toEqual([200]);
  });

  it('is not capped by maxDelayMs: sooner than told only earns another refusal', async () => {
    const { time, options } = setup({ maxDelayMs: 1000 });
    await retry(failing([gateway503('5')], 'ok').operation, options);
    expect(time.waits).toEqual([5000]);
  });

  it('a throttled call waits as long as the vendor said', async () => {
    const { time, options } = setup();
    await retry(failing([throttled(30)], 'ok').operation, options);
    expect(time.waits).toEqual([30_000]);
  });

  it('reads an HTTP-date Retry-After with the injected clock', async () => {
    const { time, options } = setup();
    const at = new Date(time.now() + 45_000).toUTCString();
    await retry(failing([vendorFailure('2230', { 'retry-after': at })], 'ok').operation, options);
    expect(time.waits).toEqual([45_000]);
  });
});

describe('retry: waits too long for a worker are deferred', () => {
  it('an hour-scale rate limit (iDenfy: 10,000 requests/hour) ends as deferred with notBefore', async () => {
    const { time, options } = setup();
    const start = time.now();
    const op = failing([throttled(3600)], 'ok');
    const failure = await rejection(retry(op.operation, options));
    expect(failure).toMatchObject({
      stoppedBecause: 'deferred',
      attempts: 1,
      notBefore: start + 3_600_000,
    });
    expect(failure.error.reason).toBe('TOO_MANY_REQUESTS');
    expect(time.waits).toEqual([]);
    expect(op.calls()).toBe(1);
  });

  it('maxInProcessWaitMs: Infinity sleeps through it instead', async () => {
    const { time, options } = setup({ maxInProcessWaitMs: Number.POSITIVE_INFINITY });
    await expect(retry(failing([throttled(3600)], 'ok').operation, options)).resolves.toBe('ok');
    expect(time.waits).toEqual([3_600_000]);
  });

  it('our own backoff longer than maxInProcessWaitMs is deferred too', async () => {
    const { time, options } = setup({ random: () => 1, maxInProcessWaitMs: 150 });
    const failure = await rejection(retry(failing([gateway503()], 0).operation, options));
    expect(failure).toMatchObject({ stoppedBecause: 'deferred', notBefore: time.now() + 200 });
  });

  it('the KycFailure stays JSON-safe with notBefore for a queue', async () => {
    const { options } = setup();
    const failure = await rejection(retry(failing([throttled(3600)], 0).operation, options));
    const json = JSON.parse(JSON.stringify(failure));
    expect(json).toMatchObject({ name: 'KycFailure', stoppedBecause: 'deferred', attempts: 1 });
    expect(typeof json.notBefore).toBe('number');
  });
});

describe('retry: the overall deadline', () => {
  it('plain backoff that would pass the deadline stops as deadline (our wait, not the vendor’s)', async () => {
    const { time, options } = setup({ random: () => 1, deadlineMs: 150 });
    const failure = await rejection(retry(failing([gateway503()], 0).operation, options));
    expect(failure).toMatchObject({ stoppedBecause: 'deadline', attempts: 1 });
    expect(failure.notBefore).toBeUndefined();
    expect(time.waits).toEqual([]);
  });

  it('a Retry-After beyond the deadline is deferred: the vendor named a time to come back', async () => {
    const { time, options } = setup({ deadlineMs: 10_000 });
    const failure = await rejection(retry(failing([throttled(30)], 0).operation, options));
    expect(failure).toMatchObject({ stoppedBecause: 'deferred', notBefore: time.now() + 30_000 });
  });

  it('a Retry-After inside the deadline whose jitter is not stops as deadline', async () => {
    // Floor 500 ms fits; max(500, jitter 1000) does not: the vendor did not ask for that wait.
    const { options } = setup({ random: () => 1, deadlineMs: 1000 });
    const rateLimited = withAdvice(errorFor('2230'), { afterMs: 500 });
    const failure = await rejection(
      retry(failing([new KycFailure(rateLimited)], 0).operation, options),
    );
    expect(failure.stoppedBecause).toBe('deadline');
  });

  it('stops when slow attempts use the time up, counting every attempt made', async () => {
    const { time, options } = setup({ random: () => 0, maxAttempts: 10, deadlineMs: 1000 });
    const failure = await rejection(
      retry(async () => {
        time.advance(400);
        throw gateway503();
      }, options),
    );
    expect(failure).toMatchObject({ stoppedBecause: 'deadline', attempts: 3 });
    expect(failure.error.reason).toBe('SERVICE_UNAVAILABLE');
  });

  it('an absolute deadline works the same, and the earlier of the two wins', async () => {
    const { time, options } = setup({ random: () => 1, deadlineMs: 60_000 });
    const failure = await rejection(
      retry(failing([gateway503()], 0).operation, { ...options, deadline: time.now() + 150 }),
    );
    expect(failure.stoppedBecause).toBe('deadline');
  });

  it('a deadline already past makes no attempt at all', async () => {
    const { time, options } = setup();
    const operation = vi.fn(async () => 'never');
    const failure = await rejection(retry(operation, { ...options, deadline: time.now() - 1 }));
    expect(failure).toMatchObject({ stoppedBecause: 'deadline', attempts: 0 });
    expect(failure.error).toMatchObject({ category: 'unknown', reason: 'DEADLINE_PASSED' });
    expect(operation).not.toHaveBeenCalled();
  });

  describe('inside an attempt (fake timers)', () => {
    afterEach(() => {
      vi.useRealTimers();
    });

    const hangsUntilAborted = ({ signal }: { signal: AbortSignal }) =>
      new Promise<never>((_, reject) => {
        signal.addEventListener('abort', () => reject(signal.reason), { once: true });
      });

    it('the attempt signal fires at the deadline and the timeout ends the call', async () => {
      vi.useFakeTimers();
      const pending = rejection(retry(hangsUntilAborted, { provider: kycco, deadlineMs: 5000 }));
      await vi.advanceTimersByTimeAsync(5000);
      const failure = await pending;
      expect(failure).toMatchObject({ stoppedBecause: 'deadline', attempts: 1 });
      expect(failure.error).toMatchObject({ reason: 'REQUEST_TIMEOUT', delivery: 'uncertain' });
    });

    it('for a non-idempotent call the cut-off attempt is ambiguous, not merely late', async () => {
      vi.useFakeTimers();
      const pending = rejection(
        retry(hangsUntilAborted, { provider: kycco, deadlineMs: 5000, idempotent: false }),
      );
      await vi.advanceTimersByTimeAsync(5000);
      const failure = await pending;
      expect(failure.stoppedBecause).toBe('ambiguous');
      expect(failure.error.retry.action).toBe('check-status');
    });

    it('leaves no timer behind once the call settles', async () => {
      vi.useFakeTimers();
      await retry(async () => 'ok', { provider: kycco, deadlineMs: 60_000 });
      expect(vi.getTimerCount()).toBe(0);
    });
  });
});

describe('retry: abort', () => {
  it('a signal fired before the call makes no attempt and carries an unknown ABORTED error', async () => {
    const { options } = setup();
    const controller = new AbortController();
    controller.abort();
    const operation = vi.fn(async () => 'never');
    const failure = await rejection(retry(operation, { ...options, signal: controller.signal }));
    expect(failure).toMatchObject({ stoppedBecause: 'aborted', attempts: 0 });
    expect(failure.error).toMatchObject({
      provider: 'kycco',
      category: 'unknown',
      reason: 'ABORTED',
      retry: { retryable: false },
    });
    expect(operation).not.toHaveBeenCalled();
  });

  it('stops at once during a wait (default sleep) and carries the failure being waited on', async () => {
    const controller = new AbortController();
    const op = failing([gateway503()], 'never');
    const started = performance.now();
    const failure = await rejection(
      retry(op.operation, {
        provider: kycco,
        signal: controller.signal,
        random: () => 1,
        baseDelayMs: 50_000, // a real 50 s wait: only the abort can end it
        onRetry: () => {
          setTimeout(() => controller.abort(), 0);
        },
      }),
    );
    expect(performance.now() - started).toBeLessThan(1000);
    expect(failure).toMatchObject({ stoppedBecause: 'aborted', attempts: 1 });
    expect(failure.error.reason).toBe('SERVICE_UNAVAILABLE');
    expect(op.calls()).toBe(1);
  });

  const abortable = (failFirst: unknown[]) => {
    const controller = new AbortController();
    let calls = 0;
    const operation = ({ signal }: { signal: AbortSignal }) => {
      calls += 1;
      if (calls <= failFirst.length) return Promise.reject(failFirst[calls - 1]);
      setTimeout(() => controller.abort(), 0);
      return new Promise<never>((_, reject) => {
        signal.addEventListener('abort', () => reject(signal.reason), { once: true });
      });
    };
    return { controller, operation };
  };

  it('hands the attempt a signal that follows the caller’s', async () => {
    const { options } = setup();
    const controller = new AbortController();
    let seen: AbortSignal | undefined;
    const reason = new Error('shutting down');
    await rejection(
      retry(
        ({ signal }) => {
          seen = signal;
          controller.abort(reason);
          throw reason;
        },
        { ...options, signal: controller.signal },
      ),
    );
    expect(seen?.aborted).toBe(true);
    expect(seen?.reason).toBe(reason);
  });

  it('an abort during the first attempt carries that attempt’s abort error', async () => {
    const { options } = setup();
    const { controller, operation } = abortable([]);
    const failure = await rejection(retry(operation, { ...options, signal: controller.signal }));
    expect(failure).toMatchObject({ stoppedBecause: 'aborted', attempts: 1 });
    expect(failure.error.reason).toBe('REQUEST_ABORTED');
  });

  it('an abort during a later attempt carries the real failure before it, not the abort echo', async () => {
    const { options } = setup();
    const { controller, operation } = abortable([gateway503()]);
    const failure = await rejection(retry(operation, { ...options, signal: controller.signal }));
    expect(failure).toMatchObject({ stoppedBecause: 'aborted', attempts: 2 });
    expect(failure.error.reason).toBe('SERVICE_UNAVAILABLE');
  });

  it('a non-idempotent attempt cut off in flight may have landed: check status first', async () => {
    const { options } = setup();
    const { controller, operation } = abortable([networkError('ECONNREFUSED')]);
    const failure = await rejection(
      retry(operation, { ...options, signal: controller.signal, idempotent: false }),
    );
    expect(failure.stoppedBecause).toBe('aborted');
    expect(failure.error.retry).toMatchObject({ action: 'check-status', retryable: false });
  });
});

describe('retry: a shared retry budget', () => {
  it('an outage drains it across calls, then calls stop retrying at once', async () => {
    const budget = createRetryBudget({ capacity: 10 });
    const first = setup({ budget });
    const a = await rejection(
      retry(failing(Array(3).fill(gateway503()), 0).operation, first.options),
    );
    expect(a.stoppedBecause).toBe('attempts-exhausted');
    expect(budget.available).toBe(0);

    const second = setup({ budget });
    const op = failing([gateway503()], 0);
    const b = await rejection(retry(op.operation, second.options));
    expect(b).toMatchObject({ stoppedBecause: 'budget-exhausted', attempts: 1 });
    expect(second.time.waits).toEqual([]);
    expect(op.calls()).toBe(1);
  });

  it('a retry after a timeout costs twice as much', async () => {
    const budget = createRetryBudget({ capacity: 15 });
    const { options } = setup({ budget });
    const failure = await rejection(
      retry(failing([networkError('ETIMEDOUT'), networkError('ETIMEDOUT')], 0).operation, options),
    );
    expect(failure).toMatchObject({ stoppedBecause: 'budget-exhausted', attempts: 2 });
    expect(budget.available).toBe(5);
  });

  it('a success after a retry gives the retry’s cost back; a first-try success adds 1', async () => {
    const budget = createRetryBudget({ capacity: 20 });
    await retry(failing(Array(2).fill(gateway503()), 'x').operation, setup({ budget }).options);
    expect(budget.available).toBe(15); // 20 - 5 - 5 + 5 back
    await retry(async () => 'y', setup({ budget }).options);
    expect(budget.available).toBe(16);
  });

  it('never refills above capacity', async () => {
    const budget = createRetryBudget({ capacity: 20 });
    await retry(async () => 'y', setup({ budget }).options);
    expect(budget.available).toBe(20);
  });

  it.each([
    ['a failure that is not retried', () => vendorFailure('2204')],
    ['a deferred rate limit', () => throttled(3600)],
  ])('%s costs nothing', async (_, failure) => {
    const budget = createRetryBudget({ capacity: 20 });
    await rejection(retry(failing([failure()], 0).operation, setup({ budget }).options));
    expect(budget.available).toBe(20);
  });

  it('a credentials refresh costs nothing: an expired token is not an outage', async () => {
    const budget = createRetryBudget({ capacity: 20 });
    const { options } = setup({ budget, refreshCredentials: async () => {} });
    await retry(failing([vendorFailure('2206')], 'ok').operation, options);
    expect(budget.available).toBe(20);
  });
});

describe('retry: non-idempotent calls (a Smile ID job submission)', () => {
  it.each([
    ['a socket timeout', () => networkError('ETIMEDOUT')],
    ['a reset connection', () => networkError('ECONNRESET')],
    ['a 503 from a gateway after the request was sent', () => gateway503()],
    ['the vendor’s own system error', () => vendorFailure('2220')],
  ])('%s may have reached the vendor: stops as ambiguous, advice check-status', async (_, make) => {
    const { options } = setup({ idempotent: false });
    const thrown = make();
    const op = failing([thrown], 'dup');
    const failure = await rejection(retry(op.operation, options));
    expect(failure).toMatchObject({ stoppedBecause: 'ambiguous', attempts: 1 });
    expect(failure.error.retry).toMatchObject({
      retryable: false,
      action: 'check-status',
      caution: CHECK_STATUS_CAUTION,
    });
    expect(failure.error.delivery).toBe('uncertain');
    expect(op.calls()).toBe(1);
  });

  it.each([
    ['connection refused: never sent', () => networkError('ECONNREFUSED')],
    ['DNS failure: never sent', () => networkError('ENOTFOUND')],
    ['a 429: the vendor refused without acting', () => throttled(1)],
    [
      'the ID authority is down: the vendor answered without running the job',
      () => vendorFailure('2221'),
    ],
  ])('%s: safe to send again', async (_, make) => {
    const { options } = setup({ idempotent: false });
    const op = failing([make()], 'job');
    await expect(retry(op.operation, options)).resolves.toBe('job');
    expect(op.calls()).toBe(2);
  });

  it('an idempotent call (the default) retries the same timeout', async () => {
    const { options } = setup();
    await expect(
      retry(failing([networkError('ETIMEDOUT')], 'ok').operation, options),
    ).resolves.toBe('ok');
  });

  it('a failure that is not retryable anyway stays not-retryable, its advice untouched', async () => {
    const { options } = setup({ idempotent: false });
    const failure = await rejection(retry(failing([vendorFailure('2204')], 0).operation, options));
    expect(failure.stoppedBecause).toBe('not-retryable');
    expect(failure.error.retry.action).toBe('fix-request');
  });

  it('builds a new error: the normalized one (readonly, shared advice) is not touched', async () => {
    const { options } = setup({ idempotent: false });
    const original = errorFor('2220');
    const failure = await rejection(
      retry(failing([new KycFailure(original)], 0).operation, options),
    );
    expect(failure.error).not.toBe(original);
    expect(original.retry).toEqual({ retryable: true, action: 'backoff' });
    expect(kycco.errorFor('2220')?.retry.action).toBe('backoff');
  });
});

describe('retry: refreshCredentials', () => {
  it('is called once, with the error, after the failure and before the next attempt, without backoff', async () => {
    const events: string[] = [];
    const { time, options } = setup({
      refreshCredentials: async (error) => {
        events.push(`refresh ${error.reason}`);
      },
    });
    const result = await retry(async ({ attempt }) => {
      events.push(`attempt ${attempt}`);
      if (attempt === 1) throw vendorFailure('2206');
      return 'signed';
    }, options);
    expect(result).toBe('signed');
    expect(events).toEqual(['attempt 1', 'refresh TOKEN_EXPIRED', 'attempt 2']);
    expect(time.waits).toEqual([0]);
  });

  it('at most once per call: a token that expires again stops', async () => {
    const refreshCredentials = vi.fn(async () => {});
    const { options } = setup({ refreshCredentials, maxAttempts: 5 });
    const failure = await rejection(
      retry(failing([vendorFailure('2206'), vendorFailure('2206')], 0).operation, options),
    );
    expect(failure).toMatchObject({ stoppedBecause: 'not-retryable', attempts: 2 });
    expect(failure.error.reason).toBe('TOKEN_EXPIRED');
    expect(refreshCredentials).toHaveBeenCalledTimes(1);
  });

  it('without the hook an expired token stops as not-retryable', async () => {
    const { options } = setup();
    const failure = await rejection(retry(failing([vendorFailure('2206')], 0).operation, options));
    expect(failure).toMatchObject({ stoppedBecause: 'not-retryable', attempts: 1 });
    expect(failure.error.retry.action).toBe('refresh-credentials');
  });

  it.each([
    ['a 503', () => gateway503()],
    ['a rate limit', () => throttled(1)],
    ['an invalid signature (auth, but not an expiry)', () => vendorFailure('2205')],
  ])('is not called for %s', async (_, make) => {
    const refreshCredentials = vi.fn(async () => {});
    const { options } = setup({ refreshCredentials });
    await retry(failing([make()], 'ok').operation, options).catch(() => undefined);
    expect(refreshCredentials).not.toHaveBeenCalled();
  });

  it('a failing refresh ends the call with the refresh’s own failure', async () => {
    const { options } = setup({
      refreshCredentials: async () => {
        throw vendorFailure('2205');
      },
    });
    const failure = await rejection(
      retry(failing([vendorFailure('2206')], 'ok').operation, options),
    );
    expect(failure).toMatchObject({ stoppedBecause: 'not-retryable', attempts: 1 });
    expect(failure.error.reason).toBe('INVALID_SIGNATURE');
  });

  it('a refresh cut off by the deadline ends as deadline, carrying the expired token', async () => {
    vi.useFakeTimers();
    try {
      const pending = rejection(
        retry(failing([vendorFailure('2206')], 'ok').operation, {
          provider: kycco,
          deadlineMs: 5000,
          refreshCredentials: (_, { signal }) =>
            new Promise((_resolve, reject) => {
              signal.addEventListener('abort', () => reject(signal.reason), { once: true });
            }),
        }),
      );
      await vi.advanceTimersByTimeAsync(5000);
      const failure = await pending;
      expect(failure).toMatchObject({ stoppedBecause: 'deadline', attempts: 1 });
      expect(failure.error.reason).toBe('TOKEN_EXPIRED');
    } finally {
      vi.useRealTimers();
    }
  });

  it('receives the call’s signal', async () => {
    let seen: AbortSignal | undefined;
    const { options } = setup({
      refreshCredentials: (_, { signal }) => {
        seen = signal;
      },
    });
    await retry(failing([vendorFailure('2206')], 'ok').operation, options);
    expect(seen).toBeInstanceOf(AbortSignal);
  });
});

describe('retry: onRetry', () => {
  it('is told the failed attempt, the wait and the error, before each wait', async () => {
    const events: RetryEvent[] = [];
    const { time, options } = setup({ onRetry: (e) => events.push(e) });
    await retry(failing([gateway503(), throttled(3)], 'ok').operation, options);
    expect(events.map(({ attempt, delayMs, error }) => [attempt, delayMs, error.reason])).toEqual([
      [1, 100, 'SERVICE_UNAVAILABLE'],
      [2, 3000, 'TOO_MANY_REQUESTS'],
    ]);
    expect(time.waits).toEqual([100, 3000]);
  });

  it('is not called when the call stops', async () => {
    const onRetry = vi.fn();
    const { options } = setup({ onRetry, maxAttempts: 1 });
    await rejection(retry(failing([gateway503()], 0).operation, options));
    expect(onRetry).not.toHaveBeenCalled();
  });
});

describe('retry: what the operation throws', () => {
  it('a thrown KycFailure is taken as it is, not normalized again', async () => {
    const { options } = setup();
    const own = errorFor('2204');
    const failure = await rejection(retry(failing([new KycFailure(own)], 0).operation, options));
    expect(failure.error).toBe(own);
  });

  it('an advice with an action this version does not know is never guessed safe', async () => {
    const { options } = setup();
    const odd = withAdvice(errorFor('2220'), { action: 'teleport' as never });
    const failure = await rejection(retry(failing([new KycFailure(odd)], 0).operation, options));
    expect(failure).toMatchObject({ stoppedBecause: 'not-retryable', attempts: 1 });
  });

  it('a thrown string or null is an unknown failure, not a crash', async () => {
    const { options } = setup();
    for (const thrown of ['boom', null, undefined, 42]) {
      const failure = await rejection(retry(failing([thrown], 0).operation, options));
      expect(failure.error.category).toBe('unknown');
    }
  });

  it('keeps personal data out of the failure (the vendor echoed the request)', async () => {
    const { options } = setup({ idempotent: false });
    const body = {
      code: '9999',
      error: 'Invalid id_number 19850412-4821 for Amara Okafor',
      success: false,
      id_number: '19850412-4821',
      first_name: 'Amara',
      last_name: 'Okafor',
      email: 'amara.okafor@example.com',
      phone_number: '+2348031234567',
    };
    const failure = await rejection(retry(failing([httpError(503, body)], 0).operation, options));
    expect(failure.stoppedBecause).toBe('ambiguous');
    const json = JSON.stringify(failure);
    for (const value of ['19850412-4821', 'Amara', 'Okafor', 'amara.okafor@', '8031234567']) {
      expect(json).not.toContain(value);
    }
  });
});

describe('retry: options', () => {
  it.each([
    ['maxAttempts 0', { maxAttempts: 0 }],
    ['maxAttempts 1.5', { maxAttempts: 1.5 }],
    ['maxAttempts NaN', { maxAttempts: Number.NaN }],
    ['a negative baseDelayMs', { baseDelayMs: -1 }],
    ['an infinite maxDelayMs', { maxDelayMs: Number.POSITIVE_INFINITY }],
    ['a NaN deadlineMs', { deadlineMs: Number.NaN }],
    ['a NaN deadline', { deadline: Number.NaN }],
  ])('%s throws a RangeError at once (a bug, not a vendor failure)', (_, bad) => {
    const operation = vi.fn(async () => 'x');
    expect(() => retry(operation, { provider: kycco, ...bad })).toThrow(RangeError);
    expect(operation).not.toHaveBeenCalled();
  });

  it('maxAttempts: Infinity is allowed, bounded by a deadline', async () => {
    const { options } = setup({
      maxAttempts: Number.POSITIVE_INFINITY,
      deadlineMs: 1000,
      random: () => 1,
    });
    const failure = await rejection(retry(async () => Promise.reject(gateway503()), options));
    // waits 200, 400; the next (800) would end at 1400 > 1000.
    expect(failure).toMatchObject({ stoppedBecause: 'deadline', attempts: 3 });
  });

  it('what the caller’s own hook throws propagates unchanged', async () => {
    const bug = new Error('logger down');
    const { options } = setup({
      onRetry: () => {
        throw bug;
      },
    });
    await expect(retry(failing([gateway503()], 0).operation, options)).rejects.toBe(bug);
  });
});

describe('retryResult', () => {
  it('ok with the value', async () => {
    const { options } = setup();
    const result = await retryResult(failing([gateway503()], 'job-7').operation, options);
    expect(result.isOk() && result.value).toBe('job-7');
  });

  it('err with the KycFailure and why it stopped', async () => {
    const { options } = setup();
    const result = await retryResult(failing([throttled(3600)], 0).operation, options);
    expect(result.isErr()).toBe(true);
    if (result.isErr()) {
      expect(result.error).toBeInstanceOf(KycFailure);
      expect(result.error.stoppedBecause).toBe('deferred');
    }
  });

  it('never rejects, even when a hook throws', async () => {
    const { options } = setup({
      onRetry: () => {
        throw new Error('logger down');
      },
    });
    const result = await retryResult(failing([gateway503()], 0).operation, options);
    expect(result.isErr() && result.error.error.category).toBe('unknown');
  });
});
