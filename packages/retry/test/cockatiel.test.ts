import { KycFailure, normalizeThrown } from '@kyc-errors/core';
import { cockatielOptions } from '@kyc-errors/retry';
import { handleWhen, retry } from 'cockatiel';
import { describe, expect, it } from 'vitest';
// The policy builder loads cockatiel, so it has its own entry point
// (`@kyc-errors/retry/cockatiel`); the test alias maps package names only, hence the path.
import { cockatielPolicy } from '../src/cockatiel.js';
import {
  failing,
  gateway503,
  networkError,
  throttled,
  vendorFailure,
} from './fixtures/failures.js';
import { rejection } from './fixtures/rejection.js';
import { kycco } from './fixtures/vendor.js';

// Driven by the real cockatiel 3 with random() = 0, so every backoff is 0 ms; the one test
// of the Retry-After floor uses a 3 ms floor. Nothing here waits longer than that.

const instant = { random: () => 0 } as const;

function withFloor(afterMs: number): KycFailure {
  const base = kycco.errorFor('2220');
  if (base === undefined) throw new Error('fixture');
  return new KycFailure({ ...base, retry: { ...base.retry, afterMs } });
}

describe('cockatielPolicy with the real cockatiel', () => {
  it('retries transient failures and resolves', async () => {
    const op = failing([gateway503(), networkError('ECONNRESET')], 'status');
    await expect(cockatielPolicy(kycco, instant).execute(op.operation)).resolves.toBe('status');
    expect(op.calls()).toBe(3);
  });

  it('maxAttempts counts attempts, as in retry(): 3 means three calls in all', async () => {
    const op = failing(Array(5).fill(gateway503()), 'never');
    await expect(
      cockatielPolicy(kycco, { ...instant, maxAttempts: 3 }).execute(op.operation),
    ).rejects.toBeInstanceOf(Error);
    expect(op.calls()).toBe(3);
  });

  it('does not retry what the advice forbids; the raw error normalizes to the advice', async () => {
    const op = failing([vendorFailure('2204')], 'never');
    const rejected = await cockatielPolicy(kycco, instant)
      .execute(op.operation)
      .catch((e: unknown) => e);
    expect(op.calls()).toBe(1);
    expect(normalizeThrown(kycco, rejected).reason).toBe('MISSING_ID_NUMBER');
  });

  it('waits at least the Retry-After (onRetry reports the delay it used)', async () => {
    const policy = cockatielPolicy(kycco, instant);
    const delays: number[] = [];
    policy.onRetry(({ delay }) => delays.push(delay));
    await policy.execute(failing([withFloor(3)], 'ok').operation);
    expect(delays).toEqual([3]);
  });

  it('a non-idempotent call retries a refused connection but not a timeout', async () => {
    const policy = cockatielPolicy(kycco, { ...instant, idempotent: false });
    const refused = failing([networkError('ECONNREFUSED')], 'job');
    await expect(policy.execute(refused.operation)).resolves.toBe('job');
    const timedOut = failing([networkError('ETIMEDOUT')], 'dup');
    // The adapter rejects with a KycFailure, never the raw client error: the timeout's own
    // code is on the normalized error, with the check-status advice of an ambiguous stop.
    await expect(policy.execute(timedOut.operation)).rejects.toMatchObject({
      error: { code: 'ETIMEDOUT', retry: { action: 'check-status' } },
      stoppedBecause: 'ambiguous',
      attempts: 1,
    });
    expect(timedOut.calls()).toBe(1);
  });

  it('declines an expired token (nowhere to refresh it) and an hour-scale Retry-After', async () => {
    const cases = [
      [vendorFailure('2206'), 'not-retryable'],
      [throttled(3600), 'deferred'],
    ] as const;
    for (const [thrown, stoppedBecause] of cases) {
      const op = failing([thrown], 'never');
      const rejected = await rejection(cockatielPolicy(kycco, instant).execute(op.operation));
      // The KycFailure carries what the raw error normalizes to, never the raw error itself.
      expect(rejected).not.toBe(thrown);
      expect(rejected.error).toEqual(normalizeThrown(kycco, thrown));
      expect(rejected).toMatchObject({ stoppedBecause, attempts: 1 });
      expect(op.calls()).toBe(1);
    }
  });
});

describe('cockatielPolicy stops as retry() decides', () => {
  it('an aborted non-idempotent attempt that may have landed is reported as check-status', async () => {
    const controller = new AbortController();
    const policy = cockatielPolicy(kycco, { ...instant, idempotent: false });
    const op = async (): Promise<never> => {
      controller.abort();
      throw gateway503(); // sent, then cut off: the vendor may have acted on it
    };
    const rejected = await rejection(policy.execute(op, controller.signal));
    expect(rejected).toMatchObject({ stoppedBecause: 'aborted', attempts: 1 });
    expect(rejected.error.retry).toMatchObject({ action: 'check-status', retryable: false });
  });
});

describe('cockatielOptions (no cockatiel loaded by the main entry)', () => {
  it('plugs into cockatiel’s own retry(handleWhen(...), ...)', async () => {
    const o = cockatielOptions(kycco, instant);
    const policy = retry(handleWhen(o.shouldHandle), o);
    await expect(policy.execute(failing([gateway503()], 'ok').operation)).resolves.toBe('ok');
  });

  it('the backoff grows with the attempt under full jitter and honours the floor', () => {
    const { backoff } = cockatielOptions(kycco, { random: () => 1 });
    const result = { error: gateway503() };
    const first = backoff.next({ attempt: 1, result });
    const second = first.next({ attempt: 2, result });
    const third = second.next({ attempt: 3, result: { error: throttled(30) } });
    expect([first.duration, second.duration, third.duration]).toEqual([200, 400, 30_000]);
  });

  it('a retried result value (handleWhenResult) gets plain backoff', () => {
    const { backoff } = cockatielOptions(kycco, { random: () => 1 });
    expect(backoff.next({ attempt: 2, result: { value: { status: 'pending' } } }).duration).toBe(
      400,
    );
  });

  it('shouldHandle is total: odd throws are unknown, never retried, never a crash', () => {
    const { shouldHandle } = cockatielOptions(kycco);
    for (const thrown of [null, undefined, 'boom', 42, {}, Object.create(null)]) {
      expect(shouldHandle(thrown)).toBe(false);
    }
  });
});
