import {
  type KycError,
  MAX_RETRY_AFTER_MS,
  type Provider,
  type StopReason,
} from '@kyc-errors/core';
import { idenfy } from '@kyc-errors/idenfy';
import { signingCloud } from '@kyc-errors/signingcloud';
import { smileId } from '@kyc-errors/smile-id';
import { FAR_FUTURE_RETRY_AT, SMILE_ID_RETRY_AT } from '../../packages/smile-id/test/emulator.js';
import type { VendorRoute } from './harness.js';

// What a retry loop must end with for each scenario, whatever the client and whichever loop
// (retry(), p-retry, cockatiel): the client-by-scenario table of issue #13, as data.

/** A scenario route, or `refused`: a port where nothing listens. */
export type Target = VendorRoute | 'refused';

/** One row: a scenario and what the loop ends with. */
export interface LoopCase {
  readonly target: Target;
  readonly provider: Provider;
  /** The last failure; for a call that resolves, the one retried. */
  readonly error: Pick<KycError, 'category' | 'reason'> &
    Partial<Omit<KycError, 'retry'>> & { readonly retry?: Partial<KycError['retry']> };
  /** Why the loop stopped; `undefined` when the call resolves. */
  readonly stopped: StopReason | undefined;
  /**
   * How many requests the emulator saw (a refused connection never reaches it: 0). For
   * `net/slow` an upper bound: on a loaded machine a client timeout can fire before its
   * request has arrived, as it can in production; the attempts are checked exactly.
   */
  readonly calls: number;
  /** The waits between attempts, in ms, with `random() = 0.5` and the default policy. */
  readonly waits: readonly number[];
  /** The fake clock's start (an HTTP-date Retry-After is read against it). */
  readonly start?: number;
  /** With `deferred`: `notBefore` minus the clock's start. */
  readonly deferredBy?: number;
}

/** The fake clock's default start. */
export const START = Date.UTC(2026, 9, 21, 7, 0, 0);

const farStart = Date.parse(FAR_FUTURE_RETRY_AT) - 80 * 365 * 24 * 3600 * 1000;

const retryable = (reason: string) => ({ category: 'retryable', reason }) as const;
const throttled = { category: 'rate-limit', reason: 'RATE_LIMITED' } as const;

// With random() = 0.5 the jittered backoff is half its ceiling: transient failures wait
// 100 then 200 ms (base 200), throttling without Retry-After 500 then 1000 ms (base 1000);
// a Retry-After is a floor. maxAttempts is 3: at most two waits.

/** `retry()` / p-retry with `idempotent: true` (the default). */
export const IDEMPOTENT: readonly LoopCase[] = [
  {
    target: 'smile-id/not-authorized',
    provider: smileId,
    error: { category: 'auth', reason: 'INVALID_SIGNATURE', code: '2205' },
    stopped: 'not-retryable',
    calls: 1,
    waits: [],
  },
  {
    target: 'smile-id/job-exists',
    provider: smileId,
    error: { category: 'validation', reason: 'JOB_ALREADY_EXISTS', code: '2215' },
    stopped: 'not-retryable',
    calls: 1,
    waits: [],
  },
  {
    target: 'smile-id/html-500',
    provider: smileId,
    error: retryable('VENDOR_INTERNAL_ERROR'),
    stopped: 'attempts-exhausted',
    calls: 3,
    waits: [100, 200],
  },
  {
    target: 'smile-id/unavailable-then-ok',
    provider: smileId,
    error: retryable('SERVICE_UNAVAILABLE'),
    stopped: undefined,
    calls: 2,
    waits: [100],
  },
  {
    target: 'smile-id/unavailable-twice-then-ok',
    provider: smileId,
    error: retryable('SERVICE_UNAVAILABLE'),
    stopped: undefined,
    calls: 3,
    waits: [100, 200],
  },
  {
    target: 'smile-id/rate-limited-seconds',
    provider: smileId,
    error: throttled,
    stopped: 'attempts-exhausted',
    calls: 3,
    waits: [3000, 3000],
  },
  {
    // 5 s before the date; after that wait the date has come, and backoff alone counts.
    target: 'smile-id/rate-limited-date',
    provider: smileId,
    error: throttled,
    stopped: 'attempts-exhausted',
    calls: 3,
    waits: [5000, 1000],
    start: Date.parse(SMILE_ID_RETRY_AT) - 5000,
  },
  {
    target: 'smile-id/rate-limited-twice',
    provider: smileId,
    error: throttled,
    stopped: 'attempts-exhausted',
    calls: 3,
    waits: [2000, 2000],
  },
  {
    // Beyond a year: clamped to MAX_RETRY_AFTER_MS, far past maxInProcessWaitMs: requeue.
    target: 'smile-id/rate-limited-far',
    provider: smileId,
    error: throttled,
    stopped: 'deferred',
    calls: 1,
    waits: [],
    start: farStart,
    deferredBy: MAX_RETRY_AFTER_MS,
  },
  {
    target: 'smile-id/rate-limited-then-ok',
    provider: smileId,
    error: throttled,
    stopped: undefined,
    calls: 2,
    waits: [1000],
  },
  {
    target: 'idenfy/throttled',
    provider: idenfy,
    error: { ...throttled, code: 'TOO_MANY_REQUESTS' },
    stopped: 'attempts-exhausted',
    calls: 3,
    waits: [2000, 2000],
  },
  {
    target: 'idenfy/throttled-then-ok',
    provider: idenfy,
    error: throttled,
    stopped: undefined,
    calls: 2,
    waits: [1000],
  },
  {
    target: 'idenfy/token-limit',
    provider: idenfy,
    error: { category: 'account', reason: 'OUT_OF_CREDITS', code: 'TOO_MANY_REQUESTS' },
    stopped: 'not-retryable',
    calls: 1,
    waits: [],
  },
  {
    target: 'idenfy/unauthorized',
    provider: idenfy,
    error: { category: 'auth', reason: 'INVALID_CREDENTIALS' },
    stopped: 'not-retryable',
    calls: 1,
    waits: [],
  },
  {
    // Refreshed once (no wait: an expired token is not an outage), then result 0.
    target: 'signingcloud/token-expired',
    provider: signingCloud,
    error: { category: 'auth', reason: 'ACCESS_TOKEN_EXPIRED', code: '6' },
    stopped: undefined,
    calls: 2,
    waits: [0],
  },
  {
    target: 'signingcloud/no-credit',
    provider: signingCloud,
    error: { category: 'account', reason: 'INSUFFICIENT_CREDIT', code: '74' },
    stopped: 'not-retryable',
    calls: 1,
    waits: [],
  },
  {
    target: 'net/slow',
    provider: smileId,
    error: { ...retryable('REQUEST_TIMEOUT'), delivery: 'uncertain' },
    stopped: 'attempts-exhausted',
    calls: 3,
    waits: [100, 200],
  },
  {
    target: 'net/hang-up',
    provider: smileId,
    error: { ...retryable('CONNECTION_RESET'), delivery: 'uncertain' },
    stopped: 'attempts-exhausted',
    calls: 3,
    waits: [100, 200],
  },
  {
    target: 'net/reset',
    provider: smileId,
    error: { ...retryable('CONNECTION_RESET'), delivery: 'uncertain' },
    stopped: 'attempts-exhausted',
    calls: 3,
    waits: [100, 200],
  },
  {
    target: 'refused',
    provider: smileId,
    error: { ...retryable('CONNECTION_REFUSED'), delivery: 'not-sent' },
    stopped: 'attempts-exhausted',
    calls: 0,
    waits: [100, 200],
  },
];

const checkFirst = { retry: { retryable: false, action: 'check-status' } } as const;

/**
 * `idempotent: false` (a job submission): a failure that may have reached the vendor stops
 * at once as `ambiguous`, advised to check the status; a proven non-delivery (refused, a
 * 429) is retried as before.
 */
export const NON_IDEMPOTENT: readonly LoopCase[] = [
  {
    target: 'smile-id/job-exists',
    provider: smileId,
    error: { category: 'validation', reason: 'JOB_ALREADY_EXISTS', code: '2215' },
    stopped: 'not-retryable',
    calls: 1,
    waits: [],
  },
  {
    target: 'smile-id/html-500',
    provider: smileId,
    error: { ...retryable('VENDOR_INTERNAL_ERROR'), ...checkFirst },
    stopped: 'ambiguous',
    calls: 1,
    waits: [],
  },
  {
    target: 'smile-id/unavailable-then-ok',
    provider: smileId,
    error: { ...retryable('SERVICE_UNAVAILABLE'), ...checkFirst },
    stopped: 'ambiguous',
    calls: 1,
    waits: [],
  },
  {
    // The vendor refused the request without acting on it: safe to send again.
    target: 'smile-id/rate-limited-then-ok',
    provider: smileId,
    error: throttled,
    stopped: undefined,
    calls: 2,
    waits: [1000],
  },
  {
    target: 'net/slow',
    provider: smileId,
    error: { ...retryable('REQUEST_TIMEOUT'), ...checkFirst },
    stopped: 'ambiguous',
    calls: 1,
    waits: [],
  },
  {
    target: 'net/hang-up',
    provider: smileId,
    error: { ...retryable('CONNECTION_RESET'), ...checkFirst },
    stopped: 'ambiguous',
    calls: 1,
    waits: [],
  },
  {
    target: 'net/reset',
    provider: smileId,
    error: { ...retryable('CONNECTION_RESET'), ...checkFirst },
    stopped: 'ambiguous',
    calls: 1,
    waits: [],
  },
  {
    target: 'refused',
    provider: smileId,
    error: { ...retryable('CONNECTION_REFUSED'), delivery: 'not-sent' },
    stopped: 'attempts-exhausted',
    calls: 0,
    waits: [100, 200],
  },
];
