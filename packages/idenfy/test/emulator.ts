import type { ScenarioTable } from '../../../test/support/emulator.js';
import type { LoopCase } from '../../../test/support/expectations.js';
import { json, sequence } from '../../../test/support/responses.js';

// iDenfy as it answers: `{"identifier": "...", "message": "..."}`, or only a message on the
// token endpoint's authentication errors.

/** The throttling message iDenfy sends with TOO_MANY_REQUESTS. */
export const IDENFY_THROTTLED_MESSAGE = 'Request limit reached.';

/** The out-of-credits message, which also comes as TOO_MANY_REQUESTS with 429. */
export const IDENFY_TOKEN_LIMIT_MESSAGE = 'Partner reached token limit';

/** A created verification token (the fields that matter here). */
export const IDENFY_TOKEN = {
  authToken: 'GzPRWhoXXtAyg7KiNPdmXJKSTCiIwqA7UjYvvtBK',
  scanRef: '7d3ef6a2-0b43-11ef-9a3b-0242ac120002',
  clientId: 'client-emulated-1',
  expiryTime: 3600,
  sessionLength: 600,
  tokenType: 'IDENTIFICATION',
} as const;

const throttled = (retryAfter: string) =>
  json(
    429,
    { identifier: 'TOO_MANY_REQUESTS', message: IDENFY_THROTTLED_MESSAGE },
    { 'retry-after': retryAfter },
  );

/** iDenfy's scenarios, served under `/idenfy/<name>`. */
export const SCENARIOS = {
  ok: json(201, IDENFY_TOKEN),
  /** 429 TOO_MANY_REQUESTS, throttling (`Retry-After: 2`), for ever. */
  throttled: throttled('2'),
  /** 429 TOO_MANY_REQUESTS, throttling (`Retry-After: 1`) once, then a token. */
  'throttled-then-ok': sequence([throttled('1')], json(201, IDENFY_TOKEN)),
  /** 429 TOO_MANY_REQUESTS "Partner reached token limit": out of credits, not a rate limit. */
  'token-limit': json(429, {
    identifier: 'TOO_MANY_REQUESTS',
    message: IDENFY_TOKEN_LIMIT_MESSAGE,
  }),
  /** 401 on the token endpoint: a message, no identifier. */
  unauthorized: json(401, { message: 'Invalid authorization credentials' }),
} as const satisfies ScenarioTable;

/**
 * iDenfy's rows for `test/clients/vendors.test.ts`: none of its own, as iDenfy is one of the
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
  { identifier: 'BAD_VALUE', message: echo },
  { message: echo },
];
