import { type KycError, KycFailure, normalize, normalizeThrown } from '@kyc-errors/core';
import { CHECK_VENDOR_FIRST, safeDetails } from '@kyc-errors/retry/engine';
import { signingCloud } from '@kyc-errors/signingcloud';
import { smileId } from '@kyc-errors/smile-id';
import { defaultFailureConverter, defaultPayloadConverter } from '@temporalio/common';
import { providers } from 'kyc-errors';
import { describe, expect, it } from 'vitest';
import { toApplicationFailure } from '../src/index.js';

// The mapping alone: one check over every failure in every shipped vendor's catalog, then
// the decisions a reviewer could dispute, each by name.

const RETRIED_ACTIONS = new Set(['backoff', 'wait']);

describe('toApplicationFailure over every catalogued failure', () => {
  const failures = Object.values(providers).flatMap((provider) =>
    provider.catalog.flatMap((entry) => {
      const error = provider.errorFor(entry.code, entry.vendorText);
      return error === undefined ? [] : [{ name: `${provider.id} ${entry.code}`, error }];
    }),
  );

  it('covers every vendor', () => {
    expect(new Set(failures.map((f) => f.error.provider))).toEqual(
      new Set(Object.values(providers).map((p) => p.id)),
    );
  });

  it.each(failures)(
    '$name: type is the reason, retryable as advised, safe fields only',
    ({ error }) => {
      const f = toApplicationFailure(error);
      expect(f.type).toBe(error.reason);
      expect(f.message).toBe(
        error.retry.action === 'check-status'
          ? `${error.provider} ${error.reason}: ${error.message} ${CHECK_VENDOR_FIRST}`
          : `${error.provider} ${error.reason}: ${error.message}`,
      );
      expect(f.nonRetryable).toBe(
        !(error.retry.retryable && RETRIED_ACTIONS.has(error.retry.action)),
      );
      // The shared safe details, whose allow-list retry's engine tests check.
      expect(f.details).toEqual([safeDetails(error)]);
    },
  );
});

describe('toApplicationFailure decisions', () => {
  const rateLimited = (retryAfter?: string): KycError =>
    normalize(smileId, {
      status: 429,
      headers: retryAfter === undefined ? {} : { 'retry-after': retryAfter },
      body: { status: 'Too Many Requests', message: 'Rate limit exceeded' },
    });
  const unavailable = normalize(smileId, { status: 503, body: { message: 'Service Unavailable' } });
  const timedOut = normalizeThrown(smileId, Object.assign(new Error('t'), { code: 'ETIMEDOUT' }));

  it("a Retry-After is the next retry's delay, raised over the backoff the attempt would draw", () => {
    expect(toApplicationFailure(rateLimited('3')).nextRetryDelay).toBe(3000);
    // Attempt 3 of a throttled call draws up to 1 s * 4; Retry-After: 3 is below that.
    expect(
      toApplicationFailure(rateLimited('3'), { attempt: 3, random: () => 1 }).nextRetryDelay,
    ).toBe(4000);
  });

  it('throttling without Retry-After backs off from the 1 s throttling base, on the activity attempt', () => {
    expect(toApplicationFailure(rateLimited()).nextRetryDelay).toBeUndefined();
    expect(
      toApplicationFailure(rateLimited(), { attempt: 2, random: () => 0.5 }).nextRetryDelay,
    ).toBe(1000);
  });

  it("a transient failure without Retry-After leaves the delay to the policy's own interval", () => {
    const f = toApplicationFailure(unavailable, { attempt: 2, random: () => 0.5 });
    expect([f.nonRetryable, f.nextRetryDelay]).toEqual([false, undefined]);
  });

  it('a timeout is retryable, unless the call must not run twice: then it says to check first', () => {
    expect(toApplicationFailure(timedOut).nonRetryable).toBe(false);
    const f = toApplicationFailure(timedOut, { idempotent: false });
    expect(f.nonRetryable).toBe(true);
    expect(f.details?.[0]).toMatchObject({ action: 'check-status', retryable: false });
    expect(f.message).toMatch(
      / Check the vendor first: look up its status before sending it again\.$/,
    );
  });

  it('a 429 of a call that must not run twice is still retried: the vendor refused it', () => {
    expect(toApplicationFailure(rateLimited('1'), { idempotent: false }).nonRetryable).toBe(false);
  });

  it('an expired token is not retried unless the caller refreshed it', () => {
    const expired = signingCloud.errorFor('6') as KycError;
    expect(toApplicationFailure(expired).nonRetryable).toBe(true);
    expect(toApplicationFailure(expired, { refreshed: true }).nonRetryable).toBe(false);
  });

  it('a deferred KycFailure (retry() inside the activity) retries at its notBefore', () => {
    const deferred = new KycFailure(rateLimited('3600'), {
      attempts: 1,
      stoppedBecause: 'deferred',
      notBefore: 1_000_000 + 3_600_000,
    });
    const f = toApplicationFailure(deferred, { now: () => 1_000_000 });
    expect([f.nonRetryable, f.nextRetryDelay]).toEqual([false, 3_600_000]);
    expect(f.details?.[0]).toMatchObject({ stoppedBecause: 'deferred', notBefore: 4_600_000 });
  });

  it("the vendor's message never leaves, even where redaction kept words of it", () => {
    const echoed = normalize(smileId, {
      status: 400,
      body: { code: '2413', error: 'Missing parameter id_number for Chidinma' },
    });
    expect(echoed.vendorMessage).toMatch(/^Missing parameter id_number/);
    const sent = JSON.stringify(
      defaultFailureConverter.errorToFailure(toApplicationFailure(echoed), defaultPayloadConverter),
    );
    expect(sent).toContain('MISSING_PARAMETER');
    expect(sent).not.toContain('id_number');
  });
});
