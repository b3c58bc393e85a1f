import type { KycError, Provider } from '@kyc-errors/core';
import type { EnginePlan } from './engine-plan.js';
import { errorOf } from './internal/error-of.js';

/** A plan once the refresh hook has had its one call (see {@link refreshOnce}). */
export interface RefreshedPlan {
  /** The plan to carry out: the same one, or a stop with the hook's own failure. */
  readonly plan: EnginePlan;
  /** `true` when the hook ran and returned: the engine retries, with the new credentials. */
  readonly refreshed: boolean;
}

/** What {@link refreshOnce} needs besides the plan. */
export interface RefreshOnceOptions {
  /** The vendor's provider: classifies what the hook throws. */
  readonly provider: Provider;
  /** The caller's hook, with whatever context the engine gives it; none: nothing to call. */
  readonly refreshCredentials?: ((error: KycError) => unknown) | undefined;
  /** The clock, epoch ms, for classifying the hook's failure. Default `Date.now`. */
  readonly now?: (() => number) | undefined;
}

/**
 * Carries out the "once" of a `refresh` plan, as `retry()` does: calls the hook with the
 * expired token's error; when it returns, the plan stands and `refreshed` is `true` (the engine
 * retries, no sooner than `afterMs`); when it throws, the plan becomes a `stop` (`why:
 * 'refresh-failed'`) with the hook's own failure, classified by the provider. Any other plan,
 * or a `refresh` without a hook, is returned as it is with `refreshed: false`.
 *
 * @example
 * ```ts
 * const { plan, refreshed } = await refreshOnce(enginePlan(error, { idempotent }), {
 *   provider: signingCloud,
 *   refreshCredentials: (error) => tokens.renew(),
 * });
 * ```
 */
export async function refreshOnce(
  plan: EnginePlan,
  options: RefreshOnceOptions,
): Promise<RefreshedPlan> {
  const { refreshCredentials } = options;
  if (plan.kind !== 'refresh' || refreshCredentials === undefined) {
    return { plan, refreshed: false };
  }
  try {
    await refreshCredentials(plan.error);
    return { plan, refreshed: true };
  } catch (hookFailure) {
    const error = await errorOf(options.provider, hookFailure, options.now);
    return { plan: { kind: 'stop', why: 'refresh-failed', error }, refreshed: false };
  }
}
