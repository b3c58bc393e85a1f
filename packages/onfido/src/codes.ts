import type { EntrySpec } from '@kyc-errors/core/provider-kit';

/**
 * Every Onfido failure, result and status we could source, as data.
 *
 * - API errors. Onfido answers a failed request with `{"error": {"type", "message",
 *   "fields"}}` (OAS `responses/default_error.yaml`); `type` is the code, catalogued under
 *   Onfido's own spelling (`validation_error`).
 * - Check results and statuses, namespaced `check:` (`check:consider`, `check:in_progress`).
 * - Report results, document sub-results and statuses, namespaced `report:`.
 * - Workflow run statuses, namespaced `workflow_run:` (Onfido Studio).
 * - The three webhook events whose body announces a result without carrying it
 *   (`check.completed`, `report.completed`, `workflow_run.completed` without a status): the
 *   answer is to fetch the object. Every other event is in `events.ts`.
 *
 * Short source names used in the comments (README "Sources" gives them in full):
 * OAS = onfido/onfido-openapi-spec @ 1498236ae3ae26cfc73c0fcb38d213c90e5daec1;
 * NODE = onfido/onfido-node @ 2b9faecc1ac81d1a625d4ddb86f8e7795668a181, `api.ts` (the enums
 *   generated from the OAS: CheckStatus, ReportResult, ReportSubResult, ReportStatus,
 *   WorkflowRunStatus, WebhookEventType);
 * NODE-ERR = onfido/onfido-node @ 502add7af88d18cffef16388820a62d7e1bfa0cc,
 *   `test/Resource.test.ts` (an error body written by Onfido's engineers);
 * PY-ERR = onfido/onfido-python @ fd1c3472ed310a57c380839f7771da9e804d0d41,
 *   `tests/test_documents.py`, `tests/test_live_photos.py` (422 validation bodies);
 * SDK-ERR = onfido/onfido-sdk-ui @ 02fb39ef94d57b36156fce25af58e4a357a23fba,
 *   `src/types/api.ts` (the error types Onfido's own web SDK handles);
 * ERR-TYPES = documentation.onfido.com, "Error codes and what to do": the list of error
 *   types. We could not read the page itself; the names are transcribed from
 *   appliedblockchain/silentdata-defi-enclave @ 3090d38cc8f894c3609c9b2f2e46050919a58f86,
 *   `enclave/clients/identity/onfido_client.cpp`, whose comment cites that section. The
 *   page's statuses and descriptions did not come with it: where no other source gives a
 *   status, the entry has none, and the meaning is read from the name (a `doubt:` says so);
 * START = https://developers.onfido.com/guide/get-started-integrating/ ("Rate limits",
 *   "Billing information", "Get API tokens");
 * SUB = https://developers.onfido.com/guide/document-report-suggested-client-actions/
 *   ("The sub-result").
 *
 * Messages and remedies are ours; `vendorText` is Onfido's own wording.
 *
 * @example
 * ```ts
 * ONFIDO_CATALOG.find((e) => e.code === 'check:consider')?.verdict; // 'provisional'
 * ```
 */
export const ONFIDO_CATALOG = [
  // =========================================================================================
  // API errors: `error.type`. Names: ERR-TYPES, in its order.
  // =========================================================================================

  // source: ERR-TYPES; NODE-ERR (type and message); OAS paths/passkeys.yaml PUT "400:
  // Invalid request body" (the status)
  {
    code: 'bad_request',
    kind: 'error',
    category: 'validation',
    reason: 'MALFORMED_REQUEST',
    httpStatus: 400,
    vendorText:
      'The request could not be understood by the server, please check your request is correctly formatted',
    message: 'Onfido could not parse the request: its body or parameters are not well formed.',
    remedy:
      'Check the JSON (or multipart form for uploads) and the Content-Type header against the endpoint, then send the corrected request.',
  },
  // source: ERR-TYPES; OAS `servers` (api.{eu,us,ca}.onfido.com)
  // doubt: the name is the only description we have; Onfido keeps each account in one
  // region, which the remedy names.
  {
    code: 'incorrect_base_url',
    kind: 'error',
    category: 'auth',
    reason: 'WRONG_REGION',
    message: 'The request went to a regional API that does not hold this account.',
    remedy:
      "Call the base URL of the account's region (api.eu.onfido.com, api.us.onfido.com or api.ca.onfido.com) with that region's token.",
  },
  // source: ERR-TYPES; SDK-ERR (API_ERROR_AUTHORIZATION); START "Get API tokens"
  {
    code: 'authorization_error',
    kind: 'error',
    category: 'auth',
    reason: 'INVALID_API_KEY',
    message: 'Onfido did not accept the credentials the request carried.',
    remedy:
      'Send "Authorization: Token token=<API token>" with an active token of the environment being called: api_sandbox tokens for the sandbox, api_live tokens for live.',
  },
  // source: ERR-TYPES
  // doubt: read from the name as "the caller is known but may not do this" (a permission),
  // which makes it an account matter rather than a credentials one.
  {
    code: 'user_authorization_error',
    kind: 'error',
    category: 'account',
    reason: 'PERMISSION_DENIED',
    message:
      'The credentials are valid, but they may not perform this action or reach this object.',
    remedy:
      "Check the token's permissions and the products enabled for the account in the Dashboard, or ask Onfido to enable what is missing.",
  },
  // source: ERR-TYPES; onfido/onfido-sdk-ui issue #1327 (an Onfido engineer fixes a 401 of
  // the web SDK by widening the SDK token's referrer pattern)
  {
    code: 'bad_referrer',
    kind: 'error',
    category: 'auth',
    reason: 'REFERRER_NOT_ALLOWED',
    message:
      'The page calling with an SDK token is not covered by the referrer pattern the token was generated for.',
    remedy:
      "Generate the SDK token with a referrer pattern that matches the page's origin (such as https://*.example.com/*), then load the SDK again.",
  },
  // source: ERR-TYPES; SDK-ERR (API_ERROR_EXPIRED_TOKEN); onfido/onfido-android-sdk issue #76
  // (an Onfido engineer: an SDK token is tied to one applicant and expires after 90 minutes)
  {
    code: 'expired_token',
    kind: 'error',
    category: 'auth',
    reason: 'TOKEN_EXPIRED',
    message: 'The token used has expired (an SDK token lives 90 minutes).',
    remedy:
      'Generate a new SDK token (POST /sdk_token) or OAuth access token and retry with it; do not reuse the old one.',
    // The one auth failure a fresh token cures: retryable after a refresh.
    retry: { retryable: true, action: 'refresh-credentials' },
  },
  // source: ERR-TYPES
  {
    code: 'account_disabled',
    kind: 'error',
    category: 'account',
    reason: 'ACCOUNT_DISABLED',
    message: 'The Onfido account is disabled, so it may not make requests.',
    remedy: 'Contact Onfido (or your account manager) to find out why and have it enabled again.',
  },
  // source: ERR-TYPES
  {
    code: 'trial_limits_reached',
    kind: 'error',
    category: 'account',
    reason: 'TRIAL_LIMIT_REACHED',
    message: 'The trial account has used up what its trial allows.',
    remedy: 'Move the account to a paid plan with Onfido, or keep testing in the sandbox.',
  },
  // source: ERR-TYPES; OAS paths/passkeys.yaml "404: Passkey not found" (the status)
  // doubt: 404 is the OAS's status for a missing object; it does not print this type beside it.
  {
    code: 'resource_not_found',
    kind: 'error',
    category: 'validation',
    reason: 'RESOURCE_NOT_FOUND',
    httpStatus: 404,
    message: 'No object with that id exists for this account, region and environment.',
    remedy:
      'Check the id, and that the token and base URL are of the region and environment (sandbox or live) where the object was created.',
  },
  // source: ERR-TYPES; OAS POST /applicants/{applicant_id}/restore (an applicant scheduled for
  // deletion can be restored)
  // doubt: the name is the status's reason phrase (410 Gone). User-state rather than
  // validation: the id was right, the object is on its way out.
  {
    code: 'gone',
    kind: 'error',
    category: 'user-state',
    reason: 'RESOURCE_DELETED',
    message: 'The object existed but has been deleted or scheduled for deletion.',
    remedy:
      'For an applicant still scheduled for deletion, restore it (POST /applicants/{id}/restore); otherwise create a new one.',
  },
  // source: ERR-TYPES; SDK-ERR (API_ERROR_VALIDATION, `fields` keyed by field); PY-ERR (status
  // 422, `fields.document_detection`, `fields.face_detection`); onfido/onfido-sdk-ui issue #514
  // and onfido/onfido-ios-sdk issue #19 (the message and `fields` as the API sent them);
  // onfido/onfido-sdk-ui issue #1327 (an Onfido engineer: "422 ApiError::ValidationError")
  {
    code: 'validation_error',
    kind: 'error',
    category: 'validation',
    reason: 'VALIDATION_FAILED',
    httpStatus: 422,
    vendorText: 'There was a validation error on this request',
    message: 'One or more fields of the request were refused; error.fields names them.',
    remedy:
      'Fix the fields named in error.fields (KycError.field holds the first). When it names document_detection, face_detection, detect_blur, detect_glare or detect_cutoff, the image was refused: have the user capture it again.',
  },
  // source: ERR-TYPES; START "Billing information" (live checks need billing information)
  {
    code: 'missing_billing_info',
    kind: 'error',
    category: 'account',
    reason: 'BILLING_INFO_MISSING',
    message: 'Live checks cannot be run until the account has billing information.',
    remedy:
      'Add billing information to the account in the Onfido Dashboard, then create the check again.',
  },
  // source: ERR-TYPES
  {
    code: 'missing_documents',
    kind: 'error',
    category: 'validation',
    reason: 'DOCUMENTS_MISSING',
    message: 'The check asks for reports that need documents the applicant does not have yet.',
    remedy: 'Upload the documents (or have the SDK capture them) before creating the check.',
  },
  // source: ERR-TYPES
  {
    code: 'invalid_reports_names',
    kind: 'error',
    category: 'validation',
    reason: 'INVALID_REPORT_NAMES',
    field: 'report_names',
    message: 'The check names a report Onfido does not know, or one the account may not run.',
    remedy:
      'Use report names from the API reference (document, facial_similarity_photo, watchlist_standard, ...) that are enabled for the account.',
  },
  // source: ERR-TYPES
  {
    code: 'missing_id_numbers',
    kind: 'error',
    category: 'validation',
    reason: 'ID_NUMBER_MISSING',
    field: 'id_numbers',
    message: 'A report in the check needs identity numbers the applicant record lacks.',
    remedy: 'Add the id_numbers the report needs to the applicant, then create the check again.',
  },
  // source: ERR-TYPES
  {
    code: 'report_names_blank',
    kind: 'error',
    category: 'validation',
    reason: 'REPORT_NAMES_EMPTY',
    field: 'report_names',
    message: 'The check was requested without any report names.',
    remedy: 'Send report_names with at least one report.',
  },
  // source: ERR-TYPES
  {
    code: 'report_names_format',
    kind: 'error',
    category: 'validation',
    reason: 'REPORT_NAMES_MALFORMED',
    field: 'report_names',
    message: 'report_names was sent in a shape the API does not accept.',
    remedy: 'Send report_names as an array of strings.',
  },
  // source: ERR-TYPES
  {
    code: 'check_type_deprecated',
    kind: 'error',
    category: 'validation',
    reason: 'CHECK_TYPE_DEPRECATED',
    message: 'The request uses a check type that this API version no longer accepts.',
    remedy: 'Drop the check type and ask for reports by name, as the current API version expects.',
  },
  // source: ERR-TYPES
  {
    code: 'document_ids_with_unsupported_report',
    kind: 'error',
    category: 'validation',
    reason: 'DOCUMENT_IDS_NOT_SUPPORTED',
    field: 'document_ids',
    message: 'document_ids was sent with a report that does not take documents.',
    remedy: 'Send document_ids only with the document reports, or leave it out.',
  },
  // source: ERR-TYPES
  {
    code: 'facial_similarity_photo_without_document',
    kind: 'error',
    category: 'validation',
    reason: 'FACE_REPORT_WITHOUT_DOCUMENT',
    message:
      'A facial similarity report needs a document to compare the face with, and there is none.',
    remedy:
      'Upload an identity document for the applicant, or add a document report, before asking for it.',
  },
  // source: ERR-TYPES
  // doubt: the name does not say whether the account or the request is at fault; validation,
  // because a request for another facial similarity variant gets past it.
  {
    code: 'facial_similarity_video_not_supported',
    kind: 'error',
    category: 'validation',
    reason: 'FACE_VIDEO_NOT_SUPPORTED',
    message: 'The video variant of the facial similarity report cannot be run here.',
    remedy:
      'Ask for the photo or motion variant instead, or have Onfido enable video for the account.',
  },
  // source: ERR-TYPES
  {
    code: 'failed_check_requirements',
    kind: 'error',
    category: 'validation',
    reason: 'CHECK_REQUIREMENTS_NOT_MET',
    message: 'The applicant lacks data the requested reports need, so the check was not created.',
    remedy:
      'Complete the applicant with what the reports require (see error.fields), then create the check.',
  },
  // source: ERR-TYPES
  // doubt: read as "the applicant still has checks in progress"; the applicant's state, not
  // the request, is in the way.
  {
    code: 'incomplete_checks',
    kind: 'error',
    category: 'user-state',
    reason: 'CHECKS_INCOMPLETE',
    message: "The action needs the applicant's earlier checks to be complete first.",
    remedy: 'Wait for the open checks to complete (or withdraw them), then send the request again.',
  },
  // source: ERR-TYPES; START "Rate limits" (unless agreed otherwise, 400 requests a minute
  // in live)
  {
    code: 'rate_limit',
    kind: 'error',
    category: 'rate-limit',
    reason: 'RATE_LIMITED',
    message:
      'The account sent more requests than its rate limit allows (400 a minute in live by default).',
    remedy:
      'Wait before retrying (Retry-After when sent), then spread requests below the limit; ask Onfido if you need more.',
  },
  // source: ERR-TYPES
  {
    code: 'internal_server_error',
    kind: 'error',
    category: 'retryable',
    reason: 'VENDOR_INTERNAL_ERROR',
    message: 'Onfido failed while handling the request; it may or may not have acted on it.',
    remedy:
      'Retry with backoff. Before sending a create (applicant, check, workflow run) again, list what exists so as not to make it twice.',
  },

  // =========================================================================================
  // Checks (the classic API): `status` (OAS check_status) and, once complete, `result` (OAS
  // check_response.result: clear, consider). A complete check reads as its result.
  // =========================================================================================

  // source: OAS check_status; NODE CheckStatus
  {
    code: 'check:in_progress',
    kind: 'outcome',
    verdict: 'pending',
    final: false,
    reason: 'CHECK_IN_PROGRESS',
    message: 'The check is running; its reports are not all done.',
    remedy: 'Wait for the check.completed webhook, then fetch the check for its result.',
  },
  // source: OAS check_status, check_shared.applicant_provides_data (the applicant is sent a
  // form to fill in)
  {
    code: 'check:awaiting_applicant',
    kind: 'outcome',
    verdict: 'pending',
    final: false,
    reason: 'CHECK_AWAITING_APPLICANT',
    message: 'The check waits for the applicant to provide their data through the applicant form.',
    remedy:
      "Have the applicant complete the form (its link is the check's form_uri); the check then goes on.",
    // Nothing moves until the applicant acts.
    retry: { action: 'user-action' },
  },
  // source: OAS check_status; a complete check without a `result` (a body cut short)
  // Not a verdict without its result: fetch the check.
  {
    code: 'check:complete',
    kind: 'outcome',
    verdict: 'pending',
    final: false,
    reason: 'CHECK_RESULT_NOT_READ',
    message: 'The check is complete, but the body read carries no result.',
    remedy: 'Fetch the check (GET /checks/{id}) and read its result.',
    // The result exists at Onfido: look it up rather than wait for another callback.
    retry: { action: 'check-status' },
  },
  // source: OAS check_status
  {
    code: 'check:withdrawn',
    kind: 'outcome',
    verdict: 'pending',
    final: false,
    reason: 'CHECK_WITHDRAWN',
    message: 'The check was withdrawn before it finished; no result will come from it.',
    remedy:
      'Find out who withdrew it and why; create a new check if the applicant still needs one.',
    // No decision is coming and nothing failed: a person has to look.
    retry: { action: 'investigate' },
  },
  // source: OAS check_status
  // doubt: Onfido does not describe a paused check in the sources we reached; read as "no
  // result yet", which it is.
  {
    code: 'check:paused',
    kind: 'outcome',
    verdict: 'pending',
    final: false,
    reason: 'CHECK_PAUSED',
    message: 'The check is paused; no result yet.',
    remedy:
      'Wait for the check to resume and complete; do not create another for the same applicant.',
  },
  // source: OAS check_status
  {
    code: 'check:reopened',
    kind: 'outcome',
    verdict: 'pending',
    final: false,
    reason: 'CHECK_REOPENED',
    message: 'The check was reopened, so its earlier result no longer stands.',
    remedy: 'Wait for it to complete again, then fetch its new result.',
  },
  // source: OAS check_response.result
  {
    code: 'check:clear',
    kind: 'outcome',
    verdict: 'approved',
    final: true,
    reason: 'CLEAR',
    message: 'Every report in the check came back clear.',
    remedy: 'Let the applicant go ahead.',
  },
  // source: OAS check_response.result; SUB ("consider" flags something to look at)
  // Never an approval: at least one report asks for your review; Onfido does not decide.
  {
    code: 'check:consider',
    kind: 'outcome',
    verdict: 'provisional',
    final: false,
    reason: 'CHECK_CONSIDER',
    message:
      'At least one report in the check flagged something to review; this is not an approval.',
    remedy:
      'Fetch the reports, read the breakdowns that say consider, and decide by your policy (a person reviews, or the user tries again).',
    // Nothing more comes from Onfido: the decision is yours.
    retry: { action: 'investigate' },
  },

  // =========================================================================================
  // Reports: `status` (OAS report_status), `result` (OAS report_result: clear, consider,
  // unidentified) and, for document reports under consider, `sub_result` (OAS
  // report_sub_result; meanings: SUB).
  // =========================================================================================

  // source: OAS report_status; NODE ReportStatus
  {
    code: 'report:awaiting_data',
    kind: 'outcome',
    verdict: 'pending',
    final: false,
    reason: 'REPORT_AWAITING_DATA',
    message: 'The report is waiting for data before it can run.',
    remedy: 'Wait for report.completed (or check.completed), then fetch the report.',
  },
  // source: OAS report_status
  // doubt: who approves is not said in the sources we reached; read as "no result yet".
  {
    code: 'report:awaiting_approval',
    kind: 'outcome',
    verdict: 'pending',
    final: false,
    reason: 'REPORT_AWAITING_APPROVAL',
    message: 'The report is waiting for an approval before it goes on; no result yet.',
    remedy:
      'Wait for report.completed, then fetch the report; look in the Dashboard if it stays here.',
  },
  // source: OAS report_status
  {
    code: 'report:cancelled',
    kind: 'outcome',
    verdict: 'pending',
    final: false,
    reason: 'REPORT_CANCELLED',
    message: 'The report was cancelled; it will give no result.',
    remedy: 'Find out why it was cancelled and run a new check if the result is still needed.',
    // No decision is coming and nothing failed: a person has to look.
    retry: { action: 'investigate' },
  },
  // source: OAS report_status; a complete report without a `result` (a body cut short)
  {
    code: 'report:complete',
    kind: 'outcome',
    verdict: 'pending',
    final: false,
    reason: 'REPORT_RESULT_NOT_READ',
    message: 'The report is complete, but the body read carries no result.',
    remedy: 'Fetch the report (GET /reports/{id}) and read its result.',
    // The result exists at Onfido: look it up rather than wait for another callback.
    retry: { action: 'check-status' },
  },
  // source: OAS report_status
  {
    code: 'report:withdrawn',
    kind: 'outcome',
    verdict: 'pending',
    final: false,
    reason: 'REPORT_WITHDRAWN',
    message: 'The report was withdrawn before it finished; it will give no result.',
    remedy: 'Find out why it was withdrawn and run a new check if the result is still needed.',
    // No decision is coming and nothing failed: a person has to look.
    retry: { action: 'investigate' },
  },
  // source: OAS report_result, report_sub_result (document reports: every verification passed,
  // SUB)
  {
    code: 'report:clear',
    kind: 'outcome',
    verdict: 'approved',
    final: true,
    reason: 'REPORT_CLEAR',
    message: 'The report came back clear.',
    remedy: 'Nothing to do for this report; the check result covers all of them.',
  },
  // source: OAS report_result
  // Never an approval: see check:consider.
  {
    code: 'report:consider',
    kind: 'outcome',
    verdict: 'provisional',
    final: false,
    reason: 'REPORT_CONSIDER',
    message: 'The report flagged something to review; this is not an approval.',
    remedy: "Read the breakdowns that say consider (the outcome's tags) and decide by your policy.",
    // Nothing more comes from Onfido: the decision is yours.
    retry: { action: 'investigate' },
  },
  // source: OAS report_result
  // Never an approval: the applicant could not be matched, which proves nothing either way.
  {
    code: 'report:unidentified',
    kind: 'outcome',
    verdict: 'provisional',
    final: false,
    reason: 'REPORT_UNIDENTIFIED',
    message: 'The report could not identify the applicant in its sources; this is not an approval.',
    remedy:
      'Check the applicant data sent, and review the applicant by other means under your policy.',
    // Nothing more comes from Onfido: the decision is yours.
    retry: { action: 'investigate' },
  },
  // source: OAS report_sub_result; SUB "rejected" (image unusable, document unsupported, or
  // the applicant under the age threshold)
  // Rejected but not final: with a better image or another document the user can pass.
  {
    code: 'report:rejected',
    kind: 'outcome',
    verdict: 'rejected',
    final: false,
    reason: 'DOCUMENT_REJECTED',
    message:
      'The document could not be processed: the image is unusable, the document is not supported, or the holder is under the age threshold.',
    remedy:
      'Ask the user to capture a supported document again in good light; if the age threshold is the cause, follow your policy for minors.',
    retry: { action: 'user-action' },
  },
  // source: OAS report_sub_result; SUB "suspected" (signs of fraud)
  // Rejected, not final: a person should confirm before anyone is refused.
  {
    code: 'report:suspected',
    kind: 'outcome',
    verdict: 'rejected',
    final: false,
    reason: 'DOCUMENT_SUSPECTED',
    message: 'The document shows signs of fraud.',
    remedy:
      'Do not onboard on this document; have a person review the report before any final decision.',
    retry: { action: 'investigate' },
  },
  // source: OAS report_sub_result; SUB "caution" (not every verification could complete, such
  // as an expired document, without pointing at fraud)
  {
    code: 'report:caution',
    kind: 'outcome',
    verdict: 'provisional',
    final: false,
    reason: 'DOCUMENT_CAUTION',
    message:
      'Some verifications on the document could not complete (an expired document, say); no sign of fraud.',
    remedy:
      "Read the breakdowns (the outcome's tags) and decide by your policy, or ask for another document.",
    // Nothing more comes from Onfido: the decision is yours.
    retry: { action: 'investigate' },
  },

  // =========================================================================================
  // Workflow runs (Onfido Studio): `status` (OAS workflow_run_status). The run's approved or
  // declined is the decision; a task's output is not.
  // =========================================================================================

  // source: OAS workflow_run_status; NODE WorkflowRunStatus
  {
    code: 'workflow_run:processing',
    kind: 'outcome',
    verdict: 'pending',
    final: false,
    reason: 'WORKFLOW_RUN_PROCESSING',
    message: 'The workflow run is processing its tasks.',
    remedy: 'Wait for workflow_run.completed; do not start another run for the applicant.',
  },
  // source: OAS workflow_run_status
  {
    code: 'workflow_run:awaiting_input',
    kind: 'outcome',
    verdict: 'pending',
    final: false,
    reason: 'WORKFLOW_RUN_AWAITING_USER',
    message: 'The workflow run waits for the applicant to complete an interactive step.',
    remedy:
      "Bring the user back to the SDK or the run's link to finish; the run goes on from there.",
    // Nothing moves until the applicant acts.
    retry: { action: 'user-action' },
  },
  // source: OAS workflow_run_status; OAS POST /workflow_runs/{id}/tasks/{task_id}/complete
  {
    code: 'workflow_run:awaiting_client_input',
    kind: 'outcome',
    verdict: 'pending',
    final: false,
    reason: 'WORKFLOW_RUN_AWAITING_CLIENT',
    message: 'The workflow run waits for your system to complete one of its tasks.',
    remedy:
      'Find the task waiting on you (GET /workflow_runs/{id}/tasks) and complete it (POST .../tasks/{task_id}/complete).',
    // The caller's own system must act on the flow.
    retry: { action: 'change-state' },
  },
  // source: OAS workflow_run_status
  {
    code: 'workflow_run:approved',
    kind: 'outcome',
    verdict: 'approved',
    final: true,
    reason: 'APPROVED',
    message: 'The workflow run ended approved: the decision your workflow reached.',
    remedy: 'Let the applicant go ahead.',
  },
  // source: OAS workflow_run_status
  {
    code: 'workflow_run:declined',
    kind: 'outcome',
    verdict: 'rejected',
    final: true,
    reason: 'DECLINED',
    message: 'The workflow run ended declined: the decision your workflow reached.',
    remedy: "Do not onboard the applicant; the run's reasons say which branch declined.",
  },
  // source: OAS workflow_run_status
  {
    code: 'workflow_run:review',
    kind: 'outcome',
    verdict: 'provisional',
    final: false,
    reason: 'MANUAL_REVIEW',
    message: 'The workflow run was sent to manual review; a reviewer will approve or decline it.',
    remedy: "Wait for the reviewer's decision (workflow_run.completed with approved or declined).",
  },
  // source: OAS workflow_run_status
  {
    code: 'workflow_run:abandoned',
    kind: 'outcome',
    verdict: 'pending',
    final: false,
    reason: 'WORKFLOW_RUN_ABANDONED',
    message: 'The applicant left the workflow run before finishing it; nothing was decided.',
    remedy: 'Start a new workflow run when the user comes back, and ask them to finish it.',
    retry: { action: 'user-action' },
  },
  // source: OAS workflow_run_status, workflow_run_response.error ("Only set when the Workflow
  // Run status is 'error'")
  {
    code: 'workflow_run:error',
    kind: 'outcome',
    verdict: 'pending',
    final: false,
    reason: 'WORKFLOW_RUN_ERROR',
    message: 'The workflow run stopped on an error; it reached no decision.',
    remedy:
      "Read the run's error (type and message) in the Dashboard or API, fix the cause, and start a new run.",
    // Not a verdict and not a failed request: a person has to read the run's error.
    retry: { action: 'investigate' },
  },

  // =========================================================================================
  // Webhooks that announce a result without carrying it (OAS webhook_event.yaml: `object`
  // holds id, status, timestamps and href; no result). The answer is to fetch the object.
  // =========================================================================================

  // source: OAS webhook_event_type; NODE test/classic-webhook-event-verifier.test.ts (a
  // check.completed body: object.status "complete", no result)
  {
    code: 'check.completed',
    kind: 'outcome',
    verdict: 'pending',
    final: false,
    reason: 'CHECK_COMPLETED_FETCH_RESULT',
    message: 'The check is complete, but the webhook does not carry its result.',
    remedy: "Fetch the check (GET /checks/{id}, the payload's object.href) and read its result.",
    // The result exists at Onfido: look it up; no further callback brings it.
    retry: { action: 'check-status' },
  },
  // source: OAS webhook_event_type
  {
    code: 'report.completed',
    kind: 'outcome',
    verdict: 'pending',
    final: false,
    reason: 'REPORT_COMPLETED_FETCH_RESULT',
    message: 'The report is complete, but the webhook does not carry its result.',
    remedy: "Fetch the report (GET /reports/{id}, the payload's object.href) and read its result.",
    // The result exists at Onfido: look it up; no further callback brings it.
    retry: { action: 'check-status' },
  },
  // source: OAS webhook_event_type, webhook_event.yaml (object.status and resource.status hold
  // the run's status when sent). Only a body with neither reads as this entry; one with a
  // status reads as that status.
  {
    code: 'workflow_run.completed',
    kind: 'outcome',
    verdict: 'pending',
    final: false,
    reason: 'WORKFLOW_RUN_COMPLETED_FETCH_RESULT',
    message: 'The workflow run is complete, but this webhook body does not say how it ended.',
    remedy: 'Fetch the workflow run (GET /workflow_runs/{id}) and read its status.',
    // The decision exists at Onfido: look it up; no further callback brings it.
    retry: { action: 'check-status' },
  },
] as const satisfies readonly EntrySpec[];

/** One entry of {@link ONFIDO_CATALOG}. */
export type OnfidoEntry = (typeof ONFIDO_CATALOG)[number];

/** Every code of the Onfido catalog: error types, namespaced statuses and results, events. */
export type OnfidoCode = OnfidoEntry['code'];

/** An Onfido `error.type`, as catalogued. */
export type OnfidoErrorType = Extract<OnfidoEntry, { kind: 'error' }>['code'];

/** A check, report or workflow run status or result, namespaced (`check:consider`). */
export type OnfidoResultCode = Extract<OnfidoCode, `${string}:${string}`>;
