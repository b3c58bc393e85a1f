import {
  type KycError,
  KycFailure,
  normalize,
  normalizeThrown,
  RETRY_ACTIONS,
} from '@kyc-errors/core';
import { signingCloud } from '@kyc-errors/signingcloud';
import { smileId } from '@kyc-errors/smile-id';
import { describe, expect, it } from 'vitest';
import { KYC_BACKOFF, kycBackoffStrategy } from '../src/backoff.js';
import { remember } from '../src/failure.js';
import { plan, type Situation } from '../src/plan.js';

// The decisions alone, without Redis: each one a reviewer could dispute, by name.

const NOW = 1_000_000;
const situation = (failure: KycError | KycFailure, more: Partial<Situation> = {}): Situation => ({
  failure,
  idempotent: true,
  canRefresh: false,
  refreshedBefore: false,
  canPause: true,
  pauseStepMs: 1000,
  maxBackoffMs: 60_000,
  maxPauseMs: 3_600_000,
  now: NOW,
  ...more,
});
const unavailable = (retryAfter?: string) =>
  normalize(smileId, {
    status: 503,
    headers: retryAfter === undefined ? {} : { 'retry-after': retryAfter },
    body: { message: 'Service Unavailable' },
  });
const rateLimited = normalize(smileId, {
  status: 429,
  body: { status: 'Too Many Requests', message: 'Rate limit exceeded' },
});
const expired = signingCloud.errorFor('6') as KycError;

describe('plan', () => {
  it.each(RETRY_ACTIONS)(
    'a retryable failure advising %s is retried only if a loop can carry it out',
    (action) => {
      const error: KycError = { ...unavailable(), retry: { retryable: true, action } };
      const kind = plan(situation(error, { canRefresh: true })).kind;
      const expected =
        action === 'backoff' || action === 'wait'
          ? 'retry'
          : action === 'refresh-credentials'
            ? 'refresh'
            : 'fail';
      expect(kind).toBe(expected);
    },
  );

  it("a 503's Retry-After beyond maxBackoffMs reschedules the job instead of spending an attempt", () => {
    expect(plan(situation(unavailable('30'))).kind).toBe('retry');
    expect(plan(situation(unavailable('90')))).toMatchObject({
      kind: 'delay',
      until: NOW + 90_000,
    });
  });

  it('a 503 with Retry-After never pauses the queue: it says the vendor struggles, not that the account is over', () => {
    expect(plan(situation(unavailable('5'))).kind).toBe('retry');
  });

  it('a 429 without Retry-After pauses the queue for the doubling step', () => {
    expect(plan(situation(rateLimited, { pauseStepMs: 4000 }))).toEqual({
      kind: 'pause',
      error: rateLimited,
      ms: 4000,
    });
  });

  it('throttling without a queue to pause is an ordinary retry (the backoff strategy reads it)', () => {
    expect(plan(situation(rateLimited, { canPause: false })).kind).toBe('retry');
  });

  it('a deferral from retry() inside the processor is rescheduled to its notBefore, even a short one', () => {
    const deferred = new KycFailure(unavailable(), {
      attempts: 1,
      stoppedBecause: 'deferred',
      notBefore: NOW + 5000,
    });
    expect(plan(situation(deferred))).toMatchObject({ kind: 'delay', until: NOW + 5000 });
  });

  it('a 429 of a call that must not run twice is still retried: the vendor refused it', () => {
    expect(plan(situation(rateLimited, { idempotent: false, canPause: false })).kind).toBe('retry');
  });

  it('a timeout of a call that must not run twice fails with check-status advice', () => {
    const timedOut = normalizeThrown(smileId, Object.assign(new Error('t'), { code: 'ETIMEDOUT' }));
    const p = plan(situation(timedOut, { idempotent: false }));
    expect(p.kind).toBe('fail');
    expect(p.error.retry).toMatchObject({ action: 'check-status', retryable: false });
  });

  it('an expired token fails without a hook, and after a refresh that did not help', () => {
    expect(plan(situation(expired)).kind).toBe('fail');
    expect(plan(situation(expired, { canRefresh: true })).kind).toBe('refresh');
    expect(plan(situation(expired, { canRefresh: true, refreshedBefore: true })).kind).toBe('fail');
  });
});

describe('kycBackoffStrategy', () => {
  const strategy = kycBackoffStrategy({ random: () => 0.5 });

  it('an error kycProcessor did not throw backs off as a transient failure', () => {
    expect(strategy(3, KYC_BACKOFF, new Error('something else'))).toBe(400);
  });

  it('throttling backs off from the 1 s base; Retry-After is a floor', () => {
    const throttled = remember(new Error('t'), { error: rateLimited, refreshed: false });
    expect(strategy(2, KYC_BACKOFF, throttled)).toBe(1000);
    const after = remember(new Error('a'), { error: unavailable('7'), refreshed: false });
    expect(strategy(1, KYC_BACKOFF, after)).toBe(7000);
  });

  it('after a refresh the retry waits only for Retry-After, if any', () => {
    const refreshed = remember(new Error('r'), { error: expired, refreshed: true });
    expect(strategy(2, KYC_BACKOFF, refreshed)).toBe(0);
  });

  it("another custom backoff type goes to the caller's own strategy", () => {
    const mixed = kycBackoffStrategy({ otherwise: () => 42 });
    expect(mixed(1, 'mine', new Error('x'))).toBe(42);
  });
});
