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
