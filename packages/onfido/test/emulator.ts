import { onfido } from '@kyc-errors/onfido';
import type { ScenarioTable } from '../../../test/support/emulator.js';
import type { LoopCase } from '../../../test/support/expectations.js';
import { json, sequence } from '../../../test/support/responses.js';

// Onfido as it answers: `{"error": {"type", "message", "fields"}}` with the HTTP status. No
// rate-limit headers are documented, so a 429 here carries none: the loop backs off on its own.

/** A check as Onfido creates it (the fields that matter here; no personal data). */
export const ONFIDO_CHECK = {
  id: '8546921-123123-123123',
  status: 'in_progress',
  result: null,
  href: '/v3.6/checks/8546921-123123-123123',
} as const;

/** The validation body Onfido sends for a blank field (onfido/onfido-sdk-ui issue #514). */
export const ONFIDO_VALIDATION = {
  error: {
    type: 'validation_error',
    message: 'There was a validation error on this request',
    fields: { last_name: ["can't be blank"] },
  },
} as const;

/** Onfido's scenarios, served under `/onfido/<name>`. */
export const SCENARIOS = {
  ok: json(201, ONFIDO_CHECK),
  /** 429 `rate_limit` (no Retry-After), then the check. */
  'rate-limited-then-ok': sequence(
    [json(429, { error: { type: 'rate_limit' } })],
    json(201, ONFIDO_CHECK),
  ),
  /** 500 `internal_server_error`, then the check. */
  'server-error-then-ok': sequence(
    [json(500, { error: { type: 'internal_server_error' } })],
    json(201, ONFIDO_CHECK),
  ),
  /** 401 `authorization_error`: a missing or wrong API token. */
  unauthorized: json(401, { error: { type: 'authorization_error' } }),
  /** 422 `validation_error` naming the field at fault. */
  invalid: json(422, ONFIDO_VALIDATION),
} as const satisfies ScenarioTable;

/**
 * What a retry loop ends with on Onfido's scenarios: run through every client, `retry()` and
 * p-retry by `test/clients/vendors.test.ts`. Waits cost no real time.
 */
export const LOOP_CASES: readonly LoopCase[] = [
  {
    // No Retry-After: throttling backs off on its own (base 1000 ms, half with random 0.5).
    target: 'onfido/rate-limited-then-ok',
    provider: onfido,
    error: { category: 'rate-limit', reason: 'RATE_LIMITED', code: 'rate_limit' },
    stopped: undefined,
    calls: 2,
    waits: [500],
  },
  {
    target: 'onfido/server-error-then-ok',
    provider: onfido,
    error: {
      category: 'retryable',
      reason: 'VENDOR_INTERNAL_ERROR',
      code: 'internal_server_error',
    },
    stopped: undefined,
    calls: 2,
    waits: [100],
  },
  {
    target: 'onfido/unauthorized',
    provider: onfido,
    error: { category: 'auth', reason: 'INVALID_API_KEY', code: 'authorization_error' },
    stopped: 'not-retryable',
    calls: 1,
    waits: [],
  },
  {
    target: 'onfido/invalid',
    provider: onfido,
    error: { category: 'validation', reason: 'VALIDATION_FAILED', field: 'last_name' },
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
  {
    error: { type: 'validation_error', message: echo, fields: { first_name: ["can't be blank"] } },
  },
  { error: { message: echo } },
];
