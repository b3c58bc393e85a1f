import {
  type EnginePlan,
  type SafeDetails,
  safeDetails,
  safeMessage,
} from '@kyc-errors/retry/engine';
import { RetryableError, TerminalError } from '@restatedev/restate-sdk/fetch';
import { match } from 'ts-pattern';

/**
 * The metadata of a `TerminalError`, recorded by Restate (1.6 or later) with its message and
 * code: some of the cause's chosen fields, as strings.
 */
function metadataOf(cause: SafeDetails): Record<string, string> {
  const metadata: Record<string, string> = {
    provider: cause.provider,
    reason: cause.reason,
    category: cause.category,
    action: cause.action,
    delivery: cause.delivery,
  };
  if (cause.code !== null) metadata.code = cause.code;
  if (cause.httpStatus !== undefined) metadata.httpStatus = String(cause.httpStatus);
  return metadata;
}

function terminal(plan: EnginePlan): TerminalError {
  const cause = safeDetails(plan.error, plan.loop);
  const thrown = new TerminalError(safeMessage(plan.error), { metadata: metadataOf(cause) });
  // TerminalError takes no cause; the property is for loggers, Restate records only the
  // message, the code and the metadata.
  Object.defineProperty(thrown, 'cause', {
    value: cause,
    enumerable: false,
    writable: true,
    configurable: true,
  });
  return thrown;
}

function retryable(plan: EnginePlan, retryAfter: number | undefined): RetryableError {
  const message = safeMessage(plan.error);
  const cause = safeDetails(plan.error, plan.loop);
  // Without retryAfter, the retry policy's backoff.
  return retryAfter === undefined
    ? new RetryableError(message, { cause })
    : new RetryableError(message, { retryAfter, cause });
}

/**
 * The Restate error of a plan made at `now` (epoch ms). `refreshed`: the caller's hook has
 * fetched new credentials, so an expired token is retried; without it, it is terminal, as
 * `retry()` stops without its hook.
 */
export function errorForPlan(
  plan: EnginePlan,
  now: number,
  refreshed = false,
): TerminalError | RetryableError {
  return (
    match(plan)
      .returnType<TerminalError | RetryableError>()
      .with({ kind: 'stop' }, { kind: 'check-vendor' }, () => terminal(plan))
      // The retry policy's backoff, not an immediate retry: Restate keeps no memory of the
      // refresh between attempts, so a refresh that does not help repeats on every attempt,
      // and the policy's growing delay (500 ms, doubling) keeps that from hammering the vendor.
      .with({ kind: 'refresh' }, ({ afterMs }) =>
        refreshed ? retryable(plan, afterMs) : terminal(plan),
      )
      .with({ kind: 'retry' }, ({ afterMs }) => retryable(plan, afterMs))
      .with({ kind: 'defer' }, ({ notBefore }) => retryable(plan, Math.max(0, notBefore - now)))
      .exhaustive()
  );
}
