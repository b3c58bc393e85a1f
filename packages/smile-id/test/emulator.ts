import type { ScenarioTable } from '../../../test/support/emulator.js';
import type { LoopCase } from '../../../test/support/expectations.js';
import { html, json, sequence } from '../../../test/support/responses.js';

// Smile ID v1 REST as it answers: `{"code": "...", "error": "..."}` with the HTTP status
// its docs give, HTML from the gateway in front of it, and a job_status on success.

/** The HTTP-date one `Retry-After` is sent as; tests set their clock a few seconds before it. */
export const SMILE_ID_RETRY_AT = 'Wed, 21 Oct 2026 07:28:00 GMT';

/** A date so far ahead that no process should wait for it: the work must be requeued. */
export const FAR_FUTURE_RETRY_AT = 'Fri, 01 Jan 2100 00:00:00 GMT';

/** The HTML page the gateway answers an unhandled failure with. */
export const SMILE_ID_HTML_500 = `<!DOCTYPE html>
<html>
<head><title>500 Internal Server Error</title></head>
<body>
<center><h1>500 Internal Server Error</h1></center>
<hr><center>nginx</center>
</body>
</html>
`;

/** A job_status answer for a job done: HTTP 200, code 2302. */
export const SMILE_ID_JOB_STATUS = {
  timestamp: '2026-10-21T07:27:55.193Z',
  signature: '5445722f5af1791eb434949cce9a88dd321e5959fd24a8562ecb12bb00c33fe',
  job_complete: true,
  job_success: true,
  code: '2302',
  result: {
    ResultCode: '1012',
    ResultText: 'ID Validated',
    SmileJobID: '0000001897',
    PartnerParams: { job_id: 'job-emulated-1', user_id: 'user-emulated-1', job_type: 5 },
  },
} as const;

const rateLimited = { status: 'Too Many Requests', message: 'Rate limit exceeded' } as const;

const ok = json(200, SMILE_ID_JOB_STATUS);

/** Smile ID's scenarios, served under `/smile-id/<name>`. */
export const SCENARIOS = {
  ok,
  /** 2205 with 401: the signature does not match the partner's API key. */
  'not-authorized': json(401, { code: '2205', error: 'You are not authorized to do that' }),
  /** 2215 with 400: a job with this job_id exists (often a resubmission after a lost answer). */
  'job-exists': json(400, { code: '2215', error: 'Job already exists' }),
  /** The gateway's HTML 500 page: no vendor code at all. */
  'html-500': html(500, SMILE_ID_HTML_500),
  /** 429 with `Retry-After` in seconds, for ever. */
  'rate-limited-seconds': json(429, rateLimited, { 'retry-after': '3' }),
  /** 429 with `Retry-After` as an HTTP-date ({@link SMILE_ID_RETRY_AT}), for ever. */
  'rate-limited-date': json(429, rateLimited, { 'retry-after': SMILE_ID_RETRY_AT }),
  /** 429 with `Retry-After` sent twice (two header lines, which `Headers` joins as "2, 2"). */
  'rate-limited-twice': json(429, rateLimited, { 'retry-after': ['2', '2'] }),
  /** 429 with a `Retry-After` date in 2100: wait too long to hold a worker, so defer. */
  'rate-limited-far': json(429, rateLimited, { 'retry-after': FAR_FUTURE_RETRY_AT }),
  /** 429 (`Retry-After: 1`) once, then the job status. */
  'rate-limited-then-ok': sequence([json(429, rateLimited, { 'retry-after': '1' })], ok),
  /** 503 from the gateway once, then the job status. */
  'unavailable-then-ok': sequence([json(503, { message: 'Service Unavailable' })], ok),
  /** 503 twice, then the job status. */
  'unavailable-twice-then-ok': sequence(
    [json(503, { message: 'Service Unavailable' }), json(503, { message: 'Service Unavailable' })],
    ok,
  ),
  /** 503 for ever. */
  unavailable: json(503, { message: 'Service Unavailable' }),
} as const satisfies ScenarioTable;

/**
 * Smile ID's rows for `test/clients/vendors.test.ts`: none of its own, as Smile ID is one of the
 * vendors of the client-by-scenario table (`test/support/expectations.ts`), which runs every
 * loop, cockatiel included, over its scenarios.
 */
export const LOOP_CASES: readonly LoopCase[] = [];

/**
 * This vendor's error bodies carrying `echo` as their message, as it sends them: where the
 * cross-vendor privacy and cost properties (packages/kyc-errors/test/promises-*.test.ts)
 * plant their text.
 */
export const TEXT_BODIES = (echo: string): readonly Readonly<Record<string, unknown>>[] => [
  { code: '2413', error: echo },
  { status: 'Bad Request', message: echo },
];
