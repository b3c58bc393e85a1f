import { abortReason } from '../sleep.js';
import { MAX_TIMER_MS } from './timer.js';

/** The signal one `retry()` call hands its attempts and waits, and its clean-up. */
export interface CallScope {
  /** Fires when the caller aborts or the deadline passes. */
  readonly signal: AbortSignal;
  /** Whether the deadline timer fired. */
  deadlineFired(): boolean;
  /**
   * Settles with `work`, or rejects with the signal's reason as soon as the signal fires,
   * whether or not `work` ever settles: the deadline and the caller's abort are hard stops,
   * even for an operation or a hook that ignores its signal.
   */
  race<T>(work: PromiseLike<T> | T): Promise<T>;
  /** Removes the listener and the timer, so nothing outlives the call. */
  close(): void;
}

/**
 * Opens the scope of one call: a signal that follows the caller's and also fires
 * `msToDeadline` ms from now with a `TimeoutError` (what `AbortSignal.timeout` uses, so a
 * `fetch` cut off by the deadline normalizes as a timeout). A deadline beyond what a timer
 * can hold (~24 days) is still enforced between attempts, only not inside one.
 */
export function openScope(caller: AbortSignal | undefined, msToDeadline: number): CallScope {
  const controller = new AbortController();
  let fired = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const onAbort = (): void => controller.abort(abortReason(caller));
  if (caller !== undefined) {
    if (caller.aborted) onAbort();
    else caller.addEventListener('abort', onAbort, { once: true });
  }
  if (Number.isFinite(msToDeadline) && msToDeadline <= MAX_TIMER_MS) {
    timer = setTimeout(
      () => {
        fired = true;
        controller.abort(new DOMException('The retry deadline passed', 'TimeoutError'));
      },
      Math.max(0, msToDeadline),
    );
  }
  return {
    signal: controller.signal,
    deadlineFired: () => fired,
    race: (work) => raceSignal(work, controller.signal),
    close() {
      if (timer !== undefined) clearTimeout(timer);
      caller?.removeEventListener('abort', onAbort);
    },
  };
}

/**
 * `work`, cut off by `signal`: rejects with the signal's reason when it fires first. The
 * abandoned `work` keeps running (nothing can stop a promise), but a late rejection from it
 * is handled here, so it never surfaces as an unhandled rejection.
 */
export function raceSignal<T>(
  work: PromiseLike<T> | T,
  signal: AbortSignal | undefined,
): Promise<T> {
  const settled = Promise.resolve(work);
  if (signal === undefined) return settled;
  if (signal.aborted) {
    settled.catch(() => {});
    return Promise.reject(abortReason(signal));
  }
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => {
      settled.catch(() => {});
      reject(abortReason(signal));
    };
    signal.addEventListener('abort', onAbort, { once: true });
    settled.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}
