import type { KycFailure } from '@kyc-errors/core';
import { NonRetriableError, RetryAfterError } from 'inngest';
import { causeOf } from './cause.js';
import type { Decision } from './decision.js';
import { checkVendorFirstMessage, messageOf } from './message.js';

/**
 * The soonest Inngest retries after a refresh: one second, its unit (`RetryAfterError`
 * rounds milliseconds up to whole seconds), unless the vendor asked for longer.
 */
export const AFTER_REFRESH_MS = 1_000;

/**
 * The Inngest error of a decision. `refreshed`: the caller's hook has fetched new
 * credentials, so an expired token is retried; without it, it stops, as in `retry()`.
 */
export function errorForDecision(
  decision: Decision,
  failure: KycFailure | undefined,
  refreshed = false,
): Error {
  const { error } = decision;
  const cause = causeOf(error, failure);
  switch (decision.kind) {
    case 'stop':
      return new NonRetriableError(
        decision.checkVendorFirst ? checkVendorFirstMessage(error) : messageOf(error),
        { cause },
      );
    case 'refresh':
      return refreshed
        ? new RetryAfterError(messageOf(error), Math.max(decision.afterMs ?? 0, AFTER_REFRESH_MS), {
            cause,
          })
        : new NonRetriableError(messageOf(error), { cause });
    case 'retry':
      if (decision.notBefore !== undefined) {
        return new RetryAfterError(messageOf(error), new Date(decision.notBefore), { cause });
      }
      if (decision.afterMs !== undefined) {
        return new RetryAfterError(messageOf(error), decision.afterMs, { cause });
      }
      return new Error(messageOf(error), { cause });
  }
}
