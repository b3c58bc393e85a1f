import { RETRY_ACTIONS, type RetryAction } from '@kyc-errors/core';
import {
  backoffDelay,
  DEFAULT_BASE_DELAY_MS,
  DEFAULT_MAX_DELAY_MS,
  DEFAULT_RATE_LIMIT_BASE_DELAY_MS,
  retryDelay,
} from '@kyc-errors/retry';
import { describe, expect, it } from 'vitest';
// The action table is internal: tested here so that its one place of truth is checked.
import { handlingOf } from '../src/internal/decide.js';
import { kycco } from './fixtures/vendor.js';

describe('backoffDelay: exponential with full jitter', () => {
  it.each([
    [1, 1, 200],
    [2, 1, 400],
    [3, 1, 800],
    [3, 0.5, 400],
    [3, 0, 0],
    [8, 1, 20_000], // 200 * 128 = 25 600, capped
    [2000, 1, 20_000], // 2^1999 is Infinity; the cap still holds
  ])('attempt %i, random %d -> %i ms', (attempt, r, expected) => {
    expect(backoffDelay(attempt, 200, 20_000, () => r)).toBe(expected);
  });

  it.each([
    [Number.NaN, 200],
    [-3, 0],
    [7, 200],
  ])('a random() of %d is clamped into [0, 1] (NaN counts as the longest wait)', (r, expected) => {
    expect(backoffDelay(1, 200, 20_000, () => r)).toBe(expected);
  });

  it('attempt numbers below 1 count as the first', () => {
    expect(backoffDelay(0, 200, 20_000, () => 1)).toBe(200);
  });

  it('defaults: 200 ms transient base, 1 s throttling base (5x), 20 s cap', () => {
    expect([DEFAULT_BASE_DELAY_MS, DEFAULT_RATE_LIMIT_BASE_DELAY_MS, DEFAULT_MAX_DELAY_MS]).toEqual(
      [200, 1000, 20_000],
    );
  });
});

describe('retryDelay', () => {
  const settings = {
    baseDelayMs: 200,
    rateLimitBaseDelayMs: 1000,
    maxDelayMs: 20_000,
    random: () => 1,
  };
  const systemError = kycco.errorFor('2220');
  const rateLimited = kycco.errorFor('2230');
  if (systemError === undefined || rateLimited === undefined) throw new Error('fixture');

  it('uses the throttling base for a wait advice, the transient base otherwise', () => {
    expect(retryDelay(systemError, 1, settings)).toBe(200);
    expect(retryDelay(rateLimited, 1, settings)).toBe(1000);
  });

  it('never goes below afterMs, and afterMs is not capped', () => {
    const told = { ...rateLimited, retry: { ...rateLimited.retry, afterMs: 90_000 } };
    expect(retryDelay(told, 1, settings)).toBe(90_000);
  });

  it.each([Number.NaN, -1, Number.POSITIVE_INFINITY])(
    'ignores an afterMs of %d from a hand-made error',
    (afterMs) => {
      const odd = { ...systemError, retry: { ...systemError.retry, afterMs } };
      expect(retryDelay(odd, 1, settings)).toBe(200);
    },
  );
});

describe('handlingOf: what the loop does with each retry action', () => {
  // Keyed by RetryAction: a new action in core does not compile until it is decided here.
  const expected: Record<RetryAction, 'backoff' | 'wait' | 'refresh' | 'stop'> = {
    backoff: 'backoff',
    wait: 'wait',
    'refresh-credentials': 'refresh',
    'check-status': 'stop',
    'new-idempotency-key': 'stop',
    'wait-for-result': 'stop',
    'user-action': 'stop',
    'fix-request': 'stop',
    'fix-config': 'stop',
    'account-action': 'stop',
    'change-state': 'stop',
    investigate: 'stop',
    none: 'stop',
  };

  it.each(RETRY_ACTIONS.map((a) => [a, expected[a]] as const))('%s -> %s', (action, handling) => {
    expect(handlingOf(action)).toBe(handling);
  });
});
