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
    remedy:
      'Check each value against the types the product documents (strings vs numbers, date formats).',
    vendorText: 'A parameter is of the wrong data type',
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
      'and generate a unique job_id for every genuinely new job.',
    vendorText: 'Job already exists for job_id',
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
    // A 23xx code with its own meaning: the family rule would wrongly read it as 2214.
    code: '2314',
    kind: 'error',
    category: 'validation',
    reason: 'NO_ZIP_FILE',
    message: 'No zip file was uploaded for the job.',
    remedy: 'Upload the zip (images and info.json) to the upload URL the job request returned.',
    vendorText: 'No Zip File Received',
  },
  // 2413 is overloaded: the vendor text tells the two meanings apart.
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
    code: '2414',
    kind: 'error',
    category: 'account',
    reason: 'ID_VALIDATION_NOT_ACTIVATED',
    message: 'ID Validation is not activated on the partner account.',
    remedy: 'Ask Smile ID to activate ID Validation for your account.',
    vendorText: 'This feature requires you to activate ID Validation for your Smile ID account.',
  },
] as const satisfies readonly ErrorEntrySpec[];

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
] as const satisfies readonly EntrySpec[];

// Enhanced KYC: the ID authority lookup. The vendor texts are not transcribed (the seeds
// give only the meanings), except 1012's, which the job_status example shows.
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

// Failures Smile ID signals without a code: by HTTP status (v3 REST) or by the API
// gateway's message. Descriptive keys with `native: false`, wired through the provider's
// `statuses` and `messages`; the other statuses keep core's generic meaning.
const UNCODED = [
  {
    code: 'INSUFFICIENT_WALLET_BALANCE',
    native: false,
    kind: 'error',
    category: 'account',
    reason: 'INSUFFICIENT_WALLET_BALANCE',
    message: 'The Smile ID wallet has too little balance for this job.',
    remedy: 'Fund the wallet in the Smile ID portal, then submit again.',
    httpStatus: 402,
  },
  {
    code: 'JOB_CONFLICT',
    native: false,
    kind: 'error',
    category: 'validation',
    reason: 'JOB_CONFLICT',
    message: 'The job conflicts with one Smile ID already holds (a reused job_id).',
    remedy:
      'Query the status of the earlier job with this job_id before anything else; wait for it if it exists, and use a new job_id only for a genuinely new job.',
    httpStatus: 409,
    retry: { action: 'check-status' },
  },
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
    retry: { caution: RESUBMIT_CAUTION },
  },
] as const satisfies readonly ErrorEntrySpec[];

/**
 * Every Smile ID code this package knows, as data: request-validation errors (22xx and their
 * 23xx/24xx twins), job-status codes, SmartSelfie and Enhanced KYC result codes, and the
 * uncoded HTTP and gateway failures under descriptive keys.
 *
 * @example
 * ```ts
 * SMILE_ID_CATALOG.find((e) => e.code === '2215')?.reason; // 'JOB_ALREADY_EXISTS'
 * ```
 */
export const SMILE_ID_CATALOG = [
  ...SUBMISSION_ERRORS,
  ...JOB_STATUS_CODES,
  ...JOB_RESULTS,
  ...ENHANCED_KYC_RESULTS,
  ...UNCODED,
] as const satisfies readonly EntrySpec[];

/** A code in the Smile ID catalog (native codes and the descriptive uncoded keys). */
export type SmileIdCode = (typeof SMILE_ID_CATALOG)[number]['code'];
