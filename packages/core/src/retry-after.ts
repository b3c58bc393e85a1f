/** The longest wait we believe from a `Retry-After` header: one year. Longer is garbage. */
export const MAX_RETRY_AFTER_MS = 365 * 24 * 60 * 60 * 1000;

const DELTA_SECONDS = /^\s*(\d{1,12})\s*$/;
// IMF-fixdate and the two obsolete forms all start with a letter; digits-only is delta.
const HTTP_DATE = /^\s*[A-Za-z]{3,9},?\s/;
const ZONE = /GMT|UTC/i;

/**
 * Parses a `Retry-After` value (delta-seconds or an HTTP-date) into milliseconds from `now`.
 * Returns `undefined` for anything malformed, negative or beyond {@link MAX_RETRY_AFTER_MS};
 * a date in the past means "now" (`0`).
 *
 * @example
 * ```ts
 * parseRetryAfter('120'); // 120000
 * parseRetryAfter('Wed, 21 Oct 2015 07:28:00 GMT', () => Date.parse('2015-10-21T07:27:00Z')); // 60000
 * parseRetryAfter('-5'); // undefined
 * ```
 */
export function parseRetryAfter(
  value: string | undefined,
  now: () => number = Date.now,
): number | undefined {
  if (value === undefined || value.length > 64) return undefined;
  const delta = DELTA_SECONDS.exec(value);
  if (delta !== null) {
    const ms = Number(delta[1]) * 1000;
    return ms <= MAX_RETRY_AFTER_MS ? ms : undefined;
  }
  if (!HTTP_DATE.test(value)) return undefined;
  // HTTP-dates are always GMT; asctime() carries no zone and would otherwise parse as local.
  const at = Date.parse(ZONE.test(value) ? value : `${value} GMT`);
  if (Number.isNaN(at)) return undefined;
  const ms = at - now();
  if (!Number.isFinite(ms)) return undefined;
  if (ms <= 0) return 0;
  return ms <= MAX_RETRY_AFTER_MS ? Math.ceil(ms) : undefined;
}

/** @internal Every pattern this module runs on untrusted text, for the ReDoS check in the tests. */
export const PATTERNS: readonly RegExp[] = [DELTA_SECONDS, HTTP_DATE, ZONE];
