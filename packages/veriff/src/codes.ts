import type { EntrySpec } from '@kyc-errors/core/provider-kit';

// Veriff's catalog as data. `vendorText` is Veriff's own wording, transcribed; `message` and
// `remedy` are ours. Veriff numbers four kinds of code, and each lives in its own range:
//
// - Public API errors, 1001-2104, in `{status: 'fail', code, message}` bodies. Veriff does not
//   say which HTTP status goes with which code, so these entries carry no `httpStatus`.
// - Event webhook codes, 7xxx (`code` + `action`): progress, never a decision.
// - Decision codes, 9xxx (`verification.code` + `verification.status`).
// - Reason codes (`verification.reasonCode`): 1xx and 5xx with `declined`, 2xx with
//   `resubmission_requested`. The two tables share no code; the outcome reader still picks a
//   reason only from the table that belongs to the body's status.
//
// Undocumented codes (a 540 decline, a 210 resubmission, a 7003 event) are not guessed at: the
// outcome reader falls back to the session status and carries the reason code as a tag.

/**
 * Every Veriff code we could source: API errors, HTTP failures without a code, event and
 * decision codes, and the decline and resubmission reason codes, as data.
 *
 * @example
 * ```ts
 * VERIFF_CATALOG.find((e) => e.code === '1804')?.category; // 'account'
 * ```
 */
export const VERIFF_CATALOG = [
  // ------------------------------------------------------------------------------------------
  // Public API errors: Query ID, parameters, timestamps and dates
  // source: https://devdocs.veriff.com/docs/some-troubleshooting-codes-table, "Some troubleshooting codes (table)"
  // ------------------------------------------------------------------------------------------
  {
    code: '1001',
    kind: 'error',
    category: 'validation',
    reason: 'QUERY_ID_BAD_LENGTH',
    vendorText: 'Query ID must be between 20 and 40 symbols.',
    message: 'The query identifier sent is shorter than 20 or longer than 40 characters.',
    remedy: 'Send an identifier of 20 to 40 characters (a UUID v4 fits).',
  },
  {
    code: '1002',
    kind: 'error',
    category: 'validation',
    reason: 'QUERY_ID_NOT_UUID',
    vendorText: 'Query ID must be a valid UUID V4',
    message: 'The query identifier is not a well-formed UUID version 4.',
    remedy: 'Generate the identifier as a UUID v4.',
  },
  // A Query ID works like an idempotency key that is already spent: the earlier request may have
  // taken effect, so look it up before sending new work under a fresh id.
  {
    code: '1003',
    kind: 'error',
    category: 'validation',
    reason: 'QUERY_ID_REUSED',
    vendorText: 'Query ID must be unique, it has already been used.',
    message: 'This query identifier was already used once and cannot be sent again.',
    remedy:
      'Check whether the earlier request took effect; send new work only with a fresh identifier.',
    retry: {
      retryable: false,
      action: 'new-idempotency-key',
      caution:
        'The earlier request with this id may have succeeded; look it up before creating anything new.',
    },
  },
  {
    code: '1102',
    kind: 'error',
    category: 'validation',
    reason: 'MISSING_PARAMETERS',
    vendorText: 'Mandatory parameters are missing from the request.',
    message: 'A parameter the endpoint requires is absent from the request.',
    remedy: 'Compare the request with the endpoint reference and add the required fields.',
  },
  {
    code: '1104',
    kind: 'error',
    category: 'validation',
    reason: 'INVALID_PARAMETERS',
    vendorText: 'Request includes invalid parameters.',
    message: 'At least one parameter has a value or type Veriff does not accept.',
    remedy:
      'Check every field against the endpoint reference (types, enums, formats) and correct it.',
  },
  // Validation, but the fix is at send time: a request queued or retried for over an hour goes
  // stale, so stamp the timestamp when sending, on every attempt.
  {
    code: '1201',
    kind: 'error',
    category: 'validation',
    reason: 'TIMESTAMP_TOO_OLD',
    field: 'timestamp',
    vendorText: 'Invalid timestamp. Timestamp must not be older than one hour.',
    message: 'The request timestamp is more than one hour in the past.',
    remedy:
      'Stamp the request with the current time when sending (and again on every retry); check the server clock.',
  },
  {
    code: '1202',
    kind: 'error',
    category: 'validation',
    reason: 'TIMESTAMP_BAD_FORMAT',
    field: 'timestamp',
    vendorText: 'Timestamp format is incorrect. YYYY-MM-DDTHH:MM:S+Timezone Offset|Z or UTC.',
    message: 'The request timestamp is not in the ISO 8601 date-time form Veriff expects.',
    remedy:
      'Send a full ISO 8601 timestamp with a time zone offset or Z (e.g. new Date().toISOString()).',
  },
  {
    code: '1203',
    kind: 'error',
    category: 'validation',
    reason: 'DATE_BAD_FORMAT',
    vendorText: 'Invalid ISO 8601 date. Date needs to be in format YYYY-MM-DD.',
    message: 'A date field is not a calendar date in YYYY-MM-DD form.',
    remedy: 'Format date fields (date of birth, document dates) as YYYY-MM-DD.',
  },

  // ------------------------------------------------------------------------------------------
  // Public API errors: features, callback, status, SSN inputs, media, vendorData
  // source: https://devdocs.veriff.com/docs/some-troubleshooting-codes-table, "Some troubleshooting codes (table)"
  // ------------------------------------------------------------------------------------------
  // Validation rather than account: the text says the features are not supported, not that the
  // account lacks them. An integration without a product enabled may get it too (remedy says so).
  {
    code: '1301',
    kind: 'error',
    category: 'validation',
    reason: 'FEATURE_NOT_SUPPORTED',
    field: 'verification.features',
    vendorText: 'Requested features are not supported.',
    message: 'The request asks for a feature Veriff does not support here.',
    remedy:
      'Remove or correct the requested features; ask Veriff to enable a product if it should be available.',
  },
  {
    code: '1302',
    kind: 'error',
    category: 'validation',
    reason: 'CALLBACK_NOT_HTTPS',
    field: 'verification.callback',
    vendorText: 'Only HTTPS return URLs are allowed.',
    message: 'The return (callback) URL does not use HTTPS.',
    remedy: 'Use an https:// URL for the callback.',
  },
  {
    code: '1303',
    kind: 'error',
    category: 'validation',
    reason: 'INVALID_STATUS_VALUE',
    field: 'verification.status',
    vendorText: 'Invalid status.',
    message: 'The status value sent in the session update is not one Veriff knows.',
    remedy: 'Send status "submitted" (the only documented update value).',
  },
  // $STATUS is Veriff's placeholder for the status asked for. The session is past the point where
  // that change is allowed (submitted or decided): a state problem, not a malformed request.
  {
    code: '1304',
    kind: 'error',
    category: 'user-state',
    reason: 'INVALID_STATUS_TRANSITION',
    vendorText: 'Cannot transition to "$STATUS" status.',
    message: 'The session cannot move to the requested status from the status it is in now.',
    remedy:
      'Read the session status first; a submitted or decided session cannot be changed, start a new session if needed.',
    retry: { retryable: false, action: 'check-status' },
  },
  {
    code: '1308',
    kind: 'error',
    category: 'validation',
    reason: 'ID_NUMBER_MISSING',
    field: 'verification.person.idNumber',
    vendorText: 'ID number is missing.',
    message: 'The check needs a personal identification number and none was sent.',
    remedy: "Include the person's ID number in the request.",
  },
  {
    code: '1309',
    kind: 'error',
    category: 'validation',
    reason: 'SSN_CHECK_NAME_MISSING',
    field: 'verification.person.firstName',
    vendorText: 'SSN validation requires person firstName + lastName OR fullName to be provided.',
    message: "An SSN check was requested without the person's name.",
    remedy: 'Send first and last name, or a full name, with the SSN request.',
  },
  {
    code: '1310',
    kind: 'error',
    category: 'validation',
    reason: 'SSN_CHECK_DOB_OR_ADDRESS_MISSING',
    field: 'verification.person.dateOfBirth',
    vendorText: 'SSN validation requires person.dateOfBirth or address data to be provided.',
    message: 'An SSN check was requested without a date of birth or an address.',
    remedy: 'Send the date of birth or the address data with the SSN request.',
  },
  {
    code: '1400',
    kind: 'error',
    category: 'validation',
    reason: 'IMAGE_DATA_MISSING',
    field: 'image.content',
    vendorText: 'Image data not found.',
    message: 'The media upload carries no image content.',
    remedy: 'Put the base64 image in image.content before uploading.',
  },
  {
    code: '1401',
    kind: 'error',
    category: 'validation',
    reason: 'IMAGE_NOT_BASE64',
    field: 'image.content',
    vendorText: 'Image is not in valid base64.',
    message: 'The uploaded image content is not valid base64.',
    remedy: 'Encode the file bytes as base64 (check for truncation or a wrong data-URI prefix).',
  },
  {
    code: '1402',
    kind: 'error',
    category: 'validation',
    reason: 'IMAGE_CONTEXT_UNSUPPORTED',
    field: 'image.context',
    vendorText: 'Image context is not supported.',
    message: 'The image context label is not one Veriff accepts.',
    remedy: 'Use a documented context value (e.g. document-front, document-back, face).',
  },
  {
    code: '1403',
    kind: 'error',
    category: 'validation',
    reason: 'IMAGE_PROPERTY_MISSING',
    field: 'image',
    vendorText: 'Image property is missing.',
    message: 'The upload body lacks the image object or one of its required properties.',
    remedy: 'Send an image object with context, content and timestamp.',
  },
  {
    code: '1500',
    kind: 'error',
    category: 'validation',
    reason: 'VENDOR_DATA_TOO_LONG',
    field: 'verification.vendorData',
    vendorText:
      "vendorData field cannot be more than 1000 symbols. We require only non-semantic data to be submitted (UUID-s etc., that can not be resolved or used outside the customer's domain)",
    message: 'vendorData is longer than 1000 characters.',
    remedy: 'Send a short opaque reference (e.g. a UUID) instead of personal or meaningful data.',
  },
  {
    code: '1501',
    kind: 'error',
    category: 'validation',
    reason: 'VENDOR_DATA_NOT_STRING',
    field: 'verification.vendorData',
    vendorText:
      "vendorData must be a string. We require only non-semantic data to be submitted (UUID-s etc., that can not be resolved or used outside the customer's domain)",
    message: 'vendorData was sent as something other than a string.',
    remedy: 'Serialise the reference to a string; keep it opaque (no personal data).',
  },

  // ------------------------------------------------------------------------------------------
  // Public API errors: credentials and signatures (HTTP 401 is likely but not documented per code)
  // source: https://devdocs.veriff.com/docs/credentials-and-authorization-codes-table, "Credentials and authorization codes (table)"
  // source: https://devdocs.veriff.com/docs/some-troubleshooting-codes-table, "Some troubleshooting codes (table)" (1815; a longer text for 1804)
  // ------------------------------------------------------------------------------------------
  {
    code: '1801',
    kind: 'error',
    category: 'auth',
    reason: 'API_KEY_HEADER_MISSING',
    field: 'X-AUTH-CLIENT',
    vendorText: 'Mandatory X-AUTH-CLIENT header containing the API key is missing from the request',
    message: 'The request has no X-AUTH-CLIENT header with the integration API key.',
    remedy: 'Send the integration API key in the X-AUTH-CLIENT header.',
  },
  {
    code: '1802',
    kind: 'error',
    category: 'auth',
    reason: 'API_KEY_MALFORMED',
    field: 'X-AUTH-CLIENT',
    vendorText: 'API key is not a valid UUID',
    message: 'The API key sent is not shaped like a UUID.',
    remedy:
      'Copy the API key again from the Customer Portal; check for truncation or a secret pasted in its place.',
  },
  {
    code: '1803',
    kind: 'error',
    category: 'auth',
    reason: 'INTEGRATION_NOT_FOUND',
    field: 'X-AUTH-CLIENT',
    vendorText: 'Integration with the API key was not found',
    message: 'No integration matches the API key sent.',
    remedy:
      'Check the key and that it belongs to the base URL/environment (test vs live) you call.',
  },
  // Account, not auth: the key is right but the integration is switched off (Veriff names
  // suspension, billing and manual deactivation); only the account owner can have it reactivated.
  {
    code: '1804',
    kind: 'error',
    category: 'account',
    reason: 'INTEGRATION_INACTIVE',
    vendorText: 'Integration with the API key is not active',
    message: 'The integration behind this API key has been deactivated.',
    remedy:
      'Contact Veriff to reactivate the integration (account suspension, billing or manual deactivation).',
  },
  {
    code: '1812',
    kind: 'error',
    category: 'auth',
    reason: 'SIGNATURE_MALFORMED',
    vendorText: 'Signature is not a valid SHA256 hash',
    message: 'The signature header is not a valid SHA-256 hex digest.',
    remedy: 'Send the hex-encoded digest (64 hex characters) produced with the shared secret.',
  },
  // 1812-1814 belong to the legacy X-SIGNATURE scheme (a plain SHA-256 of payload and secret);
  // 1818-1819 to X-HMAC-SIGNATURE.
  {
    code: '1813',
    kind: 'error',
    category: 'auth',
    reason: 'LEGACY_SIGNATURE_MISMATCH_QUERY_ID',
    vendorText: 'Signature does not match the SHA256 hash of query ID and integration API secret',
    message:
      'The legacy signature does not match the one computed from the query id and the secret.',
    remedy:
      'Move to X-HMAC-SIGNATURE; otherwise sign the session/query id (not a body) with the shared secret.',
  },
  {
    code: '1814',
    kind: 'error',
    category: 'auth',
    reason: 'LEGACY_SIGNATURE_MISMATCH_BODY',
    vendorText:
      'Signature does not match the SHA256 hash of request body and integration API secret',
    message:
      'The legacy signature does not match the one computed from the request body and the secret.',
    remedy:
      'Move to X-HMAC-SIGNATURE; otherwise sign the exact bytes sent as the body with the shared secret.',
  },
  {
    code: '1815',
    kind: 'error',
    category: 'auth',
    reason: 'AUTHENTICATION_FAILED',
    vendorText: 'Could not authenticate request.',
    message: 'Veriff could not validate the authentication headers or the signature.',
    remedy:
      'Check header names and values for typos and sign the full, exact request body with the shared secret.',
  },
  {
    code: '1818',
    kind: 'error',
    category: 'auth',
    reason: 'HMAC_MISMATCH_QUERY_ID',
    vendorText: 'Signature does not match the HMAC-SHA256 of query ID and integration API secret',
    message:
      'The HMAC signature does not match the one computed over the session id with the shared secret.',
    remedy:
      'For GET/DELETE calls sign the session id (not a body) with the shared secret key, not the API key.',
  },
  {
    code: '1819',
    kind: 'error',
    category: 'auth',
    reason: 'HMAC_MISMATCH_BODY',
    vendorText:
      'Signature does not match the HMAC-SHA256 of request body and integration API secret',
    message:
      'The HMAC signature does not match the one computed over the request body with the shared secret.',
    remedy:
      'Sign the exact serialised body you send (same bytes, same key order) with the shared secret key.',
  },

  // ------------------------------------------------------------------------------------------
  // Public API errors: person and document data (third-party sources only)
  // source: two third-party integrations' error maps on GitHub (repository names not available),
  //         see README "Sources"
  // ------------------------------------------------------------------------------------------
  // doubt: 2003 and 2101-2104 are on no Veriff page we could read (the troubleshooting table
  // we read stops before them); transcribed from two independent third-party clients that agree word
  // for word (see README, "Sources").
  {
    code: '2003',
    kind: 'error',
    category: 'validation',
    reason: 'DATE_OF_BIRTH_INVALID',
    field: 'verification.person.dateOfBirth',
    vendorText: 'Date of birth is not a valid date.',
    message: 'The date of birth sent is not a real calendar date.',
    remedy: 'Send a valid date of birth as YYYY-MM-DD.',
  },
  {
    code: '2101',
    kind: 'error',
    category: 'validation',
    reason: 'DOCUMENT_NUMBER_BAD_LENGTH',
    field: 'verification.document.number',
    vendorText: 'Document number has to be between 6 and 9 characters.',
    message: 'The document number is shorter than 6 or longer than 9 characters.',
    remedy: 'Send the document number exactly as printed, within 6 to 9 characters, or omit it.',
  },
  {
    code: '2102',
    kind: 'error',
    category: 'validation',
    reason: 'DOCUMENT_NUMBER_BAD_CHARACTERS',
    field: 'verification.document.number',
    vendorText: 'Document number may contain only characters and numbers A-Z, 0-9.',
    message: 'The document number has characters other than A-Z and 0-9.',
    remedy: 'Strip spaces, dashes and other symbols from the document number.',
  },
  {
    code: '2103',
    kind: 'error',
    category: 'validation',
    reason: 'DOCUMENT_TYPE_UNSUPPORTED',
    field: 'verification.document.type',
    vendorText: 'Document type is not supported.',
    message: 'The document type sent is not one Veriff accepts.',
    remedy:
      'Use a supported type (e.g. PASSPORT, ID_CARD, DRIVERS_LICENSE, RESIDENCE_PERMIT) or omit it.',
  },
  {
    code: '2104',
    kind: 'error',
    category: 'validation',
    reason: 'DOCUMENT_COUNTRY_UNSUPPORTED',
    field: 'verification.document.country',
    vendorText: 'Document from provided country is not supported.',
    message: 'Documents from the country sent are not supported.',
    remedy:
      'Check the ISO 3166-1 alpha-2 country code, or ask the user for a document from a supported country.',
  },

  // ------------------------------------------------------------------------------------------
  // HTTP failures Veriff documents without a code (descriptive keys, native: false)
  // source: https://devdocs.veriff.com/apidocs/v1sessionsid-2, "Responses" (400, 401, 404, 500) and "Implementation notes" (409)
  // source: https://devdocs.veriff.com/apidocs/v1sessionsidattempts-1, "Responses"
  // ------------------------------------------------------------------------------------------
  {
    code: 'HTTP_400_BAD_REQUEST',
    kind: 'error',
    category: 'validation',
    reason: 'BAD_REQUEST',
    native: false,
    httpStatus: 400,
    vendorText: 'Bad request',
    message: 'Veriff rejected the request as malformed without a more specific code.',
    remedy:
      'Read the code/message in the body; otherwise validate the JSON against the endpoint reference.',
  },
  {
    code: 'HTTP_401_UNAUTHORIZED',
    kind: 'error',
    category: 'auth',
    reason: 'UNAUTHORIZED',
    native: false,
    httpStatus: 401,
    vendorText: 'Unauthorized',
    message: 'Veriff did not accept the API key or signature.',
    remedy:
      'Check X-AUTH-CLIENT, the X-HMAC-SIGNATURE computation, and that key and base URL belong together.',
  },
  // Validation: the id is wrong or belongs to another integration's key; a deleted session
  // would be user-state, but Veriff gives one text for both.
  {
    code: 'HTTP_404_SESSION_NOT_FOUND',
    kind: 'error',
    category: 'validation',
    reason: 'SESSION_NOT_FOUND',
    native: false,
    httpStatus: 404,
    field: 'id',
    vendorText: 'Session not found',
    message: 'No session with this id exists for the integration making the call.',
    remedy:
      "Use the verification.id returned by POST /sessions, with the same integration's key and secret.",
  },
  // Veriff documents 409 for media uploaded after the session was submitted: the session's
  // state refuses the change, so check its status rather than resend.
  {
    code: 'HTTP_409_CONFLICT',
    kind: 'error',
    category: 'user-state',
    reason: 'SESSION_ALREADY_SUBMITTED',
    native: false,
    httpStatus: 409,
    vendorText: 'conflict',
    message:
      'The session no longer accepts this change, typically media sent after the session was submitted.',
    remedy:
      'Upload all media before PATCHing the session to submitted; for a submitted session, create a new one.',
    retry: { retryable: false, action: 'check-status' },
  },
  // No idempotency key is documented: a retried POST /sessions after a 500 may leave a
  // second session behind (the caution says so).
  {
    code: 'HTTP_500_INTERNAL_SERVER_ERROR',
    kind: 'error',
    category: 'retryable',
    reason: 'VENDOR_INTERNAL_ERROR',
    native: false,
    httpStatus: 500,
    vendorText: 'Internal server error',
    message: 'Veriff failed on its side while handling the request.',
    remedy: 'Retry with growing delays and a fresh timestamp; contact Veriff if it persists.',
    retry: {
      retryable: true,
      action: 'backoff',
      caution:
        'A retried POST /sessions may create a second session; no idempotency key is documented.',
    },
  },

  // ------------------------------------------------------------------------------------------
  // Event webhook codes (verification progress, never a decision)
  // source: https://devdocs.veriff.com/docs/verification-session-status-codes-table, "Verification session status codes (table)" (7001, 7002)
  // source: https://devdocs.veriff.com/docs/event-webhook, "Sample request"; https://devdocs.veriff.com/docs/end-user-flow-events-table, "Sample response" (7007)
  // ------------------------------------------------------------------------------------------
  {
    code: '7001',
    kind: 'outcome',
    verdict: 'pending',
    final: false,
    reason: 'SESSION_STARTED',
    vendorText: 'started',
    message: 'The end user has opened the session; the flow is under way.',
    remedy: 'Wait for the decision webhook (or poll the decision endpoint).',
  },
  {
    code: '7002',
    kind: 'outcome',
    verdict: 'pending',
    final: false,
    reason: 'SESSION_SUBMITTED',
    vendorText: 'submitted',
    message: 'The end user has finished the flow; the decision is still to come.',
    remedy: 'Wait for the decision webhook; do not create a new session.',
  },
  // An opt-in end-user flow event; only this row of its table could be read.
  {
    code: '7007',
    kind: 'outcome',
    verdict: 'pending',
    final: false,
    reason: 'FLOW_WAITING_COMPLETE',
    vendorText: 'waiting_complete',
    message:
      'An optional end-user flow event: the waiting screen finished (context.reason explains why).',
    remedy: 'Treat as progress information only; the decision arrives by the decision webhook.',
  },

  // ------------------------------------------------------------------------------------------
  // Decision webhook codes: verification.code with verification.status
  // source: https://devdocs.veriff.com/docs/verification-session-status-codes-table, "Verification session status codes (table)"
  // source: https://help.veriff.com/en/articles/3250231-meanings-of-various-verification-statuses-and-decisions, "Statuses"
  // ------------------------------------------------------------------------------------------
  {
    code: '9001',
    kind: 'outcome',
    verdict: 'approved',
    final: true,
    reason: 'APPROVED',
    vendorText: 'approved',
    message: "Veriff approved the end user's identity; nothing more happens in this session.",
    remedy: 'Nothing to do; store the decision.',
  },
  {
    code: '9102',
    kind: 'outcome',
    verdict: 'rejected',
    final: true,
    reason: 'DECLINED',
    vendorText: 'declined',
    message:
      'Veriff did not verify the end user (suspected fraud or another serious problem); the session is closed.',
    remedy: 'Read verification.reasonCode; a further attempt needs a new session.',
  },
  // Rejected, final: false, user-action. The attempt failed, so it is a rejection; but Veriff's
  // process continues in the same session (the end user reopens the same URL and Veriff sends another
  // decision webhook for it), so it is not the last word. Not pending: nothing happens until the end
  // user acts, and waiting alone would never resolve it.
  {
    code: '9103',
    kind: 'outcome',
    verdict: 'rejected',
    final: false,
    reason: 'RESUBMISSION_REQUESTED',
    vendorText: 'resubmission_requested',
    message: 'Veriff needs the end user to capture again: media was missing or could not be used.',
    remedy:
      'Send the end user back to the same session URL; verification.reasonCode says what to fix.',
    retry: {
      retryable: false,
      action: 'user-action',
      caution:
        'Reuse the existing session; after 9 resubmissions the next attempt is declined with 539.',
    },
  },
  // Expired and abandoned share 9104; verification.status tells them apart. Rejected and final: the
  // session is closed and its URL dead, though no verdict on the person was made; the end user can
  // only continue in a new session (user-action).
  {
    code: '9104',
    kind: 'outcome',
    verdict: 'rejected',
    final: true,
    reason: 'SESSION_EXPIRED',
    vendorText: 'expired',
    message: 'The session was never opened and lapsed (7 days after creation).',
    remedy: 'Create a new session if the end user still wants to verify.',
    retry: {
      retryable: false,
      action: 'user-action',
      caution: 'The old session URL is dead; create a new session.',
    },
  },
  {
    code: '9104',
    kind: 'outcome',
    verdict: 'rejected',
    final: true,
    reason: 'SESSION_ABANDONED',
    vendorText: 'abandoned',
    message: 'The end user started the flow but did not finish before the session lapsed.',
    remedy: 'Create a new session if the end user still wants to verify.',
    retry: {
      retryable: false,
      action: 'user-action',
      caution: 'The old session URL is dead; create a new session.',
    },
  },
  // Pending, not provisional: "review" means automation reached no conclusive decision and a person
  // will decide, so nothing has passed yet. One Veriff page (GET decision) lists 9121 as "Abandoned";
  // the status table, which this follows, says review.
  {
    code: '9121',
    kind: 'outcome',
    verdict: 'pending',
    final: false,
    reason: 'IN_REVIEW',
    vendorText: 'review',
    message:
      'Automation could not reach a conclusive decision; a Veriff reviewer will decide the session.',
    remedy:
      'Wait for the next decision webhook (or poll the decision endpoint); do not create a new session.',
  },

  // ------------------------------------------------------------------------------------------
  // Decline reasons: verification.reasonCode when verification.status is declined (9102)
  // source: https://devdocs.veriff.com/docs/verification-session-decision-codes-table, "Session decision: declined" (1xx)
  // source: https://devdocs.veriff.com/docs/granular-reason-codes, "Verification decision: declined" (1xx and 5xx; 107, 126, 5xx only there)
  // source: https://help.veriff.com/en/articles/8039979-resubmission-limit-exceeded (539)
  // ------------------------------------------------------------------------------------------
  {
    code: '101',
    kind: 'outcome',
    verdict: 'rejected',
    final: true,
    reason: 'PHYSICAL_DOCUMENT_NOT_USED',
    vendorText: 'Physical document not used',
    message: 'The end user did not show a physical document (e.g. a copy or screen).',
    remedy: 'Decline stands; a new session with the physical document is needed.',
  },
  {
    code: '102',
    kind: 'outcome',
    verdict: 'rejected',
    final: true,
    reason: 'DOCUMENT_TAMPERING_SUSPECTED',
    vendorText: 'Suspected document tampering',
    message: 'The document appears to have been altered.',
    remedy: 'Treat as a fraud signal; review before allowing another attempt.',
  },
  {
    code: '103',
    kind: 'outcome',
    verdict: 'rejected',
    final: true,
    reason: 'FACE_DOCUMENT_MISMATCH',
    vendorText: 'Person showing the document does not appear to match document photo',
    message: 'The person in the session does not seem to be the person on the document photo.',
    remedy: 'Treat as a possible impersonation; review before allowing another attempt.',
  },
  {
    code: '104',
    kind: 'outcome',
    verdict: 'rejected',
    final: true,
    reason: 'NAME_MISMATCH',
    vendorText: 'Name entered does not match name on document',
    message: 'The name supplied for the session differs from the name on the document.',
    remedy: 'Check the name you sent in the session; a new session with correct data may pass.',
  },
  {
    code: '105',
    kind: 'outcome',
    verdict: 'rejected',
    final: true,
    reason: 'SUSPICIOUS_BEHAVIOUR',
    vendorText: 'Suspicious behaviour',
    message: 'Veriff saw behaviour in the session it considers suspicious.',
    remedy: 'Treat as a risk signal; review manually.',
  },
  {
    code: '106',
    kind: 'outcome',
    verdict: 'rejected',
    final: true,
    reason: 'KNOWN_FRAUD',
    vendorText: 'Known fraud',
    message: 'The session matches a known fraud case.',
    remedy: 'Do not offer another attempt without a manual investigation.',
  },
  {
    code: '107',
    kind: 'outcome',
    verdict: 'rejected',
    final: true,
    reason: 'VELOCITY_ABUSE',
    vendorText: 'Velocity/abuse',
    message: 'Too many attempts or repeated use were detected (velocity / abuse).',
    remedy: 'Review for abuse before allowing another attempt.',
  },
  {
    code: '108',
    kind: 'outcome',
    verdict: 'rejected',
    final: true,
    reason: 'VELOCITY_DUPLICATED_END_USER',
    vendorText: 'Velocity/abuse duplicated end-user',
    message: 'The same end user appears in an abusive number of sessions.',
    remedy: 'Look for duplicate accounts; review before allowing another attempt.',
  },
  {
    code: '109',
    kind: 'outcome',
    verdict: 'rejected',
    final: true,
    reason: 'VELOCITY_DUPLICATED_DEVICE',
    vendorText: 'Velocity/abuse duplicated device',
    message: 'The same device appears in an abusive number of sessions.',
    remedy: 'Look for device sharing or farming; review manually.',
  },
  {
    code: '110',
    kind: 'outcome',
    verdict: 'rejected',
    final: true,
    reason: 'VELOCITY_DUPLICATED_ID',
    vendorText: 'Velocity/abuse duplicated ID',
    message: 'The same identity document appears in an abusive number of sessions.',
    remedy: 'Look for document reuse across accounts; review manually.',
  },
  {
    code: '111',
    kind: 'outcome',
    verdict: 'rejected',
    final: true,
    reason: 'SESSION_FRAUDULENTLY_ACCESSED',
    vendorText: 'Session fraudulently accessed',
    message: 'The session link was used by someone it was not meant for.',
    remedy: 'Do not reuse the link; protect session URLs and review the account.',
  },
  {
    code: '112',
    kind: 'outcome',
    verdict: 'rejected',
    final: true,
    reason: 'RESTRICTED_IP_LOCATION',
    vendorText: 'Restricted IP location',
    message: 'The session came from a location the integration does not allow.',
    remedy: 'Check the location rules configured with Veriff; otherwise the decline stands.',
  },
  {
    code: '113',
    kind: 'outcome',
    verdict: 'rejected',
    final: true,
    reason: 'IDENTITY_FARMING_SUSPECTED',
    vendorText: 'Suspicious behaviour - Identity Farming',
    message: 'The session looks like part of an identity-farming operation.',
    remedy: 'Treat as a fraud signal; review manually.',
  },
  {
    code: '120',
    kind: 'outcome',
    verdict: 'rejected',
    final: true,
    reason: 'REFERENCE_PHOTO_MISMATCH',
    vendorText: 'Person on the portrait does not appear to match reference photo',
    message: 'The face in the session does not match the stored reference photo.',
    remedy: 'Treat as a possible account takeover; review before another attempt.',
  },
  // Reads as an integration omission (the end-user id was not sent), not a verdict on the person.
  {
    code: '121',
    kind: 'outcome',
    verdict: 'rejected',
    final: true,
    reason: 'USER_ID_MISSING',
    vendorText: 'User ID missing',
    message: 'The session lacked the user identifier the check needs.',
    remedy:
      'Send the end-user identifier (endUserId / vendorData as configured) when creating the session.',
    retry: { retryable: false, action: 'fix-request' },
  },
  // No earlier session to compare with: a re-authentication flow started too early.
  {
    code: '122',
    kind: 'outcome',
    verdict: 'rejected',
    final: true,
    reason: 'NO_REFERENCE_FOUND',
    vendorText: 'No reference found',
    message: 'No earlier reference (e.g. an approved session) exists to compare this session with.',
    remedy:
      'Make sure the end user has a reference session before running a re-authentication flow.',
    retry: { retryable: false, action: 'investigate' },
  },
  {
    code: '123',
    kind: 'outcome',
    verdict: 'rejected',
    final: true,
    reason: 'REGISTRY_CHECK_FAILED',
    vendorText: 'Unable to pass registry checks',
    message: 'The person could not be confirmed against the registry checks.',
    remedy: 'Decline stands for this session; consider another verification route.',
  },
  {
    code: '124',
    kind: 'outcome',
    verdict: 'rejected',
    final: true,
    reason: 'FACE_ALREADY_ENROLLED',
    vendorText: 'Face already exists in the face collection',
    message: "This face is already in the integration's face collection (likely a duplicate user).",
    remedy: 'Look for an existing account of the same person.',
  },
  {
    code: '126',
    kind: 'outcome',
    verdict: 'rejected',
    final: true,
    reason: 'POTENTIAL_PEP_MATCH',
    vendorText: 'Potential PEP match',
    message: 'The person may be a politically exposed person.',
    remedy: 'Run your enhanced due-diligence process.',
    retry: { retryable: false, action: 'investigate' },
  },
  {
    code: '127',
    kind: 'outcome',
    verdict: 'rejected',
    final: true,
    reason: 'FACE_BLOCKLIST_MATCH',
    vendorText: 'Face match with blocklist',
    message: 'The face matches an entry on the blocklist.',
    remedy: 'Do not offer another attempt without a manual review.',
  },
  // Either impersonation or the wrong endUserId sent by the integration: investigate first.
  {
    code: '128',
    kind: 'outcome',
    verdict: 'rejected',
    final: true,
    reason: 'END_USER_ID_MISMATCH',
    vendorText: 'End User ID mismatch',
    message: 'The end-user id in the session does not match the one expected for the person.',
    remedy: 'Check the endUserId your system sent; investigate if it was correct.',
    retry: { retryable: false, action: 'investigate' },
  },
  // A configuration problem at Veriff or in the integration, not the person.
  {
    code: '129',
    kind: 'outcome',
    verdict: 'rejected',
    final: true,
    reason: 'INVALID_WORKFLOW',
    vendorText: 'Invalid workflow',
    message: 'The session ran with a workflow Veriff considers invalid.',
    remedy:
      'Check the workflow/integration configuration with Veriff before creating new sessions.',
    retry: { retryable: false, action: 'fix-config' },
  },
  {
    code: '501',
    kind: 'outcome',
    verdict: 'rejected',
    final: true,
    reason: 'HIGH_FRAUD_PROBABILITY',
    vendorText: 'High probability of fraudulent attempt',
    message: 'Veriff rates the attempt as very likely fraudulent.',
    remedy: 'Treat as a fraud signal; review manually.',
  },
  {
    code: '502',
    kind: 'outcome',
    verdict: 'rejected',
    final: true,
    reason: 'MULTIPLE_PARTIES_PRESENT',
    vendorText: 'Multiple parties present in session',
    message: 'More than one person took part in the session.',
    remedy: 'Possible coaching or coercion; review before another attempt.',
  },
  {
    code: '503',
    kind: 'outcome',
    verdict: 'rejected',
    final: true,
    reason: 'ATTEMPTED_DECEIT',
    vendorText: 'Attempted deceit',
    message: 'The end user tried to deceive the verification.',
    remedy: 'Treat as a fraud signal; review manually.',
  },
  {
    code: '504',
    kind: 'outcome',
    verdict: 'rejected',
    final: true,
    reason: 'DOCUMENT_SHOWN_ON_SCREEN',
    vendorText: 'Attempted deceit, device screen used',
    message: 'The document was shown on a device screen instead of physically.',
    remedy: 'Treat as presentation fraud; review before another attempt.',
  },
  {
    code: '505',
    kind: 'outcome',
    verdict: 'rejected',
    final: true,
    reason: 'DOCUMENT_PRINTOUT_USED',
    vendorText: 'Attempted deceit, printout used',
    message: 'A printed copy was presented instead of the document.',
    remedy: 'Treat as presentation fraud; review before another attempt.',
  },
  {
    code: '506',
    kind: 'outcome',
    verdict: 'rejected',
    final: true,
    reason: 'DOCUMENT_TAMPERED',
    vendorText: 'Presented document tampered',
    message: 'The presented document has been tampered with.',
    remedy: 'Treat as a fraud signal; review manually.',
  },
  {
    code: '507',
    kind: 'outcome',
    verdict: 'rejected',
    final: true,
    reason: 'DOCUMENT_TAMPERED_DATA_CROSSCHECK',
    vendorText: 'Presented document tampered, data cross reference',
    message: 'Data on the document contradicts itself or other sources (tampering).',
    remedy: 'Treat as a fraud signal; review manually.',
  },
  {
    code: '508',
    kind: 'outcome',
    verdict: 'rejected',
    final: true,
    reason: 'DOCUMENT_TAMPERED_SPECIMEN_SIMILARITY',
    vendorText: 'Presented document tampered, document similarity to specimen',
    message: 'The document looks like a public specimen rather than a real issued document.',
    remedy: 'Treat as a fraud signal; review manually.',
  },
  {
    code: '509',
    kind: 'outcome',
    verdict: 'rejected',
    final: true,
    reason: 'FACE_DOCUMENT_MISMATCH_CONFIRMED',
    vendorText: 'Person showing the document does not match document photo',
    message: 'The person does not match the photo on the document.',
    remedy: 'Treat as a possible impersonation; review manually.',
  },
  // 510, 511, 527, 528 and 537: the end user may pass with another document or a better capture,
  // but only in a new session (user-action); fraud reasons keep the default none.
  {
    code: '510',
    kind: 'outcome',
    verdict: 'rejected',
    final: true,
    reason: 'DOCUMENT_TYPE_NOT_SUPPORTED',
    vendorText: 'Presented document type not supported',
    message: 'The document presented is of a type the integration does not accept.',
    remedy: 'Ask the end user to verify again, in a new session, with a supported document.',
    retry: { retryable: false, action: 'user-action', caution: 'Needs a new session.' },
  },
  {
    code: '511',
    kind: 'outcome',
    verdict: 'rejected',
    final: true,
    reason: 'DOCUMENT_EXPIRED',
    vendorText: 'Presented document expired',
    message: 'The document presented has expired.',
    remedy: 'Ask the end user to verify again, in a new session, with a valid document.',
    retry: { retryable: false, action: 'user-action', caution: 'Needs a new session.' },
  },
  {
    code: '515',
    kind: 'outcome',
    verdict: 'rejected',
    final: true,
    reason: 'FACE_SHOWN_ON_SCREEN',
    vendorText: 'Attempted deceit, device screen used for face image',
    message: 'The face image was captured from a device screen.',
    remedy: 'Treat as presentation fraud; review manually.',
  },
  {
    code: '526',
    kind: 'outcome',
    verdict: 'rejected',
    final: true,
    reason: 'PHOTOS_STREAMED',
    vendorText: 'Attempted deceit, photos streamed',
    message: 'The images were streamed/injected rather than captured live.',
    remedy: 'Treat as injection fraud; review manually.',
  },
  {
    code: '527',
    kind: 'outcome',
    verdict: 'rejected',
    final: true,
    reason: 'PROOF_OF_ADDRESS_UNREADABLE',
    vendorText: 'Unable to collect proof of address data',
    message: 'Address data could not be collected from the proof-of-address document.',
    remedy: 'Ask the end user for a clearer or different proof of address in a new session.',
    retry: { retryable: false, action: 'user-action', caution: 'Needs a new session.' },
  },
  {
    code: '528',
    kind: 'outcome',
    verdict: 'rejected',
    final: true,
    reason: 'PROOF_OF_ADDRESS_TOO_OLD',
    vendorText: 'Proof of address issue date too old',
    message: 'The proof-of-address document was issued too long ago.',
    remedy: 'Ask the end user for a more recent proof of address in a new session.',
    retry: { retryable: false, action: 'user-action', caution: 'Needs a new session.' },
  },
  {
    code: '530',
    kind: 'outcome',
    verdict: 'rejected',
    final: true,
    reason: 'UNDER_AGE_13',
    vendorText: 'Person is under 13 years old',
    message: 'The person is younger than 13.',
    remedy: 'Decline stands under your age policy.',
  },
  {
    code: '531',
    kind: 'outcome',
    verdict: 'rejected',
    final: true,
    reason: 'UNDER_AGE_14',
    vendorText: 'Person is under 14 years old',
    message: 'The person is younger than 14.',
    remedy: 'Decline stands under your age policy.',
  },
  {
    code: '532',
    kind: 'outcome',
    verdict: 'rejected',
    final: true,
    reason: 'UNDER_AGE_16',
    vendorText: 'Person is under 16 years old',
    message: 'The person is younger than 16.',
    remedy: 'Decline stands under your age policy.',
  },
  {
    code: '533',
    kind: 'outcome',
    verdict: 'rejected',
    final: true,
    reason: 'UNDER_AGE_18',
    vendorText: 'Person is under 18 years old',
    message: 'The person is younger than 18.',
    remedy: 'Decline stands under your age policy.',
  },
  {
    code: '534',
    kind: 'outcome',
    verdict: 'rejected',
    final: true,
    reason: 'UNDER_AGE_20',
    vendorText: 'Person is under 20 years old',
    message: 'The person is younger than 20.',
    remedy: 'Decline stands under your age policy.',
  },
  {
    code: '535',
    kind: 'outcome',
    verdict: 'rejected',
    final: true,
    reason: 'UNDER_AGE_21',
    vendorText: 'Person is under 21 years old',
    message: 'The person is younger than 21.',
    remedy: 'Decline stands under your age policy.',
  },
  {
    code: '536',
    kind: 'outcome',
    verdict: 'rejected',
    final: true,
    reason: 'UNDER_AGE_25',
    vendorText: 'Person is under 25 years old',
    message: 'The person is younger than 25.',
    remedy: 'Decline stands under your age policy.',
  },
  {
    code: '537',
    kind: 'outcome',
    verdict: 'rejected',
    final: true,
    reason: 'PORTRAIT_CROP_FAILED',
    vendorText: 'Unable to perform document media portrait cropping',
    message: 'Veriff could not cut the portrait out of the document image.',
    remedy: 'Ask the end user to try again in a new session with a clear, full document photo.',
    retry: { retryable: false, action: 'user-action', caution: 'Needs a new session.' },
  },
  // The resubmission cap: after 9 resubmissions the 10th attempt is declined with 539.
  {
    code: '539',
    kind: 'outcome',
    verdict: 'rejected',
    final: true,
    reason: 'RESUBMISSION_LIMIT_EXCEEDED',
    vendorText: 'Resubmission limit exceeded',
    message:
      'The end user was asked to resubmit 9 times; the 10th attempt was declined automatically.',
    remedy: 'If the user should get another chance, create a new session with POST /sessions.',
    retry: {
      retryable: false,
      action: 'user-action',
      caution: 'Needs a new session; the old one accepts no more attempts.',
    },
  },

  // ------------------------------------------------------------------------------------------
  // Resubmission reasons: verification.reasonCode when verification.status is resubmission_requested (9103)
  // source: https://devdocs.veriff.com/docs/verification-session-decision-codes-table, "Session decision: resubmission_requested" (201, 204-207 in every version; 202, 203, 208, 209 in the 2025-09 version)
  // ------------------------------------------------------------------------------------------
  {
    code: '201',
    kind: 'outcome',
    verdict: 'rejected',
    final: false,
    reason: 'MEDIA_MISSING',
    vendorText: 'Video and/or photos missing',
    message: 'The session lacks the video and/or photos it needs.',
    remedy: 'Send the end user back to the same session to capture all requested media.',
    retry: { retryable: false, action: 'user-action' },
  },
  {
    code: '202',
    kind: 'outcome',
    verdict: 'rejected',
    final: false,
    reason: 'FACE_NOT_VISIBLE',
    vendorText: 'Face not clearly visible',
    message: 'The face was not clearly visible in the capture.',
    remedy:
      'Ask the end user to retake the selfie in good light, face uncovered, in the same session.',
    retry: { retryable: false, action: 'user-action' },
  },
  {
    code: '203',
    kind: 'outcome',
    verdict: 'rejected',
    final: false,
    reason: 'DOCUMENT_NOT_FULLY_VISIBLE',
    vendorText: 'Full document not visible',
    message: 'Part of the document was outside the image.',
    remedy: 'Ask the end user to capture the whole document, all edges inside the frame.',
    retry: { retryable: false, action: 'user-action' },
  },
  {
    code: '204',
    kind: 'outcome',
    verdict: 'rejected',
    final: false,
    reason: 'POOR_IMAGE_QUALITY',
    vendorText: 'Poor image quality',
    message: 'The images were too poor (blur, glare, darkness) to assess.',
    remedy: 'Ask the end user to retake the photos with a steady camera and good light.',
    retry: { retryable: false, action: 'user-action' },
  },
  {
    code: '205',
    kind: 'outcome',
    verdict: 'rejected',
    final: false,
    reason: 'DOCUMENT_DAMAGED',
    vendorText: 'Document damaged',
    message: 'The document is too damaged to verify.',
    remedy: 'Ask the end user to use another, undamaged document.',
    retry: { retryable: false, action: 'user-action' },
  },
  {
    code: '206',
    kind: 'outcome',
    verdict: 'rejected',
    final: false,
    reason: 'DOCUMENT_TYPE_NOT_SUPPORTED',
    vendorText: 'Document type not supported',
    message: 'The document type used is not accepted.',
    remedy: 'Ask the end user to resubmit with a supported document type.',
    retry: { retryable: false, action: 'user-action' },
  },
  {
    code: '207',
    kind: 'outcome',
    verdict: 'rejected',
    final: false,
    reason: 'DOCUMENT_EXPIRED',
    vendorText: 'Document expired',
    message: 'The document used has expired.',
    remedy: 'Ask the end user to resubmit with a valid document.',
    retry: { retryable: false, action: 'user-action' },
  },
  {
    code: '208',
    kind: 'outcome',
    verdict: 'rejected',
    final: false,
    reason: 'SELFIE_MISSING',
    vendorText: 'Selfie missing',
    message: 'No selfie was captured.',
    remedy: 'Ask the end user to complete the selfie step in the same session.',
    retry: { retryable: false, action: 'user-action' },
  },
  {
    code: '209',
    kind: 'outcome',
    verdict: 'rejected',
    final: false,
    reason: 'DOCUMENT_PHOTO_MISSING',
    vendorText: 'Document photo missing',
    message: 'No document photo was captured.',
    remedy: 'Ask the end user to photograph the document in the same session.',
    retry: { retryable: false, action: 'user-action' },
  },
] as const satisfies readonly EntrySpec[];

/**
 * A code from the Veriff catalog, as a string: an API error (`'1102'`), a descriptive key
 * for a code-less HTTP failure (`'HTTP_409_CONFLICT'`), an event or decision code (`'7002'`,
 * `'9103'`) or a reason code (`'102'`, `'204'`). Veriff sends codes as numbers or strings.
 */
export type VeriffCode = (typeof VERIFF_CATALOG)[number]['code'];
