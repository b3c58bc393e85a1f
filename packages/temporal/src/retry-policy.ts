import { type KycError, normalize, normalizeThrown, type Provider } from '@kyc-errors/core';
import { defineProvider } from '@kyc-errors/core/provider-kit';
import { DEFAULT_BASE_DELAY_MS, DEFAULT_MAX_DELAY_MS } from '@kyc-errors/retry';
import { enginePlan } from '@kyc-errors/retry/engine';
import type { RetryPolicy } from '@temporalio/common';

// A provider with no catalog: what it answers is core's own reading of HTTP statuses and of
// thrown errors, the reasons every vendor shares.
const GENERIC = defineProvider({
  id: 'generic',
  name: 'Generic',
  catalog: [],
  read: () => undefined,
});

/**
 * Whether no retry can help `error`, whoever runs it: the advice is not retryable, or asks for
 * what only a person or the caller can do (check-status included). An expired token counts as
 * retryable (after a refresh).
 */
function neverRetried(error: KycError): boolean {
  // `now: 0`: no deferral date is read, and workflow code never reads the clock here.
  const { kind } = enginePlan(error, { idempotent: true, now: 0 });
  return kind === 'stop' || kind === 'check-vendor';
}

/** Every failure core reads without a vendor: each HTTP status, no status, an abort, a bare error. */
function genericErrors(): KycError[] {
  const errors: KycError[] = [normalize(GENERIC, {})];
  for (let status = 100; status <= 599; status += 1) errors.push(normalize(GENERIC, { status }));
  errors.push(normalizeThrown(GENERIC, new Error('failed')));
  errors.push(
    normalizeThrown(GENERIC, Object.assign(new Error('aborted'), { name: 'AbortError' })),
  );
  return errors;
}

/** Every failure a provider's catalog describes, as the vendor would send it. */
function catalogErrors(provider: Provider): KycError[] {
  const errors: KycError[] = [];
  for (const entry of provider.catalog) {
    const error = provider.errorFor(entry.code, entry.vendorText);
    if (error !== undefined) errors.push(error);
  }
  return errors;
}

/**
 * The reasons no retry can help wherever they occur: over core's own readings (every HTTP
 * status, transport failures) and every failure in the catalogs of `providers`, each reason
 * whose advice is never retryable. A reason that is retryable anywhere (an expired token that
 * one vendor reports as `UNAUTHENTICATED`) is left out: listing it would stop that retry too.
 * Sorted, for a stable policy.
 *
 * @example
 * ```ts
 * nonRetryableReasons([smileId]).includes('INVALID_SIGNATURE'); // true
 * nonRetryableReasons([smileId]).includes('SERVICE_UNAVAILABLE'); // false
 * ```
 */
export function nonRetryableReasons(providers: readonly Provider[]): string[] {
  const stops = new Map<string, boolean>();
  const see = (error: KycError): void => {
    stops.set(error.reason, (stops.get(error.reason) ?? true) && neverRetried(error));
  };
  for (const error of genericErrors()) see(error);
  for (const provider of providers) for (const error of catalogErrors(provider)) see(error);
  return [...stops]
    .filter(([, stop]) => stop)
    .map(([reason]) => reason)
    .sort();
}

/**
 * The `RetryPolicy` to schedule vendor-calling activities with: `retry()`'s numbers (3
 * attempts, 200 ms doubling to at most 20 s) and `nonRetryableErrorTypes` from
 * {@link nonRetryableReasons}. `overrides` replace any number; their error types are added.
 * Safe to call in workflow code (it imports nothing from the activity side).
 *
 * @example
 * ```ts
 * const { submitJob } = proxyActivities<typeof activities>({
 *   startToCloseTimeout: '30 seconds',
 *   retry: kycRetryPolicy([smileId], { maximumAttempts: 5 }),
 * });
 * ```
 */
export function kycRetryPolicy(
  providers: readonly Provider[],
  overrides: RetryPolicy = {},
): RetryPolicy {
  const types = new Set(nonRetryableReasons(providers));
  for (const type of overrides.nonRetryableErrorTypes ?? []) types.add(type);
  return {
    initialInterval: DEFAULT_BASE_DELAY_MS,
    backoffCoefficient: 2,
    maximumInterval: DEFAULT_MAX_DELAY_MS,
    maximumAttempts: 3,
    ...overrides,
    nonRetryableErrorTypes: [...types].sort(),
  };
}
