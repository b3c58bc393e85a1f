import { MAX_RETRY_AFTER_MS } from '@kyc-errors/core';
import { defineProvider } from '@kyc-errors/core/provider-kit';
import { PERSONA_CATALOG } from './codes.js';
import { PERSONA_EVENTS } from './events.js';
import { PERSONA_MESSAGES } from './messages.js';
import { readError, readOutcome } from './read.js';
import {
  PERSONA_CODE,
  PERSONA_REQUEST_ID,
  PERSONA_SENSITIVE_KEYS,
  PERSONA_STATUSES,
} from './rules.js';
import { PERSONA_TAGS } from './tags.js';

const SECONDS = /^\s{0,8}(\d{1,12})\s{0,8}$/;
const INTEGER = /^\s{0,8}(-?\d{1,12})\s{0,8}$/;

/**
 * The wait Persona announces in its headers, in milliseconds: the longer of the two windows
 * that is spent. `RateLimit-Reset` is "the number of seconds until the current rate limit
 * window resets" (RL-API), a count down, not a timestamp; it comes on every authenticated
 * answer, so it is a wait only when the window is used up: `RateLimit-Remaining` is 0 (or
 * absent, or unreadable). The product quota has its own `Quota-Limit`, `Quota-Remaining`
 * and `Quota-Reset` (the OAS api-log response headers; seconds until it resets, per RL), sent
 * only on the calls a quota counts: its wait applies only when `Quota-Remaining` says 0, so
 * a spent quota waits even while the rate window has requests left. Core uses the wait only
 * when there is no `Retry-After` and only for a retryable failure (a 429, or a 5xx sent with
 * a window exhausted, when the next call would be throttled anyway).
 *
 * @example
 * ```ts
 * rateLimitWait((name) => ({ 'ratelimit-remaining': '0', 'ratelimit-reset': '23' })[name]); // 23000
 * rateLimitWait((name) => ({ 'ratelimit-remaining': '250', 'quota-remaining': '0', 'quota-reset': '31' })[name]); // 31000
 * ```
 */
export function rateLimitWait(header: (name: string) => string | undefined): number | undefined {
  const rate = windowWait(header('ratelimit-reset'), header('ratelimit-remaining'), true);
  const quota = windowWait(header('quota-reset'), header('quota-remaining'), false);
  if (rate === undefined) return quota;
  return quota === undefined ? rate : Math.max(rate, quota);
}

/**
 * The seconds of `reset` as a wait, when `remaining` says the window is spent. A window
 * whose remaining count is missing or unreadable counts as spent only if `spentIfUnknown`.
 */
function windowWait(
  reset: string | undefined,
  remaining: string | undefined,
  spentIfUnknown: boolean,
): number | undefined {
  const seconds = reset === undefined ? null : SECONDS.exec(reset);
  if (seconds === null) return undefined;
  const left = remaining === undefined ? null : INTEGER.exec(remaining);
  const spent = left === null ? spentIfUnknown : Number(left[1]) <= 0;
  return spent ? Math.min(Number(seconds[1]) * 1000, MAX_RETRY_AFTER_MS) : undefined;
}

/**
 * The Persona provider: REST API failures (JSON:API `errors`, decided by HTTP status and
 * title/details), the rate-limit wait from `RateLimit-Reset`, and inquiry and verification
 * statuses and webhook events read into `Outcome`s.
 *
 * @example
 * ```ts
 * import { normalize } from '@kyc-errors/core';
 * import { persona } from '@kyc-errors/persona';
 *
 * const error = normalize(persona, {
 *   status: 429,
 *   headers: { 'RateLimit-Remaining': '0', 'RateLimit-Reset': '23' },
 *   body: '{"errors":[{"title":"Rate limit exceeded"}]}',
 * });
 * error.reason; // 'RATE_LIMITED'
 * error.retry.afterMs; // 23000
 *
 * persona.outcome({ data: { type: 'inquiry', attributes: { status: 'completed' } } });
 * // ok({ code: 'inquiry:completed', verdict: 'provisional', final: false, … })
 * ```
 */
export const persona = defineProvider({
  id: 'persona',
  name: 'Persona',
  docsUrl: 'https://docs.withpersona.com/errors',
  catalog: PERSONA_CATALOG,
  codePattern: PERSONA_CODE,
  read: readError,
  messages: PERSONA_MESSAGES,
  statuses: PERSONA_STATUSES,
  sensitiveKeys: PERSONA_SENSITIVE_KEYS,
  tags: PERSONA_TAGS,
  readOutcome,
  events: PERSONA_EVENTS,
  waitFromHeaders: rateLimitWait,
  requestId: PERSONA_REQUEST_ID,
});
