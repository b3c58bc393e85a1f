import type { Provider } from '@kyc-errors/core';
import { handleWhen, type RetryPolicy, retry } from 'cockatiel';
import { adapterStop, cockatielOptions } from './cockatiel-options.js';
import { resolvePolicy } from './internal/settings.js';
import type { RetryPolicyOptions } from './options.js';

/**
 * A cockatiel 3 `RetryPolicy` that follows a vendor's advice: `retry(handleWhen(...), ...)`
 * over {@link cockatielOptions}, whose `execute` guards the operation, so it rejects only
 * with a `KycFailure` (with `attempts` and `stoppedBecause`, as from `retry()`), never with
 * the client's own error and the request it carries. This module loads cockatiel, so it
 * lives at its own entry point (`@kyc-errors/retry/cockatiel`); the main entry never does.
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
  const settings = resolvePolicy(options);
  const o = cockatielOptions(provider, options);
  const policy = retry(handleWhen(o.shouldHandle), {
    maxAttempts: o.maxAttempts,
    backoff: o.backoff,
  });
  const execute = policy.execute.bind(policy);
  // Guarded on the instance, so the object stays cockatiel's own policy (events, wrap()).
  policy.execute = (fn, signal) => {
    let attempts = 0;
    const counted = o.guard((context: Parameters<typeof fn>[0]) => {
      attempts += 1;
      return fn(context);
    });
    return execute(counted, signal).catch(async (thrown: unknown) => {
      throw await adapterStop(provider, settings, thrown, attempts, signal?.aborted === true);
    });
  };
  return policy;
}
