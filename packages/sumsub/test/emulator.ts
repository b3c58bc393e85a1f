import { sumsub } from '@kyc-errors/sumsub';
import type { ScenarioTable } from '../../../test/support/emulator.js';
import type { LoopCase } from '../../../test/support/expectations.js';
import { json, sequence } from '../../../test/support/responses.js';

// Sumsub as it answers: `{description, code, correlationId, errorCode?, errorName?}`, with
// `code` repeating the HTTP status; many errors carry no errorCode. No rate-limit headers.

const error = (status: number, description: string, extra: Record<string, unknown> = {}) =>
  json(status, { description, code: status, correlationId: 'req-5f2a9c1e7b', ...extra });

/** An applicant as Sumsub creates it (the fields that matter here). */
export const SUMSUB_APPLICANT = { id: '5b594ade0a975a36c9349e66', reviewStatus: 'init' } as const;

/** Sumsub's scenarios, served under `/sumsub/<name>`. */
export const SCENARIOS = {
  ok: json(201, SUMSUB_APPLICANT),
  /** 429 with no header at all: Sumsub documents 5-second windows. */
  'rate-limited-then-ok': sequence([error(429, 'Too many requests')], json(201, SUMSUB_APPLICANT)),
  /** 401 for a bad request signature (X-App-Access-Sig). */
  'bad-signature': error(401, 'Request signature mismatch'),
  /** 409 with errorCode 1000: the document was already uploaded (a timed-out upload landed). */
  'duplicate-document': error(409, 'Duplicate document', {
    errorCode: 1000,
    errorName: 'duplicate-document',
  }),
} as const satisfies ScenarioTable;

/**
 * What a retry loop ends with on Sumsub's scenarios: run through every client, `retry()` and
 * p-retry by `test/clients/vendors.test.ts`. Waits cost no real time.
 */
export const LOOP_CASES: readonly LoopCase[] = [
  {
    // No header, but Sumsub documents 5-second windows: the wait is that window.
    target: 'sumsub/rate-limited-then-ok',
    provider: sumsub,
    error: { category: 'rate-limit', reason: 'RATE_LIMITED' },
    stopped: undefined,
    calls: 2,
    waits: [5000],
  },
  {
    target: 'sumsub/bad-signature',
    provider: sumsub,
    error: { category: 'auth', reason: 'INVALID_SIGNATURE' },
    stopped: 'not-retryable',
    calls: 1,
    waits: [],
  },
  {
    // A timed-out upload that landed: look it up, never upload again blindly.
    target: 'sumsub/duplicate-document',
    provider: sumsub,
    error: { category: 'user-state', reason: 'DUPLICATE_DOCUMENT', code: '1000' },
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
  { description: echo, code: 400, correlationId: 'c1', errorCode: 1004 },
  { description: echo, code: 400, correlationId: 'c1' },
];
