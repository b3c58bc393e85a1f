import { stripeIdentity } from '@kyc-errors/stripe-identity';
import type { ScenarioTable } from '../../../test/support/emulator.js';
import type { LoopCase } from '../../../test/support/expectations.js';
import { json, sequence } from '../../../test/support/responses.js';
import { ERROR_EXAMPLES, session, stripeError, stripeHeaders } from './fixtures/bodies.js';

// Stripe as it answers an Identity call: `{"error": {"type", "code", "message"}}` with a
// Request-Id on every answer, and Stripe-Should-Retry where Stripe has an opinion (false on a
// 5xx its idempotency layer would replay, true on a lock timeout). Stripe sends no Retry-After.

/** A VerificationSession as Stripe creates it. */
export const STRIPE_SESSION = session('requires_input');

const ok = json(200, STRIPE_SESSION, stripeHeaders());

/** Stripe Identity's scenarios, served under `/stripe-identity/<name>`. */
export const SCENARIOS = {
  ok,
  /** 500 api_error with Stripe-Should-Retry: false: the stored failure would only replay. */
  'server-error-do-not-retry': json(500, ERROR_EXAMPLES.api_error.body, stripeHeaders(false)),
  /** 500 api_error without the header, then the session. */
  'server-error-then-ok': sequence([json(500, ERROR_EXAMPLES.api_error.body, stripeHeaders())], ok),
  /** 429 lock_timeout with Stripe-Should-Retry: true, then the session. */
  'lock-timeout-then-ok': sequence(
    [json(429, ERROR_EXAMPLES.lock_timeout.body, stripeHeaders(true))],
    ok,
  ),
  /** 429 rate_limit, then the session. */
  'rate-limited-then-ok': sequence(
    [json(429, ERROR_EXAMPLES.rate_limit.body, stripeHeaders())],
    ok,
  ),
  /** A 400 with code rate_limit (API versions before 2015-09-08), then the session. */
  'legacy-rate-limit-then-ok': sequence(
    [
      json(
        400,
        stripeError({
          type: 'invalid_request_error',
          code: 'rate_limit',
          message: 'Request rate limit exceeded',
        }),
        stripeHeaders(),
      ),
    ],
    ok,
  ),
  /** 409 idempotency_key_in_use twice (the first request is still running), then the session. */
  'key-in-use-then-ok': sequence(
    [
      json(409, ERROR_EXAMPLES.idempotency_key_in_use.body, stripeHeaders()),
      json(409, ERROR_EXAMPLES.idempotency_key_in_use.body, stripeHeaders()),
    ],
    ok,
  ),
  /** 400 idempotency_error: the key was used with other parameters. */
  'idempotency-error': json(400, ERROR_EXAMPLES.idempotency_error.body, stripeHeaders()),
  /** 401: an invalid API key. */
  unauthorized: json(401, ERROR_EXAMPLES.INVALID_API_KEY.body, stripeHeaders()),
} as const satisfies ScenarioTable;

/**
 * What a retry loop ends with on Stripe Identity's scenarios: run through every client,
 * `retry()` and p-retry by `test/clients/vendors.test.ts`. Waits cost no real time; with
 * random() = 0.5 a backoff waits 100 then 200 ms, a rate limit 500 then 1000 ms.
 */
export const LOOP_CASES: readonly LoopCase[] = [
  {
    // Stripe-Should-Retry: false beats the 500: one call, and check before a new key.
    target: 'stripe-identity/server-error-do-not-retry',
    provider: stripeIdentity,
    error: {
      category: 'retryable',
      reason: 'VENDOR_INTERNAL_ERROR',
      retry: { retryable: false, action: 'check-status', idempotencyKey: 'new' },
    },
    stopped: 'not-retryable',
    calls: 1,
    waits: [],
  },
  {
    target: 'stripe-identity/server-error-then-ok',
    provider: stripeIdentity,
    error: {
      category: 'retryable',
      reason: 'VENDOR_INTERNAL_ERROR',
      retry: { idempotencyKey: 'same' },
    },
    stopped: undefined,
    calls: 2,
    waits: [100],
  },
  {
    // A lock timeout is a backoff, not a rate-limit wait.
    target: 'stripe-identity/lock-timeout-then-ok',
    provider: stripeIdentity,
    error: { category: 'retryable', reason: 'OBJECT_LOCKED', code: 'lock_timeout' },
    stopped: undefined,
    calls: 2,
    waits: [100],
  },
  {
    target: 'stripe-identity/rate-limited-then-ok',
    provider: stripeIdentity,
    error: { category: 'rate-limit', reason: 'RATE_LIMITED', code: 'rate_limit' },
    stopped: undefined,
    calls: 2,
    waits: [500],
  },
  {
    target: 'stripe-identity/legacy-rate-limit-then-ok',
    provider: stripeIdentity,
    error: { category: 'rate-limit', reason: 'RATE_LIMITED', code: 'rate_limit', httpStatus: 400 },
    stopped: undefined,
    calls: 2,
    waits: [500],
  },
  {
    target: 'stripe-identity/key-in-use-then-ok',
    provider: stripeIdentity,
    error: {
      category: 'retryable',
      reason: 'IDEMPOTENCY_KEY_IN_USE',
      retry: { retryable: true, idempotencyKey: 'same' },
    },
    stopped: undefined,
    calls: 3,
    waits: [100, 200],
  },
  {
    target: 'stripe-identity/idempotency-error',
    provider: stripeIdentity,
    error: {
      category: 'validation',
      reason: 'IDEMPOTENCY_KEY_REUSED',
      retry: { action: 'new-idempotency-key', idempotencyKey: 'new' },
    },
    stopped: 'not-retryable',
    calls: 1,
    waits: [],
  },
  {
    target: 'stripe-identity/unauthorized',
    provider: stripeIdentity,
    error: { category: 'auth', reason: 'INVALID_API_KEY' },
    stopped: 'not-retryable',
    calls: 1,
    waits: [],
  },
];

/**
 * This vendor's error bodies carrying `echo` as their message, as it sends them: where the
 * cross-vendor privacy and cost properties (packages/kyc-errors/test/promises-*.test.ts)
 * plant their text.
 */
export const TEXT_BODIES = (echo: string): readonly Readonly<Record<string, unknown>>[] => [
  { error: { type: 'invalid_request_error', message: echo } },
  {
    error: {
      type: 'invalid_request_error',
      code: 'parameter_missing',
      message: echo,
      param: 'type',
    },
  },
];
