import { veriff } from '@kyc-errors/veriff';
import type { ScenarioTable } from '../../../test/support/emulator.js';
import type { LoopCase } from '../../../test/support/expectations.js';
import { json, sequence } from '../../../test/support/responses.js';

// Veriff as it answers: `{"status": "fail", "code": "1818", "message": "..."}`.

const fail = (status: number, code: string | undefined, message: string) =>
  json(
    status,
    code === undefined ? { status: 'fail', message } : { status: 'fail', code, message },
  );

/** A created session (the fields that matter here). */
export const VERIFF_SESSION = {
  status: 'success',
  verification: { id: 'f04bdb47-d3be-4b28-b028-a652feb060b5', status: 'created' },
} as const;

/** Veriff's scenarios, served under `/veriff/<name>`. */
export const SCENARIOS = {
  ok: json(201, VERIFF_SESSION),
  /** 401, code 1818: the HMAC signature does not match. */
  'signature-mismatch': fail(
    401,
    '1818',
    'Signature does not match the SHA256 hash of query ID and integration API secret.',
  ),
  /** 400, code 1102: mandatory parameters missing. */
  'missing-parameters': fail(400, '1102', 'Mandatory parameters are missing from the request.'),
  /** 500 once, then a session. */
  'error-then-ok': sequence(
    [fail(500, undefined, 'Something went wrong')],
    json(201, VERIFF_SESSION),
  ),
} as const satisfies ScenarioTable;

/**
 * What a retry loop ends with on Veriff's scenarios: run through every client, `retry()` and
 * p-retry by `test/clients/vendors.test.ts`. Waits cost no real time.
 */
export const LOOP_CASES: readonly LoopCase[] = [
  {
    target: 'veriff/signature-mismatch',
    provider: veriff,
    error: { category: 'auth', reason: 'HMAC_MISMATCH_QUERY_ID', code: '1818' },
    stopped: 'not-retryable',
    calls: 1,
    waits: [],
  },
  {
    target: 'veriff/missing-parameters',
    provider: veriff,
    error: { category: 'validation', reason: 'MISSING_PARAMETERS', code: '1102' },
    stopped: 'not-retryable',
    calls: 1,
    waits: [],
  },
  {
    target: 'veriff/error-then-ok',
    provider: veriff,
    error: { category: 'retryable', reason: 'VENDOR_INTERNAL_ERROR' },
    stopped: undefined,
    calls: 2,
    waits: [100],
  },
];

/**
 * This vendor's error bodies carrying `echo` as their message, as it sends them: where the
 * cross-vendor privacy and cost properties (packages/kyc-errors/test/promises-*.test.ts)
 * plant their text.
 */
export const TEXT_BODIES = (echo: string): readonly Readonly<Record<string, unknown>>[] => [
  { status: 'fail', code: '1104', message: echo },
];
