import type { EntrySpec } from '@kyc-errors/core/provider-kit';

/**
 * Every Stripe Identity failure and verdict we could source, as data.
 *
 * - Request errors. Stripe answers `{"error": {"type", "code", "message", "param", …}}`. The
 *   `code` is the vendor's own (`lock_timeout`, `resource_missing`): the codes of the API's
 *   one code enum that an Identity call (VerificationSessions and VerificationReports, under a
 *   secret or restricted key, perhaps on behalf of a connected account) can meet. Of the four
 *   `type`s, the two that decide by themselves are entries too (`api_error`,
 *   `idempotency_error`); `invalid_request_error` comes with 400, 401, 403, 404, 409 and 429
 *   alike, so the status and the code decide instead, and `card_error` belongs to payments.
 *   HTTP statuses Stripe documents without a code, and its documented texts without a code,
 *   get descriptive UPPER_SNAKE keys with `native: false`.
 * - Verdicts. A VerificationSession's `status`, namespaced (`session:verified`), and the
 *   `last_error.code` of a session sent back to `requires_input` (`selfie_face_mismatch`),
 *   which is also the `error.code` of a VerificationReport's unverified check. Two
 *   descriptive keys cover a report as a whole.
 *
 * Idempotency: Stripe keys POST requests (stripe-node sends a key on every POST) and replays
 * the stored answer to a key it has begun executing, so `retry.idempotencyKey` says which key
 * the next attempt carries: `same` where Stripe stored nothing or finishes the first request
 * (429, 409, 5xx), `new` where the answer is stored (4xx validation, `idempotency_error`).
 *
 * Short source names used in the comments (README "Sources" gives them in full):
 * OAS = stripe/openapi @ 63a674638635c68de26b9f3add13e58198f4df44, openapi/spec3.yaml (the
 *   newest revision of the spec whose text the mirror holds), components.schemas;
 * NODE = stripe/stripe-node @ 663942164d3876f04bb26617b88f498ba785e580, code generated from
 *   the current spec: src/resources/Identity/VerificationSessions.ts,
 *   src/resources/Identity/VerificationReports.ts, src/resources/PaymentIntents.ts
 *   (`LastPaymentError.Code`, the api_errors `code` enum), src/Error.ts (`generateV1Error`),
 *   src/RequestSender.ts (`_shouldRetry`);
 * ERR = https://docs.stripe.com/api/errors ("HTTP Status Code Summary", `type`);
 * ERRC = https://docs.stripe.com/error-codes (the row of each code);
 * LOW = https://docs.stripe.com/error-low-level ("Content errors", "Server errors");
 * IDEM = https://docs.stripe.com/api/idempotent_requests;
 * RL = https://docs.stripe.com/rate-limits ("Object lock timeouts");
 * CL-2015 = https://docs.stripe.com/changelog/2015-09-08/rate-limited-requests-return-429-no-rate-limit;
 * HSW = https://docs.stripe.com/identity/how-sessions-work.
 *
 * Messages and remedies are ours; `vendorText` is Stripe's own wording.
 *
 * @example
 * ```ts
 * STRIPE_IDENTITY_CATALOG.find((e) => e.code === 'selfie_face_mismatch')?.final; // false
 * ```
 */
export const STRIPE_IDENTITY_CATALOG = [
  // =========================================================================================
  // Error types that decide by themselves (OAS api_errors.type; NODE PaymentIntents.ts
  // LastPaymentError.Type)
  // =========================================================================================

  // source: ERR "500, 502, 503, 504 Server Errors"; LOW "Server errors"; NODE _shouldRetry
  // (retries every 5xx under the request's one key).
  {
    code: 'api_error',
    kind: 'error',
    category: 'retryable',
    reason: 'VENDOR_INTERNAL_ERROR',
    httpStatus: 500,
    message: 'Stripe failed while handling the request; the request may or may not have run.',
    remedy:
      'Retry with backoff under the same Idempotency-Key; if failures continue, look up the session (by client_reference_id or metadata) before creating another.',
    // Same key: Stripe replays a stored 5xx or finishes the first run, so a repeat under the
    // first key can never create a second session. Delivery stays uncertain (the default).
    retry: {
      idempotencyKey: 'same',
      caution:
        'Send it again only under the same Idempotency-Key: a new key could create a second VerificationSession if the first one was made.',
    },
  },
  // source: ERR type `idempotency_error`; NODE generateV1Error (400 or 404 with this type is
  // a StripeIdempotencyError); IDEM ("compares incoming parameters to those of the original
  // request and errors if they're not the same").
  {
    code: 'idempotency_error',
    kind: 'error',
    category: 'validation',
    reason: 'IDEMPOTENCY_KEY_REUSED',
    httpStatus: 400,
    message:
      'The Idempotency-Key was already used for a request to another endpoint or with other parameters.',
    remedy:
      'If this is a new request, send it under a fresh key; if it is a retry, send exactly the parameters of the first request.',
    // The key is spent on a different request: repeating under it fails the same way.
    retry: { action: 'new-idempotency-key', idempotencyKey: 'new' },
  },

  // =========================================================================================
  // Error codes (NODE LastPaymentError.Code, the api_errors `code` enum; ERRC for meanings):
  // the ones an Identity request can meet. The rest of the enum is about payments, payouts,
  // Terminal, invoices and Connect onboarding.
  // =========================================================================================

  // ---- Throttling and concurrency ----------------------------------------------------------
  // source: ERR 429 "Too many requests hit the API too quickly"; NODE generateV1Error (429,
  // or 400 with code rate_limit, is a StripeRateLimitError); CL-2015 (before API version
  // 2015-09-08 a rate limit was a 400 with code rate_limit); vendorText: the legacy body
  // quoted in stripe/stripe-python#185's era, as logged in codecombat/codecombat#2588.
  {
    code: 'rate_limit',
    kind: 'error',
    category: 'rate-limit',
    reason: 'RATE_LIMITED',
    httpStatus: 429,
    vendorText: 'Request rate limit exceeded',
    message: 'Stripe throttled the account: too many requests in too short a time.',
    remedy:
      'Back off exponentially and send fewer requests per second (100 in live mode, 25 in a sandbox by default).',
    // Rate limiters run before the idempotency layer (LOW "Content errors"): nothing stored.
    retry: { idempotencyKey: 'same' },
  },
  // source: RL "Object lock timeouts" (429, retried by Stripe's libraries); vendorText: the
  // body in stripe/stripe-node#2056; NODE _shouldRetry (Stripe-Should-Retry: true).
  // doubt: delivery. The object was locked by another request, so this one changed nothing;
  // stripe-node retries it under the same key, which it would not do if a run were stored.
  {
    code: 'lock_timeout',
    kind: 'error',
    category: 'retryable',
    reason: 'OBJECT_LOCKED',
    httpStatus: 429,
    vendorText:
      'This object cannot be accessed right now because another API request or Stripe process is currently accessing it. If you see this error intermittently, retry the request. If you see this error frequently and are making multiple concurrent requests to a single object, make your requests serially or at a lower rate.',
    message:
      'Another request or a Stripe process held the object, so this request could not touch it in time.',
    remedy:
      'Retry with backoff; if it happens often, stop sending concurrent requests for one session.',
    delivery: 'rejected',
    retry: { idempotencyKey: 'same' },
  },
  // source: ERRC idempotency_key_in_use; ERR 409 "(perhaps due to using the same idempotent
  // key)"; IDEM (a request that conflicts with one executing concurrently stores no result,
  // "you can retry these requests"); NODE _shouldRetry (retries every 409).
  {
    code: 'idempotency_key_in_use',
    kind: 'error',
    category: 'retryable',
    reason: 'IDEMPOTENCY_KEY_IN_USE',
    httpStatus: 409,
    message: 'A request with the same Idempotency-Key is still running at Stripe.',
    remedy:
      "Wait briefly and send it again under the same key: Stripe then answers with the first request's result.",
    // This request was turned away, not run; the first one with the key is what runs.
    delivery: 'rejected',
    retry: { idempotencyKey: 'same' },
  },

  // ---- Keys and accounts --------------------------------------------------------------------
  // source: ERRC api_key_expired
  {
    code: 'api_key_expired',
    kind: 'error',
    category: 'auth',
    reason: 'API_KEY_EXPIRED',
    httpStatus: 401,
    message: 'The API key was rolled or expired and no longer works.',
    remedy: 'Replace it with the current secret or restricted key from the Dashboard.',
  },
  // source: ERRC platform_api_key_expired
  {
    code: 'platform_api_key_expired',
    kind: 'error',
    category: 'auth',
    reason: 'PLATFORM_API_KEY_EXPIRED',
    httpStatus: 401,
    message:
      "The Connect platform's API key used for this connected account has expired or was revoked.",
    remedy: "Use the platform's current key; the connected account may need to reconnect.",
  },
  // source: ERRC secret_key_required
  {
    code: 'secret_key_required',
    kind: 'error',
    category: 'auth',
    reason: 'SECRET_KEY_REQUIRED',
    message:
      'A publishable key was used where a secret key is needed (VerificationSessions are created server-side).',
    remedy:
      'Call the API from your server with a secret or restricted key; hand only the client_secret to the browser.',
  },
  // source: ERRC livemode_mismatch
  {
    code: 'livemode_mismatch',
    kind: 'error',
    category: 'auth',
    reason: 'WRONG_ENVIRONMENT',
    message: 'A key of one mode (live or sandbox) was used with an object of the other.',
    remedy:
      'Use the live key for live sessions and the sandbox key for sandbox sessions; ids do not cross over.',
  },
  // source: ERRC account_invalid
  {
    code: 'account_invalid',
    kind: 'error',
    category: 'auth',
    reason: 'INVALID_CONNECTED_ACCOUNT',
    field: 'Stripe-Account',
    message: 'The account id sent in the Stripe-Account header is not one the key can act for.',
    remedy: 'Send the acct_ id of a connected account of your platform, or leave the header out.',
  },
  // source: ERRC platform_account_required
  {
    code: 'platform_account_required',
    kind: 'error',
    category: 'account',
    reason: 'PLATFORM_ACCOUNT_REQUIRED',
    message: 'Only a Connect platform may act on other accounts, and this account is not one.',
    remedy: 'Drop the Stripe-Account header, or set the account up as a Connect platform first.',
  },
  // source: ERRC tls_version_unsupported
  // Auth: the fix is the caller's runtime configuration (its TLS library), not the request.
  {
    code: 'tls_version_unsupported',
    kind: 'error',
    category: 'auth',
    reason: 'TLS_VERSION_UNSUPPORTED',
    message: 'The client connected with a TLS version Stripe no longer accepts.',
    remedy: 'Upgrade the runtime or HTTP library so that it speaks TLS 1.2 or later.',
  },

  // ---- The request itself -----------------------------------------------------------------
  // source: ERRC resource_missing; ERR 404 "The requested resource doesn't exist"
  {
    code: 'resource_missing',
    kind: 'error',
    category: 'validation',
    reason: 'RESOURCE_NOT_FOUND',
    httpStatus: 404,
    message: 'No object with that id exists for this key (a vs_ or vr_ id, say).',
    remedy:
      'Check the id, and that the key belongs to the same mode and account (Stripe-Account) as the object.',
    retry: { idempotencyKey: 'new' },
  },
  // source: ERRC parameter_missing
  {
    code: 'parameter_missing',
    kind: 'error',
    category: 'validation',
    reason: 'MISSING_PARAMETER',
    message: 'A parameter the endpoint requires was not sent.',
    remedy: 'Add the parameter named in `param` and send the request under a new key.',
    retry: { idempotencyKey: 'new' },
  },
  // source: ERRC parameter_unknown
  {
    code: 'parameter_unknown',
    kind: 'error',
    category: 'validation',
    reason: 'UNKNOWN_PARAMETER',
    message: 'The request carries a parameter this endpoint (or this API version) does not know.',
    remedy:
      'Remove or rename the parameter named in `param`; check the API version the request is pinned to.',
    retry: { idempotencyKey: 'new' },
  },
  // source: ERRC parameter_invalid_empty
  {
    code: 'parameter_invalid_empty',
    kind: 'error',
    category: 'validation',
    reason: 'EMPTY_PARAMETER',
    message: 'A parameter that needs a value was sent empty.',
    remedy:
      'Send a value for the parameter named in `param`, or leave it out where that is allowed.',
    retry: { idempotencyKey: 'new' },
  },
  // source: ERRC parameter_invalid_integer
  {
    code: 'parameter_invalid_integer',
    kind: 'error',
    category: 'validation',
    reason: 'INVALID_INTEGER',
    message: 'A parameter that must be a whole number was sent as something else.',
    remedy: 'Send an integer for the parameter named in `param`.',
    retry: { idempotencyKey: 'new' },
  },
  // source: ERRC parameter_invalid_string_blank
  {
    code: 'parameter_invalid_string_blank',
    kind: 'error',
    category: 'validation',
    reason: 'BLANK_STRING',
    message: 'A text parameter was sent holding only whitespace.',
    remedy: 'Send a real value for the parameter named in `param`, or leave it out.',
    retry: { idempotencyKey: 'new' },
  },
  // source: ERRC parameter_invalid_string_empty
  {
    code: 'parameter_invalid_string_empty',
    kind: 'error',
    category: 'validation',
    reason: 'EMPTY_STRING',
    message: 'A text parameter was sent as an empty string where a value is required.',
    remedy: 'Send a value for the parameter named in `param`.',
    retry: { idempotencyKey: 'new' },
  },
  // source: ERRC parameters_exclusive
  {
    code: 'parameters_exclusive',
    kind: 'error',
    category: 'validation',
    reason: 'CONFLICTING_PARAMETERS',
    message: 'Two parameters were sent that cannot be used together (type and verification_flow).',
    remedy: 'Send only one of the parameters the message names.',
    retry: { idempotencyKey: 'new' },
  },
  // source: ERRC url_invalid
  // doubt: the Identity parameter it would name is return_url; ERRC describes URLs in general.
  {
    code: 'url_invalid',
    kind: 'error',
    category: 'validation',
    reason: 'INVALID_REDIRECT_URL',
    message: 'A URL parameter (such as return_url) is not a valid URL.',
    remedy: 'Send an absolute https URL for the parameter named in `param`.',
    retry: { idempotencyKey: 'new' },
  },
  // source: ERRC email_invalid
  // doubt: the Identity parameter it would name is provided_details[email]; ERRC describes
  // email addresses in general.
  {
    code: 'email_invalid',
    kind: 'error',
    category: 'validation',
    reason: 'INVALID_EMAIL',
    message: 'An email address parameter (such as provided_details[email]) is not valid.',
    remedy: 'Check the address before sending it, or leave the parameter out.',
    retry: { idempotencyKey: 'new' },
  },

  // =========================================================================================
  // HTTP statuses and texts Stripe documents without a code (ERR "HTTP Status Code
  // Summary"; bodies from stripe/stripe-node issues, verbatim up to the key they quote)
  // =========================================================================================

  // source: ERR 400; LOW "Content errors" (a 400 is stored under the key: a corrected
  // request needs a fresh one).
  {
    code: 'INVALID_REQUEST',
    native: false,
    kind: 'error',
    category: 'validation',
    reason: 'BAD_REQUEST',
    httpStatus: 400,
    vendorText: 'The request was unacceptable, often due to missing a required parameter.',
    message: "Stripe refused the request's parameters.",
    remedy: 'Read `message` and `param`, correct the request and send it under a new key.',
    retry: { idempotencyKey: 'new' },
  },
  // source: ERR 401
  {
    code: 'NO_VALID_API_KEY',
    native: false,
    kind: 'error',
    category: 'auth',
    reason: 'MISSING_OR_INVALID_API_KEY',
    httpStatus: 401,
    vendorText: 'No valid API key provided.',
    message: 'The request carried no API key Stripe accepts.',
    remedy: 'Send a current secret or restricted key of the right mode as a Bearer token.',
  },
  // source: stripe/stripe-node#361 and #1437 (401, type invalid_request_error, no code; the
  // text goes on with the key, masked)
  {
    code: 'INVALID_API_KEY',
    native: false,
    kind: 'error',
    category: 'auth',
    reason: 'INVALID_API_KEY',
    httpStatus: 401,
    vendorText: 'Invalid API Key provided',
    message: 'The API key sent is not a key of any Stripe account (mistyped, deleted or rolled).',
    remedy: 'Copy the current key from the Dashboard; keep sandbox and live keys apart.',
  },
  // source: stripe/stripe-node#1694 and #1353 (401, type invalid_request_error, no code)
  {
    code: 'MISSING_API_KEY',
    native: false,
    kind: 'error',
    category: 'auth',
    reason: 'MISSING_API_KEY',
    httpStatus: 401,
    vendorText: 'You did not provide an API key.',
    message: 'The request reached Stripe without any API key.',
    remedy:
      'Check that the key is loaded from configuration (an unset variable sends nothing) and sent as "Authorization: Bearer …".',
  },
  // source: ERR 403; stripe/stripe-node#2246 (403 naming a restricted key's missing permission)
  // Auth, not account: a restricted key's permissions are the key's configuration.
  {
    code: 'PERMISSION_DENIED',
    native: false,
    kind: 'error',
    category: 'auth',
    reason: 'PERMISSION_DENIED',
    httpStatus: 403,
    vendorText: 'The API key doesn’t have permissions to perform the request.',
    message:
      'The key is valid but may not call this endpoint (a restricted key without the right permission).',
    remedy:
      'Give the restricted key the Identity permissions it needs in the Dashboard, or use a key that has them.',
  },
  // source: ERR 409; NODE _shouldRetry (retries every 409 under the same key)
  {
    code: 'CONFLICT',
    native: false,
    kind: 'error',
    category: 'retryable',
    reason: 'CONFLICT',
    httpStatus: 409,
    vendorText:
      'The request conflicts with another request (perhaps due to using the same idempotent key).',
    message: 'The request collided with another one running at the same time.',
    remedy:
      'Retry with backoff under the same key; stop sending concurrent requests for one object.',
    delivery: 'rejected',
    retry: { idempotencyKey: 'same' },
  },
  // source: ERR 424
  // doubt: nothing says whether a 424 is stored under the idempotency key or whether
  // stripe-node retries it (its _shouldRetry does not), so no key advice and a caution.
  {
    code: 'EXTERNAL_DEPENDENCY_FAILED',
    native: false,
    kind: 'error',
    category: 'retryable',
    reason: 'EXTERNAL_DEPENDENCY_FAILED',
    httpStatus: 424,
    vendorText:
      'The request couldn’t be completed due to a failure in a dependency external to Stripe.',
    message: 'A service Stripe depends on outside Stripe failed, so the request could not finish.',
    remedy:
      'Retry later with backoff; look the session up first if this was a create, as it may exist.',
    retry: {
      caution:
        'Stripe does not say whether it stored this answer under the Idempotency-Key: look the object up before a create under a new key.',
    },
  },

  // =========================================================================================
  // VerificationSession statuses (OAS identity.verification_session.status; NODE Status;
  // meanings HSW)
  // =========================================================================================

  // source: HSW (a new session, or one the user has not submitted; no last_error)
  {
    code: 'session:requires_input',
    kind: 'outcome',
    verdict: 'pending',
    final: false,
    reason: 'AWAITING_USER',
    message: 'The session waits for the user to start or finish the verification flow.',
    remedy:
      "Send the user to the session's url (or open the modal with client_secret) and wait for the webhook.",
  },
  // source: HSW ("most verification checks are processed in less than 1 minute")
  {
    code: 'session:processing',
    kind: 'outcome',
    verdict: 'pending',
    final: false,
    reason: 'VERIFICATION_PROCESSING',
    message: 'The user submitted; Stripe is running the checks.',
    remedy: 'Wait for identity.verification_session.verified or .requires_input.',
  },
  // source: HSW ("all the verification checks are complete and successfully verified")
  {
    code: 'session:verified',
    kind: 'outcome',
    verdict: 'approved',
    final: true,
    reason: 'VERIFIED',
    message: 'Every check of the session passed.',
    remedy: 'Use the verified outputs (expand verified_outputs) and go on with onboarding.',
  },
  // source: HSW ("invalidates the VerificationSession for future submission attempts, and
  // can't be undone"); NODE VerificationSessions.ts cancel().
  // doubt: verdict. Nobody rejected the person; `rejected` is the one final verdict that is
  // not an approval, and the reason says the session was canceled.
  {
    code: 'session:canceled',
    kind: 'outcome',
    verdict: 'rejected',
    final: true,
    reason: 'VERIFICATION_CANCELED',
    message: 'The session was canceled and takes no more submissions; nothing was verified.',
    remedy: 'Create a new VerificationSession if the user still has to be verified.',
  },
  // source: HSW ("If any of the verification checks fail … the status returns to
  // requires_input … explanation … in the last_error field"): a last_error whose code is
  // null or not in this catalog.
  {
    code: 'REQUIRES_INPUT_WITH_ERROR',
    native: false,
    kind: 'outcome',
    verdict: 'rejected',
    final: false,
    reason: 'VERIFICATION_FAILED',
    message:
      'A check failed and the session went back to requires_input, for a reason not listed here.',
    remedy:
      'Read last_error.reason; let the user try again through a freshly retrieved url or client_secret.',
    retry: { action: 'user-action' },
  },

  // =========================================================================================
  // Why a session went back to requires_input (OAS gelato_session_last_error.code; NODE
  // LastError.Code), the same codes a report's unverified check carries (OAS
  // gelato_*_report_error.code; NODE VerificationReport.*.Error.Code). A rejection that is
  // not final: the session stays open and the user may try again (HSW).
  // =========================================================================================

  // source: OAS; NODE LastError.Code (session only)
  {
    code: 'abandoned',
    kind: 'outcome',
    verdict: 'rejected',
    final: false,
    reason: 'USER_ABANDONED',
    message: 'The user left the verification flow before submitting.',
    remedy: 'Invite the user back with a freshly retrieved url or client_secret.',
    retry: { action: 'user-action' },
  },
  // source: OAS; NODE LastError.Code (session only)
  {
    code: 'consent_declined',
    kind: 'outcome',
    verdict: 'rejected',
    final: false,
    reason: 'CONSENT_DECLINED',
    message: 'The user declined to let Stripe collect and verify their identity data.',
    remedy: 'Explain why verification is needed and let the user try again, or offer another path.',
    retry: { action: 'user-action' },
  },
  // source: OAS; NODE LastError.Code (session only)
  {
    code: 'country_not_supported',
    kind: 'outcome',
    verdict: 'rejected',
    final: false,
    reason: 'COUNTRY_NOT_SUPPORTED',
    message: "The user's document comes from a country Stripe Identity does not support.",
    remedy: 'Let the user try another document, or verify them another way.',
    retry: { action: 'user-action' },
  },
  // source: OAS; NODE LastError.Code (session only)
  {
    code: 'device_not_supported',
    kind: 'outcome',
    verdict: 'rejected',
    final: false,
    reason: 'DEVICE_NOT_SUPPORTED',
    message: "The user's device cannot run the capture (no usable camera, say).",
    remedy: 'Ask the user to continue on another device, such as a phone with a camera.',
    retry: { action: 'user-action' },
  },
  // source: OAS; NODE LastError.Code, Document.Error.Code
  {
    code: 'document_expired',
    kind: 'outcome',
    verdict: 'rejected',
    final: false,
    reason: 'DOCUMENT_EXPIRED',
    message: 'The identity document has expired.',
    remedy: 'Ask the user to try again with a document that is still valid.',
    retry: { action: 'user-action' },
  },
  // source: OAS; NODE LastError.Code, Document.Error.Code
  {
    code: 'document_type_not_supported',
    kind: 'outcome',
    verdict: 'rejected',
    final: false,
    reason: 'DOCUMENT_TYPE_NOT_SUPPORTED',
    message:
      'The document is of a type the session does not accept (see options.document.allowed_types).',
    remedy: 'Ask the user for an accepted document type, or widen allowed_types.',
    retry: { action: 'user-action' },
  },
  // source: OAS; NODE LastError.Code, Document.Error.Code
  {
    code: 'document_unverified_other',
    kind: 'outcome',
    verdict: 'rejected',
    final: false,
    reason: 'DOCUMENT_NOT_VERIFIED',
    message: 'Stripe could not verify the document, for a reason other than expiry or type.',
    remedy: 'Let the user try again with a clear capture of an original document.',
    retry: { action: 'user-action' },
  },
  // source: NODE LastError.Code, Email.Error.Code (not yet in OAS 2023)
  {
    code: 'email_unverified_other',
    kind: 'outcome',
    verdict: 'rejected',
    final: false,
    reason: 'EMAIL_NOT_VERIFIED',
    message: "The user's email address could not be verified.",
    remedy: 'Let the user try again, checking the address they entered.',
    retry: { action: 'user-action' },
  },
  // source: NODE LastError.Code, Email.Error.Code (not yet in OAS 2023)
  {
    code: 'email_verification_declined',
    kind: 'outcome',
    verdict: 'rejected',
    final: false,
    reason: 'EMAIL_VERIFICATION_DECLINED',
    message: 'The user did not complete the email verification step.',
    remedy: 'Let the user try again and confirm the code sent to their email.',
    retry: { action: 'user-action' },
  },
  // source: OAS; NODE LastError.Code, IdNumber.Error.Code
  {
    code: 'id_number_insufficient_document_data',
    kind: 'outcome',
    verdict: 'rejected',
    final: false,
    reason: 'ID_NUMBER_INSUFFICIENT_DATA',
    message:
      'The ID number could not be checked because the document did not give enough data to match.',
    remedy: 'Let the user try again with a document that shows their full name and date of birth.',
    retry: { action: 'user-action' },
  },
  // source: OAS; NODE LastError.Code, IdNumber.Error.Code
  {
    code: 'id_number_mismatch',
    kind: 'outcome',
    verdict: 'rejected',
    final: false,
    reason: 'ID_NUMBER_MISMATCH',
    message: 'The ID number does not match the name and date of birth it was checked against.',
    remedy: 'Let the user check and enter the ID number again.',
    retry: { action: 'user-action' },
  },
  // source: OAS; NODE LastError.Code, IdNumber.Error.Code
  {
    code: 'id_number_unverified_other',
    kind: 'outcome',
    verdict: 'rejected',
    final: false,
    reason: 'ID_NUMBER_NOT_VERIFIED',
    message: 'The ID number could not be verified, for a reason other than a mismatch.',
    remedy: 'Let the user try again, or verify them another way.',
    retry: { action: 'user-action' },
  },
  // source: NODE LastError.Code, Phone.Error.Code (not yet in OAS 2023)
  {
    code: 'phone_unverified_other',
    kind: 'outcome',
    verdict: 'rejected',
    final: false,
    reason: 'PHONE_NOT_VERIFIED',
    message: "The user's phone number could not be verified.",
    remedy: 'Let the user try again, checking the number they entered.',
    retry: { action: 'user-action' },
  },
  // source: NODE LastError.Code, Phone.Error.Code (not yet in OAS 2023)
  {
    code: 'phone_verification_declined',
    kind: 'outcome',
    verdict: 'rejected',
    final: false,
    reason: 'PHONE_VERIFICATION_DECLINED',
    message: 'The user did not complete the phone verification step.',
    remedy: 'Let the user try again and confirm the code sent to their phone.',
    retry: { action: 'user-action' },
  },
  // source: OAS; NODE LastError.Code, Selfie.Error.Code
  {
    code: 'selfie_document_missing_photo',
    kind: 'outcome',
    verdict: 'rejected',
    final: false,
    reason: 'DOCUMENT_PHOTO_MISSING',
    message: 'The document shows no face photo to compare the selfie with.',
    remedy: 'Ask the user for a document that carries their photo.',
    retry: { action: 'user-action' },
  },
  // source: OAS; NODE LastError.Code, Selfie.Error.Code
  {
    code: 'selfie_face_mismatch',
    kind: 'outcome',
    verdict: 'rejected',
    final: false,
    reason: 'FACE_MISMATCH',
    message: 'The selfie does not match the face on the document.',
    remedy: 'Let the user try again with their own document and a clear selfie.',
    retry: { action: 'user-action' },
  },
  // source: OAS; NODE LastError.Code, Selfie.Error.Code
  {
    code: 'selfie_manipulated',
    kind: 'outcome',
    verdict: 'rejected',
    final: false,
    reason: 'SELFIE_MANIPULATED',
    message: 'The selfie appears to have been altered or is not a live capture.',
    remedy:
      'Let the user try again with a live selfie; repeated failures deserve a look by your risk team.',
    retry: { action: 'user-action' },
  },
  // source: OAS; NODE LastError.Code, Selfie.Error.Code
  {
    code: 'selfie_unverified_other',
    kind: 'outcome',
    verdict: 'rejected',
    final: false,
    reason: 'SELFIE_NOT_VERIFIED',
    message:
      'The selfie could not be verified, for a reason other than a mismatch or manipulation.',
    remedy: 'Let the user try again in good light, face fully visible.',
    retry: { action: 'user-action' },
  },
  // source: OAS; NODE LastError.Code (session only)
  // Not final (the session stays open, HSW), but another attempt by the same person cannot
  // change their age: the advice is the rejection's default, none.
  {
    code: 'under_supported_age',
    kind: 'outcome',
    verdict: 'rejected',
    final: false,
    reason: 'AGE_REQUIREMENT_NOT_MET',
    message: 'The user is younger than the age Stripe Identity supports.',
    remedy:
      'Do not ask the same user to retry; cancel the session and follow your policy for minors.',
  },

  // =========================================================================================
  // A VerificationReport as a whole (NODE VerificationReports.ts: each check's status is
  // `verified` or `unverified`, with `error` "present when status is unverified")
  // =========================================================================================

  // source: NODE VerificationReport.*.Status
  // doubt: Stripe gives a report no overall status; every check it carries being verified
  // is read as the session's verified.
  {
    code: 'REPORT_VERIFIED',
    native: false,
    kind: 'outcome',
    verdict: 'approved',
    final: true,
    reason: 'VERIFIED',
    message: 'Every check in the verification report passed.',
    remedy: 'Go on; the session itself reports verified as well.',
  },
  // source: NODE VerificationReport.*.Status and .Error (an unverified check whose error
  // code is missing or not in this catalog)
  {
    code: 'REPORT_UNVERIFIED',
    native: false,
    kind: 'outcome',
    verdict: 'rejected',
    final: false,
    reason: 'VERIFICATION_FAILED',
    message: 'A check in the verification report failed, for a reason not listed here.',
    remedy: "Read the check's error.reason; the user may try again in the same session.",
    retry: { action: 'user-action' },
  },
] as const satisfies readonly EntrySpec[];

/** One entry of {@link STRIPE_IDENTITY_CATALOG}. */
export type StripeIdentityEntry = (typeof STRIPE_IDENTITY_CATALOG)[number];

/** Every code the Stripe Identity catalog knows: error codes, statuses and keys. */
export type StripeIdentityCode = StripeIdentityEntry['code'];

/** A request-error code or key (what a message rule or a status may name). */
export type StripeIdentityErrorCode = Extract<StripeIdentityEntry, { kind: 'error' }>['code'];

/** A VerificationSession status, namespaced (`session:verified`). */
export type StripeIdentitySessionStatus = Extract<StripeIdentityCode, `session:${string}`>;

/** Why a session went back to `requires_input`, or why a report's check failed. */
export type StripeIdentityLastErrorCode = Exclude<
  Extract<StripeIdentityEntry, { kind: 'outcome'; verdict: 'rejected'; final: false }>['code'],
  'REQUIRES_INPUT_WITH_ERROR' | 'REPORT_UNVERIFIED'
>;
