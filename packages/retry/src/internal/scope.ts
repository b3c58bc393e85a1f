import { abortReason, hasAborted } from '../sleep.js';
import { MAX_TIMER_MS } from './timer.js';

/** Why a call was cut off: the caller's signal fired, or the overall deadline passed. */
export type CutOffReason = 'aborted' | 'deadline';

/**
 * What a hook or a check rejects with once the call is cut off. Not an `Error` and never
 * seen by a caller: the loop turns it into its `KycFailure`, with the failure at hand.
 */
export class CutOff {
  readonly why: CutOffReason;
  constructor(why: CutOffReason) {
    this.why = why;
  }
}

/** The signal one call hands its attempts and hooks, what has cut it off, and its clean-up. */
export interface CallScope {
  /** Fires when the caller aborts or the deadline timer fires. */
  readonly signal: AbortSignal;
  /** Why the call has been cut off (the caller's abort first), or `undefined` while it runs. */
  cutOff(): CutOffReason | undefined;
  /**
   * Throws a {@link CutOff} when the call has been cut off, or when the clock says the
   * deadline has passed (a deadline beyond what a timer can hold, or an injected clock).
   */
  check(): void;
  /** The ms left before the deadline at `now`: `0` once its timer fired, `Infinity` for none. */
  msLeft(now: number): number;
  /** Removes the listener and the timer, so nothing outlives the call. */
  close(): void;
}

/**
 * Opens the scope of one call: a signal that follows the caller's and also fires at
 * `deadlineAt` (read from `now`) with a `TimeoutError` (what `AbortSignal.timeout` uses, so a
 * `fetch` cut off by the deadline normalizes as a timeout). A deadline beyond what a timer
 * can hold (~24 days) is still enforced by {@link CallScope.check}, only not inside a wait.
 */
export function openScope(
  caller: AbortSignal | undefined,
  deadlineAt: number,
  now: () => number,
): CallScope {
  const controller = new AbortController();
  let fired = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const onAbort = (): void => controller.abort(abortReason(caller));
  if (caller !== undefined) {
    if (caller.aborted) onAbort();
    else caller.addEventListener('abort', onAbort, { once: true });
  }
  const msToDeadline = Number.isFinite(deadlineAt) ? deadlineAt - now() : Number.POSITIVE_INFINITY;
  if (msToDeadline <= MAX_TIMER_MS) {
    timer = setTimeout(
      () => {
        fired = true;
        controller.abort(new DOMException('The retry deadline passed', 'TimeoutError'));
      },
      Math.max(0, msToDeadline),
    );
  }
  const cutOff = (): CutOffReason | undefined =>
    hasAborted(caller) ? 'aborted' : fired ? 'deadline' : undefined;
  return {
    signal: controller.signal,
    cutOff,
    check() {
      const why = cutOff() ?? (now() >= deadlineAt ? 'deadline' : undefined);
      if (why !== undefined) throw new CutOff(why);
    },
    msLeft: (at) => (fired ? 0 : deadlineAt - at),
    close() {
      if (timer !== undefined) clearTimeout(timer);
      caller?.removeEventListener('abort', onAbort);
    },
  };
}
