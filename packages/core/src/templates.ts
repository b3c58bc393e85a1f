import { brand } from './brand.js';
import { type StatusRule, UNRECOGNIZED_RULE } from './http-status.js';
import type { KycError, MatchedBy } from './kyc-error.js';
import { CATEGORY_DEFAULTS, type Delivery, type RetryAdvice } from './retry-advice.js';

/** The part of a KycError that depends only on the catalog entry or rule: built once. */
export interface Template {
  readonly category: KycError['category'];
  readonly reason: string;
  readonly message: string;
  readonly remedy: string;
  readonly retry: RetryAdvice;
  readonly delivery: Delivery;
  readonly field?: string;
}

/** What varies per failure. */
export interface Details {
  httpStatus?: number | undefined;
  field?: string | undefined;
  vendorMessage?: string | undefined;
  inferredFrom?: string | undefined;
  raw?: unknown;
  afterMs?: number | undefined;
}

const templates = new WeakMap<StatusRule, Template>();

/** The template of a generic rule (HTTP status, network code), cached per rule object. */
export function ruleTemplate(rule: StatusRule): Template {
  let t = templates.get(rule);
  if (t === undefined) {
    const defaults = CATEGORY_DEFAULTS[rule.category];
    t = Object.freeze({
      category: rule.category,
      reason: rule.reason,
      message: rule.message,
      remedy: rule.remedy,
      retry: Object.freeze(
        rule.retry === undefined ? defaults.retry : { ...defaults.retry, ...rule.retry },
      ),
      delivery: rule.delivery ?? defaults.delivery,
    });
    templates.set(rule, t);
  }
  return t;
}

/** Assembles a KycError; optional fields are left out rather than set to undefined. */
export function buildError(
  provider: string,
  code: string | null,
  t: Template,
  matchedBy: MatchedBy,
  d: Details,
): KycError {
  let retry = t.retry;
  if (d.afterMs !== undefined && retry.retryable) {
    const floor = retry.afterMs === undefined ? d.afterMs : Math.max(retry.afterMs, d.afterMs);
    retry = Object.freeze({ ...retry, afterMs: floor });
  }
  const e: {
    -readonly [K in keyof KycError]: KycError[K];
  } = {
    provider,
    code,
    category: t.category,
    reason: t.reason,
    message: t.message,
    remedy: t.remedy,
    retry,
    delivery: t.delivery,
    matchedBy,
  };
  if (d.httpStatus !== undefined) e.httpStatus = d.httpStatus;
  const field = d.field ?? t.field;
  if (field !== undefined) e.field = field;
  if (d.vendorMessage !== undefined) e.vendorMessage = d.vendorMessage;
  if (d.inferredFrom !== undefined) e.inferredFrom = d.inferredFrom;
  if (d.raw !== undefined) e.raw = d.raw;
  return brand(e);
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
  return buildError(provider, null, ruleTemplate(rule), details.matchedBy ?? 'none', d);
}

/** Nothing matched. */
export const UNKNOWN_TEMPLATE: Template = ruleTemplate(UNRECOGNIZED_RULE);

/** The body reports success or a verdict, yet was handed over as a failure. */
export const NOT_A_FAILURE_TEMPLATE: Template = Object.freeze({
  ...UNKNOWN_TEMPLATE,
  reason: 'NOT_A_FAILURE',
  message: 'The response reports success or a verdict, not a request error.',
  remedy:
    'Read the verdict with the provider outcome reader instead of normalizing it as an error.',
  retry: Object.freeze({ retryable: false, action: 'none' }),
  delivery: 'rejected',
});

/** `outcome()` was handed something that is no result of this vendor. */
export const NOT_A_RESULT_TEMPLATE: Template = Object.freeze({
  ...UNKNOWN_TEMPLATE,
  reason: 'NOT_A_RESULT',
  message: 'The body is not a result or webhook body of this vendor.',
  remedy: 'Pass the parsed JSON body of a result, job status or webhook call.',
});

/** An `unknown` error (or `NOT_A_FAILURE` when the body said it succeeded). */
export function unknownError(
  provider: string,
  code: string | null,
  d: Details,
  notAFailure = false,
): KycError {
  return buildError(
    provider,
    code,
    notAFailure ? NOT_A_FAILURE_TEMPLATE : UNKNOWN_TEMPLATE,
    'none',
    d,
  );
}
