import type { MessageRule } from '@kyc-errors/core/provider-kit';
import type { StripeIdentityErrorCode } from './codes.js';

/**
 * The grammar of a Stripe code: lower-case snake case (`lock_timeout`), as the `code` and
 * `type` fields and `last_error.code` spell them, or a namespaced session status
 * (`session:requires_input`); and the upper-case descriptive keys the outcome reader names
 * (`REPORT_VERIFIED`). A code from a body that does not fit is dropped (`code: null`):
 * whatever sits in a code field may be personal data.
 */
export const STRIPE_CODE =
  /^(?:[a-z][a-z0-9_]{0,62}(?::[a-z][a-z0-9_]{0,62})?|[A-Z][A-Z0-9_]{0,62})$/;

/**
 * The error `type`s that decide a failure by themselves, read as its code when the body
 * carries no catalogued `code`: a server error, and a reused idempotency key.
 * `invalid_request_error` does not decide (Stripe sends it with 400, 401, 403, 404, 409 and
 * 429 alike: the status and the code do), and `card_error` is for payments.
 */
export const DECIDING_TYPES: readonly StripeIdentityErrorCode[] = [
  'api_error',
  'idempotency_error',
];

/**
 * The error types Stripe documents (ERR `type`): a body whose error object is handed over
 * unwrapped (stripe-node's `err.raw`) is read only when its `type` is one of these.
 */
export const ERROR_TYPES = [
  'api_error',
  'card_error',
  'idempotency_error',
  'invalid_request_error',
] as const;

/**
 * Stripe's documented texts that arrive without a code, most specific first. Each is scoped
 * to the status it was seen with, anchored at `^`, case-insensitive and linear; every
 * `literals` entry appears in any text its pattern matches.
 *
 * @example
 * ```ts
 * STRIPE_IDENTITY_MESSAGES.find((r) => r.pattern.test('Invalid API Key provided: sk_test_****'))?.code;
 * // 'INVALID_API_KEY'
 * ```
 */
export const STRIPE_IDENTITY_MESSAGES: readonly MessageRule<StripeIdentityErrorCode>[] = [
  // 401, type invalid_request_error, no code (stripe/stripe-node#361, #1437).
  {
    pattern: /^invalid api key provided\b/i,
    literals: ['invalid api key provided'],
    code: 'INVALID_API_KEY',
    statuses: [401],
  },
  // 401 (stripe/stripe-node#1694, #1353; "…, though you did set your Authorization header
  // to …" in older answers).
  {
    pattern: /^you did not provide an api key\b/i,
    literals: ['you did not provide an api key'],
    code: 'MISSING_API_KEY',
    statuses: [401],
  },
  // 403 (stripe/stripe-node#2246): "The provided key 'rk_…' does not have the required
  // permissions for this endpoint …". The key between the quotes is skipped, bounded.
  {
    pattern:
      /^the provided key {1,3}(?:'[^']{0,200}' {1,3})?does not have the required permissions\b/i,
    literals: ['does not have the required permissions'],
    code: 'PERMISSION_DENIED',
    statuses: [403],
  },
  // 429 without a code: a lock timeout told by its text (RL "Object lock timeouts").
  {
    pattern: /^this object cannot be accessed right now\b/i,
    literals: ['cannot be accessed right now'],
    code: 'lock_timeout',
    statuses: [429],
  },
  // The legacy rate-limit text (CL-2015), whatever the status: a 400 before API version
  // 2015-09-08, a 429 after.
  {
    pattern: /^request rate limit exceeded\b/i,
    literals: ['request rate limit exceeded'],
    code: 'rate_limit',
    statuses: [400, 429],
  },
];

/**
 * Stripe's meaning of each status of its "HTTP Status Code Summary" (ERR), for a body with no
 * code or text that decides. 402 (a card payment failed) is left to core: Identity takes no
 * payments.
 */
export const STRIPE_IDENTITY_STATUSES = {
  400: 'INVALID_REQUEST',
  401: 'NO_VALID_API_KEY',
  403: 'PERMISSION_DENIED',
  404: 'resource_missing',
  409: 'CONFLICT',
  424: 'EXTERNAL_DEPENDENCY_FAILED',
  429: 'rate_limit',
  500: 'api_error',
  502: 'api_error',
  503: 'api_error',
  504: 'api_error',
} as const satisfies Readonly<Record<number, StripeIdentityErrorCode>>;

/**
 * Words of Stripe's error messages that the catalog texts lack, kept in a message that is not
 * documented verbatim ("Missing required param: type.", "No such verification_session: …",
 * "Received unknown parameter: …"): the message's own words and the names of Identity's
 * objects and parameters. None can be someone's name.
 */
export const STRIPE_IDENTITY_VOCABULARY = [
  'param',
  'parameter',
  'parameters',
  'received',
  'occurred',
  'idempotent',
  'verification_session',
  'verification_sessions',
  'verification_report',
  'verification_flow',
  'return_url',
  'provided_details',
  'client_reference_id',
  'allowed_types',
  'require_matching_selfie',
  'require_live_capture',
  'require_id_number',
] as const;

/**
 * Keys whose values are personal or secret in Stripe Identity bodies (OAS
 * identity.verification_session and identity.verification_report). Core already catches
 * `*name`, `dob`, `*number`, `*url`, `*secret`, `*email*`, `*phone*`, `*addr*`, `*selfie*`,
 * `sex` and `expirationdate`; these are the rest.
 */
export const STRIPE_IDENTITY_SENSITIVE_KEYS = [
  // The verified data and what the integrator provided about the user.
  'verified_outputs',
  'provided_details',
  // The integrator's own reference to the user, and free key-value data.
  'client_reference_id',
  'metadata',
  // Report fields beside the check statuses.
  'issued_date',
  'issuing_country',
  'unparsed_sex',
  'unparsed_place_of_birth',
  'files',
  // Who the session is about at Stripe.
  'related_customer',
  'related_customer_account',
  'related_person',
] as const;

/**
 * Whether Stripe's `Stripe-Should-Retry` header says to retry: `true` for "true", `false`
 * for "false", else `undefined` (no header: the status and the code decide). stripe-node
 * (src/RequestSender.ts `_shouldRetry`) obeys it before it looks at the status: false on a
 * 5xx the idempotency layer would only replay, true on a 429 lock timeout.
 *
 * @example
 * ```ts
 * shouldRetry((name) => ({ 'stripe-should-retry': 'false' })[name]); // false
 * ```
 */
export function shouldRetry(header: (name: string) => string | undefined): boolean | undefined {
  const value = header('stripe-should-retry')?.trim().toLowerCase();
  return value === 'true' ? true : value === 'false' ? false : undefined;
}
