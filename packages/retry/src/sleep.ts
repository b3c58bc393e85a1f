import { MAX_TIMER_MS } from './internal/timer.js';

/**
 * How the executor waits between attempts: resolves after `ms` milliseconds, or rejects as
 * soon as `signal` fires. Inject your own to test a schedule or to use a scheduler's clock.
 */
export type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>;

/**
 * Waits `ms` milliseconds, or rejects with the signal's reason the moment `signal` fires
 * (at once when it already has). Built on `setTimeout` alone, so it runs in browsers, Deno,
 * Bun and edge runtimes; a negative or non-finite `ms` waits no time at all, and waits
 * longer than a timer can hold are chained.
 *
 * @example
 * ```ts
 * const controller = new AbortController();
 * const waiting = sleep(30_000, controller.signal);
 * controller.abort(); // `waiting` rejects with the AbortError at once
 * ```
 */
export const sleep: Sleep = (ms, signal) =>
  new Promise<void>((resolve, reject) => {
    if (signal?.aborted === true) {
      reject(abortReason(signal));
      return;
    }
    let left = Number.isFinite(ms) && ms > 0 ? ms : 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(abortReason(signal));
    };
    const arm = (): void => {
      const step = Math.min(left, MAX_TIMER_MS);
      left -= step;
      timer = setTimeout(() => {
        if (left > 0) {
          arm();
          return;
        }
        signal?.removeEventListener('abort', onAbort);
        resolve();
      }, step);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    arm();
  });

/** The reason a signal fired with, or a standard `AbortError` when it carries none. */
export function abortReason(signal: AbortSignal | undefined): unknown {
  const reason: unknown = signal?.reason;
  return reason === undefined
    ? new DOMException('This operation was aborted', 'AbortError')
    : reason;
}

/**
 * Whether `signal` has fired. A function, not `signal.aborted` inline: TypeScript keeps a
 * property narrowed across `await`, and the signal may fire while a loop is suspended.
 */
export function hasAborted(signal: AbortSignal | undefined): boolean {
  return signal?.aborted === true;
}
