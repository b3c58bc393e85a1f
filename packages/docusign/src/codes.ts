import type { EntrySpec } from '@kyc-errors/core/provider-kit';
import { DOCUSIGN_BURST_WINDOW_MS, DOCUSIGN_HOUR_MS } from './limits.js';

/**
 * The verdicts an envelope status and the Connect event of the same name both report
 * (`envelope:completed` and `envelope-completed`, …): one entry body each, so the two codes
 * cannot drift apart. The sources stand with each code in the catalog below.
 */
const ENVELOPE_COMPLETED = {
  kind: 'outcome',
  verdict: 'approved',
  final: true,
  reason: 'ENVELOPE_COMPLETED',
  message: 'Every recipient has done what the envelope asked: it is signed and complete.',
  remedy: 'Download the completed documents and the certificate of completion.',
} as const;
const ENVELOPE_DECLINED = {
  kind: 'outcome',
  verdict: 'rejected',
  final: true,
  reason: 'ENVELOPE_DECLINED',
  message: 'A recipient declined to sign: the envelope will not be completed.',
  remedy:
    'Read the decline reason; if an agreement is still wanted, resolve it with the recipient and send a new envelope.',
} as const;
const ENVELOPE_VOIDED = {
  kind: 'outcome',
  verdict: 'rejected',
  final: true,
  reason: 'ENVELOPE_VOIDED',
  message: 'The sender voided the envelope: it will not be completed.',
  remedy: 'Nothing to retry on this envelope; send a new one if the agreement is still wanted.',
} as const;
const ENVELOPE_EXPIRED = {
  kind: 'outcome',
  verdict: 'rejected',
  final: true,
  reason: 'ENVELOPE_EXPIRED',
  vendorText: 'Envelope has expired.',
  message: 'The envelope expired before every recipient had signed, and DocuSign voided it.',
  remedy:
    'Send a new envelope if the agreement is still wanted, with a later expiration or reminders.',
} as const;
const ENVELOPE_SENT = {
  kind: 'outcome',
  verdict: 'pending',
  final: false,
  reason: 'ENVELOPE_SENT',
  message: 'The envelope went out and not every recipient has opened it yet.',
  remedy: 'Wait for Connect to report completion; do not send the envelope again.',
} as const;
const ENVELOPE_DELIVERED = {
  kind: 'outcome',
  verdict: 'pending',
  final: false,
  reason: 'ENVELOPE_DELIVERED',
  message: 'Every recipient has opened the envelope; not all have finished.',
  remedy: 'Wait for Connect to report completion; remind recipients if it takes long.',
} as const;

/**
 * Every DocuSign eSignature failure and envelope status we could source, as data.
 *
 * - REST API errors, `errorDetails {errorCode, message}`: DocuSign's own `errorCode`, as
 *   DocuSign documents it. Codes are compared in upper case (DocuSign writes the
 *   per-envelope limits both ways: `Hourly_Envelope_Polling_Limit_Exceeded` in its rules
 *   page, `HOURLY_ENVELOPE_POLLING_LIMIT_EXCEEDED` in its troubleshooting list), so the
 *   catalog spells every code in upper case and the reader upper-cases what it reads.
 * - One failure DocuSign sends without a code: the HTTP 444 of its traffic management
 *   (`native: false`).
 * - Envelope statuses (`status` of an envelope, `envelope:<status>`), and the Connect
 *   envelope events that carry a verdict (`envelope-completed`, …), under DocuSign's own
 *   event names. Recipient events are no verdict about the envelope: they are in
 *   `DOCUSIGN_EVENTS` only.
 *
 * Short source names used in the comments (the package README gives them in full):
 * TSE = developers.docusign.com/docs/esign-rest-api/esign101/error-codes/troubleshooting-common-errors/
 *   (the list of codes it covers); EC = …/esign101/error-codes/ (HTTP status table);
 * RL = …/esign101/rules-and-limits/ ("Request limits", "Burst limit", "Error response for
 *   upload limit violation", "Error response for download limit violation");
 * PRL = developers.docusign.com/platform/resource-limits/ (the X-RateLimit-* headers);
 * B-RL = docusign.com/blog/developers/dsdev-from-the-trenches-api-rate-limits;
 * B-POLL = docusign.com/blog/developers/service-protection-new-api-errors-excessive-polling-and-envelope-updates;
 * B-2026 = docusign.com/blog/developers/clearer-docusign-api-error-message-and-status-code-improvements
 *   and its community post "Updated API error messages and HTTP status codes";
 * OAS = docusign/OpenAPI-Specifications @ 3c20b6c, esignature.rest.swagger-v2.json (examples);
 * ESC = …/esign101/concepts/envelopes/status-codes/ (envelope statuses);
 * EVT = developers.docusign.com/platform/webhooks/connect/event-triggers/; SDK =
 *   docusign/docusign-esign-node-client @ 1c373fb, src/model/ConnectCustomConfiguration.js;
 * SUP-EXP = support.docusign.com, "How can I differentiate between Expired and Voided envelopes?".
 *
 * Messages and remedies are ours; `vendorText` is DocuSign's own wording, where DocuSign
 * publishes one. TSE lists its codes with advice but no message text we could read, so most
 * entries carry none and are decided by the code alone.
 *
 * @example
 * ```ts
 * DOCUSIGN_CATALOG.find((e) => e.code === 'envelope:completed')?.final; // true
 * ```
 */
export const DOCUSIGN_CATALOG = [
  // =========================================================================================
  // Authentication and configuration (TSE unless noted)
  // =========================================================================================
  // source: TSE; OAS (Login example: "Authentication Error Response Example")
  {
    code: 'PARTNER_AUTHENTICATION_FAILED',
    kind: 'error',
    category: 'auth',
    reason: 'INTEGRATION_KEY_REJECTED',
    vendorText:
      'The specified Integrator Key was not found or is disabled. An Integrator key was not specified.',
    message:
      'DocuSign does not know the integration key the call was made with, or the key is switched off.',
    remedy:
      'Check the integration key (client id) and that it belongs to the environment called: a developer key is not valid on production until it has gone live.',
  },
  // source: TSE
  {
    code: 'USER_AUTHENTICATION_FAILED',
    kind: 'error',
    category: 'auth',
    reason: 'USER_AUTHENTICATION_FAILED',
    message: 'DocuSign could not authenticate the user the call was made for.',
    remedy:
      'Check the credentials or the user id the token was issued for, and that they belong to the environment being called.',
  },
  // source: TSE
  // Refreshed once: an access token that has expired is the common cause, and a new token is
  // what fixes it. A second failure after the refresh stops (refresh happens once per call).
  {
    code: 'AUTHORIZATION_INVALID_TOKEN',
    kind: 'error',
    category: 'auth',
    reason: 'ACCESS_TOKEN_INVALID',
    message: 'The access token is not accepted: it has expired, or it is not a DocuSign token.',
    remedy:
      'Get a new access token (JWT grant or refresh token) and send the call again; if a fresh token fails too, check the OAuth base URL and environment.',
    retry: { retryable: true, action: 'refresh-credentials' },
  },
  // source: TSE
  {
    code: 'USER_DOES_NOT_BELONG_TO_SPECIFIED_ACCOUNT',
    kind: 'error',
    category: 'auth',
    reason: 'USER_NOT_IN_ACCOUNT',
    message: 'The authenticated user is not a member of the account named in the request path.',
    remedy:
      'Use an account id the user belongs to (from the userinfo endpoint) and that account’s base URI.',
  },
  // source: TSE
  {
    code: 'USER_DOES_NOT_EXIST_IN_SYSTEM',
    kind: 'error',
    category: 'auth',
    reason: 'USER_UNKNOWN_TO_DOCUSIGN',
    message: 'DocuSign has no user with the id the call was made for, in this environment.',
    remedy:
      'Check the user id (the JWT subject) and the environment: developer and production users are different.',
  },
  // source: TSE
  // doubt: auth rather than account: the usual cause is a user id or account id of the wrong
  // account in the configuration, not a permission the owner must grant.
  {
    code: 'USER_LACKS_MEMBERSHIP',
    kind: 'error',
    category: 'auth',
    reason: 'USER_NOT_ACCOUNT_MEMBER',
    message: 'The user the call was made for is not an active member of the account.',
    remedy: 'Call as a user who is an active member of the account, or have an admin add the user.',
  },
  // source: TSE
  // doubt: auth, because the fix is to call as the sender (or a recipient) of the envelope:
  // the identity used is the wrong one.
  {
    code: 'USER_NOT_ENVELOPE_SENDER_OR_RECIPIENT',
    kind: 'error',
    category: 'auth',
    reason: 'USER_NOT_ON_ENVELOPE',
    message:
      'The user the call was made for is neither the sender nor a recipient of the envelope.',
    remedy: 'Make the call as the envelope’s sender, or as a user who has access to it.',
  },
  // source: TSE
  {
    code: 'ACCOUNT_NOT_AUTHORIZED_FOR_ENVELOPE',
    kind: 'error',
    category: 'auth',
    reason: 'ACCOUNT_NOT_ON_ENVELOPE',
    message: 'The account in the request path may not access this envelope.',
    remedy: 'Use the account the envelope was sent from, with that account’s base URI.',
  },

  // =========================================================================================
  // Account: plan, permissions and allowances (TSE, B-2026)
  // =========================================================================================
  // source: TSE
  {
    code: 'ACCOUNT_LACKS_PERMISSIONS',
    kind: 'error',
    category: 'account',
    reason: 'ACCOUNT_FEATURE_NOT_ENABLED',
    message: 'The account is not set up for the feature the request uses.',
    remedy:
      'Enable the feature in the account settings, or ask DocuSign to add it to the plan; a developer account may have it where production does not.',
  },
  // source: TSE
  {
    code: 'PLAN_ITEM_NOT_ENABLED',
    kind: 'error',
    category: 'account',
    reason: 'PLAN_ITEM_NOT_ENABLED',
    message: 'The account’s plan does not include what the request asks for.',
    remedy: 'Leave the option out of the request, or have the account plan changed to include it.',
  },
  // source: TSE
  {
    code: 'USER_LACKS_PERMISSIONS',
    kind: 'error',
    category: 'account',
    reason: 'USER_PERMISSION_DENIED',
    message: 'The user the call was made for may not perform this action in the account.',
    remedy:
      'Have an account admin give the user’s permission profile the right, or call as another user.',
  },
  // source: TSE
  {
    code: 'USER_NOT_ACCOUNT_ADMIN',
    kind: 'error',
    category: 'account',
    reason: 'ADMIN_REQUIRED',
    message: 'Only an account administrator may make this call.',
    remedy: 'Call as a user with administrator rights in the account.',
  },
  // source: TSE
  {
    code: 'ENVELOPE_ALLOWANCE_EXCEEDED',
    kind: 'error',
    category: 'account',
    reason: 'ENVELOPE_ALLOWANCE_EXCEEDED',
    message: 'The account has used up the envelopes its plan allows.',
    remedy:
      'Have the account owner buy more envelopes or change the plan; no retry helps until then.',
  },
  // source: B-2026 (a new code that "separates send limit enforcement from billing errors")
  // doubt: B-2026 gives neither its window nor its status; account, because no retry loop
  // can wait out a sending limit the account is held to.
  {
    code: 'ENVELOPE_SEND_LIMIT_EXCEEDED',
    kind: 'error',
    category: 'account',
    reason: 'ENVELOPE_SEND_LIMIT_EXCEEDED',
    message: 'The account has reached a limit on how many envelopes it may send.',
    remedy:
      'Ask the account owner which sending limit applies and when it resets; resend after that.',
  },
  // source: B-2026: "Cumulative recipient limit errors now return HTTP 400 instead of 429,
  // correctly reflecting account configuration constraints rather than throttling behavior."
  // Account, not rate-limit, for the same reason: waiting does not lift it.
  {
    code: 'RECIPIENT_LIMIT_EXCEEDED',
    kind: 'error',
    category: 'account',
    reason: 'RECIPIENT_LIMIT_EXCEEDED',
    httpStatus: 400,
    message: 'The account has reached the cumulative number of recipients it may send to.',
    remedy: 'Ask the account owner to raise the recipient limit; retrying does not help.',
  },

  // =========================================================================================
  // The request itself (TSE unless noted)
  // =========================================================================================
  // source: TSE
  {
    code: 'INVALID_REQUEST_PARAMETER',
    kind: 'error',
    category: 'validation',
    reason: 'INVALID_REQUEST_PARAMETER',
    message:
      'A parameter or a value of the request body is missing, misspelt or of the wrong type.',
    remedy:
      'Read the message for the parameter named, check the request against the API reference, and send it corrected.',
  },
  // source: TSE
  {
    code: 'RESOURCE_NOT_FOUND',
    kind: 'error',
    category: 'validation',
    reason: 'RESOURCE_NOT_FOUND',
    message: 'The URL does not name a resource of the eSignature API.',
    remedy: 'Check the path, the API version (v2.1) and the base URI of the account.',
  },
  // source: TSE
  {
    code: 'ENVELOPE_DOES_NOT_EXIST',
    kind: 'error',
    category: 'validation',
    reason: 'ENVELOPE_NOT_FOUND',
    message: 'No envelope with this id exists in the account called.',
    remedy:
      'Check the envelope id, the account id and the environment the envelope was created in.',
  },
  // source: TSE
  {
    code: 'DOCUMENT_DOES_NOT_EXIST',
    kind: 'error',
    category: 'validation',
    reason: 'DOCUMENT_NOT_FOUND',
    field: 'documentId',
    message: 'The envelope or template has no document with this id.',
    remedy: 'List the envelope’s documents and use one of their ids.',
  },
  // source: TSE
  // doubt: validation; page images can also be missing while a document is still being
  // processed, but nothing documents a wait that helps.
  {
    code: 'PAGE_IMAGE_NOT_FOUND',
    kind: 'error',
    category: 'validation',
    reason: 'PAGE_IMAGE_NOT_FOUND',
    message: 'The page asked for has no image: the page number or document id is wrong.',
    remedy: 'Check the document id and the page number against the envelope’s pages.',
  },
  // source: TSE
  {
    code: 'INVALID_RECIPIENT_ID',
    kind: 'error',
    category: 'validation',
    reason: 'INVALID_RECIPIENT_ID',
    field: 'recipientId',
    message: 'A recipient id in the request is not valid, or no recipient of the envelope has it.',
    remedy: 'Use the recipient ids of the envelope’s recipients list.',
  },
  // source: TSE
  {
    code: 'INVALID_EMAIL_ADDRESS_FOR_RECIPIENT',
    kind: 'error',
    category: 'validation',
    reason: 'INVALID_RECIPIENT_EMAIL',
    field: 'email',
    message: 'A recipient’s e-mail address is not a valid address.',
    remedy: 'Correct the recipient’s e-mail address and send again.',
  },
  // source: TSE
  {
    code: 'UNKNOWN_ENVELOPE_RECIPIENT',
    kind: 'error',
    category: 'validation',
    reason: 'RECIPIENT_NOT_MATCHED',
    message:
      'The recipient described in the request (name, e-mail, client user id) matches none of the envelope’s recipients.',
    remedy:
      'Send exactly the name, e-mail and clientUserId the recipient was created with when asking for a signing view.',
  },
  // source: TSE
  {
    code: 'INVALID_CAPTIVE_RECIPIENT_OPERATION',
    kind: 'error',
    category: 'validation',
    reason: 'INVALID_EMBEDDED_RECIPIENT_OPERATION',
    message:
      'The operation is not possible for an embedded (captive) recipient, or the recipient is not embedded.',
    remedy:
      'Set clientUserId on recipients who sign in your app, and only ask for embedded views for them.',
  },
  // source: TSE
  {
    code: 'ONESIGNALLSIGN_NOT_SATISFIED',
    kind: 'error',
    category: 'validation',
    reason: 'SIGNER_WITHOUT_SIGNATURE_FIELD',
    message:
      'A signer of the envelope has nothing to sign, which the account’s settings do not allow.',
    remedy:
      'Give every signer at least one signature field (tab), or make the recipient a carbon copy.',
  },
  // source: TSE (the current list; added after the 2026-06 copy we read)
  {
    code: 'ANCHOR_TAG_PROCESSING_FAILURE',
    kind: 'error',
    category: 'validation',
    reason: 'ANCHOR_TAB_FAILED',
    message: 'DocuSign could not place a field by its anchor text in the documents.',
    remedy:
      'Check that the anchor strings occur in the documents as text (not images), and the anchor settings of the tabs.',
  },
  // source: TSE
  {
    code: 'UNABLE_TO_LOAD_DOCUMENT',
    kind: 'error',
    category: 'validation',
    reason: 'DOCUMENT_UNREADABLE',
    message: 'DocuSign could not read a document of the request.',
    remedy:
      'Check the document bytes (base64 intact, file extension matching the content) and send again.',
  },
  // source: TSE
  {
    code: 'UNSUPPORTED_PDF_CONTENT',
    kind: 'error',
    category: 'validation',
    reason: 'UNSUPPORTED_PDF_CONTENT',
    message: 'A PDF of the request holds content DocuSign does not accept.',
    remedy:
      'Flatten or re-save the PDF without the unsupported content (such as encryption or certain forms).',
  },
  // source: TSE
  {
    code: 'SIGNATURE_PROVIDER_INVALID_NAME',
    kind: 'error',
    category: 'validation',
    reason: 'SIGNATURE_PROVIDER_UNKNOWN',
    field: 'signatureProviderName',
    message: 'The signature provider named for a recipient is not one the account may use.',
    remedy: 'Use a provider name from the account’s list of signature providers.',
  },
  // source: B-2026 (old text, quoted as replaced by a longer one we could not read)
  {
    code: 'DOCUMENT_LIMIT_EXCEEDED',
    kind: 'error',
    category: 'validation',
    reason: 'TOO_MANY_DOCUMENTS',
    vendorText: 'The document limit on the envelope has been exceeded.',
    message: 'The envelope would hold more documents than DocuSign allows.',
    remedy: 'Combine documents or split them over several envelopes.',
  },
  // source: OAS (Users:create, per-item errorDetails example)
  {
    code: 'USER_ALREADY_EXISTS_IN_ACCOUNT',
    kind: 'error',
    category: 'validation',
    reason: 'USER_ALREADY_EXISTS',
    vendorText: 'Username and email combination already exists for this account.',
    message: 'A user with this name and e-mail address is already a member of the account.',
    remedy: 'Use the existing user, or change the name or e-mail of the one being added.',
  },
  // source: TSE
  {
    code: 'USER_NOT_FOUND',
    kind: 'error',
    category: 'validation',
    reason: 'USER_NOT_FOUND',
    message: 'No user of the account has the id the request names.',
    remedy: 'Check the user id against the account’s users list.',
  },

  // =========================================================================================
  // The envelope's state (TSE)
  // =========================================================================================
  // source: TSE
  {
    code: 'ENVELOPE_INVALID_STATUS',
    kind: 'error',
    category: 'user-state',
    reason: 'ENVELOPE_WRONG_STATUS',
    message:
      'The envelope’s status does not allow this operation (a completed or voided envelope cannot change).',
    remedy:
      'Get the envelope’s status first; only drafts and envelopes in progress can be changed.',
  },
  // source: TSE
  {
    code: 'ENVELOPE_CANNOT_VOID_INVALID_STATE',
    kind: 'error',
    category: 'user-state',
    reason: 'ENVELOPE_CANNOT_BE_VOIDED',
    message: 'Only an envelope still in progress can be voided; this one is not.',
    remedy: 'Check the status: a completed, declined or already voided envelope cannot be voided.',
  },
  // source: TSE
  {
    code: 'DOCUMENT_UPLOAD_NOT_ALLOWED',
    kind: 'error',
    category: 'user-state',
    reason: 'DOCUMENT_CHANGE_NOT_ALLOWED',
    message: 'Documents of the envelope cannot be added or replaced in its current state.',
    remedy: 'Change documents only while the envelope is a draft or being corrected.',
  },
  // source: TSE
  // Not retried blindly: the lock belongs to someone else and lasts until they release it or
  // it times out.
  {
    code: 'EDIT_LOCK_ENVELOPE_ALREADY_LOCKED',
    kind: 'error',
    category: 'user-state',
    reason: 'ENVELOPE_LOCKED',
    message: 'Another user or integration holds the edit lock of the envelope.',
    remedy:
      'Wait for the lock to be released or to time out, or send the lock token if the lock is yours.',
  },
  // source: TSE
  {
    code: 'EDIT_LOCK_ENVELOPE_NOT_LOCKED',
    kind: 'error',
    category: 'validation',
    reason: 'ENVELOPE_NOT_LOCKED',
    message: 'The request sent an edit-lock token, but the envelope is not locked.',
    remedy: 'Lock the envelope first, or leave the X-DocuSign-Edit header out.',
  },
  // source: TSE
  // user-state: the recipient's turn in the routing order has not come; the call works once
  // the earlier recipients have acted.
  {
    code: 'RECIPIENT_NOT_IN_SEQUENCE',
    kind: 'error',
    category: 'user-state',
    reason: 'RECIPIENT_NOT_YET_ACTIVE',
    message: 'It is not yet this recipient’s turn in the envelope’s routing order.',
    remedy:
      'Ask for the recipient’s view once the earlier recipients have finished, or give co-signers the same routing order.',
  },

  // =========================================================================================
  // Rate and resource limits (RL, PRL, B-RL, B-POLL, B-2026)
  // =========================================================================================
  // source: TSE; RL "Request limits" (text); B-RL (text with the limit); B-2026: 429 now,
  // 400 before the rollout ("Changed from 400 → 429 for API rate limiting and polling related
  // errors"). The code decides, whichever status it comes with.
  // The wait is the account's hourly window: until X-RateLimit-Reset, a Unix time (PRL), or
  // the top of the next hour (RL: "refreshed on the hour"); see `rateLimitWait`.
  {
    code: 'HOURLY_APIINVOCATION_LIMIT_EXCEEDED',
    kind: 'error',
    category: 'rate-limit',
    reason: 'HOURLY_API_LIMIT_EXCEEDED',
    httpStatus: 429,
    vendorText: 'The maximum number of hourly API invocations has been exceeded.',
    message:
      'The account has made as many API calls this hour as it may (3,000 by default, for all its apps together).',
    remedy:
      'Stop calling until the hour resets (X-RateLimit-Reset), then call less: use Connect instead of polling, and ask for a higher limit in the API Usage Center.',
  },
  // source: TSE (current list); RL "Burst limit" (200 calls in the developer environment, 500
  // in production, per 30 seconds); B-2026 (429 now, 400 before).
  // A burst waits the burst window, seconds, never the hour: the hourly headers only lengthen
  // it when the hour is spent too.
  {
    code: 'BURST_APIINVOCATION_LIMIT_EXCEEDED',
    kind: 'error',
    category: 'rate-limit',
    reason: 'BURST_API_LIMIT_EXCEEDED',
    httpStatus: 429,
    message: 'The account made too many calls within 30 seconds.',
    remedy:
      'Wait the 30-second window out, then spread the calls: fewer in parallel, none in a tight loop.',
    retry: { afterMs: DOCUSIGN_BURST_WINDOW_MS },
  },
  // source: RL "Request limits"; B-POLL ("Too much envelope polling (GETs) in the last hour");
  // TSE (upper case). Per envelope, not per account: the account's headers say nothing about
  // it, and DocuSign publishes neither the limit nor when its hour ends, so the advice waits
  // the whole hour (a retry loop defers: this envelope is not to be read again before).
  {
    code: 'HOURLY_ENVELOPE_POLLING_LIMIT_EXCEEDED',
    kind: 'error',
    category: 'rate-limit',
    reason: 'ENVELOPE_POLLING_LIMIT_EXCEEDED',
    httpStatus: 429,
    message: 'This envelope was read too often in the last hour.',
    remedy:
      'Do not read this envelope again for an hour; track envelopes with Connect instead of polling, or poll at most every 20 minutes.',
    retry: { afterMs: DOCUSIGN_HOUR_MS },
  },
  // source: RL "Request limits"; B-POLL ("Too much envelope polling (GETs) in the last 30 seconds")
  {
    code: 'BURST_ENVELOPE_POLLING_LIMIT_EXCEEDED',
    kind: 'error',
    category: 'rate-limit',
    reason: 'ENVELOPE_POLLING_BURST_EXCEEDED',
    httpStatus: 429,
    message: 'This envelope was read too often within 30 seconds.',
    remedy: 'Wait the 30-second window out before reading the envelope again, and poll less often.',
    retry: { afterMs: DOCUSIGN_BURST_WINDOW_MS },
  },
  // source: RL "Request limits"; B-POLL ("Too many envelope updates (PUTs) in the last hour").
  // Per envelope: the whole hour, as for polling above.
  {
    code: 'HOURLY_APIINVOCATION_ENVELOPE_LIMIT_EXCEEDED',
    kind: 'error',
    category: 'rate-limit',
    reason: 'ENVELOPE_UPDATE_LIMIT_EXCEEDED',
    httpStatus: 429,
    message: 'This envelope was changed too often in the last hour.',
    remedy:
      'Do not change this envelope again for an hour; create and send an envelope in five calls or fewer.',
    retry: { afterMs: DOCUSIGN_HOUR_MS },
  },
  // source: RL "Request limits"; B-POLL ("Too many envelope updates (PUTs) in the last 30 seconds")
  {
    code: 'BURST_APIINVOCATION_ENVELOPE_LIMIT_EXCEEDED',
    kind: 'error',
    category: 'rate-limit',
    reason: 'ENVELOPE_UPDATE_BURST_EXCEEDED',
    httpStatus: 429,
    message: 'This envelope was changed too often within 30 seconds.',
    remedy: 'Wait the 30-second window out, then batch the changes into fewer calls.',
    retry: { afterMs: DOCUSIGN_BURST_WINDOW_MS },
  },
  // source: RL "Error response for download limit violation": too many downloads of the same
  // document in progress. The blocked request is never run; the counter resets when one of
  // the downloads in progress finishes, so a backoff is the right wait.
  {
    code: 'API_REQUEST_IS_THROTTLED',
    kind: 'error',
    category: 'rate-limit',
    reason: 'DOCUMENT_DOWNLOAD_THROTTLED',
    vendorText: 'GetDocument call blocked',
    message: 'Too many downloads of the same document are in progress; this one was not started.',
    remedy: 'Wait for the downloads in progress to finish, and download each document once.',
  },
  // source: RL (the code); its name. DocuSign's catch-all: nothing says what failed.
  // First of the two: the entry a text other than the upload limit's reads as.
  {
    code: 'UNSPECIFIED_ERROR',
    kind: 'error',
    category: 'unknown',
    reason: 'UNSPECIFIED_VENDOR_ERROR',
    message: 'DocuSign reported an error without saying what kind.',
    remedy:
      'Read the message and the request; quote the X-DocuSign-TraceToken header to DocuSign support.',
  },
  // source: RL "Error response for upload limit violation": too many uploads of the same
  // document bytes in progress (70 in an hour, 70 in six hours).
  // doubt: the text reads like a broken PDF, but RL gives exactly this body for the upload
  // limit; a truly broken PDF is UNABLE_TO_LOAD_DOCUMENT or UNSUPPORTED_PDF_CONTENT.
  // UNSPECIFIED_ERROR with any other text is the catch-all entry above.
  {
    code: 'UNSPECIFIED_ERROR',
    kind: 'error',
    category: 'rate-limit',
    reason: 'DOCUMENT_UPLOAD_THROTTLED',
    vendorText: 'PDF validation failed',
    message: 'Too many uploads of the same document are in progress; this one was not run.',
    remedy: 'Wait for the uploads in progress to finish, and upload each document once.',
  },
  // source: EC ("444 | The API request is forbidden. Request blocked due to excess usage | The
  // request was blocked by Docusign's traffic management system."). No errorCode documented.
  {
    code: 'REQUEST_BLOCKED_EXCESS_USAGE',
    native: false,
    kind: 'error',
    category: 'rate-limit',
    reason: 'TRAFFIC_BLOCKED',
    httpStatus: 444,
    vendorText: 'The API request is forbidden. Request blocked due to excess usage',
    message: 'DocuSign’s traffic management blocked the call because of how much was sent.',
    remedy:
      'Pause, then send far less: look for retry storms or polling loops before trying again.',
  },

  // =========================================================================================
  // Envelope statuses (ESC), as Envelopes:get and listStatusChanges return them
  // =========================================================================================
  // source: ESC "completed"
  { code: 'envelope:completed', ...ENVELOPE_COMPLETED },
  // source: ESC "signed": all have signed; a passing state before completed. Provisional:
  // the signatures are there, the envelope is not yet final.
  {
    code: 'envelope:signed',
    kind: 'outcome',
    verdict: 'provisional',
    final: false,
    reason: 'ENVELOPE_SIGNED',
    message: 'Every recipient has signed; DocuSign is still completing the envelope.',
    remedy: 'Wait for the completed status (or envelope-completed) before using the documents.',
  },
  // source: ESC "declined"
  { code: 'envelope:declined', ...ENVELOPE_DECLINED },
  // source: ESC "voided": by the sender, or on expiry (the void reason tells which).
  // Rejected and final: the envelope can never be completed, whoever ended it.
  { code: 'envelope:voided', ...ENVELOPE_VOIDED },
  // source: ESC "voided … or has expired"; SUP-EXP (void reason "Envelope has expired.").
  // Expired is rejected and final too: DocuSign voids the envelope, which no one can sign any
  // more. Unlike a sender's void it is no decision: the remedy says to send again.
  { code: 'envelope:voided', ...ENVELOPE_EXPIRED },
  // source: ESC "sent"
  { code: 'envelope:sent', ...ENVELOPE_SENT },
  // source: ESC "delivered"
  { code: 'envelope:delivered', ...ENVELOPE_DELIVERED },
  // source: ESC "created" (a draft). Nothing will happen until it is sent, so the advice is to
  // change its state, not to wait.
  {
    code: 'envelope:created',
    kind: 'outcome',
    verdict: 'pending',
    final: false,
    reason: 'ENVELOPE_DRAFT',
    message: 'The envelope is a draft: it has not been sent to anyone.',
    remedy: 'Send the draft (status "sent") when it is ready; nobody can sign it before.',
    retry: { action: 'change-state' },
  },
  // source: ESC "correct": the sender is correcting it; signing is stopped until they resend.
  {
    code: 'envelope:correct',
    kind: 'outcome',
    verdict: 'pending',
    final: false,
    reason: 'ENVELOPE_IN_CORRECTION',
    message: 'The sender opened the envelope for correction; signing is paused.',
    remedy: 'Wait for the sender to finish the correction; the envelope then goes out again.',
  },
  // source: ESC "deleted": "a legacy status and is no longer used".
  // doubt: kept so an old record still reads; an envelope that was deleted will not be completed.
  {
    code: 'envelope:deleted',
    kind: 'outcome',
    verdict: 'rejected',
    final: true,
    reason: 'ENVELOPE_DELETED',
    deprecated: true,
    message: 'An old status: the envelope was deleted and will not be completed.',
    remedy: 'Send a new envelope if the agreement is still wanted.',
  },
  // source: ESC "timedout": "a legacy status and is no longer used".
  // doubt: read as an expiry of old, the nearest meaning the name allows; rejected and final.
  {
    code: 'envelope:timedout',
    kind: 'outcome',
    verdict: 'rejected',
    final: true,
    reason: 'ENVELOPE_TIMED_OUT',
    deprecated: true,
    message: 'An old status: the envelope ran out of time before it was completed.',
    remedy: 'Send a new envelope if the agreement is still wanted.',
  },

  // =========================================================================================
  // Connect envelope events that carry a verdict (EVT; SDK envelope event values)
  // =========================================================================================
  // source: EVT; SDK ("Completed")
  { code: 'envelope-completed', ...ENVELOPE_COMPLETED },
  // source: EVT; SDK ("Declined")
  { code: 'envelope-declined', ...ENVELOPE_DECLINED },
  // source: EVT; SDK ("Voided"). The event covers expiry too; with the envelope summary
  // included, its voidedReason tells the two apart (next entry).
  { code: 'envelope-voided', ...ENVELOPE_VOIDED },
  // source: EVT ("voided by the sender or has expired"); SUP-EXP
  { code: 'envelope-voided', ...ENVELOPE_EXPIRED },
  // source: EVT; SDK ("Sent")
  { code: 'envelope-sent', ...ENVELOPE_SENT },
  // source: EVT; SDK ("Delivered")
  { code: 'envelope-delivered', ...ENVELOPE_DELIVERED },
] as const satisfies readonly EntrySpec[];

/** One entry of {@link DOCUSIGN_CATALOG}. */
export type DocusignEntry = (typeof DOCUSIGN_CATALOG)[number];

/** Every code DocuSign documents that this package knows: error codes, statuses, events. */
export type DocusignCode = DocusignEntry['code'];

/** DocuSign's error codes (`errorDetails.errorCode`, upper case), and the 444 key. */
export type DocusignErrorCode = Extract<DocusignEntry, { kind: 'error' }>['code'];

/** An envelope status as the catalog spells it (`envelope:completed`). */
export type DocusignEnvelopeStatus = Extract<DocusignCode, `envelope:${string}`>;
