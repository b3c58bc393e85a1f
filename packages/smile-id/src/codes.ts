import type { EntrySpec, ErrorEntrySpec, OutcomeEntrySpec } from '@kyc-errors/core/provider-kit';

// Shared parts of entries that Smile ID documents under more than one code (the 22xx code
// and its 23xx/24xx twins, or a job-status code with the same meaning). Each code still gets
// its own entry, so an exact hit never goes through the family rule.
type Shared<T> = Omit<T, 'code'>;

const RESUBMIT_CAUTION =
  'The job may have been recorded before the failure. Resending it with the same job_id can ' +
  'fail with 2215 (job already exists): query job_status for that job_id first, wait for its ' +
  'result if it exists, and submit again (same job_id) only if no job was recorded, or with a ' +
  'new job_id only if the recorded job truly failed.';

const SYSTEM_ERROR = {
  kind: 'error',
  category: 'retryable',
  reason: 'SYSTEM_ERROR',
  message: 'Smile ID failed while handling the request.',
  remedy:
    'Retry with backoff after checking the job status; if it keeps failing, contact Smile ID support.',
  vendorText: 'System Error',
  // A system error on a submission leaves the job's fate open: the default for `retryable`
  // is already `uncertain`, the caution spells out the 2215 trap.
  retry: { caution: RESUBMIT_CAUTION },
} as const satisfies Shared<ErrorEntrySpec>;

const INVALID_JSON = {
  kind: 'error',
  category: 'validation',
  reason: 'INVALID_JSON',
  message: 'The request JSON (or the info.json inside the uploaded zip) is not well formed.',
  remedy:
    'Check that the JSON parses and that every key the product needs is present and spelled as documented.',
  vendorText: 'Invalid JSON',
} as const satisfies Shared<ErrorEntrySpec>;

const NOT_AUTHORIZED = {
  kind: 'error',
  category: 'auth',
  reason: 'INVALID_SIGNATURE',
  message: 'Smile ID did not accept the request signature.',
  remedy:
    'Check, in this order: the API key belongs to the environment you call (a sandbox key fails ' +
    'in production and the reverse) and is the server API key, not a mobile SDK token; the base ' +
    'URL is the one of that environment (testapi vs api); the signature is computed exactly as ' +
    'documented for the scheme you use (signature or legacy sec_key), with your partner_id; the ' +
    'timestamp is in the documented format; and the timestamp sent in the body is the very ' +
    'string that was signed.',
  vendorText: 'You are not authorized to do that',
} as const satisfies Shared<ErrorEntrySpec>;

const USER_DISABLED = {
  kind: 'error',
  category: 'user-state',
  reason: 'USER_DISABLED',
  message: 'The enrolled user for this user_id is disabled.',
  remedy: 'Re-enable the user in the Smile ID portal, or run the job for an active user_id.',
  vendorText: 'Enrolled user is disabled',
} as const satisfies Shared<ErrorEntrySpec>;

const USER_NOT_ENROLLED = {
  kind: 'error',
  category: 'user-state',
  reason: 'USER_NOT_ENROLLED',
  message: 'No enrolled user exists for this user_id.',
  remedy:
    'Check the user_id; enrol the user first (SmartSelfie registration, Biometric KYC or Document Verification).',
  vendorText: 'No enrolled user found',
} as const satisfies Shared<ErrorEntrySpec>;

const MISSING_PARAMETER = {
  kind: 'error',
  category: 'validation',
  reason: 'MISSING_PARAMETER',
  message: 'A parameter the product requires is missing from the request or the info.json.',
  remedy: 'Compare the request and the info.json with the keys the product documents as required.',
  vendorText: 'A required parameter is missing',
} as const satisfies Shared<ErrorEntrySpec>;

// ---------------------------------------------------------------------------------------------
// v1 REST API. The codes of the package's first version were transcribed from Smile ID's
// error-code, job-status and result-code pages (see the README, "Sources"); the first version
// recorded the pages but not their sections. Codes added since name their source and section.
// ---------------------------------------------------------------------------------------------

// source: docs.usesmileid.com/further-reading/result-codes/error-codes, "Error codes" (the
// 22xx request errors and their documented 23xx/24xx twins).
const SUBMISSION_ERRORS = [
  // 2201/2301/2401: one documented meaning under three prefixes.
  { code: '2201', ...SYSTEM_ERROR },
  { code: '2301', ...SYSTEM_ERROR },
  { code: '2401', ...SYSTEM_ERROR },
  { code: '2203', ...INVALID_JSON },
  {
    code: '2204',
    kind: 'error',
    category: 'validation',
    reason: 'WRONG_DATA_TYPE',
    message: 'A request value has the wrong data type or format.',
    vendorText: 'A parameter is of the wrong data type',
    // source (second reading): docs.usesmileid.com troubleshooting page "Troubleshooting
    // Error 2204 & 2205" files 2204 with 2205 as an authorisation failure, while the error-code
    // table says wrong data type. The table's meaning is kept; the remedy names both causes.
    remedy:
      'Check each value against the types the product documents (strings vs numbers, date ' +
      'formats). If every value is right, check the signature and the environment as for 2205: ' +
      "Smile ID's troubleshooting guide files 2204 with it.",
  },
  {
    // source: docs.usesmileid.com/further-reading/troubleshooting/troubleshooting-error-2205-
    // youre-not-authorised-to-do-that, "Troubleshooting Error 2204 & 2205": 2204 is filed with
    // 2205 as an authorisation failure. When the vendor's own text says not authorized, that
    // reading wins over the table's "wrong data type" (the entry above, for any other text).
    code: '2204',
    ...NOT_AUTHORIZED,
  },
  { code: '2205', ...NOT_AUTHORIZED },
  { code: '2405', ...NOT_AUTHORIZED },
  { code: '2207', ...USER_DISABLED },
  {
    code: '2208',
    kind: 'error',
    category: 'user-state',
    reason: 'USER_DELETED',
    message: 'The enrolled user for this user_id was deleted and can no longer be used.',
    remedy: 'Run the job for an active user_id, or enrol the person again under a new user_id.',
    vendorText: 'Enrolled user is deleted',
  },
  {
    // Also documented as "Wrong user id. This user is already enrolled with user_id"; one
    // meaning, so one entry with the shorter text.
    code: '2209',
    kind: 'error',
    category: 'user-state',
    reason: 'USER_ALREADY_ENROLLED',
    message: 'A user is already enrolled under this user_id.',
    remedy:
      'Register new users with a fresh, unique user_id; to authenticate an enrolled user, run an authentication job instead.',
    vendorText: 'User is already enrolled',
    field: 'user_id',
  },
  { code: '2210', ...USER_NOT_ENROLLED },
  {
    code: '2211',
    kind: 'error',
    category: 'user-state',
    reason: 'REENROLLMENT_REQUIRED',
    message: 'The user is flagged for re-enrolment and has not re-enrolled yet.',
    remedy:
      'Re-enrol the user, or clear the re-enrolment flag in the portal, before authenticating.',
    vendorText: 'Enrolled user must complete re-enrollment',
  },
  {
    code: '2212',
    kind: 'error',
    category: 'validation',
    reason: 'INVALID_JOB_TYPE',
    message: 'The job_type in partner_params is not valid for this product.',
    remedy:
      'Send the job_type the product documents (for example 4 for SmartSelfie registration, 2 for authentication).',
    vendorText: 'Invalid job type',
    field: 'job_type',
  },
  { code: '2213', ...MISSING_PARAMETER },
  {
    code: '2214',
    kind: 'error',
    category: 'account',
    reason: 'PRODUCT_NOT_ACTIVATED',
    message: 'This product is not activated on the partner account.',
    remedy: 'Ask Smile ID support to activate the product for your account.',
    vendorText: 'Product not activated for this account',
  },
  {
    // A conflict on job_id, not a malformed request: a resubmission after a failed or
    // timed-out upload lands here, and the first attempt may be running.
    code: '2215',
    kind: 'error',
    category: 'validation',
    reason: 'JOB_ALREADY_EXISTS',
    message: 'A job with this job_id already exists.',
    remedy:
      'Query job_status for this job_id before anything else: if the job exists, wait for its ' +
      'result instead of resubmitting. Use a new job_id only if that earlier job truly failed, ' +
      'and generate a unique job_id for every genuinely new job. (The mobile SDKs resume an ' +
      'interrupted upload by repeating prep_upload for the same job_id with retry set to true.)',
    vendorText: 'Job already exists for job_id',
    // source (the resume flag): smileidentity/android SmileID.kt, models/PrepUpload.kt and
    // commit 4875b7f9 "Set retry flag on error code 2215".
    field: 'job_id',
    httpStatus: 400,
    retry: { action: 'check-status' },
  },
  {
    code: '2216',
    kind: 'error',
    category: 'user-state',
    reason: 'NO_PHOTO_ON_FILE',
    message: 'The enrolled user has no selfie on file to authenticate against.',
    remedy:
      'Run a Document Verification, Biometric KYC or SmartSelfie registration job for this user_id first.',
    vendorText: 'Enrolled user does not have a photo on file',
  },
  {
    code: '2217',
    kind: 'error',
    category: 'validation',
    reason: 'INVALID_PRODUCT',
    message: 'The request does not match a product: wrong job_type or missing product values.',
    remedy: 'Set the job_type of the product you mean and send all of its required values.',
    vendorText: 'Invalid Product',
  },
  {
    code: '2220',
    kind: 'error',
    category: 'account',
    reason: 'PRODUCTION_NOT_ENABLED',
    message: 'Production is not enabled for this partner account.',
    remedy: 'Complete your own KYC with Smile ID to go live; use the sandbox until then.',
    vendorText: 'Production is not enabled for this account',
  },
  {
    code: '2221',
    kind: 'error',
    category: 'auth',
    reason: 'INVALID_TOKEN',
    message: 'The web token is invalid or has expired.',
    remedy: 'Generate a new token on your server and run the job again with it.',
    vendorText: 'Invalid Token',
    // Tokens expire by design: a fresh one fixes it without anyone changing configuration.
    retry: { retryable: true, action: 'refresh-credentials' },
  },
  {
    // source: docs.usesmileid.com/integration-options/rest-api/rate-limits, "Rate Limits" (HTTP
    // 429, code 2222, this text; the limit counts requests per ID number within an ID type and
    // resets 3 days after a request). The v3 /v3/enhanced_kyc/sync 429 sends the same text
    // without a code (smileidentity/api-reference specs/v3/openapi.yaml).
    // Disputable: a 429, so `rate-limit`, but not one to wait out. The window is measured
    // from the latest request, so every retry during the block keeps it alive: no automatic
    // retry, and a person decides whether to lift it (`user-state` would also be defensible).
    code: '2222',
    kind: 'error',
    category: 'rate-limit',
    reason: 'ID_NUMBER_BLOCKED',
    message:
      'Smile ID blocked this ID number (for its ID type) after too many submissions for it within a few days.',
    remedy:
      'Stop sending this ID number. Find out why it was sent so often (a retry loop, or someone ' +
      'trying numbers); if the requests were genuine, lift the block with POST ' +
      '/v1/id_number_rate_limit_reset, otherwise let it lapse.',
    vendorText:
      'This ID number has been blocked due to multiple submissions. Please use the designated endpoint to reactivate it.',
    httpStatus: 429,
    field: 'id_number',
    retry: {
      retryable: false,
      action: 'investigate',
      caution:
        'Do not back off and retry: the block lifts only 3 days after the last request for this ' +
        'ID number, so every retry restarts that clock.',
    },
  },
  {
    // A 23xx code with its own meaning: the family rule would wrongly read it as 2214.
    code: '2314',
    kind: 'error',
    category: 'validation',
    reason: 'NO_ZIP_FILE',
    message: 'No zip file was uploaded for the job.',
    remedy: 'Upload the zip (images and info.json) to the upload URL the job request returned.',
    vendorText: 'No Zip File Received',
  },
  // 2413 is overloaded: the vendor text tells the meanings apart. The last two come from the
  // v3 services endpoints, which still answer with v1 codes.
  { code: '2413', ...MISSING_PARAMETER },
  {
    code: '2413',
    kind: 'error',
    category: 'validation',
    reason: 'INVALID_ID_TYPE',
    message: 'The country and id_type pair is invalid or not supported.',
    remedy: 'Send a country and id_type pair from the list of ID types Smile ID supports.',
    vendorText: 'valid id_type is required',
    field: 'id_type',
  },
  {
    // source: smileidentity/api-reference specs/v3/openapi.yaml, GET
    // /v3/services/supported_documents 400 (ServiceErrorResponse).
    code: '2413',
    kind: 'error',
    category: 'validation',
    reason: 'INVALID_COUNTRY_CODE',
    message: 'The country is not a two-letter upper-case ISO 3166-1 alpha-2 code.',
    remedy: 'Send the country as two upper-case letters (NG, KE, ZA, ...).',
    vendorText:
      'Country Code must be a valid ISO 3166-1 alpha-2 country code consisting of exactly two uppercase letters.',
    httpStatus: 400,
    field: 'country',
  },
  {
    // source: smileidentity/api-reference specs/v3/openapi.yaml, GET /v3/services/bank_codes
    // and /v3/services/supported_id_types 403 ("Request blocked (IP blocked)"). Same words as
    // 2205, but here the caller's address is refused, not its signature.
    code: '2413',
    kind: 'error',
    category: 'auth',
    reason: 'CALLER_NOT_ALLOWED',
    message: 'Smile ID refused the caller on a services endpoint: its IP address is blocked.',
    remedy:
      'Call from an address Smile ID allows (check the IP allow-list of this environment in the portal).',
    vendorText: 'You are not authorized to do that.',
    httpStatus: 403,
  },
  {
    code: '2414',
    kind: 'error',
    category: 'account',
    reason: 'ID_VALIDATION_NOT_ACTIVATED',
    message: 'ID Validation is not activated on the partner account.',
    remedy: 'Ask Smile ID to activate ID Validation for your account.',
    vendorText: 'This feature requires you to activate ID Validation for your Smile ID account.',
  },
] as const satisfies readonly ErrorEntrySpec[];

// source: docs.usesmileid.com/further-reading/job-status and
// docs.usesmileid.com/integration-options/rest-api/utilities ("Job status": the codes of the
// job_status call, and the example whose history shows 1210 and 0814).
const JOB_STATUS_CODES = [
  {
    // Success of the job_status call itself, not of the job: the job's verdict is in
    // `result` (and `job_complete` / `job_success`).
    code: '2302',
    kind: 'success',
    reason: 'JOB_STATUS_RETURNED',
    message: 'Smile ID returned the status of the job.',
    remedy: "Read the job's verdict from its result code, or from job_complete and job_success.",
    vendorText: 'Success',
  },
  { code: '2303', ...INVALID_JSON },
  {
    // Validation, not user-state: the call names a job that is not there (wrong ids or
    // environment), which is about the request, not the end user's record. After an
    // uncertain submission it is also the answer that says nothing was recorded.
    code: '2304',
    kind: 'error',
    category: 'validation',
    reason: 'JOB_NOT_FOUND',
    message: 'No job matches this job_id and user_id.',
    remedy:
      'Check job_id, user_id and partner_id and that you query the environment the job was sent ' +
      'to. When checking after an uncertain submission, this means no job was recorded: it is ' +
      'safe to submit it again.',
    vendorText: 'Job not found',
  },
  {
    code: '2305',
    kind: 'error',
    category: 'auth',
    reason: 'INVALID_SEC_KEY',
    message: 'Smile ID did not accept the sec_key of the job status request.',
    remedy:
      'Recompute the sec_key with the API key of this environment and the same timestamp you send.',
    vendorText: 'Invalid sec_key',
  },
  { code: '2307', ...USER_DISABLED },
  { code: '2310', ...USER_NOT_ENROLLED },
  { code: '2313', ...MISSING_PARAMETER, vendorText: 'Missing required parameters' },
] as const satisfies readonly EntrySpec[];

const RETAKE = { action: 'user-action' } as const;

const SPOOF_REMEDY =
  'Do not resubmit automatically. Treat it as a possible fraud attempt under your own policy ' +
  '(block, or send to your manual review); a new capture only after that review.';
const MISMATCH_REMEDY =
  'Do not retry automatically. Treat it as a possible impostor: route it to your fraud or ' +
  'manual-review process.';
const WAIT_REMEDY =
  'Wait for the final result on the callback, or poll job_status; never resubmit the job meanwhile.';

const REVIEW_PENDING = {
  kind: 'outcome',
  verdict: 'provisional',
  final: false,
  remedy: WAIT_REMEDY,
} as const satisfies Partial<OutcomeEntrySpec>;

// source: docs.usesmileid.com/further-reading/result-codes, "Result codes" (0001, and the
// SmartSelfie registration and authentication rows).
const JOB_RESULTS = [
  // 0001 is overloaded; ResultText tells the three apart. They are job-level errors, not
  // verdicts: nothing was judged about the person.
  {
    code: '0001',
    kind: 'error',
    category: 'validation',
    reason: 'DATA_INVALID',
    message: 'One of the job inputs is invalid.',
    remedy:
      'Check the submitted values and images against the product requirements, then submit a new job.',
    vendorText: 'Data Invalid',
  },
  {
    code: '0001',
    kind: 'error',
    category: 'validation',
    reason: 'ZIP_EXTRACTION_FAILED',
    message: 'Smile ID could not extract the uploaded zip file.',
    remedy: 'Archive the images and info.json again as a standard zip and submit a new job.',
    vendorText: 'Data Invalid - Unable to extract zip file',
  },
  {
    code: '0001',
    kind: 'error',
    category: 'retryable',
    reason: 'JOB_SYSTEM_ERROR',
    message: 'Smile ID hit an internal error while processing the job.',
    remedy: 'Submit the job again after a backoff, under a new job_id.',
    vendorText: 'System Error',
    retry: {
      caution:
        'This job is already recorded under its job_id: a resubmission with the same job_id ' +
        'fails with 2215. Check job_status first, then resubmit with a new job_id.',
    },
  },
  // source: docs.usesmileid.com/further-reading/result-codes, "Result codes" table: three more
  // texts under 0001, told apart by the text like the three above.
  {
    // Not the caller's fault and not transient: the authority's record has no photo, so this
    // flow cannot work for this person. A change of flow (another product) is the fix.
    code: '0001',
    kind: 'error',
    category: 'user-state',
    reason: 'ID_AUTHORITY_IMAGE_UNAVAILABLE',
    message: 'The ID authority returned no photo for this ID, so no face comparison was possible.',
    remedy:
      'Verify this person another way (Document Verification, or an ID type whose authority returns a photo); resubmitting the same ID meets the same gap.',
    vendorText: 'ID Authority image not available',
  },
  {
    code: '0001',
    kind: 'error',
    category: 'validation',
    reason: 'ID_CARD_IMAGE_UNUSABLE',
    message: 'The ID card image in the upload was corrupt or missing.',
    remedy: 'Capture the ID card again and submit a new job with it in the zip.',
    vendorText: 'ID Card image unusable',
    retry: RETAKE,
  },
  {
    code: '0001',
    kind: 'error',
    category: 'validation',
    reason: 'SELFIE_IMAGE_UNUSABLE',
    message: 'The selfie in the upload was corrupt or missing.',
    remedy: 'Capture the selfie again and submit a new job with it in the zip.',
    vendorText: 'Selfie image unusable',
    retry: RETAKE,
  },
  // source: docs.smileidentity.com/results/result-and-error-codes (older site), section
  // "General Failures - no further processing possible".
  {
    // The page files it under the result "Rejected"; it is a packaging fault, not a verdict
    // on the person, so it is a validation error like 0001's zip text.
    code: '0903',
    kind: 'error',
    category: 'validation',
    reason: 'ZIP_CORRUPT',
    message: 'Smile ID could not read the uploaded zip.',
    remedy: 'Build the zip again (info.json and the images) and submit a new job with it.',
    vendorText: 'Zip Corrupt',
  },
  {
    code: '0907',
    kind: 'outcome',
    verdict: 'rejected',
    final: true,
    reason: 'SPOOF_STRICT_SETTING',
    message:
      'Rejected outright: with the strict spoof setting on, the machine flagged a possible spoof.',
    remedy: SPOOF_REMEDY,
    vendorText: 'FAIL - Possible Spoof - Strict Setting',
  },
  {
    // Weak source: integrators record 0908 as "issuer not available", to re-run once the ID
    // authority is back (an integrator's API notes in public code, whose repository the index
    // could not name; issue 22). The official SDKs' `Actions` value "Issuer Unavailable"
    // (smileidentity/android, models/JobStatus.kt, ActionResult) is the same event seen per
    // check. Nothing was judged about the person: a job-level error like 1015, retryable as
    // a new job. Its result text is not transcribed: none from Smile ID is on record.
    code: '0908',
    kind: 'error',
    category: 'retryable',
    reason: 'ID_AUTHORITY_UNAVAILABLE',
    message: 'The ID authority (the issuer) was unavailable, so the job could not be completed.',
    remedy:
      'Submit the job again under a new job_id once the ID authority is back; there is no verdict on the person.',
    retry: {
      caution:
        'This job is recorded under its job_id: a retry with the same job_id fails with 2215, so send each retry as a new job_id.',
    },
    // The job ran and stopped at the authority: nothing more will come for it.
    delivery: 'rejected',
  },
  // SmartSelfie registration (job_type 4).
  {
    code: '0840',
    kind: 'outcome',
    verdict: 'approved',
    final: true,
    reason: 'ENROLLED_MACHINE_PASS',
    message: 'Registration passed: the machine found a real face and no spoof.',
    remedy: 'Nothing to do: the user is enrolled.',
    vendorText: 'Enroll User',
  },
  {
    code: '0841',
    kind: 'outcome',
    verdict: 'rejected',
    final: true,
    reason: 'ENROLL_SPOOF_MACHINE',
    message: 'Registration rejected: the machine judged the selfie a likely spoof.',
    remedy: SPOOF_REMEDY,
    vendorText: 'Failed Enroll',
  },
  {
    code: '0844',
    ...REVIEW_PENDING,
    reason: 'ENROLL_SPOOF_UNDER_REVIEW',
    message: 'Registration provisional: a possible spoof was sent to a human reviewer.',
    vendorText: 'PROVISIONAL - Possible Spoof - Machine Judgement',
  },
  {
    code: '0846',
    kind: 'outcome',
    verdict: 'pending',
    final: false,
    reason: 'ENROLL_SPOOF_PENDING',
    message: 'Registration pending: a possible spoof awaits a reviewer.',
    remedy: WAIT_REMEDY,
    vendorText: 'PENDING - Possible Spoof - Machine Judgement',
    deprecated: true,
  },
  {
    code: '0941',
    kind: 'outcome',
    verdict: 'rejected',
    final: true,
    reason: 'NO_FACE_FOUND',
    message: 'Registration rejected: no face was found in the selfie.',
    remedy:
      'Ask the user to capture a new selfie with the face fully in frame, then submit a new job.',
    vendorText: 'FAIL - No Face Found',
    retry: RETAKE,
  },
  {
    code: '0942',
    kind: 'outcome',
    verdict: 'rejected',
    final: true,
    reason: 'IMAGE_QUALITY_TOO_POOR',
    message: 'Registration rejected: the selfie quality is too poor.',
    remedy: 'Ask the user to capture a new, sharper and well-lit selfie, then submit a new job.',
    vendorText: 'FAIL - Image Quality Judged Too Poor',
    retry: RETAKE,
  },
  {
    code: '1240',
    kind: 'outcome',
    verdict: 'approved',
    final: true,
    reason: 'ENROLLED_HUMAN_PASS',
    message: 'Registration passed: a human reviewer found no fraud attempt.',
    remedy: 'Nothing to do: the user is enrolled.',
    vendorText: 'Enroll User',
  },
  {
    code: '1241',
    kind: 'outcome',
    verdict: 'rejected',
    final: true,
    reason: 'IMAGE_UNUSABLE',
    message: 'Registration rejected: a human reviewer found the selfie too dark or too blurry.',
    remedy:
      'Ask the user to capture a new selfie in better light, holding still, then submit a new job.',
    vendorText: 'Failed Enroll',
    retry: RETAKE,
  },
  {
    code: '1242',
    kind: 'outcome',
    verdict: 'rejected',
    final: true,
    reason: 'ENROLL_SPOOF_HUMAN',
    message: 'Registration rejected: a human reviewer detected a possible spoof.',
    remedy: SPOOF_REMEDY,
    vendorText: 'Failed Enroll',
  },
  // SmartSelfie authentication (job_type 2).
  {
    code: '0820',
    kind: 'outcome',
    verdict: 'approved',
    final: true,
    reason: 'AUTHENTICATED_MACHINE_PASS',
    message: 'Authentication passed: the machine matched the selfie to the one on file.',
    remedy: 'Nothing to do: the user is authenticated.',
    vendorText: 'Authenticate User',
  },
  {
    code: '0821',
    kind: 'outcome',
    verdict: 'rejected',
    final: true,
    reason: 'FACE_MISMATCH_MACHINE',
    message: 'Authentication rejected: the selfie does not match the one on file.',
    remedy: MISMATCH_REMEDY,
    vendorText: 'Failed Authentication',
  },
  {
    // "Pure provisional": the compare passed provisionally and waits on a reviewer.
    code: '0822',
    ...REVIEW_PENDING,
    reason: 'AUTH_PROVISIONAL',
    message: 'Authentication provisionally approved, waiting on a human reviewer.',
    vendorText: 'Machine Judgement - PURE PROVISIONAL',
  },
  {
    code: '0823',
    kind: 'outcome',
    verdict: 'rejected',
    final: true,
    reason: 'AUTH_SPOOF_MACHINE',
    message: 'Authentication rejected: the machine judged the selfie a likely spoof.',
    remedy: SPOOF_REMEDY,
    vendorText: 'Failed Authentication',
    deprecated: true,
  },
  {
    code: '0824',
    ...REVIEW_PENDING,
    reason: 'AUTH_SPOOF_UNDER_REVIEW',
    message: 'Authentication provisional: a possible spoof was sent to a human reviewer.',
    vendorText: 'Machine Judgement - PROVISIONAL - Possible Spoof',
  },
  {
    code: '0825',
    ...REVIEW_PENDING,
    reason: 'AUTH_COMPARE_UNDER_REVIEW',
    message:
      'Authentication provisional: the machine was unsure of the match; a reviewer compares.',
    vendorText: 'Machine Judgement - PROVISIONAL - Machine Compare Unsure',
  },
  {
    code: '0921',
    kind: 'outcome',
    verdict: 'rejected',
    final: true,
    reason: 'NO_FACE_FOUND',
    message: 'Authentication rejected: no face was found in the selfie.',
    remedy:
      'Ask the user to capture a new selfie with the face fully in frame, then submit a new job.',
    vendorText: 'FAIL - No Face Found',
    retry: RETAKE,
  },
  {
    code: '0922',
    kind: 'outcome',
    verdict: 'rejected',
    final: true,
    reason: 'IMAGE_QUALITY_TOO_POOR',
    message: 'Authentication rejected: the selfie quality is too poor.',
    remedy: 'Ask the user to capture a new, sharper and well-lit selfie, then submit a new job.',
    vendorText: 'FAIL - Image Quality Judged Too Poor',
    retry: RETAKE,
  },
  {
    code: '1220',
    kind: 'outcome',
    verdict: 'approved',
    final: true,
    reason: 'AUTHENTICATED_HUMAN_PASS',
    message: 'Authentication passed: a human reviewer confirmed both images show the same person.',
    remedy: 'Nothing to do: the user is authenticated.',
    vendorText: 'Authenticate User',
  },
  {
    code: '1221',
    kind: 'outcome',
    verdict: 'rejected',
    final: true,
    reason: 'FACE_MISMATCH_HUMAN',
    message: 'Authentication rejected: a human reviewer found the images show different people.',
    remedy: MISMATCH_REMEDY,
    vendorText: 'Failed Authentication',
  },
  {
    code: '1222',
    kind: 'outcome',
    verdict: 'rejected',
    final: true,
    reason: 'AUTH_SPOOF_HUMAN',
    message: 'Authentication rejected: a human reviewer detected a possible spoof.',
    remedy: SPOOF_REMEDY,
    vendorText: 'Failed Authentication',
  },
  // Seen only in the history entries of the job_status example; their meaning is read from
  // the example's result text, as no result-code table lists them.
  {
    // Human-judgement range (12xx) with the enrolment text of 0840/1240: a final approval.
    code: '1210',
    kind: 'outcome',
    verdict: 'approved',
    final: true,
    reason: 'ENROLLED',
    message: 'Enrolment passed.',
    remedy: 'Nothing to do: the user is enrolled.',
    vendorText: 'Enroll User',
  },
  {
    code: '0814',
    ...REVIEW_PENDING,
    reason: 'ENROLL_UNDER_REVIEW',
    message: 'Enrolment provisional, under human review.',
    vendorText: 'Provisional Enroll - Under Review',
  },
  // 081x: the results of jobs that enrol a user against an ID (Biometric KYC, job_type 1;
  // Document Verification, job_type 6). No result-code table for them could be read; each
  // entry says what it rests on. Approval only where an official Smile ID source shows the
  // code as an approval; the others are read from their own words.
  {
    // Source: smileidentity/smile-identity-core-python, README.md, the job_status and
    // callback examples (job_type 1, job_success true, IsFinalResult "true", every action
    // passed or not applicable). An approval, as 0840 and 1240 with the same text are.
    code: '0810',
    kind: 'outcome',
    verdict: 'approved',
    final: true,
    reason: 'ENROLLED_ID_VERIFIED',
    message: 'Biometric KYC passed: the ID was verified and the user enrolled.',
    remedy: 'Nothing to do: the user is verified and enrolled.',
    vendorText: 'Enroll User',
  },
  {
    // Source: smileidentity/android @ 4e32f72638b8afb40509d6207410379c63547e80,
    // lib/src/test/java/com/smileidentity/networking/JobResultAdapterTest.kt, "should parse
    // Document Verification job result entry" (job_type 6; Verify_Document and
    // Human_Review_Compare passed). The text itself says a reviewer verified it: final.
    code: '0810',
    kind: 'outcome',
    verdict: 'approved',
    final: true,
    reason: 'DOCUMENT_VERIFIED_HUMAN',
    message: 'Document Verification passed after a human review.',
    remedy: 'Nothing to do: the document and the selfie were verified.',
    vendorText: 'Document Verified After Human Review',
  },
  {
    // Weak source: the text as integrators record it (issue 22, measured traffic; also an
    // integrator's API notes in public code, whose repository the index could not name).
    // No Smile ID page shows it. The words are unambiguous, and they are those of the final
    // machine rejections 0821 and 0841 ("Failed Enroll", "FAIL"): the machine rejected the
    // face comparison, so the enrolment failed.
    code: '0811',
    kind: 'outcome',
    verdict: 'rejected',
    final: true,
    reason: 'ENROLL_COMPARE_REJECTED',
    message: 'Enrolment rejected: the machine found the selfie does not match the ID photo.',
    remedy: MISMATCH_REMEDY,
    vendorText: 'Failed Enroll Machine Judgement - FAIL - Compare Rejected',
  },
  {
    // Weak source, as 0811. "Pure Provisional" is defined by Smile ID
    // (docs.smileidentity.com/results/result-and-error-codes, "Provisionally Approved"): the
    // image comparison was provisionally approved but the ID validation failed or returned
    // nothing, and the job awaits a human review. So provisional and not final, as 0822
    // ("Machine Judgement - PURE PROVISIONAL") is.
    code: '0812',
    ...REVIEW_PENDING,
    reason: 'ENROLL_PURE_PROVISIONAL',
    message:
      'Enrolment provisional: the face comparison passed, but the ID could not be validated; a human review follows.',
    vendorText: 'Machine Judgement - Pure Provisional',
  },
] as const satisfies readonly EntrySpec[];

// Enhanced KYC: the ID authority lookup. The vendor texts are not transcribed (the seeds
// give only the meanings), except 1012's, which the job_status example shows.
// source: docs.usesmileid.com/further-reading/result-codes, "Result codes" (Enhanced KYC rows;
// the table gives 1012 the text "Valid ID", the job_status example "ID Validated").
const ENHANCED_KYC_RESULTS = [
  {
    code: '1012',
    kind: 'outcome',
    verdict: 'approved',
    final: true,
    reason: 'ID_VALIDATED',
    message: 'The ID authority validated the ID number.',
    remedy: 'Nothing to do: the ID is valid.',
    vendorText: 'ID Validated',
  },
  {
    // A verdict, not a validation error: the lookup ran on a well-formed number (1014 covers
    // bad formats) and the authority has no such ID. The user may have mistyped it, so they
    // may enter it again, but repeated misses are a fraud signal.
    code: '1013',
    kind: 'outcome',
    verdict: 'rejected',
    final: true,
    reason: 'ID_NUMBER_NOT_FOUND',
    message: 'The ID authority has no record of this ID number.',
    remedy:
      'Ask the user to check and re-enter the ID number, then submit a new job; cap the attempts, as repeated misses suggest a made-up number.',
    retry: RETAKE,
  },
  {
    code: '1014',
    kind: 'error',
    category: 'validation',
    reason: 'UNSUPPORTED_ID_NUMBER_FORMAT',
    message: 'The ID number does not have the format this ID type requires.',
    remedy: "Validate the ID number against the ID type's documented format before submitting.",
    field: 'id_number',
  },
  {
    // The lookup never happened, so the answer is transient; the job itself is recorded.
    code: '1015',
    kind: 'error',
    category: 'retryable',
    reason: 'ID_AUTHORITY_UNAVAILABLE',
    message: 'The ID authority could not be reached for the lookup.',
    remedy:
      'Retry later with backoff, or use the asynchronous Enhanced KYC endpoint, which waits for the authority and answers on the callback.',
    retry: {
      caution:
        'This job is recorded under its job_id: a retry with the same job_id fails with 2215, so send each retry as a new job_id.',
    },
    // The vendor answered and did not query the authority: nothing was done on the request.
    delivery: 'rejected',
  },
  {
    code: '1016',
    kind: 'error',
    category: 'account',
    reason: 'PRODUCT_NEEDS_ACTIVATION',
    message: 'Enhanced KYC for this ID type is not activated on the partner account.',
    remedy: 'Ask Smile ID to activate the product (and this ID type) for your account.',
  },
  {
    code: '1020',
    kind: 'outcome',
    verdict: 'approved',
    final: true,
    reason: 'EXACT_MATCH',
    message: "The user's details match the ID authority's record exactly.",
    remedy: 'Nothing to do: the details are confirmed.',
  },
  {
    // Provisional but final: the details matched only in part, and no reviewer will look
    // again, so there is nothing to wait for. Your risk policy decides.
    // Disputable: the "Result codes" table (docs.usesmileid.com/further-reading/result-codes)
    // files 1021 under the category Approved ("partially/exactly match"). Kept provisional on
    // purpose: an integrator who auto-approves `approved` should not auto-approve a partial
    // match without a policy that says so.
    code: '1021',
    kind: 'outcome',
    verdict: 'provisional',
    final: true,
    reason: 'PARTIAL_MATCH',
    message: "The user's details match the ID authority's record only in part.",
    remedy:
      'Decide by your risk policy: accept, ask the user to correct their details, or route it to manual review. Waiting changes nothing.',
    retry: { action: 'none' },
  },
  {
    code: '1022',
    kind: 'outcome',
    verdict: 'rejected',
    final: true,
    reason: 'NO_MATCH',
    message: "The user's details do not match the ID authority's record.",
    remedy: MISMATCH_REMEDY,
  },
  {
    // Like 1013: the authority answered that it has no record, a verdict on the identity.
    code: '1023',
    kind: 'outcome',
    verdict: 'rejected',
    final: true,
    reason: 'ID_NOT_FOUND',
    message: 'The ID authority found no record to match the details against.',
    remedy:
      'Ask the user to check the ID type and number, then submit a new job; cap the attempts.',
    retry: RETAKE,
  },
] as const satisfies readonly EntrySpec[];

// source: smileidentity/smile-identity-core-js test/fixtures/business_verification_response.json
// @ aef10c75165fc753309824a934377bbabc88bf33: Business Verification answers with ResultCode 1012
// and the text "Business Verified"; the text tells it apart from the Enhanced KYC 1012.
const BUSINESS_VERIFICATION_RESULTS = [
  {
    code: '1012',
    kind: 'outcome',
    verdict: 'approved',
    final: true,
    reason: 'BUSINESS_VERIFIED',
    message: 'The business registry confirmed the business registration.',
    remedy: 'Nothing to do: the business is verified.',
    vendorText: 'Business Verified',
  },
] as const satisfies readonly EntrySpec[];

// source: smileidentity/api-reference specs/v3/openapi.yaml @ 0235c867, POST /v3/aml callback
// examples, whose summaries name the result codes: "1031 — no matches found", "1030/1023 —
// potential match(es) identified", "1017 — news media only". No v1 result text was sourced for
// any of the three, so none has a vendorText. (1023 is catalogued above as Enhanced KYC "not
// found"; the AML label reads as a match instead. Both are rejections, so the verdict holds.)
const AML_RESULTS = [
  {
    code: '1031',
    kind: 'outcome',
    verdict: 'approved',
    final: true,
    reason: 'AML_NO_MATCH',
    message: 'The AML screening found no sanctions, PEP or adverse-media match.',
    remedy: 'Carry on with onboarding; keep the job id with the customer record for audits.',
  },
  {
    // Disputable: follows the v3 status of the same example (`block`). Many compliance teams
    // treat a potential match as a case to review rather than a refusal; the remedy says so.
    code: '1030',
    kind: 'outcome',
    verdict: 'rejected',
    final: true,
    reason: 'AML_MATCH_FOUND',
    message: 'The AML screening found potential sanctions or PEP matches.',
    remedy:
      'Do not onboard automatically. Have the matches reviewed by hand (common names give false positives) and decide by your compliance policy.',
  },
  {
    // Follows the v3 status of the same example (`attention`): screened, with something for
    // the partner to weigh; Smile ID will not look again, so it is final.
    code: '1017',
    kind: 'outcome',
    verdict: 'provisional',
    final: true,
    reason: 'AML_NEWS_MEDIA_ONLY',
    message: 'The AML screening matched the person in adverse news media only.',
    remedy:
      'Review the news categories found and decide by your risk policy. Waiting changes nothing.',
    retry: { action: 'none' },
  },
] as const satisfies readonly EntrySpec[];

// ---------------------------------------------------------------------------------------------
// v3 REST API (docs.usesmileid.com API reference). Unless a comment says otherwise, the source
// is Smile ID's OpenAPI bundle: smileidentity/api-reference, specs/v3/openapi.yaml @
// 0235c867d9eb863bc337a730953f9606b91f81ab, cited as operation, status and example name.
// ---------------------------------------------------------------------------------------------

const V3_RESUBMIT_CAUTION =
  'A v3 submission carries no idempotency key: sending it again creates a second job, billed ' +
  'again. Read GET /v3/status/{job_id} (or wait for the callback) first, and submit again only ' +
  'when no job was recorded or it ended in error.';

// v3 errors arrive without a code: `{"status":"Forbidden","message":"..."}`, where `status` is
// the reason phrase, or the API gateway's `{"status":"unauthorized","message":"...",
// "job_id":null,"user_id":null}`. Each documented message gets a descriptive key (`native:
// false`), reached through a message rule scoped by HTTP status (rules.ts).
const V3_REQUEST_ERRORS = [
  // -- 400 -------------------------------------------------------------------------------------
  // source: entry endpoints 400 missingCountry, missingSelfie, missingDocument, missingIdType,
  // invalidConsent, missingVisa, missingComparisonImage; /v3/aml missingCountries,
  // missingFullName, missingUserIdForSearch; report_fraud missingReason, missingNotesOnUnblock;
  // /v3/smile_links missingName; /v3/address missingAddress, missingIdentifier;
  // /v3/services/id_status missingCountry; AML news 400 (news_category).
  {
    code: 'REQUIRED_FIELD_INVALID',
    native: false,
    kind: 'error',
    category: 'validation',
    reason: 'REQUIRED_FIELD_INVALID',
    message: 'A field the endpoint needs is absent, or its value was refused.',
    remedy:
      'Send the field the message names with a value of the documented type (in multipart requests, arrays and objects go as JSON strings).',
    vendorText: "Required field 'country' is missing or invalid.",
    httpStatus: 400,
  },
  // source: /v3/aml 400 futureConsent
  {
    code: 'CONSENT_IN_FUTURE',
    native: false,
    kind: 'error',
    category: 'validation',
    reason: 'CONSENT_IN_FUTURE',
    message: 'The consent time lies in the future.',
    remedy:
      'Send consent.granted_at as the moment consent was really given, with its time zone, from a clock that is not ahead.',
    vendorText: "Required field 'consent.granted_at' cannot be set in the future.",
    httpStatus: 400,
    field: 'consent.granted_at',
  },
  // source: /v3/enhanced_kyc/sync 400 missingConsent
  {
    code: 'CONSENT_REQUIRED',
    native: false,
    kind: 'error',
    category: 'validation',
    reason: 'CONSENT_REQUIRED',
    message: 'The request carries no consent.',
    remedy: 'Add the consent object (granted, granted_at and the notice fields) to the request.',
    vendorText: 'consent is required',
    httpStatus: 400,
    field: 'consent',
  },
  // source: entry endpoints 400 missingContact; /v3/aml and /v3/aml/monitoring missingContact
  // (the "user_details." spelling)
  {
    code: 'CONTACT_REQUIRED',
    native: false,
    kind: 'error',
    category: 'validation',
    reason: 'CONTACT_REQUIRED',
    message: 'The request gives neither an email address nor a phone number for the user.',
    remedy: 'Send an email address or a phone number (E.164, with the leading +); one is enough.',
    vendorText: 'Either email or phone_number is required.',
    httpStatus: 400,
    field: 'user_details',
  },
  // source: /v3/enhanced_kyc invalidEmail, invalidPhone; /v3/aml invalidBirthYear,
  // invalidStrictMatch, tooManyAliases, aliasTooLong; /v3/compare invalidComparisonType;
  // /v3/residency_document_verification invalidIdType; report_fraud invalidReason,
  // notesTooLong, invalidEmail; /v3/address unsupportedCountry; id_status invalidCountry;
  // AML news 400; GET /v3/smile_links/{refId} 400
  {
    code: 'FIELD_INVALID',
    native: false,
    kind: 'error',
    category: 'validation',
    reason: 'FIELD_INVALID',
    message: 'A field is present, but its value breaks the documented format, length or set.',
    remedy: 'Correct the field the message names to the documented format, length or values.',
    vendorText: "Field 'email' is invalid.",
    httpStatus: 400,
  },
  // source: /v3/enhanced_kyc and /v3/biometric_kyc 400 invalidIdFormat. The v3 form of v1 1014.
  {
    code: 'INVALID_ID_NUMBER_FORMAT',
    native: false,
    kind: 'error',
    category: 'validation',
    reason: 'UNSUPPORTED_ID_NUMBER_FORMAT',
    message: 'The ID number does not fit the pattern of its country and ID type.',
    remedy:
      'Check the number against the pattern GET /v3/services/supported_id_types gives for the country and ID type before sending.',
    vendorText: 'Invalid ID number format for the specified country and ID type.',
    httpStatus: 400,
    field: 'id_number',
  },
  // source: entry endpoints 400 missingCallbackUrl
  {
    code: 'CALLBACK_URL_REQUIRED',
    native: false,
    kind: 'error',
    category: 'validation',
    reason: 'CALLBACK_URL_REQUIRED',
    message: 'No callback URL was given, and the account has no default one.',
    remedy:
      'Send a callback_url on an allowed domain, or set a default callback URL for this environment in the portal.',
    vendorText:
      'A valid callback_url is required in the request or a default callback URL must be configured in the portal.',
    httpStatus: 400,
    field: 'callback_url',
  },
  // source: POST /v3/replay/{job_id} 400 noCallbackUrl
  {
    code: 'NO_CALLBACK_URL_FOR_REPLAY',
    native: false,
    kind: 'error',
    category: 'validation',
    reason: 'CALLBACK_URL_REQUIRED',
    message: 'The replay has nowhere to send the callback: none was stored or given.',
    remedy: 'Pass a callback_url with the replay, or configure a default callback URL.',
    vendorText: 'No valid callback URL available',
    httpStatus: 400,
    field: 'callback_url',
  },
  // source: POST /v3/replay/{job_id} 400 unknownProduct
  {
    // A 400, but nothing in the request decides the product: a person must look.
    code: 'REPLAY_PRODUCT_UNKNOWN',
    native: false,
    kind: 'error',
    category: 'unknown',
    reason: 'REPLAY_PRODUCT_UNKNOWN',
    message:
      'Smile ID could not tell which product the job belongs to, so it cannot rebuild the callback.',
    remedy: 'Send the job_id to Smile ID support; replaying again gives the same answer.',
    vendorText: 'Unable to determine product for this job',
    httpStatus: 400,
  },
  // source: POST /v3/replay/{job_id} 400 invalidJobId; GET /v3/status/{jobId} 400
  {
    code: 'INVALID_JOB_ID',
    native: false,
    kind: 'error',
    category: 'validation',
    reason: 'INVALID_JOB_ID',
    message: "The job id is not a TypeID with the 'job_' prefix.",
    remedy: 'Use the job_id Smile ID returned when the job was accepted.',
    vendorText: '"job_id" must be a valid TypeID with prefix \'job_\'',
    httpStatus: 400,
    field: 'job_id',
  },
  // source: document endpoints 400 invalidDocumentMime
  {
    code: 'DOCUMENT_IMAGE_TYPE_INVALID',
    native: false,
    kind: 'error',
    category: 'validation',
    reason: 'DOCUMENT_IMAGE_TYPE_INVALID',
    message: 'A document image is neither JPEG nor PNG.',
    remedy: 'Send the document images as JPEG or PNG files.',
    vendorText: 'Document image must be JPEG or PNG.',
    httpStatus: 400,
    field: 'document',
  },
  // source: POST /v3/token 400 missingHeader
  {
    code: 'TOKEN_HEADER_MISSING',
    native: false,
    kind: 'error',
    category: 'auth',
    reason: 'CREDENTIAL_HEADER_MISSING',
    message: 'The token request lacks a credential header.',
    remedy:
      'Send smileid-partner-id (digits, no leading zeros) and smileid-api-key with POST /v3/token.',
    vendorText: 'smileid-partner-id header is required.',
    httpStatus: 400,
  },
  // source: GET /v3/services/id_status 400 noData
  {
    code: 'ID_STATUS_NO_DATA',
    native: false,
    kind: 'error',
    category: 'validation',
    reason: 'ID_STATUS_NO_DATA',
    message: 'Smile ID has no availability data for this country and ID type.',
    remedy:
      'Check the country and ID type pair; if it is valid, treat the authority status as unknown and ask again later.',
    vendorText: 'No data found. Check that NG and BVN are valid inputs',
    httpStatus: 400,
  },
  // source: GET /v3/services/id_status 400 invalidIdType
  {
    code: 'ID_TYPE_INVALID_FOR_COUNTRY',
    native: false,
    kind: 'error',
    category: 'validation',
    reason: 'INVALID_ID_TYPE',
    message: 'Smile ID does not support this ID type for that country.',
    remedy: 'Pick an ID type GET /v3/services/supported_id_types lists for the country.',
    vendorText: 'Invalid id_type for the given country',
    httpStatus: 400,
    field: 'id_type',
  },
  // -- 401 -------------------------------------------------------------------------------------
  // source: entry endpoints, /v3/token, /v3/status, /v3/replay 401; smileidentity/smileid-sdk-js
  // @ 8192a9b4 src/client/transport.ts and src/client/auth.ts (a 401 drops the cached token,
  // fetches a new one and repeats once).
  {
    code: 'INVALID_CREDENTIALS',
    native: false,
    kind: 'error',
    category: 'auth',
    reason: 'INVALID_CREDENTIALS',
    message: 'Smile ID refused the token or the credentials of this call.',
    remedy:
      'Fetch a new token with POST /v3/token and repeat once; if that fails too, check the partner id and API key and that both belong to the environment you call.',
    vendorText: 'Invalid authentication credentials.',
    httpStatus: 401,
    retry: {
      retryable: true,
      action: 'refresh-credentials',
      caution:
        'Refresh once only, as the official v3 SDKs do: a second 401 means the key or the partner id is wrong.',
    },
  },
  // source: smileidentity/smileid-sdk-php @ 0ad6c84af55198a711f9703703dcb4bdd27f47c1,
  // tests/TokenLifecycleTest.php, testRefreshOn401OnceThenSuccess: the 401 body of a token past
  // its 15 minutes. Both official v3 SDKs (php src/Client/Transport.php, js
  // src/client/transport.ts) fetch a new token and repeat the call once.
  {
    code: 'TOKEN_EXPIRED_V3',
    native: false,
    kind: 'error',
    category: 'auth',
    reason: 'TOKEN_EXPIRED',
    message: 'The SmileID-Token has expired (a v3 token lives 15 minutes).',
    remedy: 'Fetch a new token with POST /v3/token and repeat the call once.',
    vendorText: 'Token expired',
    httpStatus: 401,
    retry: {
      retryable: true,
      action: 'refresh-credentials',
      caution:
        'Refresh once only, as the official v3 SDKs do: a 401 after a fresh token is not an expiry.',
    },
  },
  // source: POST /v3/users/{user_id}/report_fraud 401; GET /v3/services/id_status 401. An
  // expired token has its own text ("Token expired", above); "Invalid token" is a token that is
  // malformed, altered or from the other environment, which a refresh from the same setup
  // does not mend: a configuration error (issue 22).
  {
    code: 'INVALID_TOKEN_V3',
    native: false,
    kind: 'error',
    category: 'auth',
    reason: 'INVALID_TOKEN',
    message: 'Smile ID refused the SmileID-Token: malformed, altered or from another environment.',
    remedy:
      'Send the token exactly as POST /v3/token returned it, in the SmileID-Token header, and fetch it from the same environment (sandbox or production) as the call.',
    vendorText: 'Invalid token',
    httpStatus: 401,
  },
  // source: /v3/enhanced_kyc/sync 401 (GatewayErrorResponse, status "unauthorized");
  // /v3/smile_links 401 (status "Unauthorized", same message)
  {
    code: 'GATEWAY_UNAUTHORIZED',
    native: false,
    kind: 'error',
    category: 'auth',
    reason: 'INVALID_CREDENTIALS',
    message: "Smile ID's API gateway refused the call: the token is missing, malformed or refused.",
    remedy: 'Send a current SmileID-Token (fetch one with POST /v3/token) and repeat once.',
    vendorText: 'Missing or invalid authentication credentials.',
    httpStatus: 401,
    retry: { retryable: true, action: 'refresh-credentials' },
  },
  // -- 402 -------------------------------------------------------------------------------------
  // source: entry endpoints 402 ("Insufficient wallet balance."); /v3/enhanced_kyc/sync and
  // /v3/aml/sync 402 ("You are out of credits. ..."). Also Smile ID's meaning of a bare 402.
  {
    code: 'INSUFFICIENT_WALLET_BALANCE',
    native: false,
    kind: 'error',
    category: 'account',
    reason: 'INSUFFICIENT_WALLET_BALANCE',
    message: 'The Smile ID wallet has too little balance for this job.',
    remedy: 'Fund the wallet in the Smile ID portal, then submit again.',
    vendorText: 'Insufficient wallet balance.',
    httpStatus: 402,
  },
  // -- 403 -------------------------------------------------------------------------------------
  // source: entry endpoints 403 productAccess; AML news 403
  {
    code: 'PRODUCT_NOT_ENABLED',
    native: false,
    kind: 'error',
    category: 'account',
    reason: 'PRODUCT_NOT_ACTIVATED',
    message: 'The product is not enabled for this partner account.',
    remedy:
      'Ask Smile ID (support or your account manager) to enable the product in this environment.',
    vendorText: 'Product not enabled for this partner.',
    httpStatus: 403,
  },
  // source: /v3/enhanced_kyc, /v3/biometric_kyc, /v3/enhanced_document_verification 403
  // idTypeDisabled
  {
    code: 'ID_TYPE_NOT_ENABLED',
    native: false,
    kind: 'error',
    category: 'account',
    reason: 'ID_TYPE_NOT_ENABLED',
    message: 'The ID type is not enabled for this partner account.',
    remedy:
      'Ask Smile ID to enable the country and ID type for the account, or use one that is enabled.',
    vendorText: 'ID type not enabled for this partner.',
    httpStatus: 403,
    field: 'id_type',
  },
  // source: entry endpoints 403 productionAccess (/v3/enhanced_kyc/sync says it with 2220's text)
  {
    code: 'PRODUCTION_ACCESS_NOT_ENABLED',
    native: false,
    kind: 'error',
    category: 'account',
    reason: 'PRODUCTION_NOT_ENABLED',
    message: 'The account may not use the production environment yet.',
    remedy:
      'Finish the go-live steps (your own KYC with Smile ID) in the portal; use the sandbox until then.',
    vendorText: 'Production access is not enabled.',
    httpStatus: 403,
  },
  // source: entry endpoints 403 sdkVersion
  {
    // Disputable: not a credential, but the fix is in the integration's configuration
    // (fix-config), so `auth`; `account` would also be defensible.
    code: 'SDK_VERSION_NOT_ALLOWED',
    native: false,
    kind: 'error',
    category: 'auth',
    reason: 'SDK_VERSION_NOT_ALLOWED',
    message: 'Smile ID no longer accepts the SDK version the request names.',
    remedy: 'Upgrade the Smile ID SDK, or correct the SmileID-Source-SDK-Version header.',
    vendorText: 'SDK version not allowed.',
    httpStatus: 403,
  },
  // source: /v3/aml userIdConflict; /v3/aml/monitoring userIdMismatch
  {
    // Disputable: `validation` (the request contradicts its own token); `auth` would also do.
    code: 'TOKEN_USER_ID_MISMATCH',
    native: false,
    kind: 'error',
    category: 'validation',
    reason: 'TOKEN_USER_ID_MISMATCH',
    message: 'The user id of the request and the one the token was issued for differ.',
    remedy: 'Send one user id throughout, or fetch a token for this user id.',
    vendorText: 'Token is not authorized for this user ID.',
    httpStatus: 403,
    field: 'user_id',
  },
  // source: /v3/status/{jobId} 403 (IP not in the allow-list); /v3/replay 403 (IP, callback
  // domain, security checks); report_fraud 403 (IP blocked); /v3/enhanced_kyc/sync
  // ipNotAllowed. "Callback url not allowed." and "IP address not allowed." come only from a
  // secondary copy of the errors page (api-evangelist/smile-identity @ 9f416797
  // errors/smile-identity-problem-types.yml).
  {
    // The v1 2205 sends the same words for a bad signature; this key is reached only by a
    // body without a code at HTTP 403.
    code: 'NOT_AUTHORIZED_V3',
    native: false,
    kind: 'error',
    category: 'auth',
    reason: 'CALLER_NOT_ALLOWED',
    message:
      'Smile ID refused the caller: its IP address is blocked or not allow-listed, or the callback domain is not allowed.',
    remedy:
      'Check the IP allow-list and the allowed callback domains of this environment in the portal, and call from an allowed address.',
    vendorText: 'You are not authorized to do that.',
    httpStatus: 403,
  },
  // source: POST /v3/smile_links 403, GET /v3/smile_links/{refId} 403
  {
    code: 'NOT_ALLOWED_V3',
    native: false,
    kind: 'error',
    category: 'auth',
    reason: 'CALLER_NOT_ALLOWED',
    message:
      'Smile ID refused the caller: the IP address is blocked or not allow-listed, or production is not enabled.',
    remedy: 'Check the IP allow-list, and that production is enabled for the account.',
    vendorText: 'You are not allowed to do that.',
    httpStatus: 403,
  },
  // -- 404 -------------------------------------------------------------------------------------
  // source: POST /v3/replay/{job_id} 404 referenceNotFound
  {
    code: 'JOB_REFERENCE_NOT_FOUND',
    native: false,
    kind: 'error',
    category: 'unknown',
    reason: 'JOB_REFERENCE_NOT_FOUND',
    message: 'The job exists but its callback cannot be rebuilt: its reference is missing.',
    remedy: 'Send the job_id to Smile ID support.',
    vendorText: 'Reference not found for this job',
    httpStatus: 404,
  },
  // source: POST /v3/users/{user_id}/report_fraud 404
  {
    code: 'FRAUD_REPORT_USER_NOT_FOUND',
    native: false,
    kind: 'error',
    category: 'user-state',
    reason: 'USER_NOT_ENROLLED',
    message: 'No enrolled user with this user id exists for the partner.',
    remedy: 'Use the user id the person was enrolled under; only enrolled users can be reported.',
    vendorText: 'User not found',
    httpStatus: 404,
    field: 'user_id',
  },
  // source: /v3/aml, /v3/aml/sync, /v3/aml/monitoring 404 noEnrollee (the meaning of v1 2210)
  {
    code: 'NO_ENROLLED_USER_FOR_PARTNER',
    native: false,
    kind: 'error',
    category: 'user-state',
    reason: 'USER_NOT_ENROLLED',
    message: 'The screening was asked to reuse an enrolled user, and this user id is not one.',
    remedy:
      'Screen with the name and countries given in the request, or enrol the user first (Biometric KYC or Document Verification).',
    vendorText: 'No enrolled user found for this partner.',
    httpStatus: 404,
    field: 'user_id',
  },
  // source: /v3/aml, /v3/aml/monitoring 404 noUsablePriorRecord
  {
    code: 'NO_USABLE_PRIOR_KYC_RECORD',
    native: false,
    kind: 'error',
    category: 'user-state',
    reason: 'NO_USABLE_PRIOR_KYC_RECORD',
    message: 'The enrolled user has no earlier KYC record with a usable name and country.',
    remedy:
      'Send the name and countries in the request instead, or run a KYC job for the user first.',
    vendorText: 'No prior KYC record with a usable name and country was found for this user.',
    httpStatus: 404,
  },
  // source: GET /v3/aml/monitoring/{job_id}/news/{reference} 404
  {
    code: 'AML_JOB_NOT_FOUND',
    native: false,
    kind: 'error',
    category: 'validation',
    reason: 'JOB_NOT_FOUND',
    message: 'No AML job with this id exists for the partner.',
    remedy: 'Use the job_id of one of your AML monitoring jobs.',
    vendorText: 'No AML job found for this partner',
    httpStatus: 404,
    field: 'job_id',
  },
  {
    code: 'AML_REFERENCE_NOT_FOUND',
    native: false,
    kind: 'error',
    category: 'validation',
    reason: 'AML_REFERENCE_NOT_FOUND',
    message: "The person reference is not among this AML job's results.",
    remedy: "Take the reference from the people listed in that job's result.",
    vendorText: 'REF not found for this AML job',
    httpStatus: 404,
    field: 'reference',
  },
  // source: GET /v3/smile_links/{refId} 404
  {
    code: 'LINK_NOT_FOUND',
    native: false,
    kind: 'error',
    category: 'validation',
    reason: 'LINK_NOT_FOUND',
    message: 'No Smile Link with this id exists for the partner.',
    remedy: 'Use the id Smile ID returned when the link was created.',
    vendorText: 'Link not found',
    httpStatus: 404,
  },
  // -- 408 / 424: the synchronous endpoints ---------------------------------------------------
  // source: /v3/enhanced_kyc/sync 408 (with a SmileID-Job-ID header) and its description
  {
    // The job is recorded and its lookup billed: read its status, never resubmit.
    code: 'ID_AUTHORITY_TIMEOUT_SYNC',
    native: false,
    kind: 'error',
    category: 'retryable',
    reason: 'ID_AUTHORITY_TIMEOUT',
    message:
      'The ID authority did not answer within the synchronous deadline; the job is recorded.',
    remedy:
      'Read the result from GET /v3/status/{job_id} with the SmileID-Job-ID header of this answer; do not submit again.',
    vendorText:
      'The ID authority did not respond in time. The job is still recorded — retrieve its result from /v3/status/{job_id}.',
    httpStatus: 408,
    retry: { retryable: false, action: 'check-status', caution: V3_RESUBMIT_CAUTION },
  },
  // source: /v3/aml/sync 408 and its description (the job ends in error, nothing is billed,
  // submit again with the same SmileID-Idempotency-Key)
  {
    // Disputable: the message says to read the status; the endpoint description says the
    // status will only ever show the error and to submit again. We follow the description.
    code: 'SCREENING_PROVIDER_TIMEOUT_SYNC',
    native: false,
    kind: 'error',
    category: 'retryable',
    reason: 'SCREENING_PROVIDER_TIMEOUT',
    message:
      'The screening provider did not answer in time; the job ended in error and was not billed.',
    remedy:
      'Submit the screening again with the same SmileID-Idempotency-Key; its recorded job will only ever show the error.',
    vendorText:
      'The screening provider did not respond in time. The job is still recorded — retrieve its result from /v3/status/{job_id}.',
    httpStatus: 408,
    retry: {
      caution:
        'Send the same SmileID-Idempotency-Key again: without one, a retry is a second, separately billed screening.',
    },
    delivery: 'rejected',
  },
  // source: /v3/enhanced_kyc/sync 424 (with SmileID-Job-ID). The sync form of v1 1015.
  {
    code: 'ID_AUTHORITY_UNAVAILABLE_SYNC',
    native: false,
    kind: 'error',
    category: 'retryable',
    reason: 'ID_AUTHORITY_UNAVAILABLE',
    message: 'The ID authority was unavailable, so no lookup ran; the job is recorded.',
    remedy:
      'Read the recorded job with GET /v3/status/{job_id} (SmileID-Job-ID header) before anything else; submit again later, or use the asynchronous endpoint, which waits for the authority.',
    vendorText: 'Unable to verify ID — ID authority unavailable.',
    httpStatus: 424,
    retry: { retryable: false, action: 'check-status', caution: V3_RESUBMIT_CAUTION },
    delivery: 'rejected',
  },
  // -- 409 -------------------------------------------------------------------------------------
  // source: POST /v3/replay/{job_id} 409; smileid-sdk-js src/client/transport.ts (409 is a
  // business-state conflict, never retried). The PHP SDK's fixture words it "Verification is
  // still processing. Callbacks can only be replayed for completed verifications."
  {
    // Wait, never resubmit: the job is alive; a resubmission would be a second paid job.
    code: 'REPLAY_JOB_STILL_PROCESSING',
    native: false,
    kind: 'error',
    category: 'user-state',
    reason: 'JOB_STILL_PROCESSING',
    message: 'The job is still running, and only finished jobs can have their callback replayed.',
    remedy:
      'Wait until GET /v3/status/{job_id} answers 200 (clear, attention, block or error), then replay. Never resubmit the job.',
    vendorText: 'Job is still processing. Callbacks can only be replayed for completed jobs.',
    httpStatus: 409,
    retry: { retryable: false, action: 'wait-for-result', caution: V3_RESUBMIT_CAUTION },
  },
  // source: POST /v3/smile_links 409
  {
    code: 'LINK_USER_ID_TAKEN',
    native: false,
    kind: 'error',
    category: 'validation',
    reason: 'USER_ID_TAKEN',
    message: 'Another Smile Link already uses this user id.',
    remedy:
      'Create the link with a user id no other link uses, or leave it out to get one generated.',
    vendorText: 'User ID is taken. Please provide a unique ID.',
    httpStatus: 409,
    field: 'user_id',
  },
  {
    // Smile ID's meaning of a 409 no documented message explains. In v3 a 409 is a replay of a
    // job still running or a Smile Link user id already taken (the two entries above); a
    // reused job id is the v1 reading (2215). Either way: look before sending anything new.
    code: 'JOB_CONFLICT',
    native: false,
    kind: 'error',
    category: 'validation',
    reason: 'JOB_CONFLICT',
    message:
      'The call conflicts with a job Smile ID already holds: a job still running, or a job id already used.',
    remedy:
      'Query the status of the earlier job before anything else; wait for it if it exists, and use a new job id only for a genuinely new job.',
    httpStatus: 409,
    retry: { action: 'check-status', caution: V3_RESUBMIT_CAUTION },
  },
  // -- 413 / 415 -------------------------------------------------------------------------------
  // source: entry endpoints 413 ("selfie_image is too large.", "File is too large.", "Request
  // payload is too large."); /v3/enhanced_kyc/sync 413 (GatewayErrorResponse). The limits
  // disagree: 10 MB in the gateway text, 4.5 MB in a secondary copy of the errors page.
  {
    code: 'PAYLOAD_TOO_LARGE',
    native: false,
    kind: 'error',
    category: 'validation',
    reason: 'PAYLOAD_TOO_LARGE',
    message: 'The request, or one file in it, is larger than Smile ID accepts.',
    remedy: 'Compress or downscale the images (JPEG) and keep the whole request under the limit.',
    vendorText: 'Request payload too large. Maximum allowed size is 10 MB.',
    httpStatus: 413,
  },
  // source: every multipart endpoint 415
  {
    code: 'UNSUPPORTED_MEDIA_TYPE',
    native: false,
    kind: 'error',
    category: 'validation',
    reason: 'UNSUPPORTED_MEDIA_TYPE',
    message: 'The body was not sent as multipart/form-data.',
    remedy: 'Send the request as multipart/form-data.',
    vendorText: 'Unsupported Media Type. Required Content-Type is multipart/form-data',
    httpStatus: 415,
  },
  // -- 429 -------------------------------------------------------------------------------------
  // source: entry endpoints 429; smileid-sdk-js src/client/transport.ts (429 retried only for
  // idempotent calls, Retry-After honoured up to 60 s)
  {
    code: 'RATE_LIMIT_EXCEEDED',
    native: false,
    kind: 'error',
    category: 'rate-limit',
    reason: 'RATE_LIMITED',
    message: 'Smile ID throttled the caller.',
    remedy: 'Wait at least as long as Retry-After says (when sent), then send less.',
    vendorText: 'Rate limit exceeded. Please try again later.',
    httpStatus: 429,
    retry: {
      caution:
        'On /v3/enhanced_kyc and /v3/biometric_kyc the spec describes this 429 as a limit for one ID number: if one ID number is being sent in a loop, stop it, as retrying keeps that number blocked (see 2222).',
    },
  },
  // -- 5xx -------------------------------------------------------------------------------------
  // source: entry endpoints 500 (the sync endpoints add a SmileID-Job-ID header when a job was
  // recorded)
  {
    code: 'INTERNAL_SERVER_ERROR_V3',
    native: false,
    kind: 'error',
    category: 'retryable',
    reason: 'SYSTEM_ERROR',
    message: 'Smile ID failed while handling the call.',
    remedy:
      'If the answer carries a SmileID-Job-ID header, read GET /v3/status/{job_id} first; otherwise retry with backoff, and contact support if it persists.',
    vendorText: 'An unexpected error occurred. Please try again or contact support.',
    httpStatus: 500,
    retry: { caution: V3_RESUBMIT_CAUTION },
  },
  // source: /v3/enhanced_kyc/sync 500 integrationFailure (GatewayErrorResponse, no job id)
  {
    code: 'GATEWAY_INTEGRATION_FAILURE',
    native: false,
    kind: 'error',
    category: 'retryable',
    reason: 'BACKEND_UNAVAILABLE',
    message: "Smile ID's gateway got no usable answer from the service behind it.",
    remedy: 'Retry with backoff; contact support if it keeps happening.',
    vendorText: 'Backend processing failure. Please retry; contact support if the issue persists.',
    httpStatus: 500,
    retry: { caution: V3_RESUBMIT_CAUTION },
  },
  // source: POST /v3/smile_links 500
  {
    code: 'LINK_CREATION_FAILED',
    native: false,
    kind: 'error',
    category: 'retryable',
    reason: 'LINK_CREATION_FAILED',
    message: 'Smile ID could not create the Smile Link.',
    remedy: 'Retry with backoff.',
    vendorText: 'An error occurred while generating the link. Please try again!',
    httpStatus: 500,
    retry: {
      caution:
        'The link may have been created before the failure: list your links before creating a second one if a duplicate would matter.',
    },
  },
  // source: GET /v3/aml/monitoring/{job_id}/news/{reference} 502
  {
    // Disputable: a 502 is usually retried; the spec calls this one a permanent failure on the
    // provider's side, so it is not.
    code: 'UPSTREAM_PROVIDER_ERROR',
    native: false,
    kind: 'error',
    category: 'unknown',
    reason: 'UPSTREAM_PROVIDER_ERROR',
    message: 'The upstream data provider refused the request for good.',
    remedy: 'Do not loop on it: check the request, and contact Smile ID support if it is right.',
    vendorText: 'Unable to complete request due to upstream provider error.',
    httpStatus: 502,
  },
  // source: GET /v3/aml/monitoring/{job_id}/news/{reference} 503
  {
    code: 'UPSTREAM_PROVIDER_UNAVAILABLE',
    native: false,
    kind: 'error',
    category: 'retryable',
    reason: 'UPSTREAM_PROVIDER_UNAVAILABLE',
    message: 'The upstream data provider is down for now.',
    remedy: 'Retry later with backoff.',
    vendorText: 'Upstream provider is temporarily unavailable. Please try again later.',
    httpStatus: 503,
    retry: { caution: 'Only the news look-up is repeated: nothing is submitted a second time.' },
  },
  // source: /v3/enhanced_kyc/sync 504 (an AWS-generated body; "treat it like a 408: the job may
  // exist, so poll GET /v3/status/{jobId} rather than resubmitting"). The gateway sends the same
  // message in front of the v1 API, where resending a job_id meets 2215.
  {
    code: 'ENDPOINT_TIMEOUT',
    native: false,
    kind: 'error',
    category: 'retryable',
    reason: 'ENDPOINT_TIMEOUT',
    message: "Smile ID's API gateway timed out waiting for the service.",
    remedy: 'Retry with backoff after checking the job status.',
    vendorText: 'Endpoint request timed out',
    httpStatus: 504,
    retry: { caution: `${RESUBMIT_CAUTION} In v3: ${V3_RESUBMIT_CAUTION}` },
  },
] as const satisfies readonly ErrorEntrySpec[];

const V3_WAIT_REMEDY =
  'Wait for the callback, or poll GET /v3/status/{job_id} until it answers 200; never resubmit the job meanwhile (a resubmission is a second, billed job).';
const V3_POLICY_REMEDY =
  'Smile ID has finished and the decision is yours: decide by your own policy (accept, ask the user for more, or review by hand). Waiting changes nothing, and resubmitting runs a second, billed job.';
const V3_NEW_JOB_CAUTION =
  'This job has ended in error, so polling it changes nothing. A retry is a new submission, ' +
  'which creates a second job: send it only when you mean to run the check again.';

// The `status` of v3 job results, webhooks and the status endpoint, as Smile ID sends it. A
// result with a documented `reason` is read by the reason (below); these entries cover the
// statuses themselves: a body without a reason, the non-terminal answers, and a reason this
// package does not know (its status decides). The four terminal statuses have no vendorText:
// their message depends on the endpoint ("Job completed" on the status endpoint, "Verified" on
// /v3/enhanced_kyc/sync, "Screening completed: ..." in AML webhooks), and only the status counts.
const V3_STATUSES = [
  // source: entry endpoints 202 (AcceptedResponse, status "accepted"); POST /v3/replay 202
  {
    code: 'accepted',
    kind: 'outcome',
    verdict: 'pending',
    final: false,
    reason: 'JOB_ACCEPTED',
    message: 'Smile ID accepted the job and queued it; there is no decision yet.',
    remedy: V3_WAIT_REMEDY,
    vendorText: 'Request accepted and queued for processing.',
    httpStatus: 202,
  },
  // source: GET /v3/status/{jobId} 202; smileid-sdk-js src/helpers/poll.ts
  {
    code: 'processing',
    kind: 'outcome',
    verdict: 'pending',
    final: false,
    reason: 'JOB_PROCESSING',
    message: 'The job is still running; there is no decision yet.',
    remedy: V3_WAIT_REMEDY,
    vendorText: 'Job is still processing',
    httpStatus: 202,
  },
  // source: GET /v3/status/{jobId} 404 (status "not_found", user_id "unknown"); POST
  // /v3/replay/{job_id} 404 jobNotFound; smileid-sdk-js src/helpers/poll.ts (waitUntilComplete
  // keeps polling through not_found by default: treatNotFoundAsPending).
  {
    // Disputable: v1 2304 with the same words is plain validation. In v3 a job just accepted
    // may not be visible yet, and the official SDK polls through it, so the same GET may be
    // repeated, for a bounded time. Never a reason to resubmit the job.
    code: 'not_found',
    kind: 'error',
    category: 'retryable',
    reason: 'JOB_NOT_FOUND',
    message: 'Smile ID knows no job with this id for this partner (or not yet).',
    remedy:
      'Right after a submission, poll a little longer; if it stays not found, check the job_id and that the token belongs to the partner and environment that submitted it.',
    vendorText: 'Job not found',
    httpStatus: 404,
    field: 'job_id',
    retry: {
      retryable: true,
      action: 'wait-for-result',
      caution:
        'Bound the polling. Never resubmit because of this answer: a job that is merely not visible yet would run twice, as a second, billed job.',
    },
    delivery: 'rejected',
  },
  // source: GET /v3/status/{jobId} 200 (message "Job completed"); /v3/aml callback example
  // clear; /v3/enhanced_kyc/sync 200 ("Verified"); smileid-sdk-js README "Check a
  // verification" (the status decides, never the message)
  {
    code: 'clear',
    kind: 'outcome',
    verdict: 'approved',
    final: true,
    reason: 'CLEAR',
    message: 'Every check of the job passed.',
    remedy: 'Carry on with onboarding; keep the job id with the customer record for audits.',
  },
  {
    // Disputable: `attention` means the partner must decide, even when the message reads
    // "Verification successful". So it is never `approved`, and never final: the decision is
    // still open, on the partner's side (issue #14: nothing awaiting a partner decision reads
    // as final). Smile ID itself has finished, so the advice is not to wait for another
    // result but to decide (`investigate`): a person applies the partner's policy.
    code: 'attention',
    kind: 'outcome',
    verdict: 'provisional',
    final: false,
    reason: 'NEEDS_PARTNER_DECISION',
    message: 'The job finished with a flag that the partner must weigh before accepting it.',
    remedy: V3_POLICY_REMEDY,
    retry: { action: 'investigate' },
  },
  // source: as `clear`; POST /v3/residency_document_verification callback example "blocked"
  // (status block, no reason)
  {
    code: 'block',
    kind: 'outcome',
    verdict: 'rejected',
    final: true,
    reason: 'BLOCKED',
    message: 'Smile ID blocked the verification: a check failed.',
    remedy:
      'Treat the person as not verified. The callback names the reason; do not resubmit automatically.',
  },
  {
    // The job ended without a decision, and this body does not say why: a person must read
    // the reason on the callback. Nothing was judged about the person.
    code: 'error',
    kind: 'error',
    category: 'unknown',
    reason: 'JOB_ENDED_IN_ERROR',
    message: 'The job ended in error, without a decision; this body does not say why.',
    remedy:
      'Read the reason on the callback (replay it with POST /v3/replay/{job_id} if it was lost): an unusable image or document needs a new capture, an unavailable source a later resubmission.',
    retry: { caution: V3_NEW_JOB_CAUTION },
  },
] as const satisfies readonly EntrySpec[];

// The documented `reason` of a v3 result, as Smile ID sends it. Each belongs to one status;
// the reader uses a reason only with that status (read.ts), so the status always decides the
// verdict. Sources: the spec's AML and address callbacks (primary) and, for the per-product
// reasons, Smile ID's sandbox test identities as quoted by a secondary copy of the page
// "Testing in sandbox": api-evangelist/smile-identity @ 9f416797b4dfe252b2dbbb87eca7687b9714bf2c
// sandbox/smile-identity-sandbox.yml and errors/smile-identity-problem-types.yml. Those are
// marked "secondary" below: re-check them against the vendor's page when it can be read.
const V3_REASONS = [
  // -- attention: passed, with a flag the partner weighs -------------------------------------
  // source (secondary): sandbox identity "Xeroxley", Document Verification
  {
    code: 'document_copy_detected',
    kind: 'outcome',
    verdict: 'provisional',
    final: false,
    reason: 'DOCUMENT_COPY_DETECTED',
    message: 'The document passed, but it looks like a copy rather than the original.',
    remedy: `Consider asking for a photo of the physical document. ${V3_POLICY_REMEDY}`,
    vendorText: 'Verification successful',
    retry: { action: 'investigate' },
  },
  // source (secondary): sandbox identity "Oldfield", Document Verification
  {
    code: 'document_expired',
    kind: 'outcome',
    verdict: 'provisional',
    final: false,
    reason: 'DOCUMENT_EXPIRED',
    message: 'The document passed, but it is past its expiry date.',
    remedy: `Usually, ask the user for a valid document. ${V3_POLICY_REMEDY}`,
    vendorText: 'Verification successful',
    retry: { action: 'investigate' },
  },
  // source: /v3/aml callback example attention_news_media ("1017 — news media only")
  {
    code: 'news_media_match',
    kind: 'outcome',
    verdict: 'provisional',
    final: false,
    reason: 'AML_NEWS_MEDIA_ONLY',
    message:
      'The screening found the person in adverse news media only, on no sanctions or PEP list.',
    remedy: `Review the news categories found. ${V3_POLICY_REMEDY}`,
    vendorText: 'Screening completed: news media identified only.',
    retry: { action: 'investigate' },
  },
  // source: POST /v3/address description
  {
    code: 'information_outdated',
    kind: 'outcome',
    verdict: 'provisional',
    final: false,
    reason: 'ADDRESS_INFORMATION_OUTDATED',
    message: 'The address matched, but the record behind it is old.',
    remedy: `Ask for fresher proof of address if recency matters. ${V3_POLICY_REMEDY}`,
    retry: { action: 'investigate' },
  },
  // -- block: rejected -----------------------------------------------------------------------
  // source: /v3/aml callback example block_high_risk; (secondary) sandbox identity "Dangerfield"
  {
    code: 'high_risk',
    kind: 'outcome',
    verdict: 'rejected',
    final: true,
    reason: 'HIGH_FRAUD_RISK',
    message:
      "Smile ID's fraud scoring judged the attempt high risk, whatever the product's own checks said.",
    remedy:
      'Do not invite the same attempt again. Review the fraud signals of the result and escalate by your policy.',
    vendorText: 'Verification failed.',
  },
  // source: POST /v3/address description; (secondary) sandbox identities "Ghostwell" (Enhanced
  // and Biometric KYC) and "Missingley" (Enhanced Document Verification, "Verification failed:
  // ID number not found")
  {
    // Like 1013/1023: the source answered that it has no record; the user may have mistyped.
    code: 'identifier_not_found',
    kind: 'outcome',
    verdict: 'rejected',
    final: true,
    reason: 'ID_NOT_FOUND',
    message: 'The issuing authority (or address provider) has no record of this identifier.',
    remedy:
      'Ask the user to check the ID type and number, then submit a new job; cap the attempts, as repeated misses suggest made-up numbers.',
    vendorText: 'Verification failed: Unable to validate ID - Not Found',
    retry: RETAKE,
  },
  // source (secondary): sandbox identity "Youngblood", Enhanced KYC
  {
    code: 'age_requirement_not_met',
    kind: 'outcome',
    verdict: 'rejected',
    final: true,
    reason: 'AGE_REQUIREMENT_NOT_MET',
    message: "The authority's record shows the person is younger than the required age.",
    remedy: 'Refuse the onboarding; there is nothing to retry.',
    vendorText: 'Verification failed: Customer must be above 18',
  },
  // source (secondary): sandbox identity "Twinley", Biometric KYC and SmartSelfie
  {
    code: 'face_verification_failed',
    kind: 'outcome',
    verdict: 'rejected',
    final: true,
    reason: 'FACE_MISMATCH',
    message:
      'The selfie does not match the reference face (authority photo, document or enrolled selfie).',
    remedy: MISMATCH_REMEDY,
    vendorText: 'Verification failed',
  },
  // source (secondary): sandbox identity "Masquero", Biometric KYC and SmartSelfie
  {
    code: 'spoof_detected',
    kind: 'outcome',
    verdict: 'rejected',
    final: true,
    reason: 'SPOOF_DETECTED',
    message:
      'The liveness checks judged the selfie a presentation attack (a photo, a screen, a mask).',
    remedy: SPOOF_REMEDY,
    vendorText: 'Verification failed',
  },
  // source (secondary): sandbox identity "Forgeman", Document Verification
  {
    code: 'document_check_failed',
    kind: 'outcome',
    verdict: 'rejected',
    final: true,
    reason: 'DOCUMENT_CHECK_FAILED',
    message: 'The document failed the authenticity checks.',
    remedy:
      'Do not resubmit automatically. Treat it as a possible forgery: refuse, or send it to your manual review.',
    vendorText: 'Verification failed',
  },
  // source (secondary): sandbox identity "Oddpaper", Document Verification
  {
    // Sent as a verdict (block), although it reads like a request problem: the user can fix
    // it with another document.
    code: 'unsupported_document',
    kind: 'outcome',
    verdict: 'rejected',
    final: true,
    reason: 'UNSUPPORTED_DOCUMENT',
    message: 'Smile ID does not verify this kind of document for that country.',
    remedy:
      'Ask the user for a document GET /v3/services/supported_documents lists, then submit a new job.',
    vendorText: 'Verification failed',
    retry: RETAKE,
  },
  // source: /v3/aml callback example block_match_found ("1030/1023 — potential match(es)
  // identified")
  {
    // Disputable: `block`, so rejected, as the vendor says; many compliance teams review a
    // potential match rather than refuse it, and the remedy says so.
    code: 'aml_match_found',
    kind: 'outcome',
    verdict: 'rejected',
    final: true,
    reason: 'AML_MATCH_FOUND',
    message: 'The screening found potential sanctions or PEP matches.',
    remedy:
      'Do not onboard automatically. Have the matches reviewed by hand (common names give false positives) and decide by your compliance policy.',
    vendorText: 'Screening completed: potential matches identified.',
  },
  // source: POST /v3/address description (address_out_of_range, name_mismatch,
  // no_address_on_record)
  {
    code: 'address_out_of_range',
    kind: 'outcome',
    verdict: 'rejected',
    final: true,
    reason: 'ADDRESS_OUT_OF_RANGE',
    message: 'The address on record is too far from the address submitted.',
    remedy: 'Ask the user to confirm the address or to prove it another way.',
    retry: RETAKE,
  },
  {
    code: 'name_mismatch',
    kind: 'outcome',
    verdict: 'rejected',
    final: true,
    reason: 'NAME_MISMATCH',
    message: "The name on the provider's record does not match the name submitted.",
    remedy:
      'Ask the user to check the name and the identifier, then submit a new job; cap the attempts.',
    retry: RETAKE,
  },
  {
    code: 'no_address_on_record',
    kind: 'outcome',
    verdict: 'rejected',
    final: true,
    reason: 'NO_ADDRESS_ON_RECORD',
    message: 'The provider knows the identifier but holds no address for it.',
    remedy: 'Verify the address another way; this check cannot succeed for this identifier.',
  },
  // -- error: the job ended without a decision about the person ------------------------------
  // source: /v3/aml callback example error_service_unavailable ("1015"); POST /v3/address
  // description; (secondary) sandbox identity "Downsworth"
  {
    // A source that is down: transient. Nothing was judged, so a later new job is right.
    code: 'service_unavailable',
    kind: 'error',
    category: 'retryable',
    reason: 'ID_AUTHORITY_UNAVAILABLE',
    message:
      'The external source (ID authority, screening or address provider) could not be reached; the job ended without a decision.',
    remedy:
      'Submit a new job later; GET /v3/services/id_status tells whether the authority is back.',
    vendorText: 'Error: external service unavailable.',
    retry: { caution: V3_NEW_JOB_CAUTION },
    delivery: 'rejected',
  },
  // source (secondary): sandbox identity "Glitchford"; the errors page's webhook errors
  {
    code: 'internal_error',
    kind: 'error',
    category: 'retryable',
    reason: 'SYSTEM_ERROR',
    message: 'Smile ID could not complete the verification because of a fault of its own.',
    remedy: 'Submit a new job after a pause; contact support with the job_id if it repeats.',
    vendorText: 'Error: verification could not be completed at this time.',
    retry: { caution: V3_NEW_JOB_CAUTION },
    delivery: 'rejected',
  },
  // source (secondary): sandbox identity "Blurton"; the errors page's webhook errors. The
  // vendor text has a placeholder: "Error: <image_type_list> image(s) are unusable."
  {
    code: 'image_unavailable_or_invalid',
    kind: 'error',
    category: 'validation',
    reason: 'IMAGE_UNUSABLE',
    message: 'One or more submitted images could not be used.',
    remedy: 'Capture the images the message names again, then submit a new job.',
    retry: RETAKE,
  },
  // source (secondary): the errors page's webhook errors
  {
    code: 'content_policy_violated',
    kind: 'error',
    category: 'validation',
    reason: 'CONTENT_POLICY_VIOLATED',
    message: 'An image shows content Smile ID will not process.',
    remedy: 'Ask the user for a proper capture; look into repeated cases.',
    vendorText: 'Error: image(s) are unusable.',
    retry: RETAKE,
  },
  // source (secondary): sandbox identity "Puzzleton"; the errors page's webhook errors
  {
    code: 'document_unclassifiable',
    kind: 'error',
    category: 'validation',
    reason: 'DOCUMENT_UNCLASSIFIABLE',
    message: 'Smile ID could not tell which document the image shows.',
    remedy: 'Ask for a sharp, uncropped capture of a supported document, then submit a new job.',
    vendorText: 'Error: document could not be classified.',
    retry: RETAKE,
  },
  // source (secondary): sandbox identity "Badnumber", Enhanced Document Verification
  {
    // Sent with status `error` though its message reads "Verification failed": a request
    // error the user fixes, not a verdict.
    code: 'invalid_id_number',
    kind: 'error',
    category: 'validation',
    reason: 'INVALID_ID_NUMBER',
    message: 'The ID number read from the document is not valid for its ID type.',
    remedy: 'Ask the user to capture the document again, or to use another document.',
    vendorText: 'Verification failed: invalid id number',
    retry: RETAKE,
  },
] as const satisfies readonly EntrySpec[];

/** The `status` a v3 result body carries once its job is finished. */
export type SmileIdV3ResultStatus = 'clear' | 'attention' | 'block' | 'error';

/**
 * Each documented v3 `reason` with the one `status` it is documented with, read off its
 * entry (a rejection comes with `block`, a provisional pass with `attention`, ...).
 */
export const SMILE_ID_V3_REASON_STATUS: ReadonlyMap<string, SmileIdV3ResultStatus> = new Map(
  V3_REASONS.map((e): [string, SmileIdV3ResultStatus] => [
    e.code,
    e.kind === 'error'
      ? 'error'
      : e.verdict === 'rejected'
        ? 'block'
        : e.verdict === 'provisional'
          ? 'attention'
          : 'clear',
  ]),
);

/**
 * The v1 catalog: request errors (22xx and their 23xx/24xx twins, 2222), job_status codes,
 * and the result codes of SmartSelfie, Enhanced KYC, Business Verification and AML jobs.
 */
export const SMILE_ID_V1_CATALOG = [
  ...SUBMISSION_ERRORS,
  ...JOB_STATUS_CODES,
  ...JOB_RESULTS,
  ...ENHANCED_KYC_RESULTS,
  ...BUSINESS_VERIFICATION_RESULTS,
  ...AML_RESULTS,
] as const satisfies readonly EntrySpec[];

/**
 * The v3 catalog: the REST errors Smile ID sends without a code (descriptive keys, `native:
 * false`), and the `status` and `reason` values of v3 results, webhooks and the status
 * endpoint, as Smile ID sends them.
 */
export const SMILE_ID_V3_CATALOG = [
  ...V3_REQUEST_ERRORS,
  ...V3_STATUSES,
  ...V3_REASONS,
] as const satisfies readonly EntrySpec[];

/**
 * Every Smile ID code this package knows, as data: {@link SMILE_ID_V1_CATALOG} then
 * {@link SMILE_ID_V3_CATALOG}.
 *
 * @example
 * ```ts
 * SMILE_ID_CATALOG.find((e) => e.code === '2215')?.reason; // 'JOB_ALREADY_EXISTS'
 * ```
 */
export const SMILE_ID_CATALOG = [
  ...SMILE_ID_V1_CATALOG,
  ...SMILE_ID_V3_CATALOG,
] as const satisfies readonly EntrySpec[];

/** A code in the Smile ID catalog (native codes and the descriptive uncoded keys). */
export type SmileIdCode = (typeof SMILE_ID_CATALOG)[number]['code'];

/** The Smile ID API a catalog entry belongs to. */
export type SmileIdApiVersion = 'v1' | 'v3';

const V3_CODES: ReadonlySet<string> = new Set(SMILE_ID_V3_CATALOG.map((e) => e.code));
const V1_CODES: ReadonlySet<string> = new Set(SMILE_ID_V1_CATALOG.map((e) => e.code));

/**
 * The API a catalogued code belongs to, for docs that show v1 and v3 apart; `undefined` for a
 * code not in the catalog. A v1 code the v3 API also sends (2413 on the services endpoints, a
 * v3 message that means 2222) stays `'v1'`.
 *
 * @example
 * ```ts
 * smileIdApiVersion('2215'); // 'v1'
 * smileIdApiVersion('attention'); // 'v3'
 * ```
 */
export function smileIdApiVersion(code: string): SmileIdApiVersion | undefined {
  if (V1_CODES.has(code)) return 'v1';
  return V3_CODES.has(code) ? 'v3' : undefined;
}
