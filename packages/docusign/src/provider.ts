import { defineProvider } from '@kyc-errors/core/provider-kit';
import { DOCUSIGN_CATALOG } from './codes.js';
import { DOCUSIGN_EVENTS } from './events.js';
import { DOCUSIGN_BURST_WINDOW_MS, DOCUSIGN_HOUR_MS } from './limits.js';
import { DOCUSIGN_CODE, readError, readOutcome } from './read.js';
import {
  DOCUSIGN_MESSAGES,
  DOCUSIGN_REQUEST_ID,
  DOCUSIGN_SENSITIVE_KEYS,
  DOCUSIGN_STATUSES,
  DOCUSIGN_VOCABULARY,
} from './rules.js';

const INTEGER = /^\s{0,8}-?\d{1,15}\s{0,8}$/;

// A Unix time in seconds of this century: anything smaller is not a moment (a count of
// seconds to wait would be), anything larger is milliseconds or noise.
const MIN_UNIX_SECONDS = 1_000_000_000;
const MAX_UNIX_SECONDS = 9_999_999_999;

// `test`, then `Number` of the whole value: Number trims the same white space `\s` matches,
// and no match array is made for every header read.
const integer = (value: string | undefined): number | undefined =>
  value !== undefined && INTEGER.test(value) ? Number(value) : undefined;

/** The time left until the next top of the hour, from `now` (epoch ms). */
const toTopOfHour = (now: number): number =>
  DOCUSIGN_HOUR_MS - (((now % DOCUSIGN_HOUR_MS) + DOCUSIGN_HOUR_MS) % DOCUSIGN_HOUR_MS);

/**
 * The wait DocuSign's headers announce, in milliseconds, read against `now` (the
 * normalization's clock). Every response carries the account's hourly window
 * (`X-RateLimit-Limit`, `-Remaining`, `-Reset`) and 30-second burst window
 * (`X-BurstLimit-Limit`, `-Remaining`) (PRL); a window counts only when its remaining count
 * says 0, so a 503 sent with calls left waits nothing extra.
 *
 * - The hour spent: until `X-RateLimit-Reset`, which is **a Unix time** ("the timestamp when
 *   the rate limit will reset", PRL; "Unix timestamp", DocuSign's blog on headers), never a
 *   number of seconds to wait. A value that is no Unix time of this century (`1800`) is not
 *   read as a wait; then, and without the header, the wait runs to the top of the next hour,
 *   when DocuSign refreshes the window (RL). Never longer than an hour: that is the window.
 *   A wait of minutes is beyond what a retry loop spends in process, so it defers.
 * - The burst spent (and the hour not): the 30-second window, seconds, not the hour.
 *
 * @example
 * ```ts
 * const now = () => Date.parse('2026-10-21T07:20:00Z');
 * docusignRateLimitWait((name) => ({ 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '1792569600' })[name], now); // 2400000
 * docusignRateLimitWait((name) => ({ 'x-ratelimit-remaining': '2950', 'x-burstlimit-remaining': '0' })[name], now); // 30000
 * ```
 */
export function docusignRateLimitWait(
  header: (name: string) => string | undefined,
  now: () => number,
): number | undefined {
  const hourLeft = integer(header('x-ratelimit-remaining'));
  if (hourLeft !== undefined && hourLeft <= 0) {
    const at = now();
    const reset = integer(header('x-ratelimit-reset'));
    const wait =
      reset !== undefined && reset >= MIN_UNIX_SECONDS && reset <= MAX_UNIX_SECONDS
        ? Math.max(0, reset * 1000 - at)
        : toTopOfHour(at);
    return Math.min(wait, DOCUSIGN_HOUR_MS);
  }
  const burstLeft = integer(header('x-burstlimit-remaining'));
  return burstLeft !== undefined && burstLeft <= 0 ? DOCUSIGN_BURST_WINDOW_MS : undefined;
}

/**
 * The DocuSign eSignature provider: REST API failures (`errorDetails {errorCode, message}`,
 * decided by the code whatever the HTTP status), the hourly and burst limits with their waits,
 * and envelope statuses and Connect messages read into `Outcome`s and events.
 *
 * @example
 * ```ts
 * import { normalize } from '@kyc-errors/core';
 * import { docusign } from '@kyc-errors/docusign';
 *
 * const error = normalize(docusign, {
 *   status: 400,
 *   headers: { 'X-RateLimit-Remaining': '0', 'X-RateLimit-Reset': '1792569600' },
 *   body: '{"errorCode":"HOURLY_APIINVOCATION_LIMIT_EXCEEDED","message":"The maximum number of hourly API invocations has been exceeded."}',
 * }, { now: () => Date.parse('2026-10-21T07:20:00Z') });
 * error.category; // 'rate-limit'
 * error.retry.afterMs; // 2400000: the top of the hour, so a retry loop defers
 *
 * docusign.outcome({ envelopeId: '4b7e…', status: 'voided', voidedReason: 'Envelope has expired.' });
 * // ok({ code: 'envelope:voided', verdict: 'rejected', reason: 'ENVELOPE_EXPIRED', final: true, … })
 * ```
 */
export const docusign = defineProvider({
  id: 'docusign',
  name: 'DocuSign eSignature',
  docsUrl: 'https://developers.docusign.com/docs/esign-rest-api/esign101/error-codes/',
  catalog: DOCUSIGN_CATALOG,
  codePattern: DOCUSIGN_CODE,
  read: readError,
  messages: DOCUSIGN_MESSAGES,
  statuses: DOCUSIGN_STATUSES,
  vocabulary: DOCUSIGN_VOCABULARY,
  sensitiveKeys: DOCUSIGN_SENSITIVE_KEYS,
  readOutcome,
  events: DOCUSIGN_EVENTS,
  waitFromHeaders: docusignRateLimitWait,
  requestId: DOCUSIGN_REQUEST_ID,
});
