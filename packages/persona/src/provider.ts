import { MAX_RETRY_AFTER_MS } from '@kyc-errors/core';
import { defineProvider } from '@kyc-errors/core/provider-kit';
import { PERSONA_CATALOG } from './codes.js';
import { PERSONA_EVENTS } from './events.js';
import { readError, readOutcome } from './read.js';
import {
  PERSONA_CODE,
  PERSONA_MESSAGES,
  PERSONA_SENSITIVE_KEYS,
  PERSONA_STATUSES,
} from './rules.js';
import { PERSONA_TAGS } from './tags.js';

const SECONDS = /^\s{0,8}(\d{1,12})\s{0,8}$/;
const INTEGER = /^\s{0,8}(-?\d{1,12})\s{0,8}$/;

/**
 * The wait Persona announces in its rate-limit headers, in milliseconds. `RateLimit-Reset`
 * is "the number of seconds until the current rate limit window resets" (RL-API), a count
 * down, not a timestamp. It comes on every authenticated answer, so it is a wait only when
 * the window is used up: `RateLimit-Remaining` is 0 (or absent, or unreadable). Core uses
 * it only when there is no `Retry-After` and only for a retryable failure (a 429, or a 5xx
 * sent with the window exhausted, when the next call would be throttled anyway).
 * `Quota-Reset` is not read: Persona does not say in what unit it counts.
 *
 * @example
 * ```ts
 * rateLimitWait((name) => ({ 'ratelimit-remaining': '0', 'ratelimit-reset': '23' })[name]); // 23000
 * ```
 */
export function rateLimitWait(header: (name: string) => string | undefined): number | undefined {
  const reset = header('ratelimit-reset');
  const seconds = reset === undefined ? null : SECONDS.exec(reset);
  if (seconds === null) return undefined;
  const remaining = header('ratelimit-remaining');
  const left = remaining === undefined ? null : INTEGER.exec(remaining);
  if (left !== null && Number(left[1]) > 0) return undefined;
  return Math.min(Number(seconds[1]) * 1000, MAX_RETRY_AFTER_MS);
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
});
