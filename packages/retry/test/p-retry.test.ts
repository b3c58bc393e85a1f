import { pRetryOptions } from '@kyc-errors/retry';
import pRetry, { makeRetriable } from 'p-retry';
import { describe, expect, it, vi } from 'vitest';
import {
  failing,
  fakeTime,
  gateway503,
  networkError,
  throttled,
  vendorFailure,
} from './fixtures/failures.js';
import { rejection } from './fixtures/rejection.js';
import { kycco } from './fixtures/vendor.js';

// Driven by the real p-retry 7. Its own delay is 0 (the adapter's options say so) and the
// adapter's waits go through an injected sleep: nothing here waits for real.

function setup(extra: Parameters<typeof pRetryOptions>[1] = {}) {
  const time = fakeTime();
  const options = pRetryOptions(kycco, {
    sleep: time.sleep,
    now: time.now,
    random: () => 0.5,
    ...extra,
  });
  return { time, options };
}

describe('pRetryOptions with the real p-retry', () => {
  it('switches p-retry’s own delay off and maps maxAttempts to retries', () => {
    const options = pRetryOptions(kycco, { maxAttempts: 4 });
    expect(options).toMatchObject({ retries: 3, minTimeout: 0, maxTimeout: 0, randomize: false });
  });

  it('retries transient failures with full jitter and resolves', async () => {
    const { time, options } = setup();
    const op = failing([gateway503(), networkError('ECONNRESET')], 'job-1');
    await expect(pRetry(op.operation, options)).resolves.toBe('job-1');
    expect(op.calls()).toBe(3);
    expect(time.waits).toEqual([100, 200]);
  });

  it('waits at least the Retry-After', async () => {
    const { time, options } = setup();
    await pRetry(failing([throttled(7)], 'ok').operation, options);
    expect(time.waits).toEqual([7000]);
  });

  it('stops at once on a failure the advice does not allow, rejecting with a KycFailure', async () => {
    const { options } = setup();
    const op = failing([vendorFailure('2204')], 'never');
    const failure = await rejection(pRetry(op.operation, options));
    expect(failure).toMatchObject({ stoppedBecause: 'not-retryable', attempts: 1 });
    expect(failure.error.reason).toBe('MISSING_ID_NUMBER');
    expect(op.calls()).toBe(1);
  });

  it('rejects with attempts-exhausted after maxAttempts, not with the raw error', async () => {
    const { options } = setup({ maxAttempts: 3 });
    const op = failing(Array(5).fill(gateway503()), 'never');
    const failure = await rejection(pRetry(op.operation, options));
    expect(failure).toMatchObject({ stoppedBecause: 'attempts-exhausted', attempts: 3 });
    expect(op.calls()).toBe(3);
  });

  it('defers an hour-scale rate limit with notBefore instead of sleeping', async () => {
    const { time, options } = setup();
    const failure = await rejection(pRetry(failing([throttled(3600)], 0).operation, options));
    expect(failure).toMatchObject({
      stoppedBecause: 'deferred',
      notBefore: time.now() + 3_600_000,
    });
    expect(time.waits).toEqual([]);
  });

  it('a non-idempotent call stops as ambiguous on a timeout but retries a refused connection', async () => {
    const { options } = setup({ idempotent: false });
    const timedOut = await rejection(
      pRetry(failing([networkError('ETIMEDOUT')], 0).operation, options),
    );
    expect(timedOut.stoppedBecause).toBe('ambiguous');
    expect(timedOut.error.retry.action).toBe('check-status');
    await expect(
      pRetry(
        failing([networkError('ECONNREFUSED')], 'job').operation,
        setup({ idempotent: false }).options,
      ),
    ).resolves.toBe('job');
  });

  it('refreshes credentials once per call, and again on the next call of a reused options object', async () => {
    const refreshCredentials = vi.fn(async () => {});
    const { options } = setup({ refreshCredentials, maxAttempts: 5 });
    const call = makeRetriable(failing([vendorFailure('2206')], 'ok').operation, options);
    await expect(call()).resolves.toBe('ok');
    expect(refreshCredentials).toHaveBeenCalledTimes(1);

    const twice = failing([vendorFailure('2206'), vendorFailure('2206')], 'never');
    const failure = await rejection(pRetry(twice.operation, options));
    expect(failure).toMatchObject({ stoppedBecause: 'not-retryable', attempts: 2 });
    expect(refreshCredentials).toHaveBeenCalledTimes(2);
  });

  it('calls onRetry with the failed attempt, the wait and the error', async () => {
    const onRetry = vi.fn();
    const { options } = setup({ onRetry });
    await pRetry(failing([gateway503()], 'ok').operation, options);
    expect(onRetry).toHaveBeenCalledWith(
      expect.objectContaining({
        attempt: 1,
        delayMs: 100,
        error: expect.objectContaining({ reason: 'SERVICE_UNAVAILABLE' }),
      }),
    );
  });

  it('abort during the adapter’s wait ends the call at once (default sleep)', async () => {
    const controller = new AbortController();
    const options = pRetryOptions(kycco, {
      signal: controller.signal,
      random: () => 1,
      baseDelayMs: 50_000,
      onRetry: () => {
        setTimeout(() => controller.abort(), 0);
      },
    });
    const started = performance.now();
    const failure = await rejection(pRetry(failing([gateway503()], 0).operation, options));
    expect(performance.now() - started).toBeLessThan(1000);
    expect(failure).toMatchObject({ stoppedBecause: 'aborted', attempts: 1 });
  });

  it('shouldRetry on its own answers from the advice', () => {
    const { options } = setup();
    const context = (error: Error) => ({ error, attemptNumber: 1, retriesLeft: 2 });
    expect(options.shouldRetry(context(gateway503()))).toBe(true);
    expect(options.shouldRetry(context(vendorFailure('2204')))).toBe(false);
    expect(options.shouldRetry(context(vendorFailure('2206')))).toBe(false);
  });

  it('shouldRetry on its own declines a Retry-After beyond maxInProcessWaitMs, as retry() defers it', () => {
    const { options } = setup();
    const context = (error: Error) => ({ error, attemptNumber: 1, retriesLeft: 2 });
    expect(options.shouldRetry(context(throttled(30)))).toBe(true);
    expect(options.shouldRetry(context(throttled(3600)))).toBe(false);
  });
});
