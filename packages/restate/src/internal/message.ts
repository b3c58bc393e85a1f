import { type KycError, RETRY_ACTION_INFO } from '@kyc-errors/core';

/**
 * The message of every error handed to the engine: `${provider} ${reason}: our message`,
 * built only from fields this library chose, never from the vendor's text.
 */
export function messageOf(error: KycError): string {
  return `${error.provider} ${error.reason}: ${error.message}`;
}

/** The message of an ambiguous failure of a non-idempotent call: check the vendor first. */
export function checkVendorFirstMessage(error: KycError): string {
  const caution =
    typeof error.retry.caution === 'string'
      ? error.retry.caution
      : RETRY_ACTION_INFO['check-status'];
  return `${error.provider} ${error.reason}: check the vendor first. ${caution}`;
}
