import type { EntrySpec } from '@kyc-errors/core/provider-kit';

/**
 * Every Persona failure and status we could source, as data.
 *
 * - REST API errors. Persona sends no error codes: a failure is its HTTP status plus the
 *   JSON:API `errors[].title` and `errors[].details`. Each gets a descriptive UPPER_SNAKE key
 *   with `native: false`; `vendorText` is the string that tells it apart (the `details` when
 *   there is one, else the `title`; the title is noted beside it). The message and status
 *   rules in `rules.ts` find them.
 * - Inquiry and verification statuses (`data.attributes.status`), namespaced by object
 *   (`inquiry:failed`, `verification:failed`) because the two share words.
 * - Inquiry and verification webhook events, under Persona's own event names
 *   (`inquiry.approved`).
 * - Verification checks (`checks[].name`), under `check:<name>`: what a failed check means,
 *   for the tags `persona.outcome` reports.
 *
 * Short source names used in the comments (README "Sources" gives the full list):
 * OAS = Persona's OpenAPI spec (Persona-Version 2023-01-05) as vendored in
 *   hey-jane/persona-openapi-client @ 1084d4aaff6a01731091539ab3510a1c790d289c,
 *   openapi-bundled.yaml; ERR-v1 = https://docs.withpersona.com/v2021-07-05/reference/errors
 *   ("Errors" table and example body); ERR = https://docs.withpersona.com/errors;
 *   IDEM = https://docs.withpersona.com/idempotence; RL =
 *   https://docs.withpersona.com/reference/rate-limiting; RL-API =
 *   https://docs.withpersona.com/api-reference/rate-limits/list-all-rate-limits; LIFE =
 *   https://docs.withpersona.com/docs/models-lifecycle ("Statuses"); VLIFE =
 *   https://docs.withpersona.com/docs/verifications-reference ("Verification statuses");
 *   EVT = https://docs.withpersona.com/docs/events ("Types of Events"); WH-VER =
 *   https://docs.withpersona.com/api-reference/webhooks/verification-events/ (one page per
 *   event); VCHK = https://docs.withpersona.com/docs/verification-checks.
 *
 * Messages and remedies are ours; `vendorText` is Persona's own wording.
 *
 * @example
 * ```ts
 * PERSONA_CATALOG.find((e) => e.code === 'inquiry:completed')?.final; // false
 * ```
 */
export const PERSONA_CATALOG = [
  // =========================================================================================
  // REST API errors (api.withpersona.com/api/v1). Status meanings: ERR-v1 "Errors" table.
  // =========================================================================================

  // ---- 400 --------------------------------------------------------------------------------
  // source: OAS components.responses.bad-request; ERR-v1 table row 400
  {
    code: 'BAD_REQUEST',
    native: false,
    kind: 'error',
    category: 'validation',
    reason: 'MALFORMED_REQUEST',
    httpStatus: 400,
    vendorText: 'Bad Request',
    message: 'Persona could not use the request: a parameter is missing or has the wrong shape.',
    remedy:
      'Read errors[].details for the path at fault (such as data.attributes.type), fix it, and send the corrected request under a new Idempotency-Key.',
    // ERR "4xx and Idempotency": a 400 is stored under its Idempotency-Key like any answer.
    retry: {
      caution:
        'Persona stores the 400 under the Idempotency-Key: resending with the same key replays it, so a corrected request needs a new key.',
    },
  },
  // source: ERR-v1 example error body (title "Parameter missing")
  // doubt: the example carries no status of its own; 400 is read from the table ("invalid
  // parameters").
  {
    code: 'PARAMETER_MISSING',
    native: false,
    kind: 'error',
    category: 'validation',
    reason: 'MISSING_PARAMETER',
    httpStatus: 400,
    vendorText: 'param is missing or the value is empty: country_code',
    message: 'A parameter the endpoint needs was left out or sent empty.',
    remedy: 'Add the parameter named after the colon, then send again under a new Idempotency-Key.',
  },

  // ---- 401 (not stored by the idempotency layer: ERR "4xx and Idempotency") --------------
  // source: OAS components.responses.unauthorized; ERR-v1 table row 401
  {
    code: 'NOT_AUTHENTICATED',
    native: false,
    kind: 'error',
    category: 'auth',
    reason: 'MISSING_OR_INVALID_API_KEY',
    httpStatus: 401,
    vendorText: 'Must be authenticated to access this endpoint',
    message: 'The call carried no API key Persona could use, so it was not authenticated.',
    remedy:
      'Send "Authorization: Bearer <API key>" with an active key of the environment being called (sandbox and production keys differ).',
  },
  // source: OAS components.responses.unauthorized (title examples)
  // doubt: "Token" might also mean an expired OAuth access token; nothing documents that, so
  // the advice stays fix-config rather than refresh-credentials.
  {
    code: 'TOKEN_INVALID',
    native: false,
    kind: 'error',
    category: 'auth',
    reason: 'INVALID_API_KEY',
    httpStatus: 401,
    vendorText: 'Token is invalid',
    message:
      'An API key was sent but Persona refuses it (revoked, mistyped or of another organization).',
    remedy: 'Replace it with an active key from the Dashboard for the environment being called.',
  },

  // ---- 403 --------------------------------------------------------------------------------
  // source: OAS components.responses.forbidden; ERR-v1 table row 403
  // doubt: ERR-v1 says 403 also covers an exceeded quota; a 403 whose text names a quota is
  // read as QUOTA_EXCEEDED by a message rule.
  {
    code: 'FORBIDDEN',
    native: false,
    kind: 'error',
    category: 'account',
    reason: 'PERMISSION_DENIED',
    httpStatus: 403,
    vendorText: 'Forbidden',
    message: 'The API key may not perform this action, or the organization may not use it.',
    remedy:
      "Check the key's permissions and the products enabled for the organization; ask Persona to enable what is missing.",
  },
  // source: OAS components.responses.forbidden (Result example; title "Forbidden")
  // Auth, not account: the fix is the environment's IP allowlist, which is configuration.
  {
    code: 'IP_NOT_ALLOWED',
    native: false,
    kind: 'error',
    category: 'auth',
    reason: 'IP_NOT_ALLOWLISTED',
    httpStatus: 403,
    vendorText: 'IP address is not permitted access to current environment',
    message: 'The calling address is outside the allowlist set for this environment.',
    remedy:
      "Add the caller's egress IP to the environment's allowlist in the Dashboard, or call from an allowed host.",
  },
  // source: OAS components.responses.forbidden (details examples; title "Forbidden")
  {
    code: 'ENVIRONMENT_INACTIVE',
    native: false,
    kind: 'error',
    category: 'account',
    reason: 'ENVIRONMENT_INACTIVE',
    httpStatus: 403,
    vendorText: 'Resource cannot be created in an inactive environment',
    message: 'The environment this key belongs to is not active, so nothing can be created in it.',
    remedy:
      'Use a key of an active environment, or ask Persona to activate this one (production may not be enabled yet).',
  },
  // source: OAS components.responses.forbidden (details examples; title "Forbidden")
  {
    code: 'PRODUCT_API_NOT_ENABLED',
    native: false,
    kind: 'error',
    category: 'account',
    reason: 'PRODUCT_NOT_ENABLED',
    httpStatus: 403,
    vendorText: 'Verification creation API is not enabled',
    message:
      'The organization is not enabled for this API (the example: creating verifications directly).',
    remedy:
      'Ask Persona to enable the API for the organization, or create the object through an inquiry instead.',
  },

  // ---- 404 --------------------------------------------------------------------------------
  // source: OAS components.responses.not-found; ERR-v1 table row 404
  // doubt: a sandbox key used on a production id also gives 404; the remedy says so.
  {
    code: 'RECORD_NOT_FOUND',
    native: false,
    kind: 'error',
    category: 'validation',
    reason: 'RESOURCE_NOT_FOUND',
    httpStatus: 404,
    vendorText: 'Record not found',
    message: 'No object with that id exists in the environment the key belongs to.',
    remedy:
      'Check the id (inq_, ver_, act_ …) and that the key is for the environment where the object was created.',
  },
  // source: OAS components.responses.not-found (details example; title "Record not found")
  {
    code: 'RELATED_RECORD_NOT_FOUND',
    native: false,
    kind: 'error',
    category: 'validation',
    reason: 'REFERENCED_RESOURCE_NOT_FOUND',
    httpStatus: 404,
    field: 'inquiry_id',
    vendorText: 'data.attributes.inquiry_id is not found',
    message: 'An id referenced in the request body points at no existing object.',
    remedy: 'Correct the referenced id the details name and send again.',
  },

  // ---- 408 (documented on POST /reports only) ----------------------------------------------
  // source: OAS components.responses.request-timeout (Result example)
  // doubt: the text says the server gave up waiting for the request (so likely nothing ran);
  // kept at the category's 'uncertain' delivery because nothing says work had not started.
  {
    code: 'REQUEST_TIMEOUT',
    native: false,
    kind: 'error',
    category: 'retryable',
    reason: 'REQUEST_TIMEOUT',
    httpStatus: 408,
    vendorText: 'The server timed out waiting for the request',
    message: 'Persona stopped waiting for the request to arrive in full and closed it.',
    remedy:
      'Resend after a short delay under the same Idempotency-Key; look for slow uploads or a proxy holding the body back.',
  },
  // source: OAS components.responses.request-timeout (details examples)
  {
    code: 'REQUEST_TIMEOUT_CLIENT_IDLE',
    native: false,
    kind: 'error',
    category: 'retryable',
    reason: 'REQUEST_TIMEOUT',
    httpStatus: 408,
    vendorText:
      'Client did not produce a request within the time that the server was prepared to wait',
    message: 'The connection sat idle too long before a complete request came.',
    remedy: 'Open a fresh connection and resend promptly under the same Idempotency-Key.',
  },

  // ---- 409 (ERR "409 Conflict": a duplicate create, or a change to an object being changed)
  // source: OAS components.responses.conflict; ERR-v1 table row 409
  {
    code: 'CONFLICT',
    native: false,
    kind: 'error',
    category: 'user-state',
    reason: 'STATE_CONFLICT',
    httpStatus: 409,
    vendorText: 'Conflict',
    message: "The request clashes with the object's current state or with another request.",
    remedy:
      'Fetch the object, see whether it already exists or changed, and act on its current state.',
    // Often a duplicate create: the object may exist, so look before sending anything new.
    retry: { action: 'check-status' },
  },
  // source: OAS components.responses.conflict (Result example; title "Conflict")
  {
    code: 'RESOURCE_ALREADY_EXISTS',
    native: false,
    kind: 'error',
    category: 'user-state',
    reason: 'DUPLICATE_RESOURCE',
    httpStatus: 409,
    vendorText: 'Resource already exists as an active resource',
    message: 'An active object with the same identity exists already, so no second one was made.',
    remedy: 'Look up the existing object and use it instead of creating another.',
    retry: { action: 'check-status' },
  },
  // source: OAS components.responses.conflict (details examples; title "Conflict")
  {
    code: 'LIST_ITEM_NAME_EXISTS',
    native: false,
    kind: 'error',
    category: 'user-state',
    reason: 'DUPLICATE_LIST_ITEM',
    httpStatus: 409,
    vendorText: 'Name already exists as an active item in list',
    message: 'The list holds an active item with this name already.',
    remedy: 'Treat the item as present, or archive the existing one before adding it again.',
    // The item is there: nothing to retry.
    retry: { action: 'none' },
  },
  // source: OAS components.responses.conflict (title and details examples)
  {
    code: 'RECORD_NOT_UNIQUE',
    native: false,
    kind: 'error',
    category: 'user-state',
    reason: 'DUPLICATE_RESOURCE',
    httpStatus: 409,
    vendorText: 'Record not unique',
    message: 'A uniqueness rule refused the write because an equal record exists.',
    remedy:
      'Find the existing record (by reference-id, say) and use it instead of writing a duplicate.',
    retry: { action: 'check-status' },
  },
  // source: OAS components.responses.conflict (title "Stale object error" and details);
  // ERR "409 Conflict" (changing an object while it is being changed)
  // Retryable with delivery 'rejected': nothing was written, and Persona asks for a retry.
  {
    code: 'STALE_OBJECT',
    native: false,
    kind: 'error',
    category: 'retryable',
    reason: 'CONCURRENT_MODIFICATION',
    httpStatus: 409,
    vendorText: 'Attempted to update a record that was just modified. Please try again.',
    message: 'Another change to the same object landed first, so this update was refused.',
    remedy:
      'Read the object again, re-apply the change if it still makes sense, and retry after a short pause.',
    delivery: 'rejected',
    retry: {
      caution:
        'Read the object first: the change that won may already do what this call meant to do.',
    },
  },
  // source: OAS components.responses.conflict (details examples; title "Conflict")
  {
    code: 'INQUIRY_ALREADY_REDACTED',
    native: false,
    kind: 'error',
    category: 'user-state',
    reason: 'ALREADY_REDACTED',
    httpStatus: 409,
    vendorText: 'Inquiry already redacted',
    message: "The inquiry's personal data is deleted already; nothing more can be done to it.",
    remedy: 'Count a redaction request as done; for anything else create a new inquiry.',
    retry: { action: 'none' },
  },
  // source: OAS paths./api/v1/accounts/{account-id}.delete, response 409 (details example)
  {
    code: 'ACCOUNT_ALREADY_REDACTED',
    native: false,
    kind: 'error',
    category: 'user-state',
    reason: 'ALREADY_REDACTED',
    httpStatus: 409,
    vendorText: 'Account already redacted',
    message: 'The account was redacted before; redacting it again changes nothing.',
    remedy: 'Count the redaction as complete.',
    retry: { action: 'none' },
  },
  // source: OAS components.responses.conflict (details examples; title "Conflict")
  // Validation, though Persona answers 409: the request asks for a verification type the
  // inquiry's template does not use, and sending it again cannot work.
  {
    code: 'VERIFICATION_NOT_REQUIRED_BY_INQUIRY',
    native: false,
    kind: 'error',
    category: 'validation',
    reason: 'VERIFICATION_TYPE_NOT_IN_TEMPLATE',
    httpStatus: 409,
    field: 'inquiry_id',
    vendorText: 'data.attributes.inquiry_id does not require verification/email-address',
    message:
      "The inquiry's template has no step of this verification type, so it cannot be attached.",
    remedy:
      'Create only the verification types the inquiry template asks for, or use a template that has this one.',
  },

  // ---- 422 --------------------------------------------------------------------------------
  // source: OAS components.responses.unprocessable-entity; ERR-v1 table row 422
  {
    code: 'UNPROCESSABLE_ENTITY',
    native: false,
    kind: 'error',
    category: 'validation',
    reason: 'INVALID_ACTION_OR_VALUE',
    httpStatus: 422,
    vendorText: 'Unprocessable entity',
    message:
      'The request was well formed but asks for a value or an action Persona will not accept.',
    remedy:
      'Read errors[].details and errors[].source.pointer, fix the value or the action, and send under a new Idempotency-Key.',
  },
  // source: OAS components.responses.unprocessable-entity (title examples); ERR-v1 example
  // body ("Status can't be blank", pointer /data/attributes/status)
  {
    code: 'RECORD_INVALID',
    native: false,
    kind: 'error',
    category: 'validation',
    reason: 'FIELD_VALIDATION_FAILED',
    httpStatus: 422,
    vendorText: 'Record invalid',
    message: "An attribute failed Persona's validation; source.pointer names it.",
    remedy:
      'Fix the attribute the pointer names, as the details say, and resend under a new Idempotency-Key.',
  },
  // source: OAS components.responses.unprocessable-entity (details examples, pointer
  // /data/attributes/files). "2 bytes" is the example's placeholder; the rule matches any size.
  {
    code: 'FILE_TOO_LARGE',
    native: false,
    kind: 'error',
    category: 'validation',
    reason: 'FILE_TOO_LARGE',
    httpStatus: 422,
    field: 'files',
    vendorText: 'File must be under 2 bytes',
    message: 'An uploaded file is larger than Persona allows for this attribute.',
    remedy:
      'Compress or downscale the image or document below the stated size and upload it again.',
  },
  // source: OAS components.responses.unprocessable-entity (details examples, pointer
  // /data/attributes/selected-country-code)
  {
    code: 'INVALID_SELECTED_COUNTRY_CODE',
    native: false,
    kind: 'error',
    category: 'validation',
    reason: 'INVALID_COUNTRY_CODE',
    httpStatus: 422,
    field: 'selected-country-code',
    vendorText: 'Selected country code invalid selected country code of ZX',
    message: 'The country given is not one Persona knows or allows for this verification.',
    remedy: 'Send an ISO 3166-1 alpha-2 code that the template supports.',
  },
  // source: OAS components.responses.unprocessable-entity (Result example)
  // Validation, but the end user is the one to act: the one-time code they typed is wrong.
  {
    code: 'INVALID_CONFIRMATION_CODE',
    native: false,
    kind: 'error',
    category: 'validation',
    reason: 'WRONG_CONFIRMATION_CODE',
    httpStatus: 422,
    vendorText: 'Invalid confirmation code',
    message: 'The one-time code entered for a phone or email verification does not match.',
    remedy: 'Ask the end user to type the code again or to request a new one.',
    retry: { action: 'user-action' },
  },

  // ---- 429 (rate limiting runs before the idempotency layer: ERR "4xx and Idempotency") --
  // source: OAS components.responses.too-many-requests (Result example; title "Rate limit
  // exceeded"); ERR-v1 table row 429; RL "Environment Rate Limits"; RL-API "Response headers"
  {
    code: 'RATE_LIMIT_EXCEEDED',
    native: false,
    kind: 'error',
    category: 'rate-limit',
    reason: 'RATE_LIMITED',
    httpStatus: 429,
    vendorText:
      'You have hit your rate limit of 300 requests / min. Please reach out to support@withpersona.com if you need this changed.',
    message:
      'The environment used up its per-minute request allowance (300 a minute by default in production).',
    remedy:
      'Wait the seconds in RateLimit-Reset (retry.afterMs; it counts down, it is no timestamp), then retry and send less; ask Persona for a higher limit if it keeps happening.',
    retry: {
      caution:
        'Safe to resend under the same Idempotency-Key: a throttled request is not stored against the key.',
    },
  },
  // source: OAS components.responses.too-many-requests (title and details examples); RL
  // "Product-specific Quotas" (inquiry, verification, report, case, transaction creation)
  // doubt: ERR-v1 says quotas answer 403, the OAS 429; the rule takes either.
  {
    code: 'QUOTA_EXCEEDED',
    native: false,
    kind: 'error',
    category: 'rate-limit',
    reason: 'PRODUCT_QUOTA_EXCEEDED',
    httpStatus: 429,
    vendorText:
      'You have hit your create_verification quota limit of 300 requests. Please reach out to support@withpersona.com if you need this changed.',
    message: 'A creation quota for one kind of object (verifications, inquiries, …) is used up.',
    remedy:
      'Hold creations of that kind until the quota window resets, keep other calls going, and ask Persona to raise the quota if needed.',
  },

  // ---- 5xx (ERR-v1 table row "500, 502, 503, 504") --------------------------------------
  // source: ERR-v1 table row 500; IDEM (the first answer to a key, "including 500 errors", is
  // what every later request with that key gets)
  // Check-status, not backoff: a same-key retry only replays the stored 500, and a new key
  // may duplicate whatever the first call did.
  {
    code: 'SERVER_ERROR',
    native: false,
    kind: 'error',
    category: 'retryable',
    reason: 'VENDOR_INTERNAL_ERROR',
    httpStatus: 500,
    vendorText: "Something went wrong on Persona's end. These are rare.",
    message: 'Persona failed while handling the call; whether anything was created is not known.',
    remedy:
      'Look for the object first (list by reference-id, say); if it is not there, retry with backoff under a new Idempotency-Key.',
    retry: {
      action: 'check-status',
      caution:
        'Persona stores this 500 under the Idempotency-Key for 24 hours: the same key gets the same 500 back. Retry under a new key, and only after checking that nothing was created.',
    },
  },
  // source: ERR-v1 table row 502
  // doubt: whether a gateway error is stored under the key is not documented; if the same key
  // keeps getting the same answer at once, treat it like SERVER_ERROR.
  {
    code: 'BAD_GATEWAY',
    native: false,
    kind: 'error',
    category: 'retryable',
    reason: 'UPSTREAM_GATEWAY_ERROR',
    httpStatus: 502,
    vendorText: "Something went wrong on Persona's end. These are rare.",
    message: 'A gateway in front of Persona got no valid answer from the application.',
    remedy: 'Retry with exponential backoff, under the same Idempotency-Key for POST requests.',
    retry: {
      caution:
        'If the same key keeps getting the same 5xx at once, Persona is replaying a stored answer: check for the object, then retry under a new key.',
    },
  },
  // source: OAS components.responses.service-unavailable (documented on POST /cases);
  // ERR-v1 table row 503
  {
    code: 'SERVICE_UNAVAILABLE',
    native: false,
    kind: 'error',
    category: 'retryable',
    reason: 'VENDOR_UNAVAILABLE',
    httpStatus: 503,
    vendorText: 'Service unavailable',
    message: 'Persona cannot serve requests for the moment.',
    remedy: 'Retry later with exponential backoff; see status.withpersona.com if it lasts.',
    retry: {
      caution:
        'If the same key keeps getting the same 5xx at once, Persona is replaying a stored answer: check for the object, then retry under a new key.',
    },
  },
  // source: ERR-v1 table row 504
  // A timeout: the call may have been done, so look before sending it again.
  {
    code: 'GATEWAY_TIMEOUT',
    native: false,
    kind: 'error',
    category: 'retryable',
    reason: 'VENDOR_TIMEOUT',
    httpStatus: 504,
    vendorText: "Something went wrong on Persona's end. These are rare.",
    message: 'Persona did not answer in time; the operation may or may not have happened.',
    remedy:
      'Look for the object before retrying; then retry with backoff under the same Idempotency-Key, which returns the first answer if there was one.',
    retry: { action: 'check-status' },
  },

  // =========================================================================================
  // Inquiry statuses: data.attributes.status of an inquiry. OAS inquiry attributes: created,
  // pending, completed, expired, failed, needs_review, approved, declined ("Do not assume this
  // is a static enumeration"). Descriptions: LIFE "Statuses" table.
  // =========================================================================================
  // source: LIFE table row "created"
  {
    code: 'inquiry:created',
    kind: 'outcome',
    verdict: 'pending',
    final: false,
    reason: 'INQUIRY_CREATED',
    vendorText: 'Set when the inquiry is first created.',
    message: 'The inquiry exists, but the end user has not started it.',
    remedy: 'Send the user into the flow and wait for later statuses.',
  },
  // source: LIFE table row "pending" (event inquiry.started)
  {
    code: 'inquiry:pending',
    kind: 'outcome',
    verdict: 'pending',
    final: false,
    reason: 'INQUIRY_IN_PROGRESS',
    vendorText: 'Set when the end user submits a document or begins a verification.',
    message: 'The end user is working through the inquiry.',
    remedy: 'Wait for completed, failed or expired, and then for any decision after it.',
  },
  // source: LIFE table row "completed"; https://docs.withpersona.com/docs/inquiries-objects
  // (completed when every required verification check passes)
  // NOT an approval: post-inquiry workflows and manual review come after it (LIFE "Post-
  // Inquiry": approved, needs review, declined). Provisional and not final; a template with no
  // post-inquiry step never goes further, which the remedy says.
  {
    code: 'inquiry:completed',
    kind: 'outcome',
    verdict: 'provisional',
    final: false,
    reason: 'INQUIRY_COMPLETED_AWAITING_DECISION',
    vendorText: 'Set when end user reaches the Completed screen.',
    message:
      'The user finished the flow and the required checks passed; this is not yet a decision about them.',
    remedy:
      'If a workflow or a reviewer decides your inquiries, wait for approved, declined or needs_review; if none does, apply your own policy to the completed inquiry.',
  },
  // source: LIFE table row "failed"; https://docs.withpersona.com/v2021-05-14/docs/inquiries
  // (older wording: verification attempts used up)
  // Rejected but not final: a post-inquiry workflow can still decline it or send it to
  // review, and the inquiry's own retries are over.
  {
    code: 'inquiry:failed',
    kind: 'outcome',
    verdict: 'rejected',
    final: false,
    reason: 'INQUIRY_FAILED',
    vendorText: 'Set when end user reaches the Failed screen.',
    message:
      'The user could not pass the required checks in the attempts allowed, and the flow ended.',
    remedy:
      'Do not resubmit this inquiry: wait for a workflow or reviewer decision if you have one, else start a new inquiry if your policy allows another try.',
    // The vendor's process goes on: wait for the inquiry's decision rather than act now.
    retry: { action: 'wait-for-result' },
  },
  // source: LIFE table row "expired"; OAS POST /api/v1/inquiries/{inquiry-id}/resume (an
  // expired inquiry goes back to pending)
  // Pending with user-action, not rejected: the user stopped; no check failed.
  {
    code: 'inquiry:expired',
    kind: 'outcome',
    verdict: 'pending',
    final: false,
    reason: 'INQUIRY_EXPIRED',
    vendorText: 'Set when inquiry exceeds 24hrs, or configured duration, after inquiry created.',
    message: 'The user did not finish in the time allowed; nothing was decided.',
    remedy:
      'Resume the inquiry (POST /inquiries/{id}/resume) or create a new one, and ask the user to finish.',
    retry: { action: 'user-action' },
  },
  // source: LIFE table row "needs review" (event inquiry.marked-for-review)
  {
    code: 'inquiry:needs_review',
    kind: 'outcome',
    verdict: 'provisional',
    final: false,
    reason: 'MANUAL_REVIEW',
    vendorText: 'Set via post-inquiry processes or manual update.',
    message: 'A workflow or a team member sent the inquiry to manual review.',
    remedy: 'Wait for a reviewer to approve or decline it.',
  },
  // source: LIFE table row "approved"
  {
    code: 'inquiry:approved',
    kind: 'outcome',
    verdict: 'approved',
    final: true,
    reason: 'APPROVED',
    vendorText: 'Set via post-inquiry processes or manual update.',
    message: 'A workflow or a reviewer approved the inquiry.',
    remedy: 'Let the user go ahead.',
  },
  // source: LIFE table row "declined"
  {
    code: 'inquiry:declined',
    kind: 'outcome',
    verdict: 'rejected',
    final: true,
    reason: 'DECLINED',
    vendorText: 'Set via post-inquiry processes or manual update.',
    message: 'A workflow or a reviewer declined the inquiry.',
    remedy: 'Do not onboard the user; follow your adverse-action process.',
  },

  // =========================================================================================
  // Inquiry webhook events: data.attributes.name of a webhook body (OAS `webhooks`; EVT).
  // Same verdicts as the statuses they report.
  // =========================================================================================
  // source: OAS webhooks["inquiry.created"]; EVT
  {
    code: 'inquiry.created',
    kind: 'outcome',
    verdict: 'pending',
    final: false,
    reason: 'INQUIRY_CREATED',
    vendorText: 'Occurs whenever an inquiry is created.',
    message: 'An inquiry was created; the user has not started it.',
    remedy: 'Nothing to do yet; wait for the next events.',
  },
  // source: EVT "inquiry.started"
  {
    code: 'inquiry.started',
    kind: 'outcome',
    verdict: 'pending',
    final: false,
    reason: 'INQUIRY_IN_PROGRESS',
    vendorText:
      'Occurs whenever an inquiry is started. This happens the moment a verification is created or submitted on an inquiry.',
    message: 'The user began the inquiry.',
    remedy: 'Nothing to do yet; wait for the completion or decision events.',
  },
  // source: OAS webhooks["inquiry.completed"]; EVT
  // Not an approval: see inquiry:completed.
  {
    code: 'inquiry.completed',
    kind: 'outcome',
    verdict: 'provisional',
    final: false,
    reason: 'INQUIRY_COMPLETED_AWAITING_DECISION',
    vendorText: 'Occurs whenever an inquiry completes all the configured verifications.',
    message: 'The user finished every configured verification; a decision may still follow.',
    remedy:
      'If a workflow or a reviewer decides your inquiries, wait for inquiry.approved, inquiry.declined or inquiry.marked-for-review; if none does, apply your own policy.',
  },
  // source: OAS webhooks["inquiry.failed"]; EVT
  // Not final: see inquiry:failed.
  {
    code: 'inquiry.failed',
    kind: 'outcome',
    verdict: 'rejected',
    final: false,
    reason: 'INQUIRY_FAILED',
    vendorText: 'Occurs whenever an inquiry exceeds the configured number of verifications.',
    message: 'The user ran out of verification attempts and the inquiry failed.',
    remedy:
      'Do not resubmit it: wait for a workflow or reviewer decision if you have one, else open a new inquiry if your policy allows.',
    // The vendor's process goes on: wait for the inquiry's decision rather than act now.
    retry: { action: 'wait-for-result' },
  },
  // source: OAS webhooks["inquiry.expired"]; EVT
  {
    code: 'inquiry.expired',
    kind: 'outcome',
    verdict: 'pending',
    final: false,
    reason: 'INQUIRY_EXPIRED',
    vendorText: 'Occurs when an inquiry expires. The default expiry is 24 hours.',
    message: 'The inquiry ran out of time before the user finished.',
    remedy: 'Resume it or create a new inquiry, and prompt the user to finish.',
    retry: { action: 'user-action' },
  },
  // source: OAS webhooks["inquiry.marked-for-review"]; EVT (description cut off in the copy
  // we reached, so no vendorText)
  // doubt: a Help Center page calls this event inquiry.needs_review; the API and the OAS
  // use inquiry.marked-for-review, which is catalogued.
  {
    code: 'inquiry.marked-for-review',
    kind: 'outcome',
    verdict: 'provisional',
    final: false,
    reason: 'MANUAL_REVIEW',
    message: 'The inquiry was sent to manual review.',
    remedy: 'Wait for inquiry.approved or inquiry.declined.',
  },
  // source: OAS webhooks["inquiry.approved"]; LIFE
  {
    code: 'inquiry.approved',
    kind: 'outcome',
    verdict: 'approved',
    final: true,
    reason: 'APPROVED',
    message: 'A workflow or a reviewer approved the inquiry.',
    remedy: 'Let the user go ahead.',
  },
  // source: OAS webhooks["inquiry.declined"]; LIFE
  {
    code: 'inquiry.declined',
    kind: 'outcome',
    verdict: 'rejected',
    final: true,
    reason: 'DECLINED',
    message: 'A workflow or a reviewer declined the inquiry.',
    remedy: 'Do not onboard the user; follow your adverse-action process.',
  },

  // =========================================================================================
  // Verification statuses: data.attributes.status of a verification/* object. OAS
  // verification-shared-attributes.status: initiated, submitted, passed, failed,
  // requires_retry, canceled, confirmed; VLIFE adds skipped. Descriptions: VLIFE.
  // A verification is one step of an inquiry, not the decision about the person (WH-VER:
  // act on inquiry events), so no verification status is final here.
  // =========================================================================================
  // source: VLIFE table row "initiated"
  {
    code: 'verification:initiated',
    kind: 'outcome',
    verdict: 'pending',
    final: false,
    reason: 'VERIFICATION_STARTED',
    vendorText:
      'Verification has started, claimed information can now sent and saved to the server for verification',
    message: 'The verification was opened and is collecting data.',
    remedy: 'Wait for it to be submitted and decided.',
  },
  // source: VLIFE table row "confirmed"
  {
    code: 'verification:confirmed',
    kind: 'outcome',
    verdict: 'pending',
    final: false,
    reason: 'CONTACT_CONFIRMED',
    vendorText:
      'Verification has been confirmed. This status is specific to PhoneNumber and Email verifications, where a confirmation code has been entered and verified.',
    message:
      'The user proved they hold the phone number or mailbox; the verification is not decided yet.',
    remedy: 'Wait for the verification to be submitted and decided.',
  },
  // source: VLIFE table row "submitted"
  {
    code: 'verification:submitted',
    kind: 'outcome',
    verdict: 'pending',
    final: false,
    reason: 'VERIFICATION_PROCESSING',
    vendorText:
      'Verification has been submitted, the claimed information is frozen and the server will process the verification',
    message: 'The data is locked and Persona is running the checks.',
    remedy: 'Wait for passed, failed or requires_retry.',
  },
  // source: VLIFE table row "passed"
  // Provisional, not approved: every required check of this one verification passed, but
  // the inquiry's workflow or a reviewer may still decline the person, and escalated checks
  // can reopen it (verification.escalated).
  {
    code: 'verification:passed',
    kind: 'outcome',
    verdict: 'provisional',
    final: false,
    reason: 'VERIFICATION_PASSED',
    vendorText:
      'Verification has passed. The required checks have passed and the information is verified',
    message:
      'Every required check of this verification passed; the inquiry still holds the decision.',
    remedy: "Act on the inquiry's status (approved or declined), not on this verification alone.",
  },
  // source: VLIFE table row "failed"
  // Rejected but not final: the inquiry may give the user another attempt, and its workflow
  // decides.
  {
    code: 'verification:failed',
    kind: 'outcome',
    verdict: 'rejected',
    final: false,
    reason: 'VERIFICATION_FAILED',
    vendorText:
      'Verification has failed. Some or all of the required checks have failed and verification has failed',
    message: 'At least one required check of this verification failed.',
    remedy:
      "See the failed checks in the outcome's tags; act on the inquiry's status, which may still allow another attempt.",
    // The vendor's process goes on: wait for the inquiry's decision rather than act now.
    retry: { action: 'wait-for-result' },
  },
  // source: VLIFE table row "requires_retry" (the description is cut off in every copy we
  // reached after its first sentence)
  {
    code: 'verification:requires_retry',
    kind: 'outcome',
    verdict: 'rejected',
    final: false,
    reason: 'RESUBMISSION_REQUIRED',
    vendorText: 'Verification requires a resubmission.',
    message:
      'Persona could not fully process what was submitted (an unreadable image, say) and needs it again.',
    remedy: 'Let the user submit again with a better capture; this is no sign of fraud.',
    retry: { action: 'user-action' },
  },
  // source: OAS verification-shared-attributes.status (value only)
  // doubt: no description of canceled could be reached; read as "no result, none coming".
  {
    code: 'verification:canceled',
    kind: 'outcome',
    verdict: 'pending',
    final: false,
    reason: 'VERIFICATION_CANCELED',
    message: 'The verification was canceled before it had a result.',
    remedy: "Rely on the inquiry's status; start a new verification only if one is still needed.",
    retry: { action: 'investigate' },
  },
  // source: VLIFE lifecycle list (a skipped verification gets status skipped); not in the
  // OAS 2023-01-05 enum
  // doubt: when a verification is skipped is not described.
  {
    code: 'verification:skipped',
    kind: 'outcome',
    verdict: 'pending',
    final: false,
    reason: 'VERIFICATION_SKIPPED',
    message: 'This verification was not run (skipped by the template or the flow).',
    remedy: "Rely on the inquiry's status for the decision.",
    retry: { action: 'investigate' },
  },

  // =========================================================================================
  // Verification webhook events. WH-VER lists them (one page per event, titled "Verification
  // <x>", each saying "Webhook for the verification.<x> event"), and says most integrations
  // should act on inquiry events instead. No verification event is final (see above).
  // =========================================================================================
  // source: WH-VER "Verification created"
  {
    code: 'verification.created',
    kind: 'outcome',
    verdict: 'pending',
    final: false,
    reason: 'VERIFICATION_STARTED',
    message: 'A verification object was created.',
    remedy: 'Nothing to do; wait for the inquiry events.',
  },
  // source: WH-VER "Verification submitted"
  {
    code: 'verification.submitted',
    kind: 'outcome',
    verdict: 'pending',
    final: false,
    reason: 'VERIFICATION_PROCESSING',
    message: 'The verification data was submitted for checking.',
    remedy: 'Wait for the result event.',
  },
  // source: WH-VER "Verification passed"
  {
    code: 'verification.passed',
    kind: 'outcome',
    verdict: 'provisional',
    final: false,
    reason: 'VERIFICATION_PASSED',
    message: 'This verification passed its required checks; the inquiry still holds the decision.',
    remedy: 'Act on inquiry events (approved or declined), not on this one.',
  },
  // source: WH-VER "Verification failed"
  {
    code: 'verification.failed',
    kind: 'outcome',
    verdict: 'rejected',
    final: false,
    reason: 'VERIFICATION_FAILED',
    message: 'This verification failed one or more required checks.',
    remedy: "See the failed checks in the outcome's tags; act on inquiry events for the decision.",
    // The vendor's process goes on: wait for the inquiry's decision rather than act now.
    retry: { action: 'wait-for-result' },
  },
  // source: WH-VER "Verification requires retry"
  {
    code: 'verification.requires-retry',
    kind: 'outcome',
    verdict: 'rejected',
    final: false,
    reason: 'RESUBMISSION_REQUIRED',
    message: 'The user has to submit this verification again.',
    remedy: 'Let the user retry in the flow; there is nothing to resend from the server.',
    retry: { action: 'user-action' },
  },
  // source: WH-VER "Verification canceled"
  {
    code: 'verification.canceled',
    kind: 'outcome',
    verdict: 'pending',
    final: false,
    reason: 'VERIFICATION_CANCELED',
    message: 'The verification was canceled without a result.',
    remedy: "Rely on the inquiry's status.",
    retry: { action: 'investigate' },
  },
  // source: WH-VER "Verification skipped"
  {
    code: 'verification.skipped',
    kind: 'outcome',
    verdict: 'pending',
    final: false,
    reason: 'VERIFICATION_SKIPPED',
    message: 'The verification was skipped.',
    remedy: "Rely on the inquiry's status.",
    retry: { action: 'investigate' },
  },
  // source: WH-VER "Verification escalated"; Help Center
  // https://help.withpersona.com/articles/254hfSuncHBVK9oAnpMJm5/ (slower fraud models fire
  // it on medium or high risk, after the verification passed or failed)
  // doubt: provisional, because it reopens a decided verification with a risk signal.
  {
    code: 'verification.escalated',
    kind: 'outcome',
    verdict: 'provisional',
    final: false,
    reason: 'ASYNC_FRAUD_SIGNAL',
    message:
      'Slower background fraud models rated an already decided verification as medium or high risk.',
    remedy:
      'Review the user (open a case, say), ask for more verification or restrict the account per policy.',
    retry: { action: 'investigate' },
  },
  // source: WH-VER "Verification tentatively passed" (title only)
  // doubt: not described anywhere we reached; read as a pass that later processing may undo.
  {
    code: 'verification.tentatively-passed',
    kind: 'outcome',
    verdict: 'provisional',
    final: false,
    reason: 'TENTATIVE_PASS',
    message: 'The verification passes for now; further processing may still change that.',
    remedy: 'Wait for the final verification or inquiry event.',
  },
  // source: WH-VER "Verification tentatively failed" (title only)
  // doubt: as above; a failure that later processing may undo.
  {
    code: 'verification.tentatively-failed',
    kind: 'outcome',
    verdict: 'rejected',
    final: false,
    reason: 'TENTATIVE_FAIL',
    message: 'The verification fails for now; further processing may still change that.',
    remedy: 'Wait for the final verification or inquiry event.',
    retry: { action: 'wait-for-result' },
  },

  // =========================================================================================
  // Verification checks: checks[].name of a verification. Shape (OAS verification-shared-
  // attributes.checks): {name, status: passed | failed | not_applicable, reasons[],
  // requirement}. VCHK: a verification passes only when every required check passes, and
  // checks are of two types, "User action required" (a poor capture) and "Fraud". Persona
  // keeps which check is which type in the Dashboard; the grouping below (capture / policy /
  // fraud) is OUR reading of the names: doubt applies to every group.
  // A failed check is evidence, not the decision: rejected, never final. Names: OAS response
  // examples of government-id, government-id-nfc and selfie verifications; `vendorText` is
  // the example reason the OAS shows for a failed check, where it shows one.
  // =========================================================================================

  // ---- capture: the user can fix it by taking the picture again ------------------------
  // source: OAS example (government-id): failed, reasons [barcode_not_decoded]
  {
    code: 'check:id_barcode_detection',
    kind: 'outcome',
    verdict: 'rejected',
    final: false,
    reason: 'ID_BARCODE_UNREADABLE',
    vendorText: 'barcode_not_decoded',
    message: 'The barcode on the back of the ID could not be read.',
    remedy: 'Have the user capture the back of the ID again, flat, sharp and fully in frame.',
    retry: { action: 'user-action' },
  },
  // source: OAS example (government-id)
  {
    code: 'check:id_blur_detection',
    kind: 'outcome',
    verdict: 'rejected',
    final: false,
    reason: 'ID_IMAGE_BLURRY',
    message: 'The ID picture is too blurry to analyse.',
    remedy: 'Ask the user to take the picture again, holding the camera steady.',
    retry: { action: 'user-action' },
  },
  // source: OAS example (government-id): failed, reasons [too_much_glare]
  {
    code: 'check:id_glare_detection',
    kind: 'outcome',
    verdict: 'rejected',
    final: false,
    reason: 'ID_IMAGE_GLARE',
    vendorText: 'too_much_glare',
    message: 'Reflections hide part of the ID.',
    remedy: 'Ask the user to take the picture again away from direct light.',
    retry: { action: 'user-action' },
  },
  // source: OAS example (government-id): failed, reasons [side_submitted_twice]
  {
    code: 'check:id_double_side_detection',
    kind: 'outcome',
    verdict: 'rejected',
    final: false,
    reason: 'ID_SAME_SIDE_TWICE',
    vendorText: 'side_submitted_twice',
    message: 'The same side of the ID came in as both front and back.',
    remedy: 'Ask the user to capture the other side of the ID.',
    retry: { action: 'user-action' },
  },
  // source: OAS example (government-id): failed, reasons [portrait_not_found]
  {
    code: 'check:id_portrait_detection',
    kind: 'outcome',
    verdict: 'rejected',
    final: false,
    reason: 'ID_PORTRAIT_MISSING',
    vendorText: 'portrait_not_found',
    message: 'No face portrait was found on the ID picture.',
    remedy: 'Ask the user to capture the photo side of a photo ID.',
    retry: { action: 'user-action' },
  },
  // source: OAS example (government-id)
  {
    code: 'check:id_portrait_clarity_detection',
    kind: 'outcome',
    verdict: 'rejected',
    final: false,
    reason: 'ID_PORTRAIT_UNCLEAR',
    message: 'The portrait on the ID is not clear enough to compare with a face.',
    remedy: 'Ask the user to take the ID picture again in better light and focus.',
    retry: { action: 'user-action' },
  },
  // source: OAS example (government-id)
  {
    code: 'check:id_unprocessable_submission_detection',
    kind: 'outcome',
    verdict: 'rejected',
    final: false,
    reason: 'ID_UNPROCESSABLE',
    message: 'Persona could not process the ID pictures at all.',
    remedy: 'Ask the user to send a clear picture of a supported ID.',
    retry: { action: 'user-action' },
  },
  // source: OAS example (government-id)
  {
    code: 'check:id_mrz_detection',
    kind: 'outcome',
    verdict: 'rejected',
    final: false,
    reason: 'ID_MRZ_NOT_FOUND',
    message: 'The machine-readable zone of the document was not found.',
    remedy: 'Ask the user to include the whole machine-readable zone in the picture.',
    retry: { action: 'user-action' },
  },
  // source: OAS example (government-id): not_applicable, reasons [no_required_properties]
  {
    code: 'check:id_extracted_properties_detection',
    kind: 'outcome',
    verdict: 'rejected',
    final: false,
    reason: 'ID_FIELDS_NOT_EXTRACTED',
    message: 'Fields the template needs could not be read from the ID.',
    remedy: 'Ask the user to capture the whole ID again, legibly.',
    retry: { action: 'user-action' },
  },
  // source: OAS verification check name examples (name only)
  {
    code: 'check:document_type_detection',
    kind: 'outcome',
    verdict: 'rejected',
    final: false,
    reason: 'DOCUMENT_TYPE_UNRECOGNISED',
    message: 'The uploaded document is not of a kind the template expects.',
    remedy: 'Ask the user to upload the kind of document asked for.',
    retry: { action: 'user-action' },
  },
  // source: OAS example (selfie): failed, reasons [too_much_glare]
  {
    code: 'check:selfie_glare_detection',
    kind: 'outcome',
    verdict: 'rejected',
    final: false,
    reason: 'SELFIE_GLARE',
    vendorText: 'too_much_glare',
    message: 'Glare spoils the selfie.',
    remedy: 'Ask the user to take the selfie again without strong light on or behind them.',
    retry: { action: 'user-action' },
  },
  // source: OAS example (selfie)
  {
    code: 'check:selfie_glasses_detection',
    kind: 'outcome',
    verdict: 'rejected',
    final: false,
    reason: 'SELFIE_GLASSES',
    message: 'Glasses hide part of the face in the selfie.',
    remedy: 'Ask the user to take off their glasses and take the selfie again.',
    retry: { action: 'user-action' },
  },
  // source: OAS example (selfie)
  {
    code: 'check:selfie_face_covering_detection',
    kind: 'outcome',
    verdict: 'rejected',
    final: false,
    reason: 'SELFIE_FACE_COVERED',
    message: 'Something covers part of the face in the selfie.',
    remedy: 'Ask the user to uncover their face and take the selfie again.',
    retry: { action: 'user-action' },
  },
  // source: OAS example (selfie)
  {
    code: 'check:selfie_pose_detection',
    kind: 'outcome',
    verdict: 'rejected',
    final: false,
    reason: 'SELFIE_WRONG_POSE',
    message: 'The selfie poses asked for were not followed.',
    remedy: 'Ask the user to take the selfie again, following the pose prompts.',
    retry: { action: 'user-action' },
  },
  // source: OAS example (selfie)
  {
    code: 'check:selfie_multiple_faces_detection',
    kind: 'outcome',
    verdict: 'rejected',
    final: false,
    reason: 'SELFIE_MULTIPLE_FACES',
    message: 'More than one face shows in the selfie.',
    remedy: 'Ask the user to take the selfie again alone in the frame.',
    retry: { action: 'user-action' },
  },

  // ---- policy: the document or the person falls outside the template's rules ------------
  // source: OAS example (government-id): failed, reasons [type_not_detected]
  {
    code: 'check:id_disallowed_type_detection',
    kind: 'outcome',
    verdict: 'rejected',
    final: false,
    reason: 'ID_TYPE_NOT_ALLOWED',
    vendorText: 'type_not_detected',
    message: 'The ID type is not accepted by the template, or could not be told.',
    remedy: 'Ask the user for one of the ID types the template accepts.',
    retry: { action: 'user-action' },
  },
  // source: OAS example (government-id): not_applicable, reasons [no_country]
  {
    code: 'check:id_disallowed_country_detection',
    kind: 'outcome',
    verdict: 'rejected',
    final: false,
    reason: 'ID_COUNTRY_NOT_ALLOWED',
    message: 'The ID comes from a country the template does not accept.',
    remedy: 'Ask for an ID from an accepted country, or decline as your policy says.',
  },
  // source: OAS example (government-id): not_applicable, reasons [no_expiration_date]
  {
    code: 'check:id_expired_detection',
    kind: 'outcome',
    verdict: 'rejected',
    final: false,
    reason: 'ID_EXPIRED',
    message: 'The ID is past its expiry date.',
    remedy: 'Ask the user for a valid ID that has not expired.',
    retry: { action: 'user-action' },
  },
  // source: OAS example (government-id-nfc): failed, reasons [expired]
  {
    code: 'check:id_nfc_expired_detection',
    kind: 'outcome',
    verdict: 'rejected',
    final: false,
    reason: 'ID_CHIP_EXPIRED',
    vendorText: 'expired',
    message: "The ID's chip data shows that it has expired.",
    remedy: 'Ask the user for a valid ID that has not expired.',
    retry: { action: 'user-action' },
  },
  // source: OAS example (government-id)
  {
    code: 'check:id_valid_dates_detection',
    kind: 'outcome',
    verdict: 'rejected',
    final: false,
    reason: 'ID_DATES_INVALID',
    message: 'The dates printed on the ID are impossible or contradict each other.',
    remedy: 'Have a person review it; ask for another ID if the document looks genuine.',
    retry: { action: 'investigate' },
  },
  // source: OAS example (government-id): not_applicable, reasons [missing_birthdate]
  {
    code: 'check:id_age_comparison',
    kind: 'outcome',
    verdict: 'rejected',
    final: false,
    reason: 'AGE_OUT_OF_RANGE',
    message: 'The age on the ID is outside the range the template allows.',
    remedy: 'Decline or route the user as your age policy says.',
  },
  // source: OAS example (selfie): not_applicable, reasons [no_reference_birthdate]
  {
    code: 'check:selfie_age_comparison',
    kind: 'outcome',
    verdict: 'rejected',
    final: false,
    reason: 'SELFIE_AGE_MISMATCH',
    message: 'The age guessed from the selfie does not fit the expected age.',
    remedy: 'Have a person review it, or ask for stronger verification.',
    retry: { action: 'investigate' },
  },
  // source: OAS example (government-id): not_applicable, reasons [missing_address]
  {
    code: 'check:id_po_box_detection',
    kind: 'outcome',
    verdict: 'rejected',
    final: false,
    reason: 'ID_ADDRESS_PO_BOX',
    message: 'The address on the ID is a post office box.',
    remedy: 'Ask for a document with a residential address if your policy needs one.',
  },
  // source: OAS example (government-id): not_applicable, reasons [disabled]
  {
    code: 'check:id_real_id_detection',
    kind: 'outcome',
    verdict: 'rejected',
    final: false,
    reason: 'ID_NOT_REAL_ID',
    message: 'The US ID is not REAL ID compliant, and the template requires that.',
    remedy: 'Ask for a REAL ID compliant document.',
  },

  // ---- fraud: false, altered or reused information; a person should look -----------------
  // source: OAS example (government-id)
  {
    code: 'check:id_tamper_detection',
    kind: 'outcome',
    verdict: 'rejected',
    final: false,
    reason: 'ID_TAMPERED',
    message: 'The ID picture shows signs of editing or physical tampering.',
    remedy: 'Do not just ask for a new picture; have a person review it, or decline.',
    retry: { action: 'investigate' },
  },
  // source: OAS example (government-id)
  {
    code: 'check:id_fabrication_detection',
    kind: 'outcome',
    verdict: 'rejected',
    final: false,
    reason: 'ID_FABRICATED',
    message: 'The ID looks generated or made up rather than a real document.',
    remedy: 'Have a person review it, or decline.',
    retry: { action: 'investigate' },
  },
  // source: OAS example (government-id): failed, reasons [replica_detected]
  {
    code: 'check:id_electronic_replica_detection',
    kind: 'outcome',
    verdict: 'rejected',
    final: false,
    reason: 'ID_SCREEN_OR_COPY',
    vendorText: 'replica_detected',
    message: 'The ID was photographed from a screen or a copy, not the physical card.',
    remedy:
      'Require a picture of the physical document; have a person review it if it happens again.',
    retry: { action: 'user-action' },
  },
  // source: OAS example (government-id)
  {
    code: 'check:id_color_inconsistency_detection',
    kind: 'outcome',
    verdict: 'rejected',
    final: false,
    reason: 'ID_COLOR_ANOMALY',
    message: 'The colours of the ID do not match a genuine document (a greyscale copy, say).',
    remedy: 'Require a colour picture of the physical ID; have a person review it if it persists.',
    retry: { action: 'investigate' },
  },
  // source: OAS example (government-id)
  {
    code: 'check:id_compromised_detection',
    kind: 'outcome',
    verdict: 'rejected',
    final: false,
    reason: 'ID_KNOWN_COMPROMISED',
    message: 'The ID matches a document known to be compromised or circulating.',
    remedy: 'Decline, or have a person review it.',
    retry: { action: 'investigate' },
  },
  // source: OAS example (government-id)
  {
    code: 'check:id_public_figure_detection',
    kind: 'outcome',
    verdict: 'rejected',
    final: false,
    reason: 'ID_PUBLIC_FIGURE',
    message: 'The portrait on the ID matches a public figure.',
    remedy: 'Have a person review it.',
    retry: { action: 'investigate' },
  },
  // source: OAS example (government-id)
  {
    code: 'check:id_handwriting_detection',
    kind: 'outcome',
    verdict: 'rejected',
    final: false,
    reason: 'ID_HANDWRITING',
    message: 'Handwriting was found on the ID where print belongs.',
    remedy: 'Have a person review it.',
    retry: { action: 'investigate' },
  },
  // source: OAS example (government-id): failed, reasons [cannot_verify_id]
  {
    code: 'check:id_entity_detection',
    kind: 'outcome',
    verdict: 'rejected',
    final: false,
    reason: 'ID_NOT_VERIFIABLE',
    vendorText: 'cannot_verify_id',
    message: 'Persona could not establish that the ID is a genuine identity document.',
    remedy: 'Have a person review it, or ask for a different ID.',
    retry: { action: 'investigate' },
  },
  // source: OAS example (government-id): not_applicable, reasons [not_enabled]
  {
    code: 'check:id_repeat_detection',
    kind: 'outcome',
    verdict: 'rejected',
    final: false,
    reason: 'ID_REUSED',
    message: 'This ID was submitted before in another inquiry or account.',
    remedy: 'Look for duplicate accounts before deciding.',
    retry: { action: 'investigate' },
  },
  // source: OAS example (government-id): not_applicable, reasons [not_enabled]
  {
    code: 'check:id_inconsistent_repeat_detection',
    kind: 'outcome',
    verdict: 'rejected',
    final: false,
    reason: 'ID_REUSED_WITH_DIFFERENT_DATA',
    message: 'An ID seen before came back with different details.',
    remedy: 'Treat it as high risk and have a person review it.',
    retry: { action: 'investigate' },
  },
  // source: OAS example (government-id): not_applicable, reasons [mrz_not_found]
  {
    code: 'check:id_mrz_inconsistency_detection',
    kind: 'outcome',
    verdict: 'rejected',
    final: false,
    reason: 'ID_MRZ_MISMATCH',
    message: 'The machine-readable zone disagrees with the printed fields.',
    remedy: 'Have a person review it.',
    retry: { action: 'investigate' },
  },
  // source: OAS example (government-id): not_applicable, reasons [barcode_not_decoded]
  {
    code: 'check:id_barcode_inconsistency_detection',
    kind: 'outcome',
    verdict: 'rejected',
    final: false,
    reason: 'ID_BARCODE_MISMATCH',
    message: 'The barcode data disagrees with the printed fields.',
    remedy: 'Have a person review it.',
    retry: { action: 'investigate' },
  },
  // source: OAS example (government-id): not_applicable, reasons [missing_properties]
  {
    code: 'check:id_extraction_inconsistency_detection',
    kind: 'outcome',
    verdict: 'rejected',
    final: false,
    reason: 'ID_FIELDS_INCONSISTENT',
    message: 'Fields read from different parts of the ID contradict each other.',
    remedy: 'Have a person review it.',
    retry: { action: 'investigate' },
  },
  // source: OAS example (government-id): not_applicable, reasons [invalid_country]
  {
    code: 'check:id_number_format_inconsistency_detection',
    kind: 'outcome',
    verdict: 'rejected',
    final: false,
    reason: 'ID_NUMBER_FORMAT_INVALID',
    message: "The document number does not follow its issuer's format.",
    remedy: 'Have a person review it.',
    retry: { action: 'investigate' },
  },
  // source: OAS example (government-id): not_applicable, reasons [disabled]
  {
    code: 'check:id_age_inconsistency_detection',
    kind: 'outcome',
    verdict: 'rejected',
    final: false,
    reason: 'ID_AGE_INCONSISTENT',
    message: 'The birth date on the ID does not fit the apparent age of the portrait.',
    remedy: 'Have a person review it.',
    retry: { action: 'investigate' },
  },
  // source: OAS example (government-id): not_applicable, reasons [no_selfie]
  {
    code: 'check:id_selfie_comparison',
    kind: 'outcome',
    verdict: 'rejected',
    final: false,
    reason: 'FACE_MISMATCH',
    message: 'The ID portrait and the selfie do not seem to show the same person.',
    remedy: 'Have a person review it, or decline.',
    retry: { action: 'investigate' },
  },
  // source: OAS example (government-id): not_applicable, reasons [no_account]
  {
    code: 'check:id_account_comparison',
    kind: 'outcome',
    verdict: 'rejected',
    final: false,
    reason: 'ID_ACCOUNT_MISMATCH',
    message: 'The ID details disagree with the Persona account they were sent for.',
    remedy: 'Check whether the right person is verifying this account.',
    retry: { action: 'investigate' },
  },
  // source: OAS example (government-id): not_applicable, reasons [no_inquiry]
  {
    code: 'check:id_inquiry_comparison',
    kind: 'outcome',
    verdict: 'rejected',
    final: false,
    reason: 'ID_INQUIRY_MISMATCH',
    message: 'The ID details disagree with data already on the inquiry (a prefilled name, say).',
    remedy: 'Confirm who the user claims to be, and have a person review it.',
    retry: { action: 'investigate' },
  },
  // source: OAS example (government-id): not_applicable, reasons [disabled]
  {
    code: 'check:id_aamva_database_lookup',
    kind: 'outcome',
    verdict: 'rejected',
    final: false,
    reason: 'AAMVA_RECORD_MISMATCH',
    message: "The US driver's licence data did not match the issuing state's records.",
    remedy: 'Have a person review it.',
    retry: { action: 'investigate' },
  },
  // source: OAS verification check name examples (name only)
  {
    code: 'check:aamva_identification_number_comparison',
    kind: 'outcome',
    verdict: 'rejected',
    final: false,
    reason: 'AAMVA_ID_NUMBER_MISMATCH',
    message: "The licence number did not match the issuing state's records.",
    remedy: 'Have a person review it.',
    retry: { action: 'investigate' },
  },
  // source: OAS example (selfie)
  {
    code: 'check:selfie_liveness_detection',
    kind: 'outcome',
    verdict: 'rejected',
    final: false,
    reason: 'LIVENESS_FAILED',
    message: 'The selfie looks like a spoof (a photo, a screen, a mask) rather than a live person.',
    remedy: 'Do not retry on your own; have a person review it, or decline.',
    retry: { action: 'investigate' },
  },
  // source: OAS example (selfie): not_applicable, reasons [no_government_id]
  {
    code: 'check:selfie_id_comparison',
    kind: 'outcome',
    verdict: 'rejected',
    final: false,
    reason: 'FACE_MISMATCH',
    message: 'The selfie does not match the portrait on the government ID.',
    remedy: 'Have a person review it, or decline.',
    retry: { action: 'investigate' },
  },
  // source: OAS example (selfie): not_applicable, reasons [no_account_selfie_present]
  {
    code: 'check:selfie_account_comparison',
    kind: 'outcome',
    verdict: 'rejected',
    final: false,
    reason: 'SELFIE_ACCOUNT_MISMATCH',
    message: 'The selfie does not match the face kept on the account.',
    remedy: 'Treat it as a possible account takeover and review it.',
    retry: { action: 'investigate' },
  },
  // source: OAS example (selfie)
  {
    code: 'check:selfie_pose_repeat_detection',
    kind: 'outcome',
    verdict: 'rejected',
    final: false,
    reason: 'SELFIE_REPEATED_FRAMES',
    message: 'The different selfie poses look like one picture used again.',
    remedy: 'Have a person review it.',
    retry: { action: 'investigate' },
  },
  // source: OAS example (selfie)
  {
    code: 'check:selfie_public_figure_detection',
    kind: 'outcome',
    verdict: 'rejected',
    final: false,
    reason: 'SELFIE_PUBLIC_FIGURE',
    message: 'The selfie matches a public figure.',
    remedy: 'Have a person review it.',
    retry: { action: 'investigate' },
  },
  // source: OAS example (selfie)
  {
    code: 'check:selfie_suspicious_entity_detection',
    kind: 'outcome',
    verdict: 'rejected',
    final: false,
    reason: 'SELFIE_SUSPICIOUS_ENTITY',
    message: 'The face matches a person Persona links to suspicious activity.',
    remedy: 'Have a person review it, or decline.',
    retry: { action: 'investigate' },
  },
] as const satisfies readonly EntrySpec[];

/** One entry of {@link PERSONA_CATALOG}, exactly as written. */
export type PersonaEntry = (typeof PERSONA_CATALOG)[number];

/** Every key in the Persona catalog: error keys, statuses, event names and checks. */
export type PersonaCode = PersonaEntry['code'];

/** Descriptive keys for REST API failures (Persona sends no error codes; `native: false`). */
export type PersonaErrorKey = Extract<PersonaEntry, { readonly kind: 'error' }>['code'];

/** Inquiry statuses, as `inquiry:<status>`. */
export type PersonaInquiryStatus = Extract<PersonaCode, `inquiry:${string}`>;

/** Verification statuses, as `verification:<status>`. */
export type PersonaVerificationStatus = Extract<PersonaCode, `verification:${string}`>;

/** Webhook event names (`inquiry.approved`, `verification.failed`, …). */
export type PersonaEvent = Extract<PersonaCode, `${'inquiry' | 'verification'}.${string}`>;

/** Verification checks, as `check:<name>`. */
export type PersonaCheck = Extract<PersonaCode, `check:${string}`>;
