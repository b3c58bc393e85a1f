import type { Cooldown } from '../cooldown.js';
import type { RateLimit } from '../rate-limit.js';
import type { Sleep } from '../sleep.js';

/** What waiting for the fleet's go-ahead needs. */
export interface Turn {
  readonly cooldown: Cooldown | undefined;
  readonly rateLimit: RateLimit | undefined;
  /** The longest this call may wait in process, all waits for its turn together. */
  readonly maxInProcessWaitMs: number;
  readonly deadlineAt: number;
  readonly now: () => number;
  readonly sleep: Sleep;
  readonly signal: AbortSignal;
  readonly race: <T>(work: PromiseLike<T> | T) => Promise<T>;
}

/** Start the attempt, or defer the call: the wait named is too long to spend in process. */
export type TurnAnswer =
  | { readonly kind: 'go' }
  | {
      readonly kind: 'defer';
      readonly why: 'cooling-down' | 'rate-limited';
      readonly waitMs: number;
    };

/**
 * Waits until the shared cool-down is over and the rate limit grants a permit, then answers
 * `go` (the permit is taken). A wait that would pass `maxInProcessWaitMs` (counting every
 * wait for this turn) or the deadline answers `defer` instead: the time is known, so the
 * caller can requeue for then. The permit is asked for only once no cool-down runs, so a
 * throttled fleet spends none. What the sleep or a policy rejects with propagates (the
 * caller maps an abort or the deadline).
 */
export async function awaitTurn(turn: Turn): Promise<TurnAnswer> {
  let waited = 0;
  for (;;) {
    let why: 'cooling-down' | 'rate-limited' = 'cooling-down';
    let waitMs =
      turn.cooldown === undefined ? 0 : msOf(await turn.race(turn.cooldown.remainingMs()));
    if (waitMs === 0 && turn.rateLimit !== undefined) {
      why = 'rate-limited';
      waitMs = msOf(await turn.race(turn.rateLimit.take()));
    }
    if (waitMs === 0) return { kind: 'go' };
    if (waited + waitMs > turn.maxInProcessWaitMs || turn.now() + waitMs >= turn.deadlineAt) {
      return { kind: 'defer', why, waitMs };
    }
    await turn.sleep(waitMs, turn.signal);
    waited += waitMs;
  }
}

/** A policy's answer as a wait: anything that is not a positive finite number means none. */
function msOf(value: unknown): number {
  return typeof value === 'number' && value > 0 && Number.isFinite(value) ? Math.ceil(value) : 0;
}
