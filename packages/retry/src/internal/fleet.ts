import type { KycError } from '@kyc-errors/core';
import type { RetryBudget } from '../budget.js';
import { type Cooldown, coolingOf } from '../cooldown.js';
import type { RateLimit } from '../rate-limit.js';
import type { Sleep } from '../sleep.js';
import { bounded } from './bounded.js';
import { failure } from './failure.js';
import type { CallScope } from './scope.js';

/** What one call needs to talk to the shared policies. */
export interface FleetOptions {
  readonly budget?: RetryBudget | undefined;
  readonly cooldown?: Cooldown | undefined;
  readonly rateLimit?: RateLimit | undefined;
  /** The longest this call may wait in process, all waits for one turn together. */
  readonly maxInProcessWaitMs: number;
  readonly deadlineAt: number;
  readonly now: () => number;
  readonly sleep: Sleep;
  readonly scope: CallScope;
}

/** Start the attempt, or defer the call: the wait named is too long to spend in process. */
export type TurnAnswer =
  | { readonly kind: 'go' }
  | {
      readonly kind: 'defer';
      readonly why: 'cooling-down' | 'rate-limited';
      readonly waitMs: number;
    };

/** The shared budget, cool-down and rate limit as one call sees them. */
export interface Fleet {
  /**
   * Waits until the cool-down is over and the rate limit grants a permit, then answers `go`
   * (the permit is taken). A wait that would pass `maxInProcessWaitMs` (counting every wait
   * for this turn) or the deadline answers `defer` instead: the time is known, so the caller
   * can requeue for then. The permit is asked for only once no cool-down runs, so a
   * throttled fleet spends none.
   */
  turn(): Promise<TurnAnswer>;
  /**
   * After a failure: throttled with a known wait, the whole fleet waits (the cool-down is
   * held), whatever this call does next.
   */
  cool(error: KycError): Promise<void>;
  /**
   * Before a retry after `error` (which failed attempt `attempts`): takes its cost from the
   * budget and answers it, or throws the `budget-exhausted` stop. `undefined` without a budget.
   */
  pay(error: KycError, attempts: number): Promise<number | undefined>;
  /**
   * After a success: gives the budget back `refund`. A budget that cannot be told so in time
   * never fails the call.
   */
  succeeded(refund: number | undefined): Promise<void>;
}

/**
 * The fleet of one call. Every policy method and wait is {@link bounded}: once the call is
 * cut off it rejects with a `CutOff`; what a policy or the sleep rejects with otherwise
 * propagates.
 */
export function fleetOf(options: FleetOptions): Fleet {
  const { budget, cooldown, rateLimit, scope } = options;
  return {
    async turn() {
      let waited = 0;
      for (;;) {
        let why: 'cooling-down' | 'rate-limited' = 'cooling-down';
        let waitMs =
          cooldown === undefined ? 0 : msOf(await bounded(() => cooldown.remainingMs(), scope));
        if (waitMs === 0 && rateLimit !== undefined) {
          why = 'rate-limited';
          waitMs = msOf(await bounded(() => rateLimit.take(), scope));
        }
        if (waitMs === 0) return { kind: 'go' };
        if (
          waited + waitMs > options.maxInProcessWaitMs ||
          options.now() + waitMs >= options.deadlineAt
        ) {
          return { kind: 'defer', why, waitMs };
        }
        const ms = waitMs;
        await bounded((signal) => options.sleep(ms, signal), scope);
        waited += waitMs;
      }
    },
    async cool(error) {
      const cooling = cooldown === undefined ? undefined : coolingOf(error);
      if (cooldown !== undefined && cooling !== undefined) {
        await bounded(() => cooldown.hold(cooling), scope);
      }
    },
    async pay(error, attempts) {
      if (budget === undefined) return undefined;
      const cost = budget.costOf(error);
      const paid = await bounded(() => budget.tryAcquire(cost), scope);
      if (paid !== true) throw failure(error, attempts, 'budget-exhausted');
      return cost;
    },
    async succeeded(refund) {
      if (budget !== undefined) {
        await bounded(() => budget.recordSuccess(refund), scope).catch(() => {});
      }
    },
  };
}

/** A policy's answer as a wait: anything that is not a positive finite number means none. */
function msOf(value: unknown): number {
  return typeof value === 'number' && value > 0 && Number.isFinite(value) ? Math.ceil(value) : 0;
}
