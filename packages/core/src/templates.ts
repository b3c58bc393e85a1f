import { type Advice, ruleAdvice } from './advice.js';
import { madeResult } from './brand.js';
import { type StatusRule, UNRECOGNIZED_RULE } from './http-status.js';
import type { KycError, MatchedBy } from './kyc-error.js';

/** What varies per failure; the rest of a KycError is its {@link Advice}. */
export interface Details {
  httpStatus?: number | undefined;
  field?: string | undefined;
  vendorMessage?: string | undefined;
  inferredFrom?: string | undefined;
  raw?: unknown;
  afterMs?: number | undefined;
  requestId?: string | undefined;
}

/** Assembles a KycError from its advice; optional fields are left out, not set to undefined. */
export function buildError(
  provider: string,
  code: string | null,
  t: Advice,
  matchedBy: MatchedBy,
  d: Details,
): KycError {
  let retry = t.retry;
  if (d.afterMs !== undefined && retry.retryable) {
    const floor = retry.afterMs === undefined ? d.afterMs : Math.max(retry.afterMs, d.afterMs);
    retry = Object.freeze({ ...retry, afterMs: floor });
  }
  // A result of ours (see brand.ts): the fields in the same order as a literal would have.
  const e = madeResult<{ -readonly [K in keyof KycError]: KycError[K] }>();
  e.provider = provider;
  e.code = code;
  e.category = t.category;
  e.reason = t.reason;
  e.message = t.message;
  e.remedy = t.remedy;
  e.retry = retry;
  e.delivery = t.delivery;
  e.matchedBy = matchedBy;
  if (d.httpStatus !== undefined) e.httpStatus = d.httpStatus;
  const field = d.field ?? t.field;
  if (field !== undefined) e.field = field;
  if (d.vendorMessage !== undefined) e.vendorMessage = d.vendorMessage;
  if (d.inferredFrom !== undefined) e.inferredFrom = d.inferredFrom;
  if (d.raw !== undefined) e.raw = d.raw;
  if (d.requestId !== undefined) e.requestId = d.requestId;
  return e;
}

/**
 * Builds a {@link KycError} from a rule of one's own (an adapter's "never attempted", a
 * vendor package's fixed answer), with the category's default advice filled in.
 *
 * @example
 * ```ts
 * ruleError('acme', { category: 'unknown', reason: 'NOT_ATTEMPTED', message: '…', remedy: '…' });
 * ```
 */
export function ruleError(
  provider: string,
  rule: StatusRule,
  details: { readonly matchedBy?: MatchedBy; readonly httpStatus?: number } = {},
): KycError {
  const d: Details = {};
  if (details.httpStatus !== undefined) d.httpStatus = details.httpStatus;
  return buildError(provider, null, ruleAdvice(rule), details.matchedBy ?? 'none', d);
}

/** Nothing matched. */
export const UNKNOWN_ADVICE: Advice = ruleAdvice(UNRECOGNIZED_RULE);

/** The body reports success or a verdict, yet was handed over as a failure. */
export const NOT_A_FAILURE_ADVICE: Advice = ruleAdvice({
  category: 'unknown',
  reason: 'NOT_A_FAILURE',
  message: 'The response reports success or a verdict, not a request error.',
  remedy:
    'Read the verdict with the provider outcome reader instead of normalizing it as an error.',
  // Nothing to retry or investigate: the request worked.
  retry: { action: 'none' },
  delivery: 'rejected',
});

/** `outcome()` was handed something that is no result of this vendor. */
export const NOT_A_RESULT_ADVICE: Advice = ruleAdvice({
  ...UNRECOGNIZED_RULE,
  reason: 'NOT_A_RESULT',
  message: 'The body is not a result or webhook body of this vendor.',
  remedy: 'Pass the parsed JSON body of a result, job status or webhook call.',
});

/** `outcome()` was handed a webhook event that is no verdict; `webhook()` answers it. */
export const NOT_A_VERDICT_ADVICE: Advice = ruleAdvice({
  category: 'unknown',
  reason: 'NOT_A_VERDICT',
  message: 'The body is a webhook event of this vendor, not a verdict.',
  remedy:
    'Read webhook bodies with the provider webhook reader, which answers events as well as verdicts.',
  // Nothing failed and nothing is to be retried: the body was read and understood.
  retry: { action: 'none' },
  delivery: 'rejected',
});

/** An `unknown` error (or `NOT_A_FAILURE` when the body said it succeeded). */
export function unknownError(
  provider: string,
  code: string | null,
  d: Details,
  notAFailure = false,
): KycError {
  return buildError(provider, code, notAFailure ? NOT_A_FAILURE_ADVICE : UNKNOWN_ADVICE, 'none', d);
}
