import { persona } from '@kyc-errors/persona';
import type { ScenarioTable } from '../../../test/support/emulator.js';
import type { LoopCase } from '../../../test/support/expectations.js';
import { json, sequence } from '../../../test/support/responses.js';

// Persona as it answers: JSON:API `{"errors": [{"title", "details"}]}`, decided by the HTTP
// status, and RateLimit-* headers on every response (RateLimit-Reset in seconds).

const limits = (remaining: number, reset: number) => ({
  'ratelimit-limit': '300',
  'ratelimit-remaining': String(remaining),
  'ratelimit-reset': String(reset),
});

/** An inquiry as Persona creates it (the fields that matter here). */
export const PERSONA_INQUIRY = {
  data: { type: 'inquiry', id: 'inq_2CwN6Ve4MGtCUWsQ6wRsUvXn', attributes: { status: 'created' } },
} as const;

/** Persona's scenarios, served under `/persona/<name>`. */
export const SCENARIOS = {
  ok: json(201, PERSONA_INQUIRY, limits(299, 60)),
  /** 429 with RateLimit-Remaining 0 and RateLimit-Reset 2 (no Retry-After), then an inquiry. */
  'rate-limited-then-ok': sequence(
    [json(429, { errors: [{ title: 'Rate limit exceeded' }] }, limits(0, 2))],
    json(201, PERSONA_INQUIRY, limits(299, 60)),
  ),
  /** 401: a missing or wrong API key. */
  unauthorized: json(
    401,
    { errors: [{ title: 'Unauthorized', details: 'Invalid API key' }] },
    limits(299, 60),
  ),
} as const satisfies ScenarioTable;

/**
 * What a retry loop ends with on Persona's scenarios: run through every client, `retry()` and
 * p-retry by `test/clients/vendors.test.ts`. Waits cost no real time.
 */
export const LOOP_CASES: readonly LoopCase[] = [
  {
    // RateLimit-Reset (seconds) with RateLimit-Remaining 0 is the wait: no Retry-After needed.
    target: 'persona/rate-limited-then-ok',
    provider: persona,
    error: { category: 'rate-limit', reason: 'RATE_LIMITED' },
    stopped: undefined,
    calls: 2,
    waits: [2000],
  },
  {
    target: 'persona/unauthorized',
    provider: persona,
    error: { category: 'auth', reason: 'MISSING_OR_INVALID_API_KEY' },
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
  { errors: [{ title: 'Bad request', details: echo }] },
];
