/**
 * The longest wait we carry from a `Retry-After` header: one year. A longer delta, or a
 * date further off, is clamped to it rather than dropped: the vendor asked for a long wait,
 * and a retry loop must defer (or give up), not retry within a second.
 */
export const MAX_RETRY_AFTER_MS = 365 * 24 * 60 * 60 * 1000;

const DELTA_SECONDS = /^\d{1,32}$/;
// IMF-fixdate and the two obsolete forms all start with a day name; digits-only is delta.
const HTTP_DATE = /^[A-Za-z]{3,9},?\s/;
const ZONE = /GMT|UTC/i;
// A duplicated header, joined by `Headers` (`"30, 30"`); a date has one comma after its day.
const LIST = /,\s*(?=\d+\s*$|[A-Za-z]{3,9},)/;

/**
 * Parses a `Retry-After` value (delta-seconds or an HTTP-date) into milliseconds from `now`.
 * A duplicated header joined with a comma (`"30, 30"`) counts once; waits beyond
 * {@link MAX_RETRY_AFTER_MS} are clamped to it; a date in the past means "now" (`0`);
 * anything malformed or negative is `undefined`.
 *
 * @example
 * ```ts
 * parseRetryAfter('120'); // 120000
 * parseRetryAfter('30, 30'); // 30000
 * parseRetryAfter('Wed, 21 Oct 2015 07:28:00 GMT', () => Date.parse('2015-10-21T07:27:00Z')); // 60000
 * parseRetryAfter('-5'); // undefined
 * ```
 */
export function parseRetryAfter(
  value: string | undefined,
  now: () => number = Date.now,
): number | undefined {
  if (typeof value !== 'string' || value.length > 256) return undefined;
  const seconds = digitsOnly(value);
  if (seconds !== undefined) return Math.min(seconds * 1000, MAX_RETRY_AFTER_MS);
  if (!LIST.test(value)) return parseOne(value.trim(), now);
  let longest: number | undefined;
  for (const part of value.split(LIST)) {
    const ms = parseOne(part.trim(), now);
    if (ms !== undefined && (longest === undefined || ms > longest)) longest = ms;
  }
  return longest;
}

/** The common case, `"30"`, without a regex: the number, or `undefined` if not all digits. */
function digitsOnly(value: string): number | undefined {
  if (value.length === 0 || value.length > 32) return undefined;
  let n = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i) - 0x30;
    if (c < 0 || c > 9) return undefined;
    n = n * 10 + c;
  }
  return n;
}

function parseOne(value: string, now: () => number): number | undefined {
  if (DELTA_SECONDS.test(value)) return Math.min(Number(value) * 1000, MAX_RETRY_AFTER_MS);
  if (!HTTP_DATE.test(value)) return undefined;
  // HTTP-dates are always GMT; asctime() carries no zone and would otherwise parse as local.
  const at = Date.parse(ZONE.test(value) ? value : `${value} GMT`);
  if (Number.isNaN(at)) return undefined;
  const ms = at - now();
  if (Number.isNaN(ms)) return undefined;
  if (ms <= 0) return 0;
  return Math.min(Math.ceil(ms), MAX_RETRY_AFTER_MS);
}

/** @internal Every pattern this module runs on untrusted text, checked by scripts/check-redos.mjs. */
export const PATTERNS: readonly RegExp[] = [DELTA_SECONDS, HTTP_DATE, ZONE, LIST];
