import type { Category, Delivery, KycError, MatchedBy, RetryAction } from '@kyc-errors/core';
import {
  actionLabel,
  categoryLabel,
  codeLabel,
  deliveryLabel,
  fieldLabel,
  matchedByLabel,
  millisLabel,
  providerLabel,
  reasonLabel,
  statusLabel,
} from './internal/grammar.js';

/** The longest text (our message or remedy, a vendor message) a safe view keeps. */
export const MAX_TEXT = 2048;

/**
 * The fields of a {@link KycError} that may go to a log line or an error tracker, checked and
 * copied into a new plain object. Never `raw`; `vendorMessage` only when asked for.
 */
export interface SafeKycError {
  /** The provider id, or `_OTHER` when it is not shaped like one. */
  readonly provider: string;
  /** The vendor's catalog code, or `null`. */
  readonly code: string | null;
  /** The taxonomy bucket. */
  readonly category: Category;
  /** The stable UPPER_SNAKE_CASE reason, or `_OTHER`. */
  readonly reason: string;
  /** Our one-line explanation (catalog text). */
  readonly message: string;
  /** What to do about it (catalog text). */
  readonly remedy: string;
  /** The retry advice, without its `caution` prose. */
  readonly retry: {
    readonly retryable: boolean;
    readonly action: RetryAction;
    readonly afterMs?: number;
  };
  /** Whether the vendor may have acted on the request. */
  readonly delivery: Delivery;
  /** Which step recognised the failure. */
  readonly matchedBy: MatchedBy;
  /** The HTTP status, when there was a response. */
  readonly httpStatus?: number;
  /** The request field at fault, when the vendor named one that looks like a field name. */
  readonly field?: string;
  /** With `matchedBy: 'family'`: the documented code whose meaning was borrowed. */
  readonly inferredFrom?: string;
  /** The vendor's redacted message: only with `vendorMessage: true`. */
  readonly vendorMessage?: string;
}

/** What {@link safeKycError} may add beyond the default fields. */
export interface SafeKycErrorOptions {
  /**
   * `true` adds the vendor's message. Core keeps only words of a fixed vocabulary in it, but
   * it is still the vendor's text, not ours (see the README's Privacy section). Default `false`.
   */
  readonly vendorMessage?: boolean | undefined;
}

/**
 * The fields of `error` that are safe to write out, each checked against its grammar or its
 * closed set and copied: our text, the labels and the advice. `raw` never; `vendorMessage`
 * only with `{ vendorMessage: true }`. A value that does not fit its grammar is left out (or
 * becomes `_OTHER`, `unknown`, `investigate`), so a look-alike object cannot smuggle text
 * through a label. Reads each field once; throws only if a getter of `error` does.
 *
 * @example
 * ```ts
 * import { safeKycError } from '@kyc-errors/observe';
 *
 * logger.warn({ kyc: safeKycError(error) }, 'vendor call failed');
 * ```
 */
export function safeKycError(error: KycError, options: SafeKycErrorOptions = {}): SafeKycError {
  const retry = error.retry as Partial<KycError['retry']> | null | undefined;
  const advice: { retryable: boolean; action: RetryAction; afterMs?: number } = {
    retryable: retry?.retryable === true,
    action: actionLabel(retry?.action),
  };
  const afterMs = millisLabel(retry?.afterMs);
  if (afterMs !== undefined) advice.afterMs = afterMs;
  const out: { -readonly [K in keyof SafeKycError]: SafeKycError[K] } = {
    provider: providerLabel(error.provider),
    code: codeLabel(error.code),
    category: categoryLabel(error.category),
    reason: reasonLabel(error.reason),
    message: textOf(error.message),
    remedy: textOf(error.remedy),
    retry: advice,
    delivery: deliveryLabel(error.delivery),
    matchedBy: matchedByLabel(error.matchedBy),
  };
  const status = statusLabel(error.httpStatus);
  if (status !== undefined) out.httpStatus = status;
  const field = fieldLabel(error.field);
  if (field !== undefined) out.field = field;
  const inferredFrom = codeLabel(error.inferredFrom);
  if (inferredFrom !== null) out.inferredFrom = inferredFrom;
  if (options.vendorMessage === true && typeof error.vendorMessage === 'string') {
    out.vendorMessage = textOf(error.vendorMessage);
  }
  return out;
}

/** A string of at most {@link MAX_TEXT} characters; a cut one is copied, not a slice of the original. */
function textOf(value: unknown): string {
  if (typeof value !== 'string') return '';
  return value.length > MAX_TEXT ? [...value.slice(0, MAX_TEXT)].join('') : value;
}
