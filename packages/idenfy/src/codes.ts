import type { EntrySpec } from '@kyc-errors/core/provider-kit';

/**
 * Every failure and verification status iDenfy documents, as data.
 *
 * - Error identifiers (`{identifier, message}` bodies) are catalogued under their own
 *   names.
 * - Failures iDenfy sends without an identifier (token-endpoint authentication errors,
 *   request parsing errors, field and business-rule errors, "Partner reached token limit")
 *   get descriptive UPPER_SNAKE keys with `native: false`; the message rules in
 *   `classify.ts` find them by their text.
 * - Overall verification statuses from webhooks and `/api/v2/status` are `outcome` entries.
 *
 * Source: https://documentation.idenfy.com/kyc/id-error-messages (identifiers, token
 * endpoint errors, field rules, business rules, token limit) and
 * https://documentation.idenfy.com/resources/vocabulary (overall statuses). Messages and
 * remedies are ours; `vendorText` is iDenfy's own wording.
 *
 * @example
 * ```ts
 * IDENFY_CATALOG.find((e) => e.code === 'TOO_MANY_REQUESTS')?.category; // 'rate-limit'
 * ```
 */
export const IDENFY_CATALOG = [
  // ---------------------------------------------------------------------------------------
  // Error identifiers
  // ---------------------------------------------------------------------------------------
  {
    code: 'INTERNAL_ERROR',
    kind: 'error',
    category: 'retryable',
    reason: 'VENDOR_INTERNAL_ERROR',
    httpStatus: 500,
    message: 'iDenfy hit an unexpected fault of its own while handling the request.',
    remedy:
      'Retry after a short, growing delay; contact iDenfy support if the same call keeps failing.',
    // The default retryable advice stands; the caution is the exception: a token request that
    // failed on iDenfy's side may still have created a session (and used a credit).
    retry: {
      caution:
        'A retried POST /api/v2/token may open a second session for the same clientId and spend another credit.',
    },
  },
  {
    code: 'BAD_VALUE',
    kind: 'error',
    category: 'validation',
    reason: 'INVALID_VALUE',
    httpStatus: 400,
    message: 'A request parameter has a value iDenfy does not accept.',
    remedy: 'Read the vendor message for the parameter and the rule it broke, then fix the value.',
  },
  {
    code: 'MISSING_VALUE',
    kind: 'error',
    category: 'validation',
    reason: 'MISSING_VALUE',
    httpStatus: 400,
    message: 'A parameter iDenfy requires is absent from the request.',
    remedy: 'Add the parameter named in the vendor message (clientId is always required).',
  },
  {
    code: 'UNAUTHORIZED',
    kind: 'error',
    category: 'auth',
    reason: 'INVALID_CREDENTIALS',
    message: 'iDenfy did not accept the API key and secret, or none were sent.',
    remedy:
      'Send the API key and secret as HTTP Basic auth (base64 of key:secret); check they were not rotated in the dashboard and carry no stray whitespace.',
  },
  {
    code: 'ENCODING_ERROR',
    kind: 'error',
    category: 'validation',
    reason: 'BODY_NOT_DECODABLE',
    message: 'iDenfy could not decode the request body.',
    remedy: 'Send the body as UTF-8 encoded JSON with a matching Content-Type header.',
  },
  {
    code: 'JSON_ERROR',
    kind: 'error',
    category: 'validation',
    reason: 'MALFORMED_JSON',
    message: 'The request body is not well-formed JSON.',
    remedy: 'Serialize the body with a JSON encoder rather than by hand, and send it whole.',
  },
  {
    code: 'TOKEN_NOT_VALID',
    kind: 'error',
    // Not `auth`: the API credentials were fine. The token here is the end user's
    // verification session token (authToken), which expired, was used up or never existed:
    // the user's session is in the wrong state, and the fix is a new session, not new config.
    category: 'user-state',
    reason: 'VERIFICATION_TOKEN_INVALID',
    message: "The end user's verification token has expired, was already used, or does not exist.",
    remedy:
      'Generate a new verification token (POST /api/v2/token) and start the user on that session.',
    // Default `change-state` stands (a new session is a change of flow); the caution is why it
    // is never automatic: a used token may already have a result, and each token costs credit.
    retry: {
      caution:
        'Check the earlier session (its scanRef) for a result before creating a new token; new tokens can consume credits.',
    },
  },
  {
    code: 'PARTNER_CONTRACT_ERROR',
    kind: 'error',
    category: 'account',
    reason: 'CONTRACT_FORBIDS_ACTION',
    message: "The partner's contract with iDenfy does not cover this operation.",
    remedy: 'Ask your iDenfy account manager to extend the contract, or do not use this feature.',
  },
  {
    code: 'METHOD_NOT_ALLOWED',
    kind: 'error',
    category: 'validation',
    reason: 'METHOD_NOT_ALLOWED',
    message: 'The endpoint does not accept this HTTP method.',
    remedy:
      'Use the method iDenfy documents for the endpoint (POST for /api/v2/token and /status).',
  },
  {
    code: 'PERMISSIONS_ERROR',
    kind: 'error',
    // `account`, not `auth`: the key is accepted, but the account has not been granted this
    // resource or feature. Only iDenfy (asked by the account owner) can grant it.
    category: 'account',
    reason: 'PERMISSION_DENIED',
    message: 'The partner account is not permitted to use this resource or action.',
    remedy: 'Ask iDenfy support or your account manager to enable the permission for the account.',
  },
  {
    code: 'TOO_MANY_REQUESTS',
    kind: 'error',
    // The rate-limit default (`wait`) is already right: it honours Retry-After when iDenfy
    // sends one (core turns it into retry.afterMs) and means a long exponential backoff when
    // it does not, which is what iDenfy asks for.
    category: 'rate-limit',
    reason: 'RATE_LIMITED',
    httpStatus: 429,
    message: 'The account went over its request rate limit.',
    remedy:
      'Back off exponentially (no sooner than Retry-After, if given) and spread requests out: the default allowance is 10,000 requests per hour per account; ask iDenfy support for more.',
  },
  {
    code: 'VALIDATION_ERROR',
    kind: 'error',
    category: 'validation',
    reason: 'VALIDATION_FAILED',
    httpStatus: 400,
    message: 'One or more request fields failed iDenfy validation.',
    remedy: 'Read the vendor message for the fields at fault and correct them before resending.',
  },

  // ---------------------------------------------------------------------------------------
  // POST /api/v2/token authentication errors: no identifier, told apart by status + text
  // ---------------------------------------------------------------------------------------
  {
    code: 'INVALID_CREDENTIALS',
    native: false,
    kind: 'error',
    category: 'auth',
    reason: 'INVALID_CREDENTIALS',
    httpStatus: 401,
    vendorText: 'Invalid authorization credentials',
    message: 'The API key or secret is missing or wrong.',
    remedy:
      'Send the API key and secret of this environment as HTTP Basic auth; check for rotation and trailing whitespace.',
  },
  {
    code: 'PARTNER_INACTIVE',
    native: false,
    kind: 'error',
    // The credentials are right, but the partner account itself is switched off: no config
    // change helps, the account owner has to get it reactivated. Hence `account`.
    category: 'account',
    reason: 'ACCOUNT_DISABLED',
    httpStatus: 403,
    vendorText: 'Partner inactive',
    message: 'The partner account is disabled at iDenfy.',
    remedy: 'Have the account owner contact iDenfy to find out why and reactivate the account.',
  },
  {
    code: 'WRONG_ENVIRONMENT',
    native: false,
    kind: 'error',
    // `auth`: the keys belong to the other environment (sandbox keys on production or the
    // reverse); fixing the configuration fixes it.
    category: 'auth',
    reason: 'WRONG_ENVIRONMENT',
    httpStatus: 403,
    vendorText: 'This endpoint is not available for {ENV} partners.',
    message: 'The credentials belong to an environment this endpoint does not serve.',
    remedy:
      'Use the API key pair issued for this environment (test keys for testing, live keys for production).',
  },
  {
    code: 'INSUFFICIENT_FUNDS',
    native: false,
    kind: 'error',
    category: 'account',
    reason: 'INSUFFICIENT_FUNDS',
    httpStatus: 402,
    vendorText: 'Action not allowed due to lack of funds or exceeded limit.',
    message: 'The account balance is too low or its spending limit has been reached.',
    remedy: 'Top up the balance or raise the expense limit with iDenfy, then retry.',
  },

  // ---------------------------------------------------------------------------------------
  // Request parsing errors (400)
  // ---------------------------------------------------------------------------------------
  {
    code: 'EMPTY_BODY',
    native: false,
    kind: 'error',
    category: 'validation',
    reason: 'EMPTY_BODY',
    httpStatus: 400,
    vendorText: 'An error occurred while parsing/constructing JSON',
    message: 'The request reached iDenfy with an empty body.',
    remedy:
      'Send a JSON object body (at least {"clientId": "..."}) with Content-Type application/json.',
  },
  {
    code: 'BODY_NOT_OBJECT',
    native: false,
    kind: 'error',
    category: 'validation',
    reason: 'BODY_NOT_OBJECT',
    httpStatus: 400,
    vendorText: 'Invalid data. Expected a dictionary, but got {type}.',
    message: 'The request body is JSON, but not a JSON object (an array or a string, say).',
    remedy: 'Send a single JSON object whose keys are the request parameters.',
  },
  {
    code: 'NULL_BODY',
    native: false,
    kind: 'error',
    category: 'validation',
    reason: 'NULL_BODY',
    httpStatus: 400,
    vendorText: 'Some of required values are missing',
    message: 'The request body was JSON null, so every required parameter is missing.',
    remedy: 'Send a JSON object with the required parameters instead of null.',
  },

  // ---------------------------------------------------------------------------------------
  // Credits
  // ---------------------------------------------------------------------------------------
  {
    code: 'PARTNER_TOKEN_LIMIT',
    native: false,
    kind: 'error',
    // Out of verification credits. It can come with identifier TOO_MANY_REQUESTS or
    // PERMISSIONS_ERROR and even with HTTP 429, but waiting never helps: someone must buy
    // credits. So `account`, never retried; its message rule refines those identifiers.
    category: 'account',
    reason: 'OUT_OF_CREDITS',
    vendorText: 'Partner reached token limit',
    message: 'The account has used up its verification credits; this is not a rate limit.',
    remedy:
      'Ask your iDenfy account manager for more credits or a bigger plan; retrying or slowing down will not help.',
  },

  // ---------------------------------------------------------------------------------------
  // Conflict (409)
  // ---------------------------------------------------------------------------------------
  {
    // source: https://documentation.idenfy.com/guides/error-handling, "HTTP Status Codes"
    // (409: duplicate clientId, this customer already has an active session) and "Common
    // Errors and Fixes" ("409 Conflict — 'Client ID already exists'": a token requested for a
    // clientId with an active verification session). The page gives the text only as that
    // heading, not a body; the rule reads it wherever it comes.
    // user-state with check-status: the request is fine; the session it would open already
    // exists, and iDenfy's fix is to use it, or a new clientId only for a new verification.
    code: 'CLIENT_ID_ALREADY_EXISTS',
    native: false,
    kind: 'error',
    category: 'user-state',
    reason: 'CLIENT_ID_ALREADY_EXISTS',
    vendorText: 'Client ID already exists',
    httpStatus: 409,
    message: 'This clientId already has an active verification session at iDenfy.',
    remedy:
      "Look up the customer's active session and send them to it instead of creating another; use a new clientId only when the customer must verify again, or wait for the session to expire.",
    retry: { retryable: false, action: 'check-status' },
    // The text may repeat the clientId, the caller's own identifier: never kept.
    quotesRequest: true,
  },

  // ---------------------------------------------------------------------------------------
  // Field validation errors (400): one entry per documented rule, keyed to its field
  // ---------------------------------------------------------------------------------------
  {
    code: 'CLIENT_ID_INVALID',
    native: false,
    kind: 'error',
    category: 'validation',
    reason: 'INVALID_CLIENT_ID',
    field: 'clientId',
    httpStatus: 400,
    message: 'clientId is missing or breaks its rules.',
    remedy:
      'Always send clientId: your own id for the end user, ASCII only, at most 100 characters.',
  },
  {
    code: 'EXPIRY_TIME_INVALID',
    native: false,
    kind: 'error',
    category: 'validation',
    reason: 'INVALID_EXPIRY_TIME',
    field: 'expiryTime',
    httpStatus: 400,
    message: 'expiryTime is not an accepted token lifetime.',
    remedy: 'Send expiryTime as a whole number of seconds above 0 and at most 2592000 (30 days).',
  },
  {
    code: 'SESSION_LENGTH_INVALID',
    native: false,
    kind: 'error',
    category: 'validation',
    reason: 'INVALID_SESSION_LENGTH',
    field: 'sessionLength',
    httpStatus: 400,
    message: 'sessionLength is outside the accepted range.',
    remedy: 'Send sessionLength as a whole number of seconds from 60 to 3600 inclusive.',
  },
  {
    code: 'TOKEN_TYPE_INVALID',
    native: false,
    kind: 'error',
    category: 'validation',
    reason: 'INVALID_TOKEN_TYPE',
    field: 'tokenType',
    httpStatus: 400,
    message: 'tokenType is not one of the values iDenfy defines.',
    // Values from https://documentation.idenfy.com/api-reference/kyc-token/generate-kyc-token
    remedy:
      'Send tokenType as one of iDenfy\'s documented constants, e.g. "IDENTIFICATION" (document and selfie) or "DOCUMENT" (document only), or leave it out.',
  },
  {
    code: 'COUNTRY_INVALID',
    native: false,
    kind: 'error',
    category: 'validation',
    reason: 'INVALID_COUNTRY',
    field: 'country',
    httpStatus: 400,
    message: 'country is not a supported ISO 3166-1 alpha-2 code.',
    remedy:
      'Send country as a two-letter ISO 3166-1 alpha-2 code (e.g. "LT") of a country iDenfy supports.',
  },
  {
    code: 'NATIONALITY_INVALID',
    native: false,
    kind: 'error',
    category: 'validation',
    reason: 'INVALID_NATIONALITY',
    field: 'nationality',
    httpStatus: 400,
    message: 'nationality is not a supported ISO 3166-1 alpha-2 code.',
    remedy:
      'Send nationality as a two-letter ISO 3166-1 alpha-2 code (e.g. "DE") of a country iDenfy supports.',
  },
  {
    code: 'DOCUMENTS_INVALID',
    native: false,
    kind: 'error',
    category: 'validation',
    reason: 'INVALID_DOCUMENTS',
    field: 'documents',
    httpStatus: 400,
    message: 'documents is not an array of known document types.',
    remedy:
      'Send documents as a JSON array of iDenfy document type constants, e.g. ["ID_CARD", "PASSPORT"].',
  },
  {
    code: 'SUCCESS_URL_INVALID',
    native: false,
    kind: 'error',
    category: 'validation',
    reason: 'INVALID_REDIRECT_URL',
    field: 'successUrl',
    httpStatus: 400,
    message: 'successUrl is not an accepted redirect URL.',
    remedy: 'Send successUrl as an absolute https:// URL of at most 2048 characters.',
  },
  {
    code: 'ERROR_URL_INVALID',
    native: false,
    kind: 'error',
    category: 'validation',
    reason: 'INVALID_REDIRECT_URL',
    field: 'errorUrl',
    httpStatus: 400,
    message: 'errorUrl is not an accepted redirect URL.',
    remedy: 'Send errorUrl as an absolute https:// URL of at most 2048 characters.',
  },
  {
    code: 'CALLBACK_URL_INVALID',
    native: false,
    kind: 'error',
    category: 'validation',
    reason: 'INVALID_CALLBACK_URL',
    field: 'callbackUrl',
    httpStatus: 400,
    message: 'callbackUrl is not an accepted webhook URL.',
    remedy: 'Send callbackUrl as an absolute https:// URL of at most 2048 characters.',
  },
  {
    code: 'UNVERIFIED_URL_INVALID',
    native: false,
    kind: 'error',
    category: 'validation',
    reason: 'INVALID_REDIRECT_URL',
    field: 'unverifiedUrl',
    httpStatus: 400,
    message: 'unverifiedUrl is not an accepted redirect URL.',
    remedy: 'Send unverifiedUrl as an absolute https:// URL of at most 2048 characters.',
  },
  {
    code: 'DATE_OF_BIRTH_INVALID',
    native: false,
    kind: 'error',
    category: 'validation',
    reason: 'INVALID_DATE',
    field: 'dateOfBirth',
    httpStatus: 400,
    message: 'dateOfBirth is not a date in the expected format.',
    remedy: 'Send dateOfBirth as a calendar date written YYYY-MM-DD, or leave it out.',
  },
  {
    code: 'DATE_OF_EXPIRY_INVALID',
    native: false,
    kind: 'error',
    category: 'validation',
    reason: 'INVALID_DATE',
    field: 'dateOfExpiry',
    httpStatus: 400,
    message: 'dateOfExpiry is not a date in the expected format.',
    remedy: 'Send dateOfExpiry as a calendar date written YYYY-MM-DD, or leave it out.',
  },
  {
    code: 'DATE_OF_ISSUE_INVALID',
    native: false,
    kind: 'error',
    category: 'validation',
    reason: 'INVALID_DATE',
    field: 'dateOfIssue',
    httpStatus: 400,
    message: 'dateOfIssue is not a date in the expected format.',
    remedy: 'Send dateOfIssue as a calendar date written YYYY-MM-DD, or leave it out.',
  },
  {
    code: 'INVALID_FIELD',
    native: false,
    kind: 'error',
    category: 'validation',
    reason: 'INVALID_FIELD',
    httpStatus: 400,
    message: 'A request field iDenfy names in its message failed validation.',
    remedy:
      'Correct the field given in `field` as the vendor message describes; check its type and allowed values in the token API reference.',
  },

  // ---------------------------------------------------------------------------------------
  // Business-logic errors (400). iDenfy lists the scenarios, not the texts: the message
  // rules in classify.ts match inferred wordings by keyword.
  // ---------------------------------------------------------------------------------------
  {
    code: 'COUNTRY_DOCUMENT_UNSUPPORTED',
    native: false,
    kind: 'error',
    category: 'validation',
    reason: 'UNSUPPORTED_DOCUMENT_FOR_COUNTRY',
    httpStatus: 400,
    message: 'The requested document type is not supported for the requested country.',
    remedy:
      'Offer only document types iDenfy supports for that country, or leave country or documents out so the user picks.',
  },
  {
    code: 'TOKEN_TYPE_NOT_ALLOWED',
    native: false,
    kind: 'error',
    // The value is valid, the account just may not issue this kind of token: `account`.
    category: 'account',
    reason: 'TOKEN_TYPE_NOT_ENABLED',
    field: 'tokenType',
    httpStatus: 400,
    message: 'The partner account may not generate tokens of the requested type.',
    remedy: 'Ask iDenfy to enable the token type for the account, or request a type it allows.',
  },
  {
    code: 'CUSTOM_CALLBACK_NOT_ENABLED',
    native: false,
    kind: 'error',
    // Per-request callback URLs are a feature iDenfy switches on per account: `account`.
    category: 'account',
    reason: 'CUSTOM_CALLBACK_NOT_ENABLED',
    field: 'callbackUrl',
    httpStatus: 400,
    message: 'Setting a callback URL per request is not enabled for the partner account.',
    remedy:
      'Leave callbackUrl out and use the webhook URL set in the dashboard, or ask iDenfy to enable custom callbacks.',
  },
  {
    code: 'ADDITIONAL_STEPS_NOT_ENABLED',
    native: false,
    kind: 'error',
    category: 'account',
    reason: 'ADDITIONAL_STEPS_NOT_ENABLED',
    field: 'additionalSteps',
    httpStatus: 400,
    message: 'The additionalSteps feature is not enabled for the partner account.',
    remedy: 'Leave additionalSteps out, or ask iDenfy to enable it for the account.',
  },
  {
    code: 'UTILITY_BILL_WITH_ADDITIONAL_STEPS',
    native: false,
    kind: 'error',
    category: 'validation',
    reason: 'CONFLICTING_PARAMETERS',
    field: 'utilityBill',
    httpStatus: 400,
    message: 'utilityBill and additionalSteps were sent together, which iDenfy refuses.',
    remedy: 'Drop utilityBill and request the utility bill step through additionalSteps alone.',
  },
  {
    code: 'ADDRESS_WITH_ADDITIONAL_DATA',
    native: false,
    kind: 'error',
    category: 'validation',
    reason: 'CONFLICTING_PARAMETERS',
    field: 'address',
    httpStatus: 400,
    message: 'address and additionalData were sent together, which iDenfy refuses.',
    remedy: 'Send the address in only one of the two parameters.',
  },
  {
    code: 'DIGIT_STRING_EXPIRY_TOO_LONG',
    native: false,
    kind: 'error',
    category: 'validation',
    reason: 'EXPIRY_TOO_LONG_FOR_MOBILE_CODE',
    field: 'expiryTime',
    httpStatus: 400,
    message: 'generateDigitString is true, but expiryTime is longer than a mobile code may live.',
    remedy:
      'Lower expiryTime to within the mobile code maximum, or set generateDigitString to false.',
  },
  {
    code: 'QUESTIONNAIRE_NOT_FOUND',
    native: false,
    kind: 'error',
    category: 'validation',
    reason: 'UNKNOWN_QUESTIONNAIRE',
    httpStatus: 400,
    message: 'The questionnaire id in the request is not one the account has.',
    remedy: 'Copy the questionnaire key from the iDenfy dashboard, or leave the parameter out.',
  },
  {
    code: 'RISK_PROFILE_NOT_FOUND',
    native: false,
    kind: 'error',
    category: 'validation',
    reason: 'UNKNOWN_RISK_PROFILE',
    httpStatus: 400,
    message: 'The risk assessment profile id in the request is not one the account has.',
    remedy: 'Copy the risk assessment profile id from the iDenfy dashboard, or leave it out.',
  },

  // ---------------------------------------------------------------------------------------
  // Overall verification statuses (webhooks and POST /api/v2/status)
  // ---------------------------------------------------------------------------------------
  {
    code: 'APPROVED',
    kind: 'outcome',
    verdict: 'approved',
    final: true,
    reason: 'VERIFIED',
    message: 'The document and face checks passed, automatically or on manual review.',
    // Core keeps this text when the body says `final: false` (verdict then provisional), so
    // the remedy covers both cases.
    remedy:
      'Onboard the user once the result is final; while `final` is false a manual review may still overturn the automatic approval.',
  },
  {
    code: 'DENIED',
    kind: 'outcome',
    verdict: 'rejected',
    final: true,
    reason: 'VERIFICATION_DENIED',
    message: 'iDenfy denied the verification: a document or face check failed.',
    remedy:
      'If `final` is false, wait for the manual review. Otherwise read autoDocument/autoFace and manualDocument/manualFace for the cause; offer a new session only for a capture problem (blur, glare, document partly visible).',
  },
  {
    code: 'SUSPECTED',
    kind: 'outcome',
    // The checks may well have passed, but iDenfy raised fraud or mismatch flags and leaves
    // the decision to the partner: neither approved nor rejected. iDenfy's word is final
    // (no further webhook follows when `final` is true), so the action is for a person to
    // weigh the tags, not to wait.
    verdict: 'provisional',
    final: true,
    reason: 'FLAGGED_FOR_DECISION',
    message: 'The verification carries fraud or mismatch flags; iDenfy leaves the decision to you.',
    remedy:
      'Check that manualDocument is DOC_VALIDATED and manualFace is FACE_MATCH, then weigh the tags against your risk policy.',
    retry: { action: 'investigate' },
  },
  {
    code: 'REVIEWING',
    kind: 'outcome',
    verdict: 'pending',
    final: false,
    reason: 'MANUAL_REVIEW',
    message: 'An iDenfy reviewer is still checking the verification.',
    remedy: 'Wait for the final webhook; do not generate a new token for this user meanwhile.',
  },
  {
    code: 'ACTIVE',
    kind: 'outcome',
    verdict: 'pending',
    final: false,
    reason: 'SESSION_NOT_STARTED',
    message: 'The verification token exists but the user has not completed a verification yet.',
    remedy:
      'Wait for the user to finish; the webhook arrives on completion or when the token or session expires.',
  },
  {
    code: 'EXPIRED',
    kind: 'outcome',
    // No verification took place, so nothing passed: `rejected` and final. It says nothing
    // bad about the person, though; the fix is for them to go through a new session.
    verdict: 'rejected',
    final: true,
    reason: 'SESSION_EXPIRED',
    message: 'The verification token expired before the user completed a verification.',
    remedy: 'Generate a new token and invite the user to verify again.',
    retry: { action: 'user-action' },
  },
  {
    code: 'EXPIRED-DELETED',
    kind: 'outcome',
    verdict: 'rejected',
    final: true,
    reason: 'SESSION_EXPIRED',
    message: 'The token expired unused and iDenfy has since deleted the session data.',
    remedy: 'Generate a new token and invite the user to verify again.',
    retry: { action: 'user-action' },
  },
  {
    code: 'DELETED',
    kind: 'outcome',
    // The data, and with it the verdict, is gone: the body proves nothing about the person,
    // so it cannot count as a pass. Final: iDenfy will not send anything more.
    verdict: 'rejected',
    final: true,
    reason: 'DATA_DELETED',
    message: 'iDenfy has deleted the verification data; the body carries no usable verdict.',
    remedy:
      'Rely on the verdict you stored when the result first arrived; if you kept none, verify the user again.',
  },
  {
    code: 'ARCHIVED',
    kind: 'outcome',
    // Like DELETED the body carries no verdict, but the archived record can still be read
    // in the dashboard, so a person can look it up.
    verdict: 'rejected',
    final: true,
    reason: 'DATA_ARCHIVED',
    message: 'iDenfy has archived the verification; the body carries no usable verdict.',
    remedy:
      'Use the verdict you stored earlier, or look the verification up in the dashboard archive.',
    retry: { action: 'investigate' },
  },
] as const satisfies readonly EntrySpec[];

/** One entry of {@link IDENFY_CATALOG}, exactly as written. */
export type IdenfyEntry = (typeof IDENFY_CATALOG)[number];

/** Every key in the iDenfy catalog: identifiers, descriptive keys and overall statuses. */
export type IdenfyCode = IdenfyEntry['code'];

/** The error identifiers iDenfy sends in the `identifier` field of an error body. */
export type IdenfyIdentifier = Exclude<
  Extract<IdenfyEntry, { readonly kind: 'error' }>,
  { readonly native: false }
>['code'];

/** The overall verification statuses of webhooks and `POST /api/v2/status`. */
export type IdenfyStatus = Extract<IdenfyEntry, { readonly kind: 'outcome' }>['code'];

/** Descriptive keys for failures iDenfy sends without an identifier (`native: false`). */
export type IdenfyDescriptiveCode = Extract<IdenfyEntry, { readonly native: false }>['code'];
