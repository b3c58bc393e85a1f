import {
  type CatalogEntry,
  type EntrySpec,
  type ErrorEntry,
  failureCategory,
  type OutcomeEntry,
} from './catalog.js';
import type { Category } from './category.js';
import type { StatusRule } from './http-status.js';
import type { KycError } from './kyc-error.js';
import { VERDICT_DEFAULTS } from './outcome.js';
import {
  adviceFor,
  CATEGORY_DEFAULTS,
  type Delivery,
  type RetryAdvice,
  withExceptions,
} from './retry-advice.js';

/**
 * The one resolved advice record: everything a {@link KycError} takes from a catalog entry
 * or from one of core's rules, every default filled in. Built in this module only, once per
 * entry or rule; what varies per failure (the status, the vendor's text) is added when the
 * error is built.
 */
export interface Advice {
  readonly category: KycError['category'];
  readonly reason: string;
  readonly message: string;
  readonly remedy: string;
  readonly retry: RetryAdvice;
  readonly delivery: Delivery;
  /** The request field at fault, when the entry or the matching message names one. */
  readonly field?: string;
  /** The catalog entry this advice was resolved from; absent for core's own rules. */
  readonly entry?: CatalogEntry;
}

/** A category's default advice with a spec's exceptions: entries and rules alike. */
function categoryAdvice(
  category: Category,
  retry: Partial<RetryAdvice> | undefined,
  delivery: Delivery | undefined,
): { readonly retry: RetryAdvice; readonly delivery: Delivery } {
  return {
    retry: adviceFor(category, retry),
    delivery: delivery ?? CATEGORY_DEFAULTS[category].delivery,
  };
}

/** A catalog entry as a vendor wrote it, with its advice resolved: what providers expose. */
export function resolveEntry(spec: EntrySpec): CatalogEntry {
  // A switch, not ts-pattern: the return type makes TypeScript check exhaustiveness just
  // the same, and ts-pattern would be the largest thing in a browser bundle of core.
  switch (spec.kind) {
    case 'error': {
      const entry: ErrorEntry = {
        ...spec,
        ...categoryAdvice(spec.category, spec.retry, spec.delivery),
      };
      return Object.freeze(entry);
    }
    case 'outcome': {
      const entry: OutcomeEntry = {
        ...spec,
        retry: withExceptions(VERDICT_DEFAULTS[spec.verdict], spec.retry),
      };
      return Object.freeze(entry);
    }
    case 'success':
      return Object.freeze({ ...spec, retry: VERDICT_DEFAULTS.approved });
  }
}

/** The advice of a resolved entry, or `undefined` when the entry is no failure. */
export function entryAdvice(entry: CatalogEntry): Advice | undefined {
  const category = failureCategory(entry);
  if (category === null) return undefined;
  const a: { -readonly [K in keyof Advice]: Advice[K] } = {
    category,
    reason: entry.reason,
    message: entry.message,
    remedy: entry.remedy,
    retry: entry.retry,
    delivery: entry.kind === 'error' ? entry.delivery : CATEGORY_DEFAULTS[category].delivery,
    entry,
  };
  if (entry.kind === 'error' && entry.field !== undefined) a.field = entry.field;
  return Object.freeze(a);
}

const byRule = new WeakMap<StatusRule, Advice>();

/** The advice of one of core's rules (an HTTP status, a network code), resolved once per rule. */
export function ruleAdvice(rule: StatusRule): Advice {
  let a = byRule.get(rule);
  if (a === undefined) {
    a = Object.freeze({
      category: rule.category,
      reason: rule.reason,
      message: rule.message,
      remedy: rule.remedy,
      ...categoryAdvice(rule.category, rule.retry, rule.delivery),
    });
    byRule.set(rule, a);
  }
  return a;
}

/** The advice with the field a message named, when it named one. */
export function withField(advice: Advice, field: string | undefined): Advice {
  return field === undefined ? advice : { ...advice, field };
}

const VENDOR_SAYS_RETRY =
  "The vendor's response header asks for this request to be sent again: it is expected to succeed on a later attempt.";
const VENDOR_SAYS_STOP =
  "The vendor's response header asks not to send this request again: a repeat would return the same answer or do nothing.";

/** What to do once the vendor's header has spoken, in place of the entry's own remedy. */
function vendorRemedy(says: boolean, mayHaveRun: boolean, keyed: boolean): string {
  if (says) {
    return `Send the same request again after a short backoff${keyed ? ', under the same idempotency key' : ''}.`;
  }
  return mayHaveRun
    ? `Do not send it again as it is: find out whether the vendor did the work, and send anything new as a new request${keyed ? ' under a new idempotency key' : ''}.`
    : "Do not send it again as it is: read the vendor's message for what must change.";
}

/**
 * The advice after the vendor's own header said whether to retry (`retryFromHeaders`): the
 * header wins over the status and the code, and its remedy over the entry's. A retry it asks
 * for is a plain backoff of the same request, under the same idempotency key; a retry it
 * forbids stops, and when the request may have run (`delivery: 'uncertain'`) the caller
 * checks before anything new is sent, under a new key, since the old one would replay this
 * answer. Agreement changes nothing.
 *
 * @example
 * ```ts
 * withVendorRetry(serverError, false).retry; // { retryable: false, action: 'check-status', … }
 * ```
 */
export function withVendorRetry(advice: Advice, says: boolean | undefined): Advice {
  if (says === undefined || says === advice.retry.retryable) return advice;
  const keyed = advice.retry.idempotencyKey !== undefined;
  const mayHaveRun = advice.delivery === 'uncertain';
  const retry: { -readonly [K in keyof RetryAdvice]: RetryAdvice[K] } = says
    ? { retryable: true, action: 'backoff', caution: VENDOR_SAYS_RETRY }
    : {
        retryable: false,
        action: mayHaveRun ? 'check-status' : 'investigate',
        caution: VENDOR_SAYS_STOP,
      };
  if (keyed) retry.idempotencyKey = says ? 'same' : 'new';
  return {
    ...advice,
    remedy: vendorRemedy(says, mayHaveRun, keyed),
    retry: Object.freeze(retry),
  };
}
