import { defineProvider } from '@kyc-errors/core/provider-kit';
import { STRIPE_IDENTITY_CATALOG } from './codes.js';
import { STRIPE_IDENTITY_EVENTS } from './events.js';
import { readError, readOutcome } from './read.js';
import {
  STRIPE_CODE,
  STRIPE_IDENTITY_MESSAGES,
  STRIPE_IDENTITY_SENSITIVE_KEYS,
  STRIPE_IDENTITY_STATUSES,
  STRIPE_IDENTITY_VOCABULARY,
  shouldRetry,
} from './rules.js';
import { STRIPE_IDENTITY_TAGS } from './tags.js';

/**
 * The Stripe Identity provider: Stripe API failures on Identity calls (`{"error": {"type",
 * "code", "message", "param"}}`, decided by code, then type, then documented text, then
 * status), `Stripe-Should-Retry` over the status, the idempotency key each answer calls for,
 * VerificationSession and VerificationReport bodies read into `Outcome`s, and webhook Events
 * into the verdict their type announces or the documented event itself.
 *
 * @example
 * ```ts
 * import { normalize } from '@kyc-errors/core';
 * import { stripeIdentity } from '@kyc-errors/stripe-identity';
 *
 * const error = normalize(stripeIdentity, {
 *   status: 409,
 *   body: '{"error":{"type":"invalid_request_error","code":"idempotency_key_in_use"}}',
 * });
 * error.retry; // { retryable: true, action: 'backoff', idempotencyKey: 'same' }
 *
 * stripeIdentity.outcome({
 *   object: 'identity.verification_session',
 *   status: 'requires_input',
 *   last_error: { code: 'document_expired', reason: 'The document is expired.' },
 * });
 * // ok({ code: 'document_expired', verdict: 'rejected', final: false, … })
 * ```
 */
export const stripeIdentity = defineProvider({
  id: 'stripe-identity',
  name: 'Stripe Identity',
  docsUrl: 'https://docs.stripe.com/error-codes',
  catalog: STRIPE_IDENTITY_CATALOG,
  codePattern: STRIPE_CODE,
  read: readError,
  messages: STRIPE_IDENTITY_MESSAGES,
  statuses: STRIPE_IDENTITY_STATUSES,
  sensitiveKeys: STRIPE_IDENTITY_SENSITIVE_KEYS,
  vocabulary: STRIPE_IDENTITY_VOCABULARY,
  tags: STRIPE_IDENTITY_TAGS,
  readOutcome,
  events: STRIPE_IDENTITY_EVENTS,
  retryFromHeaders: shouldRetry,
});
