import { docusign } from '@kyc-errors/docusign';
import type { ScenarioTable } from '../../../test/support/emulator.js';
import type { LoopCase } from '../../../test/support/expectations.js';
import { START } from '../../../test/support/expectations.js';
import { json, sequence } from '../../../test/support/responses.js';

// DocuSign eSignature as it answers: `{"errorCode", "message"}` with the account's hourly and
// burst windows on every response (X-RateLimit-Reset a Unix time, in seconds).

const HOUR = 60 * 60 * 1000;

/** The clock the hourly rows start at: 20 minutes into the emulated hour. */
export const DOCUSIGN_LOOP_START = START + 20 * 60 * 1000;

/** The top of the emulated hour after {@link DOCUSIGN_LOOP_START}, as a Unix time. */
const NEXT_HOUR_UNIX = String((Math.floor(DOCUSIGN_LOOP_START / HOUR) + 1) * (HOUR / 1000));

/** The account's windows, as every DocuSign answer carries them. */
const windows = (hourLeft: number, burstLeft: number) => ({
  'x-ratelimit-limit': '3000',
  'x-ratelimit-remaining': String(hourLeft),
  'x-ratelimit-reset': NEXT_HOUR_UNIX,
  'x-burstlimit-limit': '500',
  'x-burstlimit-remaining': String(burstLeft),
  'x-docusign-tracetoken': '5f3b7c1e-2a4d-4e8f-9b6a-0c1d2e3f4a5b',
});

/** An envelope as Envelopes:create answers (the fields that matter here). */
export const DOCUSIGN_ENVELOPE_SUMMARY = {
  envelopeId: '4b7e2f10-6c3a-4d2e-8f1b-9a0c7d5e3b21',
  uri: '/envelopes/4b7e2f10-6c3a-4d2e-8f1b-9a0c7d5e3b21',
  statusDateTime: '2026-10-21T07:20:01.0000000Z',
  status: 'sent',
} as const;

const hourly = {
  errorCode: 'HOURLY_APIINVOCATION_LIMIT_EXCEEDED',
  message:
    'The maximum number of hourly API invocations has been exceeded. The hourly limit is 3000.',
} as const;

const ok = json(201, DOCUSIGN_ENVELOPE_SUMMARY, windows(2950, 480));

/** DocuSign's scenarios, served under `/docusign/<name>`. */
export const SCENARIOS = {
  ok,
  /** The hourly limit as DocuSign sent it before its 2026 change: HTTP 400, the code decides. */
  'hourly-limit-400': json(400, hourly, windows(0, 480)),
  /** The hourly limit as DocuSign sends it since: HTTP 429. */
  'hourly-limit-429': json(429, hourly, windows(0, 480)),
  /** The 30-second burst limit once (the hour has calls left), then the envelope. */
  'burst-limit-then-ok': sequence(
    [json(429, { errorCode: 'BURST_APIINVOCATION_LIMIT_EXCEEDED', message: '' }, windows(2950, 0))],
    ok,
  ),
  /** The per-envelope polling limit, spelt as DocuSign's rules page spells it, with HTTP 400. */
  'polling-limit': json(
    400,
    { errorCode: 'Hourly_Envelope_Polling_Limit_Exceeded', message: '' },
    windows(2900, 470),
  ),
  /** 401: the integration key is unknown in this environment. */
  'partner-authentication-failed': json(
    401,
    {
      errorCode: 'PARTNER_AUTHENTICATION_FAILED',
      message:
        'The specified Integrator Key was not found or is disabled. An Integrator key was not specified.',
    },
    windows(2950, 480),
  ),
} as const satisfies ScenarioTable;

/**
 * What a retry loop ends with on DocuSign's scenarios: run through every client, `retry()` and
 * p-retry by `test/clients/vendors.test.ts`. Waits cost no real time.
 */
export const LOOP_CASES: readonly LoopCase[] = [
  {
    // 20 minutes into the hour, X-RateLimit-Reset names the top of the hour: 40 minutes, far
    // beyond a wait in process, so the call is deferred to that moment, after one request.
    target: 'docusign/hourly-limit-400',
    provider: docusign,
    error: { category: 'rate-limit', reason: 'HOURLY_API_LIMIT_EXCEEDED', httpStatus: 400 },
    stopped: 'deferred',
    calls: 1,
    waits: [],
    start: DOCUSIGN_LOOP_START,
    deferredBy: 40 * 60 * 1000,
  },
  {
    target: 'docusign/hourly-limit-429',
    provider: docusign,
    error: { category: 'rate-limit', reason: 'HOURLY_API_LIMIT_EXCEEDED', httpStatus: 429 },
    stopped: 'deferred',
    calls: 1,
    waits: [],
    start: DOCUSIGN_LOOP_START,
    deferredBy: 40 * 60 * 1000,
  },
  {
    // The burst window, 30 seconds, not the hour: waited in process, then the envelope.
    target: 'docusign/burst-limit-then-ok',
    provider: docusign,
    error: { category: 'rate-limit', reason: 'BURST_API_LIMIT_EXCEEDED' },
    stopped: undefined,
    calls: 2,
    waits: [30_000],
    start: DOCUSIGN_LOOP_START,
  },
  {
    // Per envelope, with no reset to read: the whole hour, so the call is deferred.
    target: 'docusign/polling-limit',
    provider: docusign,
    error: { category: 'rate-limit', reason: 'ENVELOPE_POLLING_LIMIT_EXCEEDED', httpStatus: 400 },
    stopped: 'deferred',
    calls: 1,
    waits: [],
    start: DOCUSIGN_LOOP_START,
    deferredBy: HOUR,
  },
  {
    target: 'docusign/partner-authentication-failed',
    provider: docusign,
    error: { category: 'auth', reason: 'INTEGRATION_KEY_REJECTED' },
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
  { errorCode: 'INVALID_REQUEST_PARAMETER', message: echo },
  { errorCode: 'UNSPECIFIED_ERROR', message: echo },
  { newUsers: [], errorDetails: { errorCode: 'USER_ALREADY_EXISTS_IN_ACCOUNT', message: echo } },
];
