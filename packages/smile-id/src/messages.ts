// Smile ID's documented messages as message rules: data transcribed from the vendor (the
// v1 gateway, the v3 API reference), one rule per documented text, scoped by HTTP status.
import type { MessageRule } from '@kyc-errors/core/provider-kit';
import type { SmileIdCode } from './codes.js';

/**
 * Smile ID's documented messages for failures sent without a code, most specific first.
 * Core tries them after the exact code and the code family, and before the HTTP status. Each
 * v3 rule is scoped to the HTTP status the spec documents the message with: the same words
 * can mean something else elsewhere ("You are not authorized to do that" is a bad signature
 * in v1 2205, a refused IP address in a v3 403). Patterns are anchored, case-insensitive and
 * linear (every open repeat bounded); `literals` are lower-case words every match contains.
 * A documented trailing full stop is part of the text.
 *
 * @example
 * ```ts
 * SMILE_ID_MESSAGES.find((r) => r.pattern.test('Product not enabled for this partner.'))?.code;
 * // 'PRODUCT_NOT_ENABLED'
 * ```
 */
export const SMILE_ID_MESSAGES: readonly MessageRule<SmileIdCode>[] = [
  // The API gateway's timeout, whatever status it comes with.
  {
    pattern: /^Endpoint request timed out\.?$/i,
    literals: ['endpoint request timed out'],
    code: 'ENDPOINT_TIMEOUT',
  },
  // 429: the per-ID-number block (v1 2222's text, sent without a code by the v3 sync
  // endpoint) before the plain throttle.
  {
    pattern: /^This ID number has been blocked due to multiple submissions\./i,
    literals: ['id number has been blocked'],
    code: '2222',
    statuses: [429],
  },
  {
    pattern: /^Rate limit exceeded\. Please try again later\.$/i,
    literals: ['rate limit exceeded'],
    code: 'RATE_LIMIT_EXCEEDED',
    statuses: [429],
  },
  // 402
  {
    pattern: /^Insufficient wallet balance\.$/i,
    literals: ['insufficient wallet balance'],
    code: 'INSUFFICIENT_WALLET_BALANCE',
    statuses: [402],
  },
  {
    pattern: /^You are out of credits\. Add funds to your wallet\b/i,
    literals: ['out of credits'],
    code: 'INSUFFICIENT_WALLET_BALANCE',
    statuses: [402],
  },
  // 401
  {
    pattern: /^Invalid authentication credentials\.$/i,
    literals: ['invalid authentication credentials'],
    code: 'INVALID_CREDENTIALS',
    statuses: [401],
  },
  {
    pattern: /^Missing or invalid authentication credentials\.$/i,
    literals: ['missing or invalid authentication credentials'],
    code: 'GATEWAY_UNAUTHORIZED',
    statuses: [401],
  },
  {
    pattern: /^Invalid token$/i,
    literals: ['invalid token'],
    code: 'INVALID_TOKEN_V3',
    statuses: [401],
  },
  {
    pattern: /^Token expired\.?$/i,
    literals: ['token expired'],
    code: 'TOKEN_EXPIRED_V3',
    statuses: [401],
  },
  // 403: account before auth. A product, ID type or environment that is not enabled is the
  // account owner's to change, not a configuration error.
  {
    pattern: /^Product not enabled for this partner\.$/i,
    literals: ['product not enabled'],
    code: 'PRODUCT_NOT_ENABLED',
    statuses: [403],
  },
  {
    pattern: /^ID type not enabled for this partner\.$/i,
    literals: ['id type not enabled'],
    code: 'ID_TYPE_NOT_ENABLED',
    statuses: [403],
  },
  {
    pattern: /^Production access is not enabled\.$/i,
    literals: ['production access is not enabled'],
    code: 'PRODUCTION_ACCESS_NOT_ENABLED',
    statuses: [403],
  },
  {
    pattern: /^Production is not enabled for this account\b/i,
    literals: ['production is not enabled for this account'],
    code: '2220',
    statuses: [403],
  },
  {
    pattern: /^This feature requires you to activate ID Validation\b/i,
    literals: ['activate id validation'],
    code: '2414',
    statuses: [403],
  },
  {
    pattern: /^SDK version not allowed\.$/i,
    literals: ['sdk version not allowed'],
    code: 'SDK_VERSION_NOT_ALLOWED',
    statuses: [403],
  },
  {
    pattern: /^Token is not authorized for this user ID\.$/i,
    literals: ['token is not authorized for this user id'],
    code: 'TOKEN_USER_ID_MISMATCH',
    statuses: [403],
  },
  {
    pattern:
      /^(?:You are not authorized to do that|Callback url not allowed|IP address not allowed)\.$/i,
    literals: ['not'],
    code: 'NOT_AUTHORIZED_V3',
    statuses: [403],
  },
  {
    pattern: /^You are not allowed to do that\.$/i,
    literals: ['you are not allowed to do that'],
    code: 'NOT_ALLOWED_V3',
    statuses: [403],
  },
  // 404
  { pattern: /^Job not found$/i, literals: ['job not found'], code: 'not_found', statuses: [404] },
  {
    pattern: /^Reference not found for this job$/i,
    literals: ['reference not found'],
    code: 'JOB_REFERENCE_NOT_FOUND',
    statuses: [404],
  },
  {
    pattern: /^User not found$/i,
    literals: ['user not found'],
    code: 'FRAUD_REPORT_USER_NOT_FOUND',
    statuses: [404],
  },
  {
    pattern: /^No enrolled user found for this partner\.$/i,
    literals: ['no enrolled user found'],
    code: 'NO_ENROLLED_USER_FOR_PARTNER',
    statuses: [404],
  },
  {
    pattern: /^No prior KYC record with a usable name and country\b/i,
    literals: ['no prior kyc record'],
    code: 'NO_USABLE_PRIOR_KYC_RECORD',
    statuses: [404],
  },
  {
    pattern: /^No AML job found for this partner$/i,
    literals: ['no aml job found'],
    code: 'AML_JOB_NOT_FOUND',
    statuses: [404],
  },
  {
    pattern: /^REF not found for this AML job$/i,
    literals: ['ref not found'],
    code: 'AML_REFERENCE_NOT_FOUND',
    statuses: [404],
  },
  {
    pattern: /^Link not found$/i,
    literals: ['link not found'],
    code: 'LINK_NOT_FOUND',
    statuses: [404],
  },
  // 408 / 424 (synchronous endpoints)
  {
    pattern: /^The ID authority did not respond in time\./i,
    literals: ['id authority did not respond'],
    code: 'ID_AUTHORITY_TIMEOUT_SYNC',
    statuses: [408],
  },
  {
    pattern: /^The screening provider did not respond in time\./i,
    literals: ['screening provider did not respond'],
    code: 'SCREENING_PROVIDER_TIMEOUT_SYNC',
    statuses: [408],
  },
  {
    pattern: /^Unable to verify ID \S{1,2} ID authority unavailable\.$/i,
    literals: ['id authority unavailable'],
    code: 'ID_AUTHORITY_UNAVAILABLE_SYNC',
    statuses: [424],
  },
  // 409
  {
    pattern: /^(?:Job|Verification) is still processing\. Callbacks can only be replayed\b/i,
    literals: ['still processing', 'callbacks can only be replayed'],
    code: 'REPLAY_JOB_STILL_PROCESSING',
    statuses: [409],
  },
  {
    pattern: /^User ID is taken\. Please provide a unique ID\.$/i,
    literals: ['user id is taken'],
    code: 'LINK_USER_ID_TAKEN',
    statuses: [409],
  },
  // 413 / 415
  {
    pattern:
      /^(?:Request payload too large\. Maximum allowed size is [\d.]{1,6} ?MB|Request payload is too large|File is too large|(?<field>[a-z_]{1,40}) is too large)\.$/i,
    literals: ['too large'],
    code: 'PAYLOAD_TOO_LARGE',
    statuses: [413],
  },
  {
    pattern: /^Unsupported Media Type\. Required Content-Type is multipart\/form-data$/i,
    literals: ['multipart/form-data'],
    code: 'UNSUPPORTED_MEDIA_TYPE',
    statuses: [415],
  },
  // 5xx
  {
    pattern: /^An unexpected error occurred\. Please try again or contact support\.$/i,
    literals: ['an unexpected error occurred'],
    code: 'INTERNAL_SERVER_ERROR_V3',
    statuses: [500],
  },
  {
    pattern: /^Backend processing failure\. Please retry\b/i,
    literals: ['backend processing failure'],
    code: 'GATEWAY_INTEGRATION_FAILURE',
    statuses: [500],
  },
  {
    pattern: /^An error occurred while generating the link\b/i,
    literals: ['generating the link'],
    code: 'LINK_CREATION_FAILED',
    statuses: [500],
  },
  {
    pattern: /^Unable to complete request due to upstream provider error\.$/i,
    literals: ['upstream provider error'],
    code: 'UPSTREAM_PROVIDER_ERROR',
    statuses: [502],
  },
  {
    pattern: /^Upstream provider is temporarily unavailable\b/i,
    literals: ['upstream provider is temporarily unavailable'],
    code: 'UPSTREAM_PROVIDER_UNAVAILABLE',
    statuses: [503],
  },
  // 400, specific before generic
  {
    pattern: /^Required field 'consent\.granted_at' cannot be set in the future\.$/i,
    literals: ['cannot be set in the future'],
    code: 'CONSENT_IN_FUTURE',
    statuses: [400],
  },
  {
    pattern: /^consent is required$/i,
    literals: ['consent is required'],
    code: 'CONSENT_REQUIRED',
    statuses: [400],
  },
  {
    pattern: /^Either (?:user_details\.)?email or (?:user_details\.)?phone_number is required\.$/i,
    literals: ['phone_number is required'],
    code: 'CONTACT_REQUIRED',
    statuses: [400],
  },
  {
    pattern: /^Invalid ID number format for the specified country and ID type\.$/i,
    literals: ['invalid id number format'],
    code: 'INVALID_ID_NUMBER_FORMAT',
    statuses: [400],
  },
  {
    pattern: /^A valid callback_url is required in the request\b/i,
    literals: ['callback_url is required'],
    code: 'CALLBACK_URL_REQUIRED',
    statuses: [400],
  },
  {
    pattern: /^No valid callback URL available$/i,
    literals: ['no valid callback url'],
    code: 'NO_CALLBACK_URL_FOR_REPLAY',
    statuses: [400],
  },
  {
    pattern: /^Unable to determine product for this job$/i,
    literals: ['unable to determine product'],
    code: 'REPLAY_PRODUCT_UNKNOWN',
    statuses: [400],
  },
  {
    pattern: /^"job_?id" must be a valid TypeID with prefix 'job_'$/i,
    literals: ['valid typeid'],
    code: 'INVALID_JOB_ID',
    statuses: [400],
  },
  {
    pattern: /^Document image must be JPEG or PNG\.$/i,
    literals: ['document image must be jpeg or png'],
    code: 'DOCUMENT_IMAGE_TYPE_INVALID',
    statuses: [400],
  },
  {
    pattern: /^smileid-(?:partner-id|api-key) header is required\.$/i,
    literals: ['header is required'],
    code: 'TOKEN_HEADER_MISSING',
    statuses: [400],
  },
  {
    pattern: /^No data found\. Check that \S{1,40} and \S{1,40} are valid inputs$/i,
    literals: ['no data found'],
    code: 'ID_STATUS_NO_DATA',
    statuses: [400],
  },
  {
    pattern: /^Invalid id_type for the given country$/i,
    literals: ['invalid id_type'],
    code: 'ID_TYPE_INVALID_FOR_COUNTRY',
    statuses: [400],
  },
  // The generic field messages name the field: the named group fills `KycError.field`.
  {
    pattern: /^Required field '(?<field>[^']{1,64})' is missing or invalid\b[^.]{0,80}\.$/i,
    literals: ['required field', 'is missing or invalid'],
    code: 'REQUIRED_FIELD_INVALID',
    statuses: [400],
  },
  {
    pattern: /^Either '(?<field>[a-z_]{1,40})' or '[a-z_]{1,40}' is required\.$/i,
    literals: ['either', 'is required'],
    code: 'REQUIRED_FIELD_INVALID',
    statuses: [400],
  },
  {
    pattern: /^(?:"(?<field>[a-z_]{1,40})"|news_category) is required$/i,
    literals: ['is required'],
    code: 'REQUIRED_FIELD_INVALID',
    statuses: [400],
  },
  {
    pattern: /^Field '(?<field>[^']{1,64})' (?:is invalid\.$|(?:entries )?must\b)/i,
    literals: ['field'],
    code: 'FIELD_INVALID',
    statuses: [400],
  },
  {
    pattern: /^(?:Invalid country$|refId must be a valid link id$|news_category must be one of\b)/i,
    code: 'FIELD_INVALID',
    statuses: [400],
  },
];
