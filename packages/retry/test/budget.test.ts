import type { KycError } from '@kyc-errors/core';
import { normalizeThrown } from '@kyc-errors/core';
import { createRetryBudget } from '@kyc-errors/retry';
import { describe, expect, it } from 'vitest';
import { gateway503, networkError, vendorFailure } from './fixtures/failures.js';
import { kycco } from './fixtures/vendor.js';

const errorOf = (thrown: unknown): KycError => normalizeThrown(kycco, thrown);

describe('createRetryBudget', () => {
  it('starts full with the AWS SDK standard sizes: 500 tokens, 5 a retry', () => {
    const budget = createRetryBudget();
    expect(budget.capacity).toBe(500);
    expect(budget.available).toBe(500);
    let retries = 0;
    while (budget.tryAcquire(budget.costOf(errorOf(gateway503())))) retries += 1;
    expect(retries).toBe(100);
    expect(budget.available).toBe(0);
  });

  it.each([
    ['a socket timeout', networkError('ETIMEDOUT'), 10],
    [
      'a connect timeout (never sent, but it held a slot the whole time)',
      networkError('UND_ERR_CONNECT_TIMEOUT'),
      10,
    ],
    ['a 504 gateway timeout', Object.assign(new Error('504'), { response: { status: 504 } }), 10],
    ['a reset connection', networkError('ECONNRESET'), 5],
    ['a 503', gateway503(), 5],
    ['a throttled call', vendorFailure('2230'), 5],
  ])('%s costs %i', (_, thrown, cost) => {
    expect(createRetryBudget().costOf(errorOf(thrown))).toBe(cost);
  });

  it('takes nothing when it cannot pay the whole cost', () => {
    const budget = createRetryBudget({ capacity: 8 });
    expect(budget.tryAcquire(5)).toBe(true);
    expect(budget.tryAcquire(5)).toBe(false);
    expect(budget.available).toBe(3);
  });

  it('refuses a nonsense cost', () => {
    const budget = createRetryBudget({ capacity: 8 });
    expect(budget.tryAcquire(Number.NaN)).toBe(false);
    expect(budget.tryAcquire(-1)).toBe(false);
    expect(budget.available).toBe(8);
  });

  it('a success refunds what its retry cost, a first-try success adds successRefill, capped at capacity', () => {
    const budget = createRetryBudget({ capacity: 20, successRefill: 2 });
    budget.tryAcquire(10);
    budget.tryAcquire(5);
    budget.recordSuccess(5);
    expect(budget.available).toBe(10);
    budget.recordSuccess();
    expect(budget.available).toBe(12);
    budget.recordSuccess(100);
    expect(budget.available).toBe(20);
  });

  it('is one bucket however many calls share it', () => {
    const budget = createRetryBudget({ capacity: 10, retryCost: 5 });
    const shared = [budget, budget];
    for (const b of shared) b.tryAcquire(5);
    expect(budget.available).toBe(0);
  });

  it.each([
    [{ capacity: 0 }],
    [{ capacity: -1 }],
    [{ retryCost: Number.NaN }],
    [{ timeoutCost: Number.POSITIVE_INFINITY }],
    [{ successRefill: -2 }],
  ])('rejects %o with a RangeError', (options) => {
    expect(() => createRetryBudget(options)).toThrow(RangeError);
  });
});
