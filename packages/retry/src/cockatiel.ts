import type { Provider } from '@kyc-errors/core';
import { handleWhen, type RetryPolicy, retry } from 'cockatiel';
import { cockatielOptions } from './cockatiel-options.js';
import type { RetryPolicyOptions } from './options.js';

/**
 * A cockatiel 3 `RetryPolicy` that follows a vendor's advice: `retry(handleWhen(...), ...)`
 * over {@link cockatielOptions}. This module loads cockatiel, so it lives at its own entry
 * point (`@kyc-errors/retry/cockatiel`); the main entry never does.
 *
 * @example
 * ```ts
 * import { cockatielPolicy } from '@kyc-errors/retry/cockatiel';
 *
 * const policy = cockatielPolicy(smileId, { maxAttempts: 3 });
 * const status = await policy.execute(({ signal }) => client.jobStatus(jobId, { signal }));
 * ```
 */
export function cockatielPolicy(provider: Provider, options: RetryPolicyOptions = {}): RetryPolicy {
  const o = cockatielOptions(provider, options);
  return retry(handleWhen(o.shouldHandle), { maxAttempts: o.maxAttempts, backoff: o.backoff });
}
