import type { KycError, KycFailure } from '@kyc-errors/core';
import { RetryableError, TerminalError } from '@restatedev/restate-sdk/fetch';
import { causeOf } from './cause.js';
import type { Decision } from './decision.js';
import { checkVendorFirstMessage, messageOf } from './message.js';

/**
 * The metadata of a `TerminalError`, recorded by Restate (1.6 or later) with its message and
 * code: the same chosen fields as the cause, as strings.
 */
function metadataOf(error: KycError): Record<string, string> {
  const metadata: Record<string, string> = {
    provider: String(error.provider),
    reason: String(error.reason),
    category: error.category,
    action: error.retry.action,
    delivery: error.delivery,
  };
  if (typeof error.code === 'string') metadata.code = error.code;
  if (typeof error.httpStatus === 'number') metadata.httpStatus = String(error.httpStatus);
  return metadata;
}

function terminal(error: KycError, message: string): TerminalError {
  const thrown = new TerminalError(message, { metadata: metadataOf(error) });
  // TerminalError takes no cause; the property is for loggers, Restate records only the
  // message, the code and the metadata.
  Object.defineProperty(thrown, 'cause', {
    value: causeOf(error),
    enumerable: false,
    writable: true,
    configurable: true,
  });
  return thrown;
}

/**
 * The Restate error of a decision. `refreshed`: the caller's hook has fetched new
 * credentials, so an expired token is retried; without it, it is terminal, as `retry()`
 * stops without its hook.
 */
export function errorForDecision(
  decision: Decision,
  failure: KycFailure | undefined,
  now: () => number,
  refreshed = false,
): TerminalError | RetryableError {
  const { error } = decision;
  switch (decision.kind) {
    case 'stop':
      return terminal(
        error,
        decision.checkVendorFirst ? checkVendorFirstMessage(error) : messageOf(error),
      );
    case 'refresh': {
      if (!refreshed) return terminal(error, messageOf(error));
      // The retry policy's backoff, not an immediate retry: Restate keeps no memory of the
      // refresh between attempts, so a refresh that does not help repeats on every attempt,
      // and the policy's growing delay (500 ms, doubling) keeps that from hammering the vendor.
      const cause = causeOf(error, failure);
      return decision.afterMs === undefined
        ? new RetryableError(messageOf(error), { cause })
        : new RetryableError(messageOf(error), { retryAfter: decision.afterMs, cause });
    }
    case 'retry': {
      const cause = causeOf(error, failure);
      const retryAfter =
        decision.notBefore !== undefined
          ? Math.max(0, decision.notBefore - now())
          : decision.afterMs;
      return retryAfter === undefined
        ? new RetryableError(messageOf(error), { cause })
        : new RetryableError(messageOf(error), { retryAfter, cause });
    }
  }
}
