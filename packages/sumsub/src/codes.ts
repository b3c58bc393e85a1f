import type { EntrySpec } from '@kyc-errors/core/provider-kit';

/*
 * Every failure, review status and reject label Sumsub documents, as data.
 *
 * - Numeric `errorCode`s of the error body `{description, code, correlationId, errorCode?,
 *   errorName?}` are catalogued under their own number; `vendorText` is the `errorName`.
 * - Failures Sumsub sends without an `errorCode` (decided by `description` or by the HTTP
 *   status) get descriptive UPPER_SNAKE keys with `native: false`; the message and status
 *   rules in `rules.ts` find them.
 * - Review statuses (`init`, `pending`, `onHold`, ...) and the answers of a completed review
 *   (`GREEN`; RED split by `reviewRejectType` into `RED_RETRY` and `RED_FINAL`) are `outcome`
 *   entries; so are the reject labels, which `outcome()` carries as tags.
 *
 * Messages and remedies are ours; `vendorText` is Sumsub's own string. Source keys in the
 * comments:
 *
 * - S1: https://docs.sumsub.com/reference/error-codes-description, section "Upload errors"
 * - S2: https://docs.sumsub.com/reference/review-api-health, sections "Errors" and "Error codes"
 * - S3: https://docs.sumsub.com/reference/error-codes, table "Code / Description"
 * - S4: https://docs.sumsub.com/reference/rate-limits, section "Rate limits"
 * - S5: https://docs.sumsub.com/reference/authentication, "Make requests" and "Sign requests"
 * - S6: https://docs.sumsub.com/docs/applicant-statuses, table of dashboard statuses
 * - S7: https://docs.sumsub.com/reference/get-applicant-review-status, "Possible review statuses"
 * - S8: https://docs.sumsub.com/docs/receive-and-interpret-results-via-api, review result fields
 * - S11: https://docs.sumsub.com/reference/temporary-rejection and
 *   https://docs.sumsub.com/docs/rejection-explanatory-buttons ("Resubmission requested")
 * - S12: https://docs.sumsub.com/reference/final-rejection
 * - R1-R5: github.com/SUMSUB/agent-skills @ 070922aeec263c846852ab27c368ef0688296724 (Sumsub's
 *   own organisation). R1: skills/sumsub-create-workflow/references/workflow-expressions.md,
 *   "Elements of applicant.review.rejectLabels". R2: skills/sumsub-api-auth/references/
 *   signing-pitfalls.md. R3: skills/sumsub-integrate-id-connect/SKILL.md, "Reuse error codes",
 *   and references/scopes-and-claims.md, "Common error responses". R5: skills/
 *   sumsub-check-permissions/SKILL.md, skills/sumsub-create-transaction/references/
 *   transaction-schema.md, skills/sumsub-create-workflow/SKILL.md, skills/
 *   sumsub-create-cross-check-preset/SKILL.md, skills/sumsub-create-level/references/
 *   level-schema.md.
 * - I1: https://github.com/SumSubstance/AppTokenUsageExamples/issues/20 (a quoted table row)
 * - I2: https://github.com/SumSubstance/AppTokenUsageExamples/issues/25
 * - T1, T2: third-party integration notes and client code that cite Sumsub's error-code page
 *   (not a Sumsub page; see the README).
 */

/** Request errors: numeric `errorCode`s first, then descriptive keys per group. */
export const SUMSUB_ERRORS = [
  // ---------------------------------------------------------------------------------------
  // Request errors: the upload group (errorCode 1000-1011)
  // ---------------------------------------------------------------------------------------
  // source: S1 https://docs.sumsub.com/reference/error-codes-description § Upload errors; S2
  // review-api-health § Error codes
  {
    code: '1000',
    kind: 'error',
    category: 'user-state',
    reason: 'DUPLICATE_DOCUMENT',
    vendorText: 'duplicate-document',
    httpStatus: 409,
    message: 'This exact file is already stored on the applicant.',
    remedy:
      "Do not upload it again; if this follows a timed-out upload, treat the earlier upload as done and read the applicant's documents to confirm.",
    // Not fix-request: after a timed-out upload, a duplicate means the first one landed, so look
    // before sending anything.
    retry: { retryable: false, action: 'check-status' },
  },
  // source: S1 § Upload errors
  {
    code: '1001',
    kind: 'error',
    category: 'user-state',
    reason: 'DOCUMENT_LIMIT_REACHED',
    vendorText: 'too-many-documents',
    httpStatus: 400,
    message: 'The applicant already holds the maximum number of documents Sumsub allows.',
    remedy:
      'Stop adding files to this applicant; reset the applicant or clear old documents before uploading more.',
  },
  // source: S1 § Upload errors (limit stated there: more than 64MB)
  {
    code: '1002',
    kind: 'error',
    category: 'validation',
    reason: 'FILE_TOO_LARGE',
    vendorText: 'file-too-big',
    httpStatus: 400,
    field: 'content',
    message: "The uploaded file exceeds Sumsub's size ceiling (64 MB).",
    remedy: 'Compress or re-capture the image/video at a smaller size and upload again.',
  },
  // source: S1 § Upload errors
  {
    code: '1003',
    kind: 'error',
    category: 'validation',
    reason: 'EMPTY_FILE',
    vendorText: 'empty-file',
    httpStatus: 400,
    field: 'content',
    message: 'The uploaded file has zero bytes.',
    remedy: 'Check the file read/stream step in your upload code and send the real content.',
  },
  // source: S1 § Upload errors; S2 example body; I3 (real body)
  {
    code: '1004',
    kind: 'error',
    category: 'validation',
    reason: 'CORRUPTED_FILE',
    vendorText: 'corrupted-file',
    httpStatus: 400,
    field: 'content',
    message: 'Sumsub could not decode the file, or its content does not match its declared type.',
    remedy:
      'Make sure the bytes, file extension and content type agree (e.g. a PDF not labelled as JPEG) and that the multipart body is intact.',
  },
  // source: S1 § Upload errors
  {
    code: '1005',
    kind: 'error',
    category: 'validation',
    reason: 'UNSUPPORTED_FILE_FORMAT',
    vendorText: 'unsupported-file-format',
    httpStatus: 400,
    field: 'content',
    message: 'Sumsub does not take files of this format (a TIFF image, for instance).',
    remedy:
      'Convert the file to a format Sumsub accepts for this document type and upload it again.',
  },
  // source: S1 § Upload errors
  {
    code: '1006',
    kind: 'error',
    category: 'user-state',
    reason: 'APPLICANT_UNDER_REVIEW',
    vendorText: 'no-upload-verification-in-progress',
    httpStatus: 409,
    message:
      'A review of this applicant is running, and Sumsub freezes its documents until it ends.',
    remedy:
      'Wait for the review result (webhook or status call); upload afterwards only if Sumsub asks for resubmission.',
    // Nothing is wrong with the applicant: uploads reopen once the review ends, so wait for it.
    retry: { retryable: false, action: 'wait-for-result' },
  },
  // source: S1 § Upload errors
  // doubt: Sumsub answers 409, but the fix is a different file, so we file it under validation.
  {
    code: '1007',
    kind: 'error',
    category: 'validation',
    reason: 'FILE_SIZE_OUT_OF_RANGE',
    vendorText: 'incorrect-file-size',
    httpStatus: 409,
    field: 'content',
    message: 'The file size falls outside the minimum/maximum set in your Sumsub global settings.',
    remedy: 'Check the size limits configured for your account and send a file within them.',
  },
  // source: S1 § Upload errors
  {
    code: '1008',
    kind: 'error',
    category: 'user-state',
    reason: 'APPLICANT_DELETED',
    vendorText: 'applicant-marked-as-deleted',
    httpStatus: 409,
    message: 'The applicant was deleted or deactivated, which locks it against any change.',
    remedy:
      'Reactivate the applicant if your process allows it, otherwise create a new applicant for this user.',
  },
  // source: S1 § Upload errors
  {
    code: '1009',
    kind: 'error',
    category: 'user-state',
    reason: 'APPLICANT_FINALLY_REJECTED',
    vendorText: 'applicant-with-final-reject',
    httpStatus: 409,
    message:
      'The applicant already got a rejection of the final kind, which closes it to new uploads.',
    remedy:
      'Do not retry uploads. Treat the user as rejected unless your compliance team decides to reset the applicant.',
    // A FINAL rejection is the last word; no state change on the caller's side helps.
    retry: { retryable: false, action: 'none' },
  },
  // source: S1 § Upload errors
  // doubt: can also be a level misconfiguration on your side (fix-config) rather than a bad
  // request.
  {
    code: '1010',
    kind: 'error',
    category: 'validation',
    reason: 'DOC_TYPE_NOT_REQUIRED_BY_LEVEL',
    vendorText: 'doc-type-not-in-req-docs',
    httpStatus: 409,
    field: 'idDocType',
    message: "The idDocType sent is not among the documents the applicant's level asks for.",
    remedy:
      'Send only idDocType values the level requires, or add the type to the level configuration.',
  },
  // source: S1 § Upload errors (description text cut off in the stored copy; meaning from
  // errorName)
  {
    code: '1011',
    kind: 'error',
    category: 'validation',
    reason: 'ENCRYPTED_FILE',
    vendorText: 'encrypted-file',
    httpStatus: 400,
    field: 'content',
    message: 'The file is encrypted or password-protected, so Sumsub cannot read it.',
    remedy: 'Ask the user for an unprotected copy (e.g. remove the PDF password) and upload that.',
    // Only the applicant holds an unprotected copy of the file.
    retry: { action: 'user-action' },
  },
  // ---------------------------------------------------------------------------------------
  // Request errors: app-token authentication (errorCode 4000-4004), and 401/403 answers without an
  // errorCode
  // ---------------------------------------------------------------------------------------
  // source: T1 (third-party notes citing docs.sumsub.com/reference/error-codes), T2 (third-party
  // client code)
  // doubt: not read on a Sumsub page; two independent integrations agree on code and name.
  {
    code: '4000',
    kind: 'error',
    category: 'auth',
    reason: 'APP_TOKEN_MALFORMED',
    vendorText: 'app-token-invalid-format',
    httpStatus: 401,
    field: 'X-App-Token',
    message: 'The X-App-Token value is not a well-formed Sumsub app token.',
    remedy: 'Send the app token itself (not an SDK access token), without quotes or whitespace.',
  },
  // source: T1, T2 ("APP token and SECRET key do not match")
  // doubt: same as 4000.
  {
    code: '4002',
    kind: 'error',
    category: 'auth',
    reason: 'APP_TOKEN_SECRET_MISMATCH',
    vendorText: 'app-token-private-part-mismatch',
    httpStatus: 401,
    message: 'The app token and the secret used to sign do not belong together.',
    remedy:
      'Use the token and secret generated together, from the same environment (sandbox vs production).',
  },
  // source: T1
  // doubt: only one third-party source; meaning consistent with the 'Request signature mismatch'
  // message (I2).
  {
    code: '4003',
    kind: 'error',
    category: 'auth',
    reason: 'INVALID_SIGNATURE',
    vendorText: 'app-token-signature-mismatch',
    httpStatus: 401,
    field: 'X-App-Access-Sig',
    message: 'The request signature does not match what Sumsub computed.',
    remedy:
      'Sign ts + UPPERCASE method + path with full query + the exact body bytes with HMAC-SHA256, lowercase hex.',
  },
  // source: I1 https://github.com/SumSubstance/AppTokenUsageExamples/issues/20 (user-quoted table
  // row)
  // doubt: HTTP status assumed 401 like its neighbours. The row's description ("X-App-Access-Ts
  // doesn't match to the number of seconds since Unix Epoch in UTC.") is a table text, not a
  // body seen; vendorText is the errorName, as for every numbered entry.
  // Retryable after re-signing: a timestamp is only valid for a minute (S5), so a retry that
  // signs again with a fresh one succeeds unless the clock itself is wrong.
  {
    code: '4004',
    kind: 'error',
    category: 'auth',
    reason: 'REQUEST_TIMESTAMP_EXPIRED',
    vendorText: 'app-token-request-expired',
    httpStatus: 401,
    field: 'X-App-Access-Ts',
    message: 'The request timestamp is outside the one-minute window Sumsub accepts.',
    remedy:
      'Re-sign with a fresh timestamp in seconds (not milliseconds) and keep the server clock in sync (NTP).',
    retry: {
      retryable: true,
      action: 'refresh-credentials',
      caution:
        'If the host clock is skewed every re-signed retry fails the same way; fix the clock instead of looping.',
    },
  },

  // --- 401/403 without an errorCode, told apart by `description` ---------------------------
  // source: R2 SUMSUB/agent-skills skills/sumsub-api-auth/references/signing-pitfalls.md
  {
    code: 'INVALID_SIGNATURE_MESSAGE',
    native: false,
    kind: 'error',
    category: 'auth',
    reason: 'INVALID_SIGNATURE',
    vendorText: 'Invalid signature',
    httpStatus: 401,
    field: 'X-App-Access-Sig',
    message: 'Sumsub rejected the request signature.',
    remedy:
      'Check the signing string (ts, uppercase method, path + query, raw body) and that token and secret are a pair.',
  },
  // source: I2 https://github.com/SumSubstance/AppTokenUsageExamples/issues/25
  {
    code: 'REQUEST_SIGNATURE_MISMATCH',
    native: false,
    kind: 'error',
    category: 'auth',
    reason: 'INVALID_SIGNATURE',
    vendorText: 'Request signature mismatch',
    httpStatus: 401,
    field: 'X-App-Access-Sig',
    message: 'The signature header does not match the request Sumsub received.',
    remedy:
      'Sign the exact bytes sent (no re-serialised JSON, no added newline) and include the full query string.',
  },
  // source: R2 signing-pitfalls.md ('"description":"Token expired"')
  // doubt: Sumsub does not say which token; most likely an SDK access token or an expired request,
  // hence refresh.
  {
    code: 'TOKEN_EXPIRED',
    native: false,
    kind: 'error',
    category: 'auth',
    reason: 'TOKEN_EXPIRED',
    vendorText: 'Token expired',
    httpStatus: 401,
    message: 'The token presented to Sumsub has expired.',
    remedy: 'Generate a new token (or re-sign with a fresh timestamp) and send the request again.',
    // An expired token is the one auth failure a refresh cures.
    retry: { retryable: true, action: 'refresh-credentials' },
  },
  // source: R5 SUMSUB/agent-skills skills/sumsub-check-permissions/SKILL.md
  {
    code: 'UNAUTHORIZED',
    native: false,
    kind: 'error',
    category: 'auth',
    reason: 'UNAUTHORIZED',
    vendorText: 'Unauthorized',
    httpStatus: 401,
    message: 'Sumsub did not accept the app-token credentials for this call.',
    remedy:
      'Check the X-App-* headers, that the token belongs to this environment, and that it has not been revoked.',
  },
  // source: R5 SUMSUB/agent-skills skills/sumsub-create-workflow/SKILL.md ("403 Unauthorized
  // (atd)"), level-schema.md ("401 / 403 with no body")
  // doubt: 403 is also used for "not allowed via API" features (see API_FEATURE_FORBIDDEN).
  {
    code: 'HTTP_403',
    native: false,
    kind: 'error',
    category: 'auth',
    reason: 'PERMISSION_DENIED',
    httpStatus: 403,
    message: 'The app token is valid but lacks the permission this endpoint needs.',
    remedy:
      'Grant the needed permission to the app token in the dashboard (or create a token with it) and retry.',
  },
  // source: R5 SUMSUB/agent-skills skills/sumsub-create-cross-check-preset/SKILL.md
  {
    code: 'API_FEATURE_FORBIDDEN',
    native: false,
    kind: 'error',
    category: 'account',
    reason: 'FEATURE_NOT_AVAILABLE_VIA_API',
    vendorText: 'Advanced cross-check presets cannot be managed via API',
    httpStatus: 403,
    message: 'This setting can only be managed in the Sumsub dashboard, not through the API.',
    remedy: 'Configure it in the dashboard, or use the API-supported variant (basic mode).',
  },
  // ---------------------------------------------------------------------------------------
  // Request errors decided by the HTTP status or the description alone (no errorCode)
  // ---------------------------------------------------------------------------------------
  // source: S2 review-api-health § Errors ("standard HTTP status codes")
  {
    code: 'HTTP_400',
    native: false,
    kind: 'error',
    category: 'validation',
    reason: 'BAD_REQUEST',
    httpStatus: 400,
    message: 'Sumsub rejected the request as invalid; the description names the problem.',
    remedy: 'Read `description`, fix the field or value it names, and send a corrected request.',
  },
  // source: S2 § Errors; T2 (matches description containing "applicant not found")
  // doubt: the exact text is only seen in third-party matching code.
  {
    code: 'APPLICANT_NOT_FOUND',
    native: false,
    kind: 'error',
    category: 'user-state',
    reason: 'APPLICANT_NOT_FOUND',
    vendorText: 'Applicant not found',
    httpStatus: 404,
    message: 'No applicant exists for the id or externalUserId given (in this environment).',
    remedy:
      'Create the applicant first, or check the id and that you are calling the same environment the applicant lives in.',
  },
  // source: S2 § Errors
  // doubt: generic 404 (unknown level, wrong path); filed under validation.
  {
    code: 'HTTP_404',
    native: false,
    kind: 'error',
    category: 'validation',
    reason: 'RESOURCE_NOT_FOUND',
    httpStatus: 404,
    message: 'The addressed resource (applicant, level, document, path) does not exist.',
    remedy: 'Check ids, levelName and the endpoint path against your Sumsub environment.',
  },
  // source: R5 SUMSUB/agent-skills
  // skills/sumsub-create-transaction/references/transaction-schema.md
  // doubt: may fit user-state better; the resource already exists.
  {
    code: 'ENTITY_ALREADY_EXISTS',
    native: false,
    kind: 'error',
    category: 'validation',
    reason: 'ALREADY_EXISTS',
    vendorText: 'Entity already exists',
    httpStatus: 409,
    message: 'An object with the same identifier already exists at Sumsub.',
    remedy: 'Fetch the existing object; use a new identifier only if you really mean a new object.',
    // The object may be the caller's own earlier request that timed out: look it up first.
    retry: { retryable: false, action: 'check-status' },
  },
  // source: weak. The 409 of POST /resources/applicants for an externalUserId that already
  // has an applicant, as integrators quote it ("Applicant with external user id '<id>'
  // already exists: <applicantId>"; several independent clients in public code, whose
  // repositories the index could not name; issue 22). The look-up named in the remedy is
  // documented: https://docs.sumsub.com/reference/get-applicant-data-via-externaluserid.
  // user-state, not validation: the request is well formed; the applicant it would create is
  // already there, and the fix is to use it.
  {
    code: 'APPLICANT_ALREADY_EXISTS',
    native: false,
    kind: 'error',
    category: 'user-state',
    reason: 'APPLICANT_ALREADY_EXISTS',
    vendorText: "Applicant with external user id '{externalUserId}' already exists: {applicantId}",
    httpStatus: 409,
    message: 'An applicant with this externalUserId already exists at Sumsub.',
    remedy:
      'Look the existing applicant up by its externalUserId (GET /resources/applicants/-;externalUserId=<id>/one) and use it, instead of creating another.',
    // Most often the caller's own earlier create, answered or timed out: look it up first.
    retry: { retryable: false, action: 'check-status' },
    // The text names the caller's external user id (which may be an e-mail) and the
    // applicant id: never kept.
    quotesRequest: true,
  },
  // source: S2 § Errors
  {
    code: 'HTTP_409',
    native: false,
    kind: 'error',
    category: 'user-state',
    reason: 'STATE_CONFLICT',
    httpStatus: 409,
    message: 'The request conflicts with the current state of the applicant or resource.',
    remedy: 'Read the current applicant status, then act on it instead of repeating the call.',
    // A conflict with the applicant's state: read the state before acting.
    retry: { retryable: false, action: 'check-status' },
  },
  // source: S2 § Errors (429 note); S4 rate-limits (GET 300 / POST 50 per 5 s)
  {
    code: 'HTTP_429',
    native: false,
    kind: 'error',
    category: 'rate-limit',
    reason: 'RATE_LIMITED',
    httpStatus: 429,
    message:
      'Too many requests for the current window (defaults: 300 GET or 50 POST per 5 seconds).',
    remedy:
      'Pause for at least the 5-second window and spread bulk jobs; ask Sumsub to raise the limit if you need more.',
    // There is no documented header to wait on, but the window is documented: 5 s is the
    // least wait (a Retry-After, when one comes, raises it), so fleets sharing a cool-down
    // hold off for the window instead of a sub-second backoff.
    retry: {
      afterMs: 5000,
      caution:
        'Sumsub documents no Retry-After or rate-limit headers; wait at least one 5 s window.',
    },
  },
  // source: S2 § Errors ("standard HTTP status codes"); nothing more specific is documented.
  // doubt: 5xx bodies are not documented. The caution is the reason this entry exists: there
  // is no idempotency key in Sumsub's API (none documented).
  {
    code: 'HTTP_500',
    native: false,
    kind: 'error',
    category: 'retryable',
    reason: 'VENDOR_SERVER_ERROR',
    httpStatus: 500,
    message: 'Sumsub failed on its side while handling the request.',
    remedy:
      'Retry with growing delays; quote correlationId to Sumsub support if it persists. Check the status page.',
    retry: {
      caution:
        'No idempotency keys exist: a retried POST (create applicant, upload) may duplicate work; read state first.',
    },
  },
  // ---------------------------------------------------------------------------------------
  // Check errors: database (Non-Doc) verification, errorCode 9100-9107
  // ---------------------------------------------------------------------------------------
  // source: S3 https://docs.sumsub.com/reference/error-codes (table Code / Description); errorName
  // from T1 (unverified)
  {
    code: '9100',
    kind: 'error',
    category: 'validation',
    reason: 'INVALID_CHECK_DATA',
    vendorText: 'Invalid data provided. Check correctness and try again.',
    message: 'The data the user gave for the database check is not valid.',
    remedy: 'Have the user re-enter the document number / personal data and run the check again.',
    // The person entered the data, so the person corrects it.
    retry: { action: 'user-action' },
  },
  // source: S3; errorName method-not-allowed per T1
  // doubt: could be an account/product restriction rather than the user's situation.
  {
    code: '9101',
    kind: 'error',
    category: 'user-state',
    reason: 'METHOD_NOT_AVAILABLE_FOR_USER',
    vendorText: 'You cannot be verified with this method at the moment.',
    message: 'This verification method cannot be used for this user right now.',
    remedy: 'Offer another verification path (e.g. document upload) or contact Sumsub support.',
    // The fix is for the user to pick another method, not a change of state on our side.
    retry: { action: 'user-action' },
  },
  // source: S3
  {
    code: '9102',
    kind: 'error',
    category: 'retryable',
    reason: 'DATA_SOURCE_UNAVAILABLE',
    vendorText: 'The source that we rely on is not available at the moment.',
    message: 'The external database behind the check is down.',
    remedy: 'Retry the check later with backoff, or fall back to another method.',
    delivery: 'rejected',
  },
  // source: S3
  {
    code: '9103',
    kind: 'error',
    category: 'retryable',
    reason: 'DATA_SOURCE_DEGRADED',
    vendorText: 'The source is experiencing difficulties at the moment.',
    message: 'The external database behind the check is having problems.',
    remedy: 'Retry the check later with backoff.',
    delivery: 'rejected',
  },
  // source: S3
  {
    code: '9104',
    kind: 'error',
    category: 'verification',
    reason: 'INSUFFICIENT_SOURCE_DATA',
    vendorText: 'Insufficient data in the source.',
    message: 'The external database does not hold enough data about this person to verify them.',
    remedy: 'Verify the user another way (e.g. documents); repeating the same check will not help.',
  },
  // source: S3; errorName max-attempts per T1
  {
    code: '9105',
    kind: 'error',
    category: 'user-state',
    reason: 'CHECK_ATTEMPTS_EXHAUSTED',
    vendorText: 'Max number of attempts exceeded.',
    message: 'The user used up the allowed attempts for this check.',
    remedy:
      'Stop retrying; reset the applicant or route the user to another method per your policy.',
  },
  // source: S3
  {
    code: '9107',
    kind: 'error',
    category: 'verification',
    reason: 'SOURCE_DATA_MISMATCH',
    vendorText: 'Violations of mismatches found.',
    message: "The user's data conflicts with the external database record.",
    remedy:
      'Treat as a failed check; let the user correct typos only if your policy allows another attempt.',
  },
  // ---------------------------------------------------------------------------------------
  // Request errors: Reusable KYC and Sumsub ID Connect (errorCode 10501-10521, HTTP 400)
  // ---------------------------------------------------------------------------------------
  // source (all 105xx): R3 SUMSUB/agent-skills skills/sumsub-integrate-id-connect/SKILL.md § Reuse
  // error codes
  {
    code: '10501',
    kind: 'error',
    category: 'account',
    reason: 'NOT_A_SHARING_PARTNER',
    vendorText: 'not-in-partners-list',
    httpStatus: 400,
    field: 'forClientId',
    message: 'The recipient client is not registered as a sharing partner of your workspace.',
    remedy: 'Add the partner in the Sumsub dashboard (no API for this), then retry.',
  },
  {
    code: '10502',
    kind: 'error',
    category: 'validation',
    reason: 'INVALID_PARTNER_ID',
    vendorText: 'invalid-partner-id',
    httpStatus: 400,
    field: 'forClientId',
    message: 'The partner id taken from the share token is not valid.',
    remedy: 'Check forClientId and mint the share token against a real partner.',
  },
  {
    code: '10503',
    kind: 'error',
    category: 'auth',
    reason: 'SHARE_TOKEN_INVALID',
    vendorText: 'invalid-share-token',
    httpStatus: 400,
    message: 'The share token is malformed or has expired.',
    remedy: 'Mint a new share token and retry.',
    // A fresh share token fixes it, like an expired access token.
    retry: { retryable: true, action: 'refresh-credentials' },
  },
  {
    code: '10504',
    kind: 'error',
    category: 'validation',
    reason: 'SHARE_TOKEN_SCOPE_MISMATCH',
    vendorText: 'non-suitable-share-token',
    httpStatus: 400,
    field: 'levelName',
    message: "The share token's scope does not fit the target level.",
    remedy: 'Mint a share token whose scope matches the level, or target a matching level.',
  },
  {
    code: '10505',
    kind: 'error',
    category: 'account',
    reason: 'REUSABLE_KYC_DISABLED',
    vendorText: 'reusable-kyc-disabled',
    httpStatus: 400,
    message: 'Reusable KYC is not enabled for this workspace.',
    remedy: 'Ask Sumsub support to enable Reusable KYC.',
  },
  {
    code: '10506',
    kind: 'error',
    category: 'user-state',
    reason: 'DONOR_NOT_REUSABLE',
    vendorText: 'reusable-kyc-not-reusable',
    httpStatus: 400,
    message: 'The source verification cannot be reused, for no more specific reason.',
    remedy: 'Fall back to a full verification (WebSDK) for this user.',
    // The user can still verify from scratch; only they can do that.
    retry: { action: 'user-action' },
  },
  {
    code: '10507',
    kind: 'error',
    category: 'user-state',
    reason: 'DONOR_NOT_APPROVED',
    vendorText: 'reusable-kyc-not-approved-applicant',
    httpStatus: 400,
    message: 'The source applicant is not approved (still pending, on hold or rejected).',
    remedy: 'Wait until the source verification is approved, or verify the user from scratch.',
  },
  {
    code: '10508',
    kind: 'error',
    category: 'user-state',
    reason: 'DONOR_INACTIVE',
    vendorText: 'reusable-kyc-not-active-applicant',
    httpStatus: 400,
    message: 'The source applicant is deactivated or blocked.',
    remedy: 'Verify the user from scratch; only Sumsub can reactivate the source.',
  },
  {
    code: '10509',
    kind: 'error',
    category: 'user-state',
    reason: 'DONOR_REVIEW_TYPE_NOT_REUSABLE',
    vendorText: 'reusable-kyc-not-kyc-moderation-type',
    httpStatus: 400,
    message: 'The source verification used a review type that cannot be reused.',
    remedy: 'Verify the user with a standard KYC flow.',
  },
  {
    code: '10510',
    kind: 'error',
    category: 'user-state',
    reason: 'DONOR_MISSING_SELFIE_OR_ID',
    vendorText: 'reusable-kyc-not-selfie-or-identity-doc',
    httpStatus: 400,
    message: 'The source verification lacks a selfie or identity document the target level needs.',
    remedy: 'Pick a level without that step or have the user complete it.',
    // Only the user can add the missing step.
    retry: { action: 'user-action' },
  },
  {
    code: '10511',
    kind: 'error',
    category: 'user-state',
    reason: 'DONOR_SELFIE_WITHOUT_LIVENESS',
    vendorText: 'reusable-kyc-not-selfie-liveness',
    httpStatus: 400,
    message: 'The target level needs liveness, but the source selfie was not taken with liveness.',
    remedy: 'Have the user redo the selfie with liveness, or use a level without it.',
    // Only the user can take a selfie with liveness.
    retry: { action: 'user-action' },
  },
  {
    code: '10512',
    kind: 'error',
    category: 'validation',
    reason: 'LEVEL_DOC_SETS_DO_NOT_OVERLAP',
    vendorText: 'reusable-kyc-not-req-doc-overlap',
    httpStatus: 400,
    field: 'levelName',
    message: 'The source and target levels require no common document types.',
    remedy: 'Choose a target level whose required documents are covered by the source level.',
  },
  {
    code: '10513',
    kind: 'error',
    category: 'user-state',
    reason: 'DONOR_DOC_TYPE_INCOMPATIBLE',
    vendorText: 'reusable-kyc-not-compatible-doc-type',
    httpStatus: 400,
    message: 'The target level requires document types the source verification does not contain.',
    remedy: 'Use a less strict level or collect the missing documents through the WebSDK.',
    // Only the user can provide the missing documents.
    retry: { action: 'user-action' },
  },
  {
    code: '10514',
    kind: 'error',
    category: 'user-state',
    reason: 'DONOR_ID_OUTDATED',
    vendorText: 'reusable-kyc-not-actual-poi-date',
    httpStatus: 400,
    message: 'The source identity document is too old to be reused.',
    remedy: 'Have the user submit a current identity document.',
    // Only the user can provide a current identity document.
    retry: { action: 'user-action' },
  },
  {
    code: '10515',
    kind: 'error',
    category: 'user-state',
    reason: 'DONOR_POA_OUTDATED',
    vendorText: 'reusable-kyc-not-actual-poa-date',
    httpStatus: 400,
    message: 'The source proof of address is too old to be reused.',
    remedy: 'Have the user submit a recent proof of address.',
    // Only the user can provide a recent proof of address.
    retry: { action: 'user-action' },
  },
  {
    code: '10516',
    kind: 'error',
    category: 'verification',
    reason: 'AGE_REQUIREMENT_NOT_MET',
    vendorText: 'reusable-kyc-not-acceptable-age',
    httpStatus: 400,
    message: "The person does not meet the target level's age rule.",
    remedy: 'Do not retry; the user cannot pass this level.',
  },
  {
    code: '10517',
    kind: 'error',
    category: 'validation',
    reason: 'CAPTURE_SETTINGS_MISMATCH',
    vendorText: 'reusable-kyc-incompatible-capture-settings',
    httpStatus: 400,
    field: 'levelName',
    message:
      "The target level's capture rules (upload vs live camera, etc.) differ from how the source was captured.",
    remedy: 'Align the level capture settings, or have the user capture again.',
  },
  {
    code: '10518',
    kind: 'error',
    category: 'user-state',
    reason: 'EMAIL_CONFLICT',
    vendorText: 'reusable-kyc-email-mismatch',
    httpStatus: 400,
    message: 'The source e-mail differs from the e-mail already on the target applicant.',
    remedy: 'Resolve the duplicate: use a different externalUserId or align the e-mail.',
  },
  {
    code: '10519',
    kind: 'error',
    category: 'user-state',
    reason: 'PHONE_CONFLICT',
    vendorText: 'reusable-kyc-phone-mismatch',
    httpStatus: 400,
    message: 'The source phone number differs from the one already on the target applicant.',
    remedy: 'Resolve the duplicate: use a different externalUserId or align the phone number.',
  },
  {
    code: '10521',
    kind: 'error',
    category: 'user-state',
    reason: 'SUMSUB_ID_HAS_NO_VERIFIED_DATA',
    vendorText: 'reusable-kyc-inactive-sumsub-id-account',
    httpStatus: 400,
    message: "The user's Sumsub ID account holds no verified documents to share.",
    remedy: 'Have the user complete a full verification first.',
    // Only the user can complete a verification to share.
    retry: { action: 'user-action' },
  },

  // --- ID Connect failures without an errorCode ----------------------------------------
  // source: R3 skills/sumsub-integrate-id-connect/SKILL.md § Reuse error codes (401 row)
  {
    code: 'SHARE_TOKEN_REJECTED',
    native: false,
    kind: 'error',
    category: 'auth',
    reason: 'SHARE_TOKEN_INVALID',
    vendorText: 'Token is invalid',
    httpStatus: 401,
    message: 'The share token is expired, already used or malformed.',
    remedy: 'Mint a new share token with the still-valid access token and retry.',
    // A fresh share token fixes it, like an expired access token.
    retry: { retryable: true, action: 'refresh-credentials' },
  },
  // source: R3 references/scopes-and-claims.md § Common error responses
  {
    code: 'ID_CONNECT_NOT_ENABLED',
    native: false,
    kind: 'error',
    category: 'account',
    reason: 'PRODUCT_NOT_ENABLED',
    vendorText: 'Invalid clientId: client_id',
    httpStatus: 404,
    message: 'Sumsub ID Connect is not enabled for this client id.',
    remedy: 'Ask Sumsub support to enable ID Connect for this environment.',
  },
  // source: R3 references/scopes-and-claims.md § Common error responses
  {
    code: 'OIDC_INVALID_CODE',
    native: false,
    kind: 'error',
    category: 'auth',
    reason: 'AUTH_CODE_INVALID',
    vendorText: 'Invalid code',
    httpStatus: 401,
    field: 'code',
    message:
      'The OIDC authorization code is wrong, already used, expired, or fails the PKCE check.',
    remedy: 'Restart the sign-in so the user gets a fresh code, and exchange it once, immediately.',
    // A code is single-use and short-lived: the user must sign in again for a new one.
    retry: { action: 'user-action' },
  },
  // source: R3 references/scopes-and-claims.md § Common error responses
  {
    code: 'OIDC_INVALID_CLIENT',
    native: false,
    kind: 'error',
    category: 'auth',
    reason: 'CLIENT_AUTH_FAILED',
    vendorText: 'Client authentication failed',
    httpStatus: 401,
    message: 'The OIDC token endpoint rejected the client id/secret.',
    remedy: 'Check client_id and client_secret; regenerate the secret if it was lost.',
  },
  // source: R3 references/scopes-and-claims.md § Common error responses
  {
    code: 'OIDC_INVALID_REDIRECT_URI',
    native: false,
    kind: 'error',
    category: 'validation',
    reason: 'REDIRECT_URI_NOT_ALLOWED',
    vendorText: 'Invalid redirect uri',
    httpStatus: 400,
    field: 'redirect_uri',
    message: "The redirect URI is not on the client's allow-list (exact match required).",
    remedy: 'Add the exact URI to the OIDC settings in the dashboard or send the registered one.',
    // The allow-list is dashboard configuration, not the request.
    retry: { action: 'fix-config' },
  },
] as const satisfies readonly EntrySpec[];

/**
 * Review statuses and the answers of a completed review: what `outcome()` reports as its
 * code. Only `completed` carries a verdict (S7); a RED answer is split by `reviewRejectType`.
 */
export const SUMSUB_REVIEW = [
  // source: S6 applicant-statuses; S7 get-applicant-review-status § Possible review statuses
  {
    code: 'init',
    kind: 'outcome',
    verdict: 'pending',
    final: false,
    reason: 'DOCUMENTS_REQUESTED',
    vendorText: 'init',
    message: 'The applicant exists but has not yet provided everything the level requires.',
    remedy: 'Send the user (back) to the SDK to finish the steps; nothing is under review yet.',
    retry: { action: 'user-action' },
  },
  // source: S6; S7
  {
    code: 'pending',
    kind: 'outcome',
    verdict: 'pending',
    final: false,
    reason: 'CHECK_QUEUED',
    vendorText: 'pending',
    message: 'All required data is in and the applicant waits to be checked.',
    remedy: 'Wait for applicantReviewed; do not re-submit.',
  },
  // source: S7
  {
    code: 'prechecked',
    kind: 'outcome',
    verdict: 'pending',
    final: false,
    reason: 'PRECHECK_DONE',
    vendorText: 'prechecked',
    message: 'The first, quick pass is done; the remaining checks continue.',
    remedy: 'Wait for the final webhook.',
  },
  // source: S7
  {
    code: 'queued',
    kind: 'outcome',
    verdict: 'pending',
    final: false,
    reason: 'CHECK_IN_PROGRESS',
    vendorText: 'queued',
    message: 'Sumsub has started the checks.',
    remedy: 'Wait for the final webhook.',
  },
  // source: S6 (Requires action); S7
  // doubt: sometimes your own compliance officer must decide in the dashboard ('investigate' would
  // fit then).
  {
    code: 'onHold',
    kind: 'outcome',
    verdict: 'pending',
    final: false,
    reason: 'MANUAL_REVIEW',
    vendorText: 'onHold',
    message:
      'The applicant is held for a manual decision (compliance review, or waiting on company beneficiaries).',
    remedy: 'Wait, and check the dashboard: the decision may be yours to make.',
  },
  // source: S6 (Awaiting service; listed with reviewAnswer GREEN, which is not a verdict)
  {
    code: 'awaitingService',
    kind: 'outcome',
    verdict: 'pending',
    final: false,
    reason: 'AWAITING_EXTERNAL_SERVICE',
    vendorText: 'awaitingService',
    message:
      'Verification is paused while a slow external process (e.g. an async database reply) finishes.',
    remedy: 'Wait; ignore the GREEN answer that may accompany this status.',
  },
  // source: S6 (Awaiting user; company applicants only)
  {
    code: 'awaitingUser',
    kind: 'outcome',
    verdict: 'pending',
    final: false,
    reason: 'AWAITING_USER_ACTION',
    vendorText: 'awaitingUser',
    message:
      'The company verification waits for something other than documents, such as related parties finishing their own checks.',
    remedy: 'Prompt the company and its associated parties to complete their steps.',
    retry: { action: 'user-action' },
  },
  // source: S7 note (reviewAnswer counts only when completed); S8
  {
    code: 'GREEN',
    kind: 'outcome',
    verdict: 'approved',
    final: true,
    reason: 'APPROVED',
    vendorText: 'GREEN',
    message: 'The review is completed and the applicant passed verification.',
    remedy:
      'Onboard the user. A green answer beside any status other than completed is no approval, and is not read as one.',
  },
  // source: S8 (reviewRejectType RETRY); S6 (Resubmission requested); S11 (temporary rejection)
  // Rejected, but not final: Sumsub calls it a temporary rejection, and its process goes on
  // when the applicant resubmits (the same applicant is reviewed again). The applicant acts,
  // not the caller's retry loop: `user-action`, not retryable.
  {
    code: 'RED_RETRY',
    native: false,
    kind: 'outcome',
    verdict: 'rejected',
    final: false,
    reason: 'RESUBMISSION_REQUESTED',
    vendorText: 'RETRY',
    message:
      'Sumsub rejected this attempt but lets the applicant resubmit: a temporary rejection, not the last word.',
    remedy:
      'Ask the applicant to fix what moderationComment and the reject labels name and to resubmit in the SDK, on the same applicant; never show clientComment to them.',
    retry: { action: 'user-action' },
  },
  // source: S8 (reviewRejectType FINAL); S6 (Rejected)
  {
    code: 'RED_FINAL',
    native: false,
    kind: 'outcome',
    verdict: 'rejected',
    final: true,
    reason: 'REJECTED_FINAL',
    vendorText: 'FINAL',
    message: 'Sumsub rejected the applicant for good; it accepts no resubmission.',
    remedy:
      'Refuse onboarding; keep the reject labels for your compliance records. Only your compliance team can reset the applicant.',
  },
  // source: S8
  // doubt: RED without reviewRejectType (S8 documents it with one). Whether the applicant may
  // resubmit is unknown, so a person looks: final, `investigate`.
  {
    code: 'RED',
    kind: 'outcome',
    verdict: 'rejected',
    final: true,
    reason: 'REJECTED',
    vendorText: 'RED',
    message: 'The applicant was rejected; the rejection type was not given.',
    remedy:
      'Read reviewRejectType and rejectLabels from the applicant to decide whether a resubmission is possible.',
    retry: { action: 'investigate' },
  },
] as const satisfies readonly EntrySpec[];

/**
 * Sumsub's reject labels (`reviewResult.rejectLabels`), the full enum of R1. `outcome()`
 * carries them as tags; they are catalogued so a tag can be looked up. The rejection type
 * (`reviewRejectType`) decides finality, never a label: an entry's `final` and advice give the
 * usual case only, `final: false` where the applicant can cure the reason by resubmitting.
 * "Typical" in the comments: seen on the temporary-rejection (RETRY, S11) or final-rejection
 * (FINAL, S12) button pages; otherwise undocumented and our inference.
 */
export const SUMSUB_REJECT_LABELS = [
  // source: R1; typical FINAL (S12 'Suspected Forgery', 'Fake', 'Physical forgery')
  {
    kind: 'outcome',
    verdict: 'rejected',
    final: true,
    code: 'FORGERY',
    reason: 'FORGERY',
    vendorText: 'FORGERY',
    message: 'The document or account looks forged or fraudulent.',
    remedy: 'Do not onboard; escalate to fraud/compliance.',
  },
  // source: R1; typical FINAL (S12 'Criminal records')
  {
    kind: 'outcome',
    verdict: 'rejected',
    final: true,
    code: 'CRIMINAL',
    reason: 'CRIMINAL_RECORD',
    vendorText: 'CRIMINAL',
    message: 'The person is linked to criminal records.',
    remedy: 'Route to compliance; do not onboard automatically.',
  },
  // source: R1; typical not documented
  {
    kind: 'outcome',
    verdict: 'rejected',
    final: true,
    code: 'DOCUMENT_TEMPLATE',
    reason: 'TEMPLATE_DOCUMENT',
    vendorText: 'DOCUMENT_TEMPLATE',
    message: 'A sample or template image was submitted instead of a real document.',
    remedy: 'Treat as a fraud signal; allow a retry only if reviewRejectType is RETRY.',
  },
  // source: R1; typical not documented. doubt: advice inferred (capture problem).
  {
    kind: 'outcome',
    verdict: 'rejected',
    final: false,
    code: 'LOW_QUALITY',
    reason: 'LOW_QUALITY_IMAGE',
    vendorText: 'LOW_QUALITY',
    message: 'The images are too poor to reach a conclusion.',
    remedy: 'Ask the user to capture again in better conditions.',
    retry: { action: 'user-action' },
  },
  // source: R1; typical FINAL (S12 'Spam')
  {
    kind: 'outcome',
    verdict: 'rejected',
    final: true,
    code: 'SPAM',
    reason: 'SPAM',
    vendorText: 'SPAM',
    message: 'Irrelevant uploads, or the applicant was created by mistake.',
    remedy: 'Discard the applicant; start over only for a genuine user.',
  },
  // source: R1; typical not documented. doubt: advice inferred.
  {
    kind: 'outcome',
    verdict: 'rejected',
    final: false,
    code: 'NOT_DOCUMENT',
    reason: 'NOT_A_DOCUMENT',
    vendorText: 'NOT_DOCUMENT',
    message: 'What was uploaded is not a document usable for this check.',
    remedy: 'Ask the user to upload the requested document type.',
    retry: { action: 'user-action' },
  },
  // source: R1; typical not documented
  {
    kind: 'outcome',
    verdict: 'rejected',
    final: true,
    code: 'SELFIE_MISMATCH',
    reason: 'FACE_MISMATCH',
    vendorText: 'SELFIE_MISMATCH',
    message: "The user's photo does not match the face on the document.",
    remedy: 'Allow a retry only when reviewRejectType is RETRY; otherwise refuse.',
  },
  // source: R1; typical not documented
  {
    kind: 'outcome',
    verdict: 'rejected',
    final: true,
    code: 'ID_INVALID',
    reason: 'INVALID_ID_DOCUMENT',
    vendorText: 'ID_INVALID',
    message: 'The identity document is not valid.',
    remedy: 'Ask for a different, valid identity document if resubmission is allowed.',
  },
  // source: R1; typical not documented
  {
    kind: 'outcome',
    verdict: 'rejected',
    final: true,
    code: 'DOCUMENT_DEPRIVED',
    reason: 'DOCUMENT_WITHDRAWN',
    vendorText: 'DOCUMENT_DEPRIVED',
    message: 'The holder is no longer entitled to use this document.',
    remedy: 'Ask for another valid document if resubmission is allowed.',
  },
  // source: R1; typical not documented. doubt: policy-based, likely final.
  {
    kind: 'outcome',
    verdict: 'rejected',
    final: true,
    code: 'FOREIGNER',
    reason: 'NATIONALITY_NOT_ACCEPTED',
    vendorText: 'FOREIGNER',
    message: 'Your settings do not accept applicants of this nationality or without residence.',
    remedy: 'Refuse or route per your country policy.',
  },
  // source: R1; typical not documented (clarify-rejection-reason lists a regulationsViolations
  // 'duplicate' button)
  {
    kind: 'outcome',
    verdict: 'rejected',
    final: true,
    code: 'DUPLICATE',
    reason: 'DUPLICATE_APPLICANT',
    vendorText: 'DUPLICATE',
    message: 'This person already has an applicant with you and duplicates are not allowed.',
    remedy: 'Use the existing applicant/account instead.',
  },
  // source: R1; typical not documented. doubt: advice inferred.
  {
    kind: 'outcome',
    verdict: 'rejected',
    final: false,
    code: 'BAD_AVATAR',
    reason: 'PROFILE_PHOTO_REJECTED',
    vendorText: 'BAD_AVATAR',
    message: 'The profile picture does not meet your requirements.',
    remedy: 'Ask for a new profile photo.',
    retry: { action: 'user-action' },
  },
  // source: R1; typical FINAL (S12 'Wrong region/country')
  {
    kind: 'outcome',
    verdict: 'rejected',
    final: true,
    code: 'WRONG_USER_REGION',
    reason: 'REGION_NOT_SUPPORTED',
    vendorText: 'WRONG_USER_REGION',
    message: "The user's country or region is not served.",
    remedy: 'Refuse onboarding for this region.',
  },
  // source: R1; typical RETRY (S11 'Address issue', dataMismatch_address)
  {
    kind: 'outcome',
    verdict: 'rejected',
    final: false,
    code: 'WRONG_ADDRESS',
    reason: 'ADDRESS_MISMATCH',
    vendorText: 'WRONG_ADDRESS',
    message: 'The address the user typed in and the one printed on the document disagree.',
    remedy: 'Let the user correct the address or upload a matching proof.',
    retry: { action: 'user-action' },
  },
  // source: R1; typical RETRY (S11 'Incomplete document')
  {
    kind: 'outcome',
    verdict: 'rejected',
    final: false,
    code: 'INCOMPLETE_DOCUMENT',
    reason: 'DOCUMENT_PARTLY_VISIBLE',
    vendorText: 'INCOMPLETE_DOCUMENT',
    message: 'Part of the document is cut off or hidden.',
    remedy: 'Ask the user to capture the whole document, all corners visible.',
    retry: { action: 'user-action' },
  },
  // source: R1; typical not documented
  {
    kind: 'outcome',
    verdict: 'rejected',
    final: true,
    code: 'BLACKLIST',
    reason: 'SUMSUB_BLOCKLIST',
    vendorText: 'BLACKLIST',
    message: "The user is on Sumsub's own blocklist.",
    remedy: 'Do not onboard; contact Sumsub if you believe it is wrong.',
  },
  // source: R1; typical not documented
  {
    kind: 'outcome',
    verdict: 'rejected',
    final: true,
    code: 'BLOCKLIST',
    reason: 'CLIENT_BLOCKLIST',
    vendorText: 'BLOCKLIST',
    message: 'The user is on your own blocklist.',
    remedy: 'Do not onboard; review your blocklist entry if needed.',
  },
  // source: R1; typical not documented
  {
    kind: 'outcome',
    verdict: 'rejected',
    final: true,
    code: 'OTHER',
    reason: 'OTHER_REASON',
    vendorText: 'OTHER',
    message: 'Sumsub gave no category for this rejection; the comments hold the cause.',
    remedy: 'Read moderationComment/clientComment for the cause.',
    retry: { action: 'investigate' },
  },
  // source: R1; typical RETRY (S11: many badPhoto buttons)
  {
    kind: 'outcome',
    verdict: 'rejected',
    final: false,
    code: 'UNSATISFACTORY_PHOTOS',
    reason: 'UNSATISFACTORY_PHOTOS',
    vendorText: 'UNSATISFACTORY_PHOTOS',
    message: 'The photos are unusable (blurred, cropped, masked, edited).',
    remedy: 'Ask the user to capture clear, unedited photos.',
    retry: { action: 'user-action' },
  },
  // source: R1; typical RETRY (S11 'Photoshop', 'Sticker', 'Edited PoA')
  // doubt: outright forgeries use FORGERY instead.
  {
    kind: 'outcome',
    verdict: 'rejected',
    final: false,
    code: 'GRAPHIC_EDITOR',
    reason: 'IMAGE_EDITED',
    vendorText: 'GRAPHIC_EDITOR',
    message: 'The image shows signs of editing software.',
    remedy: 'Ask for an original, unedited photo or scan.',
    retry: { action: 'user-action' },
  },
  // source: R1; typical RETRY (S11 additionalPages group)
  {
    kind: 'outcome',
    verdict: 'rejected',
    final: false,
    code: 'DOCUMENT_PAGE_MISSING',
    reason: 'DOCUMENT_PAGE_MISSING',
    vendorText: 'DOCUMENT_PAGE_MISSING',
    message: 'A required page or side of the document was not uploaded.',
    remedy: 'Ask the user to upload the missing page/side.',
    retry: { action: 'user-action' },
  },
  // source: R1; typical not documented. doubt: advice inferred.
  {
    kind: 'outcome',
    verdict: 'rejected',
    final: false,
    code: 'DOCUMENT_DAMAGED',
    reason: 'DOCUMENT_DAMAGED',
    vendorText: 'DOCUMENT_DAMAGED',
    message: 'The physical document is torn, worn or otherwise too damaged to accept.',
    remedy: 'Ask for an undamaged document.',
    retry: { action: 'user-action' },
  },
  // source: R1; typical not documented. doubt: advice inferred.
  {
    kind: 'outcome',
    verdict: 'rejected',
    final: false,
    code: 'DIGITAL_DOCUMENT',
    reason: 'DIGITAL_DOCUMENT_NOT_ACCEPTED',
    vendorText: 'DIGITAL_DOCUMENT',
    message: 'A digital-only document was given where it is not accepted.',
    remedy: 'Ask for a physical document.',
    retry: { action: 'user-action' },
  },
  // source: R1; typical not documented
  {
    kind: 'outcome',
    verdict: 'rejected',
    final: true,
    code: 'REGULATIONS_VIOLATIONS',
    reason: 'REGULATORY_RULE_BREACHED',
    vendorText: 'REGULATIONS_VIOLATIONS',
    message: 'The applicant breaches one of your regulatory rules.',
    remedy: 'Check buttonIds for the rule; usually not fixable by the user.',
  },
  // source: R1; typical FINAL (S12 'Different docs')
  {
    kind: 'outcome',
    verdict: 'rejected',
    final: true,
    code: 'INCONSISTENT_PROFILE',
    reason: 'MIXED_IDENTITIES',
    vendorText: 'INCONSISTENT_PROFILE',
    message: 'Documents or data of different people are in one profile.',
    remedy: 'Do not onboard; treat as a fraud signal.',
  },
  // source: R1; typical FINAL (S12 E-KYC 'Data mismatch', 'Not enough data in source')
  {
    kind: 'outcome',
    verdict: 'rejected',
    final: true,
    code: 'PROBLEMATIC_APPLICANT_DATA',
    reason: 'APPLICANT_DATA_MISMATCH',
    vendorText: 'PROBLEMATIC_APPLICANT_DATA',
    message: 'The entered data does not match the document or database data.',
    remedy: 'Refuse unless reviewRejectType is RETRY, then let the user correct the data.',
  },
  // source: R1; typical not documented. doubt: advice inferred.
  {
    kind: 'outcome',
    verdict: 'rejected',
    final: false,
    code: 'GPS_AS_POA_SKIPPED',
    reason: 'GEO_POA_SKIPPED',
    vendorText: 'GPS_AS_POA_SKIPPED',
    message: 'Location-based proof of address was skipped and no document was uploaded.',
    remedy: 'Ask the user to share location or upload a proof of address.',
    retry: { action: 'user-action' },
  },
  // source: R1; typical not documented. doubt: advice inferred.
  {
    kind: 'outcome',
    verdict: 'rejected',
    final: false,
    code: 'ADDITIONAL_DOCUMENT_REQUIRED',
    reason: 'ADDITIONAL_DOCUMENT_REQUIRED',
    vendorText: 'ADDITIONAL_DOCUMENT_REQUIRED',
    message: 'One more document is needed for an image-level check.',
    remedy: 'Ask the user for the extra document.',
    retry: { action: 'user-action' },
  },
  // source: R1; typical not documented. doubt: advice inferred.
  {
    kind: 'outcome',
    verdict: 'rejected',
    final: false,
    code: 'MORE_DOCUMENTS_REQUIRED',
    reason: 'MORE_DOCUMENTS_REQUIRED',
    vendorText: 'MORE_DOCUMENTS_REQUIRED',
    message: 'More documents are needed to finish the applicant check.',
    remedy: 'Ask the user for the additional documents.',
    retry: { action: 'user-action' },
  },
  // source: R1; typical not documented (clarify-rejection-reason 'age' button in
  // regulationsViolations)
  {
    kind: 'outcome',
    verdict: 'rejected',
    final: true,
    code: 'AGE_REQUIREMENT_MISMATCH',
    reason: 'AGE_REQUIREMENT_NOT_MET',
    vendorText: 'AGE_REQUIREMENT_MISMATCH',
    message: 'The person does not meet your age requirement.',
    remedy: 'Refuse onboarding; the person cannot meet this rule by resubmitting.',
  },
  // source: R1; typical not documented. doubt: advice inferred.
  {
    kind: 'outcome',
    verdict: 'rejected',
    final: false,
    code: 'REQUESTED_DATA_MISMATCH',
    reason: 'ENTERED_DATA_MISMATCH',
    vendorText: 'REQUESTED_DATA_MISMATCH',
    message: 'The information provided differs from what was read from the document.',
    remedy: 'Let the user correct the entered data.',
    retry: { action: 'user-action' },
  },
  // source: R1; typical not documented
  {
    kind: 'outcome',
    verdict: 'rejected',
    final: true,
    code: 'EXPERIENCE_REQUIREMENT_MISMATCH',
    reason: 'EXPERIENCE_REQUIREMENT_NOT_MET',
    vendorText: 'EXPERIENCE_REQUIREMENT_MISMATCH',
    message: 'The person lacks the required experience (e.g. years of driving).',
    remedy: 'Refuse for this product.',
  },
  // source: R1; typical FINAL (S12 'Fitness probity', 'Warning', 'Incomplete data')
  {
    kind: 'outcome',
    verdict: 'rejected',
    final: true,
    code: 'COMPROMISED_PERSONS',
    reason: 'COMPROMISED_PERSON',
    vendorText: 'COMPROMISED_PERSONS',
    message: 'The person matched compromised-person or wanted lists.',
    remedy: 'Route to compliance; do not onboard automatically.',
  },
  // source: R1; typical FINAL (S12 'PEP')
  {
    kind: 'outcome',
    verdict: 'rejected',
    final: true,
    code: 'PEP',
    reason: 'POLITICALLY_EXPOSED',
    vendorText: 'PEP',
    message: 'The person is a politically exposed person.',
    remedy:
      'Apply your enhanced due diligence policy for politically exposed persons; a person decides.',
    retry: { action: 'investigate' },
  },
  // source: R1; typical FINAL (S12 'Adverse media')
  {
    kind: 'outcome',
    verdict: 'rejected',
    final: true,
    code: 'ADVERSE_MEDIA',
    reason: 'ADVERSE_MEDIA',
    vendorText: 'ADVERSE_MEDIA',
    message: 'Negative news coverage about the person was found during screening.',
    remedy: 'Route to compliance review.',
    retry: { action: 'investigate' },
  },
  // source: R1; typical not documented
  {
    kind: 'outcome',
    verdict: 'rejected',
    final: true,
    code: 'FRAUDULENT_PATTERNS',
    reason: 'FRAUD_PATTERN',
    vendorText: 'FRAUDULENT_PATTERNS',
    message: 'Sumsub saw signs of fraud in how this applicant behaved.',
    remedy: 'Do not onboard; escalate to fraud.',
  },
  // source: R1; typical not documented
  {
    kind: 'outcome',
    verdict: 'rejected',
    final: true,
    code: 'STOLEN_DOCS',
    reason: 'DOCUMENTS_SUSPECTED_STOLEN',
    vendorText: 'STOLEN_DOCS',
    message: 'The document owner disowned this attempt, so the documents are suspected stolen.',
    remedy: 'Do not onboard; escalate to fraud.',
  },
  // source: R1; typical FINAL (S12 'Sanction lists')
  {
    kind: 'outcome',
    verdict: 'rejected',
    final: true,
    code: 'SANCTIONS',
    reason: 'SANCTIONS_HIT',
    vendorText: 'SANCTIONS',
    message: 'The person matched a sanctions list.',
    remedy: 'Do not onboard; follow your sanctions procedure.',
  },
  // source: R1; typical not documented. doubt: may be transient.
  {
    kind: 'outcome',
    verdict: 'rejected',
    final: true,
    code: 'NOT_ALL_CHECKS_COMPLETED',
    reason: 'CHECKS_INCOMPLETE',
    vendorText: 'NOT_ALL_CHECKS_COMPLETED',
    message: 'Not every required check could be completed.',
    remedy: 'Look at which step failed; resubmit if allowed.',
    retry: { action: 'investigate' },
  },
  // source: R1; typical not documented. doubt: advice inferred.
  {
    kind: 'outcome',
    verdict: 'rejected',
    final: false,
    code: 'FRONT_SIDE_MISSING',
    reason: 'FRONT_SIDE_MISSING',
    vendorText: 'FRONT_SIDE_MISSING',
    message: 'Only the back of a two-sided document was supplied; its front is absent.',
    remedy: 'Ask the user to upload the front side.',
    retry: { action: 'user-action' },
  },
  // source: R1; typical not documented. doubt: advice inferred.
  {
    kind: 'outcome',
    verdict: 'rejected',
    final: false,
    code: 'BACK_SIDE_MISSING',
    reason: 'BACK_SIDE_MISSING',
    vendorText: 'BACK_SIDE_MISSING',
    message: 'Only the front of a two-sided document was supplied; its reverse is absent.',
    remedy: 'Ask the user to upload the back side.',
    retry: { action: 'user-action' },
  },
  // source: R1; typical RETRY (S11 'Screenshots')
  {
    kind: 'outcome',
    verdict: 'rejected',
    final: false,
    code: 'SCREENSHOTS',
    reason: 'SCREENSHOT_UPLOADED',
    vendorText: 'SCREENSHOTS',
    message: 'Screenshots were uploaded instead of photos or scans.',
    remedy: 'Ask for a camera photo or scan of the document.',
    retry: { action: 'user-action' },
  },
  // source: R1; typical RETRY (S11 'Black and white')
  {
    kind: 'outcome',
    verdict: 'rejected',
    final: false,
    code: 'BLACK_AND_WHITE',
    reason: 'MONOCHROME_IMAGE',
    vendorText: 'BLACK_AND_WHITE',
    message: 'The document images are black and white.',
    remedy: 'Ask for colour images.',
    retry: { action: 'user-action' },
  },
  // source: R1; typical not documented. doubt: advice inferred.
  {
    kind: 'outcome',
    verdict: 'rejected',
    final: false,
    code: 'INCOMPATIBLE_LANGUAGE',
    reason: 'TRANSLATION_REQUIRED',
    vendorText: 'INCOMPATIBLE_LANGUAGE',
    message: 'The document needs a translation.',
    remedy: 'Ask the user for a certified translation.',
    retry: { action: 'user-action' },
  },
  // source: R1; typical not documented. doubt: advice inferred.
  {
    kind: 'outcome',
    verdict: 'rejected',
    final: false,
    code: 'EXPIRATION_DATE',
    reason: 'DOCUMENT_EXPIRED',
    vendorText: 'EXPIRATION_DATE',
    message: 'The document has expired.',
    remedy: 'Ask for a currently valid document.',
    retry: { action: 'user-action' },
  },
  // source: R1; typical not documented. doubt: advice inferred.
  {
    kind: 'outcome',
    verdict: 'rejected',
    final: false,
    code: 'UNFILLED_ID',
    reason: 'DOCUMENT_NOT_COMPLETED',
    vendorText: 'UNFILLED_ID',
    message: 'The document lacks required signatures or stamps.',
    remedy: 'Ask for a fully completed document.',
    retry: { action: 'user-action' },
  },
  // source: R1; typical not documented. doubt: advice inferred.
  {
    kind: 'outcome',
    verdict: 'rejected',
    final: false,
    code: 'BAD_SELFIE',
    reason: 'SELFIE_UNUSABLE',
    vendorText: 'BAD_SELFIE',
    message: 'The selfie is unusable.',
    remedy: 'Ask the user to take a new selfie.',
    retry: { action: 'user-action' },
  },
  // source: R1; typical not documented. doubt: advice inferred.
  {
    kind: 'outcome',
    verdict: 'rejected',
    final: false,
    code: 'BAD_VIDEO_SELFIE',
    reason: 'VIDEO_SELFIE_UNUSABLE',
    vendorText: 'BAD_VIDEO_SELFIE',
    message: 'The video selfie is unusable.',
    remedy: 'Ask the user to record it again.',
    retry: { action: 'user-action' },
  },
  // source: R1; typical not documented
  {
    kind: 'outcome',
    verdict: 'rejected',
    final: true,
    code: 'BAD_FACE_MATCHING',
    reason: 'FACE_MATCH_FAILED',
    vendorText: 'BAD_FACE_MATCHING',
    message: 'The selfie and the portrait on the document could not be shown to be the same face.',
    remedy: 'Allow a new attempt only when reviewRejectType is RETRY.',
  },
  // source: R1; typical not documented. doubt: advice inferred.
  {
    kind: 'outcome',
    verdict: 'rejected',
    final: false,
    code: 'BAD_PROOF_OF_IDENTITY',
    reason: 'POI_UNUSABLE',
    vendorText: 'BAD_PROOF_OF_IDENTITY',
    message: 'The identity document provided is unusable.',
    remedy: 'Ask for a different or better identity document.',
    retry: { action: 'user-action' },
  },
  // source: R1; typical not documented. doubt: advice inferred.
  {
    kind: 'outcome',
    verdict: 'rejected',
    final: false,
    code: 'BAD_PROOF_OF_ADDRESS',
    reason: 'POA_UNUSABLE',
    vendorText: 'BAD_PROOF_OF_ADDRESS',
    message: 'The proof of address provided is unusable.',
    remedy: 'Ask for an acceptable, recent proof of address.',
    retry: { action: 'user-action' },
  },
  // source: R1; typical both (S11 bankCard buttons = RETRY; S12 'Different Bank cards' = FINAL)
  {
    kind: 'outcome',
    verdict: 'rejected',
    final: true,
    code: 'BAD_PROOF_OF_PAYMENT',
    reason: 'PAYMENT_PROOF_UNUSABLE',
    vendorText: 'BAD_PROOF_OF_PAYMENT',
    message: 'The proof of payment method is unusable or inconsistent.',
    remedy: 'If RETRY, ask for a valid card/statement; if FINAL, refuse.',
  },
  // source: R1; typical not documented. doubt: advice inferred.
  {
    kind: 'outcome',
    verdict: 'rejected',
    final: false,
    code: 'SELFIE_WITH_PAPER',
    reason: 'SPECIAL_SELFIE_REQUIRED',
    vendorText: 'SELFIE_WITH_PAPER',
    message: 'A special selfie (e.g. holding a note with the date) is required.',
    remedy: 'Ask the user for that selfie.',
    retry: { action: 'user-action' },
  },
  // source: R1; typical not documented
  {
    kind: 'outcome',
    verdict: 'rejected',
    final: true,
    code: 'FRAUDULENT_LIVENESS',
    reason: 'LIVENESS_SPOOF',
    vendorText: 'FRAUDULENT_LIVENESS',
    message: 'Someone tried to defeat the liveness check.',
    remedy: 'Do not onboard; escalate to fraud.',
  },
  // source: R1 (described there as always a final client reject)
  {
    kind: 'outcome',
    verdict: 'rejected',
    final: true,
    code: 'EXTERNAL_DECISION_REJECTION',
    reason: 'CLIENT_DECISION',
    vendorText: 'EXTERNAL_DECISION_REJECTION',
    message: 'You (the client) rejected the applicant through the API.',
    remedy: 'Nothing to do; this is your own decision.',
  },
  // source: R1 ("Custom reject label")
  // doubt: meaning depends on your own configuration.
  {
    kind: 'outcome',
    verdict: 'rejected',
    final: true,
    code: 'OK',
    reason: 'CUSTOM_LABEL',
    vendorText: 'OK',
    message: 'A custom rejection label defined on your side.',
    remedy: 'Interpret it per your own label configuration.',
    retry: { action: 'investigate' },
  },
  // source: R1; typical not documented (all COMPANY_* labels: KYB)
  {
    kind: 'outcome',
    verdict: 'rejected',
    final: false,
    code: 'COMPANY_NOT_DEFINED_STRUCTURE',
    reason: 'KYB_CONTROL_STRUCTURE_UNKNOWN',
    vendorText: 'COMPANY_NOT_DEFINED_STRUCTURE',
    message: "The company's control structure could not be established.",
    remedy: 'Ask the company for structure documents.',
    retry: { action: 'user-action' },
  },
  {
    kind: 'outcome',
    verdict: 'rejected',
    final: false,
    code: 'COMPANY_NOT_DEFINED_BENEFICIARIES',
    reason: 'KYB_UBOS_UNKNOWN',
    vendorText: 'COMPANY_NOT_DEFINED_BENEFICIARIES',
    message: 'The beneficial owners could not be identified and verified.',
    remedy: 'Ask the company to declare and document its beneficial owners.',
    retry: { action: 'user-action' },
  },
  {
    kind: 'outcome',
    verdict: 'rejected',
    final: false,
    code: 'COMPANY_NOT_VALIDATED_BENEFICIAL_OWNERS',
    reason: 'KYB_UBOS_NOT_VERIFIED',
    vendorText: 'COMPANY_NOT_VALIDATED_BENEFICIAL_OWNERS',
    message: 'Not every beneficial owner passed KYC.',
    remedy: 'Get the remaining owners through KYC.',
    retry: { action: 'user-action' },
  },
  {
    kind: 'outcome',
    verdict: 'rejected',
    final: false,
    code: 'COMPANY_NOT_VALIDATED_BENEFICIARIES',
    reason: 'KYB_BENEFICIARIES_NOT_VERIFIED',
    vendorText: 'COMPANY_NOT_VALIDATED_BENEFICIARIES',
    message: "The company's beneficiaries still lack a successful verification.",
    remedy: 'Get the beneficiaries through KYC.',
    retry: { action: 'user-action' },
  },
  {
    kind: 'outcome',
    verdict: 'rejected',
    final: false,
    code: 'COMPANY_NOT_VALIDATED_DIRECTORS',
    reason: 'KYB_DIRECTORS_NOT_VERIFIED',
    vendorText: 'COMPANY_NOT_VALIDATED_DIRECTORS',
    message: 'Not every director passed KYC.',
    remedy: 'Get the remaining directors through KYC.',
    retry: { action: 'user-action' },
  },
  {
    kind: 'outcome',
    verdict: 'rejected',
    final: false,
    code: 'COMPANY_NOT_DEFINED_REPRESENTATIVES',
    reason: 'KYB_REPRESENTATIVES_UNKNOWN',
    vendorText: 'COMPANY_NOT_DEFINED_REPRESENTATIVES',
    message: 'Nobody has been named to represent the company.',
    remedy: 'Ask the company to name its representatives.',
    retry: { action: 'user-action' },
  },
  {
    kind: 'outcome',
    verdict: 'rejected',
    final: false,
    code: 'COMPANY_NOT_VALIDATED_REPRESENTATIVES',
    reason: 'KYB_REPRESENTATIVES_NOT_VERIFIED',
    vendorText: 'COMPANY_NOT_VALIDATED_REPRESENTATIVES',
    message: 'The people representing the company still lack a successful verification.',
    remedy: 'Get the representatives through KYC.',
    retry: { action: 'user-action' },
  },
  {
    kind: 'outcome',
    verdict: 'rejected',
    final: false,
    code: 'UNSUITABLE_DOCUMENT',
    reason: 'DOCUMENT_UNSUITABLE',
    vendorText: 'UNSUITABLE_DOCUMENT',
    message: 'The document is of the wrong type or lacks a seal, apostille or notarisation.',
    remedy: 'Ask for the correct, properly certified document.',
    retry: { action: 'user-action' },
  },
  {
    kind: 'outcome',
    verdict: 'rejected',
    final: false,
    code: 'OUTDATED_DOCUMENT_VERSION',
    reason: 'DOCUMENT_OUTDATED',
    vendorText: 'OUTDATED_DOCUMENT_VERSION',
    message: 'A newer version of the document exists in the public registry.',
    remedy: 'Ask for the latest registry extract.',
    retry: { action: 'user-action' },
  },
  {
    kind: 'outcome',
    verdict: 'rejected',
    final: false,
    code: 'COMPANY_NOT_DEFINED_OWNERSHIP_STRUCTURE',
    reason: 'KYB_OWNERSHIP_UNCLEAR',
    vendorText: 'COMPANY_NOT_DEFINED_OWNERSHIP_STRUCTURE',
    message: 'The ownership structure is missing or contradicts the corporate documents.',
    remedy: 'Ask the company for a consistent ownership chart with evidence.',
    retry: { action: 'user-action' },
  },
  {
    kind: 'outcome',
    verdict: 'rejected',
    final: true,
    code: 'COMPANY_INACTIVE_ENTITY',
    reason: 'KYB_ENTITY_INACTIVE',
    vendorText: 'COMPANY_INACTIVE_ENTITY',
    message: 'The registry shows the entity as inactive, dissolved or deregistered.',
    remedy: 'Refuse onboarding of this entity.',
  },
  {
    kind: 'outcome',
    verdict: 'rejected',
    final: false,
    code: 'COMPANY_INCORRECT_DATA',
    reason: 'KYB_DATA_INCORRECT',
    vendorText: 'COMPANY_INCORRECT_DATA',
    message: 'Company name, registration or tax number disagree with documents or registry.',
    remedy: 'Let the company correct its data.',
    retry: { action: 'user-action' },
  },
  // source: R1; typical FINAL (S12 'Problematic company structure')
  {
    kind: 'outcome',
    verdict: 'rejected',
    final: true,
    code: 'COMPANY_PROBLEMATIC_STRUCTURE',
    reason: 'KYB_REJECTED_OFFICIALS',
    vendorText: 'COMPANY_PROBLEMATIC_STRUCTURE',
    message: 'A person who controls or owns part of the company was themselves rejected.',
    remedy: 'Refuse or escalate to compliance.',
  },
  // source: R1; typical not documented
  {
    kind: 'outcome',
    verdict: 'rejected',
    final: false,
    code: 'COMPANY_DATA_MISMATCH',
    reason: 'KYB_REGISTRY_MISMATCH',
    vendorText: 'COMPANY_DATA_MISMATCH',
    message: 'Attributes on the company documents do not match the registry.',
    remedy: 'Let the company provide consistent documents.',
    retry: { action: 'user-action' },
  },
  // source: R1; typical not documented (video ident labels below). doubt: advice inferred.
  {
    kind: 'outcome',
    verdict: 'rejected',
    final: false,
    code: 'APPLICANT_INTERRUPTED_INTERVIEW',
    reason: 'VI_INTERRUPTED_BY_USER',
    vendorText: 'APPLICANT_INTERRUPTED_INTERVIEW',
    message: 'The user walked away from the video-ident interview before its end.',
    remedy: 'Offer a new call if your policy allows.',
    retry: { action: 'user-action' },
  },
  {
    kind: 'outcome',
    verdict: 'rejected',
    final: false,
    code: 'DOCUMENT_MISSING',
    reason: 'VI_DOCUMENT_NOT_SHOWN',
    vendorText: 'DOCUMENT_MISSING',
    message: 'On the call the user did not have or would not show the required document.',
    remedy: 'Ask the user to rejoin with the document.',
    retry: { action: 'user-action' },
  },
  {
    kind: 'outcome',
    verdict: 'rejected',
    final: false,
    code: 'UNSUITABLE_ENV',
    reason: 'VI_UNSUITABLE_ENVIRONMENT',
    vendorText: 'UNSUITABLE_ENV',
    message: 'During the call others were present or the user could not be seen properly.',
    remedy: 'Ask the user to rejoin alone, in good light.',
    retry: { action: 'user-action' },
  },
  {
    kind: 'outcome',
    verdict: 'rejected',
    final: false,
    code: 'CONNECTION_INTERRUPTED',
    reason: 'VI_CONNECTION_DROPPED',
    vendorText: 'CONNECTION_INTERRUPTED',
    message: 'The video-ident call was cut off before it could finish.',
    remedy: 'Offer the user a new video call slot.',
    retry: { action: 'user-action' },
  },
  {
    kind: 'outcome',
    verdict: 'rejected',
    final: false,
    code: 'UNSUPPORTED_LANGUAGE',
    reason: 'VI_NO_COMMON_LANGUAGE',
    vendorText: 'UNSUPPORTED_LANGUAGE',
    message: 'The user and the operator had no language in common.',
    remedy: 'Offer a call in a supported language or another method.',
    retry: { action: 'user-action' },
  },
  // doubt: fraud-type signal; final advice chosen.
  {
    kind: 'outcome',
    verdict: 'rejected',
    final: true,
    code: 'THIRD_PARTY_INVOLVED',
    reason: 'VI_THIRD_PARTY',
    vendorText: 'THIRD_PARTY_INVOLVED',
    message: 'The user appears to be verifying on behalf of someone else.',
    remedy: 'Do not onboard; escalate to fraud.',
  },
  // source: R1; typical RETRY (S11 dbNetChecks 'Incorrect BVN/SSN/TIN')
  {
    kind: 'outcome',
    verdict: 'rejected',
    final: false,
    code: 'INCORRECT_SOCIAL_NUMBER',
    reason: 'TAX_OR_SOCIAL_NUMBER_WRONG',
    vendorText: 'INCORRECT_SOCIAL_NUMBER',
    message: 'The TIN/SSN/BVN given is wrong.',
    remedy: 'Ask the user to enter the correct number.',
    retry: { action: 'user-action' },
  },
  // source: R1; typical RETRY (S11 dbNetChecks 'Check Unavailable')
  {
    kind: 'outcome',
    verdict: 'rejected',
    final: false,
    code: 'CHECK_UNAVAILABLE',
    reason: 'EXTERNAL_CHECK_UNAVAILABLE',
    vendorText: 'CHECK_UNAVAILABLE',
    message: 'The government/external database was unavailable, so the check could not run.',
    remedy: 'Let the user resubmit later; nothing is wrong with their data.',
    retry: {
      action: 'user-action',
      caution: 'The cause is on the data source; a resubmission too soon may hit the same outage.',
    },
  },
  // source: R1; typical FINAL (S12 'Data not found', dbNetReject)
  {
    kind: 'outcome',
    verdict: 'rejected',
    final: true,
    code: 'DB_DATA_NOT_FOUND',
    reason: 'NOT_IN_DATABASE',
    vendorText: 'DB_DATA_NOT_FOUND',
    message: 'No matching record was found in the external database.',
    remedy: 'Verify the user another way (documents).',
  },
  // source: R1; typical not documented
  {
    kind: 'outcome',
    verdict: 'rejected',
    final: true,
    code: 'DB_DATA_MISMATCH',
    reason: 'DATABASE_MISMATCH',
    vendorText: 'DB_DATA_MISMATCH',
    message: 'The input data or document disagrees with the external database.',
    remedy: 'Allow a correction only if reviewRejectType is RETRY.',
  },
  // source: R1; typical not documented
  {
    kind: 'outcome',
    verdict: 'rejected',
    final: true,
    code: 'DB_NO_DATA_SOURCE',
    reason: 'NO_DATABASE_SOURCE',
    vendorText: 'DB_NO_DATA_SOURCE',
    message: 'No enabled data source supports this input.',
    remedy: 'Use another verification method or enable a suitable source.',
    retry: { action: 'investigate' },
  },
  // source: R1 (wording says the QES flow must be retried). doubt: typical type not documented.
  {
    kind: 'outcome',
    verdict: 'rejected',
    final: false,
    code: 'ESIGN_FAILED',
    reason: 'ESIGNATURE_FAILED',
    vendorText: 'ESIGN_FAILED',
    message: 'The qualified e-signature step failed, probably on a personal-data mismatch.',
    remedy: 'Have the user redo the e-signature flow.',
    retry: { action: 'user-action' },
  },
  // source: R1; seen once with a temporary button (S11 'Driving Restrictions')
  // doubt: as a watchlist outcome (e.g. betting bans) it is likely FINAL; left at default (none).
  {
    kind: 'outcome',
    verdict: 'rejected',
    final: true,
    code: 'RESTRICTED_PERSON',
    reason: 'RESTRICTED_PERSON',
    vendorText: 'RESTRICTED_PERSON',
    message: 'The person is on a restricted list (e.g. betting ban, driving restriction).',
    remedy: 'Apply your policy for restricted persons; check reviewRejectType.',
  },
  // source: R1; typical not documented (video-ident call outcomes). doubt: advice inferred.
  {
    kind: 'outcome',
    verdict: 'rejected',
    final: false,
    code: 'NO_APPLICANT',
    reason: 'VI_NO_SHOW',
    vendorText: 'NO_APPLICANT',
    message: 'The user did not join the video call.',
    remedy: 'Offer a new call slot.',
    retry: { action: 'user-action' },
  },
  {
    kind: 'outcome',
    verdict: 'rejected',
    final: false,
    code: 'NO_SUITABLE_DOCS',
    reason: 'VI_NO_SUITABLE_DOCUMENT',
    vendorText: 'NO_SUITABLE_DOCS',
    message: 'The user had no suitable document for the call.',
    remedy: 'Ask the user to rejoin with an accepted document.',
    retry: { action: 'user-action' },
  },
  {
    kind: 'outcome',
    verdict: 'rejected',
    final: false,
    code: 'NOT_ALONE',
    reason: 'VI_NOT_ALONE',
    vendorText: 'NOT_ALONE',
    message: 'Another person was present during the call.',
    remedy: 'Ask the user to rejoin alone.',
    retry: { action: 'user-action' },
  },
  {
    kind: 'outcome',
    verdict: 'rejected',
    final: false,
    code: 'CONNECTION_ISSUES',
    reason: 'VI_POOR_CONNECTION',
    vendorText: 'CONNECTION_ISSUES',
    message: "The user's internet connection was not good enough.",
    remedy: 'Ask the user to retry on a better connection.',
    retry: { action: 'user-action' },
  },
  {
    kind: 'outcome',
    verdict: 'rejected',
    final: false,
    code: 'CAMERA_OR_LIGHTING_ISSUES',
    reason: 'VI_CAMERA_OR_LIGHT',
    vendorText: 'CAMERA_OR_LIGHTING_ISSUES',
    message: 'Camera or lighting made the call unusable.',
    remedy: 'Ask the user to retry with a working camera in good light.',
    retry: { action: 'user-action' },
  },
  {
    kind: 'outcome',
    verdict: 'rejected',
    final: false,
    code: 'SOUND_ISSUES',
    reason: 'VI_AUDIO_PROBLEM',
    vendorText: 'SOUND_ISSUES',
    message: 'Microphone or speaker settings failed on the call.',
    remedy: 'Ask the user to fix audio settings and retry.',
    retry: { action: 'user-action' },
  },
  {
    kind: 'outcome',
    verdict: 'rejected',
    final: false,
    code: 'PHONE_VERIFICATION_ISSUES',
    reason: 'VI_TAN_FAILED',
    vendorText: 'PHONE_VERIFICATION_ISSUES',
    message: 'The user could not complete the TAN (phone code) step.',
    remedy: 'Ask the user to retry with access to their phone.',
    retry: { action: 'user-action' },
  },
  {
    kind: 'outcome',
    verdict: 'rejected',
    final: false,
    code: 'OTHER_VI_ISSUES',
    reason: 'VI_CALL_BACK_LATER',
    vendorText: 'OTHER_VI_ISSUES',
    message: 'The user was not ready or able to continue and should call back.',
    remedy: 'Offer the user a call at a later time.',
    retry: { action: 'user-action' },
  },
  {
    kind: 'outcome',
    verdict: 'rejected',
    final: false,
    code: 'REFUSED_TO_CONTINUE',
    reason: 'VI_REFUSED',
    vendorText: 'REFUSED_TO_CONTINUE',
    message: 'The user refused to continue the call.',
    remedy: 'Offer a new call only if the user asks.',
    retry: { action: 'user-action' },
  },
  {
    kind: 'outcome',
    verdict: 'rejected',
    final: false,
    code: 'VIDEO_FILTERS_OR_MASKS',
    reason: 'VI_FILTERS_USED',
    vendorText: 'VIDEO_FILTERS_OR_MASKS',
    message: 'Video filters or masks were applied during the call.',
    remedy: 'Ask the user to rejoin without filters.',
    retry: { action: 'user-action' },
  },
  {
    kind: 'outcome',
    verdict: 'rejected',
    final: false,
    code: 'SUPPORTED_LANGUAGE_IS_NOT_AVAILABLE',
    reason: 'VI_LANGUAGE_UNAVAILABLE',
    vendorText: 'SUPPORTED_LANGUAGE_IS_NOT_AVAILABLE',
    message: 'The chosen call language was not available.',
    remedy: 'Offer another language or time slot.',
    retry: { action: 'user-action' },
  },
  {
    kind: 'outcome',
    verdict: 'rejected',
    final: false,
    code: 'ADDITIONAL_DATA_REQUIRED',
    reason: 'VI_MORE_DATA_NEEDED',
    vendorText: 'ADDITIONAL_DATA_REQUIRED',
    message: 'More data is needed to complete the video ident.',
    remedy: 'Ask the user for the missing data.',
    retry: { action: 'user-action' },
  },
  // doubt: attempts exhausted; treated as final.
  {
    kind: 'outcome',
    verdict: 'rejected',
    final: true,
    code: 'VI_ATTEMPTS_LIMIT_REACHED',
    reason: 'VI_ATTEMPTS_EXHAUSTED',
    vendorText: 'VI_ATTEMPTS_LIMIT_REACHED',
    message: 'The user used up the allowed video-ident attempts.',
    remedy: 'Stop offering calls; use another method or refuse.',
  },
  // doubt: conduct-based; treated as final.
  {
    kind: 'outcome',
    verdict: 'rejected',
    final: true,
    code: 'BEHAVIOR',
    reason: 'VI_INAPPROPRIATE_CONDUCT',
    vendorText: 'BEHAVIOR',
    message: 'The user behaved inappropriately or was in no condition to complete the call.',
    remedy: 'Apply your policy; usually refuse.',
  },
  {
    kind: 'outcome',
    verdict: 'rejected',
    final: true,
    code: 'PERSON_MISMATCH',
    reason: 'VI_WRONG_PERSON',
    vendorText: 'PERSON_MISMATCH',
    message: 'The call was started by someone other than the data holder.',
    remedy: 'Do not onboard; escalate to fraud.',
  },
  // source: R1; typical not documented (fraud-network / social-engineering labels below)
  // doubt: THIRD_PARTY_GUIDANCE marks the user as a likely victim; a human should decide.
  {
    kind: 'outcome',
    verdict: 'rejected',
    final: true,
    code: 'THIRD_PARTY_GUIDANCE',
    reason: 'COERCED_BY_THIRD_PARTY',
    vendorText: 'THIRD_PARTY_GUIDANCE',
    message:
      'The user appears to have been misled or pushed by someone else into opening the account.',
    remedy: 'Do not onboard automatically; route to fraud/compliance review.',
    retry: { action: 'investigate' },
  },
  {
    kind: 'outcome',
    verdict: 'rejected',
    final: true,
    code: 'SPONSORED_VERIFICATION',
    reason: 'PAID_ACCOUNT_OPENING',
    vendorText: 'SPONSORED_VERIFICATION',
    message: 'The user is suspected of opening the account for payment (account for hire).',
    remedy: 'Do not onboard; escalate to fraud.',
  },
  // doubt: Fraud Network Detection labels; meaning for a single applicant is unclear.
  {
    kind: 'outcome',
    verdict: 'rejected',
    final: true,
    code: 'INSUFFICIENT_DATA',
    reason: 'FRAUD_NETWORK_INCONCLUSIVE',
    vendorText: 'INSUFFICIENT_DATA',
    message: 'A fraud-network reviewer lacked the data to decide either way.',
    remedy: 'Review manually; the label does not itself prove fraud.',
    retry: { action: 'investigate' },
  },
  {
    kind: 'outcome',
    verdict: 'rejected',
    final: true,
    code: 'INCORRECT_PATTERNS',
    reason: 'FRAUD_NETWORK_PATTERN_ERROR',
    vendorText: 'INCORRECT_PATTERNS',
    message:
      'A fraud-network reviewer found the network link behind this case to be a false match.',
    remedy: 'Review manually before acting on this rejection.',
    retry: { action: 'investigate' },
  },
] as const satisfies readonly EntrySpec[];

/**
 * The whole Sumsub catalog: request errors, review statuses and answers, reject labels.
 *
 * @example
 * ```ts
 * SUMSUB_CATALOG.find((e) => e.code === '1004')?.reason; // 'CORRUPTED_FILE'
 * ```
 */
export const SUMSUB_CATALOG = [
  ...SUMSUB_ERRORS,
  ...SUMSUB_REVIEW,
  ...SUMSUB_REJECT_LABELS,
] as const satisfies readonly EntrySpec[];

/** One entry of {@link SUMSUB_CATALOG}, exactly as written. */
export type SumsubEntry = (typeof SUMSUB_CATALOG)[number];

/** Every key in the Sumsub catalog: error codes, descriptive keys, statuses and labels. */
export type SumsubCode = SumsubEntry['code'];

/** The numeric `errorCode`s Sumsub sends in an error body, as strings (`'1004'`). */
export type SumsubErrorCode = Exclude<
  Extract<SumsubEntry, { readonly kind: 'error' }>,
  { readonly native: false }
>['code'];

/** Descriptive keys for failures Sumsub sends without an `errorCode` (`native: false`). */
export type SumsubDescriptiveCode = Extract<SumsubEntry, { readonly native: false }>['code'];

/** The review statuses and answers `outcome()` reports as its code. */
export type SumsubReviewCode = (typeof SUMSUB_REVIEW)[number]['code'];

/** Sumsub's reject labels. */
export type SumsubRejectLabel = (typeof SUMSUB_REJECT_LABELS)[number]['code'];
