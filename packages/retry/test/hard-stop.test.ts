import { pRetryOptions, retry } from '@kyc-errors/retry';
import pRetry from 'p-retry';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { failing, gateway503, vendorFailure } from './fixtures/failures.js';
import { rejection } from './fixtures/rejection.js';
import { kycco } from './fixtures/vendor.js';

// The deadline and the caller's abort are hard stops: an operation or a refresh hook that
// ignores its signal and never settles cannot keep the call pending.

const never = (): Promise<never> => new Promise<never>(() => {});

afterEach(() => {
  vi.useRealTimers();
});

describe('retry(): the deadline bounds what never settles', () => {
  it('an operation that ignores its signal and never settles ends at the deadline', async () => {
    vi.useFakeTimers();
    let calls = 0;
    const pending = rejection(
      retry(
        () => {
          calls += 1;
          return never();
        },
        { provider: kycco, deadlineMs: 5000 },
      ),
    );
    await vi.advanceTimersByTimeAsync(5000);
    const failure = await pending;
    expect(failure).toMatchObject({ stoppedBecause: 'deadline', attempts: 1 });
    expect(failure.error).toMatchObject({ reason: 'REQUEST_TIMEOUT', delivery: 'uncertain' });
    expect(calls).toBe(1);
  });

  it('for a non-idempotent call, the abandoned attempt may have landed: check status', async () => {
    vi.useFakeTimers();
    const pending = rejection(
      retry(never, { provider: kycco, deadlineMs: 5000, idempotent: false }),
    );
    await vi.advanceTimersByTimeAsync(5000);
    const failure = await pending;
    expect(failure.stoppedBecause).toBe('ambiguous');
    expect(failure.error.retry.action).toBe('check-status');
  });

  it('a second attempt that hangs ends at the deadline, carrying the timeout', async () => {
    vi.useFakeTimers();
    let calls = 0;
    const pending = rejection(
      retry(
        async () => {
          calls += 1;
          if (calls === 1) throw gateway503();
          return never();
        },
        { provider: kycco, deadlineMs: 5000, random: () => 0 },
      ),
    );
    await vi.advanceTimersByTimeAsync(5000);
    const failure = await pending;
    expect(failure).toMatchObject({ stoppedBecause: 'deadline', attempts: 2 });
    expect(calls).toBe(2);
  });

  it('a refreshCredentials that never settles ends at the deadline, carrying the expired token', async () => {
    vi.useFakeTimers();
    const refreshCredentials = vi.fn(never);
    const pending = rejection(
      retry(failing([vendorFailure('2206')], 'ok').operation, {
        provider: kycco,
        deadlineMs: 5000,
        refreshCredentials,
      }),
    );
    await vi.advanceTimersByTimeAsync(5000);
    const failure = await pending;
    expect(failure).toMatchObject({ stoppedBecause: 'deadline', attempts: 1 });
    expect(failure.error.reason).toBe('TOKEN_EXPIRED');
    expect(refreshCredentials).toHaveBeenCalledTimes(1);
  });

  it('the caller’s abort ends a hanging attempt at once', async () => {
    const controller = new AbortController();
    const pending = rejection(retry(never, { provider: kycco, signal: controller.signal }));
    setTimeout(() => controller.abort(), 5);
    const failure = await pending;
    expect(failure).toMatchObject({ stoppedBecause: 'aborted', attempts: 1 });
  });

  it('a late rejection of the abandoned attempt is swallowed, never unhandled', async () => {
    vi.useFakeTimers();
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    try {
      const late = (): Promise<never> =>
        new Promise<never>((_, reject) => setTimeout(() => reject(new Error('late')), 10_000));
      const pending = rejection(retry(late, { provider: kycco, deadlineMs: 1000 }));
      await vi.advanceTimersByTimeAsync(1000);
      await pending;
      await vi.advanceTimersByTimeAsync(10_000);
      expect(unhandled).not.toHaveBeenCalled();
      expect(vi.getTimerCount()).toBe(0);
    } finally {
      process.off('unhandledRejection', unhandled);
    }
  });
});

describe('pRetryOptions: the caller’s abort bounds a hanging refresh', () => {
  it('a refresh that never settles ends as aborted when the signal fires', async () => {
    const controller = new AbortController();
    const options = pRetryOptions(kycco, {
      signal: controller.signal,
      refreshCredentials: never,
      onRetry: () => {
        setTimeout(() => controller.abort(), 5);
      },
    });
    const failure = await rejection(
      pRetry(failing([vendorFailure('2206')], 'ok').operation, options),
    );
    expect(failure).toMatchObject({ stoppedBecause: 'aborted', attempts: 1 });
    expect(failure.error.reason).toBe('TOKEN_EXPIRED');
  });
});
