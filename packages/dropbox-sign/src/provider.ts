import { MAX_RETRY_AFTER_MS } from '@kyc-errors/core';
import { defineProvider } from '@kyc-errors/core/provider-kit';
import { DROPBOX_SIGN_CATALOG } from './codes.js';
import { DROPBOX_SIGN_EVENTS } from './events.js';
import { readError, readOutcome } from './read.js';
import {
  DROPBOX_SIGN_CODE,
  DROPBOX_SIGN_MESSAGES,
  DROPBOX_SIGN_SENSITIVE_KEYS,
  DROPBOX_SIGN_STATUSES,
} from './rules.js';

const UNIX_SECONDS = /^\s{0,8}(\d{1,12})\s{0,8}$/;
const INTEGER = /^\s{0,8}(-?\d{1,12})\s{0,8}$/;

/**
 * The wait Dropbox Sign announces, in milliseconds: until `X-Ratelimit-Reset`, "the Unix time
 * at which the rate limit will reset" (openapi.yaml `components.headers`), read against the
 * call's clock. It is a moment, not a number of seconds, and it comes on every answer, so it
 * is a wait only when the window is spent: `X-RateLimit-Remaining` is 0 (or absent, or
 * unreadable). A moment already past is no wait (0). The limits are per minute (100 a minute,
 * 25 on high-tier endpoints, 10 in test mode), so the wait is normally under a minute. Core
 * uses it only when there is no `Retry-After`, and only for a failure worth retrying.
 *
 * @example
 * ```ts
 * const now = () => 1_700_000_000_000;
 * const headers = { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '1700000042' };
 * dropboxSignWait((name) => headers[name as keyof typeof headers], now); // 42000
 * ```
 */
export function dropboxSignWait(
  header: (name: string) => string | undefined,
  now: () => number,
): number | undefined {
  const reset = header('x-ratelimit-reset');
  const at = reset === undefined ? null : UNIX_SECONDS.exec(reset);
  if (at === null) return undefined;
  const remaining = header('x-ratelimit-remaining');
  const left = remaining === undefined ? null : INTEGER.exec(remaining);
  if (left !== null && Number(left[1]) > 0) return undefined;
  const ms = Number(at[1]) * 1000 - now();
  if (Number.isNaN(ms)) return undefined;
  return ms <= 0 ? 0 : Math.min(ms, MAX_RETRY_AFTER_MS);
}

/**
 * The Dropbox Sign (formerly HelloSign) provider: API errors by `error_name`, the wait until
 * `X-Ratelimit-Reset`, callback events, and signature-request outcomes read into `Outcome`s
 * (every signer signed: approved; declined, canceled or expired: rejected and final).
 *
 * @example
 * ```ts
 * import { normalize } from '@kyc-errors/core';
 * import { dropboxSign } from '@kyc-errors/dropbox-sign';
 *
 * const error = normalize(
 *   dropboxSign,
 *   {
 *     status: 429,
 *     headers: { 'X-RateLimit-Remaining': '0', 'X-Ratelimit-Reset': '1700000042' },
 *     body: '{"error":{"error_msg":"Too many requests.","error_name":"exceeded_rate"}}',
 *   },
 *   { now: () => 1_700_000_000_000 },
 * );
 * error.reason; // 'RATE_LIMITED'
 * error.retry.afterMs; // 42000
 *
 * dropboxSign.outcome({ event: { event_type: 'signature_request_all_signed' } });
 * // ok({ code: 'signature_request_all_signed', verdict: 'approved', final: true, … })
 * ```
 */
export const dropboxSign = defineProvider({
  id: 'dropbox-sign',
  name: 'Dropbox Sign',
  docsUrl: 'https://developers.hellosign.com/api/reference/warnings-and-errors/',
  catalog: DROPBOX_SIGN_CATALOG,
  codePattern: DROPBOX_SIGN_CODE,
  read: readError,
  messages: DROPBOX_SIGN_MESSAGES,
  statuses: DROPBOX_SIGN_STATUSES,
  sensitiveKeys: DROPBOX_SIGN_SENSITIVE_KEYS,
  readOutcome,
  events: DROPBOX_SIGN_EVENTS,
  waitFromHeaders: dropboxSignWait,
});
