import { type CatalogEntry, normalize } from '@kyc-errors/core';
import type { ErrorEntry, OutcomeEntry } from '@kyc-errors/core/provider-kit';
import {
  SMILE_ID_CATALOG,
  SMILE_ID_V1_CATALOG,
  SMILE_ID_V3_CATALOG,
  smileId,
  smileIdApiVersion,
} from '@kyc-errors/smile-id';
import { describe, expect, it } from 'vitest';
import { errorFieldsOf, expectLiteralsKept } from '../../../test/support/catalog-checks.js';

// Every code the vendor documents, transcribed by hand from the Smile ID references (the
// request-validation error table, the job_status utility, the SmartSelfie registration and
// authentication pages, the Enhanced KYC result codes). Overloaded codes carry their text.
const DOCUMENTED: readonly (readonly [code: string, text?: string])[] = [
  // Request-validation errors.
  ['2201'],
  ['2301'],
  ['2401'],
  ['2203'],
  ['2204', 'A parameter is of the wrong data type'],
  // docs.usesmileid.com troubleshooting, "Troubleshooting Error 2204 & 2205".
  ['2204', 'You are not authorized to do that'],
  ['2205'],
  ['2405'],
  ['2207'],
  ['2208'],
  ['2209'],
  ['2210'],
  ['2211'],
  ['2212'],
  ['2213'],
  ['2413', 'A required parameter is missing'],
  ['2413', 'valid id_type is required'],
  ['2214'],
  ['2215'],
  ['2216'],
  ['2217'],
  ['2220'],
  ['2221'],
  // docs.usesmileid.com/integration-options/rest-api/rate-limits, "Rate Limits".
  ['2222'],
  ['2314'],
  ['2414'],
  // smileidentity/api-reference specs/v3/openapi.yaml: the v3 services endpoints answer
  // with v1 codes (supported_documents 400; bank_codes and supported_id_types 403).
  [
    '2413',
    'Country Code must be a valid ISO 3166-1 alpha-2 country code consisting of exactly two uppercase letters.',
  ],
  ['2413', 'You are not authorized to do that.'],
  // Job status.
  ['2302'],
  ['2303'],
  ['2304'],
  ['2305'],
  ['2307'],
  ['2310'],
  ['2313'],
  ['1210'],
  ['0814'],
  // Biometric KYC and Document Verification: smile-identity-core-python README (0810 "Enroll
  // User"); smileidentity/android JobResultAdapterTest (0810 "Document Verified After Human
  // Review"). Weak: 0811, 0812 and 0908 as integrators record them (issue 22).
  ['0810', 'Enroll User'],
  ['0810', 'Document Verified After Human Review'],
  ['0811'],
  ['0812'],
  ['0908'],
  // SmartSelfie registration and authentication.
  ['0001', 'Data Invalid'],
  ['0001', 'Data Invalid - Unable to extract zip file'],
  ['0001', 'System Error'],
  // docs.usesmileid.com/further-reading/result-codes, "Result codes": three more 0001 texts.
  ['0001', 'ID Authority image not available'],
  ['0001', 'ID Card image unusable'],
  ['0001', 'Selfie image unusable'],
  // docs.smileidentity.com/results/result-and-error-codes, "General Failures - no further
  // processing possible".
  ['0903', 'Zip Corrupt'],
  ['0907', 'FAIL - Possible Spoof - Strict Setting'],
  ['0840'],
  ['0841'],
  ['0844'],
  ['0846'],
  ['0941'],
  ['0942'],
  ['1240'],
  ['1241'],
  ['1242'],
  ['0820'],
  ['0821'],
  ['0822'],
  ['0823'],
  ['0824'],
  ['0825'],
  ['0921'],
  ['0922'],
  ['1220'],
  ['1221'],
  ['1222'],
  // Enhanced KYC.
  ['1012'],
  ['1013'],
  ['1014'],
  ['1015'],
  ['1016'],
  ['1020'],
  ['1021'],
  ['1022'],
  ['1023'],
  // Business Verification: smile-identity-core-js test/fixtures/business_verification_response.json.
  ['1012', 'Business Verified'],
  // AML: the result codes the v3 spec's AML callback examples name in their summaries.
  ['1031'],
  ['1030'],
  ['1017'],
];

// The v3 REST errors, sent without a code: HTTP status, the message exactly as the spec
// documents it (smileidentity/api-reference specs/v3/openapi.yaml @ 0235c867, per operation and
// example), and the catalog key it means. Rows marked "secondary" come from a copy of the
// errors page (api-evangelist/smile-identity @ 9f416797), and the PHP SDK fixture's wording of
// the replay conflict from smileidentity/smileid-sdk-php tests.
const DOCUMENTED_V3_ERRORS: readonly (readonly [status: number, message: string, key: string])[] = [
  [400, "Required field 'country' is missing or invalid.", 'REQUIRED_FIELD_INVALID'],
  [400, "Required field 'selfie_image' is missing or invalid.", 'REQUIRED_FIELD_INVALID'],
  [400, "Required field 'consent.granted' is missing or invalid.", 'REQUIRED_FIELD_INVALID'],
  [
    400,
    "Required field 'user_id' is missing or invalid when search_existing_user is true.",
    'REQUIRED_FIELD_INVALID',
  ],
  [
    400,
    "Required field 'notes' is missing or invalid when is_fraud is false.",
    'REQUIRED_FIELD_INVALID',
  ],
  [
    400,
    "Required field 'notes' is missing or invalid when reason is 'OTHER'.",
    'REQUIRED_FIELD_INVALID',
  ],
  [400, "Either 'id_number' or 'utility_number' is required.", 'REQUIRED_FIELD_INVALID'],
  [400, '"country" is required', 'REQUIRED_FIELD_INVALID'],
  [400, 'news_category is required', 'REQUIRED_FIELD_INVALID'],
  [400, "Required field 'consent.granted_at' cannot be set in the future.", 'CONSENT_IN_FUTURE'],
  [400, 'consent is required', 'CONSENT_REQUIRED'],
  [400, 'Either email or phone_number is required.', 'CONTACT_REQUIRED'],
  [400, 'Either user_details.email or user_details.phone_number is required.', 'CONTACT_REQUIRED'],
  [400, "Field 'email' is invalid.", 'FIELD_INVALID'],
  [400, "Field 'birth_year' must be a four digit year.", 'FIELD_INVALID'],
  [400, "Field 'aliases' must contain at most 20 entries.", 'FIELD_INVALID'],
  [400, "Field 'aliases' entries must be at most 256 characters.", 'FIELD_INVALID'],
  [
    400,
    "Field 'comparison_image_type' must be either DOCUMENT, ID_PHOTO, or PORTRAIT.",
    'FIELD_INVALID',
  ],
  [400, "Field 'id_type' must be PASSPORT for residency document verification.", 'FIELD_INVALID'],
  [400, "Field 'notes' must be at most 500 characters.", 'FIELD_INVALID'],
  [400, "Field 'reported_by' must be a valid email address.", 'FIELD_INVALID'],
  [400, "Field 'country' must be one of NG, ZA.", 'FIELD_INVALID'],
  [400, 'Invalid country', 'FIELD_INVALID'],
  [400, 'news_category must be one of: arms_trafficking, …, violent_crime', 'FIELD_INVALID'],
  [400, 'refId must be a valid link id', 'FIELD_INVALID'],
  [
    400,
    'Invalid ID number format for the specified country and ID type.',
    'INVALID_ID_NUMBER_FORMAT',
  ],
  [
    400,
    'A valid callback_url is required in the request or a default callback URL must be configured in the portal.',
    'CALLBACK_URL_REQUIRED',
  ],
  [400, 'No valid callback URL available', 'NO_CALLBACK_URL_FOR_REPLAY'],
  [400, 'Unable to determine product for this job', 'REPLAY_PRODUCT_UNKNOWN'],
  [400, '"job_id" must be a valid TypeID with prefix \'job_\'', 'INVALID_JOB_ID'],
  [400, '"jobId" must be a valid TypeID with prefix \'job_\'', 'INVALID_JOB_ID'],
  [400, 'Document image must be JPEG or PNG.', 'DOCUMENT_IMAGE_TYPE_INVALID'],
  [400, 'smileid-partner-id header is required.', 'TOKEN_HEADER_MISSING'],
  [400, 'No data found. Check that NG and BVN are valid inputs', 'ID_STATUS_NO_DATA'],
  [400, 'Invalid id_type for the given country', 'ID_TYPE_INVALID_FOR_COUNTRY'],
  [401, 'Invalid authentication credentials.', 'INVALID_CREDENTIALS'],
  [401, 'Invalid token', 'INVALID_TOKEN_V3'],
  // smileidentity/smileid-sdk-php @ 0ad6c84a, tests/TokenLifecycleTest.php.
  [401, 'Token expired', 'TOKEN_EXPIRED_V3'],
  [401, 'Missing or invalid authentication credentials.', 'GATEWAY_UNAUTHORIZED'],
  [402, 'Insufficient wallet balance.', 'INSUFFICIENT_WALLET_BALANCE'],
  [
    402,
    'You are out of credits. Add funds to your wallet to run more verifications.',
    'INSUFFICIENT_WALLET_BALANCE',
  ],
  [403, 'Product not enabled for this partner.', 'PRODUCT_NOT_ENABLED'],
  [403, 'ID type not enabled for this partner.', 'ID_TYPE_NOT_ENABLED'],
  [403, 'Production access is not enabled.', 'PRODUCTION_ACCESS_NOT_ENABLED'],
  [
    403,
    'Production is not enabled for this account. Please complete your KYC with Smile Identity.',
    '2220',
  ],
  [403, 'This feature requires you to activate ID Validation for your Smile ID account.', '2414'],
  [403, 'SDK version not allowed.', 'SDK_VERSION_NOT_ALLOWED'],
  [403, 'Token is not authorized for this user ID.', 'TOKEN_USER_ID_MISMATCH'],
  [403, 'You are not authorized to do that.', 'NOT_AUTHORIZED_V3'],
  [403, 'Callback url not allowed.', 'NOT_AUTHORIZED_V3'], // secondary
  [403, 'IP address not allowed.', 'NOT_AUTHORIZED_V3'], // secondary
  [403, 'You are not allowed to do that.', 'NOT_ALLOWED_V3'],
  [404, 'Job not found', 'not_found'],
  [404, 'Reference not found for this job', 'JOB_REFERENCE_NOT_FOUND'],
  [404, 'User not found', 'FRAUD_REPORT_USER_NOT_FOUND'],
  [404, 'No enrolled user found for this partner.', 'NO_ENROLLED_USER_FOR_PARTNER'],
  [
    404,
    'No prior KYC record with a usable name and country was found for this user.',
    'NO_USABLE_PRIOR_KYC_RECORD',
  ],
  [404, 'No AML job found for this partner', 'AML_JOB_NOT_FOUND'],
  [404, 'REF not found for this AML job', 'AML_REFERENCE_NOT_FOUND'],
  [404, 'Link not found', 'LINK_NOT_FOUND'],
  [
    408,
    'The ID authority did not respond in time. The job is still recorded — retrieve its result from /v3/status/{job_id}.',
    'ID_AUTHORITY_TIMEOUT_SYNC',
  ],
  [
    408,
    'The screening provider did not respond in time. The job is still recorded — retrieve its result from /v3/status/{job_id}.',
    'SCREENING_PROVIDER_TIMEOUT_SYNC',
  ],
  [
    409,
    'Job is still processing. Callbacks can only be replayed for completed jobs.',
    'REPLAY_JOB_STILL_PROCESSING',
  ],
  [
    409,
    'Verification is still processing. Callbacks can only be replayed for completed verifications.',
    'REPLAY_JOB_STILL_PROCESSING',
  ],
  [409, 'User ID is taken. Please provide a unique ID.', 'LINK_USER_ID_TAKEN'],
  [413, 'selfie_image is too large.', 'PAYLOAD_TOO_LARGE'],
  [413, 'File is too large.', 'PAYLOAD_TOO_LARGE'],
  [413, 'Request payload is too large.', 'PAYLOAD_TOO_LARGE'],
  [413, 'Request payload too large. Maximum allowed size is 10 MB.', 'PAYLOAD_TOO_LARGE'],
  [
    415,
    'Unsupported Media Type. Required Content-Type is multipart/form-data',
    'UNSUPPORTED_MEDIA_TYPE',
  ],
  [424, 'Unable to verify ID — ID authority unavailable.', 'ID_AUTHORITY_UNAVAILABLE_SYNC'],
  [429, 'Rate limit exceeded. Please try again later.', 'RATE_LIMIT_EXCEEDED'],
  [
    429,
    'This ID number has been blocked due to multiple submissions. Please use the designated endpoint to reactivate it.',
    '2222',
  ],
  [
    500,
    'An unexpected error occurred. Please try again or contact support.',
    'INTERNAL_SERVER_ERROR_V3',
  ],
  [
    500,
    'Backend processing failure. Please retry; contact support if the issue persists.',
    'GATEWAY_INTEGRATION_FAILURE',
  ],
  [500, 'An error occurred while generating the link. Please try again!', 'LINK_CREATION_FAILED'],
  [502, 'Unable to complete request due to upstream provider error.', 'UPSTREAM_PROVIDER_ERROR'],
  [
    503,
    'Upstream provider is temporarily unavailable. Please try again later.',
    'UPSTREAM_PROVIDER_UNAVAILABLE',
  ],
];

// v3 keys Smile ID means by an HTTP status or a gateway message rather than by one message of
// the spec: 409 with no documented message, and the API gateway's timeout.
const DOCUMENTED_V3_BY_STATUS: readonly string[] = ['JOB_CONFLICT', 'ENDPOINT_TIMEOUT'];

// The v3 results: status, reason and message as the spec's examples and descriptions (AML,
// address, residency, status endpoint, EKYC sync) and, marked secondary, the sandbox page
// copy give them, and the code the reader should report.
const DOCUMENTED_V3_RESULTS: readonly (readonly [
  status: string,
  reason: string | null,
  message: string | null,
  code: string,
])[] = [
  ['accepted', null, 'Request accepted and queued for processing.', 'accepted'],
  ['processing', null, 'Job is still processing', 'processing'],
  ['not_found', null, 'Job not found', 'not_found'],
  ['clear', null, 'Job completed', 'clear'],
  ['attention', null, 'Job completed', 'attention'],
  ['block', null, 'Job completed', 'block'],
  ['error', null, 'Job completed', 'error'],
  ['block', null, null, 'block'], // residency callback "blocked"
  ['clear', null, 'Verified', 'clear'],
  ['clear', null, 'Screening completed: no matches found.', 'clear'],
  ['clear', null, 'Verification successful', 'clear'], // secondary
  ['block', 'high_risk', 'Verification failed.', 'high_risk'],
  [
    'block',
    'aml_match_found',
    'Screening completed: potential matches identified.',
    'aml_match_found',
  ],
  [
    'attention',
    'news_media_match',
    'Screening completed: news media identified only.',
    'news_media_match',
  ],
  ['error', 'service_unavailable', 'Error: external service unavailable.', 'service_unavailable'],
  ['block', 'identifier_not_found', null, 'identifier_not_found'], // address
  ['attention', 'information_outdated', null, 'information_outdated'],
  ['block', 'address_out_of_range', null, 'address_out_of_range'],
  ['block', 'name_mismatch', null, 'name_mismatch'],
  ['block', 'no_address_on_record', null, 'no_address_on_record'],
  // secondary: the sandbox identities
  [
    'block',
    'identifier_not_found',
    'Verification failed: Unable to validate ID - Not Found',
    'identifier_not_found',
  ],
  [
    'block',
    'identifier_not_found',
    'Verification failed: ID number not found',
    'identifier_not_found',
  ],
  [
    'block',
    'age_requirement_not_met',
    'Verification failed: Customer must be above 18',
    'age_requirement_not_met',
  ],
  ['block', 'face_verification_failed', 'Verification failed', 'face_verification_failed'],
  ['block', 'spoof_detected', 'Verification failed', 'spoof_detected'],
  ['block', 'document_check_failed', 'Verification failed', 'document_check_failed'],
  ['block', 'unsupported_document', 'Verification failed', 'unsupported_document'],
  ['attention', 'document_copy_detected', 'Verification successful', 'document_copy_detected'],
  ['attention', 'document_expired', 'Verification successful', 'document_expired'],
  ['error', 'service_unavailable', 'Error: external service unavailable', 'service_unavailable'],
  [
    'error',
    'internal_error',
    'Error: verification could not be completed at this time',
    'internal_error',
  ],
  [
    'error',
    'image_unavailable_or_invalid',
    'Error: selfie image(s) are unusable.',
    'image_unavailable_or_invalid',
  ],
  ['error', 'content_policy_violated', 'Error: image(s) are unusable.', 'content_policy_violated'],
  [
    'error',
    'document_unclassifiable',
    'Error: document could not be classified',
    'document_unclassifiable',
  ],
  ['error', 'invalid_id_number', 'Verification failed: invalid id number', 'invalid_id_number'],
];

// Result codes arrive in job results (callbacks, job_status); the others in v1 error bodies.
const RESULT_CODE = /^[01]\d{3}$/;
const partnerParams = { job_id: 'job-catalog-1', user_id: 'user-catalog-1', job_type: '4' };

function resultBody(entry: CatalogEntry): Record<string, unknown> {
  return {
    ResultCode: entry.code,
    ...(entry.vendorText === undefined ? {} : { ResultText: entry.vendorText }),
    SmileJobID: '0000002000',
    PartnerParams: partnerParams,
    ConfidenceValue: '0',
  };
}

function failureFor(entry: ErrorEntry): { status: number; body: unknown } {
  if (RESULT_CODE.test(entry.code)) return { status: 200, body: resultBody(entry) };
  return {
    status: entry.httpStatus ?? 400,
    body: JSON.stringify({ code: entry.code, error: entry.vendorText }),
  };
}

const native = smileId.catalog.filter(
  (e) => e.native !== false && smileIdApiVersion(e.code) === 'v1',
);
const errors = native.filter((e): e is ErrorEntry => e.kind === 'error');
const outcomes = smileId.catalog.filter(
  (e): e is OutcomeEntry => e.kind === 'outcome' && smileIdApiVersion(e.code) === 'v1',
);
const allOutcomes = smileId.catalog.filter((e): e is OutcomeEntry => e.kind === 'outcome');
const uncoded = smileId.catalog.filter((e): e is ErrorEntry => e.native === false);

describe('coverage', () => {
  it('catalogues every documented code, with its text where the code is overloaded', () => {
    for (const [code, text] of DOCUMENTED) {
      const entry = text === undefined ? smileId.lookup(code) : smileId.lookup(code, text);
      const at = text === undefined ? code : `${code} ${text}`;
      expect.soft(entry?.code, at).toBe(code);
      if (text !== undefined) expect.soft(entry?.vendorText, at).toBe(text);
    }
  });

  it('lists no native code the documents do not', () => {
    const documented = new Set([
      ...DOCUMENTED.map(([code]) => code),
      ...DOCUMENTED_V3_RESULTS.map(([, , , code]) => code),
    ]);
    const allNative = smileId.catalog.filter((e) => e.native !== false);
    expect(allNative.map((e) => e.code).filter((c) => !documented.has(c))).toEqual([]);
  });

  it('keeps one entry per code except the overloaded 2204, 2413, 0001, 0810 and 1012', () => {
    const counts = new Map<string, number>();
    for (const e of smileId.catalog) counts.set(e.code, (counts.get(e.code) ?? 0) + 1);
    const shared = [...counts].filter(([, n]) => n > 1);
    // 2204: the table's wrong data type, and not authorized by its own text; 2413: two v1
    // texts and two from the v3 services endpoints; 0001: six result texts; 0810: Biometric
    // KYC and Document Verification; 1012: Enhanced KYC and Business Verification.
    expect(shared).toEqual([
      ['2204', 2],
      ['2413', 4],
      ['0001', 6],
      ['0810', 2],
      ['1012', 2],
    ]);
  });

  it('splits the catalog into v1 and v3, and names the API of every code', () => {
    expect(SMILE_ID_CATALOG).toEqual([...SMILE_ID_V1_CATALOG, ...SMILE_ID_V3_CATALOG]);
    for (const e of SMILE_ID_V1_CATALOG) expect(smileIdApiVersion(e.code)).toBe('v1');
    for (const e of SMILE_ID_V3_CATALOG) expect(smileIdApiVersion(e.code)).toBe('v3');
    expect(smileIdApiVersion('9999')).toBeUndefined();
    expect(smileIdApiVersion('__proto__')).toBeUndefined();
  });

  it('exports the catalog the provider was built from', () => {
    expect(smileId.catalog.map((e) => e.code)).toEqual(SMILE_ID_CATALOG.map((e) => e.code));
  });

  it('reaches every descriptive key through a status or a message', () => {
    const reachable = new Set([
      ...Object.values(smileId.definition.statuses ?? {}),
      ...(smileId.definition.messages ?? []).map((rule) => rule.code),
    ]);
    expect(uncoded.map((e) => e.code).filter((c) => !reachable.has(c))).toEqual([]);
  });

  it('marks exactly 0846 and 0823 deprecated', () => {
    expect(smileId.catalog.filter((e) => e.deprecated).map((e) => e.code)).toEqual([
      '0846',
      '0823',
    ]);
  });
});

describe('the v3 REST errors, both ways', () => {
  it('reads every documented message at its status as its key', () => {
    for (const [status, message, key] of DOCUMENTED_V3_ERRORS) {
      const entry = smileId.lookup(key) as ErrorEntry;
      const error = normalize(smileId, {
        status,
        body: { status: 'Some Reason Phrase', message },
      });
      expect.soft(error, `HTTP ${status} "${message}" is ${key}`).toMatchObject({
        code: null,
        category: entry.category,
        reason: entry.reason,
        remedy: entry.remedy,
        retry: entry.retry,
        matchedBy: 'message',
        httpStatus: status,
      });
    }
  });

  it('never lets a literal prefilter exclude a documented text its pattern matches', () => {
    const texts = DOCUMENTED_V3_ERRORS.map(([, message]) => message);
    const checked = expectLiteralsKept(smileId.definition.messages ?? [], texts);
    expect(checked).toBeGreaterThanOrEqual(DOCUMENTED_V3_ERRORS.length * 3);
  });

  it('has no rule that no documented message needs', () => {
    const texts = [
      ...DOCUMENTED_V3_ERRORS.map(([, message]) => message),
      'Endpoint request timed out',
    ];
    const unused = (smileId.definition.messages ?? []).filter(
      (rule) => !texts.some((text) => rule.pattern.test(text)),
    );
    expect(unused.map((rule) => String(rule.pattern))).toEqual([]);
  });

  it('lists no v3 key the spec does not document', () => {
    const documented = new Set([
      ...DOCUMENTED_V3_ERRORS.map(([, , key]) => key),
      ...DOCUMENTED_V3_BY_STATUS,
      ...DOCUMENTED_V3_RESULTS.map(([, , , code]) => code),
    ]);
    expect(SMILE_ID_V3_CATALOG.map((e) => e.code).filter((c) => !documented.has(c))).toEqual([]);
  });

  it('reads no documented message (but 404s) at another status', () => {
    for (const [status, message] of DOCUMENTED_V3_ERRORS.filter(([status]) => status !== 404)) {
      const other = status === 400 ? 422 : 400;
      expect
        .soft(
          normalize(smileId, { status: other, body: { message } }).matchedBy,
          `HTTP ${status} "${message}" at ${other}`,
        )
        .not.toBe('message');
    }
  });
});

describe('the v3 results, both ways', () => {
  it('reads every documented result as its code', () => {
    for (const [status, reason, message, code] of DOCUMENTED_V3_RESULTS) {
      const at = `${status} / ${reason} / ${message} reads as ${code}`;
      const body = { status, reason, message, job_id: 'job_01k2v9x4m7q8r3s5t6w8y9z0ae' };
      const entry = smileId.lookup(code);
      const outcome = smileId.outcome(body);
      if (entry?.kind === 'error') {
        expect.soft(outcome.isErr(), at).toBe(true);
        expect.soft(outcome.isErr() ? outcome.error : undefined, at).toMatchObject({
          code,
          category: entry.category,
          reason: entry.reason,
        });
      } else {
        expect.soft(outcome.isOk(), at).toBe(true);
        expect.soft(outcome.isOk() ? outcome.value : undefined, at).toMatchObject({
          code,
          verdict: entry?.kind === 'outcome' ? entry.verdict : undefined,
          final: entry?.kind === 'outcome' ? entry.final : undefined,
          reason: entry?.reason,
        });
      }
    }
  });

  it('lists no v3 result code the sources do not', () => {
    const documented = new Set(DOCUMENTED_V3_RESULTS.map(([, , , code]) => code));
    const results = smileId.catalog
      .filter((e) => e.native !== false && smileIdApiVersion(e.code) === 'v3')
      .map((e) => e.code);
    expect(results.filter((c) => !documented.has(c))).toEqual([]);
  });
});

// One table-driven check per direction over every entry; a failure names the code (expect.soft
// goes on to the next entry, so one run lists every code that fails).
describe('every catalog entry', () => {
  it('round-trips every v1 error code through normalize', () => {
    for (const entry of errors) {
      const at = entry.vendorText === undefined ? entry.code : `${entry.code} ${entry.vendorText}`;
      const error = normalize(smileId, failureFor(entry));
      expect.soft(error, at).toMatchObject(errorFieldsOf(smileId, entry));
      expect.soft(error.inferredFrom, at).toBeUndefined();
    }
  });

  it('round-trips every descriptive key through its status', () => {
    for (const [status, code] of Object.entries(smileId.definition.statuses ?? {})) {
      const entry = smileId.lookup(code) as ErrorEntry;
      const error = normalize(smileId, {
        status: Number(status),
        body: { status: 'Error', message: 'something the rules do not know' },
      });
      expect.soft(error, `HTTP ${status} is ${code}`).toMatchObject({
        code: null,
        category: entry.category,
        reason: entry.reason,
        retry: entry.retry,
        matchedBy: 'status',
        httpStatus: Number(status),
      });
    }
  });

  it('errorFor gives a descriptive key no native code', () => {
    for (const entry of uncoded)
      expect.soft(smileId.errorFor(entry.code)?.code, entry.code).toBeNull();
  });

  it('round-trips every v1 verdict through outcome, and through normalize is an error only when rejected', () => {
    for (const entry of outcomes) {
      const { code, verdict } = entry;
      const at = `${code} (${verdict})`;
      const outcome = smileId.outcome(resultBody(entry));
      expect.soft(outcome.isOk(), at).toBe(true);
      expect.soft(outcome.isOk() ? outcome.value : undefined, at).toMatchObject({
        provider: 'smile-id',
        code,
        verdict,
        final: entry.final,
        reason: entry.reason,
        remedy: entry.remedy,
        retry: entry.retry,
      });

      const error = normalize(smileId, { status: 200, body: resultBody(entry) });
      if (verdict === 'rejected') {
        expect
          .soft(error, `${at} through normalize`)
          .toMatchObject({ code, category: 'verification', reason: entry.reason });
      } else {
        expect
          .soft(error, `${at} through normalize`)
          .toMatchObject({ code, category: 'unknown', reason: 'NOT_A_FAILURE' });
      }
    }
  });
});

describe('catalog-wide rules', () => {
  it('an open verdict that awaits the partner: not final, decide by policy, never resubmit', () => {
    const awaiting = allOutcomes.filter((e) => !e.final && e.retry.action === 'investigate');
    expect(awaiting.length).toBeGreaterThan(0);
    for (const entry of awaiting) {
      // v3 `attention`: Smile ID has finished; the decision is the partner's (issue #14).
      expect.soft(entry.verdict, entry.code).toBe('provisional');
      expect.soft(entry.retry, entry.code).toEqual({ retryable: false, action: 'investigate' });
      expect.soft(entry.remedy, entry.code).toMatch(/decide by your own policy/);
      expect.soft(entry.remedy, entry.code).toMatch(/second, billed job/);
    }
  });

  it('the success code is not a failure', () => {
    const error = normalize(smileId, { status: 200, body: { code: '2302', job_complete: true } });
    expect(error.reason).toBe('NOT_A_FAILURE');
  });

  it('every other open verdict says wait for the callback or poll, never resubmit', () => {
    const waiting = allOutcomes.filter((e) => !e.final && e.retry.action !== 'investigate');
    expect(waiting.length).toBeGreaterThan(0);
    for (const entry of waiting) {
      const at = entry.code;
      expect.soft(entry.verdict === 'provisional' || entry.verdict === 'pending', at).toBe(true);
      expect.soft(entry.retry, at).toEqual({ retryable: false, action: 'wait-for-result' });
      expect.soft(entry.remedy, at).toMatch(/callback/);
      // v1 polls job_status; v3 polls the status endpoint.
      expect
        .soft(entry.remedy, at)
        .toMatch(smileIdApiVersion(at) === 'v1' ? /job_status/ : /GET \/v3\/status\/\{job_id\}/);
      expect.soft(entry.remedy, at).toMatch(/never resubmit/);
    }
  });

  it('a final provisional verdict says the partner decides and waiting changes nothing', () => {
    const decided = allOutcomes.filter((e) => e.verdict === 'provisional' && e.final);
    expect(decided.length).toBeGreaterThan(0);
    for (const entry of decided) {
      expect.soft(entry.retry, entry.code).toEqual({ retryable: false, action: 'none' });
      expect.soft(entry.remedy, entry.code).toMatch(/[Ww]aiting changes nothing/);
    }
  });

  it('a rejection is never retried as it is', () => {
    for (const entry of allOutcomes.filter((e) => e.verdict === 'rejected')) {
      expect.soft(entry.retry.retryable, entry.code).toBe(false);
      expect.soft(['user-action', 'none'], entry.code).toContain(entry.retry.action);
    }
  });

  const retryable = (api: 'v1' | 'v3'): ErrorEntry[] =>
    smileId.catalog.filter(
      (e): e is ErrorEntry =>
        e.kind === 'error' && e.category === 'retryable' && smileIdApiVersion(e.code) === api,
    );

  // v1 only: in v3 a job id is Smile ID's, never resent, so the trap is a second job instead.
  it('every v1 retryable code warns about the 2215 trap', () => {
    expect(retryable('v1').length).toBeGreaterThan(0);
    for (const entry of retryable('v1')) {
      const at = `${entry.code} ${entry.reason}`;
      expect.soft(entry.retry.retryable, at).toBe(true);
      expect.soft(entry.retry.caution, at).toMatch(/2215/);
      expect.soft(entry.retry.caution, at).toMatch(/job_id/);
    }
  });

  it('every v3 retryable key warns that a resubmission is a second job', () => {
    expect(retryable('v3').length).toBeGreaterThan(0);
    for (const entry of retryable('v3'))
      expect.soft(entry.retry.caution, `${entry.code} ${entry.reason}`).toMatch(/second/);
  });

  it('every reason is UPPER_SNAKE_CASE and every text is filled', () => {
    for (const e of smileId.catalog) {
      expect(e.reason).toMatch(/^[A-Z][A-Z0-9_]*$/);
      expect(e.message.length).toBeGreaterThan(10);
      expect(e.remedy.length).toBeGreaterThan(10);
    }
  });
});
