import { dropboxSign } from '@kyc-errors/dropbox-sign';
import type { ScenarioTable } from '../../../test/support/emulator.js';
import { type LoopCase, START } from '../../../test/support/expectations.js';
import { json, sequence } from '../../../test/support/responses.js';

// Dropbox Sign as it answers: `{"error": {"error_msg", "error_name"}}` beside the HTTP
// status, and X-RateLimit-* headers on every answer, X-Ratelimit-Reset a Unix time (read
// against the retry loop's clock, which starts at START).

const limits = (remaining: number, resetInSeconds: number) => ({
  'x-ratelimit-limit': '100',
  'x-ratelimit-remaining': String(remaining),
  'x-ratelimit-reset': String(Math.floor(START / 1000) + resetInSeconds),
});

const error = (name: string, msg: string) => ({ error: { error_msg: msg, error_name: name } });

/** A signature request just sent (the fields that matter here). */
export const DROPBOX_SIGN_REQUEST = {
  signature_request: {
    signature_request_id: 'fa5c8a0b0f492d768749333ad6fcc214c111e967',
    is_complete: false,
    is_declined: false,
    has_error: false,
    signatures: [
      { signature_id: '78caf2a1d01cd39cea2bc1cbb340dac3', status_code: 'awaiting_signature' },
    ],
  },
} as const;

/** Dropbox Sign's scenarios, served under `/dropbox-sign/<name>`. */
export const SCENARIOS = {
  ok: json(200, DROPBOX_SIGN_REQUEST, limits(99, 60)),
  /** 429 exceeded_rate, its window resetting 2 s after START (no Retry-After), then a request. */
  'rate-limited-then-ok': sequence(
    [json(429, error('exceeded_rate', 'Too many requests.'), limits(0, 2))],
    json(200, DROPBOX_SIGN_REQUEST, limits(99, 60)),
  ),
  /** 403: the endpoint needs a paid API plan. */
  'paid-plan': json(
    403,
    error('forbidden', 'A paid API plan is required to access this endpoint.'),
    limits(98, 60),
  ),
  /** 410: the signature request was canceled (or deleted), and answers so from now on. */
  deleted: json(410, error('deleted', 'This resource has been deleted.'), limits(98, 60)),
} as const satisfies ScenarioTable;

/**
 * What a retry loop ends with on Dropbox Sign's scenarios: run through every client, `retry()`
 * and p-retry by `test/clients/vendors.test.ts`. Waits cost no real time.
 */
export const LOOP_CASES: readonly LoopCase[] = [
  {
    // X-Ratelimit-Reset (a Unix time, 2 s after the loop's clock) with no requests left is the
    // wait: no Retry-After needed.
    target: 'dropbox-sign/rate-limited-then-ok',
    provider: dropboxSign,
    error: { category: 'rate-limit', reason: 'RATE_LIMITED', code: 'exceeded_rate' },
    stopped: undefined,
    calls: 2,
    waits: [2000],
  },
  {
    target: 'dropbox-sign/paid-plan',
    provider: dropboxSign,
    error: { category: 'account', reason: 'PAID_API_PLAN_REQUIRED', code: 'forbidden' },
    stopped: 'not-retryable',
    calls: 1,
    waits: [],
  },
  {
    // Gone after a cancel: nothing to retry, and nothing to change.
    target: 'dropbox-sign/deleted',
    provider: dropboxSign,
    error: {
      category: 'user-state',
      reason: 'RESOURCE_DELETED',
      code: 'deleted',
      retry: { retryable: false, action: 'none' },
    },
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
  { error: { error_msg: echo, error_name: 'bad_request' } },
  { error: { error_msg: echo, error_name: 'bad_request', error_path: 'signers[0][name]' } },
];
