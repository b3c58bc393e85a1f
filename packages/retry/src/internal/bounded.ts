import { abortReason } from '../sleep.js';
import { type CallScope, CutOff } from './scope.js';

/**
 * Calls one of the caller's hooks (`sleep`, `refreshCredentials`, a budget, cool-down or
 * rate limit method) with the call's signal, and settles with its answer, unless the call is
 * cut off first: then it rejects with a {@link CutOff} at once, whether or not the hook
 * honours the signal or ever settles. A hook that rejects once the call is cut off (because
 * it honoured the signal) is reported as the cut-off too; any other rejection, or a
 * synchronous throw, is passed on as it is. The one way a loop in this package awaits a hook.
 */
export async function bounded<T>(
  hook: (signal: AbortSignal) => PromiseLike<T> | T,
  scope: CallScope,
): Promise<T> {
  try {
    return await raceSignal(invoke(hook, scope.signal), scope.signal);
  } catch (thrown) {
    const why = scope.cutOff();
    throw why === undefined ? thrown : new CutOff(why);
  }
}

/**
 * `work`, cut off by `signal`: rejects with the signal's reason when it fires first. The
 * abandoned `work` keeps running (nothing can stop a promise), but a late rejection from it
 * is handled here, so it never surfaces as an unhandled rejection. The listener is removed
 * as soon as either side wins.
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

/** Calls `hook`, turning a synchronous throw into a rejection that {@link raceSignal} sees. */
function invoke<T>(
  hook: (signal: AbortSignal) => PromiseLike<T> | T,
  signal: AbortSignal,
): PromiseLike<T> | T {
  try {
    return hook(signal);
  } catch (thrown) {
    return Promise.reject(thrown);
  }
}
