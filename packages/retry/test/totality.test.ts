import {
  CATEGORIES,
  isKycFailure,
  KycFailure,
  RETRY_ACTIONS,
  type StopReason,
} from '@kyc-errors/core';
import { cockatielOptions, pRetryOptions, retry } from '@kyc-errors/retry';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { throwingProxy } from '../../../test/support/hostile.js';
import { fakeTime } from './fixtures/failures.js';
import { kycco } from './fixtures/vendor.js';

const STOP_REASONS: readonly StopReason[] = [
  'not-retryable',
  'attempts-exhausted',
  'budget-exhausted',
  'deadline',
  'aborted',
  'deferred',
  'ambiguous',
];

// A KycFailure someone built by hand: any advice, including actions, deliveries and waits
// this version has never heard of.
const handMadeFailure = fc
  .record({
    category: fc.constantFrom(...CATEGORIES),
    retryable: fc.boolean(),
    action: fc.oneof(fc.constantFrom(...RETRY_ACTIONS), fc.string()),
    delivery: fc.oneof(fc.constantFrom('not-sent', 'uncertain', 'rejected'), fc.string()),
    afterMs: fc.option(fc.oneof(fc.double(), fc.integer()), { nil: undefined }),
  })
  .map(
    ({ category, retryable, action, delivery, afterMs }) =>
      new KycFailure({
        provider: 'kycco',
        code: null,
        category,
        reason: 'HAND_MADE',
        message: 'm',
        remedy: 'r',
        retry:
          afterMs === undefined
            ? { retryable, action: action as never }
            : { retryable, action: action as never, afterMs },
        delivery: delivery as never,
        matchedBy: 'none',
      }),
  );

const anyThrown = fc.oneof(fc.anything(), handMadeFailure);

describe('totality: whatever an attempt throws, the call ends in a KycFailure', () => {
  it('retry() rejects with a KycFailure and a known stop reason, never anything else', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(anyThrown, { minLength: 3, maxLength: 3 }),
        fc.boolean(),
        async (throws, idempotent) => {
          const time = fakeTime();
          let calls = 0;
          const outcome = await retry(
            async () => {
              calls += 1;
              throw throws[calls - 1];
            },
            { provider: kycco, sleep: time.sleep, now: time.now, idempotent },
          ).then(
            () => undefined,
            (e: unknown) => e,
          );
          expect(isKycFailure(outcome)).toBe(true);
          if (!isKycFailure(outcome)) return;
          expect(STOP_REASONS).toContain(outcome.stoppedBecause);
          expect(outcome.attempts).toBe(calls);
          expect(calls).toBeGreaterThanOrEqual(1);
          expect(calls).toBeLessThanOrEqual(3);
          for (const wait of time.waits) expect(wait).toBeGreaterThanOrEqual(0);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('the cockatiel filter and backoff never throw and never answer NaN', () => {
    const { shouldHandle, backoff } = cockatielOptions(kycco);
    fc.assert(
      fc.property(anyThrown, fc.integer({ min: 1, max: 50 }), (thrown, attempt) => {
        expect(typeof shouldHandle(thrown)).toBe('boolean');
        const { duration } = backoff.next({ attempt, result: { error: thrown } });
        expect(Number.isFinite(duration) && duration >= 0).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('the p-retry hooks only ever throw a KycFailure', async () => {
    await fc.assert(
      fc.asyncProperty(anyThrown, async (thrown) => {
        const time = fakeTime();
        const { onFailedAttempt } = pRetryOptions(kycco, { sleep: time.sleep, now: time.now });
        const error = thrown instanceof Error ? thrown : new TypeError('Non-error was thrown');
        const outcome = await onFailedAttempt({ error, attemptNumber: 1, retriesLeft: 2 }).then(
          () => 'retry',
          (e: unknown) => e,
        );
        expect(outcome === 'retry' || isKycFailure(outcome)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

describe('totality: hostile thrown values', () => {
  // fast-check cannot generate these (it inspects its values), so they are listed by hand.
  const hostile = throwingProxy();
  const throwingGetters = Object.defineProperties(new Error('x'), {
    code: {
      get: () => {
        throw new Error('trap');
      },
    },
    response: {
      get: () => {
        throw new Error('trap');
      },
    },
    name: {
      get: () => {
        throw new Error('trap');
      },
    },
  });

  it.each([
    ['a Proxy whose every trap throws', hostile],
    ['an Error whose code, response and name getters throw', throwingGetters],
  ])('%s ends as an unknown, not-retryable KycFailure', async (_, thrown) => {
    const time = fakeTime();
    const outcome = await retry(
      async () => {
        throw thrown;
      },
      { provider: kycco, sleep: time.sleep, now: time.now },
    ).catch((e: unknown) => e);
    expect(isKycFailure(outcome)).toBe(true);
    expect(outcome).toMatchObject({
      stoppedBecause: 'not-retryable',
      error: { category: 'unknown' },
    });
    expect(cockatielOptions(kycco).shouldHandle(thrown)).toBe(false);
  });
});
