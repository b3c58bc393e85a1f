import type { StatusRule } from '../http-status.js';
import type { KycError, MatchedBy } from '../kyc-error.js';
import { CATEGORY_DEFAULTS, type Delivery, type RetryAdvice } from '../retry-advice.js';

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
  return e;
}
