import type { KycError } from '@kyc-errors/core';
import type { Attributes, Counter, Meter } from '@opentelemetry/api';
import { OTHER } from '../internal/grammar.js';
import { safeKycError } from '../safe-error.js';
import { KYC_ATTRIBUTES, SEMCONV_ATTRIBUTES } from './attributes.js';

/** The name of the failure counter. */
export const KYC_FAILURES_METRIC = 'kyc.failures';

/**
 * The most distinct (provider, reason) pairs one counter reports; later pairs are counted
 * under `_OTHER`. The catalogs hold a few hundred reasons in all, so this is never reached in
 * practice; it bounds the series even for errors that did not come from a catalog.
 */
export const MAX_SERIES = 1000;

/** Counts vendor failures by provider, category, reason and whether they ended the call. */
export interface KycFailureCounter {
  /**
   * Counts one failure: `final: true` for the one that ended the call, `false` for an attempt
   * that was retried.
   */
  record(error: KycError, final: boolean): void;
}

/**
 * A `kyc.failures` counter (unit `{failure}`) on `meter`, with the attributes `kyc.provider`,
 * `kyc.category`, `error.type` (the reason) and `kyc.final`. Nothing else: no code, no
 * status, no vendor text, no id, so its cardinality is bounded by construction (providers x
 * reasons x 2, and at most {@link MAX_SERIES} provider-reason pairs).
 *
 * @example
 * ```ts
 * import { metrics } from '@opentelemetry/api';
 * import { createKycFailureCounter } from '@kyc-errors/observe/otel';
 *
 * const failures = createKycFailureCounter(metrics.getMeter('kyc'));
 * failures.record(error, true);
 * ```
 */
export function createKycFailureCounter(meter: Meter): KycFailureCounter {
  const counter: Counter<Attributes> = meter.createCounter(KYC_FAILURES_METRIC, {
    description: 'KYC vendor failures, by provider, category and reason',
    unit: '{failure}',
  });
  const seen = new Set<string>();
  return {
    record(error, final) {
      const e = safeKycError(error);
      let { provider, reason } = e;
      const pair = `${provider} ${reason}`;
      if (!seen.has(pair)) {
        if (seen.size < MAX_SERIES) seen.add(pair);
        else [provider, reason] = [OTHER, OTHER];
      }
      counter.add(1, {
        [KYC_ATTRIBUTES.provider]: provider,
        [KYC_ATTRIBUTES.category]: e.category,
        [SEMCONV_ATTRIBUTES.errorType]: reason,
        [KYC_ATTRIBUTES.final]: final === true,
      });
    },
  };
}
